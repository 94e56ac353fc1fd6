# ruff: noqa: E501 -- data: event texts as written
"""Written by an independent author (round 9, part b) from general knowledge of how real
calendars look. Three lives in one calendar: a finance/consulting graduate applying to banks,
Big-4 firms, consultancies and asset managers in London, Frankfurt, Paris, Singapore, Hong Kong,
Dubai and New York (HireVue, superdays, case and partner rounds, assessment centres,
psychometric tests, and the networking evenings, fairs, prep and visa appointments around
them); a senior software/product person interviewing in Scandinavia, the Baltics, Israel, India
and Japan (take-homes, pair programming, system design, bar raisers, team matching, executive
search, founders' coffees that are and are not interviews) next to the same words on the
Initech work calendar; and a freelancer whose client discovery calls, agency intakes and sales
calls sit beside real contract-role interviews. Outlook/Teams HTML, Zoom, Meet, Calendly,
Cal.com, Bookings and ATS texts; FW:/Updated/Canceled prefixes; several languages."""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="author9b", **kw)


def _teams(meeting_id: str, passcode: str, lang: str = "en") -> str:
    """The block Outlook appends to a Teams meeting invitation."""
    line = "________________________________________________________________________________"
    url = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{meeting_id.replace(' ', '')}%40thread.v2/0"
    if lang == "de":
        return (
            f"<div>{line}</div><div><b>Microsoft Teams-Besprechung</b></div>"
            "<div>Nehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem Raumgerät aus teil.</div>"
            f'<div><a href="{url}">Klicken Sie hier, um an der Besprechung teilzunehmen</a></div>'
            f"<div>Besprechungs-ID: {meeting_id}<br>Kennung: {passcode}</div>"
            '<div><a href="https://aka.ms/JoinTeamsMeeting">Weitere Informationen</a> | '
            '<a href="https://teams.microsoft.com/meetingOptions/">Besprechungsoptionen</a></div>'
            f"<div>{line}</div>"
        )
    if lang == "fr":
        return (
            f"<div>{line}</div><div><b>Réunion Microsoft Teams</b></div>"
            "<div>Rejoindre sur votre ordinateur, application mobile ou appareil de salle</div>"
            f'<div><a href="{url}">Cliquez ici pour participer à la réunion</a></div>'
            f"<div>ID de la réunion : {meeting_id}<br>Code secret : {passcode}</div>"
            '<div><a href="https://aka.ms/JoinTeamsMeeting">En savoir plus</a> | '
            '<a href="https://teams.microsoft.com/meetingOptions/">Options de réunion</a></div>'
            f"<div>{line}</div>"
        )
    return (
        f"<div>{line}</div><div><b>Microsoft Teams meeting</b></div>"
        "<div>Join on your computer, mobile app or room device</div>"
        f'<div><a href="{url}">Click here to join the meeting</a></div>'
        f"<div>Meeting ID: {meeting_id}<br>Passcode: {passcode}</div>"
        '<div><a href="https://www.microsoft.com/en-us/microsoft-teams/download-app">Download Teams</a> | '
        '<a href="https://www.microsoft.com/microsoft-teams/join-a-meeting">Join on the web</a></div>'
        '<div><a href="https://aka.ms/JoinTeamsMeeting">Learn More</a> | '
        '<a href="https://teams.microsoft.com/meetingOptions/">Meeting options</a></div>'
        f"<div>{line}</div>"
    )


def _teams_conf(meeting_id: str) -> tuple[str, str]:
    return (
        "Microsoft Teams Meeting",
        f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{meeting_id.replace(' ', '')}%40thread.v2/0",
    )


def _zoom(host: str, mid: str, pwd: str, who: str) -> str:
    """Plain-text Zoom invitation as pasted by the host's Zoom add-on."""
    digits = mid.replace(" ", "")
    return (
        f"{who} is inviting you to a scheduled Zoom meeting.\n\n"
        "Join Zoom Meeting\n"
        f"https://{host}.zoom.us/j/{digits}?pwd={pwd}\n\n"
        f"Meeting ID: {mid}\n"
        f"Passcode: {pwd[:6]}\n\n"
        "---\n\n"
        "One tap mobile\n"
        f"+442034815240,,{digits}# United Kingdom\n"
        f"+13052241968,,{digits}# US\n\n"
        "Join instructions\n"
        f"https://{host}.zoom.us/meetings/{digits}/invitations?signature=x7Qd"
    )


def _zoom_conf(host: str, mid: str) -> tuple[str, str]:
    return ("Zoom Meeting", f"https://{host}.zoom.us/j/{mid.replace(' ', '')}")


def build() -> None:
    _banking_london()
    _big4_frankfurt_paris()
    _consulting()
    _asia_gulf_newyork()
    _graduate_life()
    _nordics_baltics()
    _israel()
    _india()
    _japan()
    _search_and_founders()
    _initech_work()
    _freelance()
    _personal()


# ---------------------------------------------------------------------------------------------
# 1. Finance graduate: London banks and asset managers
# ---------------------------------------------------------------------------------------------


def _banking_london() -> None:
    _x(
        "GS HireVue - IBD Analyst (London) - DUE 23:59",
        # (round 18) relabelled: a self-paced test has no live interviewer to meet or thank
        interview=False,
        all_day=True,
        zone="Europe/London",
        desc=(
            "copied from email:\n\n"
            "Dear Alex,\n\nThank you for your interest in the 2026 New Analyst Program - Investment "
            "Banking Division (London). As the next step, we invite you to complete a HireVue "
            "digital interview. You will be asked 5 questions; you have 30 seconds to prepare and "
            "up to 2 minutes to answer each.\n\nPlease complete within 5 days.\n"
            "https://app.hirevue.com/interviews/Kx82jqA/start\n\nGoldman Sachs Campus Recruiting"
        ),
    )
    _x(
        "aldermoor superday!!! 🙏 2x CV, navy suit",
        interview=True,
        company="Aldermoor Partners",
        all_day=True,
        zone="Europe/London",
    )
    _x(
        "Superday - Aldermoor Partners (M&A Analyst) - Round 1: Technical",
        interview=True,
        company="Aldermoor Partners",
        role="M&A Analyst",
        org=("graduate.recruitment@aldermoorpartners.com", "Aldermoor Graduate Recruitment"),
        att=[
            person("r.okafor@aldermoorpartners.com", "Richard Okafor"),
            person("e.lindqvist@aldermoorpartners.com", "Elin Lindqvist"),
        ],
        loc="Aldermoor Partners, 12 Moorgate, London EC2R 6DA - Reception, 4th floor",
        zone="Europe/London",
        desc=(
            "<p>Dear Alex,</p><p>Please find below the details of your Superday. This first "
            "session is a 45-minute technical interview (accounting, valuation, a short paper LBO) "
            "with two members of the M&amp;A team.</p><p>Please bring photo ID and arrive 15 "
            "minutes early. Calculators will be provided.</p><p>Kind regards,<br>Graduate "
            "Recruitment Team<br>Aldermoor Partners LLP</p>"
        ),
    )
    _x(
        "Superday - Aldermoor Partners (M&A Analyst) - Round 2: Fit interview with MD",
        interview=True,
        company="Aldermoor Partners",
        role="M&A Analyst",
        org=("graduate.recruitment@aldermoorpartners.com", "Aldermoor Graduate Recruitment"),
        att=[person("h.ashworth@aldermoorpartners.com", "Hugo Ashworth")],
        loc="Aldermoor Partners, 12 Moorgate, London EC2R 6DA",
        zone="Europe/London",
        desc=(
            "<p>Round 2 of 3. Behavioural / fit interview with Hugo Ashworth (Managing Director, "
            "Industrials). 30 minutes.</p>"
        ),
    )
    _x(
        "Invitation: Barclays Graduate Programme - Virtual Assessment Centre (Corporate Banking) @ Tue 11 Mar 2025 09:00 - 13:00 (GMT)",
        interview=True,
        company="Barclays",
        role="Corporate Banking Graduate",
        org=("barclays.graduates@barclays.com", "Barclays Early Careers"),
        zone="Europe/London",
        conf=_teams_conf("371 224 980 115"),
        desc=(
            "<p>Dear Candidate,</p><p>Congratulations on progressing to the Virtual Assessment "
            "Centre for the <b>Corporate Banking Graduate</b> programme. The session includes a "
            "group exercise, a case study with presentation and a strengths-based interview.</p>"
            "<p>Please join 10 minutes early with your camera on.</p>"
            + _teams("371 224 980 115", "Hq3kZ9")
        ),
    )
    _x(
        "Graduate Investment Programme - Assessment Centre | Halden Street Asset Management",
        interview=True,
        company="Halden Street Asset Management",
        role="Graduate Investment Analyst",
        org=("earlycareers@haldenstreet.com", "Halden Street Early Careers"),
        att=[person("n.mensah@haldenstreet.com", "Nadia Mensah")],
        loc="1 Halden Street, London EC4M 9AF",
        zone="Europe/London",
        desc=(
            "Hi Alex,\n\nYou're invited to our Assessment Centre for the Graduate Investment "
            "Analyst intake. Agenda:\n09:00 arrival & coffee\n09:30 stock pitch (you will receive "
            "the company 48h before)\n11:00 group exercise\n12:30 lunch with current graduates\n"
            "14:00 interview with two portfolio managers\n\nDress: business.\nNadia, Early Careers"
        ),
    )
    _x(
        "Cappfinity test - Kestrel & Vane grad analyst (deadline Sun)",
        # (round 18) relabelled: a self-paced test has no live interviewer to meet or thank
        interview=False,
        all_day=True,
        zone="Europe/London",
        desc="strengths assessment, ~40 min, link in gmail from kestrelvane@cappfinity.com. do it sat morning, not tired",
    )
    _x(
        "SHL numerical + verbal - Citi ICG Analyst",
        interview=True,
        company="Citi",
        role="ICG Analyst",
        zone="Europe/London",
        desc="online tests sent via Citi careers portal after application #R-2025-00417. allow 1h, quiet room",
    )
    _x(
        "Robert Walters - phone screen re FP&A Analyst (client: Marlowe Insurance)",
        interview=True,
        company="Marlowe Insurance",
        role="FP&A Analyst",
        org=("hannah.quayle@robertwalters.com", "Hannah Quayle"),
        zone="Europe/London",
        desc=(
            "Hi Alex,\n\nAs discussed on LinkedIn, I'll call you on 07700 900 314 to run through the "
            "FP&A Analyst position with my client Marlowe Insurance (Lime Street, hybrid 3 days). "
            "15-20 mins, just to understand your background and motivation before I submit your CV.\n\n"
            "Hannah Quayle | Senior Consultant, Accountancy & Finance | Robert Walters"
        ),
    )
    _x(
        "Call w/ Ben @ Morgan McKinley - Graduate Fund Accountant role",
        interview=True,
        company="Morgan McKinley",
        role="Graduate Fund Accountant",
        zone="Europe/London",
        desc='he won\'t say who the client is yet ("a top-10 fund administrator in Canary Wharf"). prep: why fund accounting, ACCA plans',
    )
    _x(
        "Canceled: Lazard - First round interview (Financial Advisory Analyst)",
        interview=True,
        company="Lazard",
        role="Financial Advisory Analyst",
        org=("london.recruiting@lazard.com", "Lazard London Recruiting"),
        zone="Europe/London",
        desc=(
            "<p>This meeting has been cancelled. We will be in touch shortly with a new time.</p>"
            "<p>Apologies for any inconvenience.</p>"
        ),
    )
    _x(
        "Interview - Rathbone Ferris Wealth Management Graduate Scheme",
        interview=True,
        company="Rathbone Ferris",
        role="Wealth Management Graduate",
        org=("careers@rathboneferris.co.uk", "Rathbone Ferris Careers"),
        my_status="declined",
        zone="Europe/London",
        loc="8 Finsbury Circus, London",
        desc="Interview for the Wealth Management Graduate Scheme, 45 min with two investment managers.",
    )
    _x(
        "FW: Aldermoor Partners - offer conversation",
        interview=False,
        org=("h.ashworth@aldermoorpartners.com", "Hugo Ashworth"),
        zone="Europe/London",
        desc=(
            "<p>From: Graduate Recruitment<br>Sent: 14 March<br>Subject: Welcome to Aldermoor</p>"
            "<p>Alex - now that your contract is signed, Hugo would like to walk you through "
            "start dates, the training programme in New York and your first staffing. Nothing "
            "to prepare.</p>"
        ),
    )


# ---------------------------------------------------------------------------------------------
# 2. Big-4 and banks in Frankfurt and Paris
# ---------------------------------------------------------------------------------------------


def _big4_frankfurt_paris() -> None:
    _x(
        "Deloitte Assessment Center - Audit & Assurance Einstieg (Frankfurt)",
        interview=True,
        company="Deloitte",
        role="Assistant Audit & Assurance",
        org=("recruiting-frankfurt@deloitte.de", "Deloitte Recruiting"),
        loc="Deloitte GmbH, Europa-Allee 91, 60486 Frankfurt am Main",
        zone="Europe/Berlin",
        desc=(
            "<p>Sehr geehrter Herr Rivera,</p><p>vielen Dank für Ihre Bewerbung als "
            "<b>Assistant Audit &amp; Assurance</b> (m/w/d). Wir freuen uns, Sie zu unserem "
            "Assessment Center einzuladen. Ablauf: Begrüßung, Fallstudie mit Präsentation, "
            "Gruppendiskussion, Einzelinterview mit einer Partnerin.</p><p>Bitte bringen Sie "
            "Ihren Personalausweis mit.</p><p>Mit freundlichen Grüßen<br>Ihr Deloitte Recruiting Team</p>"
        ),
    )
    _x(
        "Telefoninterview KPMG - Consultant Financial Services",
        interview=True,
        company="KPMG",
        role="Consultant Financial Services",
        org=("jkessler@kpmg.com", "Kessler, Julia"),
        zone="Europe/Berlin",
        conf=_teams_conf("392 118 774 603"),
        desc=(
            "<p>Hallo Alex,</p><p>wie besprochen hier die Einladung zu unserem ersten Gespräch "
            "(ca. 30 Minuten) zur Position Consultant Financial Services in Frankfurt.</p>"
            "<p>Viele Grüße<br>Julia Kessler<br>Talent Acquisition | KPMG AG Wirtschaftsprüfungsgesellschaft</p>"
            + _teams("392 118 774 603", "bX7m2P", "de")
        ),
    )
    _x(
        "Vorstellungsgespräch Helaba - Trainee Kreditrisiko",
        interview=True,
        company="Helaba",
        role="Trainee Kreditrisiko",
        loc="MAIN TOWER, Neue Mainzer Str. 52-58, Frankfurt",
        zone="Europe/Berlin",
        desc="2. Runde mit Fachbereich + HR. Ansprechpartner Hr. Dr. Wendt. Lebenslauf ausgedruckt, Zeugnisse!",
    )
    _x(
        "Abgesagt: Interview Commerzbank - Graduate Programme Corporate Clients",
        interview=True,
        company="Commerzbank",
        role="Graduate Programme Corporate Clients",
        org=("talent.acquisition@commerzbank.com", "Commerzbank Talent Acquisition"),
        zone="Europe/Berlin",
        desc="<p>Leider müssen wir den Termin absagen. Wir melden uns mit einem neuen Terminvorschlag.</p>",
    )
    _x(
        "Roland Berger - Partnergespräch (Junior Consultant)",
        interview=True,
        company="Roland Berger",
        role="Junior Consultant",
        org=("recruiting.de@rolandberger.com", "Roland Berger Recruiting"),
        att=[person("matthias.vogt@rolandberger.com", "Matthias Vogt")],
        loc="OpernTurm, Bockenheimer Landstraße 2-4, Frankfurt",
        zone="Europe/Berlin",
        desc="Final round: Fallstudie + persönliches Gespräch mit Matthias Vogt (Partner). 60 min.",
    )
    _x(
        "Deloitte Karriere-Event: Meet & Greet Frankfurt (Audit)",
        interview=False,
        org=("events-de@deloitte.de", "Deloitte Events"),
        loc="Deloitte Frankfurt, Europa-Allee 91",
        zone="Europe/Berlin",
        desc=(
            "<p>Lerne unsere Teams bei Flying Buffet und Drinks kennen - keine Bewerbung "
            "notwendig. Bring deine Fragen mit!</p>"
        ),
    )
    _x(
        "Entretien EY - Transaction Services (Consultant Junior)",
        interview=True,
        company="EY",
        role="Consultant Junior Transaction Services",
        org=("camille.roux@fr.ey.com", "Camille Roux"),
        zone="Europe/Paris",
        conf=_teams_conf("318 550 201 497"),
        desc=(
            "<p>Bonjour Alex,</p><p>Suite à notre échange téléphonique, je vous confirme votre "
            "entretien pour le poste de Consultant Junior en Transaction Services avec Antoine "
            "Lefèvre, Senior Manager.</p><p>Bien cordialement,<br>Camille Roux<br>Chargée de "
            "recrutement, EY France</p>" + _teams("318 550 201 497", "R5tq8Z", "fr")
        ),
    )
    _x(
        "Entretien avec l'associé - Forvis Mazars (auditeur junior)",
        interview=True,
        company="Forvis Mazars",
        role="Auditeur financier junior",
        loc="Tour Exaltis, 61 rue Henri Regnault, La Défense",
        zone="Europe/Paris",
        desc="dernier tour! associé = M. Garnier. relire le rapport annuel + pourquoi l'audit",
    )
    _x(
        "Test de raisonnement en ligne - BNP Paribas CIB (Analyste M&A)",
        interview=True,
        company="BNP Paribas",
        role="Analyste M&A",
        all_day=True,
        zone="Europe/Paris",
        desc="lien reçu de BNP Paribas Recrutement, à faire avant vendredi 23h59. 3 tests (numérique, logique, verbal)",
    )
    _x(
        "Updated invitation: Final round - Rothschild & Co - M&A Analyst (Paris) @ Thu 3 Apr 2025 14:00 - 17:30 (CEST)",
        interview=True,
        company="Rothschild & Co",
        role="M&A Analyst",
        org=("recrutement.paris@rothschildandco.com", "Rothschild & Co Recrutement"),
        att=[
            person("pierre.delorme@rothschildandco.com", "Pierre Delorme"),
            person("ines.bakri@rothschildandco.com", "Inès Bakri", status="needsAction"),
        ],
        loc="Rothschild & Co, 29 avenue de Messine, 75008 Paris",
        zone="Europe/Paris",
        desc=(
            "This event has been changed.\nWhen: changed to 14:00 - 17:30\n\n"
            "Three back-to-back interviews (associate, director, managing partner). Interviews "
            "may be held in French or English."
        ),
    )
    _x(
        "Forum HEC - stand EY / Mazars / Rothschild",
        interview=False,
        loc="HEC Paris, Jouy-en-Josas",
        zone="Europe/Paris",
        desc="forum entreprises. CVs x15, faire le tour des stands, demander contacts RH",
    )
    _x(
        "Annulé : Afterwork alumni Dauphine x BNP Paribas",
        interview=False,
        org=("alumni@dauphine.eu", "Dauphine Alumni"),
        zone="Europe/Paris",
        loc="Le Perchoir, Paris 11e",
        desc="<p>L'afterwork est annulé en raison des grèves. Nous vous recontacterons.</p>",
    )


# ---------------------------------------------------------------------------------------------
# 3. Consulting: MBB, tier-2, boutiques
# ---------------------------------------------------------------------------------------------


def _consulting() -> None:
    _x(
        "McKinsey First Round - Interview 1 (PEI + case) - Business Analyst",
        interview=True,
        company="McKinsey",
        role="Business Analyst",
        org=("london_recruiting@mckinsey.com", "McKinsey London Recruiting"),
        att=[person("sanjay_rao@mckinsey.com", "Sanjay Rao")],
        zone="Europe/London",
        conf=_zoom_conf("mckinsey", "953 4410 2287"),
        desc=_zoom("mckinsey", "953 4410 2287", "Qm9VzT2x", "McKinsey London Recruiting"),
    )
    _x(
        "McKinsey First Round - Interview 2 - Business Analyst",
        interview=True,
        company="McKinsey",
        role="Business Analyst",
        org=("london_recruiting@mckinsey.com", "McKinsey London Recruiting"),
        att=[person("clara_weiss@mckinsey.com", "Clara Weiss")],
        zone="Europe/London",
        conf=_zoom_conf("mckinsey", "953 4410 2290"),
        desc=_zoom("mckinsey", "953 4410 2290", "Lp2aRt6s", "McKinsey London Recruiting"),
    )
    _x(
        "BCG Casey case - do by Fri!!",
        interview=True,
        company="BCG",
        all_day=True,
        zone="Europe/London",
        desc="online chatbot case, ~25 min, link in email from BCG London recruiting. calculator + paper",
    )
    _x(
        "Bain & Company | Associate Consultant | Second round interviews (Singapore)",
        interview=True,
        company="Bain & Company",
        role="Associate Consultant",
        org=("recruiting.singapore@bain.com", "Bain Singapore Recruiting"),
        att=[
            person("wei.ling.tan@bain.com", "Wei Ling Tan"),
            person("marcus.hoffmann@bain.com", "Marcus Hoffmann"),
        ],
        loc="Bain & Company, 38 Beach Road, South Beach Tower #15-11, Singapore",
        zone="Asia/Singapore",
        desc=(
            "<p>Hi Alex,</p><p>Thank you for your time in the first round. We are pleased to invite "
            "you to the second round for the Associate Consultant role: two case interviews with "
            "partners, each 50 minutes, followed by a short wrap-up with recruiting.</p>"
        ),
    )
    _x(
        "OW partner round 🤞🤞",
        interview=True,
        company="Oliver Wyman",
        zone="Europe/London",
        loc="55 Baker St",
        desc="final. partner = Fiona M (FS practice). case likely insurance/pricing. ask about secondments",
    )
    _x(
        "Crestline Strategy - case interview (Associate)",
        interview=True,
        company="Crestline Strategy",
        role="Associate",
        org=("talent@crestlinestrategy.com", "Crestline Talent"),
        att=[person("dom.price@crestlinestrategy.com", "Dominic Price")],
        zone="Europe/London",
        meet="meet",
        desc="Interviewer-led case (PE due diligence flavour) + 10 min of your questions. Please have pen & paper to hand.",
    )
    _x(
        "Mock case w/ Priya (ex-Bain) - profitability",
        interview=False,
        org=("priya.n.shah@gmail.com", "Priya Shah"),
        att=[person("priya.n.shah@gmail.com", "Priya Shah")],
        zone="Europe/London",
        meet="meet",
        desc="she'll give me a Bain-style interviewee-led case, then feedback. bring my framework sheet",
    )
    _x(
        "Consulting Society - case drills (market sizing)",
        interview=False,
        loc="LSE Marshall Building, room 2.04",
        zone="Europe/London",
    )
    _x(
        "McKinsey Insight Event: Women in Consulting (virtual)",
        interview=False,
        org=("events@mckinsey.com", "McKinsey Events"),
        zone="Europe/London",
        conf=_zoom_conf("mckinsey", "917 2201 5532"),
        desc=(
            "Thank you for registering for our Insight Event. Hear from consultants across our "
            "London office about their journeys, followed by breakout rooms. This is not part of "
            "the application process.\n\n"
            + _zoom("mckinsey", "917 2201 5532", "Ev8nt5Qa", "McKinsey Events")
        ),
    )
    _x(
        "BCG London - coffee chat with consultants (pre-application)",
        interview=False,
        org=("london.recruiting@bcg.com", "BCG London Recruiting"),
        zone="Europe/London",
        conf=_teams_conf("355 908 221 640"),
        desc=(
            "<p>Small-group coffee chats for students considering applying for the 2026 intake. "
            "Informal - ask anything about life at BCG.</p>" + _teams("355 908 221 640", "Cf9Hx1")
        ),
    )


# ---------------------------------------------------------------------------------------------
# 4. Singapore, Hong Kong, Dubai/Abu Dhabi, New York
# ---------------------------------------------------------------------------------------------


def _asia_gulf_newyork() -> None:
    _x(
        "Merlion Capital Partners - 1st round - Investment Analyst",
        interview=True,
        company="Merlion Capital Partners",
        role="Investment Analyst",
        org=("hr@merlioncap.sg", "Merlion Capital HR"),
        att=[person("kenneth.goh@merlioncap.sg", "Kenneth Goh")],
        zone="Asia/Singapore",
        conf=_zoom_conf("us06web", "861 2293 0411"),
        desc=_zoom("us06web", "861 2293 0411", "Mrl1onQz", "Merlion Capital HR"),
    )
    _x(
        "Temasek Associate Programme - online assessment (game-based)",
        interview=True,
        company="Temasek",
        role="Associate",
        all_day=True,
        zone="Asia/Singapore",
        desc="game-based assessment link from Temasek Talent, 30 min, complete within 7 days of invite",
    )
    _x(
        "HSBC Global Banking Graduate Programme - Virtual Assessment Centre (Hong Kong) 滙豐虛擬評估中心",
        interview=True,
        company="HSBC",
        role="Global Banking Graduate",
        org=("graduates.hk@hsbc.com.hk", "HSBC Graduate Recruitment HK"),
        zone="Asia/Hong_Kong",
        conf=_teams_conf("344 019 552 870"),
        desc=(
            "<p>Dear Alex,</p><p>您好！We are pleased to invite you to the Virtual Assessment Centre "
            "for the Global Banking Graduate Programme. 評估包括小組討論、個案分析及個人面試。</p>"
            + _teams("344 019 552 870", "Hk8sBc")
        ),
    )
    _x(
        "面試 - 九龍灣資產管理 Junior Research Analyst",
        interview=True,
        company="Kowloon Bay Asset Management",
        role="Junior Research Analyst",
        loc="18/F, Two IFC, 8 Finance Street, Central",
        zone="Asia/Hong_Kong",
        desc="Kowloon Bay Asset Mgmt, 2nd interview w/ CIO Mr Chan. 帶兩份履歷. stock pitch: 1 HK-listed name",
    )
    _x(
        "HKUST alumni mixer - Central",
        interview=False,
        loc="Lan Kwai Fong, Central",
        zone="Asia/Hong_Kong",
        desc="bankers & AM people, good for contacts. business cards!",
    )
    _x(
        "Emirates NBD - Graduate Programme (Wholesale Banking) - Interview",
        interview=True,
        company="Emirates NBD",
        role="Wholesale Banking Graduate",
        org=("talent.acquisition@emiratesnbd.com", "Emirates NBD Talent Acquisition"),
        zone="Asia/Dubai",
        conf=_teams_conf("311 730 662 094"),
        desc=(
            "<p>Dear Alex,</p><p>We are pleased to invite you for an interview (مقابلة) for the "
            "Wholesale Banking Graduate Programme.</p>" + _teams("311 730 662 094", "EnB4dX")
        ),
    )
    _x(
        "مقابلة عمل - بنك المشرق - Financial Analyst",
        interview=True,
        company="Mashreq",
        role="Financial Analyst",
        loc="Mashreq Global HQ, Burj Khalifa District, Dubai",
        zone="Asia/Dubai",
        desc="مقابلة مع مدير المالية. bring passport copy + degree certificate (attested?)",
    )
    _x(
        "Mubadala - Investment Associate - Final round (in person, Abu Dhabi)",
        interview=True,
        company="Mubadala",
        role="Investment Associate",
        org=("careers@mubadala.ae", "Mubadala Careers"),
        att=[person("s.alhashimi@mubadala.ae", "Saeed Al Hashimi")],
        loc="Mubadala Tower, Al Maryah Island, Abu Dhabi",
        zone="Asia/Dubai",
        desc="Final round: panel interview (45 min) and case presentation (30 min). Flights and hotel arranged by Mubadala travel desk.",
    )
    _x(
        "Emirates ID biometrics - Amer centre Al Barsha",
        interview=False,
        loc="Amer Centre, Al Barsha Mall, Dubai",
        zone="Asia/Dubai",
        desc="residence visa step 3. passport + entry permit + photo",
    )
    _x(
        "J.P. Morgan Superday - Sales & Trading Analyst (New York)",
        interview=True,
        company="J.P. Morgan",
        role="Sales & Trading Analyst",
        org=("campus.recruiting@jpmorgan.com", "J.P. Morgan Campus Recruiting"),
        loc="383 Madison Avenue, New York, NY 10179",
        zone="America/New_York",
        desc=(
            "Your Superday consists of 4 x 30-minute interviews with traders and salespeople "
            "across Markets. Please check in at the 383 Madison lobby with government-issued ID. "
            "Superday interviewers will not ask brainteasers; expect questions on markets and your "
            "resume."
        ),
    )
    _x(
        "Evercore 1st round (phone) - IB Analyst",
        interview=True,
        company="Evercore",
        role="IB Analyst",
        zone="America/New_York",
        desc="they call me. VP in restructuring. walk through DCF, why Evercore vs bulge bracket",
    )
    _x(
        "Citi Analyst Training Program - orientation (Day 1)",
        interview=False,
        org=("onboarding@citi.com", "Citi Onboarding"),
        loc="388 Greenwich St, New York",
        zone="America/New_York",
        desc="Welcome to Citi! Please bring your I-9 documents. Badge photos at 09:00, training kicks off at 10:00.",
    )


# ---------------------------------------------------------------------------------------------
# 5. Around the graduate search: fairs, prep, tests that are not selection, visas
# ---------------------------------------------------------------------------------------------


def _graduate_life() -> None:
    _x(
        "FW: Interview invitation - Partner round - Kearney (Senior Business Analyst), Dubai",
        interview=True,
        company="Kearney",
        role="Senior Business Analyst",
        zone="Asia/Dubai",
        loc="Kearney, Gate Village 6, DIFC, Dubai",
        desc=(
            "---------- Forwarded message ---------\nFrom: Kearney Middle East Recruiting "
            "<me.recruiting@kearney.com>\nSubject: Interview invitation - Partner round\n\n"
            "Dear Alex,\n\nWe are delighted to invite you to the partner round for the Senior "
            "Business Analyst position in our Dubai office: two case interviews with partners.\n"
        ),
    )
    _x(
        "Klarna engineering open house (no application needed)",
        interview=False,
        org=("events@klarna.com", "Klarna Events"),
        loc="Klarna, Sveavägen 46, Stockholm",
        zone="Europe/Stockholm",
        desc="Meet our engineers, lightning talks and mingle. Open to everyone curious about Klarna tech.",
    )
    _x(
        "LSE Careers Fair - Finance & Consulting",
        interview=False,
        loc="LSE Marshall Building",
        zone="Europe/London",
    )
    _x(
        "Careers Service workshop: How to ace assessment centres & video interviews",
        interview=False,
        org=("careers@imperial.ac.uk", "Imperial Careers Service"),
        zone="Europe/London",
        loc="Sherfield Building, Imperial College",
        desc="Practical workshop on group exercises, HireVue-style video interviews and in-tray exercises. Booking via JobsLive.",
    )
    _x("JobTestPrep numerical practice ⏱️", interview=False, zone="Europe/London")
    _x(
        "CFA Level I exam - Pearson VUE",
        interview=False,
        loc="Pearson Professional Centre, 1 Harbour Exchange Sq, London E14",
        zone="Europe/London",
        desc="ID = passport. calculator BA II Plus. arrive 30 min early",
    )
    _x(
        "Goldman Sachs 'Possibilities Summit' - networking evening",
        interview=False,
        org=("gs-events@gs.com", "Goldman Sachs Events"),
        loc="Plumtree Court, 25 Shoe Lane, London",
        zone="Europe/London",
        desc="Evening of panels and networking with Goldman Sachs professionals for first-year students.",
    )
    _x(
        "coffee w/ Tom (ex-Evercore) - pick his brain",
        interview=False,
        loc="Grind, Shoreditch",
        zone="Europe/London",
        desc="not applying there, just want to know what RX is like day to day",
    )
    _x(
        "Deloitte webinar: 'Your video interview - tips from our recruiters'",
        interview=False,
        org=("ukgraduates@deloitte.co.uk", "Deloitte UK Graduates"),
        zone="Europe/London",
        conf=_teams_conf("387 665 120 903"),
        desc="<p>Join our recruiters live to hear how to prepare for your video interview.</p>"
        + _teams("387 665 120 903", "Wb7nRa"),
    )
    _x(
        "Research interview - Bristol Uni graduate employability study (£20 voucher)",
        interview=False,
        org=("r.hollis@bristol.ac.uk", "Rosie Hollis"),
        zone="Europe/London",
        meet="meet",
        desc="Thanks for volunteering! The interview is about your experience of graduate recruitment, ~45 mins, recorded with consent.",
    )
    _x(
        "US Embassy London - visa interview",
        interview=False,
        loc="33 Nine Elms Lane, London SW11 7US",
        zone="Europe/London",
        desc="DS-160 confirmation, passport, I-797 from JPM. no bags/electronics",
    )
    _x(
        "Singapore EP - MOM Employment Pass Services Centre",
        interview=False,
        loc="The Riverwalk, 20 Upper Circular Road, Singapore",
        zone="Asia/Singapore",
    )
    _x(
        "Superday debrief with careers adviser",
        interview=False,
        org=("k.adeyemi@lse.ac.uk", "Kemi Adeyemi"),
        zone="Europe/London",
        meet="meet",
        desc="go through what went well/badly at Aldermoor + JPM superdays",
    )
    _x("Call w/ mum re superday 😅", interview=False, zone="Europe/London")
    _x(
        "Podcast: 'The Graduate Edge' - interview about my internship search",
        interview=False,
        org=("hello@graduateedgepod.com", "The Graduate Edge"),
        zone="Europe/London",
        conf=("Riverside", "https://riverside.fm/studio/the-graduate-edge"),
        desc="Recording on Riverside. We'll chat about how you landed your summer internship and what you'd tell first-years.",
    )


# ---------------------------------------------------------------------------------------------
# 6. Senior software/product: Scandinavia and the Baltics
# ---------------------------------------------------------------------------------------------


def _nordics_baltics() -> None:
    _x(
        "Spotify - Senior Backend Engineer - System design interview",
        interview=True,
        company="Spotify",
        role="Senior Backend Engineer",
        org=("scheduling@spotify.com", "Spotify Recruiting Coordination"),
        att=[
            person("hkarlsson@spotify.com", "Henrik Karlsson"),
            person("ayoub@spotify.com", "Ayoub Benali", status="tentative"),
        ],
        zone="Europe/Stockholm",
        meet="meet",
        desc=(
            "Hi Alex,\n\nHere are the details for your System Design interview for the Senior "
            "Backend Engineer role. You'll work through a design problem with two engineers using "
            "Excalidraw (link will be shared in the call). There is no coding in this session.\n\n"
            "Interviewers: Henrik Karlsson (Staff Engineer), Ayoub Benali (Senior Engineer)\n\n"
            "Scheduled via GoodTime on behalf of Spotify Talent Acquisition."
        ),
    )
    _x(
        "Klarna | Pair programming (Staff Engineer, Payments)",
        interview=True,
        company="Klarna",
        role="Staff Engineer",
        org=("no-reply@klarna.greenhouse.io", "Klarna Recruiting"),
        att=[person("oskar.ek@klarna.com", "Oskar Ek")],
        zone="Europe/Stockholm",
        meet="meet",
        desc=(
            "<p>Hi Alex,</p><p>Your next step for <b>Staff Engineer, Payments</b> is a 75-minute "
            "pair programming session. You can use the language of your choice; we'll share a "
            "CoderPad link at the start: https://app.coderpad.io/KLR-7Q2M</p>"
            "<p>Please make sure you can share your screen.</p>"
        ),
    )
    _x(
        "Intervju: Senior Product Manager - Fjällström Energi",
        interview=True,
        company="Fjällström Energi",
        role="Senior Product Manager",
        org=("rekrytering@fjallstromenergi.se", "Fjällström Energi Rekrytering"),
        att=[person("maria.nyberg@fjallstromenergi.se", "Maria Nyberg")],
        zone="Europe/Stockholm",
        conf=_teams_conf("361 440 287 015"),
        desc=(
            "<p>Hej Alex!</p><p>Tack för din ansökan till tjänsten som Senior Product Manager. "
            "Vi vill gärna träffa dig för en första intervju med Maria Nyberg, Head of Product.</p>"
            "<p>Vänliga hälsningar,<br>Teamtailor via Fjällström Energi</p>"
            + _teams("361 440 287 015", "Fj9rXk")
        ),
    )
    _x(
        "Intervju med Vipps MobilePay - Engineering Manager",
        interview=True,
        company="Vipps MobilePay",
        role="Engineering Manager",
        org=("kari.solberg@vippsmobilepay.com", "Kari Solberg"),
        loc="Vipps MobilePay, Dronning Eufemias gate 42, Oslo",
        zone="Europe/Oslo",
        desc="Hei Alex! Som avtalt: andre runde, lederintervju med Kari (Director of Engineering) og en av teamlederne. Ca. 90 min. Velkommen!",
    )
    _x(
        "Recruiter screen - Epidemic Sound - Staff Product Manager",
        interview=True,
        company="Epidemic Sound",
        role="Staff Product Manager",
        org=("johanna.strom@epidemicsound.com", "Johanna Ström"),
        zone="Europe/Stockholm",
        meet="meet",
        desc="Hi Alex! Looking forward to a first chat about the Staff Product Manager role in our Creator Experience area. 30 min, nothing to prepare. /Johanna, Talent Acquisition",
    )
    _x(
        "Intervju med NRK Dagsnytt om KI i fintech",
        interview=False,
        org=("tor.aasen@nrk.no", "Tor Aasen"),
        loc="NRK Marienlyst, Oslo",
        zone="Europe/Oslo",
        desc="Radiointervju, ca 8 min opptak. Tema: hvordan norske fintech-selskaper bruker KI.",
    )
    _x(
        "Jobsamtale (2. runde) - Pleo - Lead Product Manager",
        interview=True,
        company="Pleo",
        role="Lead Product Manager",
        org=("talent@pleo.io", "Pleo Talent"),
        att=[
            person("sofie.holm@pleo.io", "Sofie Holm"),
            person("anders.krogh@pleo.io", "Anders Krogh"),
        ],
        loc="Pleo, Ravnsborg Tværgade 5, København N",
        zone="Europe/Copenhagen",
        desc="Hej Alex, vi glæder os til at se dig til anden samtale. Du præsenterer din case (20 min), derefter spørgsmål fra Sofie og Anders.",
    )
    _x(
        "Pleo case prez - finish slides",
        interview=False,
        zone="Europe/Copenhagen",
        desc="block to finish the Pleo case deck. 10 slides max",
    )
    _x(
        "Työhaastattelu - Wolt - Staff Software Engineer",
        interview=True,
        company="Wolt",
        role="Staff Software Engineer",
        org=("recruiting@wolt.com", "Wolt Recruiting"),
        att=[person("juha.makinen@wolt.com", "Juha Mäkinen")],
        zone="Europe/Helsinki",
        meet="meet",
        desc="Hi Alex, this is the technical deep-dive: walk us through a system you built end to end. Juha Mäkinen (Engineering Manager) will lead.",
    )
    _x(
        "Supercell take-home due 🎮",
        # (round 18) relabelled: a take-home's deadline has no live interviewer to meet or thank
        interview=False,
        all_day=True,
        zone="Europe/Helsinki",
        desc="take-home for Server Engineer: matchmaking service in Go/Java, 'don't spend more than 4-6h'. push to private repo + invite supercell-reviewers",
    )
    _x(
        "Slush 2025 - Messukeskus",
        interview=False,
        all_day=True,
        loc="Messukeskus, Helsinki",
        zone="Europe/Helsinki",
    )
    _x(
        "Tööintervjuu - Bolt - Senior Engineering Manager",
        interview=True,
        company="Bolt",
        role="Senior Engineering Manager",
        org=("talent@bolt.eu", "Bolt Talent"),
        att=[person("kristjan.tamm@bolt.eu", "Kristjan Tamm")],
        loc="Bolt HQ, Vana-Lõuna 15, Tallinn",
        zone="Europe/Tallinn",
        desc="Tere Alex! Onsite: people management interview with Kristjan Tamm (Director of Engineering). Ask for Kristjan at reception.",
    )
    _x(
        "Wise - Bar raiser interview (Senior Product Manager, Tallinn)",
        interview=True,
        company="Wise",
        role="Senior Product Manager",
        org=("recruiting@wise.com", "Wise Recruiting"),
        att=[person("liis.kask@wise.com", "Liis Kask")],
        zone="Europe/Tallinn",
        meet="meet",
        desc=(
            "Hi Alex,\n\nThe last conversation in your process is with a 'bar raiser' - someone "
            "from outside the hiring team who looks at how you think about customers and "
            "trade-offs. No preparation needed beyond reading our product principles."
        ),
    )
    _x(
        "Pipedrive meetup: Scaling product teams",
        interview=False,
        org=("events@pipedrive.com", "Pipedrive Events"),
        loc="Pipedrive, Mustamäe tee 3a, Tallinn",
        zone="Europe/Tallinn",
    )
    _x(
        "Korteri vaatamine - Kalamaja, Soo 12",
        interview=False,
        loc="Soo 12, Tallinn",
        zone="Europe/Tallinn",
    )
    _x(
        "Darbo pokalbis - Vinted - Senior Backend Engineer",
        interview=True,
        company="Vinted",
        role="Senior Backend Engineer",
        org=("talent@vinted.com", "Vinted Talent"),
        att=[person("tomas.petrauskas@vinted.com", "Tomas Petrauskas")],
        zone="Europe/Vilnius",
        meet="meet",
        desc="Sveiki, Alex! Technical interview (Ruby/Go, 60 min) with Tomas Petrauskas. Žiūrėkite nuorodą žemiau.",
    )
    _x(
        "Vinted - team matching (Payments vs Catalog)",
        interview=True,
        company="Vinted",
        role="Senior Backend Engineer",
        org=("talent@vinted.com", "Vinted Talent"),
        att=[
            person("ruta.jankauskaite@vinted.com", "Rūta Jankauskaitė"),
            person("mindaugas.b@vinted.com", "Mindaugas Balčiūnas"),
        ],
        zone="Europe/Vilnius",
        meet="meet",
        desc="Congrats on passing the loop for Senior Backend Engineer! Before the offer we match you with a team: 2 x 30 min chats with the EMs of Payments and Catalog.",
    )
    _x(
        "Darba intervija - Printful - Head of Engineering",
        interview=True,
        company="Printful",
        role="Head of Engineering",
        org=("recruitment@printful.com", "Printful Recruitment"),
        loc="Printful, Ojāra Vācieša iela 6B, Rīga",
        zone="Europe/Riga",
        desc="Labdien! Final interview with the CTO and VP People. Approx. 2 hours including office tour.",
    )
    _x(
        "TechChill Riga - talk: 'Hiring senior engineers without leetcode'",
        interview=False,
        loc="Fantadroms, Rīga",
        zone="Europe/Riga",
        desc="my talk 14:30, slides on laptop + usb backup",
    )


# ---------------------------------------------------------------------------------------------
# 7. Israel
# ---------------------------------------------------------------------------------------------


def _israel() -> None:
    _x(
        "ראיון עבודה - monday.com - Senior Product Manager",
        interview=True,
        company="monday.com",
        role="Senior Product Manager",
        org=("talent@monday.com", "monday.com Talent"),
        att=[person("shira.levi@monday.com", "Shira Levi")],
        zone="Asia/Jerusalem",
        conf=_zoom_conf("monday", "842 1177 3096"),
        desc="היי אלכס, מצורף זימון לראיון עם שירה (Group PM). "
        + _zoom("monday", "842 1177 3096", "M0nd4yPm", "monday.com Talent"),
    )
    _x(
        "Tavor Security - Home Assignment Review (Senior Backend Engineer)",
        interview=True,
        company="Tavor Security",
        role="Senior Backend Engineer",
        org=("noreply@comeet.co", "Tavor Security via Comeet"),
        att=[
            person("eitan.mizrahi@tavorsec.com", "Eitan Mizrahi"),
            person("dana.sasson@tavorsec.com", "Dana Sasson"),
        ],
        zone="Asia/Jerusalem",
        meet="meet",
        desc=(
            "Interview: Home Assignment Review\nPosition: Senior Backend Engineer\nCandidate: "
            "Alex Rivera\nInterviewers: Eitan Mizrahi, Dana Sasson\n\nYou will walk the "
            "interviewers through your solution and discuss possible extensions.\n\nPowered by Comeet"
        ),
    )
    _x(
        "Wix - Leadership interview (Director of Engineering) w/ VP R&D",
        interview=True,
        company="Wix",
        role="Director of Engineering",
        org=("yael.ben-ami@wix.com", "Yael Ben Ami"),
        att=[person("ronen.katz@wix.com", "Ronen Katz")],
        loc="Wix HQ, Namal Tel Aviv 40",
        zone="Asia/Jerusalem",
        desc="Leadership round with Ronen Katz, VP R&D. Topics: building orgs, hiring, tough decisions. 60 min, in person.",
    )
    _x(
        "☕ Noa (Kesem Labs, stealth) - founding CTO?",
        interview=True,
        company="Kesem Labs",
        role="Founding CTO",
        org=("noa@kesemlabs.io", "Noa Peretz"),
        att=[person("noa@kesemlabs.io", "Noa Peretz")],
        loc="Cafe Xoho, Gordon St, Tel Aviv",
        zone="Asia/Jerusalem",
        desc="Hi Alex - as I said on the phone, we closed our pre-seed and I'm looking for a founding CTO. Let's grab coffee and I'll tell you about the product and what I'd need from you. Noa",
    )
    _x(
        "קפה עם יונתן - פידבק על הדק",
        interview=False,
        loc="Dizengoff Center",
        zone="Asia/Jerusalem",
        desc="Yonatan wants feedback on his seed deck before he pitches. he's not hiring, just advice",
    )
    _x(
        "Cyber Week TLV - panel",
        interview=False,
        all_day=True,
        loc="Tel Aviv University",
        zone="Asia/Jerusalem",
    )
    _x(
        "Canceled event: Interview with Alex Rivera - Group Manager, Platform @ Tavor Security",
        interview=True,
        company="Tavor Security",
        role="Group Manager, Platform",
        org=("noreply@comeet.co", "Tavor Security via Comeet"),
        zone="Asia/Jerusalem",
        desc="This event has been canceled.\n\nThe interview for Group Manager, Platform has been canceled because the position was put on hold.",
    )


# ---------------------------------------------------------------------------------------------
# 8. India
# ---------------------------------------------------------------------------------------------


def _india() -> None:
    _x(
        "Razorpay | Leadership Round | Director - Engineering",
        interview=True,
        company="Razorpay",
        role="Director - Engineering",
        org=("talent.acquisition@razorpay.com", "Razorpay TA"),
        att=[person("arjun.menon@razorpay.com", "Arjun Menon")],
        zone="Asia/Kolkata",
        meet="meet",
        desc="Hi Alex, please find the invite for the Leadership Round with Arjun Menon (SVP Engineering). Duration: 60 mins. Regards, Razorpay Talent Acquisition",
    )
    _x(
        "Swiggy - Bar raiser round - Principal Product Manager",
        interview=True,
        company="Swiggy",
        role="Principal Product Manager",
        org=("hiring@swiggy.in", "Swiggy Hiring"),
        zone="Asia/Kolkata",
        conf=_zoom_conf("swiggy", "924 5567 1183"),
        desc=_zoom("swiggy", "924 5567 1183", "SwgBrR41", "Swiggy Hiring"),
    )
    _x(
        "Interview Scheduled: Senior Engineering Manager - Zeta - Round 2 (Hiring Manager)",
        interview=True,
        company="Zeta",
        role="Senior Engineering Manager",
        org=("noreply@darwinbox.in", "Zeta Careers"),
        att=[person("vikram.iyer@zeta.tech", "Vikram Iyer")],
        zone="Asia/Kolkata",
        conf=_teams_conf("399 114 507 228"),
        desc=(
            "<p>Dear Alex Rivera,</p><p>Your interview has been scheduled.</p>"
            "<table><tr><td>Job</td><td>Senior Engineering Manager</td></tr>"
            "<tr><td>Round</td><td>Round 2 - Hiring Manager</td></tr>"
            "<tr><td>Panel</td><td>Vikram Iyer</td></tr></table>"
            + _teams("399 114 507 228", "Zt2pQm")
        ),
    )
    _x(
        "Call with Priyanka (HR, Freshworks) - Principal Engineer role discuss",
        interview=True,
        company="Freshworks",
        role="Principal Engineer",
        zone="Asia/Kolkata",
        desc="she'll call on whatsapp. CTC expectations + notice period. JD: Principal Engineer, Freshdesk platform, Chennai/Bangalore",
    )
    _x(
        "HackerRank test - PhonePe - Staff Engineer (90 min)",
        interview=True,
        company="PhonePe",
        role="Staff Engineer",
        all_day=True,
        zone="Asia/Kolkata",
        desc="test link valid 72h. 2 DSA + 1 LLD. do it after coffee",
    )
    _x(
        "Canceled event: Meesho - System Design Round @ Wed 14 May 2025 4pm - 5pm (IST)",
        interview=True,
        company="Meesho",
        org=("recruiting@meesho.com", "Meesho Recruiting"),
        zone="Asia/Kolkata",
        desc="This event has been canceled and removed from your calendar.",
    )
    _x(
        "Telephonic round - Zerodha - Head of Product",
        interview=True,
        company="Zerodha",
        role="Head of Product",
        zone="Asia/Kolkata",
        desc="Nithya from HR will call around 11. JD shared on mail: Head of Product, Kite. ask abt ESOPs + Bangalore relocation",
    )
    _x(
        "FRRO registration - Bangalore",
        interview=False,
        loc="FRRO, 5th Floor, A Block, TTMC BMTC Bus Stand, Shanthinagar",
        zone="Asia/Kolkata",
    )
    _x(
        "Interview panel training - Initech Bangalore",
        interview=False,
        org=("talent-ops@initech.com", "Initech Talent Ops"),
        me=WORK_ME,
        zone="Asia/Kolkata",
        conf=_teams_conf("377 602 913 448"),
        desc="<p>Mandatory training for anyone joining interview panels this quarter: structured interviewing, calibrated scorecards, avoiding bias.</p>"
        + _teams("377 602 913 448", "Tr4inP"),
    )


# ---------------------------------------------------------------------------------------------
# 9. Japan
# ---------------------------------------------------------------------------------------------


def _japan() -> None:
    _x(
        "【一次面接】Mercari / メルカリ - Senior Software Engineer (Backend)",
        interview=True,
        company="Mercari",
        role="Senior Software Engineer (Backend)",
        org=("recruit-scheduling@mercari.com", "Mercari Recruiting"),
        zone="Asia/Tokyo",
        meet="meet",
        desc="Alex Rivera 様\n\nこの度はメルカリの Senior Software Engineer (Backend) ポジションにご応募いただきありがとうございます。一次面接の詳細は以下の通りです。\n面接官: エンジニアリングマネージャー 2名\n所要時間: 60分",
    )
    _x(
        "カジュアル面談 - SmartHR",
        interview=False,
        org=("casual@smarthr.co.jp", "SmartHR 採用チーム"),
        zone="Asia/Tokyo",
        meet="meet",
        desc="Alex 様\n\nカジュアル面談のご予約ありがとうございます。※本面談は選考ではありません。お互いを知る場としてお気軽にご参加ください。",
    )
    _x(
        "最終面接 - 株式会社ソラノ (プロダクトマネージャー)",
        interview=True,
        company="ソラノ",
        role="プロダクトマネージャー",
        org=("saiyo@sorano.co.jp", "ソラノ 採用担当"),
        loc="東京都渋谷区道玄坂1-10-8 渋谷道玄坂東急ビル 5F",
        zone="Asia/Tokyo",
        desc="Alex Rivera 様\n\n最終面接(代表取締役・CTO)のご案内です。受付にてお名前をお伝えください。",
    )
    _x(
        "Rakuten - SPI aptitude test (online)",
        interview=True,
        company="Rakuten",
        all_day=True,
        zone="Asia/Tokyo",
        desc="SPI適性検査 受検期限 23:59. 言語/非言語 + 性格. after the 1st interview",
    )
    _x(
        "在留資格 - 東京出入国在留管理局 (品川)",
        interview=False,
        loc="東京出入国在留管理局, 港区港南5-5-30",
        zone="Asia/Tokyo",
        desc="COE → 在留カード. パスポート, 写真",
    )
    _x(
        "面接対策 - doda キャリアアドバイザー",
        interview=False,
        org=("advisor@doda.jp", "doda キャリアアドバイザー"),
        zone="Asia/Tokyo",
        conf=_zoom_conf("us02web", "835 7712 4490"),
        desc="面接対策セッション(模擬面接)。想定質問の練習と逆質問の準備を行います。",
    )
    _x(
        "ヘッドハンター面談 - Axis Executive (VPoE案件, クライアント非公開)",
        interview=True,
        company="Axis Executive",
        role="VPoE",
        org=("t.kimura@axis-exec.jp", "木村 拓也"),
        zone="Asia/Tokyo",
        meet="meet",
        desc="Alex様\n\nBizReach経由でご返信いただきありがとうございます。シリーズCのSaaS企業のVPoE案件についてご説明し、ご経歴をお伺いできればと思います。",
    )
    _x(
        "LINEヤフー - 二次面接 (Engineering Manager)",
        interview=True,
        company="LINEヤフー",
        role="Engineering Manager",
        org=("recruiting@lycorp.co.jp", "LINEヤフー 採用"),
        zone="Asia/Tokyo",
        conf=_zoom_conf("lycorp", "819 3340 2215"),
        desc="二次面接: 部長面接 60分. Engineering Manager (Platform).",
    )


# ---------------------------------------------------------------------------------------------
# 10. Executive search, big-tech loops, founders' coffees
# ---------------------------------------------------------------------------------------------


def _search_and_founders() -> None:
    _x(
        "Egon Zehnder - CTO search (client: Nordhavn Fintech) - first conversation",
        interview=True,
        company="Nordhavn Fintech",
        role="CTO",
        org=("ingrid.dahl@egonzehnder.com", "Ingrid Dahl"),
        zone="Europe/Copenhagen",
        conf=_teams_conf("330 846 112 579"),
        desc=(
            "<p>Dear Alex,</p><p>Thank you for making time. As mentioned, we have been retained by "
            "Nordhavn Fintech to find their next Chief Technology Officer. I would like to "
            "understand your career so far and share more about the mandate.</p>"
            "<p>Best regards,<br>Ingrid Dahl<br>Egon Zehnder, Copenhagen</p>"
            + _teams("330 846 112 579", "Eg0nZd")
        ),
    )
    _x(
        "Spencer Stuart // Alex Rivera - VP Engineering, confidential client",
        interview=True,
        company="Spencer Stuart",
        role="VP Engineering",
        org=("m.lindgren@spencerstuart.com", "Magnus Lindgren"),
        zone="Europe/Stockholm",
        conf=_zoom_conf("spencerstuart", "871 0094 3321"),
        desc="Magnus will brief you on the VP Engineering role (Series D marketplace, Stockholm) and assess fit before any client introduction.\n\n"
        + _zoom("spencerstuart", "871 0094 3321", "SpSt8821", "Magnus Lindgren"),
    )
    _x(
        "Coffee w/ Karin (Odgers) - keep in touch",
        interview=False,
        loc="Espresso House, Stureplan",
        zone="Europe/Stockholm",
        desc="no live mandate, she just wants to know what I'd be open to in 2026",
    )
    _x(
        "☕ Ola / Alex - Fjordly",
        interview=True,
        company="Fjordly",
        role="Head of Product",
        org=("ola@fjordly.no", "Ola Haugen"),
        att=[person("ola@fjordly.no", "Ola Haugen")],
        loc="Tim Wendelboe, Grüners gate 1, Oslo",
        zone="Europe/Oslo",
        desc="Hi Alex, great to finally meet. As I wrote, we're hiring our first Head of Product - I'd love to hear how you'd approach the first 90 days. Coffee's on me. Ola (CEO & co-founder)",
    )
    _x(
        "☕ coffee w/ Mikkel - his seed round",
        interview=False,
        loc="Original Coffee, Bredgade",
        zone="Europe/Copenhagen",
        desc="he wants me as an angel / advisor, not hiring. bring questions on cap table",
    )
    _x(
        "Meta - Team matching call (E6, Infrastructure)",
        interview=True,
        company="Meta",
        role="Software Engineer, Infrastructure",
        org=("recruiting-noreply@meta.com", "Meta Recruiting"),
        att=[person("jkowalski@meta.com", "Jan Kowalski")],
        zone="Europe/London",
        conf=("Meta Video", "https://fb.workplace.com/meet/r/AbC3dEf"),
        desc="You've passed the full loop for Software Engineer, Infrastructure (E6). Team matching: a conversation with Jan Kowalski, EM for Storage Infra, to see if the team is a mutual fit.",
    )
    _x(
        "Amazon Loop - Bar Raiser (Sr. PMT, Luxembourg)",
        interview=True,
        company="Amazon",
        role="Senior Product Manager - Technical",
        org=("eu-recruiting-scheduling@amazon.com", "Amazon Recruiting Scheduling"),
        zone="Europe/Luxembourg",
        conf=("Amazon Chime", "https://chime.aws/5512093377"),
        desc="Interview 4 of 5 - Bar Raiser. Role: Senior Product Manager - Technical. Expect questions on Leadership Principles (Dive Deep, Have Backbone; Disagree and Commit). Please use the STAR format.",
    )
    _x(
        "Google - Googleyness & Leadership (Staff SWE, Zürich)",
        interview=True,
        company="Google",
        role="Staff Software Engineer",
        org=("gtech-scheduling@google.com", "Google Staffing"),
        zone="Europe/Zurich",
        meet="meet",
        desc="Interview for Staff Software Engineer. Googleyness & Leadership, 45 minutes. Interviewer details will be shared on the day.",
    )
    _x(
        "Leadership Principles book club (ex-Amazon folks)",
        interview=False,
        zone="Europe/London",
        meet="meet",
        org=("pedro.almeida.dev@gmail.com", "Pedro Almeida"),
    )
    _x(
        "Mock system design w/ Daniel",
        interview=False,
        org=("daniel.k.weber@gmail.com", "Daniel Weber"),
        att=[person("daniel.k.weber@gmail.com", "Daniel Weber")],
        zone="Europe/Berlin",
        meet="meet",
        desc="he plays the Spotify interviewer, design a playlist sync service. then swap",
    )
    _x("leetcode - graphs + DP 🔁", interview=False, zone="Europe/Stockholm")


# ---------------------------------------------------------------------------------------------
# 11. Initech work calendar: same words, other meanings
# ---------------------------------------------------------------------------------------------


def _initech_work() -> None:
    _x(
        "Interview: Backend Engineer candidate - Jonas Berg (panel)",
        interview=False,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("jonas.berg.dev@gmail.com", "Jonas Berg"),
            person("s.patel@initech.com", "Sunita Patel"),
        ],
        me=WORK_ME,
        zone="Europe/Stockholm",
        meet="meet",
        desc="Candidate: Jonas Berg\nRole: Backend Engineer\nYour focus: system design. Please submit your scorecard in Greenhouse within 24h.",
    )
    _x(
        "Debrief - Senior PM loop (M. Haddad)",
        interview=False,
        org=("recruiting@initech.com", "Initech Recruiting"),
        me=WORK_ME,
        zone="Europe/Stockholm",
        meet="meet",
        desc="Hiring committee debrief for Senior Product Manager candidate Mariam Haddad.",
    )
    _x(
        "Bar raiser shadowing - backend loop",
        interview=False,
        org=("talent-ops@initech.com", "Initech Talent Ops"),
        me=WORK_ME,
        zone="Europe/Stockholm",
        desc="You're shadowing Priit as bar raiser on today's loop. Observe only.",
    )
    _x(
        "Pair programming w/ Sunita - billing → Kafka",
        interview=False,
        org=("s.patel@initech.com", "Sunita Patel"),
        me=WORK_ME,
        zone="Europe/Stockholm",
        meet="meet",
    )
    _x(
        "System design review: notifications v2",
        interview=False,
        org=("arch-review@initech.com", "Architecture Review"),
        me=WORK_ME,
        zone="Europe/Stockholm",
        conf=_teams_conf("360 117 885 214"),
        desc="<p>RFC-112 review. Please read the doc beforehand.</p>"
        + _teams("360 117 885 214", "Rv2nTf"),
    )
    _x(
        "H1 performance review - Alex",
        interview=False,
        org=("l.fischer@initech.com", "Lena Fischer"),
        me=WORK_ME,
        zone="Europe/Stockholm",
    )
    _x(
        "Exit interview - People team",
        interview=False,
        org=("people@initech.com", "Initech People"),
        me=WORK_ME,
        zone="Europe/Stockholm",
        desc="Hi Alex, as part of your offboarding we'd love 30 min of honest feedback. Confidential.",
    )
    _x(
        "User interviews - onboarding flow (5 customers)",
        interview=False,
        org=("ux-research@initech.com", "Initech UX Research"),
        me=WORK_ME,
        zone="Europe/Stockholm",
        conf=_zoom_conf("initech", "887 0012 4593"),
        desc="Customer interviews for the onboarding redesign. You're note-taker for sessions 2 and 4.",
    )
    _x(
        "Take-home grading: candidate #231",
        interview=False,
        me=WORK_ME,
        zone="Europe/Stockholm",
        desc="review repo + fill rubric in Greenhouse",
    )
    _x(
        "MUS-samtale med Henrik",
        interview=False,
        org=("henrik.bang@initech.com", "Henrik Bang"),
        me=WORK_ME,
        zone="Europe/Copenhagen",
        desc="Årlig medarbejderudviklingssamtale.",
    )
    _x(
        "Team matching for new grads - H2 allocation",
        interview=False,
        org=("eng-leads@initech.com", "Engineering Leads"),
        me=WORK_ME,
        zone="Europe/Stockholm",
    )
    _x(
        "Interview: Junior Analyst candidate - Priya Sandhu (Initech London)",
        interview=False,
        org=("uk-recruiting@initech.com", "Initech UK Recruiting"),
        att=[person("priya.sandhu@outlook.com", "Priya Sandhu")],
        me=WORK_ME,
        zone="Europe/London",
        conf=_teams_conf("359 441 006 728"),
        desc="<p>You are interviewing Priya Sandhu for Junior Analyst. Competency interview.</p>"
        + _teams("359 441 006 728", "Iv5jAn"),
    )


# ---------------------------------------------------------------------------------------------
# 12. Freelance / contracting: contract-role interviews vs. selling my own services
# ---------------------------------------------------------------------------------------------


def _freelance() -> None:
    _x(
        "Interview - Contract Senior Data Engineer (6m, outside IR35) - Halcyon Retail via Hays",
        interview=True,
        company="Halcyon Retail",
        role="Senior Data Engineer",
        org=("oliver.grant@hays.com", "Oliver Grant"),
        att=[
            person("priti.desai@halcyonretail.co.uk", "Priti Desai"),
            person("oliver.grant@hays.com", "Oliver Grant"),
        ],
        zone="Europe/London",
        conf=_teams_conf("318 204 775 901"),
        desc=(
            "<p>Hi Alex,</p><p>Confirming your interview with Priti Desai (Head of Data, Halcyon "
            "Retail) for the 6-month Senior Data Engineer contract, £650/day outside IR35. "
            "Technical discussion around dbt, Snowflake and Airflow.</p><p>Good luck!<br>Oliver "
            "Grant | Hays Technology</p>" + _teams("318 204 775 901", "Hy5cDr")
        ),
    )
    _x(
        "Hays - screening call: Contract DevOps Engineer (client undisclosed)",
        interview=True,
        company="Hays",
        role="DevOps Engineer",
        org=("oliver.grant@hays.com", "Oliver Grant"),
        zone="Europe/London",
        desc="Quick call to go through the DevOps Engineer contract (3 months + likely extension, Manchester/remote, inside IR35) before I put you forward.",
    )
    _x(
        "Hays Talent Pool - registration call",
        interview=False,
        org=("contractors@hays.com", "Hays Contractor Services"),
        zone="Europe/London",
        desc="Welcome! This 20-minute call registers you with our contractor talent pool: right-to-work check, rates, availability, umbrella vs limited company. No specific role discussed.",
    )
    _x(
        "Interim Head of Product - interview with CEO (Lumen Health)",
        interview=True,
        company="Lumen Health",
        role="Interim Head of Product",
        org=("claire@lumenhealth.io", "Claire Donnelly"),
        att=[person("claire@lumenhealth.io", "Claire Donnelly")],
        zone="Europe/Dublin",
        meet="meet",
        desc="Hi Alex, looking forward to chatting about the interim Head of Product role (6 months, 4 days/week). I'll bring our board deck. - Claire, CEO",
    )
    _x(
        "Kickoff - Lumen Health interim engagement",
        interview=False,
        org=("claire@lumenhealth.io", "Claire Donnelly"),
        att=[
            person("claire@lumenhealth.io", "Claire Donnelly"),
            person("ravi@lumenhealth.io", "Ravi Nair"),
        ],
        zone="Europe/Dublin",
        meet="meet",
        desc="Contract signed 🎉 Day 1: intros to the team, access to Jira/Notion, roadmap walkthrough.",
    )
    _x(
        "Brightline Media - technical interview (freelance React dev, 3-month contract)",
        interview=True,
        company="Brightline Media",
        role="React Developer",
        org=("dev-hiring@brightlinemedia.com", "Brightline Media"),
        att=[person("sam.oduya@brightlinemedia.com", "Sam Oduya")],
        zone="Europe/London",
        conf=_zoom_conf("us05web", "843 6610 2274"),
        desc="Live coding (React + TypeScript) 60 min for the 3-month freelance React Developer contract.\n\n"
        + _zoom("us05web", "843 6610 2274", "Br1ghtLn", "Sam Oduya"),
    )
    _x(
        "Contract extension chat - Brightline",
        interview=False,
        org=("sam.oduya@brightlinemedia.com", "Sam Oduya"),
        zone="Europe/London",
        desc="renewal for Q3, same rate? also invoice #2025-014 still outstanding",
    )
    _x(
        "Kundeninterview - Nordea Scrum Master (12 Monate) via Witted",
        interview=True,
        company="Nordea",
        role="Scrum Master",
        org=("emma.virtanen@witted.com", "Emma Virtanen"),
        zone="Europe/Helsinki",
        conf=_teams_conf("346 992 017 553"),
        desc="<p>Hi Alex, Nordea would like to meet you for the Scrum Master contract (12 months, Helsinki/remote). 45 min with the product owner and the agile coach.</p>"
        + _teams("346 992 017 553", "Wt7dNr"),
    )
    _x(
        "Entretien client - mission Lead Dev Python (via Malt) - Lutèce Assurances",
        interview=True,
        company="Lutèce Assurances",
        role="Lead Dev Python",
        org=("julien.mercier@lutece-assurances.fr", "Julien Mercier"),
        zone="Europe/Paris",
        conf=_teams_conf("324 770 108 346"),
        desc="<p>Bonjour Alex, suite à votre proposition sur Malt, nous aimerions échanger sur la mission de Lead Dev Python (4 jours/semaine, 6 mois).</p>"
        + _teams("324 770 108 346", "Lt3cAs", "fr"),
    )
    _x(
        "Cal.com: Contract PM interview - Sunbeam Analytics",
        interview=True,
        company="Sunbeam Analytics",
        role="Contract Product Manager",
        org=("hiring@sunbeamanalytics.com", "Sunbeam Analytics"),
        zone="America/New_York",
        conf=("Cal Video", "https://app.cal.com/video/8fQk2m"),
        desc=(
            "What: Contract PM interview between Sunbeam Analytics and Alex Rivera\n"
            "Invitee time zone: Europe/London\n"
            "Additional notes: We're hiring a Contract Product Manager for 4 months to launch our "
            "self-serve tier.\n\nNeed to make a change? Reschedule or Cancel: https://app.cal.com/booking/8fQk2m"
        ),
    )
    _x(
        "Canceled: Interview - Contract QA Lead - Glenrock Bank (Harvey Nash)",
        interview=True,
        company="Glenrock Bank",
        role="QA Lead",
        org=("fiona.reid@harveynash.com", "Fiona Reid"),
        zone="Europe/London",
        desc="<p>Hi Alex, unfortunately Glenrock have put the QA Lead contract on hold, so I've cancelled this. I'll be in touch if it reopens. Fiona</p>",
    )
    _x(
        "Trial day - Studio Halvard (Creative Developer contract)",
        interview=True,
        company="Studio Halvard",
        role="Creative Developer",
        org=("hello@studiohalvard.se", "Studio Halvard"),
        loc="Studio Halvard, Hornsgatan 32, Stockholm",
        zone="Europe/Stockholm",
        desc="Paid trial day before we decide on the 3-month Creative Developer contract. You'll pair with Elsa on a WebGL prototype.",
    )
    _x(
        "Upwork interview - 'Senior Shopify dev for subscription app' - Fernleaf Co.",
        interview=True,
        company="Fernleaf Co.",
        role="Senior Shopify Developer",
        zone="America/Chicago",
        conf=_zoom_conf("us04web", "776 2901 3384"),
        desc="client invited me to interview on the job post (fixed contract, ~8 weeks). they have 4 other freelancers shortlisted",
    )
    _x(
        "Discovery call - Nordlicht Bäckerei website relaunch",
        interview=False,
        org=("info@nordlicht-baeckerei.de", "Nordlicht Bäckerei"),
        zone="Europe/Berlin",
        meet="meet",
        desc="Hallo Alex, wie besprochen: kurzes Kennenlernen, damit Sie ein Angebot für den Relaunch unserer Website mit Onlineshop machen können.",
    )
    _x(
        "Alex Rivera <> Tom Becker - 30 Minute Meeting",
        interview=False,
        org=("tom@becker-logistik.de", "Tom Becker"),
        att=[person("tom@becker-logistik.de", "Tom Becker")],
        zone="Europe/Berlin",
        conf=_zoom_conf("us06web", "812 3306 9921"),
        desc=(
            "Event Name: 30 Minute Meeting\n\nPlease share anything that will help prepare for our "
            "meeting.: We need a quote for integrating our warehouse system with Shopify.\n\n"
            "Location: Zoom\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/AB12\n"
            "Reschedule: https://calendly.com/reschedulings/AB12\n\nPowered by Calendly.com"
        ),
    )
    _x(
        "Cal.com: Fractional CTO discovery call with Rasmus Lund",
        interview=False,
        org=("rasmus@lundfoods.dk", "Rasmus Lund"),
        zone="Europe/Copenhagen",
        conf=("Cal Video", "https://app.cal.com/video/Zx91pL"),
        desc=(
            "What: Fractional CTO discovery call between Alex Rivera and Rasmus Lund\n"
            "Additional notes: we're a 12-person food startup, need help choosing an agency and "
            "someone to own tech 1 day/week. want to hear your packages and pricing."
        ),
    )
    _x(
        "Sales call - pitch retainer to Fernleaf",
        interview=False,
        zone="America/Chicago",
        desc="upsell: monthly maintenance retainer 10h/mo. bring pricing sheet",
    )
    _x(
        "Proposal walkthrough - Halcyon data platform phase 2",
        interview=False,
        org=("priti.desai@halcyonretail.co.uk", "Priti Desai"),
        zone="Europe/London",
        conf=_teams_conf("318 204 775 990"),
        desc="<p>Walk us through your SOW for phase 2.</p>" + _teams("318 204 775 990", "Ph2sOw"),
    )
    _x(
        "Client interview for case study - Fernleaf (testimonial video)",
        interview=False,
        zone="America/Chicago",
        conf=_zoom_conf("us04web", "776 2901 4410"),
        desc="I interview Jess from Fernleaf about the project, 20 min, record for my website",
    )
    _x(
        "Microsoft Bookings: IR35 consultation - Contractor Calculator",
        interview=False,
        org=("bookings@contractorcalculator.co.uk", "ContractorCalculator Bookings"),
        zone="Europe/London",
        conf=_teams_conf("381 006 447 219"),
        desc="<p>Your booking is confirmed.</p><p>Service: IR35 contract review consultation (30 min)</p><p>Staff: Gareth Bowen</p>"
        + _teams("381 006 447 219", "Ir3Sb5"),
    )
    _x(
        "Crimson - talent pool intro video",
        interview=False,
        org=("talentpool@crimson.co.uk", "Crimson Talent"),
        zone="Europe/London",
        desc="Record a 3-minute intro video for our contractor talent pool so clients can browse profiles. Not linked to a specific vacancy.",
    )
    _x(
        "Malt - webinar: optimiser son profil freelance",
        interview=False,
        org=("events@malt.com", "Malt"),
        zone="Europe/Paris",
        desc="Webinar gratuit: comment décrocher plus de missions sur Malt.",
    )
    _x("invoice chase - Brightline #2025-014 💸", interview=False, zone="Europe/London")
    _x(
        "VAT return Q2 - accountant call",
        interview=False,
        org=("nina@ledgerly-accounts.co.uk", "Nina Shah"),
        zone="Europe/London",
    )


# ---------------------------------------------------------------------------------------------
# 13. Personal
# ---------------------------------------------------------------------------------------------


def _personal() -> None:
    _x(
        "Bolt to ARN 🚕 (flight 07:10)",
        interview=False,
        zone="Europe/Stockholm",
        desc="book the Bolt at 05:15, not Uber",
    )
    _x(
        "Wise transfer - Tallinn flat deposit",
        interview=False,
        all_day=True,
        zone="Europe/Tallinn",
        desc="€1,400 to landlord, ref SOO12-DEP",
    )
    _x(
        "Welcome to Vinted! Onboarding Day 1",
        interview=False,
        org=("onboarding@vinted.com", "Vinted People Team"),
        loc="Vinted HQ, Aludarių g. 2, Vilnius",
        zone="Europe/Vilnius",
        desc="Welcome aboard! Laptop pickup at 09:30, then intro sessions with People and your buddy.",
    )
    _x(
        "interviewing.io mock - senior backend (anonymous)",
        interview=False,
        zone="Europe/Stockholm",
        desc="practice interview with an anonymous senior engineer from a FAANG, feedback after. $225 🙃",
    )
    _x(
        "Accepted: Coffee chat - Deloitte alumni (Audit → Deals)",
        interview=False,
        org=("marta.kowal@gmail.com", "Marta Kowal"),
        att=[person("marta.kowal@gmail.com", "Marta Kowal")],
        loc="Caravan, Exmouth Market",
        zone="Europe/London",
        desc="Marta moved from audit to deals after 3 yrs - asking how she did it",
    )
    _x(
        "Dentist - Dr Osei",
        interview=False,
        loc="Smile Dental, 40 Upper St, London N1",
        zone="Europe/London",
    )
    _x(
        "Flight LHR → ARN BA776",
        interview=False,
        zone="Europe/London",
        desc="Confirmation: K7QZ2P. Seat 14A",
    )
    _x("Sara's birthday drinks 🎂", interview=False, loc="The Churchill Arms", zone="Europe/London")
    _x("Gym - legs", interview=False, zone="Europe/Stockholm")
    _x(
        "Haircut before superday ✂️",
        interview=False,
        zone="Europe/London",
        loc="Ruffians, Shoreditch",
    )
