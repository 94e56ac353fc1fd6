# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Part written by author 18a: the hardest border between rejections and acknowledgements, in English, German, French, Spanish and Portuguese. Acknowledgements that sound worrying but decide nothing (volume warnings and silence-means-no notices, delays, paused or frozen processes with the application still open, reserve and waiting lists, re-advertised, retitled or relocated roles, missing-document deadlines, status pages switching to "in review", internal candidates considered first, budget reviews, holiday slowdowns, recruiter handovers, provisional public-sector lists) set against rejections that are easy to miss (a single polite no amid long thanks, talent-pool invitations after a no, decisions after tests and trial days, positions cancelled or filled, refused speculative applications, public-sector exclusions and final lists, agencies relaying a client's no, terse notes from hiring managers, and refusals that mention next steps, offers, interviews or keeping a CV on file), with a few interview invitations and other mails for contrast."""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Nordhafen Logistik GmbH",
    "Brightwater Analytics Ltd",
    "Maison Verlaine SAS",
    "Grupo Altamar S.L.",
    "Tecnoverde Soluções Ltda.",
    "Kestrel Health Partners",
    "Lumenfield Software Inc.",
    "Rheinblick Versicherung AG",
    "Coudray Ingénierie",
    "Cerro Azul Energía S.A.",
    "Porto Claro Seguros S.A.",
    "Vantora Retail Group",
    "Alpenstrom Energie AG",
)

ROLES: tuple[str, ...] = (
    "Data Analyst",
    "Projektmanager:in Digitalisierung",
    "Chargé·e de communication",
    "Ingeniero/a de Software",
    "Analista Financeiro",
    "Customer Success Manager",
    "UX Designer",
    "Technicien de maintenance",
    "Coordinador de Logística",
    "Operations Associate",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Camille Dufresne", "recrutement@{domain}"),
    ("Talent Acquisition", "no-reply@mail.talentlink-ats.example"),
    ("Jana Ostermann", "karriere@{domain}"),
    ("Lucía Ferrer", "seleccion@{domain}"),
    ("Rafael Nogueira", "recrutamento@{domain}"),
    ("Owen Gallagher", "careers@{domain}"),
    ("Hiring Team", "jobs@{domain}"),
    ("Priya Nair", "priya.nair@{domain}"),
    ("Recruiting", "notifications@apply.workbridge.example"),
    ("Tobias Wendt", "tobias.wendt@{domain}"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_polite_buried": """
It has been a real pleasure getting to know you over the past few weeks, and I want to thank you again for travelling up to our Leeds office and for the thoughtful questions you put to the team. I'm writing to let you know that we won't be taking your application further on this occasion. Please don't read too much into that: the shortlist was unusually strong and the final call came down to very fine margins. Everyone you met asked me to pass on their thanks and their best wishes.
We want to start by saying how much we appreciated the care that went into your application for {role}; your cover letter was one of the few that clearly engaged with what our clinics actually do, and the panel noticed. After a lot of discussion we have decided to move forward with another applicant whose experience lines up more closely with the immediate needs of the service. We are grateful you thought of {company}, and we hope you will stay in touch.
SUBJECT: An update from {company} || Thank you for the patience you have shown while we worked through a very large response to the {role} advert. Every application was read by a person rather than screened automatically, and yours received the same attention. On this occasion, you have not been selected to progress. New roles open across our Dublin, Cork and Galway sites most months, and we would be glad to see your name again.
First of all, a big thank-you from the whole product team for the case study you walked us through on Thursday; the way you broke down the onboarding funnel genuinely sparked a debate after you left. We have now met every finalist, and I'm sorry to say we've chosen someone else for this role. If a more detailed debrief would help, I'm happy to set aside twenty minutes for it; just reply to this email.
Your application reached us during a very busy period, so please accept our apologies for the time it has taken to reply. Having compared your profile carefully with the requirements of the post, we have concluded that other candidates are a closer fit, and we will not be proceeding with your application. In line with our privacy notice, your details will be deleted from our system six months from today.
""",
        "rej_mentions_next_steps": """
Regarding next steps: having reviewed the outcome of all first-round interviews for {role}, the panel has decided not to progress your application to the final stage, which means your candidacy for this vacancy is now closed. We really appreciated the energy you brought to the conversation.
We have extended an offer for the {role} position to another candidate, and they have accepted, so the vacancy is no longer open. Thank you for being part of the process; the team enjoyed meeting you.
We will keep your CV on file and may contact you should something suitable come up in the future. For the current {role} opening, however, we will not be inviting you to interview.
Following your interview last Tuesday, I wanted to let you know where things stand. The hiring manager has decided to offer the role to a candidate with more hands-on experience of NHS procurement frameworks. There are no further steps for you in this recruitment, but we would welcome an application from you for future vacancies in the commercial team.
SUBJECT: Next steps for your {role} application || We have now completed the screening stage. Unfortunately, the next step for your application is that it will be closed: we have decided to interview candidates whose backgrounds are closer to the requirements of the role. Thank you for applying.
""",
        "rej_after_assessment": """
Thank you for completing the online numerical and verbal reasoning assessments. Your scores have now been compared against the benchmark for this graduate intake, and unfortunately they fall below the level required to progress to the assessment centre. As a result we are unable to take your application any further in this cycle, although you are welcome to apply again when the September intake opens.
Thanks again for spending Saturday with us in the kitchen. Chef liked your knife work and how calm you stayed during the lunch rush, but we've decided to go with someone who has more pastry experience, since that's the gap in the brigade right now. Good luck with everything, and come by for a meal on us sometime.
We have now reviewed the take-home exercise you submitted. While your solution worked, the reviewers felt it did not show the depth of testing and API design we look for at this level, so we won't be moving you forward to the onsite loop. A short summary of their comments is below in case it is useful.
Thank you for recording your responses on our video interview platform. Each recording has been assessed by a member of the recruiting team, and we are sorry to tell you that you have not been selected for the next round of the {role} process.
Following your paid trial shift at our Bristol store on 14 March, the store manager has let us know that she won't be offering you the position. The hours you worked will be paid as agreed and should reach your account within ten working days. Thank you for giving it a go with us.
""",
        "rej_role_closed": """
We are writing to let you know that the {role} vacancy you applied for has been withdrawn following an internal restructure of the finance function. As the post will no longer be filled, your application has been closed. We are sorry for any disappointment this causes and thank you for your interest in {company}.
Because of a change in business priorities, we have decided not to hire for the {role} role after all, and every application for it, including yours, has now been closed. If the role is ever reopened it will be advertised from scratch, and you would need to apply again.
Funding for the research post you applied to was not renewed by the trust, which means the department is unable to make an appointment. The recruitment has therefore been ended and all applications have been withdrawn. We regret the inconvenience.
The position you applied for has now been filled. Thank you for your interest in working with us.
""",
        "rej_speculative": """
Thank you for your speculative application and for thinking of {company}. We have no openings that match your profile at present, and as a matter of policy we don't hold unsolicited CVs, so we won't be able to take this any further. All our live vacancies are listed on the careers site.
Many thanks for your email and CV. We're a studio of nine people and simply aren't in a position to take anyone on this year, so I'm afraid it's a no from us for now. I do appreciate you reaching out, and your work looks lovely.
We have received your open application. Having considered it against both our current and our planned hiring needs for the year, we are unable to offer you an opportunity at this time.
""",
        "rej_public_sector": """
Following the shortlisting for the above post (reference HR/2291), I regret to inform you that you have not been shortlisted for interview. The panel assessed your application against the essential criteria in the person specification and found that your evidence did not sufficiently demonstrate criterion 3, experience of managing budgets above £50,000. Owing to the volume of applications we cannot provide feedback beyond this.
SUBJECT: Civil Service Jobs: application outcome || Your application for {role} (reference 34127) has been unsuccessful at the sift stage. Your score for the behaviour 'Delivering at Pace' was 3, against a minimum of 4 required to progress. You can view your scores by signing in to your account.
We have checked your application for eligibility. The role requires applicants to hold the right to work in the UK on the closing date, and you indicated that you do not, so your application is not eligible and will not be considered further. This decision relates only to this campaign.
Thank you for applying to the State of Oregon. Your application for {role} was reviewed and it was determined that you do not meet the minimum qualifications listed in the job announcement. Your application will not be forwarded to the hiring manager. Appeals may be filed within ten calendar days of this notice.
The council's selection panel has now finalised the outcome of the recruitment. Your name does not appear on the final list of appointable candidates, so no offer of employment will be made to you from this campaign. Thank you for the time you gave to the process.
""",
        "rej_agency_relay": """
Hi {first}, I've just had feedback from {company} on your application. They were genuinely positive about your background but have decided to go with a candidate who already holds the Salesforce admin certification. Gutted for you, honestly. I'll keep looking and will be in touch as soon as I see something that fits.
Following the submission of your CV to our client, a well-known insurer in Manchester, we have been informed that they will not be progressing your application for the {role} vacancy. They did not provide detailed feedback on this occasion. We will continue to consider you for other suitable roles that we are recruiting for.
Quick heads-up: the client has pulled the {role} requisition from all agencies and won't be filling it this year, so your candidacy there is closed on their side. Sorry, I know you were keen on that one. Happy to chat about the two other briefs I mentioned whenever suits.
I spoke with the hiring manager this morning after your second interview. Unfortunately they're not going to make you an offer; they felt your stakeholder experience was a bit light for the seniority of the role. I'm sorry it isn't better news.
""",
        "rej_informal_short": """
Hey {first}, thanks for chatting yesterday. I really enjoyed the conversation, but we're going with someone more senior for this one. Hope our paths cross again.
Hi {first}, short note from me: we've decided not to move forward. Thanks for your time, it was appreciated.
Sorry {first}, it's a no from our side on the {role} role. The team felt the fit wasn't quite there. All the best with the search!
""",
        "rej_talent_pool": """
Although we won't be proceeding with your application for {role}, we were impressed enough that we'd like to invite you to join our Talent Community. Members hear about new openings before they are advertised, and you can update your preferences at any time. Use the button below to sign up.
While this particular role wasn't the right match, we'd love to stay connected. We'll add you to our talent pool, and one of our recruiters may reach out if a position that suits your skills comes up. If you'd prefer us not to keep your details, simply reply and let us know.
After careful consideration, we have decided to pursue other candidates for this opening. With your permission, we would like to keep your CV on file for twelve months so that we can consider you for future opportunities; please confirm this via the candidate portal.
We've now closed the shortlist for {role} and your application wasn't among those selected. That said, your profile is exactly the sort we'd like to have in our network, so you'll shortly receive an invitation to our alumni-style careers newsletter and pool.
""",
        "ack_volume_warning": """
Thanks for applying to {company}! We're excited to review your application for {role}. Because of the high number of applications we receive, we can only reply to candidates selected for the next stage. If you haven't heard from us within four weeks, please assume that your application has not been taken forward this time.
We've received your application. A heads-up: this posting attracted more than 800 applicants in its first week, so it may take us a little while to get through them all. Only shortlisted candidates will be contacted, but every application will be read by a human.
Your application for {role} has been successfully submitted. Please note that, due to the volume of interest, we may not be able to respond to every candidate individually. If your profile matches what we are looking for, a member of our team will get in touch.
Thank you for your interest in {company}. We aim to review applications within fifteen working days of the closing date. Should you not hear from us within six weeks of the closing date, please consider your application unsuccessful on this occasion, though we encourage you to keep an eye on future vacancies.
This is a quick note to confirm we have your application. Competition for graduate places this year is fierce, with roughly forty applicants for every role, and we won't be able to progress everyone. You'll hear from us either way once the first review is complete.
""",
        "ack_delay": """
I wanted to give you a quick update. The hiring process for {role} is taking longer than planned because two of the panel members are on annual leave, and we now expect to make decisions by the end of the month. Your application is still very much under consideration, and I'll be back in touch as soon as I have news.
Apologies for the silence. We haven't forgotten about you: the final interview schedule had to be rearranged after a change of hiring manager, and we're now about two weeks behind where we hoped to be. Nothing has been decided yet, and you remain in the process.
SUBJECT: A short delay on our side || We're writing to let you know that the review of applications for {role} has been delayed owing to an unexpectedly high response. We anticipate contacting shortlisted candidates in the week commencing 18 November rather than on the date originally stated. No action is needed from you.
""",
        "ack_paused_or_frozen": """
We have had to pause recruitment for {role} while the leadership team reviews next year's headcount plan. This is not a decision on your application: it remains open and on file, and we will let you know as soon as the search resumes, which we hope will be early in the second quarter.
As you may have seen in the press, {company} has announced a temporary freeze on external hiring, effective immediately. Applications that were already in progress, including yours, are being held rather than closed, and we will contact every candidate individually once the freeze is lifted.
The role you applied for has been placed on hold pending final budget approval from the board. I know that's frustrating to hear. Your application stays active in our system, and you don't need to reapply; I'll update you as soon as I know more.
Just so you're aware, the hiring team is waiting on sign-off from finance before we can schedule interviews for this position. We expect an answer within three weeks. Until then, no decisions are being taken on any candidates, yours included.
""",
        "ack_reserve_list": """
Following the interviews, the panel has placed you on the reserve list for {role}. No final decision has been made on your application: if one of the preferred candidates declines, or a further vacancy arises within the next six months, we may contact you to offer a post. We will write to you again before the list expires.
Thank you for attending the assessment day. You have been placed on our waiting list for the September cohort, as all places are currently provisionally allocated. Places often become available over the summer, and we will confirm your status by 31 July at the latest.
Your application has been ranked and you are currently in fourth position on the holding list for this post. The list will remain open until the posts are filled, and we will contact candidates in rank order as offers are accepted or declined.
""",
        "ack_readvertised": """
You may notice that the {role} vacancy has been re-advertised on our website and on LinkedIn. This is to widen the pool of applicants, not because anyone has been ruled out. Your application remains active and will be considered alongside any new ones.
We have decided to reopen the {role} position for a further two weeks to reach candidates in the north-west. There is no need to apply again: your existing application has been carried over and will be assessed together with those we receive in the extended window.
Just to flag that the closing date for {role} has been extended to 30 September. Existing applications, including yours, will be reviewed after the new closing date, so you may not hear from us until early October.
""",
        "ack_missing_documents": """
To continue processing your application for {role}, we still need a copy of your degree certificate and proof of your right to work. Please upload both documents to the candidate portal by Friday 12 April at 17:00; applications that are still incomplete after this date cannot be taken forward.
SUBJECT: Action required: your application || Your application is currently incomplete. The section 'Employment history' has gaps of more than three months that need an explanation. Please log in and complete the section within seven days so that we can pass your application to the shortlisting panel.
Thank you for your application. Before it can be reviewed, we need the contact details of two referees, one of whom should be your current or most recent employer. Could you reply with these by the end of next week? We will not contact them without asking you first.
Our compliance team has asked for a certified copy of your professional registration before your application moves to the review stage. Please send it to this address by 3 June. If you are unable to meet this deadline, let us know and we will do our best to accommodate you.
""",
        "ack_status_update": """
The status of your application for {role} has changed. New status: In review. Log in to your candidate account to see the details. This is an automated message; please do not reply.
SUBJECT: Application status update || Your application has moved from 'Submitted' to 'Under consideration'. This means a recruiter is currently looking at your profile. We will notify you of any further changes.
Hello from the {company} careers portal. One of your applications has been updated: {role} is now marked 'Hiring manager review'. You don't need to do anything at the moment.
""",
        "ack_internal_or_budget": """
I wanted to be transparent with you about where things stand. Under our internal mobility policy, internal applicants for {role} are considered first, and there is one internal candidate in the process at the moment. We will review external applications, including yours, once that process concludes, which should be within the next three weeks.
The department is currently reviewing its budget for the coming financial year, and we have been asked to hold all appointments until the review is complete in mid-March. Your application is still open, and we expect to resume shortlisting once the figures are confirmed.
There has been a slight change in our timeline: a colleague from another team has expressed interest in the role, and we are obliged to speak with them before taking external candidates further. Your application remains on the table and I'll update you by the 20th.
We're still waiting for the grant decision that funds this post, which the funder has told us to expect in June. Until then, we're unable to move forward with any candidates, but your application remains on file and will be considered as soon as we hear.
""",
        "ack_role_changed": """
Please note that the title of the position you applied for has changed from 'Data Analyst' to 'Insights Analyst', and the reporting line now sits within the commercial team. The responsibilities are largely the same. Your application has carried over automatically; if you no longer wish to be considered, just let us know.
We wanted to let you know that the {role} post will now be based at our Reading site rather than in central London, with two days of home working per week. If this change affects your interest, please tell us by Friday. Otherwise, we will continue to consider your application as normal.
Following a review of the team structure, the {role} role has been re-graded from Band 5 to Band 6 and the salary range adjusted accordingly. All current applications remain valid and will be assessed against the updated job description, which is attached.
""",
        "ack_holiday_or_handover": """
Our offices are closed from 22 December to 3 January, so you may not hear from us during the holiday period. Your application is safe with us, and we'll pick things up again as soon as we're back in the new year.
I wanted to let you know that Friday will be my last day at {company}. My colleague Priya Nair will be taking over the {role} search, including your application, which is currently with the hiring manager for review. She has all my notes, so there's no need to resend anything.
Just a note that much of the hiring team is away during August, so progress on applications will be slower than usual over the next few weeks. We have not made any decisions yet and will be in touch in early September.
""",
        "ack_public_provisional": """
The provisional list of admitted and excluded candidates for this competition has been published on the recruitment portal. Please check your status. Candidates may submit a claim or correct their documentation within ten working days, after which the final list will be published.
We have completed the initial sift for post reference 2024/117. This is a provisional outcome only: sift scores are subject to moderation, and final shortlisting decisions will be confirmed in writing by 28 February.
Your application has been received by the Public Appointments Service and is being assessed for eligibility. A provisional eligibility list will be issued before any candidate is invited to the next stage, and you will be notified of your status then.
""",
        "inv_interview": """
Good news: the recruitment for {role}, which we paused in the spring, has now resumed, and we'd like to invite you to a first interview. Could you let me know which of the following slots suits you: Tuesday at 10:00, Wednesday at 14:30, or Thursday at 11:00?
You were on our reserve list following your interview in March, and a further vacancy has now opened up. We'd like to invite you to a short follow-up conversation with the head of department to discuss it. Please book a time using the scheduling link below.
Thanks for completing the coding exercise. The reviewers were impressed, and we'd love you to come in for the onsite stage, which consists of three 45-minute sessions with members of the platform team. Our coordinator will be in touch shortly to arrange a date.
We would like you to attend a 30-minute telephone screen with one of our recruiters. It's an informal conversation about your experience and what you are looking for. Reply with two or three times that work for you next week.
""",
        "oth_withdrawal_confirmed": """
As you requested, we have withdrawn your application for {role}. Thank you for letting us know, and good luck with your new position. Your account remains open if you wish to apply for other roles in future.
We're sorry to see you go! Your application has been withdrawn at your request and your data will be deleted within 30 days, as you asked.
""",
        "oth_survey": """
Help us improve our recruitment process. You recently applied for a role with {company}, and we would value five minutes of your time to tell us about your experience, whatever the outcome. The survey is anonymous and closes on Friday.
""",
        "oth_alert": """
New jobs matching your saved search 'analyst, hybrid, Manchester': 6 new roles this week, including {role} at {company}. Update your alert preferences at any time.
""",
    },
    "de": {
        "rej_hoeflich_versteckt": """
Zunächst möchten wir uns herzlich für Ihr Interesse an {company} und für die Zeit bedanken, die Sie in Ihre Bewerbung investiert haben. Wir haben Ihre Unterlagen sorgfältig gelesen und mit dem Anforderungsprofil abgeglichen. Leider müssen wir Ihnen mitteilen, dass wir uns für andere Kandidat:innen entschieden haben, deren Erfahrung noch etwas genauer zu unseren aktuellen Schwerpunkten passt. Diese Entscheidung ist uns angesichts der vielen qualifizierten Bewerbungen nicht leichtgefallen und ist ausdrücklich keine Wertung Ihrer Qualifikation.
Vielen Dank, dass du dir die Zeit für die beiden Gespräche mit uns genommen hast – das ganze Team hat sich über den Austausch gefreut, und deine Fragen zur Datenarchitektur haben bei uns noch lange nachgewirkt. Nach vielen Diskussionen haben wir uns entschieden, die Stelle mit einer Person zu besetzen, die etwas mehr Erfahrung im B2B-Vertrieb mitbringt. Wir hätten dir gern etwas anderes geschrieben. Danke für dein Vertrauen und alles Gute für deinen weiteren Weg!
Wir danken Ihnen für Ihr Dossier und das damit verbundene Interesse an einer Tätigkeit in unserem Unternehmen. Nach eingehender Prüfung sämtlicher Eingänge müssen wir Ihnen mitteilen, dass wir Ihre Kandidatur nicht weiter berücksichtigen können. Ihre Unterlagen senden wir Ihnen in den nächsten Tagen per Post zurück.
Es war uns eine Freude, Sie im Rahmen unseres Auswahlverfahrens kennenzulernen, und wir danken Ihnen für die offenen und angenehmen Gespräche in Hamburg. Nach Abschluss aller Interviews haben wir uns entschlossen, Ihre Bewerbung nicht weiterzuverfolgen. Die Entscheidung war äußerst knapp, und wir würden uns freuen, wenn wir uns bei anderer Gelegenheit wiedersehen.
SUBJECT: Ihre Bewerbung bei {company} – unsere Rückmeldung || Haben Sie vielen Dank für Ihre Geduld. Wegen der außerordentlich großen Resonanz auf unsere Ausschreibung hat die Sichtung der Unterlagen länger gedauert als geplant. Heute können wir Ihnen Bescheid geben: Für die Position {role} können wir Sie leider nicht berücksichtigen. Ihre Daten werden gemäß DSGVO sechs Monate nach Abschluss des Verfahrens gelöscht.
""",
        "rej_naechste_schritte": """
Zum weiteren Vorgehen: Nach Auswertung der ersten Gesprächsrunde hat das Auswahlgremium entschieden, Sie nicht zur zweiten Runde einzuladen. Das Bewerbungsverfahren ist für Sie damit abgeschlossen. Für die angenehmen Gespräche bedanken wir uns nochmals.
Unser Angebot für die Position {role} hat eine andere Bewerberin inzwischen angenommen, die Stelle ist damit besetzt. Es tut uns leid, dass wir Ihnen keine positivere Nachricht übermitteln können, zumal Ihr Gespräch mit Herrn Albers sehr konstruktiv verlaufen ist.
Gerne würden wir Ihre Bewerbungsunterlagen in Evidenz halten und bei einer passenden Vakanz auf Sie zukommen. Für die aktuell ausgeschriebene Position können wir Sie allerdings nicht zu einem persönlichen Gespräch einladen.
Im Anschluss an unser Vorstellungsgespräch am vergangenen Mittwoch möchten wir Sie über den Stand informieren. Die Fachabteilung hat sich für einen Kandidaten mit mehrjähriger Erfahrung in der Migration auf SAP S/4HANA entschieden. Weitere Schritte sind für Sie in diesem Verfahren nicht vorgesehen; über eine Bewerbung auf künftige Ausschreibungen würden wir uns aber freuen.
SUBJECT: Nächste Schritte – {role} || Die Vorauswahl ist abgeschlossen. Im nächsten Schritt laden wir ausschließlich Kandidat*innen ein, deren Berufserfahrung näher an den Anforderungen liegt; Ihre Bewerbung gehört nicht dazu und wird nicht weiter berücksichtigt.
""",
        "rej_nach_test": """
Vielen Dank für Ihre Teilnahme an unserem Online-Assessment. Die Ergebnisse der Tests zum logischen Denken und zur Konzentrationsfähigkeit liegen jetzt vor. Leider haben Sie die Mindestpunktzahl für eine Einladung zum Auswahltag nicht erreicht, sodass wir Ihre Bewerbung für den Ausbildungsjahrgang 2025 nicht weiter berücksichtigen können. Im kommenden Jahr ist eine erneute Bewerbung möglich.
Danke nochmal für deinen Probetag bei uns in der Werkstatt! Die Kollegen fanden dich echt sympathisch, und du hast ordentlich mit angepackt. Am Ende haben wir uns trotzdem für jemanden entschieden, der den Gesellenbrief als Kfz-Mechatroniker schon in der Tasche hat – das brauchen wir gerade einfach. Mach's gut!
Wir haben die von Ihnen eingereichte Fallstudie im Team ausgewertet. Ihre Analyse war gut strukturiert, die Handlungsempfehlungen blieben aus Sicht der Jury jedoch zu allgemein. Deshalb werden wir Sie nicht zum abschließenden Gespräch mit der Geschäftsführung einladen. Das Feedback im Einzelnen finden Sie unten.
Nach dem Assessment-Center am 7. Mai haben die Beobachter:innen ihre Eindrücke zusammengeführt und abgestimmt. Wir bedauern, Ihnen mitteilen zu müssen, dass wir Ihnen keinen Platz in unserem Traineeprogramm anbieten können.
Nach Ihrer Probearbeit im Service am Freitagabend hat sich unsere Restaurantleitung gegen eine Einstellung entschieden. Die geleisteten Stunden vergüten wir Ihnen selbstverständlich wie vereinbart. Danke, dass Sie es bei uns versucht haben.
""",
        "rej_stelle_entfallen": """
Wir möchten Sie darüber informieren, dass die ausgeschriebene Stelle im Zuge einer internen Umstrukturierung des Controllings entfallen ist. Da die Position nicht besetzt wird, haben wir das Verfahren beendet und Ihre Bewerbung geschlossen. Wir bedauern die Umstände, die Ihnen dadurch entstanden sind.
Aufgrund veränderter Geschäftsprioritäten haben wir entschieden, die Position {role} nicht zu besetzen. Alle eingegangenen Bewerbungen, auch Ihre, werden daher nicht weiter bearbeitet. Sollte die Stelle später erneut ausgeschrieben werden, wäre eine neue Bewerbung nötig.
Die Drittmittel für das Forschungsprojekt, dem die Stelle zugeordnet war, wurden nicht bewilligt. Das Institut kann die Stelle deshalb nicht besetzen und hat das Verfahren eingestellt. Ihre Unterlagen werden datenschutzgerecht vernichtet.
Die Position wurde zwischenzeitlich intern besetzt. Wir bedanken uns für Ihre Bewerbung und Ihr Interesse an unserem Haus.
""",
        "rej_initiativ": """
Vielen Dank für Ihre Initiativbewerbung. Derzeit haben wir keine Vakanz, die zu Ihrem Profil passt, und da wir Initiativbewerbungen nicht längerfristig speichern, können wir Ihre Unterlagen auch nicht vormerken. Unsere aktuellen Stellenangebote finden Sie jederzeit auf der Karriereseite.
Danke für deine Mail und deinen Lebenslauf! Wir sind ein Team aus elf Leuten und stellen dieses Jahr niemanden mehr ein, deshalb müssen wir dir leider absagen. Es freut uns aber sehr, dass du an uns gedacht hast.
Ihre unaufgeforderte Bewerbung ist bei uns eingegangen und wurde von der Personalabteilung geprüft. Zum jetzigen Zeitpunkt sehen wir für Sie keine Einsatzmöglichkeit in unserem Unternehmen.
""",
        "rej_oeffentlicher_dienst": """
Im Stellenbesetzungsverfahren zur Kennziffer 2024-113 wurden sämtliche Bewerbungen anhand des Anforderungsprofils gesichtet. Ihre Bewerbung erfüllt das zwingende Kriterium eines abgeschlossenen Hochschulstudiums der Verwaltungswissenschaften oder einer vergleichbaren Fachrichtung nicht und kann daher im weiteren Auswahlverfahren nicht berücksichtigt werden. Personalrat und Gleichstellungsbeauftragte wurden beteiligt.
Das Auswahlverfahren für die Planstelle beim Magistrat ist abgeschlossen. Sie wurden nicht in den Besetzungsvorschlag aufgenommen. Ihre Bewerbungsunterlagen werden nach Ablauf von sechs Monaten vernichtet.
Hiermit teilen wir Ihnen mit, dass beabsichtigt ist, die Stelle mit Frau Dr. Miriam Keller zu besetzen, da sie nach dem Ergebnis der strukturierten Auswahlgespräche am besten geeignet ist. Gegen diese Entscheidung können Sie innerhalb von zwei Wochen nach Zugang dieses Schreibens beim zuständigen Verwaltungsgericht vorläufigen Rechtsschutz beantragen; nach Ablauf dieser Frist wird die Stelle besetzt.
Ihre Bewerbung für den Vorbereitungsdienst konnte nicht berücksichtigt werden, weil die Bewerbungsfrist am 15. März endete und Ihre Unterlagen erst am 19. März bei uns eingegangen sind. Sie sind daher vom weiteren Verfahren ausgeschlossen.
Im Eignungsauswahlverfahren für den gehobenen Polizeivollzugsdienst haben Sie den Sporttest nicht bestanden. Eine Fortsetzung des Verfahrens ist deshalb nicht möglich; eine erneute Bewerbung ist frühestens zum nächsten Einstellungstermin zulässig.
""",
        "rej_agentur": """
Hallo {first}, ich habe heute Feedback von {company} bekommen. Sie fanden dein Profil richtig spannend, haben sich aber für jemanden entschieden, der schon Erfahrung mit aufsichtsrechtlichem Reporting nach BaFin-Vorgaben hat. Tut mir echt leid! Ich bleibe dran und melde mich, sobald ich etwas Passendes sehe.
Wir hatten Ihr Profil nach Rücksprache mit Ihnen unserem Mandanten, einem mittelständischen Maschinenbauer in Baden-Württemberg, vorgestellt. Der Mandant hat uns nun mitgeteilt, dass er Ihre Kandidatur nicht weiterverfolgen möchte. Ein detailliertes Feedback liegt uns leider nicht vor; für weitere Mandate berücksichtigen wir Sie aber gern.
Kurze Info: Unser Kunde hat die Suche komplett gestoppt und das Mandat zurückgezogen. Damit ist der Prozess dort für Sie leider beendet. Ich rufe Sie diese Woche an, um über die beiden anderen Positionen zu sprechen.
Ich habe nach Ihrem Zweitgespräch mit der Bereichsleiterin telefoniert. Sie wird Ihnen leider kein Angebot machen; ausschlaggebend war am Ende die fehlende disziplinarische Führungserfahrung. Es tut mir leid, dass ich keine bessere Nachricht habe.
""",
        "rej_kurz": """
Hi {first}, danke für das nette Gespräch gestern! Wir gehen diesmal mit jemandem mit mehr Senior-Erfahrung. Vielleicht klappt es ja ein anderes Mal.
Hallo {first}, kurz und ehrlich: Wir machen mit deiner Bewerbung nicht weiter. Danke dir für deine Zeit!
Sorry {first}, von uns gibt's für die Stelle eine Absage – das Team hatte am Ende ein anderes Profil im Kopf. Alles Gute dir!
""",
        "rej_talentpool": """
Auch wenn wir Ihre Bewerbung als {role} nicht weiter berücksichtigen können, hat uns Ihr Profil überzeugt. Deshalb möchten wir Sie einladen, Teil unseres Talent-Pools zu werden: So erfahren Sie von neuen Stellen, noch bevor sie ausgeschrieben werden. Über den Button unten können Sie Ihre Einwilligung erteilen.
Für diese Position hat es leider nicht gepasst – in Kontakt bleiben möchten wir trotzdem. Wenn du einverstanden bist, nehmen wir dich in unseren Talentpool auf, und unser Recruiting-Team meldet sich, sobald eine passende Stelle frei wird.
Nach sorgfältiger Abwägung haben wir uns für andere Bewerbende entschieden. Mit Ihrem Einverständnis würden wir Ihre Unterlagen zwölf Monate lang aufbewahren, um Sie bei künftigen Vakanzen zu berücksichtigen. Bitte bestätigen Sie dies im Bewerbungsportal.
Mit Ihnen sind wir nicht in die nächste Runde gegangen. Weil wir Ihre Vertriebserfahrung aber spannend finden, haben wir Sie – sofern Sie nicht widersprechen – für unseren Kandidatenkreis 'Sales Talents' vorgemerkt, den wir zweimal im Jahr über offene Positionen informieren.
""",
        "ack_viele_bewerbungen": """
Ihre Bewerbung ist bei uns eingegangen, vielen Dank! Da wir auf diese Ausschreibung sehr viele Zuschriften erhalten, bitten wir um Verständnis, dass die Prüfung etwas Zeit in Anspruch nimmt. Sollten Sie innerhalb von vier Wochen nichts von uns hören, gehen Sie bitte davon aus, dass wir uns für andere Kandidat:innen entschieden haben.
Deine Bewerbung ist angekommen. Ganz ehrlich: Auf diese Stelle haben sich in der ersten Woche schon über 500 Leute beworben. Wir schauen uns trotzdem jede Bewerbung selbst an, melden uns aber nur bei denen, die wir kennenlernen möchten.
Hiermit bestätigen wir den Eingang Ihrer Bewerbungsunterlagen. Wegen der Vielzahl an Bewerbungen können wir Anfragen zum Bearbeitungsstand leider nicht einzeln beantworten. Nach Abschluss der Vorauswahl erhalten Sie in jedem Fall eine Nachricht.
Danke für Ihre Bewerbung. Bitte beachten Sie, dass wir uns ausschließlich bei Bewerber*innen melden, die wir zu einem Gespräch einladen möchten. Das kann bis zu sechs Wochen nach Ende der Bewerbungsfrist dauern.
Wir bestätigen Ihnen den Erhalt Ihres Bewerbungsdossiers. Bei der aktuellen Anzahl von Bewerbungen rechnen wir mit einer Bearbeitungszeit von drei bis vier Wochen und bitten Sie, in dieser Zeit von telefonischen Nachfragen abzusehen.
""",
        "ack_verzoegerung": """
Leider verzögert sich unsere Rückmeldung, weil sich die Terminabstimmung mit dem Fachbereich schwieriger gestaltet als erwartet. Wir rechnen damit, Ihnen bis Mitte nächsten Monats Bescheid geben zu können. Ihre Bewerbung befindet sich weiterhin im Verfahren.
Sorry, dass du so lange nichts von uns gehört hast! Bei uns war in den letzten Wochen wegen eines Produktlaunches ziemlich viel los. Entschieden ist noch nichts – du bist weiter im Rennen, und ich melde mich spätestens Ende nächster Woche.
Aufgrund personeller Engpässe in unserer Personalabteilung kommt es derzeit zu Verzögerungen bei der Bearbeitung von Bewerbungen. Wir bitten Sie um etwas Geduld und kommen unaufgefordert auf Sie zu.
""",
        "ack_pausiert": """
Wir müssen das Auswahlverfahren für die Position {role} vorübergehend aussetzen, da die Personalplanung für das kommende Geschäftsjahr noch nicht abgeschlossen ist. Das ist ausdrücklich keine Absage: Ihre Bewerbung bleibt im Verfahren, und wir informieren Sie, sobald es weitergeht.
Wie Sie vielleicht der Presse entnommen haben, hat {company} einen vorläufigen Einstellungsstopp für externe Besetzungen beschlossen. Laufende Bewerbungsverfahren werden ruhend gestellt, nicht beendet. Sobald der Stopp aufgehoben ist, melden wir uns bei allen Bewerbenden persönlich.
Die Stelle liegt gerade auf Eis, bis der Aufsichtsrat über das Budget für den neuen Standort entschieden hat. Deine Bewerbung bleibt aktiv, du musst nichts weiter tun.
Wegen der laufenden Integration nach der Übernahme durch unsere Muttergesellschaft sind alle Neueinstellungen bis auf Weiteres zurückgestellt. Ihre Bewerbung haben wir vorgemerkt; eine Entscheidung ist damit nicht gefallen.
""",
        "ack_nachrueckliste": """
Nach Abschluss der Vorstellungsgespräche haben wir Sie auf unsere Nachrückliste gesetzt. Eine endgültige Entscheidung über Ihre Bewerbung ist damit noch nicht gefallen: Sollte eine der ausgewählten Personen absagen, kommen wir in der Reihenfolge der Liste auf Sie zu. Bis zum 31. Mai erhalten Sie in jedem Fall Bescheid.
Alle Ausbildungsplätze für 2025 sind derzeit vorläufig vergeben, und Sie stehen auf Platz 3 unserer Warteliste. Erfahrungsgemäß werden bis August noch Plätze frei; wir informieren Sie dann umgehend.
Ihre Bewerbung wurde als 'geeignet – derzeit in Reserve' eingestuft. Wir klären gerade, ob im Herbst eine zusätzliche Stelle im Team geschaffen wird, und würden in diesem Fall auf Sie zurückkommen.
""",
        "ack_neu_ausgeschrieben": """
Vielleicht ist Ihnen aufgefallen, dass die Stelle erneut auf unserer Website und bei StepStone veröffentlicht wurde. Wir möchten damit den Bewerberkreis erweitern; Ihre Bewerbung ist davon nicht betroffen und bleibt vollständig im Verfahren.
Die Bewerbungsfrist wurde bis zum 15. Oktober verlängert. Bereits eingegangene Bewerbungen, auch Ihre, sichten wir nach Fristende gemeinsam mit den neuen. Eine erneute Bewerbung ist nicht nötig.
Wir haben die Ausschreibung für {role} um eine Teilzeitoption ergänzt und neu veröffentlicht. Für Sie ändert sich nichts – es sei denn, Teilzeit wäre auch für Sie interessant, dann geben Sie uns bitte kurz Bescheid.
""",
        "ack_unterlagen_fehlen": """
Um Ihre Bewerbung bearbeiten zu können, benötigen wir noch Ihr letztes Arbeitszeugnis und den Nachweis über Ihren Studienabschluss. Bitte laden Sie beides bis zum 30. April im Bewerberportal hoch; unvollständige Bewerbungen können nach diesem Datum nicht berücksichtigt werden.
Bei der Durchsicht Ihrer Unterlagen ist uns aufgefallen, dass die Zeugnisbewertung der ZAB für Ihren ausländischen Abschluss fehlt. Bitte reichen Sie diese innerhalb von 14 Tagen nach. Bis dahin ruht die Bearbeitung Ihrer Bewerbung.
Kurze Bitte: Magst du uns noch dein Portfolio als PDF oder Link schicken? Ohne können wir dein Profil nicht an das Designteam weitergeben. Am besten bis Freitag.
Für die weitere Bearbeitung Ihrer Bewerbung als pädagogische Fachkraft benötigen wir ein erweitertes Führungszeugnis, das nicht älter als drei Monate ist. Bitte senden Sie es uns bis zum 10. Juni zu.
""",
        "ack_status": """
Der Status Ihrer Bewerbung hat sich geändert. Neuer Status: In Prüfung. Details finden Sie in Ihrem Kandidatenkonto. Dies ist eine automatisch generierte E-Mail.
SUBJECT: Statusänderung Ihrer Bewerbung || Ihre Bewerbung wurde an die Fachabteilung weitergeleitet und befindet sich jetzt in der Phase 'Sichtung durch Fachbereich'. Über den weiteren Verlauf informieren wir Sie.
Guten Tag, in Ihrem Bewerbungskonto bei {company} gibt es eine Aktualisierung: Die Bewerbung auf {role} steht nun auf 'Vorauswahl läuft'. Sie müssen derzeit nichts unternehmen.
""",
        "ack_intern_budget": """
Ich möchte offen mit Ihnen sein: Nach unserer Betriebsvereinbarung werden interne Bewerbungen vorrangig geprüft, und für diese Stelle liegt eine interne Bewerbung vor. Erst wenn dieses Verfahren abgeschlossen ist, können wir externe Bewerbungen berücksichtigen. Ihre Bewerbung bleibt bis dahin selbstverständlich im Verfahren.
Derzeit wird der Wirtschaftsplan für 2025 überarbeitet, und bis zu seiner Verabschiedung dürfen wir keine Arbeitsverträge zusagen. Ihre Bewerbung ist weiterhin offen; wir gehen davon aus, im März wieder Gespräche führen zu können.
Der Betriebsrat muss der Stellenbesetzung noch zustimmen, und seine nächste Sitzung findet erst am 14. November statt. Bis dahin treffen wir keine Entscheidung – weder für noch gegen einzelne Bewerbungen.
Bei uns steht gerade die nächste Finanzierungsrunde an, und bis die durch ist, halten wir alle Einstellungen kurz an. Deine Bewerbung ist nicht vom Tisch, wir melden uns in etwa drei Wochen wieder.
""",
        "ack_stelle_geaendert": """
Bitte beachten Sie, dass sich die Bezeichnung der Position von 'Sachbearbeiter:in Einkauf' in 'Junior Buyer (m/w/d)' geändert hat. Die Aufgaben bleiben im Wesentlichen gleich, und Ihre Bewerbung wurde automatisch übernommen.
Die Stelle wird künftig am Standort Bremen statt in Hamburg angesiedelt sein, bei zwei mobilen Arbeitstagen pro Woche. Falls diese Änderung für Sie nicht passt, geben Sie uns bitte bis Freitag Bescheid; andernfalls läuft Ihre Bewerbung ganz normal weiter.
Nach einer Neubewertung wurde die Stelle von Entgeltgruppe E 9b in E 10 TVöD eingruppiert. Alle bisherigen Bewerbungen bleiben gültig und werden anhand der aktualisierten Stellenbeschreibung in der Anlage geprüft.
""",
        "ack_urlaub_uebergabe": """
Zwischen den Jahren ist unser Büro vom 23.12. bis zum 2.1. geschlossen. Wundern Sie sich also bitte nicht, wenn Sie in dieser Zeit nichts von uns hören – Ihre Bewerbung ist bei uns in guten Händen.
Ich möchte Ihnen mitteilen, dass ich {company} zum Monatsende verlasse. Ihre Bewerbung übernimmt ab sofort meine Kollegin Jana Ostermann, die über den aktuellen Stand vollständig informiert ist: Ihre Unterlagen liegen der Fachabteilung zur Prüfung vor.
Während der bayerischen Sommerferien ist ein Großteil unseres Teams im Urlaub, daher dauert die Bearbeitung Ihrer Bewerbung etwas länger. Es wurde noch nichts entschieden; wir melden uns Anfang September.
""",
        "ack_oeffentlich_vorlaeufig": """
Die Auswertung der schriftlichen Prüfung ist vorläufig abgeschlossen, und Ihr Ergebnis steht im Bewerbungsportal zur Einsicht bereit. Bitte beachten Sie, dass die Ergebnisse erst nach Ablauf der Widerspruchsfrist und der Prüfung etwaiger Einwendungen endgültig sind.
Ihre Bewerbung ist bei der Bewerbungsstelle eingelangt und wird derzeit auf die Erfüllung der Aufnahmeerfordernisse geprüft. Sie werden schriftlich verständigt, sobald feststeht, ob Sie zum Aufnahmeverfahren zugelassen werden.
Im Einstellungsverfahren für Lehrkräfte liegt nun die vorläufige Rangliste vor. Ihre Ordnungsnummer und Ihre vorläufige Punktzahl können Sie im Portal einsehen. Die endgültige Zuweisung der Stellen erfolgt erst nach Abschluss des Nachrückverfahrens im Juli.
""",
        "inv_gespraech": """
Da eine der ausgewählten Personen abgesagt hat, rücken Sie von unserer Nachrückliste nach. Wir würden Sie gern zu einem zweiten Gespräch mit der Abteilungsleitung einladen; bitte wählen Sie über den folgenden Link einen Termin.
Deine Aufgabe hat uns überzeugt! Wir würden dich gern zu einem Tech-Interview mit zwei Leuten aus dem Plattform-Team einladen, etwa 90 Minuten, gern remote. Schick mir einfach zwei, drei Zeitfenster für nächste Woche.
Wir freuen uns, Sie zum strukturierten Auswahlgespräch am 12. März um 9:30 Uhr im Rathaus, Zimmer 214, einzuladen. Bitte bestätigen Sie Ihre Teilnahme bis zum 5. März. Reisekosten können leider nicht erstattet werden.
Nach dem Ende des Einstellungsstopps nehmen wir das Verfahren für {role} wieder auf. Hätten Sie Zeit für ein 30-minütiges Telefonat mit unserer Recruiterin? Antworten Sie gern mit Ihren Wunschterminen.
""",
        "oth_rueckzug": """
Wie gewünscht haben wir Ihre Bewerbung für die Stelle {role} zurückgezogen. Schade, dass es nicht zusammenpasst – für Ihre neue Aufgabe wünschen wir Ihnen viel Erfolg. Ihre personenbezogenen Daten werden gemäß unserer Datenschutzerklärung gelöscht.
""",
        "oth_umfrage": """
Wie haben Sie unseren Bewerbungsprozess erlebt? Unabhängig vom Ausgang Ihrer Bewerbung würden wir uns über Ihr Feedback in einer kurzen, anonymen Umfrage freuen. Sie dauert etwa vier Minuten.
""",
        "oth_alert": """
3 neue Jobs für Ihren Suchauftrag 'Projektmanagement, Frankfurt am Main, hybrid', darunter {role} bei {company}. Suchauftrag bearbeiten oder abbestellen.
""",
        "oth_event": """
Einladung zu unserem Karriere-Abend am 18. September in Köln: Lernen Sie unsere Teams kennen, stellen Sie Ihre Fragen und erfahren Sie mehr über Einstiegsmöglichkeiten. Die Teilnahme ist kostenlos, um Anmeldung wird gebeten.
""",
    },
    "fr": {
        "rej_poli_noye": """
Nous tenons avant tout à vous remercier chaleureusement pour l'intérêt que vous portez à {company} et pour le soin apporté à votre dossier. Votre parcours a retenu toute notre attention et a été examiné en détail par l'équipe. Après mûre réflexion, nous sommes au regret de vous informer que nous ne donnerons pas une suite favorable à votre candidature, d'autres profils correspondant plus précisément aux besoins actuels du poste. Nous mesurons la déception que peut susciter cette réponse et vous remercions encore pour la confiance que vous nous avez témoignée.
Merci encore d'avoir pris le temps de venir nous voir à Nantes : toute l'équipe a apprécié l'échange, et ta présentation sur l'accessibilité a beaucoup plu. On a finalement choisi de poursuivre avec une autre personne, dont l'expérience en design system était plus poussée. Ça n'a vraiment pas été simple à trancher. On te souhaite plein de belles choses pour la suite !
Nous avons bien pris connaissance de votre candidature et vous en remercions. Après analyse comparative des dossiers reçus, il apparaît que votre profil ne rencontre pas suffisamment les exigences de la fonction ; nous ne pourrons dès lors pas y réserver une suite favorable.
C'est avec grand plaisir que nous avons échangé avec vous au cours des différents entretiens, et nous vous remercions pour votre disponibilité comme pour la qualité de nos discussions. Le comité de recrutement s'est réuni hier : malgré des qualités évidentes, votre candidature n'a pas été retenue pour la suite du processus. Nous serions ravis de recroiser votre route.
SUBJECT: Votre candidature chez {company} || Nous vous remercions de votre patience. Le nombre de candidatures reçues pour ce poste a été exceptionnellement élevé, ce qui explique le délai de notre réponse. Nous sommes aujourd'hui en mesure de vous indiquer que votre candidature au poste de {role} n'a pas été retenue. Conformément au RGPD, vos données seront conservées deux ans, sauf opposition de votre part.
""",
        "rej_prochaines_etapes": """
Concernant la suite du processus : à l'issue du premier tour d'entretiens, le jury a décidé de ne pas vous convier à l'étape suivante. Votre candidature est donc close pour ce poste.
Nous avons fait une proposition d'embauche à une autre candidate, qui l'a acceptée, et le poste de {role} est désormais pourvu. Mme Lemoine garde un excellent souvenir de votre entretien et tenait à vous remercier personnellement.
Nous conservons votre CV dans notre vivier et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présente. En revanche, pour le poste actuellement à pourvoir, nous ne vous proposerons pas d'entretien.
À la suite de votre entrevue de mardi dernier, nous souhaitons vous informer que le gestionnaire a choisi de retenir une candidature possédant davantage d'expérience en gestion de projets municipaux. Aucune autre étape n'est prévue pour vous dans ce processus, mais nous vous encourageons à postuler à nos prochains affichages.
SUBJECT: Prochaines étapes – {role} || La présélection est terminée. Les prochaines étapes ne concerneront que les candidat·es dont l'expérience est la plus proche du poste, et votre candidature ne sera malheureusement pas poursuivie.
""",
        "rej_apres_test": """
Merci d'avoir passé nos tests en ligne de raisonnement logique et numérique. Vos résultats ne vous permettent malheureusement pas d'accéder à la journée d'évaluation, le seuil requis pour cette promotion de jeunes diplômés n'ayant pas été atteint. Vous pourrez postuler de nouveau lors de la prochaine campagne.
Merci pour ta journée d'essai en cuisine mardi. Le chef a apprécié ton sérieux, mais il préfère partir sur quelqu'un qui a déjà tenu un poste de chef de partie en brasserie. Bonne continuation, et passe nous voir quand tu veux !
Nous avons étudié avec attention le cas pratique que vous nous avez transmis. Si la démarche est cohérente, le jury a estimé que les recommandations manquaient de chiffrage et de priorisation ; nous ne donnerons donc pas suite à votre candidature pour l'entretien final.
À l'issue de la mise en situation professionnelle du 12 juin, nous avons le regret de vous annoncer que nous ne pouvons pas vous proposer le poste.
Suite à votre journée d'immersion au sein de l'atelier, le responsable de production a décidé de ne pas retenir votre candidature. Cette journée vous sera indemnisée comme convenu.
""",
        "rej_poste_supprime": """
Nous vous informons que le recrutement pour le poste de {role} a été annulé à la suite d'une réorganisation de la direction financière. Le poste ne sera pas pourvu, et votre candidature a donc été clôturée. Nous vous prions de nous excuser pour ce contretemps.
Compte tenu de l'évolution de nos priorités, nous avons décidé de ne pas ouvrir ce poste cette année. L'ensemble des candidatures, dont la vôtre, ne seront pas traitées ; si l'offre devait être republiée, il faudrait déposer une nouvelle candidature.
Le financement du projet auquel ce contrat postdoctoral était rattaché n'a pas été reconduit. Le laboratoire n'est donc pas en mesure de recruter, et la procédure est close.
Le poste a été pourvu. Merci de l'intérêt que vous avez porté à notre annonce.
""",
        "rej_spontanee": """
Nous avons bien reçu votre candidature spontanée et vous remercions d'avoir pensé à {company}. Nous n'avons actuellement aucun poste correspondant à votre profil et ne conservons pas les candidatures non sollicitées : nous ne pouvons donc pas y donner suite. Nos offres sont consultables sur notre site carrières.
Merci pour ton message et ton CV ! On est une petite agence de sept personnes et on n'a pas de budget pour recruter cette année, donc c'est non pour le moment. C'est quand même super sympa d'avoir pensé à nous.
Votre offre de service spontanée nous est bien parvenue. Après examen, nous ne sommes pas en mesure de vous proposer un emploi pour le moment et vous retournons votre dossier en annexe.
""",
        "rej_fonction_publique": """
J'ai le regret de vous informer qu'à l'issue des épreuves écrites du concours externe de rédacteur territorial, session 2024, vous n'avez pas été déclaré(e) admissible. Vos notes sont consultables dans votre espace candidat ; le jury est souverain dans ses appréciations.
Après examen de votre dossier, votre candidature au concours d'attaché d'administration ne peut être retenue : vous ne remplissiez pas la condition de diplôme exigée à la date de clôture des inscriptions. Vous n'êtes donc pas autorisé(e) à concourir.
Votre nom ne figure ni sur la liste principale ni sur la liste complémentaire arrêtées par le jury. En conséquence, aucune proposition de nomination ne pourra vous être faite au titre de ce recrutement.
Nous vous remercions de l'intérêt que vous portez à la fonction publique. Après évaluation, nous avons déterminé que vous ne satisfaites pas à la qualification essentielle « expérience de la gestion de budgets de plus de 500 000 $ ». Votre candidature ne sera donc pas considérée davantage dans le cadre de ce processus de sélection.
À la suite de la commission de recrutement du 4 avril, votre candidature au poste d'agent·e d'accueil de la mairie n'a pas été retenue. Vous pouvez demander communication des motifs de cette décision dans un délai de deux mois.
""",
        "rej_cabinet": """
Salut {first}, j'ai eu le retour de {company} ce matin. Ils ont beaucoup aimé ton profil, mais ils ont choisi un candidat qui maîtrise déjà IFRS 17. Je suis déçu pour toi ! Je reste à l'affût et je te recontacte dès que j'ai quelque chose qui colle.
Avec votre accord, nous avions présenté votre candidature à notre client, un groupe industriel basé à Lyon. Celui-ci nous a fait savoir qu'il ne souhaitait pas poursuivre avec votre profil. Nous n'avons pas obtenu de retour détaillé, mais nous restons attentifs à d'autres missions qui pourraient vous correspondre.
Petite info : notre client a abandonné ce recrutement et nous a retiré la mission. Le processus est donc terminé de ce côté-là. Je vous appelle cette semaine pour parler des deux autres postes évoqués.
J'ai échangé avec la DRH après votre second entretien. Elle ne vous fera malheureusement pas d'offre : le comité a jugé votre expérience managériale insuffisante pour ce niveau de responsabilité.
""",
        "rej_court": """
Bonjour {first}, merci pour notre échange d'hier. On part finalement sur un profil plus senior pour ce poste. Au plaisir de se recroiser !
Bonjour {first}, je fais court : nous n'irons pas plus loin avec votre candidature. Merci pour votre temps.
Désolée {first}, c'est non de notre côté pour ce poste, l'équipe cherchait un profil un peu différent. Bon courage pour la suite !
""",
        "rej_vivier": """
Si nous ne pouvons pas retenir votre candidature au poste de {role}, votre profil nous a néanmoins marqués. Nous vous invitons donc à rejoindre notre communauté de talents pour être informé(e) en priorité de nos futures opportunités ; il vous suffit de cliquer sur le lien ci-dessous.
Ça n'a pas collé pour ce poste, mais on aimerait garder le contact. Si tu es d'accord, on t'ajoute à notre vivier et on revient vers toi dès qu'un poste adapté s'ouvre.
Après réflexion, nous avons décidé de poursuivre avec d'autres candidats. Avec votre accord, nous conserverons votre dossier pendant deux ans afin de pouvoir vous contacter pour d'autres postes ; vous pouvez retirer ce consentement à tout moment depuis votre espace.
Votre candidature n'a pas été sélectionnée pour la phase d'entretiens. Nous vous proposons toutefois de vous abonner à nos alertes emploi « Métiers de la maintenance » afin de ne manquer aucune de nos prochaines offres en Auvergne-Rhône-Alpes.
""",
        "ack_volume": """
Nous accusons bonne réception de votre candidature et vous en remercions. En raison du nombre important de candidatures reçues, seules les personnes présélectionnées seront contactées. Sans nouvelles de notre part dans un délai de trois semaines, vous pourrez considérer que votre candidature n'a pas été retenue.
Votre candidature a bien été enregistrée. Nous recevons en ce moment un très grand nombre de dossiers pour ce poste, et leur étude nous prendra un peu de temps, mais chaque candidature est lue par un membre de l'équipe RH.
Merci pour ta candidature, on l'a bien reçue ! On a eu énormément de réponses à cette annonce, alors on ne pourra pas répondre à tout le monde individuellement. Si ton profil correspond, on t'écrit dans les deux semaines.
Nous vous confirmons la réception de votre dossier. Compte tenu du volume de candidatures, le délai de traitement est actuellement de quatre à six semaines, et nous vous remercions de ne pas relancer le service par téléphone durant cette période.
Nous avons bien reçu votre curriculum vitæ. Veuillez noter que seules les personnes retenues pour une entrevue seront contactées. Nous vous remercions de votre intérêt.
""",
        "ack_retard": """
Nous souhaitions vous tenir informé(e) : le processus de recrutement prend plus de temps que prévu, plusieurs membres du jury étant en congés. Nous prévoyons de revenir vers les candidat·es d'ici la fin du mois, et votre candidature est toujours à l'étude.
Désolé pour le silence radio ! On a eu une grosse période avec le salon VivaTech, mais rien n'est décidé pour l'instant et ta candidature est toujours dans la course. Je reviens vers toi d'ici vendredi prochain.
L'examen des candidatures pour le poste de {role} a pris du retard. Les candidats présélectionnés seront désormais contactés dans la semaine du 2 décembre. Aucune action n'est requise de votre part.
""",
        "ack_suspendu": """
Nous avons dû suspendre temporairement ce recrutement dans l'attente de la validation du budget 2025 par la direction générale. Il ne s'agit pas d'une décision sur votre candidature, qui reste active ; nous reviendrons vers vous dès la reprise du processus.
Comme annoncé la semaine dernière, {company} a décidé un gel temporaire des embauches externes. Les processus en cours, dont le vôtre, sont mis en attente et non clôturés, et nous contacterons chaque candidat dès la levée de cette mesure.
Le poste est en stand-by le temps que le comité de direction valide l'ouverture de la nouvelle agence de Bordeaux. Ta candidature reste bien ouverte, tu n'as rien à faire.
En raison du rapprochement en cours avec le groupe, tous les recrutements sont gelés jusqu'à nouvel ordre. Votre dossier est conservé en l'état, et aucune décision n'a été prise le concernant.
""",
        "ack_liste_attente": """
À l'issue des entretiens, le jury vous a placé(e) sur liste d'attente pour ce poste. Aucune décision définitive n'a été prise : si l'un des candidats retenus se désiste, nous vous recontacterons selon l'ordre de classement. Vous serez informé(e) au plus tard le 15 juillet.
Toutes les places en alternance pour la rentrée de septembre sont pour l'instant attribuées à titre provisoire, et vous figurez en deuxième position sur notre liste d'attente. Des désistements ont lieu chaque année d'ici juillet ; nous vous tiendrons au courant.
Votre candidature a été jugée recevable et placée en réserve. Nous attendons la confirmation de l'ouverture d'un second poste dans l'équipe pour pouvoir revenir vers vous.
""",
        "ack_republie": """
Vous avez peut-être remarqué que l'offre de {role} a été republiée sur notre site et sur Welcome to the Jungle. Il s'agit simplement d'élargir le vivier : votre candidature reste active et sera étudiée au même titre que les nouvelles.
La date limite de dépôt des candidatures a été repoussée au 4 novembre. Les dossiers déjà reçus, dont le vôtre, seront examinés après cette nouvelle échéance ; inutile de postuler à nouveau.
Nous avons rouvert l'annonce pour deux semaines supplémentaires afin de toucher des candidats en Belgique. Votre dossier a été conservé et sera évalué avec ceux reçus pendant cette période.
""",
        "ack_pieces": """
Afin de poursuivre l'étude de votre candidature, nous avons besoin d'une copie de votre diplôme et d'une pièce d'identité en cours de validité. Merci de les déposer sur votre espace candidat avant le 28 février à midi ; passé ce délai, un dossier incomplet ne pourra pas être examiné.
Votre dossier d'inscription au concours est incomplet : il manque la copie de votre titre de séjour. Vous disposez de dix jours pour le compléter, faute de quoi il sera déclaré irrecevable.
Petit oubli : tu peux nous envoyer ton portfolio, en lien ou en PDF ? Sans ça, on ne peut pas transmettre ta candidature à l'équipe créa. Idéalement avant jeudi.
Pour un poste au contact d'enfants, nous devons disposer d'un extrait de casier judiciaire de moins de trois mois. Pourriez-vous nous le transmettre d'ici le 20 mai ? Votre candidature est en attente de ce document.
""",
        "ack_statut": """
Le statut de votre candidature a été mis à jour : « En cours d'examen ». Connectez-vous à votre espace candidat pour plus de détails. Ce message est envoyé automatiquement, merci de ne pas y répondre.
SUBJECT: Mise à jour de votre candidature || Votre candidature a été transmise au manager opérationnel et se trouve désormais à l'étape « Évaluation par le service ». Nous vous tiendrons informé(e) de la suite.
Bonjour, il y a du nouveau dans votre espace candidat {company} : votre candidature au poste de {role} est passée au statut « Présélection en cours ». Aucune action n'est attendue de votre part pour le moment.
""",
        "ack_interne_budget": """
Par souci de transparence, je vous précise que notre politique de mobilité interne impose d'examiner en priorité les candidatures des collaborateurs, et qu'une candidature interne est actuellement à l'étude. Les candidatures externes, dont la vôtre, seront examinées à l'issue de cette étape.
Le budget de l'association pour l'année prochaine doit encore être voté en assemblée générale le 21 mars. Tant qu'il n'est pas adopté, nous ne pouvons nous engager sur aucun recrutement, mais votre candidature reste ouverte.
Le CSE doit être consulté sur la création de ce poste lors de sa prochaine réunion, prévue le 9 octobre. D'ici là, aucune décision ne sera prise sur les candidatures reçues.
On est en train de boucler notre levée de fonds et on gèle les embauches le temps que ce soit signé. Ta candidature n'est pas écartée ; on revient vers toi d'ici trois semaines environ.
""",
        "ack_poste_modifie": """
Nous vous informons que l'intitulé du poste a évolué : « Assistant(e) achats » devient « Acheteur·se junior ». Les missions restent sensiblement les mêmes, et votre candidature a été automatiquement transférée.
Le poste sera finalement basé à Lille et non à Paris, avec deux jours de télétravail par semaine. Si ce changement ne vous convient pas, merci de nous le signaler d'ici vendredi ; à défaut, votre candidature suivra son cours normal.
À la suite d'une réévaluation, le taux d'activité du poste passe de 100 % à 80 %. Les candidatures déjà reçues restent valables ; merci de nous confirmer votre intérêt pour ce nouveau taux.
""",
        "ack_conges_relais": """
Nos bureaux seront fermés du 24 décembre au 6 janvier. Vous ne recevrez donc pas de nouvelles de notre part pendant cette période ; votre candidature sera traitée dès notre retour.
Je vous informe que je quitte {company} à la fin du mois. C'est ma collègue Camille Dufresne qui reprend le suivi de votre candidature, actuellement entre les mains du responsable d'équipe pour évaluation. Elle dispose de toutes les informations nécessaires.
En raison des congés d'été, une grande partie de l'équipe est absente jusqu'au 25 août, et le traitement des candidatures sera ralenti. Aucune décision n'a encore été prise ; nous reviendrons vers vous début septembre.
""",
        "ack_public_provisoire": """
La liste provisoire des candidats autorisés à concourir a été publiée sur le site du centre de gestion ; nous vous invitons à vérifier votre situation. Les éventuelles réclamations doivent être formulées dans un délai de dix jours, après quoi la liste définitive sera arrêtée.
Les résultats de l'épreuve de présélection sont provisoires et seront validés par le jury lors de sa séance plénière du 6 février. Vous serez informé(e) individuellement de la décision.
Votre candidature a été reçue et fait actuellement l'objet d'une présélection. Un bassin provisoire de candidats qualifiés sera établi à la fin du processus d'évaluation ; vous recevrez alors un avis précisant votre statut.
""",
        "inv_entretien": """
Bonne nouvelle : le recrutement pour le poste de {role}, suspendu au printemps, reprend, et nous aimerions vous rencontrer lors d'un premier entretien. Seriez-vous disponible lundi à 11h ou mercredi à 16h30 ?
Ton test technique nous a convaincus ! On aimerait t'inviter à un entretien d'environ 1h30 en visio avec deux développeurs de l'équipe. Tu peux réserver ton créneau via le lien ci-dessous.
Vous êtes convoqué(e) à l'épreuve orale d'admission le 12 mars à 9h30, à la Maison des examens d'Arcueil. Merci de vous munir de cette convocation et d'une pièce d'identité.
Suite au désistement d'un candidat, vous remontez sur notre liste d'attente. Nous souhaiterions organiser un échange téléphonique de 30 minutes avec la directrice du site : quelles sont vos disponibilités ?
""",
        "oth_retrait": """
Comme vous nous l'avez demandé, nous avons retiré votre candidature au poste de {role}. Félicitations pour votre nouveau poste, et belle réussite ! Vos données seront supprimées sous 30 jours.
""",
        "oth_enquete": """
Votre avis compte ! Vous avez récemment postulé chez {company}. Quelle que soit l'issue de votre candidature, accepteriez-vous de répondre à un questionnaire de trois minutes sur votre expérience ?
""",
        "oth_alert": """
5 nouvelles offres correspondent à votre alerte « communication, Lyon, CDI » : {role} chez {company} et 4 autres. Modifier ou supprimer l'alerte.
""",
        "oth_newsletter": """
Ce mois-ci chez {company} : l'ouverture de notre nouveau site de Toulouse, le portrait de Léa, technicienne de maintenance devenue cheffe d'équipe, et les dates de nos forums emploi du printemps.
""",
    },
    "es": {
        "rej_cortes_amable": """
Antes que nada, queremos agradecerle sinceramente el tiempo y la dedicación que ha puesto en su candidatura, así como su interés por formar parte de {company}. El equipo de selección ha valorado su perfil con detenimiento. Tras un análisis minucioso, lamentamos comunicarle que en esta ocasión no continuaremos con su candidatura, pues hemos optado por perfiles cuya experiencia se ajusta más a las necesidades actuales del puesto. Le reiteramos nuestro agradecimiento por la confianza depositada.
¡Gracias otra vez por venir a la oficina de Chamberí y por la demo que nos hiciste del panel de ventas! Al equipo le encantó lo bien que explicaste cada decisión de diseño. Le hemos dado muchas vueltas y al final vamos a seguir con otra persona que tiene más recorrido en producto B2C. Sabemos que no es lo que esperabas, y ojalá coincidamos más adelante.
Por medio del presente le agradecemos su participación en nuestro proceso de reclutamiento para la vacante de {role}. Le informamos que, después de evaluar a los candidatos, su perfil no fue seleccionado para continuar. Su información permanecerá resguardada en nuestra base de datos conforme a nuestro Aviso de Privacidad.
Fue un gusto conocerte en las entrevistas, y te agradecemos la buena onda y la sinceridad con la que contaste tu paso por el estudio anterior. Te escribimos para contarte que decidimos no avanzar con tu postulación en esta búsqueda. No fue una decisión fácil, y de verdad esperamos volver a cruzarnos.
SUBJECT: Actualización sobre su proceso en {company} || Agradecemos su paciencia durante estas semanas. Recibimos cerca de mil postulaciones y quisimos revisarlas todas con el cuidado que merecen, por eso tardamos más de lo previsto. Hoy podemos darle una respuesta: no ha sido seleccionado/a para la posición de {role}. Conservaremos sus datos durante un año para futuros procesos, salvo que nos indique lo contrario.
""",
        "rej_menciona_oferta": """
En cuanto a los próximos pasos: tras revisar las entrevistas técnicas, el comité ha decidido no invitarle a la fase final. Con esto se cierra su participación en el proceso para esta vacante.
Le informamos de que la oferta para el puesto de {role} ha sido aceptada por otro candidato, por lo que la vacante ha quedado cubierta. La directora de operaciones nos pidió transmitirle su agradecimiento por la conversación del jueves.
Guardaremos tu currículum en nuestra base de datos y te tendremos en cuenta si surge algo acorde a tu perfil. Eso sí, para esta posición en concreto no te vamos a convocar a entrevista.
Luego de la entrevista del pasado martes, queremos contarle cómo avanzó el proceso. El área solicitante decidió vincular a una persona con mayor experiencia en contratación estatal, de modo que no hay etapas adicionales para usted en esta convocatoria. Lo invitamos a seguir atento a nuestras publicaciones.
SUBJECT: Siguientes pasos – {role} || Ya terminamos la etapa de preselección y queremos avisarte de que no seguirás a la siguiente fase: priorizamos perfiles con experiencia directa en almacenes que trabajan con SAP EWM. Gracias por postularte.
""",
        "rej_tras_prueba": """
Gracias por completar la prueba psicotécnica y el test de inglés. Una vez corregidos, le comunicamos que su puntuación no alcanza el mínimo establecido para pasar a la dinámica de grupo, por lo que no podemos seguir adelante con su candidatura en esta convocatoria del programa de graduados.
Gracias por la jornada de prueba del sábado en tienda. La encargada valoró mucho tu trato con los clientes, pero al final hemos elegido a una persona con disponibilidad completa los fines de semana, que es lo que necesitamos ahora. Te abonaremos las horas esta misma semana.
Hemos revisado el ejercicio de código que entregaste. Funcionaba, pero el equipo echó en falta pruebas automatizadas y una separación más clara entre capas, así que no vamos a avanzar contigo a la entrevista técnica presencial. Te dejo debajo los comentarios de los revisores por si te sirven.
Junto con saludarle, le informamos que, de acuerdo con los resultados de la evaluación psicolaboral, su postulación no continuará en el proceso de selección.
Después del assessment center del día 9, el panel de evaluadores ha concluido que no podemos ofrecerle una plaza en el programa de management trainees de este año.
""",
        "rej_vacante_cancelada": """
Le escribimos para comunicarle que el proceso de selección para {role} ha sido cancelado debido a una reorganización interna del departamento de compras. La posición no se cubrirá y, en consecuencia, su candidatura queda cerrada. Lamentamos las molestias.
Por un cambio en las prioridades del negocio, hemos decidido no abrir esta posición este año. Todas las postulaciones recibidas, incluida la suya, se dan por finalizadas; si la vacante se publica de nuevo más adelante, será necesario postular otra vez.
La subvención del proyecto europeo al que estaba vinculada la plaza de investigador no ha sido renovada. El instituto no puede llevar a cabo la contratación y da por concluida la convocatoria.
La vacante ya fue cubierta. Gracias por tu interés en trabajar con nosotros.
""",
        "rej_espontanea": """
Hemos recibido su candidatura espontánea y le agradecemos que haya pensado en {company}. En este momento no contamos con posiciones acordes a su perfil y, por política interna, no conservamos currículums no solicitados, por lo que no podremos darle curso. Puede consultar las vacantes activas en nuestra web de empleo.
¡Gracias por escribirnos y mandarnos tu CV! Somos un estudio de seis personas y este año no vamos a incorporar a nadie, así que por ahora la respuesta es que no. Nos alegra mucho que te hayas acordado de nosotros.
Acusamos recibo de la solicitud de empleo que nos envió por iniciativa propia. Después de revisarla, le comunicamos que por el momento no es posible considerarla, ya que no tenemos necesidades de contratación en su área.
""",
        "rej_sector_publico": """
Por Resolución de 14 de mayo se hace pública la relación definitiva de aspirantes admitidos y excluidos al proceso selectivo, en la que figura usted como excluido/a por la causa 'no acredita la titulación requerida'. Contra esta resolución, que pone fin a la vía administrativa, podrá interponer recurso potestativo de reposición en el plazo de un mes.
Publicadas las calificaciones del primer ejercicio de la oposición, le informamos de que no ha alcanzado la puntuación mínima de 5 puntos exigida para superarlo, por lo que no podrá continuar en el proceso selectivo.
La Comisión informa que, una vez verificados los requisitos mínimos, su resultado es NO ADMITIDO en el concurso de méritos, por no acreditar la experiencia profesional relacionada exigida en la convocatoria.
Le informamos de que la Comisión de Selección ha publicado la lista definitiva de personas aprobadas y su nombre no figura en ella. En consecuencia, no será propuesto/a para el nombramiento.
Le comunicamos que su postulación al cargo fue declarada no admisible, ya que no cumple con los requisitos específicos señalados en las bases del concurso. Agradecemos su interés en servir en el sector público.
""",
        "rej_consultora": """
Hola {first}, ya tengo la respuesta de {company}: les gustó mucho tu perfil, pero se decantaron por alguien que ya había liderado un equipo de atención al cliente en banca. Lo siento de verdad. Sigo buscando y te escribo en cuanto vea algo que encaje.
Tal como acordamos, presentamos su candidatura a nuestro cliente, una cadena hotelera con sede en Palma. Nos han comunicado que no desean avanzar con su perfil en este proceso. No nos han dado más detalles, pero seguimos contando con usted para otras búsquedas.
Te cuento rápido: el cliente frenó la búsqueda de forma definitiva y nos dio de baja la posición, así que el proceso ahí quedó cerrado. Una pena, sé que te entusiasmaba. Si querés, la semana que viene hablamos de las otras dos oportunidades.
Hablé con el gerente general después de su segunda entrevista. Lamentablemente no le hará una propuesta: considera que le falta experiencia gestionando proveedores internacionales para el nivel del puesto. Siento no traerle mejores noticias.
""",
        "rej_breve": """
Hola {first}, gracias por la charla de ayer. Al final vamos con alguien con más experiencia para este puesto. ¡Suerte!
Hola {first}, te lo digo sin rodeos: no seguimos adelante con tu candidatura. Gracias por tu tiempo.
{first}, una pena, pero esta vez no va a poder ser; el equipo buscaba otro perfil. Un abrazo y mucho ánimo.
""",
        "rej_bolsa_talento": """
Aunque no vamos a continuar con su candidatura para {role}, su perfil nos ha parecido muy interesante. Por eso queremos invitarle a unirse a nuestra Comunidad de Talento, donde recibirá antes que nadie las nuevas oportunidades; solo tiene que aceptar la invitación desde el enlace.
Esta vez no encajó, pero nos gustaría seguir en contacto contigo. Si te parece bien, te sumamos a nuestra bolsa de talento y te llamamos cuando se abra algo que vaya contigo.
Tras valorarlo con calma, hemos decidido seguir con otras personas candidatas. Con su consentimiento, conservaremos su currículum durante doce meses para tenerle en cuenta en futuras vacantes; puede confirmarlo desde el portal del candidato.
Tu postulación no fue seleccionada para la etapa de entrevistas. Te invitamos, eso sí, a registrarte en el programa de talento de {company}, donde publicamos primero las vacantes de Antofagasta y Calama.
""",
        "ack_volumen": """
Hemos recibido su candidatura. Debido al elevado número de solicitudes, solo nos pondremos en contacto con las personas que pasen a la siguiente fase. Si no recibe noticias nuestras en un plazo de 30 días, entienda que en esta ocasión su perfil no ha sido seleccionado.
¡Recibimos tu postulación! Te avisamos de que esta vacante ha despertado muchísimo interés, más de 600 personas en pocos días, así que la revisión nos va a llevar un tiempo. Leemos todos los CV, uno a uno.
Le confirmamos que su solicitud se ha registrado correctamente. Por el volumen de candidaturas, no podemos responder individualmente a las consultas sobre el estado del proceso; le escribiremos cuando concluya la preselección.
Gracias por postularte. Tu información ya está en manos de nuestro equipo de Atracción de Talento; por la gran cantidad de solicitudes, la revisión puede tardar hasta tres semanas.
Su postulación ha sido recibida. Tenga en cuenta que en procesos como este suelen presentarse más de cien candidatos por plaza y que no todos podrán avanzar. Le informaremos del resultado de la primera revisión, sea cual sea.
""",
        "ack_retraso": """
Queremos avisarle de que el proceso de selección se está alargando más de lo previsto, ya que la responsable del área ha estado de baja. Esperamos tener novedades a mediados del mes que viene; su candidatura sigue en estudio.
¡Perdón por el silencio! Tuvimos semanas muy movidas con el cierre del ejercicio, pero todavía no definimos nada y seguís participando en la búsqueda. Te escribo antes del viernes 20 con novedades.
La revisión de candidaturas se ha retrasado por una actualización de nuestra plataforma de selección. Calculamos retomar el contacto con los candidatos preseleccionados a partir del 9 de enero. No es necesario que haga nada.
""",
        "ack_en_pausa": """
Nos vemos obligados a pausar temporalmente el proceso para {role} mientras la dirección revisa el plan de plantilla del próximo año. Esto no supone ninguna decisión sobre su candidatura: sigue abierta y le avisaremos en cuanto el proceso se reactive.
Como habrá leído en prensa, {company} ha anunciado una congelación temporal de las contrataciones externas. Los procesos en curso, como el suyo, quedan en suspenso, no cancelados, y nos pondremos en contacto con cada persona candidata cuando se levante la medida.
La vacante está en pausa hasta que el consejo apruebe el presupuesto de la nueva planta de Querétaro. Tu postulación sigue activa y no tienes que hacer nada.
Debido a la auditoría externa en la que estamos inmersos, la gerencia ha aplazado todas las incorporaciones hasta final de trimestre. Su expediente se mantiene tal cual; no hay ninguna decisión tomada sobre él.
""",
        "ack_lista_reserva": """
Tras las entrevistas, la comisión le ha incluido en la lista de reserva para este puesto. Todavía no hay una decisión definitiva sobre su candidatura: si alguna de las personas seleccionadas renuncia, le llamaremos siguiendo el orden de la lista, que estará vigente hasta diciembre.
Ha quedado usted en la posición número 7 de la bolsa de trabajo de auxiliares administrativos del Ayuntamiento. Los llamamientos se realizarán por orden de puntuación conforme surjan necesidades.
De momento todas las plazas de prácticas para septiembre están asignadas de forma provisional, y eres la segunda persona en la lista de espera. Cada verano hay alguna baja, así que te escribiremos antes del 15 de julio.
""",
        "ack_republicada": """
Puede que haya visto la oferta de {role} publicada de nuevo en LinkedIn e InfoJobs. Lo hacemos para ampliar el número de candidaturas, no porque hayamos descartado a nadie: la suya sigue activa y se valorará junto a las nuevas.
El plazo de inscripción se ha ampliado hasta el 31 de marzo. Las candidaturas ya recibidas, incluida la suya, se revisarán una vez cerrado el nuevo plazo, así que no hace falta que vuelva a inscribirse.
Hemos reabierto la convocatoria dos semanas más para llegar a candidatos de Valencia y Alicante. Su solicitud se mantiene y se evaluará junto con las que lleguen en ese periodo.
""",
        "ack_documentacion": """
Para continuar con su candidatura necesitamos una copia de su título universitario y de su NIE en vigor. Le rogamos que los suba al portal antes del lunes 7 a las 14:00; pasada esa fecha no podremos valorar candidaturas incompletas.
En la lista provisional figura usted como excluido/a por no haber aportado el justificante de pago de la tasa. Dispone de diez días hábiles para subsanar el defecto; de no hacerlo, se le tendrá por desistido/a de su solicitud.
Oye, nos falta tu portafolio para pasarle tu perfil al equipo de diseño. ¿Nos lo mandas en PDF o como enlace antes del jueves?
Al tratarse de un puesto en contacto con menores, la ley exige el Certificado de Delitos de Naturaleza Sexual. ¿Podría enviárnoslo antes del día 20? Su candidatura queda a la espera de este documento.
""",
        "ack_estado": """
El estado de su candidatura ha cambiado a: En revisión. Para ver los detalles, acceda a su área privada. Este mensaje se ha generado automáticamente; por favor, no responda.
SUBJECT: Tu postulación cambió de etapa || Tu postulación pasó de 'Recibida' a 'En evaluación por el área'. Eso significa que el líder del equipo está revisando tu perfil; te avisaremos de cualquier cambio.
Hola, hay una actualización en tu cuenta de {company}: tu solicitud para {role} aparece ahora como 'Preselección en curso'. Por ahora no tienes que hacer nada.
""",
        "ack_interno_presupuesto": """
Quiero ser transparente contigo: según nuestra política de movilidad interna, primero valoramos a las personas de la casa, y ahora mismo hay una candidatura interna en estudio. Revisaremos las externas, incluida la tuya, cuando termine esa fase, previsiblemente en tres semanas.
La fundación está pendiente de que el patronato apruebe el presupuesto del próximo ejercicio, algo que no ocurrirá antes de marzo. Hasta entonces no podemos formalizar ninguna contratación, pero su candidatura sigue abierta.
El comité de empresa debe emitir su informe sobre la creación de este puesto en la reunión del día 28. Hasta entonces no tomaremos decisiones sobre ninguna de las candidaturas.
Estamos en espera de que el corporativo en Monterrey autorice la plaza. En cuanto llegue la autorización retomaremos las entrevistas; tu solicitud sigue vigente.
""",
        "ack_puesto_cambia": """
Le informamos de que la denominación del puesto ha cambiado de 'Técnico/a de compras' a 'Comprador/a junior'. Las funciones son prácticamente las mismas y su candidatura se ha trasladado automáticamente.
El puesto pasará a estar en Guadalajara en lugar de Ciudad de México, con esquema híbrido de dos días en casa. Si el cambio no le conviene, avísenos antes del viernes; de lo contrario, su candidatura seguirá su curso.
La jornada del puesto pasa de completa a 30 horas semanales, con el salario ajustado en proporción. Las candidaturas recibidas siguen siendo válidas, y le agradeceríamos que nos confirme si mantiene su interés.
""",
        "ack_vacaciones_relevo": """
Durante agosto la oficina funciona con servicios mínimos, así que es posible que no tenga noticias nuestras hasta septiembre. No se ha tomado ninguna decisión y su candidatura sigue en marcha.
Te escribo para contarte que dejo {company} a fin de mes. A partir de ahora Lucía Ferrer llevará tu proceso; ya le pasé toda la información, y tu perfil sigue en revisión con la gerente del área.
Por el periodo vacacional de Semana Santa, nuestro equipo estará fuera del 14 al 21 de abril. Tu postulación está registrada y retomaremos la revisión a nuestro regreso.
""",
        "ack_publico_provisional": """
Le comunicamos que se ha publicado la relación provisional de personas admitidas, en la que usted figura como ADMITIDO/A. La relación definitiva se aprobará una vez resueltas las reclamaciones presentadas en plazo.
Las calificaciones provisionales de la fase de concurso de méritos ya pueden consultarse. Estas puntuaciones podrán modificarse tras la revisión de las alegaciones, y el tribunal publicará las definitivas en el plazo aproximado de un mes.
Su postulación fue recibida a través del portal y se encuentra en etapa de análisis de admisibilidad. Una vez concluida, se le informará por este mismo medio si continúa en el proceso.
""",
        "inv_entrevista": """
Se ha liberado una plaza y, como estaba usted en primer lugar de la lista de reserva, nos gustaría citarle para una entrevista con la jefa de servicio el próximo lunes a las 9:30 en nuestras oficinas de la calle Alcalá.
¡Nos encantó tu prueba técnica! Queremos invitarte a una entrevista de una hora con el CTO y una desarrolladora del equipo. Elige el hueco que mejor te venga en este calendario.
Se le convoca a la realización del segundo ejercicio, de carácter práctico, el día 22 de junio a las 10:00 horas en la Facultad de Derecho. Deberá presentarse con DNI y bolígrafo azul.
Ya se levantó la congelación de contrataciones y reactivamos tu proceso. ¿Tendrías 20 minutos esta semana para una llamada con nuestra reclutadora? Respóndenos con tus horarios.
""",
        "oth_retirada": """
Tal como nos pediste, hemos retirado tu candidatura para {role}. ¡Enhorabuena por tu nuevo trabajo! Tus datos se eliminarán en un plazo de 30 días.
""",
        "oth_encuesta": """
¿Cómo fue tu experiencia con nuestro proceso de selección? Sin importar el resultado, nos ayudaría mucho que respondieras esta encuesta anónima de cinco preguntas.
""",
        "oth_alert": """
Nuevas ofertas para tu alerta 'logística, Madrid, jornada completa': {role} en {company} y 7 más. Gestiona tus alertas desde tu perfil.
""",
        "oth_cold": """
Hola {first}, soy consultora en una firma de headhunting especializada en energía. Vi tu perfil en LinkedIn y creo que podría interesarte una posición confidencial en Santiago de Chile. ¿Te animas a una llamada corta esta semana?
""",
    },
    "pt": {
        "rej_educada_escondida": """
Agradecemos imensamente o seu interesse em fazer parte da {company} e o tempo dedicado a cada etapa do processo seletivo. Foi muito bom conhecer sua trajetória, e seu perfil foi analisado com todo o cuidado pela equipe. Após uma avaliação criteriosa, informamos que, neste momento, optamos por seguir com outros candidatos cujo perfil está mais aderente aos requisitos da vaga. Sabemos que não é a notícia que você esperava e agradecemos de coração pela confiança.
Obrigado mais uma vez por teres vindo ao escritório do Cais do Sodré e pela apresentação sobre a migração para a cloud, que deu muito que falar na equipa. Pensámos bastante e decidimos avançar com outra pessoa, com mais experiência de Kubernetes em produção. Não foi nada fácil, e esperamos mesmo voltar a cruzar-nos contigo.
Vimos por este meio agradecer a candidatura apresentada por V. Exa. Após análise de todos os currículos recebidos, lamentamos informar que o seu perfil não foi selecionado para a fase seguinte do processo de recrutamento.
Foi um prazer conversar com você durante as entrevistas com o time de Operações, e agradecemos a transparência com que falou sobre os desafios do seu último emprego. Depois de alinharmos com a liderança, decidimos não dar continuidade à sua candidatura. Foi uma decisão apertada, e torcemos muito pelo seu sucesso.
SUBJECT: Retorno sobre o processo seletivo – {company} || Obrigado pela paciência nas últimas semanas. Recebemos mais de 1.200 inscrições para esta vaga e, por isso, o retorno demorou mais do que gostaríamos. Hoje conseguimos te dar uma resposta: infelizmente você não foi selecionado(a) para a posição de {role}. Seus dados ficarão armazenados de acordo com a LGPD.
""",
        "rej_fala_proximos_passos": """
Sobre os próximos passos: após a análise das entrevistas com o gestor, decidimos não seguir com você para a etapa final. Com isso, sua participação neste processo seletivo está encerrada.
A proposta para a função de {role} foi aceite por outra candidata, pelo que a vaga se encontra preenchida. O Eng. Tavares pediu-nos que lhe agradecêssemos a conversa de sexta-feira.
Seu currículo continua cadastrado conosco e poderá ser consultado em vagas futuras. Nesta seleção, contudo, não avançaremos para a etapa de entrevistas com você.
Depois da entrevista de terça-feira, queremos te atualizar: a gestora escolheu uma pessoa com mais vivência em auditoria de processos hospitalares, e não há próximas etapas previstas para você nesta vaga. Fique de olho no nosso portal, abrimos novas oportunidades com frequência.
SUBJECT: Próximas etapas – {role} || Concluímos a triagem curricular. Na próxima etapa seguirão apenas candidatos com experiência comprovada em gestão de frota, e a sua candidatura não foi selecionada para continuar.
""",
        "rej_apos_teste": """
Obrigado por realizar os testes online de lógica e de inglês. Infelizmente, sua pontuação ficou abaixo da nota de corte definida para a dinâmica de grupo, e por isso você não seguirá no Programa de Estágio 2025. As inscrições para o próximo ciclo abrem em agosto.
Obrigada pelo dia à experiência na sala, no sábado. O gerente gostou da tua simpatia com os clientes, mas acabámos por escolher alguém com mais experiência em serviço de vinhos. Boa sorte, e aparece cá para jantar!
Avaliamos o case que você entregou. A análise estava bem organizada, mas a banca sentiu falta de uma estimativa de impacto financeiro e de priorização das iniciativas, então não vamos seguir com você para o painel final com a diretoria.
Agradecemos sua participação no teste de perfil comportamental e na entrevista por vídeo. Após a avaliação, informamos que você não foi aprovado(a) para a próxima fase.
Na sequência do dia de trabalho à experiência na linha de montagem, o chefe de produção decidiu não avançar com a sua contratação. O dia será pago conforme combinado.
""",
        "rej_vaga_cancelada": """
Informamos que o processo seletivo para {role} foi cancelado em razão de uma reestruturação na área de Controladoria. A vaga não será mais preenchida e, portanto, sua candidatura foi encerrada. Pedimos desculpas pelo transtorno.
Devido a uma alteração das prioridades da empresa, decidimos não avançar com a contratação para esta função. Todas as candidaturas, incluindo a sua, foram encerradas; caso a vaga volte a ser publicada, será necessário candidatar-se novamente.
A vaga de {role} foi congelada por tempo indeterminado e retirada do nosso portal. Por esse motivo, encerramos todas as candidaturas associadas, incluindo a sua.
A vaga foi preenchida. Agradecemos o seu interesse!
""",
        "rej_espontanea": """
Recebemos sua candidatura espontânea e agradecemos por pensar na {company}. No momento não temos vagas compatíveis com o seu perfil e não mantemos currículos enviados fora de processos seletivos abertos, por isso não poderemos dar andamento. Nossas vagas ficam publicadas na página de carreiras.
Obrigado pelo teu email e pelo CV! Somos um atelier de cinco pessoas e este ano não vamos contratar ninguém, por isso, para já, a resposta é não. Ficámos mesmo contentes por teres pensado em nós.
Acusamos a receção da candidatura espontânea de V. Exa., que mereceu a nossa melhor atenção. Informamos, contudo, que não dispomos presentemente de qualquer oportunidade adequada ao seu perfil, pelo que não será possível dar-lhe seguimento.
""",
        "rej_setor_publico": """
Decorrido o período de audiência prévia sem que tenham sido apresentados elementos que alterem o projeto de decisão, notifica-se V. Exa. da sua exclusão definitiva do procedimento concursal, por não possuir o nível habilitacional exigido no aviso de abertura.
Informa-se que foi homologada a lista unitária de ordenação final do procedimento concursal, na qual V. Exa. não consta como aprovado(a), por ter obtido classificação inferior a 9,5 valores na prova de conhecimentos.
Conforme o resultado final publicado no Diário Oficial, você não foi classificado(a) dentro do número de vagas nem do cadastro de reserva previsto no edital, estando eliminado(a) do concurso.
Sua inscrição no processo seletivo simplificado foi indeferida, pois o diploma apresentado não corresponde à formação exigida no item 3.1 do edital. O prazo para recurso já se encerrou e a decisão é definitiva.
Informamos que, na etapa de análise curricular, sua pontuação não foi suficiente para convocação à entrevista. Sua participação no processo seletivo da Secretaria está encerrada.
""",
        "rej_consultoria": """
Oi {first}, tive o retorno da {company} hoje. Eles gostaram muito do seu perfil, mas fecharam com uma pessoa que já tinha experiência com implantação de ERP no varejo. Sinto muito mesmo! Sigo de olho e te chamo assim que aparecer algo com a sua cara.
Conforme combinado, apresentámos a sua candidatura ao nosso cliente, um grupo farmacêutico com sede no Porto. O cliente informou-nos de que não pretende avançar com o seu perfil. Não recebemos feedback detalhado, mas continuaremos a considerá-lo(a) para outras oportunidades.
Rapidinho: o cliente cancelou de vez a contratação e tirou a vaga da nossa carteira, então o processo lá foi encerrado. Uma pena, sei que você estava animado(a). Semana que vem a gente conversa sobre as outras duas vagas?
Falei com a diretora financeira depois da sua segunda entrevista. Infelizmente não lhe vai fazer proposta: entende que lhe falta experiência em consolidação de contas de grupo para o nível da função. Lamento não trazer melhores notícias.
""",
        "rej_curta": """
Oi {first}, obrigado pelo papo de ontem! Vamos seguir com alguém mais sênior dessa vez. Sucesso!
Olá {first}, serei direto: não vamos avançar com a tua candidatura. Obrigado pelo teu tempo.
Poxa, {first}, dessa vez não rolou. O time buscava um perfil um pouco diferente. Abraço e boa sorte!
""",
        "rej_banco_talentos": """
Embora não possamos seguir com sua candidatura para {role}, seu perfil chamou nossa atenção. Por isso, gostaríamos de convidar você a fazer parte do nosso Banco de Talentos e receber em primeira mão as novas oportunidades. É só clicar no botão abaixo.
Desta vez não encaixou, mas gostávamos de manter o contacto. Se concordares, juntamos-te à nossa bolsa de talentos e ligamos-te quando abrir uma vaga à tua medida.
Após ponderação, decidimos prosseguir com outros candidatos. Com o seu consentimento, manteremos o seu currículo durante 12 meses para futuras oportunidades, podendo retirar esse consentimento a qualquer momento através do portal.
Sua candidatura não avançou para a etapa de entrevistas. Mesmo assim, você já faz parte da nossa comunidade de talentos, e vamos te avisar por e-mail sempre que abrirmos vagas de logística em Campinas e Jundiaí.
""",
        "ack_volume": """
Recebemos sua candidatura! Devido ao grande número de inscrições, entraremos em contato apenas com os candidatos selecionados para a próxima etapa. Caso não receba retorno em até 20 dias, considere que seu perfil não foi selecionado desta vez.
Sua candidatura chegou aqui! Só pra você saber: essa vaga teve mais de 900 inscritos na primeira semana, então a análise vai levar um tempinho. Mas todo currículo é lido por uma pessoa do time.
Confirmamos a receção da sua candidatura. Dado o volume de candidaturas, não nos é possível responder individualmente a pedidos de informação sobre o estado do processo; será contactado(a) no final da fase de triagem.
Obrigado pela sua candidatura. Informamos que apenas serão contactados os candidatos cujo perfil corresponda ao pretendido, o que poderá demorar até seis semanas após o fim do prazo.
Sua inscrição foi concluída com sucesso. Fique atento(a) ao seu e-mail e à página da vaga: as próximas etapas são comunicadas por lá, e o processo pode levar algumas semanas por conta da quantidade de inscritos.
""",
        "ack_atraso": """
Queremos informá-lo(a) de que o processo de recrutamento está a demorar mais do que o previsto, porque parte do júri esteve de férias. Contamos dar notícias até ao final do mês; a sua candidatura continua em análise.
Desculpa a demora pra dar retorno! A gente teve semanas corridas com a Black Friday, mas nada foi decidido ainda e você continua no processo. Te escrevo até sexta que vem.
A análise das candidaturas atrasou por causa de uma migração de sistema. Prevemos retomar o contato com os candidatos pré-selecionados a partir do dia 15. Nenhuma ação é necessária da sua parte.
""",
        "ack_pausado": """
Precisamos pausar temporariamente o processo seletivo para {role} enquanto a diretoria revisa o orçamento de headcount do próximo ano. Isso não é uma decisão sobre a sua candidatura: ela continua aberta, e avisaremos assim que o processo for retomado.
Como terá visto na imprensa, a {company} anunciou um congelamento temporário das contratações externas. Os processos em curso, incluindo o seu, ficam suspensos e não encerrados; contactaremos todos os candidatos quando a medida for levantada.
A vaga está em stand-by até o conselho aprovar a abertura da nova unidade em Recife. Sua candidatura segue ativa e você não precisa fazer nada.
Enquanto aguardamos a decisão sobre o financiamento europeu do novo projeto, as contratações para esta equipa ficam em suspenso. A sua candidatura mantém-se e nenhuma decisão foi tomada.
""",
        "ack_lista_espera": """
Após as entrevistas, você ficou na lista de espera para esta vaga. Ainda não há uma decisão final: se algum dos aprovados desistir, entraremos em contato seguindo a ordem de classificação, e você terá um retorno definitivo até 31 de maio.
Informamos que você foi classificado(a) para o cadastro de reserva do processo seletivo, na 12ª posição. As convocações ocorrerão conforme a necessidade da instituição, durante o prazo de validade do processo.
Todas as vagas de estágio para outubro estão provisoriamente atribuídas, e encontra-se em terceiro lugar na lista de suplentes. Costuma haver desistências até setembro; informá-lo(a)-emos logo que possível.
""",
        "ack_republicada": """
Talvez você tenha visto a vaga de {role} publicada novamente no LinkedIn e na Catho. Fizemos isso para ampliar o número de candidatos, e não porque alguém foi descartado: sua candidatura continua ativa.
O prazo de candidatura foi prorrogado até 30 de abril. As candidaturas já recebidas, incluindo a sua, serão analisadas após o fim do novo prazo, pelo que não precisa de se candidatar novamente.
Reabrimos a vaga por mais dez dias para atrair candidatos de Belo Horizonte. Sua inscrição foi mantida e será avaliada junto com as que chegarem nesse período.
""",
        "ack_documentos": """
Para dar continuidade à sua candidatura, precisamos de uma cópia do diploma e do comprovante de residência. Envie os documentos pela plataforma até o dia 12, às 18h; depois desse prazo, candidaturas incompletas não poderão ser avaliadas.
Verificámos que falta o certificado de habilitações literárias na sua candidatura. Dispõe de cinco dias úteis para o remeter; até lá, a análise fica suspensa.
Oi! Faltou o link do seu portfólio. Consegue mandar até quinta? Sem ele a gente não consegue passar seu perfil pro time de design.
Como a função implica contacto regular com menores, é obrigatória a apresentação do certificado de registo criminal para esse fim. Agradecemos o envio até dia 20; a candidatura aguarda este documento.
""",
        "ack_status": """
O status da sua candidatura foi atualizado para: Em análise. Acesse sua conta para mais detalhes. Este é um e-mail automático, por favor não responda.
SUBJECT: Atualização na sua candidatura || Sua candidatura passou da etapa 'Inscrição' para 'Avaliação do gestor'. Isso quer dizer que o gestor da área está olhando o seu perfil agora; avisaremos sobre qualquer novidade.
Olá, há novidades na sua área de candidato {company}: a candidatura a {role} encontra-se agora no estado 'Triagem em curso'. De momento não é necessária qualquer ação.
""",
        "ack_interno_orcamento": """
Quero ser transparente com você: pela nossa política de recrutamento interno, os colaboradores têm prioridade, e há um candidato interno em avaliação neste momento. As candidaturas externas, inclusive a sua, serão analisadas assim que essa etapa terminar.
O orçamento da instituição para o próximo ano ainda aguarda aprovação da tutela, o que não deverá acontecer antes de março. Até lá não podemos assumir compromissos de contratação, mas a sua candidatura continua aberta.
A abertura definitiva da vaga depende da aprovação da matriz em São Paulo, prevista para a próxima reunião do comitê. Até lá, nenhuma decisão será tomada sobre os candidatos.
Estamos a fechar a nossa ronda de investimento e, até estar assinada, as contratações estão paradas. A tua candidatura não foi posta de lado; voltamos a falar daqui a umas três semanas.
""",
        "ack_vaga_alterada": """
Informamos que a designação da função foi alterada de 'Técnico(a) Administrativo(a)' para 'Assistente de Operações'. As responsabilidades mantêm-se praticamente iguais e a sua candidatura foi transferida automaticamente.
A vaga passará a ser em Curitiba, e não mais em São Paulo, no modelo híbrido com três dias presenciais. Se a mudança não fizer sentido para você, avise até sexta; caso contrário, sua candidatura segue normalmente.
Houve uma alteração no regime de contratação: a vaga passou de PJ para CLT, com os benefícios descritos no anexo. As candidaturas já recebidas continuam válidas.
""",
        "ack_ferias_passagem": """
Nosso time de Recrutamento estará em recesso de fim de ano entre 20 de dezembro e 6 de janeiro. Pode ser que você não receba notícias nesse período, mas sua candidatura está registrada e será retomada na volta.
Escrevo para informar que deixo a {company} no final do mês. A partir de agora, o Rafael Nogueira acompanhará a sua candidatura; já tem toda a informação, e o seu perfil continua em análise com a direção da área.
Por causa do Carnaval, o processo ficará parado entre os dias 1 e 5 de março. Ainda não houve decisão, e retomaremos o contato logo em seguida.
""",
        "ack_publico_provisorio": """
Nos termos do Código do Procedimento Administrativo, notifica-se V. Exa. para, querendo, se pronunciar em sede de audiência prévia, no prazo de 10 dias úteis, sobre o projeto de lista de ordenação final, no qual figura provisoriamente como não aprovado(a). A lista definitiva só será homologada após a análise das pronúncias.
Foi divulgado o resultado preliminar da prova objetiva. Os candidatos podem interpor recurso contra o gabarito e a pontuação no prazo de dois dias úteis, e o resultado definitivo será publicado após o julgamento dos recursos.
A sua candidatura foi recebida e encontra-se em fase de verificação dos requisitos de admissão. A lista de candidatos admitidos e excluídos será publicada na página eletrónica do município.
""",
        "inv_entrevista": """
Você estava no cadastro de reserva e surgiu uma nova vaga! Gostaríamos de te convidar para uma entrevista com a coordenadora na próxima quarta, às 14h, no nosso escritório da Av. Paulista. Pode confirmar?
Adorámos o teu desafio técnico! Queremos convidar-te para uma entrevista de uma hora com o CTO e um engenheiro da equipa. Escolhe o horário que te der mais jeito neste calendário.
Fica V. Exa. convocado(a) para a entrevista profissional de seleção, no dia 9 de julho, pelas 10h30, nas instalações da Câmara Municipal. Deverá fazer-se acompanhar do cartão de cidadão.
O congelamento de contratações acabou e o seu processo foi retomado! Você teria 20 minutos nesta semana para uma conversa por telefone com nossa recrutadora? Responda com seus horários disponíveis.
""",
        "oth_desistencia": """
Conforme solicitado, retiramos sua candidatura para {role}. Parabéns pelo novo emprego! Seus dados serão excluídos em até 30 dias, de acordo com a LGPD.
""",
        "oth_pesquisa": """
Como foi sua experiência no nosso processo seletivo? Independentemente do resultado, sua opinião nos ajuda a melhorar. A pesquisa é anônima e leva 3 minutos.
""",
        "oth_alert": """
Novas vagas para o seu alerta 'Analista financeiro, São Paulo, híbrido': {role} na {company} e mais 4. Gerencie seus alertas no app.
""",
        "oth_newsletter": """
Nesta edição da newsletter de carreiras da {company}: como é um dia na nossa fábrica de Aveiro, dicas para a entrevista técnica e as datas da próxima feira de emprego em Lisboa.
""",
    },
}

WRAP: dict[str, dict[str, list[str]]] = {
    "en": {
        "greet": [
            "Dear {first},",
            "Hi {first},",
            "Hello {first},",
            "Dear Alex Rivera,",
            "Good afternoon {first},",
        ],
        "thanks": [
            "Thank you for applying for the {role} position at {company}.",
            "Thanks for your interest in {company} and for taking the time to apply.",
            "We appreciate your interest in the {role} role.",
            "Thank you for considering {company} for the next step in your career.",
        ],
        "wish": [
            "We wish you every success in your job search.",
            "All the very best for the future.",
            "We hope you find the right role soon and wish you well in your career.",
            "Good luck with whatever comes next.",
        ],
        "marketing": [
            "At {company}, we build tools that help small businesses understand their data. Since 2014 we have grown from a team of four to more than 600 people across Dublin, London and Toronto, and we were named a Great Place to Work for the third year running.",
            "{company} provides community health services to over 200,000 patients across the region. Our people are at the heart of everything we do, and we are committed to building a workforce that reflects the communities we serve.",
            "Every day, {company} moves more than 40,000 parcels for retailers large and small. We are investing heavily in electric fleets and in the people who run them.",
        ],
        "sign": [
            "Kind regards,\n{sender}\n{company}",
            "Best,\n{sender}",
            "Warm regards,\nThe {company} Talent Team",
            "Many thanks,\n{sender}\nTalent Acquisition | {company}",
            "Cheers,\n{sender_first}",
        ],
        "footer": [
            "This email was sent from an unmonitored mailbox. Please do not reply directly to this message.",
            "{company} is an equal opportunity employer. We welcome applications from all sections of the community.",
            "You are receiving this email because you applied for a position through our careers site. You can manage your data preferences in your candidate profile.",
            "This message and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.",
        ],
        "subject_app": [
            "Your application for {role}",
            "{company}: an update on your application",
            "Re: {role} application",
            "Application update – {role}",
            "Your application to {company}",
        ],
        "subject_inv": [
            "Interview invitation – {role}",
            "Next step: let's talk",
            "{company} | Scheduling your interview",
            "Invitation to interview for {role}",
        ],
        "subject_off": [
            "Offer of employment – {role}",
            "Your offer from {company}",
            "Congratulations from {company}!",
        ],
        "subject_oth": [
            "Tell us about your candidate experience",
            "New jobs matching your alert",
            "{company} careers news",
            "Your application has been withdrawn",
        ],
    },
    "de": {
        "greet": [
            "Guten Tag Alex Rivera,",
            "Hallo {first},",
            "Liebe*r {first},",
            "Sehr geehrte:r Alex Rivera,",
            "Hi {first},",
        ],
        "thanks": [
            "Vielen Dank für Ihre Bewerbung als {role} und Ihr Interesse an {company}.",
            "Danke für deine Bewerbung bei {company}!",
            "Wir danken Ihnen für Ihr Interesse an einer Mitarbeit bei {company}.",
            "Herzlichen Dank, dass Sie sich bei uns beworben haben.",
        ],
        "wish": [
            "Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute und viel Erfolg.",
            "Wir wünschen dir alles Gute für deine weitere Suche!",
            "Für Ihren weiteren Werdegang wünschen wir Ihnen weiterhin viel Erfolg.",
            "Wir drücken Ihnen die Daumen für Ihre nächsten Bewerbungen.",
        ],
        "marketing": [
            "{company} ist einer der führenden Anbieter für Kontraktlogistik in Norddeutschland. Mit mehr als 1.800 Mitarbeitenden an zwölf Standorten sorgen wir dafür, dass Waren zuverlässig ankommen – und wir sind stolz auf unsere Ausbildungsquote von über 8 Prozent.",
            "Seit über 100 Jahren steht {company} für Sicherheit und Verlässlichkeit. Als familienfreundliches Unternehmen bieten wir flexible Arbeitszeitmodelle, mobiles Arbeiten und ein umfangreiches Weiterbildungsangebot.",
            "Bei {company} arbeiten wir gemeinsam an der Energiewende im Alpenraum. Vielfalt ist für uns selbstverständlich: Wir freuen uns über Bewerbungen unabhängig von Geschlecht, Herkunft, Alter, Religion, Behinderung oder sexueller Identität.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}\n{company}",
            "Viele Grüße\n{sender}",
            "Freundliche Grüße\nIhr Recruiting-Team von {company}",
            "Beste Grüße\n{sender}\nPeople & Culture",
            "Liebe Grüße\n{sender_first}",
        ],
        "footer": [
            "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.",
            "{company} · Sitz der Gesellschaft: Hamburg · Registergericht: Amtsgericht Hamburg · Geschäftsführung: Dr. Henrike Bauer, Malte Jansen",
            "Informationen zur Verarbeitung Ihrer personenbezogenen Daten finden Sie in unserer Datenschutzerklärung für Bewerbende.",
            "Diese Nachricht kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail.",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Ihre Bewerbung bei {company}",
            "AW: Bewerbung {role}",
            "Rückmeldung zu deiner Bewerbung",
            "Information zum Stand Ihrer Bewerbung",
        ],
        "subject_inv": [
            "Einladung zum Vorstellungsgespräch – {role}",
            "Terminvorschlag für ein Kennenlernen",
            "{company}: Einladung zum nächsten Schritt",
            "Einladung zum Auswahlgespräch",
        ],
        "subject_off": [
            "Ihr Vertragsangebot – {role}",
            "Zusage von {company}",
            "Herzlichen Glückwunsch – unser Angebot",
        ],
        "subject_oth": [
            "Ihre Meinung zu unserem Bewerbungsprozess",
            "Neue Stellenangebote für Sie",
            "Karriere-News von {company}",
            "Bestätigung: Rückzug Ihrer Bewerbung",
        ],
    },
    "fr": {
        "greet": [
            "Bonjour {first},",
            "Madame, Monsieur,",
            "Bonjour Alex Rivera,",
            "Cher·e {first},",
            "Salut {first},",
        ],
        "thanks": [
            "Nous vous remercions pour votre candidature au poste de {role}.",
            "Merci pour l'intérêt que vous portez à {company}.",
            "Merci d'avoir postulé chez {company} !",
            "Nous avons bien reçu votre candidature et vous remercions de l'intérêt porté à notre entreprise.",
        ],
        "wish": [
            "Nous vous souhaitons pleine réussite dans vos recherches.",
            "Nous vous souhaitons bonne continuation dans votre parcours professionnel.",
            "Bonne chance pour la suite !",
            "Nous vous adressons tous nos vœux de réussite pour vos projets futurs.",
        ],
        "marketing": [
            "Fondée à Grenoble en 1987, {company} conçoit des équipements de traitement de l'eau pour les collectivités et l'industrie. Nos 900 collaboratrices et collaborateurs interviennent dans plus de trente pays.",
            "Chez {company}, nous croyons que la mode peut être belle et responsable. Nos ateliers de Roubaix et de Cholet fabriquent chaque année plus de 200 000 pièces en circuit court.",
            "{company} est signataire de la Charte de la diversité et s'engage pour l'égalité professionnelle. Tous nos postes sont ouverts aux personnes en situation de handicap.",
        ],
        "sign": [
            "Cordialement,\n{sender}\n{company}",
            "Bien à vous,\n{sender}",
            "L'équipe Recrutement de {company}",
            "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n{sender}\nDirection des ressources humaines",
            "À bientôt,\n{sender_first}",
        ],
        "footer": [
            "Ceci est un message automatique, merci de ne pas y répondre.",
            "Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et d'effacement de vos données. Pour l'exercer, écrivez à notre délégué à la protection des données.",
            "{company} – SAS au capital de 2 500 000 € – RCS Lyon",
            "Ce message et ses pièces jointes sont confidentiels. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le supprimer.",
        ],
        "subject_app": [
            "Votre candidature au poste de {role}",
            "Votre candidature chez {company}",
            "RE : Candidature {role}",
            "Suivi de votre candidature",
            "Information concernant votre dossier",
        ],
        "subject_inv": [
            "Invitation à un entretien – {role}",
            "Convocation",
            "{company} : prochaine étape de votre candidature",
            "Proposition de rendez-vous",
        ],
        "subject_off": [
            "Proposition d'embauche – {role}",
            "Votre promesse d'embauche",
            "Bienvenue chez {company} !",
        ],
        "subject_oth": [
            "Votre avis sur notre processus de recrutement",
            "Nouvelles offres pour votre alerte",
            "Les actualités de {company}",
            "Retrait de votre candidature",
        ],
    },
    "es": {
        "greet": [
            "Estimado/a {first}:",
            "Hola {first}:",
            "Hola, {first}:",
            "Buenos días, Alex Rivera:",
            "¡Hola {first}!",
        ],
        "thanks": [
            "Gracias por tu interés en {company} y por postularte a la vacante de {role}.",
            "Le agradecemos su candidatura para el puesto de {role}.",
            "Muchas gracias por el interés mostrado en formar parte de nuestro equipo.",
            "Agradecemos su interés en {company}.",
        ],
        "wish": [
            "Le deseamos mucho éxito en su búsqueda.",
            "¡Te deseamos lo mejor en tus próximos pasos profesionales!",
            "Le deseamos mucha suerte en su carrera profesional.",
            "Esperamos que pronto encuentres el lugar ideal para crecer.",
        ],
        "marketing": [
            "{company} es una empresa líder en distribución alimentaria con más de 4.000 profesionales en España y Portugal. Apostamos por el talento local y la formación continua.",
            "En {company} llevamos más de 30 años generando energía limpia en el norte de Chile. Nuestro propósito es impulsar el desarrollo de las comunidades donde operamos.",
            "En {company} creemos en la igualdad de oportunidades y promovemos la inclusión de personas con discapacidad en todos nuestros procesos.",
        ],
        "sign": [
            "Atentamente,\n{sender}\n{company}",
            "Un saludo,\n{sender}",
            "Saludos cordiales,\nEquipo de Talento de {company}",
            "Quedamos a sus órdenes.\n{sender}\nRecursos Humanos",
            "¡Un abrazo!\n{sender_first}",
        ],
        "footer": [
            "Este es un mensaje automático. Por favor, no responda a este correo.",
            "En cumplimiento del RGPD, puede ejercer sus derechos de acceso, rectificación, supresión y oposición escribiendo a nuestro Delegado de Protección de Datos.",
            "{company} – Todos los derechos reservados. Consulte nuestro Aviso de Privacidad en nuestro sitio web.",
            "La información contenida en este correo es confidencial. Si lo ha recibido por error, notifíquelo al remitente y elimínelo.",
        ],
        "subject_app": [
            "Tu candidatura para {role}",
            "Su proceso de selección en {company}",
            "RE: Postulación {role}",
            "Actualización de su candidatura",
            "Información sobre tu postulación",
        ],
        "subject_inv": [
            "Invitación a entrevista – {role}",
            "Citación para entrevista",
            "{company}: siguiente paso del proceso",
            "¿Agendamos una llamada?",
        ],
        "subject_off": [
            "Oferta de empleo – {role}",
            "Carta oferta de {company}",
            "¡Bienvenido/a a {company}!",
        ],
        "subject_oth": [
            "Cuéntanos tu experiencia como candidato",
            "Nuevas ofertas para tu alerta",
            "Novedades de {company}",
            "Retirada de tu candidatura",
        ],
    },
    "pt": {
        "greet": [
            "Olá {first},",
            "Caro(a) {first},",
            "Prezado(a) Alex Rivera,",
            "Oi {first}!",
            "Exmo.(a) Sr.(a) Alex Rivera,",
        ],
        "thanks": [
            "Obrigado por se candidatar à vaga de {role} na {company}.",
            "Agradecemos o seu interesse em fazer parte da {company}.",
            "Agradecemos a candidatura apresentada para a função de {role}.",
            "Muito obrigado pelo seu interesse na nossa empresa!",
        ],
        "wish": [
            "Desejamos sucesso na sua jornada profissional.",
            "Votos de muito sucesso para o seu futuro profissional.",
            "Boa sorte nos próximos desafios!",
            "Desejamos-lhe as maiores felicidades.",
        ],
        "marketing": [
            "A {company} nasceu em 2009 em Campinas com a missão de levar energia solar a pequenos negócios. Hoje somos mais de 1.500 pessoas em 14 estados e fomos eleitos uma das melhores empresas para trabalhar.",
            "Na {company}, protegemos há mais de 50 anos famílias e empresas em Portugal. Valorizamos a diversidade, a conciliação entre vida pessoal e profissional e o desenvolvimento contínuo das nossas pessoas.",
            "A {company} acredita que um ambiente diverso torna o trabalho melhor. Todas as nossas vagas são abertas a pessoas com deficiência.",
        ],
        "sign": [
            "Atenciosamente,\n{sender}\n{company}",
            "Com os melhores cumprimentos,\n{sender}",
            "Abraços,\nTime de Talent Acquisition da {company}",
            "Cumprimentos,\n{sender}\nRecursos Humanos",
            "Abraço,\n{sender_first}",
        ],
        "footer": [
            "Este é um e-mail automático. Por favor, não responda a esta mensagem.",
            "Seus dados pessoais são tratados de acordo com a Lei Geral de Proteção de Dados (LGPD). Para exercer seus direitos, acesse nosso Portal de Privacidade.",
            "{company} – NIPC 509 876 543 – Sede: Avenida da Liberdade, Lisboa",
            "Esta mensagem é confidencial e destina-se exclusivamente ao seu destinatário. Se a recebeu por engano, informe o remetente e apague-a.",
        ],
        "subject_app": [
            "Sua candidatura para {role}",
            "Processo seletivo {company}",
            "RE: Candidatura {role}",
            "Atualização da sua candidatura",
            "Informação sobre a sua candidatura",
        ],
        "subject_inv": [
            "Convite para entrevista – {role}",
            "Convocatória para entrevista",
            "{company}: próxima etapa do processo seletivo",
            "Vamos conversar?",
        ],
        "subject_off": [
            "Proposta de trabalho – {role}",
            "A sua proposta da {company}",
            "Bem-vindo(a) à {company}!",
        ],
        "subject_oth": [
            "Conte-nos como foi sua experiência",
            "Novas vagas para o seu alerta",
            "Novidades da {company}",
            "Desistência da candidatura confirmada",
        ],
    },
}

THREAD: dict[str, str] = {
    "en": "Hi {sender_first},\nI hope you're well. I wanted to follow up on my application for the {role} position and ask whether there is any update on the timeline.\nThanks,\nAlex\n\n{header2}\nHi Alex,\nThanks for applying. We have received your application and the team is reviewing it; we'll be in touch as soon as we can.\n{sender}\n",
    "de": "Hallo {sender_first},\nich wollte mich kurz nach dem Stand meiner Bewerbung als {role} erkundigen. Gibt es schon einen Zeitplan?\nViele Grüße\nAlex\n\n{header2}\nHallo Alex,\nvielen Dank für Ihre Bewerbung. Ihre Unterlagen sind bei uns eingegangen, wir melden uns so bald wie möglich.\n{sender}\n",
    "fr": "Bonjour {sender_first},\nJe me permets de revenir vers vous au sujet de ma candidature au poste de {role}. Auriez-vous des nouvelles concernant le calendrier ?\nBien cordialement,\nAlex\n\n{header2}\nBonjour Alex,\nMerci pour votre candidature, que nous avons bien reçue. Nous revenons vers vous dès que possible.\n{sender}\n",
    "es": "Hola {sender_first}:\nQuería hacer seguimiento de mi candidatura para {role} y preguntar si hay alguna novedad sobre los plazos.\nUn saludo,\nAlex\n\n{header2}\nHola Alex:\nGracias por tu candidatura; la hemos recibido y el equipo la está revisando. Te escribimos en cuanto podamos.\n{sender}\n",
    "pt": "Olá {sender_first},\nGostaria de saber se há alguma novidade sobre a minha candidatura para {role}.\nObrigado,\nAlex\n\n{header2}\nOlá Alex,\nObrigado pela candidatura. Já a recebemos e a equipe está analisando; entraremos em contato assim que possível.\n{sender}\n",
}
