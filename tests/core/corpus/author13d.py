# ruff: noqa: E501 -- data: event texts as written
"""Calendar events by an independent author (round 13, author13d): interviews at employers whose names are hard to read, across the world.

Covers employers written in non-Latin scripts (Japanese, Chinese, Korean, Arabic, Hebrew, Greek,
Russian, Ukrainian, Thai, Hindi) with and without their legal forms (株式会社, 有限公司, 주식회사,
the Russian and Greek ones, בע"מ, ش.م.م …), sometimes with a Latin name beside them; short forms and initials (BCG,
EY, KPMG, HSBC, SNCF, BBVA, TCS, LG, SAP) and the same companies written out; names that are also
people's names or common words; names with digits or symbols; names followed by a city, a team or
a programme. Several names in one event: ATS / scheduler (Greenhouse, Lever, Workday, Ashby, Moka,
HRMOS, Talentio, Huntflow, Recruitee, Teamtailor, Personio), video services, staffing agencies
(named client or confidential), and the user's current employer Initech. Look-alikes: sales and
vendor calls, press, webinars, mock interviews, coaching, info sessions and the user interviewing
candidates on the work calendar.
"""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="author13d", **kw)


def build() -> None:
    _japanese()
    _chinese()
    _korean()
    _arabic()
    _hebrew()
    _greek()
    _russian_ukrainian()
    _thai_hindi()
    _initials()
    _written_out()
    _digits_and_symbols()
    _common_words_and_people()
    _city_team_programme()
    _ats_and_schedulers()
    _agencies()
    _video_and_initech()
    _lookalikes_work()
    _lookalikes_personal()


# ---------------------------------------------------------------- Japanese


def _japanese() -> None:
    _x(
        "【一次面接】株式会社メルカリ / バックエンドエンジニア",
        interview=True,
        company="メルカリ",
        role="バックエンドエンジニア",
        org=("recruit-eng@mercari.com", "株式会社メルカリ 採用担当"),
        att=[
            person("t.hayashi@mercari.com", "林 拓海"),
            person("a.kimura@mercari.com", "木村 彩"),
        ],
        desc=(
            "Alex Rivera 様\n\n"
            "この度は株式会社メルカリのバックエンドエンジニア職にご応募いただき、誠にありがとうございます。\n"
            "一次面接を下記の通り設定いたしました。\n\n"
            "■ 面接官：林（Engineering Manager, Payment）、木村（Backend Engineer）\n"
            "■ 所要時間：60分（技術に関する質疑 40分／逆質問 20分）\n"
            "■ 形式：Google Meet（カメラONでお願いいたします）\n\n"
            "本メールは採用管理システム HRMOS より送信されています。日程変更をご希望の場合は、HRMOS のマイページよりご連絡ください。\n\n"
            "株式会社メルカリ 採用チーム"
        ),
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "LINEヤフー 二次面接（データサイエンティスト）",
        interview=True,
        company="LINEヤフー",
        role="データサイエンティスト",
        org=("saiyo@lycorp.co.jp", "LINEヤフー株式会社 中途採用"),
        att=[
            person("kenta.ogawa@lycorp.co.jp", "小川 健太"),
            person("noreply@talentio.com", "Talentio", optional=True),
        ],
        desc=(
            "<p>Alex Rivera 様</p>"
            "<p>LINEヤフー株式会社 採用担当でございます。二次面接の日程が確定いたしましたのでご案内いたします。</p>"
            "<ul><li>ポジション：データサイエンティスト（広告プロダクト）</li>"
            "<li>面接官：小川（データサイエンス部 部長）</li>"
            "<li>会場：オンライン（Zoom）</li></ul>"
            "<p>※ 本予定は Talentio から自動送信されています。</p>"
        ),
        conf=("Zoom Meeting", "https://lycorp.zoom.us/j/83920144512"),
        zone="Asia/Tokyo",
    )
    _x(
        "最終面接 - ソニー株式会社",
        interview=True,
        company="ソニー",
        role=None,
        org=("jinji-saiyo@sony.com", "ソニー株式会社 人事センター"),
        att=[
            person("hiroshi.sato@sony.com", "佐藤 浩"),
            person("mika.tanaka@sony.com", "田中 美香"),
        ],
        desc=(
            "最終面接（役員面接）のご案内です。\n"
            "当日は受付で「人事センター 採用グループとの面接」とお伝えください。入館証をお渡しします。\n"
            "持ち物：身分証明書、職務経歴書（印刷したもの）\n"
            "所要時間：約45分"
        ),
        loc="東京都港区港南1-7-1 ソニーシティ 1F 受付",
        zone="Asia/Tokyo",
    )
    _x(
        "Technical Interview – 楽天グループ株式会社 (Rakuten)",
        interview=True,
        company="楽天グループ",
        role="Site Reliability Engineer",
        org=("talent-acquisition@rakuten.com", "Rakuten Talent Acquisition"),
        att=[
            person("vikram.rao@rakuten.com", "Vikram Rao"),
            person("yui.nakamura@rakuten.com", "Yui Nakamura"),
        ],
        desc=(
            "Dear Alex,\n\n"
            "Thank you for your interest in Rakuten Group, Inc. Please find the details of your technical interview below.\n\n"
            "Position: Site Reliability Engineer (Cloud Platform Department)\n"
            "Interviewers: Vikram Rao (Manager), Yui Nakamura (Senior SRE)\n"
            "Format: 60 min – troubleshooting scenario + Kubernetes discussion\n\n"
            "Official language at Rakuten is English, so the interview will be held in English.\n\n"
            "Best regards,\nRakuten Talent Acquisition"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_rk88201",
        ),
        zone="Asia/Tokyo",
    )
    _x(
        "面接のご案内｜株式会社スマートニュース",
        interview=True,
        company="スマートニュース",
        role="機械学習エンジニア",
        org=("recruiting@smartnews.com", "スマートニュース 採用チーム"),
        att=[person("daisuke.ito@smartnews.com", "伊藤 大輔")],
        desc=(
            "Alex Rivera 様\n\n"
            "機械学習エンジニア（推薦システム）のポジションについて、技術面接のご案内をお送りいたします。\n"
            "面接官：伊藤（ML Engineering Lead）\n"
            "所要時間：60分\n"
            "面接は日本語・英語どちらでも対応可能です。\n\n"
            "Google Meet のリンクは本予定に記載しております。"
        ),
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "株式会社SmartHR 一次面接（プロダクトマネージャー）",
        interview=True,
        company="SmartHR",
        role="プロダクトマネージャー",
        org=("noreply@hrmos.co", "HRMOS 採用"),
        att=[
            person("recruit@smarthr.co.jp", "SmartHR 採用担当"),
            person("s.mori@smarthr.co.jp", "森 沙織"),
        ],
        desc=(
            "【HRMOS 採用】面接日程確定のお知らせ\n\n"
            "応募企業：株式会社SmartHR\n"
            "応募職種：プロダクトマネージャー（労務領域）\n"
            "選考ステップ：一次面接\n"
            "面接官：森 沙織\n"
            "面接方法：Zoom\n\n"
            "※ このメッセージは HRMOS から自動送信されています。返信はできません。"
        ),
        conf=("Zoom Meeting", "https://smarthr.zoom.us/j/91234560011"),
        zone="Asia/Tokyo",
    )
    _x(
        "【面接】freee株式会社 × Alex Rivera 様",
        interview=True,
        company="freee",
        role=None,
        org=("hr@freee.co.jp", "freee 採用チーム"),
        att=[person("takuya.s@freee.co.jp", "清水 拓也")],
        desc=(
            "お世話になっております。freee株式会社の採用担当です。\n"
            "カジュアル面談でのお話を踏まえ、正式な選考として一次面接を設定いたしました。\n"
            "面接官：清水（VPoE）\n"
            "会場：大崎本社 または オンライン（Google Meet）\n"
            "どうぞよろしくお願いいたします。"
        ),
        loc="東京都品川区大崎1-2-2 アートヴィレッジ大崎セントラルタワー 21F",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "エムスリー株式会社 技術面接（ライブコーディング）",
        interview=True,
        company="エムスリー",
        role=None,
        org=("careers@m3.com", "エムスリー 採用担当"),
        att=[person("r.yamamoto@m3.com", "山本 亮"), person("j.kobayashi@m3.com", "小林 潤")],
        desc=(
            "技術面接（ライブコーディング）の詳細です。\n"
            "・使用ツール：CoderPad（当日リンクをお送りします）\n"
            "・言語：Kotlin / Java / Python からお選びください\n"
            "・面接官：山本、小林（AI・機械学習チーム）\n"
            "・時間：75分"
        ),
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "トヨタ自動車 ケース面接 / データアナリスト",
        interview=True,
        company="トヨタ自動車",
        role="データアナリスト",
        org=("career-recruit@mail.toyota.co.jp", "トヨタ自動車株式会社 キャリア採用"),
        att=[person("k.suzuki@mail.toyota.co.jp", "鈴木 一郎")],
        desc=(
            "Alex Rivera 様\n\n"
            "トヨタ自動車株式会社 キャリア採用室です。\n"
            "データアナリスト（コネクティッドカンパニー）職の二次選考として、ケース面接を実施いたします。\n"
            "当日は事前にお送りした資料（販売データのサンプル）をご用意ください。\n"
            "場所：名古屋オフィス 14階 会議室B\n"
            "お問い合わせはキャリア採用室までお願いいたします。"
        ),
        loc="愛知県名古屋市中村区名駅4-7-1 ミッドランドスクエア 14F",
        zone="Asia/Tokyo",
    )
    _x(
        "HRMOS: 面接日程確定のお知らせ（株式会社マネーフォワード）",
        interview=True,
        company="マネーフォワード",
        role="SRE",
        org=("noreply@hrmos.co", None),
        att=[
            person("saiyo@moneyforward.co.jp", "マネーフォワード 採用担当"),
            person("ueda.kei@moneyforward.co.jp", "上田 圭"),
        ],
        desc=(
            "Alex Rivera 様\n\n"
            "以下の日程で面接が確定しました。\n"
            "企業名：株式会社マネーフォワード\n"
            "ポジション：SRE（マネーフォワード クラウド）\n"
            "面接官：上田 圭\n"
            "URL：当日までに担当者よりお送りします\n\n"
            "---\nHRMOS 採用 / 株式会社ビズリーチ"
        ),
        zone="Asia/Tokyo",
    )
    _x(
        "【リクルートエージェント経由】株式会社ディー・エヌ・エー 一次面接",
        interview=True,
        company="ディー・エヌ・エー",
        role="フロントエンドエンジニア",
        org=("ca-tanaka@r-agent.com", "リクルートエージェント 田中"),
        att=[person("recruit@dena.com", "DeNA 採用担当")],
        desc=(
            "Alex Rivera 様\n\n"
            "リクルートエージェントの田中です。\n"
            "株式会社ディー・エヌ・エー様より、フロントエンドエンジニア（ゲーム事業本部）一次面接の日程をいただきましたので登録いたします。\n"
            "面接はオンライン（Teams）で、URLは企業様から別途届きます。\n"
            "面接後、感触をお聞かせください。"
        ),
        zone="Asia/Tokyo",
    )


# ---------------------------------------------------------------- Chinese


def _chinese() -> None:
    _x(
        "字节跳动 | 后端开发工程师 一面",
        interview=True,
        company="字节跳动",
        role="后端开发工程师",
        org=("hr-noreply@bytedance.com", "字节跳动招聘"),
        att=[person("zhangwei.dev@bytedance.com", "张伟")],
        desc=(
            "Alex Rivera 你好，\n\n"
            "感谢你投递北京字节跳动科技有限公司的【后端开发工程师-抖音电商】职位。\n"
            "你的一面安排如下：\n"
            "面试形式：飞书视频会议（请提前下载飞书客户端）\n"
            "面试时长：约60分钟，包含算法题与项目深挖\n"
            "面试官：张伟\n\n"
            "如需改期，请在招聘官网个人中心操作。\n祝面试顺利！"
        ),
        loc="飞书视频会议",
        conf=("飞书会议", "https://vc.feishu.cn/j/682019334"),
        zone="Asia/Shanghai",
    )
    _x(
        "腾讯 二面 - 产品经理（微信支付）",
        interview=True,
        company="腾讯",
        role="产品经理",
        org=("hr@tencent.com", "腾讯招聘"),
        att=[person("leoliu@tencent.com", "刘磊"), person("amychen@tencent.com", "陈敏")],
        desc=(
            "你好，\n\n"
            "恭喜你通过一面！二面将由微信支付产品中心的面试官进行。\n"
            "面试方式：腾讯会议（会议号：482 119 305）\n"
            "职位：产品经理（微信支付）\n"
            "注意事项：请准备一个你主导过的产品案例，约10分钟介绍。\n\n"
            "深圳市腾讯计算机系统有限公司 招聘团队"
        ),
        conf=("腾讯会议", "https://meeting.tencent.com/dm/q8R2hW0b"),
        zone="Asia/Shanghai",
    )
    _x(
        "【Moka】美团面试邀请 - 数据分析师",
        interview=True,
        company="美团",
        role="数据分析师",
        org=("noreply@mokahr.com", "美团校园&社会招聘"),
        att=[person("wangfang07@meituan.com", "王芳")],
        desc=(
            "<p>Alex Rivera，您好！</p>"
            "<p>您应聘的【数据分析师-到店事业群】职位已进入面试环节，面试安排如下：</p>"
            "<p>面试时间：见日程<br>面试方式：视频面试<br>面试官：王芳<br>"
            "面试链接：请通过 Moka 候选人端进入</p>"
            "<p>此邮件由 Moka 智能招聘系统发送，请勿直接回复。</p>"
        ),
        zone="Asia/Shanghai",
    )
    _x(
        "华为 技术面试 - 嵌入式软件工程师",
        interview=True,
        company="华为",
        role="嵌入式软件工程师",
        org=("hr-recruit@huawei.com", "华为招聘"),
        att=[person("sunhao@huawei.com", "孙浩")],
        desc=(
            "尊敬的 Alex Rivera：\n"
            "华为技术有限公司诚邀您参加嵌入式软件工程师岗位的技术面试。\n"
            "地点：东莞松山湖 华为溪流背坡村 F区 F3 一楼接待处\n"
            "请携带身份证/护照及简历一份。\n"
            "面试包括：机考回顾、C/C++ 基础、项目经验。"
        ),
        loc="广东省东莞市松山湖 华为溪流背坡村 F3",
        zone="Asia/Shanghai",
    )
    _x(
        "台積電 TSMC 面試 - 製程整合工程師",
        interview=True,
        company="台積電",
        role="製程整合工程師",
        org=("tsmc_recruit@tsmc.com", "台積電人才招募"),
        att=[person("cylin@tsmc.com", "林志勇"), person("hjwu@tsmc.com", "吳慧君")],
        desc=(
            "Alex Rivera 您好：\n\n"
            "感謝您應徵台灣積體電路製造股份有限公司「製程整合工程師」職缺，誠摯邀請您參加面試。\n"
            "地點：新竹科學園區 力行六路8號 F12B 訪客中心\n"
            "流程：主管面談（60分鐘）→ 人資面談（30分鐘）\n"
            "請攜帶身分證明文件及歷年成績單影本。"
        ),
        loc="新竹市東區力行六路8號 台積電 F12B 訪客中心",
        zone="Asia/Taipei",
    )
    _x(
        "阿里巴巴 终面 (HR面)",
        interview=True,
        company="阿里巴巴",
        role=None,
        org=("talent@alibaba-inc.com", "阿里巴巴集团招聘"),
        att=[person("xiaoyu.hr@alibaba-inc.com", "小雨 (HRBP)")],
        desc=(
            "Hi Alex，\n\n"
            "你好，这里是阿里巴巴（中国）有限公司招聘团队。\n"
            "你的终面（HR面）安排在钉钉视频会议，时长约45分钟，主要沟通职业规划、薪资期望与到岗时间。\n"
            "钉钉会议链接将在面试前30分钟发送。"
        ),
        loc="钉钉视频会议",
        zone="Asia/Shanghai",
    )
    _x(
        "Interview: 小红书 (Xiaohongshu) – Growth Analyst",
        interview=True,
        company="小红书",
        role="Growth Analyst",
        org=("recruiting@xiaohongshu.com", "小红书 Talent Team"),
        att=[person("miaozhou@xiaohongshu.com", "Miao Zhou")],
        desc=(
            "Hi Alex,\n\n"
            "Thanks for applying to the Growth Analyst role (International) at 小红书 / Xiaohongshu. "
            "This is a 45-minute conversation with Miao Zhou, Growth Lead, covering a SQL exercise and a short metric-design question.\n\n"
            "Join via Zoom below. Looking forward to it!"
        ),
        conf=("Zoom Meeting", "https://us06web.zoom.us/j/84401233019"),
        zone="Asia/Shanghai",
    )
    _x(
        "見工：香港交易所 量化分析師",
        interview=True,
        company="香港交易所",
        role="量化分析師",
        org=("recruitment@hkex.com.hk", "HKEX Talent Acquisition"),
        att=[person("raymondcheung@hkex.com.hk", "張文偉 Raymond Cheung")],
        desc=(
            "Dear Alex,\n\n"
            "香港交易及結算所有限公司（HKEX）誠邀閣下出席量化分析師（風險管理科）職位面試。\n"
            "地點：香港中環康樂廣場8號交易廣場二期8樓\n"
            "請於面試前15分鐘到達接待處登記。\n\n"
            "HKEX Talent Acquisition"
        ),
        loc="香港中環康樂廣場8號交易廣場二期8樓",
        zone="Asia/Hong_Kong",
    )
    _x(
        "猎头推荐：某头部互联网公司 算法专家 面试（客户保密）",
        interview=True,
        company=None,
        role="算法专家",
        org=("emma.xu@kornferry.com", "许文 Emma Xu (Korn Ferry)"),
        att=[],
        desc=(
            "Alex 你好，\n\n"
            "按照之前沟通，客户方（国内头部互联网公司，名称暂时保密）希望与你进行第一轮面试，岗位为算法专家（推荐方向）。\n"
            "客户面试官会通过腾讯会议联系你，会议号稍后由我转发。\n"
            "面试后请第一时间告诉我反馈。\n\n"
            "Emma"
        ),
        zone="Asia/Shanghai",
    )


# ---------------------------------------------------------------- Korean


def _korean() -> None:
    _x(
        "[카카오] 1차 기술면접 안내 - 서버 개발자",
        interview=True,
        company="카카오",
        role="서버 개발자",
        org=("recruit@kakaocorp.com", "카카오 채용팀"),
        att=[person("ryan.k@kakaocorp.com", "김민준"), person("jay.lee@kakaocorp.com", "이재훈")],
        desc=(
            "Alex Rivera 님 안녕하세요.\n"
            "(주)카카오 채용팀입니다. 서버 개발자(톡채널) 포지션 1차 기술면접 일정을 안내드립니다.\n\n"
            "- 면접 방식: 화상면접 (Google Meet)\n"
            "- 소요 시간: 약 60분\n"
            "- 면접관: 김민준, 이재훈\n\n"
            "면접 10분 전 접속 부탁드립니다. 감사합니다."
        ),
        meet="meet",
        zone="Asia/Seoul",
    )
    _x(
        "네이버 주식회사 2차 면접",
        interview=True,
        company="네이버",
        role=None,
        org=("dl_recruit@navercorp.com", "NAVER 채용담당"),
        att=[person("sujin.park@navercorp.com", "박수진")],
        desc=(
            "안녕하세요, 네이버 주식회사 인재영입 담당자입니다.\n"
            "2차 면접(임원 면접)은 그린팩토리에서 대면으로 진행됩니다.\n"
            "1층 로비 안내데스크에서 성함을 말씀해 주시면 방문증을 발급해 드립니다.\n"
            "소요 시간: 약 50분"
        ),
        loc="경기도 성남시 분당구 정자일로 95 NAVER 그린팩토리",
        zone="Asia/Seoul",
    )
    _x(
        "쿠팡 Coupang – Hiring Manager Interview (Senior Product Manager)",
        interview=True,
        company="쿠팡",
        role="Senior Product Manager",
        org=("talent@coupang.com", "Coupang Talent Acquisition"),
        att=[
            person("dhkim@coupang.com", "Daniel Kim"),
            person("noreply@greenhouse.io", "Greenhouse", optional=True),
        ],
        desc=(
            "<p>Hi Alex,</p>"
            "<p>You're confirmed for a hiring manager interview with Daniel Kim (Director, Fulfillment Product) for the "
            "<b>Senior Product Manager</b> role at Coupang.</p>"
            "<p>Format: 45 minutes over Zoom. Expect product sense and a deep dive on one launch you owned.</p>"
            "<p><i>Scheduled via Greenhouse</i></p>"
        ),
        conf=("Zoom Meeting", "https://coupang.zoom.us/j/97120004431"),
        zone="Asia/Seoul",
    )
    _x(
        "삼성전자 DS부문 직무면접",
        interview=True,
        company="삼성전자",
        role=None,
        org=("samsung.recruit@samsung.com", "삼성전자 인사팀"),
        att=[],
        desc=(
            "삼성전자 DS부문 경력 채용 직무면접 안내\n\n"
            "장소: 화성캠퍼스 DSR타워 1층 면접 대기실\n"
            "준비물: 신분증, 직무 관련 PT 자료(USB)\n"
            "진행: 직무 PT 15분 + 질의응답 30분\n"
            "주차가 불가하오니 대중교통을 이용해 주시기 바랍니다."
        ),
        loc="경기도 화성시 삼성전자로 1 화성캠퍼스 DSR타워",
        zone="Asia/Seoul",
    )
    _x(
        "토스 (비바리퍼블리카) 컬처핏 인터뷰",
        interview=True,
        company="토스",
        role=None,
        org=("recruit@toss.im", "토스 채용팀"),
        att=[person("hyewon@toss.im", "정혜원")],
        desc=(
            "Alex님, 직무 인터뷰 통과를 축하드립니다!\n"
            "다음 단계인 컬처핏 인터뷰를 안내드려요. 토스팀이 일하는 방식과 Alex님이 일하는 방식이 잘 맞는지 서로 확인하는 시간입니다.\n"
            "- 인터뷰어: 정혜원 (Head of Data)\n"
            "- 방식: Google Meet, 60분"
        ),
        meet="meet",
        zone="Asia/Seoul",
    )
    _x(
        "당근 면접 일정 확정 – iOS 엔지니어",
        interview=True,
        company="당근",
        role="iOS 엔지니어",
        org=("recruit@daangn.com", "당근 채용"),
        att=[
            person("noreply@greetinghr.com", "그리팅", optional=True),
            person("minho@daangn.com", "최민호"),
        ],
        desc=(
            "안녕하세요 Alex님, 당근 채용팀입니다.\n"
            "iOS 엔지니어 포지션의 1차 인터뷰 일정이 확정되었어요.\n"
            "인터뷰는 서초 사옥에서 진행되며, 라이브 코딩은 본인 노트북으로 진행합니다.\n\n"
            "본 일정은 그리팅(Greeting)을 통해 발송되었습니다."
        ),
        loc="서울특별시 서초구 강남대로 465 교보타워 당근 라운지",
        zone="Asia/Seoul",
    )
    _x(
        "(주)우아한형제들 - 배달의민족 최종면접",
        interview=True,
        company="우아한형제들",
        role=None,
        org=("people@woowahan.com", "우아한형제들 피플실"),
        att=[person("cto.office@woowahan.com", "CTO Office")],
        desc=(
            "안녕하세요, 우아한형제들 피플실입니다.\n"
            "배달의민족 서비스를 만드는 우아한형제들의 최종면접을 안내드립니다.\n"
            "장소: 송파구 위례성대로 2 장은빌딩 큰집 7층\n"
            "면접관: CTO 및 실장 2명"
        ),
        loc="서울특별시 송파구 위례성대로 2 장은빌딩",
        zone="Asia/Seoul",
    )
    _x(
        "원티드 지원 – 리디 1차 면접 (백엔드)",
        interview=True,
        company="리디",
        role="백엔드",
        org=("noreply@wanted.co.kr", "원티드"),
        att=[person("recruit@ridi.com", "리디 채용팀")],
        desc=(
            "원티드에서 지원하신 리디(RIDI) 백엔드 포지션의 1차 면접이 잡혔어요.\n"
            "면접 방식: 화상 (Zoom, 링크는 기업에서 별도 발송)\n"
            "원티드 합격보상금 안내는 최종 합격 후 발송됩니다."
        ),
        zone="Asia/Seoul",
    )


# ---------------------------------------------------------------- Arabic


def _arabic() -> None:
    _x(
        "مقابلة عمل – كريم (Careem) – مهندس برمجيات",
        interview=True,
        company="كريم",
        role="مهندس برمجيات",
        org=("talent@careem.com", "Careem Talent"),
        att=[person("omar.haddad@careem.com", "عمر حداد Omar Haddad")],
        desc=(
            "مرحباً أليكس،\n\n"
            "شكراً لاهتمامك بوظيفة مهندس برمجيات في فريق المدفوعات لدى كريم.\n"
            "ستكون المقابلة الفنية مع عمر حداد عبر Google Meet ومدتها 60 دقيقة.\n\n"
            "Hi Alex — this is your technical interview for the Software Engineer (Careem Pay) role. Please join via the Meet link."
        ),
        meet="meet",
        zone="Asia/Dubai",
    )
    _x(
        "أرامكو السعودية | المقابلة الفنية – Data Engineer",
        interview=True,
        company="أرامكو السعودية",
        role="Data Engineer",
        org=("recruitment@aramco.com", "Saudi Aramco Recruitment"),
        att=[
            person("faisal.alqahtani@aramco.com", "فيصل القحطاني"),
            person("noreply@myworkday.com", "Workday", optional=True),
        ],
        desc=(
            "عزيزي المتقدم،\n"
            "يسرنا دعوتك لحضور المقابلة الفنية لوظيفة Data Engineer في إدارة الحلول الرقمية.\n"
            "المقابلة عبر Microsoft Teams.\n"
            "يرجى تحديث بياناتك في بوابة Workday قبل الموعد.\n\n"
            "إدارة التوظيف – أرامكو السعودية"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_aramco551",
        ),
        zone="Asia/Riyadh",
    )
    _x(
        "دعوة لمقابلة شخصية – نون",
        interview=True,
        company="نون",
        role=None,
        org=("careers@noon.com", "noon Careers"),
        att=[person("layla.mansour@noon.com", "ليلى منصور")],
        desc=(
            "مرحباً Alex،\n\n"
            "ندعوك لمقابلة شخصية في مكاتب نون دوت كوم ش.م.م في دبي.\n"
            "العنوان: مبنى 2، دبي هيلز للأعمال\n"
            "المقابلة مع ليلى منصور (مديرة التوظيف) لمدة 45 دقيقة.\n"
            "يرجى إحضار بطاقة الهوية."
        ),
        loc="Building 2, Dubai Hills Business Park, Dubai",
        zone="Asia/Dubai",
    )
    _x(
        "Interview with طلبات Talabat – Senior Analyst",
        interview=True,
        company="طلبات",
        role="Senior Analyst",
        org=("recruiting@talabat.com", "talabat Recruiting"),
        att=[person("n.alsabah@talabat.com", "Noura Al-Sabah")],
        desc=(
            "Hi Alex,\n\nThis is the first-round interview for the Senior Analyst (Quick Commerce) position.\n"
            "Interviewer: Noura Al-Sabah, Analytics Manager\nDuration: 45 minutes\n"
            "Please join using the Teams link below.\n\nBest,\ntalabat Recruiting"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_tlb2090",
        ),
        zone="Asia/Kuwait",
    )
    _x(
        "مقابلة مع مدير التوظيف – فوري",
        interview=True,
        company="فوري",
        role=None,
        org=("hr@fawry.com", "فوري للمدفوعات – الموارد البشرية"),
        att=[person("ahmed.samir@fawry.com", "أحمد سمير")],
        desc=(
            "أستاذ أليكس،\n"
            "نود تأكيد موعد مقابلتك مع مدير التوظيف في شركة فوري لتكنولوجيا البنوك والمدفوعات الإلكترونية ش.م.م.\n"
            "المكان: القرية الذكية، مبنى B126، الجيزة.\n"
            "مع تحيات إدارة الموارد البشرية"
        ),
        loc="القرية الذكية، مبنى B126، الجيزة",
        zone="Africa/Cairo",
    )


# ---------------------------------------------------------------- Hebrew


def _hebrew() -> None:
    _x(
        "ראיון עבודה – צ'ק פוינט – מהנדס/ת DevOps",
        interview=True,
        company="צ'ק פוינט",
        role="מהנדס/ת DevOps",
        org=("jobs@checkpoint.com", "Check Point Talent"),
        att=[person("yossi.levi@checkpoint.com", "יוסי לוי")],
        desc=(
            "שלום אלכס,\n"
            "תודה על מועמדותך לתפקיד מהנדס/ת DevOps בצ'ק פוינט טכנולוגיות תוכנה בע\"מ.\n"
            "הראיון יתקיים במשרדי החברה, שלמה קאפח 5, תל אביב, קומה 3.\n"
            "המראיין: יוסי לוי, ראש צוות תשתיות.\n"
            "נא להגיע עם תעודה מזהה."
        ),
        loc="שלמה קאפח 5, תל אביב",
        zone="Asia/Jerusalem",
    )
    _x(
        "ראיון טכני: וויקס",
        interview=True,
        company="וויקס",
        role=None,
        org=("talent@wix.com", "Wix Talent Acquisition"),
        att=[
            person("noa@wix.com", "נועה כהן"),
            person("scheduling@ashbyhq.com", "Ashby", optional=True),
        ],
        desc=(
            "היי אלכס,\n"
            "מצורף זימון לראיון הטכני (System Design) עם נועה כהן.\n"
            "הראיון יתקיים ב-Zoom ויימשך כשעה.\n\n"
            "Scheduled with Ashby on behalf of Wix.com Ltd."
        ),
        conf=("Zoom Meeting", "https://wix.zoom.us/j/86650123400"),
        zone="Asia/Jerusalem",
    )
    _x(
        'בנק הפועלים בע"מ – ראיון שני',
        interview=True,
        company="בנק הפועלים",
        role="אנליסט/ית סיכונים",
        org=("gius@poalim.co.il", "גיוס – בנק הפועלים"),
        att=[person("michal.ben@poalim.co.il", "מיכל בן-דוד")],
        desc=(
            "שלום אלכס,\n"
            "שמחים להזמין אותך לראיון שני לתפקיד אנליסט/ית סיכונים בחטיבת הסיכונים.\n"
            "מקום: יהודה הלוי 63, תל אביב, קומה 11.\n"
            "הראיון עם מיכל בן-דוד, מנהלת מחלקת מודלים."
        ),
        loc="יהודה הלוי 63, תל אביב-יפו",
        zone="Asia/Jerusalem",
    )
    _x(
        "Interview: מובילאיי (Mobileye) – Computer Vision Engineer",
        interview=True,
        company="מובילאיי",
        role="Computer Vision Engineer",
        org=("careers@mobileye.com", "Mobileye Careers"),
        att=[
            person("amir.s@mobileye.com", "Amir Shalev"),
            person("dana.r@mobileye.com", "Dana Rosen"),
        ],
        desc=(
            "Hi Alex,\n\nYour onsite interview for the Computer Vision Engineer position (REM group) is confirmed.\n"
            "Address: Har Hotzvim, Shlomo Momo Halevi 13, Jerusalem. Please bring ID for the security desk.\n\n"
            "Mobileye Careers"
        ),
        loc="שלמה מומו הלוי 13, הר חוצבים, ירושלים",
        zone="Asia/Jerusalem",
    )


# ---------------------------------------------------------------- Greek


def _greek() -> None:
    _x(
        "Συνέντευξη – ΟΤΕ ΑΕ – Μηχανικός Δικτύων",
        interview=True,
        company="ΟΤΕ",
        role="Μηχανικός Δικτύων",
        org=("careers@ote.gr", "Όμιλος ΟΤΕ – Προσλήψεις"),
        att=[person("gpapadopoulos@ote.gr", "Γιώργος Παπαδόπουλος")],
        desc=(
            "Αγαπητέ κύριε Rivera,\n\n"
            "Σας προσκαλούμε σε συνέντευξη για τη θέση Μηχανικός Δικτύων (Core Network) στον ΟΤΕ.\n"
            "Τόπος: Λεωφ. Κηφισίας 99, Μαρούσι, κτίριο Α, 4ος όροφος.\n"
            "Συνεντευξιαστής: Γιώργος Παπαδόπουλος.\n\n"
            "Με εκτίμηση,\nΔιεύθυνση Ανθρώπινου Δυναμικού"
        ),
        loc="Λεωφ. Κηφισίας 99, 151 24 Μαρούσι",
        zone="Europe/Athens",
    )
    _x(
        "Εθνική Τράπεζα: δεύτερη συνέντευξη (Data Analyst)",
        interview=True,
        company="Εθνική Τράπεζα",
        role="Data Analyst",
        org=("recruitment@nbg.gr", "Εθνική Τράπεζα – Recruitment"),
        att=[
            person("e.konstantinou@nbg.gr", "Ελένη Κωνσταντίνου"),
            person("n.dimitriou@nbg.gr", "Νίκος Δημητρίου"),
        ],
        desc=(
            "Καλησπέρα Alex,\n"
            "Η δεύτερη συνέντευξη για τη θέση Data Analyst θα γίνει μέσω Microsoft Teams με την Ελένη Κωνσταντίνου και τον Νίκο Δημητρίου.\n"
            "Διάρκεια: 60 λεπτά, περιλαμβάνει σύντομη άσκηση SQL."
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_nbg771",
        ),
        zone="Europe/Athens",
    )
    _x(
        "ΔΕΗ Α.Ε. – Τεχνική συνέντευξη μέσω Teams",
        interview=True,
        company="ΔΕΗ",
        role=None,
        org=("hr-talent@dei.gr", "ΔΕΗ – Διεύθυνση Ανθρώπινου Δυναμικού"),
        att=[person("s.antoniou@dei.gr", "Σοφία Αντωνίου")],
        desc=(
            "Κύριε Rivera,\n"
            "Επιβεβαιώνουμε την τεχνική συνέντευξη για τη θέση στο τμήμα Ψηφιακού Μετασχηματισμού.\n"
            "Θα λάβετε σύνδεσμο Teams από την κ. Αντωνίου."
        ),
        zone="Europe/Athens",
    )


# ---------------------------------------------------------------- Russian / Ukrainian


def _russian_ukrainian() -> None:
    _x(
        "Собеседование в Яндекс: Go-разработчик",
        interview=True,
        company="Яндекс",
        role="Go-разработчик",
        org=("hr-noreply@yandex-team.ru", "Яндекс — подбор персонала"),
        att=[person("a-volkov@yandex-team.ru", "Андрей Волков")],
        desc=(
            "Алекс, добрый день!\n\n"
            "Подтверждаем техническое собеседование на позицию Go-разработчика в команду Яндекс Доставки (ООО «Яндекс»).\n"
            "Формат: видеозвонок в Телемосте, 60 минут, решение задач на алгоритмы.\n"
            "Ссылка на встречу придёт за час до начала.\n\n"
            "Удачи!"
        ),
        loc="Телемост",
        zone="Europe/Moscow",
    )
    _x(
        "Техническое интервью — АО «Лаборатория Касперского»",
        interview=True,
        company="Лаборатория Касперского",
        role=None,
        org=("hr@kaspersky.com", "Kaspersky HR"),
        att=[
            person("dmitry.orlov@kaspersky.com", "Дмитрий Орлов"),
            person("elena.sokolova@kaspersky.com", "Елена Соколова"),
        ],
        desc=(
            "Здравствуйте, Алекс!\n"
            "Приглашаем вас на техническое интервью в офис компании.\n"
            "Адрес: Ленинградское шоссе, 39А, стр. 2, БЦ «Олимпия Парк».\n"
            "Интервьюеры: Дмитрий Орлов (руководитель группы), Елена Соколова (HR-партнёр).\n"
            "Возьмите паспорт для оформления пропуска."
        ),
        loc="Ленинградское шоссе, 39А, стр. 2, Москва",
        zone="Europe/Moscow",
    )
    _x(
        "Авито | Финальное интервью с нанимающим менеджером",
        interview=True,
        company="Авито",
        role="Senior Product Analyst",
        org=("noreply@huntflow.ru", "Huntflow"),
        att=[
            person("irecruit@avito.ru", "Ирина Смирнова (Авито)"),
            person("pkozlov@avito.ru", "Павел Козлов"),
        ],
        desc=(
            "<p>Алекс, здравствуйте!</p>"
            "<p>Приглашаем на финальное интервью на вакансию <b>Senior Product Analyst</b> (вертикаль «Недвижимость»).</p>"
            "<p>Интервьюер: Павел Козлов, руководитель аналитики.<br>Длительность: 1 час.<br>Встреча в Zoom.</p>"
            "<p>Письмо отправлено через Huntflow от имени рекрутера Ирины Смирновой.</p>"
        ),
        conf=("Zoom Meeting", "https://avito.zoom.us/j/7710023344"),
        zone="Europe/Moscow",
    )
    _x(
        "Т-Банк: собеседование с HR (Аналитик данных)",
        interview=True,
        company="Т-Банк",
        role="Аналитик данных",
        org=("job@tbank.ru", "Т-Банк Карьера"),
        att=[person("m.egorova@tbank.ru", "Мария Егорова")],
        desc=(
            "Алекс, привет!\n"
            "Созвонимся с HR, чтобы обсудить вакансию аналитика данных в кредитном направлении, ожидания и дальнейшие этапы.\n"
            "Звонок займёт около 30 минут. Ссылка — ниже."
        ),
        meet="meet",
        zone="Europe/Moscow",
    )
    _x(
        "Huntflow: интервью с Ozon – Senior Go Developer",
        interview=True,
        company="Ozon",
        role="Senior Go Developer",
        org=("noreply@huntflow.ru", None),
        att=[
            person("talent@ozon.ru", "Ozon Tech — рекрутинг"),
            person("s.belov@ozon.ru", "Сергей Белов"),
        ],
        desc=(
            "Интервью с командой Ozon Tech (логистика) по вакансии Senior Go Developer.\n"
            "Участники: Сергей Белов (техлид).\n"
            "Ссылка на встречу Google Meet прикреплена.\n\n"
            "— Отправлено из Huntflow"
        ),
        meet="meet",
        zone="Europe/Moscow",
    )
    _x(
        "Співбесіда — ТОВ «Нова Пошта» — Product Owner",
        interview=True,
        company="Нова Пошта",
        role="Product Owner",
        org=("hr@novaposhta.ua", "Нова Пошта — HR"),
        att=[person("o.kovalenko@novaposhta.ua", "Олена Коваленко")],
        desc=(
            "Доброго дня, Алекс!\n\n"
            "Запрошуємо вас на співбесіду на позицію Product Owner (мобільний застосунок).\n"
            "Формат: Google Meet, 1 година.\n"
            "Інтерв'юер: Олена Коваленко, Head of Product.\n\n"
            "З повагою, команда рекрутингу"
        ),
        meet="meet",
        zone="Europe/Kyiv",
    )
    _x(
        "ПриватБанк: технічна співбесіда (Java-розробник)",
        interview=True,
        company="ПриватБанк",
        role="Java-розробник",
        org=("recruiting@privatbank.ua", "АТ КБ «ПриватБанк» — рекрутинг"),
        att=[person("v.shevchenko@privatbank.ua", "Василь Шевченко")],
        desc=(
            "Алекс, вітаємо!\n"
            "Технічна співбесіда на позицію Java-розробника (платіжні сервіси).\n"
            "Тривалість 90 хв: live-coding + питання з архітектури.\n"
            "Посилання Microsoft Teams додано до події."
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_pb4491",
        ),
        zone="Europe/Kyiv",
    )
    _x(
        "Інтерв'ю з Розетка / Rozetka — QA Lead",
        interview=True,
        company="Розетка",
        role="QA Lead",
        org=("jobs@rozetka.com.ua", "ROZETKA Careers"),
        att=[person("t.melnyk@rozetka.com.ua", "Тарас Мельник")],
        desc=(
            "Привіт, Алекс!\n"
            "Підтверджуємо зустріч з Тарасом Мельником, Head of QA, щодо позиції QA Lead.\n"
            "Формат: офіс на вул. Сім'ї Сосніних, 11, Київ, або онлайн за потреби."
        ),
        loc="вул. Сім'ї Сосніних, 11, Київ",
        zone="Europe/Kyiv",
    )


# ---------------------------------------------------------------- Thai / Hindi


def _thai_hindi() -> None:
    _x(
        "สัมภาษณ์งาน – ธนาคารไทยพาณิชย์ (SCB) – Data Scientist",
        interview=True,
        company="ธนาคารไทยพาณิชย์",
        role="Data Scientist",
        org=("talent@scb.co.th", "SCB Talent Acquisition"),
        att=[person("pimchanok.s@scb.co.th", "พิมพ์ชนก ศรีสุข")],
        desc=(
            "เรียน คุณ Alex Rivera\n\n"
            "ธนาคารไทยพาณิชย์ จำกัด (มหาชน) ขอเรียนเชิญท่านเข้าสัมภาษณ์ตำแหน่ง Data Scientist\n"
            "สถานที่: SCB Park Plaza อาคาร 1 ชั้น 5 ถนนรัชดาภิเษก\n"
            "ผู้สัมภาษณ์: คุณพิมพ์ชนก ศรีสุข\n"
            "กรุณานำบัตรประชาชนหรือพาสปอร์ตมาด้วย"
        ),
        loc="SCB Park Plaza, 18 ถนนรัชดาภิเษก จตุจักร กรุงเทพฯ",
        zone="Asia/Bangkok",
    )
    _x(
        "นัดสัมภาษณ์ บริษัท ปตท. จำกัด (มหาชน)",
        interview=True,
        company="ปตท.",
        role=None,
        org=("recruit@pttplc.com", "ปตท. ฝ่ายสรรหาบุคลากร"),
        att=[person("somchai.w@pttplc.com", "สมชาย วงศ์ใหญ่")],
        desc=(
            "เรียน คุณ Alex\n"
            "ขอเชิญเข้ารับการสัมภาษณ์รอบที่ 1 ผ่าน Microsoft Teams\n"
            "ผู้สัมภาษณ์: คุณสมชาย วงศ์ใหญ่ ผู้จัดการฝ่ายดิจิทัล\n"
            "ระยะเวลาประมาณ 45 นาที"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ptt305",
        ),
        zone="Asia/Bangkok",
    )
    _x(
        "อโกด้า (Agoda) – สัมภาษณ์รอบที่ 2",
        interview=True,
        company="อโกด้า",
        role=None,
        org=("recruitment@agoda.com", "Agoda Talent Acquisition"),
        att=[
            person("arjun.m@agoda.com", "Arjun Mehta"),
            person("nattaya.p@agoda.com", "ณัฐยา พงษ์ไพร"),
        ],
        desc=(
            "Hi Alex,\n\nสวัสดีค่ะ — this is your second-round interview (system design) with Arjun and Nattaya.\n"
            "Location: Agoda office, The Offices at Central World, 30th floor.\n\nAgoda Talent Acquisition"
        ),
        loc="The Offices at Central World, 999/9 ถนนพระราม 1 ปทุมวัน กรุงเทพฯ",
        zone="Asia/Bangkok",
    )
    _x(
        "साक्षात्कार: इन्फोसिस लिमिटेड – सिस्टम इंजीनियर",
        interview=True,
        company="इन्फोसिस",
        role="सिस्टम इंजीनियर",
        org=("careers@infosys.com", "इन्फोसिस भर्ती टीम"),
        att=[person("rakesh.sharma@infosys.com", "राकेश शर्मा")],
        desc=(
            "प्रिय Alex Rivera,\n\n"
            "इन्फोसिस लिमिटेड में सिस्टम इंजीनियर पद के लिए आपका तकनीकी साक्षात्कार निर्धारित किया गया है।\n"
            "स्थान: इन्फोसिस मैसूर कैंपस, गेट नंबर 1\n"
            "कृपया अपना पहचान पत्र और बायोडाटा की प्रति साथ लाएँ।\n\n"
            "सादर,\nभर्ती टीम"
        ),
        loc="Infosys Mysore Campus, Hebbal Electronic City, Mysuru",
        zone="Asia/Kolkata",
    )
    _x(
        "फ्लिपकार्ट – HR राउंड",
        interview=True,
        company="फ्लिपकार्ट",
        role=None,
        org=("talent@flipkart.com", "Flipkart Talent"),
        att=[person("neha.gupta@flipkart.com", "नेहा गुप्ता")],
        desc=(
            "नमस्ते Alex,\n"
            "तकनीकी राउंड सफलतापूर्वक पूरे करने के लिए बधाई! अब HR राउंड नेहा गुप्ता के साथ Google Meet पर होगा (30 मिनट)।\n"
            "वेतन अपेक्षा और नोटिस पीरियड पर चर्चा होगी।"
        ),
        meet="meet",
        zone="Asia/Kolkata",
    )
    _x(
        "रिलायंस जियो इन्फोकॉम लिमिटेड के साथ इंटरव्यू",
        interview=True,
        company="रिलायंस जियो इन्फोकॉम",
        role="क्लाउड आर्किटेक्ट",
        org=("jio.careers@ril.com", "Jio Careers"),
        att=[person("amit.patel@ril.com", "अमित पटेल")],
        desc=(
            "प्रिय उम्मीदवार,\n"
            "क्लाउड आर्किटेक्ट पद हेतु आपका इंटरव्यू जियो वर्ल्ड सेंटर, बांद्रा कुर्ला कॉम्प्लेक्स, मुंबई में होगा।\n"
            "इंटरव्यू लेने वाले: अमित पटेल (VP, Jio Platforms)"
        ),
        loc="Jio World Centre, Bandra Kurla Complex, Mumbai",
        zone="Asia/Kolkata",
    )


# ---------------------------------------------------------------- initials


def _initials() -> None:
    _x(
        "BCG – First Round Case Interview",
        interview=True,
        company="BCG",
        role="Consultant",
        org=("recruiting.madrid@bcg.com", "BCG Recruiting"),
        att=[
            person("garcia.lucia@bcg.com", "Lucía García"),
            person("moretti.paolo@bcg.com", "Paolo Moretti"),
        ],
        desc=(
            "Dear Alex,\n\nWe are pleased to confirm your first round interviews for the Consultant position.\n"
            "You will have two back-to-back case interviews (45 min each) with Lucía García (Principal) and Paolo Moretti (Project Leader).\n"
            "Please have pen, paper and a calculator ready.\n\nBCG Recruiting – Madrid"
        ),
        conf=("Zoom Meeting", "https://bcg.zoom.us/j/93322014455"),
        zone="Europe/Madrid",
    )
    _x(
        "EY Technology Consulting – Interview (Senior Consultant)",
        interview=True,
        company="EY",
        role="Senior Consultant",
        org=("uk.recruitment@uk.ey.com", "EY UK Recruitment"),
        att=[person("james.whitfield@uk.ey.com", "James Whitfield")],
        desc=(
            "Hi Alex,\n\nThank you for your application to EY. Your interview with James Whitfield (Director, Technology Consulting) "
            "will be held via Microsoft Teams and will last approximately one hour. It is a competency- and strengths-based interview.\n\n"
            "Kind regards,\nEY Recruitment Team"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_eyuk009",
        ),
        zone="Europe/London",
    )
    _x(
        "KPMG Advisory: Technical Interview – Data & Analytics",
        interview=True,
        company="KPMG",
        role=None,
        org=("de-recruiting@kpmg.com", "KPMG Recruiting"),
        att=[person("mschulz@kpmg.com", "Markus Schulz")],
        desc=(
            "Hallo Alex,\n\nwie besprochen das technische Interview für das Team Data & Analytics im Bereich Advisory.\n"
            "Gesprächspartner: Markus Schulz (Senior Manager).\n"
            "Ort: KPMG, THE SQUAIRE, Frankfurt Flughafen – bitte am Empfang Ebene 4 melden.\n\nViele Grüße\nKPMG Recruiting"
        ),
        loc="THE SQUAIRE, Am Flughafen, 60549 Frankfurt am Main",
        zone="Europe/Berlin",
    )
    _x(
        "Video Interview – HSBC Global Banking Graduate Programme",
        interview=True,
        company="HSBC",
        role=None,
        org=("graduate.recruitment@hsbc.com", "HSBC Early Careers"),
        att=[person("priya.shah@hsbc.com", "Priya Shah")],
        desc=(
            "Dear Alex,\n\nCongratulations on progressing to the live video interview stage of the Global Banking Graduate Programme.\n"
            "Your interviewer will be Priya Shah, Vice President. The interview lasts 30 minutes.\n\n"
            "HSBC Early Careers"
        ),
        conf=("Zoom Meeting", "https://hsbc.zoom.us/j/91002003004"),
        zone="Europe/London",
    )
    _x(
        "Entretien RH – SNCF – Ingénieur Data (Lyon)",
        interview=True,
        company="SNCF",
        role="Ingénieur Data",
        org=("recrutement@sncf.fr", "SNCF Recrutement"),
        att=[person("claire.martin@sncf.fr", "Claire Martin")],
        desc=(
            "Bonjour Alex,\n\nNous vous confirmons votre entretien RH pour le poste d'Ingénieur Data basé à Lyon.\n"
            "Interlocutrice : Claire Martin, chargée de recrutement.\n"
            "Durée : 45 minutes, en visio (lien Teams ci-dessous).\n\nCordialement,\nSNCF Recrutement"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_sncf118",
        ),
        zone="Europe/Paris",
    )
    _x(
        "Entrevista BBVA – Data Scientist (Madrid)",
        interview=True,
        company="BBVA",
        role="Data Scientist",
        org=("talento@bbva.com", "BBVA Talento"),
        att=[person("javier.ruiz@bbva.com", "Javier Ruiz")],
        desc=(
            "Hola Alex,\n\nTe confirmamos la entrevista para la posición de Data Scientist en BBVA AI Factory.\n"
            "Lugar: Ciudad BBVA, Calle Azul 4, edificio La Vela, planta 7.\n"
            "Entrevistador: Javier Ruiz.\n\nUn saludo,\nEquipo de Talento"
        ),
        loc="Ciudad BBVA, Calle Azul 4, 28050 Madrid",
        zone="Europe/Madrid",
    )
    _x(
        "TCS Digital – Technical Round",
        interview=True,
        company="TCS",
        role=None,
        org=("tcs.recruitment@tcs.com", "TCS Talent Acquisition"),
        att=[person("s.iyer@tcs.com", "Srinivas Iyer")],
        desc=(
            "Dear Candidate,\n\nYou have been shortlisted for the Technical Round under the TCS Digital hiring track.\n"
            "Mode: Virtual (Microsoft Teams). Please keep your TCS NextStep reference number (CT20244419882) handy.\n\n"
            "Regards,\nTCS Talent Acquisition Group"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_tcsdig22",
        ),
        zone="Asia/Kolkata",
    )
    _x(
        "LG – UX Researcher Interview (Seoul)",
        interview=True,
        company="LG",
        role="UX Researcher",
        org=("recruit@lge.com", "LG Recruit"),
        att=[person("yujin.han@lge.com", "Yujin Han")],
        desc=(
            "Dear Alex,\n\nThank you for applying for the UX Researcher position. Your interview with Yujin Han (Design Management Center) "
            "will be at LG Twin Towers, Yeouido, East Tower 9F.\n\nLG Recruit"
        ),
        loc="LG Twin Towers, 128 Yeoui-daero, Yeongdeungpo-gu, Seoul",
        zone="Asia/Seoul",
    )
    _x(
        "SAP Labs – Coding Interview",
        interview=True,
        company="SAP",
        role="Developer",
        org=("noreply@sap.successfactors.eu", "SAP Careers"),
        att=[
            person("thomas.becker@sap.com", "Thomas Becker"),
            person("anna.nowak@sap.com", "Anna Nowak"),
        ],
        desc=(
            "Dear Alex Rivera,\n\nyour interview for the position Developer (Job ID 401877) in Walldorf is scheduled.\n"
            "Interviewers: Thomas Becker, Anna Nowak\nThe coding part will be done in a shared editor.\n\n"
            "This invitation was generated by SAP SuccessFactors Recruiting."
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_sap9008",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "PwC – Assessment Centre (group exercise & partner interview)",
        interview=True,
        company="PwC",
        role=None,
        org=("uk_graduate_recruitment@pwc.com", "PwC Student Recruitment"),
        att=[],
        desc=(
            "Hi Alex,\n\nWe look forward to welcoming you to our Assessment Centre at 7 More London Riverside.\n"
            "Agenda: 09:30 arrival, 10:00 group exercise, 11:30 written exercise, 13:30 partner interview.\n"
            "Please bring photo ID.\n\nPwC Student Recruitment"
        ),
        loc="7 More London Riverside, London SE1 2RT",
        zone="Europe/London",
    )
    _x(
        "IBM – Interview, Cloud Solution Architect",
        interview=True,
        company="IBM",
        role="Cloud Solution Architect",
        org=("ibmrecruit@us.ibm.com", "IBM Talent Acquisition"),
        att=[person("rjohnson@us.ibm.com", "Rachel Johnson")],
        desc=(
            "Hello Alex,\n\nThis is your 60-minute interview with Rachel Johnson for the Cloud Solution Architect role. "
            "We'll meet via Webex.\n\nIBM Talent Acquisition"
        ),
        conf=("Webex", "https://ibm.webex.com/meet/rjohnson"),
        zone="America/New_York",
    )


# ---------------------------------------------------------------- written out


def _written_out() -> None:
    _x(
        "Boston Consulting Group: Final Round (Consultant, Madrid)",
        interview=True,
        company="Boston Consulting Group",
        role="Consultant",
        org=("recruiting.madrid@bcg.com", "Boston Consulting Group – Recruiting"),
        att=[
            person("ibarra.carlos@bcg.com", "Carlos Ibarra"),
            person("lindqvist.sofia@bcg.com", "Sofia Lindqvist"),
        ],
        desc=(
            "Dear Alex,\n\nCongratulations on passing the first round! Your final round at The Boston Consulting Group "
            "consists of two case interviews with Managing Directors & Partners.\n"
            "Location: Paseo de la Castellana 259C, Torre de Cristal, planta 29.\n"
        ),
        loc="Paseo de la Castellana 259C, Torre de Cristal, Madrid",
        zone="Europe/Madrid",
    )
    _x(
        "Ernst & Young LLP – Partner Interview",
        interview=True,
        company="Ernst & Young",
        role="Manager, Forensic & Integrity Services",
        org=("recruiting@ey.com", "Ernst & Young LLP Recruiting"),
        att=[person("michael.obrien@ey.com", "Michael O'Brien")],
        desc=(
            "Alex,\n\nPlease find below your partner interview for the Manager, Forensic & Integrity Services position.\n"
            "Partner: Michael O'Brien\nLocation: One Manhattan West, New York – 22nd floor reception\n\nErnst & Young LLP"
        ),
        loc="One Manhattan West, 395 9th Ave, New York, NY",
        zone="America/New_York",
    )
    _x(
        "Banco Bilbao Vizcaya Argentaria – Segunda entrevista",
        interview=True,
        company="Banco Bilbao Vizcaya Argentaria",
        role=None,
        org=("seleccion@bbva.com", "Selección – Banco Bilbao Vizcaya Argentaria, S.A."),
        att=[person("marta.lopez@bbva.com", "Marta López")],
        desc=(
            "Estimado Alex:\n\nLe convocamos a una segunda entrevista con Marta López, responsable del área de Riesgos.\n"
            "La entrevista se realizará por Microsoft Teams.\n\nAtentamente,\nDepartamento de Selección"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_bbva3031",
        ),
        zone="Europe/Madrid",
    )
    _x(
        "Tata Consultancy Services – Managerial Round",
        interview=True,
        company="Tata Consultancy Services",
        role=None,
        org=("hiring.london@tcs.com", "Tata Consultancy Services UK Hiring"),
        att=[person("anand.krishnan@tcs.com", "Anand Krishnan")],
        desc=(
            "Dear Alex,\n\nFollowing your technical round, you are invited to the Managerial Round with Anand Krishnan, "
            "Delivery Head – BFSI. Venue: TCS, 1 Canada Square, Canary Wharf.\n\nRegards"
        ),
        loc="1 Canada Square, Canary Wharf, London",
        zone="Europe/London",
    )
    _x(
        "LG Electronics Inc. – panel interview",
        interview=True,
        company="LG Electronics",
        role="Embedded Software Engineer",
        org=("us.careers@lge.com", "LG Electronics USA Talent"),
        att=[person("kevin.cho@lge.com", "Kevin Cho"), person("lisa.park@lge.com", "Lisa Park")],
        desc=(
            "Hi Alex,\n\nYour panel interview for Embedded Software Engineer (webOS) is confirmed at our North American HQ.\n"
            "Panel: Kevin Cho, Lisa Park. Please check in with security in the main lobby.\n"
        ),
        loc="111 Sylvan Avenue, Englewood Cliffs, NJ",
        zone="America/New_York",
    )
    _x(
        "SAP SE – Hiring Manager Conversation",
        interview=True,
        company="SAP",
        role="Product Manager",
        org=("stefanie.koch@sap.com", "Stefanie Koch"),
        att=[],
        desc=(
            "Hi Alex,\n\nlooking forward to our conversation about the Product Manager role in SAP Business Technology Platform.\n"
            "I'll share some context on the team and we'll talk through your experience.\n\nBest,\nStefanie"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_sapse771",
        ),
        zone="Europe/Berlin",
    )


# ---------------------------------------------------------------- digits and symbols


def _digits_and_symbols() -> None:
    _x(
        "1Password – Technical Interview (Rust)",
        interview=True,
        company="1Password",
        role=None,
        org=("talent@1password.com", "1Password Talent"),
        att=[person("jen.lau@agilebits.com", "Jen Lau")],
        desc=(
            "Hi Alex! Your technical interview with Jen Lau is all set. We'll pair on a small Rust problem for about 60 minutes. "
            "Use whatever editor you like and share your screen.\n\n— 1Password Talent"
        ),
        conf=("Zoom Meeting", "https://1password.zoom.us/j/95510022001"),
        zone="America/Toronto",
    )
    _x(
        "3M – Phone screen, Process Engineer",
        interview=True,
        company="3M",
        role="Process Engineer",
        org=("3mcareers@mmm.com", "3M Careers"),
        att=[person("kjensen@mmm.com", "Karen Jensen")],
        desc="Karen Jensen (Talent Acquisition) will call you at the number on your application. Approx. 30 minutes.",
        loc="Phone call",
        zone="America/Chicago",
    )
    _x(
        "AT&T: Virtual Interview – Network Engineer",
        interview=True,
        company="AT&T",
        role="Network Engineer",
        org=("att.recruiting@att.com", "AT&T Recruiting"),
        att=[person("mw1234@att.com", "Marcus Williams")],
        desc=(
            "Hello Alex,\n\nYou're scheduled for a virtual interview for Network Engineer (Req 2405503). "
            "Interviewer: Marcus Williams.\nPlease join via Microsoft Teams."
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_att7711",
        ),
        zone="America/Chicago",
    )
    _x(
        "H&M – Interview, Data Engineer (Stockholm)",
        interview=True,
        company="H&M",
        role="Data Engineer",
        org=("noreply@hmgroup.teamtailor-mail.com", "H&M Group Careers"),
        att=[person("erik.lund@hm.com", "Erik Lund")],
        desc=(
            "Hej Alex,\n\nThanks for applying! Here are the details of your interview for Data Engineer in our Stockholm tech hub. "
            "You'll meet Erik Lund, Engineering Manager.\n\nSent via Teamtailor"
        ),
        loc="Mäster Samuelsgatan 46A, Stockholm",
        zone="Europe/Stockholm",
    )
    _x(
        "Booking.com – Behavioural Interview",
        interview=True,
        company="Booking.com",
        role="Senior Software Engineer",
        org=("recruitment@booking.com", "Booking.com Recruitment"),
        att=[person("floor.devries@booking.com", "Floor de Vries")],
        desc=(
            "Dear Alex,\n\nYour behavioural interview for the Senior Software Engineer position will be with Floor de Vries. "
            "We use the STAR format.\n\nBooking.com Recruitment, Amsterdam"
        ),
        conf=("Zoom Meeting", "https://booking.zoom.us/j/94001110022"),
        zone="Europe/Amsterdam",
    )
    _x(
        "monday.com – Home Assignment Review",
        interview=True,
        company="monday.com",
        role="Full Stack Developer",
        org=("jobs@monday.com", "monday.com Talent"),
        att=[person("itay@monday.com", "Itay Ben-Ami"), person("shira@monday.com", "Shira Golan")],
        desc=(
            "Hi Alex,\n\nThanks for submitting the home assignment for the Full Stack Developer role. "
            "In this session you'll walk Itay and Shira through your solution (45 min).\n"
        ),
        loc="monday.com, Yigal Alon 52, Tel Aviv",
        zone="Asia/Jerusalem",
    )
    _x(
        "23andMe – Onsite loop (virtual)",
        interview=True,
        company="23andMe",
        role="Computational Biologist",
        org=("recruiting@23andme.com", "23andMe Recruiting"),
        att=[
            person("s.nguyen@23andme.com", "Sarah Nguyen"),
            person("d.patel@23andme.com", "Dev Patel"),
        ],
        desc=(
            "Hi Alex,\n\nYour virtual onsite for Computational Biologist is attached: four 45-minute sessions with a 15-minute break.\n"
        ),
        conf=("Zoom Meeting", "https://23andme.zoom.us/j/98112233445"),
        zone="America/Los_Angeles",
    )
    _x(
        "Procter & Gamble – First Round Interview",
        interview=True,
        company="Procter & Gamble",
        role="Brand Manager",
        org=("pgcareers@pg.com", "P&G Careers"),
        att=[person("lee.ab@pg.com", "Abigail Lee")],
        desc=(
            "Hi Alex,\n\nWe are pleased to invite you to a first round interview for the Brand Manager role. "
            "Your interviewer is Abigail Lee. Please review the P&G PEAK Performance Factors before the interview.\n"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_pg5521",
        ),
        zone="America/New_York",
    )
    _x(
        "N26 – Interview with Engineering Manager",
        interview=True,
        company="N26",
        role="Backend Engineer",
        org=("noreply@n26.greenhouse.io", "N26 Talent"),
        att=[person("lukas.weber@n26.com", "Lukas Weber")],
        desc=(
            "<p>Hi Alex,</p><p>Thanks for taking the time to speak with us! Here are the details for your "
            "<strong>Backend Engineer</strong> interview with Lukas Weber.</p><p>Powered by Greenhouse</p>"
        ),
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Marks & Spencer – Video Interview (Digital Product Owner)",
        interview=True,
        company="Marks & Spencer",
        role="Digital Product Owner",
        org=("careers@marks-and-spencer.com", "M&S Careers"),
        att=[person("helen.wright@marks-and-spencer.com", "Helen Wright")],
        desc="Hi Alex, your interview with Helen Wright (Head of Digital Product, Food) is confirmed. Teams link below.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ms1881",
        ),
        zone="Europe/London",
    )
    _x(
        "E*TRADE – Recruiter call",
        interview=True,
        company="E*TRADE",
        role=None,
        org=("talent@etrade.com", "E*TRADE from Morgan Stanley – Talent"),
        att=[person("ben.carter@etrade.com", "Ben Carter")],
        desc="Initial recruiter call with Ben Carter to go over your background and the open roles on the trading platform team.",
        loc="Ben will call your mobile",
        zone="America/New_York",
    )


# ---------------------------------------------------------------- common words / people's names


def _common_words_and_people() -> None:
    _x(
        "Interview with Wise – Product Analyst",
        interview=True,
        company="Wise",
        role="Product Analyst",
        org=("recruitment@wise.com", "Wise Recruitment"),
        att=[person("tom.hughes@wise.com", "Tom Hughes")],
        desc=(
            "Hey Alex,\n\nHere's your interview with Tom Hughes, Product Analytics Lead for the Product Analyst role in our Tallinn office. "
            "It's a 45-minute chat plus a product case.\n\nCheers,\nWise Recruitment"
        ),
        meet="meet",
        zone="Europe/Tallinn",
    )
    _x(
        "Notion: technical phone screen",
        interview=True,
        company="Notion",
        role=None,
        org=("recruiting@makenotion.com", "Notion Recruiting"),
        att=[person("priya@makenotion.com", "Priya Raman")],
        desc="Technical phone screen with Priya (Software Engineer, Editor team). 60 min, CoderPad link will be shared in the Zoom chat.",
        conf=("Zoom Meeting", "https://notion.zoom.us/j/81234567890"),
        zone="America/Los_Angeles",
    )
    _x(
        "Oracle Cloud Infrastructure – Interview Loop, Session 2 of 4",
        interview=True,
        company="Oracle",
        role="Senior Member of Technical Staff",
        org=("oci-recruiting@oracle.com", "OCI Recruiting"),
        att=[person("vineet.k@oracle.com", "Vineet Kumar")],
        desc=(
            "Alex,\n\nSession 2 of 4 of your loop for Senior Member of Technical Staff (Compute). Interviewer: Vineet Kumar. "
            "Topic: distributed systems design.\n\nOracle Recruiting"
        ),
        conf=("Zoom Meeting", "https://oracle.zoom.us/j/97700112233"),
        zone="America/Los_Angeles",
    )
    _x(
        "Ramp | Alex Rivera | Onsite",
        interview=True,
        company="Ramp",
        role="Software Engineer, Backend",
        org=("no-reply@ashbyhq.com", "Ramp Recruiting"),
        att=[person("eric@ramp.com", "Eric Glyman"), person("jess@ramp.com", "Jess Tran")],
        desc=(
            "Hi Alex,\n\nYou're confirmed for your Software Engineer, Backend onsite at Ramp HQ, 28 W 23rd St, New York. "
            "Lunch is included.\n\nScheduled with Ashby"
        ),
        loc="28 W 23rd St, New York, NY 10010",
        zone="America/New_York",
    )
    _x(
        "Ford – Hiring Manager Interview (Dearborn)",
        interview=True,
        company="Ford",
        role="Vehicle Software Engineer",
        org=("talent@ford.com", "Ford Talent Acquisition"),
        att=[person("jmiller5@ford.com", "Jason Miller")],
        desc="Hiring manager interview with Jason Miller for the Vehicle Software Engineer position. Please check in at the Ford Research & Engineering Center lobby.",
        loc="Ford Research & Engineering Center, 2101 Village Rd, Dearborn, MI",
        zone="America/Detroit",
    )
    _x(
        "Casey's – Interview for IT Business Analyst",
        interview=True,
        company="Casey's",
        role="IT Business Analyst",
        org=("careers@caseys.com", "Casey's Talent Team"),
        att=[person("rachel.dunn@caseys.com", "Rachel Dunn")],
        desc="Hi Alex, thanks for your interest in Casey's! This is a 45-min Teams interview with Rachel Dunn, IT Manager at our Ankeny Store Support Center.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_cas1002",
        ),
        zone="America/Chicago",
    )
    _x(
        "Morgan Stanley – Superday",
        interview=True,
        company="Morgan Stanley",
        role="Analyst",
        org=("campus.recruiting@morganstanley.com", "Morgan Stanley Campus Recruiting"),
        att=[],
        desc="Superday for the Analyst program: three 30-minute interviews with members of the Technology division. 1585 Broadway, check in on the 2nd floor.",
        loc="1585 Broadway, New York, NY",
        zone="America/New_York",
    )
    _x(
        "Interview – Next (Head Office, Enderby)",
        interview=True,
        company="Next",
        role="Merchandise Analyst",
        org=("headofficerecruitment@next.co.uk", "Next plc Head Office Recruitment"),
        att=[person("s.patel@next.co.uk", "Sunita Patel")],
        desc="Dear Alex, thank you for applying for the Merchandise Analyst role. Your interview is at Next Head Office, Desford Road, Enderby. Please report to main reception.",
        loc="Desford Road, Enderby, Leicester LE19 4AT",
        zone="Europe/London",
    )
    _x(
        "Target – Phone Screen (Sr. Data Scientist)",
        interview=True,
        company="Target",
        role="Sr. Data Scientist",
        org=("target.recruiting@target.com", "Target Recruiting"),
        att=[person("amy.olson@target.com", "Amy Olson")],
        desc="Amy Olson from Target Recruiting will call you for a 30-minute phone screen about the Sr. Data Scientist role in Minneapolis.",
        loc="Phone",
        zone="America/Chicago",
    )
    _x(
        "Sage: 2nd interview + presentation",
        interview=True,
        company="Sage",
        role="Senior UX Designer",
        org=("talent@sage.com", "Sage Talent Acquisition"),
        att=[
            person("fiona.grant@sage.com", "Fiona Grant"),
            person("m.robson@sage.com", "Mark Robson"),
        ],
        desc="Second interview for Senior UX Designer. 20-minute portfolio presentation followed by Q&A with Fiona Grant and Mark Robson.",
        loc="Sage, C23 Cobalt Park Way, Newcastle upon Tyne",
        zone="Europe/London",
    )
    _x(
        "Interview w/ Apple – Siri Natural Language team",
        interview=True,
        company="Apple",
        role="Machine Learning Engineer",
        org=("jsmith@apple.com", "Jordan Smith"),
        att=[person("kwang@apple.com", "Kevin Wang")],
        desc="Hi Alex — confirming your interview for the Machine Learning Engineer role on Siri Natural Language. Webex details below.",
        conf=("Webex", "https://apple.webex.com/meet/jsmith"),
        zone="America/Los_Angeles",
    )
    _x(
        "Mollie – Interview (Payments Engineer)",
        interview=True,
        company="Mollie",
        role="Payments Engineer",
        org=("noreply@mail.recruitee.com", "Mollie via Recruitee"),
        att=[person("sanne@mollie.com", "Sanne Visser")],
        desc=(
            "Hi Alex,\n\nWe're happy to invite you for an interview for the position of Payments Engineer at Mollie. "
            "You'll speak with Sanne Visser, Engineering Lead.\n\nThis invitation was sent with Recruitee."
        ),
        loc="Mollie, Keizersgracht 126, Amsterdam",
        zone="Europe/Amsterdam",
    )


# ---------------------------------------------------------------- name + city / team / programme


def _city_team_programme() -> None:
    _x(
        "Siemens Munich – Technical Interview",
        interview=True,
        company="Siemens",
        role="Software Architect",
        org=("recruiting.de@siemens.com", "Siemens Talent Acquisition"),
        att=[person("florian.huber@siemens.com", "Florian Huber")],
        desc="Technical interview for Software Architect (Smart Infrastructure) with Florian Huber. Location: Siemens Campus Munich, Werner-von-Siemens-Straße 1, Building B.",
        loc="Werner-von-Siemens-Straße 1, 80333 München",
        zone="Europe/Berlin",
    )
    _x(
        "Klarna Payments team – Hiring Manager Chat",
        interview=True,
        company="Klarna",
        role="Senior Engineering Manager",
        org=("noreply@klarna.greenhouse.io", "Klarna Recruiting"),
        att=[person("anders.berg@klarna.com", "Anders Berg")],
        desc=(
            "<p>Hi Alex,</p><p>Your hiring manager chat for <b>Senior Engineering Manager – Payments</b> is with Anders Berg.</p>"
            "<p>Join via Google Meet.</p><p>Sent from Greenhouse on behalf of Klarna</p>"
        ),
        meet="meet",
        zone="Europe/Stockholm",
    )
    _x(
        "Unilever Future Leaders Programme – Discovery Centre",
        interview=True,
        company="Unilever",
        role=None,
        org=("ufl.recruitment@unilever.com", "Unilever Early Careers"),
        att=[],
        desc=(
            "Dear Alex,\n\nCongratulations on reaching the final stage of the Unilever Future Leaders Programme (UFLP). "
            "The virtual Discovery Centre includes a business case presentation and interviews with Unilever leaders.\n"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_uflp44",
        ),
        zone="Europe/London",
    )
    _x(
        "Deloitte Dublin – Risk Advisory Interview",
        interview=True,
        company="Deloitte",
        role="Senior Consultant, Risk Advisory",
        org=("iecareers@deloitte.ie", "Deloitte Ireland Careers"),
        att=[person("cmurphy@deloitte.ie", "Ciara Murphy")],
        desc="Interview for Senior Consultant, Risk Advisory with Ciara Murphy (Director). 29 Earlsfort Terrace, Dublin 2 – please sign in at reception.",
        loc="29 Earlsfort Terrace, Dublin 2",
        zone="Europe/Dublin",
    )
    _x(
        "Spotify Stockholm / Platform Mission – Interview",
        interview=True,
        company="Spotify",
        role=None,
        org=("noreply@spotify.lever.co", "Spotify Talent"),
        att=[person("klara@spotify.com", "Klara Nyström")],
        desc="Interview with Klara Nyström (Engineering Manager, Platform Mission). Spotify HQ, Regeringsgatan 19. Sent with Lever.",
        loc="Regeringsgatan 19, Stockholm",
        zone="Europe/Stockholm",
    )
    _x(
        "Shopify Checkout team – Pair programming",
        interview=True,
        company="Shopify",
        role=None,
        org=("talent@shopify.com", "Shopify Talent"),
        att=[person("marc.tremblay@shopify.com", "Marc Tremblay")],
        desc="Pair programming session (90 min) with Marc from the Checkout team. Ruby or TypeScript, your choice. Google Meet link attached.",
        meet="meet",
        zone="America/Toronto",
    )
    _x(
        "Nestlé Vevey – Interview (Supply Chain Analyst)",
        interview=True,
        company="Nestlé",
        role="Supply Chain Analyst",
        org=("recruitment.ch@nestle.com", "Nestlé Talent Acquisition"),
        att=[person("isabelle.favre@nestle.com", "Isabelle Favre")],
        desc="Bonjour Alex, entretien pour le poste de Supply Chain Analyst avec Isabelle Favre au siège de Nestlé S.A., Avenue Nestlé 55, Vevey.",
        loc="Avenue Nestlé 55, 1800 Vevey",
        zone="Europe/Zurich",
    )
    _x(
        "Zalando Berlin — Bar Raiser Interview",
        interview=True,
        company="Zalando",
        role="Senior Data Scientist",
        org=("noreply@zalando.workday.com", "Zalando SE Recruiting"),
        att=[person("jonas.kraus@zalando.de", "Jonas Kraus")],
        desc=(
            "Hi Alex,\n\nthis is your Bar Raiser interview for Senior Data Scientist (Pricing). The Bar Raiser is a senior colleague from outside the hiring team.\n"
            "Location: Zalando Campus, Valeska-Gert-Straße 5, Berlin.\n\n(Scheduled in Workday)"
        ),
        loc="Valeska-Gert-Straße 5, 10243 Berlin",
        zone="Europe/Berlin",
    )
    _x(
        "Aldi Graduate Area Manager Programme – Interview Day",
        interview=True,
        company="Aldi",
        role="Graduate Area Manager",
        org=("graduates@aldi.co.uk", "ALDI UK Graduate Recruitment"),
        att=[],
        desc="Interview Day for the Graduate Area Manager Programme: store tour, competency interview and presentation. Regional office Atherstone. Smart business dress.",
        loc="ALDI Regional Distribution Centre, Holly Lane, Atherstone",
        zone="Europe/London",
    )
    _x(
        "Revolut London – Take-home debrief",
        interview=True,
        company="Revolut",
        role="Credit Risk Analyst",
        org=("no-reply@revolut.com", "Revolut Talent"),
        att=[person("d.ivanova@revolut.com", "Daria Ivanova")],
        desc="Take-home debrief for Credit Risk Analyst. You'll present your solution to Daria Ivanova (30 min) followed by Q&A (15 min).",
        conf=("Zoom Meeting", "https://revolut.zoom.us/j/92001122334"),
        zone="Europe/London",
    )


# ---------------------------------------------------------------- ATS and schedulers


def _ats_and_schedulers() -> None:
    _x(
        "Interview: Alex Rivera <> Figma (Product Designer)",
        interview=True,
        company="Figma",
        role="Product Designer",
        org=("natalie@figma.com", "Natalie Brooks"),
        att=[person("ivan@figma.com", "Ivan Petrov"), person("grace@figma.com", "Grace Liu")],
        desc=(
            "<p>Hi Alex,</p><p>Below are the details for your portfolio review for the <b>Product Designer</b> role.</p>"
            "<ul><li>Ivan Petrov – Design Manager</li><li>Grace Liu – Staff Product Designer</li></ul>"
            "<p>Zoom: https://figma.zoom.us/j/96655443322</p>"
            '<p style="color:#999">This event was scheduled using Greenhouse.</p>'
        ),
        conf=("Zoom Meeting", "https://figma.zoom.us/j/96655443322"),
        zone="America/Los_Angeles",
    )
    _x(
        "Alex Rivera - Virtual Onsite - Plaid",
        interview=True,
        company="Plaid",
        role="Software Engineer, Data Infrastructure",
        org=("no-reply@hire.lever.co", "Plaid Recruiting"),
        att=[person("mkhan@plaid.com", "Maya Khan"), person("bchen@plaid.com", "Brian Chen")],
        desc=(
            "Hi Alex,\n\nHere is your virtual onsite for Software Engineer, Data Infrastructure.\n"
            "1:00 – Coding (Maya Khan)\n2:00 – System Design (Brian Chen)\n3:00 – Values (TBD)\n\n"
            "Scheduled via Lever"
        ),
        conf=("Zoom Meeting", "https://plaid.zoom.us/j/91188776655"),
        zone="America/Los_Angeles",
    )
    _x(
        "Interview Scheduled – Requisition 202405-1187 – Senior Data Engineer",
        interview=True,
        company="Roche",
        role="Senior Data Engineer",
        org=("roche@myworkday.com", "Roche Careers"),
        att=[person("beatrice.meier@roche.com", "Beatrice Meier")],
        desc=(
            "Dear Alex Rivera,\n\nAn interview has been scheduled for Requisition 202405-1187 – Senior Data Engineer (Basel).\n"
            "Interviewer: Beatrice Meier, Head of Data Platforms, F. Hoffmann-La Roche AG\n"
            "Location: Microsoft Teams\n\nPlease do not reply to this automated Workday message."
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_roche202",
        ),
        zone="Europe/Zurich",
    )
    _x(
        "Ashby Interview Confirmation: Linear – Product Engineer",
        interview=True,
        company="Linear",
        role="Product Engineer",
        org=("no-reply@ashbyhq.com", "Ashby"),
        att=[person("tuomas@linear.app", "Tuomas Artman")],
        desc=(
            "Your interview with Linear has been confirmed.\n\nRole: Product Engineer\nInterviewer: Tuomas Artman\n"
            "Duration: 45 minutes\nVideo: Google Meet\n\nReschedule or cancel: https://jobs.ashbyhq.com/linear/reschedule/8f2c"
        ),
        meet="meet",
        zone="Europe/Helsinki",
    )
    _x(
        "Intervju: Alex Rivera – Backend-utvecklare, Kry",
        interview=True,
        company="Kry",
        role="Backend-utvecklare",
        org=("noreply@kry.teamtailor-mail.com", "Kry Talent"),
        att=[person("johanna.ek@kry.se", "Johanna Ek")],
        desc=(
            "Hej Alex!\n\nHär är detaljerna för din intervju för tjänsten Backend-utvecklare. Du träffar Johanna Ek, Engineering Manager.\n"
            "Plats: Google Meet\n\nSkickat via Teamtailor"
        ),
        meet="meet",
        zone="Europe/Stockholm",
    )
    _x(
        "Zweites Gespräch – Trade Republic – Backend Engineer",
        interview=True,
        company="Trade Republic",
        role="Backend Engineer",
        org=("recruiting@traderepublic.com", "Trade Republic Recruiting"),
        att=[
            person("noreply@personio.de", "Personio", optional=True),
            person("f.klein@traderepublic.com", "Felix Klein"),
        ],
        desc=(
            "Hallo Alex,\n\nvielen Dank für das erste Gespräch! Das zweite Gespräch (System Design) führst du mit Felix Klein.\n"
            "Ort: Trade Republic Bank GmbH, Brunnenstraße 19-21, Berlin\n\n"
            "Diese Einladung wurde über Personio verschickt."
        ),
        loc="Brunnenstraße 19-21, 10119 Berlin",
        zone="Europe/Berlin",
    )
    _x(
        "Personio – Interview for Solutions Engineer (Munich)",
        interview=True,
        company="Personio",
        role="Solutions Engineer",
        org=("talent@personio.de", "Personio Talent Acquisition"),
        att=[person("lena.hofmann@personio.de", "Lena Hofmann")],
        desc=(
            "Hi Alex,\n\nwe're excited to invite you to an interview for the Solutions Engineer role at Personio in Munich. "
            "You'll meet Lena Hofmann, Team Lead Solutions Engineering.\n\n(Yes, we schedule our own interviews in Personio too.)"
        ),
        loc="Personio, Seidlstraße 3, 80335 München",
        zone="Europe/Berlin",
    )
    _x(
        "Interview with Greenhouse: Senior Frontend Engineer",
        interview=True,
        company="Greenhouse",
        role="Senior Frontend Engineer",
        org=("recruiting@greenhouse.io", "Greenhouse Recruiting"),
        att=[person("a.diaz@greenhouse.io", "Andrea Diaz")],
        desc=(
            "Hi Alex,\n\nThanks for applying to Greenhouse Software! Your interview for Senior Frontend Engineer is with Andrea Diaz.\n"
            "Zoom details below.\n\nScheduled using Greenhouse, naturally."
        ),
        conf=("Zoom Meeting", "https://greenhouse.zoom.us/j/95500011122"),
        zone="America/New_York",
    )
    _x(
        "GoodTime: Alex Rivera x Datadog – Systems Design",
        interview=True,
        company="Datadog",
        role="Software Engineer",
        org=("scheduling@goodtime.io", "Datadog Recruiting (GoodTime)"),
        att=[person("camille@datadoghq.com", "Camille Roux")],
        desc=(
            "Interview: Systems Design\nCandidate: Alex Rivera\nPosition: Software Engineer – Metrics Intake\n"
            "Interviewer: Camille Roux\nThis interview was scheduled by GoodTime on behalf of Datadog."
        ),
        conf=("Zoom Meeting", "https://datadog.zoom.us/j/94433221100"),
        zone="America/New_York",
    )
    _x(
        "HireVue Live Interview – Goldman Sachs Summer Analyst",
        interview=True,
        company="Goldman Sachs",
        role="Summer Analyst",
        org=("noreply@hirevue.com", "Goldman Sachs via HireVue"),
        att=[],
        desc=(
            "Dear Alex,\n\nGoldman Sachs has scheduled a live video interview with you for the Summer Analyst position. "
            "Your interviewer will join at the scheduled time.\nJoin from a desktop using Chrome.\n\nHireVue"
        ),
        loc="https://app.hirevue.com/live/gs-7781204",
        zone="America/New_York",
    )
    _x(
        "ビズリーチ 一次面接（HRMOS経由）",
        interview=True,
        company="ビズリーチ",
        role=None,
        org=("noreply@hrmos.co", "株式会社ビズリーチ 採用"),
        att=[person("t.okada@bizreach.co.jp", "岡田 翼")],
        desc=(
            "Alex Rivera 様\n\n株式会社ビズリーチ 一次面接の日程が確定しました。\n"
            "面接官：岡田（HRMOS事業部 エンジニアリングマネージャー）\n"
            "形式：Zoom\n\n※当社の採用管理も自社サービス HRMOS で行っております。"
        ),
        conf=("Zoom Meeting", "https://bizreach.zoom.us/j/82200113344"),
        zone="Asia/Tokyo",
    )
    _x(
        "Moka 面试提醒：快手 - 推荐算法工程师",
        interview=True,
        company="快手",
        role="推荐算法工程师",
        org=("noreply@mokahr.com", "Moka"),
        att=[person("hr-kuaishou@kuaishou.com", "快手招聘")],
        desc=(
            "【面试提醒】\n候选人：Alex Rivera\n公司：北京快手科技有限公司\n职位：推荐算法工程师\n"
            "面试轮次：二面\n面试方式：视频面试（腾讯会议）\n\n——Moka 智能招聘"
        ),
        zone="Asia/Shanghai",
    )


# ---------------------------------------------------------------- staffing agencies


def _agencies() -> None:
    _x(
        "Hays: Client Interview – Monzo – Senior Data Engineer",
        interview=True,
        company="Monzo",
        role="Senior Data Engineer",
        org=("oliver.grant@hays.com", "Oliver Grant (Hays Technology)"),
        att=[],
        desc=(
            "Hi Alex,\n\nGreat news – Monzo would like to meet you for the Senior Data Engineer role. "
            "The interview is with their Head of Data Platform on Google Meet (link from Monzo to follow).\n"
            "Give me a call afterwards.\n\nOliver\nHays Technology, London"
        ),
        zone="Europe/London",
    )
    _x(
        "Michael Page – Interview with confidential client (Finance Director)",
        interview=True,
        company=None,
        role="Finance Director",
        org=("sophie.lambert@michaelpage.fr", "Sophie Lambert – Michael Page"),
        att=[],
        desc=(
            "Bonjour Alex,\n\nComme convenu, voici l'entretien avec notre client (groupe industriel coté, confidentiel à ce stade) "
            "pour le poste de Finance Director.\nLieu : nos bureaux, 32 rue de Ponthieu, Paris 8e – salle 3.\n\nSophie"
        ),
        loc="Michael Page, 32 rue de Ponthieu, 75008 Paris",
        zone="Europe/Paris",
    )
    _x(
        "Robert Half: Interview for contract role at Kaiser Permanente",
        interview=True,
        company="Kaiser Permanente",
        role="Data Analyst",
        org=("d.morales@roberthalf.com", "Diana Morales | Robert Half"),
        att=[person("t.nguyen@kp.org", "Thanh Nguyen")],
        desc="Interview with Thanh Nguyen (Kaiser Permanente Analytics) for the 6-month Data Analyst contract. Teams link from KP attached. You'd be on Robert Half payroll.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_kp4410",
        ),
        zone="America/Los_Angeles",
    )
    _x(
        "Randstad Sourceright – interview with our client (global automotive OEM)",
        interview=True,
        company=None,
        role="Functional Safety Engineer",
        org=("m.dekker@randstadsourceright.com", "Mark Dekker"),
        att=[],
        desc="Hi Alex, as discussed, the client (a global automotive OEM, name shared after NDA) will interview you for Functional Safety Engineer. Teams link to follow.",
        zone="Europe/Amsterdam",
    )
    _x(
        "Adecco – Interview: Internal Recruiter (Zürich)",
        interview=True,
        company="Adecco",
        role="Internal Recruiter",
        org=("hr.internal@adecco.ch", "Adecco Group HR"),
        att=[person("n.baumann@adecco.ch", "Nadine Baumann")],
        desc="Interview for the Internal Recruiter position within Adecco Switzerland (our own team, not a client assignment). Bellerivestrasse 30, Zürich.",
        loc="Bellerivestrasse 30, 8008 Zürich",
        zone="Europe/Zurich",
    )
    _x(
        "Hays – Kundeninterview bei Allianz",
        interview=True,
        company="Allianz",
        role="Cloud Engineer",
        org=("katrin.vogel@hays.de", "Katrin Vogel (Hays AG)"),
        att=[],
        desc=(
            "Hallo Alex,\n\nwie telefonisch besprochen, das Interview beim Kunden Allianz für die Position Cloud Engineer.\n"
            "Ort: Allianz, Königinstraße 28, München. Ansprechpartner vor Ort: Herr Dr. Lang.\n\nViel Erfolg!\nKatrin Vogel, Hays AG"
        ),
        loc="Königinstraße 28, 80802 München",
        zone="Europe/Berlin",
    )
    _x(
        "TEKsystems: client interview – confidential fintech (Staff SRE)",
        interview=True,
        company=None,
        role="Staff SRE",
        org=("jharper@teksystems.com", "Jake Harper"),
        att=[],
        desc="Jake here – client is a Series C fintech in NYC (keeping name confidential for now). 45-min technical with their VP Eng. Zoom link incoming from me.",
        zone="America/New_York",
    )


# ---------------------------------------------------------------- video services and the current employer


def _video_and_initech() -> None:
    _x(
        "Cisco Interview – Software Engineer (Webex team)",
        interview=True,
        company="Cisco",
        role="Software Engineer",
        org=("cisco-recruiting@cisco.com", "Cisco Talent"),
        att=[person("pkumar2@cisco.com", "Pooja Kumar")],
        desc="Interview with Pooja Kumar for Software Engineer on the Webex Meetings media team. Join via the Webex link below.",
        conf=("Webex", "https://cisco.webex.com/meet/pkumar2"),
        zone="America/Los_Angeles",
    )
    _x(
        "Zoom Video Communications – Interview, Product Marketing Manager",
        interview=True,
        company="Zoom Video Communications",
        role="Product Marketing Manager",
        org=("recruiting@zoom.us", "Zoom Recruiting"),
        att=[person("emily.s@zoom.us", "Emily Santos")],
        desc="Interview with Emily Santos for Product Marketing Manager (Zoom Phone). Obviously, on Zoom.",
        conf=("Zoom Meeting", "https://zoom.us/j/99887766554"),
        zone="America/Los_Angeles",
    )
    _x(
        "Microsoft – Interview Loop (Azure Storage) – Round 3",
        interview=True,
        company="Microsoft",
        role="Senior Software Engineer",
        org=("v-sched@microsoft.com", "Microsoft Candidate Scheduling"),
        att=[person("raj.m@microsoft.com", "Raj Malhotra")],
        desc="Round 3 of 4 for Senior Software Engineer, Azure Storage. Interviewer: Raj Malhotra. The Teams link below is your meeting for this round.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_msft3",
        ),
        zone="America/Los_Angeles",
    )
    _x(
        "Celonis Process Mining – Alex Rivera (currently at Initech) – 1st interview",
        interview=True,
        company="Celonis",
        role="Value Engineer",
        org=("talent@celonis.com", "Celonis Talent Acquisition"),
        att=[person("m.richter@celonis.com", "Moritz Richter")],
        desc=(
            "Candidate: Alex Rivera (currently Staff Engineer at Initech)\nPosition: Value Engineer\n"
            "Interviewer: Moritz Richter\nFormat: 45 min Teams call"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_cel1122",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Snowflake | Hiring Manager Interview | Alex Rivera",
        interview=True,
        company="Snowflake",
        role="Senior Solutions Architect",
        org=("kelsey.moore@snowflake.com", "Kelsey Moore"),
        att=[person("r.ahmed@snowflake.com", "Rashid Ahmed")],
        desc=(
            "Hi Alex,\n\nsorry – I only had your Initech address on file, so this went to your work email. "
            "Feel free to forward to your personal calendar.\n"
            "Hiring manager interview with Rashid Ahmed for Senior Solutions Architect."
        ),
        conf=("Zoom Meeting", "https://snowflake.zoom.us/j/93321100998"),
        zone="America/Denver",
        me=WORK_ME,
    )
    _x(
        "Cloudflare – Staff Engineer interview (Systems)",
        interview=True,
        company="Cloudflare",
        role="Staff Engineer",
        org=("recruiting@cloudflare.com", "Cloudflare Recruiting"),
        att=[person("priya.n@cloudflare.com", "Priya Natarajan")],
        desc=(
            "Hi Alex,\n\nYour interviewer Priya Natarajan worked at Initech before joining Cloudflare, so she may ask about your "
            "experience there at a high level – please don't share anything confidential.\nGoogle Meet link attached."
        ),
        meet="meet",
        zone="America/Chicago",
    )
    _x(
        "Stripe – Bug Squash round",
        interview=True,
        company="Stripe",
        role="Software Engineer, Payments Infrastructure",
        org=("no-reply@stripe.greenhouse.io", "Stripe Recruiting"),
        att=[person("oscar@stripe.com", "Oscar Lindgren")],
        desc=(
            "<p>Hi Alex,</p><p>Here's your Bug Squash interview for <b>Software Engineer, Payments Infrastructure</b>. "
            "Since you mentioned you're using Java at Initech, feel free to pick Java for this round.</p>"
            "<p>Scheduled via Greenhouse</p>"
        ),
        conf=("Zoom Meeting", "https://stripe.zoom.us/j/92211009988"),
        zone="America/Los_Angeles",
    )


# ---------------------------------------------------------------- look-alikes: work calendar


def _lookalikes_work() -> None:
    _x(
        "Interview: Kenji Watanabe – Senior Backend Engineer",
        interview=False,
        company=None,
        role=None,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("kenji.watanabe.dev@gmail.com", "Kenji Watanabe"),
            person("sam.ortiz@initech.com", "Sam Ortiz"),
        ],
        desc=(
            "<p><b>Candidate:</b> Kenji Watanabe (currently at 株式会社メルカリ)</p>"
            "<p><b>Job:</b> Senior Backend Engineer (Req 1142)</p>"
            "<p><b>Interviewers:</b> Alex Rivera (system design), Sam Ortiz (shadow)</p>"
            "<p>Please submit your scorecard in Greenhouse within 24 hours.</p>"
        ),
        meet="meet",
        zone="America/New_York",
        me=WORK_ME,
    )
    _x(
        "Debrief – Sara Haddad (Product Designer)",
        interview=False,
        company=None,
        role=None,
        org=("hiring-ops@initech.com", "Initech Hiring Ops"),
        att=[
            person("sam.ortiz@initech.com", "Sam Ortiz"),
            person("li.chen@initech.com", "Li Chen"),
        ],
        desc="Debrief for Sara Haddad (ex-كريم / Careem). Interviewers please have scorecards submitted before the meeting. Hiring manager: Alex Rivera.",
        meet="meet",
        zone="America/New_York",
        me=WORK_ME,
    )
    _x(
        "Panel: candidate 李伟 (ex-腾讯) – Staff Data Engineer",
        interview=False,
        company=None,
        role=None,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("liwei.data@outlook.com", "李伟 Li Wei"),
            person("priya.das@initech.com", "Priya Das"),
        ],
        desc=(
            "Panel interview for Staff Data Engineer.\nCandidate: 李伟 (Li Wei), previously 腾讯 / Tencent, WeChat Pay data platform.\n"
            "Panel: Alex Rivera (lead), Priya Das.\nSection owners: Alex – architecture; Priya – SQL & modelling."
        ),
        conf=("Zoom Meeting", "https://initech.zoom.us/j/81100223344"),
        zone="America/New_York",
        me=WORK_ME,
    )
    _x(
        "Vendor demo: SAP SuccessFactors for Initech HR",
        interview=False,
        company=None,
        role=None,
        org=("markus.brandt@sap.com", "Markus Brandt (SAP)"),
        att=[
            person("hr-leads@initech.com", "Initech HR Leads"),
            person("alex.rivera@initech.com", "Alex Rivera"),
        ],
        desc="Demo of SAP SuccessFactors Recruiting and Onboarding modules, tailored to Initech's 1,200-employee org. Agenda: ATS, offer management, integrations.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_sapdemo",
        ),
        zone="America/New_York",
        me=WORK_ME,
    )
    _x(
        "KPMG audit walkthrough – Q3 ITGC controls",
        interview=False,
        company=None,
        role=None,
        org=("controller@initech.com", "Initech Finance"),
        att=[
            person("jdoyle@kpmg.com", "Jennifer Doyle (KPMG)"),
            person("mroth@kpmg.com", "Michael Roth (KPMG)"),
        ],
        desc="KPMG external audit: walkthrough of change-management and access controls for the billing platform. Alex to demo the deploy pipeline approvals.",
        loc="Initech HQ – Conf Room Penn",
        zone="America/New_York",
        me=WORK_ME,
    )
    _x(
        "Siemens Munich – Quarterly Business Review",
        interview=False,
        company=None,
        role=None,
        org=("accounts@initech.com", "Initech Account Management"),
        att=[
            person("florian.huber@siemens.com", "Florian Huber"),
            person("greta.sommer@siemens.com", "Greta Sommer"),
        ],
        desc="QBR with our customer Siemens (Smart Infrastructure, Munich). Usage review, renewal timeline, roadmap preview. Alex presents the API roadmap.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_qbrsie",
        ),
        zone="Europe/Berlin",
        me=WORK_ME,
    )
    _x(
        "Klarna Payments team ↔ Initech – API integration sync",
        interview=False,
        company=None,
        role=None,
        org=("anders.berg@klarna.com", "Anders Berg"),
        att=[person("partnerships@initech.com", "Initech Partnerships")],
        desc="Bi-weekly sync on the Klarna checkout integration: webhook retries, settlement reports, go-live checklist.",
        meet="meet",
        zone="Europe/Stockholm",
        me=WORK_ME,
    )
    _x(
        "Huntflow demo for Initech Talent team",
        interview=False,
        company=None,
        role=None,
        org=("sales@huntflow.ai", "Huntflow Sales"),
        att=[person("talent@initech.com", "Initech Talent")],
        desc="Product demo: Huntflow ATS – pipelines, interview scheduling, analytics. Alex joining as hiring-manager stakeholder.",
        conf=("Zoom Meeting", "https://huntflow.zoom.us/j/85511223344"),
        zone="Europe/London",
        me=WORK_ME,
        my_status="tentative",
    )
    _x(
        "Press interview: 日本経済新聞 on Initech's Tokyo launch",
        interview=False,
        company=None,
        role=None,
        org=("press@initech.com", "Initech Communications"),
        att=[person("k.fujita@nikkei.co.jp", "藤田 健 (日本経済新聞)")],
        desc="30-min interview with 日経 reporter 藤田 about the Tokyo office opening. Alex to cover engineering hiring plans. Comms will be on the line.",
        meet="meet",
        zone="Asia/Tokyo",
        me=WORK_ME,
    )
    _x(
        "삼성전자 × Initech 파트너십 킥오프",
        interview=False,
        company=None,
        role=None,
        org=("partnerships@initech.com", "Initech Partnerships"),
        att=[person("jh.lim@samsung.com", "임지훈 (삼성전자)")],
        desc="삼성전자 SmartThings 팀과의 파트너십 킥오프 미팅. 아젠다: 범위, 일정, 기술 연동 담당자 지정.",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/82233445566"),
        zone="Asia/Seoul",
        me=WORK_ME,
    )
    _x(
        "عرض تقديمي: أرامكو السعودية – مقترح تجريبي من Initech",
        interview=False,
        company=None,
        role=None,
        org=("sales-mea@initech.com", "Initech Sales MEA"),
        att=[person("faisal.alqahtani@aramco.com", "فيصل القحطاني")],
        desc="عرض مقترح المشروع التجريبي لمنصة Initech أمام فريق الحلول الرقمية في أرامكو السعودية. Alex: technical architecture slides.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_mea889",
        ),
        zone="Asia/Riyadh",
        me=WORK_ME,
    )
    _x(
        "Weekly hiring sync – Platform team (Greenhouse pipeline review)",
        interview=False,
        company=None,
        role=None,
        org=("alex.rivera@initech.com", "Alex Rivera"),
        att=[
            person("recruiting@initech.com", "Initech Recruiting"),
            person("sam.ortiz@initech.com", "Sam Ortiz"),
        ],
        desc="Review Greenhouse pipeline for Senior Backend, Staff Data Engineer. Candidates from Yandex, 字节跳动 and Booking.com in final stages.",
        meet="meet",
        zone="America/New_York",
        me=WORK_ME,
        add_me=False,
    )
    _x(
        "EY tax advisory – Initech transfer pricing call",
        interview=False,
        company=None,
        role=None,
        org=("m.fischer@de.ey.com", "Maximilian Fischer (EY)"),
        att=[person("cfo@initech.com", "Initech CFO")],
        desc="EY to present transfer pricing options for the new German subsidiary. Alex to answer questions about where R&D happens.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_eytp",
        ),
        zone="Europe/Berlin",
        me=WORK_ME,
    )


# ---------------------------------------------------------------- look-alikes: personal calendar


def _lookalikes_personal() -> None:
    _x(
        "Mock interview – BCG case practice with Maria (coach)",
        interview=False,
        company=None,
        role=None,
        org=("maria@casecoach.io", "Maria Alvarez"),
        att=[],
        desc="Mock case interview in BCG style (market sizing + profitability). 60 min + 15 min feedback. Paid session #3 of 5.",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/87766554433"),
        zone="Europe/Madrid",
    )
    _x(
        "模擬面接（メルカリ想定）– キャリアアドバイザー",
        interview=False,
        company=None,
        role=None,
        org=("advisor@career-lab.jp", "キャリアラボ 佐々木"),
        att=[],
        desc="メルカリの一次面接を想定した模擬面接です。実際の選考ではありません。終了後にフィードバックシートをお送りします。",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "모의면접 스터디 – 카카오 대비",
        interview=False,
        company=None,
        role=None,
        org=("jiwoo.study@gmail.com", "지우"),
        att=[person("hyun.dev@gmail.com", "현수"), person("minji.k@gmail.com", "민지")],
        desc="카카오 기술면접 대비 모의면접 스터디. 각자 20분씩 면접관/지원자 역할 교대. 이번 주제: 네트워크, 동시성.",
        loc="강남역 스터디카페 3번 룸",
        zone="Asia/Seoul",
    )
    _x(
        "面试辅导：字节跳动后端（付费辅导第2次）",
        interview=False,
        company=None,
        role=None,
        org=("coach.lin@offerbang.cn", "林老师"),
        att=[],
        desc="面试辅导课程：针对字节跳动后端岗位的算法题与系统设计模拟。非真实面试。",
        conf=("腾讯会议", "https://meeting.tencent.com/dm/z9K1aP2c"),
        zone="Asia/Shanghai",
    )
    _x(
        "Интервью для подкаста «Код и кофе»",
        interview=False,
        company=None,
        role=None,
        org=("host@kodikofe.fm", "Никита (Код и кофе)"),
        att=[],
        desc="Запись выпуска подкаста: Алекс рассказывает о переходе из Яндекса в международную компанию и о найме инженеров. ~50 минут.",
        loc="Студия, ул. Льва Толстого 16, Москва",
        zone="Europe/Moscow",
    )
    _x(
        "EY webinar: Global Tax Outlook 2025",
        interview=False,
        company=None,
        role=None,
        org=("events@ey.com", "EY Events"),
        att=[],
        add_me=False,
        desc="Thank you for registering. Join EY tax leaders for a 60-minute webinar on the global tax outlook. Add to calendar via ON24.",
        loc="https://event.on24.com/wcc/r/4488120/EY",
        zone="Europe/London",
    )
    _x(
        "Deloitte Digital meetup – GenAI in Banking",
        interview=False,
        company=None,
        role=None,
        org=("meetups@deloitte.de", "Deloitte Digital Events"),
        att=[],
        add_me=False,
        desc="Evening meetup with talks and networking. Speakers from Deloitte Digital and Commerzbank. Drinks from 18:30.",
        loc="Deloitte Digital, Schwanenmarkt 21, Düsseldorf",
        zone="Europe/Berlin",
    )
    _x(
        "SNCF – TGV INOUI Paris Gare de Lyon → Lyon Part-Dieu",
        interview=False,
        company=None,
        role=None,
        desc="Billet SNCF Connect – Réf. dossier QXJ4TR. Voiture 14, place 82. Train n° 6611.",
        loc="Paris Gare de Lyon",
        zone="Europe/Paris",
    )
    _x(
        "LG service technician – washing machine",
        interview=False,
        company=None,
        role=None,
        desc="LG Customer Service repair visit, ticket RNP240915-0042. Error code OE. Technician will call 30 min before arrival.",
        loc="Home",
        zone="America/New_York",
    )
    _x(
        "TCS campus info session (online)",
        interview=False,
        company=None,
        role=None,
        org=("campus.connect@tcs.com", "TCS Campus Connect"),
        att=[],
        add_me=False,
        desc="Pre-placement talk: life at TCS, the Ninja/Digital/Prime tracks and the upcoming National Qualifier Test. No interviews in this session.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_tcscc",
        ),
        zone="Asia/Kolkata",
    )
    _x(
        "Coffee with Dana (ex-Initech, now at Wix)",
        interview=False,
        company=None,
        role=None,
        org=("dana.k@gmail.com", "Dana Katz"),
        att=[],
        desc="Catching up – Dana moved to Wix last year. Ask about Tel Aviv, not a job thing.",
        loc="Café Xoho, Gordon 17, Tel Aviv",
        zone="Asia/Jerusalem",
    )
    _x(
        "Reference call for Maya Cohen (her צ'ק פוינט application)",
        interview=False,
        company=None,
        role=None,
        org=("yael.r@checkpoint.com", "Yael Rosen (Check Point TA)"),
        att=[],
        desc="Reference check: Alex as former manager of Maya Cohen, who is a candidate for Team Lead at צ'ק פוינט. ~20 minutes.",
        loc="Phone",
        zone="Asia/Jerusalem",
    )
    _x(
        "ΟΤΕ τεχνικός – σύνδεση ίντερνετ (Cosmote)",
        interview=False,
        company=None,
        role=None,
        desc="Ραντεβού τεχνικού ΟΤΕ/COSMOTE για ενεργοποίηση VDSL. Αριθμός αιτήματος 1-88213402. Παρουσία στο σπίτι 09:00–13:00.",
        loc="Σπίτι",
        zone="Europe/Athens",
    )
    _x(
        "BBVA – cita en oficina (abrir cuenta)",
        interview=False,
        company=None,
        role=None,
        org=("citaprevia@bbva.com", "BBVA Cita Previa"),
        att=[],
        desc="Cita previa en la oficina 0182-1954 para apertura de Cuenta Online. Trae NIE y pasaporte.",
        loc="BBVA, Calle de Alcalá 16, Madrid",
        zone="Europe/Madrid",
    )
    _x(
        "Prep: Unilever Future Leaders case practice",
        interview=False,
        company=None,
        role=None,
        desc="Self-study block: rehearse the business case presentation, reread Unilever Compass strategy, prepare 3 questions for the leaders.",
        zone="Europe/London",
    )
    _x(
        "Movie night: The Interview (2014)",
        interview=False,
        company=None,
        role=None,
        org=("jamie.r@gmail.com", "Jamie Rivera"),
        att=[person("sam.lee@gmail.com", "Sam Lee")],
        desc="Seth Rogen + James Franco. Bring snacks.",
        loc="Jamie's place",
        zone="America/New_York",
    )
    _x(
        "HSBC mortgage appointment",
        interview=False,
        company=None,
        role=None,
        org=("mortgages@hsbc.co.uk", "HSBC UK Mortgages"),
        att=[],
        desc="Your mortgage appointment with an HSBC Mortgage Adviser. Please have payslips, bank statements and ID ready.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_hsbcmtg",
        ),
        zone="Europe/London",
    )
    _x(
        "ندوة عبر الإنترنت: التوظيف في نون – تعرّف على فرق التقنية",
        interview=False,
        company=None,
        role=None,
        org=("careers@noon.com", "noon Careers"),
        att=[],
        add_me=False,
        desc="ندوة تعريفية مفتوحة للجميع عن فرق التقنية في نون وكيفية التقديم. لا تتضمن مقابلات.",
        conf=("Zoom Webinar", "https://noon.zoom.us/w/98877665544"),
        zone="Asia/Dubai",
    )
    _x(
        "מיטאפ: monday.com Engineering – Scaling Monorepos",
        interview=False,
        company=None,
        role=None,
        org=("meetups@monday.com", "monday.com Engineering"),
        att=[],
        add_me=False,
        desc="ערב הרצאות פתוח: סקיילינג של מונוריפו, פיצה ובירה. הרשמה דרך Meetup.",
        loc="monday.com, יגאל אלון 52, תל אביב",
        zone="Asia/Jerusalem",
    )
    _x(
        "इन्फोसिस वेबिनार: बैंकिंग में AI",
        interview=False,
        company=None,
        role=None,
        org=("events@infosys.com", "Infosys Events"),
        att=[],
        add_me=False,
        desc="इन्फोसिस द्वारा आयोजित सार्वजनिक वेबिनार: बैंकिंग क्षेत्र में जनरेटिव AI के उपयोग। पंजीकरण के लिए धन्यवाद।",
        loc="https://infosys.webex.com/event/ai-banking",
        zone="Asia/Kolkata",
    )
    _x(
        "สัมมนา SCB: Digital Banking Forum",
        interview=False,
        company=None,
        role=None,
        org=("events@scb.co.th", "SCB Events"),
        att=[],
        add_me=False,
        desc="งานสัมมนาประจำปีของธนาคารไทยพาณิชย์ หัวข้อ Digital Banking ลงทะเบียนหน้างานเวลา 08:30",
        loc="ไอคอนสยาม ฮอลล์ ชั้น 8 กรุงเทพฯ",
        zone="Asia/Bangkok",
    )
    _x(
        "Авито: созвон по размещению объявлений для квартиры",
        interview=False,
        company=None,
        role=None,
        org=("support@avito.ru", "Авито Недвижимость"),
        att=[],
        desc="Менеджер Авито расскажет о платном продвижении объявления о сдаче квартиры.",
        loc="Телефон",
        zone="Europe/Moscow",
    )
    _x(
        "Catch-up with Oliver (Hays) – salary survey & market chat",
        interview=False,
        company=None,
        role=None,
        org=("oliver.grant@hays.com", "Oliver Grant (Hays Technology)"),
        att=[],
        desc="Informal coffee – Oliver shares the Hays salary guide and general market trends. No specific roles on the table.",
        loc="Grind, Old Street, London",
        zone="Europe/London",
        my_status="tentative",
    )
