# ruff: noqa: E501 -- data: event texts as written
"""Round 14's sixth calendar author: three job seekers' calendars in different countries and trades, interviews and everything around them.

One calendar owner (Alex Rivera) over time, three careers:

* a nurse moving between hospitals in Europe (Portugal, Spain, Germany, the
  Netherlands, Switzerland, Ireland, the UK, France, Italy, Poland): hospital HR
  invitations, nurse-recruitment agencies presenting a named client hospital,
  trial shifts (Hospitation, meeloopdag, Schnuppertag), a public competition's
  oral exam, plus shifts, life-support courses, language exams, registration of
  diplomas, a pre-employment medical and a community-radio interview;
* a software developer in Latin America (Mexico, Colombia, Argentina, Brazil,
  Chile) and Spain: ATS and scheduler invitations (Calendly-style titles,
  Lever/GoodTime-style titles naming only the candidate), virtual onsites in
  parts, a nearshore agency that is itself the employer and one that presents a
  client, take-home deadlines, reschedules, forwarded mail, own short notes;
  around them NIE/TIE/empadronamiento, moving, meetups, mock interviews,
  coaching, a podcast, a film, and technical interviews Alex runs at Initech;
* a logistics supervisor in Germany, Poland and the Netherlands: Vorstellungs-
  gespräche, Probearbeit, Direktvermittlung vs. Arbeitnehmerüberlassung,
  assessment days, Polish and Dutch agencies, a Turkish-speaking and a
  Ukrainian-speaking recruiter; around them Initech shift plans, forklift and
  safety training, AEVO and UDT exams, interviews Alex conducts for warehouse
  staff (me=WORK_ME), an exit interview, registrations, PESEL/BSN, moving house
  and a radio interview.

Languages: English, Spanish, Portuguese (PT and BR), German, Polish, Dutch,
French, Italian, a few Ukrainian and Turkish events.
"""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="author14f", **kw)


def build() -> None:
    _nurse_iberia()
    _nurse_germany_switzerland()
    _nurse_netherlands()
    _nurse_ireland_uk()
    _nurse_france_italy_poland()
    _nurse_life()
    _dev_mexico()
    _dev_south_america()
    _dev_brazil()
    _dev_spain_europe()
    _dev_life()
    _dev_initech()
    _logistics_germany()
    _logistics_poland()
    _logistics_netherlands()
    _logistics_initech()
    _logistics_life()


# ---------------------------------------------------------------------------
# Nurse: Portugal and Spain
# ---------------------------------------------------------------------------


def _nurse_iberia() -> None:
    _x(
        "Entrevista – Enfermeiro(a) Cuidados Intensivos | Hospital Privado Foz do Leça",
        interview=True,
        company="Hospital Privado Foz do Leça",
        role="Enfermeiro(a) Cuidados Intensivos",
        org=("recrutamento@hpfozleca.pt", "Recrutamento HPFL"),
        att=[
            person("ines.valente@hpfozleca.pt", "Inês Valente"),
            person("enf.chefe.uci@hpfozleca.pt", "Enf.ª Rosa Macedo"),
        ],
        desc=(
            "Caro(a) Alex Rivera,\n\n"
            "Na sequência da sua candidatura à vaga de Enfermeiro(a) para a Unidade de Cuidados Intensivos, "
            "temos o prazer de o(a) convidar para uma entrevista presencial com a Enf.ª Chefe Rosa Macedo e a equipa de Recursos Humanos.\n\n"
            "Por favor traga: cédula profissional da Ordem, CV atualizado e certificado de SAV (se aplicável).\n"
            "Duração prevista: 45 minutos.\n\n"
            "Com os melhores cumprimentos,\n"
            "Inês Valente\nTécnica de Recrutamento\nHospital Privado Foz do Leça"
        ),
        loc="Hospital Privado Foz do Leça – Edifício B, piso 2 (RH), Av. Marginal do Norte 455, Leça da Palmeira",
        zone="Europe/Lisbon",
    )
    _x(
        "entrevista clínica ribeirinha 15h",
        interview=True,
        company="Clínica Ribeirinha",
        role=None,
        desc="levar cédula + CV impresso\nperguntar pela Dra. Helena (diretora clínica)\nestacionamento na rua de trás",
        loc="Clínica Ribeirinha, Rua dos Tanoeiros 88, Porto",
        zone="Europe/Lisbon",
    )
    _x(
        "Entrevista enfermero/a UCI – Hospital Comarcal de Valdeaguas",
        interview=True,
        company="Hospital Comarcal de Valdeaguas",
        role="Enfermero/a UCI",
        org=("seleccion@hcvaldeaguas.es", "Selección de Personal HCV"),
        att=[person("mjose.prieto@hcvaldeaguas.es", "María José Prieto")],
        desc=(
            "Buenos días Alex:\n\n"
            "Le confirmamos la entrevista por videoconferencia para el puesto de Enfermero/a UCI (contrato de interinidad, turno rotatorio).\n"
            "Participarán la supervisora de la unidad, M.ª José Prieto, y una persona del Servicio de Personal.\n\n"
            "Enlace de Microsoft Teams más abajo. Tenga a mano su DNI/NIE y el título homologado.\n\n"
            "Un saludo,\nServicio de Selección de Personal\nHospital Comarcal de Valdeaguas"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_hcv-7712ab",
        ),
        zone="Europe/Madrid",
    )
    _x(
        "Fwd: Citación entrevista personal – Clínica Nuestra Señora del Faro",
        interview=True,
        company="Clínica Nuestra Señora del Faro",
        role="Enfermero/a de quirófano",
        desc=(
            "---------- Forwarded message ---------\n"
            "De: RRHH Clínica Faro <rrhh@clinicafaro-vigo.es>\n"
            "Date: lun, 3 mar\n"
            "Subject: Citación entrevista personal\n"
            "To: <alex.rivera@gmail.com>\n\n"
            "Estimado/a Alex Rivera:\n"
            "Ha sido preseleccionado/a para el proceso de Enfermero/a de quirófano. Le citamos a entrevista personal el jueves a las 10:30 "
            "en la planta 1 (Dirección de Enfermería).\n"
            "Atentamente,\nDepartamento de Recursos Humanos\nClínica Nuestra Señora del Faro"
        ),
        loc="Clínica Nuestra Señora del Faro, Rúa do Areal 14, Vigo",
        zone="Europe/Madrid",
    )
    _x(
        "Plantão noite – UCI (Hosp. São Brás)",
        interview=False,
        company=None,
        role=None,
        desc="20h–8h. Troca com o Rui confirmada.",
        loc="Hospital de São Brás do Mar – UCI polivalente",
        zone="Europe/Lisbon",
    )
    _x(
        "Turno manhã – troca com a Sofia",
        interview=False,
        company=None,
        role=None,
        zone="Europe/Lisbon",
    )
    _x(
        "Curso SAV – Suporte Avançado de Vida (dia 1)",
        interview=False,
        company=None,
        role=None,
        org=("formacao@centroformacaosaude-norte.pt", "Centro de Formação Saúde Norte"),
        desc="Módulo teórico + estações práticas (via aérea, ritmos desfibrilháveis). Trazer farda e caderno.",
        loc="Centro de Formação Saúde Norte, sala 3",
        zone="Europe/Lisbon",
    )
    _x(
        "Entrevista Rádio Maré Alta – enfermeiros portugueses no estrangeiro",
        interview=False,
        company=None,
        role=None,
        org=("producao@radiomarealta.pt", "Rádio Maré Alta"),
        desc=(
            "Olá Alex, obrigado por aceitar participar no programa 'Gente que Parte'. "
            "Vamos conversar cerca de 15 minutos sobre a decisão de emigrar como enfermeiro(a), o reconhecimento do diploma e a vida na Alemanha. "
            "Gravação em direto por telefone; ligamos-lhe 5 min antes.\n— Joana, produção"
        ),
        zone="Europe/Lisbon",
    )
    _x(
        "Apostila do diploma de Licenciatura em Enfermagem",
        interview=False,
        company=None,
        role=None,
        desc="Levar original + cópia certificada. Pagar taxa no balcão.",
        loc="Procuradoria-Geral Distrital, Porto",
        zone="Europe/Lisbon",
    )
    _x(
        "Vacina hepatite B – reforço + serologia (pedido pelo hospital alemão)",
        interview=False,
        company=None,
        role=None,
        loc="USF Matosinhos Sul",
        zone="Europe/Lisbon",
    )


# ---------------------------------------------------------------------------
# Nurse: Germany and Switzerland
# ---------------------------------------------------------------------------


def _nurse_germany_switzerland() -> None:
    _x(
        "Kennenlerngespräch Brückenpflege – Pflegefachkraft Intensiv für Klinikum Eichenhain",
        interview=True,
        company="Klinikum Eichenhain",
        role="Pflegefachkraft Intensiv",
        org=("a.schreiber@brueckenpflege-personal.de", "Anke Schreiber (Brückenpflege Personal)"),
        desc=(
            "Hallo Alex,\n\n"
            "wie besprochen hier der Termin für unser erstes Kennenlernen per Video. Es geht um die Stelle als Pflegefachkraft (m/w/d) "
            "auf der interdisziplinären Intensivstation bei unserem Partnerklinikum, dem Klinikum Eichenhain in Niederbach. "
            "Ich erkläre dir den Ablauf der Anerkennung, die Unterstützung bei Wohnung und Sprachkurs, und wir sprechen über deine Erfahrung in der UCI.\n\n"
            "Die Vermittlung ist für dich kostenlos.\n\n"
            "Viele Grüße\nAnke Schreiber\nBrückenpflege Personal – Internationale Pflegekräfte"
        ),
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Vorstellungsgespräch Klinikum Eichenhain – Intensivstation 4B",
        interview=True,
        company="Klinikum Eichenhain",
        role="Pflegefachkraft (m/w/d) Intensivstation",
        org=("pflegedirektion@klinikum-eichenhain.de", "Pflegedirektion Klinikum Eichenhain"),
        att=[
            person("s.hofmann@klinikum-eichenhain.de", "Sabine Hofmann"),
            person("m.yilmaz@klinikum-eichenhain.de", "Murat Yilmaz"),
            person("a.schreiber@brueckenpflege-personal.de", "Anke Schreiber", optional=True),
        ],
        desc=(
            "Sehr geehrte/r Alex Rivera,\n\n"
            "vielen Dank für Ihre Bewerbung als Pflegefachkraft (m/w/d) Intensivstation. Wir laden Sie herzlich zu einem persönlichen Gespräch ein.\n"
            "Gesprächspartner: Frau Hofmann (Pflegedirektorin), Herr Yilmaz (Stationsleitung 4B).\n"
            "Anschließend zeigen wir Ihnen gern die Station.\n\n"
            "Die Reisekosten werden erstattet. Bitte melden Sie sich an der Information im Haupteingang.\n\n"
            "Mit freundlichen Grüßen\nPflegedirektion\nKlinikum Eichenhain gGmbH"
        ),
        loc="Klinikum Eichenhain, Haus A, 3. OG, Raum 3.14, Lindenallee 20, 54321 Niederbach",
        zone="Europe/Berlin",
    )
    _x(
        "Hospitationstag Intensivstation 4B",
        interview=True,
        company="Klinikum Eichenhain",
        role="Pflegefachkraft (m/w/d) Intensivstation",
        org=("m.yilmaz@klinikum-eichenhain.de", "Murat Yilmaz"),
        desc=(
            "Hallo Alex,\n"
            "wie im Gespräch vereinbart: Hospitation im Frühdienst (6:00–14:00) als Teil des Auswahlverfahrens. "
            "Bitte 5:45 an der Pforte melden, Dienstkleidung stellen wir. Impfausweis mitbringen.\n"
            "Bis dann!\nMurat Yilmaz, Stationsleitung 4B"
        ),
        loc="Klinikum Eichenhain, Haus B, Station 4B",
        zone="Europe/Berlin",
    )
    _x(
        "Betriebsärztliche Einstellungsuntersuchung – Klinikum Eichenhain",
        interview=False,
        company=None,
        role=None,
        org=("betriebsarzt@klinikum-eichenhain.de", "Betriebsärztlicher Dienst"),
        desc="Nüchtern erscheinen (Blutabnahme). Impfausweis und Ergebnis der Hep-B-Serologie mitbringen.",
        loc="Haus C, EG, Betriebsärztlicher Dienst",
        zone="Europe/Berlin",
    )
    _x(
        "Unterlagen an Klinikum Eichenhain schicken (Zeugnisse, Impfnachweis, Anerkennungsbescheid)",
        interview=False,
        company=None,
        role=None,
        all_day=True,
        zone="Europe/Berlin",
    )
    _x(
        "Erster Arbeitstag – Einführungstag neue Mitarbeitende",
        interview=False,
        company=None,
        role=None,
        org=("personalentwicklung@klinikum-eichenhain.de", "Personalentwicklung"),
        desc="Begrüßung durch die Geschäftsführung, IT-Zugänge, Hygieneschulung, Schlüsselausgabe.",
        loc="Klinikum Eichenhain, Konferenzzentrum",
        zone="Europe/Berlin",
    )
    _x(
        "Frühdienst 4B",
        interview=False,
        company=None,
        role=None,
        loc="Station 4B",
        zone="Europe/Berlin",
    )
    _x(
        "Videointerview Pflegefachkraft Anästhesie – Kreisklinik Altmühlgrund",
        interview=True,
        company="Kreisklinik Altmühlgrund",
        role="Pflegefachkraft Anästhesie",
        org=(
            "bewerbung@kreisklinik-altmuehlgrund.de",
            "Personalabteilung Kreisklinik Altmühlgrund",
        ),
        att=[person("t.gruber@kreisklinik-altmuehlgrund.de", "Thomas Gruber")],
        desc=(
            "Guten Tag,\n\nanbei die Einladung zu Ihrem Videointerview (ca. 30 Min.) für die Position Pflegefachkraft Anästhesie (m/w/d) in Voll- oder Teilzeit.\n"
            "Teilnehmer: Herr Gruber, Leitung Anästhesiepflege.\n\nFreundliche Grüße\nIhre Personalabteilung"
        ),
        conf=(
            "Microsoft Teams-Besprechung",
            "https://teams.microsoft.com/l/meetup-join/19%3akka-anae-5531",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Verschoben: Videointerview Pflegefachkraft Anästhesie – Kreisklinik Altmühlgrund",
        interview=True,
        company="Kreisklinik Altmühlgrund",
        role="Pflegefachkraft Anästhesie",
        org=(
            "bewerbung@kreisklinik-altmuehlgrund.de",
            "Personalabteilung Kreisklinik Altmühlgrund",
        ),
        att=[person("t.gruber@kreisklinik-altmuehlgrund.de", "Thomas Gruber")],
        desc="Aufgrund einer Notfall-OP muss Herr Gruber den Termin leider verschieben. Neuer Termin siehe oben, der Teams-Link bleibt gleich. Wir bitten um Verständnis.",
        conf=(
            "Microsoft Teams-Besprechung",
            "https://teams.microsoft.com/l/meetup-join/19%3akka-anae-5531",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Online-Gespräch Anerkennungspartnerschaft – Seniorenzentrum Marienstift Kreuzbach",
        interview=True,
        company="Seniorenzentrum Marienstift Kreuzbach",
        role="Pflegefachkraft",
        org=("karriere@marienstift-kreuzbach.de", "Marienstift Karriere"),
        att=[person("e.brandl@marienstift-kreuzbach.de", "Elisabeth Brandl")],
        desc=(
            "Liebe/r Alex,\n\n"
            "wir freuen uns, Sie online kennenzulernen! Im Gespräch geht es um eine Anstellung als Pflegefachkraft im Rahmen einer Anerkennungspartnerschaft "
            "(Sie arbeiten bei uns, während Ihr Anerkennungsverfahren läuft).\n\n"
            "Herzliche Grüße\nElisabeth Brandl, Einrichtungsleitung\nSeniorenzentrum Marienstift Kreuzbach"
        ),
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Deutschprüfung B2 Pflege – schriftlicher Teil",
        interview=False,
        company=None,
        role=None,
        desc="Lesen, Hören, Schreiben. Ausweis + Anmeldebestätigung. Kein Handy im Prüfungsraum.",
        loc="Sprachschule Lindenhof, Raum 2, Bahnhofstraße 41",
        zone="Europe/Berlin",
    )
    _x(
        "Deutschprüfung B2 Pflege – mündliche Prüfung",
        interview=False,
        company=None,
        role=None,
        desc="Paarprüfung, Thema Übergabe/Patientengespräch. 15 Min. Vorbereitungszeit.",
        loc="Sprachschule Lindenhof, Raum 5",
        zone="Europe/Berlin",
    )
    _x(
        "Anerkennung: Unterlagen bei der Bezirksregierung abgeben",
        interview=False,
        company=None,
        role=None,
        desc="Beglaubigte Übersetzungen, Apostille, Fächer- und Stundennachweis. Wartenummer ziehen!",
        loc="Bezirksregierung, Dezernat 24, Zimmer 118",
        zone="Europe/Berlin",
    )
    _x(
        "Bewerbungsgespräch Dipl. Pflegefachperson HF Intensivpflege – Spital Oberaaretal",
        interview=True,
        company="Spital Oberaaretal",
        role="Dipl. Pflegefachperson HF Intensivpflege",
        org=("hr@spital-oberaaretal.ch", "HR Spital Oberaaretal"),
        att=[
            person("reto.baumgartner@spital-oberaaretal.ch", "Reto Baumgartner"),
            person("claudia.zurbuchen@spital-oberaaretal.ch", "Claudia Zurbuchen"),
        ],
        desc=(
            "Grüezi Alex Rivera\n\n"
            "Gerne laden wir Sie zu einem Vorstellungsgespräch für die Stelle als Dipl. Pflegefachperson HF Intensivpflege (80–100 %) ein. "
            "Das Gespräch findet mit Herrn Baumgartner (Leiter Pflege IPS) und Frau Zurbuchen (HR Business Partner) statt.\n\n"
            "Hinweis: Für die Anstellung ist eine SRK-Anerkennung Ihres Diploms erforderlich.\n\n"
            "Freundliche Grüsse\nHR Spital Oberaaretal"
        ),
        loc="Spital Oberaaretal, Verwaltungstrakt, Sitzungszimmer Eiger, Spitalstrasse 9, 3700 Oberaaretal",
        zone="Europe/Zurich",
    )
    _x(
        "Schnuppertag IPS Oberaaretal",
        interview=True,
        company="Spital Oberaaretal",
        role="Dipl. Pflegefachperson HF Intensivpflege",
        org=("reto.baumgartner@spital-oberaaretal.ch", "Reto Baumgartner"),
        desc="Schnuppern im Tagdienst als zweiter Schritt im Bewerbungsverfahren. Treffpunkt 07:00 Empfang IPS. Berufskleidung wird gestellt.",
        loc="Spital Oberaaretal, IPS, 2. Stock",
        zone="Europe/Zurich",
    )


# ---------------------------------------------------------------------------
# Nurse: the Netherlands
# ---------------------------------------------------------------------------


def _nurse_netherlands() -> None:
    _x(
        "Sollicitatiegesprek IC-verpleegkundige – Ziekenhuis Waterweide",
        interview=True,
        company="Ziekenhuis Waterweide",
        role="IC-verpleegkundige",
        org=("werkenbij@waterweide.nl", "Werken bij Waterweide"),
        att=[
            person("j.bakker@waterweide.nl", "Joost Bakker"),
            person("f.elamrani@waterweide.nl", "Fatima El Amrani"),
        ],
        desc=(
            "Beste Alex,\n\n"
            "Bedankt voor je sollicitatie op de vacature IC-verpleegkundige (24–36 uur). Graag nodigen we je uit voor een eerste gesprek "
            "met Joost Bakker (teamleider IC) en Fatima El Amrani (recruiter).\n"
            "Het gesprek duurt ongeveer een uur. Meld je bij de centrale balie in de hal.\n\n"
            "Met vriendelijke groet,\nTeam Recruitment Ziekenhuis Waterweide"
        ),
        loc="Ziekenhuis Waterweide, Polderlaan 100, Alphen aan den Rijn – route 42",
        zone="Europe/Amsterdam",
    )
    _x(
        "Meeloopdienst IC Waterweide",
        interview=True,
        company="Ziekenhuis Waterweide",
        role="IC-verpleegkundige",
        org=("j.bakker@waterweide.nl", "Joost Bakker"),
        desc=(
            "Hoi Alex, zoals besproken loop je een ochtenddienst mee op de IC, als onderdeel van de sollicitatieprocedure. "
            "Je loopt mee met Anouk. Om 7:15 bij de teampost. Schoenen meenemen, kleding krijg je van ons.\nGroet, Joost"
        ),
        loc="IC, route 42",
        zone="Europe/Amsterdam",
    )
    _x(
        "Kennismakingsgesprek wijkverpleging – Zorggroep De Lindeboog",
        interview=True,
        company="Zorggroep De Lindeboog",
        role="Wijkverpleegkundige",
        org=("recruitment@lindeboog.nl", "Recruitment De Lindeboog"),
        desc=(
            "Hallo Alex,\n\nLeuk dat je gesolliciteerd hebt als wijkverpleegkundige in team Leiden-Noord! "
            "We plannen graag een kennismakingsgesprek via Teams van 45 minuten met de teamcoach, Marloes.\n\nHartelijke groet,\nSanne – Recruitment"
        ),
        conf=(
            "Microsoft Teams-vergadering",
            "https://teams.microsoft.com/l/meetup-join/19%3alindeboog-wv-88",
        ),
        zone="Europe/Amsterdam",
    )
    _x(
        "2e gesprek + arbeidsvoorwaarden – Zorggroep De Lindeboog",
        interview=True,
        company="Zorggroep De Lindeboog",
        role="Wijkverpleegkundige",
        org=("recruitment@lindeboog.nl", "Recruitment De Lindeboog"),
        att=[
            person("m.dekker@lindeboog.nl", "Marloes Dekker"),
            person("r.visser@lindeboog.nl", "Ruud Visser"),
        ],
        desc="Tweede gesprek met Marloes Dekker (teamcoach) en Ruud Visser (manager zorg). Daarna bespreken we de arbeidsvoorwaarden (CAO VVT, FWG-inschaling).",
        loc="Zorggroep De Lindeboog, Rijnsburgerweg 210, Leiden",
        zone="Europe/Amsterdam",
    )
    _x(
        "BIG-registratie – diploma laten waarderen (afspraak loket)",
        interview=False,
        company=None,
        role=None,
        desc="Originele diploma's + gewaarmerkte vertalingen + bewijs NT2 B2 meenemen.",
        zone="Europe/Amsterdam",
    )
    _x(
        "NT2-les niveau B1 – les 9",
        interview=False,
        company=None,
        role=None,
        loc="Taalhuis Leiden",
        zone="Europe/Amsterdam",
    )
    _x(
        "Webinar: Werken als verpleegkundige in Nederland",
        interview=False,
        company=None,
        role=None,
        org=("events@zorgpasport.nl", "ZorgPaspoort Events"),
        desc="Gratis webinar voor buitenlandse zorgprofessionals: BIG-registratie, taaleisen, salarissen in de ziekenhuiszorg. Vragen via de chat.",
        conf=("Zoom Webinar", "https://zorgpasport.zoom.us/w/84411"),
        zone="Europe/Amsterdam",
    )
    _x(
        "Avonddienst SEH – invallen",
        interview=False,
        company=None,
        role=None,
        zone="Europe/Amsterdam",
    )


# ---------------------------------------------------------------------------
# Nurse: Ireland and the UK
# ---------------------------------------------------------------------------


def _nurse_ireland_uk() -> None:
    _x(
        "HR screening call – Staff Nurse (ICU)",
        interview=True,
        company="Ballyconnell Regional Hospital",
        role="Staff Nurse (ICU)",
        org=("eimear.doyle@ballyconnellhospital.ie", "Eimear Doyle"),
        desc=(
            "Hi Alex,\n\nThanks for applying for the Staff Nurse (ICU) post. As discussed, I'll give you a call for a 20-minute screening: "
            "NMBI registration status, availability and visa questions.\n\n"
            "Kind regards,\nEimear Doyle\nHR Recruitment Officer | Ballyconnell Regional Hospital\nT: +353 49 555 0192"
        ),
        zone="Europe/Dublin",
    )
    _x(
        "Interview – Staff Nurse (Intensive Care) – Ballyconnell Regional Hospital",
        interview=True,
        company="Ballyconnell Regional Hospital",
        role="Staff Nurse (Intensive Care)",
        org=("recruitment@ballyconnellhospital.ie", "BRH Recruitment"),
        att=[
            person("eimear.doyle@ballyconnellhospital.ie", "Eimear Doyle"),
            person("siobhan.kearney@ballyconnellhospital.ie", "Siobhán Kearney"),
            person("ciaran.walsh@ballyconnellhospital.ie", "Ciarán Walsh"),
        ],
        desc=(
            "Dear Alex,\n\nYou are invited to a competency-based interview for the post of Staff Nurse (Intensive Care), permanent whole-time.\n"
            "Panel: Siobhán Kearney (CNM2 ICU), Ciarán Walsh (Assistant Director of Nursing), Eimear Doyle (HR).\n"
            "Please have photo ID available on camera. Interviews are scheduled for 30 minutes.\n\n"
            "BRH Recruitment"
        ),
        conf=(
            "Microsoft Teams meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3abrh-sn-icu-204",
        ),
        zone="Europe/Dublin",
    )
    _x(
        "Informational chat with Siobhán (CNM, ICU) – before I apply",
        interview=False,
        company=None,
        role=None,
        desc="Friend-of-Maria intro. Ask about rosters, CPD support, how international nurses settled in. Not an application yet.",
        meet="meet",
        zone="Europe/Dublin",
    )
    _x(
        "NMBI registration – send verification form to Ordem",
        interview=False,
        company=None,
        role=None,
        all_day=True,
        zone="Europe/Dublin",
    )
    _x(
        "Screening call – Meridian Nurse Recruitment (Band 5 Theatres, Kingsmere General Hospital)",
        interview=True,
        company="Kingsmere General Hospital",
        role="Band 5 Theatre Nurse",
        org=("priya.shah@meridiannurse.co.uk", "Priya Shah"),
        desc=(
            "Hi Alex,\n\nLovely to connect! As mentioned on LinkedIn, I'm recruiting for Band 5 Theatre Nurses on behalf of Kingsmere General Hospital "
            "(permanent, relocation package, OSCE support). This call is to go through your experience and your NMC application, "
            "then I'll put you forward to the hiring manager.\n\nPriya Shah\nSenior Consultant – International Nursing\nMeridian Nurse Recruitment"
        ),
        zone="Europe/London",
    )
    _x(
        "Kingsmere General Hospital – Band 5 Theatre Nurse – Panel Interview (MS Teams)",
        interview=True,
        company="Kingsmere General Hospital",
        role="Band 5 Theatre Nurse",
        org=("kgh.recruitment@kingsmere-health.nhs.example", "KGH Recruitment"),
        att=[person("priya.shah@meridiannurse.co.uk", "Priya Shah", optional=True)],
        desc=(
            "Interview details\nCandidate: Alex Rivera\nPost: Band 5 Theatre Nurse (Ref 412-TH-0923)\n"
            "Panel: Theatre Matron, Practice Development Nurse, Senior Sister\nFormat: values-based questions + one clinical scenario\n"
            "Please join 5 minutes early."
        ),
        conf=(
            "Microsoft Teams meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3akgh-b5-th-0923",
        ),
        zone="Europe/London",
    )
    _x(
        "Mock interview – NHS values questions (with Tom)",
        interview=False,
        company=None,
        role=None,
        att=[person("tom.okafor@gmail.com", "Tom Okafor")],
        desc="Tom plays the panel. Practise STAR for: compassion, raising concerns, deteriorating patient.",
        meet="meet",
        zone="Europe/London",
    )


# ---------------------------------------------------------------------------
# Nurse: France, Italy, Poland
# ---------------------------------------------------------------------------


def _nurse_france_italy_poland() -> None:
    _x(
        "Entretien téléphonique – pré-qualification IBODE",
        interview=True,
        company="Clinique du Val d'Aubrac",
        role="Infirmier(ère) de bloc opératoire (IBODE)",
        org=("rh@clinique-valdaubrac.fr", "Ressources humaines – Clinique du Val d'Aubrac"),
        desc=(
            "Bonjour,\n\nSuite à votre candidature au poste d'Infirmier(ère) de bloc opératoire (IBODE), nous vous proposons un premier échange téléphonique de 20 minutes.\n"
            "Nous vous appellerons au numéro indiqué sur votre CV.\n\nBien cordialement,\nLe service RH\nClinique du Val d'Aubrac"
        ),
        zone="Europe/Paris",
    )
    _x(
        "Entretien d'embauche – Infirmier(ère) de bloc opératoire – Clinique du Val d'Aubrac",
        interview=True,
        company="Clinique du Val d'Aubrac",
        role="Infirmier(ère) de bloc opératoire",
        org=("rh@clinique-valdaubrac.fr", "Ressources humaines – Clinique du Val d'Aubrac"),
        att=[person("c.vidal@clinique-valdaubrac.fr", "Christine Vidal")],
        desc="Entretien avec Mme Vidal, cadre de bloc, puis visite du plateau technique. Merci de vous présenter à l'accueil principal muni(e) d'une pièce d'identité.",
        loc="Clinique du Val d'Aubrac, 12 avenue des Causses, 12500 Espalion",
        zone="Europe/Paris",
    )
    _x(
        "Entretien avec la cadre de santé – CH Montferrand-sur-Lys",
        interview=True,
        company="Centre hospitalier de Montferrand-sur-Lys",
        role="Infirmier(ère) en réanimation",
        org=("drh.recrutement@ch-montferrand-lys.fr", "DRH – Recrutement"),
        att=[person("n.lefebvre@ch-montferrand-lys.fr", "Nathalie Lefebvre")],
        desc=(
            "Madame, Monsieur,\n\nNous avons le plaisir de vous convier à un entretien pour le poste d'infirmier(ère) en réanimation polyvalente.\n"
            "Vous serez reçu(e) par Mme Nathalie Lefebvre, cadre de santé, et un représentant de la Direction des soins.\n\n"
            "Direction des ressources humaines\nCentre hospitalier de Montferrand-sur-Lys"
        ),
        loc="Centre hospitalier de Montferrand-sur-Lys – Bâtiment administratif, 2e étage",
        zone="Europe/Paris",
    )
    _x(
        "Formation AFGSU niveau 2 – jour 2",
        interview=False,
        company=None,
        role=None,
        desc="Centre d'enseignement des soins d'urgence. Tenue confortable.",
        zone="Europe/Paris",
    )
    _x(
        "Colloquio conoscitivo – Infermiere Area Critica – Casa di Cura Villa Aurelia",
        interview=True,
        company="Casa di Cura Villa Aurelia",
        role="Infermiere Area Critica",
        org=("selezione@villaaurelia-montebruno.it", "Ufficio Personale Villa Aurelia"),
        att=[person("g.ferraro@villaaurelia-montebruno.it", "Giulia Ferraro")],
        desc=(
            "Gentile Alex Rivera,\n\ncon la presente La invitiamo a un colloquio conoscitivo per la posizione di Infermiere Area Critica (CCNL AIOP). "
            "Il colloquio si terrà con la Coordinatrice Infermieristica, dott.ssa Giulia Ferraro.\n"
            "Si prega di portare copia dell'iscrizione OPI o ricevuta della domanda.\n\nCordiali saluti\nUfficio Personale"
        ),
        loc="Casa di Cura Villa Aurelia, Via dei Castagni 7, Montebruno (GE)",
        zone="Europe/Rome",
    )
    _x(
        "Colloquio telefonico Medilink – posizione presso Ospedale Privato Valdarno Nord",
        interview=True,
        company="Ospedale Privato Valdarno Nord",
        role="Infermiere",
        org=("chiara.bellini@medilink-staffing.it", "Chiara Bellini"),
        desc=(
            "Ciao Alex,\nti chiamo per il primo colloquio telefonico: il nostro cliente, Ospedale Privato Valdarno Nord, cerca infermieri per reparto di medicina e sala operatoria, "
            "assunzione diretta a tempo indeterminato. Parliamo di esperienza, lingua italiana e disponibilità.\n\nChiara Bellini – Medilink Staffing"
        ),
        zone="Europe/Rome",
    )
    _x(
        "Prova orale concorso CPS Infermiere – Azienda Sanitaria Territoriale Val Brenta",
        interview=True,
        company="Azienda Sanitaria Territoriale Val Brenta",
        role="Collaboratore Professionale Sanitario – Infermiere",
        desc=(
            "Concorso pubblico per titoli ed esami per n. 12 posti di Collaboratore Professionale Sanitario – Infermiere.\n"
            "Convocazione alla prova orale (ammesso/a con 24/30 alla prova pratica). Presentarsi con documento di identità valido.\n"
            "Commissione esaminatrice, Aula Magna."
        ),
        loc="Azienda Sanitaria Territoriale Val Brenta – Aula Magna, Via Ospedale 3, Bassano",
        zone="Europe/Rome",
    )
    _x(
        "Corso di italiano B1 – lezione 14",
        interview=False,
        company=None,
        role=None,
        loc="Scuola di lingue Porta Nuova",
        zone="Europe/Rome",
    )
    _x(
        "Rozmowa kwalifikacyjna – pielęgniarka oddział anestezjologii – Centrum Medyczne Zdrowa Przystań",
        interview=True,
        company="Centrum Medyczne Zdrowa Przystań",
        role="Pielęgniarka – oddział anestezjologii",
        org=("kadry@zdrowaprzystan.pl", "Dział Kadr Zdrowa Przystań"),
        desc=(
            "Dzień dobry,\n\nzapraszamy na rozmowę kwalifikacyjną na stanowisko pielęgniarki na oddziale anestezjologii i intensywnej terapii. "
            "Rozmowę przeprowadzi Naczelna Pielęgniarka, p. Barbara Wójcik.\nProsimy zabrać dyplom oraz decyzję o prawie wykonywania zawodu.\n\n"
            "Pozdrawiamy,\nDział Kadr\nCentrum Medyczne Zdrowa Przystań sp. z o.o."
        ),
        loc="ul. Ogrodowa 31, Wrocław, budynek administracji, pok. 12",
        zone="Europe/Warsaw",
    )


def _nurse_life() -> None:
    _x(
        "Umzug Porto → Niederbach: Möbelspedition lädt",
        interview=False,
        company=None,
        role=None,
        desc="Transportadora chega às 8h. Caixas da cozinha por último.",
        zone="Europe/Lisbon",
    )
    _x(
        "Wohnungsbesichtigung Kastanienweg 6, 2. OG",
        interview=False,
        company=None,
        role=None,
        desc="Vermieter Hr. Stein, Tel. 0171 5550132. Warmmiete 780 €. Schufa-Auskunft mitbringen.",
        loc="Kastanienweg 6, Niederbach",
        zone="Europe/Berlin",
    )
    _x(
        "Anmeldung Bürgerbüro Niederbach",
        interview=False,
        company=None,
        role=None,
        desc="Wohnungsgeberbestätigung + Reisepass. Online-Termin Nr. 44817.",
        loc="Rathaus Niederbach, Bürgerbüro",
        zone="Europe/Berlin",
    )
    _x(
        "Ausländerbehörde – Aufenthaltserlaubnis Anerkennung (§ 16d) abholen",
        interview=False,
        company=None,
        role=None,
        loc="Kreisverwaltung, Ausländerbehörde, Zimmer 0.12",
        zone="Europe/Berlin",
    )
    _x(
        "Inschrijving gemeente Leiden + BSN",
        interview=False,
        company=None,
        role=None,
        desc="Huurcontract, paspoort, geboorteakte met apostille.",
        loc="Stadhuis Leiden, balie Burgerzaken",
        zone="Europe/Amsterdam",
    )
    _x(
        "Verhuizing Leiden – sleuteloverdracht appartement",
        interview=False,
        company=None,
        role=None,
        att=[person("verhuur@sleutelwoningen.nl", "Sleutel Woningen")],
        desc="Oplevering + meterstanden noteren.",
        loc="Haarlemmerstraat 180B, Leiden",
        zone="Europe/Amsterdam",
    )


# ---------------------------------------------------------------------------
# Developer: Mexico
# ---------------------------------------------------------------------------


def _dev_mexico() -> None:
    _x(
        "Pagoverde – Entrevista inicial con Talent (30 min)",
        interview=True,
        company="Pagoverde",
        role="Backend Engineer (Go)",
        org=("talent@pagoverde.mx", "Pagoverde Talent"),
        att=[person("valeria.cantu@pagoverde.mx", "Valeria Cantú")],
        desc=(
            "<p>Hola Alex,</p><p>¡Gracias por tu interés en la vacante <b>Backend Engineer (Go)</b> en Pagoverde! "
            "Esta primera llamada es con Valeria Cantú, de nuestro equipo de Talent. Hablaremos de tu trayectoria, expectativas y del proceso.</p>"
            "<p>Si necesitas reprogramar, responde a este correo.</p><p>Saludos,<br>Equipo de Talent · Pagoverde</p>"
        ),
        meet="meet",
        zone="America/Mexico_City",
    )
    _x(
        "Pagoverde – Technical Interview: Live Coding",
        interview=True,
        company="Pagoverde",
        role="Backend Engineer (Go)",
        org=("talent@pagoverde.mx", "Pagoverde Talent"),
        att=[
            person("emilio.garza@pagoverde.mx", "Emilio Garza"),
            person("sofia.leal@pagoverde.mx", "Sofía Leal"),
        ],
        desc=(
            "Hi Alex,\n\nThis 60-minute session is a live coding exercise with two engineers from the Payments team. "
            "You can use Go or any language you're comfortable with. We'll share a CoderPad link at the start of the call.\n\n"
            "No need to prepare anything specific – we care more about how you think than about finishing.\n\nPagoverde Talent"
        ),
        meet="meet",
        zone="America/Mexico_City",
    )
    _x(
        "Onsite virtual Pagoverde – Parte 1: Diseño de sistemas",
        interview=True,
        company="Pagoverde",
        role="Backend Engineer (Go)",
        org=("talent@pagoverde.mx", "Pagoverde Talent"),
        att=[person("ricardo.ibarra@pagoverde.mx", "Ricardo Ibarra")],
        desc="Agenda de tu onsite virtual (3 bloques, con descansos de 15 min):\n1) Diseño de sistemas – Ricardo Ibarra (Staff Engineer)\n2) Cultura y valores\n3) Charla con el Head of Engineering",
        meet="meet",
        zone="America/Mexico_City",
    )
    _x(
        "Onsite virtual Pagoverde – Parte 2: Cultura y valores",
        interview=True,
        company="Pagoverde",
        role="Backend Engineer (Go)",
        org=("talent@pagoverde.mx", "Pagoverde Talent"),
        att=[
            person("daniela.robles@pagoverde.mx", "Daniela Robles"),
            person("jorge.mena@pagoverde.mx", "Jorge Mena"),
        ],
        desc="Bloque 2 de 3. Conversación sobre colaboración, conflictos y cómo das y recibes feedback.",
        meet="meet",
        zone="America/Mexico_City",
    )
    _x(
        "Onsite virtual Pagoverde – Parte 3: Head of Engineering",
        interview=True,
        company="Pagoverde",
        role="Backend Engineer (Go)",
        org=("talent@pagoverde.mx", "Pagoverde Talent"),
        att=[person("andres.villarreal@pagoverde.mx", "Andrés Villarreal")],
        desc="Bloque 3 de 3. Espacio abierto para tus preguntas sobre el roadmap y el equipo.",
        meet="meet",
        zone="America/Mexico_City",
    )
    _x(
        "Oferta Pagoverde: llamada con Talent para revisar la propuesta",
        interview=False,
        company=None,
        role=None,
        org=("talent@pagoverde.mx", "Pagoverde Talent"),
        att=[person("valeria.cantu@pagoverde.mx", "Valeria Cantú")],
        desc="Repasamos juntos la carta oferta: salario, bono, vales y fecha de inicio. ¡Felicidades!",
        meet="meet",
        zone="America/Mexico_City",
    )
    _x(
        "Alex Rivera - Senior Software Engineer - Phone Screen",
        interview=True,
        company="Mercadito",
        role="Senior Software Engineer",
        org=("recruiting@mercadito.com.mx", "Mercadito Recruiting"),
        att=[person("hector.salinas@mercadito.com.mx", "Héctor Salinas")],
        desc=(
            "Interviewer: Héctor Salinas (Engineering Manager, Checkout)\n"
            "Candidate: Alex Rivera\nPosition: Senior Software Engineer\n\n"
            "Mercadito Recruiting | Ciudad de México"
        ),
        conf=("Zoom Meeting", "https://mercadito.zoom.us/j/91022384411"),
        zone="America/Mexico_City",
    )
    _x(
        "call con Ximena (Lince Digital) 11am",
        interview=True,
        company="Lince Digital",
        role=None,
        desc="recruiter, me escribió por LinkedIn. preguntar rango salarial y si es 100% remoto. tel +52 55 5550 1180",
        zone="America/Mexico_City",
    )
    _x(
        "Fwd: Invitación a entrevista técnica – Lince Digital",
        interview=True,
        company="Lince Digital",
        role="Desarrollador/a Backend Sr.",
        desc=(
            "---------- Forwarded message ---------\n"
            "From: Ximena Ochoa <ximena.ochoa@lincedigital.mx>\n"
            "Subject: Invitación a entrevista técnica – Lince Digital\n\n"
            "Hola Alex, ¡qué gusto que avances en el proceso para Desarrollador/a Backend Sr.! Te comparto la liga para la entrevista técnica con Pablo y Renata (equipo de plataforma). "
            "Dura 1 hora aprox.\nhttps://meet.lincedigital.mx/entrevista-alex\n\nSaludos,\nXimena"
        ),
        zone="America/Mexico_City",
    )
    _x(
        "Entrevista técnica – QA Automation – Quetzal Software",
        interview=True,
        company="Quetzal Software",
        role="QA Automation",
        org=("reclutamiento@quetzalsoftware.com", "Reclutamiento Quetzal"),
        desc="Hola Alex, te enviamos la invitación para la entrevista técnica (Cypress/Playwright, 45 min). Confirma tu asistencia por favor.",
        conf=("Zoom Meeting", "https://quetzalsoftware.zoom.us/j/88100231"),
        my_status="tentative",
        zone="America/Mexico_City",
    )
    _x(
        "Onboarding Pagoverde – día 1",
        interview=False,
        company=None,
        role=None,
        org=("people@pagoverde.mx", "Pagoverde People"),
        desc="Bienvenida, entrega de laptop, accesos, comida con tu buddy.",
        loc="Pagoverde, Av. Insurgentes Sur 1602, piso 9, CDMX",
        zone="America/Mexico_City",
    )
    _x(
        "Cita SAT – e.firma",
        interview=False,
        company=None,
        role=None,
        desc="Llevar INE, comprobante de domicilio y USB.",
        zone="America/Mexico_City",
    )
    _x(
        "Meetup Go CDMX – charla sobre observabilidad",
        interview=False,
        company=None,
        role=None,
        desc="Pizza y charlas. Hay que registrarse en la entrada.",
        loc="Cowork La Ceiba, Roma Norte",
        zone="America/Mexico_City",
    )


# ---------------------------------------------------------------------------
# Developer: Argentina, Colombia, Chile, US-remote
# ---------------------------------------------------------------------------


def _dev_south_america() -> None:
    _x(
        "Llamada inicial (30 min) between Mariana Ortega and Alex Rivera",
        interview=True,
        company="Cuyo Labs",
        role="Desarrollador/a Backend Ssr/Sr (Python)",
        org=("mariana@cuyolabs.com.ar", "Mariana Ortega"),
        desc=(
            "Event Name: Llamada inicial (30 min)\n\n"
            "Primera charla para conocernos: te cuento sobre Cuyo Labs, el equipo y la búsqueda de Desarrollador/a Backend Ssr/Sr (Python), "
            "y vos me contás sobre tu experiencia.\n\n"
            "Location: This is a Google Meet web conference.\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/AB12CD\nReschedule: https://calendly.com/reschedulings/AB12CD\n\n"
            "Powered by Calendly.com"
        ),
        meet="meet",
        zone="America/Argentina/Buenos_Aires",
    )
    _x(
        "Entrevista técnica – Cuyo Labs (Python/Django)",
        interview=True,
        company="Cuyo Labs",
        role="Desarrollador/a Backend Ssr/Sr (Python)",
        org=("mariana@cuyolabs.com.ar", "Mariana Ortega"),
        att=[
            person("facundo.quiroga@cuyolabs.com.ar", "Facundo Quiroga"),
            person("lucia.benitez@cuyolabs.com.ar", "Lucía Benítez"),
        ],
        desc="Charla técnica con Facu y Lu: repasamos un proyecto tuyo, algo de SQL y un ejercicio chico de modelado. ¡Nada de pizarrón!",
        meet="meet",
        zone="America/Argentina/Buenos_Aires",
    )
    _x(
        "Reprogramado: Charla con el CTO – Cuyo Labs",
        interview=True,
        company="Cuyo Labs",
        role="Desarrollador/a Backend Ssr/Sr (Python)",
        org=("mariana@cuyolabs.com.ar", "Mariana Ortega"),
        att=[person("gaston.aguirre@cuyolabs.com.ar", "Gastón Aguirre")],
        desc="Alex, Gastón tuvo un viaje de último momento, así que movimos la charla al jueves. ¡Perdón por el cambio! Mismo link.",
        meet="meet",
        zone="America/Argentina/Buenos_Aires",
    )
    _x(
        "Mandar mail de agradecimiento a Cuyo Labs",
        interview=False,
        company=None,
        role=None,
        zone="America/Argentina/Buenos_Aires",
    )
    _x(
        "Tramita · Entrevista RRHH · Desarrollador Full Stack",
        interview=True,
        company="Tramita",
        role="Desarrollador Full Stack",
        org=("talento@tramita.co", "Talento Tramita"),
        att=[person("camila.restrepo@tramita.co", "Camila Restrepo")],
        desc=(
            "Hola Alex, ¿cómo vas?\n\nTe agendamos la entrevista con Recursos Humanos para la vacante de Desarrollador Full Stack (React + Node). "
            "Hablaremos de tu experiencia, expectativas salariales y modalidad (híbrido en Medellín).\n\nCamila Restrepo\nTalento Tramita S.A.S."
        ),
        meet="meet",
        zone="America/Bogota",
    )
    _x(
        "Entregar prueba técnica Tramita (deadline 23:59)",
        interview=False,
        company=None,
        role=None,
        desc="Repo privado + README con decisiones. Invitar a camila.restrepo y a tech-lead@tramita.co como colaboradores.",
        zone="America/Bogota",
    )
    _x(
        "Revisión de la prueba técnica con el equipo de Tramita",
        interview=True,
        company="Tramita",
        role="Desarrollador Full Stack",
        org=("talento@tramita.co", "Talento Tramita"),
        att=[
            person("santiago.mejia@tramita.co", "Santiago Mejía"),
            person("valentina.ospina@tramita.co", "Valentina Ospina"),
        ],
        desc="Vas a presentar tu solución (15 min) y luego Santiago (Tech Lead) y Valentina te harán preguntas sobre decisiones, tests y cómo lo llevarías a producción.",
        meet="meet",
        zone="America/Bogota",
    )
    _x(
        "Networking: café con ex-compañeros de Tramita",
        interview=False,
        company=None,
        role=None,
        desc="Parche con Juanpa y Manu, ya no trabajan allá. Solo ponernos al día.",
        loc="Pergamino Café, El Poblado",
        zone="America/Bogota",
    )
    _x(
        "Apostilla del título profesional – Cancillería",
        interview=False,
        company=None,
        role=None,
        desc="Trámite en línea, revisar correo con el PDF apostillado.",
        all_day=True,
        zone="America/Bogota",
    )
    _x(
        "Entrevista – Ingeniero/a de Software Senior – Lapislázuli",
        interview=True,
        company="Lapislázuli",
        role="Ingeniero/a de Software Senior",
        org=("personas@lapislazuli.cl", "Personas Lapislázuli"),
        att=[person("ignacio.fuentes@lapislazuli.cl", "Ignacio Fuentes")],
        desc=(
            "Hola Alex:\nGracias por postular a Ingeniero/a de Software Senior en Lapislázuli. Esta entrevista es con Ignacio Fuentes, Engineering Manager del squad de Inversiones.\n"
            "Duración: 45 min.\n\nSaludos,\nEquipo de Personas – Lapislázuli SpA"
        ),
        meet="meet",
        zone="America/Santiago",
    )
    _x(
        "Entrevista técnica – Andes Talent (Senior Java Developer)",
        interview=True,
        company="Andes Talent",
        role="Senior Java Developer",
        org=("reclutamiento@andestalent.com", "Reclutamiento Andes Talent"),
        att=[person("martin.cardenas@andestalent.com", "Martín Cárdenas")],
        desc=(
            "Hola Alex, gracias por avanzar en el proceso.\n\n"
            "Recordatorio: la posición es de Senior Java Developer en relación de dependencia con Andes Talent (contrato con nosotros, beneficios incluidos). "
            "Vas a trabajar en proyectos para clientes de Estados Unidos; la asignación se define después del ingreso.\n\n"
            "En esta entrevista técnica Martín (Java Chapter Lead) va a repasar Spring, concurrencia y testing.\n\nReclutamiento Andes Talent"
        ),
        conf=("Zoom Meeting", "https://andestalent.zoom.us/j/77120033"),
        zone="America/Bogota",
    )
    _x(
        "RemoteNorte x Alex – screening para posición en Brightwater Insurance",
        interview=True,
        company="Brightwater Insurance",
        role="Senior Backend Engineer",
        org=("sol.paredes@remotenorte.io", "Sol Paredes"),
        desc=(
            "Hola Alex! Como te comenté, esta búsqueda es para Brightwater Insurance, una aseguradora de EE.UU. que contrata directo a ingenieros en LATAM "
            "(contractor directo con ellos, nosotros solo hacemos la búsqueda). Rol: Senior Backend Engineer. En esta llamada repasamos tu CV y tu inglés.\n\n"
            "Sol Paredes · Talent Partner · RemoteNorte"
        ),
        meet="meet",
        zone="America/Argentina/Buenos_Aires",
    )
    _x(
        "Client interview: Brightwater Insurance (via RemoteNorte)",
        interview=True,
        company="Brightwater Insurance",
        role="Senior Backend Engineer",
        org=("sol.paredes@remotenorte.io", "Sol Paredes"),
        att=[
            person("k.mahoney@brightwaterins.com", "Kevin Mahoney"),
            person("r.osei@brightwaterins.com", "Rachel Osei"),
        ],
        desc=(
            "Hi Alex, this is your interview with the Brightwater Insurance claims platform team: Kevin Mahoney (Director of Engineering) and Rachel Osei (Senior Engineer). "
            "Interview in English, ~50 minutes. Good luck! – Sol"
        ),
        conf=("Zoom Meeting", "https://brightwaterins.zoom.us/j/66330120"),
        zone="America/New_York",
    )
    _x(
        "Hiring Manager Interview — Senior Backend Engineer (LatAm Remote) — Fernbrook Health",
        interview=True,
        company="Fernbrook Health",
        role="Senior Backend Engineer (LatAm Remote)",
        org=("recruiting@fernbrookhealth.com", "Fernbrook Health Recruiting"),
        att=[person("dana.whitlock@fernbrookhealth.com", "Dana Whitlock")],
        desc=(
            "Hi Alex,\n\nYou're confirmed for a 45-minute conversation with Dana Whitlock, Engineering Manager for our Care Coordination team.\n\n"
            "Join with Google Meet below. If you need any accommodations, reply to this email.\n\nFernbrook Health Recruiting"
        ),
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "[Interview] Alex Rivera — Senior Backend Engineer — Final Loop (1/3): Architecture",
        interview=True,
        company="Fernbrook Health",
        role="Senior Backend Engineer",
        org=("scheduling@fernbrookhealth.com", "Fernbrook Interview Scheduling"),
        att=[person("owen.patel@fernbrookhealth.com", "Owen Patel")],
        desc=(
            "Fernbrook Health · Final interview loop\n"
            "Session 1 of 3 – Architecture (60 min) with Owen Patel\n"
            "Session 2 of 3 – Coding (60 min)\nSession 3 of 3 – Leadership & Values (45 min)\n\n"
            "This event was scheduled on behalf of Fernbrook Health."
        ),
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "[Interview] Alex Rivera — Senior Backend Engineer — Final Loop (2/3): Coding",
        interview=True,
        company="Fernbrook Health",
        role="Senior Backend Engineer",
        org=("scheduling@fernbrookhealth.com", "Fernbrook Interview Scheduling"),
        att=[person("mei.tanaka@fernbrookhealth.com", "Mei Tanaka")],
        desc="Session 2 of 3 – Coding (60 min) with Mei Tanaka. Language of your choice; shared editor link will be posted in the Meet chat.",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "[Interview] Alex Rivera — Senior Backend Engineer — Final Loop (3/3): Leadership & Values",
        interview=True,
        company="Fernbrook Health",
        role="Senior Backend Engineer",
        org=("scheduling@fernbrookhealth.com", "Fernbrook Interview Scheduling"),
        att=[
            person("grace.holloway@fernbrookhealth.com", "Grace Holloway"),
            person("dana.whitlock@fernbrookhealth.com", "Dana Whitlock"),
        ],
        desc="Session 3 of 3 – Leadership & Values (45 min).",
        meet="meet",
        zone="America/New_York",
    )


# ---------------------------------------------------------------------------
# Developer: Brazil
# ---------------------------------------------------------------------------


def _dev_brazil() -> None:
    _x(
        "Entrevista - Pessoa Desenvolvedora Back-end Pleno | Jabuti Pagamentos",
        interview=True,
        company="Jabuti Pagamentos",
        role="Pessoa Desenvolvedora Back-end Pleno",
        org=("talentos@jabutipag.com.br", "Time de Talentos Jabuti"),
        att=[person("beatriz.nogueira@jabutipag.com.br", "Beatriz Nogueira")],
        desc=(
            "Oi, Alex! Tudo bem?\n\nFicamos felizes com sua candidatura para a vaga de Pessoa Desenvolvedora Back-end Pleno. "
            "Esta é a entrevista com Talentos (40 min): vamos conversar sobre sua trajetória e contar mais sobre a Jabuti.\n\n"
            "Abraços,\nBia – Time de Talentos\nJabuti Pagamentos"
        ),
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Bate-papo com a gestora – Jabuti Pagamentos",
        interview=True,
        company="Jabuti Pagamentos",
        role="Pessoa Desenvolvedora Back-end Pleno",
        org=("talentos@jabutipag.com.br", "Time de Talentos Jabuti"),
        att=[person("renata.albuquerque@jabutipag.com.br", "Renata Albuquerque")],
        desc="Conversa com a Renata, Engineering Manager da squad de Conciliação. Ela vai apresentar o desafio técnico do time e tirar suas dúvidas.",
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Entrevista cultural – Jabuti Pagamentos",
        interview=True,
        company="Jabuti Pagamentos",
        role="Pessoa Desenvolvedora Back-end Pleno",
        org=("talentos@jabutipag.com.br", "Time de Talentos Jabuti"),
        att=[
            person("thiago.moura@jabutipag.com.br", "Thiago Moura"),
            person("larissa.campos@jabutipag.com.br", "Larissa Campos"),
        ],
        desc="Última etapa! Conversa com duas pessoas de outros times sobre nossos valores.",
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Carambola Saúde | Painel técnico - Engenharia",
        interview=True,
        company="Carambola Saúde",
        role="Desenvolvedor(a) Full Stack Sênior",
        org=("recrutamento@carambolasaude.com.br", "Recrutamento Carambola"),
        att=[
            person("felipe.arantes@carambolasaude.com.br", "Felipe Arantes"),
            person("juliana.sato@carambolasaude.com.br", "Juliana Sato"),
            person("marcos.dias@carambolasaude.com.br", "Marcos Dias"),
        ],
        desc=(
            "Olá Alex,\n\nSegue o convite para o painel técnico da vaga Desenvolvedor(a) Full Stack Sênior. Participam Felipe, Juliana e Marcos.\n"
            "Formato: discussão de arquitetura a partir do seu case + perguntas de TypeScript/Node.\n\nRecrutamento Carambola Saúde"
        ),
        conf=(
            "Microsoft Teams",
            "https://teams.microsoft.com/l/meetup-join/19%3acarambola-painel-311",
        ),
        zone="America/Sao_Paulo",
    )
    _x(
        "Fwd: Convite para entrevista – Vaga Desenvolvedor(a) Node.js",
        interview=True,
        company="Mandacaru Tech",
        role="Desenvolvedor(a) Node.js",
        desc=(
            "---------- Mensagem encaminhada ---------\n"
            "De: Paula Freitas <paula.freitas@mandacaru.tech>\n"
            "Assunto: Convite para entrevista – Vaga Desenvolvedor(a) Node.js\n\n"
            "Oi Alex, tudo certo? Gostaríamos de marcar uma entrevista para a vaga de Desenvolvedor(a) Node.js aqui na Mandacaru. "
            "Pode ser quarta às 14h (horário de Brasília)? Link: https://meet.mandacaru.tech/alex-rivera\n\n"
            "Paula Freitas | People & Culture | Mandacaru Tech | Recife – PE"
        ),
        zone="America/Recife",
    )
    _x(
        "Gravação podcast 'Devs em Remoto' – convidado",
        interview=False,
        company=None,
        role=None,
        org=("contato@devsemremoto.fm", "Devs em Remoto"),
        desc="Papo de 40 min sobre trabalhar de LATAM para empresas gringas. Usar fone com fio. Link do Riverside enviado por e-mail.",
        zone="America/Sao_Paulo",
    )
    _x(
        "Aula de inglês técnico – aula 8",
        interview=False,
        company=None,
        role=None,
        zone="America/Sao_Paulo",
    )


# ---------------------------------------------------------------------------
# Developer: Spain and the rest of Europe
# ---------------------------------------------------------------------------


def _dev_spain_europe() -> None:
    _x(
        "Entrevista Azafrán Tech – Senior Backend Engineer",
        interview=True,
        company="Azafrán Tech",
        role="Senior Backend Engineer",
        org=("people@azafran.tech", "People Azafrán"),
        att=[person("ainhoa.etxeberria@azafran.tech", "Ainhoa Etxeberria")],
        desc=(
            "Hola Alex,\n\nTe confirmamos la videollamada con Ainhoa (People) para la posición de Senior Backend Engineer. "
            "Unos 30 minutos para conocernos y explicarte el proceso (4 fases).\n\nUn abrazo,\nEquipo de People · Azafrán Tech"
        ),
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Pair programming con el equipo de Azafrán",
        interview=True,
        company="Azafrán Tech",
        role="Senior Backend Engineer",
        org=("people@azafran.tech", "People Azafrán"),
        att=[
            person("pablo.soriano@azafran.tech", "Pablo Soriano"),
            person("irene.cuesta@azafran.tech", "Irene Cuesta"),
        ],
        desc="Sesión de 90 min de pair programming sobre un pequeño servicio en Kotlin/Java. Comparte pantalla con tu IDE habitual.",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista presencial Azafrán – oficinas Fuencarral",
        interview=True,
        company="Azafrán Tech",
        role="Senior Backend Engineer",
        org=("people@azafran.tech", "People Azafrán"),
        att=[person("carlos.mendez@azafran.tech", "Carlos Méndez")],
        desc="Última fase: conversación con Carlos (CTO) y comida con parte del equipo. Pregunta por Ainhoa en recepción.",
        loc="Azafrán Tech, Calle de Fuencarral 121, 4ª planta, 28010 Madrid",
        zone="Europe/Madrid",
    )
    _x(
        "Preparar entrevista Azafrán – repasar STAR y diseño de sistemas",
        interview=False,
        company=None,
        role=None,
        desc="- ejemplos de conflicto\n- migración de monolito (caso Pagoverde)\n- preguntas para el CTO",
        zone="Europe/Madrid",
    )
    _x(
        "Mareta Games – Entrevista final con el estudio",
        interview=True,
        company="Mareta Games",
        role="Backend Developer (Online Services)",
        org=("jobs@maretagames.com", "Mareta Games Jobs"),
        att=[
            person("jordi.puig@maretagames.com", "Jordi Puig"),
            person("nuria.vila@maretagames.com", "Núria Vila"),
        ],
        desc=(
            "Hola Alex!\nEt/Te esperamos en el estudio para la entrevista final del puesto Backend Developer (Online Services). "
            "Conocerás a Jordi (Lead Online) y a Núria (Producer).\n\nMareta Games · Poblenou"
        ),
        loc="Mareta Games, Carrer de Pujades 77, 08005 Barcelona",
        zone="Europe/Madrid",
    )
    _x(
        "Mareta Games – Prueba técnica en vivo",
        interview=True,
        company="Mareta Games",
        role="Backend Developer (Online Services)",
        org=("jobs@maretagames.com", "Mareta Games Jobs"),
        att=[person("jordi.puig@maretagames.com", "Jordi Puig")],
        desc="Ejercicio en vivo (60 min): diseñar la API de matchmaking y discutir escalado. Sin necesidad de preparar nada.",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Videollamada con Nerea (People) – Naranjo Cloud",
        interview=True,
        company="Naranjo Cloud",
        role=None,
        org=("nerea.soler@naranjocloud.es", "Nerea Soler"),
        desc="Hola Alex, te dejo el enlace para nuestra charla. ¡Hasta el martes!\nNerea Soler · Talent Acquisition · Naranjo Cloud · València",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Naranjo Cloud – Entrevista técnica (Python/AWS)",
        interview=True,
        company="Naranjo Cloud",
        role="Platform Engineer",
        org=("nerea.soler@naranjocloud.es", "Nerea Soler"),
        att=[person("vicent.ferrer@naranjocloud.es", "Vicent Ferrer")],
        desc="Entrevista técnica para la posición de Platform Engineer con Vicent (Head of Platform). IaC, observabilidad y un caso de incidencia real.",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista | Alex Rivera | Desarrollador .NET Senior",
        interview=True,
        company="Seguros Laurel",
        role="Desarrollador .NET Senior",
        org=("rrhh.seleccion@seguroslaurel.es", "Selección RRHH"),
        att=[person("luis.navarro@seguroslaurel.es", "Luis Navarro")],
        desc=(
            "________________________________________________________________________________\n"
            "Reunión de Microsoft Teams\nÚnase desde el equipo, la aplicación móvil o la sala\n"
            "Id. de reunión: 341 882 119 004\nCódigo de acceso: q7Xk2p\n"
            "________________________________________________________________________________\n\n"
            "Seguros Laurel, S.A. · Dirección de Personas · Paseo de la Castellana 240, Madrid\n"
            "Este mensaje y sus anexos son confidenciales."
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3alaurel-net-004",
        ),
        zone="Europe/Madrid",
    )
    _x(
        "Seguros Laurel – Segunda entrevista con el responsable de Arquitectura",
        interview=True,
        company="Seguros Laurel",
        role="Desarrollador .NET Senior",
        org=("rrhh.seleccion@seguroslaurel.es", "Selección RRHH"),
        att=[person("alberto.gil@seguroslaurel.es", "Alberto Gil")],
        desc="Segunda entrevista (técnica) para Desarrollador .NET Senior con Alberto Gil, responsable de Arquitectura.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3alaurel-net-007",
        ),
        zone="Europe/Madrid",
    )
    _x(
        "Interview Loop – Sardinha Labs – Backend (Kotlin)",
        interview=True,
        company="Sardinha Labs",
        role="Backend Engineer (Kotlin)",
        org=("hiring@sardinhalabs.pt", "Sardinha Labs Hiring"),
        att=[
            person("miguel.carvalho@sardinhalabs.pt", "Miguel Carvalho"),
            person("ana.rebelo@sardinhalabs.pt", "Ana Rebelo"),
        ],
        desc=(
            "Hi Alex,\n\nHere's your interview loop for the Backend Engineer (Kotlin) role: 2 x 45-minute conversations back to back "
            "(technical deep-dive with Miguel, then product & collaboration with Ana).\n\nCheers,\nSardinha Labs · Lisbon"
        ),
        meet="meet",
        zone="Europe/Lisbon",
    )
    _x(
        "Entretien technique – Développeur Backend – Calanque Software",
        interview=True,
        company="Calanque Software",
        role="Développeur Backend",
        org=("recrutement@calanque-software.fr", "Recrutement Calanque"),
        att=[person("thomas.roux@calanque-software.fr", "Thomas Roux")],
        desc=(
            "Bonjour Alex,\n\nComme convenu, voici l'invitation pour l'entretien technique (1h) avec Thomas Roux, lead dev. "
            "L'entretien peut se faire en anglais ou en espagnol si tu préfères.\n\nÀ bientôt,\nL'équipe recrutement – Calanque Software, Marseille"
        ),
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Colloquio tecnico – Backend Developer – Pandoro Digital",
        interview=True,
        company="Pandoro Digital",
        role="Backend Developer",
        org=("talent@pandorodigital.it", "Talent Pandoro Digital"),
        att=[person("marco.galli@pandorodigital.it", "Marco Galli")],
        desc="Ciao Alex, ecco il link per il colloquio tecnico (in inglese) con Marco Galli, Engineering Manager. Durata 50 minuti.",
        conf=("Zoom", "https://pandorodigital.zoom.us/j/93011234"),
        zone="Europe/Rome",
    )


def _dev_life() -> None:
    _x(
        "Cita previa NIE – Oficina de Extranjería",
        interview=False,
        company=None,
        role=None,
        desc="Formulario EX-15, tasa 790-012 pagada, pasaporte + fotocopia. Justificante de cita impreso.",
        loc="Oficina de Extranjería, Calle de García de Paredes 65, Madrid",
        zone="Europe/Madrid",
    )
    _x(
        "Toma de huellas TIE – Comisaría",
        interview=False,
        company=None,
        role=None,
        desc="Llevar resolución favorable, foto carnet, empadronamiento y tasa 790-012.",
        loc="Comisaría de Policía, Calle de Moratalaz",
        zone="Europe/Madrid",
    )
    _x(
        "Empadronamiento – Junta Municipal Centro",
        interview=False,
        company=None,
        role=None,
        desc="Contrato de alquiler + pasaporte.",
        zone="Europe/Madrid",
    )
    _x(
        "Visita piso C/ Embajadores 3ºB",
        interview=False,
        company=None,
        role=None,
        desc="Inmobiliaria Lavapiés Hogar, preguntar por Rocío. 1.150 €/mes, 2 meses de fianza.",
        loc="Calle de Embajadores 58, Madrid",
        zone="Europe/Madrid",
    )
    _x(
        "Mudanza – llegan los de Mudanzas Tortuga 9:00",
        interview=False,
        company=None,
        role=None,
        zone="Europe/Madrid",
    )
    _x(
        "Mock interview con Diego (práctica algoritmos)",
        interview=False,
        company=None,
        role=None,
        att=[person("diego.herrera.dev@gmail.com", "Diego Herrera")],
        desc="Él hace de entrevistador, 2 problemas medium. Luego cambiamos.",
        meet="meet",
        zone="America/Mexico_City",
    )
    _x(
        "Sesión de coaching de carrera – Marta Quiroga",
        interview=False,
        company=None,
        role=None,
        org=("marta@quirogacoaching.com", "Marta Quiroga"),
        desc="Sesión 3/5: posicionamiento en LinkedIn y cómo contar el cambio de país en entrevistas.",
        conf=("Zoom Meeting", "https://quirogacoaching.zoom.us/j/551002"),
        zone="Europe/Madrid",
    )
    _x(
        "Grupo de estudio: system design (cap. 6)",
        interview=False,
        company=None,
        role=None,
        att=[
            person("lau.pineda@gmail.com", "Laura Pineda"),
            person("tomasgr@gmail.com", "Tomás G."),
        ],
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Examen CKAD – online supervisado",
        interview=False,
        company=None,
        role=None,
        desc="Check-in 30 min antes. Escritorio vacío, DNI/NIE, webcam externa desconectada.",
        zone="Europe/Madrid",
    )
    _x(
        "Cine: Entrevista con el vampiro (VOSE 21:30)",
        interview=False,
        company=None,
        role=None,
        loc="Cines Golem, Madrid",
        zone="Europe/Madrid",
    )
    _x(
        "Taller gratuito: cómo negociar salario trabajando en remoto",
        interview=False,
        company=None,
        role=None,
        org=("eventos@remotoshispanos.org", "Remotos Hispanos"),
        conf=("Zoom Webinar", "https://remotoshispanos.zoom.us/w/77001"),
        zone="Europe/Madrid",
    )
    _x(
        "Homologación del título de Ingeniería – cita Ministerio",
        interview=False,
        company=None,
        role=None,
        zone="Europe/Madrid",
    )
    _x(
        "Llamada con la gestoría: alta de autónomo",
        interview=False,
        company=None,
        role=None,
        att=[person("gestoria@asesorialapuerta.es", "Asesoría La Puerta")],
        zone="Europe/Madrid",
    )


def _dev_initech() -> None:
    _x(
        "Entrevista técnica – candidata Lucía Fernández (Backend)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("talent@initech.com", "Initech Talent"),
        att=[
            person("lucia.fernandez.dev@gmail.com", "Lucía Fernández"),
            person("javier.moreno@initech.com", "Javier Moreno"),
        ],
        desc=(
            "Interviewers: Alex Rivera, Javier Moreno\nCandidate: Lucía Fernández – Backend Engineer (Madrid)\n"
            "Scorecard: please submit in the ATS within 24 h.\nFocus: API design, testing, debugging."
        ),
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Debrief candidata Lucía Fernández",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("talent@initech.com", "Initech Talent"),
        att=[
            person("javier.moreno@initech.com", "Javier Moreno"),
            person("elena.ruiz@initech.com", "Elena Ruiz"),
        ],
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista cultural: Rodrigo Salas (Frontend)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("talent@initech.com", "Initech Talent"),
        att=[person("rodrigo.salas@outlook.com", "Rodrigo Salas")],
        desc="Tú eres el entrevistador 'bar raiser'. Guía de preguntas en la carpeta compartida de Hiring.",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Interviewer training: structured interviews & scorecards",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("learning@initech.com", "Initech Learning"),
        desc="Mandatory before joining interview panels. Covers bias, rubric-based scoring and candidate experience.",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Sprint planning – Checkout squad",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("elena.ruiz@initech.com", "Elena Ruiz"),
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "1:1 Alex / Elena",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("elena.ruiz@initech.com", "Elena Ruiz"),
        meet="meet",
        zone="Europe/Madrid",
    )


# ---------------------------------------------------------------------------
# Logistics supervisor: Germany
# ---------------------------------------------------------------------------


def _logistics_germany() -> None:
    _x(
        "Vorstellungsgespräch Schichtleiter Lager – Brandt Kontraktlogistik GmbH",
        interview=True,
        company="Brandt Kontraktlogistik",
        role="Schichtleiter Lager",
        org=("bewerbung@brandt-kontraktlogistik.de", "Brandt Kontraktlogistik – Personal"),
        att=[
            person("k.meier@brandt-kontraktlogistik.de", "Katrin Meier"),
            person("d.schulte@brandt-kontraktlogistik.de", "Dirk Schulte"),
        ],
        desc=(
            "Sehr geehrter Herr Rivera,\n\n"
            "vielen Dank für Ihre Bewerbung als Schichtleiter Lager (m/w/d) an unserem Standort Duisburg-Rheinhausen. "
            "Gerne möchten wir Sie persönlich kennenlernen. Ihre Gesprächspartner: Frau Meier (Personal) und Herr Schulte (Lagerleitung).\n\n"
            "Bitte melden Sie sich am Pförtnerhaus Tor 2. Sicherheitsschuhe sind für den anschließenden Rundgang erforderlich.\n\n"
            "Mit freundlichen Grüßen\nKatrin Meier\nPersonalreferentin\nBrandt Kontraktlogistik GmbH"
        ),
        loc="Brandt Kontraktlogistik GmbH, Logistikallee 14, 47229 Duisburg, Tor 2",
        zone="Europe/Berlin",
    )
    _x(
        "Zweitgespräch mit Niederlassungsleiter – Brandt Kontraktlogistik",
        interview=True,
        company="Brandt Kontraktlogistik",
        role="Schichtleiter Lager",
        org=("k.meier@brandt-kontraktlogistik.de", "Katrin Meier"),
        att=[person("h.vogt@brandt-kontraktlogistik.de", "Heiko Vogt")],
        desc="Zweites Gespräch mit Herrn Vogt, Niederlassungsleiter. Dauer ca. 45 Min. Gleicher Treffpunkt wie beim ersten Termin.",
        loc="Brandt Kontraktlogistik GmbH, Logistikallee 14, 47229 Duisburg",
        zone="Europe/Berlin",
    )
    _x(
        "Telefoninterview Nordhafen Logistik – Teamleiter Wareneingang",
        interview=True,
        company="Nordhafen Logistik",
        role="Teamleiter Wareneingang",
        org=("recruiting@nordhafen-logistik.de", "Recruiting Nordhafen Logistik"),
        desc="Hallo Alex, wie telefonisch besprochen rufe ich Sie zum vereinbarten Zeitpunkt an (ca. 20 Min.). Viele Grüße, Jana Kruse – Recruiting, Nordhafen Logistik GmbH & Co. KG",
        zone="Europe/Berlin",
    )
    _x(
        "Probearbeit Nordhafen Logistik (Spätschicht 14–22 Uhr)",
        interview=True,
        company="Nordhafen Logistik",
        role="Teamleiter Wareneingang",
        org=("recruiting@nordhafen-logistik.de", "Recruiting Nordhafen Logistik"),
        att=[person("s.peters@nordhafen-logistik.de", "Stefan Peters")],
        desc=(
            "Probearbeitstag im Wareneingang, Begleitung durch Schichtleiter Stefan Peters. "
            "Bitte Sicherheitsschuhe S3 und Personalausweis mitbringen. Der Tag wird vergütet."
        ),
        loc="Nordhafen Logistik, Halle 5, Am Kaiserhafen 3, Bremerhaven",
        zone="Europe/Berlin",
    )
    _x(
        "Vertragsunterzeichnung Nordhafen Logistik",
        interview=False,
        company=None,
        role=None,
        org=("recruiting@nordhafen-logistik.de", "Recruiting Nordhafen Logistik"),
        desc="Arbeitsvertrag unterschreiben, Steuer-ID und SV-Nummer mitbringen.",
        loc="Nordhafen Logistik, Verwaltung, 1. OG",
        zone="Europe/Berlin",
    )
    _x(
        "Direktvermittlung: Vorstellung bei Kaufgut Zentrallager Hamm (über LogiStaff)",
        interview=True,
        company="Kaufgut",
        role="Schichtleitung Kommissionierung",
        org=("n.becker@logistaff.de", "Nina Becker (LogiStaff)"),
        att=[person("personal.hamm@kaufgut.de", "Kaufgut Personal Hamm")],
        desc=(
            "Hallo Herr Rivera,\n\n"
            "wie besprochen stelle ich Sie im Rahmen der Direktvermittlung unserem Kunden Kaufgut vor. Die Festanstellung erfolgt direkt bei Kaufgut, "
            "Position Schichtleitung Kommissionierung (m/w/d), Zentrallager Hamm.\n\n"
            "Ich begleite Sie beim Gespräch. Treffpunkt 9:45 Uhr am Besucherparkplatz.\n\n"
            "Beste Grüße\nNina Becker\nPersonalberaterin | LogiStaff Personaldienstleistungen GmbH"
        ),
        loc="Kaufgut Zentrallager, Werler Straße 300, Hamm",
        zone="Europe/Berlin",
    )
    _x(
        "Vorstellungstag Kaufgut – Teil 1: Gespräch mit Standortleitung",
        interview=True,
        company="Kaufgut",
        role="Schichtleitung Kommissionierung",
        org=("personal.hamm@kaufgut.de", "Kaufgut Personal Hamm"),
        att=[person("o.krause@kaufgut.de", "Oliver Krause")],
        desc="Vorstellungstag, Teil 1 (10:00–11:00): Gespräch mit Oliver Krause, Standortleitung.",
        loc="Kaufgut Zentrallager Hamm, Verwaltungsgebäude, Raum 1.08",
        zone="Europe/Berlin",
    )
    _x(
        "Vorstellungstag Kaufgut – Teil 2: Lagerrundgang & Fallstudie Schichtplanung",
        interview=True,
        company="Kaufgut",
        role="Schichtleitung Kommissionierung",
        org=("personal.hamm@kaufgut.de", "Kaufgut Personal Hamm"),
        att=[
            person("o.krause@kaufgut.de", "Oliver Krause"),
            person("b.hahn@kaufgut.de", "Birgit Hahn"),
        ],
        desc="Teil 2 (11:15–13:00): Rundgang durch die Kommissionierung, danach Fallstudie: Schichtplan für eine Peak-Woche mit 20 % Krankenstand. Präsentation 10 Min.",
        loc="Kaufgut Zentrallager Hamm, Halle C",
        zone="Europe/Berlin",
    )
    _x(
        "Bewerbungsgespräch LogiStaff – Schichtführer (Arbeitnehmerüberlassung)",
        interview=True,
        company="LogiStaff",
        role="Schichtführer",
        org=("n.becker@logistaff.de", "Nina Becker (LogiStaff)"),
        desc=(
            "Guten Tag Herr Rivera,\n\n"
            "hiermit bestätige ich unser Gespräch für die Position Schichtführer (m/w/d). Sie werden unbefristet bei der LogiStaff Personaldienstleistungen GmbH angestellt "
            "und in der Arbeitnehmerüberlassung bei unseren Kunden im Raum Dortmund eingesetzt (Tarif GVP).\n\n"
            "Bitte bringen Sie Lebenslauf, Zeugnisse und Staplerschein mit.\n\nNina Becker"
        ),
        loc="LogiStaff Niederlassung Dortmund, Königswall 40",
        zone="Europe/Berlin",
    )
    _x(
        "Mülakat – Depo Vardiya Sorumlusu – Yıldız Lojistik",
        interview=True,
        company="Yıldız Lojistik",
        role="Depo Vardiya Sorumlusu",
        org=("ik@yildiz-lojistik.de", "Yıldız Lojistik İK"),
        att=[person("e.kaya@yildiz-lojistik.de", "Emre Kaya")],
        desc=(
            "Merhaba Alex Bey,\n\n"
            "Duisburg deposundaki Depo Vardiya Sorumlusu (Schichtleiter) pozisyonu için başvurunuz için teşekkür ederiz. "
            "Sizi Emre Kaya (Depo Müdürü) ile yüz yüze bir görüşmeye davet etmek istiyoruz. Görüşme Almanca veya Türkçe yapılabilir.\n\n"
            "Saygılarımızla,\nİnsan Kaynakları\nYıldız Lojistik GmbH"
        ),
        loc="Yıldız Lojistik GmbH, Hafenstraße 88, 47119 Duisburg",
        zone="Europe/Berlin",
    )
    _x(
        "Online-Interview (Teams): Teamleitung Kommissionierung – Rheinfracht",
        interview=True,
        company="Rheinfracht",
        role="Teamleitung Kommissionierung",
        org=("karriere@rheinfracht.de", "Rheinfracht Karriere"),
        att=[person("j.wagner@rheinfracht.de", "Julia Wagner")],
        desc=(
            "Hallo Alex,\n\nvielen Dank für dein Interesse an der Teamleitung Kommissionierung in Neuss. Unser erstes Gespräch findet per Microsoft Teams statt.\n\n"
            "Viele Grüße\nJulia Wagner | Talent Acquisition | Rheinfracht AG"
        ),
        conf=(
            "Microsoft Teams-Besprechung",
            "https://teams.microsoft.com/l/meetup-join/19%3arheinfracht-tlk-2201",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Neuer Termin: Zweitgespräch Rheinfracht (vor Ort, Neuss)",
        interview=True,
        company="Rheinfracht",
        role="Teamleitung Kommissionierung",
        org=("j.wagner@rheinfracht.de", "Julia Wagner"),
        att=[person("m.schroeder@rheinfracht.de", "Markus Schröder")],
        desc="Hallo Alex, leider müssen wir das Zweitgespräch um einen Tag verschieben – Herr Schröder ist kurzfristig verhindert. Neuer Termin siehe Einladung. Danke für dein Verständnis!",
        loc="Rheinfracht AG, Hafenbecken 1, 41460 Neuss, Empfang Gebäude A",
        zone="Europe/Berlin",
    )
    _x(
        "Zeugnisse für Rheinfracht scannen + hochladen",
        interview=False,
        company=None,
        role=None,
        zone="Europe/Berlin",
    )
    _x(
        "Gespräch Fr. Lange 9:30 – Spedition Kowalski & Lange",
        interview=True,
        company="Spedition Kowalski & Lange",
        role=None,
        desc="Disposition / Lager? Klären. Fr. Lange = Geschäftsführerin. Parken im Hof.",
        loc="Hafenstr. 7, Gelsenkirchen",
        zone="Europe/Berlin",
    )
    _x(
        "WG: Einladung zum Vorstellungsgespräch",
        interview=True,
        company="Elbe-Weser Distribution",
        role="Stellv. Lagerleiter",
        desc=(
            "-----Ursprüngliche Nachricht-----\n"
            "Von: Personalabteilung Elbe-Weser Distribution <personal@ew-distribution.de>\n"
            "Gesendet: Dienstag\nAn: alex.rivera@web.de\nBetreff: Einladung zum Vorstellungsgespräch\n\n"
            "Sehr geehrter Herr Rivera,\nwir laden Sie zu einem Vorstellungsgespräch für die Position Stellv. Lagerleiter (m/w/d) ein. "
            "Ort: Stader Straße 212, 21075 Hamburg.\nMit freundlichen Grüßen\nPersonalabteilung"
        ),
        loc="Stader Straße 212, 21075 Hamburg",
        zone="Europe/Berlin",
    )
    _x(
        "Telefoninterview Elbe-Weser Distribution",
        interview=True,
        company="Elbe-Weser Distribution",
        role="Stellv. Lagerleiter",
        org=("personal@ew-distribution.de", "Personalabteilung Elbe-Weser Distribution"),
        desc="Kurzes telefonisches Vorab-Interview (15 Min.) zur Position Stellv. Lagerleiter (m/w/d).",
        zone="Europe/Berlin",
    )
    _x(
        "Einladung: Video-Interview Lagerleitung – Sauerland Frischdienst",
        interview=True,
        company="Sauerland Frischdienst",
        role="Lagerleitung",
        org=("bewerbung@sauerland-frischdienst.de", "Sauerland Frischdienst Bewerbermanagement"),
        desc="Ihr Video-Interview mit Herrn Albers (Geschäftsführung) und Frau Pohl (Personal). Bitte 5 Minuten vorher einwählen.",
        conf=("Zoom-Meeting", "https://sauerland-frischdienst.zoom.us/j/81230077"),
        zone="Europe/Berlin",
    )
    _x(
        "Assessment Center Tag 1 – Nachwuchsführungskräfte Logistik – Hanse Cargo Terminal",
        interview=True,
        company="Hanse Cargo Terminal",
        role="Nachwuchsführungskraft Logistik",
        org=("ac@hansecargo-terminal.de", "HCT Personalentwicklung"),
        desc=(
            "Programm Tag 1: Begrüßung, Selbstpräsentation, Gruppendiskussion, Postkorbübung, Einzelinterview mit Beobachtern. "
            "Tag 2 folgt nur nach Einladung.\nHanse Cargo Terminal GmbH"
        ),
        loc="Hanse Cargo Terminal, Schulungszentrum, Kaiser-Wilhelm-Hafen, Hamburg",
        zone="Europe/Berlin",
    )


# ---------------------------------------------------------------------------
# Logistics supervisor: Poland
# ---------------------------------------------------------------------------


def _logistics_poland() -> None:
    _x(
        "Rozmowa kwalifikacyjna – Kierownik zmiany – TransWisła Sp. z o.o.",
        interview=True,
        company="TransWisła",
        role="Kierownik zmiany",
        org=("rekrutacja@transwisla.pl", "Rekrutacja TransWisła"),
        att=[person("a.nowicka@transwisla.pl", "Agnieszka Nowicka")],
        desc=(
            "Dzień dobry Panie Alex,\n\n"
            "dziękujemy za przesłanie aplikacji na stanowisko Kierownik zmiany w centrum dystrybucyjnym w Strykowie. "
            "Zapraszamy na rozmowę kwalifikacyjną z p. Agnieszką Nowicką (HR Business Partner) i kierownikiem magazynu.\n"
            "Prosimy o zabranie dokumentu tożsamości (wjazd na teren parku logistycznego).\n\n"
            "Pozdrawiamy\nDział HR\nTransWisła Sp. z o.o."
        ),
        loc="TransWisła – Centrum Dystrybucyjne, ul. Logistyczna 12, 95-010 Stryków, budynek biurowy, recepcja",
        zone="Europe/Warsaw",
    )
    _x(
        "Rozmowa finałowa z dyrektorem operacyjnym – TransWisła",
        interview=True,
        company="TransWisła",
        role="Kierownik zmiany",
        org=("a.nowicka@transwisla.pl", "Agnieszka Nowicka"),
        att=[person("p.zawadzki@transwisla.pl", "Paweł Zawadzki")],
        desc="Ostatni etap procesu: rozmowa z p. Pawłem Zawadzkim, Dyrektorem Operacyjnym. Ok. 45 min, w języku polskim lub angielskim.",
        conf=(
            "Microsoft Teams",
            "https://teams.microsoft.com/l/meetup-join/19%3atranswisla-kz-final",
        ),
        zone="Europe/Warsaw",
    )
    _x(
        "Podpisanie umowy – TransWisła",
        interview=False,
        company=None,
        role=None,
        org=("a.nowicka@transwisla.pl", "Agnieszka Nowicka"),
        desc="Proszę zabrać: dowód/paszport, numer konta, orzeczenie lekarskie z medycyny pracy.",
        zone="Europe/Warsaw",
    )
    _x(
        "Badania wstępne medycyny pracy (skierowanie od pracodawcy)",
        interview=False,
        company=None,
        role=None,
        desc="Na czczo. Skierowanie + dowód. Badanie wzroku i okulista (wózki).",
        loc="Przychodnia MedPraca, ul. Piotrkowska 201, Łódź",
        zone="Europe/Warsaw",
    )
    _x(
        "Rozmowa telefoniczna – Magazyny Bałtyk (wstępna)",
        interview=True,
        company="Magazyny Bałtyk",
        role="Kierownik magazynu",
        org=("hr@magazynybaltyk.pl", "HR Magazyny Bałtyk"),
        desc="Krótka rozmowa telefoniczna (15 min) – weryfikacja doświadczenia i oczekiwań finansowych. Stanowisko: Kierownik magazynu, Gdańsk-Port.",
        zone="Europe/Warsaw",
    )
    _x(
        "Spotkanie rekrutacyjne online – Magazyny Bałtyk (Gdańsk)",
        interview=True,
        company="Magazyny Bałtyk",
        role="Kierownik magazynu",
        org=("hr@magazynybaltyk.pl", "HR Magazyny Bałtyk"),
        att=[
            person("t.kaminski@magazynybaltyk.pl", "Tomasz Kamiński"),
            person("m.lewandowska@magazynybaltyk.pl", "Marta Lewandowska"),
        ],
        desc="Spotkanie z p. Tomaszem Kamińskim (Dyrektor Logistyki) i p. Martą Lewandowską (HR). Zadanie: omówienie KPI magazynu z poprzedniej pracy.",
        conf=("Microsoft Teams", "https://teams.microsoft.com/l/meetup-join/19%3abaltyk-km-55"),
        zone="Europe/Warsaw",
    )
    _x(
        "Rozmowa z HR – Koordynator magazynu – Polfrigo Chłodnie",
        interview=True,
        company="Polfrigo Chłodnie",
        role="Koordynator magazynu",
        org=("praca@polfrigo.pl", "Polfrigo – Rekrutacja"),
        desc="Dzień dobry, potwierdzamy rozmowę online na stanowisko Koordynator magazynu (magazyn mroźniczy, Błonie). Link poniżej. Pozdrawiamy, Zespół HR Polfrigo Chłodnie",
        meet="meet",
        zone="Europe/Warsaw",
    )
    _x(
        "rozmowa Polfrigo 10:00 ul. Chłodnicza 4",
        interview=True,
        company="Polfrigo Chłodnie",
        role="Koordynator magazynu",
        desc="2. etap na miejscu. Pytać o p. Grzegorza (kier. operacyjny). Wziąć kurtkę – oprowadzanie po mroźni -25°C!",
        loc="ul. Chłodnicza 4, 05-870 Błonie",
        zone="Europe/Warsaw",
    )
    _x(
        "Interview: Warehouse Shift Manager – Vistula Parcel Hub (Łódź)",
        interview=True,
        company="Vistula Parcel Hub",
        role="Warehouse Shift Manager",
        org=("talent@vistulaparcel.com", "Vistula Parcel Talent"),
        att=[
            person("j.oconnor@vistulaparcel.com", "James O'Connor"),
            person("k.mazur@vistulaparcel.com", "Karolina Mazur"),
        ],
        desc=(
            "Hi Alex,\n\nThank you for your application for Warehouse Shift Manager at our Łódź sortation hub. "
            "Please find the invitation for a 45-minute interview with James O'Connor (Site Lead) and Karolina Mazur (HR). The interview will be in English.\n\n"
            "Best regards,\nVistula Parcel Hub – Talent Team"
        ),
        conf=("Zoom Meeting", "https://vistulaparcel.zoom.us/j/70010442"),
        zone="Europe/Warsaw",
    )
    _x(
        "Співбесіда: начальник зміни на складі (Стрикув) – Праця Плюс",
        interview=True,
        company="Centrum Logistyczne Stryków Wschód",
        role="Начальник зміни на складі",
        org=("oksana.h@pracaplus.pl", "Оксана Гнатюк (Praca Plus)"),
        desc=(
            "Добрий день, Алекс!\n\n"
            "Підтверджую співбесіду на посаду начальника зміни на складі. Роботодавець — наш клієнт, компанія «Centrum Logistyczne Stryków Wschód» "
            "(пряме працевлаштування, umowa o pracę). Співбесіда онлайн з менеджером складу, польською мовою; я буду на зв'язку для допомоги з перекладом.\n\n"
            "З повагою,\nОксана Гнатюк\nАгенція працевлаштування Praca Plus"
        ),
        meet="meet",
        zone="Europe/Warsaw",
    )
    _x(
        "Консультація: легалізація роботи в Польщі",
        interview=False,
        company=None,
        role=None,
        org=("konsultacje@fundacjamost.pl", "Фундація «Міст»"),
        desc="Безкоштовна консультація: дозвіл на роботу, karta pobytu, PESEL. Взяти паспорт і договір оренди.",
        loc="ul. Zachodnia 81, Łódź, pok. 4",
        zone="Europe/Warsaw",
    )
    _x(
        "Зустріч з юристом щодо карти побиту",
        interview=False,
        company=None,
        role=None,
        zone="Europe/Warsaw",
    )
    _x(
        "Wniosek o PESEL – Urząd Miasta Łodzi",
        interview=False,
        company=None,
        role=None,
        desc="Paszport, umowa najmu, formularz wniosku.",
        loc="Urząd Miasta Łodzi, ul. Piotrkowska 110, Wydział Spraw Obywatelskich",
        zone="Europe/Warsaw",
    )
    _x(
        "Egzamin UDT – wózki widłowe",
        interview=False,
        company=None,
        role=None,
        desc="Część teoretyczna (test) + praktyczna. Zaświadczenie z kursu.",
        loc="Ośrodek Szkoleniowy Forklift-Pro, ul. Przemysłowa 9, Łódź",
        zone="Europe/Warsaw",
    )
    _x(
        "Przeprowadzka – odbiór kluczy, ul. Wólczańska",
        interview=False,
        company=None,
        role=None,
        att=[person("wynajem.mieszkan.lodz@gmail.com", "Pan Krzysztof (właściciel)")],
        zone="Europe/Warsaw",
    )
    _x(
        "Kurs polskiego A2 – zajęcia 11",
        interview=False,
        company=None,
        role=None,
        zone="Europe/Warsaw",
    )


# ---------------------------------------------------------------------------
# Logistics supervisor: the Netherlands
# ---------------------------------------------------------------------------


def _logistics_netherlands() -> None:
    _x(
        "Sollicitatiegesprek Teamleider Logistiek – Van Dijk Distributie",
        interview=True,
        company="Van Dijk Distributie",
        role="Teamleider Logistiek",
        org=("hr@vandijkdistributie.nl", "HR Van Dijk Distributie"),
        att=[
            person("w.vandijk@vandijkdistributie.nl", "Wim van Dijk"),
            person("l.jansen@vandijkdistributie.nl", "Lotte Jansen"),
        ],
        desc=(
            "Beste Alex,\n\nBedankt voor je sollicitatie als Teamleider Logistiek (avondploeg). We nodigen je graag uit voor een eerste gesprek met Wim van Dijk (operationeel directeur) en Lotte Jansen (HR).\n\n"
            "Met vriendelijke groet,\nLotte Jansen\nHR-adviseur | Van Dijk Distributie B.V."
        ),
        loc="Van Dijk Distributie B.V., Industrieweg 45, 5145 PD Waalwijk",
        zone="Europe/Amsterdam",
    )
    _x(
        "Verzet: tweede gesprek Van Dijk Distributie",
        interview=True,
        company="Van Dijk Distributie",
        role="Teamleider Logistiek",
        org=("l.jansen@vandijkdistributie.nl", "Lotte Jansen"),
        att=[person("w.vandijk@vandijkdistributie.nl", "Wim van Dijk")],
        desc="Hoi Alex, Wim moet helaas naar een klant, daarom hebben we het tweede gesprek een week verzet. Zelfde locatie. Groet, Lotte",
        loc="Van Dijk Distributie B.V., Industrieweg 45, Waalwijk",
        zone="Europe/Amsterdam",
    )
    _x(
        "Bedankmail sturen naar Van Dijk Distributie",
        interview=False,
        company=None,
        role=None,
        zone="Europe/Amsterdam",
    )
    _x(
        "Kennismaking Flexwerk Uitzendbureau – vacature Kempen Fulfilment",
        interview=True,
        company="Kempen Fulfilment",
        role="Shift Supervisor",
        org=("venlo@flexwerk-uitzend.nl", "Flexwerk Venlo"),
        att=[person("d.hendriks@flexwerk-uitzend.nl", "Daan Hendriks")],
        desc=(
            "Hoi Alex,\n\nLeuk dat je langskomt! We bespreken de vacature Shift Supervisor bij onze opdrachtgever Kempen Fulfilment in Venlo "
            "(werving & selectie: je komt direct bij Kempen in dienst). Neem je ID en cv mee.\n\nGroetjes,\nDaan – Flexwerk Uitzendbureau"
        ),
        loc="Flexwerk Uitzendbureau, Parade 12, Venlo",
        zone="Europe/Amsterdam",
    )
    _x(
        "Assessmentdag Kempen Fulfilment (Venlo)",
        interview=True,
        company="Kempen Fulfilment",
        role="Shift Supervisor",
        org=("recruitment@kempenfulfilment.nl", "Recruitment Kempen Fulfilment"),
        att=[person("d.hendriks@flexwerk-uitzend.nl", "Daan Hendriks", optional=True)],
        desc=(
            "Programma:\n09:00 ontvangst\n09:30 rondleiding DC\n10:30 rollenspel: functioneringsgesprek met medewerker\n"
            "12:00 lunch met teamleiders\n13:00 interview met site manager\n\nKempen Fulfilment B.V."
        ),
        loc="Kempen Fulfilment, Celsiusweg 20, Venlo",
        zone="Europe/Amsterdam",
    )
    _x(
        "Rondleiding + gesprek DC Tilburg – Hollands Vers Distributie",
        interview=True,
        company="Hollands Vers Distributie",
        role="Ploegleider Expeditie",
        org=("werkenbij@hollandsvers.nl", "Werken bij Hollands Vers"),
        desc="Beste Alex, we laten je graag ons DC zien en voeren aansluitend een sollicitatiegesprek voor de functie Ploegleider Expeditie. Veiligheidsschoenen niet nodig.",
        loc="Hollands Vers Distributie, DC Tilburg, Kraaivenstraat 30",
        zone="Europe/Amsterdam",
    )
    _x(
        "Interview – Shift Supervisor Outbound – Northgate Fulfilment Rotterdam",
        interview=True,
        company="Northgate Fulfilment",
        role="Shift Supervisor Outbound",
        org=("careers@northgatefulfilment.com", "Northgate Careers"),
        att=[person("s.devries@northgatefulfilment.com", "Sven de Vries")],
        desc=(
            "Dear Alex,\n\nThank you for applying for Shift Supervisor Outbound at our Rotterdam-Maasvlakte site. "
            "You'll meet Sven de Vries, Operations Manager. Please bring a valid ID for site access.\n\nKind regards,\nNorthgate Fulfilment Careers"
        ),
        loc="Northgate Fulfilment, Maasvlakteweg 900, Rotterdam – Gate B",
        zone="Europe/Amsterdam",
    )
    _x(
        "Gesprek met vestigingsmanager – Northgate Fulfilment (2e ronde)",
        interview=True,
        company="Northgate Fulfilment",
        role="Shift Supervisor Outbound",
        org=("s.devries@northgatefulfilment.com", "Sven de Vries"),
        att=[person("e.mulder@northgatefulfilment.com", "Esther Mulder")],
        desc="Tweede ronde met Esther Mulder (vestigingsmanager). Ongeveer een uur, inclusief casus over piekplanning.",
        conf=(
            "Microsoft Teams-vergadering",
            "https://teams.microsoft.com/l/meetup-join/19%3anorthgate-sso-2",
        ),
        zone="Europe/Amsterdam",
    )
    _x(
        "Teams-gesprek met recruiter – Bolwerk Logistics",
        interview=True,
        company="Bolwerk Logistics",
        role="Operationeel Teamleider",
        org=("talent@bolwerklogistics.nl", "Talent Bolwerk Logistics"),
        desc="Eerste kennismaking (30 min) voor de vacature Operationeel Teamleider, locatie Moerdijk.",
        conf=(
            "Microsoft Teams-vergadering",
            "https://teams.microsoft.com/l/meetup-join/19%3abolwerk-otl-1",
        ),
        zone="Europe/Amsterdam",
    )
    _x(
        "sollicitatie hollands vers – telefonisch",
        interview=True,
        company="Hollands Vers Distributie",
        role="Ploegleider Expeditie",
        desc="ze bellen mij, recruiter heet Ilse. vacature ploegleider expeditie",
        zone="Europe/Amsterdam",
    )
    _x(
        "VCA Basis examen",
        interview=False,
        company=None,
        role=None,
        desc="Digitaal examen, 40 vragen. Legitimatie verplicht.",
        loc="Examencentrum Venlo",
        zone="Europe/Amsterdam",
    )
    _x(
        "Inschrijving gemeente Venlo (BSN)",
        interview=False,
        company=None,
        role=None,
        loc="Stadskantoor Venlo, Burgerzaken",
        zone="Europe/Amsterdam",
    )
    _x(
        "Netwerkborrel Logistiek Limburg",
        interview=False,
        company=None,
        role=None,
        desc="Jaarlijkse borrel van het logistiek netwerk. Visitekaartjes mee!",
        loc="Grand Café De Maas, Venlo",
        zone="Europe/Amsterdam",
    )
    _x(
        "Eerste werkdag Kempen Fulfilment",
        interview=False,
        company=None,
        role=None,
        org=("recruitment@kempenfulfilment.nl", "Recruitment Kempen Fulfilment"),
        desc="Welkom! Introductieprogramma, veiligheidsinstructie en badge ophalen bij de receptie.",
        loc="Kempen Fulfilment, Celsiusweg 20, Venlo",
        zone="Europe/Amsterdam",
    )


# ---------------------------------------------------------------------------
# Logistics supervisor: at work (Initech warehouse) and around the search
# ---------------------------------------------------------------------------


def _logistics_initech() -> None:
    _x(
        "Frühschicht – Halle 3 (Wareneingang)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("schichtplanung.dui@initech.com", "Schichtplanung Duisburg"),
        desc="06:00–14:30. Schichtleitung: Alex Rivera. Besetzung laut Plan KW 14.",
        loc="Initech Logistikzentrum Duisburg, Halle 3",
        zone="Europe/Berlin",
    )
    _x(
        "Spätschicht – Halle 3 (Versand)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("schichtplanung.dui@initech.com", "Schichtplanung Duisburg"),
        desc="14:00–22:30. Achtung: 2 Sonder-LKW für Kunde Nord um 19 Uhr.",
        loc="Initech Logistikzentrum Duisburg, Halle 3",
        zone="Europe/Berlin",
    )
    _x(
        "Nachtschicht – Inventur",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("schichtplanung.dui@initech.com", "Schichtplanung Duisburg"),
        desc="Jahresinventur, Zählteams A–F. Scanner vorher laden.",
        zone="Europe/Berlin",
    )
    _x(
        "Schichtübergabe Früh → Spät",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        att=[person("tobias.lenz@initech.com", "Tobias Lenz")],
        zone="Europe/Berlin",
    )
    _x(
        "Schichtplanung KW 23",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("sandra.kuhn@initech.com", "Sandra Kuhn"),
        att=[person("tobias.lenz@initech.com", "Tobias Lenz")],
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Peak-Season Briefing Q4",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("sandra.kuhn@initech.com", "Sandra Kuhn"),
        desc="Zeitarbeitskräfte, Zusatzschichten Samstag, Überstundenregelung.",
        loc="Besprechungsraum Rhein",
        zone="Europe/Berlin",
    )
    _x(
        "Toolbox Talk: Staplerverkehr & Fußgängerwege",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("arbeitssicherheit@initech.com", "Arbeitssicherheit"),
        zone="Europe/Berlin",
    )
    _x(
        "Bewerbungsgespräch Staplerfahrer (m/w/d) – Herr Demir",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting.dui@initech.com", "Recruiting Duisburg"),
        att=[
            person("cem.demir87@gmail.com", "Cem Demir"),
            person("sandra.kuhn@initech.com", "Sandra Kuhn"),
        ],
        desc="Kandidat: Cem Demir, Staplerfahrer Spätschicht. Gesprächsführung: Alex Rivera (Schichtleitung) + Sandra Kuhn (HR). Bewertungsbogen bitte bis Freitag.",
        loc="Initech Logistikzentrum Duisburg, Besprechungsraum Ruhr",
        zone="Europe/Berlin",
    )
    _x(
        "Vorstellungsgespräch Lagerhelferin – Frau Nowak",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting.dui@initech.com", "Recruiting Duisburg"),
        att=[person("ewa.nowak.praca@wp.pl", "Ewa Nowak")],
        desc="Bewerberin für Lagerhelferin Frühschicht. Du führst das Gespräch, anschließend kurzer Hallenrundgang.",
        loc="Besprechungsraum Ruhr",
        zone="Europe/Berlin",
    )
    _x(
        "Interview Kommissionierer Nachtschicht – Piotr Zieliński",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting.dui@initech.com", "Recruiting Duisburg"),
        att=[person("p.zielinski@interia.pl", "Piotr Zieliński")],
        desc="Gespräch auf Deutsch/Polnisch. Interviewer: Alex Rivera.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Probearbeit Kandidat Sven Adler – Einweisung durch Alex",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting.dui@initech.com", "Recruiting Duisburg"),
        desc="Sven Adler (Bewerber Lagerlogistiker) arbeitet heute zur Probe. Bitte PSA ausgeben und Feedback an HR.",
        loc="Halle 3",
        zone="Europe/Berlin",
    )
    _x(
        "Staplerschein – jährliche Unterweisung",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("arbeitssicherheit@initech.com", "Arbeitssicherheit"),
        loc="Schulungsraum EG",
        zone="Europe/Berlin",
    )
    _x(
        "Erste-Hilfe-Kurs Betriebsersthelfer",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        desc="9 UE, ganztägig. Anmeldung über HR erfolgt.",
        zone="Europe/Berlin",
    )
    _x(
        "SAP EWM Schulung – Modul Wareneingang",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("it.training@initech.com", "IT Training"),
        conf=(
            "Microsoft Teams-Besprechung",
            "https://teams.microsoft.com/l/meetup-join/19%3ainitech-ewm-we",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Mitarbeitergespräch (Jahresgespräch) mit Standortleiter",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("frank.oberle@initech.com", "Frank Oberle"),
        desc="Zielvereinbarung, Rückblick, Weiterbildungswünsche (AEVO).",
        zone="Europe/Berlin",
    )
    _x(
        "Exit-Interview mit HR",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("sandra.kuhn@initech.com", "Sandra Kuhn"),
        desc="Austrittsgespräch zum Ende des Arbeitsverhältnisses. Rückgabe Schlüssel, Transponder und PSA.",
        loc="HR-Büro, 1. OG",
        zone="Europe/Berlin",
    )
    _x(
        "Bayram kahvaltısı – Pausenraum Halle 3",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        att=[person("murat.aksoy@initech.com", "Murat Aksoy")],
        desc="Herkes bir şey getiriyor – ben börek. Jeder bringt etwas mit!",
        zone="Europe/Berlin",
    )


def _logistics_life() -> None:
    _x(
        "AEVO-Prüfung – praktischer Teil (IHK)",
        interview=False,
        company=None,
        role=None,
        desc="Unterweisungsprobe 15 Min. + Fachgespräch. Thema: Einweisung Handscanner.",
        loc="IHK Bildungszentrum, Raum 204",
        zone="Europe/Berlin",
    )
    _x(
        "Anmeldung Bürgeramt Duisburg-Mitte",
        interview=False,
        company=None,
        role=None,
        desc="Terminnummer 2208. Wohnungsgeberbestätigung nicht vergessen.",
        zone="Europe/Berlin",
    )
    _x(
        "Umzug: Transporter bei Autovermietung Krüger abholen",
        interview=False,
        company=None,
        role=None,
        desc="8:00 abholen, Kaution 300 €. Helfer: Marek, Jonas.",
        zone="Europe/Berlin",
    )
    _x(
        "Besichtigung 3-Zi.-Wohnung Rheinhausen",
        interview=False,
        company=None,
        role=None,
        loc="Friedrich-Alfred-Str. 52, Duisburg",
        zone="Europe/Berlin",
    )
    _x(
        "Führerschein umschreiben – Straßenverkehrsamt",
        interview=False,
        company=None,
        role=None,
        zone="Europe/Berlin",
    )
    _x(
        "Ehliyet tercümesi – yeminli tercüman + noter",
        interview=False,
        company=None,
        role=None,
        desc="Türk ehliyeti için Almanca tercüme. Pasaport ve ehliyetin aslı.",
        loc="Tercüme Bürosu Anadolu, Weseler Str. 20, Duisburg",
        zone="Europe/Berlin",
    )
    _x(
        "Annemle görüntülü arama (Pazar)",
        interview=False,
        company=None,
        role=None,
        zone="Europe/Istanbul",
    )
    _x(
        "Radiointerview Radio Hafenwelle – Fachkräftemangel in der Logistik",
        interview=False,
        company=None,
        role=None,
        org=("redaktion@radio-hafenwelle.de", "Radio Hafenwelle Redaktion"),
        desc="Live-Schalte in der Morgensendung, ca. 6 Minuten. Themen: Nachtschichten, Zuwanderung, wie man Schichtleiter wird. Wir rufen Sie um 7:40 an.",
        zone="Europe/Berlin",
    )
    _x(
        "Logistik-Stammtisch Ruhr",
        interview=False,
        company=None,
        role=None,
        desc="Lockerer Austausch unter Schicht- und Lagerleitern. Kein Anmeldezwang.",
        loc="Brauhaus am Innenhafen, Duisburg",
        zone="Europe/Berlin",
    )
    _x(
        "Jobcoach-Termin: Bewerbungsunterlagen überarbeiten",
        interview=False,
        company=None,
        role=None,
        org=("jobcoaching@bildungswerk-rheinruhr.de", "Bildungswerk Rhein-Ruhr"),
        desc="Lebenslauf auf deutsches Format bringen, Anschreiben für Schichtleiter-Stellen.",
        zone="Europe/Berlin",
    )
    _x(
        "Vorbereitung Kaufgut: Fallstudie Schichtplanung üben",
        interview=False,
        company=None,
        role=None,
        desc="Excel-Vorlage Personalbedarf, Beispiel Peak mit 20 % Ausfall durchrechnen.",
        zone="Europe/Berlin",
    )
    _x(
        "День народження мами – подзвонити",
        interview=False,
        company=None,
        role=None,
        all_day=True,
        zone="Europe/Kyiv",
    )
