# ruff: noqa: E501 -- data: event texts as written
"""Tuned part written from author8c's weak families (split "tuned"), in new words and with new
companies (none copies an author8c event): the person on the hiring side in other scripts (an
interviewer's invite, a debrief of interviewers, a candidate named with a colon), an investor's
or an acquirer's due-diligence interviews; next to each, a candidate's own invite that names
its interviewer, so the negatives stay narrow."""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _t(summary: str, **kw: Any) -> None:
    ev(summary, split="tuned", **kw)


def build() -> None:
    _hiring_side_negatives()
    _hiring_side_positives()
    _hiring_tests()
    _hiring_tests_negatives()
    _stage_words_no_company()
    _writer_hires()
    _own_shorthand()


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


def _hiring_tests() -> None:
    _t(
        "笔试 – 北辰智能 2026校招",
        interview=True,
        company="北辰智能",
        role="算法工程师",
        desc="在线笔试（算法工程师方向），90分钟，需全程开启摄像头。",
    )
    _t(
        "群面 – 东岳保险",
        interview=True,
        company="东岳保险",
        role="管培生",
        desc="管培生项目第二轮，六人一组，讨论40分钟。",
    )
    _t(
        "인적성검사 – 한빛중공업",
        interview=True,
        company="한빛중공업",
        desc="하반기 신입 공채 온라인 인적성. 신분증, 웹캠 준비.",
    )
    _t(
        "SPI受検（Webテスト）",
        interview=True,
        company="碧海物産",
        desc="碧海物産 2026年卒採用のWebテスト。締切は本日23:59。",
    )
    _t(
        "Bài kiểm tra năng lực – Hoa Sen Data",
        interview=True,
        company="Hoa Sen Data",
        desc="Làm bài trên máy tính trong 60 phút, kết quả gửi phòng nhân sự.",
    )
    _t(
        "Psikotes – PT Sejahtera Abadi",
        interview=True,
        company="Sejahtera Abadi",
        org=("rekrutmen@sejahteraabadi.co.id", "Rekrutmen Sejahtera Abadi"),
        desc="Psikotes tahap 1 untuk program Management Trainee. Siapkan alat tulis.",
    )
    _t(
        "Psikotes daring",
        interview=True,
        company="Bank Samudera Raya",
        role="Leadership Development Program",
        desc="Tahap seleksi Leadership Development Program Bank Samudera Raya. Durasi 2 jam.",
    )
    _t(
        "Wawancara dengan Bank Mandala",
        interview=True,
        company="Bank Mandala",
        org=("talent@bankmandala.co.id", "Talent Bank Mandala"),
        desc="Kami mengundang Anda untuk wawancara tahap kedua.",
    )
    _t(
        "Wawancara User – Product Analyst",
        interview=True,
        company="Lintas Awan",
        role="Product Analyst",
        org=("hr@lintasawan.co.id", "HR Lintas Awan"),
        desc="Wawancara dengan Head of Product Lintas Awan untuk posisi Product Analyst.",
    )
    _t(
        "Temu duga – Syarikat Awan Biru Sdn Bhd",
        interview=True,
        company="Awan Biru",
        org=("hr@awanbiru.com.my", "Awan Biru HR"),
        desc="Sila hadir 10 minit lebih awal.",
    )


def _hiring_tests_negatives() -> None:
    _t("期末笔试 – 数据结构", interview=False, desc="教学楼A203，带学生证。")
    _t("驾照科目一 笔试", interview=False, desc="车管所，上午九点。")
    _t("Psikotes SIM di Satpas", interview=False, desc="Perpanjang SIM A, bawa KTP.")
    _t(
        "Wawancara media – peluncuran produk",
        interview=False,
        me=WORK_ME,
        org=("pr@initech.com", "Initech PR"),
        desc="Sesi wawancara dengan tiga media teknologi setelah peluncuran.",
    )
    _t("Wawancara skripsi dengan Pak Budi", interview=False, desc="Narasumber untuk bab 4.")
    _t("토익 시험", interview=False, desc="수험표, 신분증 지참")


def _stage_words_no_company() -> None:
    _t(
        "最終面接（社長）",
        interview=True,
        company="ハヤブサ工業",
        desc="受付で名前を伝える。筆記用具を持参。",
        loc="大阪府大阪市北区梅田2-1-1 株式会社ハヤブサ工業 本社5F",
    )
    _t(
        "2차 면접 – 본사",
        interview=True,
        company="한빛로보틱스",
        org=("hr@hanbit-robotics.co.kr", "한빛로보틱스 인사팀"),
        desc="2차 면접 안내드립니다. 30분 전 도착 부탁드립니다.",
    )
    _t(
        "Melbourne – panel interview",
        interview=True,
        company="Gumtree Labs",
        role="Platform Engineer",
        org=("careers@gumtreelabs.com.au", "Gumtree Labs Talent"),
        desc="Panel for the Platform Engineer role with two of our leads.",
    )
    _t(
        "Assessment Centre – Summer Internship Programme",
        interview=True,
        company="Kestrel Bank",
        desc="Group task, a written exercise and one interview. Bring photo ID.",
        loc="Kestrel Bank, Level 12, 8 Connaught Road Central",
    )
    _t(
        "Teknik mülakat – 1. tur",
        interview=True,
        company="KaradenizSoft",
        org=("ik@karadenizsoft.com.tr", "KaradenizSoft İK"),
    )
    _t(
        "インターン面接（ウィンター2026）",
        interview=True,
        company="ほしぞらネット",
        org=("saiyo@hoshizora-net.jp", "ほしぞらネット 新卒採用チーム"),
        desc="ウィンターインターンシップ選考の面接です。",
    )


def _writer_hires() -> None:
    _t(
        "Catch-up with Omar (Fernhill co-founder)",
        interview=True,
        company="Fernhill",
        role="Data Engineer",
        org=("omar@fernhill.io", "Omar Haddad"),
        desc="Hi Alex, I'm one of the two co-founders and we're hiring our first Data Engineer. Would love to hear how you'd set up the warehouse from scratch. No prep needed.",
    )
    _t(
        "Quick chat – Alex & Noor",
        interview=True,
        company="Brindle",
        role="Senior Product Designer",
        org=("noor@brindle.ai", "Noor Aziz"),
        desc="Thanks for replying! I'm hiring a Senior Product Designer for the payments squad and your portfolio stood out.",
    )
    _t(
        "Call – Whitlock Search / Alex",
        interview=True,
        company="Whitlock Search",
        role="Head of Platform",
        org=("ines@whitlocksearch.com", "Inès Carvalho"),
        att=[person("ines@whitlocksearch.com", "Inès Carvalho")],
        desc="As discussed on LinkedIn, I'm recruiting a Head of Platform for a logistics client. 20 minutes to go through your background.",
    )
    _t(
        "Lunch with Sam",
        interview=False,
        org=("sam.ortiz@pelican.dev", "Sam Ortiz"),
        desc="Catching up! Also, we're hiring a Staff Backend Engineer — do you know anyone who might fit?",
    )
    _t(
        "Coffee – Priya",
        interview=False,
        org=("priya@lumenhq.com", "Priya Das"),
        desc="We're hiring a Design Lead, could you pass it along to your network? Mostly just want to catch up.",
    )


def _own_shorthand() -> None:
    _t("figma final!!", interview=True, company="Figma")
    _t("2nd rd - Lattice (backend eng)", interview=True, company="Lattice", role="backend eng")
    _t(
        "call w/ Vercel recruiter re platform eng role",
        interview=True,
        company="Vercel",
        role="platform eng",
    )
    _t("sys des @ Linear", interview=True, company="Linear")
    _t("cup final!! at Rosie's", interview=False)
    _t("2nd rd - golf league", interview=False)
    _t("call w/ mom re wedding venue", interview=False)
    _t("sys design book club", interview=False)
    _t("email w/ Brex recruiter if nothing by Fri", interview=False)
