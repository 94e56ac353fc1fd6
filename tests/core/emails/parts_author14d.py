# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Round 14's fourth training part by an independent author: German, French, Spanish and Portuguese mail that reads like a rejection and is none, beside plain rejections in the same registers.

Covers German (Germany, Austria, Switzerland; Sie and du; inclusive spellings such as
Bewerber*innen, Kolleg:innen, Bewerbende), French (France, Belgium, Switzerland, Quebec),
Spanish (Spain, Mexico, Argentina, Chile, Colombia, Peru, Uruguay), Portuguese (Brazil,
Portugal) and a smaller English share. About 60% of passages are non-rejections that a hurried
reader could take for a no: receipts that explain what happens if one is not selected or that
silence means no (acknowledgement), delay and pause updates while the position stays open,
re-posted or changed roles with the application kept, agency recruiters waiting on the client
(acknowledgement); invitations that open with an apology or with a no for another role
(interview_invite); offers with conditions or for another role, team, city or workload
(offer); confirmed withdrawals, rejected documents and forms, newsletters and job alerts about
rejection, candidate surveys and talent-pool sign-ups the person asked for (other). About 40%
are real rejections from portals, HR service centres, small businesses, public bodies and
universities, short and long, plain and buried under news or praise. Sectors: logistics,
retail, hospitality, crafts, tech start-ups, finance, health care, public administration,
academia, recruitment agencies.
"""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Kranichfeld Logistik",
    "Halvorsen & Kühn",
    "Lumivert Conseil",
    "Atelier Beaulac",
    "Grupo Altamira Norte",
    "Cerro Lindo Alimentos",
    "Vértice Azul Soluções",
    "Ferraz & Maia Engenharia",
    "Solvera Analytics",
    "Brightwater Freight",
    "Tessiner Pharmawerke",
    "Maple Ridge Software",
)

ROLES: tuple[str, ...] = (
    "Data Analyst",
    "Key Account Manager",
    "Controller",
    "UX Designer",
    "Supply Chain Analyst",
    "Customer Success Manager",
    "Backend Developer",
    "Project Manager",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Jana Brückner", "jana.brueckner@{domain}"),
    ("Bewerbermanagement", "bewerbung@{domain}"),
    ("Talent Acquisition", "noreply@notify.hireloop.example"),
    ("Camille Dufresne", "recrutement@{domain}"),
    ("Sophie Marchand", "sophie.marchand@{domain}"),
    ("Lucía Ortega", "lucia.ortega@{domain}"),
    ("Tomás Ibarra (Talentia Partners)", "tomas.ibarra@talentiapartners.example"),
    ("Mariana Tavares", "rh@{domain}"),
    ("Felipe Duarte", "felipe.duarte@{domain}"),
    ("Recruiting Team", "jobs@{domain}"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "ack_silence_means_no": """
We received your application for {role} and it is now with the hiring team. Because of the number of applications we receive, we are unable to respond to each one individually; if you have not heard from us within 21 days, you can assume we will not be taking your application further this time.
SUBJECT: Application received - ref. HR-77314 || Thanks, your application has landed safely. A quick heads-up on how we work: we only contact shortlisted candidates, so silence after the closing date of 14 March usually means it's a no. Until then, your application is very much in the running.
This is an automatic confirmation that your application for the {role} position has been submitted. We regret that we cannot give individual feedback to all applicants. Should your profile not be selected for the next stage, you will receive a short notification from this address, and your data will be deleted after six months.
""",
        "ack_status_delay": """
I wanted to give you an honest update rather than leave you waiting: the {role} search has been put on hold for a few weeks while our new department head settles in. The position has not been filled and your application is still active. I expect to pick things up again in early May and will be in touch then.
SUBJECT: Update on your application || Sorry for the radio silence. Interviews for {role} have slipped by about three weeks because two panel members are out, so no decisions have been made yet. You're still in consideration and there is nothing you need to do.
""",
        "ack_role_changed": """
You may notice that the {role} advert has gone back up on our careers page with a slightly different title (Senior instead of mid-level) and an updated salary band. That doesn't affect your application, which is still under review; there is no need to apply again.
Quick note: we've merged the two openings you applied to into one combined role based in Leeds with hybrid working. We're carrying your application over automatically and will review it against the new description. If the change means it no longer suits you, just reply and we'll take you out of the process.
""",
        "ack_agency_client_deciding": """
Just checking in. No news from the client yet - they've seen your CV alongside two others and the hiring manager is back from leave on Monday, so I'd expect feedback midweek. Nothing negative to report, just the usual slow corporate machine.
I know it has gone quiet and I don't want you reading anything into that. The client hasn't ruled anyone out; they're waiting on budget sign-off before they book interviews. I'll chase them again Thursday.
""",
        "inv_after_apology": """
First, apologies that this has taken so long, and that the {role} post itself went to an internal candidate. However, the team lead was impressed with your application and would like to speak with you about a Product Analyst opening in the same group. Would a 30-minute video call on Tuesday 10th or Wednesday 11th, any time after 2pm, work for you?
SUBJECT: Re: Your application || Unfortunately I have to move our call on Thursday - something came up with a client that I can't shift. I'm sorry about the short notice. Could we do Friday at 11:00 instead, same Teams link? If that doesn't work, send me two or three slots next week.
""",
        "off_conditional": """
We're pleased to offer you the position of {role}, based at our Rotterdam office rather than Amsterdam as originally advertised. The offer is conditional on two satisfactory references and proof of your right to work in the Netherlands. Your contract is attached; please sign and return it by 28 June.
I'm afraid we won't be moving forward with you for the senior role, but we'd love to have you join as {role} on the platform team instead, at a starting salary of £46,500 plus the standard benefits package. Offer letter attached, subject to a background check. Let me know if you'd like to talk it through.
""",
        "oth_withdrawal_confirmed": """
As requested, we have withdrawn your application for {role} (reference 2024-OPS-118). No further action is needed on your part. You are welcome to apply for other positions with us at any time.
Thanks for letting me know you've accepted another offer, and congratulations! I've closed your application on our side and let the panel know. Best of luck in the new job.
""",
        "oth_document_rejected": """
The file you uploaded for "Proof of qualifications" could not be accepted because it is password-protected. Please upload an unprotected PDF (max 5 MB) through your candidate account within 5 working days so we can complete your pre-employment checks.
Your travel expense claim for the interview on 3 October has been declined: the train ticket attached is a booking confirmation, not a receipt. Please resubmit with the receipt and we'll process it in the next payment run.
""",
        "oth_newsletter_alert": """
SUBJECT: This week: how to handle a rejection without losing momentum || In this issue: recruiters explain why most applicants never hear back, a 5-step plan for following up after a no, and 14 new {role} jobs near you. Plus: is it worth asking for feedback after you've been turned down?
Job alert: 8 new jobs match your search "{role}, remote". Not getting responses? Our data shows 70% of applications are screened out before a human sees them - read our guide to getting past the first filter.
""",
        "oth_survey": """
You recently took part in a recruitment process with us. Whatever the outcome, we'd value your honest view on how it went. The survey takes about four minutes and is anonymous; the link is below. Thank you for helping us improve.
""",
        "oth_talent_pool_optin": """
You're in. Thanks for signing up to our talent community - you'll now get an email when roles matching your interests (Data, Analytics) are posted. You can update your preferences or leave the community at any time from your profile.
""",
        "rej_portal": """
Thank you for applying for the position of {role}. After careful review, we have decided to pursue other candidates whose experience more closely matches our requirements. Your profile will remain in our system and you are welcome to apply for future openings.
SUBJECT: Application status update - Req #40921 || The status of your application has changed. Position: {role}. New status: Not selected. This is an automated message; please do not reply. Log in to view your applications.
We appreciate the time you invested in your application. Unfortunately, we are unable to offer you an interview for this vacancy on this occasion. Due to the very high volume of applications we are not able to provide individual feedback.
""",
        "rej_small_business": """
Thanks so much for coming in on Saturday and for the tasting dishes - the team really enjoyed meeting you. It was a hard call but we've gone with someone who has a bit more pastry experience, which is what we need most right now. If anything changes I'll reach out.
sorry it took me a while to get back to you. we've decided to go with another candidate for the role, someone local who can start right away. appreciate you applying and good luck with the search
I'm writing to let you know we've filled the bookkeeping position. You were one of three people we seriously considered, and honestly it came down to the hours - the person we chose can do mornings. I'd be happy to pass your name on to a couple of accountants I know if you'd like.
""",
        "rej_public_university": """
The selection panel has now considered all applications for the post of {role} (Ref. UNI-2213). I regret to inform you that on this occasion you have not been shortlisted for interview. Feedback is not available at the shortlisting stage.
Thank you for your application to the Council. The recruitment panel has completed its assessment and I am sorry to tell you that your application was not successful. Please note that the panel's decision is final.
Following the interviews held on 12 and 13 February, I am writing to inform you that the committee has offered the Lectureship to another candidate. I know how much work goes into preparing a teaching presentation and I'm grateful for yours.
""",
        "rej_buried": """
SUBJECT: Your application and next steps at {company} || Thank you again for the time you've spent with us over the past few weeks. Our hiring process is designed to be thorough, and we know it asks a lot of candidates. We met a number of strong people for this role and our discussions took longer than we had hoped. In the end, we have decided to offer the role to a candidate whose background is closer to our immediate needs. We have added your details to our talent network, and we would encourage you to keep an eye on our careers site, where new roles are posted weekly.
Hope your week is going well! I wanted to circle back after your final round. The panel had a lot of good things to say, especially about your case presentation. We had a long debate, and ultimately we're going to move forward with another finalist. I'd love to stay in touch - and please do follow our page for updates.
We've been busy! This quarter we opened two new offices and welcomed over 150 new colleagues. With so much interest in joining us, our recruiters have had to make some difficult decisions. Regarding your application for {role}: we will not be progressing it further. We hope you will consider us again in the future.
""",
        "rej_plain_short": """
We regret to inform you that your application for {role} has not been successful.
Unfortunately we won't be moving forward with your application. Thanks for your interest.
""",
    },
    "de": {
        "ack_silence_means_no": """
Vielen Dank für Ihre Bewerbung als {role}. Ihre Unterlagen sind vollständig bei uns eingegangen und werden nun von der Fachabteilung gesichtet. Bitte haben Sie Verständnis dafür, dass wir aufgrund der Vielzahl an Bewerbungen keine Zwischenfragen beantworten können. Sollten Sie innerhalb von vier Wochen nichts von uns hören, ist Ihre Bewerbung leider nicht in die engere Wahl gekommen.
Danke für deine Bewerbung! Wir schauen uns jede Bewerbung persönlich an – das dauert manchmal ein bisschen. Kleiner Hinweis, damit du nicht im Ungewissen hängst: Wenn du bis Ende des Monats nichts von uns gehört hast, hat es diesmal nicht gepasst. Bis dahin drücken wir dir die Daumen.
Wir bestätigen den Eingang Ihres Bewerbungsdossiers für die Stelle {role}. Das Auswahlverfahren dauert erfahrungsgemäss rund drei Wochen. Wir bitten Sie um Verständnis, dass wir bei der grossen Anzahl Bewerbungen keine telefonischen Auskünfte zum Stand des Verfahrens geben können. Absagen versenden wir gesammelt nach Abschluss der ersten Runde.
Ihre Bewerbung ist bei uns eingelangt – herzlichen Dank! Wir erhalten pro Ausschreibung oft über 200 Bewerbungen, daher melden wir uns zunächst nur bei jenen Bewerber*innen, die wir zu einem Gespräch einladen. Alle anderen erhalten nach Besetzung der Stelle eine kurze Nachricht. Ihre Daten werden gemäß DSGVO nach sechs Monaten gelöscht.
SUBJECT: Eingangsbestätigung Ihrer Bewerbung (Kennziffer 2024-117) || Dies ist eine automatisch erzeugte Nachricht. Ihre Bewerbung wurde erfolgreich übermittelt. Wir bedauern, dass wir nicht allen Bewerbenden individuelle Rückmeldungen geben können. Den aktuellen Status können Sie jederzeit in Ihrem Bewerberkonto einsehen; eine Absage erkennen Sie dort am Status „Abgeschlossen“.
Deine Unterlagen sind angekommen, danke dir! Ehrlich gesagt bekommen wir gerade extrem viele Bewerbungen und schaffen es nicht, allen zu antworten – sorry dafür. Wenn wir dich kennenlernen wollen, hörst du auf jeden Fall von uns.
Ihre Bewerbung auf die ausgeschriebene Stelle ist fristgerecht eingegangen. Nach Ablauf der Bewerbungsfrist am 15.05. werden alle Bewerbungen durch die Auswahlkommission unter Beteiligung des Personalrats und der Gleichstellungsbeauftragten gesichtet. Schwerbehinderte Bewerberinnen und Bewerber werden bei gleicher Eignung bevorzugt berücksichtigt. Bitte sehen Sie von Nachfragen zum Sachstand ab; Sie erhalten in jedem Fall eine schriftliche Nachricht.
Vielen Dank, Ihre Bewerbung ist eingegangen. Leider bekommen wir sehr viele Zuschriften und können nicht jedem persönlich antowrten. Wenn wir Sie kennenlernen möchten, melden wir uns in den nächsten 2–3 Wochen telefonisch bei Ihnen.
""",
        "ack_status_delay": """
Wir möchten Sie kurz über den Stand Ihrer Bewerbung als {role} informieren. Leider verzögert sich das Auswahlverfahren, da sich die Budgetplanung für das kommende Jahr verschoben hat. Die Stelle ist weiterhin offen und Ihre Bewerbung bleibt selbstverständlich im Verfahren. Wir rechnen damit, uns bis Mitte November wieder bei Ihnen melden zu können.
Kurzes Update von mir: Wir sind mit den Gesprächen noch nicht durch, weil die halbe Abteilung gerade Urlaub hat (Sommer eben …). Es ist noch nichts entschieden und du bist weiter dabei. Ich melde mich spätestens in zwei Wochen.
Gerne informieren wir Sie, dass das Rekrutierungsverfahren für die Stelle {role} aufgrund einer internen Reorganisation vorübergehend sistiert ist. Die Stelle wird nicht gestrichen; wir werden das Verfahren voraussichtlich im Januar wieder aufnehmen. Ihr Dossier bleibt bis dahin bei uns und Sie müssen nichts weiter unternehmen.
Sie haben sicher schon auf eine Rückmeldung gewartet – entschuldigen Sie bitte die lange Funkstille. Unsere Geschäftsführung muss der Besetzung noch formal zustimmen, und das hat sich wegen der Aufsichtsratssitzung verzögert. Sie sind nach wie vor in der engeren Auswahl.
SUBJECT: Zwischenstand zu Ihrer Bewerbung || Leider können wir Ihnen noch keine abschließende Rückmeldung geben. Die Entscheidung über die Besetzung liegt derzeit beim Fachbereich, und wir haben intern noch nicht alle Gespräche geführt. Wir melden uns unaufgefordert bei Ihnen, sobald es Neuigkeiten gibt.
Wir wollten dich nicht länger warten lassen: Die Auswahl für die Stelle ist noch nicht abgeschlossen. Unsere Kolleg:innen aus dem Team schauen sich gerade die letzten Profile an, danach geht's in die zweite Runde. Du bist da noch voll im Rennen.
Das Stellenbesetzungsverfahren ruht derzeit, da zur Ausschreibung ein Einwand des Personalrats vorliegt, der zunächst geklärt werden muss. Ihre Bewerbung wird nach Abschluss der Klärung im Verfahren berücksichtigt. Wir bitten um Ihre Geduld.
""",
        "ack_role_changed": """
Vielleicht ist Ihnen aufgefallen, dass die Stelle {role} erneut auf unserer Karriereseite ausgeschrieben ist. Das betrifft Ihre Bewerbung nicht: Wir haben die Anzeige lediglich um den Standort Leipzig ergänzt, um mehr Reichweite zu erzielen. Ihre Unterlagen liegen weiterhin bei uns und werden im laufenden Verfahren berücksichtigt.
Falls du dich wunderst: Die Anzeige ist wieder online, weil wir sie auf Teilzeit (30 Std.) umgestellt haben. Deine Bewerbung läuft ganz normal weiter – magst du mir kurz sagen, ob 30 Stunden für dich auch in Frage kommen?
Die ausgeschriebene Stelle wurde inhaltlich angepasst: Neu umfasst sie zusätzlich die Betreuung der Westschweizer Kundschaft, weshalb gute Französischkenntnisse erwünscht sind. Ihre Bewerbung bleibt im Verfahren. Falls Sie Ihr Dossier ergänzen möchten, können Sie dies bis zum 30. September tun.
Aufgrund einer Änderung im Kollektivvertrag haben wir das Inserat mit aktualisiertem Mindestgehalt neu veröffentlicht. Sie brauchen sich nicht erneut zu bewerben – Ihre Bewerbung ist weiterhin aktiv und wird von uns bearbeitet.
Die Stellenausschreibung, auf die Sie sich beworben haben, wurde überarbeitet und unter der neuen Kennziffer 24-0871 veröffentlicht. Ihre bereits eingereichte Bewerbung wurde automatisch übernommen. Der Status in Ihrem Bewerberkonto lautet weiterhin „In Prüfung“.
""",
        "ack_agency_client_deciding": """
Kurzer Zwischenstand von meiner Seite: Unser Kunde hat Ihr Profil erhalten und grundsätzlich positiv reagiert. Die Entscheidung, wen man zum Gespräch einlädt, fällt aber erst nach der Abteilungsleiterrunde am Donnerstag. Ich melde mich direkt danach bei Ihnen.
Ich hab heute nochmal beim Kunden nachgehakt – die sind noch am Überlegen, es gibt noch zwei weitere Kandidat*innen im Prozess. Lass dich nicht verunsichern, das ist bei dem Unternehmen ganz normal, die brauchen immer etwas länger.
Leider habe ich noch keine Rückmeldung von unserer Mandantin erhalten. Der zuständige Bereichsleiter ist bis Ende Woche im Ausland. Ihr Dossier liegt ihm vor, und ich habe ihn gebeten, es bis Mitte nächster Woche zu beurteilen.
Unser Kunde hat die Entscheidung leider noch einmal verschoben, da intern überlegt wird, die Stelle mit zwei Teilzeitkräften zu besetzen. Sie sind weiterhin im Rennen; ich halte Sie auf dem Laufenden.
SUBJECT: AW: Ihre Kandidatur bei unserem Kunden || Noch keine Entscheidung, sorry! Der Kunde hat nach dem Zweitgespräch nochmal um Referenzen gebeten, und zwar nicht nur bei Ihnen, sondern bei allen drei Finalisten. Das ist also eher ein gutes Zeichen.
""",
        "inv_after_apology": """
Zunächst möchten wir uns für die lange Wartezeit entschuldigen. Die Stelle, auf die Sie sich ursprünglich beworben haben, konnten wir inzwischen intern besetzen. Ihr Profil passt jedoch sehr gut zu einer neu geschaffenen Position als Business Analyst in unserem Controlling. Hätten Sie Interesse an einem Kennenlerngespräch? Mögliche Termine: Dienstag, 14. Mai, 10 Uhr oder Mittwoch, 15. Mai, 15 Uhr, gerne per Teams.
Sorry, dass du so lange nichts von uns gehört hast – bei uns war echt Chaos. Jetzt aber: Wir würden dich gern kennenlernen! Hast du nächste Woche Zeit für einen Call von ca. 45 Minuten? Schick mir einfach zwei, drei Slots, die dir passen.
Leider müssen wir das für Donnerstag vereinbarte Vorstellungsgespräch absagen, da die Linienvorgesetzte kurzfristig verhindert ist. Wir bedauern die Umstände sehr. Gerne schlagen wir Ihnen als Ersatztermin Montag, 9. September, 14.00 Uhr an unserem Standort in Winterthur vor. Bitte bestätigen Sie uns, ob Ihnen dieser Termin passt.
Leider hat es mit der Stelle als {role} nicht geklappt, da wir uns für eine Person mit mehr Erfahrung im Bankenumfeld entschieden haben. Wir möchten Sie aber gerne zu einem Gespräch für eine ähnliche Position in unserer Grazer Niederlassung einladen. Das Gespräch würde am 22. Jänner um 9:30 Uhr stattfinden, wahlweise vor Ort oder online.
Wir bitten um Entschuldigung: Die Einladung, die Sie gestern erhalten haben, enthielt einen falschen Link. Hier nochmals die korrekten Daten für Ihr Videointerview am Freitag, 11:00 Uhr: Bitte nutzen Sie den Link im Anhang und wählen Sie sich fünf Minuten vorher ein.
Vorab: Für das Traineeprogramm hat es leider nicht gereicht, das war extrem knapp. Unser Team Kundenservice sucht aber gerade eine*n Werkstudent*in, und da hast du sofort gepasst. Lust auf ein kurzes Gespräch am Mittwoch um 16 Uhr?
Nach Prüfung Ihrer Unterlagen freuen wir uns, Sie zu einem Auswahlgespräch einzuladen. Wir bitten zu entschuldigen, dass sich die Einladung aufgrund der hohen Bewerberzahl verzögert hat. Das Gespräch findet am 03.07. um 13:00 Uhr im Rathaus, Raum 2.14, statt. Bitte bringen Sie einen gültigen Lichtbildausweis mit. Reisekosten können leider nicht erstattet werden.
""",
        "off_conditional": """
Wir freuen uns, Ihnen die Position als {role} anbieten zu können – allerdings nicht wie ausgeschrieben in München, sondern an unserem Standort in Nürnberg, da das Münchner Team inzwischen vollständig besetzt ist. Das Jahresbruttogehalt beträgt 62.000 €. Der Vertrag steht unter dem Vorbehalt eines einwandfreien erweiterten Führungszeugnisses. Bitte geben Sie uns bis zum 20.06. Bescheid.
Für die Senior-Stelle hat's leider nicht gereicht, aber wir wollen dich unbedingt im Team haben! Wir bieten dir die Stelle als Mid-Level Engineer an: 58k brutto, 30 Tage Urlaub, remote-first. In 12 Monaten schauen wir gemeinsam, ob der Sprung zu Senior passt. Der Vertrag kommt per DocuSign.
Gerne bieten wir Ihnen die Stelle {role} mit einem Pensum von 80 % an. Der Bruttojahreslohn beträgt CHF 98'000 (bei 100 %), zahlbar in 13 Monatslöhnen. Das Angebot gilt vorbehältlich der Erteilung einer Aufenthaltsbewilligung B. Wir bitten Sie, uns den unterzeichneten Vertrag bis am 15. August zu retournieren.
Wir freuen uns, Ihnen mitteilen zu können, dass wir Ihnen ein Dienstverhältnis als {role} anbieten möchten. Die Entlohnung richtet sich nach dem Kollektivvertrag für Angestellte im Handel, Beschäftigungsgruppe D, mit einer Überzahlung auf 3.450 € brutto monatlich (14 Gehälter). Das Dienstverhältnis ist vorerst auf ein Jahr befristet, mit Option auf Verlängerung.
Nach Rücksprache mit der Geschäftsführung können wir Ihnen einen Arbeitsvertrag als {role} anbieten. Voraussetzung ist, dass Sie bis zum Eintrittsdatum den Nachweis Ihres Masterabschlusses erbringen; bis dahin wäre eine Einstellung nur als Werkstudent möglich. Die Vertragsunterlagen erhalten Sie separat per Post.
Die Stelle im Marketing haben wir zwar anders besetzt, aber Julia aus dem Vertrieb war nach eurem Gespräch total begeistert. Wir würden dir deshalb gern eine Stelle in Sales Operations anbieten, Start 1. Oktober, 52.000 € plus Bonus. Schau dir das Angebot im Anhang in Ruhe an.
Wir freuen uns, Ihnen mitteilen zu können, dass die Auswahlkommission Sie für die Stelle ausgewählt hat. Die Einstellung erfolgt in Entgeltgruppe E 11 TVöD, vorbehaltlich der Zustimmung des Personalrats sowie der amtsärztlichen Untersuchung. Bitte teilen Sie uns bis zum 30.04. schriftlich mit, ob Sie das Angebot annehmen.
""",
        "oth_withdrawal_confirmed": """
Wir bestätigen hiermit den Rückzug Ihrer Bewerbung für die Stelle {role}. Schade, dass es nicht zusammenkommt – für Ihre neue Aufgabe viel Erfolg! Ihre Unterlagen werden wir datenschutzkonform löschen.
Danke, dass du uns Bescheid gegeben hast! Ich hab deine Bewerbung bei uns rausgenommen. Falls du später mal wieder Lust hast, melde dich gern.
Ihren Rückzug haben wir zur Kenntnis genommen und Ihr Dossier aus dem laufenden Verfahren entfernt. Wir respektieren Ihren Entscheid selbstverständlich.
Ihre Bewerbung (Kennziffer 2024-0456) wurde auf Ihren Wunsch zurückgezogen. Sie können sich jederzeit erneut auf offene Stellen bewerben.
Wie telefonisch besprochen, ziehen wir Ihre Bewerbung zurück und sagen den Termin am Montag ab. Ich habe Verständnis für Ihre Entscheidung – der Arbeitsweg wäre wirklich weit gewesen.
""",
        "oth_document_rejected": """
Das von Ihnen hochgeladene Dokument „Zeugnisse.pdf“ konnte nicht verarbeitet werden (Dateigröße über 10 MB). Bitte laden Sie die Datei in komprimierter Form erneut hoch. Ihre Bewerbung selbst ist davon nicht betroffen.
Der eingereichte Nachweis über Ihre Masernimmunität kann leider nicht anerkannt werden, da auf der Kopie des Impfpasses der Arztstempel nicht lesbar ist. Bitte legen Sie uns vor Arbeitsbeginn den Impfpass im Original oder eine ärztliche Bescheinigung vor.
Leider können wir den eingereichten Strafregisterauszug nicht akzeptieren, da dieser älter als drei Monate ist. Bitte bestellen Sie einen aktuellen Auszug und lassen Sie uns diesen vor Stellenantritt zukommen.
Dein Personalfragebogen ist leider unvollständig zurückgekommen – es fehlen die Steuer-ID und die Angaben zur Krankenkasse. Kannst du ihn bitte nochmal ausfüllen und bis Freitag an die Lohnbuchhaltung schicken? Sonst klappt die erste Gehaltsabrechnung nicht.
Ihr Antrag auf Anerkennung des ausländischen Studienabschlusses wurde abgelehnt, da die übermittelte Übersetzung nicht von einer gerichtlich beeideten Dolmetscherin bzw. einem gerichtlich beeideten Dolmetscher stammt. Sie können eine beglaubigte Übersetzung nachreichen; das Verfahren wird dann fortgesetzt.
""",
        "oth_newsletter_alert": """
SUBJECT: Absage erhalten? So geht's weiter || Im aktuellen Karriere-Newsletter: Warum eine Absage selten etwas mit Ihnen persönlich zu tun hat, wie Sie höflich um Feedback bitten und welche Formulierungen in Absageschreiben eigentlich was bedeuten. Außerdem: 12 neue Jobs als {role} in Ihrer Region.
Dein Jobalarm für „{role}“ – 6 neue Treffer! Tipp der Woche: Nach drei Absagen in Folge lohnt es sich, den Lebenslauf nochmal kritisch anzuschauen. Unsere Checkliste hilft dir dabei.
Neue Stellenangebote passend zu Ihrem Suchprofil. Hinweis: Absagen von Unternehmen müssen Sie uns nicht einzeln melden; bitte dokumentieren Sie Ihre Bewerbungsaktivitäten aber weiterhin in Ihrem Konto.
Karriere-Tipp im Mai: „Leider müssen wir Ihnen mitteilen …“ – so lesen Sie zwischen den Zeilen eines Absagebriefs. Dazu unser Webinar am 21. Mai zum Thema Resilienz bei der Stellensuche. Jetzt kostenlos anmelden.
Diese Woche im Blog: Fünf Recruiter*innen verraten, warum sie Bewerbungen ablehnen – und was du daraus lernen kannst. Plus: die besten Remote-Jobs im Juni.
""",
        "oth_survey": """
Sie haben kürzlich an einem Auswahlverfahren bei uns teilgenommen. Unabhängig vom Ergebnis interessiert uns Ihre Meinung: Wie zufrieden waren Sie mit der Kommunikation, der Terminplanung und den Gesprächen? Die Umfrage dauert etwa drei Minuten und ist anonym.
Wie war's bei uns? Egal, wie dein Bewerbungsprozess ausgegangen ist – wir wollen besser werden und freuen uns über ehrliches Feedback. 5 Fragen, 2 Minuten, versprochen.
Ihre Meinung zählt: Im Rahmen unserer jährlichen Candidate-Experience-Umfrage bitten wir alle Personen, die sich im letzten Quartal bei uns beworben haben, um eine kurze Bewertung. Die Teilnahme ist freiwillig.
Dürfen wir Sie um eine kurze Rückmeldung bitten? Wir evaluieren derzeit unser Bewerbungsportal und würden gerne wissen, ob das Hochladen der Unterlagen bei Ihnen problemlos funktioniert hat.
""",
        "oth_talent_pool_optin": """
Vielen Dank für Ihre Registrierung in unserem Talentpool. Sie erhalten ab sofort Benachrichtigungen über passende Stellen in den Bereichen IT und Finanzen. Ihre Einwilligung können Sie jederzeit in Ihrem Profil widerrufen.
Schön, dass du in unserem Talent-Netzwerk bist! Wie am Telefon besprochen, bleiben deine Daten 24 Monate bei uns gespeichert, und wir melden uns, sobald was Passendes frei wird.
Gemäss Ihrer Anfrage vom 2. Juli bestätigen wir, dass wir Ihr Dossier während zwölf Monaten für künftige Vakanzen aufbewahren. Sie können diese Einwilligung jederzeit per E-Mail widerrufen.
Bitte bestätigen Sie Ihre E-Mail-Adresse, um die Anmeldung zu unserem Talentpool abzuschließen. Sie haben sich am 04.03. über unsere Karriereseite eingetragen.
""",
        "rej_portal": """
Vielen Dank für Ihr Interesse an einer Tätigkeit in unserem Unternehmen. Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung für die Position {role} nicht weiter berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation.
SUBJECT: Statusänderung Ihrer Bewerbung || Der Status Ihrer Bewerbung hat sich geändert: Absage. Bitte antworten Sie nicht auf diese automatisch generierte E-Mail.
Danke, dass du dich bei uns beworben hast. Wir haben uns deine Unterlagen genau angeschaut und uns am Ende für andere Kandidat:innen entschieden, deren Profil noch etwas besser zu den Anforderungen passt. Wir wissen, dass das nicht die Nachricht ist, auf die du gehofft hast.
Wir haben Ihre Bewerbung mit Interesse geprüft. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatur entschieden haben. Ihre Bewerbungsunterlagen werden wir gemäss den geltenden Datenschutzbestimmungen löschen.
Ihre Bewerbung wurde von unserem HR Shared Service Center bearbeitet. Wir bedauern, Ihnen mitteilen zu müssen, dass Ihr Profil nicht den Anforderungen der ausgeschriebenen Stelle entspricht. Eine detaillierte Begründung können wir leider nicht geben.
Die Auswahl unter den zahlreichen qualifizierten Bewerbungen ist uns nicht leichtgefallen. Leider können wir Ihnen für die Stelle {role} keine positive Rückmeldung geben. Gern würden wir Ihre Daten für weitere 6 Monate in unserem Talentpool speichern – klicken Sie dazu auf den untenstehenden Link.
Leider müssen wir dir absagen. Die Stelle war mega gefragt und wir konnten nur wenige Leute einladen. Bewirb dich gern wieder, wenn du was Passendes bei uns siehst!
Wir haben das Auswahlverfahren für die oben genannte Position abgeschlossen. Leider konnten wir Sie dabei nicht berücksichtigen. Wir bedanken uns für das uns entgegengebrachte Vertrauen.
Nach Auswertung des Online-Assessments müssen wir Ihnen leider mitteilen, dass Sie die Mindestpunktzahl für die nächste Runde nicht erreicht haben. Eine erneute Bewerbung für das Traineeprogramm ist frühestens in 12 Monaten möglich. Wir danken allen Teilnehmenden für ihr Engagement.
""",
        "rej_small_business": """
Danke nochmal fürs Probearbeiten am Samstag, hat echt Spaß gemacht mit dir! Wir haben uns jetzt aber für jemanden entschieden, der schon Erfahrung mit Sauerteig hat und um vier Uhr früh anfangen kann. Nimm's bitte nicht persönlich.
Wir haben uns Ihre Bewerbung angeschaut und uns gefreut. Leider suchen wir jemanden mit abgeschlossener Ausbildung als Elektroniker und Führerschein Klasse C1. Deshalb können wir Ihnen keine Stelle anbieten. Viel Glück weiterhin.
Besten Dank für Ihre Bewerbung und das angenehme Gespräch von letzter Woche. Wir haben uns nach reiflicher Überlegung für eine Kandidatin entschieden, die bereits Erfahrung mit unserer Buchhaltungssoftware mitbringt. Wir bedauern, Ihnen keinen positiveren Bescheid geben zu können.
Danke für Ihre Bewerbung als Servicekraft. Die Stelle ist leider schon vergeben. Für die Wintersaison suchen wir eventuell wieder – schauen Sie gerne im Herbst nochmal auf unsere Homepage.
ich melde mich, wie versprochen. Es ist leider eine Absage geworden – wir haben intern lange diskutiert, aber am Ende fehlte uns etwas die Erfahrung mit größeren Kund*innen. Dein Portfolio fand ich trotzdem stark, besonders die Arbeit für das Festival.
Vielen Dank für Ihre Bewerbung als Medizinische Fachangestellte in unserer Praxis. Wir haben die Stelle inzwischen besetzt und müssen Ihnen daher leider absagen. Ihre Unterlagen senden wir Ihnen anbei zurück.
Leider müssen wir Ihnen mittteilen das die Stelle bereits vergeben ist. Trotzdem danke für Ihr Interesse.
Wir haben uns für eine andere Bewerberin entschieden, sorry! Sie wohnt gleich ums Eck und kann auch am Wochenende einspringen, das war am Ende ausschlaggebend.
""",
        "rej_public_university": """
Im Auswahlverfahren für die Stelle {role} (Kennziffer 42/2024) haben wir uns für eine andere Bewerberin entschieden. Wir bedauern, Ihnen keinen günstigeren Bescheid erteilen zu können. Ihre Bewerbungsunterlagen werden nach Ablauf der Frist gemäß § 15 Abs. 4 AGG vernichtet.
Die Berufungskommission hat in ihrer Sitzung vom 18. Juni die eingegangenen Bewerbungen gesichtet. Ich muss Ihnen leider mitteilen, dass Ihre Bewerbung bei der Auswahl für die Probevorträge nicht berücksichtigt werden konnte. Für Ihr Interesse an unserer Universität danke ich Ihnen.
Wir danken Ihnen für Ihre Bewerbung bei der kantonalen Verwaltung. Nach eingehender Prüfung aller Dossiers müssen wir Ihnen leider mitteilen, dass wir Sie nicht in die engere Auswahl einbeziehen können.
Wir teilen Ihnen mit, dass Sie im Aufnahmeverfahren für den Verwaltungsdienst nicht berücksichtigt werden konnten, da Sie beim schriftlichen Test die erforderliche Punktezahl nicht erreicht haben. Eine neuerliche Bewerbung ist beim nächsten Aufnahmetermin möglich.
Vielen Dank für Ihre Bewerbung auf die Stelle als wissenschaftliche*r Mitarbeiter*in am Lehrstuhl für Verkehrsplanung. Leider haben wir uns nach Abschluss der Vorstellungsgespräche für eine andere Person entschieden.
Danke für deine Bewerbung als studentische Hilfskraft bei uns am Institut. Wir hatten über 40 Bewerbungen für zwei Stellen und konnten dich leider nicht berücksichtigen.
Nach Abschluss des Auswahlverfahrens teile ich Ihnen mit, dass die Entscheidung zugunsten einer anderen Bewerberin bzw. eines anderen Bewerbers gefallen ist. Gegen diese Entscheidung können Sie innerhalb eines Monats nach Bekanntgabe Widerspruch einlegen.
Die Stelle als Postdoktorand/in wurde inzwischen besetzt. Wir bedauern, Ihnen keine Zusage machen zu können, und danken Ihnen für Ihr Interesse an unserer Forschungsgruppe.
""",
        "rej_buried": """
Zunächst möchten wir uns herzlich für die Zeit und Mühe bedanken, die Sie in Ihre Bewerbung und die beiden Gesprächsrunden investiert haben. Es hat uns gefreut, Sie und Ihre Sicht auf unser Produkt kennenzulernen, und das Team hat besonders Ihre Fallstudie zur Preisgestaltung positiv hervorgehoben. Die Entscheidung ist uns wirklich nicht leichtgefallen, da wir in der Endrunde mehrere sehr überzeugende Kandidatinnen und Kandidaten hatten. Letztlich haben wir uns für eine Person entschieden, die bereits Erfahrung im regulierten Gesundheitsmarkt mitbringt, was für die nächsten Monate entscheidend ist. Wir würden uns freuen, wenn wir in Kontakt bleiben.
Bei uns ist gerade viel los: Wir haben unsere Series B abgeschlossen, ziehen im Herbst in ein neues Büro in Kreuzberg und wachsen auf über 80 Leute. Danke, dass du Teil unseres Bewerbungsprozesses warst! Für die Stelle als {role} haben wir uns am Ende für jemand anderen entschieden – aber bei dem Wachstum kommen bestimmt bald neue Positionen dazu. Folg uns gern auf LinkedIn!
Für Ihr Interesse an der ausgeschriebenen Stelle und die Zusendung Ihres Dossiers danken wir Ihnen bestens. Wir haben sämtliche Unterlagen sorgfältig geprüft und mit dem Anforderungsprofil verglichen. Dabei haben wir festgestellt, dass andere Bewerbende dem Profil in einzelnen Punkten noch näher kommen. Aus diesem Grund haben wir uns entschieden, das Verfahren mit diesen Personen fortzusetzen. Ihr Dossier retournieren wir Ihnen in der Beilage.
Wie Sie wissen, haben wir im letzten Monat zahlreiche Gespräche geführt, und wir möchten uns noch einmal für Ihr Kommen bedanken. Unser Unternehmen steht vor spannenden Aufgaben: der Ausbau unseres Standorts in Linz, neue Produkte im Bereich Wasserstoff, eine Kooperation mit der Fachhochschule. Für diese Aufgaben brauchen wir Menschen wie Sie. Für die konkrete Position haben wir allerdings einem anderen Kandidaten den Vorzug gegeben. Wir hoffen, dass sich unsere Wege künftig kreuzen.
SUBJECT: Rückmeldung zu unserem Gespräch || Vielen Dank für das offene und angenehme Gespräch am Dienstag. Wir haben im Anschluss noch im Team gesprochen und sind zu dem Ergebnis gekommen, dass die Rolle in ihrer jetzigen Form doch stärker technisch ausgerichtet ist, als wir ursprünglich dachten. Daher werden wir den Prozess mit Ihnen nicht fortsetzen. Ich bin mir sicher, dass Sie mit Ihrem Profil bald etwas Passendes finden.
Erstmal: Danke für den tollen Case, den du vorbereitet hast, und sorry, dass die Rückmeldung so lange gedauert hat – wir mussten intern noch ein paar Dinge klären. Jetzt zum Ergebnis: Wir gehen mit einer anderen Kandidatin weiter. Wenn du magst, gebe ich dir gern in einem kurzen Call Feedback zu deinem Case.
Wir haben uns sehr über die große Resonanz auf unsere Ausschreibung gefreut: Über 300 Bewerber*innen haben Interesse an der Stelle gezeigt. Das zeigt, wie attraktiv unsere Arbeit im Bereich nachhaltige Stadtentwicklung ist. Auch Ihre Bewerbung hat uns gefallen. Bei dieser Anzahl mussten wir jedoch eine Auswahl treffen, und Ihre Unterlagen waren leider nicht unter denen, die wir zum Gespräch einladen.
""",
        "rej_plain_short": """
Leider können wir Ihre Bewerbung nicht berücksichtigen.
Die Stelle ist bereits vergeben. Wir bedanken uns für Ihre Bewerbung.
Leider passt es diesmal nicht. Danke dir trotzdem für deine Bewerbung!
Wir müssen Ihnen leider eine Absage erteilen.
SUBJECT: Absage || Wir haben uns für eine andere Bewerbung entschieden.
Die Position wurde bereits nachbesetzt. Wir bedauern, Ihnen keine Zusage geben zu können.
Sorry, wir haben uns gegen dich entschieden – die anderen Bewerber:innen hatten mehr Praxiserfahrung.
""",
    },
    "fr": {
        "ack_silence_means_no": """
Nous accusons bonne réception de votre candidature au poste de {role} et vous remercions de l'intérêt porté à notre entreprise. Votre dossier va être étudié avec attention par nos équipes. Sans retour de notre part dans un délai de trois semaines, vous pourrez considérer que votre candidature n'a pas été retenue.
Nous avons bien reçu votre candidature. Veuillez noter que seules les personnes retenues pour une entrevue seront contactées. Nous vous remercions de votre compréhension et de l'intérêt que vous portez à notre organisation.
Votre candidature nous est bien parvenue. En raison du nombre important de réponses à notre annonce, il ne nous sera malheureusement pas possible de répondre personnellement à chacun. Si votre profil correspond à nos besoins, un membre de l'équipe RH vous contactera sur votre GSM dans les quinze jours.
Nous vous confirmons la réception de votre dossier de candidature. La procédure de sélection débutera après le délai de postulation, fixé au 30 avril. Nous vous prions de bien vouloir vous abstenir de tout appel téléphonique ; une réponse écrite vous parviendra dans tous les cas, qu'elle soit positive ou négative.
SUBJECT: Confirmation de dépôt de votre candidature - Réf. 2024-MKT-052 || Ceci est un message automatique. Votre candidature a bien été enregistrée. Nous recevons de très nombreuses candidatures et regrettons de ne pas pouvoir faire un retour individualisé à toutes les personnes qui ne seront pas retenues. Vous pouvez suivre l'avancement depuis votre espace candidat.
Merci pour ta candidature ! On lit tout, vraiment tout, mais on est une petite équipe : si tu n'as pas de nouvelles d'ici deux semaines, c'est que ça ne s'est pas fait cette fois-ci. En attendant, croise les doigts avec nous 🤞
Votre candidature pour le poste affiché a été reçue. Cet accusé de réception ne constitue pas une confirmation d'admissibilité. Seules les personnes dont la candidature sera retenue à l'étape de la présélection recevront un courriel les convoquant à un examen.
Nous avons bien recu votre CV et votre lettre de motivation. Compte tenu du volume de candidatures, nous ne pourrons contacter que les candidats présélectionnés. Nous conservons votre dossier jusqu'à la clôture du recrutement.
""",
        "ack_status_delay": """
Nous tenions à vous informer que le processus de recrutement pour le poste de {role} prend plus de temps que prévu, en raison de la réorganisation en cours au sein de la direction financière. Le poste reste ouvert et votre candidature est toujours à l'étude. Nous reviendrons vers vous d'ici fin octobre.
Je voulais vous faire un petit suivi : l'affichage est fermé, mais les entrevues ont été repoussées après les vacances de la construction. Aucune décision n'a été prise et votre candidature demeure active. Merci de votre patience !
Nous vous prions de nous excuser pour le délai. Le recrutement est temporairement suspendu dans l'attente de la validation budgétaire par notre maison mère. Nous ne clôturons pas le poste et votre candidature reste dans le processus.
Par la présente, nous vous informons que la procédure de recrutement pour le poste mis au concours est prolongée, la commission de sélection n'ayant pas pu se réunir à la date prévue. Nous vous tiendrons informé·e de la suite dans les meilleurs délais.
Désolée du silence radio ! Les entretiens ont pris du retard, on a eu la moitié de l'équipe malade ce mois-ci. Rien n'est décidé et tu es toujours dans la course, je te recontacte la semaine prochaine.
SUBJECT: Point d'étape sur votre candidature || Nous n'avons pas encore finalisé notre sélection pour le poste de {role}. Le manager opérationnel souhaite rencontrer quelques profils supplémentaires avant de se prononcer. Votre candidature est toujours en cours d'examen et nous ne manquerons pas de vous tenir au courant.
Le jury de recrutement initialement prévu le 12 juin est reporté à une date ultérieure. Les candidats dont le dossier a été jugé recevable seront convoqués par courrier. Votre dossier est recevable et reste en cours d'instruction.
""",
        "ack_role_changed": """
Vous avez peut-être remarqué que l'offre de {role} a été republiée sur notre site carrière. Il s'agit uniquement d'une mise à jour (ajout du télétravail partiel) ; votre candidature reste bien prise en compte et vous n'avez pas besoin de postuler à nouveau.
Pour votre information, le poste a été réaffiché avec une nouvelle échelle salariale suite à la signature de la convention collective. Votre candidature est conservée et sera évaluée selon les mêmes critères.
Le poste auquel vous avez postulé a été transformé en un poste à 100 % basé à Lausanne (au lieu de 80 % à Genève). Votre dossier reste dans la procédure ; si ces nouvelles conditions ne vous conviennent pas, merci de nous en informer d'ici vendredi.
Nous avons fusionné les deux offres « Gestionnaire de dossiers » et « Collaborateur administratif » en un seul poste. Votre candidature a été automatiquement transférée vers la nouvelle offre et elle est toujours à l'étude.
L'annonce à laquelle vous avez répondu a été modifiée par le recruteur. Votre candidature est toujours active. Statut actuel : En cours d'évaluation.
""",
        "ack_agency_client_deciding": """
Je reviens vers vous concernant le poste chez notre client. Votre dossier a été présenté la semaine dernière et le DAF l'a jugé intéressant, mais il attend d'avoir vu l'ensemble de la short-list avant de trancher. Je vous appelle dès que j'ai du nouveau.
Petit suivi de mon côté : le client n'a pas encore pris sa décision. Ils hésitent entre trois candidats et ont demandé un deuxième tour d'entrevues pour tout le monde. Je vous redonne des nouvelles d'ici la fin de la semaine prochaine.
Notre client n'a pas encore fait son choix pour la mission d'intérim. Le responsable logistique revient de congé lundi ; je devrais avoir une réponse mardi au plus tard. Ne vous inquiétez pas, rien de négatif de leur côté.
Notre mandant m'informe que la décision finale est repoussée à la fin du mois, le conseil d'administration devant encore valider la création du poste. Vous restez en lice.
Pas encore de réponse du client, désolé ! Ils sont en pleine clôture trimestrielle donc c'est un peu la course. Je les relance jeudi et je te dis.
""",
        "inv_after_apology": """
Nous vous prions d'excuser notre délai de réponse. Après étude de votre candidature, nous souhaiterions vous rencontrer pour un premier entretien avec Mme Lefèvre, responsable du service. Seriez-vous disponible le mardi 14 mai à 10h ou le jeudi 16 mai à 15h dans nos locaux de Villeurbanne ?
Malheureusement, le poste de coordonnateur a été pourvu à l'interne. Par contre, votre profil a retenu l'attention de notre directrice des opérations, qui aimerait vous rencontrer pour un poste d'analyste qui sera affiché sous peu. Seriez-vous disponible pour une entrevue téléphonique de 20 minutes cette semaine ?
Nous sommes au regret de devoir reporter l'entretien prévu ce vendredi, le responsable hiérarchique étant retenu à l'étranger. Nous vous proposons de le déplacer au mercredi 11 septembre à 9h30, à notre siège de Fribourg. Merci de nous confirmer votre disponibilité.
Toutes nos excuses : l'invitation envoyée hier comportait une erreur de date. Votre entretien aura bien lieu le lundi 3 juin à 14h00 (et non le 3 juillet), à notre bureau de Namur.
Je sais, on t'a fait attendre, pardon ! Bonne nouvelle : l'équipe aimerait te rencontrer. Tu serais dispo pour un call visio de 45 min jeudi ou vendredi ? Envoie-moi tes créneaux.
Votre candidature pour le poste de {role} n'a pas pu être retenue, le poste ayant été attribué en mobilité interne. Toutefois, nous ouvrons actuellement un poste proche dans notre agence de Nantes et souhaiterions en discuter avec vous lors d'un entretien téléphonique le 20 mars à 11h. Cela vous conviendrait-il ?
Nous avons le plaisir de vous convoquer à l'examen écrit, qui se tiendra le samedi 5 octobre à 9 h. Nous nous excusons du délai lié au grand nombre de candidatures reçues. Veuillez vous présenter 15 minutes à l'avance avec une pièce d'identité avec photo.
""",
        "off_conditional": """
Nous avons le plaisir de vous proposer le poste de {role} en CDI, avec une prise de poste au 2 septembre. Votre rémunération annuelle brute sera de 42 000 €, versée sur 13 mois. Cette proposition reste soumise à la présentation de l'original de votre diplôme lors de votre arrivée.
C'est avec plaisir que nous vous offrons le poste de {role}, au bureau de Sherbrooke plutôt qu'à Montréal comme prévu initialement. Le salaire annuel est de 68 500 $, avec quatre semaines de vacances. L'offre est conditionnelle à la vérification de vos antécédents judiciaires et de vos références.
Suite à nos entretiens, nous avons le plaisir de vous soumettre une offre pour le poste de {role} à un taux d'activité de 60 %, le poste à 100 % ayant été attribué. Le salaire annuel brut s'élève à CHF 57'600 pour ce taux, versé en 13 mensualités. Cette offre est valable jusqu'au 15 juillet.
Nous avons le plaisir de vous proposer un contrat à durée déterminée de six mois en tant que {role}, avec possibilité de passage en CDI. Rémunération : 3 250 € bruts par mois, chèques-repas et voiture de société. L'engagement est subordonné à la réussite de l'examen médical d'embauche.
On n'a pas retenu ta candidature pour le poste de lead, mais on aimerait vraiment que tu rejoignes l'équipe en tant que développeur·se senior ! 55 k€ brut annuel, BSPCE, full remote possible. Je t'envoie la promesse d'embauche en PJ.
Nous avons le plaisir de vous proposer le poste de {role} à compter du 1er octobre. Cette proposition est conditionnée à l'obtention du DSCG, dont vous nous avez indiqué passer les dernières épreuves cet automne. Merci de nous faire part de votre décision sous huit jours.
Nous avons le plaisir de vous offrir un poste de {role}, mais au sein de l'équipe Service à la clientèle plutôt qu'aux ventes. Le taux horaire est de 27,40 $ et le poste est syndiqué. L'offre est valide jusqu'au 10 mai ; veuillez nous retourner la lettre signée.
""",
        "oth_withdrawal_confirmed": """
Nous prenons bonne note de votre souhait de retirer votre candidature au poste de {role}. Votre dossier a été clôturé et vos données seront supprimées conformément au RGPD.
Merci de m'avoir avisée. J'ai retiré votre candidature du processus et annulé l'entrevue de mardi. Bonne chance dans votre nouveau poste !
Nous accusons réception de votre courriel du 3 mars par lequel vous retirez votre candidature. Nous regrettons votre décision mais la respectons. Votre dossier vous sera retourné par courrier.
Votre candidature (réf. 88231) a été retirée à votre demande le 14/02. Vous pouvez postuler à d'autres offres à tout moment depuis votre espace.
Ah, tu as signé ailleurs ? Félicitations, vraiment ! J'ai clôturé ta candidature de notre côté et prévenu l'équipe. Au plaisir de se recroiser.
""",
        "oth_document_rejected": """
Le document « Pièce d'identité » que vous avez déposé a été refusé : le verso est manquant. Merci de télécharger un nouveau fichier recto-verso dans votre espace candidat afin de finaliser votre dossier d'embauche.
Votre dossier d'inscription au concours est incomplet : l'attestation de diplôme fournie n'est pas accompagnée d'une traduction certifiée. Vous disposez de dix jours pour transmettre la pièce manquante.
Votre formulaire de dépôt direct a été retourné par le service de la paie : le spécimen de chèque est illisible. Pouvez-vous nous en faire parvenir un nouveau avant le 15 pour ne pas retarder votre première paie ?
Nous ne pouvons pas accepter le certificat de travail joint, car il n'est pas signé. Pourriez-vous nous faire parvenir une copie signée avant votre entrée en fonction ?
Votre note de frais relative au déplacement pour l'entretien du 18/04 a été refusée par la comptabilité : le ticket de parking n'est pas un justificatif accepté. Seuls les frais de train sont remboursés.
""",
        "oth_newsletter_alert": """
SUBJECT: Refus après entretien : comment rebondir ? || Dans notre lettre du mois : ce que les recruteurs ne disent pas dans un mail de refus, trois façons de demander un retour constructif, et 15 nouvelles offres de {role} près de chez vous.
Alerte emploi : 9 nouvelles offres correspondent à votre recherche « {role} – Bruxelles ». Le saviez-vous ? Huit candidatures sur dix sont écartées en moins de 30 secondes. Découvrez notre guide pour optimiser votre CV.
Infolettre carrière – octobre. Au menu : pourquoi vous ne recevez pas de réponse à vos candidatures, les salons de l'emploi à Québec ce mois-ci, et un atelier gratuit sur l'entrevue comportementale.
Conseil de la semaine : un refus n'est pas une fin. Lisez le témoignage de Claire, qui a essuyé 40 refus avant de décrocher son poste de rêve. Et toujours : nos offres du moment en Suisse romande.
Ta sélection d'offres de la semaine est prête ! Petit rappel : si tu as reçu un refus, n'hésite pas à rester en contact avec le recruteur sur LinkedIn, ça peut payer plus tard.
""",
        "oth_survey": """
Vous avez récemment participé à un processus de recrutement chez nous. Quelle que soit son issue, votre avis nous intéresse. Ce questionnaire anonyme ne prend que trois minutes.
Aidez-nous à améliorer notre processus d'embauche ! Répondez à notre sondage de cinq questions sur votre expérience de candidature. Vos réponses demeurent confidentielles.
Comment s'est passé ton parcours candidat chez nous ? Donne-nous une note de 1 à 10 en un clic, ça nous aide énormément.
Dans le cadre de notre démarche qualité, nous sollicitons l'avis de toutes les personnes reçues en entretien au cours du dernier trimestre. Merci de prendre quelques minutes pour compléter le formulaire en ligne.
""",
        "oth_talent_pool_optin": """
Votre inscription à notre vivier de talents est confirmée. Vous serez informé(e) en priorité de nos offres dans les domaines que vous avez sélectionnés : Finance, Audit.
Merci de vous être abonné à nos alertes d'emploi. Vous recevrez un courriel chaque fois qu'un poste correspondant à vos critères sera affiché.
Conformément à votre demande, nous conservons votre dossier dans notre base de candidatures pour une durée de deux ans. Vous pouvez demander sa suppression à tout moment.
Pour finaliser votre inscription à notre CVthèque, merci de cliquer sur le lien ci-dessous. Ce lien est valable 48 heures.
""",
        "rej_portal": """
Nous vous remercions de l'intérêt que vous portez à notre société. Après une étude attentive de votre candidature, nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable. Nous conservons néanmoins votre CV dans notre base de données.
SUBJECT: Mise à jour de votre candidature || Le statut de votre candidature pour le poste de {role} a évolué : Non retenue. Ce message est généré automatiquement, merci de ne pas y répondre.
Nous avons bien reçu votre candidature et nous vous en remercions. Après analyse, nous vous informons que votre candidature n'a pas été retenue pour la suite du processus. Nous vous invitons à consulter régulièrement notre site carrière.
Suite à l'analyse de votre candidature, nous regrettons de vous informer que votre profil ne correspond pas entièrement aux exigences de la fonction. Nous ne manquerons pas de vous recontacter si une opportunité plus adaptée se présente.
Votre dossier a retenu toute notre attention. Toutefois, après comparaison avec les autres candidatures reçues, nous avons le regret de vous informer que nous avons porté notre choix sur un autre profil.
Le Centre de Services RH vous informe que votre candidature n'a pas été sélectionnée à l'issue de la phase de présélection. Cette décision ne remet pas en cause vos compétences.
Merci d'avoir postulé ! Après avoir étudié ta candidature, on a décidé de ne pas aller plus loin cette fois. On sait que c'est frustrant, et on te souhaite de trouver l'équipe qui te correspond.
Malgré l'intérêt de votre parcours, nous avons le regret de ne pouvoir retenir votre candidature, le poste ayant été pourvu.
Nous vous remercions d'avoir complété les tests en ligne. Malheureusement, vos résultats ne nous permettent pas de poursuivre le processus de recrutement pour le programme Graduate. Vous pourrez présenter une nouvelle candidature lors de la prochaine campagne.
""",
        "rej_small_business": """
Merci d'être passé(e) à la boutique mardi. On a finalement choisi quelqu'un qui a le permis B, parce que les livraisons du samedi sont indispensables pour nous. Bonne continuation et merci encore pour le joli bouquet d'essai !
J'ai bien aimé notre rencontre de mardi, mais je vais aller avec une autre candidate qui a plus d'expérience en comptabilité de PME. Je garde ton CV sous le coude si jamais ça bouge au printemps.
Nous avons bien reçu votre candidature pour le poste de vendeur·euse. Malheureusement, nous avons déjà trouvé la personne qu'il nous fallait. Merci quand même et bonne chance pour la suite !
Nous vous remercions pour votre candidature et l'entretien fort agréable. Après réflexion, nous avons décidé d'engager une personne disposant du brevet fédéral de spécialiste en finance et comptabilité, exigence que nous avions mentionnée dans l'annonce.
désolé pour la réponse tardive. Nous avons décidé de ne pas donner suite, nous cherchons finalement quelqun de plus expérimenté sur Revit. Merci pour votre intérêt.
Le poste de commis est pourvu, désolé. On recrute souvent pour la saison d'été, n'hésitez pas à repostuler en avril.
Merci d'avoir appliqué. On a engagé quelqu'un la semaine passée pour l'atelier. Bonne chance dans tes recherches.
Je vais être honnête avec toi : on a adoré ton profil, mais on n'a finalement pas le budget pour recruter ce trimestre, donc on ferme ce poste. Vraiment désolé.
""",
        "rej_public_university": """
J'ai le regret de vous informer que le jury, réuni le 14 mars, n'a pas retenu votre candidature au poste de {role}. Je vous remercie de l'intérêt que vous avez porté à notre collectivité.
Le comité de sélection réuni pour le poste de maître de conférences en sociologie n'a pas retenu votre candidature pour l'audition. Nous vous remercions de votre participation à ce recrutement.
Nous vous informons que vous n'avez pas obtenu la note de passage à l'examen de connaissances. Par conséquent, votre candidature ne peut être retenue pour la suite du processus de dotation.
Nous accusons réception de votre dossier de candidature et vous en remercions. Après examen de l'ensemble des candidatures reçues, nous avons le regret de vous informer que nous ne sommes pas en mesure de retenir la vôtre.
Nous vous informons que vous n'avez pas été retenu(e) à l'issue de la sélection comparative. Vous trouverez votre résultat détaillé dans votre compte. Vous pouvez demander un feedback écrit dans un délai de 30 jours.
Au nom du comité de sélection, je vous remercie d'avoir postulé au poste de professeur·e adjoint·e. Le comité a terminé son évaluation et a décidé de ne pas retenir votre dossier pour une entrevue.
Suite à votre entretien du 2 février, nous sommes au regret de vous informer que votre candidature au poste d'infirmier(ère) de bloc opératoire n'a pas été retenue. Vous pouvez consulter nos autres offres sur le site de l'établissement.
Le poste de doctorant·e pour lequel vous avez postulé a été attribué. Nous vous remercions pour l'intérêt manifesté envers notre laboratoire.
""",
        "rej_buried": """
Nous tenons tout d'abord à vous remercier pour le temps que vous nous avez consacré lors des différentes étapes de notre processus. Nos échanges ont été riches et l'équipe a apprécié votre connaissance du secteur de la distribution. Le choix a été difficile, tant les profils rencontrés étaient de qualité. Nous avons finalement décidé de poursuivre avec un candidat dont l'expérience en management d'équipe correspond davantage à nos besoins immédiats. Nous serions ravis de garder le contact.
Vous recevrez dans quelques jours une invitation à notre journée portes ouvertes du 12 octobre, à laquelle nous convions toutes les personnes rencontrées cette année. Nous avons beaucoup apprécié nos échanges et votre connaissance du terrain. Pour le poste de {role}, nous avons cependant privilégié une candidature interne, conformément à notre politique de mobilité.
Merci encore d'avoir pris le temps de venir nous rencontrer. Nous avons reçu un nombre record de candidatures pour ce poste, ce qui témoigne de l'attrait de notre organisme. Après mûre réflexion, le comité a arrêté son choix sur une personne dont le profil correspond davantage aux besoins actuels de l'équipe. Nous conservons votre candidature dans notre banque pour une durée de six mois.
Comme vous le savez, notre société traverse une période de forte croissance, et nous avons rencontré de nombreux candidats de grande qualité au cours des dernières semaines. Nous espérons pouvoir vous proposer d'autres opportunités à l'avenir. En ce qui concerne le poste de {role}, nous ne poursuivrons malheureusement pas votre candidature.
Votre dossier nous est bien parvenu et nous l'avons examiné avec attention. Votre parcours est intéressant et votre lettre a été appréciée. Nous devons toutefois tenir compte de nombreuses candidatures et avons retenu des personnes dont l'expérience est plus proche du cahier des charges. C'est pourquoi nous ne sommes malheureusement pas en mesure de donner une suite favorable à votre offre de service.
SUBJECT: Retour de notre client || Je reviens vers vous après mon point avec notre client ce matin. Ils ont été sensibles à votre parcours et à votre aisance lors de l'entretien, et la DRH m'a demandé de vous remercier pour la qualité de votre préparation. Ils ont toutefois décidé de finaliser avec un autre candidat, déjà opérationnel sur leur ERP. Je garde évidemment votre dossier en tête pour mes prochaines missions.
J'ai essayé de te joindre cet après-midi, mais je suis tombée sur ta boîte vocale. Je voulais te dire de vive voix à quel point on a apprécié ta rencontre avec l'équipe, et que ta présentation sur les indicateurs était vraiment claire. On a toutefois choisi d'aller de l'avant avec une personne qui a déjà géré des projets dans le réseau de la santé. Si tu veux qu'on s'en parle, rappelle-moi quand tu veux.
""",
        "rej_plain_short": """
Nous sommes au regret de ne pas pouvoir donner suite à votre candidature.
Nous avons finalisé notre recrutement et ne retenons pas votre profil.
Votre candidature n'a pas été retenue.
Désolé, ça ne sera pas pour cette fois.
SUBJECT: Votre candidature || Réponse négative, désolés. Bonne recherche.
Nous ne pouvons malheureusement pas retenir votre candidature pour ce poste.
Après examen, votre dossier ne correspond pas au profil recherché. Nous vous le retournons en annexe.
""",
    },
    "es": {
        "ack_silence_means_no": """
Te confirmamos que hemos recibido tu candidatura para el puesto de {role}. Nuestro equipo de Selección la revisará en los próximos días. Debido al elevado número de candidaturas, solo nos pondremos en contacto con las personas que pasen a la siguiente fase; si en un plazo de 30 días no has recibido noticias, entiende que en esta ocasión no ha podido ser.
Recibimos tu postulación a la vacante de {role}. ¡Gracias por tu interés! Te informamos que, por el volumen de solicitudes, únicamente contactaremos a los candidatos que cumplan con el perfil. Tu información será tratada conforme a nuestro Aviso de Privacidad.
¡Gracias por postularte! Ya tenemos tu CV. Te contamos cómo sigue: vamos a revisar todas las postulaciones hasta el 15/08 y a partir de ahí contactamos a quienes avancen. Si no tenés novedades nuestras, no te desanimes: guardamos tu perfil para futuras búsquedas.
Hemos recibido exitosamente tu postulación al cargo. Lamentamos no poder responder de manera individual a cada postulante; si tu perfil es preseleccionado, te contactaremos por correo o teléfono para coordinar una entrevista.
SUBJECT: Acuse de recibo - Ref. SEL-2024-318 || Este es un mensaje automático. Su candidatura ha sido registrada correctamente en nuestro portal. Le recordamos que el proceso puede extenderse varias semanas. En caso de no ser seleccionado/a, recibirá una notificación a través de esta misma dirección.
Acusamos recibo de su hoja de vida para la convocatoria de {role}. El proceso de selección consta de revisión documental, pruebas psicotécnicas y entrevista. Solo nos comunicaremos con las personas que superen la etapa de revisión documental.
Su solicitud de participación en el proceso selectivo ha sido registrada con el número 2024/004512. La lista provisional de personas admitidas y excluidas se publicará en el tablón de anuncios y en la sede electrónica; no se realizarán notificaciones individuales.
Gracias por postular. Hemos recivido tu CV y lo estamos revisando. Si no te contactamos en las proximas dos semanas, significa que no fuiste seleccionado para esta posición, pero te tendremos en cuenta para otras oportunidades.
""",
        "ack_status_delay": """
Queríamos darte una actualización sobre el proceso de {role}: se ha retrasado un poco porque estamos esperando la aprobación definitiva del presupuesto. El puesto sigue abierto y tu candidatura continúa en el proceso. Esperamos retomar las entrevistas a principios de septiembre, tras las vacaciones.
Una disculpa por la demora en darte respuesta. El proceso para la vacante se pausó temporalmente por un cambio de gerente en el área. La posición no se ha cubierto y seguimos considerando tu perfil. Te buscamos en cuanto tengamos fechas.
Te escribo para contarte que la búsqueda está frenada por unas semanas: el área está en plena reestructuración. No se cubrió la posición y seguís en carrera. Apenas se reactive te aviso.
Te informamos que el proceso de selección se ha extendido más de lo previsto debido a la cantidad de postulaciones. Aún no se ha tomado una decisión y tu postulación sigue vigente.
SUBJECT: Novedades sobre su candidatura || Lamentamos no haber podido darle respuesta antes. La fase de entrevistas se ha aplazado por motivos organizativos y todavía no se ha tomado ninguna decisión sobre el puesto de {role}. Le mantendremos informado/a de cualquier novedad.
Le informamos que la convocatoria se encuentra suspendida temporalmente mientras se surte un trámite de aprobación ante la junta directiva. Su hoja de vida sigue vinculada al proceso y no es necesario volver a inscribirse.
Por resolución de la Dirección General se aplaza la realización del primer ejercicio, previsto inicialmente para el 18 de mayo. La nueva fecha se publicará con al menos quince días de antelación. Su solicitud sigue admitida.
""",
        "ack_role_changed": """
Es posible que hayas visto de nuevo la oferta de {role} publicada en nuestra web. No te preocupes: la hemos actualizado para incluir la modalidad híbrida y tu candidatura sigue activa. No es necesario que vuelvas a inscribirte.
Te comentamos que la vacante se republicó con un nuevo rango salarial y horario. Tu postulación sigue en revisión; si las nuevas condiciones no te interesan, avísanos y la damos de baja.
La búsqueda cambió un poco: ahora el puesto es Semi Senior en lugar de Junior, y la base pasa a ser Córdoba con viajes a Buenos Aires. Tu postulación sigue en pie, ¿te interesa continuar con estas condiciones?
La oferta fue modificada por el reclutador (ahora incluye jornada parcial). Tu postulación se mantiene vigente. Estado: En evaluación.
Debido a un ajuste en el perfil del cargo, la convocatoria fue reabierta con el código CONV-118. Su postulación fue trasladada automáticamente y será evaluada en igualdad de condiciones.
""",
        "ack_agency_client_deciding": """
Te escribo para ponerte al día: el cliente ha recibido tu CV y le ha gustado, pero quiere ver los otros dos perfiles de la terna antes de decidir a quién entrevista. En cuanto tenga respuesta te llamo.
Todavía no tengo respuesta del cliente, andan en cierre de mes. No te preocupes, no te han descartado, es solo que el director no ha tenido chance de revisar. Te aviso cualquier cosa.
Sigo sin novedades de la empresa, disculpá. Me dijeron que están definiendo entre vos y otra candidata, y que a fin de semana deciden.
La empresa aún no toma una decisión; pidieron referencias laborales de los tres finalistas, tú incluido. Es buena señal. Te cuento apenas sepa algo.
Le comento que nuestro cliente pospuso la decisión para la próxima semana porque el gerente está de viaje. Usted sigue en el proceso y ya le envié sus resultados de la prueba técnica.
""",
        "inv_after_apology": """
Disculpa el retraso en contestarte. Hemos revisado tu candidatura y nos gustaría conocerte en una entrevista con la responsable del equipo. ¿Te vendría bien el martes 14 a las 10:00 o el jueves 16 a las 16:30, en nuestra oficina de Zaragoza?
Lamentablemente la vacante de {role} ya fue cubierta, pero el gerente de Operaciones vio tu perfil y le gustaría platicar contigo sobre una posición de Analista de Inventarios en nuestra planta de Querétaro. ¿Tienes disponibilidad para una videollamada el jueves a las 12:00?
Perdón por el cambio de último momento: tenemos que reprogramar la entrevista del viernes porque el líder técnico se enfermó. ¿Te sirve el lunes a las 15 hs, mismo link de Meet?
Te pedimos disculpas: en el correo anterior indicamos una dirección equivocada. La entrevista presencial es el miércoles 8 a las 11:00 en nuestras oficinas de Las Condes, piso 9.
Le ofrecemos disculpas por la demora en responder. Nos complace invitarlo(a) a la prueba técnica y entrevista, que se realizarán el 22 de julio a las 8:00 a.m. en nuestra sede de Medellín. Favor confirmar su asistencia respondiendo este correo.
Para el puesto de {role} nos hemos decantado por un perfil más sénior, pero nos has gustado mucho y queremos proponerte una entrevista para una vacante de Junior en el mismo equipo. ¿Tienes un hueco esta semana para una llamada de media hora?
Mil disculpas, no te pudimos llamar ayer como quedamos. ¿Podemos hacer la entrevista hoy a las 5 pm o mañana a las 9 am? Dura unos 30 minutos, por Zoom.
""",
        "off_conditional": """
Nos complace ofrecerte el puesto de {role} con contrato indefinido y un salario bruto anual de 36.000 € en 14 pagas. La incorporación sería en nuestra sede de Valencia en lugar de Madrid, ya que el equipo se ha trasladado. La oferta está condicionada a la verificación de tus referencias.
Nos da mucho gusto ofrecerte la posición de {role}. Sueldo mensual bruto de $38,000 MXN, prestaciones superiores a las de ley, aguinaldo de 30 días y vales de despensa. La contratación está sujeta a la aprobación de tus exámenes médicos y del estudio socioeconómico.
Queremos ofrecerte sumarte al equipo, aunque no en la posición de Líder sino como Analista Senior, con revisión a los seis meses. Remuneración bruta mensual: $2.100.000, prepaga para vos y tu grupo familiar. ¿Lo charlamos mañana?
Tenemos el agrado de ofrecerle el cargo de {role}, con una renta líquida de $1.650.000, contrato a plazo fijo por tres meses y luego indefinido. La oferta está sujeta a la presentación del certificado de título y del certificado de antecedentes.
Nos complace informarle que ha sido seleccionado(a) para el cargo de {role}. El salario es de $6.200.000 más prestaciones de ley. La vinculación queda sujeta a la presentación de su tarjeta profesional vigente y al resultado del examen médico ocupacional.
No hemos podido ofrecerte el puesto a jornada completa, pero sí queremos proponerte una incorporación a media jornada (20 h semanales) como {role}, con posibilidad de ampliación en enero. Retribución: 14.500 € brutos anuales. Te adjuntamos la carta oferta.
Nos complace extenderle una oferta laboral para el puesto de {role} en el equipo de Finanzas Corporativas en lugar de Tesorería. Remuneración: S/ 7,500 mensuales más beneficios de ley. La oferta está condicionada a la firma del contrato antes del 5 de abril.
""",
        "oth_withdrawal_confirmed": """
Confirmamos que hemos retirado tu candidatura del proceso de {role}, tal como nos pediste. Gracias por avisarnos y mucha suerte en tu nueva etapa.
Recibimos tu solicitud de declinar el proceso. Ya te dimos de baja y cancelamos la entrevista del martes. Quedamos a tus órdenes para futuras oportunidades.
Listo, te bajé del proceso como me pediste. Una pena, pero entiendo totalmente. ¡Éxitos con la nueva propuesta!
Tu postulación al aviso N.º 55120 fue retirada correctamente el 03/06. Puedes postular a otras ofertas cuando quieras.
Acusamos recibo de su comunicación en la que manifiesta su decisión de no continuar en el proceso de selección. Hemos procedido a retirar su hoja de vida de la convocatoria.
""",
        "oth_document_rejected": """
El documento «Título universitario» que subiste al portal ha sido rechazado porque la imagen está borrosa. Por favor, súbelo de nuevo en PDF para poder completar tu alta en la empresa.
Tu constancia de situación fiscal fue rechazada por Nómina porque tiene más de tres meses de antigüedad. Descarga una nueva y envíala antes del viernes para que podamos darte de alta a tiempo.
Te rechazaron el formulario de alta de la obra social porque falta la firma en la página 2. ¿Me lo mandás de nuevo firmado?
En relación con la documentación aportada para la fase de concurso, le comunicamos que el certificado de servicios prestados no puede ser valorado por carecer de firma. Dispone de diez días hábiles para subsanar este defecto.
Tu fotografía para la credencial de acceso fue rechazada por el sistema: debe tener fondo blanco y no puede ser una selfie. Súbela nuevamente antes de tu primer día.
""",
        "oth_newsletter_alert": """
SUBJECT: ¿Te han rechazado? Esto es lo que dicen los reclutadores || En la newsletter de esta semana: por qué la mayoría de candidaturas no recibe respuesta, cómo pedir feedback tras un «no» y 10 nuevas ofertas de {role} en tu zona.
Alerta de empleo: 7 vacantes nuevas para «{role}» en CDMX. Tip: si te han rechazado varias veces, revisa que tu CV tenga las palabras clave de la vacante.
Newsletter de empleo – edición de marzo. ¿Te dijeron que no? Charlamos con tres reclutadoras sobre cómo transformar un rechazo en aprendizaje. Además, las búsquedas más activas del mes.
Tu resumen semanal de ofertas está listo. Artículo destacado: «5 errores que hacen que rechacen tu postulación sin leerla».
Webinar gratuito: «Gestionar el rechazo en la búsqueda de empleo». Jueves 20 a las 18:00. Plazas limitadas, inscríbete desde el enlace.
""",
        "oth_survey": """
Hace poco participaste en un proceso de selección con nosotros. Independientemente del resultado, nos encantaría saber cómo fue tu experiencia. La encuesta es anónima y lleva menos de cinco minutos.
¡Tu opinión nos importa! Califica tu experiencia como candidato respondiendo esta breve encuesta de 6 preguntas.
¿Cómo te fue con nuestro proceso de selección? Contanos en 2 minutos, nos sirve un montón para mejorar.
En el marco de nuestro sistema de gestión de calidad, le invitamos a diligenciar la encuesta de satisfacción del proceso de selección en el que participó.
""",
        "oth_talent_pool_optin": """
¡Ya formas parte de nuestra bolsa de talento! Te avisaremos cuando publiquemos ofertas que encajen con tu perfil. Puedes darte de baja en cualquier momento.
Tu perfil se creó en nuestra Comunidad de Talento, tal como lo solicitaste. Te falta agregar tus idiomas para recibir vacantes más precisas.
Tal como nos solicitaste, incorporamos tu CV a nuestra base de datos para futuros procesos por un periodo de 12 meses.
¡Gracias por sumarte a nuestra red de talento! Vas a recibir novedades de búsquedas en Tecnología y Datos una vez por mes.
""",
        "rej_portal": """
Te agradecemos el interés mostrado en formar parte de nuestro equipo. Tras analizar detenidamente tu candidatura, lamentamos comunicarte que no ha sido seleccionada para continuar en el proceso de {role}. Conservaremos tus datos para futuras vacantes.
SUBJECT: Actualización de tu postulación || El estado de tu postulación ha cambiado a: Descartado. Este es un mensaje automático, por favor no respondas.
Agradecemos tu interés en la vacante. En esta ocasión no continuarás en el proceso, ya que hemos decidido avanzar con perfiles que se ajustan más a los requisitos del puesto.
Gracias por participar de nuestra búsqueda. Te contamos que decidimos avanzar con otros candidatos cuyo perfil se ajusta más a lo que buscamos en este momento.
Junto con saludar, te informamos que tu postulación no ha sido seleccionada para continuar en el proceso. Agradecemos tu interés y te invitamos a postular a futuras oportunidades.
El Centro de Servicios Compartidos de Gestión Humana le informa que, una vez analizada su hoja de vida, usted no cumple con el requisito de experiencia mínima exigido para el cargo.
Una vez revisados los resultados de las pruebas online, sentimos comunicarte que no has alcanzado la puntuación necesaria para pasar a la siguiente fase del programa de becas.
Lamentamos informarte que el proceso de selección para el puesto de {role} ha concluido y no has sido seleccionado. Te agradecemos el tiempo dedicado.
Te escribe el equipo de Atracción de Talento. Revisamos tu perfil con mucho cuidado y, por ahora, no avanzarás a la siguiente etapa. ¡No te desanimes!
""",
        "rej_small_business": """
Te escribo desde la academia para decirte que al final hemos cubierto las clases de la tarde con una profesora que ya conocíamos de otros cursos. Nos gustó mucho tu clase de prueba, de verdad. Si en septiembre abrimos otro grupo, te aviso.
Gracias por venir a la entrevista. Ya contratamos a alguien para el puesto de mostrador, pero guardamos tus datos. Saludos.
Gracias por acercarte al local. Te cuento que ya tomamos a alguien para el turno tarde. Te agradezco un montón el interés.
Le agradecemos su postulación a nuestra pyme. Después de la entrevista decidimos seguir con otra persona que ya maneja el sistema contable que usamos.
Le agradezco el interés, pero ya cubrimos la vacante de auxiliar contable con una persona referida.
Siento decirte que al final no vamos a contar contigo, buscamos alguien que pueda empezar ya y tu disponibilidad es a partir de Octubre. Mucha suerte!!
Te agradezco mucho que hayas venido. Lamentablemente escogimos a otra persona que vive más cerca del taller. Éxitos.
Te escribo para avisarte que el puesto de recepción ya fue cubierto. Te agradezco mucho el interés y el tiempo que dedicaste a la entrevista.
""",
        "rej_public_university": """
Le comunicamos que, una vez finalizado el proceso selectivo para la cobertura de la plaza de {role}, no ha resultado seleccionado/a. Contra esta resolución podrá interponer recurso de alzada en el plazo de un mes.
La Comisión de Selección del contrato predoctoral ha resuelto la convocatoria. Lamentamos comunicarle que su candidatura no ha obtenido la puntuación suficiente. Puede consultar el acta en la sede electrónica.
Por este conducto le informamos que el Comité Evaluador concluyó el proceso de selección para la plaza de Profesor de Asignatura. Lamentamos informarle que su solicitud no fue seleccionada.
Se comunica que el jurado del concurso docente ha emitido su dictamen y que usted no ha sido incluido/a en el orden de mérito.
En relación con el concurso público para el cargo, informamos que usted no fue seleccionado/a para la etapa de entrevista de valoración global.
La Comisión informa que, de acuerdo con la verificación de requisitos mínimos, usted NO fue admitido(a) a la siguiente etapa del concurso de méritos. Podrá presentar reclamación dentro de los cinco días hábiles siguientes.
Tras la entrevista, la comisión ha valorado otros perfiles para la plaza de enfermería en el servicio de urgencias. Le agradecemos su participación.
Se le comunica que no ha aprobado la etapa de evaluación curricular de la convocatoria CAS N.º 045-2024.
""",
        "rej_buried": """
Antes que nada, queremos agradecerte el tiempo que has dedicado a las distintas fases del proceso. Ha sido un placer conocerte y el equipo ha valorado especialmente tu presentación del caso práctico. Ha sido una decisión difícil, ya que la final contaba con perfiles muy sólidos. Finalmente, hemos decidido continuar con una persona con experiencia más directa en el sector asegurador. Nos encantaría seguir en contacto.
Te escribimos por dos motivos. Primero, hemos actualizado nuestra política de privacidad para candidatos: a partir del 1 de julio conservaremos los CV durante 24 meses, y puedes consultar el texto completo en nuestra web. Segundo, respecto a tu candidatura para {role}: el proceso ha finalizado y no ha sido seleccionada. Si lo prefieres, puedes solicitar la eliminación de tus datos respondiendo a este correo.
Queríamos agradecerte otra vez por la entrevista y por la buena onda. Tuvimos muchísimos postulantes y eso hizo que la decisión fuera difícil. Finalmente optamos por otro perfil con más experiencia en retail. Vamos a tener en cuenta tu CV para próximas búsquedas.
Como sabes, nuestra empresa está en plena expansión y hemos conocido a muchos profesionales de gran nivel en estas semanas. Esperamos poder contar contigo en el futuro. En cuanto al cargo al que postulaste, lamentablemente no seguiremos adelante con tu postulación.
Agradecemos su participación en el proceso y el interés en nuestra organización. Su perfil es valioso y demuestra una trayectoria destacada. Sin embargo, después de un análisis detallado, se determinó continuar con candidatos cuya experiencia se ajusta de manera más cercana a los requerimientos actuales del cargo.
SUBJECT: Seguimiento a tu entrevista || Me dio mucho gusto platicar contigo el jueves, y te agradezco que hayas venido hasta la oficina. Comentamos tu perfil con la dirección y, al final, decidieron cubrir la posición con alguien que ya trabajaba en otra área de la empresa y conoce nuestros procesos. Me hubiera encantado darte otra noticia.
Perdoná la demora en responderte, estuvimos con mil cosas. Quedamos muy conformes con la entrevista y con cómo encaraste el ejercicio de Excel. Pero el área terminó pidiendo alguien con disponibilidad para ir a planta los cinco días, y como vos planteaste trabajar híbrido, decidimos no avanzar. Ojalá se dé en otra búsqueda.
""",
        "rej_plain_short": """
Lamentamos informarte que no has sido seleccionado/a para el puesto.
Ya cerramos la búsqueda y no seguimos con tu perfil, ¡gracias!
No vamos a avanzar con tu postulación. Gracias igual.
Tu candidatura no ha sido seleccionada.
SUBJECT: Resultado del proceso || Tras las entrevistas, la plaza se ha adjudicado a otra persona.
Su hoja de vida no fue seleccionada para el cargo.
Te informamos que no continúas en el proceso.
""",
    },
    "pt": {
        "ack_silence_means_no": """
Recebemos sua candidatura para a vaga de {role}. Nosso time de Recrutamento vai analisar seu perfil com atenção. Como recebemos muitos currículos, não conseguimos dar retorno individual para todo mundo: se você não for contatado em até 30 dias, significa que seguimos com outros perfis nesta vaga.
Confirmamos a receção da sua candidatura ao anúncio de {role}. Dado o elevado número de candidaturas, apenas serão contactados os candidatos selecionados para a fase de entrevista. Os seus dados serão tratados nos termos do RGPD.
Oba, sua inscrição foi concluída! Você está na etapa "Análise de currículo". Acompanhe tudo pela plataforma: se não avançar, você também será avisado por lá.
A sua candidatura foi recebida com sucesso. Lamentamos não poder responder individualmente a todas as candidaturas; caso não seja contactado no prazo de três semanas, considere que o seu perfil não foi selecionado para este processo.
SUBJECT: Confirmação de candidatura - Ref. RH/2024/077 || Esta é uma mensagem automática. A sua candidatura foi registada. Caso não seja selecionado para a fase seguinte, receberá uma notificação por este meio no final do processo.
Obrigado por se candidatar! Estamos recebendo um volume muito grande de candidaturas e por isso o retorno pode demorar um pouco. Caso seu perfil seja aprovado para a proxima etapa entraremos em contato pelo WhatsApp ou email.
Sua inscrição no processo seletivo simplificado foi efetivada. A relação dos candidatos deferidos e indeferidos será publicada no site na data prevista no edital. Não haverá comunicação individual.
Acusamos a receção da sua candidatura ao concurso para bolseiro de investigação. O júri procederá à avaliação após o fim do prazo. Os resultados serão comunicados por correio eletrónico a todos os candidatos, incluindo os não admitidos.
""",
        "ack_status_delay": """
Passando para te dar um retorno: o processo para {role} está um pouco mais demorado do que o previsto porque a área está revendo o orçamento do próximo ano. A vaga continua aberta e você segue no processo. Devemos retomar as entrevistas na segunda quinzena de março.
Pedimos desculpa pela demora. O processo de recrutamento foi temporariamente suspenso devido a uma reestruturação interna, mas a vaga mantém-se em aberto e a sua candidatura continua em análise.
Sei que faz um tempinho que a gente não se fala. Ainda não tivemos uma decisão: o gestor saiu de férias e só volta dia 15. Você continua super no páreo, tá?
Informamos que a fase de entrevistas foi adiada para a semana de 10 de junho, por indisponibilidade de membros do júri. Nenhuma decisão foi ainda tomada.
SUBJECT: Atualização do processo seletivo || Queremos manter você informado: a etapa de dinâmica de grupo foi remarcada e ainda não temos data definida. Sua candidatura segue ativa e entraremos em contato assim que a agenda for confirmada.
A vaga de {role} está congelada temporariamente por uma decisão da diretoria, mas não foi cancelada. Vamos manter seu currículo no processo e te aviso assim que for descongelada.
Vimos por este meio informar V. Exa. de que o procedimento concursal se encontra suspenso até à publicação da lista de classificação final do procedimento anterior. A sua candidatura mantém-se válida.
""",
        "ack_role_changed": """
Talvez você tenha visto a vaga de {role} publicada de novo. Foi só uma atualização (incluímos o modelo híbrido). Sua candidatura continua valendo e você não precisa se inscrever outra vez.
O anúncio foi republicado com alterações ao horário, que passa a incluir turnos ao fim de semana. A sua candidatura mantém-se ativa; se estas condições não lhe forem convenientes, pedimos que nos informe.
A vaga mudou de Analista Pleno para Analista Sênior e a faixa salarial foi revista. Vamos manter seu currículo no processo e reavaliar com base na nova descrição.
A oferta a que se candidatou foi editada pelo recrutador. Estado atual da candidatura: Em avaliação.
Juntamos as duas vagas em que você se candidatou (Atendimento e Backoffice) em uma só. Sua candidatura foi migrada automaticamente para a nova vaga.
""",
        "ack_agency_client_deciding": """
Passando só pra dizer que ainda não tive retorno do cliente. Eles gostaram do seu perfil, mas querem fechar as entrevistas com os outros dois finalistas antes de decidir. Te atualizo até sexta.
O nosso cliente ainda não tomou uma decisão. O diretor financeiro está ausente esta semana; conto ter novidades na próxima terça-feira.
O cliente pediu mais uns dias porque está revendo o escopo da posição. Você não foi descartado, fica tranquilo.
Sem novidades ainda do lado da empresa, lamento. Pediram referências de todos os candidatos finais, por isso o processo está um pouco mais lento.
Seu perfil já está com o gestor da empresa cliente desde segunda. Ele costuma demorar, mas está avaliando com calma. Qualquer novidade eu te chamo no WhatsApp.
""",
        "inv_after_apology": """
Desculpa a demora no retorno! Analisamos seu currículo e gostaríamos de te convidar para uma entrevista com a gestora da área. Você tem disponibilidade na terça (14) às 10h ou na quinta (16) às 15h, pelo Google Meet?
Pedimos desculpa pelo atraso na resposta. Gostaríamos de o convidar para uma entrevista presencial nas nossas instalações do Porto, no dia 12 de março, às 14h30. Agradecemos confirmação.
Infelizmente a vaga de {role} foi preenchida internamente, mas o time de Produto ficou interessado no seu perfil para outra oportunidade. Podemos marcar um bate-papo de 30 min na quarta?
Lamentamos ter de reagendar a entrevista de amanhã por motivo de doença do responsável. Propomos segunda-feira, dia 9, às 11h00, via Teams. Poderá confirmar?
Infelizmente não vamos conseguir manter a entrevista presencial amanhã por causa da greve do metrô, desculpa! Podemos fazer online no mesmo horário, às 14h? Te mando o link assim que você confirmar.
Não vamos avançar consigo para a função de chefe de turno, mas a diretora da loja gostaria de o conhecer para a vaga de operador de armazém, com perspetiva de progressão. Pode passar cá na quinta-feira às 10h?
Com pedido de desculpas pelo atraso na divulgação, convocamos V.Sa. para a etapa de entrevista do processo seletivo, a realizar-se no dia 05/08, às 9h, na sede da Secretaria. Comparecer com documento oficial com foto.
""",
        "off_conditional": """
Temos o prazer de te oferecer a vaga de {role} no regime CLT, com salário de R$ 8.500,00, VR de R$ 900 e plano de saúde. A contratação está condicionada à aprovação no exame admissional e à entrega da documentação.
Temos o gosto de lhe apresentar uma proposta para a função de {role}, com contrato sem termo e vencimento base de 1.850 € mensais, acrescido de subsídio de alimentação. A proposta está sujeita à apresentação do certificado de registo criminal.
Não conseguimos te aprovar para a vaga de Coordenação, mas queremos muito você com a gente como Analista Sênior! Salário de R$ 11.000 como PJ, início em 1º de julho. Segue a proposta em anexo.
Temos o gosto de lhe propor a função de {role} a partir de 1 de outubro. Nos primeiros seis meses, a contratação será feita através de uma empresa de trabalho temporário nossa parceira, passando depois para os quadros da empresa. Vencimento: 1.600 € brutos, 14 meses. Aguardamos a sua resposta até dia 20.
Parabéns! Você foi aprovado(a) para a vaga de {role}, porém na unidade de Campinas (e não em São Paulo, como no anúncio). Salário de R$ 6.200 + benefícios. Condicionado à verificação de referências.
Em seguimento da entrevista, temos o prazer de lhe oferecer um estágio profissional de 9 meses como {role}, com bolsa mensal de 1.050 €. A proposta depende da aprovação da candidatura ao programa de estágios apoiados.
Quero te fazer uma proposta: a vaga é meio período (4h/dia) e não integral como a gente tinha conversado, com bolsa de R$ 2.200 e possibilidade de efetivação em 6 meses. O que acha?
""",
        "oth_withdrawal_confirmed": """
Confirmamos o cancelamento da sua candidatura para a vaga de {role}, conforme solicitado. Boa sorte no novo desafio!
Tomámos nota da sua desistência do processo de recrutamento. A sua candidatura foi retirada e os seus dados serão eliminados.
Você desistiu da vaga "{role}". Se mudar de ideia, pode se candidatar novamente enquanto a vaga estiver aberta.
Obrigada por nos ter informado. Cancelámos a entrevista de quinta-feira e retirámos a sua candidatura. Muitas felicidades!
Tudo certo, tirei você do processo. Que pena, mas super entendo! Se um dia quiser voltar a conversar, é só chamar.
""",
        "oth_document_rejected": """
O documento "Comprovante de residência" foi recusado: o arquivo está ilegível. Envie uma nova foto pelo app para concluir sua admissão.
O documento de identificação que enviou não pôde ser aceite por estar fora da validade. Solicitamos o envio de cópia do documento válido até ao primeiro dia de trabalho.
Sua carteira de trabalho digital não foi aceita pelo DP porque o print não mostra os dados do contrato anterior. Pode mandar o PDF exportado do app?
A sua candidatura ao procedimento foi aceite, mas o certificado de habilitações anexado não foi considerado por não estar reconhecido. Poderá apresentar o documento reconhecido até ao termo da fase de audiência de interessados.
O formulário de dados bancários foi devolvido pelo DP: a conta informada está em nome de outra pessoa. Envie os dados de uma conta de sua titularidade até quarta para não atrasar o primeiro pagamento.
""",
        "oth_newsletter_alert": """
SUBJECT: Recebeu um "não"? Veja o que fazer agora || Nesta edição: o que os recrutadores pensam quando reprovam um candidato, como pedir feedback depois de uma recusa e 12 vagas novas de {role} perto de você.
Alerta de vagas: 5 novas oportunidades para "{role}" em Belo Horizonte. Novidade: agora você pode filtrar empresas com o selo "Dá retorno", que respondem a todos os candidatos, inclusive os reprovados.
Newsletter de carreira – abril. Neste número: lidar com a rejeição numa procura de emprego longa, as feiras de emprego do mês e um guia de salários para 2024.
Live gratuita nesta quinta: "Fui reprovado na entrevista final. E agora?", com especialistas em recrutamento. Garanta sua vaga.
Novas ofertas que correspondem à sua pesquisa. Sabia que 3 em cada 4 candidaturas são rejeitadas por falta de adequação ao anúncio? Veja as nossas dicas antes de enviar a próxima.
""",
        "oth_survey": """
Você participou recentemente de um processo seletivo com a gente. Independente do resultado, queremos ouvir sua opinião! São só 5 perguntas rápidas.
Gostaríamos de conhecer a sua opinião sobre o processo de recrutamento em que participou. O questionário é anónimo e demora cerca de 3 minutos.
De 0 a 10, quanto você recomendaria nosso processo seletivo a um amigo? Clique em uma nota abaixo.
No âmbito da certificação de qualidade, solicitamos a todos os candidatos que tenham realizado entrevista no último trimestre o preenchimento de um breve inquérito de satisfação.
""",
        "oth_talent_pool_optin": """
Pronto! Você agora faz parte do nosso Banco de Talentos. Vamos te avisar quando surgirem vagas com o seu perfil.
Confirmamos a sua inscrição na nossa bolsa de candidaturas espontâneas. Os seus dados serão conservados durante 24 meses, salvo pedido em contrário.
Confirme seu e-mail para ativar seu cadastro em nossa comunidade de talentos.
Conforme solicitou, mantivemos o seu CV na nossa base de dados para futuras oportunidades na área de engenharia.
""",
        "rej_portal": """
Agradecemos seu interesse em fazer parte do nosso time. Após análise cuidadosa, informamos que seu perfil não foi selecionado para as próximas etapas da vaga de {role}. Seu currículo ficará em nosso banco de talentos.
SUBJECT: Atualização da sua candidatura || O status da sua candidatura mudou para: Não selecionado. Esta é uma mensagem automática.
Agradecemos o interesse demonstrado. Após análise da sua candidatura, informamos que a mesma não foi selecionada para a fase seguinte do processo de recrutamento.
Queremos agradecer muito pela sua participação no processo seletivo. Neste momento, decidimos seguir com outros candidatos cujos perfis estão mais alinhados aos requisitos da vaga.
O Centro de Serviços Partilhados de Recursos Humanos informa que a sua candidatura não reúne os requisitos mínimos exigidos para a função.
Infelizmente você não atingiu a pontuação mínima nos testes online do Programa de Trainee e não seguirá para a próxima etapa. Você poderá se inscrever novamente na próxima edição.
Poxa, dessa vez não rolou. Depois de analisar seu perfil com carinho, o time decidiu seguir com outras pessoas candidatas. Mas não desanima, tá?
Lamentamos informar que o processo de recrutamento para a função de {role} foi concluído e que a sua candidatura não foi a escolhida.
Informamos que a vaga de {role} foi encerrada e, por isso, sua candidatura não seguirá no processo.
""",
        "rej_small_business": """
Obrigada por ter vindo aqui no pet shop. A vaga de banho e tosa acabou ficando com uma pessoa que já tem o curso de tosa na tesoura, que era o que a gente mais precisava. Boa sorte!
Agradecemos a sua candidatura para empregado de mesa. A vaga já foi preenchida, mas no verão voltamos a recrutar.
Agradeço pela entrevista de ontem. Optamos por uma candidata que já tem experiência com folha de pagamento. Guardo seu contato.
Obrigado pelo interesse na nossa loja. Infelizmente já encontrámos a pessoa que procurávamos.
Desculpa a demora. Infelizmente a vaga ja foi preenchida, fica pra proxima!
Foi um gosto conhecê-lo, mas decidimos avançar com alguém com mais experiência em máquina de costura industrial. Desejo-lhe boa sorte.
Agradecemos o interesse na vaga de recepcionista. No momento não vamos seguir com seu currículo, pois precisamos de alguém com disponibilidade aos sábados.
A vaga de professor de inglês para as turmas infantis foi preenchida por um candidato com mais experiência com crianças pequenas. Agradecemos muito pela aula demonstrativa.
""",
        "rej_public_university": """
Comunicamos que, após a análise curricular, seu nome não consta na lista de candidatos aprovados para a etapa de entrevista do processo seletivo para professor substituto.
Informa-se que, nos termos da ata do júri, a sua candidatura foi excluída por não cumprir o requisito de grau académico exigido no edital. Dispõe de 10 dias úteis para se pronunciar em sede de audiência prévia.
Informamos que V.Sa. não foi classificado(a) dentro do número de vagas previstas no edital do processo seletivo simplificado.
Notifica-se V. Exa. de que, na prova de conhecimentos, obteve classificação inferior a 9,5 valores, pelo que foi excluído(a) do procedimento concursal.
Agradecemos a participação na seleção para técnico de enfermagem. Informamos que seu nome não foi selecionado.
Vimos informar que a bolsa de investigação a que se candidatou foi atribuída a outro candidato, conforme lista de ordenação final em anexo.
Seu recurso contra o resultado preliminar foi analisado e INDEFERIDO. Mantém-se o resultado: não aprovado.
Após a entrevista, o júri deliberou propor outro candidato para o lugar. Agradecemos a sua participação.
""",
        "rej_buried": """
Antes de tudo, queremos agradecer pelo tempo e dedicação em todas as etapas. Foi muito bom te conhecer, e o time elogiou bastante seu case. A decisão foi difícil, porque a etapa final contou com perfis muito fortes. No fim, optamos por seguir com uma pessoa com mais vivência em varejo. Vamos manter contato!
Estamos migrando para uma nova plataforma de recrutamento e, a partir de 1º de setembro, todas as candidaturas serão acompanhadas por lá. Seus dados serão transferidos automaticamente, e você poderá acessar seu histórico com o mesmo e-mail. Aproveitamos para informar que sua candidatura para {role} foi encerrada sem avanço para a etapa seguinte. Agradecemos a participação.
Em primeiro lugar, agradecemos a disponibilidade demonstrada ao longo do processo. Recebemos um número muito elevado de candidaturas de excelente qualidade, o que tornou a decisão difícil. Após ponderação, optámos por avançar com um candidato cujo perfil se ajusta mais às necessidades atuais da equipa. Guardaremos o seu CV.
Como você sabe, estamos em um momento de expansão, e conhecemos muita gente boa nas últimas semanas. Esperamos cruzar caminhos em breve. Em relação à vaga de {role}, infelizmente não vamos seguir com a sua candidatura.
Recebemos a sua candidatura e analisámo-la com atenção. O seu percurso é interessante e a carta de apresentação foi muito apreciada. No entanto, face ao número de candidaturas, foi necessário escolher perfis com maior experiência em gestão de projetos, pelo que não daremos seguimento à sua candidatura.
SUBJECT: Retorno da vaga || Então, conversei com a diretoria ontem sobre você. Eles gostaram muito da entrevista, principalmente da sua experiência com atendimento, mas decidiram por um perfil mais júnior pra caber no orçamento deste ano. Queria muito que tivesse dado certo, de verdade.
Na sequência da avaliação psicotécnica e da entrevista com a direção, a equipa fez uma ponderação cuidada de todos os elementos recolhidos. O seu desempenho foi bastante positivo em várias dimensões, em particular na prova de grupo. Contudo, a decisão final recaiu sobre outro candidato, com maior experiência em contexto industrial. Agradecemos o empenho e a disponibilidade.
""",
        "rej_plain_short": """
Infelizmente não poderemos contar com você nesta vaga.
A vaga já foi preenchida. Obrigado pelo interesse.
Lamentamos, mas a sua candidatura não foi selecionada.
Dessa vez não deu. Obrigado por participar!
SUBJECT: Processo seletivo – retorno || Seu perfil não avançou nesta seleção.
Informamos que não foi selecionado para esta função.
Não vamos seguir com sua candidatura.
""",
    },
}

WRAP: dict[str, dict[str, list[str]]] = {
    "en": {
        "greet": [
            "Hi {first},",
            "Dear {first},",
            "Hello {first},",
            "Dear {first} Rivera,",
            "{first},",
        ],
        "thanks": [
            "Thank you for your interest in {company}.",
            "Thanks for applying to {company}.",
            "We appreciate your interest in joining {company}.",
        ],
        "wish": [
            "We wish you all the best in your search.",
            "Good luck with your next steps.",
            "All the best for the future.",
        ],
        "marketing": [
            "At {company}, we move goods, data and ideas across twelve countries. Our people are at the heart of everything we do, which is why we invest in learning budgets, flexible hours and an annual volunteering week.",
            "Did you know? {company} was named one of the region's best mid-sized employers for the third year running. Follow us on LinkedIn to meet the team behind the award.",
        ],
        "sign": [
            "Best regards,\n{sender}",
            "Kind regards,\n{sender}\n{company}",
            "Cheers,\n{sender_first}",
            "Thanks,\n{sender}\nTalent Team, {company}",
        ],
        "footer": [
            "{company} | 4 Wharf Street, Bristol | You are receiving this email because you applied for a role with us. Privacy notice | Unsubscribe",
            "This message was sent by {company} via our applicant tracking system. Please do not reply to this automated address.",
        ],
        "subject_app": [
            "Your application for {role}",
            "{company}: your application",
            "Application update - {role}",
        ],
        "subject_inv": [
            "Interview invitation - {role}",
            "Next steps: {role} at {company}",
            "Let's talk - {company}",
        ],
        "subject_off": ["Your offer from {company}", "Offer of employment - {role}"],
        "subject_oth": [
            "{company} careers",
            "A quick note from {company}",
            "Your candidate account",
        ],
    },
    "de": {
        "greet": [
            "Guten Tag {first} Rivera,",
            "Sehr geehrte*r {first} Rivera,",
            "Grüezi {first} Rivera",
            "Hallo {first},",
            "Liebe*r {first},",
            "Servus {first},",
        ],
        "thanks": [
            "Vielen Dank für Ihr Interesse an {company}.",
            "Herzlichen Dank für Ihre Bewerbung bei {company}.",
            "Danke für dein Interesse an {company}!",
            "Schön, dass du dich bei {company} beworben hast.",
        ],
        "wish": [
            "Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.",
            "Wir wünschen Ihnen für Ihre weitere Stellensuche viel Erfolg.",
            "Wir wünschen dir alles Gute für deine Jobsuche!",
            "Viel Erfolg weiterhin – wir drücken dir die Daumen.",
        ],
        "marketing": [
            "{company} steht seit über 40 Jahren für zuverlässige Lösungen in Logistik und Industrie. Über 1.200 Mitarbeitende an acht Standorten gestalten mit uns die Zukunft – mit flexiblen Arbeitszeiten, JobRad und betrieblicher Altersvorsorge.",
            "Bei {company} zählt, wer du bist: Wir leben Vielfalt, fördern Weiterbildung und feiern Erfolge gemeinsam. Schau dir auf Instagram an, wie unser Arbeitsalltag aussieht!",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}\n{company}",
            "Freundliche Grüsse\n{sender}",
            "Beste Grüße\n{sender}",
            "Viele Grüße\n{sender_first}",
            "Liebe Grüße\n{sender_first}",
        ],
        "footer": [
            "{company} · Sitz der Gesellschaft: Hamburg · Registergericht Hamburg HRB 98765 · Informationen zum Datenschutz finden Sie auf unserer Karriereseite.",
            "{company} · Firmenbuch FN 412345x, Handelsgericht Wien · Diese E-Mail wurde automatisch erstellt.",
            "{company} · Bahnhofstrasse 18, 8001 Zürich · Diese Nachricht ist vertraulich.",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Deine Bewerbung bei {company}",
            "Bewerbung {role} – {company}",
        ],
        "subject_inv": [
            "Einladung zum Gespräch – {role}",
            "Kennenlernen bei {company}",
            "Dein Termin bei {company}",
        ],
        "subject_off": ["Ihr Vertragsangebot – {role}", "Unser Angebot für dich"],
        "subject_oth": [
            "Information zu Ihrem Bewerberkonto",
            "Neuigkeiten von {company}",
            "Kurze Rückfrage",
        ],
    },
    "fr": {
        "greet": [
            "Bonjour {first},",
            "Madame, Monsieur,",
            "Bonjour {first} Rivera,",
            "Salut {first} !",
            "Bonjour,",
        ],
        "thanks": [
            "Nous vous remercions de l'intérêt que vous portez à {company}.",
            "Merci pour votre candidature chez {company}.",
            "Merci pour ton intérêt pour {company} !",
        ],
        "wish": [
            "Nous vous souhaitons plein succès dans vos recherches.",
            "Bonne continuation dans vos démarches.",
            "On te souhaite le meilleur pour la suite !",
        ],
        "marketing": [
            "Depuis 1987, {company} accompagne ses clients en Europe et au Canada. Nos 800 collaboratrices et collaborateurs partagent des valeurs fortes : respect, audace et engagement.",
            "Rejoindre {company}, c'est choisir une entreprise engagée pour la planète : bilan carbone publié, mobilité douce encouragée, et une journée solidaire par an pour chacun.",
        ],
        "sign": [
            "Cordialement,\n{sender}",
            "Bien à vous,\n{sender}",
            "Meilleures salutations\n{sender}\n{company}",
            "Au plaisir,\n{sender_first}",
            "Veuillez agréer l'expression de nos salutations distinguées.\n{sender}\nService des ressources humaines",
        ],
        "footer": [
            "{company} SAS – RCS Lyon 812 345 678 – Conformément au RGPD, vous disposez d'un droit d'accès et de rectification de vos données.",
            "{company} – Ce courriel est confidentiel. Conformément à la Loi 25, consultez notre politique de confidentialité.",
            "{company} SA – Rue du Marché 12, 1204 Genève.",
        ],
        "subject_app": [
            "Votre candidature – {role}",
            "{company} : votre candidature",
            "Candidature au poste de {role}",
        ],
        "subject_inv": [
            "Invitation à un entretien – {role}",
            "Convocation – {company}",
            "On se rencontre ?",
        ],
        "subject_off": ["Proposition d'embauche – {role}", "Votre offre chez {company}"],
        "subject_oth": ["Votre espace candidat", "Des nouvelles de {company}", "Information"],
    },
    "es": {
        "greet": [
            "Hola {first}:",
            "Estimado/a {first}:",
            "Hola, {first}.",
            "Buen día, {first}.",
            "Buenas tardes {first},",
        ],
        "thanks": [
            "Gracias por tu interés en {company}.",
            "Agradecemos su interés en formar parte de {company}.",
            "Gracias por postularte en {company}.",
        ],
        "wish": [
            "Te deseamos mucho éxito en tu búsqueda.",
            "Le deseamos éxito en sus proyectos profesionales.",
            "¡Mucha suerte en lo que viene!",
        ],
        "marketing": [
            "En {company} llevamos más de 30 años llevando alimentos de calidad a las mesas de toda Latinoamérica. Somos más de 3.000 personas comprometidas con la sostenibilidad y el desarrollo de nuestras comunidades.",
            "¿Sabías que {company} fue reconocida como uno de los mejores lugares para trabajar del país? Descubre nuestros programas de formación y bienestar en nuestra web de empleo.",
        ],
        "sign": [
            "Un saludo,\n{sender}",
            "Saludos cordiales,\n{sender}\n{company}",
            "Atentamente,\n{sender}",
            "Cordialmente,\n{sender}",
            "Abrazo,\n{sender_first}",
        ],
        "footer": [
            "{company} · Este mensaje y sus anexos son confidenciales. Sus datos serán tratados conforme a la normativa de protección de datos vigente.",
            "{company} · Aviso de Privacidad disponible en nuestro sitio web. Si no desea recibir más correos, responda BAJA.",
        ],
        "subject_app": [
            "Tu candidatura para {role}",
            "Postulación {role} – {company}",
            "{company}: sobre tu postulación",
        ],
        "subject_inv": [
            "Invitación a entrevista – {role}",
            "Entrevista en {company}",
            "¿Platicamos?",
        ],
        "subject_off": ["Oferta laboral – {role}", "Tu propuesta de {company}"],
        "subject_oth": [
            "Tu cuenta de candidato",
            "Novedades de {company}",
            "Información importante",
        ],
    },
    "pt": {
        "greet": [
            "Olá, {first}!",
            "Oi {first}, tudo bem?",
            "Caro(a) {first},",
            "Exmo.(a) Sr.(a) {first} Rivera,",
            "Bom dia {first},",
        ],
        "thanks": [
            "Obrigado pelo seu interesse na {company}.",
            "Agradecemos o seu interesse em integrar a {company}.",
            "Valeu por se candidatar na {company}!",
        ],
        "wish": [
            "Desejamos muito sucesso na sua jornada profissional.",
            "Votos de sucesso para o seu futuro profissional.",
            "Boa sorte nos próximos passos!",
        ],
        "marketing": [
            "A {company} nasceu em 1998 e hoje está presente em 14 estados, com mais de 2.500 colaboradores. Acreditamos em gente que faz acontecer e em um ambiente diverso e inclusivo.",
            "Na {company}, a inovação faz parte do dia a dia: projetos em Portugal, Angola e Brasil, formação contínua e um programa de mobilidade interna para quem quer crescer.",
        ],
        "sign": [
            "Abraços,\n{sender_first}",
            "Atenciosamente,\n{sender}\n{company}",
            "Com os melhores cumprimentos,\n{sender}",
            "Cumprimentos,\n{sender}",
        ],
        "footer": [
            "{company} · Seus dados são tratados conforme a LGPD. Para deixar de receber nossos e-mails, clique aqui.",
            "{company} · NIPC 509 876 543 · Esta mensagem é confidencial e destina-se apenas ao seu destinatário.",
        ],
        "subject_app": [
            "Sua candidatura para {role}",
            "Candidatura – {role}",
            "{company}: processo seletivo",
        ],
        "subject_inv": [
            "Convite para entrevista – {role}",
            "Entrevista na {company}",
            "Vamos conversar?",
        ],
        "subject_off": ["Proposta de trabalho – {role}", "Sua proposta da {company}"],
        "subject_oth": ["Sua conta de candidato", "Novidades da {company}", "Informação"],
    },
}

THREAD: dict[str, str] = {
    "en": "Hi {sender_first},\nI just wanted to check whether there is any news on my application. Happy to send anything else you need.\nAlex\n\n{header2}\nHi Alex,\nThanks for getting in touch. I've passed your message on to the hiring team and will let you know as soon as I hear anything.\n{sender}\n",
    "de": "Hallo {sender_first},\nich wollte kurz nachfragen, ob es schon einen neuen Stand zu meiner Bewerbung gibt. Falls noch Unterlagen fehlen, reiche ich sie gern nach.\nViele Grüße\nAlex\n\n{header2}\nGuten Tag Alex Rivera,\nvielen Dank für Ihre Nachricht. Ich habe sie an die Fachabteilung weitergeleitet und melde mich, sobald ich mehr weiß.\n{sender}\n",
    "fr": "Bonjour {sender_first},\nJe me permets de revenir vers vous au sujet de ma candidature. Je reste disponible pour tout complément d'information.\nBien cordialement,\nAlex\n\n{header2}\nBonjour Alex,\nMerci pour votre message. Je l'ai transmis à l'équipe concernée et je reviens vers vous dès que possible.\n{sender}\n",
    "es": "Hola {sender_first}:\nQuería consultar si hay alguna novedad sobre mi candidatura. Quedo a disposición por si necesitan algún documento más.\nSaludos,\nAlex\n\n{header2}\nHola Alex:\nGracias por escribirnos. Ya le pasé tu mensaje al equipo y te aviso en cuanto tenga noticias.\n{sender}\n",
    "pt": "Olá {sender_first},\nGostaria de saber se há alguma novidade sobre a minha candidatura. Fico à disposição caso precisem de mais alguma informação.\nObrigado,\nAlex\n\n{header2}\nOlá Alex,\nObrigada pela mensagem. Já encaminhei para a equipa responsável e dou-lhe notícias assim que possível.\n{sender}\n",
}
