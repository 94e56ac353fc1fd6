# ruff: noqa: E501 -- data: event texts as written
"""Round 16's third calendar author: a whole, precision-oriented calendar for Alex Rivera in which
most events share words with job interviews without being Alex's own job interviews — university,
PhD, master, scholarship and medical-residency admission interviews; visa, consulate, citizenship
and asylum interviews; tenancy and co-op board interviews; nannies, babysitters, cleaners and tutors
Alex interviews, and an adoption home study; interviews Alex gives to journalists, podcasts, radio,
TV, students and an oral-history project with grandparents; UX, research and customer interviews;
exit interviews, performance reviews, 1:1s, interviewer training, hiring committees and debriefs
Alex sits in at Initech; mock interviews, study groups, helping relatives prepare, driving someone
to an interview, a partner's and friends' interviews; books, films and plays with interview words;
offer calls, negotiations, background checks, onboarding, job fairs and webinars — in English and
German, French, Spanish, Portuguese, Italian, Dutch, Polish, Swedish, Turkish, Japanese, Chinese,
Korean, Hindi/Hinglish, Arabic, Vietnamese and Hebrew. Alongside them about seventy of Alex's own
job interviews, varied in tool, language and length, several of which look like the traps (a
lecturer post at a university, a reporter job at a newspaper, an IT post at an embassy, a UX
researcher role, an internal transfer)."""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="author16c", **kw)


def build() -> None:
    _admissions()
    _immigration()
    _housing()
    _household_hiring()
    _media()
    _research()
    _work_internal()
    _prep_and_social()
    _career_admin()
    _interviews_english()
    _interviews_traps()
    _interviews_world()


# ---------------------------------------------------------------- look-alikes


def _admissions() -> None:
    _x(
        "Maya – Hollisford College alumni interview",
        interview=False,
        loc="Bean & Leaf Café, 214 Grove St",
        desc="Maya's admissions interview with an alum (Mr. Okafor, class of '98). I'm driving her there, wait at the café next door. Bring copy of her activities list just in case.",
    )
    _x(
        "Alumni Interview: Rivera, Maya (Applicant #2291-0457)",
        interview=False,
        org=("d.okafor.alum@hollisford.edu", "Daniel Okafor"),
        att=[person("maya.rivera.07@gmail.com", "Maya Rivera")],
        desc="Hello Maya and family,\n\nThank you for applying to Hollisford College. I'm looking forward to our conversation. Alumni interviews are informal and evaluative only in a limited sense — they are a chance for you to learn more about Hollisford.\n\nDaniel Okafor\nHollisford Alumni Interview Program",
    )
    _x(
        "PhD admissions interview – Computational Biology (Prof. Ahlgren's lab)",
        interview=False,
        org=("gradadmissions@norrvik.edu", "Norrvik University Graduate Admissions"),
        conf=("Zoom Meeting", "https://norrvik.zoom.us/j/93310284417"),
        desc="Dear applicant,\n\nYou are invited to a 30-minute admissions interview with faculty for the PhD programme in Computational Biology (intake autumn). Please prepare a 5-minute overview of your previous research.\n\nThis is an admissions interview for doctoral study, not an employment interview.",
    )
    _x(
        "Masterstudium Data Science – Auswahlgespräch",
        interview=False,
        org=("zulassung@hs-waldburg.de", "Zulassungsstelle HS Waldburg"),
        desc="Sehr geehrte Bewerberin, sehr geehrter Bewerber,\n\nim Rahmen des Zulassungsverfahrens für den Masterstudiengang Data Science (M.Sc.) laden wir Sie zu einem Auswahlgespräch ein (ca. 20 Minuten, per Webex). Bitte halten Sie Ihren Personalausweis bereit.\n\nMit freundlichen Grüßen\nPrüfungsausschuss",
        loc="https://hs-waldburg.webex.com/meet/auswahl-mds",
    )
    _x(
        "Entretien d'admission MBA – Léa (sœur de Sam)",
        interview=False,
        desc="Léa passe son entretien d'admission pour le MBA à l'École de Commerce de Valmont. Elle m'a demandé de l'appeler juste après pour débriefer. Ne pas oublier !",
    )
    _x(
        "Beca Fundación Almira – entrevista personal (Lucía)",
        interview=False,
        desc="Lucía (mi sobrina) tiene la entrevista de la beca de excelencia de la Fundación Almira. La llevo a Madrid en coche, salimos a las 7:30. Documentación: expediente, carta de recomendación, DNI.",
        loc="Fundación Almira, Calle de Serrano Alto 41, Madrid",
    )
    _x(
        "Burs mülakatı – Deniz (Yıldız Vakfı)",
        interview=False,
        desc="Deniz'in Yıldız Vakfı lisans bursu mülakatı. Online, Zoom. Ona moral ver, öncesinde 15 dk prova yaparız.",
    )
    _x(
        "Residency interview day – Priya @ St. Benedict's IM program",
        interview=False,
        desc="Priya's internal medicine residency interview (virtual, Thalamus). Pre-interview dinner was last night. She said she'd text after the PD interview. Match day is in March!",
    )
    _x(
        "MMI practice w/ Jordan (med school interviews)",
        interview=False,
        loc="Jordan's apartment",
        desc="Helping Jordan with multiple mini interview stations for med school. Print the ethics scenarios + timer (2 min read, 8 min station).",
    )
    _x(
        "大学院入試 口頭試問（健太）",
        interview=False,
        desc="健太の大学院（情報理工学研究科）入試の口頭試問。午後1時から。終わったら電話くれるって。",
    )
    _x(
        "대학원 입학 면접 – 서연 (컴퓨터공학과)",
        interview=False,
        desc="서연이 대학원 석사과정 입학 면접. 오전 10시, 공학관 3층. 끝나고 같이 점심 먹기로 함.",
    )
    _x(
        "研究生复试面试 – 表妹小雨",
        interview=False,
        desc="小雨考研复试（线上面试），英语口语+专业课问答。晚上视频聊一下准备情况。",
    )
    _x(
        "Chevening scholarship interview – Aditya (mock run beforehand)",
        interview=False,
        desc="Aditya's Chevening interview at the British High Commission is at 11. We do a quick run-through at 9 on WhatsApp video: leadership, networking, career plan answers. Not my interview — just helping.",
    )
    _x(
        "Intervista di ammissione – Scuola di Specializzazione (Giulia)",
        interview=False,
        desc="Giulia ha il colloquio per la scuola di specializzazione in pediatria. Chiamarla la sera per sapere com'è andata.",
    )
    _x(
        "Toelatingsgesprek conservatorium – Noor",
        interview=False,
        desc="Noor heeft haar toelatingsgesprek + auditie bij het conservatorium (jazz piano). Wij brengen haar, parkeren bij de Singelgarage.",
        loc="Conservatorium, Oudegracht 112",
    )
    _x(
        "Rozmowa kwalifikacyjna na studia doktoranckie – Kasia",
        interview=False,
        desc="Kasia ma rozmowę kwalifikacyjną do szkoły doktorskiej (nauki o Ziemi). Trzymam kciuki! Zadzwonić wieczorem.",
    )
    _x(
        "Interview for Maya's school (Year 7 entry) – parents + child",
        interview=False,
        org=("admissions@oakridgeacademy.org.uk", "Oakridge Academy Admissions"),
        desc="Dear Mr Rivera,\n\nWe are delighted to invite Maya and her parents to an admissions interview with our Head of Lower School. Please allow 45 minutes, including a short tour.\n\nKind regards,\nAdmissions Office",
        loc="Oakridge Academy, Reception (Main Building)",
    )
    _x(
        "Riverbend Coding Fellowship – reviewer interviews (I'm on the panel)",
        interview=False,
        desc="Volunteer reviewer for the community coding fellowship. 6 applicant interviews of 20 min each. Rubric in the shared folder. I'm an interviewer, not a candidate.",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/84519302281"),
    )


def _immigration() -> None:
    _x(
        "US Visa Interview – Consular Section (H-1B)",
        interview=False,
        loc="U.S. Consulate General, Consular Section entrance B",
        desc="Appointment confirmation: nonimmigrant visa interview. Bring: passport, DS-160 confirmation page, appointment letter, I-797 approval notice, employment letter, last 3 payslips. No electronics allowed inside — leave phone in the car.",
    )
    _x(
        "OFC biometrics appointment (before visa interview)",
        interview=False,
        loc="Visa Application Support Center, 3rd floor",
        desc="Fingerprints + photo. Interview at the consulate is the following Tuesday.",
    )
    _x(
        "Naturalization interview (N-400) – USCIS field office",
        interview=False,
        loc="USCIS Field Office, 1200 Federal Plaza, Room 4B",
        desc="Citizenship interview + civics test (study the 100 questions!). Bring green card, passport, tax transcripts 5 yrs, travel history printout. Arrive 30 min early.",
    )
    _x(
        "Green card interview – Sam & me (marriage-based, I-485)",
        interview=False,
        loc="USCIS Field Office",
        desc="Joint interview. Bring wedding album, joint lease, joint bank statements, utility bills. Attorney (Ms. Haddad) will meet us in the lobby.",
        att=[
            person("sam.okonkwo@gmail.com", "Sam Okonkwo"),
            person("r.haddad@haddadimmigration.com", "Rana Haddad"),
        ],
    )
    _x(
        "Einbürgerungsgespräch – Landratsamt",
        interview=False,
        loc="Landratsamt, Ausländerbehörde, Zimmer 2.14",
        desc="Termin zum Einbürgerungsgespräch. Mitbringen: Reisepass, Aufenthaltstitel, Einbürgerungstest-Zertifikat, B1-Zertifikat, Gehaltsnachweise, Mietvertrag.",
    )
    _x(
        "Rendez-vous consulat – entretien visa long séjour (Sam)",
        interview=False,
        loc="Consulat général de France, service des visas",
        desc="Entretien pour le visa long séjour « passeport talent – famille accompagnante » de Sam. Apporter : formulaire, photos, acte de mariage traduit, attestation employeur d'Alex.",
    )
    _x(
        "Entrevista consular – visado de estudiante (Lucía)",
        interview=False,
        desc="Lucía tiene la entrevista para el visado de estudiante. Le presto el certificado de patrocinio firmado. Revisar con ella las preguntas típicas el domingo.",
    )
    _x(
        "مقابلة السفارة – تأشيرة زيارة لوالدة سام",
        interview=False,
        loc="سفارة، قسم التأشيرات",
        desc="موعد مقابلة التأشيرة لوالدة سام. أرسلت لها خطاب الدعوة وكشف الحساب البنكي. الاتصال بها بعد المقابلة.",
    )
    _x(
        "Phỏng vấn visa – bố mẹ Minh (đi thăm)",
        interview=False,
        desc="Bố mẹ Minh phỏng vấn xin visa du lịch ở Lãnh sự quán. Mình đã gửi thư mời + giấy xác nhận công việc. Gọi cho Minh buổi tối.",
    )
    _x(
        "签证面签 – 妈妈（探亲签证）",
        interview=False,
        desc="妈妈去领事馆面签。材料：邀请函、我的在职证明、护照、照片、银行流水。面签结束后给我发微信。",
    )
    _x(
        "Asylum interview – volunteer interpreter (Farsi) for Reza",
        interview=False,
        loc="Immigration office, Interview room 3",
        desc="Volunteering with the refugee legal clinic: accompany Reza to his asylum interview as support person. Clinic coordinator: Helen. Bring clinic ID badge.",
        org=("helen@openharbor-legal.org", "Helen Marsh – Open Harbor Legal Clinic"),
    )
    _x(
        "Global Entry interview – airport enrollment center",
        interview=False,
        loc="Enrollment Center, Terminal 4, Arrivals level",
        desc="Conditionally approved. Bring passport + driver's license. Takes about 15 minutes.",
    )
    _x(
        "ראיון במשרד הפנים – בקשה לאזרחות (נועה)",
        interview=False,
        desc="נועה בראיון במשרד הפנים לגבי הבקשה. אני שומר על הילדים עד שהיא חוזרת.",
    )
    _x(
        "Spousal sponsorship interview prep call – lawyer",
        interview=False,
        org=("r.haddad@haddadimmigration.com", "Rana Haddad"),
        att=[person("sam.okonkwo@gmail.com", "Sam Okonkwo")],
        conf=("Zoom Meeting", "https://us06web.zoom.us/j/88123904410"),
        desc="Prep session ahead of your USCIS interview: typical questions the officer asks couples, what documents to bring, how to answer consistently. 45 minutes.",
    )


def _housing() -> None:
    _x(
        "Co-op board interview – 5C application",
        interview=False,
        loc="Building community room, 118 Linden Ave",
        desc="Board interview for the purchase of unit 5C. Broker (Dana) says: dress business casual, keep answers short, don't volunteer renovation plans. Bring copies of the board package.",
        att=[person("dana@keystonerealty.com", "Dana Whitfield")],
    )
    _x(
        "Flatmate interview – room in Hackney (Tom & Priya)",
        interview=False,
        desc="Viewing + 'interview' with the current flatmates for the double room. They want to meet everyone before deciding. Bring the reference from my landlord.",
        loc="Flat 3, 27 Eastway Rd",
    )
    _x(
        "WG-Casting – Zimmer in der Kastanienallee",
        interview=False,
        desc="WG-Casting um 19 Uhr. 4 Leute wohnen da, sie suchen jemanden ab dem 1. Ich soll mich kurz vorstellen und dann gibt's Pizza.",
        loc="Kastanienallee 58, Hinterhaus 3. OG",
    )
    _x(
        "Rozmowa z właścicielem mieszkania – Mokotów",
        interview=False,
        desc="Spotkanie z właścicielem w sprawie wynajmu (2 pokoje). Zabrać zaświadczenie o zatrudnieniu i wyciąg z konta. Właściciel chce 'porozmawiać' przed podpisaniem umowy.",
        loc="ul. Puławska 140, klatka B",
    )
    _x(
        "Tenant screening call – Harbor View Apartments",
        interview=False,
        org=("leasing@harborviewapts.com", "Harbor View Leasing Office"),
        desc="Thank you for your application for Unit 1207. Our leasing agent will call you for a brief tenant interview and to review your income verification. Please have your employer's contact details ready.",
    )
    _x(
        "Bostadsrättsföreningen – intervju med styrelsen",
        interview=False,
        desc="Styrelsen vill träffa oss innan de godkänner medlemskapet. Ta med anställningsbevis och lånelöfte.",
        loc="Föreningslokalen, Vintergatan 12",
    )
    _x(
        "Intervista con l'agenzia per l'affitto – via Tortona",
        interview=False,
        desc="L'agenzia vuole fare un breve colloquio conoscitivo prima di presentarci al proprietario. Portare busta paga e contratto di lavoro.",
    )
    _x(
        "Landlord wants a reference call w/ my manager",
        interview=False,
        desc="Remind Priyanka (my manager at Initech) that the letting agent will call her this week to confirm employment. Not an interview for me, just a heads-up.",
        me=WORK_ME,
    )


def _household_hiring() -> None:
    _x(
        "Nanny interview – Carla M. (via Care board)",
        interview=False,
        desc="Interviewing Carla for the part-time nanny position (Mon–Thu 3–7pm). Questions: CPR cert? driving? experience with 2 kids? references x2. She comes to the house; kids meet her at the end.",
        loc="Home",
    )
    _x(
        "Babysitter interviews (3 candidates, 20 min each)",
        interview=False,
        desc="1) Hannah – 4:00\n2) Luis – 4:30\n3) Mei – 5:00\nSam and I both ask questions. Rate per hour, weekend availability, first aid.",
    )
    _x(
        "Entretien nounou – Fatou (garde partagée)",
        interview=False,
        desc="Entretien avec Fatou pour la garde partagée avec la famille Moreau. Questions : horaires, agrément, expérience bébé, tarif horaire. On fait l'entretien chez les Moreau.",
        loc="Chez les Moreau, 12 rue des Lilas",
    )
    _x(
        "Vorstellungsgespräch Putzhilfe – Frau Nowak",
        interview=False,
        desc="Frau Nowak kommt vorbei, wir suchen eine Reinigungskraft (alle 2 Wochen, 4 Std.). Minijob-Anmeldung besprechen.",
        loc="Zuhause",
    )
    _x(
        "Entrevista com a babá – Dona Rosa",
        interview=False,
        desc="Conversar com a Dona Rosa sobre cuidar do Leo nas férias escolares. Perguntar disponibilidade, referências e valor da diária.",
    )
    _x(
        "Math tutor for Maya – interview Ben (grad student)",
        interview=False,
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/81237745501"),
        desc="I'm interviewing Ben as a possible algebra tutor for Maya, 2x/week. Ask about SAT prep experience and rates.",
        att=[person("ben.achterberg@gmail.com", "Ben Achterberg")],
    )
    _x(
        "Home study interview #2 – adoption agency (Sam + me)",
        interview=False,
        org=("caseworker@brightpathfamilies.org", "Joy Adeyemi – BrightPath Families"),
        att=[person("sam.okonkwo@gmail.com", "Sam Okonkwo")],
        desc="Second home study visit. This session: individual interviews with each applicant, then a walkthrough of the home (smoke detectors, child-safe storage). Please have your physician letters ready.",
        loc="Home",
    )
    _x(
        "Foster carer assessment – Form F interview",
        interview=False,
        desc="Assessing social worker visits for the Form F assessment session 4 (family history, support network). Sam takes the afternoon off.",
        loc="Home",
    )
    _x(
        "ベビーシッター面談（ファミサポ）",
        interview=False,
        desc="ファミリーサポートの提供会員さんと事前面談。子どもの送迎（保育園→自宅）をお願いする予定。",
        loc="市民センター 2F 相談室",
    )
    _x(
        "Dog walker meet & greet – Jess",
        interview=False,
        desc="Quick 'interview' with Jess from the neighborhood app. Walk Biscuit together around the block, see how they get along.",
    )
    _x(
        "Rozmowa z opiekunką dla babci",
        interview=False,
        desc="Rozmowa z p. Haliną – opiekunka dla babci 3 dni w tygodniu. Mama też będzie (na telefonie).",
    )
    _x(
        "Contractor interviews – kitchen remodel bids",
        interview=False,
        desc="Interviewing 3 contractors back to back. Ask for license #, insurance certificate, timeline, references from last 2 jobs.",
        loc="Home",
    )
    _x(
        "Au pair Skype interview – Elin (Sweden)",
        interview=False,
        desc="Our second call with Elin, au pair candidate from Umeå. We're the host family interviewing her. Kids say hi at the end.",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/86601122930"),
    )
    _x(
        "Intervista baby-sitter – Chiara",
        interview=False,
        desc="Colloquio con Chiara per la baby-sitter del martedì e giovedì. Chiedere referenze e se ha la patente.",
    )


def _media() -> None:
    _x(
        "Interview with The Daily Ledger – data privacy piece",
        interview=False,
        org=("m.adair@dailyledger.com", "Megan Adair"),
        desc="Hi Alex, thanks for agreeing to chat for our story on how mid-size companies handle customer data. 20 min phone call, on background unless we agree otherwise. Initech comms (Rob) has approved.",
        me=WORK_ME,
    )
    _x(
        "Podcast recording: 'Pipelines & Pints' ep. 47 (guest: Alex Rivera)",
        interview=False,
        org=("hello@pipelinespints.fm", "Pipelines & Pints"),
        loc="https://riverside.fm/studio/pipelines-pints",
        desc="Thanks for coming on the show! We'll record via Riverside. Please use headphones and a wired connection. Topics: migrating batch jobs to streaming, on-call culture, your career path. ~50 min recording.",
    )
    _x(
        "Radio interview – KWBR Morning Tech segment (phone-in)",
        interview=False,
        desc="Live phone interview at 7:40 about the hackathon for local nonprofits. Producer Tanya will call my mobile at 7:30. Keep answers short, no jargon.",
    )
    _x(
        "TV: Channel 9 local news – interview about the coding club",
        interview=False,
        loc="Lincoln Middle School, library",
        desc="Channel 9 crew filming a short segment on the after-school coding club I volunteer at. Wear a solid color, no stripes.",
    )
    _x(
        "Student interview – Ethan (journalism class) about working in tech",
        interview=False,
        desc="Ethan (my neighbor's son) is doing a school assignment: interview an adult about their job. 30 min on FaceTime. He'll send questions ahead.",
    )
    _x(
        "Oral history with Grandma Inés – session 3 (recording)",
        interview=False,
        loc="Grandma's house",
        desc="Family oral history project. This session: arriving in the city in 1962, first job at the textile factory. Bring the Zoom H1 recorder + spare AA batteries. Interview questions doc in Drive.",
    )
    _x(
        "Entrevista para el pódcast 'Código Abierto' (en español)",
        interview=False,
        org=("produccion@codigoabierto.fm", "Código Abierto Pódcast"),
        desc="¡Hola Alex! Te confirmamos la grabación de la entrevista para el episodio sobre ingeniería de datos en Latinoamérica. Duración: 45 min. Usamos Zencastr, te mandamos el enlace el mismo día.",
    )
    _x(
        "Interview mit dem Tagesanzeiger (Tech-Ressort)",
        interview=False,
        desc="Telefoninterview mit Frau Brandt über unser Open-Source-Projekt. Freigabe durch Initech-Kommunikation liegt vor. Zitate vor Veröffentlichung autorisieren lassen!",
        me=WORK_ME,
    )
    _x(
        "Entrevista – Rádio Comunitária Vila Nova",
        interview=False,
        desc="Entrevista ao vivo sobre o projeto de alfabetização digital para idosos. Chegar 15 min antes no estúdio.",
        loc="Rádio Comunitária Vila Nova, Rua das Acácias 88",
    )
    _x(
        "Intervju i P4 Lokalradio – hackathon",
        interview=False,
        desc="Kort intervju i morgonsändningen om helgens hackathon. Journalisten ringer kl 07.50.",
    )
    _x(
        "ראיון לעיתון המקומי – על מיזם ההתנדבות",
        interview=False,
        desc="כתבת מהעיתון המקומי רוצה לראיין אותי על פרויקט ההתנדבות עם בני הנוער. שיחת טלפון, 20 דקות.",
    )
    _x(
        "Alumni magazine Q&A – 'Where are they now?'",
        interview=False,
        org=("magazine@norrvik.edu", "Norrvik Alumni Magazine"),
        desc="Thanks for agreeing to be profiled! Our writer will interview you by phone for about 25 minutes. We'll also need a headshot.",
    )
    _x(
        "YouTube channel interview – 'Day in the life' with DevJourney",
        interview=False,
        desc="Recording an interview for Kai's YouTube channel about career switching into data engineering. He edits; I get to review before it goes live.",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/89902214470"),
    )
    _x(
        "Grandpa Joe – WWII stories interview (for Maya's history project)",
        interview=False,
        desc="Maya interviews Grandpa Joe for her history project. I set up the laptop and record. Questions in her notebook.",
        loc="Sunrise Senior Living, Room 112",
    )
    _x(
        "Panel + fireside interview at DataConf (speaker)",
        interview=False,
        loc="Hall C, Convention Center",
        desc="Speaker slot: 'Fireside interview' format with the conference host. Speaker check-in 1h before at the green room.",
        me=WORK_ME,
    )
    _x(
        "Blog Q&A for Initech engineering blog – written interview due",
        interview=False,
        me=WORK_ME,
        org=("devrel@initech.com", "Initech DevRel"),
        desc="Reminder: answers to the 'Meet the Engineer' interview questions due today. Template in the doc. 300–500 words total.",
    )


def _research() -> None:
    _x(
        "Customer interview – Northfield Logistics (data export pain points)",
        interview=False,
        me=WORK_ME,
        org=("lena.park@initech.com", "Lena Park"),
        att=[person("ops@northfieldlogistics.com", "Greg Tamsin")],
        meet="meet",
        desc="Discovery interview with Northfield's ops lead. Lena drives, Alex takes notes on the data pipeline questions. Interview guide: go/initech-discovery-guide",
    )
    _x(
        "UX research session – participant P7 (usability interview)",
        interview=False,
        me=WORK_ME,
        org=("uxr@initech.com", "Initech UX Research"),
        desc="You're signed up as an observer for the moderated usability session. Please stay muted and post questions in the Slack thread. Recording via Lookback.",
        loc="https://lookback.io/observe/initech-p7",
    )
    _x(
        "User interview: you've been selected! (Amazon gift card $50)",
        interview=False,
        org=("research@homeplanner-app.com", "HomePlanner Research Team"),
        desc="Thanks for signing up to participate in our user research study. During this 45-minute interview we'll ask about how you plan household budgets. You'll receive a $50 gift card as a thank-you.",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/83320019915"),
    )
    _x(
        "Study participation – 'Remote work and wellbeing' research interview",
        interview=False,
        org=("wellbeing.study@norrvik.edu", "Norrvik Remote Work Study"),
        desc="Dear participant, thank you for consenting to take part. The semi-structured interview will last about 60 minutes and will be recorded. You may withdraw at any time.",
    )
    _x(
        "Stakeholder interviews for data platform RFC (Finance team)",
        interview=False,
        me=WORK_ME,
        att=[
            person("priyanka.shah@initech.com", "Priyanka Shah"),
            person("m.oyelaran@initech.com", "Michael Oyelaran"),
        ],
        meet="meet",
        desc="Interviewing Finance about their reporting needs before we write the RFC. Questions doc linked.",
    )
    _x(
        "Kundeninterview – Stadtwerke Hellbach (Pilot)",
        interview=False,
        me=WORK_ME,
        desc="Interview mit dem Kunden zum Pilotprojekt. Ziel: Anforderungen an den Datenexport verstehen. Protokoll im Confluence.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTRiYjQz",
        ),
    )
    _x(
        "Entrevistas com usuários – app de entregas (pesquisa)",
        interview=False,
        me=WORK_ME,
        desc="Série de entrevistas com entregadores para o projeto de roteirização. Eu observo, a Bia conduz. 4 sessões de 30 min.",
    )
    _x(
        "ユーザーインタビュー（観察者として参加）",
        interview=False,
        me=WORK_ME,
        desc="UXチームのユーザーインタビューに観察者として参加。質問はSlackスレッドへ。",
        meet="meet",
    )
    _x(
        "Expert network call – GLG-style consult on data warehousing",
        interview=False,
        org=("scheduling@meridianexperts.com", "Meridian Expert Network"),
        desc="Paid 60-min consultation. An investment analyst would like to interview you about trends in cloud data warehouse adoption. Compliance reminder: do not share confidential information about your current employer.",
    )
    _x(
        "Survey follow-up interview – Stack of Devs annual survey",
        interview=False,
        desc="They picked me for a 20-min follow-up interview about the survey answers (tooling, salaries). Optional.",
    )


def _work_internal() -> None:
    _x(
        "Exit interview – Alex Rivera",
        interview=False,
        org=("hr@quillmark-software.com", "Quillmark HR"),
        desc="Hi Alex,\n\nAs part of your offboarding from Quillmark, we'd like to invite you to a confidential 30-minute exit interview with HR. Your feedback helps us improve. Please also return your laptop and badge on your last day.\n\nBest,\nNadia (People Ops)",
        meet="meet",
    )
    _x(
        "Exit interview (Jamal Reed) – manager input",
        interview=False,
        me=WORK_ME,
        org=("hr.partners@initech.com", "Initech People Team"),
        desc="HR will hold Jamal's exit interview on Thursday. Before that, please share 2–3 notes on team dynamics with us. 15 min.",
        meet="meet",
    )
    _x(
        "Mid-year performance review – Alex / Priyanka",
        interview=False,
        me=WORK_ME,
        org=("priyanka.shah@initech.com", "Priyanka Shah"),
        meet="meet",
        desc="Self-review is in Lattice. We'll walk through goals, feedback and the promo conversation.",
    )
    _x(
        "1:1 Alex <> Priyanka",
        interview=False,
        me=WORK_ME,
        org=("priyanka.shah@initech.com", "Priyanka Shah"),
        meet="meet",
    )
    _x(
        "Interviewer training: Structured interviewing & bias (required)",
        interview=False,
        me=WORK_ME,
        org=("talent.enablement@initech.com", "Initech Talent Enablement"),
        desc="Required for everyone joining an interview loop. Covers competency-based questions, scorecards in Greenhouse, and writing evidence-based feedback. Shadow 2 interviews after completing.",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/91234009981"),
    )
    _x(
        "Interview: Sofia Lindqvist – Data Engineer II (Technical – SQL)",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("sofia.lindqvist@gmail.com", "Sofia Lindqvist")],
        meet="meet",
        desc="You are scheduled as an interviewer.\n\nCandidate: Sofia Lindqvist\nRole: Data Engineer II\nInterview: Technical – SQL (45 min)\nScorecard: please submit in Greenhouse within 24 hours.\nInterview kit: see Greenhouse.",
    )
    _x(
        "Interview with Marcus Bell (Backend Engineer) – System Design",
        interview=False,
        me=WORK_ME,
        org=("goodtime-scheduler@initech.com", "Initech Interview Scheduling"),
        att=[
            person("marcus.bell.dev@outlook.com", "Marcus Bell"),
            person("k.nguyen@initech.com", "Khoa Nguyen"),
        ],
        desc="Interviewers: Alex Rivera (lead), Khoa Nguyen (shadow)\nCandidate resume and interview plan attached in Greenhouse. Please don't discuss compensation with the candidate.",
        loc="Initech HQ – Room 'Boole' (4th floor)",
    )
    _x(
        "Hiring committee – Data Platform (3 candidates)",
        interview=False,
        me=WORK_ME,
        org=("priyanka.shah@initech.com", "Priyanka Shah"),
        meet="meet",
        desc="HC review for Sofia L., Marcus B., Arjun P. Please have your scorecards submitted before the meeting.",
    )
    _x(
        "Debrief: Arjun Patel onsite",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        meet="meet",
        desc="Interview panel debrief. Hire / no hire decision. Recruiter: Olivia.",
    )
    _x(
        "Shadowing: behavioural interview (Olivia leads)",
        interview=False,
        me=WORK_ME,
        desc="Reverse-shadow step 1 of interviewer certification. I observe, Olivia asks. Candidate for Analytics Engineer.",
    )
    _x(
        "Calibration: interview rubric for Senior DE loop",
        interview=False,
        me=WORK_ME,
        meet="meet",
        desc="Align on what 'strong hire' looks like for the new take-home + interview rubric.",
    )
    _x(
        "Campus recruiting – phone screens (Initech interns)",
        interview=False,
        me=WORK_ME,
        desc="Block for 4 intern phone screens. I'm the interviewer. Links in each candidate's Greenhouse profile.",
    )
    _x(
        "Vorstellungsgespräch – Werkstudent Data (ich interviewe)",
        interview=False,
        me=WORK_ME,
        desc="Ich führe das Gespräch mit Jonas Weber (Werkstudent Data Engineering, Berliner Team) zusammen mit Katrin. Leitfaden im Confluence.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_MjA1NmU5",
        ),
    )
    _x(
        "Entretien candidat – stagiaire data (je fais passer l'entretien)",
        interview=False,
        me=WORK_ME,
        desc="Entretien avec Camille Roux pour le stage data à Lyon. Je pose les questions techniques (SQL, Python), Julien fait la partie culture.",
        meet="meet",
    )
    _x(
        "Promo packet review – Staff Engineer (Alex)",
        interview=False,
        me=WORK_ME,
        org=("promo-committee@initech.com", "Initech Eng Promotions"),
        desc="Your promotion packet will be reviewed by the committee. No action needed; your manager will share the outcome.",
    )
    _x(
        "Skip-level with VP Eng",
        interview=False,
        me=WORK_ME,
        org=("d.kowalczyk@initech.com", "Dorota Kowalczyk"),
        meet="meet",
    )
    _x(
        "Quarterly check-in / Mitarbeitergespräch",
        interview=False,
        me=WORK_ME,
        desc="Jährliches Mitarbeitergespräch mit Priyanka (englisch). Ziele für H2.",
    )
    _x(
        "Team retro + 'interview loop health' metrics",
        interview=False,
        me=WORK_ME,
        meet="meet",
    )
    _x(
        "Reference check call about Jamal Reed (I'm his reference)",
        interview=False,
        desc="Recruiter from Solvane will call me re: Jamal's application. He listed me as a reference. ~15 min.",
        org=("talent@solvane.io", "Solvane Talent"),
    )
    _x(
        "面接官トレーニング（中途採用）",
        interview=False,
        me=WORK_ME,
        desc="東京オフィスの中途採用面接官向けトレーニング。評価シートの書き方とNG質問について。",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/97730012284"),
    )
    _x(
        "Candidate lunch – host for Arjun (onsite day)",
        interview=False,
        me=WORK_ME,
        loc="Initech café, 2nd floor",
        desc="You're the lunch buddy for the candidate. Not evaluative — just make him feel welcome.",
    )
    _x(
        "Bar raiser sync – Staff DE req",
        interview=False,
        me=WORK_ME,
        meet="meet",
    )
    _x(
        "Job description review – Senior Analytics Engineer (new req)",
        interview=False,
        me=WORK_ME,
        desc="Help recruiting finalize the JD and interview plan for the new headcount.",
    )
    _x(
        "Internal mobility info session (People team)",
        interview=False,
        me=WORK_ME,
        org=("people@initech.com", "Initech People Team"),
        desc="Learn how internal transfers work at Initech: posting rules, talking to your manager, how internal interviews are scheduled.",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/95510028831"),
    )


def _prep_and_social() -> None:
    _x(
        "Mock interview w/ Dev (system design) – I play interviewer",
        interview=False,
        desc="Dev has his Stripe-style onsite next week. I'm the mock interviewer: design a URL shortener, then rate limiting. 60 min on Discord.",
    )
    _x(
        "Mock interview – Pramp peer session",
        interview=False,
        org=("no-reply@peerpractice.io", "PeerPractice"),
        desc="You've been matched with a peer for a practice interview. You'll each take turns as interviewer and interviewee (30 min each). Topic: Data structures & algorithms.",
        loc="https://peerpractice.io/session/8c21f0",
    )
    _x(
        "LeetCode study group (Blind 75 – graphs)",
        interview=False,
        loc="Discord #interview-prep",
        desc="Weekly interview prep study group. This week: graphs + union find. Everyone brings 2 solved problems.",
    )
    _x(
        "Sam – 2nd round interview @ Verdant Health 🤞",
        interview=False,
        desc="Sam's interview (product manager role) at 2pm. I'll take the kids to swim practice so the house is quiet. Celebrate dinner either way.",
    )
    _x(
        "Drive Mom to her job interview (library assistant)",
        interview=False,
        loc="Eastside Public Library, 400 Maple Ave",
        desc="Pick Mom up at 9:15, interview at 10. Wait in the parking lot / get coffee.",
    )
    _x(
        "Help Rahul prep for his interview (behavioral questions)",
        interview=False,
        desc="Rahul bhai ka interview hai Monday ko Infolabs mein. Aaj shaam STAR format pe practice karenge, video call pe. Usse resume bhi bhejne bolo.",
    )
    _x(
        "Chotu ka campus placement interview – call after",
        interview=False,
        desc="Chotu ka campus placement interview kal subah hai. Shaam ko call karke poochna kaisa gaya. Usko thoda confidence dena hai.",
    )
    _x(
        "Vorstellungsgespräch von Lena – Daumen drücken!",
        interview=False,
        desc="Lena (meine Schwester) hat heute ihr Vorstellungsgespräch bei der Stadtverwaltung. Abends anrufen.",
    )
    _x(
        "Sollicitatiegesprek Sam – oppas regelen",
        interview=False,
        desc="Sam heeft zijn sollicitatiegesprek in Utrecht, ik werk vanuit huis en haal de kinderen om 15:00 op.",
    )
    _x(
        "Book club: 'The Interview' by M. Halvorsen – ch. 1–12",
        interview=False,
        loc="Nina's place",
        desc="Book club! This month's pick is the thriller 'The Interview'. Bring snacks. Discussion questions in the group chat.",
    )
    _x(
        "Film night: 'Interview with the Vampire' (director's cut)",
        interview=False,
        loc="Roxy Cinema, screen 2",
        desc="Tickets in the app. Meet Theo and Kim at 7:15.",
    )
    _x(
        "Theatre – 'The Job Interview' (improv comedy)",
        interview=False,
        loc="Little Fox Theatre",
        desc="Improv show where audience members get 'hired' on stage 😂 Row F, seats 11–12.",
    )
    _x(
        "Obra de teatro: «La entrevista» – Teatro Lumière",
        interview=False,
        desc="Entradas para la obra con Marta y Jorge. Cena antes en el bar de tapas de la esquina.",
        loc="Teatro Lumière, Calle Mayor 17",
    )
    _x(
        "Resume review with career coach (paid session)",
        interview=False,
        org=("coach@brightpathcareers.com", "Nadine Fowler – Career Coach"),
        desc="Session 2 of 4: resume rewrite and LinkedIn headline. Next session: interview storytelling.",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/87733120094"),
    )
    _x(
        "Prep block: review system design notes before Friday",
        interview=False,
        desc="Read: consistent hashing, Kafka partitions, my STAR stories doc. No calls.",
    )
    _x(
        "Mülakat provası – Emre ile (İngilizce)",
        interview=False,
        desc="Emre'nin yurt dışı iş mülakatı öncesi İngilizce prova. Ben mülakatçı rolündeyim. Discord, 45 dk.",
    )
    _x(
        "모의 면접 스터디 (코딩테스트 대비)",
        interview=False,
        desc="주간 모의 면접 스터디. 이번 주는 내가 면접관 역할. 알고리즘 2문제 준비.",
    )
    _x(
        "Giúp em Linh chuẩn bị phỏng vấn",
        interview=False,
        desc="Em Linh sắp phỏng vấn vào ngân hàng. Tối nay gọi video luyện câu hỏi tiếng Anh với em.",
    )
    _x(
        "تدريب على المقابلات – مع خالد",
        interview=False,
        desc="جلسة تدريب لخالد قبل مقابلته في شركة الاتصالات. أنا ألعب دور المُقابِل. عبر واتساب فيديو.",
    )
    _x(
        "Kim's birthday brunch (she got the job!!)",
        interview=False,
        loc="Marigold Kitchen",
        desc="Celebrating Kim's birthday + her new job offer. Gift: the fancy notebook.",
    )


def _career_admin() -> None:
    _x(
        "Offer call – Lumenstack (Rachel, recruiter)",
        interview=False,
        org=("rachel.ng@lumenstack.io", "Rachel Ng"),
        desc="Hi Alex! Great news to share — let's hop on a quick call so I can walk you through the offer details. 20 min.",
        meet="meet",
    )
    _x(
        "Comp negotiation follow-up – Lumenstack",
        interview=False,
        desc="Counter: base +8%, sign-on to cover unvested RSUs. Ask about remote policy in writing. Deadline Friday.",
    )
    _x(
        "Background check – Sterling-style consent form due",
        interview=False,
        all_day=True,
        desc="Complete the background check authorization + upload ID for Lumenstack's pre-employment screening. Employment verification for Initech + Quillmark.",
    )
    _x(
        "Onboarding – Day 1 at Initech (orientation)",
        interview=False,
        loc="Initech HQ lobby, ask for People Ops",
        desc="Welcome to Initech! Orientation 9:00–12:00, laptop pickup, badge photo. Lunch with your team.",
        org=("people@initech.com", "Initech People Team"),
    )
    _x(
        "I-9 verification – bring documents",
        interview=False,
        me=WORK_ME,
        desc="Bring passport (List A) to People Ops for I-9 verification, within 3 business days of start.",
    )
    _x(
        "Tech Career Fair – City Expo Center",
        interview=False,
        loc="City Expo Center, Hall B",
        desc="Job fair with 80+ employers. On-the-spot interviews possible with some booths. Bring 10 printed resumes.",
    )
    _x(
        "Webinar: Acing the behavioral interview (free)",
        interview=False,
        org=("events@careerladder-webinars.com", "CareerLadder Webinars"),
        desc="Thanks for registering! Join us live to learn the STAR method, common behavioral interview questions and how to answer 'Tell me about yourself'.",
        loc="https://careerladder-webinars.com/live/behavioral",
    )
    _x(
        "Recruiter coffee chat – no role yet (networking)",
        interview=False,
        desc="Coffee with Jess from Talentwise agency, she wants to 'stay in touch' for future roles. Purely networking, nothing open right now.",
        loc="Ritual Coffee, Valencia St",
    )
    _x(
        "Initech booth at Women in Data career fair – staffing shift",
        interview=False,
        me=WORK_ME,
        desc="I'm staffing the Initech booth 1–4pm. Collect resumes, answer questions about the team. Recruiters will schedule interviews later.",
    )
    _x(
        "Salary benchmarking – review Levels data before negotiation",
        interview=False,
    )
    _x(
        "Sign offer letter (DocuSign) – deadline",
        interview=False,
        all_day=True,
        desc="Offer expires EOD. Check start date and relocation clause.",
    )
    _x(
        "Jobmesse – Karrieretag Informatik",
        interview=False,
        loc="Messe, Halle 3",
        desc="Karrieretag mit 60 Ausstellern. Lebenslauf ausdrucken. Eventuell Kurzgespräche an den Ständen.",
    )
    _x(
        "Feira de empregos – Tech Talent Day (ajudar a Bia)",
        interview=False,
        desc="Levar a Bia à feira de empregos e ajudar a revisar o currículo dela antes.",
    )
    _x(
        "Reference form for Jordan (residency application) – due",
        interview=False,
        all_day=True,
        desc="Submit the character reference for Jordan's application portal.",
    )
    _x(
        "Recruiter newsletter: '10 interview mistakes' – read later",
        interview=False,
    )
    _x(
        "求职讲座 – 校友会职业发展分享",
        interview=False,
        desc="校友会线上讲座：简历与面试技巧分享。我是分享嘉宾之一，讲十分钟数据工程职业路线。",
    )


# ---------------------------------------------------------------- Alex's own job interviews


def _interviews_english() -> None:
    _x(
        "Interview: Alex Rivera – Senior Data Engineer (Hiring Manager)",
        interview=True,
        company="Lumenstack",
        role="Senior Data Engineer",
        org=("rachel.ng@lumenstack.io", "Rachel Ng"),
        att=[person("omar.bakr@lumenstack.io", "Omar Bakr")],
        meet="meet",
        desc="Hi Alex,\n\nThanks for making time to speak with Omar Bakr, Engineering Manager for our Data Platform team. This 45-minute conversation will focus on your background, the team's roadmap and what you're looking for next.\n\nPowered by Greenhouse",
    )
    _x(
        "Lumenstack – Technical Interview (Data Modeling) w/ Alex Rivera",
        interview=True,
        company="Lumenstack",
        role="Senior Data Engineer",
        org=("rachel.ng@lumenstack.io", "Rachel Ng"),
        att=[
            person("yuki.sato@lumenstack.io", "Yuki Sato"),
            person("p.mendes@lumenstack.io", "Paula Mendes"),
        ],
        conf=("Zoom Meeting", "https://lumenstack.zoom.us/j/96612093315"),
        desc="Senior Data Engineer – Virtual Onsite, Part 2 of 4\nInterviewers: Yuki Sato, Paula Mendes\nFormat: 60 min, collaborative data modeling exercise in a shared doc. No prep required.",
    )
    _x(
        "Phone screen – Fennick Labs",
        interview=True,
        company="Fennick Labs",
        role=None,
        desc="Recruiter (Tara) calls me at 11:30. ~30 min. Have salary range ready. Ask about team size + on-call.",
    )
    _x(
        "Fennick Labs | Karat technical interview",
        interview=True,
        company="Fennick Labs",
        role="Backend Engineer",
        org=("scheduling@karat.io", "Karat Scheduling"),
        desc="Your technical interview for the Backend Engineer role at Fennick Labs has been scheduled. Your Interview Engineer will meet you in the Karat Studio. Please join from a laptop with a working camera. Duration: 60 minutes.",
        loc="https://karat.io/studio/join/FNK-22841",
    )
    _x(
        "Alex Rivera <> Corvid Analytics: Intro call",
        interview=True,
        company="Corvid Analytics",
        role=None,
        org=("talent@corvidanalytics.com", "Hannah Briggs"),
        desc="Invitee: Alex Rivera\nEvent: 30 Minute Intro Call\nNeed to make changes to this event? Cancel / Reschedule\n\nPowered by Calendly",
        conf=("Zoom Meeting", "https://us06web.zoom.us/j/84410093712"),
    )
    _x(
        "Corvid Analytics – Case study presentation (Analytics Engineering Lead)",
        interview=True,
        company="Corvid Analytics",
        role="Analytics Engineering Lead",
        org=("talent@corvidanalytics.com", "Hannah Briggs"),
        att=[
            person("cto@corvidanalytics.com", "Ibrahim Sayed"),
            person("j.lowe@corvidanalytics.com", "Jenna Lowe"),
        ],
        loc="Corvid Analytics, 9th floor, 55 Harbor St",
        desc="Final stage: 30-minute presentation of your take-home case followed by 30 minutes of Q&A with the panel. Please bring your laptop; an HDMI adapter is available.",
    )
    _x(
        "Onsite – Quaylight (4 sessions)",
        interview=True,
        company="Quaylight",
        role="Staff Software Engineer, Data Infrastructure",
        desc="Quaylight onsite for Staff Software Engineer, Data Infrastructure.\n10:00 Coding (Anil)\n11:00 System design (Grace)\n12:00 Lunch w/ team\n13:00 Behavioral (Director, Marco)\n14:00 Past project deep dive\nAsk at front desk for Leah (recruiting coordinator).",
        loc="Quaylight HQ, 1 Ferry Building Plaza, Floor 3",
    )
    _x(
        "Ashby: Interview with Alex Rivera – Platform Engineer – Coding",
        interview=True,
        company="Tidewell",
        role="Platform Engineer",
        org=("no-reply@ashbyhq.com", "Tidewell Recruiting"),
        att=[person("sven@tidewell.dev", "Sven Aaltonen")],
        meet="meet",
        desc="Tidewell – Platform Engineer\nStage: Coding Interview (60 min)\nInterviewer: Sven Aaltonen\nYou'll use CoderPad; the link will be shared in the Meet chat.",
    )
    _x(
        "Tidewell final: chat with CEO",
        interview=True,
        company="Tidewell",
        role="Platform Engineer",
        meet="meet",
        org=("maja@tidewell.dev", "Maja Lind"),
        desc="Last step before a decision — an informal 30 min with our CEO Maja. Come with questions!",
    )
    _x(
        "Call with Priya from Talentwise re: client role (Senior DE, fintech)",
        interview=True,
        company=None,
        role="Senior Data Engineer",
        org=("priya.k@talentwise-recruit.com", "Priya Kaur"),
        desc="Hi Alex, as discussed on LinkedIn, I'd love to tell you about a Senior Data Engineer role with one of our fintech clients (confidential for now) and learn about your experience. 20 mins.",
    )
    _x(
        "Interview – Harrowgate Bank (via Talentwise): Data Engineer, Risk Platform",
        interview=True,
        company="Harrowgate Bank",
        role="Data Engineer, Risk Platform",
        org=("priya.k@talentwise-recruit.com", "Priya Kaur"),
        att=[person("d.ferris@harrowgatebank.co.uk", "David Ferris")],
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_YWE5ZTc4",
        ),
        desc="Hi Alex, please find below the Teams link for your first interview with Harrowgate Bank's Head of Risk Data, David Ferris. Dress: smart casual. Good luck! — Priya, Talentwise Recruitment",
    )
    _x(
        "HackerRank live pair programming – Brindle Health",
        interview=True,
        company="Brindle Health",
        role="Software Engineer II",
        org=("recruiting@brindlehealth.com", "Brindle Health Recruiting"),
        loc="https://www.hackerrank.com/interviews/brindle-se2-7781",
        desc="Hi Alex, your live technical interview for Software Engineer II is confirmed. You'll pair with one of our engineers in HackerRank CodePair for 60 minutes. Languages: Python or Java.",
    )
    _x(
        "Interview @ Marlowe & Finch",
        interview=True,
        company="Marlowe & Finch",
        role=None,
        loc="Marlowe & Finch, 200 Spring St, 12th floor",
    )
    _x(
        "Marlowe & Finch – superday (Data Strategy Associate)",
        interview=True,
        company="Marlowe & Finch",
        role="Data Strategy Associate",
        desc="Superday: 3 case interviews + 1 fit interview. Partner interview last. Bring calculator, notepad. Case frameworks review on the train.",
        loc="Marlowe & Finch, 200 Spring St, 12th floor",
    )
    _x(
        "GoodTime: Your interview schedule with Orbiton",
        interview=True,
        company="Orbiton",
        role="Machine Learning Engineer",
        org=("interviews@orbiton.ai", "Orbiton Interviews"),
        desc="Hi Alex,\n\nHere's your interview schedule for the Machine Learning Engineer position:\n• 1:00–1:45 PM – ML Fundamentals (Rosa Kim)\n• 1:50–2:35 PM – Coding (Tobias Weller)\n• 2:40–3:10 PM – Hiring Manager (Ana Cruz)\n\nAll sessions use the same Zoom link.\n\nPowered by GoodTime",
        conf=("Zoom Meeting", "https://orbiton.zoom.us/j/95512300871"),
    )
    _x(
        "Screening call – Halcyon Mobility (Data Platform Lead)",
        interview=True,
        company="Halcyon Mobility",
        role="Data Platform Lead",
        org=("jobs@halcyonmobility.com", "Halcyon Mobility Talent"),
        desc="Thanks for applying to Data Platform Lead! This is a 25-minute screening call with our talent partner. We'll call the phone number on your application.",
    )
    _x(
        "Trial day @ Pebblecraft 🛠️",
        interview=True,
        company="Pebblecraft",
        role="Full-stack Engineer",
        desc="Paid trial day for the Full-stack Engineer role. Work on a real ticket with the team, pair with Nico in the afternoon, retro with founders at 5. Bring laptop + charger.",
        loc="Pebblecraft studio, 3rd floor, 71 Canal St",
    )
    _x(
        "Interview (hold) – Sable & Stone",
        interview=True,
        company="Sable & Stone",
        role=None,
        desc="Tentative hold while they confirm interviewer availability.",
        org=("recruitment@sableandstone.com", "Sable & Stone Recruitment"),
        my_status="tentative",
    )
    _x(
        "Behavioral round – Glimmerlake Games (Data Engineer, Player Insights)",
        interview=True,
        company="Glimmerlake Games",
        role="Data Engineer, Player Insights",
        org=("talent@glimmerlake.gg", "Glimmerlake Talent"),
        att=[
            person("h.osei@glimmerlake.gg", "Hector Osei"),
            person("r.bianchi@glimmerlake.gg", "Rita Bianchi"),
        ],
        meet="meet",
        desc="Hi Alex! Your next interview is a 45-minute behavioral conversation with Hector (Director of Analytics) and Rita (Senior DE). Expect questions on collaboration, conflict and ownership.",
    )
    _x(
        "Internal interview – Staff Engineer, Payments Platform (Alex Rivera)",
        interview=True,
        company="Initech",
        role="Staff Engineer, Payments Platform",
        me=WORK_ME,
        org=("internal.mobility@initech.com", "Initech Internal Mobility"),
        att=[person("g.hartmann@initech.com", "Greta Hartmann")],
        meet="meet",
        desc="Hi Alex, thanks for applying internally to Staff Engineer, Payments Platform. This is your hiring manager interview with Greta Hartmann (45 min). Your current manager has been notified per our internal transfer policy.",
    )
    _x(
        "Northwind Freight – final round (Director of Data)",
        interview=True,
        company="Northwind Freight",
        role="Director of Data",
        org=("ceo.office@northwindfreight.com", "Carla Jensen"),
        att=[person("coo@northwindfreight.com", "Peter Vance")],
        loc="Northwind Freight HQ, Boardroom",
        desc="Final interview with our COO and CEO. Please bring your 90-day plan (10 slides max).",
    )
    _x(
        "Chat w/ Ben (eng manager) – Rowan Robotics",
        interview=True,
        company="Rowan Robotics",
        role=None,
        org=("ben.tsai@rowanrobotics.com", "Ben Tsai"),
        meet="meet",
        desc="Hey Alex — great to connect via Dev. Let's chat about the data team I'm building and whether there's a fit. Informal, but I'll share where we are in the hiring process.",
    )
    _x(
        "Rowan Robotics – take-home review with interviewers",
        interview=True,
        company="Rowan Robotics",
        role="Senior Data Engineer",
        org=("ben.tsai@rowanrobotics.com", "Ben Tsai"),
        att=[person("lin.zhou@rowanrobotics.com", "Lin Zhou")],
        meet="meet",
        desc="Walk us through your take-home (sensor ingestion pipeline) for the Senior Data Engineer role. We'll ask follow-ups and extend it live. 60 min.",
    )
    _x(
        "Lever: Interview Confirmation – Cobalt Ridge Energy",
        interview=True,
        company="Cobalt Ridge Energy",
        role="Analytics Engineer",
        org=("no-reply@hire.lever.co", "Cobalt Ridge Energy"),
        desc="Hi Alex,\n\nYour interview for Analytics Engineer at Cobalt Ridge Energy is confirmed.\n\nInterviewers: Maria Gonzales, Ted Akers\nDuration: 45 minutes\nLocation: Video call (link below)",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y29iYWx0",
        ),
    )
    _x(
        "Interview",
        interview=True,
        company="Verdant Health",
        role="Data Engineer",
        org=("recruiting@verdanthealth.com", "Verdant Health Recruiting"),
        meet="meet",
        desc="Verdant Health · Data Engineer · Round 1 (technical screen)\nInterviewer: Kofi Mensah",
    )


def _interviews_traps() -> None:
    _x(
        "Interview – Lecturer in Data Science (ref. NU-4471)",
        interview=True,
        company="Norrvik University",
        role="Lecturer in Data Science",
        org=("hr.recruitment@norrvik.edu", "Norrvik University HR"),
        att=[
            person("a.ahlgren@norrvik.edu", "Prof. Anna Ahlgren"),
            person("s.chowdhury@norrvik.edu", "Dr. Sabrina Chowdhury"),
        ],
        loc="School of Computing, Room 2.07 (Senate Building)",
        desc="Dear Alex Rivera,\n\nFollowing the shortlisting for the post of Lecturer in Data Science (ref. NU-4471), you are invited to interview. The day consists of a 20-minute teaching presentation to students and staff, followed by a 45-minute panel interview. Travel expenses will be reimbursed.\n\nHuman Resources, Norrvik University",
    )
    _x(
        "Interview at The Daily Ledger – Data Reporter (newsroom)",
        interview=True,
        company="The Daily Ledger",
        role="Data Reporter",
        org=("m.adair@dailyledger.com", "Megan Adair"),
        att=[person("editor.data@dailyledger.com", "Curtis Vale")],
        loc="The Daily Ledger newsroom, 4th floor, 90 Press Row",
        desc="Hi Alex — following our chat when I interviewed you for the privacy piece, I'm glad you applied for the Data Reporter opening. You'll meet Curtis (data desk editor) and me for an hour, plus a short data-story pitch exercise.",
    )
    _x(
        "Interview – IT Systems Officer (locally engaged staff), Consulate General",
        interview=True,
        company="Consulate General of Norway",
        role="IT Systems Officer",
        org=(
            "recruitment.consulate@mfa-careers.no",
            "Consulate General of Norway – Administration",
        ),
        loc="Consulate General of Norway, staff entrance, 2nd floor",
        desc="Dear Mr Rivera,\n\nThank you for your application for the position of IT Systems Officer (locally engaged staff). We invite you to an interview with the panel. Please bring photo ID for security screening at the entrance; this is not a visa appointment.",
    )
    _x(
        "User interview (ha) – UX Researcher role @ Pollen Labs",
        interview=True,
        company="Pollen Labs",
        role="UX Researcher",
        org=("people@pollenlabs.co", "Pollen Labs People"),
        att=[person("ines@pollenlabs.co", "Inês Carvalho")],
        meet="meet",
        desc="Hi Alex, this is your portfolio interview for the UX Researcher role. Please walk Inês (Head of Research) through one research study you led end to end, including how you recruited participants and ran interviews. 60 minutes.",
    )
    _x(
        "Clinical Data Analyst – interview, St. Benedict's Hospital",
        interview=True,
        company="St. Benedict's Hospital",
        role="Clinical Data Analyst",
        org=("talentacquisition@stbenedicts.org", "St. Benedict's Talent Acquisition"),
        loc="St. Benedict's Hospital, Admin Building, Conference Room 3",
        desc="Thank you for your interest in employment with St. Benedict's. Your interview for Clinical Data Analyst (Req #58812) is scheduled with the Director of Health Informatics. Please check in at the Admin Building reception. Parking validated.",
    )
    _x(
        "Admissions interview?? no — job interview: Admissions Systems Analyst, Hollisford College",
        interview=True,
        company="Hollisford College",
        role="Admissions Systems Analyst",
        desc="NOT Maya's thing — this is MY interview with Hollisford's Office of Admissions for the Admissions Systems Analyst job (Slate CRM + reporting). Panel of 3, 1 hour. Zoom link in the HR email.",
        conf=("Zoom Meeting", "https://hollisford.zoom.us/j/92213307741"),
    )
    _x(
        "Audio Data Engineer – interview with Soundfold (podcast platform)",
        interview=True,
        company="Soundfold",
        role="Audio Data Engineer",
        org=("jobs@soundfold.fm", "Soundfold Hiring"),
        loc="https://riverside.fm/studio/soundfold-hiring",
        desc="Hi Alex! We run our interviews on our own studio tool, so you'll join via the Riverside link. 45-min technical conversation about podcast analytics pipelines with our Head of Data.",
    )
    _x(
        "KWBR – Digital Producer interview",
        interview=True,
        company="KWBR",
        role="Digital Producer",
        loc="KWBR studios, 1500 Broadcast Way",
        desc="Tanya (the producer from my radio segment) told me about the opening. Interview with the station manager and digital lead. Bring portfolio links on the iPad.",
    )
    _x(
        "Part-time Instructor interview – Codeforge Bootcamp (teaching demo)",
        interview=True,
        company="Codeforge Bootcamp",
        role="Part-time Instructor",
        org=("instructors@codeforge.school", "Codeforge Instructional Team"),
        conf=("Zoom Meeting", "https://codeforge.zoom.us/j/81190022344"),
        desc="Hi Alex, thanks for applying to teach with us! This interview includes a 15-minute teaching demo on SQL joins followed by a conversation with our Lead Instructor.",
    )
    _x(
        "Interview: Network & Data Manager – Oakridge Academy",
        interview=True,
        company="Oakridge Academy",
        role="Network & Data Manager",
        org=("hr@oakridgeacademy.org.uk", "Oakridge Academy HR"),
        loc="Oakridge Academy, Bursar's Office",
        desc="Dear Alex,\n\nWe are pleased to invite you to interview for the post of Network & Data Manager (support staff). The interview will include a short practical task and a panel interview with the Bursar and the Head of IT. Safeguarding: please bring original ID and qualification certificates.",
    )
    _x(
        "Research Software Engineer – interview (Norrvik Institute for Climate Studies)",
        interview=True,
        company="Norrvik Institute for Climate Studies",
        role="Research Software Engineer",
        org=("jobs@nics-climate.org", "NICS Recruitment"),
        att=[person("k.berglund@nics-climate.org", "Karin Berglund")],
        conf=("Zoom Meeting", "https://nics.zoom.us/j/97101229930"),
        desc="Dear Alex,\n\nThe selection committee would like to interview you for the Research Software Engineer position (fixed-term 3 years). Please prepare a 10-minute talk about a software project you maintained. Interview: 50 minutes.",
    )
    _x(
        "Haddad Immigration Law – Legal Tech Developer (interview)",
        interview=True,
        company="Haddad Immigration Law",
        role="Legal Tech Developer",
        org=("r.haddad@haddadimmigration.com", "Rana Haddad"),
        conf=("Zoom Meeting", "https://us06web.zoom.us/j/88123911020"),
        desc="Hi Alex — separate from your family's case: as mentioned, we're hiring a Legal Tech Developer to build our case-management automations. Would love to interview you for it. 45 min with me and our operations manager.",
    )
    _x(
        "Mock interview?? No – REAL final round at Fennick Labs",
        interview=True,
        company="Fennick Labs",
        role="Backend Engineer",
        desc="Don't confuse with Dev's mock on Thursday. This is the Fennick Labs final round: architecture + values interview with the VP Eng. Video link in the recruiter email.",
        meet="meet",
    )
    _x(
        "Assessment centre – Harrowgate Bank graduate-to-experienced hire day",
        interview=True,
        company="Harrowgate Bank",
        role="Data Engineer, Risk Platform",
        loc="Harrowgate Bank, 1 Lombard Court, Level 2 Assessment Suite",
        desc="Assessment centre: group exercise (09:30), written case (11:00), competency interview with two assessors (14:00). Bring passport for building security.",
    )
    _x(
        "Interview for podcast host? No — 'Data Engineering Manager' at Pipelines Media",
        interview=True,
        company="Pipelines Media",
        role="Data Engineering Manager",
        org=("founders@pipelinesmedia.co", "Pipelines Media"),
        meet="meet",
        desc="Hi Alex, after you were a guest on our show we'd like to talk about the Data Engineering Manager role at Pipelines Media (the company behind the podcast). 45 min with both founders.",
    )


def _interviews_world() -> None:
    _x(
        "Vorstellungsgespräch – Senior Data Engineer (m/w/d) bei Kranich Logistik",
        interview=True,
        company="Kranich Logistik",
        role="Senior Data Engineer (m/w/d)",
        org=("karriere@kranich-logistik.de", "Kranich Logistik Recruiting"),
        att=[person("t.albers@kranich-logistik.de", "Thomas Albers")],
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_a3JhbmljaA",
        ),
        desc="Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung. Gerne laden wir Sie zu einem ersten Kennenlerngespräch mit Herrn Albers (Teamleiter Data) ein. Dauer: ca. 45 Minuten.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team",
    )
    _x(
        "Probearbeitstag Wolkenwerk GmbH",
        interview=True,
        company="Wolkenwerk",
        role="Backend-Entwickler",
        loc="Wolkenwerk GmbH, Torstraße 140, 2. OG",
        desc="Probearbeiten als Backend-Entwickler: 10–16 Uhr, Pairing mit dem Team, danach Feedbackrunde mit der Geschäftsführung. Laptop mitbringen.",
    )
    _x(
        "Zweitgespräch Fachbereich – Helvion AG",
        interview=True,
        company="Helvion AG",
        role="Lead Data Architect",
        org=("talent@helvion.ch", "Helvion Talent Acquisition"),
        desc="Zweites Gespräch für die Position Lead Data Architect mit dem Fachbereich (CIO + Head of Analytics). Inhalte: Architektur-Case, Führungserfahrung. Ort: Zürich, Empfang Haus B.",
        loc="Helvion AG, Haus B, Zürich",
    )
    _x(
        "Entretien RH – Ingénieur Data (Maison Corbel)",
        interview=True,
        company="Maison Corbel",
        role="Ingénieur Data",
        org=("recrutement@maisoncorbel.fr", "Maison Corbel – Recrutement"),
        meet="meet",
        desc="Bonjour Alex,\n\nSuite à votre candidature au poste d'Ingénieur Data, nous vous proposons un premier entretien RH de 30 minutes avec Sophie Garnier.\n\nBien cordialement,\nL'équipe Recrutement",
    )
    _x(
        "Entretien technique + étude de cas – Lignéa",
        interview=True,
        company="Lignéa",
        role="Lead Data Engineer",
        desc="Entretien technique pour le poste de Lead Data Engineer chez Lignéa : étude de cas pipeline temps réel (1h) puis échange avec le CTO. À Lyon, bureaux Part-Dieu.",
        loc="Lignéa, 12 rue Garibaldi, Lyon",
    )
    _x(
        "Entretien final avec la DG – Ostrea Santé",
        interview=True,
        company="Ostrea Santé",
        role="Responsable Data",
        org=("dg@ostrea-sante.fr", "Claire Dumas"),
        desc="Dernier entretien pour le poste de Responsable Data, avec Claire Dumas (Directrice Générale). Présentation de votre vision pour l'équipe (15 min) puis questions.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_b3N0cmVh",
        ),
    )
    _x(
        "Entrevista – Ingeniero/a de Datos en Grupo Alcaraz",
        interview=True,
        company="Grupo Alcaraz",
        role="Ingeniero/a de Datos",
        org=("seleccion@grupoalcaraz.es", "Selección Grupo Alcaraz"),
        desc="Hola Alex:\n\nTe confirmamos la entrevista para la vacante de Ingeniero/a de Datos. Será con Marta Ibáñez (Responsable de Datos) y durará unos 45 minutos.\n\nUn saludo,\nEquipo de Selección",
        meet="meet",
    )
    _x(
        "Entrevista técnica (prueba en vivo) – Nubaria",
        interview=True,
        company="Nubaria",
        role="Desarrollador Backend Senior",
        desc="Prueba técnica en vivo con dos ingenieros de Nubaria, puesto Desarrollador Backend Senior. Compartir pantalla, Python. 1h15.",
        conf=("Zoom Meeting", "https://nubaria.zoom.us/j/83312200918"),
    )
    _x(
        "Entrevista com gestor – Engenheiro de Dados Sênior (Ipê Pagamentos)",
        interview=True,
        company="Ipê Pagamentos",
        role="Engenheiro de Dados Sênior",
        org=("talentos@ipepagamentos.com.br", "Talentos Ipê"),
        att=[person("rafael.lima@ipepagamentos.com.br", "Rafael Lima")],
        meet="meet",
        desc="Olá Alex, tudo bem?\n\nConfirmamos sua entrevista com o Rafael Lima, gestor da área de Dados, para a vaga de Engenheiro de Dados Sênior. Duração: 1 hora.\n\nAbraços,\nTime de Talentos",
    )
    _x(
        "Entrevista – Marés Tecnologia (Lisboa)",
        interview=True,
        company="Marés Tecnologia",
        role=None,
        loc="Marés Tecnologia, Av. da Liberdade 190, Lisboa",
        desc="Primeira entrevista presencial. Levar CV impresso.",
    )
    _x(
        "Colloquio conoscitivo – Data Engineer presso Vela Assicurazioni",
        interview=True,
        company="Vela Assicurazioni",
        role="Data Engineer",
        org=("selezione@velaassicurazioni.it", "Ufficio Selezione Vela"),
        desc="Gentile Alex,\n\ncon la presente le confermiamo il colloquio conoscitivo per la posizione di Data Engineer. Il colloquio si terrà su Microsoft Teams con la dott.ssa Ferri (HR) e l'ing. Conti.\n\nCordiali saluti",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_dmVsYQ",
        ),
    )
    _x(
        "Secondo colloquio tecnico – Borgo Digitale",
        interview=True,
        company="Borgo Digitale",
        role="Senior Backend Engineer",
        desc="Secondo colloquio (tecnico) per Senior Backend Engineer con il CTO. Esercizio di system design.",
        loc="Borgo Digitale, via Tortona 27, Milano",
    )
    _x(
        "Sollicitatiegesprek – Data Engineer bij Dijkstra Mobiliteit",
        interview=True,
        company="Dijkstra Mobiliteit",
        role="Data Engineer",
        org=("werving@dijkstramobiliteit.nl", "Werving & Selectie Dijkstra"),
        desc="Beste Alex,\n\nBedankt voor je sollicitatie. Graag nodigen we je uit voor een eerste gesprek met Evelien (teamlead Data) en Joris (recruiter). Het gesprek duurt ongeveer een uur.\n\nMet vriendelijke groet",
        loc="Dijkstra Mobiliteit, Stationsplein 8, Utrecht",
    )
    _x(
        "Tweede ronde + technische opdracht bespreken – Tulpwerk",
        interview=True,
        company="Tulpwerk",
        role="Platform Engineer",
        meet="meet",
        desc="Bespreking van de thuisopdracht met twee engineers van Tulpwerk (Platform Engineer). Daarna kennismaking met de CTO.",
    )
    _x(
        "Rozmowa rekrutacyjna – Senior Data Engineer (Wisła Software)",
        interview=True,
        company="Wisła Software",
        role="Senior Data Engineer",
        org=("rekrutacja@wislasoftware.pl", "Zespół Rekrutacji Wisła Software"),
        meet="meet",
        desc="Dzień dobry,\n\ndziękujemy za aplikację na stanowisko Senior Data Engineer. Zapraszamy na rozmowę rekrutacyjną z Tech Leadem (ok. 60 min).\n\nPozdrawiamy,\nZespół Rekrutacji",
    )
    _x(
        "Rozmowa techniczna – Kormoran Bank",
        interview=True,
        company="Kormoran Bank",
        role=None,
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_a29ybW9yYW4",
        ),
        desc="Etap techniczny: SQL + Spark, 90 min. Dwóch rekruterów technicznych.",
    )
    _x(
        "Intervju – Dataingenjör på Fjällvind AB",
        interview=True,
        company="Fjällvind AB",
        role="Dataingenjör",
        org=("rekrytering@fjallvind.se", "Fjällvind Rekrytering"),
        att=[person("oskar.nyberg@fjallvind.se", "Oskar Nyberg")],
        meet="meet",
        desc="Hej Alex!\n\nTack för din ansökan till tjänsten som Dataingenjör. Vi bjuder in dig till en första intervju med Oskar (chef för dataplattformen). Intervjun tar ca 45 minuter.\n\nVänliga hälsningar",
    )
    _x(
        "Slutintervju + referenser – Norrsken Energi",
        interview=True,
        company="Norrsken Energi",
        role="Teknisk projektledare, data",
        desc="Slutintervju för tjänsten Teknisk projektledare, data. Träffar VD och HR. Ta med två referenser.",
        loc="Norrsken Energi, Kungsgatan 30, Stockholm",
    )
    _x(
        "İş görüşmesi – Veri Mühendisi (Lale Teknoloji)",
        interview=True,
        company="Lale Teknoloji",
        role="Veri Mühendisi",
        org=("ik@laleteknoloji.com.tr", "Lale Teknoloji İK"),
        desc="Merhaba Alex,\n\nVeri Mühendisi pozisyonu için yaptığınız başvuru kapsamında sizi Mühendislik Müdürümüz Can Yılmaz ile bir görüşmeye davet ediyoruz. Süre: 45 dakika.\n\nSaygılarımızla,\nİnsan Kaynakları",
        meet="meet",
    )
    _x(
        "Teknik mülakat – Boğaziçi Yazılım",
        interview=True,
        company="Boğaziçi Yazılım",
        role="Kıdemli Backend Geliştirici",
        desc="Kıdemli Backend Geliştirici pozisyonu için canlı kodlama mülakatı. Go veya Python. 60 dk, Zoom.",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/86671200543"),
    )
    _x(
        "一次面接：データエンジニア（株式会社ミナトシステムズ）",
        interview=True,
        company="株式会社ミナトシステムズ",
        role="データエンジニア",
        org=("saiyo@minato-systems.co.jp", "ミナトシステムズ 採用担当"),
        desc="アレックス・リベラ様\n\nこの度はデータエンジニア職にご応募いただき、誠にありがとうございます。一次面接の日程が確定しましたのでご連絡いたします。面接官：開発部 部長 佐藤\n所要時間：約60分（オンライン）\n\n何卒よろしくお願いいたします。",
        meet="meet",
    )
    _x(
        "最終面接 – ソラノ株式会社（役員面接）",
        interview=True,
        company="ソラノ株式会社",
        role="テックリード",
        loc="ソラノ株式会社 本社 12階 受付",
        desc="テックリード職の最終面接（役員面接）。持ち物：履歴書・職務経歴書（印刷）。受付で人事の山本さんを呼び出す。",
    )
    _x(
        "面试：高级数据工程师 – 青禾科技（技术一面）",
        interview=True,
        company="青禾科技",
        role="高级数据工程师",
        org=("hr@qinghe-tech.cn", "青禾科技 招聘组"),
        desc="Alex 您好，\n\n感谢您投递高级数据工程师岗位。现邀请您参加技术一面，面试官为数据平台负责人王磊，时长约60分钟，腾讯会议号：482 119 305。\n\n青禾科技 招聘组",
        loc="腾讯会议 482 119 305",
    )
    _x(
        "HR面 + 谈薪前沟通 – 远帆数据",
        interview=True,
        company="远帆数据",
        role="数据架构师",
        desc="远帆数据 数据架构师 岗位 HR面（终面）。了解团队、期望薪资、到岗时间。",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/85523009917"),
    )
    _x(
        "[한빛페이] 데이터 엔지니어 1차 면접 안내",
        interview=True,
        company="한빛페이",
        role="데이터 엔지니어",
        org=("recruit@hanbitpay.co.kr", "한빛페이 채용팀"),
        desc="안녕하세요, Alex Rivera 님.\n\n한빛페이 데이터 엔지니어 포지션에 지원해 주셔서 감사합니다. 1차 기술 면접 일정을 안내드립니다. 면접관: 데이터플랫폼팀 리드 외 1인, 소요 시간: 약 60분(화상).\n\n한빛페이 채용팀 드림",
        meet="meet",
    )
    _x(
        "임원 면접 – 누리소프트",
        interview=True,
        company="누리소프트",
        role=None,
        loc="누리소프트 판교 사옥 7층",
        desc="최종 임원 면접. 신분증 지참, 로비에서 방문증 발급.",
    )
    _x(
        "Interview – Infolabs (Data Engineer) – HR round",
        interview=True,
        company="Infolabs",
        role="Data Engineer",
        org=("careers@infolabs.in", "Infolabs Talent Team"),
        desc="Hi Alex, aapka HR round schedule ho gaya hai. Please 5 min pehle join karein. Documents: last 3 payslips, relieving letter. Regards, Infolabs Talent Team",
        meet="meet",
    )
    _x(
        "Technical round – Kesari Fintech (Bangalore team)",
        interview=True,
        company="Kesari Fintech",
        role="Senior Data Engineer",
        desc="Kesari Fintech ka technical round — Senior Data Engineer. Spark + system design. Neha (recruiter) ne bola 2 panelists honge. Notice period ke baare mein poochenge.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_a2VzYXJp",
        ),
    )
    _x(
        "مقابلة عمل – مهندس بيانات (شركة الواحة الرقمية)",
        interview=True,
        company="الواحة الرقمية",
        role="مهندس بيانات",
        org=("hr@alwaha-digital.ae", "الموارد البشرية – الواحة الرقمية"),
        desc="السيد أليكس ريفيرا المحترم،\n\nيسعدنا دعوتكم لإجراء مقابلة عمل لوظيفة مهندس بيانات مع مدير الهندسة. مدة المقابلة حوالي 45 دقيقة عبر Microsoft Teams.\n\nمع خالص التحية،\nإدارة الموارد البشرية",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_YWx3YWhh",
        ),
    )
    _x(
        "Phỏng vấn vòng 2 – Kỹ sư dữ liệu (Sen Vàng Tech)",
        interview=True,
        company="Sen Vàng Tech",
        role="Kỹ sư dữ liệu",
        org=("tuyendung@senvangtech.vn", "Phòng Tuyển dụng Sen Vàng"),
        desc="Chào anh Alex,\n\nCông ty Sen Vàng Tech trân trọng mời anh tham gia phỏng vấn vòng 2 cho vị trí Kỹ sư dữ liệu với Trưởng phòng Kỹ thuật. Thời lượng: 60 phút, qua Google Meet.\n\nTrân trọng.",
        meet="meet",
    )
    _x(
        "ראיון עבודה – מהנדס/ת דאטה, חברת גפן אנליטיקס",
        interview=True,
        company="גפן אנליטיקס",
        role="מהנדס/ת דאטה",
        org=("jobs@gefen-analytics.co.il", "גפן אנליטיקס – גיוס"),
        desc="היי אלכס,\n\nתודה על הגשת המועמדות למשרת מהנדס/ת דאטה. נשמח לקבוע ראיון ראשון עם ראש צוות הדאטה, כשעה, בזום.\n\nבהצלחה!",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/81004422187"),
    )
    _x(
        "ראיון טכני – Tamar Cyber (Backend)",
        interview=True,
        company="Tamar Cyber",
        role="Backend Engineer",
        loc="Tamar Cyber, Rothschild 45, Tel Aviv, floor 9",
        desc="ראיון טכני פרונטלי למשרת Backend Engineer: שאלת קוד על הלוח + תכנון מערכת. להגיע 10 דק' לפני.",
    )
