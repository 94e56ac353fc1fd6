# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Author 9b: an independent set of job-search passages in en, de, fr, es and pt, written from scratch. Senders are big tech firms and scale-ups, investment banks, FMCG graduate schemes, game studios, research institutes, German Konzerne and Behörden (öffentlicher Dienst, Auswahlverfahren, Personalrat), the French fonction publique and grands groupes (concours, jury, épreuve orale), Canadian and Swiss employers, Spanish and Latin American firms, Brazilian and Portuguese employers, and headhunters. About half of each language is rejections, phrased in deliberately varied ways: portal status changes, one-line notes from hiring managers, "pursue other profiles", "close your file", "not retain your application", "leider müssen wir Ihnen mitteilen", "la suite donnée est défavorable", long regretful letters with feedback, post-final-round feedback, rejections that point to a lower role without offering it, and withdrawn or frozen vacancies. The rest covers acknowledgements and status updates (still reviewing, passed to the hiring manager, on hold until a date, reserve lists and candidate pools that are not a no), invitations of every kind (assessment centres, psychometric tests, one-way video, superdays, take-home tests, Auswahlgespräch, épreuve orale, entrevista por competencias, dinâmica de grupo, reschedules), offers and offer paperwork, and other mail (alerts, newsletters, cold outreach, surveys, reference requests, events, account notices, withdrawal confirmations)."""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Northvale Systems",
    "Kestrel Harbour Capital",
    "Marbury Foods",
    "Lanternfish Games",
    "Helix Institute for Applied Research",
    "Rheinfeld Energie",
    "Orbelle Mobility",
    "Cordillera Pagos",
    "Vantara Logística",
    "Alpenglass Analytics",
)

ROLES: tuple[str, ...] = (
    "Data Analyst",
    "Graduate Management Trainee",
    "Backend Engineer",
    "Gameplay Programmer",
    "Research Associate",
    "Product Manager",
    "Investment Banking Analyst",
    "Policy Officer",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Priya Natarajan", "priya.natarajan@{domain}"),
    ("Talent Acquisition", "talent@{domain}"),
    ("Candidate Portal", "do-not-reply@apply.hirelane.example"),
    ("Jonas Brenner", "jonas.brenner@{domain}"),
    ("Camille Lefort", "recrutement@{domain}"),
    ("Lucía Ortega", "lucia.ortega@{domain}"),
    ("Equipe de Carreiras", "carreiras@{domain}"),
    ("Graduate Recruitment", "graduates@{domain}"),
    ("Martin Osei", "m.osei@{domain}"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_portal_status": """
Your application status for {role} (Req 48213) has changed to "Not selected". You can see every application you have with us in the candidate portal.
The status of your application has been updated to: No longer under consideration. This update is final for this requisition.
SUBJECT: A change to your candidate profile || We've updated your profile: the {role} requisition is now marked "Closed - not progressing" for you. Any other applications you have open with {company} are unaffected.
Stage reached: Online assessment. Outcome: Unsuccessful. We're unable to give individual feedback at this stage of the process.
""",
        "rej_manager_note": """
Quick note from me, since I was the hiring manager: we've gone with someone else for the role. Thanks for the time you put in, it was close.
{first}, I wanted to tell you myself rather than leave it to the system: we won't be taking you forward for the team.
Short and honest: the panel picked another candidate. I'd have hired two of you if I'd had the headcount.
""",
        "rej_other_profiles": """
After reviewing your application carefully, we have decided to pursue other profiles whose experience more closely matches what the team needs right now.
We've chosen to progress with candidates who have more extensive fixed income experience, so we won't be taking your application for {role} any further.
The team has decided to focus on applicants who have already shipped a console title, which means we won't be inviting you to the next stage.
""",
        "rej_after_final": """
Thank you for spending the day with us at the final round. The panel liked your system design interview, but felt the behavioural conversations didn't give enough evidence of leading through ambiguity, and on that basis we're not able to extend an offer. For what it's worth, your debugging exercise was the strongest signal of the day.
I'm sorry to say that after the superday the desk decided not to move forward with you. The interviewers noted strong technicals and good market awareness, but your case study answer never landed on a clear recommendation. We'd genuinely encourage you to apply again for the next analyst intake.
We've debriefed the final panel and unfortunately we won't be offering you the {role} position. It came down to depth in experimental design: the other finalist had run several large A/B programmes end to end. Happy to get on a short call if you'd like more detail.
""",
        "rej_lower_role_pointer": """
We won't be progressing your application for {role}, as the position needs more people-management experience than you have so far. The hiring manager did mention that our Associate programme opens in March and could suit you well; you'd need to apply through the portal in the usual way.
While we've decided not to move forward with you for the senior position, your profile might fit a junior opening we expect later in the year. If it goes live you're very welcome to put yourself forward for it.
""",
        "rej_withdrawn": """
The {role} requisition has been cancelled following a reorganisation of the team, so we're closing all open applications, including yours.
I'm afraid the budget for this position was frozen last week and the vacancy has been withdrawn. It isn't a reflection on you, but it does mean the process ends here.
SUBJECT: {role}: position no longer available || Please note that the position you applied for has been filled internally and is no longer open, so your application won't be reviewed further.
""",
        "rej_long_regretful": """
I know this isn't the news you were hoping for. We had more than nine hundred applications to the graduate scheme this year and some very hard calls to make; on this occasion your application has not been successful. Your numerical reasoning result was above our threshold, but the situational judgement score fell short of the cut-off we set for the assessment centre.
We really enjoyed getting to know you, and this hasn't been an easy email to write. After a lot of discussion we've decided not to offer you a place on the residency. We hope you'll keep an eye on the studio; we'd be glad to see your name again.
It's been a pleasure talking to you over the past few weeks. The institute's selection committee has, however, recommended another candidate for the fellowship, and the director has accepted that recommendation.
""",
        "rej_headhunter": """
Just heard back from my client. They've decided not to take you through to the second interview; they were after someone with more regulatory reporting exposure. I'll keep you in mind for other mandates.
I'm afraid it's a no from the client this time round. They liked you, but they went with someone who can start straight away.
""",
        "rej_canada_swiss": """
Your application was screened out at the initial stage because it did not clearly show the essential qualification "experience leading a team of three or more".
As this position requires the ability to work in both official languages, and your self-assessment indicated English only, we are unable to consider your application further.
Unfortunately we can only consider applicants who already hold a valid Swiss work permit or an EU/EFTA passport, so we will not be progressing your application.
""",
        "rej_close_file": """
We've decided to close your file for this vacancy. Thank you for taking the time to complete every step of the application.
Having compared all the shortlisted candidates, we will not be retaining your application for the next round.
""",
        "ack_received": """
We've received your application for {role} and the recruiting team will look at it over the coming weeks. There's nothing else you need to do for now.
SUBJECT: Application complete || Thanks for completing all three sections of the graduate application form. Your submission is now with our screening team.
""",
        "ack_status": """
A quick update: we're still reviewing applications and haven't made any decisions yet. We expect to be back in touch by the end of the month.
Your CV has now been passed to the hiring manager for review. I'll let you know as soon as I hear anything back.
We've put hiring for {role} on hold until the new financial year starts on 1 April. Your application stays active and we'll pick it up again then.
""",
        "ack_reserve": """
The interview panel has placed you on our reserve list for {role}. This isn't a no: if the preferred candidate declines, or a second post is approved, we'll contact you directly. The list is valid for six months.
You have been placed in a pool of qualified candidates that may be used to staff this and similar positions. Being in a pool does not guarantee an appointment, and we'll contact you if a suitable vacancy comes up.
""",
        "inv_assessment": """
We're pleased to invite you to our virtual assessment centre on 14 November. The day includes a group exercise, a written case and a final interview with a senior manager; please choose a slot using the link below.
The next step is a set of online psychometric tests covering numerical, verbal and logical reasoning. Please complete them within five days of receiving this email; each takes about twenty minutes.
As part of our process we'd like you to record a short video interview. You'll see five questions and have up to two minutes to answer each, and the link expires on Friday at midnight.
""",
        "inv_interview": """
You've been selected for our superday in London on the 22nd. Expect four back-to-back interviews with members of the coverage team; please confirm your attendance by replying to this email.
Would you have thirty minutes this week for a call with me and the engineering lead? Tuesday or Wednesday afternoon would work well on our side.
The committee would like to invite you to give a twenty-minute talk on your research, followed by individual interviews with two group leaders. We'll cover reasonable travel costs.
We'd like to send you our take-home programming test. You'll have 72 hours from the moment you open it, and we'll go through your solution together in the next interview.
""",
        "inv_reschedule": """
Our interviewer has had something urgent come up. Could we move your interview to Thursday at 3pm instead? If that doesn't suit, just send me two or three times that do.
My client would like to meet you in person next week; are you free on Monday morning or Tuesday after lunch?
""",
        "off_offer": """
I'm delighted to tell you that we'd like to offer you the {role} position. I'll give you a ring this afternoon to go through the details.
Congratulations! We are pleased to offer you a place on our Graduate Programme starting in September, subject to satisfactory references.
""",
        "off_paperwork": """
Please find attached your offer letter and employment contract. Could you sign and return them through DocuSign by Friday so we can confirm your start date?
As part of accepting your offer, please complete the background check and right-to-work forms in the onboarding portal within seven days.
""",
        "oth_alert": """
12 new jobs match your saved search "data analyst, remote". Log in to see them before they close.
New roles at {company} this week: Backend Engineer, Product Designer and Technical Artist. Update your alert preferences at any time.
""",
        "oth_newsletter": """
Inside the studio: this month we talk to our lead animator about what it takes to make a boss fight feel fair, and share photos from our summer game jam.
The Helix research digest: three new papers on battery chemistry, a grant announcement and a look at our new imaging lab.
""",
        "oth_cold": """
I came across your profile and think you could be a strong fit for a Series B fintech I'm working with in Toronto. Open to a quick chat this week?
I'm hiring for a confidential search at a large consumer goods company and your background caught my eye. Would you be interested in hearing more?
""",
        "oth_misc": """
How was your candidate experience with us? Whatever the outcome, we'd love your view in a two-minute survey.
Sam Patel has given your name as a referee for a role at our company. Could you fill in the short reference form at the link below by Thursday?
Join us at our careers evening on 3 October to meet engineers and graduates from across the business. Places are limited, so register early.
Your candidate account has been inactive for 11 months and will be deleted in 30 days. Log in to keep it.
We've confirmed your request to withdraw your application. Thanks for letting us know, and feel free to apply again in the future.
""",
    },
    "de": {
        "rej_leider_mitteilen": """
Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren Verfahren nicht berücksichtigen können.
Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir uns für andere Bewerberinnen und Bewerber entschieden haben.
Wir bedauern, Ihnen mitteilen zu müssen, dass Sie für die Stelle als {role} nicht in die engere Auswahl gekommen sind.
SUBJECT: Ihre Bewerbung bei {company} || Wir haben uns die Entscheidung nicht leicht gemacht, werden Ihre Bewerbung aber nicht weiterverfolgen.
""",
        "rej_behoerde": """
Das Auswahlverfahren für die ausgeschriebene Stelle (Kennziffer 2024-117) ist abgeschlossen. Die Auswahlkommission hat sich für eine andere Bewerberin entschieden, der Personalrat hat der Einstellung zugestimmt.
Im Rahmen der Vorauswahl konnten wir Sie leider nicht berücksichtigen, da der in der Ausschreibung geforderte Masterabschluss oder ein vergleichbarer Hochschulabschluss nicht nachgewiesen wurde.
Nach Abschluss der Auswahlgespräche teilen wir Ihnen mit, dass die Wahl nicht auf Sie gefallen ist. Ihre Bewerbungsunterlagen werden nach Ablauf der Fristen des AGG datenschutzgerecht vernichtet.
Im schriftlichen Eignungstest haben Sie die erforderliche Mindestpunktzahl nicht erreicht; eine Teilnahme am weiteren Auswahlverfahren ist daher nicht möglich.
""",
        "rej_portal": """
Der Status Ihrer Bewerbung hat sich geändert: „Absage". Einzelheiten finden Sie in Ihrem Bewerberkonto.
Ihre Bewerbung (Job-ID 38812) wurde im Karriereportal auf „Nicht mehr im Verfahren" gesetzt.
""",
        "rej_manager_kurz": """
Kurze Rückmeldung von mir als Teamleiter: Wir haben uns für jemand anderen entschieden. Danke für das offene Gespräch.
Ich wollte es Ihnen selbst sagen, bevor die offizielle Mail kommt: Es hat diesmal leider nicht gereicht.
""",
        "rej_nach_finale": """
Nach der finalen Runde mit Herrn Dr. Albers haben wir lange beraten. Fachlich waren Sie überzeugend, in der Fallstudie fehlte uns jedoch eine klare Priorisierung, weshalb wir Ihnen kein Angebot machen werden.
Wir haben uns nach dem Assessment Center gegen eine Einstellung entschieden. Zur Rückmeldung: In der Gruppenübung haben Sie wenig Initiative gezeigt, die Präsentation war dagegen sehr gut strukturiert.
Nach dem Fachgespräch und dem Probetag im Team hat sich die Abteilung für einen Kandidaten mit mehr Erfahrung in der Netzplanung entschieden. Die Kolleginnen und Kollegen haben Ihre Fragen übrigens als besonders durchdacht gelobt.
""",
        "rej_andere_stelle": """
Für die Position als {role} können wir Sie leider nicht berücksichtigen. Wir möchten Sie aber auf unsere Junior-Stelle im selben Bereich aufmerksam machen, auf die Sie sich gern über das Portal bewerben können.
Für die ausgeschriebene Referentenstelle kommen Sie nach unserer Einschätzung nicht in Betracht. Sollte im Herbst eine Sachbearbeiterstelle ausgeschrieben werden, freuen wir uns über eine erneute Bewerbung.
""",
        "rej_stelle_entfallen": """
Die Stelle wird aufgrund interner Umstrukturierungen nicht besetzt, die Ausschreibung wurde zurückgezogen. Das Verfahren ist damit auch für Sie beendet.
Wegen einer Haushaltssperre kann die Stelle vorerst nicht besetzt werden; wir beenden das Auswahlverfahren hiermit.
""",
        "rej_ausfuehrlich": """
Wir wissen, wie viel Zeit und Mühe in einer Bewerbung steckt, und diese Nachricht fällt uns nicht leicht. Bei mehr als 300 Bewerbungen auf das Traineeprogramm mussten wir eine Auswahl treffen, und in diesem Jahrgang können wir Ihnen leider keinen Platz anbieten.
Ihr Profil hat uns in vielen Punkten angesprochen, besonders Ihre Erfahrung mit Python und SQL. Letztlich haben wir uns jedoch für Kandidatinnen und Kandidaten entschieden, die bereits im Energiehandel gearbeitet haben.
""",
        "rej_headhunter": """
Mein Mandant hat sich nach dem zweiten Gespräch leider gegen Sie entschieden. Man suchte am Ende doch jemanden mit mehr Konzernerfahrung, ich melde mich aber, sobald ich etwas Passendes habe.
Kurzes Update vom Kunden: Es wird leider nichts. Die Position geht an eine interne Kandidatin.
""",
        "rej_schweiz": """
Wir haben Ihr Dossier mit Interesse geprüft, müssen Ihnen aber mitteilen, dass wir Sie im weiteren Verfahren nicht berücksichtigen können.
Nach Prüfung aller Unterlagen haben wir entschieden, Ihr Dossier für diese Stelle zu schliessen. Wir danken Ihnen für das Vertrauen.
""",
        "rej_talentpool": """
Wir haben uns für andere Kandidaten entschieden, würden Ihre Unterlagen aber gern in unseren Talentpool aufnehmen, sofern Sie zustimmen.
Für diese Stelle passt Ihr Profil leider nicht genau genug, weshalb wir Ihnen heute eine Absage erteilen müssen.
""",
        "ack_eingang": """
Hiermit bestätigen wir den Eingang Ihrer Bewerbung. Bitte sehen Sie von Sachstandsanfragen ab; das Verfahren dauert erfahrungsgemäß sechs bis acht Wochen.
Ihre Unterlagen sind vollständig bei uns eingegangen und wurden an die Fachabteilung weitergeleitet, die sich direkt bei Ihnen melden wird.
""",
        "ack_zwischenbescheid": """
Das Auswahlverfahren dauert noch an, da die Gleichstellungsbeauftragte und die Schwerbehindertenvertretung beteiligt werden müssen. Wir melden uns voraussichtlich bis Ende März bei Ihnen.
Die Besetzung der Stelle ist bis zum 15. Januar ausgesetzt. Ihre Bewerbung bleibt im Verfahren und wird danach weiter bearbeitet.
""",
        "ack_nachrueckerliste": """
Die Auswahlkommission hat Sie auf Platz 2 der Nachrückerliste gesetzt. Das ist ausdrücklich keine Absage: Sollte die ausgewählte Person absagen, kommen wir auf Sie zu.
Sie gehören zum Kreis der geeigneten Bewerberinnen und Bewerber; die Entscheidung über die Besetzung ist noch nicht gefallen.
""",
        "inv_auswahlgespraech": """
Wir laden Sie zu einem Auswahlgespräch am Dienstag, 12. März, um 10:30 Uhr in Raum 2.14 ein. Der Auswahlkommission gehört auch ein Mitglied des Personalrats an; bitte bringen Sie einen Lichtbildausweis mit.
Gern möchten wir Sie persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch per Teams ein. Bitte nennen Sie uns zwei mögliche Termine in der kommenden Woche.
Nach dem ersten Gespräch würden wir Sie gern zu einem Fachgespräch mit anschliessendem Probearbeitstag in unser Zürcher Büro einladen.
""",
        "inv_tests": """
Als nächsten Schritt bitten wir Sie, einen Online-Test zu kognitiven Fähigkeiten zu absolvieren. Der Link ist sieben Tage gültig, planen Sie etwa 45 Minuten ein.
Wir laden Sie herzlich zu unserem Assessment Center am 5. Juni in Essen ein. Sie erwarten eine Präsentation, eine Gruppenübung und ein Interview mit zwei Führungskräften.
Bitte nehmen Sie an unserem zeitversetzten Videointerview teil: Sie beantworten vier Fragen vor der Kamera und haben pro Antwort bis zu drei Minuten Zeit.
""",
        "inv_verschiebung": """
Leider muss Frau Dr. Kessler den vereinbarten Termin absagen. Könnten wir das Gespräch auf Donnerstag, 14 Uhr, verlegen?
Mein Mandant würde Sie gern kennenlernen. Hätten Sie nächste Woche Zeit für ein erstes Gespräch in Frankfurt?
""",
        "off_zusage": """
Wir freuen uns sehr, Ihnen die Stelle als {role} anbieten zu können, und hoffen, dass Sie zusagen.
Herzlichen Glückwunsch: Sie haben das Auswahlverfahren erfolgreich durchlaufen, und wir bieten Ihnen einen Platz in unserem Traineeprogramm ab 1. Oktober an.
""",
        "off_unterlagen": """
Anbei erhalten Sie den Arbeitsvertrag in zweifacher Ausfertigung. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 20. des Monats zurück.
Wir möchten Sie zum 1. Mai einstellen, vorbehaltlich der amtsärztlichen Untersuchung. Die Eingruppierung erfolgt in Entgeltgruppe E 13 TV-L; bitte reichen Sie die beigefügten Personalbögen ein.
""",
        "oth_alert": """
Ihr Jobalarm: 8 neue Stellen passen zu „Data Analyst, Berlin". Jetzt ansehen und bewerben.
Neue Ausschreibungen im öffentlichen Dienst: Referentin/Referent Digitalisierung, Sachbearbeitung Haushalt und weitere.
""",
        "oth_newsletter": """
Im Karriere-Newsletter dieses Monats: Wie unser Trainee-Jahrgang den Netzausbau begleitet und was hinter unserem neuen Mentoring-Programm steckt.
Neues aus dem Institut: zwei ERC-Grants, ein Einblick in das neue Reinraumlabor und Termine für unsere offene Laborführung.
""",
        "oth_cold": """
Ich bin auf Ihr Profil gestoßen und betreue derzeit eine vertrauliche Suche für ein Münchner Scale-up. Hätten Sie Interesse an einem kurzen Austausch?
Für einen meiner Mandanten, einen DAX-Konzern, suche ich eine erfahrene Person im Bereich Datenanalyse. Darf ich Ihnen Details schicken?
""",
        "oth_sonstiges": """
Wie zufrieden waren Sie mit unserem Bewerbungsprozess? Die Umfrage dauert nur drei Minuten und ist unabhängig vom Ergebnis.
Herr Tobias Lang hat Sie als Referenz angegeben. Wären Sie bereit, uns in einem kurzen Telefonat einige Fragen zu beantworten?
Besuchen Sie uns auf der Karrieremesse am 8. November, Stand C12. Wir freuen uns auf Ihren Besuch.
Gemäß unserer Datenschutzrichtlinie werden die Daten Ihres Bewerberkontos in 14 Tagen gelöscht, wenn Sie sich nicht erneut anmelden.
Wir bestätigen, dass Sie Ihre Bewerbung zurückgezogen haben. Ihre Unterlagen werden gelöscht.
""",
    },
    "fr": {
        "rej_suite_defavorable": """
Nous sommes au regret de vous informer que la suite donnée à votre candidature est défavorable.
Après un examen attentif de votre dossier, nous avons le regret de ne pas retenir votre candidature pour le poste de {role}.
Votre profil, bien qu'intéressant, ne correspond pas tout à fait aux besoins actuels de l'équipe, et nous ne pourrons donc pas donner suite.
SUBJECT: Votre candidature chez {company} || Nous avons choisi d'orienter notre choix vers d'autres profils, plus proches des attentes du poste.
""",
        "rej_concours": """
Le jury, réuni le 4 juin, n'a pas déclaré votre candidature admissible. Votre relevé de notes est disponible dans votre espace candidat.
À l'issue des épreuves d'admission, vous n'êtes pas admis(e) au concours externe. Nous vous remercions de l'intérêt porté à la fonction publique.
La commission de sélection a examiné votre dossier et a décidé de ne pas vous retenir pour la phase d'entretiens.
""",
        "rej_portail": """
Le statut de votre candidature a évolué : « Candidature non retenue ». Vous pouvez consulter le détail dans votre espace.
Votre candidature pour l'offre réf. 20931 est désormais clôturée dans notre outil de recrutement.
""",
        "rej_mot_manager": """
Petit mot de ma part avant le message officiel : nous avons choisi un autre profil pour l'équipe. Merci pour nos échanges, c'était serré.
Je préfère vous le dire directement : ce ne sera pas pour cette fois.
""",
        "rej_apres_final": """
À l'issue du dernier entretien, nous avons décidé de ne pas poursuivre. Le jury a apprécié votre maîtrise technique, mais a estimé que votre présentation de l'étude de cas manquait de recul sur les enjeux business.
Après la journée d'évaluation, nous ne sommes pas en mesure de vous proposer le poste. Pour votre information, votre exercice en groupe a été très apprécié ; c'est l'entretien de motivation qui a moins convaincu.
""",
        "rej_autre_poste": """
Nous ne donnerons pas suite pour le poste de {role}. En revanche, un poste d'assistant(e) dans le même service sera publié prochainement, et vous pourrez y postuler si vous le souhaitez.
Votre candidature n'a pas été retenue pour ce poste de cadre, mais notre programme d'alternance pourrait correspondre davantage à votre parcours.
""",
        "rej_poste_annule": """
Le recrutement pour ce poste a été annulé suite à une réorganisation interne. Nous clôturons donc l'ensemble des candidatures.
Le poste a été gelé pour des raisons budgétaires et ne sera pas pourvu cette année ; votre candidature ne pourra pas aboutir.
""",
        "rej_long": """
Nous savons le temps et l'énergie qu'une candidature demande, et c'est avec regret que nous vous écrivons. Nous avons reçu plus de quatre cents dossiers pour ce programme et, malgré la qualité du vôtre, nous ne pouvons pas vous proposer de place cette année.
Nous avons beaucoup apprécié nos échanges et votre curiosité pour nos projets de recherche. Le comité a toutefois retenu un autre candidat dont les travaux sont plus proches de l'axe de l'équipe.
""",
        "rej_chasseur": """
Mon client a décidé de ne pas poursuivre avec vous après le second entretien. Il cherchait finalement un profil plus senior ; je reviens vers vous dès que j'ai une mission adaptée.
Retour du client : c'est négatif pour cette fois, le poste a été attribué à une candidate interne.
""",
        "rej_quebec_suisse": """
Nous avons analysé votre candidature avec attention ; malheureusement, nous ne pourrons pas y donner suite. Nous conserverons votre curriculum vitae dans notre banque de candidatures.
Nous avons le regret de vous informer que votre dossier n'a pas été retenu pour la suite du processus.
Après réflexion, nous avons décidé de clore votre dossier pour ce poste.
Nous avons privilégié des candidatures dont l'expérience en gestion de projet est plus étendue, et nous ne vous convierons donc pas en entrevue.
""",
        "ack_reception": """
Nous accusons bonne réception de votre candidature. Elle sera étudiée avec attention par notre équipe recrutement dans les prochaines semaines.
Votre dossier d'inscription au concours a été déclaré recevable. Les dates des épreuves écrites vous seront communiquées ultérieurement.
""",
        "ack_en_cours": """
Votre candidature est toujours en cours d'étude ; nous n'avons pas encore pris de décision et reviendrons vers vous d'ici la mi-avril.
Votre CV a été transmis au manager opérationnel, qui l'examinera cette semaine.
Le recrutement est suspendu jusqu'au 10 septembre. Votre candidature reste active et sera réexaminée à la reprise.
""",
        "ack_liste_complementaire": """
Le jury vous a inscrit(e) sur la liste complémentaire, au rang 3. Cette inscription n'est pas un refus : elle permet d'être appelé(e) en cas de désistement d'un lauréat de la liste principale.
""",
        "inv_epreuve_orale": """
Vous êtes déclaré(e) admissible. Vous êtes convoqué(e) à l'épreuve orale d'admission, un entretien de 30 minutes avec le jury, le 18 juin à 9 h 40.
Nous souhaitons vous rencontrer pour un entretien avec le jury de recrutement le mardi 3 octobre à 14 h, au siège de l'établissement.
""",
        "inv_entretien": """
Nous aimerions échanger avec vous lors d'un premier entretien téléphonique de vingt minutes. Quelles seraient vos disponibilités cette semaine ?
Nous vous invitons à une journée d'évaluation comprenant une étude de cas, un exercice de groupe et un entretien individuel.
Merci de compléter les tests de personnalité et de raisonnement en ligne avant vendredi ; le lien est personnel.
Dans le cadre du processus, nous vous proposons un entretien vidéo en différé : cinq questions, deux minutes par réponse.
Nous aimerions vous convier à une entrevue avec la gestionnaire du service, à Montréal ou par visioconférence.
""",
        "inv_report": """
Le manager a un empêchement. Pourrions-nous décaler notre entretien à jeudi 11 h ?
""",
        "off_offre": """
Nous avons le plaisir de vous proposer le poste de {role} et espérons vivement vous compter parmi nous.
Vous trouverez ci-joint votre promesse d'embauche. Merci de nous la retourner signée avant le 15 du mois.
Nous vous transmettons votre contrat à durée déterminée de trois ans ainsi que la liste des pièces à fournir pour votre prise de poste.
""",
        "oth_alert": """
Alerte emploi : 6 nouvelles offres correspondent à votre recherche « chef de projet, Lyon ».
De nouvelles offres de la fonction publique sont disponibles dans votre région. Consultez-les dès maintenant.
""",
        "oth_newsletter": """
Dans la lettre d'information de ce mois : rencontre avec notre directrice R&D et retour sur notre hackathon de rentrée.
""",
        "oth_cold": """
Je me permets de vous contacter au sujet d'une opportunité confidentielle chez un grand groupe industriel. Seriez-vous ouvert(e) à un échange ?
Votre parcours a retenu mon attention pour un poste que j'accompagne dans une scale-up parisienne. Auriez-vous quinze minutes cette semaine ?
""",
        "oth_divers": """
Votre avis compte : répondez à notre enquête de satisfaction candidat en deux minutes.
Mme Claire Morel vous a désigné(e) comme référence. Pourriez-vous compléter le formulaire ci-joint ?
Rejoignez-nous au forum des métiers le 12 mars pour rencontrer nos équipes.
Votre mot de passe a été modifié. Si vous n'êtes pas à l'origine de cette action, contactez-nous.
Nous confirmons le retrait de votre candidature, conformément à votre demande.
""",
    },
    "es": {
        "rej_otros_perfiles": """
Tras revisar tu candidatura, hemos decidido continuar con otros perfiles que se ajustan más a lo que busca el equipo en este momento.
Lamentamos comunicarle que su candidatura no ha sido seleccionada para continuar en el proceso.
Tu perfil es muy interesante, pero no encaja del todo con las necesidades actuales de la posición, así que no seguiremos adelante.
SUBJECT: Sobre tu proceso en {company} || Hemos decidido cerrar tu proceso para la posición de {role}.
""",
        "rej_portal": """
El estado de tu candidatura ha cambiado a: Descartada. Puedes consultar tus procesos en el portal del candidato.
Tu candidatura a la oferta 7741 figura como «Proceso finalizado - no seleccionado».
""",
        "rej_nota_manager": """
Te escribo yo directamente: al final nos hemos decantado por otra persona. Gracias por tu tiempo, de verdad.
Solo quería decirte, antes del correo oficial, que esta vez no ha podido ser.
""",
        "rej_tras_final": """
Después de la última entrevista con el comité, hemos decidido no avanzar. Valoraron mucho tu parte técnica, pero en la entrevista por competencias faltaron ejemplos concretos de gestión de conflictos.
Tras el assessment final no podemos ofrecerte la posición. Como feedback: la prueba de Excel fue excelente, pero en la presentación no quedó clara tu recomendación.
""",
        "rej_puesto_inferior": """
No vamos a seguir con tu candidatura para {role}, ya que la posición requiere más experiencia liderando equipos. Próximamente publicaremos una vacante junior en el mismo departamento a la que puedes aplicar si te interesa.
""",
        "rej_vacante_cancelada": """
La vacante ha sido cancelada por una reorganización interna, por lo que cerramos todas las candidaturas.
El proceso ha quedado en pausa indefinida y la posición no se cubrirá este año, así que tu candidatura no seguirá adelante.
""",
        "rej_largo": """
Sabemos el esfuerzo que supone un proceso así y nos cuesta escribirte esto. Recibimos más de seiscientas candidaturas para el programa de graduados y, en esta ocasión, no podemos ofrecerte una plaza.
Nos ha encantado conocerte y tu portafolio nos gustó mucho. Aun así, el equipo ha elegido a un candidato con más experiencia en motores propios.
""",
        "rej_headhunter": """
Acabo de hablar con mi cliente y han decidido no continuar contigo tras la segunda entrevista. Buscaban a alguien con más experiencia en banca corporativa.
Mi cliente ha optado por otro candidato. Seguimos en contacto para futuras búsquedas.
""",
        "rej_latam": """
Te agradecemos tu interés, pero en esta ocasión no continuarás en el proceso de selección. Tu CV quedará en nuestra base de datos.
Queremos informarte que no fuiste seleccionado(a) para la siguiente etapa del programa de trainees.
Luego de evaluar tu perfil, decidimos avanzar con otros postulantes.
""",
        "rej_publico": """
No figura usted en la relación de aspirantes que han superado el primer ejercicio del proceso selectivo.
La comisión de valoración ha resuelto no incluir su candidatura en la fase de entrevista.
""",
        "rej_descartar": """
Tras valorar todas las candidaturas, hemos decidido no tener en cuenta tu perfil para esta posición.
Nos vemos en la obligación de comunicarte que no has superado la prueba técnica, por lo que el proceso termina aquí.
""",
        "ack_recibida": """
Hemos recibido tu candidatura para {role}. Nuestro equipo la revisará en las próximas semanas y te contactaremos si tu perfil encaja.
Seguimos revisando candidaturas y todavía no hemos tomado ninguna decisión. Esperamos tener novedades antes de fin de mes.
Tu CV ya está en manos de la responsable del área, que lo revisará esta semana.
""",
        "ack_pausa_bolsa": """
El proceso está en pausa hasta el 15 de febrero por el cierre presupuestario. Tu candidatura sigue activa y la retomaremos entonces.
Has quedado en la bolsa de reserva en la posición 4. Esto no es un descarte: si alguna persona seleccionada renuncia, te llamaremos.
""",
        "inv_entrevista": """
Nos gustaría invitarte a una entrevista por competencias el jueves 9 a las 11:00 por Teams. Durará unos 45 minutos.
Te invitamos a una dinámica de grupo en nuestras oficinas de Madrid el día 20, seguida de una entrevista individual.
Como siguiente paso, te enviaremos una prueba técnica que podrás completar en un plazo de 48 horas.
Te pedimos que completes unos test psicotécnicos online antes del viernes; el enlace es personal e intransferible.
Forma parte de nuestro proceso una videoentrevista diferida: responderás a cinco preguntas grabadas desde tu ordenador.
""",
        "inv_cambio": """
La entrevistadora ha tenido un imprevisto. ¿Podríamos cambiar la entrevista al martes a las 16:00?
Mi cliente quiere conocerte. ¿Tienes disponibilidad esta semana para una llamada de 30 minutos?
""",
        "off_oferta": """
Nos alegra mucho comunicarte que queremos ofrecerte la posición de {role}. Te adjuntamos la carta oferta con las condiciones.
Para formalizar tu incorporación, envíanos tu DNI, número de la Seguridad Social y cuenta bancaria antes del lunes; con eso preparamos el contrato.
¡Enhorabuena! Has sido seleccionado(a) para nuestro programa de trainees que empieza en marzo.
""",
        "oth_alert": """
Hay 9 nuevas ofertas que coinciden con tu búsqueda «analista de datos, Barcelona».
Nuevas vacantes esta semana en {company}: consulta las posiciones de ingeniería y producto.
""",
        "oth_newsletter": """
En el boletín de este mes: cómo es un día en nuestro estudio y las novedades de nuestro próximo lanzamiento.
""",
        "oth_cold": """
He visto tu perfil y creo que encajarías muy bien en una fintech en crecimiento con la que colaboro. ¿Te apetece que hablemos?
Estoy trabajando en una búsqueda confidencial para una multinacional de consumo. ¿Podría contarte más?
""",
        "oth_varios": """
¿Qué te ha parecido nuestro proceso de selección? Responde a una encuesta de dos minutos.
Marta Gil te ha indicado como referencia. ¿Podrías dedicarnos diez minutos a una llamada esta semana?
Te invitamos a nuestro Open Day el 14 de mayo para conocer a los equipos.
Tu cuenta de candidato se eliminará en 30 días por inactividad.
Confirmamos que has retirado tu candidatura. Gracias por avisarnos.
""",
    },
    "pt": {
        "rej_outros_candidatos": """
Agradecemos sua participação, mas optamos por seguir com outros candidatos cujo perfil está mais alinhado à vaga neste momento.
Informamos que seu perfil não foi selecionado para a próxima etapa do processo.
Lamentamos informar que a sua candidatura não foi selecionada para a função de {role}.
SUBJECT: Retorno sobre o processo seletivo || Decidimos não dar continuidade à sua candidatura. Seu currículo ficará em nosso banco de talentos para futuras oportunidades.
""",
        "rej_portal": """
Status da sua candidatura: Processo finalizado. Você não foi aprovado(a) nesta etapa.
A sua candidatura à oferta 5521 passou para o estado «Não selecionada» na plataforma.
""",
        "rej_gestor": """
Oi, passando rápido para te avisar antes do e-mail oficial: seguimos com outra pessoa. Obrigado pela conversa, foi muito boa.
Queria te contar pessoalmente: desta vez não deu.
""",
        "rej_apos_final": """
Após a entrevista final com a diretoria, decidimos não avançar. O time gostou da sua parte técnica, mas sentiu falta de exemplos concretos de liderança no painel.
Depois do painel de case, não poderemos seguir com sua contratação. Como feedback: sua análise foi sólida, mas a recomendação final ficou pouco clara.
""",
        "rej_outra_vaga": """
Não seguiremos com sua candidatura para {role}, pois a vaga exige mais experiência com gestão de equipes. Em breve abriremos uma vaga júnior na mesma área, e você poderá se candidatar pelo site.
""",
        "rej_vaga_cancelada": """
A vaga foi cancelada devido a uma reestruturação interna, e por isso estamos encerrando todas as candidaturas.
A posição foi congelada por tempo indeterminado e não será preenchida este ano; sua candidatura não seguirá adiante.
""",
        "rej_longo": """
Sabemos quanto esforço um processo como este exige, e não é fácil escrever esta mensagem. Recebemos mais de duas mil inscrições para o programa de trainee e, desta vez, você não seguirá para a próxima fase.
Gostamos muito de te conhecer e do seu portfólio. Ainda assim, a equipe escolheu alguém com mais experiência em Unity.
""",
        "rej_headhunter": """
Falei agora com meu cliente e eles decidiram não continuar com você após a segunda entrevista. Buscavam alguém com mais vivência em mercado de capitais.
O cliente optou por outro candidato. Sigo atento a novas oportunidades para você.
""",
        "rej_concurso": """
Informamos que o(a) candidato(a) não foi aprovado(a) na prova objetiva e não está habilitado(a) para a fase seguinte do concurso.
O júri deliberou não admitir a sua candidatura à fase de entrevista.
""",
        "rej_encerrar": """
Decidimos encerrar sua participação neste processo seletivo.
Após avaliarmos todas as candidaturas, não daremos continuidade à sua candidatura.
Você não atingiu a pontuação mínima no teste online, portanto o processo termina por aqui.
""",
        "rej_portugal": """
Após análise cuidada, lamentamos comunicar que não foi possível considerar a sua candidatura nesta fase.
Optámos por avançar com candidatos com mais experiência em regulação bancária.
""",
        "ack_recebida": """
Recebemos sua candidatura para {role}. Nosso time vai analisá-la nas próximas semanas.
Sua candidatura continua em análise; ainda não tomamos nenhuma decisão e devemos ter novidades até o fim do mês.
Seu currículo foi encaminhado ao gestor da área, que deve avaliá-lo esta semana.
""",
        "ack_pausa_cadastro": """
O processo está congelado até 1º de março por ajuste de orçamento. Sua candidatura segue ativa e retomaremos depois dessa data.
Você foi classificado(a) no cadastro de reserva, na 3ª posição. Isso não é uma reprovação: se surgir uma vaga ou algum aprovado desistir, entraremos em contato.
""",
        "inv_dinamica": """
Você foi aprovado(a) para a próxima fase: uma dinâmica de grupo presencial em São Paulo no dia 18, às 9h.
Gostaríamos de convidá-lo(a) para uma entrevista por competências com a gestora da área na quinta-feira, às 15h.
A próxima etapa é um teste online de raciocínio lógico e inglês. O link fica disponível por cinco dias.
Pedimos que grave uma entrevista em vídeo respondendo a quatro perguntas; o prazo é até domingo.
Gostaríamos de o(a) convidar para uma entrevista nos nossos escritórios em Lisboa na próxima terça-feira.
""",
        "inv_remarcar": """
A gestora teve um imprevisto. Podemos remarcar a entrevista para sexta às 10h?
Meu cliente gostaria de te conhecer. Você tem disponibilidade para uma conversa esta semana?
""",
        "off_proposta": """
Temos o prazer de lhe oferecer a posição de {role}. Segue em anexo a carta-proposta com salário e benefícios.
Para a sua admissão, envie os documentos da lista em anexo e agende o exame admissional até sexta-feira.
Parabéns! Você foi aprovado(a) no nosso Programa de Trainee, com início em fevereiro.
Enviamos em anexo a proposta de contrato de trabalho. Agradecemos que a devolva assinada até dia 20.
""",
        "oth_alert": """
10 novas vagas combinam com sua busca "analista de dados, remoto".
Novas oportunidades em {company} esta semana. Confira as vagas abertas.
""",
        "oth_newsletter": """
Na newsletter deste mês: bastidores do nosso estúdio e tudo sobre o próximo lançamento.
""",
        "oth_cold": """
Vi seu perfil e acredito que você teria ótimo fit com uma fintech que está crescendo muito. Podemos conversar?
Estou conduzindo uma busca confidencial para uma multinacional de bens de consumo. Posso te passar mais detalhes?
""",
        "oth_diversos": """
Como foi sua experiência no nosso processo seletivo? Responda a uma pesquisa rápida de dois minutos.
Ana Souza indicou você como referência. Poderia responder a algumas perguntas por telefone esta semana?
Participe da nossa feira de carreiras no dia 22 de abril e conheça nossos times.
Sua conta de candidato será excluída em 30 dias por inatividade.
Confirmamos a sua desistência do processo seletivo, conforme solicitado.
""",
    },
}

WRAP: dict[str, dict[str, list[str]]] = {
    "en": {
        "greet": ["Hi {first},", "Dear {first},", "Hello {first},", "Dear {first} Rivera,"],
        "thanks": [
            "Thank you for your interest in {company}.",
            "Thanks for applying for the {role} position.",
            "Thank you for the time you've given to our process so far.",
        ],
        "wish": [
            "We wish you every success in your search.",
            "All the best with your next steps.",
            "Best of luck with whatever comes next.",
        ],
        "marketing": [
            "At {company}, we believe great work starts with great people. Read stories from our teams on the careers blog.",
            "{company} has been named one of the best places to work for the third year running. Find out what makes our culture different.",
        ],
        "sign": [
            "Kind regards,\n{sender}",
            "Best,\n{sender}\n{company}",
            "Thanks,\n{sender_first}",
            "Warm regards,\nThe {company} Recruitment Team",
        ],
        "footer": [
            "This email was sent by {company}. Please do not reply to this automated address.",
            "You are receiving this message because you created a candidate account with {company}. Manage your preferences or unsubscribe in your account settings.",
            "Confidentiality notice: this message may contain privileged information intended only for the addressee.",
        ],
        "subject_app": [
            "Your application to {company}",
            "{role} at {company}",
            "Update on your application",
            "Re: {role} application",
        ],
        "subject_inv": [
            "Next steps: {role}",
            "{company}: your application for {role}",
            "Scheduling with {company}",
        ],
        "subject_off": ["{company}: {role}", "Good news from {company}", "Your {role} paperwork"],
        "subject_oth": [
            "News from {company}",
            "A message from {company} Careers",
            "Quick question",
            "Your {company} account",
        ],
    },
    "de": {
        "greet": [
            "Hallo {first},",
            "Guten Tag {first} Rivera,",
            "Liebe/r {first},",
            "Sehr geehrte/r {first} Rivera,",
        ],
        "thanks": [
            "vielen Dank für Ihr Interesse an {company}.",
            "herzlichen Dank für Ihre Bewerbung als {role}.",
            "danke für die Zeit, die Sie sich bisher für unser Verfahren genommen haben.",
        ],
        "wish": [
            "Für Ihren weiteren Weg wünschen wir Ihnen alles Gute.",
            "Wir wünschen Ihnen viel Erfolg für die Zukunft.",
            "Alles Gute und viel Erfolg weiterhin.",
        ],
        "marketing": [
            "Bei {company} gestalten über 20.000 Menschen die Energiewende. Erfahren Sie mehr über unsere Arbeitswelt auf unserer Karriereseite.",
            "{company} ist erneut als Top-Arbeitgeber ausgezeichnet worden. Lernen Sie unsere Teams kennen.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}",
            "Viele Grüße\n{sender_first}",
            "Freundliche Grüße\nIhr Recruiting-Team von {company}",
            "Beste Grüße aus Zürich\n{sender}",
        ],
        "footer": [
            "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.",
            "{company} | Sitz der Gesellschaft: Essen | Registergericht Amtsgericht Essen | Vorstand: siehe Website",
            "Informationen zur Verarbeitung Ihrer personenbezogenen Daten finden Sie in unserer Datenschutzerklärung für Bewerbende.",
        ],
        "subject_app": [
            "Ihre Bewerbung bei {company}",
            "Ihre Bewerbung als {role}",
            "Sachstand zu Ihrer Bewerbung",
            "AW: Bewerbung {role}",
        ],
        "subject_inv": [
            "Nächste Schritte: {role}",
            "{company}: Ihre Bewerbung als {role}",
            "Terminabstimmung",
        ],
        "subject_off": ["{company}: {role}", "Ihre Unterlagen von {company}", "Gute Nachrichten"],
        "subject_oth": [
            "Neuigkeiten von {company}",
            "Information zu Ihrem Bewerberkonto",
            "Kurze Frage",
        ],
    },
    "fr": {
        "greet": [
            "Bonjour {first},",
            "Bonjour {first} Rivera,",
            "Madame, Monsieur,",
            "Cher/Chère {first},",
        ],
        "thanks": [
            "Nous vous remercions de l'intérêt que vous portez à {company}.",
            "Merci pour votre candidature au poste de {role}.",
            "Merci pour le temps consacré à notre processus de recrutement.",
        ],
        "wish": [
            "Nous vous souhaitons une bonne continuation dans vos démarches.",
            "Nous vous adressons tous nos vœux de réussite pour la suite.",
            "Bonne continuation.",
        ],
        "marketing": [
            "Chez {company}, nous croyons que la diversité des talents fait notre force. Découvrez nos métiers sur notre site carrières.",
            "{company} recrute plus de 1 500 collaborateurs cette année. Retrouvez nos témoignages et nos engagements.",
        ],
        "sign": [
            "Cordialement,\n{sender}",
            "Bien à vous,\n{sender_first}",
            "L'équipe Recrutement de {company}",
            "Veuillez agréer nos salutations distinguées.\n{sender}",
        ],
        "footer": [
            "Ce message a été envoyé automatiquement, merci de ne pas y répondre.",
            "Conformément au RGPD, vous disposez d'un droit d'accès et de suppression de vos données depuis votre espace candidat.",
            "{company} - Société anonyme - Siège social : Paris La Défense",
        ],
        "subject_app": [
            "Votre candidature chez {company}",
            "Candidature : {role}",
            "Suivi de votre candidature",
            "RE: poste de {role}",
        ],
        "subject_inv": [
            "Prochaine étape : {role}",
            "{company} - votre candidature",
            "Organisation d'un échange",
        ],
        "subject_off": ["{company} - {role}", "Votre dossier {company}", "Bonne nouvelle"],
        "subject_oth": ["Les actualités de {company}", "Votre espace candidat", "Petite question"],
    },
    "es": {
        "greet": [
            "Hola, {first}:",
            "Hola {first},",
            "Estimado/a {first}:",
            "Buenos días, {first}:",
        ],
        "thanks": [
            "Gracias por tu interés en {company}.",
            "Te agradecemos que hayas aplicado a la posición de {role}.",
            "Gracias por el tiempo que has dedicado a nuestro proceso.",
        ],
        "wish": [
            "Te deseamos mucho éxito en tu búsqueda.",
            "Mucha suerte en tus próximos pasos.",
            "Un saludo y todo lo mejor.",
        ],
        "marketing": [
            "En {company} creemos que el talento no tiene fronteras. Descubre cómo trabajamos en nuestro blog de empleo.",
            "{company} ha sido reconocida como una de las mejores empresas para trabajar. Conoce a nuestros equipos.",
        ],
        "sign": [
            "Un saludo,\n{sender}",
            "Saludos cordiales,\n{sender}\n{company}",
            "Abrazo,\n{sender_first}",
            "Equipo de Talento de {company}",
        ],
        "footer": [
            "Este correo se ha enviado automáticamente. Por favor, no respondas a este mensaje.",
            "Puedes ejercer tus derechos de acceso, rectificación y supresión de datos desde tu perfil de candidato.",
            "{company} S.L. - Inscrita en el Registro Mercantil de Madrid",
        ],
        "subject_app": [
            "Tu candidatura en {company}",
            "Proceso {role}",
            "Actualización de tu candidatura",
            "RE: {role}",
        ],
        "subject_inv": [
            "Siguientes pasos: {role}",
            "{company}: tu proceso de selección",
            "Agenda con {company}",
        ],
        "subject_off": [
            "{company}: {role}",
            "Buenas noticias de {company}",
            "Documentación de incorporación",
        ],
        "subject_oth": ["Novedades de {company}", "Tu cuenta de candidato", "Una pregunta rápida"],
    },
    "pt": {
        "greet": ["Olá, {first}!", "Olá {first},", "Prezado(a) {first},", "Caro(a) {first},"],
        "thanks": [
            "Obrigado pelo seu interesse na {company}.",
            "Agradecemos sua candidatura para a vaga de {role}.",
            "Obrigado pelo tempo dedicado ao nosso processo seletivo.",
        ],
        "wish": [
            "Desejamos muito sucesso na sua trajetória.",
            "Boa sorte nos próximos passos.",
            "Votos de sucesso profissional.",
        ],
        "marketing": [
            "Na {company}, acreditamos que pessoas transformam negócios. Conheça nossa cultura na página de carreiras.",
            "A {company} foi eleita uma das melhores empresas para trabalhar. Veja o que nossos times dizem.",
        ],
        "sign": [
            "Abraços,\n{sender}",
            "Atenciosamente,\n{sender}\n{company}",
            "Com os melhores cumprimentos,\n{sender}",
            "Time de Atração de Talentos {company}",
        ],
        "footer": [
            "Este é um e-mail automático. Por favor, não responda.",
            "Seus dados são tratados conforme a LGPD. Para excluí-los, acesse sua conta de candidato.",
            "{company} S.A. - Av. Paulista, São Paulo",
        ],
        "subject_app": [
            "Sua candidatura na {company}",
            "Processo seletivo: {role}",
            "Atualização da sua candidatura",
            "RE: vaga {role}",
        ],
        "subject_inv": [
            "Próximos passos: {role}",
            "{company}: seu processo seletivo",
            "Agendamento com a {company}",
        ],
        "subject_off": [
            "{company}: {role}",
            "Boas notícias da {company}",
            "Documentos de admissão",
        ],
        "subject_oth": ["Novidades da {company}", "Sua conta de candidato", "Uma pergunta rápida"],
    },
}

THREAD: dict[str, str] = {
    "en": "Hi {sender_first},\nI just wanted to check whether there's any news on the {role} position, and whether you need anything else from me.\nAlex\n\n{header2}\nHi Alex,\nThanks for checking in. Nothing to share just yet, but I'll be in touch as soon as there is.\n{sender}\n",
    "de": "Hallo {sender_first},\ngibt es schon einen neuen Stand zur Stelle als {role}? Falls Sie noch Unterlagen von mir brauchen, sagen Sie gern Bescheid.\nAlex\n\n{header2}\nHallo Alex,\ndanke für Ihre Nachfrage. Ich melde mich, sobald ich Neuigkeiten habe.\n{sender}\n",
    "fr": "Bonjour {sender_first},\nAuriez-vous des nouvelles concernant le poste de {role} ? Je reste disponible si vous avez besoin d'éléments complémentaires.\nAlex\n\n{header2}\nBonjour Alex,\nMerci pour votre message. Je reviens vers vous dès que j'ai du nouveau.\n{sender}\n",
    "es": "Hola {sender_first},\n¿Hay alguna novedad sobre la posición de {role}? Si necesitas algo más de mi parte, dímelo.\nAlex\n\n{header2}\nHola Alex,\nGracias por escribir. En cuanto tenga noticias te aviso.\n{sender}\n",
    "pt": "Oi {sender_first},\nTudo bem? Queria saber se há alguma novidade sobre a vaga de {role} e se precisa de mais algum documento.\nAlex\n\n{header2}\nOi Alex,\nObrigado pelo contato. Assim que tiver novidades, te aviso.\n{sender}\n",
}
