# ruff: noqa: E501 -- data: event texts as written
"""Tuned part written from author8c's weak families (split "tuned"), in new words and with new
companies (none copies an author8c event): the person on the hiring side in other scripts (an
interviewer's invite, a debrief of interviewers, a candidate named with a colon), an investor's
or an acquirer's due-diligence interviews; next to each, a candidate's own invite that names
its interviewer, so the negatives stay narrow."""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev

__all__ = ["build"]


def _t(summary: str, **kw: Any) -> None:
    ev(summary, split="tuned", **kw)


def build() -> None:
    _hiring_side_negatives()
    _hiring_side_positives()


def _hiring_side_negatives() -> None:
    _t(
        "【面接官】新卒採用 最終面接 田中様",
        interview=False,
        org=("saiyo@kumogata-sys.co.jp", "採用チーム"),
        desc="面接官としてご参加をお願いします。評価シートは当日中にご提出ください。",
    )
    _t(
        "二面面评会（候选人：李娜）",
        interview=False,
        org=("hr@qingfeng-tech.cn", "HR 周敏"),
        desc="请各位面试官会前填写面评，会上讨论是否进入终面。",
    )
    _t(
        "면접 평가 회의 – 지원자: 김민수",
        interview=False,
        org=("recruit@haneul-soft.co.kr", "인사팀"),
        desc="면접관으로 참석해 주세요. 평가표는 회의 전까지 제출 바랍니다.",
    )
    _t(
        "สัมภาษณ์ผู้สมัคร ตำแหน่ง QA Engineer",
        interview=False,
        org=("hr@chaopraya-data.co.th", "ฝ่ายบุคคล"),
        desc="คุณ Alex เป็นผู้สัมภาษณ์ในรอบนี้ กรุณาส่งผลประเมินภายในวันนี้",
    )
    _t(
        "ראיון מועמדת – נועה לוי (Frontend)",
        interview=False,
        org=("talent@kineret-labs.co.il", "גיוס כנרת"),
        desc="את המראיינת בשלב הזה. נא להזין משוב במערכת מיד אחרי.",
    )
    _t(
        "Diligence interview – Harborview Partners",
        interview=False,
        me=WORK_ME,
        org=("deals@harborviewpartners.com", "Harborview Partners"),
        desc="As part of our due diligence ahead of the Series C we'd like to interview members of the platform team about architecture and on-call. 40 minutes.",
    )
    _t(
        "SOC 2 audit interviews – engineering",
        interview=False,
        me=WORK_ME,
        org=("audit@clearmark-assurance.com", "Clearmark Assurance"),
        desc="Walkthrough interviews with control owners for the annual audit.",
    )


def _hiring_side_positives() -> None:
    _t(
        "一次面接のご案内 – 株式会社カワセミ製作所",
        interview=True,
        company="カワセミ製作所",
        org=("jinji@kawasemi-ss.co.jp", "カワセミ製作所 人事部"),
        desc="アレックス・リベラ様\n一次面接の日程をご案内します。面接官：開発部 部長 山田。オンラインで実施します。",
    )
    _t(
        "面试邀请 – 青枫科技 技术一面",
        interview=True,
        company="青枫科技",
        org=("hr@qingfeng-tech.cn", "青枫科技招聘"),
        desc="您好，您的技术一面已安排。面试官：后端组 张工。请提前10分钟进入会议室。",
    )
    _t(
        "Interview – Product Engineer – Harborview Partners",
        interview=True,
        company="Harborview Partners",
        role="Product Engineer",
        org=("talent@harborviewpartners.com", "Harborview Partners Talent"),
        desc="Hi Alex, this is your first interview for the Product Engineer role on our portfolio tools team.",
    )
    _t(
        "【二次面接】株式会社ソラノ技研／リベラ アレックス様",
        interview=True,
        company="ソラノ技研",
        org=("recruit@sorano-giken.jp", "ソラノ技研 採用担当"),
        desc="二次面接の詳細をお送りします。所要時間は60分です。",
    )
