"""Tuned part, written in round 7 of issue 15 (split "tuned"): the families round 5's held-out
part (round5.py) found the detector weak in, written after that part was opened for tuning, each
with new companies, words and languages (none copies a round-5 event): interviews named in
Polish, Swedish, Danish, Norwegian, Finnish, Czech and Turkish; assessment centres, case
presentations and technical talks; a French "reporter" (to put off); hiring tools under any
top-level domain whose display name is the employer's; a Microsoft 365 tenant's address; titles
starting with how one meets ("Telephone", "Online", "Tel.") or a round in shorthand ("R2"); a
staffing agency that keeps its client confidential, or meets at its "opdrachtgever"; a domain
longer than the name the title gives ("Halden" for haldenbio.com); particles, commas and legal
forms inside names (in prose, not in a letter's signature); roles named after the word for a
job in many languages, with their field after a comma, on a booking tool's "Service:" line, in
a description's heading or a title's second line, after a requisition number or a stage word.
Hard negatives next to each rule: radio interviews by their studio or outlet's domain, someone
the person hires at home ("Babysitter interview"), colleagues one is scheduled to interview,
tech talks at a meetup, an assessment centre one designs at work, a "Graduate Scheme" that is no
role, and a title name the title writes in full ("Fenwick", not "Fenwick Capital")."""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _t(summary: str, **kw: Any) -> None:
    ev(summary, split="tuned", **kw)


def build() -> None:
    _more_languages()
    _assessment_centres_and_cases()
    _french_reporter_and_radio()
    _someone_else_interviewed()
    _hiring_tools_anywhere()
    _how_one_meets_in_titles()
    _agencies()
    _names_written_longer()
    _particles_commas_legal_forms()
    _roles_named_in_description()
    _roles_in_titles()


def _more_languages() -> None:
    _t(
        "Rozmowa kwalifikacyjna – Analityk Danych – Odra Finanse",
        interview=True,
        company="Odra Finanse",
        role="Analityk Danych",
        org=("rekrutacja@odrafinanse.pl", "Rekrutacja Odra Finanse"),
        att=[person("m.kowalczyk@odrafinanse.pl", "Marta Kowalczyk")],
        desc="Dziękujemy za aplikację na stanowisko Analityk Danych. Rozmowa potrwa 45 minut.",
        zone="Europe/Warsaw",
    )
    _t(
        "Jobbintervju – Fjellheim Energi",
        interview=True,
        company="Fjellheim Energi",
        role="Utvikler",
        org=("rekruttering@fjellheim.no", "Fjellheim Energi Rekruttering"),
        att=[person("ola.nordli@fjellheim.no", "Ola Nordli")],
        desc="Hei Alex! Takk for din søknad på stillingen som Utvikler. Vi gleder oss.",
        zone="Europe/Oslo",
    )
    _t(
        "Ansættelsessamtale hos Vesterhav Shipping",
        interview=True,
        company="Vesterhav Shipping",
        org=("hr@vesterhavshipping.dk", "HR Vesterhav Shipping"),
        att=[person("hr@vesterhavshipping.dk", "HR Vesterhav Shipping")],
        desc="Tak for din ansøgning. Samtalen foregår på vores kontor i Esbjerg.",
        zone="Europe/Copenhagen",
    )
    _t(
        "Työhaastattelu – Kuusamo Data Oy",
        interview=True,
        company="Kuusamo Data Oy",
        org=("rekry@kuusamodata.fi", "Kuusamo Data"),
        att=[person("aino.virtanen@kuusamodata.fi", "Aino Virtanen")],
        desc="Kiitos hakemuksesi perusteella kutsumme sinut haastatteluun.",
        zone="Europe/Helsinki",
    )
    _t(
        "Pohovor – Vltava Systems",
        interview=True,
        company="Vltava Systems",
        org=("nabor@vltavasystems.cz", "Vltava Systems"),
        att=[person("petr.novak@vltavasystems.cz", "Petr Novák")],
        desc="Děkujeme za Vaši přihlášku. Pohovor proběhne online.",
        zone="Europe/Prague",
    )
    _t(
        "İş görüşmesi – Boğaziçi Yazılım",
        interview=True,
        company="Boğaziçi Yazılım",
        org=("ik@bogaziciyazilim.com.tr", "Boğaziçi Yazılım İK"),
        att=[person("ik@bogaziciyazilim.com.tr", "Boğaziçi Yazılım İK")],
        desc="Başvurunuz için teşekkür ederiz. Görüşme yaklaşık 1 saat sürecektir.",
        zone="Europe/Istanbul",
    )
    _t(
        "Andra intervjun – Norrsken Logistik AB",
        interview=True,
        company="Norrsken Logistik AB",
        org=("rekrytering@norrskenlogistik.se", "Rekrytering Norrsken"),
        att=[person("lina.berg@norrskenlogistik.se", "Lina Berg")],
        desc="Tack för din ansökan till tjänsten som Lagerplanerare. Välkommen tillbaka!",
        zone="Europe/Stockholm",
    )
    # Negatives: a talk with one's accountant, an annual review at work.
    _t(
        "Rozmowa z księgową – podatki",
        interview=False,
        org=("alex.rivera@gmail.com", None),
        desc="Zabrać PIT i faktury.",
        zone="Europe/Warsaw",
    )
    _t(
        "Medarbejdersamtale med Jens",
        interview=False,
        me=WORK_ME,
        org=("jens.holm@initech.com", "Jens Holm"),
        att=[person("jens.holm@initech.com", "Jens Holm")],
        desc="Årlig samtale om mål og udvikling.",
        zone="Europe/Copenhagen",
    )


def _assessment_centres_and_cases() -> None:
    _t(
        "Assessment Centre – Northgate Utilities",
        interview=True,
        company="Northgate Utilities",
        org=("graduates@northgateutilities.co.uk", "Northgate Graduates"),
        att=[person("graduates@northgateutilities.co.uk", "Northgate Graduates")],
        desc=(
            "Congratulations on reaching our assessment centre for the Asset Management "
            "Graduate role. The day includes a group task and a competency interview."
        ),
        role="Asset Management Graduate",
        zone="Europe/London",
    )
    _t(
        "Casusopdracht presenteren – Waddenzee Advies",
        interview=True,
        company="Waddenzee Advies",
        role="Adviseur Duurzaamheid",
        org=("p.dekker@waddenzeeadvies.nl", "Pieter Dekker"),
        att=[person("p.dekker@waddenzeeadvies.nl", "Pieter Dekker")],
        desc=(
            "Hoi Alex, in de tweede ronde voor de functie van Adviseur Duurzaamheid presenteer "
            "je de casus aan het team."
        ),
        zone="Europe/Amsterdam",
    )
    _t(
        "Charla técnica – Desarrolladora Backend",
        interview=True,
        company="Pampa Digital",
        role="Desarrolladora Backend",
        org=("lucia.ferro@pampadigital.com.ar", "Lucía Ferro"),
        att=[person("lucia.ferro@pampadigital.com.ar", "Lucía Ferro")],
        desc="Hola Alex, la próxima instancia en Pampa Digital es una charla técnica de 1 hora.",
        zone="America/Argentina/Buenos_Aires",
    )
    _t(
        "Graduate assessment call – Ferrow Rail",
        interview=True,
        company="Ferrow Rail",
        org=("earlycareers@ferrowrail.co.uk", "Ferrow Rail Early Careers"),
        att=[person("earlycareers@ferrowrail.co.uk", "Ferrow Rail Early Careers")],
        desc="Thanks for applying to the 2026 Graduate Scheme. This call takes 30 minutes.",
        zone="Europe/London",
    )
    # Negatives: a meetup's tech talk, an assessment centre designed at work.
    _t(
        "Charla técnica: Observabilidad con OpenTelemetry",
        interview=False,
        org=("organizadores@meetup.com", "Meetup Cloud Native Córdoba"),
        att=[person("organizadores@meetup.com", "Meetup Cloud Native Córdoba")],
        desc="Meetup mensual de la comunidad. Charla y networking con pizza.",
        zone="America/Argentina/Cordoba",
    )
    _t(
        "Assessment Centre design review",
        interview=False,
        me=WORK_ME,
        org=("maya.cho@initech.com", "Maya Cho"),
        att=[person("maya.cho@initech.com", "Maya Cho"), person("tom.ng@initech.com", "Tom Ng")],
        desc="Agree the exercises and scoring for next month's graduate assessment centre.",
    )


def _french_reporter_and_radio() -> None:
    _t(
        "Échange avec la responsable – Cheffe de projet",
        interview=True,
        company="Mutuelle des Alpes",
        role="Cheffe de projet",
        org=("no-reply@smartrecruiters.com", "Mutuelle des Alpes"),
        att=[person("c.blanc@mutuelle-des-alpes.fr", "Claire Blanc")],
        desc=(
            "Bonjour Alex, Claire Blanc souhaite échanger avec vous au sujet du poste de Cheffe "
            "de projet. Pour reporter le rendez-vous : https://jobs.smartrecruiters.com/r/8812"
        ),
        zone="Europe/Paris",
    )
    # Negatives: radio, recognised by the studio and the outlet's address.
    _t(
        "Interview – chronique emploi",
        interview=False,
        org=("m.garnier@radio-littoral.fr", "Mathieu Garnier"),
        att=[person("m.garnier@radio-littoral.fr", "Mathieu Garnier")],
        loc="Radio Littoral, studio B",
        desc="Interview de 5 minutes sur le marché de l'emploi, enregistrée en studio.",
        zone="Europe/Paris",
    )
    _t(
        "Interview Morgenmagazin",
        interview=False,
        org=("redaktion@lokalradio-example.de", "Lokalradio Redaktion"),
        att=[person("redaktion@lokalradio-example.de", "Lokalradio Redaktion")],
        desc="Live-Schalte ins Studio, ca. 4 Minuten.",
        zone="Europe/Berlin",
    )


def _someone_else_interviewed() -> None:
    _t(
        "Interview with Marcus Bell – Data Analyst",
        interview=False,
        me=WORK_ME,
        org=("priya.shah@initech.com", "Priya Shah"),
        att=[
            person("priya.shah@initech.com", "Priya Shah"),
            person("marcus.bell77@yahoo.com", "Marcus Bell"),
        ],
        desc="Hi Alex, you're scheduled to interview Marcus for our Data Analyst opening.",
    )
    _t(
        "Babysitter interview – Emma",
        interview=False,
        org=("alex.rivera@gmail.com", None),
        att=[person("emma.sitter@gmail.com", "Emma K.")],
        desc="Ask about weekends and first aid.",
    )
    _t(
        "Entrevista niñera – Carmen",
        interview=False,
        org=("alex.rivera@gmail.com", None),
        desc="Por la tarde, con los niños en casa.",
        zone="Europe/Madrid",
    )
    # Positive: a nanny's own job interview, sent by an agency's client family office.
    _t(
        "Interview for the Nanny role – Brightstart Family Services",
        interview=True,
        company="Brightstart Family Services",
        role="Nanny",
        org=("hiring@brightstartfamily.com", "Brightstart Hiring"),
        att=[person("hiring@brightstartfamily.com", "Brightstart Hiring")],
        desc="Thanks for applying to the Nanny role. We'll meet at our office.",
    )


def _hiring_tools_anywhere() -> None:
    _t(
        "Interview Scheduled: JR-88120 Treasury Analyst",
        interview=True,
        company="Lindqvist Holdings",
        role="Treasury Analyst",
        org=("lindqvist@myworkday.eu", "Lindqvist Holdings Talent Acquisition"),
        att=[person("s.lind@lindqvistholdings.com", "Sara Lind")],
        desc=(
            "Thank you for your interest in the Treasury Analyst position with Lindqvist "
            "Holdings. Your interview has been scheduled."
        ),
        zone="Europe/Stockholm",
    )
    _t(
        "Entrevista online – Programa de Estágio",
        interview=True,
        company="Grupo Ipê Amarelo",
        role="Programa de Estágio",
        org=("naoresponda@gupy.com.br", "Grupo Ipê Amarelo"),
        att=[person("estagio@ipeamarelo.com.br", "Estágio Ipê Amarelo")],
        desc="Olá! Sua entrevista para o Programa de Estágio do Grupo Ipê Amarelo está marcada.",
        zone="America/Sao_Paulo",
    )
    _t(
        "Phone Interview – Graduate Surveyor",
        interview=True,
        company="Ashworth Partners",
        role="Graduate Surveyor",
        org=("Careers@ashworthpartners.onmicrosoft.com", "Ashworth Partners Graduate Careers"),
        att=[person("Careers@ashworthpartners.onmicrosoft.com", "Ashworth Partners Careers")],
        desc="Your booking is confirmed.\n\nService: Phone Interview – Graduate Surveyor\n",
        zone="Europe/London",
    )


def _how_one_meets_in_titles() -> None:
    _t(
        "Telephone screen – Calder Mills",
        interview=True,
        company="Calder Mills",
        org=("talent@caldermills.com", "Calder Mills Talent"),
        att=[person("talent@caldermills.com", "Calder Mills Talent")],
    )
    _t(
        "Online interview – Brisk & Holt",
        interview=True,
        company="Brisk & Holt",
        org=("assessments@shl.com", "SHL"),
        desc="As part of your application to Brisk & Holt, please join this online interview.",
    )
    _t(
        "Tel. Interview Quarry Lane 📞",
        interview=True,
        company="Quarry Lane",
        desc="they call me, have the CV open",
    )
    _t(
        "R3 Tidewell",
        interview=True,
        company="Tidewell",
        desc="final round with the founders. ask about equity",
    )


def _agencies() -> None:
    _t(
        "Interview – Lead Data Engineer (client confidential)",
        interview=True,
        company="Harbourside Recruitment",
        role="Lead Data Engineer",
        org=("tom.reid@harboursiderecruitment.co.uk", "Tom Reid"),
        att=[person("tom.reid@harboursiderecruitment.co.uk", "Tom Reid")],
        desc=(
            "Hi Alex, confirming your first interview for the Lead Data Engineer role. The "
            "client prefers to stay confidential for now.\n\nTom Reid\nHarbourside Recruitment"
        ),
        zone="Europe/London",
    )
    _t(
        "Kennismaking bij opdrachtgever Waterschap Lindemeer",
        interview=True,
        company="Waterschap Lindemeer",
        org=("sanne@flexwerkbureau.nl", "Sanne Visser"),
        att=[person("sanne@flexwerkbureau.nl", "Sanne Visser")],
        desc="Het waterschap wil je graag spreken over de interim-opdracht Adviseur Assetbeheer.",
        role="Adviseur Assetbeheer",
        zone="Europe/Amsterdam",
    )
    _t(
        "Vorstellungstermin beim Kunden – Elbtal Klinikum",
        interview=True,
        company="Elbtal Klinikum",
        org=("j.kraus@kraus-personal.de", "Jana Kraus"),
        att=[person("j.kraus@kraus-personal.de", "Jana Kraus")],
        desc="Anbei Ihr Termin bei unserem Kunden für die Stelle als Medizincontroller.",
        role="Medizincontroller",
        zone="Europe/Berlin",
    )


def _names_written_longer() -> None:
    _t(
        "Halden Onsite – Assay Design",
        interview=True,
        company="Halden Biosciences",
        org=("kim.ota@haldenbio.com", "Kim Ota"),
        att=[person("r.sato@haldenbio.com", "Rei Sato")],
        loc="Halden Biosciences, 40 Pier Rd",
        desc="Halden Biosciences onsite – Research Associate\n\nParking in lot C.",
        role="Research Associate",
    )
    # The title writes the name in full: no longer name from the description.
    _t(
        "Interview with Fenwick",
        interview=True,
        company="Fenwick",
        org=("talent@fenwick.com", "Fenwick Talent"),
        att=[person("amy.chu@fenwick.com", "Amy Chu")],
        desc="Amy leads the growth team, formerly at Fenwick Capital.",
    )


def _particles_commas_legal_forms() -> None:
    _t(
        "Colloquio con HR",
        interview=True,
        company="Cassa di Risparmio di Vesta",
        org=("selezione@cassarisparmiovesta.it", "Selezione – Cassa di Risparmio di Vesta"),
        att=[person("selezione@cassarisparmiovesta.it", "Selezione")],
        desc="Primo colloquio con l'Ufficio Personale della Cassa di Risparmio di Vesta.",
        zone="Europe/Rome",
    )
    _t(
        "Entretien RH – Compagnie des Ports de l'Atlantique",
        interview=True,
        company="Compagnie des Ports de l'Atlantique",
        org=("rh@ports-atlantique.fr", "RH CPA"),
        att=[person("rh@ports-atlantique.fr", "RH CPA")],
        zone="Europe/Paris",
    )
    _t(
        "Entrevista – Almeida, Costa & Associados",
        interview=True,
        company="Almeida, Costa & Associados",
        org=("rh@almeidacosta.pt", "RH Almeida, Costa & Associados"),
        att=[person("rh@almeidacosta.pt", "RH Almeida, Costa & Associados")],
        zone="Europe/Lisbon",
    )
    _t(
        "Second interview",
        interview=True,
        company="Tejo Seguros",
        org=("recrutamento@tejoseguros.pt", "Recrutamento Tejo Seguros"),
        att=[person("recrutamento@tejoseguros.pt", "Recrutamento Tejo Seguros")],
        desc="Segunda entrevista na sede.\n\nCumprimentos,\nTejo Seguros S.A.\nRua Augusta 12",
        zone="Europe/Lisbon",
    )
    _t(
        "Vorstellungsgespräch",
        interview=True,
        company="Auenwald Maschinenbau GmbH",
        org=("jobs@auenwald-maschinenbau.de", "Karriere Auenwald"),
        att=[person("jobs@auenwald-maschinenbau.de", "Karriere Auenwald")],
        desc="vielen Dank für Ihr Interesse an der Auenwald Maschinenbau GmbH. Wir freuen uns.",
        zone="Europe/Berlin",
    )
    _t(
        "Rozmowa rekrutacyjna – Bałtyk Soft Sp. z o.o.",
        interview=True,
        company="Bałtyk Soft Sp. z o.o.",
        org=("hr@baltyksoft.pl", "HR Bałtyk Soft"),
        att=[person("hr@baltyksoft.pl", "HR Bałtyk Soft")],
        zone="Europe/Warsaw",
    )
    _t(
        "Entrevista – Grupo Nopal S.A. de C.V.",
        interview=True,
        company="Grupo Nopal S.A. de C.V.",
        org=("talento@gruponopal.mx", "Talento Grupo Nopal"),
        att=[person("talento@gruponopal.mx", "Talento Grupo Nopal")],
        zone="America/Mexico_City",
    )


def _roles_named_in_description() -> None:
    _t(
        "HackerRank test – Corvane Labs",
        interview=True,
        company="Corvane Labs",
        role="Firmware Engineer",
        org=("no-reply@hackerrank.com", "HackerRank"),
        desc="Corvane Labs invites you to a coding test for the position of Firmware Engineer.",
    )
    _t(
        "Colloquio tecnico – Vetreria Murano Nova",
        interview=True,
        company="Vetreria Murano Nova",
        role="Tecnologo di Processo",
        org=("hr@muranonova.it", "HR Murano Nova"),
        att=[person("hr@muranonova.it", "HR Murano Nova")],
        desc="Gentile Alex, la invitiamo per la posizione di Tecnologo di Processo.",
        zone="Europe/Rome",
    )
    _t(
        "Virtual Onsite – Pairing (Alex Rivera)",
        interview=True,
        company="Lumenfield",
        role="Software Engineer, Payments",
        org=("scheduling@goodtime.io", "GoodTime"),
        att=[person("d.ruiz@lumenfield.com", "Diego Ruiz")],
        desc="Here is your pairing session for the Software Engineer, Payments loop at Lumenfield.",
    )
    _t(
        "Screening",
        interview=True,
        company="Orchid Ledger",
        role="Payroll Coordinator",
        org=("noreply@zohobookings.com", "Zoho Bookings"),
        att=[person("fatima@orchidledger.com", "Fatima Noor")],
        desc="Appointment confirmed\n\nService: Candidate call – Payroll Coordinator\n",
    )
    _t(
        "Interview – Alex Rivera / Kittering Capital",
        interview=True,
        company="Kittering Capital",
        role="Risk Developer",
        org=("scheduler@cronofy.com", "Kittering Capital Recruiting"),
        att=[person("j.lowe@kitteringcap.com", "Jon Lowe")],
        desc="Risk Developer – second round\n\nYou will speak with Jon Lowe.",
    )
    _t(
        "Kennismakingsgesprek – Brons Bouwtechniek",
        interview=True,
        company="Brons Bouwtechniek",
        role="Calculator",
        org=("h.brons@bronsbouw.nl", "Henk Brons"),
        att=[person("h.brons@bronsbouw.nl", "Henk Brons")],
        desc="Leuk dat je wilt komen praten over de functie van Calculator.",
        zone="Europe/Amsterdam",
    )
    # "Graduate Scheme" is no role.
    _t(
        "Assessment day – Marlin Water",
        interview=True,
        company="Marlin Water",
        org=("graduates@marlinwater.co.uk", "Marlin Water Graduates"),
        att=[person("graduates@marlinwater.co.uk", "Marlin Water Graduates")],
        desc="Your application to the Graduate Scheme has progressed to our assessment day.",
        zone="Europe/London",
    )


def _roles_in_titles() -> None:
    _t(
        "Interview: Saltmarsh Studio\nMotion Designer",
        interview=True,
        company="Saltmarsh Studio",
        role="Motion Designer",
        org=("e.pike@saltmarsh.studio", "Eve Pike"),
        att=[person("e.pike@saltmarsh.studio", "Eve Pike")],
    )
    _t(
        "Zweites Gespräch Teamleiter Disposition",
        interview=True,
        company="Kranhafen Logistik",
        role="Teamleiter Disposition",
        org=("bewerbung@kranhafen-logistik.de", "Kranhafen Logistik Personal"),
        att=[person("bewerbung@kranhafen-logistik.de", "Kranhafen Logistik Personal")],
        loc="Kranhafen Logistik, Hafenstraße 4",
        desc="Wir freuen uns auf das zweite Gespräch mit Ihnen.",
        zone="Europe/Berlin",
    )
    _t(
        "Interview – Vertriebsmanager:in – Seewind Solar",
        interview=True,
        company="Seewind Solar",
        role="Vertriebsmanager:in",
        org=("jobs@seewind-solar.de", "Seewind Solar Jobs"),
        att=[person("jobs@seewind-solar.de", "Seewind Solar Jobs")],
        zone="Europe/Berlin",
    )
    _t(
        "Interview – Events Coordinator – Fairlight Venues",
        interview=True,
        company="Fairlight Venues",
        role="Events Coordinator",
        org=("people@fairlightvenues.com", "Fairlight People"),
        att=[person("people@fairlightvenues.com", "Fairlight People")],
    )
