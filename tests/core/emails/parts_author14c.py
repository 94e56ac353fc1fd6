# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Round 14's third training part by an independent author: rejections said in uncommon words, across five languages, with their near neighbours.

Languages: English, German (Sie and du, some gender-inclusive spellings: *innen, :innen, Erste*r),
French (vous and tu, inclusive point médian), Spanish (Spain and Latin America, incl. Argentine
voseo and Chilean/Colombian/Mexican/Peruvian settings), Portuguese (Brazil and Portugal).

Rejection families (about 65%), none built on the stock "unfortunately / not successful" frames:
decision said indirectly (profile closer to the team's needs, a new direction, the team has made
its choice, not taken to the next step, a portal status, the post "closed for you"); a score, a
ranking or a selection committee's minutes; after an interview with personal feedback; after a
take-home, a case study, a reference check or a trial day/shift; internal applicants and former
employees (rehire rules); speculative applications; two-line thread replies; a headhunter passing
on the client's decision; public bodies (eligibility, merit lists, reserve lists that exclude,
concursos, oposiciones, editais); universities (PhD, postdoc, faculty search, ATER, concurso
docente); apprenticeships, dual study, internships and placements.

Near neighbours (about 35%): next step with a changed process (interview_invite); placement on a
reserve / eligibility list that is still a yes-in-waiting (other); "we are still deciding",
references being taken, jury still deliberating (acknowledgement); an offer for another location
than the one applied for (offer); a headhunter reporting the client is still interviewing
(acknowledgement).

Sectors: logistics, software, finance, retail, hospitality, manufacturing, local and central
government, higher education, recruitment agencies. All names, numbers and references invented.
"""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Halvorsen Logistik",
    "Brightwater Analytics",
    "Maison Verdier",
    "Grupo Aldara",
    "Solaris Saúde",
    "Kestrel Search Partners",
    "Stadtwerke Ellerbach",
    "Université de Valmont",
    "Tidewell Foods",
    "Norrbacka Systems",
    "Cooperativa Lumiar",
)

ROLES: tuple[str, ...] = (
    "Data Analyst",
    "Operations Manager",
    "Backend Engineer",
    "Product Designer",
    "Financial Controller",
    "Customer Success Lead",
    "Research Associate",
    "Supply Chain Planner",
    "HR Business Partner",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Priya Nair", "careers@{domain}"),
    ("Talent Acquisition", "noreply@notify.hirewave.example"),
    ("Jonas Brenner", "jonas.brenner@{domain}"),
    ("Claire Dumont", "recrutement@{domain}"),
    ("Lucía Montero", "seleccion@{domain}"),
    ("Rafael Albuquerque", "talentos@{domain}"),
    ("Recruiting Team", "jobs@{domain}"),
    ("Mara Lindholm", "mara.lindholm@kestrel-search.example"),
    ("Bewerbermanagement", "bewerbung@{domain}"),
    ("People Team", "people@mail.teamtrack.example"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_indirect": """
The hiring panel met on Thursday and settled on someone whose experience lines up more closely with the warehouse automation work planned for next year. That means the {role} opening is no longer available to you, though I'd genuinely like to stay in touch.
SUBJECT: {role} – an update || We've decided to take the {role} search in a different direction, toward someone with deeper regulatory experience, so your candidacy ends at this point.
The team has made its choice for the {role} seat. It wasn't you this time, and I wanted you to hear that from me rather than from a status change in the portal.
We will not be taking your application to the next step. The shortlist came together around a narrower skill set than the advert described, and that's on us, not on you.
SUBJECT: Position closed || This is a short note to let you know that the {role} position is now closed for you. No further action is needed on your side.
Having looked hard at where the product is heading, we concluded that your strengths, while real, point somewhere other than where this role has to go. We are therefore closing your file for {role}.
Your application has been marked as "not progressed" following the hiring manager's review. It stays visible in your candidate account but will not be reactivated for this vacancy.
Another applicant accepted the {role} offer yesterday afternoon, which brings our search to an end. I'm sorry the outcome isn't the one you were hoping for.
""",
        "rej_score_ranking": """
Your written assessment scored 61 out of 100. The threshold for an invitation to the panel stage was set at 70, so your application will not continue in this round.
The selection panel ranked all eleven interviewed candidates and you placed fourth. Only the top two are being taken forward, and the others won't be contacted again for this post.
SUBJECT: Outcome of shortlisting – ref. HR-2291 || Extract from the shortlisting minutes of 14 March: "Candidate 07 (A. Rivera): meets essential criteria 1–3; does not sufficiently evidence criterion 4 (budget management). Not shortlisted." You may request the full scoring sheet within 28 days.
Your combined score across the interview and the case exercise came to 3.2 on our five-point scale. The panel only proceeded with candidates at 3.8 or above.
On the skills matrix used this round you scored well on stakeholder work and lower on the SQL items, which carry the most weight for {role}. Overall that put you below the line we drew for the final stage.
""",
        "rej_after_interview": """
Thanks for the two conversations last week. Honest feedback from the panel: your product thinking came across really well, but when we pushed on how you'd size the pricing experiment the answers stayed general. For {role} that depth is needed from day one, so we're closing things here.
Maria and I both enjoyed meeting you on Tuesday. In the end we chose someone who has already led a team through a platform migration, which is exactly what our next eighteen months look like. I'm glad to walk you through the rest of the feedback on a call if that helps.
Following your final-round interview the panel has reached its decision and will be extending the offer to another candidate. One thing they asked me to pass on: your answer on the incident post-mortem was the best they heard all week.
SUBJECT: After Friday || I promised you an answer by Monday, so here it is: we're not going to continue with your candidacy. What tipped it was the stakeholder scenario. The panel wanted to see you push back on the VP, and you mostly accommodated.
The interview was strong on the technical side; the panel was less convinced by the client-facing part of the job, and that decided it in favour of another applicant.
It was close between you and one other person, and the team went with them because of their German, which turned out to matter more for the DACH accounts than the advert suggested.
""",
        "rej_after_task": """
Thanks for the time you put into the take-home. The reviewers liked the structure of your API but found the test coverage thin and a race condition in the queue handler, so we won't be scheduling the follow-up session.
We received your case study on Sunday and read it closely. It answered the brief, but the recommendation section leaned on assumptions we couldn't trace back to the data, and that reasoning is the core of the work. We'll stop the process here.
Your references came back positive overall, but one raised concerns about deadline management that we couldn't square with the demands of {role}. We've therefore decided not to make an offer.
Thank you for spending Wednesday with the kitchen team. Chef said you stayed calm under pressure, but the pace at the pass on a full service wasn't there yet, and we need someone who can run it alone from week one. We won't be offering you the position.
SUBJECT: Trial shift feedback || After your trial shift at the Leeds store the manager has decided not to proceed. Your manner with customers was great; the till and stock procedures took longer to pick up than we can accommodate.
Three people on the team reviewed the design exercise. They agreed the visual polish was high, but the research step had been skipped, so the flow rested on guesses. We're not taking your application further.
""",
        "rej_internal_former": """
I wanted to tell you personally before HR sends the formal note: the internal move to {role} in Procurement has gone to a colleague from the Rotterdam site. Your current role is of course unaffected, and I'd encourage you to raise a development plan with Sam at your next review.
As someone who's worked here before, you know how much we value what you did for us, which made this harder. The rehire panel decided to fill {role} with a candidate holding the current cloud certification that the client contract requires.
Your internal application was reviewed alongside external candidates, and the panel has appointed an external candidate. A summary of your interview feedback has gone to your line manager for your next 1:1.
Good to hear from you again after three years! We can't bring you back for {role}, though: the team was restructured last autumn and the position now requires five days a week on site in Dublin, which you told us isn't possible for you.
SUBJECT: Internal vacancy IV-0417 || Selection for internal vacancy IV-0417 is complete and you were not the appointed candidate. Internal applicants may not re-apply if the same vacancy is re-advertised within six months.
""",
        "rej_speculative": """
Thanks for reaching out on spec. We've read your CV with interest, but we aren't growing the analytics team this year and have nothing that fits. In line with our privacy notice we'll delete your details after 30 days.
We appreciate the unsolicited application. We only hire against specific openings listed on our careers page, so open CVs can't be considered.
Your open application reached me through the general inbox. I've had a look, and honestly there's no role here that would use your background well right now; I'd rather say that than leave you waiting.
SUBJECT: Re: Open application – data / ML || Our hiring plan for the rest of the year is frozen and speculative applications aren't being reviewed until further notice. Sorry we can't give you a more useful answer.
We have nothing along the lines you describe. Our engineering is done by a partner agency in Kraków, and the in-house team is three people who aren't hiring.
""",
        "rej_thread_short": """
Sorry {first}, we've gone with someone else. Thanks for your patience through all of this.
Quick one: the role's been filled. Appreciate your time.
We ended up hiring internally for this one. Sorry not to have better news.
Afraid it's a no from the hiring manager. I'll keep you in mind for the next one.
Not this time, I'm afraid. The team picked a candidate with more B2B background.
""",
        "rej_headhunter": """
I've just come off the phone with the client. They've decided to proceed with a candidate who has hands-on Salesforce CPQ experience and won't be taking your application further. I know that's hard to hear after three rounds.
Feedback from Halden Freight (I can share the name now): they liked your energy but felt your expected package sits above the band they've signed off, and they've gone with another shortlisted candidate.
SUBJECT: Update on the Munich mandate || The client has closed the search with an internal appointment, so all external candidates, you included, are out of the process. I'll be in touch when something comparable lands on my desk.
My client has reviewed the longlist and decided not to put you through to interview. Their stated reason was a preference for someone currently working in insurance.
The client came back with a no after the second interview. The main point was the size of team: they want someone who has already led twenty or more people.
""",
        "rej_public_body": """
Following the eligibility check for competition PC-2024/118, your application does not meet requirement 3(b), five years of relevant post-qualification experience, and has been excluded from the next stage. You may request a review within ten working days.
The final merit list for the Administrative Officer competition has been published. Your name does not appear on it, as your combined score (54.5) fell below the pass mark of 60.
SUBJECT: Recruitment campaign EST/24/07 – result || You passed the written test but were not placed on the reserve list, which is limited to the 40 highest-scoring candidates. Candidates not on the list will not be contacted further in this campaign.
The council's recruitment panel has concluded the process for {role} and the appointment has been offered to another candidate. Individual feedback is available on written request to the HR Service Centre, quoting your candidate number.
Your application for the Graduate Scheme was checked against the eligibility rules in section 2 of the candidate pack. The scheme is open only to those who graduated in 2021 or later, so your application cannot be considered further this year.
""",
        "rej_academic": """
The search committee for the Assistant Professor position in Computational Linguistics has completed its review of the 214 applications received. Your file was not among those selected for a campus visit.
The admissions committee had funding for six doctoral studentships this year, and your proposal was not among those ranked for funding. Applications are not rolled over to next year's round.
I'm writing about the postdoc on my ERC project. I've offered the position to another applicant whose cryo-EM work is a closer fit to work package 2. Your thesis is impressive, and I'd be happy to write to colleagues who may have openings.
SUBJECT: Lectureship in Economic History – shortlisting || The panel met on 3 May and did not shortlist your application for interview. Given the number of applications, we can't provide individual feedback at this stage.
Your proposed supervisor, Dr. Okafor, has told us she is not in a position to take on a new PhD student next academic year, and without a supervisor the application can't progress.
""",
        "rej_apprentice_intern": """
Thanks for applying to our summer internship. We had over 900 applications for 12 places, and yours did not make it through to the assessment centre.
The September apprenticeship intake is now full. Your aptitude test result was close to the cut-off, and you're welcome to apply again when the January intake opens.
SUBJECT: Your Spring Insight application || After reviewing the video interviews, the early-careers team has decided not to invite you to the final stage of the Spring Insight programme.
We looked at your application for the electrician apprenticeship. Because you won't have finished your Level 2 by the start date, we can't offer you a place this year.
""",
        "inv_next_step_changed": """
Good news on the next step: instead of the panel interview we originally planned, the team would like to do a paired working session with you and two engineers. It takes about 90 minutes; could you send me three slots for next week?
We've changed the process slightly. The case presentation is replaced by a conversation with our CFO, Helen Marsh, who'll join from Singapore. Would Thursday at 9:00 BST work for you?
SUBJECT: Next round – change of format || You've made it through to the final stage. Because the hiring manager is travelling, it will be two separate video calls rather than an on-site day. Please pick times using the scheduling link.
The panel would like to see you again. We're skipping the take-home we mentioned and going straight to a 45-minute chat with the Head of Research. Are you free on the 19th or the 20th?
Your written test went well, so we'd like to invite you to the assessment day on 11 June. This year it runs online: a group exercise in the morning and a one-to-one interview in the afternoon.
We're not doing the trial day after all. Instead the shift lead would like to meet you for a coffee and a walk round the shop floor. How does Tuesday morning look?
The client wants to meet you! They've dropped the psychometric test for senior hires, so the next step is a face-to-face with the COO on Wednesday. I'll confirm the address once you give me a time.
""",
        "oth_reserve_waiting": """
You passed all stages of the competition and have been placed at number 7 on the reserve list. The list is valid for 18 months, and posts are offered in rank order as they fall vacant. No action is needed from you at this stage.
The panel found you appointable. We have a single post at present and it has gone to the top-ranked candidate; you are next on the list, and if the post is vacated or a second one is funded this year, we'll contact you first.
SUBJECT: Reserve list – confirmation || This is to confirm your inclusion on the reserve list for Grade B4 assistants. Inclusion does not guarantee an appointment. Please keep your contact details up to date in your candidate profile.
Congratulations on passing the selection. There's no vacancy in the Glasgow office right now, so you've been put in our standby pool; when a seat opens we'll send you the contract directly, without another interview.
Your name has been added to the eligible list for Library Assistant positions. Departments recruiting from the list will contact candidates directly over the next twelve months.
You were graded "suitable" at interview. This year's graduate places are all allocated, but suitable candidates are carried over automatically into the first allocation round in February.
""",
        "ack_still_deciding": """
I'd rather give you an honest update than go quiet: the panel is split between you and one other candidate and has asked for one more week. You'll hear from me by Friday the 14th either way.
No decision yet on {role}. Budget approval slipped to the next quarterly review and nobody can commit until it's through. Your application remains open.
SUBJECT: Still in the running || Nothing decided yet. The hiring manager is out until Monday and wants to look at the final three applications again when she's back.
Your interview notes are with the committee, which meets on the 22nd. I can't say more until then, but you are still under consideration.
Quick status: we're collecting references for two finalists, and you're one of them. We'll be in touch once they've all come back.
Thanks for your patience. The process is taking longer than planned because we reopened the role to a few more candidates. Nothing has changed about your application, which is still active.
Your take-home has arrived and is with the reviewers now. Expect a reply within the next ten days.
""",
        "off_other_location": """
The Bristol position went to someone already on site, but the team was keen not to lose you. We'd like to offer you the same role, in the same salary band, at our Cardiff office, starting on 2 September. The written offer is attached.
We can't make the Paris team work because of the headcount freeze there, but we're delighted to offer you {role} in Amsterdam at €68,000 plus relocation support. Let me know if you'd like to talk through the details.
SUBJECT: Offer – {role}, Manchester hub || Rather than London, we're offering you the role based at our Manchester hub, which is where the team you met is moving. The offer letter is in your candidate portal and stays valid for seven days.
After your interviews we'd like to offer you a position, though not in Madrid as advertised: the Valencia team has an identical opening, and its lead sat in on your second interview. Terms are in the attached letter.
Good news, with a twist: the client is offering you the job, but at their Rotterdam site rather than Utrecht. The package is €4,900 gross a month plus a travel allowance.
The Edinburgh post was withdrawn in last week's restructure, but we'd like to offer you the equivalent post in Aberdeen from the start date you asked for. Please confirm by the 30th if you accept.
""",
        "ack_headhunter_still": """
Quick update on the fintech mandate: the client is still seeing people, with two more first interviews next week. You're on their shortlist and I'll call you as soon as they've made up their minds.
No news from the client yet, which at this stage is fine. They want to finish all second rounds before comparing anyone, which should be by the end of the month.
SUBJECT: Where things stand || The client has paused decisions until their new CTO starts on the 3rd. Your profile is still with them and nothing has been ruled out.
The hiring manager at my client wants to meet a couple more people first, partly to benchmark salaries. I know that's frustrating; you're still very much in the mix.
I chased the client today. They're interviewing into next week and haven't ranked anyone yet.
The client has extended the search by two weeks because one board member couldn't attend the interviews. Your application is still under consideration.
""",
    },
    "de": {
        "rej_indirect": """
Nach den letzten Gesprächen hat sich das Team für ein Profil entschieden, das näher an dem liegt, was die Zollabteilung gerade braucht. Damit ist das Verfahren für Sie an dieser Stelle beendet.
Wir haben beschlossen, die Stelle anders zu besetzen als ursprünglich geplant, nämlich mit jemandem aus dem Controlling statt aus dem Vertrieb. Deine Bewerbung passt damit nicht mehr ins Bild.
SUBJECT: Stand Ihrer Bewerbung || Das Team hat seine Wahl getroffen, und sie ist nicht auf Sie gefallen. Ich wollte Ihnen das selbst schreiben, bevor Sie es nur an einer Statusänderung im Portal ablesen.
Wir werden Ihre Bewerbung nicht in die nächste Runde mitnehmen. Ausschlaggebend war, dass für die Stelle kurzfristig Erfahrung mit SAP S/4HANA wichtiger geworden ist, als es die Ausschreibung vermuten ließ.
SUBJECT: Kurze Info zur Stelle {role} || Kurz zur Info: Die Stelle {role} ist für dich geschlossen. Du musst nichts weiter tun.
Ihr Bewerbungsstatus wurde auf „Verfahren beendet“ gesetzt. Das heißt, dass für die ausgeschriebene Stelle keine weiteren Schritte mit Ihnen geplant sind.
Ehrlich gesagt haben wir lange überlegt. Für die nächsten zwei Jahre brauchen wir aber jemanden, der vor allem das Lager neu aufbaut, und da liegen deine Stärken woanders. Wir gehen deshalb mit einer anderen Kandidatin weiter.
Gestern hat eine andere Person unser Angebot angenommen, die Suche ist damit abgeschlossen. Es tut mir leid, dass ich Ihnen nichts anderes schreiben kann.
""",
        "rej_score_ranking": """
Im schriftlichen Auswahltest haben Sie 58 von 100 Punkten erreicht. Für eine Einladung zum strukturierten Interview waren mindestens 65 Punkte erforderlich.
Die Auswahlkommission hat alle Bewerber*innen nach dem festgelegten Kriterienkatalog gereiht. Sie liegen auf Platz 9, eingeladen werden die ersten fünf.
SUBJECT: Auszug aus dem Protokoll der Auswahlkommission || Auszug aus dem Protokoll vom 12.03.: „Bewerbung Nr. 14 (Rivera): formale Voraussetzungen erfüllt, Führungserfahrung nicht ausreichend belegt – keine Einladung.“ Auf Wunsch senden wir Ihnen die vollständige Bewertungsmatrix zu.
In der Gesamtbewertung aus Interview und Fallstudie kommst du auf 2,9 von 5 Punkten. Für die Finalrunde haben wir die Grenze bei 3,5 gezogen.
Im Assessment-Center wurden Sie in drei von fünf Dimensionen mit „entspricht den Anforderungen“ bewertet, in Konfliktmanagement und Priorisierung jedoch darunter. Für eine Empfehlung an die Fachabteilung reicht das nicht aus.
""",
        "rej_after_interview": """
Danke für das Gespräch am Dienstag. Offenes Feedback von uns beiden: Fachlich warst du richtig stark, aber bei der Frage, wie du ein Team durch die Umstellung führen würdest, blieb es uns zu vage. Genau das wird der Kern der Rolle sein, deshalb machen wir nicht weiter.
Nach dem zweiten Gespräch haben wir uns für eine Kandidatin entschieden, die bereits eine vergleichbare Produktionslinie verantwortet hat. Gern erläutere ich Ihnen die Rückmeldung der Kommission in einem kurzen Telefonat.
SUBJECT: Rückmeldung zu unserem Gespräch || Wie versprochen melde ich mich vor Freitag: Wir setzen das Verfahren mit Ihnen nicht fort. Ihre Präsentation war klar aufgebaut, die Rückfragen zur Budgetplanung konnten Sie aber nicht überzeugend beantworten.
Es war knapp zwischen Ihnen und einer weiteren Person. Den Ausschlag gab am Ende die Reisebereitschaft, denn die Stelle verlangt mehr Zeit bei Kund*innen vor Ort, als wir in der Anzeige geschrieben hatten.
Wir haben die Interviews abgeschlossen und das Angebot einem anderen Bewerber gemacht. Eins sollst du trotzdem wissen: Deine Antwort zur Fehlerkultur hat im Panel noch lange nachgewirkt.
Fachlich hat uns das Gespräch überzeugt. Bei der Zusammenarbeit mit dem Betriebsrat hatten wir aber den Eindruck, dass Ihnen die Mitbestimmungspraxis hierzulande noch fremd ist, und die ist für diese Position zentral. Wir haben uns daher anders entschieden.
""",
        "rej_after_task": """
Danke für die Zeit, die du in die Probeaufgabe gesteckt hast. Die Reviewer*innen fanden die Architektur sauber, aber die Tests waren lückenhaft und die Migration hätte Daten verloren. Ein weiteres Gespräch planen wir deshalb nicht.
Ihre Fallstudie haben wir am Montag im Team besprochen. Die Analyse war gründlich, die Empfehlung stützte sich aber auf Annahmen, die sich aus den Daten nicht ableiten lassen. Wir beenden den Prozess an dieser Stelle.
Die Referenzen, die wir mit Ihrem Einverständnis eingeholt haben, waren überwiegend positiv. Eine Aussage zur Termintreue ließ sich für uns jedoch nicht mit den Anforderungen der Stelle vereinbaren, weshalb wir kein Angebot aussprechen werden.
Vielen Dank für deinen Probetag in der Backstube. Das Team sagt, du warst freundlich und lernbereit, aber das Tempo in der Frühschicht hat noch nicht gepasst. Wir stellen deshalb jemand anderen ein.
SUBJECT: Ihr Probearbeitstag || Nach Ihrem Probearbeitstag in der Filiale Leipzig-Mitte hat sich die Filialleitung gegen eine Einstellung entschieden. Im Umgang mit Kund:innen waren Sie sehr sicher; Kasse und Warenwirtschaft hätten aber mehr Einarbeitung gebraucht, als wir leisten können.
Ihre Designaufgabe wurde von drei Kolleg*innen begutachtet. Die Gestaltung war hochwertig, der Recherche-Schritt fehlte aber völlig, und für diese Stelle ist das ein Ausschlusskriterium.
""",
        "rej_internal_former": """
Ich möchte es Ihnen persönlich sagen, bevor die formale Mitteilung von HR kommt: Die interne Stelle als {role} im Einkauf geht an einen Kollegen aus Augsburg. An Ihrer jetzigen Position ändert sich selbstverständlich nichts.
Schön, nach vier Jahren wieder von dir zu hören! Eine Rückkehr als {role} klappt aber nicht: Das Team wurde umgebaut, und die Stelle ist jetzt vollständig vor Ort in Hamburg, was für dich ja nicht infrage kommt.
Ihre interne Bewerbung wurde gemeinsam mit den externen geprüft. Die Stelle wird extern besetzt; eine Zusammenfassung des Feedbacks liegt Ihrer Führungskraft für das nächste Mitarbeitergespräch vor.
SUBJECT: Interne Ausschreibung IA-2024-031 || Das Auswahlverfahren zur internen Ausschreibung IA-2024-031 ist abgeschlossen; die Wahl ist nicht auf Sie gefallen. Der Betriebsrat wurde ordnungsgemäß beteiligt.
Du kennst unsere Abläufe ja noch aus deiner Zeit bei uns, und das hat die Entscheidung nicht leichter gemacht. Wir haben uns trotzdem für jemanden mit der aktuellen AWS-Zertifizierung entschieden, die der neue Kundenvertrag vorschreibt.
""",
        "rej_speculative": """
Vielen Dank für Ihre Initiativbewerbung. Wir haben Ihre Unterlagen gelesen, bauen das Analytics-Team in diesem Jahr aber nicht aus. Ihre Daten löschen wir gemäß unseren Datenschutzhinweisen nach sechs Monaten.
Initiativbewerbungen können wir derzeit nicht bearbeiten, da wir ausschließlich über konkrete Ausschreibungen auf unserer Karriereseite einstellen.
Deine Initiativbewerbung ist bei mir gelandet. Ich sag's dir lieber gleich ehrlich: Bei uns gibt es im Moment nichts, wofür dein Hintergrund wirklich gebraucht würde.
SUBJECT: AW: Initiativbewerbung Data Science || Für den Rest des Jahres gilt bei uns ein Einstellungsstopp, und Initiativbewerbungen werden bis auf Weiteres nicht gesichtet.
Eine Stelle, wie Sie sie beschreiben, gibt es bei uns nicht. Die Softwareentwicklung läuft komplett über eine Partneragentur; intern sind wir zu dritt und suchen niemanden.
""",
        "rej_thread_short": """
Sorry, {first}, wir haben uns für jemand anderen entschieden. Danke für deine Geduld.
Kurze Rückmeldung: Die Stelle ist inzwischen vergeben.
Wir haben die Position intern besetzt. Schade, dass ich nichts Besseres berichten kann.
Vom Fachbereich kam leider ein Nein. Ich melde mich, wenn wieder etwas Passendes frei wird.
Diesmal hat es nicht gereicht – das Team hat sich für ein Profil mit mehr B2B-Erfahrung entschieden.
""",
        "rej_headhunter": """
Ich komme gerade aus dem Telefonat mit dem Kunden. Man hat sich für einen Kandidaten mit direkter Erfahrung im Versicherungsumfeld entschieden und wird Ihre Kandidatur nicht weiterverfolgen. Nach drei Runden ist das bitter, ich weiß.
Rückmeldung von meinem Mandanten: Ihre Gehaltsvorstellung liegt über dem freigegebenen Rahmen, und man hat sich für eine andere Person aus der Shortlist entschieden.
SUBJECT: Update zum Mandat in München || Der Kunde hat die Suche mit einer internen Besetzung abgeschlossen. Damit sind alle externen Kandidat*innen aus dem Prozess, auch du.
Mein Kunde hat die Longlist durchgesehen und möchte Sie nicht zum Gespräch einladen. Begründet wurde das mit dem Wunsch nach jemandem, der aktuell in der Automobilbranche arbeitet.
Nach dem zweiten Gespräch kam vom Kunden ein klares Nein. Hauptpunkt war die Führungsspanne: Gesucht wird jemand, der schon mehr als zwanzig Leute geführt hat.
""",
        "rej_public_body": """
Ihre Bewerbung auf die Stelle mit der Kennziffer 2024/118 erfüllt die in der Ausschreibung genannte Voraussetzung eines abgeschlossenen Masterstudiums nicht und konnte daher im weiteren Auswahlverfahren nicht berücksichtigt werden. Gegen diese Entscheidung können Sie innerhalb eines Monats Widerspruch einlegen.
Die Auswahlkommission hat die Bewerbungen anhand des Anforderungsprofils ausgewertet. Sie wurden nicht in den Kreis der zum Vorstellungsgespräch einzuladenden Personen aufgenommen. Ihre Unterlagen werden nach Ablauf der gesetzlichen Frist vernichtet.
SUBJECT: Auswahlverfahren Verwaltungsfachangestellte – Ergebnis || Sie haben den schriftlichen Test bestanden, gehören mit Ihrem Ergebnis jedoch nicht zu den 30 Bestplatzierten, aus denen die Nachrückliste gebildet wird. Eine weitere Berücksichtigung ist damit nicht möglich.
Das Bezirksamt hat das Stellenbesetzungsverfahren abgeschlossen und die Stelle mit einer anderen Bewerberin besetzt. Ihre Bewerbungsunterlagen können Sie innerhalb von vier Wochen abholen; danach werden sie datenschutzgerecht vernichtet.
Die Einstellung setzt die Staatsangehörigkeit eines EU-Mitgliedstaats oder eine gleichgestellte Aufenthaltsberechtigung voraus. Da dieser Nachweis bis zum Fristende nicht vorlag, kann Ihre Bewerbung nicht zugelassen werden.
""",
        "rej_academic": """
Die Berufungskommission für die W2-Professur „Computerlinguistik“ hat ihre Beratungen abgeschlossen. Ihre Bewerbung wurde nicht für die Probevorträge ausgewählt.
Ich schreibe wegen der Postdoc-Stelle in meinem DFG-Projekt. Ich habe mich inzwischen für eine Person entschieden, deren Arbeiten zur Kryo-EM näher an Arbeitspaket 2 liegen. Ihre Dissertation hat mich beeindruckt, und ich empfehle Sie gern weiter.
SUBJECT: Graduiertenkolleg GRK 3012 – Auswahl || Das Auswahlgremium konnte in diesem Jahr acht Promotionsstellen vergeben. Ihr Exposé wurde nicht unter die geförderten Projekte gereiht.
Frau Prof. Lindqvist hat uns mitgeteilt, dass sie im kommenden Semester keine neuen Promovierenden annehmen kann. Ohne Betreuungszusage kann die Bewerbung zur Promotion nicht weiterbearbeitet werden.
Die Kommission hat beschlossen, die Juniorprofessur neu auszuschreiben, da keine Bewerbung das geforderte Profil in der Umweltökonomie vollständig abgedeckt hat. Ihre Bewerbung ist damit erledigt; eine erneute Bewerbung auf die neue Ausschreibung ist möglich.
""",
        "rej_apprentice_intern": """
Vielen Dank für deine Bewerbung um einen Ausbildungsplatz als Elektroniker*in für Betriebstechnik. Alle Plätze für den Ausbildungsstart im August sind inzwischen vergeben.
Für unser Sommerpraktikum hatten wir über 600 Bewerbungen auf 15 Plätze. Deine Bewerbung ist nicht in die Runde der Online-Interviews gekommen.
SUBJECT: Dein Einstellungstest || Dein Ergebnis im Einstellungstest lag knapp unter unserer Grenze. Für das duale Studium im Oktober können wir dir deshalb keinen Platz anbieten, für den Jahrgang im nächsten Jahr kannst du dich aber gern wieder bewerben.
Laut Ihrer Studienordnung dürfen Sie das Pflichtpraktikum erst im Wintersemester absolvieren, wir betreuen Praktikant*innen aber nur im Sommer. Einen Platz können wir Ihnen daher nicht geben.
""",
        "inv_next_step_changed": """
Gute Nachrichten zum nächsten Schritt: Statt des geplanten Panelgesprächs möchte das Team mit dir eine Pair-Programming-Session von etwa 90 Minuten machen. Schick mir doch drei mögliche Termine für nächste Woche.
Wir haben den Ablauf leicht geändert: Die Fallpräsentation entfällt, stattdessen führen Sie ein Gespräch mit unserem Finanzvorstand, Herrn Albers. Passt Ihnen Donnerstag um 9 Uhr?
SUBJECT: Finale Runde – geänderter Ablauf || Sie sind in der letzten Runde. Weil die Bereichsleiterin auf Reisen ist, gibt es statt des Vor-Ort-Tages zwei getrennte Videocalls. Bitte wählen Sie Ihre Termine über den Link.
Die Probeaufgabe lassen wir weg, das Team möchte dich lieber gleich kennenlernen: 45 Minuten mit dem Head of Research, am 19. oder 20. – was passt dir besser?
Sie haben den schriftlichen Test bestanden. Wir laden Sie daher zum Auswahltag am 11. Juni ein, der dieses Jahr online stattfindet: vormittags eine Gruppenübung, nachmittags ein Einzelgespräch.
Den Probetag sparen wir uns; die Schichtleitung möchte Sie stattdessen auf einen Kaffee treffen und Ihnen die Halle zeigen. Wie sieht es bei Ihnen am Dienstagvormittag aus?
Der Kunde möchte Sie kennenlernen! Den Persönlichkeitstest hat man für Führungspositionen gestrichen, der nächste Schritt ist also ein persönliches Gespräch mit der COO am Mittwoch in Düsseldorf.
""",
        "oth_reserve_waiting": """
Sie haben alle Stufen des Auswahlverfahrens erfolgreich durchlaufen und stehen auf Platz 4 der Nachrückliste. Die Liste gilt 18 Monate; frei werdende Stellen werden in der Reihenfolge der Liste angeboten. Sie müssen derzeit nichts unternehmen.
Die Kommission hält Sie für geeignet. Die einzige freie Stelle wurde an die erstplatzierte Person vergeben; Sie stehen an zweiter Stelle und werden als Erste*r kontaktiert, falls die Stelle frei wird oder eine zweite finanziert wird.
SUBJECT: Aufnahme in den Bewerber*innenpool || Hiermit bestätigen wir Ihre Aufnahme in den Bewerber*innenpool für die Sachbearbeitung (E9a). Die Aufnahme begründet keinen Anspruch auf Einstellung. Bitte halten Sie Ihre Kontaktdaten aktuell.
Du hast die Auswahl geschafft! In der Filiale Nürnberg ist gerade aber nichts frei, deshalb stehst du jetzt auf unserer Vormerkliste. Sobald ein Platz frei wird, schicken wir dir den Vertrag direkt, ohne weiteres Gespräch.
Ihr Name wurde in die Eignungsliste für Stellen im Bibliotheksdienst aufgenommen. Dienststellen, die aus dieser Liste einstellen, melden sich in den kommenden zwölf Monaten direkt bei geeigneten Personen.
Im Gespräch wurden Sie als „geeignet“ eingestuft. Die Traineeplätze für dieses Jahr sind vergeben, geeignete Kandidat*innen werden aber automatisch in die erste Vergaberunde im Februar übernommen.
""",
        "ack_still_deciding": """
Ich melde mich lieber, als einfach still zu sein: Das Gremium ist zwischen Ihnen und einer weiteren Person unentschieden und hat sich eine Woche mehr erbeten. Bis Freitag, den 14., hören Sie von mir, so oder so.
Zur Stelle {role} gibt es noch keine Entscheidung. Die Budgetfreigabe wurde ins nächste Quartal verschoben, vorher kann niemand zusagen. Deine Bewerbung bleibt aktiv.
SUBJECT: Noch im Rennen || Noch ist nichts entschieden. Die Abteilungsleiterin ist bis Montag nicht im Haus und möchte sich die drei Finalbewerbungen danach noch einmal ansehen.
Die Personalkommission tagt erst am 22. Bis dahin kann ich Ihnen nichts Konkretes sagen; Ihre Bewerbung befindet sich aber weiterhin im Verfahren.
Kurzer Stand: Wir holen gerade Referenzen für zwei Finalist*innen ein, und Sie sind dabei. Sobald alle da sind, melden wir uns.
Danke für Ihre Geduld. Es dauert länger als geplant, weil wir die Ausschreibung noch einmal für einige weitere Personen geöffnet haben. An Ihrer Bewerbung ändert das nichts, sie ist weiterhin aktiv.
Deine Probeaufgabe ist angekommen und liegt jetzt beim Team. Rechne mit einer Antwort in den nächsten zehn Tagen.
""",
        "off_other_location": """
Die Stelle in Köln ging an jemanden, der bereits vor Ort arbeitet, aber wir möchten Sie nicht verlieren. Wir bieten Ihnen dieselbe Position im selben Gehaltsband an unserem Standort Bonn an, Beginn 1. September. Den Vertrag finden Sie im Anhang.
Für das Team in Wien gilt gerade ein Einstellungsstopp, aber wir bieten dir sehr gern die Stelle als {role} in Graz an, mit 58.000 € brutto im Jahr und Umzugspauschale. Sag Bescheid, wenn du Details besprechen willst.
SUBJECT: Angebot – {role}, Standort Leipzig || Statt in Berlin bieten wir Ihnen die Stelle an unserem Standort Leipzig an, wohin das Team, mit dem Sie gesprochen haben, ohnehin umzieht. Das Angebotsschreiben liegt in Ihrem Bewerberportal und gilt sieben Tage.
Nach den Gesprächen möchten wir Ihnen eine Stelle anbieten, allerdings nicht wie ausgeschrieben in Stuttgart, sondern in Ulm, wo ein gleiches Team aufgebaut wird. Die Konditionen stehen im beigefügten Schreiben.
Gute Nachricht mit einem Haken: Der Kunde bietet dir die Stelle an, aber in Zürich-Oerlikon statt in Basel. Das Paket liegt bei 118.000 CHF plus Fahrtkostenzuschuss.
Die Stelle in Hannover ist bei der Umstrukturierung weggefallen. Wir bieten Ihnen die gleichwertige Stelle in Braunschweig zum gewünschten Eintrittstermin an. Bitte teilen Sie uns bis zum 30. mit, ob Sie annehmen.
""",
        "ack_headhunter_still": """
Zwischenstand aus dem Mandat: Der Kunde trifft nächste Woche noch zwei Leute zum Erstgespräch. Du stehst auf der Shortlist, und sobald sich was tut, rufe ich dich an.
Vom Kunden habe ich noch keine Entscheidung, was in dieser Phase nicht ungewöhnlich ist. Verglichen wird erst, wenn alle Zweitgespräche gelaufen sind, voraussichtlich Ende des Monats.
SUBJECT: Kurzer Zwischenstand || Beim Kunden liegt alles auf Eis, bis der neue CTO am 3. anfängt. Ihr Profil ist weiter im Rennen, nichts ist vom Tisch.
Die Bereichsleitung meines Mandanten möchte zum Vergleich noch zwei, drei Profile sehen, auch um ein Gefühl für das Marktgehalt zu bekommen. Zäh, ich weiß, aber Sie gehören nach wie vor zum engsten Kreis.
Hab heute beim Kunden nachgehakt. Die Gespräche laufen bis nächste Woche, eine Rangfolge gibt es noch nicht.
Weil ein Beiratsmitglied bei den Gesprächen verhindert war, hat der Kunde die Suche um zwei Wochen verlängert. Ihre Kandidatur liegt dort weiterhin vor.
""",
    },
    "fr": {
        "rej_indirect": """
Après un dernier échange avec l'équipe, le choix s'est porté sur un profil plus proche des besoins immédiats du service, notamment sur la partie conformité. Votre parcours dans ce recrutement s'arrête donc ici.
Nous avons décidé de réorienter le recrutement vers un profil plus junior, pour des raisons budgétaires. Cela ne correspond plus à votre expérience, et nous préférons vous le dire clairement.
SUBJECT: Point sur votre candidature || L'équipe a fait son choix pour le poste de {role}, et il ne s'est pas porté sur vous. Je tenais à vous l'annoncer moi-même plutôt que de laisser le portail s'en charger.
Votre candidature ne passera pas à l'étape suivante. Entre-temps, la maîtrise de l'allemand est devenue indispensable pour ce poste, alors qu'elle ne figurait pas dans l'annonce, et nous le regrettons.
SUBJECT: Poste de {role} || Un mot rapide pour vous informer que le poste de {role} est désormais clos en ce qui vous concerne. Aucune démarche n'est nécessaire de votre part.
Votre dossier apparaît maintenant avec le statut « Processus terminé » dans votre espace candidat. Concrètement, aucune étape supplémentaire n'est prévue avec vous pour cette offre.
On a beaucoup hésité, je te le dis franchement. Mais pour les deux ans qui viennent, on a besoin de quelqu'un qui monte l'équipe data de zéro, et ce n'est pas là que tu es le plus à l'aise. On part donc sur une autre personne.
Un autre candidat a accepté notre proposition hier soir, ce qui clôt le recrutement. Je suis désolée que l'issue ne soit pas celle que vous espériez.
""",
        "rej_score_ranking": """
À l'épreuve écrite, vous avez obtenu 11,5/20. Le jury avait fixé la barre d'admissibilité à 13/20 ; vous ne serez donc pas convoqué·e à l'oral.
Le comité a classé les quatorze dossiers présélectionnés. Le vôtre arrive en huitième position, et seuls les trois premiers rencontreront la direction.
SUBJECT: Extrait du procès-verbal du comité de sélection || Extrait du procès-verbal de la séance du 7 février : « Dossier n° 22 – A. Rivera : diplôme conforme ; expérience managériale insuffisamment démontrée. Avis défavorable. » Vous pouvez demander la grille d'évaluation complète par courrier.
Votre note globale, entretien et mise en situation confondus, est de 2,8 sur 5. Pour la dernière étape, nous avons gardé les candidatures notées 3,5 ou plus.
Sur la grille de compétences, vous êtes au-dessus de la moyenne en relation client mais en dessous en analyse financière, qui pèse le plus pour ce poste. Le total vous place sous le seuil fixé pour l'entretien final.
""",
        "rej_after_interview": """
Merci pour l'entretien de jeudi avec Claire et moi. Votre aisance avec les clients nous a marqués ; en revanche, sur le cas de rapprochement bancaire, il vous a fallu beaucoup d'aide. C'est le cœur du poste au quotidien, et nous avons préféré une personne plus autonome sur ce point.
À l'issue du second entretien, nous avons retenu une candidate qui a déjà piloté l'ouverture d'un entrepôt. Si vous le souhaitez, je peux vous détailler les remarques du jury par téléphone.
SUBJECT: Suite à notre échange de vendredi || Comme promis, je reviens vers vous avant lundi : nous n'irons pas plus loin ensemble sur ce recrutement. Votre présentation était limpide, mais les questions sur le prévisionnel ont mis en évidence des lacunes.
Ça s'est joué à peu de chose entre toi et une autre personne. Ce qui a fait la différence, c'est la disponibilité pour les déplacements : le poste demande d'être chez les clients trois jours sur cinq.
Les entretiens sont terminés et la proposition a été faite à quelqu'un d'autre. Le jury tenait néanmoins à vous dire que votre réponse sur la gestion d'un incident majeur était la plus convaincante de la semaine.
Sur le plan technique, votre entretien nous a convaincus. Nous avons toutefois senti un décalage dans la façon de travailler avec les partenaires sociaux, point central à ce niveau de responsabilité, et nous avons fait un autre choix.
""",
        "rej_after_task": """
Merci pour le temps consacré à l'exercice technique. Les relecteurs ont apprécié la clarté du code, mais l'absence de gestion des erreurs et une requête N+1 dans le module de facturation ont pesé. Nous ne programmerons pas d'entretien de restitution.
Nous avons lu votre étude de cas avec attention. Le diagnostic était solide ; les recommandations, en revanche, reposaient sur des hypothèses que les données fournies ne permettaient pas de vérifier. Le processus prend fin à ce stade.
Les prises de références que vous nous avez autorisées sont globalement positives. L'une d'elles a cependant soulevé un point sur le respect des délais que nous n'avons pas pu concilier avec les exigences du poste ; nous ne formulerons donc pas d'offre.
Merci pour ta journée d'essai en cuisine samedi. Le chef a trouvé que tu gardais ton calme, mais le rythme au passe sur un service complet n'y était pas encore. On a besoin de quelqu'un d'autonome tout de suite, donc on ne va pas te proposer le poste.
SUBJECT: Votre journée de mise en situation || Suite à votre journée de mise en situation à l'agence de Nantes, la responsable a décidé de ne pas poursuivre. Le contact avec les clients était excellent ; la prise en main de l'outil de réservation a été plus longue que prévu.
Trois membres de l'équipe ont examiné votre maquette. La qualité visuelle est indéniable, mais aucune recherche utilisateur n'étayait les choix du parcours, ce qui est rédhibitoire pour ce poste.
""",
        "rej_internal_former": """
Je voulais vous le dire de vive voix avant le courrier officiel des RH : la mobilité interne sur le poste de {role} aux Achats a été attribuée à un collègue du site de Lille. Votre poste actuel n'est évidemment pas concerné, et je vous encourage à en reparler lors de votre entretien annuel.
Nous avons bien reçu votre candidature en tant qu'ancien·ne salarié·e. Notre politique ne permet pas de réembaucher sur un poste de même niveau moins de 24 mois après une rupture conventionnelle ; nous ne pouvons donc pas l'examiner.
Votre candidature interne a été étudiée en même temps que les candidatures externes. Le poste sera pourvu par une personne venant de l'extérieur, et une synthèse des retours a été transmise à votre responsable pour votre prochain entretien individuel.
SUBJECT: Bourse à l'emploi interne – réf. MOB-0417 || La sélection pour l'offre interne MOB-0417 est terminée ; le poste a été attribué à un autre collaborateur. Conformément à l'accord de mobilité, vous pouvez demander un entretien de carrière avec les RH.
Quel plaisir d'avoir de tes nouvelles après trois ans ! Un retour sur le poste de {role} n'est malheureusement pas possible : l'équipe a été réorganisée et le poste est désormais 100 % sur site à Lyon, ce que tu nous avais dit exclu pour toi.
""",
        "rej_speculative": """
Merci pour votre candidature spontanée. Nous l'avons lue avec intérêt, mais nous n'agrandirons pas l'équipe analytique cette année. Conformément au RGPD, vos données seront supprimées sous deux mois.
Nous ne traitons pas les candidatures spontanées : tous nos recrutements passent par les offres publiées sur notre site carrières.
Ta candidature spontanée est arrivée jusqu'à moi. Je préfère être franche : il n'y a rien chez nous en ce moment qui tirerait vraiment parti de ton parcours.
SUBJECT: RE: Candidature spontanée – data || Un gel des embauches est en vigueur jusqu'à la fin de l'exercice, et les candidatures spontanées ne sont plus examinées d'ici là.
Nous n'avons pas de poste de ce type. Tout notre développement est confié à une ESN partenaire, et l'équipe interne, trois personnes, ne recrute pas.
""",
        "rej_thread_short": """
Désolé {first}, on est parti sur quelqu'un d'autre. Merci pour ta patience.
Petit point rapide : le poste est pourvu.
Finalement, le recrutement s'est fait en interne. Navré de ne pas avoir mieux à t'annoncer.
C'est non du côté de la direction. Je garde ton CV sous le coude pour la suite.
Pas cette fois : l'équipe a préféré un profil plus orienté B2B.
""",
        "rej_headhunter": """
Je sors d'un appel avec mon client. Il a choisi un candidat issu du secteur de l'assurance et n'ira pas plus loin avec votre candidature. Après trois entretiens, je sais que c'est dur à entendre.
Retour de mon client : vos prétentions salariales dépassent l'enveloppe validée, et il a préféré un autre profil de la short-list.
SUBJECT: Mission Lyon – point d'étape || Le client a clôturé la recherche par une promotion interne. Tous les candidats externes, vous compris, sortent donc du processus.
Mon client a parcouru la long-list et ne souhaite pas vous rencontrer. Motif avancé : il cherche quelqu'un qui soit actuellement en poste dans l'aéronautique.
Après le deuxième entretien, le client m'a fait un retour négatif. Le point bloquant, c'est l'ampleur du management : ils veulent quelqu'un qui a déjà encadré plus de vingt personnes.
""",
        "rej_public_body": """
Après examen de la recevabilité de votre dossier pour le concours externe d'attaché territorial, il apparaît que vous ne remplissez pas la condition de diplôme prévue à l'article 4 de l'arrêté d'ouverture. Votre candidature est donc déclarée irrecevable.
La liste d'admission du concours de secrétaire administratif a été publiée. Votre nom n'y figure pas : votre moyenne de 9,4 est inférieure au seuil fixé par le jury.
SUBJECT: Résultats – recrutement sans concours d'adjoint administratif || Vous avez passé l'entretien, mais vous n'avez pas été inscrit·e sur la liste des candidats aptes, limitée à 12 noms. Aucune suite ne sera donnée au-delà de cette liste.
La commission de recrutement de la mairie a achevé ses travaux pour le poste de {role}, qui a été attribué à un autre candidat. Vous pouvez obtenir un retour individuel sur demande écrite, en rappelant votre numéro de dossier.
Conformément à la fiche de poste, l'emploi est réservé aux fonctionnaires titulaires et aux lauréats de concours. N'étant inscrit·e sur aucune liste d'aptitude, vous ne pouvez pas voir votre candidature examinée.
""",
        "rej_academic": """
Le comité de sélection du poste de maître de conférences en sciences du langage s'est réuni le 15 avril. Votre dossier ne figure pas parmi les six candidatures auditionnées.
L'école doctorale disposait cette année de neuf contrats doctoraux. Votre projet a été classé au 17e rang sur 40 et ne bénéficiera pas d'un financement ; aucune liste complémentaire n'est établie cette année.
Je vous écris au sujet du post-doctorat sur mon projet ANR. J'ai proposé le poste à une autre personne, dont les travaux en spectrométrie de masse correspondent mieux à la tâche 2. Votre thèse est remarquable, et je serai heureux de vous recommander à des collègues.
SUBJECT: Campagne ATER 2024 – résultats || La commission a examiné les 87 candidatures reçues pour les postes d'ATER en histoire. Votre candidature n'a pas été classée.
Le Pr Marchetti m'indique qu'il ne pourra pas encadrer de nouvelle thèse l'an prochain. Sans directeur ou directrice de thèse, votre inscription ne peut pas aller plus loin.
""",
        "rej_apprentice_intern": """
Merci pour ta candidature à notre stage de six mois. Nous avons reçu plus de 700 candidatures pour 10 places, et la tienne n'est pas allée jusqu'à l'entretien.
Les places en alternance pour la rentrée de septembre sont toutes attribuées. Votre score au test d'aptitude était proche du seuil ; la prochaine campagne ouvre en janvier.
SUBJECT: Ta candidature en alternance || Après visionnage des entretiens vidéo, l'équipe recrutement a décidé de ne pas te convier à la journée de sélection du programme.
D'après votre école, votre stage doit démarrer au plus tard le 1er avril, alors que notre période de stage commence en juin. Nous ne pouvons donc pas vous accueillir cette année.
""",
        "inv_next_step_changed": """
Bonne nouvelle, on avance ! Petit changement : au lieu de l'entretien avec le panel, l'équipe te propose une séance de pair programming d'environ 1 h 30 sur notre vrai code. Tu peux m'envoyer trois créneaux pour la semaine prochaine ?
Suite à la réorganisation de la direction, ce n'est plus M. Girard mais Mme Benali, notre nouvelle DAF, qui mènera le second entretien. Elle souhaite le faire en présentiel à Marseille le 4 juillet à 14 h ; pouvez-vous me confirmer votre présence ?
SUBJECT: Dernière étape – nouveau format || Vous êtes retenu·e pour la dernière étape. Le jury ne pouvant pas se réunir au complet, les entretiens finaux se feront en deux temps, en visio, avec la DRH puis avec le directeur des opérations. Choisissez vos horaires via ce lien.
L'étude de cas écrite est supprimée de notre processus. À la place, nous vous proposons 40 minutes de préparation sur place puis une présentation orale devant le comité, le mardi 17 à 10 h.
Vous êtes admissible ! L'épreuve orale d'admission aura lieu le 11 juin et se tiendra cette année en visioconférence. Votre convocation détaillée est en pièce jointe.
Le chef d'atelier souhaite finalement vous voir avant la journée d'essai, pour un échange d'une demi-heure et une visite de l'atelier. Seriez-vous disponible mardi matin ?
Le client souhaite vous rencontrer ! Ils ont supprimé le test de personnalité pour les postes de direction, la prochaine étape est donc un entretien en face à face avec le DG mercredi à La Défense.
""",
        "oth_reserve_waiting": """
Vous êtes inscrit·e en liste complémentaire, au 3e rang. En cas de désistement d'un lauréat de la liste principale, les postes sont proposés dans l'ordre de cette liste, valable jusqu'au 31 décembre.
Le jury vous a déclaré·e apte. L'unique poste ouvert a été attribué au candidat classé premier ; vous êtes second·e et serez contacté·e en priorité si le poste se libère ou si un deuxième poste est financé.
SUBJECT: Inscription sur liste d'aptitude || Nous vous confirmons votre inscription sur la liste d'aptitude au grade de rédacteur territorial. Cette inscription ne vaut pas recrutement : il vous appartient de candidater auprès des collectivités, et la liste reste valable quatre ans.
Tu as réussi la sélection ! Il n'y a pas de place disponible à l'agence de Bordeaux pour l'instant, donc on t'a mis·e dans notre vivier prioritaire : dès qu'un poste se libère, on t'envoie le contrat sans nouvel entretien.
Votre candidature a été versée au vivier des profils validés pour les fonctions de chargé·e d'accueil. Les services qui recrutent à partir de ce vivier vous contacteront directement au cours des douze prochains mois.
Vous avez été jugé·e « recrutable » lors de l'entretien. Toutes les places du programme graduate de cette année sont attribuées, mais les profils recrutables sont automatiquement reportés sur la première vague d'affectation de février.
""",
        "ack_still_deciding": """
Je préfère vous donner des nouvelles plutôt que de laisser traîner : la décision est repoussée à la semaine prochaine, le temps que le directeur général rencontre les deux derniers candidats, dont vous.
Le poste de {role} est toujours en cours d'arbitrage. Le comité de validation des effectifs ne se réunit qu'à la fin du mois ; d'ici là, votre candidature reste en lice.
SUBJECT: Toujours en lice || Rien n'est tranché. La responsable du service rentre de congés lundi et veut revoir les trois dossiers finalistes avant de se prononcer.
Les délibérations du jury se poursuivent ; les résultats seront publiés sur le site au plus tard le 30 septembre. Aucune information ne peut être donnée par téléphone d'ici là.
Nous contactons en ce moment les personnes que vous nous avez indiquées comme références. Dès que les retours seront complets, nous reviendrons vers vous.
Le recrutement prend plus de temps que prévu, car nous avons ajouté un tour d'entretiens pour d'autres profils. Votre dossier reste actif, et rien n'est décidé.
Ton exercice est bien arrivé ; Julie et Karim le relisent cette semaine. Compte une dizaine de jours pour un retour.
""",
        "off_other_location": """
Le poste à Bordeaux a été pourvu par une personne déjà sur place, mais nous tenons à vous garder. Nous vous proposons le même poste, à rémunération identique, dans notre agence de Toulouse, avec une prise de poste au 2 septembre. La promesse d'embauche est jointe.
Nous ne pouvons pas ouvrir le poste à Paris à cause du gel des effectifs, mais nous sommes ravis de vous proposer le poste de {role} à Lille, à 46 000 € bruts annuels, avec une aide au déménagement.
SUBJECT: Proposition d'embauche – site de Grenoble || Plutôt qu'à Lyon, nous vous proposons de rejoindre l'équipe sur le site de Grenoble, où elle s'installe à la rentrée. Votre lettre d'offre est disponible dans votre espace candidat et reste valable sept jours.
Le client vous fait une offre, mais pour son bureau de Genève et non de Lausanne. Package : 112 000 CHF annuels plus un abonnement de train. Dites-moi ce que vous en pensez.
Je vous confirme notre accord pour votre embauche en CDI, avec une affectation à Rennes au lieu de Nantes, comme évoqué au dernier entretien. Le contrat vous parviendra pour signature électronique cette semaine.
Le poste montréalais ayant été gelé, nous vous offrons l'équivalent à notre bureau de Québec, à la date d'entrée souhaitée. Veuillez nous confirmer votre acceptation d'ici le 30.
""",
        "ack_headhunter_still": """
Un point rapide sur la mission : mon client continue de voir des candidats, deux premiers entretiens sont encore prévus la semaine prochaine. Vous êtes sur sa short-list ; je vous appelle dès qu'il a tranché.
Pas de nouvelles du client pour l'instant, ce qui est normal à ce stade : il veut boucler tous les seconds entretiens avant de comparer, normalement d'ici la fin du mois.
SUBJECT: Où en est-on ? || Le client a suspendu ses décisions jusqu'à l'arrivée de son nouveau directeur technique, le 3. Votre dossier est toujours chez eux et rien n'est exclu.
Le manager chez mon client veut encore rencontrer deux ou trois personnes, notamment pour se faire une idée des salaires du marché. Je sais que c'est long ; tu restes bien placé·e.
J'ai relancé le client ce matin. Les entretiens continuent jusqu'à la semaine prochaine et aucun classement n'a été fait.
Le conseil d'administration de mon client veut valider la short-list finale avant tout nouvel entretien. Cela repousse les choses de deux semaines, mais votre nom y figure toujours.
""",
    },
    "es": {
        "rej_indirect": """
Tras la última ronda, el equipo se ha decantado por un perfil con más recorrido en logística inversa, que es justo lo que necesita este año. Por nuestra parte, el proceso para el puesto de {role} termina aquí.
Decidimos darle otro rumbo a la vacante: vamos a buscar a alguien con experiencia en regulación bancaria, así que tu postulación ya no encaja con lo que necesitamos.
SUBJECT: Sobre tu candidatura || El equipo ya ha tomado su decisión y la elección no ha recaído en ti. Prefería contártelo yo antes de que vieras un simple cambio de estado en la plataforma.
Su postulación no avanzará a la siguiente etapa. La gerencia pidió a última hora que la persona seleccionada maneje portugués, un requisito que no figuraba en el aviso, y lamentamos no haberlo aclarado antes.
SUBJECT: Vacante de {role} || Te escribo solo para avisarte de que la vacante de {role} está cerrada para ti. No tienes que hacer nada más.
Le comunicamos que la plaza ha sido cubierta por una persona que ya formaba parte de nuestra bolsa de trabajo. Su expediente queda archivado.
Mira, te soy sincera: buscábamos a alguien volcado en la parte comercial, y en las entrevistas quedó claro que a ti te tira más la parte técnica. Por eso hemos preferido a otra persona, y creo que a la larga es mejor para los dos.
El área solicitante ha congelado la incorporación hasta nuevo aviso y, cuando se reactive, el perfil será distinto. Por este motivo damos por cerrada su participación en el proceso.
""",
        "rej_score_ranking": """
En la prueba de conocimientos obtuviste un 6,1 sobre 10. Para pasar a la entrevista con el tribunal hacía falta un 7, así que no continúas en esta convocatoria.
El comité elaboró un ranking con los doce postulantes entrevistados; usted quedó en el séptimo lugar. Solo los tres primeros pasan a la entrevista con gerencia general.
SUBJECT: Extracto del acta de la comisión de selección || Extracto del acta de la sesión del 9 de mayo: «Candidatura n.º 31 (A. Rivera): cumple requisitos formales; no acredita experiencia en gestión de equipos. No se propone para entrevista.» Puede solicitar la hoja de valoración completa por escrito.
Tu puntuación total, sumando la entrevista y el caso práctico, fue de 62 puntos. El corte para la fase final quedó en 75.
En el test psicotécnico usted obtuvo un percentil 38, por debajo del mínimo de 50 que exige el perfil. Según la normativa interna, no es posible continuar con el proceso.
""",
        "rej_after_interview": """
Gracias por la charla del martes con Lucía y conmigo. Te doy el feedback tal cual: nos encantó cómo tratas con clientes, pero en el ejercicio de conciliación bancaria necesitaste bastante ayuda, y eso es el día a día del puesto. Al final nos quedamos con alguien más autónomo en esa parte.
Después de la segunda entrevista, la jefatura optó por una persona que ya abrió un centro de distribución desde cero. Si quiere, le cuento por teléfono los comentarios concretos del panel.
SUBJECT: Lo que quedó pendiente del viernes || Como te prometí, te escribo antes del lunes: no vamos a seguir contigo en este proceso. La presentación estuvo muy clara, pero las preguntas sobre el presupuesto dejaron ver huecos importantes.
Estuvo muy reñido entre vos y otra persona. Lo que inclinó la balanza fue la disponibilidad para viajar: el puesto implica estar en planta en Rosario tres días por semana.
Terminamos las entrevistas y la oferta se la hicimos a otra candidata. Aun así, el panel quiso que supieras que tu respuesta sobre cómo gestionaste la caída del sistema fue la mejor que escuchamos.
Técnicamente la entrevista fue muy sólida. Sin embargo, notamos poca experiencia negociando con sindicatos, algo central en una planta de este tamaño, y eso nos llevó a elegir otro perfil.
""",
        "rej_after_task": """
Gracias por el tiempo que le dedicaste a la prueba técnica. A quienes la revisaron les gustó la estructura, pero faltaban validaciones de entrada y el endpoint de pagos no manejaba reintentos. No vamos a agendar la sesión de revisión.
Leímos con detalle su caso práctico. El diagnóstico era correcto; las recomendaciones, en cambio, no se sostenían con los datos entregados. Cerramos el proceso en esta etapa.
Las referencias que nos autorizó a consultar fueron en general buenas, pero una de ellas mencionó dificultades para trabajar bajo presión que no podemos pasar por alto en este cargo. Por eso no le extenderemos una oferta.
Gracias por venir a hacer la prueba en cocina el sábado. El chef dice que mantuviste la calma, pero en pleno servicio todavía te falta ritmo en el pase, y necesitamos a alguien que vaya solo desde la primera semana.
SUBJECT: Sobre tu día de prueba en la tienda || Después del día de prueba en la tienda de Providencia, la encargada decidió no seguir adelante. Con los clientes te manejaste muy bien; la caja y el inventario te costaron más de lo esperado.
Tres personas del equipo revisaron tu propuesta de diseño. El acabado visual es impecable, pero no había ninguna investigación con usuarios detrás del flujo, y para esta posición eso es descalificante.
""",
        "rej_internal_former": """
Quería decírtelo en persona antes de que RR. HH. te mande la comunicación formal: la promoción interna a {role} en Compras se la han dado a un compañero de la planta de Zaragoza. Tu puesto actual no cambia en nada.
Hemos recibido tu candidatura y vemos que ya trabajaste con nosotros. Según nuestra política, no se puede recontratar en el mismo nivel hasta pasados 18 meses desde una baja voluntaria, así que por ahora no podemos valorarla.
Su postulación interna se evaluó junto con las externas, y la vacante será cubierta por una persona externa. El resumen de la retroalimentación quedó a disposición de su jefatura directa para la próxima conversación de desarrollo.
SUBJECT: Convocatoria interna CI-2024-12 || Ha finalizado la convocatoria interna CI-2024-12 y la plaza se ha adjudicado a otra persona de la plantilla. Puedes pedir una reunión de carrera con RR. HH. si quieres revisar tu plan de desarrollo.
¡Qué gusto saber de ti otra vez! Por desgracia, volver como {role} no va a ser posible: el equipo se reorganizó y el puesto es ahora cien por cien presencial en Monterrey, y tú nos habías dicho que eso no te funcionaba.
""",
        "rej_speculative": """
Gracias por tu candidatura espontánea. La hemos leído con interés, pero este año no vamos a ampliar el equipo. Según nuestra política de privacidad, eliminaremos tus datos en un plazo de seis meses.
Por el momento no recibimos currículums fuera de las vacantes publicadas en nuestra página de empleo, así que no podemos considerar su envío.
Tu CV me llegó al correo general. Prefiero ser directa: ahora mismo no hay nada aquí que aproveche de verdad tu experiencia.
SUBJECT: RE: Candidatura espontánea – Marketing || Tenemos congeladas las contrataciones hasta el cierre del ejercicio y no se revisan candidaturas espontáneas hasta entonces.
No contamos con un cargo así. Todo el desarrollo lo hace una consultora externa en Medellín, y el equipo interno somos tres personas que no estamos contratando.
""",
        "rej_thread_short": """
Lo siento, {first}, al final nos hemos quedado con otra persona. Gracias por la paciencia.
Te cuento rápido: la vacante ya se cubrió.
Al final lo resolvimos con alguien de dentro. Siento no traerte mejores noticias.
La gerencia dijo que no. Guardo tu CV por si sale algo más adelante.
Esta vez no ha podido ser; el equipo prefirió a alguien con más experiencia en B2B.
""",
        "rej_headhunter": """
Acabo de colgar con el cliente. Se han decantado por un candidato que viene del sector asegurador y no van a seguir con tu candidatura. Después de tres entrevistas, sé que duele.
Feedback de mi cliente: su expectativa salarial queda por encima de la banda aprobada, y prefirieron a otro perfil de la terna.
SUBJECT: Búsqueda en Bogotá – novedades || El cliente cerró la búsqueda con una promoción interna, así que todos los candidatos externos, usted incluido, quedan fuera del proceso.
Mi cliente revisó la lista larga y no quiere entrevistarte. El motivo que dio es que busca a alguien que esté trabajando ahora en farmacéutica.
Tras la segunda entrevista, el cliente me ha dado una respuesta negativa. El punto clave fue el tamaño del equipo: quieren a alguien que haya liderado a más de veinte personas.
""",
        "rej_public_body": """
Publicada la lista definitiva de admitidos y excluidos del proceso selectivo para el Cuerpo de Gestión, su solicitud figura como excluida por la causa 03: no acreditar la titulación exigida. Contra esta resolución cabe recurso de alzada en el plazo de un mes.
Finalizada la fase de concurso-oposición, su puntuación total (48,20) no alcanza la nota de corte para obtener plaza. Tampoco ha superado el segundo ejercicio, requisito para integrar la bolsa de empleo.
SUBJECT: Proceso de selección de personal laboral temporal – resultado || Ha superado la entrevista, pero no figura entre las 15 personas que integran la bolsa de trabajo resultante, por lo que no recibirá llamamientos para esta categoría.
La comisión de la municipalidad concluyó el concurso para el cargo de {role}, que fue adjudicado a otro postulante. Puede solicitar su puntaje individual en la Oficina de Partes, indicando su número de folio.
Conforme a las bases del concurso, el cargo exige título profesional de al menos ocho semestres. Su título técnico no cumple este requisito, por lo que su postulación ha sido declarada inadmisible.
""",
        "rej_academic": """
La comisión del concurso para la plaza de Profesor/a Contratado/a Doctor/a en Lingüística Computacional ha resuelto. Su candidatura ha quedado en quinto lugar y la plaza se propone para la candidata con mayor puntuación.
El programa de doctorado contaba este año con cinco becas. Su proyecto quedó en el puesto 12 de la prelación y no recibirá financiación; no se ha constituido lista de espera.
Te escribo por la plaza de posdoc en mi proyecto del Plan Nacional. Se la he ofrecido a otra persona cuyo trabajo en microscopía electrónica encaja mejor con el paquete 2. Tu tesis es excelente y te recomiendo con gusto a otros grupos.
SUBJECT: Concurso docente – Facultad de Ciencias Económicas || El jurado evaluó los 43 antecedentes recibidos para el cargo de profesor adjunto de Historia Económica. Su postulación no integró el orden de mérito final.
La Dra. Valdivia me comunica que el próximo curso no podrá dirigir nuevas tesis. Sin un director o directora asignado, tu solicitud de admisión no puede seguir adelante.
""",
        "rej_apprentice_intern": """
Gracias por postular a nuestra pasantía de verano. Recibimos más de 800 postulaciones para 10 cupos y la tuya no pasó a la etapa de entrevistas.
Las plazas de FP Dual para septiembre ya están todas asignadas. Tu resultado en la prueba de acceso se quedó cerca del corte; la próxima convocatoria se abre en enero.
SUBJECT: Tu postulación al programa de prácticas || Tras revisar las entrevistas en video, el equipo de talento joven decidió no invitarte al assessment final del programa.
Tu universidad exige que las prácticas curriculares empiecen antes del 1 de marzo, y nuestro programa arranca en junio. No podemos acogerte este año.
""",
        "inv_next_step_changed": """
¡Pasas a la siguiente fase! Eso sí, cambiamos el formato: en lugar de la entrevista con el panel, el equipo quiere hacer contigo una sesión de programación en pareja de hora y media. ¿Me pasas tres huecos para la semana que viene?
Por la reestructuración de la dirección, la segunda entrevista ya no la hará el señor Ortega sino la nueva directora financiera, Inés Campos, y será presencial en Valencia el 4 de julio a las 12:00. ¿Le viene bien?
SUBJECT: Última fase – cambio de formato || Está en la fase final. Como el gerente está de viaje, la jornada presencial se sustituye por dos videollamadas separadas. Elija sus horarios en el enlace de agenda.
Nos saltamos la prueba técnica: el equipo prefiere conocerte directamente. 45 minutos con el responsable de I+D, el 19 o el 20, ¿qué te viene mejor?
Ha superado el primer ejercicio y queda convocado/a a la entrevista personal del 11 de junio, que este año se hará por videoconferencia. Las instrucciones de conexión están en la sede electrónica.
Al final no haremos el día de prueba. El jefe de taller quiere tomarse un café contigo y enseñarte la nave; ¿te va bien el martes por la mañana?
¡El cliente quiere conocerte! Eliminaron la prueba psicométrica para cargos directivos, así que el próximo paso es una reunión presencial con el gerente general el miércoles en Santiago.
""",
        "oth_reserve_waiting": """
Ha superado todas las fases y ocupa el puesto 6 en la bolsa de empleo resultante, con vigencia de dos años. Los llamamientos se realizan por orden de puntuación a medida que surjan vacantes o sustituciones.
El tribunal le considera apto/a. La única plaza convocada se adjudica al aspirante con mayor puntuación; usted figura en segundo lugar y será llamado/a en primer término si la plaza queda vacante o se dota una segunda.
SUBJECT: Inclusión en la lista de elegibles || Le confirmamos su inclusión en la lista de elegibles para el cargo de analista. La inclusión no implica nombramiento; la lista tiene vigencia de un año.
¡Pasaste la selección! Ahora mismo no hay hueco en la tienda de Gran Vía, así que te hemos apuntado en la lista prioritaria: en cuanto se libere un puesto, te enviamos el contrato sin más entrevistas.
Su perfil quedó en nuestro banco de elegibles para cargos de atención al público. Las áreas que contraten desde este banco lo contactarán directamente durante los próximos doce meses.
Te calificamos como «contratable» en la entrevista. Las plazas del programa de trainees de este año están cubiertas, pero los perfiles contratables pasan automáticamente a la primera ronda de asignación de febrero.
""",
        "ack_still_deciding": """
Antes que dejarte sin noticias: el comité está dividido entre tú y otra persona y se ha dado una semana más. Tendrás respuesta mía el viernes 14 como muy tarde, sea cual sea.
Todavía no hay decisión sobre {role}. La aprobación del presupuesto se pasó al siguiente comité trimestral y nadie puede comprometerse antes. Tu candidatura sigue abierta.
SUBJECT: Sigues en el proceso || Nada decidido aún. La jefa del área vuelve de vacaciones el lunes y quiere releer las tres candidaturas finalistas.
El tribunal continúa con la valoración de méritos; las calificaciones se publicarán en el tablón de anuncios de la sede electrónica. No se facilitará información telefónica antes de esa fecha.
Estamos pidiendo referencias de las dos personas finalistas, y usted es una de ellas. Le escribiremos cuando tengamos todas las respuestas.
Gracias por la paciencia. El proceso se ha alargado porque reabrimos la vacante a unos pocos perfiles más. Eso no cambia nada en tu caso: tu postulación sigue activa.
Tu prueba técnica nos llegó bien y el equipo la está revisando. Cuenta con unos diez días para la respuesta.
""",
        "off_other_location": """
El puesto de Sevilla lo ha cubierto alguien que ya estaba allí, pero no queremos perderte. Te ofrecemos el mismo puesto, con la misma banda salarial, en nuestra oficina de Málaga, con incorporación el 2 de septiembre. Adjuntamos la carta de oferta.
Por el congelamiento de cargos en Ciudad de México no podemos contratarte allí, pero nos encantaría ofrecerte la posición de {role} en Guadalajara, con un sueldo de 52.000 MXN mensuales brutos y apoyo para la mudanza.
SUBJECT: Propuesta de incorporación – sede de Bilbao || En lugar de en Madrid, te proponemos incorporarte en la sede de Bilbao, que es adonde se traslada el equipo con el que hablaste. La carta de oferta está en tu portal y tiene validez de siete días.
Tras las entrevistas queremos ofrecerle un puesto, aunque no en Lima como decía el aviso, sino en Arequipa, donde se está armando un equipo igual. Las condiciones van en la carta adjunta.
Buenas noticias con matiz: el cliente te hace la oferta, pero para la planta de Córdoba en lugar de la de Buenos Aires. El paquete incluye sueldo bruto mensual según la carta adjunta y vivienda pagada los primeros tres meses.
La vacante de Valparaíso se eliminó en la reestructuración, pero le ofrecemos el cargo equivalente en Viña del Mar, con la fecha de ingreso que pidió. Confírmenos antes del 30 si acepta.
""",
        "ack_headhunter_still": """
Te pongo al día: mi cliente sigue entrevistando, la semana que viene tiene dos primeras entrevistas más. Estás en su lista corta y te llamo en cuanto decidan.
Todavía no hay noticias del cliente, y a estas alturas es normal: quiere terminar todas las segundas entrevistas antes de comparar, previsiblemente a fin de mes.
SUBJECT: Cómo va la búsqueda || El cliente congeló las decisiones hasta que se incorpore su nuevo CTO, el día 3. Su perfil sigue con ellos y no hay nada descartado.
El gerente de mi cliente quiere ver a dos o tres personas más, en parte para comparar sueldos de mercado. Sé que se hace largo, pero seguís teniendo muchas chances.
Hablé hoy con el cliente: siguen entrevistando hasta la semana que viene y todavía no han hecho ninguna clasificación.
El directorio de mi cliente quiere validar la terna final antes de más entrevistas. Eso retrasa todo un par de semanas, pero usted sigue en ella.
""",
    },
    "pt": {
        "rej_indirect": """
Depois da última rodada, o time optou por um perfil mais próximo do que a operação precisa agora, com vivência em logística reversa. Com isso, sua participação no processo para {role} se encerra aqui.
Decidimos seguir por outro caminho nessa vaga: vamos priorizar alguém com experiência em regulação do sistema financeiro, e seu perfil acabou ficando fora desse recorte.
SUBJECT: Sobre a sua candidatura || A equipa já fez a sua escolha e esta não recaiu sobre si. Quis ser eu a dizer-lhe, antes de ver apenas uma alteração de estado no portal.
A sua candidatura não vai seguir para a fase seguinte. A direção passou a exigir fluência em francês para a função, algo que não constava do anúncio, e lamentamos não o ter esclarecido antes.
SUBJECT: Vaga de {role} || Só para avisar: a vaga de {role} está encerrada pra você. Não precisa fazer mais nada.
No sistema, o estado da sua candidatura passou para «Processo concluído – não avança». Isto significa que não estão previstas mais etapas consigo para este anúncio.
A gestora responsável entendeu que, neste momento, o perfil ideal é alguém que já tenha conduzido uma auditoria SOX do início ao fim. Como isso não aparece na sua trajetória, não seguiremos com a sua candidatura.
Fechamos a posição com uma pessoa que veio por indicação e que já conhecia o nosso ERP. Fica aqui o meu obrigado pela conversa tão boa que tivemos.
""",
        "rej_score_ranking": """
Na prova de conhecimentos específicos, você fez 54 pontos de 100. A nota de corte para a entrevista ficou em 68, então você não segue nesta etapa.
O júri ordenou os dezasseis candidatos admitidos à entrevista e ficou em 11.º lugar. Apenas os quatro primeiros são chamados para a entrevista final com a administração.
SUBJECT: Extrato da ata do júri || Extrato da ata n.º 4, de 18 de março: «Candidato 19 (A. Rivera) – reúne os requisitos formais; experiência em gestão de equipas não comprovada. Não admitido à fase seguinte.» Pode consultar a grelha de avaliação mediante pedido escrito.
Sua nota final, somando entrevista por competências e estudo de caso, foi 6,4. Para a etapa com a diretoria consideramos apenas quem ficou acima de 8.
Na dinâmica de grupo, os avaliadores deram-lhe 2 em 5 em «liderança» e «escuta ativa», os dois critérios eliminatórios para esta função. Por isso não passa à entrevista individual.
""",
        "rej_after_interview": """
Obrigada pela conversa de terça com a Camila e comigo. Feedback sincero: sua desenvoltura com o cliente foi ótima, mas no case de precificação você travou na hora de montar a conta, e isso é o dia a dia da posição. Acabamos escolhendo alguém mais seguro nessa parte.
Após a segunda entrevista, a direção optou por uma pessoa que já abriu uma unidade fabril de raiz. Se quiser, posso explicar-lhe ao telefone os comentários do júri.
SUBJECT: Retorno da entrevista de sexta || Como prometido, estou te escrevendo antes de segunda: não vamos seguir com você nesta seleção. A apresentação foi muito clara, mas as perguntas sobre orçamento mostraram lacunas importantes.
Foi muito renhido entre si e outra pessoa. O que pesou foi a disponibilidade para viajar: a função implica estar nas obras no Algarve três dias por semana.
Encerramos as entrevistas e fizemos a proposta para outra candidata. Mesmo assim, o painel pediu que eu te contasse: sua resposta sobre a queda do sistema em produção foi a melhor da semana.
Do ponto de vista técnico, a entrevista correu muito bem. Sentimos, no entanto, pouca experiência em negociação com sindicatos, o que é central numa fábrica desta dimensão, e isso levou-nos a outra escolha.
""",
        "rej_after_task": """
Valeu pelo tempo que você dedicou ao desafio técnico. O pessoal que revisou curtiu a organização do código, mas faltaram testes e o fluxo de pagamento não tratava timeouts. Não vamos marcar a conversa de devolutiva.
Lemos com atenção o seu estudo de caso. O diagnóstico estava correto, mas as recomendações não se sustentavam nos dados fornecidos. Encerramos o processo nesta fase.
As referências que autorizou foram, no geral, positivas, mas uma delas referiu dificuldades em cumprir prazos que não podemos ignorar nesta função. Assim, não iremos apresentar-lhe proposta.
Obrigado por ter vindo fazer o dia de teste na cozinha no sábado. O chef achou que você manteve a calma, mas no pico do serviço ainda faltou ritmo, e precisamos de alguém que segure a praça sem ajuda desde a primeira semana.
SUBJECT: O seu dia experimental na loja || Depois do dia experimental na loja do Chiado, a gerente decidiu não avançar. Com os clientes esteve muito bem; o sistema de caixa e o inventário custaram mais do que o esperado.
Três pessoas do time analisaram seu protótipo. O visual está impecável, mas não havia pesquisa com usuários por trás do fluxo, e para essa posição isso é eliminatório.
""",
        "rej_internal_former": """
Queria te contar pessoalmente antes do comunicado formal do RH: a vaga interna de {role} em Suprimentos ficou com um colega da unidade de Campinas. Nada muda na sua posição atual.
Recebemos a sua candidatura e vimos que já trabalhou connosco. De acordo com a nossa política, não é possível readmitir para a mesma função antes de passarem 12 meses sobre a saída, pelo que não a podemos analisar agora.
Sua candidatura interna foi avaliada junto com as externas, e a vaga será preenchida por alguém de fora. O resumo do feedback está com o seu gestor para a próxima conversa de desenvolvimento.
SUBJECT: Recrutamento interno RI-2024/09 || Concluiu-se o recrutamento interno RI-2024/09 e a função foi atribuída a outro colaborador. Pode pedir uma reunião de carreira com os Recursos Humanos, se o desejar.
Que bom ter notícias suas de novo! Infelizmente não vai rolar voltar como {role}: o time foi reestruturado e a vaga agora é 100% presencial em Curitiba, o que você tinha dito que não funciona pra você.
""",
        "rej_speculative": """
Obrigado pela sua candidatura espontânea. Lemo-la com interesse, mas este ano não vamos reforçar a equipa. De acordo com o RGPD, os seus dados serão eliminados no prazo de seis meses.
No momento só avaliamos currículos enviados para vagas abertas no nosso site de carreiras, então não conseguimos considerar o seu envio.
Seu currículo chegou pelo e-mail geral. Prefiro ser direta: hoje não tem nada aqui que aproveite de verdade a sua experiência.
SUBJECT: RE: Candidatura espontânea – Marketing || As contratações estão suspensas até ao fecho do ano e as candidaturas espontâneas não estão a ser analisadas até lá.
Não temos um cargo assim. Todo o desenvolvimento é feito por uma software house parceira em Recife, e o time interno são três pessoas que não estão contratando.
""",
        "rej_thread_short": """
Desculpa, {first}, acabamos fechando com outra pessoa. Obrigada pela paciência.
Só um toque rápido: a vaga já foi preenchida.
Acabámos por recrutar internamente. Lamento não ter melhores notícias.
A diretoria disse que não. Guardo o seu CV para uma próxima.
Desta vez não deu: a equipa preferiu alguém com mais experiência em B2B.
""",
        "rej_headhunter": """
Acabei de desligar com o cliente. Optaram por um candidato vindo do setor de seguros e não vão seguir com você. Depois de três entrevistas, sei que é duro.
Retorno do meu cliente: a sua pretensão salarial está acima da banda aprovada e preferiram outro perfil da shortlist.
SUBJECT: Busca em São Paulo – atualização || O cliente encerrou a busca com uma promoção interna. Todos os candidatos externos, incluindo você, estão fora do processo.
O meu cliente reviu a longlist e não pretende avançar para entrevista consigo. O motivo indicado foi a preferência por alguém atualmente no setor farmacêutico.
Depois da segunda entrevista, o cliente voltou com um não. O ponto principal foi gestão de pessoas: querem alguém que já tenha liderado mais de vinte.
""",
        "rej_public_body": """
Publicada a lista definitiva de candidatos admitidos e excluídos do procedimento concursal, a sua candidatura consta como excluída por não possuir o nível habilitacional exigido no aviso de abertura. Da exclusão cabe recurso hierárquico.
Foi homologado o resultado final do concurso. Sua classificação (posição 312) ficou fora do número de vagas e do cadastro de reserva previstos no edital, que vai até a posição 150.
SUBJECT: Processo seletivo simplificado – resultado || Você teve nota suficiente na prova objetiva, mas não ficou entre as 20 pessoas convocadas para a análise de títulos e, conforme o item 9.4 do edital, está fora do certame.
O júri do procedimento para {role} na Câmara Municipal concluiu os trabalhos e o posto foi ocupado por outro candidato. Pode solicitar a sua ficha de avaliação por requerimento, indicando o número de candidato.
Conforme o edital, o cargo exige registro ativo no conselho de classe. Como a documentação enviada não comprova esse registro, sua inscrição foi indeferida na etapa de verificação de requisitos.
""",
        "rej_academic": """
A banca do concurso para Professor Adjunto A do Departamento de Linguística divulgou o resultado da prova didática. Sua nota média (6,2) ficou abaixo do mínimo de 7,0, o que encerra sua participação.
O programa de doutoramento tinha este ano quatro bolsas associadas. O seu projeto ficou em 9.º lugar na seriação e não será financiado; não há lista de suplentes.
Escrevo sobre a vaga de pós-doc no meu projeto temático. Ofereci a posição a outra pessoa, cujo trabalho em espectrometria de massas se encaixa melhor no objetivo 2. Sua tese é excelente e terei prazer em recomendar seu nome a colegas.
SUBJECT: Seleção de mestrado e doutorado 2025 – análise de projetos || A comissão de seleção informa que o seu pré-projeto não atingiu a nota mínima na etapa de análise e, por isso, não segue para a arguição oral.
A Prof.ª Doutora Sampaio informou que não poderá orientar novos doutorandos no próximo ano letivo. Sem orientação atribuída, a sua candidatura não pode prosseguir.
""",
        "rej_apprentice_intern": """
Obrigado por se inscrever no nosso programa de estágio. Foram mais de 1.200 inscrições para 15 vagas, e você não passou para a etapa de dinâmica.
Todas as vagas de Jovem Aprendiz para o segundo semestre já foram preenchidas. Seu resultado no teste ficou perto do corte; as inscrições para a próxima turma abrem em janeiro.
SUBJECT: A sua candidatura ao estágio profissional || Depois de ver as entrevistas em vídeo, a equipa decidiu não o/a convidar para a fase final do programa de estágios.
A sua faculdade exige que o estágio curricular comece até 1 de março, e o nosso programa arranca em junho. Não conseguimos acolhê-lo/a este ano.
""",
        "inv_next_step_changed": """
Você passou para a próxima fase! Só mudou o formato: no lugar da entrevista com o painel, o time quer fazer com você uma sessão de pair programming de uma hora e meia. Me manda três horários da semana que vem?
Com a reorganização da direção, a segunda entrevista passa a ser conduzida pela nova diretora financeira, Dra. Marta Lobo, presencialmente no Porto, a 4 de julho às 11h. Pode confirmar?
SUBJECT: Etapa final – novo formato || Você está na etapa final. Como o gerente está viajando, o dia presencial virou duas videochamadas separadas. Escolha seus horários no link de agendamento.
Vamos saltar o teste técnico: a equipa prefere conhecê-lo/a já. São 45 minutos com o responsável de I&D, dia 19 ou 20. Qual lhe dá mais jeito?
Você foi aprovado(a) na prova objetiva e está convocado(a) para a entrevista do dia 11 de junho, que este ano será online. As orientações estão no anexo.
Afinal não vamos fazer o dia experimental; o chefe de oficina prefere tomar um café consigo e mostrar-lhe as instalações. Terça de manhã dá-lhe jeito?
O cliente quer te conhecer! Eles tiraram o teste psicométrico para cargos de diretoria, então o próximo passo é um encontro presencial com o CEO na quarta, na Faria Lima.
""",
        "oth_reserve_waiting": """
Você foi aprovado(a) em todas as etapas e está na posição 6 do cadastro de reserva, válido por dois anos. As convocações seguem a ordem de classificação, conforme surgirem vagas.
O júri considerou-o/a apto/a. O único lugar disponível foi atribuído à pessoa mais bem classificada; está em segundo lugar e será contactado/a em primeiro se o lugar vagar ou for aberto um segundo.
SUBJECT: Integração em reserva de recrutamento || Confirmamos que integra a reserva de recrutamento para técnico superior, válida por 18 meses. A integração na reserva não confere direito a contratação.
Você passou na seleção! Agora não tem vaga aberta na loja do Shopping Iguatemi, então te colocamos na lista prioritária: assim que abrir uma posição, mandamos o contrato direto, sem nova entrevista.
O seu perfil foi incluído na bolsa de candidatos validados para funções de atendimento. Os serviços que recrutarem a partir desta bolsa entrarão em contacto diretamente nos próximos doze meses.
Na entrevista você foi avaliado(a) como «contratável». As vagas do programa de trainee deste ano estão preenchidas, mas os perfis contratáveis entram automaticamente na primeira rodada de alocação de fevereiro.
""",
        "ack_still_deciding": """
Não quero te deixar no vácuo: a diretoria ainda está entre você e outra finalista e marcou uma última conversa interna para quinta. Na sexta, dia 14, te dou o retorno, qualquer que seja.
Ainda não há decisão sobre {role}. A aprovação do orçamento passou para o próximo comité trimestral e ninguém se pode comprometer antes disso. A sua candidatura continua em aberto.
SUBJECT: Continua no processo || Nada decidido ainda. A responsável da área volta de férias na segunda e quer reler as três candidaturas finalistas.
A banca ainda está analisando os títulos; o resultado preliminar será publicado no Diário Oficial até o dia 30. Não damos informações por telefone antes disso.
Estamos a pedir referências das duas pessoas finalistas, e é uma delas. Voltamos a contactá-lo/a quando tivermos todas as respostas.
Obrigado pela paciência. O processo está demorando mais porque reabrimos a vaga para mais alguns perfis. Isso não muda nada no seu caso, a candidatura segue ativa.
Seu desafio chegou certinho e o time está olhando agora. Conta uns dez dias para o retorno.
""",
        "off_other_location": """
A vaga de Porto Alegre ficou com alguém que já estava lá, mas a gente não quer te perder. Oferecemos a mesma posição, na mesma faixa salarial, no escritório de Florianópolis, com início em 2 de setembro. A carta-proposta está em anexo.
Não conseguimos abrir a posição em Lisboa por causa do congelamento de quadros, mas temos todo o gosto em propor-lhe a função de {role} em Braga, com 2.300 € brutos mensais (14 meses) e apoio à mudança.
SUBJECT: Proposta – {role}, unidade de Belo Horizonte || Em vez de São Paulo, propomos que você entre na unidade de Belo Horizonte, para onde o time com quem conversou está se mudando. A proposta está no seu portal e vale por sete dias.
Depois das entrevistas, queremos fazer-lhe uma proposta, embora não para Coimbra como dizia o anúncio, mas para Aveiro, onde está a ser montada uma equipa igual. As condições seguem na carta em anexo.
Boa notícia com um porém: o cliente quer te contratar, mas para a planta de Sorocaba em vez de Jundiaí. O pacote é R$ 14.500 por mês mais auxílio-moradia nos três primeiros meses.
O posto em Faro foi extinto na reestruturação, mas oferecemos-lhe a função equivalente em Portimão, com a data de entrada que pediu. Por favor confirme até dia 30 se aceita.
""",
        "ack_headhunter_still": """
Atualização rápida: meu cliente continua entrevistando, tem mais duas primeiras entrevistas semana que vem. Você está na shortlist e te ligo assim que decidirem.
Ainda não há novidades do cliente, o que nesta fase é normal: querem fechar todas as segundas entrevistas antes de comparar, previsivelmente até ao fim do mês.
SUBJECT: Em que pé está a busca || O cliente congelou as decisões até o novo CTO começar, no dia 3. Seu perfil continua com eles e nada foi descartado.
O gestor do meu cliente quer ver mais duas ou três pessoas, em parte para comparar salários de mercado. Sei que está demorado, mas seu nome continua forte.
Falei hoje com o cliente: continuam a entrevistar até à próxima semana e ainda não fizeram nenhuma seriação.
O conselho do meu cliente quer validar a shortlist final antes de mais entrevistas. Isso atrasa umas duas semanas, mas o seu nome continua lá.
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
            "{first} –",
        ],
        "thanks": [
            "Thank you for your interest in {company}.",
            "Thanks again for the time you've given us.",
            "We appreciate you considering {company} for the next step in your career.",
        ],
        "wish": [
            "We wish you all the best.",
            "Good luck with the search, and I hope our paths cross again.",
            "All the very best for what comes next.",
        ],
        "marketing": [
            "At {company} we move 40,000 parcels a day across six countries, and we do it with a team that cares about getting the details right. Follow us on LinkedIn for stories from our depots and offices.",
            "{company} was named one of the region's best places to work for the third year running. Discover our graduate scheme, our volunteering days and our hybrid working policy on our careers site.",
            "Curious about life at {company}? Our people blog features engineers, planners and analysts talking about the projects that shaped them.",
        ],
        "sign": [
            "Best regards,\n{sender}",
            "Kind regards,\n{sender}\n{company}",
            "Thanks,\n{sender_first}",
            "All the best,\n{sender}\nTalent Team, {company}",
        ],
        "footer": [
            "This message was sent by {company}'s recruitment system. Please do not reply to this address. To manage your data, visit your candidate account.",
            "{company} Ltd, registered in England and Wales. You are receiving this e-mail because you applied for a role with us. Privacy notice | Unsubscribe",
            "Confidential: this e-mail is intended only for the named recipient.",
        ],
        "subject_app": [
            "Your application for {role}",
            "{role} at {company} – your application",
            "Update on your application",
            "Re: {role}",
        ],
        "subject_inv": [
            "Next steps – {role}",
            "{company}: next stage for {role}",
            "Let's set up the next round",
        ],
        "subject_off": [
            "Your offer from {company}",
            "Offer of employment – {role}",
            "Good news about {role}",
        ],
        "subject_oth": [
            "Update from {company}",
            "Your candidacy – status",
            "{role}: where things stand",
        ],
    },
    "de": {
        "greet": [
            "Hallo {first},",
            "Guten Tag {first} Rivera,",
            "Liebe*r {first},",
            "Sehr geehrte*r {first} Rivera,",
            "Hi {first},",
        ],
        "thanks": [
            "Vielen Dank für Ihr Interesse an {company}.",
            "Danke für dein Interesse an {company}.",
            "Herzlichen Dank für die Zeit, die Sie sich für uns genommen haben.",
            "Danke, dass du dir die Zeit für uns genommen hast.",
        ],
        "wish": [
            "Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.",
            "Wir wünschen dir alles Gute für deine weitere Suche.",
            "Für Ihre berufliche Zukunft wünschen wir Ihnen viel Erfolg.",
            "Ich drück dir die Daumen für das, was als Nächstes kommt.",
        ],
        "marketing": [
            "{company} versorgt seit 1962 die Region mit Energie und Wasser. Mehr als 1.400 Kolleg*innen arbeiten bei uns an der Wärmewende – erfahren Sie mehr auf unserer Karriereseite.",
            "Bei {company} erwarten dich flexible Arbeitszeiten, ein Deutschlandticket und 30 Tage Urlaub. Folge uns auf LinkedIn und Instagram für Einblicke in unseren Alltag.",
            "{company} wurde 2024 erneut als Top-Arbeitgeber im Mittelstand ausgezeichnet. Entdecken Sie unsere Einstiegsprogramme und offenen Stellen.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}",
            "Viele Grüße\n{sender_first}",
            "Beste Grüße\n{sender}\n{company}",
            "Freundliche Grüße\n{sender}\nPersonalabteilung",
        ],
        "footer": [
            "{company} GmbH · Sitz der Gesellschaft: Bremen · Amtsgericht Bremen HRB 40412 · Geschäftsführung: Dr. Ute Kammler",
            "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht. Hinweise zum Datenschutz finden Sie in unserem Bewerberportal.",
            "Du erhältst diese Nachricht, weil du dich bei {company} beworben hast. Abmelden | Datenschutz",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Deine Bewerbung bei {company}",
            "Ihre Bewerbung – aktueller Stand",
            "AW: {role}",
        ],
        "subject_inv": [
            "Nächster Schritt – {role}",
            "Einladung zur nächsten Runde",
            "{company}: Terminabstimmung",
        ],
        "subject_off": [
            "Ihr Vertragsangebot von {company}",
            "Angebot – {role}",
            "Gute Nachrichten von {company}",
        ],
        "subject_oth": [
            "Information zu Ihrem Auswahlverfahren",
            "Stand des Verfahrens – {role}",
            "Neuigkeiten von {company}",
        ],
    },
    "fr": {
        "greet": [
            "Bonjour {first},",
            "Bonjour {first} Rivera,",
            "Cher·e {first},",
            "Salut {first},",
            "Madame, Monsieur,",
        ],
        "thanks": [
            "Merci de l'intérêt porté à {company}.",
            "Merci encore pour le temps consacré à ce processus.",
            "Toute l'équipe de {company} vous remercie pour votre candidature.",
        ],
        "wish": [
            "Tous nos vœux de réussite pour la suite.",
            "Bonne continuation !",
            "Nous vous souhaitons pleine réussite dans vos recherches.",
        ],
        "marketing": [
            "Depuis 1987, {company} accompagne les grandes maisons de la région dans leur transformation. Découvrez nos métiers et nos engagements RSE sur notre site carrières.",
            "Chez {company}, plus de 900 collaboratrices et collaborateurs partagent une même ambition : faire mieux, ensemble. Suivez-nous sur LinkedIn.",
            "{company} est certifiée Great Place to Work® pour la quatrième année consécutive. Retrouvez les témoignages de nos équipes sur notre blog.",
        ],
        "sign": [
            "Bien cordialement,\n{sender}",
            "Cordialement,\n{sender}\n{company}",
            "À bientôt,\n{sender_first}",
            "Très cordialement,\n{sender}\nService recrutement",
        ],
        "footer": [
            "{company} SAS au capital de 2 400 000 € – RCS Lyon 812 345 678. Conformément au RGPD, vous disposez d'un droit d'accès et de rectification de vos données.",
            "Ce message a été envoyé automatiquement, merci de ne pas y répondre.",
            "Vous recevez cet e-mail suite à votre candidature chez {company}. Se désabonner",
        ],
        "subject_app": [
            "Votre candidature au poste de {role}",
            "Candidature {role} – {company}",
            "Suite de votre candidature",
            "RE: {role}",
        ],
        "subject_inv": [
            "Prochaine étape – {role}",
            "{company} : organisation de l'entretien",
            "Votre convocation",
        ],
        "subject_off": [
            "Votre proposition d'embauche",
            "Offre – {role}",
            "Bonne nouvelle de {company}",
        ],
        "subject_oth": [
            "Information sur votre candidature",
            "Point d'étape – {role}",
            "{company} : suite du processus",
        ],
    },
    "es": {
        "greet": [
            "Hola, {first}:",
            "Estimado/a {first}:",
            "Hola {first},",
            "Buenos días, {first}:",
            "Estimada persona candidata:",
        ],
        "thanks": [
            "Gracias por tu interés en {company}.",
            "Agradecemos el tiempo dedicado a este proceso.",
            "Muchas gracias por haber pensado en {company}.",
        ],
        "wish": [
            "Mucho éxito en lo que viene.",
            "Te deseamos lo mejor en tu búsqueda.",
            "Le deseamos éxito en sus próximos pasos profesionales.",
        ],
        "marketing": [
            "En {company} llevamos más de treinta años conectando productores y mercados en toda Iberoamérica. Conoce nuestras historias en nuestra página de empleo.",
            "{company} ha sido reconocida como una de las mejores empresas para trabajar en 2024. Síguenos en LinkedIn para descubrir nuestras próximas vacantes.",
            "Más de 2.000 personas forman parte de {company} en España, México, Chile y Colombia. Descubre nuestro programa de talento joven.",
        ],
        "sign": [
            "Un saludo,\n{sender}",
            "Saludos cordiales,\n{sender}\n{company}",
            "Un abrazo,\n{sender_first}",
            "Atentamente,\n{sender}\nEquipo de Selección",
        ],
        "footer": [
            "{company} S.L. – Inscrita en el Registro Mercantil de Madrid, tomo 31.204, folio 88. Puedes ejercer tus derechos de protección de datos a través de nuestro portal de candidaturas.",
            "Este correo se ha enviado desde una dirección que no acepta respuestas.",
            "Recibes este mensaje porque postulaste a una vacante de {company}. Darse de baja",
        ],
        "subject_app": [
            "Tu candidatura para {role}",
            "Postulación {role} – {company}",
            "Sobre tu proceso de selección",
            "RE: {role}",
        ],
        "subject_inv": [
            "Siguiente paso – {role}",
            "{company}: agenda de entrevista",
            "Convocatoria a la siguiente fase",
        ],
        "subject_off": [
            "Tu oferta de {company}",
            "Carta oferta – {role}",
            "Buenas noticias de {company}",
        ],
        "subject_oth": [
            "Información sobre tu proceso",
            "Estado de tu postulación – {role}",
            "Novedades de {company}",
        ],
    },
    "pt": {
        "greet": [
            "Olá, {first},",
            "Olá {first}!",
            "Prezado(a) {first},",
            "Caro(a) {first},",
            "Bom dia, {first},",
        ],
        "thanks": [
            "Agradecemos o seu interesse na {company}.",
            "Obrigado pelo tempo dedicado ao processo.",
            "Muito obrigado por ter pensado na {company}.",
        ],
        "wish": [
            "Muito sucesso na sua jornada.",
            "Desejamos as maiores felicidades para a sua carreira.",
            "Boa sorte nos próximos passos!",
        ],
        "marketing": [
            "A {company} está presente em 11 estados brasileiros e tem orgulho de ser eleita uma das melhores empresas para trabalhar. Acompanhe a gente no LinkedIn.",
            "Na {company}, acreditamos que as pessoas fazem a diferença. Conheça os nossos programas de estágio e trainee no site de carreiras.",
            "Há mais de 40 anos que a {company} cuida da saúde de milhares de famílias em Portugal. Saiba mais sobre a nossa missão e valores.",
        ],
        "sign": [
            "Atenciosamente,\n{sender}",
            "Abraços,\n{sender_first}",
            "Com os melhores cumprimentos,\n{sender}\n{company}",
            "Um abraço,\n{sender}\nTime de Talentos",
        ],
        "footer": [
            "{company} Ltda. – CNPJ 12.345.678/0001-90. Seus dados são tratados conforme a LGPD. Para saber mais, acesse nossa política de privacidade.",
            "Esta mensagem foi enviada automaticamente. Por favor, não responda a este e-mail.",
            "{company}, S.A. – NIPC 509 876 543. Os seus dados pessoais são tratados nos termos do RGPD.",
        ],
        "subject_app": [
            "Sua candidatura para {role}",
            "Candidatura {role} – {company}",
            "Atualização do processo seletivo",
            "RE: {role}",
        ],
        "subject_inv": [
            "Próxima etapa – {role}",
            "{company}: agendamento da entrevista",
            "Convocação para a próxima fase",
        ],
        "subject_off": [
            "Sua proposta da {company}",
            "Proposta de trabalho – {role}",
            "Boas notícias da {company}",
        ],
        "subject_oth": [
            "Informação sobre o seu processo",
            "Situação da candidatura – {role}",
            "Novidades da {company}",
        ],
    },
}

THREAD: dict[str, str] = {
    "en": "Hi {sender_first},\nI hope you're well. I just wanted to check whether there's any news on the {role} position after our last conversation.\nThanks,\nAlex\n\n{header2}\nHi Alex,\nThanks for your message. The team is still meeting candidates this week and I'll let you know as soon as I have an update.\n{sender}\n",
    "de": "Hallo {sender_first},\nich wollte kurz nachfragen, ob es zur Stelle als {role} schon etwas Neues gibt.\nViele Grüße\nAlex\n\n{header2}\nHallo Alex,\ndanke für die Nachricht. Wir führen diese Woche noch Gespräche, ich melde mich, sobald ich mehr weiß.\n{sender}\n",
    "fr": "Bonjour {sender_first},\nJe me permets de revenir vers vous au sujet du poste de {role}. Avez-vous des nouvelles ?\nBien à vous,\nAlex\n\n{header2}\nBonjour Alex,\nMerci pour votre message. Les entretiens se poursuivent cette semaine, je reviens vers vous dès que possible.\n{sender}\n",
    "es": "Hola, {sender_first}:\nQuería saber si hay novedades sobre el proceso para {role}.\nGracias,\nAlex\n\n{header2}\nHola, Alex:\nGracias por escribir. Seguimos con entrevistas esta semana; te aviso en cuanto tenga algo.\n{sender}\n",
    "pt": "Olá, {sender_first},\nGostaria de saber se há novidades sobre o processo para {role}.\nDesde já, agradeço.\nAlex\n\n{header2}\nOlá, Alex,\nObrigado pela mensagem. Ainda estamos a fazer entrevistas esta semana; dou notícias assim que puder.\n{sender}\n",
}
