"""Tuned part, written in round 6 of issue 15 (split "tuned"): the families round 4's held-out
part (round4.py) found the detector weak in, written after that part was opened for tuning, each
with new companies, words and languages (none copies a round-4 event): a hiring person named in
brackets by their team alone ("Talent", "RH", "People"), a hiring team's name on the organizer,
an inviter's "no preparation needed", trial days of work, case studies and later rounds and
conversations with HR in several languages, Portuguese "painel", the agenda items of an onsite,
a company's name written longer than its domain, particles inside names, emoji in titles, a
search firm's invitation naming the client its interviewer comes from, role words ("-ologist",
"Técnico de", inclusive gender marks); and hard negatives: press interviews arranged by one's
own communications team, "Interview <someone>" as a verb, official and admission interviews,
reference calls, solar panels and customer case studies; with positives guarding each rule."""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _t(summary: str, **kw: Any) -> None:
    ev(summary, split="tuned", **kw)


def build() -> None:
    _hiring_people_in_brackets()
    _hiring_team_names()
    _no_preparation_needed()
    _trial_days()
    _cases_and_rounds()
    _conversations_with_hr()
    _onsite_agenda()
    _names_in_full()
    _emoji()
    _search_firms()
    _role_words()
    _press_by_own_team()
    _interviewing_someone()
    _official_interviews()
    _references()


def _hiring_people_in_brackets() -> None:
    _t(
        "Koffie met Sanne (Recruitment, Duinvogel Energie)",
        interview=True,
        company="Duinvogel Energie",
        org=("sanne.devries@duinvogel.nl", "Sanne de Vries"),
        att=[person("sanne.devries@duinvogel.nl", "Sanne de Vries")],
        zone="Europe/Amsterdam",
    )
    _t(
        "Telefonat mit Jonas (Talent Acquisition, Feldberg Optik)",
        interview=True,
        company="Feldberg Optik",
        org=("jonas.maier@feldberg-optik.de", "Jonas Maier"),
        att=[person("jonas.maier@feldberg-optik.de", "Jonas Maier")],
        zone="Europe/Berlin",
    )
    _t(
        "Conversa com Rita (RH · Jaboti Seguros)",
        interview=True,
        company="Jaboti Seguros",
        org=("rita.campos@jabotiseguros.com.br", "Rita Campos"),
        att=[person("rita.campos@jabotiseguros.com.br", "Rita Campos")],
        zone="America/Sao_Paulo",
    )
    _t(
        "Quick call with Devon (People, Tidewater Analytics)",
        interview=True,
        company="Tidewater Analytics",
        org=("devon@tidewateranalytics.com", "Devon Price"),
        att=[person("devon@tidewateranalytics.com", "Devon Price")],
    )
    _t(
        "Chiacchierata con Marta (HR, Lanterna Robotics)",
        interview=True,
        company="Lanterna Robotics",
        org=("marta.galli@lanternarobotics.it", "Marta Galli"),
        att=[person("marta.galli@lanternarobotics.it", "Marta Galli")],
        desc="Ciao Alex, grazie per la candidatura! Due parole sul ruolo e sul team.",
        zone="Europe/Rome",
    )
    # Hard negatives: a speaker at a meetup, a vendor's salesperson, one's own HR at work.
    _t(
        "Charla con Lucía Méndez (ponente, Meetup Python Sevilla)",
        interview=False,
        org=("organizacion@pythonsevilla.es", "Python Sevilla"),
        att=[person("organizacion@pythonsevilla.es", "Python Sevilla")],
        zone="Europe/Madrid",
    )
    _t(
        "Call with Omar (Account Executive, Zentrix)",
        interview=False,
        org=("omar.haddad@zentrix.com", "Omar Haddad"),
        att=[person("omar.haddad@zentrix.com", "Omar Haddad")],
        desc="Walkthrough of the Zentrix observability platform and pricing.",
    )
    _t(
        "Charla con Pablo (RRHH, Initech) – plan de pensiones",
        interview=False,
        me=WORK_ME,
        org=("pablo.ortega@initech.com", "Pablo Ortega"),
        att=[person("pablo.ortega@initech.com", "Pablo Ortega")],
        zone="Europe/Madrid",
    )


def _hiring_team_names() -> None:
    _t(
        "Onsite 2/3 – Whiteboard session",
        interview=True,
        company="Quillfeather",
        org=("coordination@quillfeather.io", "Quillfeather Talent Acquisition"),
        att=[person("hamid.r@quillfeather.io", "Hamid Rahimi")],
    )
    _t(
        "Final round (4/4): Lunch with the team",
        interview=True,
        company="Brambleway",
        org=("ops@brambleway.com", "Brambleway Careers"),
        att=[person("tess.marlow@brambleway.com", "Tess Marlow")],
        loc="Brambleway, 300 Pine St, Seattle",
    )
    _t(
        "Panel técnico – arquitectura",
        interview=True,
        company="Lumbre",
        org=("agenda@lumbre.com.ar", "Lumbre Reclutamiento"),
        att=[person("nicolas.paz@lumbre.com.ar", "Nicolás Paz")],
        zone="America/Argentina/Buenos_Aires",
    )
    # Hard negative: a hiring team's invitation to an info session.
    _t(
        "Onsite info session for students",
        interview=False,
        org=("campus@northwindlabs.io", "Northwind Labs Recruiting"),
        att=[person("campus@northwindlabs.io", "Northwind Labs Recruiting")],
        desc="Pizza, a tour and Q&A with our engineers.",
    )


def _no_preparation_needed() -> None:
    _t(
        "Zweites Gespräch – Hafenkran Logistik",
        interview=True,
        company="Hafenkran Logistik",
        org=("karriere@hafenkran.de", "Hafenkran Logistik"),
        att=[person("ute.brandt@hafenkran.de", "Ute Brandt")],
        desc="Hallo Alex, keine besondere Vorbereitung nötig – wir sprechen über deine Projekte.",
        zone="Europe/Berlin",
    )
    _t(
        "Entrevista final – Quebracho Energía",
        interview=True,
        company="Quebracho Energía",
        org=("seleccion@quebrachoenergia.com", "Quebracho Energía"),
        att=[person("ines.roldan@quebrachoenergia.com", "Inés Roldán")],
        desc="Hola Alex: sin preparación previa, será una conversación con nuestra CEO.",
        zone="America/Argentina/Buenos_Aires",
    )
    _t(
        "Entretien final – Maison Corbière",
        interview=True,
        company="Maison Corbière",
        org=("rh@maisoncorbiere.fr", "Maison Corbière"),
        att=[person("a.lemaire@maisoncorbiere.fr", "Anne Lemaire")],
        desc="Aucune préparation n'est nécessaire : nous échangerons sur votre parcours.",
        zone="Europe/Paris",
    )
    _t(
        "Onsite – Tallowby",
        interview=True,
        company="Tallowby",
        org=("jess@tallowby.com", "Jess Okoro"),
        att=[person("jess@tallowby.com", "Jess Okoro"), person("ravi@tallowby.com", "Ravi Iyer")],
        desc=(
            "No prep needed, come as you are. As preparation for your onsite, feel free to skim "
            "our engineering blog."
        ),
    )
    # Hard negatives: practice with a coach, however relaxed its description.
    _t(
        "Interview prep with Dana (career coach)",
        interview=False,
        org=("dana.whit@gmail.com", "Dana Whitfield"),
        att=[person("dana.whit@gmail.com", "Dana Whitfield")],
        desc="No preparation needed from you beforehand, just bring your CV.",
    )
    _t(
        "Mock interview – behavioural",
        interview=False,
        org=("jules.p@outlook.com", "Jules P"),
        att=[person("jules.p@outlook.com", "Jules P")],
        desc="No preparation needed.",
    )


def _trial_days() -> None:
    _t(
        "Probearbeiten – Café Kornblume",
        interview=True,
        company="Café Kornblume",
        org=("team@cafe-kornblume.de", "Café Kornblume"),
        att=[person("team@cafe-kornblume.de", "Café Kornblume")],
        desc="Wir freuen uns auf deinen Probetag! Bitte bequeme Schuhe mitbringen.",
        zone="Europe/Berlin",
    )
    _t(
        "Proefdag bij Bakkerij Vermeulen",
        interview=True,
        company="Bakkerij Vermeulen",
        org=("joost@bakkerijvermeulen.nl", "Joost Vermeulen"),
        att=[person("joost@bakkerijvermeulen.nl", "Joost Vermeulen")],
        zone="Europe/Amsterdam",
    )
    _t(
        "Work trial – Saltmarsh Coffee Roasters",
        interview=True,
        company="Saltmarsh Coffee Roasters",
        org=("jobs@saltmarshcoffee.com", "Saltmarsh Coffee"),
        att=[person("gemma@saltmarshcoffee.com", "Gemma Holt")],
        desc="A paid four-hour shift behind the bar with Gemma.",
        zone="Europe/London",
    )
    # Hard negatives: trial sessions at a gym, a yoga studio and a CrossFit box.
    _t(
        "Probetraining – Boulderhalle Steinbock",
        interview=False,
        org=("info@steinbock-bouldern.de", "Boulderhalle Steinbock"),
        att=[person("info@steinbock-bouldern.de", "Boulderhalle Steinbock")],
        zone="Europe/Berlin",
    )
    _t("Proefles yoga – Studio Lotus", interview=False, zone="Europe/Amsterdam")
    _t(
        "Free trial day – Forge CrossFit",
        interview=False,
        org=("coach@forgecrossfit.com", "Forge CrossFit"),
        att=[person("coach@forgecrossfit.com", "Forge CrossFit")],
    )


def _cases_and_rounds() -> None:
    _t(
        "Fallstudie (2. Runde) – Kranich & Partner",
        interview=True,
        company="Kranich & Partner",
        org=("bewerbung@kranich-partner.de", "Kranich & Partner"),
        att=[person("l.haas@kranich-partner.de", "Lena Haas")],
        desc="Bitte bringen Sie einen Taschenrechner mit.",
        zone="Europe/Berlin",
    )
    _t(
        "Caso práctico – segunda fase | Altamar Consultores",
        interview=True,
        company="Altamar Consultores",
        org=("seleccion@altamarconsultores.es", "Altamar Consultores"),
        att=[person("jorge.vidal@altamarconsultores.es", "Jorge Vidal")],
        zone="Europe/Madrid",
    )
    _t(
        "Estudo de caso (terceira etapa) – Ipanema Capital",
        interview=True,
        company="Ipanema Capital",
        org=("vagas@ipanemacapital.com.br", "Ipanema Capital"),
        att=[person("bruna.lopes@ipanemacapital.com.br", "Bruna Lopes")],
        zone="America/Sao_Paulo",
    )
    _t(
        "Tweede ronde – Zeeland Havenbedrijf",
        interview=True,
        company="Zeeland Havenbedrijf",
        org=("werving@zeelandhavenbedrijf.nl", "Zeeland Havenbedrijf"),
        att=[person("m.kok@zeelandhavenbedrijf.nl", "Marloes Kok")],
        zone="Europe/Amsterdam",
    )
    # Hard negatives: a customer's case study, a padel final and an election's second round.
    _t(
        "Customer case study interview – Brightline Freight",
        interview=False,
        me=WORK_ME,
        org=(WORK_ME, None),
        att=[person("ops.lead@brightlinefreight.com", "Maya Ortiz")],
        desc="Questions for the case study on their routing rollout; marketing will record it.",
    )
    _t("Fase final – torneo de pádel del club", interview=False, zone="Europe/Madrid")
    _t("2e tour – élections municipales", interview=False, all_day=True, zone="Europe/Paris")


def _conversations_with_hr() -> None:
    _t(
        "Gespräch mit der Personalabteilung – Auwald Medizintechnik",
        interview=True,
        company="Auwald Medizintechnik",
        org=("personal@auwald-medtech.de", "Auwald Medizintechnik"),
        att=[person("s.krause@auwald-medtech.de", "Sabine Krause")],
        desc="Vielen Dank für Ihre Bewerbung. Wir freuen uns auf das Gespräch.",
        zone="Europe/Berlin",
    )
    _t(
        "Llamada con Recursos Humanos – Grupo Tamarindo",
        interview=True,
        company="Grupo Tamarindo",
        org=("talento@grupotamarindo.mx", "Talento Tamarindo"),
        att=[person("talento@grupotamarindo.mx")],
        zone="America/Mexico_City",
    )
    _t(
        "Call with the People team – Vantage Orchards",
        interview=True,
        company="Vantage Orchards",
        org=("people@vantageorchards.com", "Vantage Orchards People"),
        att=[person("kira@vantageorchards.com", "Kira Bell")],
        desc="Thanks for applying! A first conversation about your background.",
    )
    _t(
        "Painel com a liderança | Sabiá Energia",
        interview=True,
        company="Sabiá Energia",
        org=("vagas@sabiaenergia.com.br", "Sabiá Energia"),
        att=[
            person("otavio.reis@sabiaenergia.com.br", "Otávio Reis"),
            person("lia.mendes@sabiaenergia.com.br", "Lia Mendes"),
        ],
        desc="Painel: Otávio Reis (COO), Lia Mendes (Diretora de Pessoas)",
        zone="America/Sao_Paulo",
    )
    # Hard negatives: HR at one's own work, a former employer's HR, a solar panel's install.
    _t(
        "Call with HR re: parental leave",
        interview=False,
        me=WORK_ME,
        org=("hr@initech.com", "Initech HR"),
        att=[person("hr@initech.com", "Initech HR")],
    )
    _t(
        "Chat with HR about my final paycheck",
        interview=False,
        org=("payroll@globexcorp.com", "Globex HR"),
        att=[person("payroll@globexcorp.com", "Globex HR")],
        desc="Final paycheck, unused PTO and COBRA paperwork.",
    )
    _t(
        "Instalação do painel solar – SolarTec",
        interview=False,
        org=("agenda@solartec.com.br", "SolarTec"),
        att=[person("agenda@solartec.com.br", "SolarTec")],
        loc="Rua das Acácias 120, Campinas",
        zone="America/Sao_Paulo",
    )


def _onsite_agenda() -> None:
    _t(
        "Onsite (2/4): Office tour",
        interview=True,
        company="Fernhollow",
        org=("coordinator@fernhollow.com", "Fernhollow Recruiting"),
        att=[person("b.nakata@fernhollow.com", "Ben Nakata")],
    )
    _t(
        "Virtual onsite – Wrap-up with the hiring manager",
        interview=True,
        company="Glasswing",
        org=("amara@glasswing.ai", "Amara Eze"),
        att=[person("amara@glasswing.ai", "Amara Eze")],
    )
    # Hard negative: a team lunch at work.
    _t(
        "Team lunch – Q3 kickoff",
        interview=False,
        me=WORK_ME,
        org=("pm@initech.com", "PM"),
        att=[person("pm@initech.com"), person("dev1@initech.com")],
    )


def _names_in_full() -> None:
    _t(
        "Onsite (full day)",
        interview=True,
        company="Corvane Robotics",
        org=("talent@corvane.com", "Corvane Talent"),
        att=[person("hugo.lind@corvane.com", "Hugo Lind")],
        desc="Your visit with the Corvane Robotics Talent Team is confirmed. Hugo meets you.",
    )
    _t(
        "Entrevista de trabajo",
        interview=True,
        company="Almácigo Seguros",
        org=("rrhh@almacigo.es", "RRHH Almácigo"),
        att=[person("pilar.sanz@almacigo.es", "Pilar Sanz")],
        loc="Almácigo Seguros, Calle Serrano 41, Madrid",
        zone="Europe/Madrid",
    )
    _t(
        "Interview with Pike and Rowe",
        interview=True,
        company="Pike and Rowe",
        org=("recruiting@pikerowe.com", "Pike and Rowe Recruiting"),
        att=[person("c.rowe@pikerowe.com", "Clara Rowe")],
        desc="Clara Rowe, a partner at Pike and Rowe Partners, will lead the conversation.",
    )
    _t(
        "Coding interview (90 min)\nHalden Marine Systems",
        interview=True,
        company="Halden Marine Systems",
        org=("jobs@haldenmarine.no", "Halden Marine Jobs"),
        att=[person("eirik.dahl@haldenmarine.no", "Eirik Dahl")],
        zone="Europe/Oslo",
    )
    _t(
        "Gesprek met Van der Linde Bouw",
        interview=True,
        company="Van der Linde Bouw",
        org=("j.vanderlinde@vdlindebouw.nl", "Joris van der Linde"),
        att=[person("j.vanderlinde@vdlindebouw.nl", "Joris van der Linde")],
        desc="Bedankt voor je sollicitatie als werkvoorbereider.",
        zone="Europe/Amsterdam",
    )
    _t(
        "Entrevista – Banco do Cerrado",
        interview=True,
        company="Banco do Cerrado",
        org=("recrutamento@bancocerrado.com.br", "Recrutamento Banco do Cerrado"),
        att=[person("caio.prado@bancocerrado.com.br", "Caio Prado")],
        zone="America/Sao_Paulo",
    )
    # Guards: a name the title gives is as the title writes it (not a division's), a
    # department in the organizer's name, a topic after "de".
    _t(
        "Onsite – Halcyon",
        interview=True,
        company="Halcyon",
        org=("recruiting@halcyon.com", "Halcyon Recruiting"),
        att=[person("ivo.marsh@halcyon.com", "Ivo Marsh")],
        desc="You'll meet three engineers from the Halcyon Capital team.",
    )
    _t(
        "Portfolio review – Saffron",
        interview=True,
        company="Saffron",
        org=("design-jobs@saffron.studio", "Saffron Design Careers"),
        att=[person("design-jobs@saffron.studio")],
    )
    _t(
        "Entrevista Técnica de Backend – Tucán Pagos",
        interview=True,
        company="Tucán Pagos",
        org=("talento@tucanpagos.co", "Talento Tucán"),
        att=[person("andres.mora@tucanpagos.co", "Andrés Mora")],
        zone="America/Bogota",
    )


def _emoji() -> None:
    _t("✨ Final round @ Moonquarry ✨", interview=True, company="Moonquarry")
    _t(
        "📞 Phone screen – Tidepool Health",
        interview=True,
        company="Tidepool Health",
        org=("ana@tidepoolhealth.com", "Ana Ruiz"),
        att=[person("ana@tidepoolhealth.com", "Ana Ruiz")],
    )
    _t("🎬 Interview with the Vampire – movie night", interview=False, loc="Roxie Theater")


def _search_firms() -> None:
    _t(
        "Interview – Harcourt Vale (Finance Director)",
        interview=True,
        company="Harcourt Vale",
        role="Finance Director",
        org=("sophie.lang@pinnaclesearch.co.uk", "Sophie Lang | Pinnacle Search"),
        att=[
            person("sophie.lang@pinnaclesearch.co.uk", "Sophie Lang | Pinnacle Search"),
            person("g.osei@harcourtvale.com", "George Osei"),
        ],
        desc="Confirming your meeting with George Osei, CFO. Good luck – call me afterwards.",
        zone="Europe/London",
    )
    _t(
        "Vorstellungsgespräch bei Lindqvist Maschinenbau",
        interview=True,
        company="Lindqvist Maschinenbau",
        org=("m.weber@weber-executive.de", "Martin Weber"),
        att=[
            person("m.weber@weber-executive.de", "Martin Weber"),
            person("k.lindqvist@lindqvist-maschinenbau.de", "Karin Lindqvist"),
        ],
        zone="Europe/Berlin",
    )
    # Guard: the organizer's company named, an outside panelist on the invitation.
    _t(
        "Interview with Brightfold",
        interview=True,
        company="Brightfold",
        org=("dana.ng@brightfold.io", "Dana Ng"),
        att=[
            person("dana.ng@brightfold.io", "Dana Ng"),
            person("panel@quorumadvisors.com", "Quorum Advisors"),
        ],
    )


def _role_words() -> None:
    _t(
        "Entretien : Développeur·se Python – Ondine Data",
        interview=True,
        company="Ondine Data",
        role="Développeur·se Python",
        org=("recrutement@ondinedata.fr", "Ondine Data"),
        att=[person("c.robin@ondinedata.fr", "Camille Robin")],
        zone="Europe/Paris",
    )
    _t(
        "Entrevista: Desarrollador/a Backend – Cumbre Labs",
        interview=True,
        company="Cumbre Labs",
        role="Desarrollador/a Backend",
        org=("talento@cumbrelabs.cl", "Cumbre Labs"),
        att=[person("f.rojas@cumbrelabs.cl", "Felipe Rojas")],
        zone="America/Santiago",
    )
    _t(
        "Entrevista – Técnica de Enfermagem – Hospital Santa Luzia",
        interview=True,
        company="Hospital Santa Luzia",
        role="Técnica de Enfermagem",
        org=("rh@hsantaluzia.org.br", "RH Hospital Santa Luzia"),
        att=[person("marina.f@hsantaluzia.org.br", "Marina Freitas")],
        zone="America/Sao_Paulo",
    )
    _t(
        "Vorstellungsgespräch: Geologe (m/w/d) – Felsgrund Consult",
        interview=True,
        company="Felsgrund Consult",
        role="Geologe",
        org=("jobs@felsgrund.de", "Felsgrund Consult"),
        att=[person("h.roth@felsgrund.de", "Hanna Roth")],
        zone="Europe/Berlin",
    )
    _t(
        "Interview: Clinical Psychologist – Larkspur Health",
        interview=True,
        company="Larkspur Health",
        role="Clinical Psychologist",
        org=("careers@larkspurhealth.org", "Larkspur Health Careers"),
        att=[person("dr.amani@larkspurhealth.org", "Dr. Amani Hale")],
    )
    # Guard: a technical test, no role in it.
    _t(
        "Prova técnica de lógica – Pitangueira Sistemas",
        interview=True,
        company="Pitangueira Sistemas",
        org=("vagas@pitangueira.com.br", "Pitangueira Sistemas"),
        att=[person("vagas@pitangueira.com.br")],
        zone="America/Sao_Paulo",
    )


def _press_by_own_team() -> None:
    _t(
        "Interview mit dem Handelsblatt",
        interview=False,
        me=WORK_ME,
        org=("kommunikation@initech.com", "Initech Kommunikation"),
        att=[
            person("kommunikation@initech.com", "Initech Kommunikation"),
            person("t.frey@handelsblatt.com", "Tobias Frey"),
        ],
        zone="Europe/Berlin",
    )
    _t(
        "Interview – Bloomberg (Series C announcement)",
        interview=False,
        me=WORK_ME,
        org=("pr@initech.com", "Initech PR"),
        att=[person("pr@initech.com", "Initech PR"), person("jkeller@bloomberg.net", "J Keller")],
    )
    _t(
        "Entrevista con El Tiempo",
        interview=False,
        me=WORK_ME,
        org=("comunicacion@initech.com", "Comunicación Initech"),
        att=[
            person("comunicacion@initech.com", "Comunicación Initech"),
            person("lvargas@eltiempo.com", "Laura Vargas"),
        ],
        zone="America/Bogota",
    )
    # Guard: a job in communications.
    _t(
        "Interview – Communications Manager role – Lumen Civic",
        interview=True,
        company="Lumen Civic",
        role="Communications Manager",
        org=("talent@lumencivic.org", "Lumen Civic Talent"),
        att=[person("ade.bello@lumencivic.org", "Ade Bello")],
    )


def _interviewing_someone() -> None:
    _t("Interview my aunt about the farm years", interview=False)
    _t("Interview the mayor for the school newspaper", interview=False, loc="City Hall")
    _t(
        "Interview two veterans for the oral history project",
        interview=False,
        desc="Consent forms, recorder, spare batteries.",
    )
    _t("Interview neighbours for the flood story", interview=False, desc="Deadline Thursday.")
    # Guard: the person's own note of an interview at a company.
    _t("Interview Moonbeam Labs – 2nd round", interview=True, company="Moonbeam Labs")


def _official_interviews() -> None:
    _t(
        "Entrevista consular – Embajada de EE. UU.",
        interview=False,
        loc="Embajada de Estados Unidos, Bogotá",
        zone="America/Bogota",
    )
    _t("Citizenship interview – USCIS field office", interview=False, loc="USCIS, Newark")
    _t(
        "Alumni interview – Dartmouth admissions",
        interview=False,
        org=("k.owens@alum.dartmouth.org", "Kara Owens"),
        att=[person("k.owens@alum.dartmouth.org", "Kara Owens")],
    )
    _t("Entretien d'admission – ESSEC MBA", interview=False, zone="Europe/Paris")
    _t("Einbürgerungsgespräch – Landratsamt", interview=False, zone="Europe/Berlin")
    # Guards: jobs and employers whose names have those words.
    _t(
        "Interview – Visa (Senior Data Engineer)",
        interview=True,
        company="Visa",
        role="Senior Data Engineer",
        org=("tmoreau@visa.com", "Theo Moreau"),
        att=[person("tmoreau@visa.com", "Theo Moreau")],
    )
    _t(
        "Phone screen – Front Desk Supervisor, Embassy Suites",
        interview=True,
        company="Embassy Suites",
        role="Front Desk Supervisor",
        org=("talent@hilton.com", "Hilton Talent"),
        att=[person("talent@hilton.com", "Hilton Talent")],
    )
    _t(
        "Interview – Immigration Paralegal – Harlow Legal",
        interview=True,
        company="Harlow Legal",
        role="Immigration Paralegal",
        org=("hiring@harlowlegal.com", "Harlow Legal"),
        att=[person("m.chen@harlowlegal.com", "May Chen")],
    )
    _t(
        "Phone screen – Visa Operations Specialist – Wayfarer Travel",
        interview=True,
        company="Wayfarer Travel",
        role="Visa Operations Specialist",
        org=("recruiting@wayfarertravel.com", "Wayfarer Travel Recruiting"),
        att=[person("recruiting@wayfarertravel.com")],
    )


def _references() -> None:
    _t(
        "Referenzgespräch zu Miriam Koch",
        interview=False,
        org=("personal@steinhaus-it.de", "Steinhaus IT Personal"),
        att=[person("personal@steinhaus-it.de", "Steinhaus IT Personal")],
        desc="Frau Koch hat Sie als Referenz angegeben; es dauert etwa 15 Minuten.",
        zone="Europe/Berlin",
    )
    _t(
        "Reference check – Priya Sethi",
        interview=False,
        org=("talent@hollowpine.com", "Hollow Pine Talent"),
        att=[person("talent@hollowpine.com", "Hollow Pine Talent")],
    )
    _t(
        "Quick call re: Tomás Ibarra",
        interview=False,
        org=("recruiting@ferrowind.com", "Ferrowind Recruiting"),
        att=[person("recruiting@ferrowind.com", "Ferrowind Recruiting")],
        desc=(
            "Thank you for agreeing to serve as a reference for Tomás, who applied for our "
            "Controller position. About 15 minutes."
        ),
    )
    # Guard: an invitation that names reference checks as a later step.
    _t(
        "Final interview – Ferrowind",
        interview=True,
        company="Ferrowind",
        org=("recruiting@ferrowind.com", "Ferrowind Recruiting"),
        att=[person("cfo@ferrowind.com", "Ola Berg")],
        desc="Next steps after this conversation: reference checks and an offer.",
    )
