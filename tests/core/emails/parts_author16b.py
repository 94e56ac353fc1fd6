# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Round 16's second training part by an independent author: long, formal German-language application mail from Germany, Austria and Switzerland (Sie and du, gender-inclusive spellings with Sternchen, Doppelpunkt, Schrägstrich and Binnen-I, Swiss ss-spelling), where receipts and rejections look alike. It covers Eingangsbestätigungen with Datenschutz paragraphs, Hinweise on processing time, "leider" about delays, Zwischenbescheide, notes that only selected applicants will be invited, Bewerbermanagement-System notifications, public-sector Stellenbesetzungs- and Auswahlverfahren (Personalrat, Gleichstellungsbeauftragte, Schwerbehindertenvertretung), Ausbildungs- and Studienbewerbungen, Initiativbewerbungen, Talent-Pool mails with and without a decision, requests for documents, and rejections in many wordings (also without "leider" or "Absage") after screening, Vorstellungsgespräch, Probearbeiten, Assessment-Center and Eignungstest, or because the post was filled, cut, given internally or the procedure was stopped; plus a few invitations (also without the word "Vorstellungsgespräch"), offers ("Zusage", "Vertragsangebot") and other mail. Smaller English, French, Spanish and Portuguese sets follow the same emphasis: long formal receipts that use negative words but decide nothing, next to real rejections."""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Nordhafen Logistik GmbH",
    "Brennwerk Energie AG",
    "Stadtwerke Lindenau",
    "Alpenblick Versicherung AG",
    "Rheinauer Medizintechnik GmbH",
    "Seewiler Kantonalbank",
    "Quellwerk Software GmbH",
    "Marillenhof Handels GmbH",
    "Landesamt für Geodaten Nordwestfalen",
    "Hochschule Ebersfeld",
    "Kessler & Aumann Steuerberatung",
    "Maison Verlaine SA",
    "Tiberio Consultores S.L.",
    "Aurora Navegação Lda.",
    "Brightwater Analytics Ltd",
)

ROLES: tuple[str, ...] = (
    "Data Analyst (m/w/d)",
    "Sachbearbeiter*in Personalservice",
    "Projektmanager:in Digitalisierung",
    "Werkstudent/in Marketing",
    "Auszubildende*r Kauffrau/Kaufmann für Büromanagement",
    "Softwareentwickler (w/m/d) Backend",
    "Referent:in für Öffentlichkeitsarbeit",
    "Controller (m/w/d)",
    "Junior Consultant",
    "Chargé(e) de projet",
    "Analista de datos",
    "Assistente administrativo/a",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Personalabteilung", "bewerbung@{domain}"),
    ("Katrin Vogelsang", "k.vogelsang@{domain}"),
    ("Jonas Breitner", "jonas.breitner@{domain}"),
    ("Sachgebiet Personal", "personal@{domain}"),
    ("Recruiting Team", "noreply@jobs.talentfeld.example"),
    ("HR Services", "no-reply@mail.hireflow.example"),
    ("Camille Roussel", "recrutement@{domain}"),
    ("Lucía Ferrer", "seleccion@{domain}"),
    ("Mariana Couto", "recrutamento@{domain}"),
    ("Talent Acquisition", "careers@{domain}"),
)

CORE: dict[str, dict[str, str]] = {
    "de": {
        "rej_nach_eingang": """
Wir haben Ihre Unterlagen für die Position {role} sorgfältig gelesen und mit den Anforderungen der Stelle abgeglichen. Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist uns angesichts der Vielzahl qualifizierter Bewerbungen nicht leichtgefallen und stellt keine Bewertung Ihrer Person dar. Ihre Daten werden gemäß Art. 17 DSGVO sechs Monate nach Abschluss des Verfahrens gelöscht.
Nach eingehender Prüfung Ihrer Bewerbungsunterlagen haben wir uns entschieden, andere Bewerber*innen zu Gesprächen einzuladen, deren Profil den fachlichen Schwerpunkten der Stelle {role} noch näher kommt. Wir bedauern, Ihnen keine positivere Nachricht geben zu können. Ihre Unterlagen werden wir unter Beachtung der datenschutzrechtlichen Bestimmungen nach Ablauf der gesetzlichen Fristen vernichten.
SUBJECT: Ihre Bewerbung bei {company} – Rückmeldung || Leider können wir Ihnen heute keine erfreuliche Mitteilung machen: Nach Sichtung aller eingegangenen Bewerbungen für die Stelle {role} sind wir zu dem Ergebnis gekommen, dass wir Ihnen keine Position in unserem Team anbieten können. Die Anforderungen an Erfahrung im Bereich SAP S/4HANA waren in diesem Fall ausschlaggebend. Wir wünschen Ihnen, dass Sie bald eine passende Aufgabe finden.
Ihre Bewerbung hat uns erreicht und wurde von unserer Fachabteilung geprüft. Nach reiflicher Überlegung müssen wir Ihnen jedoch leider eine Absage erteilen. Für die ausgeschriebene Stelle haben wir uns auf Bewerbungen konzentriert, die bereits mehrjährige Führungserfahrung mitbringen. Bitte haben Sie Verständnis dafür, dass wir aufgrund der hohen Anzahl an Bewerbungen keine individuellen Gründe nennen können.
Mit großem Interesse haben wir Ihre Bewerbung gelesen. Es tut uns leid, Ihnen mitteilen zu müssen, dass wir uns gegen eine Fortsetzung des Verfahrens mit Ihnen entschieden haben. Im Vergleich mit anderen Bewerbungen passt Ihr Profil weniger gut zu den aktuellen Anforderungen der Stelle {role}. Ihre Unterlagen erhalten Sie nicht zurück, da Sie sich online beworben haben; Ihre Daten löschen wir nach Ablauf von sechs Monaten automatisch.
Wir möchten uns nochmals für die Zeit bedanken, die Sie in Ihre Bewerbung investiert haben. Nach Prüfung Ihrer Qualifikationen sehen wir für die Stelle {role} zum jetzigen Zeitpunkt leider keine Übereinstimmung mit unserem Anforderungsprofil. Wir haben uns daher entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen.
Grüezi. Wir haben Ihr Dossier mit Interesse geprüft. Leider müssen wir Ihnen mitteilen, dass wir Sie im weiteren Selektionsprozess für die Stelle {role} nicht berücksichtigen können, da andere Kandidatinnen und Kandidaten die geforderten Kenntnisse des Schweizer Sozialversicherungsrechts besser erfüllen. Ihre Unterlagen werden gemäss unseren Datenschutzbestimmungen gelöscht.
SUBJECT: Absage – {role} || Wir haben Ihre Bewerbung intensiv geprüft und müssen Ihnen leider mitteilen, dass wir uns für andere Bewerberinnen und Bewerber entschieden haben. Ausschlaggebend war vor allem die geforderte Erfahrung in der Lebensmittelbranche. Ihre Bewerbungsunterlagen werden nach Ablauf der Aufbewahrungsfrist gemäß AGG von sechs Monaten datenschutzkonform gelöscht.
Bei der Vielzahl der Bewerbungen, die uns auf die Ausschreibung {role} erreicht haben, war die Auswahl für uns nicht einfach. Leider ist unsere Entscheidung nicht zu Ihren Gunsten ausgefallen. Bitte sehen Sie von telefonischen Nachfragen zu den Gründen ab; wir bitten um Ihr Verständnis.
Hallo {first}, danke dir für deine Bewerbung! Wir haben uns dein Profil genau angeschaut und leider passt es für die Rolle {role} aktuell nicht ganz zu dem, was unser Team gerade braucht – wir suchen jemanden mit mehr Erfahrung in Kotlin und Cloud-Infrastruktur. Wir melden uns deshalb mit einer Absage, hoffen aber, dass du uns in guter Erinnerung behältst.
Wir bedauern, Ihnen mitteilen zu müssen, dass wir Ihre Bewerbung nicht in die engere Wahl einbeziehen konnten. Diese Entscheidung basiert ausschließlich auf dem Abgleich Ihrer Unterlagen mit dem Anforderungsprofil und ist keine Wertung Ihrer Qualifikation insgesamt. Ihre personenbezogenen Daten werden wir gemäß unserer Datenschutzerklärung nach Ablauf von sechs Monaten löschen, sofern Sie nicht in eine längere Speicherung eingewilligt haben.
Wir haben Ihre Bewerbung erhalten und geprüft. Da für die Stelle {role} zwingend ein abgeschlossenes Studium der Wirtschaftsinformatik oder eine vergleichbare Qualifikation erforderlich ist, können wir Ihre Bewerbung leider nicht weiter berücksichtigen. Wir danken Ihnen für Ihr Verständnis.
Servus und danke für Ihr Interesse an uns als Dienstgeber. Nach Durchsicht Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Sie für die Position {role} nicht in die engere Auswahl nehmen. Ihre Daten werden nach Abschluss des Verfahrens gemäß den Bestimmungen der DSGVO und des österreichischen Datenschutzgesetzes gelöscht.
Wir haben uns Zeit genommen, Ihre Bewerbung gründlich zu prüfen – auch deshalb hat diese Rückmeldung etwas länger gedauert, wofür wir um Entschuldigung bitten. Am Ende müssen wir Ihnen leider absagen: Für die Stelle {role} setzen wir fundierte Kenntnisse in der Lohn- und Gehaltsabrechnung voraus, die wir Ihren Unterlagen nicht entnehmen konnten.
""",
        "rej_ohne_wort": """
Nach sorgfältiger Prüfung aller Unterlagen haben wir uns entschieden, das Auswahlverfahren für die Stelle {role} mit anderen Kandidat*innen fortzusetzen. Ihre Bewerbung wird daher nicht weiter berücksichtigt. Wir danken Ihnen für das Vertrauen, das Sie uns entgegengebracht haben.
Die Wahl ist auf eine Bewerberin gefallen, deren Erfahrung im Krankenhauscontrolling genau unseren derzeitigen Bedarf trifft. Wir möchten Ihnen dennoch für Ihre aussagekräftigen Unterlagen danken und geben Ihre Daten, wie in unserer Datenschutzerklärung beschrieben, nach sechs Monaten zur Löschung frei.
Wir werden Ihre Bewerbung für die Position {role} nicht weiterverfolgen. Die Entscheidung fiel nach einem Vergleich aller eingegangenen Profile, bei dem andere Bewerbende in den Bereichen Vertragsrecht und Verhandlungsführung mehr Erfahrung mitbrachten.
SUBJECT: Statusänderung Ihrer Bewerbung {role} || Der Status Ihrer Bewerbung hat sich geändert: nicht berücksichtigt. Die Stelle wird mit einer Person besetzt, deren Profil besser zu den Anforderungen passt. Ihr Kandidatenprofil bleibt bis zur automatischen Löschung nach 180 Tagen in unserem Bewerbermanagement-System gespeichert; Sie können es jederzeit selbst löschen.
Wir haben uns für eine*n andere*n Bewerber*in entschieden. Uns ist bewusst, dass Sie sich mit viel Sorgfalt bei uns beworben haben, und wir schätzen Ihr Interesse an {company} sehr. Ihre Unterlagen werden wir selbstverständlich vertraulich behandeln und fristgerecht löschen.
Im Rahmen der Vorauswahl konnten wir Ihre Bewerbung nicht in die Gruppe der Kandidat:innen aufnehmen, die wir zu einem persönlichen Gespräch einladen. Damit ist das Verfahren für Sie an dieser Stelle beendet. Wir danken Ihnen für Ihr Interesse und die Mühe, die Sie sich gemacht haben.
Hallo {first}, wir haben uns intensiv mit deiner Bewerbung beschäftigt und uns am Ende dafür entschieden, mit Kandidatinnen weiterzumachen, die schon Erfahrung im B2B-Vertrieb von SaaS-Produkten mitbringen. Für die Rolle {role} geht es für dich deshalb nicht weiter. Danke, dass du dir die Zeit genommen hast!
Ihre Qualifikationen passen nicht in ausreichendem Maße zu dem Anforderungsprofil der ausgeschriebenen Stelle. Wir sehen uns daher nicht in der Lage, Ihnen eine Beschäftigung als {role} anzubieten, und haben Ihre Bewerbung aus dem laufenden Verfahren genommen.
Wir schreiben Ihnen, um Sie über den Ausgang des Auswahlverfahrens zu informieren. Nach Abwägung aller Bewerbungen haben wir uns für eine Kandidatin mit langjähriger Erfahrung im Bereich Medizinprodukterecht entschieden. Wir hoffen, dass Sie bald eine Stelle finden, die Ihren Vorstellungen entspricht.
Ihre Bewerbung für die Stelle {role} hat die Vorauswahl nicht erreicht. Wir erhalten für jede Ausschreibung sehr viele Bewerbungen und mussten eine Auswahl treffen, die sich eng an den im Stellenprofil genannten Muss-Kriterien orientiert. Gerne dürfen Sie sich auf künftige Ausschreibungen erneut bewerben.
Wir haben entschieden, Ihnen kein Angebot für die Position {role} zu unterbreiten. Gründe für diese Entscheidung können wir aus Gründen der Gleichbehandlung aller Bewerbenden nicht im Einzelnen nennen. Ihre Daten werden nach Ablauf der gesetzlichen Frist von sechs Monaten gelöscht.
Grüezi. Wir haben Ihr Dossier eingehend geprüft und uns entschieden, den Rekrutierungsprozess mit Personen fortzuführen, die bereits über Erfahrung im Private Banking verfügen. Für die ausgeschriebene Funktion {role} kommen Sie somit nicht weiter in Frage. Wir danken Ihnen für das entgegengebrachte Vertrauen.
""",
        "rej_nach_gespraech": """
Vielen Dank für das angenehme und offene Gespräch, das wir am vergangenen Dienstag mit Ihnen führen durften. Wir haben die Eindrücke aus allen Vorstellungsgesprächen ausführlich im Team besprochen und uns schließlich für einen Bewerber entschieden, der über mehr praktische Erfahrung im Bereich Zollabwicklung verfügt. Leider können wir Ihnen die Stelle {role} daher nicht anbieten.
SUBJECT: Ihr Vorstellungsgespräch bei {company} || Wir möchten uns herzlich für Ihren Besuch und das interessante Gespräch bedanken. Nach sorgfältiger Abwägung müssen wir Ihnen heute leider mitteilen, dass unsere Wahl auf eine andere Kandidatin gefallen ist. Ihr Auftreten und Ihre Motivation haben uns überzeugt; letztlich waren es Nuancen in der fachlichen Erfahrung, die den Ausschlag gegeben haben.
Nach dem Zweitgespräch mit unserer Bereichsleitung haben wir intensiv beraten. Wir haben uns am Ende für eine Person entschieden, die bereits Projekte dieser Größenordnung eigenverantwortlich geleitet hat. Das bedeutet, dass wir den Prozess für die Position {role} mit Ihnen nicht fortsetzen werden. Wir danken Ihnen für Ihre Offenheit und die Zeit, die Sie in die Gespräche investiert haben.
Hallo {first}, danke nochmal für das super Gespräch letzte Woche – das ganze Team hatte viel Spaß mit dir. Wir haben uns die Entscheidung wirklich nicht leicht gemacht, aber wir haben uns am Ende für eine andere Person entschieden, die etwas mehr Erfahrung mit React Native mitbringt. Ich weiß, dass das nicht die Nachricht ist, auf die du gehofft hast.
Wir bedanken uns für Ihre Teilnahme am Auswahlgespräch am 14. März. Die Auswahlkommission hat nach Abschluss aller Gespräche eine Reihung vorgenommen. Leider können wir Sie bei der Besetzung der Stelle {role} nicht berücksichtigen, da andere Bewerber*innen in der Gesamtbewertung vor Ihnen lagen.
Nach dem Video-Interview vom Donnerstag haben wir uns intern abgestimmt. Auch wenn Ihre Antworten zur Prozessoptimierung überzeugend waren, haben wir uns für eine Kandidatin entschieden, deren Profil noch besser zur Teamstruktur passt. Wir werden Ihre Bewerbung daher nicht weiter berücksichtigen und wünschen Ihnen viel Erfolg.
Sie haben sich bei uns persönlich vorgestellt, und dafür möchten wir uns nochmals ausdrücklich bedanken. Die Entscheidung ist nun gefallen – und zwar nicht zu Ihren Gunsten. Wir haben uns für eine interne Nachfolgerin entschieden, die mit unseren Abläufen bereits vertraut ist. Ihre Reisekosten erstatten wir Ihnen selbstverständlich, sofern Sie uns das Formular bis Monatsende zusenden.
Grüezi {first}. Wir danken Ihnen für das interessante Gespräch in Zürich. Nach einer gründlichen Auswertung aller Interviews müssen wir Ihnen leider mitteilen, dass wir Ihnen die Stelle {role} nicht anbieten können. Die Mitbewerbenden haben in den Bereichen Regulatorik und FINMA-Meldewesen mehr Erfahrung mitgebracht.
Das Gespräch mit Ihnen hat uns gefallen, und Sie haben einen sehr guten Eindruck hinterlassen. Trotzdem haben wir uns in der Endauswahl anders entschieden. Wir würden uns freuen, wenn wir Ihre Unterlagen für zukünftige Vakanzen zwölf Monate lang aufbewahren dürften – antworten Sie uns dafür einfach kurz mit Ihrer Einwilligung. Für die aktuelle Stelle {role} kommt es jedoch zu keiner Zusammenarbeit.
Nach Abschluss der zweiten Gesprächsrunde möchten wir Ihnen mitteilen, dass wir die Stelle {role} an eine andere Bewerberin vergeben werden. Wir wissen, dass Sie sich intensiv auf die Fallstudie vorbereitet haben, und schätzen das sehr. Gerne geben wir Ihnen auf Wunsch in einem kurzen Telefonat Feedback zu Ihrem Gespräch.
Vielen Dank für Ihr Interesse und das Gespräch mit Frau Lehnert und Herrn Okonkwo. Wir bedauern, Ihnen heute mitteilen zu müssen, dass wir uns nach gründlicher Überlegung für eine andere Besetzung entschieden haben. Sie waren bis zuletzt in der engeren Wahl, und es war eine knappe Entscheidung.
Wir danken Ihnen für das Bewerbungsgespräch in Linz. Die Entscheidung über die Besetzung der Position {role} ist inzwischen gefallen: Wir haben uns für einen Kandidaten entschieden, der zusätzlich über einen Staplerschein und Erfahrung im Schichtbetrieb verfügt. Wir hoffen auf Ihr Verständnis und bedanken uns für Ihr Kommen.
""",
        "rej_probearbeit": """
Vielen Dank, dass Sie am Mittwoch zum Probearbeiten in unsere Filiale gekommen sind. Unsere Filialleitung hat sich im Anschluss mit dem Team beraten. Leider haben wir uns entschieden, die Stelle {role} mit einer anderen Bewerberin zu besetzen, die bereits Erfahrung an der Frischetheke mitbringt. Der Probetag wird Ihnen wie vereinbart mit einer Aufwandsentschädigung vergütet.
Hallo {first}, danke für deinen Einsatz beim Probearbeiten in der Küche am Samstag! Wir haben lange überlegt, uns dann aber für jemanden entschieden, der schon Erfahrung am Grill im Hochbetrieb hat. Wir können dir die Stelle deshalb nicht anbieten. Die zwei Stunden bekommst du natürlich trotzdem bezahlt – schick uns einfach deine IBAN.
Wir bedanken uns für Ihren Probetag in unserer Werkstatt. Sie haben sich engagiert gezeigt, doch im direkten Vergleich mit den anderen Kandidaten fehlte uns die Routine bei der Fehlerdiagnose an Hochvoltsystemen, die für die Stelle {role} unverzichtbar ist. Wir werden das Bewerbungsverfahren daher nicht mit Ihnen fortsetzen.
SUBJECT: Rückmeldung zu Ihrem Hospitationstag || Nach Ihrem Hospitationstag auf unserer Station haben die Stationsleitung und das Pflegeteam ihre Eindrücke zusammengetragen. Wir haben uns entschieden, die ausgeschriebene Stelle anderweitig zu besetzen. Für Ihre Zeit und Ihr Interesse an unserem Haus danken wir Ihnen herzlich.
Der Schnuppertag bei uns im Büro hat hoffentlich auch Ihnen einen guten Einblick in unseren Arbeitsalltag gegeben. Nach Rücksprache mit dem Team müssen wir Ihnen jedoch mitteilen, dass wir für die Position {role} jemanden suchen, der sofort selbstständig mit BMD arbeiten kann. Eine Zusammenarbeit kommt daher leider nicht zustande.
Ihr Probearbeitstag ist abgeschlossen und ausgewertet. Obwohl Sie im Kundenkontakt sehr freundlich aufgetreten sind, haben wir uns für eine Bewerberin entschieden, die bereits im Einzelhandel mit Kassenverantwortung tätig war. Ihre Unterlagen löschen wir nach sechs Monaten, wie in unseren Datenschutzhinweisen beschrieben.
""",
        "rej_assessment": """
Vielen Dank für Ihre Teilnahme an unserem Assessment-Center am 22. und 23. Mai. Die Beobachterinnen und Beobachter haben Ihre Leistungen in den Gruppenübungen, der Präsentation und dem Rollenspiel ausgewertet. Leider haben Sie die für eine Einstellung als {role} erforderliche Gesamtpunktzahl nicht erreicht. Eine ausführliche Rückmeldung zu den einzelnen Übungen geben wir Ihnen gerne telefonisch.
SUBJECT: Ergebnis des Assessment-Centers || Wir möchten Sie über das Ergebnis des Assessment-Centers für das Traineeprogramm informieren. Nach Abstimmung im Beobachtergremium haben wir uns entschieden, Ihnen keinen Platz im Programm anzubieten. Besonders in der Postkorbübung und der Fallstudie lagen andere Teilnehmende deutlich vor Ihnen.
Das Assessment-Center hat uns ein umfassendes Bild aller Kandidat*innen vermittelt. Wir haben uns im Ergebnis gegen eine Fortführung des Verfahrens mit Ihnen entschieden. Ihre Stärken in der Kommunikation wurden von allen Beobachtenden hervorgehoben, im Bereich strategisches Denken sahen wir jedoch noch Entwicklungspotenzial, das für die Stelle {role} bereits vorausgesetzt wird.
Danke für Ihre Teilnahme am Auswahltag in unserer Zentrale. Nach Auswertung der Einzelinterviews, der Gruppendiskussion und der Präsentation müssen wir Ihnen mitteilen, dass Sie nicht in die letzte Runde einziehen. Damit endet das Verfahren für Sie. Wir bedanken uns für Ihren Einsatz.
Wir haben das Online-Assessment sowie das anschließende virtuelle Assessment-Center ausgewertet. Leider fällt unsere Entscheidung nicht zu Ihren Gunsten aus: Wir werden Ihnen für die Position {role} kein Angebot machen. Das persönliche Gutachten zu Ihren Ergebnissen können Sie innerhalb von vier Wochen über das Bewerberportal abrufen.
Grüezi {first}. Nach dem Assessment in Bern haben wir die Ergebnisse mit der Linienvorgesetzten besprochen. Wir haben uns entschieden, die Funktion {role} mit einer anderen Person zu besetzen. Wir danken Ihnen für Ihre Bereitschaft, sich einem so anspruchsvollen Verfahren zu stellen, und für die vielen interessanten Einblicke.
""",
        "rej_eignungstest": """
Wir bedanken uns für Ihre Teilnahme am Online-Eignungstest. Die Auswertung hat ergeben, dass Sie die Mindestpunktzahl in den Bereichen Logik und Zahlenverständnis nicht erreicht haben. Leider können wir Ihre Bewerbung für die Ausbildung daher nicht weiter berücksichtigen. Sie können sich frühestens im nächsten Bewerbungsjahr erneut bewerben.
SUBJECT: Ergebnis Ihres Einstellungstests || Sie haben am schriftlichen Einstellungstest für den mittleren nichttechnischen Verwaltungsdienst teilgenommen. Mit 54 von 100 möglichen Punkten haben Sie die Bestehensgrenze von 60 Punkten nicht erreicht. Eine Teilnahme am weiteren Auswahlverfahren ist damit leider nicht möglich.
Ihre Ergebnisse im Programmiertest liegen vor. Unsere Entwickler*innen haben Ihre Lösung ausführlich begutachtet und sind zu dem Ergebnis gekommen, dass wir den Prozess für die Position {role} nicht mit Ihnen fortsetzen werden. Insbesondere die Testabdeckung und die Fehlerbehandlung entsprachen nicht unseren Erwartungen.
Nach Auswertung des Eignungsdiagnostik-Verfahrens müssen wir Ihnen mitteilen, dass Ihr Ergebnis nicht ausreicht, um Sie zur nächsten Stufe, dem Auswahlgespräch, einzuladen. Der Test ist ein fester Bestandteil unseres Verfahrens und wird für alle Bewerbenden gleich gewichtet.
Hallo {first}, danke für die Bearbeitung der Case-Study! Wir haben sie uns im Team angeschaut und leider hat sie uns nicht ganz überzeugt – vor allem bei der Priorisierung der Features hätten wir uns mehr Tiefe gewünscht. Für die Rolle {role} gehen wir deshalb mit anderen Kandidat*innen weiter.
Sie haben an der Sporteignungsprüfung teilgenommen. Leider haben Sie die Disziplin 3000-Meter-Lauf nicht innerhalb der vorgegebenen Zeit absolviert. Gemäß den Zulassungsrichtlinien scheiden Sie damit aus dem laufenden Auswahlverfahren aus. Eine erneute Bewerbung ist zum nächsten Einstellungstermin möglich.
Die Ergebnisse des Aufnahmetests sind ausgewertet. Sie haben den Test leider nicht bestanden, weshalb wir Ihnen keinen Ausbildungsplatz als {role} anbieten können. Sollten Sie Fragen zu Ihrem Ergebnis haben, steht Ihnen unser Ausbildungsteam dienstags und donnerstags telefonisch zur Verfügung.
""",
        "rej_stelle_besetzt": """
Wir danken Ihnen für Ihre Bewerbung. Leider müssen wir Ihnen mitteilen, dass die Stelle {role} zwischenzeitlich besetzt wurde. Da die Besetzung schneller als geplant erfolgte, konnten wir nicht mehr alle Bewerbungen berücksichtigen. Ihre Daten werden gemäß DSGVO nach Ablauf von sechs Monaten gelöscht.
SUBJECT: Stelle bereits vergeben || Die von Ihnen angefragte Position ist bereits vergeben. Wir haben uns in der Zwischenzeit für eine Kandidatin entschieden, die kurzfristig verfügbar war. Wir bedauern, Ihnen keine andere Rückmeldung geben zu können, und danken für Ihr Verständnis.
Ihre Bewerbung für die Stelle {role} ist leider erst nach Abschluss unseres Auswahlverfahrens bei uns eingegangen. Die Stelle ist inzwischen besetzt, sodass wir Ihre Unterlagen nicht mehr berücksichtigen können. Aktuelle Ausschreibungen finden Sie jederzeit auf unserer Karriereseite.
Hallo {first}, wir wollten dir kurz Bescheid geben: Die Stelle als {role} ist inzwischen vergeben. Wir hatten sehr viele Bewerbungen und haben uns für jemanden entschieden, der schon länger bei uns als Freelancer mitarbeitet. Danke dir trotzdem für dein Interesse!
Die ausgeschriebene Position wurde mit Wirkung zum 1. Oktober besetzt. Wir schließen das Auswahlverfahren damit ab und werden Ihre Bewerbung nicht weiter bearbeiten. Ihre Unterlagen löschen wir, sofern Sie uns nicht bis zum Monatsende um eine Aufnahme in unseren Bewerberpool bitten.
Mit diesem Schreiben möchten wir Sie darüber informieren, dass das Stellenbesetzungsverfahren für die Stelle {role} abgeschlossen ist. Die Stelle wurde mit einer anderen Bewerberin besetzt. Ihre Bewerbungsunterlagen werden nach Ablauf der Klagefrist nach dem AGG vernichtet.
Inzwischen haben wir für die Position {role} eine passende Besetzung gefunden. Wir hätten Ihnen gerne früher geantwortet, doch wegen der hohen Zahl an Bewerbungen hat die Bearbeitung länger gedauert als geplant. Wir bitten Sie, dies zu entschuldigen.
Grüezi. Die ausgeschriebene Funktion konnten wir in der Zwischenzeit besetzen. Ihre Bewerbung können wir deshalb nicht mehr berücksichtigen. Gerne laden wir Sie ein, sich für passende Stellen auf unserem Jobportal einen Jobalarm einzurichten.
""",
        "rej_stelle_gestrichen": """
Wir müssen Ihnen leider mitteilen, dass die Stelle {role} aufgrund einer Umstrukturierung des Bereichs nicht mehr besetzt wird. Wir haben daher entschieden, das Auswahlverfahren zu beenden. Ihre Bewerbungsunterlagen werden datenschutzgerecht gelöscht. Es tut uns leid, dass Sie sich umsonst die Mühe gemacht haben.
SUBJECT: Information zur ausgeschriebenen Stelle {role} || Aufgrund geänderter wirtschaftlicher Rahmenbedingungen hat die Geschäftsführung beschlossen, die ausgeschriebene Stelle vorerst nicht zu besetzen. Damit ist auch Ihre Bewerbung gegenstandslos geworden. Wir bedauern diese Entwicklung und bedanken uns für Ihr Interesse.
Die Planstelle, auf die Sie sich beworben haben, ist im Rahmen der Haushaltskonsolidierung gestrichen worden. Das Stellenbesetzungsverfahren wird daher ohne Besetzung abgeschlossen. Ihre Unterlagen senden wir Ihnen auf Wunsch gerne zurück; andernfalls werden sie nach drei Monaten vernichtet.
Hallo {first}, leider haben wir keine guten Nachrichten: Wegen einer Budgetkürzung für das kommende Jahr wurde die Rolle {role} bei uns gestrichen. Das hat nichts mit dir oder deiner Bewerbung zu tun – wir stellen aktuell schlicht niemanden in diesem Bereich ein. Sorry, dass es so gelaufen ist.
Im Zuge einer konzernweiten Neuausrichtung wurde entschieden, die Aufgaben der Position {role} künftig an unserem Standort in Prag zu bündeln. Die in Deutschland ausgeschriebene Stelle entfällt damit, und wir können Ihre Bewerbung nicht weiter berücksichtigen.
Der Bedarf für die ausgeschriebene Position ist entfallen, da das zugehörige Kundenprojekt nicht verlängert wurde. Wir ziehen die Ausschreibung daher zurück und beenden das Verfahren für alle Bewerberinnen und Bewerber. Ihre Daten werden nach Ablauf der gesetzlichen Fristen gelöscht.
""",
        "rej_intern_besetzt": """
Für die Position {role} haben wir uns nach Abschluss des Verfahrens für eine interne Lösung entschieden: Eine langjährige Mitarbeiterin wechselt aus dem Vertrieb in diese Funktion. Wir können Ihnen die Stelle daher leider nicht anbieten und danken Ihnen herzlich für Ihre Bewerbung.
Die ausgeschriebene Stelle wurde im Rahmen der internen Nachfolgeplanung mit einem Kollegen aus unserem Haus besetzt. Ihre Bewerbung wird somit nicht weiter berücksichtigt. Wir bitten um Verständnis, dass interne Bewerbungen gemäß unserer Betriebsvereinbarung Vorrang haben.
SUBJECT: Ihre Bewerbung – interne Besetzung || Wir möchten Sie darüber informieren, dass die Stelle {role} intern vergeben wurde. Nach der Betriebsvereinbarung waren wir verpflichtet, zunächst interne Kandidat*innen zu berücksichtigen, und eine Kollegin erfüllt das Anforderungsprofil vollständig. Für Ihre externe Bewerbung besteht daher leider keine Möglichkeit mehr.
Hallo {first}, kurzes Update von uns: Die Rolle {role} hat am Ende jemand aus unserem eigenen Team übernommen, der sich intern weiterentwickeln wollte. Für dich geht es daher in diesem Prozess nicht weiter. Wir fanden dein Profil trotzdem spannend.
Im Rahmen der Personalentwicklung hat sich der Vorstand entschieden, die Leitungsstelle mit einer bisherigen Stellvertreterin zu besetzen. Damit ist das externe Verfahren beendet. Ihre Unterlagen werden nach Ablauf von sechs Monaten gelöscht.
""",
        "rej_verfahren_eingestellt": """
Das Auswahlverfahren für die Stelle {role} wurde eingestellt. Grund hierfür ist eine Neubewertung des Aufgabenzuschnitts, die eine erneute Ausschreibung mit geändertem Anforderungsprofil erforderlich macht. Ihre Bewerbung kann im laufenden Verfahren nicht mehr berücksichtigt werden. Sollten Sie Interesse an der neu zugeschnittenen Stelle haben, bitten wir Sie um eine neue Bewerbung.
SUBJECT: Abbruch des Stellenbesetzungsverfahrens || Hiermit teilen wir Ihnen mit, dass das Stellenbesetzungsverfahren zur Kennziffer 2024-117 ohne Besetzung abgebrochen wurde. Der Abbruch erfolgt aus sachlichen Gründen, da die haushaltsrechtlichen Voraussetzungen für die Besetzung entfallen sind. Ihre Bewerbungsunterlagen werden Ihnen zurückgesandt.
Wir haben das Recruiting für die Position {role} auf unbestimmte Zeit gestoppt und schließen alle offenen Bewerbungen ab. Die Entscheidung wurde aufgrund eines Einstellungsstopps getroffen, der für das gesamte Unternehmen gilt. Wir bedauern, Ihnen keine andere Nachricht geben zu können.
Leider müssen wir Ihnen mitteilen, dass wir die Ausschreibung für die Stelle {role} zurückgezogen und das Bewerbungsverfahren beendet haben. Die Stelle wird in absehbarer Zeit nicht neu ausgeschrieben. Wir danken Ihnen für die Zeit, die Sie in Ihre Bewerbung investiert haben.
Das Berufungsverfahren wurde durch Beschluss des Fakultätsrats beendet, ohne dass ein Ruf erteilt wird. Wir möchten Ihnen für Ihre Bewerbung danken und Sie darüber informieren, dass Ihre Unterlagen nicht weiter verwendet werden.
Hallo {first}, wir haben uns entschieden, die Suche für die Rolle {role} zu beenden, weil wir den Aufgabenbereich auf zwei bestehende Teams verteilen. Deine Bewerbung ist damit leider hinfällig. Danke für deine Geduld und dein Interesse an uns!
""",
        "rej_oeffentlicher_dienst": """
Das Stellenbesetzungsverfahren für die Stelle {role} (Kennziffer 34/2024) ist abgeschlossen. Nach Auswertung der strukturierten Auswahlgespräche hat die Auswahlkommission eine andere Bewerberin als am besten geeignet vorgeschlagen. Der Personalrat, die Gleichstellungsbeauftragte und die Schwerbehindertenvertretung wurden ordnungsgemäß beteiligt und haben der Auswahlentscheidung zugestimmt. Wir bedauern, Ihnen keine positive Nachricht geben zu können. Ihre Unterlagen werden nach Ablauf der Frist von sechs Monaten vernichtet.
SUBJECT: Mitteilung über das Ergebnis des Auswahlverfahrens || Nach Abschluss des Auswahlverfahrens teilen wir Ihnen mit, dass wir uns nach dem Grundsatz der Bestenauslese gemäß Art. 33 Abs. 2 GG für eine andere Person entschieden haben. Diese Mitteilung ergeht vor der Ernennung, damit Sie die Möglichkeit haben, gegebenenfalls innerhalb von zwei Wochen gerichtlichen Rechtsschutz in Anspruch zu nehmen. Ihre Bewerbung wird im weiteren Verfahren nicht berücksichtigt.
Wir haben Ihre Bewerbung anhand der in der Ausschreibung genannten zwingenden Anforderungen geprüft. Da Sie nicht über die geforderte Laufbahnbefähigung für den gehobenen Dienst bzw. einen entsprechenden Bachelorabschluss verfügen, konnten wir Sie nicht in das weitere Auswahlverfahren einbeziehen. Die Gleichstellungsbeauftragte wurde über diese Entscheidung informiert.
Sehr geehrte Bewerberin, sehr geehrter Bewerber, im Auswahlverfahren für die Stelle {role} hat sich die Auswahlkommission nach Beteiligung der Personalvertretung für eine andere Kandidatin entschieden. Ihre Bewerbung konnte daher nicht berücksichtigt werden. Wir danken Ihnen für Ihr Interesse am öffentlichen Dienst des Landes.
Die Auswahlgespräche für die ausgeschriebene Stelle einer/eines {role} sind abgeschlossen. Leider müssen wir Ihnen mitteilen, dass die Wahl nicht auf Sie gefallen ist. Gemäß den Vorgaben des Landesgleichstellungsgesetzes und unter Mitwirkung der Schwerbehindertenvertretung wurde die Auswahl nach Eignung, Befähigung und fachlicher Leistung getroffen.
Auf Ihre Bewerbung für das Hearing zur Besetzung der Leitung der Abteilung Stadtplanung teilen wir Ihnen mit, dass die Begutachtungskommission eine andere Bewerberin für die Funktion vorgeschlagen hat. Das Auswahlverfahren nach dem Objektivierungsgesetz ist damit für Sie abgeschlossen. Wir bedanken uns für Ihre Teilnahme am Hearing.
Sie hatten sich als schwerbehinderter Mensch beworben und wurden gemäß § 165 SGB IX zu einem Vorstellungsgespräch eingeladen. Nach Abschluss aller Gespräche und unter Beteiligung der Schwerbehindertenvertretung haben wir uns für eine andere Bewerberin entschieden, deren Fachkenntnisse im Vergaberecht den Anforderungen am besten entsprechen. Wir bedauern, Ihnen keine andere Nachricht geben zu können.
Die Stelle {role} wurde nach Abschluss des Auswahlverfahrens besetzt. Der Personalrat hat der Einstellung zugestimmt. Ihre Bewerbung kann daher nicht berücksichtigt werden. Wir bitten Sie, von Rückfragen abzusehen, und weisen darauf hin, dass Ihre Bewerbungsunterlagen aus Kostengründen nicht zurückgesandt werden.
Der Regierungsrat hat auf Antrag der Direktion die Stelle {role} mit einer anderen Person besetzt. Wir danken Ihnen für das Interesse an einer Tätigkeit in der kantonalen Verwaltung und bedauern, Ihnen keinen positiven Bescheid geben zu können. Ihr Dossier wird gemäss kantonalem Datenschutzgesetz vernichtet.
Im Rahmen des Stellenbesetzungsverfahrens wurden alle Bewerbungen einer Vorauswahl anhand der Ausschreibungskriterien unterzogen. Ihre Bewerbung erfüllt das zwingend geforderte Kriterium einer mindestens dreijährigen Berufserfahrung im Haushaltsrecht nicht. Sie werden daher nicht zu einem Auswahlgespräch eingeladen. Die Beteiligung des Personalrats und der Gleichstellungsbeauftragten ist erfolgt.
""",
        "rej_ausbildung_studium": """
Vielen Dank für Ihr Interesse an einer Ausbildung bei uns. Wir haben alle Bewerbungen für den Ausbildungsbeginn am 1. August sorgfältig geprüft. Leider müssen wir Ihnen mitteilen, dass wir Ihnen keinen Ausbildungsplatz als {role} anbieten können, da wir nur eine begrenzte Anzahl an Plätzen vergeben. Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.
SUBJECT: Ihre Bewerbung um einen Studienplatz || Ihr Antrag auf Zulassung zum Masterstudiengang Wirtschaftsinformatik zum Wintersemester konnte nicht berücksichtigt werden. Die Zahl der Bewerbungen überstieg die Zahl der verfügbaren Studienplätze, und mit einer Gesamtpunktzahl von 61 lagen Sie unterhalb der Auswahlgrenze von 68 Punkten. Einen rechtsmittelfähigen Ablehnungsbescheid finden Sie in Ihrem Bewerbungsportal.
Hallo {first}, danke für deine Bewerbung um einen Ausbildungsplatz! Wir haben uns alle Bewerbungen angeschaut und am Ende für andere Bewerber*innen entschieden. Wir wissen, dass das gerade enttäuschend ist – lass dich davon bitte nicht entmutigen und bleib dran.
Wir haben Ihre Bewerbung für das duale Studium geprüft. Für dieses Jahr sind leider bereits alle Studienplätze in Kooperation mit der Dualen Hochschule vergeben. Wir können Sie daher nicht berücksichtigen. Gerne können Sie sich für den Studienbeginn im nächsten Jahr erneut bewerben.
Nach Abschluss unseres Auswahlverfahrens müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung um einen Ausbildungsplatz zum/zur Industriekaufmann/-frau nicht berücksichtigen konnten. Ihre Zeugnisnoten in Mathematik und Deutsch entsprachen nicht den Mindestanforderungen, die wir für diese Ausbildung festgelegt haben.
Ihre Bewerbung für einen Platz im Lehrgang hat uns erreicht. Da Sie den geforderten Nachweis über die Berufsreifeprüfung bis zum Stichtag nicht erbracht haben, ist eine Aufnahme in den Lehrgang nicht möglich. Ihre Bewerbung wird damit aus formalen Gründen nicht weiter bearbeitet.
Das Zulassungsverfahren für den Studiengang Soziale Arbeit (B.A.) ist abgeschlossen. Wir bedauern, Ihnen mitteilen zu müssen, dass Sie im Losverfahren des Nachrückverfahrens keinen Studienplatz erhalten haben. Weitere Nachrückverfahren finden für dieses Semester nicht statt.
Grüezi {first}. Besten Dank für Ihre Bewerbung um eine Lehrstelle als Kauffrau/Kaufmann EFZ. Nach den Schnupperlehren und den Gesprächen haben wir uns für andere Lernende entschieden. Die Lehrstelle für den kommenden Sommer ist somit vergeben.
""",
        "rej_initiativ": """
Vielen Dank für Ihre Initiativbewerbung, die wir mit Interesse gelesen haben. Leider haben wir derzeit keine Vakanz, die zu Ihrem Profil passt, und planen in absehbarer Zeit auch keine entsprechende Stelle. Wir haben Ihre Unterlagen daher nicht weitergeleitet und werden sie gemäß unseren Datenschutzbestimmungen löschen.
SUBJECT: Ihre Initiativbewerbung || Wir haben Ihre Initiativbewerbung geprüft und mit den offenen Positionen in unseren Fachbereichen abgeglichen. Eine Beschäftigungsmöglichkeit können wir Ihnen aktuell nicht anbieten. Aus Datenschutzgründen speichern wir Initiativbewerbungen nicht auf Vorrat; Ihre Unterlagen werden daher gelöscht.
Hallo {first}, danke für deine Initiativbewerbung – wir freuen uns immer, wenn Leute von sich aus auf uns zukommen. Im Moment haben wir allerdings einen Einstellungsstopp und können dir keine Stelle anbieten. Wir haben deine Daten nicht gespeichert; schau gerne in ein paar Monaten wieder auf unserer Karriereseite vorbei.
Ihre unaufgeforderte Bewerbung hat uns erreicht. Nach Rücksprache mit den Fachabteilungen müssen wir Ihnen mitteilen, dass in unserem Haus derzeit kein Bedarf an Verstärkung im Bereich Controlling besteht. Wir sehen daher keine Möglichkeit einer Zusammenarbeit.
Wir bedanken uns für Ihre Spontanbewerbung. Leider können wir Ihnen keine Stelle anbieten, da wir Positionen in diesem Bereich ausschliesslich über unsere Partneragentur besetzen. Ihr Dossier wird nicht weiter bearbeitet und gemäss Datenschutzgesetz gelöscht.
Ihre Initiativbewerbung haben wir an die Bereichsleitung weitergegeben. Diese hat nach Prüfung entschieden, dass wir Ihnen trotz Ihrer interessanten Erfahrung keine Position schaffen können. Wir bitten um Ihr Verständnis und danken für Ihr Interesse an {company}.
""",
        "rej_talentpool": """
Leider können wir Ihnen die Stelle {role} nicht anbieten, da wir uns für eine Bewerberin entschieden haben, die noch besser zu den Anforderungen passt. Ihr Profil hat uns aber gefallen, und wir würden Sie gerne in unseren Talent-Pool aufnehmen, um Sie bei künftigen passenden Vakanzen direkt anzusprechen. Wenn Sie einverstanden sind, bestätigen Sie dies bitte über den Link in Ihrem Bewerberkonto.
SUBJECT: Ihre Bewerbung – Aufnahme in unseren Talentpool || Für die aktuelle Position {role} haben wir uns für eine andere Person entschieden. Da uns Ihr Profil überzeugt hat, möchten wir Ihnen anbieten, Ihre Daten für 24 Monate in unserem Talentpool zu speichern. Ohne Ihre ausdrückliche Einwilligung löschen wir Ihre Unterlagen nach sechs Monaten.
Wir mussten uns für die Stelle {role} gegen Ihre Bewerbung entscheiden. Gleichzeitig sind wir überzeugt, dass Sie in einer anderen Position bei uns gut aufgehoben sein könnten. Wir haben Ihr Profil daher mit Ihrer Zustimmung in unseren Kandidatenpool übernommen. Eine Garantie für eine erneute Kontaktaufnahme ist damit nicht verbunden.
Hallo {first}, für die Rolle {role} hat es dieses Mal leider nicht gereicht – wir haben jemanden mit mehr Erfahrung im Performance-Marketing gefunden. Wir würden dich aber gern in unseren Talent-Pool packen und uns melden, sobald was Passendes frei wird. Wenn du das nicht möchtest, antworte einfach kurz.
Nach dem Gespräch haben wir uns für eine andere Besetzung entschieden. Sie haben uns aber so gut gefallen, dass wir Sie gerne für unser Talent-Netzwerk vormerken würden. Damit erhalten Sie bevorzugt Informationen zu neuen Ausschreibungen in Ihrem Bereich. Für die Position {role} ist das Verfahren jedoch für Sie abgeschlossen.
Ihre Bewerbung wird für die ausgeschriebene Stelle nicht weiter berücksichtigt. Wir haben Ihr Profil jedoch als interessant gekennzeichnet und würden es gerne in unserer Kandidatendatenbank behalten. Bitte erteilen Sie dazu Ihre Einwilligung gemäß Art. 6 Abs. 1 lit. a DSGVO, die Sie jederzeit widerrufen können.
Die Stelle {role} konnten wir inzwischen besetzen. Ihr Profil passt jedoch sehr gut in unser Unternehmen, weshalb wir es – Ihre Zustimmung vorausgesetzt – in unseren Bewerberpool aufnehmen möchten. Sollte eine vergleichbare Position frei werden, kommen wir gerne auf Sie zu.
Grüezi. Wir haben uns für eine andere Kandidatin entschieden. Gerne würden wir Ihr Dossier in unserem Talentpool aufbewahren, damit wir Sie für künftige Vakanzen berücksichtigen können. Sollten Sie dies nicht wünschen, genügt eine kurze Mitteilung an uns.
""",
        "ack_eingang_datenschutz": """
Hiermit bestätigen wir den Eingang Ihrer Bewerbung für die Position {role}. Ihre Unterlagen werden nun von unserer Personalabteilung und der zuständigen Fachabteilung gesichtet. Bitte haben Sie Verständnis dafür, dass dies einige Zeit in Anspruch nehmen kann. Hinweise zum Datenschutz: Ihre personenbezogenen Daten verarbeiten wir ausschließlich zum Zweck der Durchführung des Bewerbungsverfahrens auf Grundlage von § 26 BDSG. Eine Weitergabe an Dritte erfolgt nicht. Nach Abschluss des Verfahrens werden Ihre Daten spätestens nach sechs Monaten gelöscht, sofern keine Einstellung erfolgt.
SUBJECT: Eingangsbestätigung Ihrer Bewerbung || Ihre Bewerbung ist wohlbehalten bei uns eingegangen. Wir werden Ihre Unterlagen sorgfältig prüfen und uns so bald wie möglich bei Ihnen melden. Im Rahmen des Bewerbungsprozesses verarbeiten wir Ihre Daten gemäß Art. 6 Abs. 1 lit. b DSGVO. Sie haben jederzeit das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung. Unsere Datenschutzbeauftragte erreichen Sie unter datenschutz@ unserer Domain.
Vielen Dank, wir haben Ihre Unterlagen erhalten. Leider ist es uns aufgrund der großen Zahl an Zuschriften nicht möglich, jede Bewerbung sofort zu beantworten. Sie erhalten von uns in jedem Fall eine Nachricht, sobald die Vorauswahl abgeschlossen ist. Ihre Daten werden vertraulich behandelt und nicht an unberechtigte Dritte weitergegeben; eine Löschung erfolgt, wenn kein Arbeitsverhältnis zustande kommt, nach Ablauf von sechs Monaten.
Ihre Bewerbung als {role} ist bei uns eingegangen. Wir möchten Sie darauf hinweisen, dass wir Ihre Daten im Falle einer Absage gemäß den Vorgaben des AGG noch sechs Monate aufbewahren, bevor wir sie endgültig löschen. Eine Entscheidung über Ihre Bewerbung ist damit selbstverständlich noch nicht getroffen – wir prüfen derzeit alle Eingänge und melden uns bei Ihnen.
Grüezi. Besten Dank für Ihre Bewerbung, die wir gerne bestätigen. Ihr Dossier wird nun von unserem HR-Team geprüft. Wir bearbeiten Ihre Personendaten gemäss dem revidierten Bundesgesetz über den Datenschutz (DSG) und nur für den Zweck der Rekrutierung. Sollten wir Ihnen keine Stelle anbieten können, werden Ihre Daten nach drei Monaten gelöscht, es sei denn, Sie stimmen einer längeren Aufbewahrung zu.
Wir bestätigen Ihnen den Erhalt Ihrer Bewerbungsunterlagen. Derzeit sichten wir die Bewerbungen und werden uns nach Ablauf der Bewerbungsfrist bei Ihnen melden. Bitte beachten Sie: Wir können keine Originalunterlagen zurücksenden. Informationen zur Verarbeitung Ihrer Daten nach Art. 13 DSGVO finden Sie im Anhang dieser E-Mail.
Hallo {first}, danke für deine Bewerbung – sie ist gut bei uns angekommen! Unser People-Team schaut sich deine Unterlagen in den nächsten Tagen an. Kurz zum Datenschutz: Wir nutzen deine Daten nur für dieses Bewerbungsverfahren und löschen sie spätestens sechs Monate nach Abschluss, es sei denn, du willst in unseren Talent-Pool. Wir melden uns bei dir, egal wie die Entscheidung ausfällt.
Ihre Bewerbung ist eingegangen und wurde unter der Nummer BW-2024-0815 registriert. Bitte geben Sie diese Nummer bei Rückfragen an. Wir werden Ihre Bewerbung sorgfältig prüfen. Wir weisen darauf hin, dass wir Ihre Daten ausschließlich im Rahmen des Bewerbungsverfahrens nutzen; Empfänger sind nur die am Auswahlverfahren beteiligten Personen einschließlich des Betriebsrats.
Wir freuen uns über Ihr Interesse an einer Tätigkeit bei {company} und bestätigen hiermit den Eingang Ihrer Bewerbung. Nach dem Ende der Bewerbungsfrist beginnt die Auswahl. Bitte sehen Sie von telefonischen Nachfragen zum Stand Ihrer Bewerbung ab – wir informieren alle Bewerbenden unaufgefordert. Der Schutz Ihrer Daten ist uns wichtig: Die Datenschutzhinweise für Bewerber*innen finden Sie auf unserer Karriereseite.
Ihre Bewerbungsunterlagen sind vollständig bei uns eingegangen. Wir möchten Sie darüber informieren, dass wir Ihre Daten im Rahmen des Verfahrens auch an die zuständige Fachabteilung sowie, soweit gesetzlich vorgesehen, an den Betriebsrat und die Schwerbehindertenvertretung weitergeben. Nach Abschluss des Verfahrens werden nicht benötigte Unterlagen gelöscht. Sie hören von uns, sobald wir Ihre Bewerbung bewertet haben.
Danke für Ihre Bewerbung, die wir am 3. September erhalten haben. Leider können wir Ihnen noch nicht sagen, wann wir eine Entscheidung treffen werden, da sich der Zeitplan für die Gespräche noch ändern kann. Zum Datenschutz: Ihre Daten werden nach Art. 88 DSGVO i.V.m. § 26 BDSG verarbeitet und nach Abschluss des Verfahrens gelöscht, wenn es nicht zu einer Einstellung kommt.
Wir bestätigen den Eingang Ihrer Bewerbung für den Dienstposten {role}. Ihre Daten werden gemäß DSGVO und österreichischem Datenschutzgesetz ausschließlich für das Aufnahmeverfahren verarbeitet. Im Falle einer Absage bewahren wir Ihre Unterlagen sieben Monate auf, um etwaige Ansprüche nach dem Gleichbehandlungsgesetz abwehren zu können. Über den weiteren Verlauf informieren wir Sie zeitnah.
SUBJECT: Ihre Bewerbung ist bei uns eingegangen || Vielen Dank für das Vertrauen, das Sie uns mit Ihrer Bewerbung entgegenbringen. Wir haben Ihre Unterlagen erhalten und an die zuständigen Ansprechpartner*innen weitergeleitet. Sollten Sie Ihre Bewerbung zurückziehen wollen oder die Löschung Ihrer Daten wünschen, genügt eine formlose Nachricht an uns. Ansonsten melden wir uns, sobald es Neuigkeiten gibt.
Ihre Onlinebewerbung wurde erfolgreich übermittelt. Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht. Ihre Daten speichern wir in unserem Bewerbermanagement-System, das von einem Auftragsverarbeiter mit Sitz in der EU betrieben wird. Eine Übermittlung in Drittländer findet nicht statt. Wir melden uns, sobald Ihre Unterlagen geprüft wurden.
""",
        "ack_bms_system": """
SUBJECT: Ihr Bewerberkonto – Status aktualisiert || Der Status Ihrer Bewerbung für {role} hat sich geändert. Neuer Status: In Prüfung durch Fachabteilung. Sie können den aktuellen Stand jederzeit in Ihrem Bewerberkonto einsehen. Dies ist eine automatisch generierte Benachrichtigung aus unserem Bewerbermanagement-System; bitte antworten Sie nicht auf diese E-Mail.
Ihre Bewerbung wurde erfolgreich in unser Bewerbermanagement-System übernommen. Über Ihren persönlichen Zugang können Sie Ihre Angaben einsehen, Dokumente nachreichen oder Ihre Bewerbung zurückziehen. Leider können wir Änderungen, die per E-Mail eingehen, nicht berücksichtigen; bitte nutzen Sie ausschließlich das Portal.
Bitte bestätigen Sie Ihre E-Mail-Adresse, indem Sie auf den Link in dieser Nachricht klicken. Erst nach der Bestätigung wird Ihre Bewerbung für die Stelle {role} an das Recruiting-Team übermittelt. Der Link ist 72 Stunden gültig. Sollten Sie sich nicht beworben haben, können Sie diese Nachricht ignorieren.
Diese Nachricht wurde automatisch erzeugt. Ihre Bewerbung mit der Referenznummer 48213 befindet sich weiterhin in Bearbeitung. Es liegt noch keine Entscheidung vor. Sobald sich der Status ändert, erhalten Sie eine weitere Benachrichtigung. Datenschutzhinweis: Ihre Daten werden gemäß unserer Datenschutzerklärung verarbeitet und spätestens sechs Monate nach Abschluss des Verfahrens gelöscht.
Sie haben Ihr Bewerberprofil erfolgreich angelegt. Ihre Bewerbung für {role} ist jedoch noch nicht abgeschickt: Bitte laden Sie Ihren Lebenslauf hoch und schließen Sie den Vorgang mit einem Klick auf „Bewerbung absenden“ ab. Unvollständige Bewerbungen werden nach 30 Tagen automatisch gelöscht.
SUBJECT: Erinnerung: Ihre Bewerbung ist unvollständig || Leider fehlt in Ihrer Bewerbung für {role} noch ein Pflichtdokument (Zeugnisse). Ohne vollständige Unterlagen kann Ihre Bewerbung nicht an die Fachabteilung weitergeleitet werden. Bitte ergänzen Sie die fehlenden Dokumente über Ihr Bewerberkonto bis zum Ende der Bewerbungsfrist.
Ihr Passwort für das Karriereportal wurde erfolgreich geändert. Ihre laufende Bewerbung für {role} ist davon nicht betroffen und wird weiterhin bearbeitet. Falls Sie diese Änderung nicht selbst vorgenommen haben, wenden Sie sich bitte umgehend an unseren Support.
Ihre Bewerbung wurde dem Recruiter bzw. der Recruiterin für die Stelle {role} zugewiesen. Die Sichtung der Unterlagen erfolgt in der Regel innerhalb von zehn Werktagen. Bitte beachten Sie, dass wir keine Auskünfte per Telefon erteilen können. Den Status Ihrer Bewerbung können Sie jederzeit online nachverfolgen.
Automatische Mitteilung: Ihre Daten werden in 14 Tagen aus unserem System gelöscht, da Ihre Einwilligung zur Speicherung im Bewerberpool abläuft. Ihre aktuell laufende Bewerbung für {role} bleibt davon unberührt und wird bis zum Abschluss des Verfahrens weiter bearbeitet. Wenn Sie länger im Pool bleiben möchten, verlängern Sie Ihre Einwilligung im Portal.
Hallo {first}, wir haben unser Bewerbungstool umgestellt. Deine Bewerbung für {role} haben wir mitsamt allen Dokumenten übernommen – du musst nichts weiter tun. Es kann sein, dass du in den nächsten Tagen eine Mail zum Einrichten eines neuen Passworts bekommst. Am Stand deiner Bewerbung ändert sich dadurch nichts.
""",
        "ack_dauer_hinweis": """
Ihre Bewerbung ist bei uns eingegangen. Wir möchten Sie bereits jetzt darauf hinweisen, dass das Auswahlverfahren erfahrungsgemäß sechs bis acht Wochen in Anspruch nimmt. Sollten Sie in diesem Zeitraum nichts von uns hören, bedeutet das nicht, dass Ihre Bewerbung nicht berücksichtigt wird. Wir informieren alle Bewerbenden nach Abschluss des Verfahrens schriftlich.
Wir haben Ihre Bewerbung erhalten. Aufgrund der großen Anzahl an Bewerbungen wird die Bearbeitung voraussichtlich bis Ende des Monats dauern. Bitte sehen Sie bis dahin von Nachfragen ab. Wir melden uns in jedem Fall bei Ihnen, auch wenn die Entscheidung nicht zu Ihren Gunsten ausfallen sollte.
SUBJECT: Bearbeitungsdauer Ihrer Bewerbung || Vielen Dank für Ihre Bewerbung. Da an der Auswahl mehrere Gremien beteiligt sind, kann das Verfahren bis zu drei Monate dauern. Wir bitten Sie um Geduld und Verständnis. Eine Zwischennachricht erhalten Sie, sobald über die Einladung zu den Gesprächen entschieden wurde.
Ihre Bewerbung für {role} haben wir erhalten. Bitte beachten Sie, dass die Bewerbungsfrist erst am 30. Juni endet und wir vorher keine Auswahl treffen. Mit einer Rückmeldung können Sie daher frühestens Mitte Juli rechnen. Wir danken Ihnen schon jetzt für Ihre Geduld.
Hallo {first}, danke für deine Bewerbung! Kurzer Hinweis vorab: Wir sind ein kleines Team und schauen uns jede Bewerbung persönlich an – das kann leider mal zwei bis drei Wochen dauern. Wir vergessen dich nicht und melden uns auf jeden Fall.
Wir bestätigen den Eingang Ihrer Bewerbung. Die Vorauswahl erfolgt durch die Fachabteilung, die sich derzeit in der Jahresabschlussphase befindet. Wir gehen daher davon aus, Ihnen erst in etwa vier bis fünf Wochen eine Rückmeldung geben zu können. Ihre Bewerbung ist bis dahin selbstverständlich im Verfahren.
Ihre Unterlagen sind vollständig eingegangen. Wir möchten transparent sein: Über die Sommermonate verzögert sich die Bearbeitung urlaubsbedingt, sodass eine Entscheidung über die Einladung zu Gesprächen nicht vor Anfang September fallen wird. Wir bitten um Ihr Verständnis.
Sollten Sie innerhalb von sechs Wochen nach Eingang dieser Bestätigung keine weitere Nachricht von uns erhalten haben, wenden Sie sich bitte an unser Recruiting-Team. Ihre Bewerbung für {role} wird derzeit gesichtet, und wir bemühen uns, allen Bewerber*innen so schnell wie möglich eine Rückmeldung zu geben.
Grüezi. Besten Dank für Ihr Dossier. Das Rekrutierungsverfahren für diese Funktion ist mehrstufig und dauert erfahrungsgemäss rund zwei Monate. Wir werden Sie über jeden Schritt informieren. Bitte haben Sie Verständnis, dass wir vor Ablauf der Bewerbungsfrist keine Gespräche führen.
Ihre Bewerbung als {role} ist bei uns eingelangt. Wir bitten um Verständnis, dass die Bearbeitung aufgrund der Feiertage zum Jahreswechsel länger als üblich dauern wird; mit einer Rückmeldung ist nicht vor Mitte Jänner zu rechnen. Bis dahin bleibt Ihre Bewerbung selbstverständlich im Verfahren.
""",
        "ack_verzoegerung_leider": """
Leider müssen wir Ihnen mitteilen, dass sich das Auswahlverfahren für die Stelle {role} verzögert. Aufgrund einer kurzfristigen Erkrankung in der Fachabteilung können die geplanten Gespräche nicht wie vorgesehen stattfinden. Ihre Bewerbung befindet sich weiterhin im Verfahren, und wir melden uns, sobald ein neuer Zeitplan feststeht.
SUBJECT: Verzögerung im Bewerbungsverfahren || Wir bitten Sie um Entschuldigung dafür, dass Sie noch keine Rückmeldung zu Ihrer Bewerbung erhalten haben. Leider hat sich die Abstimmung mit dem Betriebsrat länger hingezogen als erwartet. Eine Entscheidung ist noch nicht gefallen; wir rechnen damit, Ihnen in etwa drei Wochen Näheres mitteilen zu können.
Leider dauert die Bearbeitung Ihrer Bewerbung länger als ursprünglich angekündigt. Die Zahl der Bewerbungen hat unsere Erwartungen weit übertroffen, und wir möchten jeder einzelnen Bewerbung die gleiche Aufmerksamkeit widmen. Wir haben Sie nicht vergessen und bitten um etwas Geduld.
Hallo {first}, sorry, dass du so lange nichts von uns gehört hast! Leider ist bei uns gerade viel los, und der Hiring Manager für {role} war zwei Wochen krank. Deine Bewerbung liegt aber noch bei uns auf dem Tisch und ist weiterhin im Rennen. Wir melden uns spätestens Ende nächster Woche.
Wir bedauern, dass wir Ihnen noch keine abschließende Nachricht zukommen lassen können. Das Stellenbesetzungsverfahren ist leider aufgrund der noch ausstehenden Haushaltsfreigabe vorübergehend angehalten. Ihre Bewerbung bleibt im Verfahren, und sobald die Freigabe vorliegt, werden wir das Verfahren fortsetzen. Eine Absage ist mit dieser Nachricht ausdrücklich nicht verbunden.
Leider konnten wir den ursprünglich genannten Termin für die Rückmeldung nicht einhalten. Die Auswahlkommission tritt erst am 12. November zusammen. Wir bitten Sie daher um weitere Geduld und versichern Ihnen, dass Ihre Bewerbung für {role} bis dahin in vollem Umfang berücksichtigt wird.
Wir möchten Sie darüber informieren, dass die Besetzung der Position {role} aus internen organisatorischen Gründen vorübergehend zurückgestellt wurde. Leider können wir Ihnen zum jetzigen Zeitpunkt keinen neuen Zeitplan nennen. Ihre Bewerbung bleibt jedoch bestehen, und wir kommen auf Sie zu, sobald es weitergeht.
Grüezi. Leider verzögert sich die Rückmeldung zu Ihrer Bewerbung, da die Linienverantwortliche derzeit landesabwesend ist. Ihr Dossier wurde jedoch bereits positiv vorgeprüft und liegt zur Beurteilung bereit. Wir danken Ihnen für Ihre Geduld und melden uns innert zwei Wochen.
Es tut uns leid, dass Sie länger auf eine Antwort warten müssen. Wegen eines technischen Problems in unserem Bewerbermanagement-System sind einige Bewerbungen verspätet bei der Fachabteilung angekommen, darunter auch Ihre. Die Sichtung beginnt nun, und Sie erhalten in Kürze eine Nachricht.
Leider haben wir noch keine Neuigkeiten für Sie. Das Verfahren für {role} läuft noch, und wir führen derzeit die ersten Gespräche. Ob wir Sie ebenfalls zu einem Gespräch einladen, entscheidet sich nach Abschluss dieser ersten Runde. Wir halten Sie auf dem Laufenden.
Wir müssen Sie leider um etwas mehr Geduld bitten. Die ursprünglich für diese Woche geplante Entscheidung über die Besetzung der Stelle {role} wurde verschoben, weil die Geschäftsführung den Stellenzuschnitt noch einmal überprüft. Sobald Klarheit herrscht, werden Sie von uns hören.
Leider hat sich der Beginn des Auswahlverfahrens durch eine Verlängerung der Ausschreibungsfrist verschoben. Die neue Frist endet am 15. des Monats. Ihre bereits eingereichte Bewerbung bleibt gültig; Sie müssen nichts weiter unternehmen. Wir bitten die Verzögerung zu entschuldigen.
""",
        "ack_zwischenbescheid": """
SUBJECT: Zwischenbescheid zu Ihrer Bewerbung || Hiermit erhalten Sie einen Zwischenbescheid zu Ihrer Bewerbung für die Stelle {role}. Das Auswahlverfahren ist noch nicht abgeschlossen. Nach derzeitigem Stand rechnen wir mit einer abschließenden Entscheidung bis Ende des nächsten Monats. Wir bitten Sie, bis dahin von Rückfragen abzusehen.
Wir möchten Ihnen einen kurzen Zwischenstand zu Ihrer Bewerbung geben: Ihre Unterlagen wurden von der Fachabteilung gesichtet, und Sie befinden sich weiterhin im Auswahlprozess. Die Gespräche mit den Kandidatinnen und Kandidaten der ersten Runde laufen derzeit. Wir melden uns, sobald wir Ihnen mehr sagen können.
Mit diesem Zwischenbescheid möchten wir Sie darüber informieren, dass Ihre Bewerbung bisher nicht abschließend bearbeitet werden konnte. Dies stellt keine Absage dar. Aufgrund des Umfangs des Verfahrens benötigen wir noch einige Wochen. Vielen Dank für Ihr Verständnis.
Hallo {first}, kleines Update von uns: Wir haben die Bewerbungen für {role} jetzt alle durch und sprechen gerade mit ein paar Leuten. Du bist noch im Prozess, wir haben aber noch nicht entschieden, wer in die nächste Runde kommt. Wir melden uns bis spätestens Freitag in zwei Wochen.
Ihre Bewerbung hat die erste Prüfung durchlaufen und wurde an die Fachvorgesetzte weitergeleitet. Die Entscheidung, welche Bewerberinnen und Bewerber zu einem Gespräch eingeladen werden, steht noch aus. Wir informieren Sie, sobald diese getroffen wurde.
Wir möchten Ihnen mitteilen, dass Sie in die engere Wahl für die Stelle {role} gekommen sind. Zurzeit prüfen wir noch einige weitere Unterlagen, bevor wir über die Einladungen zu Gesprächen entscheiden. Einen konkreten Termin können wir Ihnen daher leider noch nicht nennen.
Nach Ihrem Vorstellungsgespräch möchten wir Ihnen einen Zwischenstand geben: Die Gespräche mit den übrigen Kandidat*innen finden noch bis Ende der Woche statt. Im Anschluss berät das Auswahlgremium. Eine Entscheidung erwarten wir nicht vor Mitte des kommenden Monats.
Bitte entschuldigen Sie, dass die Entscheidung nach Ihrem Gespräch noch auf sich warten lässt. Die Abstimmung im Vorstand ist noch nicht erfolgt, und bevor diese nicht vorliegt, können wir Ihnen weder eine Zu- noch eine Absage erteilen. Wir sind zuversichtlich, Ihnen in der kommenden Woche Bescheid geben zu können.
Grüezi {first}. Gerne informieren wir Sie über den aktuellen Stand: Ihr Dossier befindet sich in der zweiten Selektionsrunde. Wir führen derzeit Referenzauskünfte bei allen Finalistinnen und Finalisten ein. Ein Entscheid wird voraussichtlich Ende Monat gefällt.
Zum aktuellen Stand Ihrer Bewerbung teilen wir Ihnen mit, dass das Beteiligungsverfahren mit Personalrat und Gleichstellungsbeauftragter noch läuft. Bevor dieses abgeschlossen ist, dürfen wir keine Auskünfte über das Ergebnis der Auswahl erteilen. Wir bitten um Ihre Geduld.
Sie hatten sich nach dem Stand Ihrer Bewerbung erkundigt. Gerne teilen wir Ihnen mit, dass Ihre Bewerbung noch nicht abschließend bewertet wurde. Nach Ablauf der Bewerbungsfrist werden alle Unterlagen gemeinsam gesichtet. Wir bitten Sie daher noch um etwas Geduld.
Nach dem Probearbeiten möchten wir uns kurz bei Ihnen melden: Es finden diese Woche noch zwei weitere Probetage statt. Danach setzen wir uns im Team zusammen und entscheiden. Sie hören spätestens am Montag von uns – egal, wie es ausgeht.
""",
        "ack_nur_ausgewaehlte": """
Vielen Dank für Ihre Bewerbung. Bitte haben Sie Verständnis dafür, dass wir nur die Bewerberinnen und Bewerber kontaktieren, die in die engere Auswahl kommen. Sollten Sie innerhalb von vier Wochen nichts von uns hören, ist Ihre Bewerbung bei diesem Verfahren leider nicht berücksichtigt worden. Ihre Unterlagen werden dann nach sechs Monaten gelöscht.
SUBJECT: Ihre Bewerbung bei {company} || Ihre Bewerbung ist bei uns eingegangen. Aufgrund der sehr hohen Anzahl an Bewerbungen werden wir uns ausschließlich bei den Kandidat*innen melden, die wir zu einem persönlichen Gespräch einladen möchten. Wir danken Ihnen für Ihr Verständnis und Ihr Interesse an unserem Unternehmen.
Ihre Unterlagen haben uns erreicht. Wir weisen darauf hin, dass nur ausgewählte Bewerbende zu einem Auswahlgespräch eingeladen werden. Bewerber*innen, die nicht eingeladen werden, erhalten nach Abschluss des Verfahrens eine schriftliche Nachricht. Bis dahin bitten wir von Nachfragen abzusehen.
Hallo {first}, danke für deine Bewerbung! Wir bekommen gerade sehr viele Bewerbungen und können uns leider nicht bei allen einzeln zurückmelden. Wenn dein Profil passt, hörst du innerhalb von drei Wochen von uns. Deine Daten löschen wir danach automatisch.
Wir haben Ihre Bewerbung erhalten und werden sie prüfen. Es ist uns leider nicht möglich, allen Bewerberinnen und Bewerbern eine individuelle Rückmeldung zu geben. Wenn wir Sie für ein Gespräch vorsehen, setzen wir uns telefonisch oder per E-Mail mit Ihnen in Verbindung.
Grüezi. Besten Dank für Ihr Dossier. Bitte beachten Sie, dass wir uns aus Kapazitätsgründen nur bei jenen Personen melden können, deren Profil den Anforderungen entspricht. Wir bitten um Verständnis, dass wir keine Absagen verschicken.
Wir bestätigen den Eingang Ihrer Bewerbung für {role}. Von den Bewerbenden laden wir nur diejenigen zum Eignungstest ein, deren Unterlagen die formalen Voraussetzungen erfüllen. Die Einladungen versenden wir nach dem Ende der Bewerbungsfrist. Sollten Sie keine Einladung erhalten, werden Sie ebenfalls informiert.
Ihre Bewerbung wird nun von unserem Recruiting-Team geprüft. Wir bitten um Verständnis, dass wir nicht jede Bewerbung ablehnen oder zusagen können, bevor die Ausschreibung geschlossen ist. Nur die Kandidatinnen und Kandidaten, die wir in die nächste Runde aufnehmen, werden direkt kontaktiert.
Wir freuen uns über Ihr Interesse. Bei schwerbehinderten Bewerber*innen, die die fachlichen Anforderungen nicht offensichtlich verfehlen, erfolgt in jedem Fall eine Einladung zu einem Vorstellungsgespräch. Im Übrigen laden wir nur die am besten geeigneten Bewerbenden ein. Über das Ergebnis werden alle Bewerbenden nach Abschluss des Verfahrens informiert.
Ihre Bewerbung ist eingegangen. Bitte sehen Sie es uns nach, dass wir bei der großen Resonanz keine Eingangsbestätigung per Post versenden und Rückmeldungen nur an die Bewerberinnen und Bewerber geben, die wir kennenlernen möchten. Ihre Daten werden spätestens drei Monate nach Ende der Ausschreibung gelöscht.
""",
        "ack_oeffentlicher_dienst": """
SUBJECT: Stellenausschreibung Kennziffer 2024/088 – Eingangsbestätigung || Wir bestätigen den Eingang Ihrer Bewerbung auf die o.g. Stellenausschreibung. Nach Ablauf der Bewerbungsfrist wird eine Auswahlkommission die Bewerbungen anhand der in der Ausschreibung genannten Kriterien sichten. Gemäß den gesetzlichen Vorgaben werden der Personalrat, die Gleichstellungsbeauftragte und gegebenenfalls die Schwerbehindertenvertretung am Verfahren beteiligt. Da dieses Verfahren einige Zeit in Anspruch nimmt, bitten wir Sie um Geduld; von Sachstandsanfragen bitten wir abzusehen.
Ihre Bewerbung für die Stelle {role} ist fristgerecht bei uns eingegangen. Wir weisen darauf hin, dass Bewerbungen schwerbehinderter Menschen bei gleicher Eignung bevorzugt berücksichtigt werden. Sofern Sie eine Schwerbehinderung oder Gleichstellung bisher nicht angegeben haben, können Sie dies bis zum Ende der Bewerbungsfrist nachholen. Über den weiteren Verlauf des Verfahrens werden Sie unaufgefordert informiert.
Das Auswahlverfahren für die ausgeschriebene Stelle ist noch nicht abgeschlossen. Derzeit werden die Auswahlgespräche durchgeführt. Anschließend ist die Beteiligung des Personalrats erforderlich, die in der Regel bis zu zwei Wochen dauert. Leider können wir Ihnen daher noch keine abschließende Mitteilung machen. Ihre Bewerbung wird weiterhin berücksichtigt.
Hiermit bestätigen wir den Eingang Ihrer Bewerbung. Bitte beachten Sie, dass wir Ihre Bewerbung nur berücksichtigen können, wenn Sie eine aktuelle dienstliche Beurteilung bzw. ein qualifiziertes Arbeitszeugnis, das nicht älter als ein Jahr ist, vorlegen. Sollte dies bereits geschehen sein, ist diese Nachricht gegenstandslos. Wir melden uns nach Abschluss der Vorauswahl.
Wir informieren Sie darüber, dass sich das Stellenbesetzungsverfahren verzögert, da die Gleichstellungsbeauftragte Einwände gegen die Zusammensetzung der Auswahlkommission erhoben hat. Die Gespräche werden daher neu terminiert. Ihre Bewerbung ist davon nicht nachteilig betroffen. Sie erhalten rechtzeitig eine neue Mitteilung.
Das Auswahlverfahren zur Stelle {role} ist in der Phase der Vorauswahl. Gemäß dem Prinzip der Bestenauslese werden zunächst alle Bewerbungen auf die Erfüllung der konstitutiven Anforderungsmerkmale geprüft. Erst danach wird entschieden, wer zu einem strukturierten Auswahlgespräch eingeladen wird. Wir bitten um Verständnis, dass dies einige Wochen dauern kann.
Ihre Bewerbung für den Dienstposten ist bei uns eingelangt. Das Aufnahmeverfahren wird gemäß dem Ausschreibungsgesetz durchgeführt und umfasst eine schriftliche Eignungsprüfung sowie ein Hearing. Über die Zulassung zur Eignungsprüfung werden Sie gesondert informiert. Bitte halten Sie Ihren Staatsbürgerschaftsnachweis bereit.
Die Stelle, auf die Sie sich beworben haben, wurde in der ersten Ausschreibung nicht besetzt und wird nun erneut ausgeschrieben. Ihre bisherige Bewerbung wird im neuen Verfahren automatisch berücksichtigt, sofern Sie nicht widersprechen. Leider verlängert sich dadurch das Verfahren um mindestens sechs Wochen.
Grüezi. Wir bestätigen den Eingang Ihrer Bewerbung für eine Stelle in der kantonalen Verwaltung. Das Verfahren unterliegt dem Personalgesetz des Kantons; die Anstellung erfolgt durch das zuständige Departement. Wir werden Sie über die Einladung zu Gesprächen informieren, sobald die Vorselektion abgeschlossen ist.
Ihre Bewerbung ist eingegangen. Bitte beachten Sie, dass Bewerbende in einem Beamtenverhältnis ihr Einverständnis zur Einsichtnahme in die Personalakte erklären müssen. Das entsprechende Formular liegt bei. Eine Entscheidung über die Einladung zu Auswahlgesprächen erfolgt erst nach Vorliegen aller Unterlagen.
""",
        "ack_ausbildung_studium": """
Vielen Dank für Ihre Bewerbung um einen Ausbildungsplatz zum Ausbildungsbeginn 1. September. Ihre Unterlagen sind vollständig bei uns eingegangen. Im nächsten Schritt erhalten alle Bewerber*innen, die die Voraussetzungen erfüllen, einen Link zu unserem Online-Eignungstest. Wir melden uns dazu innerhalb der nächsten drei Wochen bei Ihnen.
SUBJECT: Eingangsbestätigung – Bewerbung Studienplatz || Ihr Zulassungsantrag für den Bachelorstudiengang ist fristgerecht eingegangen und wird derzeit geprüft. Bitte beachten Sie, dass Zulassungsbescheide erst nach Abschluss des Koordinierungsverfahrens im August versendet werden. Den Status Ihres Antrags können Sie jederzeit im Bewerbungsportal einsehen. Fehlende Unterlagen können Sie bis zum 15. Juli nachreichen.
Hallo {first}, cool, dass du dich bei uns für eine Ausbildung interessierst! Deine Bewerbung ist angekommen. Wir schauen sie uns in Ruhe an und laden dann einige Bewerber*innen zu einem Kennenlerntag ein. Bis dahin kann es etwa vier Wochen dauern – wir melden uns auf jeden Fall.
Wir bestätigen den Eingang Ihrer Bewerbung für das duale Studium. Leider können wir Ihnen erst nach Abstimmung mit unserer Partnerhochschule mitteilen, wie viele Studienplätze zur Verfügung stehen. Ihre Bewerbung ist bis dahin vollständig im Verfahren. Wir rechnen mit einer Rückmeldung im Laufe des Februars.
Ihr Antrag auf Zulassung zum Masterstudiengang befindet sich in Prüfung durch den Prüfungsausschuss. Sollte der Ausschuss zusätzliche Nachweise über Ihre Vorleistungen benötigen, werden wir uns bei Ihnen melden. Bitte sehen Sie bis zum Versand der Bescheide von Anfragen zum Bearbeitungsstand ab.
Sie stehen derzeit auf Rang 14 der Nachrückliste für den Studiengang Psychologie. Ob Ihnen im Nachrückverfahren ein Studienplatz angeboten werden kann, hängt davon ab, wie viele zugelassene Bewerberinnen und Bewerber ihren Platz nicht annehmen. Eine Entscheidung ist damit noch nicht getroffen; Sie werden per E-Mail informiert.
Grüezi {first}. Besten Dank für deine Bewerbung für eine Lehrstelle bei uns. Wir haben deine Unterlagen erhalten. Im nächsten Schritt laden wir ausgewählte Bewerbende zu einer Schnupperlehre ein. Die Auswahl dafür treffen wir bis Ende Monat.
Ihre Bewerbung für einen Ausbildungsplatz hat uns erreicht. Da wir Ausbildungsplätze für das übernächste Jahr bereits jetzt vergeben, kann sich das Verfahren über mehrere Monate erstrecken. Leider ist eine Beschleunigung nicht möglich. Sie hören von uns, sobald wir über die Einladung zum Auswahltag entschieden haben.
""",
        "ack_initiativ": """
Vielen Dank für Ihre Initiativbewerbung. Wir haben Ihre Unterlagen erhalten und an die Leitungen der Bereiche Finanzen und Controlling weitergeleitet, die prüfen, ob sich eine passende Einsatzmöglichkeit ergibt. Bitte haben Sie Verständnis, dass dies etwas Zeit in Anspruch nimmt. Wir melden uns, sobald wir eine Rückmeldung der Fachbereiche haben.
SUBJECT: Ihre Initiativbewerbung ist eingegangen || Wir bestätigen den Eingang Ihrer Initiativbewerbung. Aktuell ist keine passende Stelle ausgeschrieben; dennoch prüfen wir Ihr Profil im Hinblick auf Vakanzen, die in den nächsten Monaten entstehen könnten. Ihre Daten werden mit Ihrer Einwilligung bis zu zwölf Monate gespeichert. Wir kommen auf Sie zu, wenn sich eine Möglichkeit ergibt.
Hallo {first}, danke für deine Initiativbewerbung! Wir haben gerade keine offene Stelle, die genau passt, aber unser Head of Data schaut sich dein Profil trotzdem an. Gib uns zwei Wochen, dann sagen wir dir, ob wir mal sprechen möchten.
Ihre unaufgeforderte Bewerbung ist bei uns eingegangen. Leider haben wir nicht die Möglichkeit, Initiativbewerbungen sofort zu bearbeiten. Wir sichten diese einmal pro Quartal und melden uns, falls wir Ihnen eine Position anbieten möchten oder Fragen haben.
Grüezi. Besten Dank für Ihre Spontanbewerbung. Wir haben Ihr Dossier in unseren Bewerberpool aufgenommen und gleichen es laufend mit neuen Vakanzen ab. Es liegt derzeit keine konkrete Stelle vor, weshalb wir Ihnen noch keinen Entscheid mitteilen können.
Danke für Ihre Initiativbewerbung, die wir mit Interesse gelesen haben. Die Planung unserer Personalbedarfe für das kommende Geschäftsjahr ist noch nicht abgeschlossen. Wir werden Ihre Bewerbung daher bis zur Freigabe des Stellenplans im Dezember zurückstellen und uns danach wieder bei Ihnen melden.
Wir haben Ihre Initiativbewerbung erhalten. Um zu prüfen, wo Sie bei uns am besten einsetzbar wären, bitten wir Sie, uns kurz Ihre regionalen Präferenzen und Ihren frühesten Eintrittstermin mitzuteilen. Erst dann können wir Ihre Unterlagen gezielt weiterleiten.
Ihre Initiativbewerbung liegt unserer Geschäftsführung vor. Da wir ein kleines Büro sind, entscheiden wir über zusätzliche Stellen nur im Rahmen unserer monatlichen Teamsitzung. Wir können Ihnen daher leider erst Ende des Monats eine Rückmeldung geben.
""",
        "ack_talentpool_offen": """
SUBJECT: Willkommen in unserem Talent-Pool || Sie haben sich in unseren Talent-Pool eingetragen. Wir gleichen Ihr Profil laufend mit neuen Stellen ab und informieren Sie, wenn eine passende Position frei wird. Eine konkrete Bewerbung ist damit noch nicht verbunden. Ihre Einwilligung zur Speicherung Ihrer Daten gilt für 24 Monate und kann jederzeit widerrufen werden.
Ihre Bewerbung für die Stelle {role} befindet sich weiterhin in Prüfung. Unabhängig vom Ausgang dieses Verfahrens möchten wir Sie fragen, ob wir Ihr Profil zusätzlich in unseren Talent-Pool aufnehmen dürfen. Dies hat keinen Einfluss auf Ihre aktuelle Bewerbung, die wie gewohnt weiterbearbeitet wird.
Vielen Dank für das Gespräch an unserem Stand auf der Karrieremesse. Wie besprochen haben wir Ihre Kontaktdaten in unseren Talent-Pool übernommen. Sie erhalten in den nächsten Tagen einen Link, über den Sie Ihr Profil vervollständigen können. Über konkrete Stellen sprechen wir, sobald Sie Ihre Unterlagen hochgeladen haben.
Hallo {first}, du hast im Bewerbungsprozess angekreuzt, dass wir dich in unseren Talent-Pool aufnehmen dürfen – danke! Das heißt nicht, dass über deine Bewerbung für {role} schon entschieden ist; die läuft ganz normal weiter. Es bedeutet nur, dass wir dich auch für andere Rollen im Blick behalten.
Ihre Einwilligung zur Speicherung in unserem Talentpool läuft in 30 Tagen ab. Wenn Sie weiterhin über passende Stellen informiert werden möchten, bestätigen Sie bitte die Verlängerung über den untenstehenden Link. Andernfalls werden Ihre Daten fristgerecht gelöscht.
Wir haben Ihr Profil aus unserem Talent-Pool für die neu ausgeschriebene Position {role} vorgemerkt. Die Fachabteilung prüft derzeit, ob sie mit Ihnen ins Gespräch kommen möchte. Bitte teilen Sie uns mit, ob Sie grundsätzlich weiterhin an einem Wechsel interessiert sind.
Ihre Daten sind weiterhin in unserem Bewerberpool gespeichert. Leider gab es in den vergangenen Monaten keine Stelle, die zu Ihrem Profil passte. Wir behalten Sie selbstverständlich weiter im Blick und melden uns, sobald sich etwas ergibt.
Grüezi. Ihr Profil wurde in unseren Talentpool übernommen. Aktuell prüfen wir, ob Sie für eine der Vakanzen in unserem Standort Basel in Frage kommen. Wir melden uns, sobald wir mehr wissen.
""",
        "ack_rueckfrage_unterlagen": """
Wir haben Ihre Bewerbung für die Stelle {role} erhalten. Leider fehlen in Ihren Unterlagen noch die Arbeitszeugnisse Ihrer letzten beiden Arbeitgeber. Damit wir Ihre Bewerbung vollständig prüfen können, bitten wir Sie, diese bis zum 20. des Monats nachzureichen. Unvollständige Bewerbungen können wir im weiteren Verfahren leider nicht berücksichtigen.
SUBJECT: Rückfrage zu Ihrer Bewerbung || Im Rahmen der Prüfung Ihrer Bewerbung ist uns eine Frage aufgekommen: Ab wann wären Sie frühestens verfügbar, und welche Gehaltsvorstellung haben Sie? Beide Angaben fehlen in Ihrem Anschreiben. Wir bitten um eine kurze Rückmeldung, damit wir Ihre Unterlagen an die Fachabteilung weitergeben können.
Für die weitere Bearbeitung Ihrer Bewerbung benötigen wir eine Zeugnisbewertung der Zentralstelle für ausländisches Bildungswesen für Ihren im Ausland erworbenen Abschluss. Sollten Sie diese noch nicht beantragt haben, reichen Sie bitte den Nachweis über die Antragstellung ein. Ihre Bewerbung bleibt bis dahin im Verfahren.
Hallo {first}, kurze Frage zu deiner Bewerbung: Könntest du uns noch einen Link zu deinem Portfolio oder GitHub schicken? Das hilft unserem Team sehr bei der Einschätzung. Danach geht deine Bewerbung direkt an das Engineering-Team.
Wir bedanken uns für Ihre Bewerbung. Leider konnten wir den Anhang Ihrer E-Mail nicht öffnen, da die Datei beschädigt zu sein scheint. Bitte senden Sie uns Ihre Unterlagen erneut als PDF-Dokument (max. 10 MB). Ihre Bewerbung wird nach Eingang der Unterlagen regulär bearbeitet.
Nach Prüfung Ihrer Unterlagen bitten wir Sie, uns eine Kopie Ihrer Approbationsurkunde sowie einen Nachweis über Ihre Masernimmunität zukommen zu lassen. Diese Unterlagen sind für eine Tätigkeit in unserem Klinikum gesetzlich vorgeschrieben. Über den weiteren Verlauf informieren wir Sie dann umgehend.
Grüezi. Für die weitere Beurteilung Ihres Dossiers bitten wir Sie, uns Angaben zu Ihrem Aufenthaltsstatus in der Schweiz bzw. zu einer allfälligen Arbeitsbewilligung zu machen. Ohne diese Angaben können wir Ihre Bewerbung nicht weiterbearbeiten.
Wir haben Ihre Bewerbung mit Interesse gelesen. Bevor wir über das weitere Vorgehen entscheiden, bitten wir Sie, den beigefügten Fragebogen zu Ihren Kenntnissen in DATEV und Lohnbuchhaltung auszufüllen und bis Freitag zurückzusenden. Das Ausfüllen dauert etwa 15 Minuten.
Im Zuge der Bearbeitung ist aufgefallen, dass Sie sich zweimal für dieselbe Stelle {role} beworben haben. Bitte teilen Sie uns mit, welche der beiden Bewerbungen wir berücksichtigen sollen; die andere würden wir dann löschen. Eine Entscheidung über Ihre Bewerbung ist noch nicht getroffen.
Für die Berücksichtigung Ihrer Bewerbung im Auswahlverfahren benötigen wir eine Einverständniserklärung zur Einsichtnahme in Ihre Personalakte sowie eine Kopie Ihrer letzten dienstlichen Beurteilung. Bitte reichen Sie diese innerhalb von zwei Wochen nach. Leider können wir andernfalls Ihre Eignung nicht vergleichend beurteilen.
""",
        "inv_gespraech": """
Wir haben Ihre Bewerbung für die Stelle {role} mit großem Interesse gelesen und möchten Sie gerne persönlich kennenlernen. Wir laden Sie herzlich zu einem Vorstellungsgespräch am Dienstag, den 9. April, um 10:00 Uhr in unsere Zentrale ein. Das Gespräch wird etwa eine Stunde dauern. Bitte bestätigen Sie den Termin kurz per E-Mail; sollte er Ihnen nicht passen, schlagen Sie uns gerne Alternativen vor. Reisekosten erstatten wir gemäß unserer Reisekostenrichtlinie.
SUBJECT: Einladung zum Auswahlgespräch – Kennziffer 34/2024 || Die Auswahlkommission hat Ihre Bewerbung geprüft und lädt Sie zu einem strukturierten Auswahlgespräch ein. Das Gespräch findet am 18. Juni um 13:30 Uhr im Dienstgebäude Raum 2.14 statt. Neben der Auswahlkommission nehmen Vertreterinnen und Vertreter des Personalrats und die Gleichstellungsbeauftragte teil. Bitte bringen Sie einen gültigen Lichtbildausweis mit.
Hallo {first}, dein Profil hat uns richtig gut gefallen! Hast du Lust auf ein erstes Kennenlernen per Video-Call? Plan etwa 45 Minuten ein. Du kannst dir über den Link unten direkt einen Termin aussuchen, der dir passt.
Grüezi. Wir würden Sie gerne zu einem ersten Gespräch für die Funktion {role} einladen. Das Interview findet per Microsoft Teams statt und dauert rund 45 Minuten. Bitte teilen Sie uns bis Freitag mit, welcher der folgenden Termine Ihnen passt: Montag 14 Uhr, Mittwoch 9 Uhr oder Donnerstag 16 Uhr.
Ihre Bewerbung hat uns überzeugt, und wir laden Sie zu einem Bewerbungsgespräch in unser Büro in Graz ein. Als Termin schlagen wir Donnerstag, den 3. Oktober um 11:00 Uhr vor. Bitte geben Sie uns kurz Bescheid, ob Sie kommen können.
""",
        "inv_ohne_wort": """
Wir würden uns gerne mit Ihnen über die Position {role} unterhalten. Hätten Sie in der kommenden Woche Zeit für ein Telefonat von etwa 30 Minuten? Bitte nennen Sie uns zwei oder drei Zeitfenster, in denen Sie erreichbar sind; unsere Recruiterin ruft Sie dann an.
SUBJECT: Kennenlernen bei {company} || Wir möchten Sie gerne persönlich kennenlernen und Ihnen unser Team vorstellen. Könnten Sie am Mittwoch, dem 12. März, um 15 Uhr zu uns ins Büro kommen? Die Adresse und eine Anfahrtsbeschreibung finden Sie im Anhang.
Hallo {first}, wir fänden es super, wenn du mal einen Tag bei uns im Team mitarbeitest, damit wir uns gegenseitig besser kennenlernen. Hättest du am Freitag, dem 24., Zeit? Wir würden dich um 9 Uhr an der Rezeption abholen; der Tag wird natürlich vergütet.
Auf Grundlage Ihrer Unterlagen möchten wir den nächsten Schritt mit Ihnen gehen: ein Fachgespräch mit unserem Teamleiter Controlling und der Personalreferentin. Bitte wählen Sie über den folgenden Link einen passenden Termin in den nächsten zehn Tagen aus.
Wir möchten Sie zu einem Hospitationstag auf unserer Station einladen, um Ihnen einen Einblick in die Arbeit zu geben und Sie im Team kennenzulernen. Bitte melden Sie sich mit zwei Terminvorschlägen bei der Stationsleitung; Dienstkleidung stellen wir Ihnen.
""",
        "inv_test_ac": """
Wir freuen uns, Ihnen mitteilen zu können, dass Sie die Vorauswahl erfolgreich durchlaufen haben. Im nächsten Schritt laden wir Sie zu unserem Online-Eignungstest ein. Den Zugangslink erhalten Sie in einer separaten E-Mail; der Test muss innerhalb von fünf Tagen absolviert werden und dauert rund 60 Minuten.
SUBJECT: Einladung zum Assessment-Center || Wir laden Sie herzlich zu unserem eintägigen Assessment-Center am 7. November in Hamburg ein. Sie erwartet eine Gruppenübung, eine Präsentation zu einem vorab zugesandten Thema sowie ein Interview mit Führungskräften. Bitte bestätigen Sie Ihre Teilnahme bis zum 30. Oktober.
Für die Stelle {role} möchten wir Sie zu einer Arbeitsprobe einladen. Sie erhalten eine realistische Fallaufgabe, für die Sie drei Tage Zeit haben, und präsentieren Ihre Ergebnisse anschließend in einem 45-minütigen Termin vor dem Team. Bitte geben Sie uns Bescheid, ab wann Sie starten können.
Sie sind zum schriftlichen Einstellungstest für den mittleren Dienst zugelassen. Der Test findet am Samstag, dem 16. März, um 9:00 Uhr im Rathaus, Sitzungssaal II, statt. Bitte bringen Sie einen Personalausweis und einen Kugelschreiber mit. Die Teilnahme ist Voraussetzung für das weitere Verfahren.
Hallo {first}, nächster Schritt: Wir schicken dir eine kleine Coding-Challenge, für die du ungefähr zwei Stunden brauchen solltest. Danach sprechen wir in einem Call über deine Lösung. Sag uns einfach, wann du die Aufgabe bekommen möchtest.
""",
        "off_zusage": """
Wir freuen uns sehr, Ihnen mitteilen zu können, dass wir uns für Sie entschieden haben! Wir möchten Ihnen die Stelle {role} zum 1. Juli anbieten. Den Arbeitsvertrag senden wir Ihnen in den nächsten Tagen per Post zu. Bitte geben Sie uns bis Ende der Woche Bescheid, ob Sie das Angebot annehmen.
SUBJECT: Zusage – {role} || Nach dem Abschluss aller Gespräche dürfen wir Ihnen heute eine Zusage erteilen: Wir möchten Sie sehr gerne in unserem Team begrüßen. Ihre Personalreferentin wird sich in Kürze bei Ihnen melden, um die Vertragsdetails und den Eintrittstermin zu besprechen.
Hallo {first}, wir haben gute Nachrichten: Wir wollen dich unbedingt im Team haben und bieten dir die Rolle {role} an! Alle Details zu Gehalt, Benefits und Startdatum findest du im angehängten Angebot. Lass uns gern morgen kurz telefonieren, falls du Fragen hast.
Die Auswahlkommission hat sich für Sie entschieden. Nach Zustimmung des Personalrats können wir Ihnen die Stelle {role} mit Eingruppierung in die Entgeltgruppe E 11 TV-L anbieten. Bitte teilen Sie uns innerhalb von zehn Tagen mit, ob Sie die Stelle annehmen; im Anschluss erhalten Sie die Einstellungsunterlagen.
Grüezi {first}. Wir freuen uns, Ihnen die Funktion {role} anbieten zu dürfen. Der Arbeitsvertrag mit einem Jahresbruttolohn von CHF 98'000, ausbezahlt in 13 Monatslöhnen, liegt dieser E-Mail bei. Wir bitten Sie, uns das unterzeichnete Exemplar bis zum 15. des Monats zu retournieren.
""",
        "off_vertragsangebot": """
SUBJECT: Ihr Vertragsangebot bei {company} || Im Anhang erhalten Sie unser Vertragsangebot für die Position {role}. Es sieht ein Bruttojahresgehalt von 62.000 Euro, 30 Tage Urlaub und zwei Tage mobiles Arbeiten pro Woche vor. Das Angebot ist bis zum 28. Februar gültig. Wir würden uns sehr freuen, wenn Sie sich für uns entscheiden.
Nach den positiven Gesprächen freuen wir uns, Ihnen ein Angebot für einen Ausbildungsvertrag als {role} unterbreiten zu können. Der Vertrag beginnt am 1. August; die Ausbildungsvergütung beträgt im ersten Jahr 1.150 Euro brutto. Bitte senden Sie uns den unterschriebenen Vertrag bis zum 15. Mai zurück.
Wir freuen uns, Ihnen nach dem Probearbeiten eine Anstellung als {role} anbieten zu können. Der Dienstvertrag sieht eine Einstufung gemäß Kollektivvertrag Handel sowie eine Überzahlung von 200 Euro monatlich vor. Bitte melden Sie sich bis Mittwoch, ob Sie zusagen.
Das Assessment-Center haben Sie mit hervorragendem Ergebnis abgeschlossen. Wir freuen uns, Ihnen einen Platz in unserem 18-monatigen Traineeprogramm anzubieten. Ihr Vertragsentwurf liegt bei; für Fragen zum Vertrag steht Ihnen Frau Lindqvist aus dem HR-Team zur Verfügung.
Hallo {first}, hier kommt wie versprochen dein Vertragsangebot für die Werkstudentenstelle: 20 Stunden pro Woche, 16 Euro pro Stunde, Start am 1. des nächsten Monats. Wenn alles passt, unterschreib einfach digital über den Link – wir freuen uns auf dich!
""",
        "oth_alert": """
SUBJECT: 12 neue Jobs für „Data Analyst“ in Ihrer Nähe || Basierend auf Ihrem Suchauftrag haben wir neue Stellenangebote für Sie gefunden: Data Analyst (m/w/d) in Köln, Junior BI-Entwickler:in in Düsseldorf, Controller*in mit Schwerpunkt Reporting in Bonn und neun weitere. Sie können Ihren Suchauftrag jederzeit in Ihrem Profil anpassen oder abbestellen.
Ihr Jobalarm „Projektmanagement, Wien, Vollzeit“: Drei neue Stellen wurden in den letzten 24 Stunden veröffentlicht. Jetzt ansehen und mit einem Klick bewerben. Sie erhalten diese E-Mail, weil Sie einen Jobalarm eingerichtet haben.
Neue Stellen im öffentlichen Dienst passend zu Ihrem Profil: Sachbearbeiter*in Haushalt (E 9a TVöD), Referent:in Digitalisierung (A 13), Verwaltungsfachangestellte/r Bürgerbüro. Bewerbungsfristen beachten! Diese Benachrichtigung wird wöchentlich versandt.
""",
        "oth_newsletter": """
SUBJECT: Karriere-News von {company} – Ausgabe Herbst || In dieser Ausgabe: Wie unser neues Hybrid-Arbeitsmodell funktioniert, ein Interview mit unserer Ausbildungsleiterin und die Termine unserer Karriere-Webinare. Außerdem stellen wir Ihnen drei Kolleg*innen vor, die bei uns den Quereinstieg geschafft haben. Viel Spaß beim Lesen!
Einladung zum Karriere-Abend am 21. November: Lernen Sie unsere Teams kennen, stellen Sie Fragen in entspannter Atmosphäre und erfahren Sie, welche Einstiegsmöglichkeiten es bei uns gibt. Die Anmeldung ist bis zum 15. November über unsere Karriereseite möglich.
Unser Arbeitgeber-Newsletter informiert Sie monatlich über offene Stellen, Veranstaltungen und Neuigkeiten aus dem Unternehmen. Diesmal: Wir wurden erneut als familienfreundlicher Arbeitgeber ausgezeichnet und eröffnen einen neuen Standort in Leipzig.
""",
        "oth_cold": """
Ich bin auf Ihr Profil auf XING aufmerksam geworden und bin überzeugt, dass es genau zu einer Position passt, die ich aktuell für einen renommierten Mittelständler in Stuttgart besetze: Teamleitung Controlling, unbefristet, bis zu 85.000 Euro. Hätten Sie Interesse an einem unverbindlichen Telefonat? Selbstverständlich behandle ich Ihre Daten vertraulich.
Hallo {first}, ich bin Personalberaterin bei einer Boutique-Beratung für IT-Recruiting und suche derzeit für einen Kunden in München eine*n Backend-Entwickler*in mit Kotlin-Erfahrung. Remote-Anteil bis 80 %. Wenn du wechselbereit bist, lass uns gern 15 Minuten sprechen.
Grüezi. Wir sind eine auf Banking und Finance spezialisierte Personalvermittlung in Zürich. Für ein Mandat suchen wir eine Persönlichkeit mit Erfahrung im Risikomanagement. Falls Sie offen für eine neue Herausforderung sind, freue ich mich über Ihre Rückmeldung.
""",
        "oth_rueckzug": """
SUBJECT: Bestätigung: Rücknahme Ihrer Bewerbung || Wir bestätigen hiermit, dass Sie Ihre Bewerbung für die Stelle {role} zurückgezogen haben. Ihre Daten werden gemäß Ihrem Wunsch innerhalb von 30 Tagen gelöscht. Wir bedauern Ihre Entscheidung, respektieren sie aber selbstverständlich und würden uns freuen, wenn Sie uns bei künftigen Ausschreibungen wieder in Betracht ziehen.
Vielen Dank für Ihre Nachricht. Wir haben Ihre Bewerbung wie gewünscht aus dem Verfahren genommen und den für kommende Woche geplanten Gesprächstermin storniert. Schade, dass es nicht passt – wir wünschen Ihnen viel Erfolg bei Ihrer neuen Stelle.
Hallo {first}, danke, dass du uns so offen Bescheid gegeben hast. Wir haben deine Bewerbung zurückgezogen und deine Daten zur Löschung vorgemerkt. Falls du es dir irgendwann anders überlegst, melde dich gern wieder bei uns!
""",
        "oth_umfrage": """
SUBJECT: Wie war Ihr Bewerbungsprozess bei {company}? || Sie haben kürzlich an unserem Bewerbungsverfahren teilgenommen. Um unseren Prozess zu verbessern, bitten wir Sie um ein kurzes Feedback – die Umfrage dauert nur drei Minuten und ist vollständig anonym. Ihre Antworten haben keinen Einfluss auf laufende oder künftige Bewerbungen.
Ihre Meinung ist uns wichtig: Bitte bewerten Sie Ihre Erfahrung mit unserem Karriereportal. Unter allen Teilnehmenden verlosen wir drei Gutscheine im Wert von je 50 Euro. Die Teilnahme ist freiwillig und anonym.
Wir führen eine Befragung zur Candidate Experience durch und würden uns freuen, wenn Sie uns ein paar Fragen zu Ihrem Vorstellungsgespräch beantworten. Die Ergebnisse werden nur in aggregierter Form ausgewertet und dienen ausschließlich der Verbesserung unserer Abläufe.
""",
    },
    "en": {
        "rej_after_review": """
Thank you for taking the time to apply for the {role} position. We have now reviewed all applications against the essential criteria in the person specification. Unfortunately, on this occasion your application has not been shortlisted for interview. Please do not be discouraged from applying for future vacancies. In line with our privacy notice, your application data will be retained for six months and then securely deleted.
We received a very high number of applications for this role and the decision was a difficult one. After careful consideration, we regret to inform you that we will not be progressing your application further. Due to the volume of applications we are unable to provide individual feedback at this stage.
SUBJECT: Your application to {company} || We have completed our review of your application for {role}. Regrettably, we have decided to move forward with candidates whose experience more closely matches the requirements of this position, particularly in regulatory reporting. We appreciate your interest and wish you every success.
Hi {first}, thanks so much for applying! Our hiring team has looked through your application carefully, and unfortunately we won't be moving forward with it for the {role} role. We were looking for someone with more hands-on experience in dbt and Snowflake. We really appreciate the time you put into applying.
Your application for the post of {role} has been assessed by the recruitment panel against the published selection criteria. I am sorry to tell you that you have not been successful at the shortlisting stage. If you would like feedback, please contact the HR team within 28 days of the date of this email.
""",
        "rej_no_sorry_word": """
After reviewing your application, we have decided to proceed with other candidates for the {role} position. Your details will be kept on file for six months in accordance with our data retention policy and then deleted.
The hiring team has completed its assessment and your application will not be taken forward to the next stage. We are grateful for your interest in {company} and encourage you to keep an eye on our careers page.
SUBJECT: Application status update: {role} || Your application status has changed to: Not selected. This means the hiring team has chosen other candidates for this role. You can still view your application history in your candidate account.
""",
        "rej_after_interview": """
Thank you for attending the interview on Tuesday and for the time you spent with the panel. We enjoyed speaking with you. After careful deliberation, we have decided to offer the position to another candidate whose experience in stakeholder management was a closer fit. We appreciate this will be disappointing news.
Hi {first}, thank you again for meeting with the team last week, and for the effort you put into the take-home task. We've now finished the final round and, after a lot of discussion, we've decided not to move forward with your candidacy. It was a close call. If feedback would be useful, I'd be happy to set up a short call.
SUBJECT: Outcome of your assessment centre || Thank you for taking part in our graduate assessment centre. Having reviewed your performance across the group exercise, the presentation and the competency interview, we regret to inform you that you have not been successful in securing a place on this year's programme.
Following your interview for the {role} role, the panel has now completed its scoring. I am writing to let you know that, on this occasion, you were not the highest-scoring candidate and we will not be able to offer you the post. Your interview notes will be retained for six months in line with our recruitment privacy notice.
""",
        "rej_filled_cancelled": """
We are writing to let you know that the {role} vacancy has now been filled. As a result, we are closing all remaining applications, including yours. Thank you for your interest in working with us.
SUBJECT: Update on the {role} vacancy || Due to a change in business priorities, we have decided not to proceed with recruitment for this role at this time, and the vacancy has been withdrawn. We are sorry for any inconvenience this may cause and thank you for the time you invested in your application.
Following an internal restructure, the {role} position has been filled by an existing member of staff. We will therefore not be progressing external applications for this post. We appreciate your interest and hope you will consider applying for future roles.
Hi {first}, a quick update on the {role} role: we've had to pause hiring for this team indefinitely following our latest budget review, so we're closing out the process. This isn't a reflection on you at all. We're sorry to be the bearers of disappointing news.
""",
        "ack_received_privacy": """
Thank you for your application for the position of {role}. This email confirms that we have received it. Our recruitment team will review your application and will be in touch once shortlisting has been completed. Please note that how we process your personal data is set out in our candidate privacy notice: we process it on the basis of our legitimate interests in recruiting, and if your application is unsuccessful we will delete it six months after the end of the campaign.
SUBJECT: We've received your application || Your application for {role} has been successfully submitted. Please do not reply to this automated message. If you need to update your details or withdraw your application, please log in to your candidate account. Your data is stored securely within the EU/UK and is only accessed by those involved in the recruitment process.
Hi {first}, thanks for applying! This is just to let you know your application has landed safely with us. A real person will read it — we promise. It can take up to two weeks for us to get back to you. We'll only use your data for this hiring process, and you can ask us to delete it at any time.
We acknowledge receipt of your application for the above post. Shortlisting will take place after the closing date. Unfortunately, we are not able to acknowledge receipt by post or respond to individual status enquiries during this period. All applicants will be notified of the outcome. Equal opportunities monitoring information is separated from your application and is not seen by the panel.
Thank you for your interest in {company}. We confirm receipt of your application, which has been assigned reference number 24-0917. We regret that we are unable to give an exact timescale for the review at this stage, as this depends on the number of applications received. Your data will be handled in accordance with the UK GDPR and the Data Protection Act 2018.
""",
        "ack_delay_sorry": """
We are sorry for the delay in getting back to you regarding your application for {role}. Unfortunately, the recruitment process has taken longer than anticipated due to a high volume of applications. Please be assured your application is still under active consideration, and we expect to be in touch within the next two weeks.
SUBJECT: An update on your application || We wanted to let you know that, unfortunately, the interview dates for this role have had to be rescheduled due to unforeseen circumstances. No decisions have been made yet, and your application remains in the process. We will contact you as soon as new dates are confirmed.
Hi {first}, apologies for going quiet on you! Our hiring manager has been out on leave, which has unfortunately held things up. You're still very much in the running for {role} and we hope to have an update for you by the end of next week.
Regrettably, the recruitment for {role} has been put on hold while we finalise our budget for the next financial year. This does not mean your application has been rejected; it will remain on file and we will resume the process as soon as we are able. We apologise for the uncertainty.
""",
        "ack_shortlist_only": """
Thank you for applying. Due to the high volume of applications, we regret that we are only able to contact shortlisted candidates. If you have not heard from us within four weeks of the closing date, please assume that your application has not been successful on this occasion.
Your application has been received. Please note that only applicants selected for interview will be contacted. We appreciate your understanding and thank you for your interest in the role.
SUBJECT: Application received – {role} || We have received your application and it will be reviewed by the hiring team. Unfortunately, we cannot respond to every applicant individually, so we will be in touch only if your skills and experience match what we are looking for.
""",
        "ack_status_public": """
SUBJECT: Application status: Under review || The status of your application for {role} has been updated to: Under review. No action is required from you at this time. You will receive a further notification when the status changes.
Your application for the above post has passed the initial eligibility check and has been forwarded to the recruiting panel for sift. Under our guaranteed interview scheme, applicants who declare a disability and meet the minimum criteria will be offered an interview. We expect sifting to be completed by 14 June.
The selection panel has not yet completed its assessment of applications for this competition. Unfortunately, this means we are not yet in a position to advise candidates of the outcome. We anticipate issuing results in the week commencing 3 March and thank you for your patience.
""",
        "ack_docs_request": """
Thank you for your application for {role}. Before we can progress it to the hiring manager, we need a copy of your right-to-work documentation and details of two referees. Unfortunately, incomplete applications cannot be considered, so please upload these to your candidate account by Friday.
Hi {first}, thanks for applying! Quick question before we pass your application on: could you let us know your notice period and whether you would need visa sponsorship? Once we have that, we'll get it straight over to the team.
""",
        "inv_interview": """
Thank you for your application for {role}. We are pleased to invite you to an interview with our panel on Thursday 21 March at 2:00 pm at our London office. The interview will last approximately 45 minutes and will include a short presentation. Please confirm your attendance by replying to this email.
Hi {first}, we loved your application and would like to set up a 30-minute chat with our Head of Analytics. Could you pick a slot that works for you using the booking link below?
SUBJECT: Next step: online assessment || Congratulations on progressing to the next stage of our graduate programme. Please complete the online numerical and verbal reasoning assessment within the next five days using the link below.
""",
        "off_offer": """
I am delighted to offer you the position of {role} at {company}. Your starting salary will be £48,000 per annum, with 27 days' annual leave plus bank holidays. Your formal contract will follow by email, and we would be grateful if you could confirm your acceptance by 5 pm on Friday.
SUBJECT: Offer of employment – {role} || Following your successful interview, I am pleased to make you a conditional offer of employment, subject to satisfactory references and a DBS check. Please find the offer letter attached and let us know whether you wish to accept.
""",
        "oth_misc": """
SUBJECT: How did we do? || You recently applied for a role at {company}. We'd love to hear about your experience of our recruitment process. The survey takes around three minutes and your answers are anonymous and won't affect any application.
We have received your request to withdraw your application for {role} and have closed it in our system. Your personal data will be deleted within 30 days. Thank you for letting us know, and best of luck for the future.
""",
    },
    "fr": {
        "rej_after_review": """
Nous avons bien reçu votre candidature au poste de {role} et vous remercions de l'intérêt que vous portez à notre entreprise. Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable. Cette décision ne remet nullement en cause vos qualités personnelles et professionnelles. Conformément au RGPD, vos données seront conservées deux ans, sauf opposition de votre part.
Après examen de l'ensemble des candidatures reçues, nous avons retenu des profils dont l'expérience correspond plus précisément aux exigences du poste, notamment en matière de contrôle de gestion industriel. Nous regrettons de ne pas pouvoir poursuivre le processus avec vous.
SUBJECT: Votre candidature – {role} || Malheureusement, votre profil ne correspond pas entièrement aux critères recherchés pour ce poste, en particulier la maîtrise de l'allemand à un niveau professionnel. Nous ne sommes donc pas en mesure de retenir votre candidature. Nous vous souhaitons pleine réussite dans vos recherches.
Bonjour {first}, merci beaucoup pour ta candidature ! On a pris le temps de regarder ton profil en équipe, mais on a décidé de ne pas aller plus loin pour le poste de {role} : on cherche quelqu'un avec davantage d'expérience en gestion de communauté. On te souhaite le meilleur pour la suite.
Nous accusons réception de votre candidature et vous en remercions. Toutefois, après analyse, nous avons le regret de vous annoncer qu'elle n'a pas été retenue pour la suite de notre processus de recrutement. Vos données seront supprimées à l'issue d'un délai de six mois, conformément à notre politique de confidentialité.
""",
        "rej_no_sorry_word": """
Après étude de votre dossier, notre choix s'est porté sur d'autres candidat·e·s pour le poste de {role}. Nous vous remercions pour le temps consacré à votre candidature et l'intérêt que vous portez à {company}.
Votre candidature n'a pas été retenue à l'issue de la phase de présélection. Le jury a privilégié des profils disposant d'une expérience confirmée en marchés publics. Votre dossier sera détruit dans le respect des règles applicables.
SUBJECT: Mise à jour de votre candidature || Le statut de votre candidature est passé à : Clôturée – profil non retenu. Vous pouvez consulter l'historique de vos candidatures depuis votre espace candidat.
""",
        "rej_after_interview": """
Nous vous remercions d'être venu·e nous rencontrer mardi dernier et pour la qualité de nos échanges. Après mûre réflexion, nous avons décidé de poursuivre le processus avec un autre candidat dont le parcours correspond davantage à nos besoins immédiats. Nous sommes conscients que cette nouvelle vous décevra.
À l'issue des entretiens et de la mise en situation, le jury a procédé au classement des candidatures. Nous sommes au regret de vous informer que vous n'avez pas été retenu·e pour le poste de {role}. Nous restons à votre disposition pour un retour détaillé par téléphone.
Bonjour {first}, merci encore pour l'entretien de la semaine dernière, l'équipe a vraiment apprécié l'échange. On a finalement choisi une personne avec plus d'expérience en React, donc on ne pourra pas te proposer le poste. C'était une décision serrée.
SUBJECT: Suite à votre entretien || Nous avons le regret de vous informer que votre candidature n'a pas été retenue à l'issue du second entretien avec la direction. Nous vous remercions pour votre disponibilité et vous souhaitons une bonne continuation.
""",
        "rej_filled_cancelled": """
Nous vous informons que le poste de {role} a été pourvu. Nous ne sommes donc plus en mesure de donner suite à votre candidature. Nous vous remercions de l'intérêt que vous avez manifesté pour notre établissement.
SUBJECT: Annulation du recrutement – {role} || Suite à une réorganisation interne, le recrutement pour ce poste a été annulé. Par conséquent, l'ensemble des candidatures en cours ne pourront être poursuivies. Nous vous prions de nous excuser pour ce contretemps.
Le poste auquel vous avez postulé a été pourvu en interne par voie de mobilité. Nous clôturons donc le processus de recrutement externe. Nous vous remercions sincèrement pour votre démarche.
Nous avons décidé de suspendre définitivement ce recrutement en raison d'un gel des embauches décidé par la direction générale. Votre candidature ne pourra donc pas aboutir. Nous regrettons sincèrement cette issue.
""",
        "ack_received_privacy": """
Nous accusons bonne réception de votre candidature au poste de {role} et vous en remercions. Votre dossier va être étudié avec attention par notre équipe recrutement. Conformément au Règlement général sur la protection des données, vos informations personnelles sont traitées uniquement dans le cadre du recrutement et conservées pour une durée maximale de deux ans. Vous disposez d'un droit d'accès, de rectification et d'effacement.
SUBJECT: Confirmation de réception de votre candidature || Votre candidature a bien été enregistrée. Merci de ne pas répondre à ce message automatique. Malheureusement, nous ne sommes pas en mesure de vous indiquer un délai précis de traitement. Nous reviendrons vers vous dans les meilleurs délais, quelle que soit l'issue.
Bonjour {first}, ta candidature est bien arrivée chez nous ! On la lit avec attention et on revient vers toi d'ici deux semaines environ. Tes données ne servent qu'à ce recrutement et tu peux demander leur suppression à tout moment.
Nous avons bien reçu votre dossier. Nous vous informons qu'en raison du nombre important de candidatures, nous ne pourrons pas répondre aux demandes d'information individuelles. Toutes les personnes ayant postulé recevront une réponse à l'issue de la présélection.
Bonjour, nous confirmons la réception de votre candidature. Votre dossier sera examiné conformément à la Loi fédérale sur la protection des données et traité de manière confidentielle. Nous vous contacterons dès que l'évaluation sera terminée.
""",
        "ack_delay_sorry": """
Nous tenons à nous excuser pour le délai de réponse concernant votre candidature. Malheureusement, le processus de recrutement a pris du retard en raison de contraintes internes. Votre candidature est toujours à l'étude et aucune décision n'a encore été prise. Nous reviendrons vers vous d'ici la fin du mois.
SUBJECT: Point d'étape sur votre candidature || Nous souhaitions vous informer que le recrutement pour le poste de {role} est momentanément suspendu dans l'attente de la validation budgétaire. Ceci ne constitue pas un refus : votre candidature reste active et nous vous recontacterons dès la reprise du processus.
Bonjour {first}, désolés pour le silence ! Notre responsable d'équipe était en congé, ce qui a malheureusement ralenti les choses. Tu es toujours dans la course et on revient vers toi la semaine prochaine.
Nous regrettons de ne pas encore pouvoir vous apporter de réponse définitive. Les entretiens avec l'ensemble des candidat·e·s se poursuivent et la décision finale sera prise à l'issue de la commission de recrutement du 15 mai.
""",
        "ack_shortlist_only": """
Nous vous remercions de votre candidature. En raison du grand nombre de dossiers reçus, seules les personnes dont le profil sera retenu pour un entretien seront contactées. Sans nouvelles de notre part dans un délai de quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue.
Votre candidature a bien été reçue. Nous vous informons que seuls les candidats présélectionnés seront recontactés. Nous vous remercions de votre compréhension.
SUBJECT: Votre candidature chez {company} || Nous avons bien reçu votre dossier, qui sera étudié par nos équipes. Malheureusement, nous ne pourrons pas répondre personnellement à chaque candidature ; nous reviendrons vers vous uniquement si votre profil correspond à nos besoins.
""",
        "ack_status_public": """
Votre dossier de candidature au concours externe a été déclaré recevable. Les épreuves écrites d'admissibilité se dérouleront au cours du mois de mars ; votre convocation vous sera adressée ultérieurement. Aucune décision sur votre admission n'est prise à ce stade.
SUBJECT: Statut de votre candidature : en cours d'examen || Le statut de votre candidature pour {role} a été mis à jour : en cours d'examen par le service. Aucune action n'est requise de votre part pour le moment.
La commission de sélection ne s'est pas encore réunie. Nous ne sommes malheureusement pas en mesure de vous communiquer de résultat avant la fin de la période de publicité du poste. Votre candidature reste bien entendu prise en compte.
""",
        "ack_docs_request": """
Nous avons bien reçu votre candidature pour le poste de {role}. Afin de compléter votre dossier, nous vous remercions de nous faire parvenir une copie de vos diplômes ainsi que vos trois derniers bulletins de salaire. Malheureusement, les dossiers incomplets ne pourront pas être examinés.
Bonjour {first}, avant de transmettre ta candidature à l'équipe, peux-tu nous préciser tes prétentions salariales et ta date de disponibilité ? Merci d'avance !
""",
        "inv_interview": """
Votre candidature a retenu toute notre attention et nous souhaiterions vous rencontrer pour un entretien le jeudi 14 mars à 10h dans nos locaux de Lyon. Merci de nous confirmer votre présence par retour de courriel.
Bonjour {first}, on aimerait beaucoup échanger avec toi ! Est-ce que tu serais disponible pour un appel visio de 30 minutes cette semaine ? Tu peux choisir un créneau via le lien ci-dessous.
SUBJECT: Convocation à l'épreuve écrite || Vous êtes convoqué·e à l'épreuve écrite d'admissibilité qui se tiendra le 22 avril à 9h00 au centre d'examen de Nantes. Merci de vous munir d'une pièce d'identité en cours de validité.
""",
        "off_offer": """
Nous avons le plaisir de vous annoncer que votre candidature au poste de {role} a été retenue. Nous vous proposons un CDI avec une rémunération annuelle brute de 45 000 euros. Vous trouverez ci-joint notre proposition d'embauche, que nous vous remercions de nous retourner signée d'ici vendredi.
SUBJECT: Proposition d'embauche – {role} || Suite à nos échanges, nous sommes heureux de vous proposer de rejoindre notre équipe à compter du 1er septembre. Merci de nous faire part de votre décision dans un délai de huit jours.
""",
        "oth_misc": """
SUBJECT: Votre avis nous intéresse || Vous avez récemment postulé chez {company}. Aidez-nous à améliorer notre processus de recrutement en répondant à un court questionnaire anonyme de trois minutes.
Nous avons bien pris en compte votre demande de retrait de candidature pour le poste de {role}. Votre dossier a été clôturé et vos données seront supprimées sous 30 jours.
""",
    },
    "es": {
        "rej_after_review": """
Le agradecemos sinceramente el interés mostrado en la posición de {role}. Tras analizar detenidamente su candidatura, lamentamos comunicarle que en esta ocasión no ha sido seleccionada para continuar en el proceso. Esta decisión no supone una valoración negativa de su trayectoria profesional. De acuerdo con el RGPD y la LOPDGDD, sus datos se conservarán durante un año para futuros procesos, salvo que nos indique lo contrario.
Después de revisar todas las candidaturas recibidas, hemos decidido continuar con perfiles que se ajustan de forma más precisa a los requisitos del puesto, en especial la experiencia en consolidación contable. Sentimos no poder darle una respuesta más favorable.
SUBJECT: Tu candidatura en {company} || Hola {first}, gracias por postularte. Hemos revisado tu perfil con mucho cariño, pero lamentablemente no vamos a avanzar contigo en el proceso de {role}: buscamos a alguien con más experiencia en Python y modelado de datos. ¡Te deseamos mucha suerte!
Tras el estudio de su currículum, lamentamos informarle que su perfil no se adecua a las necesidades actuales de la vacante. Por este motivo, no podremos seguir adelante con su candidatura. Le animamos a consultar nuestras ofertas futuras.
Hemos finalizado la fase de preselección para la vacante de {role}. Desafortunadamente, su candidatura no ha sido preseleccionada. Debido al elevado volumen de solicitudes, no nos es posible ofrecer una valoración individualizada.
""",
        "rej_no_sorry_word": """
Tras el análisis de su candidatura, el equipo de selección ha optado por otros perfiles para el puesto de {role}. Agradecemos el tiempo dedicado y su interés en formar parte de {company}.
Su candidatura no continuará en el proceso de selección para esta vacante. La decisión se ha tomado tras comparar todos los perfiles recibidos con los requisitos del puesto. Sus datos serán eliminados transcurridos seis meses.
SUBJECT: Actualización del estado de tu candidatura || El estado de tu candidatura ha cambiado a: Descartado. Puedes consultar tus otras candidaturas activas desde tu área personal.
""",
        "rej_after_interview": """
Queremos agradecerle su participación en la entrevista del pasado jueves y el tiempo que nos ha dedicado. Tras valorar a todas las personas finalistas, hemos decidido continuar con otra candidatura cuyo perfil encaja mejor con las necesidades del equipo. Lamentamos no poder darle una noticia mejor.
Hola {first}, muchas gracias por la entrevista de la semana pasada, al equipo le encantó conocerte. Finalmente nos hemos decidido por otra persona con más experiencia en gestión de proyectos internacionales, así que no podremos ofrecerte el puesto. Ha sido una decisión muy ajustada.
SUBJECT: Resultado del proceso de selección || Una vez finalizadas las pruebas psicotécnicas y la dinámica de grupo, le comunicamos que no ha superado la puntuación mínima exigida para pasar a la fase final. Agradecemos su esfuerzo y participación.
Tras la segunda entrevista con la dirección, hemos decidido no avanzar con su candidatura para el puesto de {role}. Le agradecemos la transparencia y el interés mostrados durante todo el proceso.
""",
        "rej_filled_cancelled": """
Le informamos de que la vacante de {role} ya ha sido cubierta. Por este motivo, no podremos continuar con su candidatura. Le agradecemos el interés mostrado en nuestra organización.
SUBJECT: Cancelación del proceso de selección || Debido a una reestructuración interna, la empresa ha decidido cancelar el proceso de selección para este puesto. Lamentamos las molestias que esto pueda ocasionarle y le agradecemos el tiempo invertido.
El puesto al que se postuló ha sido cubierto mediante promoción interna. Por ello damos por finalizado el proceso externo. Gracias por su interés.
Hola {first}, te escribimos para contarte que hemos congelado las contrataciones del área hasta el próximo año, así que el proceso de {role} queda cerrado. No tiene nada que ver con tu perfil. ¡Sentimos mucho las molestias!
""",
        "ack_received_privacy": """
Le confirmamos que hemos recibido correctamente su candidatura para el puesto de {role}. Nuestro equipo de selección la revisará con atención y nos pondremos en contacto con usted en cuanto finalice la fase de preselección. En cumplimiento del Reglamento General de Protección de Datos, le informamos de que sus datos serán tratados exclusivamente para este proceso y podrá ejercer sus derechos de acceso, rectificación, supresión y oposición escribiendo a nuestro delegado de protección de datos.
SUBJECT: Hemos recibido tu candidatura || Hola {first}, ¡gracias por postularte! Tu candidatura ha llegado bien y una persona de nuestro equipo la revisará en los próximos días. Solo usaremos tus datos para este proceso y puedes pedir que los borremos cuando quieras.
Su solicitud ha sido registrada correctamente. Por favor, no responda a este mensaje automático. Lamentablemente, no podemos indicarle un plazo exacto de respuesta, ya que depende del volumen de candidaturas recibidas. Le informaremos del resultado en cualquier caso.
Acusamos recibo de su currículum. Debido al gran número de solicitudes, no podremos atender consultas telefónicas sobre el estado del proceso. Todas las personas candidatas recibirán una comunicación una vez concluida la evaluación.
Hemos recibido su postulación a la vacante publicada. De conformidad con la Ley Federal de Protección de Datos Personales en Posesión de los Particulares, sus datos serán utilizados únicamente con fines de reclutamiento. Le contactaremos cuando haya novedades.
""",
        "ack_delay_sorry": """
Le pedimos disculpas por la demora en nuestra respuesta. Lamentablemente, el proceso de selección se ha retrasado por motivos organizativos. Su candidatura sigue en estudio y todavía no se ha tomado ninguna decisión. Esperamos poder informarle antes de final de mes.
SUBJECT: Información sobre el proceso de {role} || Queremos informarle de que el proceso de selección para este puesto se encuentra temporalmente en pausa a la espera de la aprobación presupuestaria. Esto no significa que su candidatura haya sido descartada; seguirá activa y le avisaremos en cuanto se reanude.
Hola {first}, perdona que hayamos tardado tanto en escribirte. Por desgracia, la responsable del equipo ha estado de baja y todo se ha retrasado. Sigues en el proceso y esperamos darte noticias la próxima semana.
Sentimos no poder darle todavía una respuesta definitiva. Las entrevistas con el resto de candidaturas continúan y la decisión se tomará en la reunión del comité de selección prevista para el día 20.
""",
        "ack_shortlist_only": """
Gracias por su interés en formar parte de nuestro equipo. Debido al elevado número de candidaturas, solo nos pondremos en contacto con las personas preseleccionadas. Si no recibe noticias nuestras en un plazo de 30 días, deberá entender que su candidatura no ha sido seleccionada en esta ocasión.
Su candidatura ha sido recibida. Le informamos de que únicamente contactaremos con los candidatos que pasen a la fase de entrevistas. Agradecemos su comprensión.
SUBJECT: Candidatura recibida – {role} || Hemos recibido su solicitud y será evaluada por el equipo de selección. Desafortunadamente, no podemos responder de forma individual a cada candidatura; solo le contactaremos si su perfil encaja con lo que buscamos.
""",
        "ack_status_public": """
Le comunicamos que su solicitud de admisión a las pruebas selectivas ha sido admitida. La lista provisional de personas admitidas y excluidas se publicará en el Boletín Oficial en las próximas semanas, con un plazo de diez días hábiles para subsanaciones. Todavía no se ha adoptado ninguna decisión sobre el resultado del proceso.
SUBJECT: Estado de su candidatura: en revisión || El estado de su candidatura para {role} se ha actualizado a: En revisión por el departamento. No es necesario que realice ninguna acción por el momento.
El tribunal calificador aún no ha concluido la valoración de méritos. Lamentablemente, no podemos facilitar resultados parciales hasta la publicación oficial del acta. Su solicitud sigue en el proceso.
""",
        "ack_docs_request": """
Hemos recibido su candidatura para el puesto de {role}. Para completar su expediente, le rogamos que nos envíe una copia de su titulación universitaria y un certificado de vida laboral actualizado. Lamentablemente, no podremos evaluar las candidaturas incompletas.
Hola {first}, antes de pasar tu candidatura al equipo, ¿nos podrías indicar tu banda salarial y tu disponibilidad para incorporarte? ¡Gracias!
""",
        "inv_interview": """
Nos complace invitarle a una entrevista para el puesto de {role} el próximo martes 12 de marzo a las 11:00 en nuestras oficinas de Madrid. Le rogamos que confirme su asistencia respondiendo a este correo.
Hola {first}, nos ha gustado mucho tu perfil y nos encantaría charlar contigo. ¿Tendrías 30 minutos esta semana para una videollamada? Puedes elegir el horario en el enlace de abajo.
SUBJECT: Siguiente fase: prueba técnica || Ha superado la fase de preselección. El siguiente paso es una prueba técnica en línea de 90 minutos que deberá completar en los próximos cinco días a través del enlace adjunto.
""",
        "off_offer": """
Tenemos el placer de comunicarle que ha sido seleccionada para el puesto de {role}. Le ofrecemos un contrato indefinido con una retribución bruta anual de 38.000 euros. Adjuntamos la carta de oferta; le agradeceríamos que nos confirmara su aceptación antes del viernes.
SUBJECT: Oferta de empleo – {role} || Tras el proceso de selección, nos alegra ofrecerle incorporarse a nuestro equipo a partir del 1 de septiembre. Quedamos a la espera de su respuesta.
""",
        "oth_misc": """
SUBJECT: ¿Qué tal tu experiencia con nosotros? || Recientemente participaste en un proceso de selección en {company}. Ayúdanos a mejorar respondiendo a una breve encuesta anónima de tres minutos.
Hemos recibido su solicitud de retirar la candidatura al puesto de {role}. El expediente ha quedado cerrado y sus datos se eliminarán en un plazo de 30 días.
""",
    },
    "pt": {
        "rej_after_review": """
Agradecemos o interesse manifestado na função de {role} e o tempo dedicado à sua candidatura. Após uma análise cuidada, lamentamos informar que a sua candidatura não foi selecionada para as fases seguintes do processo. Esta decisão não constitui uma avaliação do seu valor profissional. Nos termos do RGPD, os seus dados serão conservados durante 12 meses, salvo indicação em contrário.
Depois de avaliarmos todas as candidaturas recebidas, decidimos avançar com perfis que correspondem de forma mais próxima aos requisitos da vaga, nomeadamente a experiência em auditoria interna. Lamentamos não poder dar-lhe uma resposta mais positiva.
SUBJECT: Sua candidatura na {company} || Olá, {first}! Obrigado por se candidatar. Analisamos seu perfil com atenção, mas infelizmente não vamos seguir com sua candidatura para {role}: buscamos alguém com mais experiência em Power BI e SQL. Desejamos muito sucesso!
Após análise do seu currículo, informamos que o seu perfil não se enquadra nas necessidades atuais da vaga. Por esse motivo, não daremos seguimento à sua candidatura. Convidamo-lo a acompanhar as nossas futuras oportunidades.
Concluímos a etapa de triagem para a vaga de {role}. Infelizmente, sua candidatura não foi aprovada para a próxima fase. Devido ao grande volume de inscrições, não conseguimos oferecer devolutivas individuais.
""",
        "rej_no_sorry_word": """
Após a análise das candidaturas, a equipa de recrutamento optou por outros perfis para a função de {role}. Agradecemos o seu interesse em fazer parte da {company}.
Sua candidatura não seguirá no processo seletivo desta vaga. A decisão foi tomada após comparar todos os perfis com os requisitos da posição. Seus dados serão excluídos após seis meses, conforme a LGPD.
SUBJECT: Atualização da sua candidatura || O status da sua candidatura foi alterado para: Não selecionado. Você pode acompanhar suas outras candidaturas na sua área do candidato.
""",
        "rej_after_interview": """
Agradecemos a sua presença na entrevista da passada quinta-feira e a disponibilidade demonstrada. Após avaliarmos todos os finalistas, decidimos prosseguir com outro candidato cujo perfil se ajusta melhor às necessidades da equipa. Lamentamos não ter melhores notícias.
Olá, {first}! Muito obrigado pela entrevista da semana passada, o time adorou conversar com você. No fim, decidimos seguir com outra pessoa com mais experiência em gestão de produto, então não vamos poder te oferecer a vaga. Foi uma decisão difícil.
SUBJECT: Resultado da dinâmica de grupo || Após a dinâmica de grupo e o teste de raciocínio lógico, informamos que você não atingiu a pontuação necessária para avançar à etapa final do programa de trainee. Agradecemos sua participação.
Na sequência da segunda entrevista com a direção, decidimos não avançar com a sua candidatura para a função de {role}. Agradecemos a transparência e o interesse demonstrados ao longo do processo.
""",
        "rej_filled_cancelled": """
Informamos que a vaga de {role} já foi preenchida. Por esse motivo, não poderemos dar continuidade à sua candidatura. Agradecemos o interesse demonstrado na nossa organização.
SUBJECT: Cancelamento do processo seletivo || Em razão de uma reestruturação interna, a empresa decidiu cancelar o processo seletivo para esta posição. Pedimos desculpas pelo transtorno e agradecemos o tempo investido.
A função a que se candidatou foi preenchida por via de mobilidade interna. Assim, damos por encerrado o processo externo. Obrigado pelo seu interesse.
Olá, {first}, passando para avisar que congelamos as contratações da área até o próximo ano, então o processo de {role} foi encerrado. Não tem nada a ver com o seu perfil. Sentimos muito!
""",
        "ack_received_privacy": """
Confirmamos a receção da sua candidatura para a função de {role}. A nossa equipa de recrutamento irá analisá-la com atenção e entraremos em contacto assim que a fase de triagem estiver concluída. Em conformidade com o Regulamento Geral sobre a Proteção de Dados, informamos que os seus dados serão tratados exclusivamente para este processo e que pode exercer os seus direitos de acesso, retificação e apagamento junto do nosso encarregado de proteção de dados.
SUBJECT: Recebemos sua candidatura || Olá, {first}! Obrigado por se candidatar. Sua candidatura chegou direitinho e alguém do nosso time vai analisá-la nos próximos dias. Usamos seus dados apenas para este processo, conforme a LGPD, e você pode pedir a exclusão quando quiser.
A sua candidatura foi registada com sucesso. Por favor, não responda a esta mensagem automática. Infelizmente, não nos é possível indicar um prazo exato de resposta, pois depende do volume de candidaturas. Será informado do resultado em qualquer caso.
Acusamos a receção do seu currículo. Devido ao elevado número de candidaturas, não poderemos responder a pedidos de informação por telefone. Todos os candidatos serão contactados no final da avaliação.
Recebemos sua inscrição para a vaga publicada. Lembramos que não solicitamos pagamentos em nenhuma etapa do processo seletivo. Assim que houver novidades, entraremos em contato pelo e-mail cadastrado.
""",
        "ack_delay_sorry": """
Pedimos desculpa pela demora na resposta. Infelizmente, o processo de recrutamento sofreu atrasos por motivos organizacionais. A sua candidatura continua em análise e ainda não foi tomada qualquer decisão. Esperamos dar-lhe notícias até ao final do mês.
SUBJECT: Atualização sobre o processo de {role} || Informamos que o processo seletivo para esta vaga está temporariamente suspenso, aguardando aprovação de orçamento. Isso não significa que sua candidatura foi recusada; ela continua ativa e avisaremos assim que o processo for retomado.
Olá, {first}, desculpa a demora! Infelizmente a gestora da área ficou de licença e tudo atrasou. Você continua no processo e esperamos te dar um retorno na próxima semana.
Lamentamos ainda não poder dar-lhe uma resposta definitiva. As entrevistas com os restantes candidatos prosseguem e a decisão será tomada na reunião do júri prevista para o dia 20.
""",
        "ack_shortlist_only": """
Obrigado pelo seu interesse. Devido ao elevado número de candidaturas, apenas contactaremos os candidatos pré-selecionados. Caso não receba notícias nossas no prazo de 30 dias, deverá considerar que a sua candidatura não foi selecionada nesta ocasião.
Sua candidatura foi recebida. Informamos que somente os candidatos aprovados para a etapa de entrevistas serão contatados. Agradecemos a compreensão.
SUBJECT: Candidatura recebida – {role} || Recebemos a sua candidatura, que será avaliada pela equipa de recrutamento. Infelizmente, não conseguimos responder individualmente a todos; só entraremos em contacto se o seu perfil corresponder ao que procuramos.
""",
        "ack_status_public": """
Informamos que a sua candidatura ao procedimento concursal foi admitida. A lista de candidatos admitidos e excluídos será publicada em Diário da República, dispondo de dez dias úteis para pronúncia em sede de audiência prévia. Ainda não foi tomada qualquer decisão quanto ao resultado final.
SUBJECT: Status da candidatura: em análise || O status da sua candidatura para {role} foi atualizado para: Em análise pela área. Nenhuma ação é necessária no momento.
A banca examinadora ainda não concluiu a avaliação de títulos. Infelizmente, não podemos divulgar resultados parciais antes da publicação oficial. Sua inscrição segue válida no certame.
""",
        "ack_docs_request": """
Recebemos a sua candidatura para a função de {role}. Para completar o processo, solicitamos o envio de uma cópia do seu certificado de habilitações e do registo criminal. Infelizmente, candidaturas incompletas não poderão ser avaliadas.
Olá, {first}, antes de passar sua candidatura para o time, pode nos dizer sua pretensão salarial e disponibilidade para início? Obrigado!
""",
        "inv_interview": """
Temos o prazer de convidá-lo para uma entrevista para a função de {role} na próxima terça-feira, dia 12, às 11h00, nas nossas instalações em Lisboa. Agradecemos que confirme a sua presença por resposta a este e-mail.
Olá, {first}! Gostamos muito do seu perfil e queremos bater um papo com você. Teria 30 minutos nesta semana para uma videochamada? Escolha o melhor horário no link abaixo.
SUBJECT: Próxima etapa: teste online || Você foi aprovado na triagem curricular. A próxima etapa é um teste online de lógica e inglês, que deve ser realizado em até cinco dias pelo link enviado.
""",
        "off_offer": """
Temos o prazer de informar que foi selecionado para a função de {role}. Propomos um contrato sem termo com uma remuneração base mensal de 2.100 euros, pagos 14 vezes por ano. Segue em anexo a nossa proposta; agradecemos a sua resposta até sexta-feira.
SUBJECT: Proposta de emprego – {role} || Ficamos muito felizes em oferecer a você a vaga de {role}, com início em 1º de setembro, regime CLT e salário de R$ 8.500. Aguardamos seu retorno sobre a proposta.
""",
        "oth_misc": """
SUBJECT: Como foi sua experiência? || Você participou recentemente de um processo seletivo na {company}. Ajude-nos a melhorar respondendo a uma pesquisa anônima de três minutos.
Recebemos o seu pedido de desistência da candidatura para a função de {role}. O processo foi encerrado e os seus dados serão eliminados no prazo de 30 dias.
""",
    },
}

WRAP: dict[str, dict[str, list[str]]] = {
    "de": {
        "greet": [
            "Sehr geehrte*r {first} Rivera,",
            "Guten Tag {first} Rivera,",
            "Hallo {first},",
            "Liebe:r {first},",
            "Sehr geehrte Bewerberin, sehr geehrter Bewerber,",
            "Grüezi {first} Rivera",
            "Guten Tag,",
        ],
        "thanks": [
            "vielen Dank für Ihre Bewerbung als {role} und das damit verbundene Interesse an {company}.",
            "herzlichen Dank für Ihre Bewerbung und das Vertrauen, das Sie uns damit entgegenbringen.",
            "danke für deine Bewerbung bei {company} – wir freuen uns über dein Interesse!",
            "wir bedanken uns für Ihre Bewerbung auf unsere Stellenausschreibung {role}.",
            "besten Dank für Ihr Interesse an einer Tätigkeit bei {company}.",
        ],
        "wish": [
            "Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute und viel Erfolg.",
            "Wir wünschen Ihnen für Ihre weitere Stellensuche viel Erfolg und alles Gute.",
            "Wir wünschen dir alles Gute für deinen weiteren Weg!",
            "Für Ihren weiteren beruflichen und privaten Weg wünschen wir Ihnen alles Gute.",
            "Wir wünschen Ihnen viel Erfolg und persönlich alles Gute.",
        ],
        "marketing": [
            "{company} ist ein familiengeführtes Unternehmen mit über 1.200 Mitarbeitenden an zwölf Standorten in Deutschland, Österreich und der Schweiz. Wir stehen für Verlässlichkeit, Innovation und eine offene Unternehmenskultur, in der Vielfalt ausdrücklich willkommen ist.",
            "Als kommunaler Versorger sorgen wir jeden Tag dafür, dass Strom, Wärme und Wasser zuverlässig zu rund 180.000 Menschen in unserer Region kommen. Wir sind tarifgebunden (TV-V) und bieten flexible Arbeitszeiten sowie ein betriebliches Gesundheitsmanagement.",
            "Bei {company} arbeiten 85 Menschen aus 23 Nationen an Software, die den Mittelstand digitaler macht. Wir sind remote-first, duzen uns und feiern Erfolge gemeinsam.",
            "Seit über 150 Jahren ist {company} ein verlässlicher Partner für Privat- und Firmenkundschaft. Als Arbeitgeberin setzen wir auf Weiterbildung, Teilzeitmodelle und Chancengleichheit.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}\nPersonalabteilung\n{company}",
            "Freundliche Grüße\n{sender}",
            "Viele Grüße\n{sender}\nPeople & Culture",
            "Freundliche Grüsse\n{sender}\nHR Business Partner\n{company}",
            "Im Auftrag\n{sender}\nSachgebiet Personal",
            "Liebe Grüße aus dem Recruiting-Team\n{sender}",
            "Mit freundlichen Grüßen\nIhr Recruiting-Team von {company}",
        ],
        "footer": [
            "{company} · Sitz der Gesellschaft: Hamburg · Registergericht: Amtsgericht Hamburg HRB 148213 · Geschäftsführung: Dr. Hanna Kellermann, Felix Ostrowski",
            "Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht auf diese Nachricht. Informationen zum Datenschutz finden Sie in unseren Datenschutzhinweisen für Bewerberinnen und Bewerber.",
            "Diese Nachricht enthält vertrauliche Informationen und ist ausschließlich für den Adressaten bestimmt. Sollten Sie diese E-Mail irrtümlich erhalten haben, benachrichtigen Sie bitte den Absender und löschen Sie die Nachricht.",
            "{company} · Firmenbuchnummer FN 412578 t · Firmenbuchgericht Landesgericht Linz · UID ATU68451234",
            "Sie erhalten diese E-Mail, weil Sie ein Bewerberkonto bei {company} angelegt haben. Benachrichtigungseinstellungen können Sie in Ihrem Konto ändern.",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Ihre Bewerbung bei {company}",
            "Bewerbung {role} – Rückmeldung",
            "Ihre Bewerbung vom 12.03.",
            "Deine Bewerbung bei {company}",
            "Stellenausschreibung {role}",
            "Ihr Dossier – {role}",
        ],
        "subject_inv": [
            "Einladung zum Vorstellungsgespräch – {role}",
            "Einladung zum Kennenlernen",
            "Ihre Bewerbung: nächster Schritt",
            "Terminvorschlag – {role}",
        ],
        "subject_off": [
            "Ihr Vertragsangebot – {role}",
            "Zusage: {role} bei {company}",
            "Gute Nachrichten von {company}",
            "Angebot für die Position {role}",
        ],
        "subject_oth": [
            "Neuigkeiten von {company}",
            "Ihr Feedback ist gefragt",
            "Ihr Jobalarm",
            "Bestätigung Ihrer Anfrage",
        ],
    },
    "en": {
        "greet": [
            "Dear {first},",
            "Hi {first},",
            "Dear {first} Rivera,",
            "Hello {first},",
            "Dear Applicant,",
        ],
        "thanks": [
            "Thank you for your application for the role of {role} and for your interest in {company}.",
            "Thanks for applying to {company}!",
            "Thank you for your interest in working with us.",
            "We appreciate you taking the time to apply for {role}.",
        ],
        "wish": [
            "We wish you every success in your job search and future career.",
            "Best of luck with your search, and thanks again for your interest.",
            "We wish you all the best for the future.",
            "Good luck with your next steps.",
        ],
        "marketing": [
            "At {company}, we help organisations turn data into decisions. With offices in London, Manchester and Dublin, we are proud to be a Disability Confident employer and a Living Wage employer.",
            "{company} is a fast-growing scale-up on a mission to make logistics greener. We are backed by leading investors and have been named one of the best places to work two years running.",
            "We are a public body committed to equality, diversity and inclusion, and we welcome applications from all sections of the community.",
        ],
        "sign": [
            "Kind regards,\n{sender}\nTalent Acquisition\n{company}",
            "Best wishes,\n{sender}",
            "Many thanks,\n{sender}\nPeople Team",
            "Yours sincerely,\n{sender}\nHR Services",
            "Cheers,\n{sender}",
        ],
        "footer": [
            "This is an automated message. Please do not reply to this email. To read our candidate privacy notice, visit our careers site.",
            "{company} is registered in England and Wales, company number 09876543. Registered office: 1 Quay Street, Manchester M3 3HN.",
            "This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.",
        ],
        "subject_app": [
            "Your application for {role}",
            "Your application to {company}",
            "{role} – application update",
            "Re: {role} application",
        ],
        "subject_inv": [
            "Interview invitation – {role}",
            "Next steps with {company}",
            "Let's chat about {role}",
        ],
        "subject_off": [
            "Your offer from {company}",
            "Offer of employment – {role}",
            "Great news from {company}",
        ],
        "subject_oth": [
            "Tell us about your experience",
            "News from {company}",
            "Your request has been processed",
        ],
    },
    "fr": {
        "greet": [
            "Bonjour {first},",
            "Madame, Monsieur,",
            "Bonjour {first} Rivera,",
            "Chère candidate, cher candidat,",
            "Salut {first},",
        ],
        "thanks": [
            "Nous vous remercions pour votre candidature au poste de {role} et pour l'intérêt que vous portez à {company}.",
            "Merci pour ta candidature chez {company} !",
            "Nous avons bien reçu votre candidature et vous en remercions.",
            "Merci de l'intérêt que vous témoignez à notre entreprise.",
        ],
        "wish": [
            "Nous vous souhaitons pleine réussite dans vos recherches et votre future carrière.",
            "Nous vous prions d'agréer l'expression de nos salutations distinguées et vous souhaitons bonne continuation.",
            "Bonne continuation et à bientôt peut-être !",
            "Nous vous souhaitons le meilleur pour la suite de votre parcours.",
        ],
        "marketing": [
            "{company} accompagne depuis 1987 les entreprises de la région dans leur transformation. Nos 600 collaboratrices et collaborateurs partagent des valeurs d'exigence, de bienveillance et d'engagement.",
            "Entreprise engagée en faveur de la diversité, {company} est signataire de la Charte de la diversité et accueille les candidatures de personnes en situation de handicap.",
            "Chez {company}, nous construisons des outils numériques utiles au quotidien, avec une équipe de 120 personnes réparties entre Paris, Bruxelles et Genève.",
        ],
        "sign": [
            "Cordialement,\n{sender}\nService Recrutement\n{company}",
            "Bien à vous,\n{sender}",
            "Belle journée,\n{sender}\nÉquipe Talents",
            "Meilleures salutations,\n{sender}\nRessources humaines",
        ],
        "footer": [
            "Ce message a été envoyé automatiquement, merci de ne pas y répondre. Pour en savoir plus sur le traitement de vos données, consultez notre politique de confidentialité.",
            "{company} – SAS au capital de 250 000 € – RCS Lyon 512 345 678",
            "Ce courriel et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.",
        ],
        "subject_app": [
            "Votre candidature au poste de {role}",
            "Votre candidature chez {company}",
            "Candidature {role} – suite donnée",
            "Re : candidature {role}",
        ],
        "subject_inv": [
            "Invitation à un entretien – {role}",
            "Prochaine étape chez {company}",
            "Rencontrons-nous !",
        ],
        "subject_off": [
            "Proposition d'embauche – {role}",
            "Bonne nouvelle de {company}",
            "Votre offre chez {company}",
        ],
        "subject_oth": [
            "Votre avis compte",
            "Les actualités de {company}",
            "Confirmation de votre demande",
        ],
    },
    "es": {
        "greet": [
            "Estimado/a {first}:",
            "Hola, {first}:",
            "Hola {first},",
            "Estimada candidata, estimado candidato:",
            "Buenos días, {first}:",
        ],
        "thanks": [
            "Le agradecemos su candidatura para el puesto de {role} y el interés mostrado en {company}.",
            "¡Gracias por postularte en {company}!",
            "Gracias por su interés en formar parte de nuestro equipo.",
            "Agradecemos el tiempo dedicado a su solicitud.",
        ],
        "wish": [
            "Le deseamos mucho éxito en su búsqueda de empleo y en su carrera profesional.",
            "¡Te deseamos lo mejor en tus próximos pasos!",
            "Le deseamos mucha suerte en el futuro.",
        ],
        "marketing": [
            "{company} es una consultora con más de 20 años de trayectoria y presencia en Madrid, Barcelona, Ciudad de México y Bogotá. Apostamos por el talento diverso y la conciliación.",
            "En {company} trabajamos para que la energía sea más limpia y accesible. Somos más de 900 personas comprometidas con la igualdad de oportunidades.",
        ],
        "sign": [
            "Un cordial saludo,\n{sender}\nDepartamento de Selección\n{company}",
            "Saludos cordiales,\n{sender}",
            "¡Un abrazo!\n{sender}\nEquipo de Talento",
            "Atentamente,\n{sender}\nRecursos Humanos",
        ],
        "footer": [
            "Este es un mensaje automático; por favor, no responda a este correo. Puede consultar nuestra política de privacidad en nuestra web de empleo.",
            "{company} – Inscrita en el Registro Mercantil de Madrid, Tomo 31.245, Folio 112, Hoja M-562.341 – CIF B-87654321",
            "Este mensaje y sus adjuntos son confidenciales y se dirigen exclusivamente a su destinatario.",
        ],
        "subject_app": [
            "Tu candidatura para {role}",
            "Su candidatura en {company}",
            "Proceso de selección {role}",
            "Re: candidatura {role}",
        ],
        "subject_inv": [
            "Invitación a entrevista – {role}",
            "Siguiente paso en {company}",
            "¿Hablamos?",
        ],
        "subject_off": [
            "Oferta de empleo – {role}",
            "Buenas noticias de {company}",
            "Tu propuesta de {company}",
        ],
        "subject_oth": [
            "Tu opinión nos importa",
            "Novedades de {company}",
            "Confirmación de su solicitud",
        ],
    },
    "pt": {
        "greet": [
            "Caro(a) {first},",
            "Olá, {first}!",
            "Olá {first},",
            "Prezado(a) {first},",
            "Exmo.(a) Sr.(a) {first} Rivera,",
        ],
        "thanks": [
            "Agradecemos a sua candidatura à função de {role} e o interesse demonstrado na {company}.",
            "Obrigado por se candidatar na {company}!",
            "Agradecemos seu interesse em fazer parte do nosso time.",
            "Obrigado pelo tempo dedicado à sua candidatura.",
        ],
        "wish": [
            "Desejamos-lhe as maiores felicidades e sucesso profissional.",
            "Desejamos muito sucesso na sua jornada!",
            "Votos de sucesso para o futuro.",
        ],
        "marketing": [
            "A {company} é uma empresa portuguesa com mais de 30 anos de história e presença em Lisboa, Porto e Luanda. Valorizamos a diversidade, a formação contínua e o equilíbrio entre vida pessoal e profissional.",
            "Na {company}, acreditamos que tecnologia transforma vidas. Somos mais de 400 pessoas espalhadas pelo Brasil, com modelo de trabalho híbrido e foco em diversidade e inclusão.",
        ],
        "sign": [
            "Com os melhores cumprimentos,\n{sender}\nRecursos Humanos\n{company}",
            "Atenciosamente,\n{sender}",
            "Abraços,\n{sender}\nTime de Atração de Talentos",
            "Cumprimentos,\n{sender}",
        ],
        "footer": [
            "Esta é uma mensagem automática; por favor, não responda. Consulte a nossa política de privacidade no portal de carreiras.",
            "{company} – NIPC 509 876 543 – Capital social 500.000 € – Matriculada na Conservatória do Registo Comercial de Lisboa",
            "Esta mensagem e os seus anexos são confidenciais e destinam-se exclusivamente ao destinatário.",
        ],
        "subject_app": [
            "A sua candidatura para {role}",
            "Sua candidatura na {company}",
            "Processo seletivo {role}",
            "Re: candidatura {role}",
        ],
        "subject_inv": [
            "Convite para entrevista – {role}",
            "Próxima etapa na {company}",
            "Vamos conversar?",
        ],
        "subject_off": [
            "Proposta de emprego – {role}",
            "Boas notícias da {company}",
            "Sua proposta da {company}",
        ],
        "subject_oth": [
            "Sua opinião é importante",
            "Novidades da {company}",
            "Confirmação do seu pedido",
        ],
    },
}

THREAD: dict[str, str] = {
    "de": "Guten Tag {sender_first},\nich wollte mich freundlich nach dem Stand meiner Bewerbung als {role} erkundigen, die ich vor einigen Wochen eingereicht habe. Für eine kurze Rückmeldung wäre ich Ihnen dankbar.\nMit freundlichen Grüßen\nAlex Rivera\n\n{header2}\nGuten Tag {first} Rivera,\nvielen Dank für Ihre Bewerbung. Wir haben Ihre Unterlagen erhalten und melden uns, sobald die Sichtung abgeschlossen ist.\nMit freundlichen Grüßen\n{sender}\n",
    "en": "Hi {sender_first},\nI wanted to follow up on my application for {role}, submitted a few weeks ago. I'd be grateful for any update you can share.\nThanks,\nAlex\n\n{header2}\nHi Alex,\nThanks for applying to {company}. We've received your application and will be in touch once we've reviewed it.\nBest,\n{sender}\n",
    "fr": "Bonjour {sender_first},\nJe me permets de revenir vers vous au sujet de ma candidature au poste de {role}. Auriez-vous des nouvelles à me communiquer ?\nCordialement,\nAlex Rivera\n\n{header2}\nBonjour Alex,\nNous avons bien reçu votre candidature et reviendrons vers vous après étude de votre dossier.\nCordialement,\n{sender}\n",
    "es": "Hola, {sender_first}:\nQuería consultar el estado de mi candidatura para el puesto de {role}, enviada hace unas semanas. Muchas gracias de antemano.\nUn saludo,\nAlex Rivera\n\n{header2}\nHola, Alex:\nHemos recibido tu candidatura y te escribiremos cuando hayamos terminado de revisarla.\nSaludos,\n{sender}\n",
    "pt": "Olá, {sender_first},\nGostaria de saber se há novidades sobre a minha candidatura para {role}, enviada há algumas semanas. Obrigado desde já.\nCumprimentos,\nAlex Rivera\n\n{header2}\nOlá, Alex,\nRecebemos a sua candidatura e entraremos em contacto após a análise.\nCumprimentos,\n{sender}\n",
}
