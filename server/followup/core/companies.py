"""Domains and names: free-mail providers, scheduling tools, and turning a domain or an
address into a readable company or person name. Pure functions only."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "FREE_MAIL_DOMAINS",
    "company_from_domain",
    "domain_of",
    "fold",
    "fold_alnum",
    "is_calendar_system",
    "is_free_mail",
    "is_group_calendar",
    "is_robot_address",
    "matches_domain",
    "name_from_email",
    "registrable",
    "same_organisation",
    "staffing_agency",
    "tool_for_host",
    "tool_named",
]

FREE_MAIL_DOMAINS = frozenset(
    {
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com",
        "yahoo.com", "ymail.com", "rocketmail.com", "icloud.com", "me.com", "mac.com", "aol.com",
        "proton.me", "protonmail.com", "protonmail.ch", "pm.me", "gmx.com", "gmx.net", "gmx.de",
        "gmx.at", "gmx.ch", "web.de", "t-online.de", "freenet.de", "posteo.de", "mailbox.org",
        "mail.com", "zoho.com", "zohomail.com", "yandex.com", "yandex.ru", "mail.ru", "qq.com",
        "163.com", "126.com", "fastmail.com", "fastmail.fm", "hey.com", "tutanota.com",
        "tuta.io", "orange.fr", "free.fr", "laposte.net", "wanadoo.fr", "sfr.fr", "uol.com.br",
        "bol.com.br", "terra.com.br", "ig.com.br", "libero.it", "virgilio.it", "seznam.cz",
        "wp.pl", "o2.pl", "naver.com", "rediffmail.com", "duck.com", "inbox.com", "hushmail.com",
        "btinternet.com", "comcast.net", "verizon.net", "att.net", "sbcglobal.net",
        "telefonica.net", "bluewin.ch", "sapo.pt",
    }
)  # fmt: skip
# Provider families with many country domains (hotmail.co.uk, yahoo.es, gmx.fr, …).
_FREE_MAIL_LABELS = frozenset(
    {"gmail", "hotmail", "outlook", "live", "yahoo", "gmx", "yandex", "icloud", "proton",
     "protonmail", "aol", "ymail", "windowslive"}
)  # fmt: skip

# Hosts of scheduling, applicant-tracking, assessment and meeting tools → display name.
# Their own domains never name the company the interview is with.
_TOOLS: dict[str, str] = {
    "greenhouse.io": "Greenhouse", "greenhouse-mail.io": "Greenhouse",
    "lever.co": "Lever", "ashbyhq.com": "Ashby", "ashby.io": "Ashby",
    "myworkday.com": "Workday", "myworkdayjobs.com": "Workday", "workday.com": "Workday",
    "goodtime.io": "GoodTime", "calendly.com": "Calendly", "modernloop.io": "ModernLoop",
    "gem.com": "Gem", "smartrecruiters.com": "SmartRecruiters", "icims.com": "iCIMS",
    "jobvite.com": "Jobvite", "workable.com": "Workable", "workablemail.com": "Workable",
    "teamtailor.com": "Teamtailor",
    "recruitee.com": "Recruitee", "personio.de": "Personio", "personio.com": "Personio",
    "bamboohr.com": "BambooHR", "paradox.ai": "Paradox", "successfactors.com": "SuccessFactors",
    "successfactors.eu": "SuccessFactors", "taleo.net": "Taleo", "breezy.hr": "Breezy HR",
    "jazzhr.com": "JazzHR", "pinpointhq.com": "Pinpoint", "rippling.com": "Rippling",
    "hirevue.com": "HireVue", "coderpad.io": "CoderPad", "hackerrank.com": "HackerRank",
    "codesignal.com": "CodeSignal", "karat.io": "Karat", "karat.com": "Karat",
    "codility.com": "Codility", "prelude.co": "Prelude", "cronofy.com": "Cronofy",
    "youcanbook.me": "YouCanBookMe", "doodle.com": "Doodle", "zoom.us": "Zoom",
    "zoom.com": "Zoom", "zoomgov.com": "Zoom", "teams.microsoft.com": "Microsoft Teams",
    "teams.live.com": "Microsoft Teams", "meet.google.com": "Google Meet", "webex.com": "Webex",
    "gotomeeting.com": "GoTo Meeting", "goto.com": "GoTo Meeting", "whereby.com": "Whereby",
    "bluejeans.com": "BlueJeans", "calendar.google.com": "Google Calendar",
    "hubspot.com": "HubSpot", "chilipiper.com": "Chili Piper", "savvycal.com": "SavvyCal",
    # Assessment platforms: the employer sends its candidates a test through them.
    "testgorilla.com": "TestGorilla", "coderbyte.com": "Coderbyte",
    "hackerearth.com": "HackerEarth",
    "mettl.com": "Mercer Mettl", "shl.com": "SHL", "criteriacorp.com": "Criteria",
    "pymetrics.ai": "pymetrics", "harver.com": "Harver", "vervoe.com": "Vervoe",
    "imocha.io": "iMocha", "devskiller.com": "DevSkiller", "testdome.com": "TestDome",
    "qualified.io": "Qualified", "byteboard.dev": "Byteboard", "canditech.io": "Canditech",
}  # fmt: skip
APPLICANT_TRACKING = frozenset(
    {"Greenhouse", "Lever", "Ashby", "Workday", "GoodTime", "ModernLoop", "Gem",
     "SmartRecruiters", "iCIMS", "Jobvite", "Workable", "Teamtailor", "Recruitee", "Personio",
     "BambooHR", "Paradox", "SuccessFactors", "Taleo", "Breezy HR", "JazzHR", "Pinpoint",
     "Prelude", "HireVue"}
)  # fmt: skip
CODING_TOOLS = frozenset(
    {"CoderPad", "HackerRank", "CodeSignal", "Karat", "Codility", "TestGorilla", "Coderbyte",
     "HackerEarth", "Mercer Mettl", "SHL", "Criteria", "pymetrics", "Harver", "Vervoe", "iMocha",
     "DevSkiller", "TestDome", "Qualified", "Byteboard", "Canditech"}
)  # fmt: skip
MEETING_TOOLS = frozenset(
    {"Zoom", "Microsoft Teams", "Google Meet", "Webex", "GoTo Meeting", "Whereby", "BlueJeans"}
)

# Staffing agencies, by the first label of their registrable domain (randstad.nl, hays.de …):
# their recruiters arrange interviews at a client, which is the company the interview is with.
_AGENCIES: dict[str, str] = {
    "roberthalf": "Robert Half", "randstad": "Randstad", "randstadusa": "Randstad",
    "adecco": "Adecco", "adeccogroup": "Adecco", "hays": "Hays", "michaelpage": "Michael Page",
    "pagepersonnel": "Page Personnel", "pagegroup": "PageGroup", "kforce": "Kforce",
    "teksystems": "TEKsystems", "aerotek": "Aerotek", "insightglobal": "Insight Global",
    "manpower": "Manpower", "manpowergroup": "ManpowerGroup", "experis": "Experis",
    "kellyservices": "Kelly Services", "kellyocg": "Kelly Services",
    "robertwalters": "Robert Walters",
    "morganmckinley": "Morgan McKinley", "harveynash": "Harvey Nash", "hudson": "Hudson",
    "modis": "Modis", "akkodis": "Akkodis", "brunel": "Brunel", "yacht": "Yacht",
    "tempo-team": "Tempo-Team", "gigroup": "Gi Group", "allegisgroup": "Allegis",
    "huxley": "Huxley", "computerfutures": "Computer Futures", "jeffersonfrank": "Jefferson Frank",
    "nigelfrank": "Nigel Frank", "synergie": "Synergie", "expectra": "Expectra",
    "spring-professional": "Spring Professional", "orizon": "Orizon", "cielotalent": "Cielo",
    "kornferry": "Korn Ferry", "apexsystems": "Apex Systems", "collabera": "Collabera",
    "judge": "Judge Group", "motionrecruitment": "Motion Recruitment", "vaco": "Vaco",
    # Executive search firms: they too search for a client ("CTO search (client: …)").
    "egonzehnder": "Egon Zehnder", "spencerstuart": "Spencer Stuart",
    "heidrick": "Heidrick & Struggles", "russellreynolds": "Russell Reynolds",
    "odgersberndtson": "Odgers Berndtson", "stantonchase": "Stanton Chase", "boyden": "Boyden",
}  # fmt: skip
# Names of tools and agencies as written in a title ("HackerRank Interview", "(via Hays)"),
# folded: never the company.
_NOT_COMPANY_NAMES = frozenset(
    re.sub(r"[^0-9a-z]+", "", n.lower()) for n in (*_TOOLS.values(), *_AGENCIES.values())
) | frozenset(
    {"codepair", "coderbyte", "testgorilla", "hirevue", "interviewingio", "brighthire",
     # Hiring tests' vendors and freelance marketplaces ("Cappfinity test - Kestrel & Vane",
     # "Upwork interview - … - Fernleaf Co.").
     "cappfinity", "sova", "arcticshores", "talentq", "cute", "watsonglaser", "saville", "amcat",
     "elitmus", "cubiks", "matrigma", "alvalabs", "clevry", "kenexa", "upwork", "fiverr", "malt",
     "toptal"}
)  # fmt: skip

# Second-level public suffixes common enough to matter (acme.co.uk → acme).
_SECOND_LEVEL = frozenset(
    {"co", "com", "org", "net", "ac", "gov", "edu", "ltd", "plc", "gob", "gouv", "or", "ne"}
)
_GROUP_CALENDAR = "group.calendar.google.com"  # a calendar several people share
_CALENDAR_SYSTEM = (
    "calendar.google.com",
    "resource.calendar.google.com",
    _GROUP_CALENDAR,
    "group.v.calendar.google.com",
    "import.calendar.google.com",
)
_ROBOT_LOCAL = re.compile(
    r"^(?:no-?reply|do-?not-?reply|notifications?|calendar|scheduling|scheduler|invites?|"
    r"mailer(?:-daemon)?|bounce[s]?|automated|system)(?:[+._-].*)?$"
)
_WORD = re.compile(r"[a-z]+")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
# Prefixes and suffixes that companies add to their domain's name (getacme.com, acmehq.com).
_DOMAIN_AFFIXES = re.compile(
    r"^(?:get|try|join|hello|use|go|meet|with|my)(?=[a-z]{3})|(?<=[a-z]{3})(?:hq|app|inc|labs|group|team|careers|jobs|io)$"
)


def domain_of(email: str) -> str:
    """The domain of an address, lower-case ("" when there is none)."""
    _, at, domain = email.rpartition("@")
    return domain.strip().strip(".").lower() if at else ""


@lru_cache(maxsize=4096)
def registrable(domain: str) -> str:
    """The registrable domain: mail.eu.acme.co.uk → acme.co.uk, jobs.stripe.com → stripe.com."""
    parts = [p for p in domain.lower().strip(".").split(".") if p]
    if len(parts) <= 2:
        return ".".join(parts)
    if parts[-2:] == ["onmicrosoft", "com"]:  # a Microsoft 365 tenant: acme.onmicrosoft.com
        return ".".join(parts[-3:])
    if parts[-2] in _SECOND_LEVEL and len(parts[-1]) == 2:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def _label(domain: str) -> str:
    return registrable(domain).split(".")[0]


@lru_cache(maxsize=4096)
def is_free_mail(domain: str) -> bool:
    domain = domain.lower()
    if not domain:
        return False
    if domain in FREE_MAIL_DOMAINS or registrable(domain) in FREE_MAIL_DOMAINS:
        return True
    return _label(domain) in _FREE_MAIL_LABELS


def is_calendar_system(domain: str) -> bool:
    """Google's own calendar addresses: rooms, groups, imported calendars."""
    return domain.endswith(_CALENDAR_SYSTEM)


def is_group_calendar(domain: str) -> bool:
    """A calendar a family or a team shares, whose events are anyone's of them."""
    return domain.endswith(_GROUP_CALENDAR)


@lru_cache(maxsize=4096)
def tool_for_host(host: str) -> str | None:
    """The scheduling/meeting tool a host or e-mail domain belongs to, if any."""
    host = host.lower().strip(".")
    while host:
        if host in _TOOLS:
            return _TOOLS[host]
        _, dot, host = host.partition(".")
        if not dot:
            break
    return None


# Words in a domain that say "staffing agency" (peaktalentsolutions.com, flexuitzend.nl).
_AGENCY_WORDS = re.compile(
    r"staffing|recruit|talent|personnel|zeitarbeit|uitzend|interim|resourcing|headhunt"
    r"|executivesearch|personaldienst|personalvermittlung|personalwerk|arbeitsvermittlung"
    r"|reclutamiento|recrutement|selezione"
)


@lru_cache(maxsize=4096)
def staffing_agency(domain: str) -> str | None:
    """The staffing agency a domain belongs to: a known one, or one whose name says so."""
    if not domain or tool_for_host(domain) is not None:
        return None
    label = _label(domain)
    if label in _AGENCIES:
        return _AGENCIES[label]
    return company_from_domain(domain) if _AGENCY_WORDS.search(label) else None


def tool_named(name: str) -> bool:
    """Whether a written name is a scheduling, hiring or meeting tool's or a staffing
    agency's ("HackerRank", "Robert Half"): such a name is never the employer."""
    return fold_alnum(name) in _NOT_COMPANY_NAMES


def is_robot_address(email: str) -> bool:
    """Addresses of tools and mailers rather than people."""
    local, _, domain = email.partition("@")
    if _ROBOT_LOCAL.match(local.lower()):
        return True
    return is_calendar_system(domain) or (
        tool_for_host(domain) is not None and tool_for_host(domain) not in MEETING_TOOLS
    )


def same_organisation(a: str, b: str) -> bool:
    """Whether two domains belong to the same registrable domain."""
    return bool(a) and bool(b) and registrable(a) == registrable(b)


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        base = "".join(c for c in unicodedata.normalize("NFKD", chr(code)) if c.isascii())
        if len(base) == 1:
            table[code] = base.lower()
    table[ord("İ")] = "i"
    # Letters with no decomposition that names spell with their base letter in a domain
    # (Øresund → oresund, Wisła → wisla, Đorđe → dorde).
    # (round 14: and the Turkish dotless i, "Bogazici Gida" written with it)
    for letter, base in (
        ("ø", "o"), ("Ø", "o"), ("ł", "l"), ("Ł", "l"), ("đ", "d"), ("Đ", "d"), ("ı", "i")
    ):  # fmt: skip
        table[ord(letter)] = base
    for quote in "‘’´`":
        table[ord(quote)] = "'"
    for dash in "‐‑‒–—":
        table[ord(dash)] = "-"
    return table


_FOLD = _build_fold_table()


def fold(text: str) -> str:
    """Lower-case without accents, the same length as `text` whenever possible
    ("Vorstellungsgespräch" → "vorstellungsgesprach") so that matches can be quoted."""
    folded = text.translate(_FOLD).lower()
    return folded if len(folded) == len(text) else text.translate(_FOLD)


def fold_alnum(text: str) -> str:
    """Lower-case letters and digits only: "Acme Robotics, Inc." → "acmeroboticsinc"."""
    return _NON_ALNUM.sub("", fold(text))


_UMLAUTS = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
)
_HAS_UMLAUT = re.compile("[äöüÄÖÜß]")


def matches_domain(name: str, keys: tuple[str, ...]) -> bool:
    """Whether a written name fits a domain's keys: "Zalando SE" ~ zalando.de,
    "Notion" ~ makenotion.com, "Brightwave Studio" ~ brightwave.studio."""
    folded = fold_alnum(name)
    if not folded:
        return False
    # German names are often spelled in the domain with ue/oe/ae/ss (brueckner.de).
    spelled = fold_alnum(name.translate(_UMLAUTS)) if _HAS_UMLAUT.search(name) else folded
    if spelled != folded and matches_domain(spelled, keys):
        return True
    # "Harbor & Vine" ~ harborandvine.com, "Linde & Söhne" ~ linde-und-soehne.de.
    if "&" in name and any(
        matches_domain(name.replace("&", f" {word} "), keys) for word in _AMPERSAND_WORDS
    ):
        return True
    for key in keys:
        if folded == key:
            return True
        if len(key) >= 4 and (folded.startswith(key) or folded.endswith(key)):
            return True
        if len(folded) >= 4 and (key.endswith(folded) or key.startswith(folded)):
            return True
    return False


_AMPERSAND_WORDS = ("and", "und", "et", "y", "e", "en")


@lru_cache(maxsize=4096)
def domain_keys(domain: str) -> tuple[str, ...]:
    """Folded forms a written company name may take for this domain (acmehq.com → acmehq, acme)."""
    label = _NON_ALNUM.sub("", _label(domain))
    keys = [label]
    bare = _DOMAIN_AFFIXES.sub("", label)
    if bare != label:
        keys.append(bare)
    return tuple(keys)


_MY_PREFIX = re.compile(r"^my(?=[a-z]{6,}$)")


def company_from_domain(domain: str) -> str:
    """A readable company name from a domain alone: stripe.com → Stripe,
    acme-robotics.com → Acme Robotics, careers.globex.co.uk → Globex."""
    label = _label(domain)
    # mybrightwheel.com → Brightwheel: "my" before a long name is the product's own address.
    label = _MY_PREFIX.sub("", label)
    words = [w for w in re.split(r"[-_]+", label) if w]
    return " ".join(w.upper() if len(w) <= 2 else w.capitalize() for w in words) or label


_NOT_NAME_PARTS = frozenset(
    {"recruiter", "recruiting", "recruits", "recruitment", "talent", "hr", "jobs", "careers",
     "team", "info", "hello", "contact", "hiring", "people", "office", "admin", "support",
     "noreply", "reply", "events", "interviews", "dev", "eng", "ops", "sales", "the"}
)  # fmt: skip


def name_from_email(email: str) -> str | None:
    """A person's name from an address shaped like first.last@ (None otherwise)."""
    local = email.partition("@")[0].split("+")[0]
    parts = [p for p in re.split(r"[._-]+", local) if p]
    if len(parts) < 2 or len(parts) > 3:
        return None
    if not all(_WORD.fullmatch(p) and len(p) >= 2 for p in parts):
        return None
    if any(p.lower() in _NOT_NAME_PARTS for p in parts):
        return None
    return " ".join(p.capitalize() for p in parts)
