# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Round 13 held-out mail passages, written blind by an independent evaluator.

Author: an independent evaluator (round 13), writing from general knowledge of how
recruiting mail reads, without reading any other corpus, the product's code or any
e-mail samples. Every company, person, number and reference is invented.

Languages: en, de (Sie and du; Bewerber*innen / Bewerber:innen / Bewerber/innen),
fr (vous and tu; France, Belgium, Québec, Switzerland), es (usted and tú; Spain and
Latin America), pt (Brazil and Portugal).

Sectors: hospitality and restaurants, hospitals and care homes, universities and
research institutes (PhD/postdoc), retail chains, city and regional governments, NGOs
and foundations, logistics and warehousing, law and accounting firms, game studios,
airlines, banks. Senders: ATS robots, HR generalists, founders writing personally,
agency recruiters, hiring committees, HR service centres.

Families (same keys in every language):
  rej_direct           plain decisions in many wordings, with and without "unfortunately"
  rej_after_interview  decisions after an interview, trial shift, test or assessment centre
  rej_role_gone        role filled, frozen, cancelled, restructured, funding lost
  rej_pool_volume      rejections mentioning volume, talent pool, CV kept on file, reapply
  rej_formal_public    public-sector / committee / foundation formal notices
  rej_buried           decision late in the mail, inside a reply, in a PS, founders, casual
  ack_receipt          plain receipts
  ack_process          receipts explaining the process, volume, "only shortlisted",
                       "silence after N weeks means no", "cannot reply individually"
  ack_status           non-decision status updates (still reviewing, next stage, on hold)
  inv_interview        invitations using the word interview
  inv_no_word          calls, chats, coffee, time slots, assessment centre, trial shift
  off_offer            offers with and without the word offer
  oth_alerts_outreach  job alerts, newsletters, cold outreach, event invitations
  oth_admin            password resets, document and reference requests, requested
                       withdrawals, candidate surveys, account/data notices
"""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Maré Alta Hotéis",
    "Klinikum Auental",
    "Résidence Les Tilleuls",
    "Instituto Boreal de Investigación",
    "Frescomar Supermercados",
    "Stadt Weilbrück",
    "Fondation Horizon Solidaire",
    "Nordkai Logistics",
    "Castellví & Ronda Asociados",
    "Pixelfjord Studios",
    "Aerolíneas Solano",
    "Banco Atlântico Sul",
)

ROLES: tuple[str, ...] = (
    "Front Office Supervisor",
    "Pflegefachkraft (m/w/d)",
    "Doctoral Researcher",
    "Store Manager",
    "Sachbearbeiter*in Bürgerservice",
    "Chargé·e de projets",
    "Warehouse Team Lead",
    "Asociado/a Junior",
    "Gameplay Programmer",
    "Analista de Crédito",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Talent Acquisition", "noreply@candidates.hirewave.example"),
    ("Recruiting Team", "careers@{domain}"),
    ("HR Service Center", "hr-service@{domain}"),
    ("Jana Voss", "jana.voss@{domain}"),
    ("Marc Delorme", "m.delorme@{domain}"),
    ("Lucía Ferrer", "lferrer@{domain}"),
    ("Rafael Nunes", "rafael@{domain}"),
    ("Sophie Brandt | Talentbridge Recruitment", "sophie.brandt@talentbridge-recruitment.example"),
    ("Selection Committee", "selection-committee@{domain}"),
    ("Bewerbermanagement", "no-reply@jobs.applyflow.example"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_direct": """
After careful consideration, we have decided not to move forward with your application for the {role} position.
We've reviewed your application for {role} and, unfortunately, we won't be progressing it any further.
We regret to inform you that your application for the post of {role} has not been successful.
Thank you for your patience while we worked through the applications. We have now made our decision, and we will not be inviting you to the next stage of the process.
SUBJECT: Update on your {role} application || Our hiring team looked closely at your profile, and while there was a lot to like, we have chosen to pursue candidates whose experience more closely matches what the restaurant needs right now.
I'm sorry to say that we won't be taking your application any further.
It's a no from us this time, I'm afraid: we went with candidates who have more hands-on experience running a ward rota.
Your application was assessed against the essential criteria in the person specification, and on this occasion you have not been shortlisted for interview.
Having compared your application with the requirements of the role, we've concluded that it isn't the right match, so we are closing your application.
Unfortunately, you were not selected for the {role} role.
Following a review by the hiring manager, your application has been declined. This decision is final for this vacancy and no further action is needed from you.
We have decided to offer the position to another applicant and will therefore not be taking your candidacy forward.
""",
        "rej_after_interview": """
Thank you for meeting with the panel last Thursday. It was a close call, but we have decided to offer the role to a candidate with more inpatient experience.
Thanks again for completing the coding test and the follow-up call with our lead engineer. After discussing it as a team, we've decided not to move you forward to the final round.
I wanted to tell you myself how the trial shift went from our side: the kitchen enjoyed working with you, but we've decided to hire someone with more pastry experience.
SUBJECT: Your interview for {role} || We enjoyed our conversation and learned a lot about your research. Having interviewed several strong candidates, the committee has selected another applicant for the postdoctoral position.
We have now reviewed all results from last week's assessment centre. Your overall score did not reach the threshold required for the graduate programme, so we are unable to continue with your application.
We appreciated your presentation to the partners. In the end, the firm has decided to go with a candidate who already holds the CTA qualification.
I know you've been waiting since the second interview, so I won't keep you in suspense: the client has decided not to proceed with your candidacy. They liked your communication skills but want someone with more airline operations experience.
Thank you for taking part in the case study exercise. Your submission was marked by two assessors, and we will not be inviting you to the next stage.
""",
        "rej_role_gone": """
We are writing to let you know that the {role} vacancy has been withdrawn following an internal restructuring. As a result, we are closing all applications, including yours.
The position has now been filled and the recruitment process is closed.
Due to a hiring freeze across the bank, we have had to cancel this vacancy and will not be proceeding with any applications, including yours.
I'm really sorry to be writing this one. The grant that was meant to fund the post was not renewed, which means we can't hire for it, and I have to close your application.
SUBJECT: {role} - vacancy cancelled || Please be advised that the Council has decided not to fill this post. Your application will therefore not be considered further.
We've decided to fill the role internally, so we won't be going ahead with external candidates, yourself included.
Plans for the new distribution centre have been shelved indefinitely and the warehouse roles we advertised will not be filled. We have closed your application.
The studio has scaled back the project you applied to work on, and the {role} opening no longer exists. I'm sorry that this means we can't continue with you.
""",
        "rej_pool_volume": """
We received over 400 applications for this role, and while yours was strong, you have not been selected for interview. We'd like to keep your CV on file and may contact you if a similar position comes up.
Although you were not successful this time, we would encourage you to apply for future openings that match your profile.
Due to the very high number of applications we are unable to offer individual feedback. Your application has not been successful on this occasion.
We won't be moving forward with your application for {role}. With your permission, we'd like to add your profile to our talent pool so we can reach out about future roles; just reply to this e-mail if you'd rather we didn't.
SUBJECT: Thanks for applying || Competition for this role was intense and we've had to make some difficult choices. We won't be offering you a position this time, but we will keep your details on file for 12 months.
Our cabin crew campaign attracted thousands of applicants and we can only progress a small number. We're sorry to tell you that your application has not progressed, but you are welcome to reapply after six months.
We're not able to take your application further for this vacancy. That said, your profile stood out, and we'd genuinely like you to keep an eye on our careers page.
Your application will not be progressed. We have stored your CV in our candidate database, and our recruiters may get in touch should a suitable opportunity arise.
While we won't be continuing with you for {role}, we'd love to stay in touch - join our talent community to hear about new openings first.
""",
        "rej_formal_public": """
We refer to your application for the post of {role} (reference 2024/117). The selection board has assessed all applications and we regret to advise that you have not been placed on the shortlist.
The Appointments Committee met on 12 March to consider applications for the doctoral studentship. I am writing to inform you that your application was not among those selected for interview.
This letter is to notify you that your application for the above post has been assessed as not meeting the minimum eligibility requirements and will not be considered further. You may request a review of this decision within 10 working days.
Following the competitive selection procedure, the board has placed other candidates ahead of you on the order of merit, and no appointment will be offered to you from this competition.
SUBJECT: Notification of outcome - {role} || Having considered your application in line with the Foundation's recruitment policy, the selection panel has decided not to progress it to the interview stage.
The search committee has completed its review of applications for the research fellowship and regrets that it is unable to offer you the position.
""",
        "rej_buried": """
Thanks for the follow-up and sorry for the slow reply. It's been a hectic few weeks with the opening of our second location, and our head chef has basically been living in the kitchen. We did go through every application for the sous-chef job, and we've decided to go with someone who has worked with us before.
Hey {first}, I started {company} four years ago and I still read every application myself. Yours was genuinely interesting and the side project you linked made me smile. We're a tiny team, though, and right now I need someone who has shipped a live-service game, so I'm going to pass this time. Hope it's OK to hear it straight.
Good to hear from you again. To answer your question: yes, we made a decision last week, and I'm afraid it didn't go your way.
Thanks for your call yesterday. As discussed, I'm just confirming in writing that we won't be making you an offer.
It's been a busy month on the ward: we moved into the new building, two consultants joined and the rota changed completely. In the middle of all that we also finished shortlisting for {role}, and I'm sorry to say you weren't shortlisted this round.
Thanks for sending over the portfolio link. Short answer: we're not going to move forward. Longer answer: the work is lovely, but our art team needs someone focused on 3D environments rather than UI.
Quick note to close the loop: we won't be hiring you for this role. Thanks for all the effort you put in.
It was lovely to meet you at our open day, and thank you for the thoughtful note afterwards. The team talked about the programme officer role this week. P.S. To be clear, we won't be offering you the position, but I really hope our paths cross again.
Following up on your message from Monday: I checked with the area manager, and the store has gone with another candidate for the assistant manager role.
As promised, an update on the analyst role. The desk met twice, we looked at the budget and at how the team will be structured next year. For you, though, the answer is no: we won't be making you an offer.
I'd hoped to have better news for you. The hotel's general manager has picked an internal candidate for the front office role, so I'm closing the search on my side.
Thanks for checking in. Honestly, you were one of my favourite conversations in this whole process, which makes this harder to write, but we're going with someone else.
""",
        "ack_receipt": """
We have received your application for {role} and will be in touch once our team has reviewed it.
This is an automated confirmation that your application has been submitted successfully. Please do not reply to this e-mail.
SUBJECT: Application received - {role} || Thanks for applying! Your application is now with our recruitment team.
Your application has arrived safely. You can check its status at any time by logging in to your candidate account.
Thank you for applying for the {role} position. We confirm receipt of your CV and covering letter.
Just confirming I've got your CV and passed it on to the hiring manager at the hotel. I'll let you know what they say.
Your application for the PhD position (reference PHD-23-04) has been received by the Graduate School office. Please quote this reference in any correspondence.
We've got it! Someone from our people team will take a look at your application in the coming days.
""",
        "ack_process": """
We aim to review all applications within three weeks of the closing date. Because of the high volume of applications we receive, we are only able to contact candidates who have been shortlisted.
Thank you, your application has reached us. If you have not heard from us within 21 days of the closing date, please assume that your application has not been successful on this occasion.
Unfortunately we cannot reply to each applicant individually, but please rest assured that your application has been received and will be considered carefully by the hiring team.
SUBJECT: What happens next || Here's how our process works: a recruiter reviews your application, usually within 10 working days. If there's a match, we'll set up a short phone call, followed by a conversation with the team.
We've received a very large number of applications for this role, so our review will take a little longer than usual. Thanks for your patience; we'll update you as soon as we can.
The closing date for this vacancy is 30 April. Shortlisting will take place the following week, and interviews are expected in mid-May.
Your application is now with the search committee. Reviews for faculty-funded positions can take up to eight weeks, and we will contact you once a decision has been made.
Recruitment for council posts follows a fixed procedure, so please bear with us. You will receive written notification of the outcome after the selection board has met.
""",
        "ack_status": """
Just a quick update: we're still reviewing applications for {role} and haven't made any decisions yet. Thanks for bearing with us.
Good news - your application has moved to the next stage, where the hiring manager will review it in detail. We'll be in touch about next steps.
The {role} position has been put on hold for budget reasons. Your application remains active and we will contact you as soon as recruitment resumes.
Your application status has changed to: In review. Log in to the candidate portal to see the details.
Sorry for the radio silence! The hiring manager has been travelling, but your application is very much still in the running and I expect to have news next week.
The recruitment timeline has been extended by two weeks. There's nothing you need to do; your application is still being considered.
""",
        "inv_interview": """
We would like to invite you to an interview for the {role} position. Could you let us know whether next Tuesday or Wednesday works for you?
SUBJECT: Interview invitation - {role} || You have been shortlisted for interview. The interview will take place on 14 June at 10:30 at our head office and will last about 45 minutes.
Please use the link below to book a video interview slot that suits you. Slots are available Monday to Thursday between 9:00 and 17:00.
The selection committee would like to invite you to an interview for the doctoral position, to be held on Zoom. You will be asked to give a 10-minute presentation on your master's thesis.
Congratulations, you've passed the online assessment! The next step is a one-hour interview with two members of the tax team; please choose a time using the scheduling link.
I'd love to set up a first interview with my client, a mid-sized law firm in the city centre. Are you free for a 30-minute video call on Thursday afternoon?
We are pleased to invite you to a panel interview for {role} on 9 May at 2 pm. Please bring photo ID and copies of your certificates.
""",
        "inv_no_word": """
Would you have time for a quick call this week so we can get to know you a bit better? Here's my calendar link - grab any slot that works.
We'd like you to come in for a trial shift at the restaurant on Saturday from 5 to 10 pm. Black trousers and comfortable shoes, please.
You're invited to our assessment day on 3 October at the training centre near the airport. The day includes a group exercise, a role play and a meeting with our cabin managers.
Fancy grabbing a coffee with me and our CTO next week? No formal agenda, we'd just like to hear more about what you've built.
Could you pick one of these times for a 20-minute chat with the hiring manager: Mon 10:00, Tue 14:30 or Wed 16:00?
The next step would be a visit to the warehouse to meet the shift leaders. Would Friday at 8 am work for you?
SUBJECT: Next step: meet the team || We'd like to set up a conversation with the store manager and the regional director. Please reply with two or three times that suit you next week.
""",
        "off_offer": """
We are delighted to offer you the position of {role} at {company}. Please find your offer letter attached.
I'm thrilled to tell you the team would love to have you on board! Your employment contract is attached; please sign and return it by Friday.
Following your interview, we are pleased to confirm your appointment as {role}, starting on 1 September, at a starting salary of £31,500 per annum.
SUBJECT: Welcome aboard! || We'd love to welcome you to the team. Your start date would be 2 May and we'd like to propose an annual salary of $68,000 plus benefits. Let me know if you have any questions before you sign.
Great news: the client has come back with a formal offer. They're proposing a base of 52,000 euros plus bonus, starting in early March. Shall we talk it through today?
The committee is pleased to offer you the funded PhD position in our group for four years, starting 1 October. Please confirm your acceptance in writing within two weeks.
You got it! We want you to join us as {role}. Your contract and onboarding pack are attached.
""",
        "oth_alerts_outreach": """
New jobs matching your search "{role}": 12 positions were posted near you this week. View them on your dashboard.
I came across your profile and thought you might be interested in a {role} opportunity with one of my clients, a growing logistics company. Apologies if this isn't a fit - just let me know and I won't bother you again.
SUBJECT: You're invited: Careers Open Evening || Join us on 20 November at our headquarters to meet our teams, hear about graduate opportunities and enjoy some food and drinks. Registration is free.
This month at {company}: our new sustainability report, a look behind the scenes at the cargo hub, and five new openings in IT.
Are you open to new opportunities? I'm recruiting for a senior role at a regional bank and your background looks relevant. Happy to share details if you're interested.
Your weekly job alert: 3 new roles in hospitality and catering have been added. Update your preferences at any time.
Don't miss our virtual hiring fair for nurses and care assistants on 8 May - sign up using the link below.
""",
        "oth_admin": """
We received a request to reset the password for your candidate account. If this was you, click the link below within 24 hours.
As requested, we have withdrawn your application for {role}. If you change your mind, you're welcome to apply again through our careers site.
To complete your file, please upload a copy of your degree certificate and proof of your right to work before Friday.
Your former colleague Sam Okafor has named you as a referee for a position with us. Could you spare ten minutes to answer a few questions about working together?
How was your experience applying to {company}? We'd be grateful if you could take two minutes to answer our candidate survey. Your answers are anonymous.
Please verify your e-mail address to activate your account on our careers portal.
In line with our data protection policy, your profile on our careers site will be deleted in 30 days due to inactivity. Log in if you'd like to keep it.
""",
    },
    "de": {
        "rej_direct": """
Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung als {role} nicht weiter berücksichtigen können.
Wir haben uns nach reiflicher Überlegung für andere Bewerber*innen entschieden, deren Profil noch besser zu den Anforderungen der Stelle passt.
Leider müssen wir Ihnen mitteilen, dass Ihre Bewerbung in diesem Auswahlverfahren nicht erfolgreich war.
Wir haben uns deine Bewerbung für {role} genau angeschaut und uns am Ende gegen eine Zusammenarbeit entschieden.
SUBJECT: Deine Bewerbung bei {company} || Diesmal hat es leider nicht geklappt – wir haben uns für jemanden entschieden, der schon mehr Erfahrung in der Systemgastronomie mitbringt.
Obwohl uns Ihr Profil angesprochen hat, setzen wir das Verfahren mit anderen Kandidat:innen fort und müssen Ihnen daher absagen.
Wir bedauern, Ihnen keine Zusage geben zu können.
Ich sag's dir lieber direkt: Für diese Stelle passt es nicht. Uns fehlt im Profil die Erfahrung mit Lagerverwaltungssystemen, und die ist hier zentral.
Ihre Unterlagen wurden mit dem Anforderungsprofil abgeglichen. Im Ergebnis können wir Sie für das weitere Verfahren nicht berücksichtigen.
Wir müssen dir für die Stelle als {role} absagen.
Die Fachabteilung hat Ihre Bewerbung geprüft und sich gegen eine Einladung zum Vorstellungsgespräch entschieden.
Nach Abschluss der Vorauswahl teilen wir Ihnen mit, dass Ihre Bewerbung nicht in die engere Wahl gekommen ist.
""",
        "rej_after_interview": """
Vielen Dank für das angenehme Gespräch am Dienstag. Nach Abschluss aller Interviews haben wir uns für eine Bewerberin entschieden, die bereits mehrere Jahre auf einer Intensivstation gearbeitet hat.
Danke, dass du dir Zeit fürs Probearbeiten genommen hast! Das Küchenteam hat lange hin und her überlegt und sich am Ende für jemand anderen entschieden.
SUBJECT: Rückmeldung zu Ihrem Auswahlgespräch || Die Auswahlkommission hat nach den Gesprächen beschlossen, die Promotionsstelle an eine andere Person zu vergeben.
Ihre Ergebnisse im Assessment-Center lagen unter der für das Traineeprogramm erforderlichen Punktzahl, sodass wir den Prozess an dieser Stelle beenden.
Danke für deine Lösung der Programmieraufgabe. Wir haben sie im Team besprochen und werden dich nicht in die finale Runde einladen.
Mein Mandant hat sich nach dem zweiten Gespräch gemeldet und wird den Prozess mit Ihnen nicht fortsetzen. Ihre Präsentation kam gut an, gesucht wird aber jemand mit mehr Praxis im Umsatzsteuerrecht.
Wir danken Ihnen für Ihren Besuch in unserer Kanzlei und das offene Gespräch mit den Partnern. Nach intensiver Abwägung haben wir uns entschieden, die Stelle anderweitig zu besetzen.
Es war schön, dich beim Kennenlernen im Café zu treffen. Menschlich hat es total gepasst, fachlich fehlt uns für die Rolle aber noch zu viel – deshalb machen wir an dieser Stelle nicht weiter.
""",
        "rej_role_gone": """
Die ausgeschriebene Stelle als {role} ist inzwischen besetzt. Wir können Ihre Bewerbung daher nicht weiter berücksichtigen.
Aufgrund einer internen Umstrukturierung entfällt die Position. Das Bewerbungsverfahren wurde eingestellt, und damit endet auch Ihre Bewerbung bei uns.
Die Finanzierung des Drittmittelprojekts wurde leider nicht verlängert, weshalb die Postdoc-Stelle nicht besetzt werden kann. Ihre Bewerbung können wir deshalb nicht weiterverfolgen.
SUBJECT: Stellenausschreibung zurückgezogen || Die Stadtverwaltung hat beschlossen, die Stelle vorerst nicht zu besetzen. Das Auswahlverfahren ist hiermit beendet; Ihre Bewerbung wird nicht weiter bearbeitet.
Wir haben die Stelle intern nachbesetzt und führen deshalb keine Gespräche mehr mit externen Bewerber/innen – das gilt leider auch für dich.
Der vom Vorstand verhängte Einstellungsstopp betrifft auch diese Vakanz. Wir haben den Prozess abgebrochen und können deine Bewerbung nicht weiterverfolgen.
Der Publisher hat unser Projekt gestoppt, und die Stelle gibt es damit nicht mehr. Tut mir wirklich leid, aber wir müssen dir absagen.
Wir haben entschieden, das neue Hub in Duisburg vorerst nicht zu eröffnen. Die dafür ausgeschriebenen Stellen werden nicht besetzt, Ihre Bewerbung ist damit abgeschlossen.
""",
        "rej_pool_volume": """
Auf diese Stelle haben sich über 300 Menschen beworben, und wir konnten nur wenige zum Gespräch einladen. Sie gehören diesmal leider nicht dazu.
Wir würden Ihre Unterlagen gern in unseren Talentpool aufnehmen, um bei künftigen Vakanzen auf Sie zuzukommen. Für die aktuelle Stelle müssen wir Ihnen jedoch absagen.
Aufgrund der Vielzahl an Bewerbungen können wir kein individuelles Feedback geben. Für die Position als {role} haben wir uns für andere Kandidat*innen entschieden.
Für diese Stelle haben wir uns gegen dich entschieden. Bewirb dich aber gern wieder, wenn du eine neue Ausschreibung bei uns entdeckst!
SUBJECT: Ihre Bewerbung – Rückmeldung || Mit Ihrem Einverständnis bewahren wir Ihre Unterlagen zwölf Monate auf. Für die ausgeschriebene Stelle kommen Sie jedoch nicht in Betracht.
Wir konnten Ihre Bewerbung nicht berücksichtigen, speichern Ihr Profil aber gern in unserer Datenbank und melden uns, sobald sich etwas Passendes ergibt.
Die Resonanz auf unsere Ausschreibung war überwältigend. Das heißt leider auch, dass wir vielen guten Bewerber:innen absagen müssen – so auch dir.
Eine erneute Bewerbung für unser Flugbegleiter-Programm ist nach sechs Monaten möglich. Ihre aktuelle Bewerbung können wir nicht weiter berücksichtigen.
Ihre Bewerbung wurde nicht berücksichtigt. Wir laden Sie aber herzlich ein, unserer Talent Community beizutreten, damit Sie neue Stellen als Erste*r sehen.
""",
        "rej_formal_public": """
Im Auswahlverfahren zur Besetzung der Stelle mit der Kennziffer 47/2024 konnte Ihre Bewerbung nicht berücksichtigt werden. Die Auswahl erfolgte nach dem Grundsatz der Bestenauslese gemäß Art. 33 Abs. 2 GG.
Hiermit teilen wir Ihnen mit, dass die Auswahlentscheidung zugunsten einer anderen Person getroffen wurde. Ihre Unterlagen werden nach Ablauf der Frist nach dem AGG datenschutzgerecht vernichtet.
Die Berufungskommission hat in ihrer Sitzung vom 4. März über die eingegangenen Bewerbungen beraten. Ihre Bewerbung wurde nicht in die engere Wahl einbezogen.
Nach Beteiligung des Personalrats und der Gleichstellungsbeauftragten ist die Entscheidung auf eine andere Bewerberin gefallen. Wir bedauern, Ihnen keinen günstigeren Bescheid geben zu können.
SUBJECT: Ihre Bewerbung – Kennziffer 2024-PF-12 || Ihre Bewerbung erfüllt die in der Ausschreibung genannte formale Voraussetzung eines abgeschlossenen Hochschulstudiums nicht. Sie konnte daher im weiteren Verfahren nicht berücksichtigt werden.
Das Auswahlgremium der Stiftung hat sich nach eingehender Prüfung gegen eine Berücksichtigung Ihrer Bewerbung entschieden.
""",
        "rej_buried": """
Danke für deine Nachfrage und sorry, dass es so lange gedauert hat! Bei uns war die Hölle los: Neueröffnung am Hafen, zwei Köche krank und dann noch das Sommerfest. Wir haben uns inzwischen für jemanden aus unserem alten Team entschieden.
Hi {first}, ich habe {company} vor vier Jahren gegründet und lese bis heute jede Bewerbung selbst. Dein Anschreiben hat mir richtig gut gefallen. Trotzdem brauche ich gerade jemanden, der schon ein Live-Service-Spiel veröffentlicht hat, deshalb sage ich dir diesmal ab.
Um Ihre Frage zu beantworten: Ja, die Entscheidung ist gefallen, allerdings nicht zu Ihren Gunsten.
Vielen Dank für Ihren Anruf gestern. Wie besprochen hier noch einmal schriftlich: Wir werden Ihnen kein Angebot machen.
Bei uns hat sich in den letzten Wochen viel getan – Umzug der Station, neue Oberärztin, komplett neuer Dienstplan. Nebenbei haben wir auch die Auswahl für {role} abgeschlossen, und ich muss Ihnen leider mitteilen, dass Sie nicht in die engere Auswahl gekommen sind.
Danke für den Link zu deinem Portfolio! Kurz gesagt: Wir gehen nicht weiter mit dir. Länger gesagt: Dein Stil ist toll, wir brauchen aber jemanden mit Schwerpunkt 3D-Environments.
Kurze Info zum Abschluss: Wir stellen dich für die Stelle nicht ein. Danke für deine Mühe!
Es war schön, Sie auf unserem Stiftungstag kennenzulernen, und danke für Ihre ausführliche Nachricht danach. Wir haben diese Woche im Team über die Referent*innenstelle gesprochen. PS: Damit es klar ist – wir haben uns für eine andere Person entschieden, hoffen aber sehr, dass wir in Kontakt bleiben.
Ich habe wie versprochen mit der Filialleitung gesprochen. Dort hat man sich für eine andere Bewerberin entschieden.
Wie angekündigt melde ich mich zum Stand bei der Analystenstelle. Das Team hat zweimal getagt, das Budget durchgerechnet und die Planung fürs nächste Jahr besprochen. Für Sie heißt das am Ende: keine Zusage.
Ich hätte dir gern bessere Nachrichten geschickt. Das Hotel hat die Rezeptionsleitung intern besetzt, und ich beende die Suche auf meiner Seite.
Danke fürs Nachhaken. Ehrlich gesagt fällt mir diese Mail schwer, weil mir unser Gespräch richtig Spaß gemacht hat – aber wir haben uns für jemand anderen entschieden.
""",
        "ack_receipt": """
Wir haben Ihre Bewerbung als {role} erhalten und werden sie schnellstmöglich prüfen.
Dies ist eine automatisch generierte Eingangsbestätigung. Bitte antworten Sie nicht auf diese E-Mail.
SUBJECT: Eingangsbestätigung Ihrer Bewerbung || Ihre Unterlagen sind vollständig bei uns eingegangen. Unter der Bewerbungsnummer 58213 können Sie den Status jederzeit im Bewerberportal einsehen.
Deine Bewerbung ist bei uns angekommen – danke dir! Unser People-Team schaut sie sich in den nächsten Tagen an.
Hiermit bestätigen wir den Eingang Ihrer Bewerbung auf die Stelle mit der Kennziffer 2024-117.
Ich habe Ihren Lebenslauf erhalten und an die Personalleitung des Hotels weitergeleitet. Sobald ich eine Rückmeldung habe, melde ich mich bei Ihnen.
Ihre Bewerbung für die Promotionsstelle ist beim Graduiertenzentrum eingegangen. Bitte geben Sie bei Rückfragen die Referenznummer GZ-24-031 an.
Super, deine Unterlagen sind da! Wir melden uns, sobald wir sie gesichtet haben.
""",
        "ack_process": """
Aufgrund der hohen Zahl an Bewerbungen kann die Prüfung einige Wochen dauern. Wir bitten um Ihr Verständnis und Ihre Geduld.
Leider ist es uns nicht möglich, allen Bewerber*innen individuell zu antworten. Ihre Bewerbung ist jedoch eingegangen und wird von der Fachabteilung sorgfältig gesichtet.
Wir bestätigen den Eingang Ihrer Unterlagen. Sollten Sie innerhalb von vier Wochen nach Ende der Bewerbungsfrist nichts von uns hören, ist Ihre Bewerbung leider nicht berücksichtigt worden.
SUBJECT: So geht es weiter || So läuft unser Prozess ab: Zuerst sichtet unser Recruiting-Team deine Unterlagen, meist innerhalb von zehn Arbeitstagen. Passt es, melden wir uns für ein kurzes Telefonat, danach folgt ein Gespräch mit dem Team.
Ihre Bewerbung wurde erfolgreich übermittelt. Bitte beachten Sie, dass wir uns nur bei Kandidat:innen melden, die in die engere Auswahl kommen.
Die Bewerbungsfrist endet am 30. April. Die Vorauswahl findet in der ersten Maiwoche statt, die Gespräche sind für Mitte Mai geplant.
Ihre Bewerbung liegt nun der Auswahlkommission vor. Bitte haben Sie Verständnis dafür, dass die Begutachtung bis zu acht Wochen in Anspruch nehmen kann.
Im öffentlichen Dienst folgt das Auswahlverfahren festen Regeln; Personalrat und Schwerbehindertenvertretung werden beteiligt. Über das Ergebnis werden Sie schriftlich informiert.
""",
        "ack_status": """
Kurzes Update: Wir sichten noch alle Bewerbungen für {role} und haben bisher keine Entscheidung getroffen.
Gute Nachrichten: Deine Bewerbung ist eine Runde weiter – die Fachabteilung schaut sie sich jetzt genauer an. Wir melden uns zu den nächsten Schritten.
Die Stelle ist aus Budgetgründen vorübergehend pausiert. Ihre Bewerbung bleibt aktiv, und wir kommen auf Sie zu, sobald das Verfahren weitergeht.
Der Status Ihrer Bewerbung hat sich geändert: „In Prüfung“. Details finden Sie in Ihrem Bewerberkonto.
Sorry für die Funkstille! Die Teamleitung war im Urlaub, aber deine Bewerbung ist weiterhin im Rennen. Nächste Woche sollte ich mehr wissen.
Der Zeitplan für das Auswahlverfahren verlängert sich um zwei Wochen. Sie müssen nichts weiter tun; Ihre Bewerbung wird weiterhin berücksichtigt.
""",
        "inv_interview": """
Wir möchten Sie gern zu einem Vorstellungsgespräch für die Position {role} einladen. Passt Ihnen Dienstag um 14 Uhr oder Mittwoch um 10 Uhr?
SUBJECT: Einladung zum Vorstellungsgespräch || Die Auswahlkommission lädt Sie zu einem persönlichen Gespräch am 14. Juni um 10:30 Uhr ins Rathaus, Zimmer 2.14, ein. Bitte bringen Sie Ihren Personalausweis mit.
Buch dir über den Link unten einfach einen Termin für dein Video-Interview. Slots gibt es von Montag bis Donnerstag zwischen 9 und 17 Uhr.
Die Arbeitsgruppe lädt Sie zu einem Auswahlgespräch per Zoom ein. Bitte bereiten Sie eine zehnminütige Präsentation Ihrer Masterarbeit vor.
Glückwunsch, du hast den Online-Test bestanden! Als Nächstes folgt ein einstündiges Interview mit zwei Kolleg*innen aus dem Steuerteam – such dir über den Link einen Termin aus.
Ich würde gern ein erstes Interview mit meinem Mandanten, einer mittelgroßen Wirtschaftskanzlei, vereinbaren. Hätten Sie am Donnerstagnachmittag 30 Minuten Zeit für ein Videogespräch?
Wir freuen uns, Sie am 9. Mai um 14 Uhr zu einem Vorstellungsgespräch einzuladen. Bitte bringen Sie Kopien Ihrer Zeugnisse und Ihre Berufsurkunde mit.
""",
        "inv_no_word": """
Hättest du diese Woche Zeit für einen kurzen Call, damit wir uns kennenlernen? Hier ist mein Kalenderlink – such dir einfach einen Slot aus.
Wir würden dich gern zum Probearbeiten am Samstag von 17 bis 22 Uhr einladen. Bitte bring eine schwarze Hose und bequeme Schuhe mit.
Sie sind herzlich zu unserem Auswahltag am 3. Oktober im Trainingszentrum am Flughafen eingeladen. Auf dem Programm stehen eine Gruppenübung, ein Rollenspiel und ein Gespräch mit unseren Purser*innen.
Lust auf einen Kaffee mit mir und unserem CTO nächste Woche? Ganz ohne Agenda – wir wollen einfach mehr über deine Projekte hören.
Welcher Termin passt Ihnen für ein 20-minütiges Telefonat mit der Teamleitung: Mo 10:00, Di 14:30 oder Mi 16:00?
Als nächsten Schritt würden wir Sie gern zu einem Rundgang durchs Lager einladen, bei dem Sie auch die Schichtleiter*innen kennenlernen. Passt Ihnen Freitag um 8 Uhr?
SUBJECT: Nächster Schritt: Kennenlernen || Wir möchten einen Termin mit der Filialleitung und der Regionalleitung vereinbaren. Nennen Sie uns bitte zwei, drei mögliche Zeiten in der nächsten Woche.
""",
        "off_offer": """
Wir freuen uns, Ihnen die Stelle als {role} bei {company} anbieten zu können. Den Arbeitsvertrag finden Sie im Anhang.
Wir wollen dich unbedingt im Team haben! Im Anhang ist dein Vertrag – schick ihn uns bitte bis Freitag unterschrieben zurück.
Im Anschluss an Ihr Vorstellungsgespräch freuen wir uns, Ihnen eine Zusage für die Stelle als {role} zu geben. Ihr Eintritt wäre zum 1. September, die Vergütung erfolgt nach TVöD E9b.
SUBJECT: Willkommen an Bord! || Wir würden dich sehr gern bei uns willkommen heißen. Als Startdatum schlagen wir den 2. Mai vor, das Jahresgehalt läge bei 58.000 Euro brutto. Melde dich, wenn du vor der Unterschrift noch Fragen hast.
Gute Nachrichten: Mein Mandant möchte Ihnen ein Angebot machen – 62.000 € Fixgehalt plus Bonus, Start Anfang März. Sollen wir heute kurz telefonieren?
Die Auswahlkommission freut sich, Ihnen die Promotionsstelle (TV-L E13, 65 %) für drei Jahre ab dem 1. Oktober anzubieten. Bitte bestätigen Sie die Annahme innerhalb von zwei Wochen schriftlich.
Es hat geklappt! Wir möchten dich als {role} einstellen. Vertrag und Onboarding-Unterlagen hängen an.
""",
        "oth_alerts_outreach": """
Neue Jobs zu Ihrer Suche „{role}“: Diese Woche wurden 12 passende Stellen in Ihrer Nähe veröffentlicht.
Ich bin auf Ihr Profil gestoßen und dachte, eine Position als {role} bei einem meiner Kunden könnte für Sie interessant sein. Entschuldigen Sie, falls das nicht passt – dann melde ich mich nicht wieder.
SUBJECT: Einladung: Karriereabend || Am 20. November öffnen wir unsere Türen: Lernen Sie unsere Teams kennen, erfahren Sie mehr über Einstiegsmöglichkeiten und genießen Sie Snacks und Getränke. Die Teilnahme ist kostenlos.
Neu im Newsletter: unser Nachhaltigkeitsbericht, ein Blick hinter die Kulissen des Frachtzentrums und fünf neue Stellen in der IT.
Bist du offen für eine neue Herausforderung? Ich suche gerade für eine Regionalbank und dein Profil klingt spannend. Sag Bescheid, wenn du mehr wissen willst.
Ihr wöchentlicher Job-Alert: 3 neue Stellen in Hotellerie und Gastronomie. Ihre Einstellungen können Sie jederzeit anpassen.
Virtuelle Jobmesse für Pflegefachkräfte und Pflegehelfer*innen am 8. Mai – jetzt über den Link anmelden!
""",
        "oth_admin": """
Wir haben eine Anfrage zum Zurücksetzen Ihres Passworts für das Bewerberportal erhalten. Wenn Sie das waren, klicken Sie innerhalb von 24 Stunden auf den folgenden Link.
Wie gewünscht haben wir deine Bewerbung als {role} zurückgezogen. Falls du es dir anders überlegst, kannst du dich jederzeit neu bewerben.
Um Ihre Unterlagen zu vervollständigen, laden Sie bitte bis Freitag eine Kopie Ihres Abschlusszeugnisses und Ihrer Arbeitserlaubnis hoch.
Ihre ehemalige Kollegin Sam Okafor hat Sie als Referenz angegeben. Hätten Sie zehn Minuten Zeit, uns ein paar Fragen zur Zusammenarbeit zu beantworten?
Wie hast du den Bewerbungsprozess bei {company} erlebt? Wir freuen uns, wenn du dir zwei Minuten für unsere anonyme Umfrage nimmst.
Bitte bestätigen Sie Ihre E-Mail-Adresse, um Ihr Konto im Karriereportal zu aktivieren.
Gemäß unserer Datenschutzerklärung wird Ihr Profil in unserem Bewerberpool in 30 Tagen gelöscht. Wenn Sie es behalten möchten, loggen Sie sich bitte einmal ein.
""",
    },
    "fr": {
        "rej_direct": """
Après étude attentive de votre dossier, nous sommes au regret de vous informer que votre candidature au poste de {role} n'a pas été retenue.
Nous avons bien étudié ta candidature et avons décidé de ne pas aller plus loin pour ce poste.
Malgré l'intérêt de votre parcours, nous ne donnerons pas suite à votre candidature.
SUBJECT: Votre candidature chez {company} || Nous avons choisi de poursuivre le processus avec des candidat·e·s dont le profil correspond davantage aux besoins actuels de notre établissement.
Nous avons retenu d'autres candidatures qui répondent davantage aux exigences du poste affiché.
Nous avons le regret de vous annoncer qu'une suite favorable ne pourra être réservée à votre candidature.
Je préfère te le dire simplement : ce ne sera pas pour cette fois, on a retenu quelqu'un d'autre.
Votre dossier a été examiné par la cheffe de service, qui a décidé de ne pas vous convoquer en entretien.
Nous avons pris connaissance de votre candidature avec attention ; elle ne correspond cependant pas aux exigences du poste et ne sera donc pas retenue.
Malheureusement, ta candidature n'a pas été sélectionnée.
Notre choix s'est porté sur un autre candidat pour le poste de {role}.
Après analyse, votre candidature a été classée sans suite.
""",
        "rej_after_interview": """
Merci encore pour l'entretien de mardi avec l'équipe soignante. Après avoir rencontré l'ensemble des candidats, nous avons retenu une personne qui a déjà une solide expérience en gériatrie.
Merci d'être venu·e faire ton service à l'essai samedi. L'équipe a apprécié ton énergie, mais on a finalement choisi quelqu'un de plus expérimenté en salle.
SUBJECT: Suite à votre audition || Le comité de sélection s'est réuni à l'issue des auditions et n'a pas retenu votre candidature pour le contrat doctoral.
Les résultats de votre journée d'évaluation ne nous permettent pas de poursuivre le processus pour le programme de formation des pilotes cadets.
Merci pour le test technique. On l'a relu en équipe et on ne va pas te proposer l'étape finale.
Mon client m'a fait un retour après votre deuxième entretien : il ne souhaite pas poursuivre. Votre présentation a plu, mais il cherche un profil plus orienté fiscalité internationale.
Suite à votre rencontre avec les associés du cabinet, nous sommes au regret de vous informer que nous avons retenu une autre candidature.
On a adoré discuter avec toi autour d'un café la semaine dernière. Après réflexion, on pense que le poste ne te correspond pas vraiment, donc on s'arrête là.
""",
        "rej_role_gone": """
Nous vous informons que le poste de {role} a été pourvu. Le processus de recrutement est donc clos.
À la suite d'une réorganisation interne, le poste auquel vous avez postulé a été supprimé. Nous ne pouvons donc pas donner suite à votre candidature.
Le financement qui devait soutenir ce post-doctorat n'a pas été obtenu ; le recrutement est annulé et votre candidature ne pourra pas être examinée plus avant.
SUBJECT: Annulation du recrutement - {role} || La Ville a décidé de ne pas pourvoir ce poste pour l'instant. La procédure de recrutement est close et votre candidature ne sera pas poursuivie.
Le poste a finalement été comblé à l'interne. Nous ne donnerons donc pas suite aux candidatures externes, dont la vôtre.
En raison d'un gel des embauches décidé par la direction de la banque, ce recrutement est interrompu et ta candidature ne sera pas retenue.
L'éditeur a mis fin au projet et le poste n'existe plus. C'est vraiment dommage, mais on ne pourra pas continuer avec toi.
L'ouverture de notre nouvelle plateforme logistique à Charleroi est reportée sine die ; les postes associés ne seront pas pourvus et votre candidature est clôturée.
""",
        "rej_pool_volume": """
Nous avons reçu plus de 500 candidatures pour ce poste et ne pouvons malheureusement pas toutes les retenir. La vôtre n'a pas été sélectionnée pour la suite du processus.
Nous conservons votre CV dans notre vivier pendant deux ans afin de vous recontacter si un poste correspondant se libère. Pour ce poste-ci, en revanche, nous ne donnerons pas suite.
Compte tenu du nombre très important de candidatures, nous ne sommes pas en mesure de faire un retour personnalisé. Votre candidature au poste de {role} n'a pas été retenue.
Ta candidature n'a pas été retenue cette fois-ci, mais n'hésite surtout pas à repostuler sur nos prochaines offres !
SUBJECT: Votre candidature - notre retour || Avec votre accord, nous garderons votre dossier dans notre banque de candidatures. Toutefois, nous ne sommes pas en mesure de retenir votre candidature pour le poste actuel.
Nous n'avons pas pu retenir votre candidature, mais votre profil a attiré notre attention : nous l'avons ajouté à notre base de talents et reviendrons vers vous si une opportunité se présente.
L'engouement pour cette offre a été exceptionnel, ce qui nous oblige à faire des choix difficiles. Nous ne poursuivrons pas avec toi pour ce poste.
Vous pourrez de nouveau postuler au programme de personnel navigant commercial dans six mois. Pour cette session, votre candidature n'a pas été retenue.
Nous ne retenons pas votre candidature pour ce poste, mais nous vous invitons à rejoindre notre communauté de talents pour être informé·e en priorité de nos nouvelles offres.
""",
        "rej_formal_public": """
J'ai le regret de vous informer que le jury de recrutement n'a pas retenu votre candidature au poste de {role} (référence 2024-RH-083).
Le comité de sélection, réuni le 12 mars, a examiné l'ensemble des dossiers de candidature au poste de maître de conférences. Votre dossier n'a pas été retenu pour l'audition.
Votre dossier ne remplit pas les conditions de recevabilité fixées par l'avis de recrutement (diplôme requis) et ne peut donc être examiné. Vous disposez d'un délai de deux mois pour former un recours.
À l'issue de la procédure de sélection, d'autres candidatures ont été classées avant la vôtre et aucune proposition de nomination ne pourra vous être faite.
SUBJECT: Résultat de la procédure de sélection || Au terme de la procédure de recrutement ouverte par l'administration cantonale, nous vous informons que votre candidature n'a pas été retenue.
La Fondation a examiné votre candidature conformément à sa politique de recrutement ; le comité a décidé de ne pas la retenir pour la phase d'entretiens.
""",
        "rej_buried": """
Merci pour ta relance et désolé pour le délai ! On a eu un mois de fou : ouverture du deuxième restaurant, deux cuisiniers en arrêt et la terrasse à refaire. Au final, on a choisi quelqu'un qui avait déjà travaillé avec nous.
Salut {first}, j'ai fondé {company} il y a quatre ans et je lis encore toutes les candidatures moi-même. La tienne m'a vraiment plu. Mais là, j'ai besoin de quelqu'un qui a déjà sorti un jeu en live service, donc je passe mon tour cette fois.
Pour répondre à votre question : oui, la décision a été prise la semaine dernière, et elle ne vous est malheureusement pas favorable.
Suite à notre conversation téléphonique d'hier, je vous confirme par écrit que nous ne vous ferons pas de proposition.
Beaucoup de changements chez nous ces dernières semaines : déménagement du service, arrivée d'un nouveau chef de service, nouveau planning. Dans tout ça, nous avons aussi bouclé la présélection pour le poste d'infirmier·ère de nuit, et votre candidature n'a pas été retenue.
Merci pour le lien vers ton portfolio ! En bref : on ne va pas donner suite. En plus long : ton travail est superbe, mais on cherche quelqu'un spécialisé en environnements 3D.
Petit message pour clore le dossier : on ne t'embauchera pas pour ce poste. Merci pour ton temps !
Ce fut un plaisir de vous rencontrer lors de notre journée portes ouvertes, et merci pour votre message. Nous avons parlé cette semaine du poste de chargé·e de projets. P.-S. Soyons clairs : nous avons retenu une autre personne, mais j'espère que nous resterons en contact.
J'ai parlé avec la gérante du magasin comme promis. Elle a finalement choisi une autre candidate pour le poste d'adjoint·e.
Comme convenu, je reviens vers vous au sujet du poste d'analyste. L'équipe s'est réunie deux fois, nous avons revu les budgets et l'organisation de l'an prochain. Pour vous, la réponse est malheureusement négative.
J'aurais aimé t'envoyer de meilleures nouvelles. L'hôtel a confié le poste de chef de réception à quelqu'un de la maison, et je clôture la recherche de mon côté.
Merci de ta relance. Honnêtement, ce courriel est difficile à écrire, car j'ai beaucoup aimé notre échange, mais on a retenu une autre personne.
""",
        "ack_receipt": """
Nous accusons bonne réception de votre candidature au poste de {role}.
Ce message est généré automatiquement, merci de ne pas y répondre. Votre candidature a bien été enregistrée.
SUBJECT: Confirmation de réception || Ta candidature est bien arrivée chez nous ! L'équipe RH va la regarder dans les prochains jours.
Votre dossier de candidature a été transmis à la direction des ressources humaines du CHU. Vous pouvez suivre son avancement depuis votre espace candidat.
Nous avons bien reçu votre courriel ainsi que votre CV et votre lettre de présentation.
J'ai bien reçu ton CV et je l'ai transmis au directeur de l'hôtel. Je te tiens au courant dès que j'ai un retour.
Votre candidature au contrat doctoral (référence ED-2024-17) a bien été enregistrée par l'école doctorale.
Merci, ta candidature a bien été envoyée ! Ton numéro de suivi : 77-4410.
""",
        "ack_process": """
Compte tenu du nombre important de candidatures reçues, l'examen des dossiers peut prendre plusieurs semaines. Merci de votre patience.
Nous ne sommes malheureusement pas en mesure de répondre individuellement à chaque candidat. Soyez assuré·e que votre dossier a bien été reçu et sera étudié avec attention.
Nous avons bien reçu votre candidature. Sans nouvelles de notre part dans un délai de quatre semaines, vous pourrez considérer que celle-ci n'a pas été retenue.
SUBJECT: Les prochaines étapes || Voici comment se passe notre processus : un·e recruteur·se étudie ton dossier sous dix jours ouvrés ; si ça colle, on t'appelle pour un premier échange, puis tu rencontres l'équipe.
Nous avons bien reçu votre candidature. Seules les personnes retenues pour une entrevue seront contactées ; nous vous remercions de votre compréhension.
La date limite de dépôt des candidatures est fixée au 30 avril. Les entretiens se tiendront dans la deuxième quinzaine de mai.
Votre dossier est désormais entre les mains du comité de sélection. L'évaluation des candidatures peut durer jusqu'à huit semaines.
La procédure de recrutement de l'administration cantonale comporte plusieurs étapes. Vous serez informé·e par écrit de la suite donnée à votre dossier.
""",
        "ack_status": """
Petit point d'étape : nous étudions toujours les candidatures pour le poste de {role} et aucune décision n'a encore été prise.
Bonne nouvelle : ta candidature passe à l'étape suivante ! La manager va maintenant l'étudier en détail, on revient vers toi très vite.
Le recrutement pour ce poste est suspendu temporairement pour des raisons budgétaires. Votre candidature reste active et nous vous recontacterons dès la reprise du processus.
Le statut de votre candidature a été mis à jour : « En cours d'analyse ».
Pardon pour le silence radio ! La responsable était en congé, mais ta candidature est toujours en lice. J'espère avoir des nouvelles la semaine prochaine.
Le calendrier de recrutement est prolongé de deux semaines. Vous n'avez rien à faire : votre candidature est toujours à l'étude.
""",
        "inv_interview": """
Nous souhaiterions vous rencontrer pour un entretien concernant le poste de {role}. Seriez-vous disponible mardi à 14 h ou mercredi à 10 h ?
SUBJECT: Convocation à un entretien || Vous êtes convoqué·e à un entretien de recrutement le 14 juin à 10 h 30 à l'Hôtel de Ville, salle 2.14. Merci de vous munir d'une pièce d'identité.
Réserve ton créneau pour l'entretien vidéo via le lien ci-dessous ; des plages sont ouvertes du lundi au jeudi.
Le comité de sélection a le plaisir de vous inviter à une audition par visioconférence : 15 minutes de présentation de votre projet de recherche, suivies de 15 minutes de questions.
Félicitations, tu as réussi le test en ligne ! Prochaine étape : un entretien d'une heure avec deux membres de l'équipe audit. Choisis ton créneau via le lien.
J'aimerais organiser un premier entretien avec mon client, un cabinet d'avocats d'affaires à Bruxelles. Auriez-vous 30 minutes jeudi après-midi pour un appel vidéo ?
Nous serions heureux de vous recevoir en entrevue pour le poste de {role}. Merci de nous indiquer vos disponibilités pour la semaine prochaine.
""",
        "inv_no_word": """
Tu aurais un moment cette semaine pour un petit appel ? Voici mon agenda, choisis le créneau qui t'arrange.
On aimerait te proposer un service à l'essai samedi soir, de 18 h à 23 h. Pense à prendre un pantalon noir et des chaussures confortables.
Vous êtes invité·e à notre journée de sélection le 3 octobre au centre de formation : exercice de groupe, mise en situation et rencontre avec les chefs de cabine.
Un café avec moi et notre directeur technique la semaine prochaine, ça te dit ? Rien de formel, on veut juste en savoir plus sur tes projets.
Quel créneau vous conviendrait pour un échange téléphonique de 20 minutes avec la responsable : lundi 10 h, mardi 14 h 30 ou mercredi 16 h ?
Nous aimerions vous faire visiter l'entrepôt et vous présenter les chefs d'équipe. Vendredi à 8 h, cela vous irait ?
SUBJECT: Rencontre avec l'équipe || Nous souhaitons organiser une rencontre avec la directrice du magasin et le directeur régional. Pourriez-vous nous proposer deux ou trois disponibilités la semaine prochaine ?
""",
        "off_offer": """
Nous avons le plaisir de vous proposer le poste de {role} au sein de {company}. Vous trouverez la promesse d'embauche en pièce jointe.
On a hâte de t'accueillir dans l'équipe ! Ton contrat est en pièce jointe : tu peux nous le renvoyer signé d'ici vendredi ?
Suite à votre entretien, nous avons le plaisir de vous confirmer votre engagement en qualité de {role} dès le 1er septembre, à un taux d'activité de 80 %.
SUBJECT: Bienvenue chez nous ! || Nous serions ravis de vous accueillir parmi nous dès le 2 mai. La rémunération proposée est de 42 000 € bruts annuels ; n'hésitez pas à revenir vers moi si vous avez des questions avant de signer.
Bonne nouvelle : mon client vous fait une offre ! 58 000 $ par année, avec entrée en fonction début mars. On s'appelle aujourd'hui pour en parler ?
Le comité a le plaisir de vous attribuer le contrat doctoral financé, pour une durée de trois ans à compter du 1er octobre. Merci de confirmer votre acceptation par écrit sous quinze jours.
C'est bon pour nous ! On te veut comme {role}. Ton contrat et le livret d'accueil sont en pièce jointe.
""",
        "oth_alerts_outreach": """
Nouvelles offres pour votre recherche « {role} » : 12 postes publiés cette semaine près de chez vous.
J'ai vu ton profil et je pense qu'un poste de {role} chez un de mes clients pourrait t'intéresser. Désolé si ce n'est pas pertinent, dis-le-moi et je ne te relancerai pas.
SUBJECT: Invitation : soirée carrières || Rejoignez-nous le 20 novembre au siège pour rencontrer nos équipes et découvrir nos programmes jeunes diplômés. Entrée libre sur inscription.
Ce mois-ci chez {company} : notre rapport RSE, les coulisses du hub cargo et cinq nouveaux postes dans l'informatique.
Êtes-vous ouvert·e à de nouvelles opportunités ? Je recrute pour une banque régionale et votre parcours me semble pertinent.
Votre alerte emploi hebdomadaire : 3 nouvelles offres en hôtellerie-restauration.
Salon virtuel de recrutement pour infirmier·ère·s et aides-soignant·e·s le 8 mai : inscrivez-vous dès maintenant.
""",
        "oth_admin": """
Vous avez demandé la réinitialisation de votre mot de passe sur notre espace candidat. Cliquez sur le lien ci-dessous, valable 24 heures.
Comme tu nous l'as demandé, nous avons retiré ta candidature au poste de {role}. Si tu changes d'avis, tu peux repostuler à tout moment.
Afin de compléter votre dossier, merci de nous transmettre une copie de votre diplôme et de votre titre de séjour avant vendredi.
Votre ancienne collègue Sam Okafor vous a indiqué·e comme référence. Accepteriez-vous de répondre à quelques questions par téléphone ?
Comment s'est passée ta candidature chez {company} ? Prends deux minutes pour répondre à notre questionnaire anonyme.
Merci de confirmer votre adresse e-mail pour activer votre compte candidat.
Conformément au RGPD, votre profil candidat sera supprimé dans 30 jours. Connectez-vous si vous souhaitez le conserver.
""",
    },
    "es": {
        "rej_direct": """
Tras revisar detenidamente su candidatura, lamentamos comunicarle que no ha sido seleccionado/a para continuar en el proceso de {role}.
Hemos valorado tu perfil con mucho interés, pero hemos decidido no seguir adelante con tu candidatura.
Le informamos que su postulación no avanzará a la siguiente etapa del proceso.
SUBJECT: Actualización sobre tu proceso en {company} || Después de analizar todos los perfiles, hemos optado por candidatos cuya experiencia en hostelería se ajusta mejor a lo que necesitamos ahora mismo.
En esta ocasión no podremos contar contigo para el puesto.
Lamentablemente, su perfil no ha resultado seleccionado para esta vacante.
Te escribo para decirte que al final no vamos a avanzar contigo: buscamos a alguien con más rodaje en turnos de noche en planta.
Su solicitud ha sido evaluada conforme a los requisitos del puesto y no ha sido preseleccionada para la fase de entrevistas.
Agradecemos el esfuerzo que has puesto, pero tras compararla con los requisitos del puesto hemos concluido que tu candidatura no encaja, así que cerramos tu proceso.
No has sido seleccionado/a para el puesto de {role}.
La gerencia revisó su hoja de vida y decidió no continuar con su proceso.
Hemos decidido ofrecer el puesto a otra persona, por lo que no podremos seguir adelante con su candidatura.
""",
        "rej_after_interview": """
Gracias por la entrevista del jueves con el equipo de enfermería. Fue una decisión reñida, pero nos hemos decantado por una candidata con más experiencia en cuidados paliativos.
Gracias por venir a hacer la prueba en cocina el sábado. Al equipo le gustó mucho tu actitud, pero hemos elegido a alguien con más experiencia en pastelería.
SUBJECT: Resultado de su entrevista || Tras las entrevistas, la comisión de selección ha resuelto adjudicar el contrato predoctoral a otra persona candidata.
Los resultados de la jornada de evaluación no alcanzan la puntuación mínima requerida para el programa de tripulantes de cabina, por lo que no podemos continuar con su proceso.
Revisamos tu prueba técnica en equipo y no vamos a pasarte a la ronda final.
Mi cliente me dio retroalimentación tras la segunda entrevista: decidió no continuar con usted. Valoraron mucho su comunicación, pero buscan a alguien con más experiencia en operaciones aeroportuarias.
Tras su reunión con los socios del despacho, lamentamos informarle que hemos optado por otra candidatura.
Nos encantó charlar contigo tomando un café la semana pasada. Lo hemos pensado mucho y creemos que el puesto no es para ti, así que lo dejamos aquí.
""",
        "rej_role_gone": """
Le comunicamos que la vacante de {role} ya ha sido cubierta, por lo que el proceso de selección queda cerrado.
Debido a una reestructuración interna, el puesto ha sido eliminado y no podemos continuar con su candidatura.
No se ha concedido la financiación del proyecto que iba a cubrir este contrato posdoctoral, de modo que la convocatoria queda cancelada y su solicitud no seguirá adelante.
SUBJECT: Cancelación de la convocatoria - {role} || El Ayuntamiento ha resuelto dejar desierta esta plaza. El proceso queda cerrado y su solicitud no será tramitada.
Hemos cubierto la posición con una persona del equipo interno, así que no seguiremos con candidatos externos, tú incluido/a.
Por un congelamiento de contrataciones en el banco, esta búsqueda quedó sin efecto y no podremos avanzar con tu postulación.
El publisher canceló el proyecto y la vacante ya no existe. Lo siento mucho, no podemos seguir contigo.
La apertura del nuevo centro de distribución en Monterrey se pospuso de manera indefinida; las vacantes asociadas no se cubrirán y su proceso queda cerrado.
""",
        "rej_pool_volume": """
Recibimos más de 600 postulaciones para esta vacante y solo pudimos avanzar con un grupo muy reducido. Lamentablemente, su perfil no fue seleccionado.
Guardaremos tu CV en nuestra base de datos durante un año por si surge una vacante que encaje contigo. Para este puesto, sin embargo, no vamos a seguir adelante.
Debido al gran volumen de candidaturas, no nos es posible dar feedback individual. Su candidatura para {role} no ha sido seleccionada.
No has pasado a la siguiente fase esta vez, pero te animamos a volver a postular a nuestras próximas ofertas.
SUBJECT: Sobre tu candidatura || Con tu permiso, mantendremos tus datos en nuestra bolsa de talento. Para la posición actual, sin embargo, no hemos podido tener en cuenta tu candidatura.
Aunque no continuaremos con su candidatura, su perfil nos pareció interesante y lo hemos incorporado a nuestra bolsa de empleo para futuras oportunidades.
La respuesta a esta oferta fue enorme y eso nos obliga a tomar decisiones difíciles. No seguiremos contigo para este puesto.
Podrá volver a presentarse al programa de pilotos cadetes dentro de doce meses. En esta convocatoria, su solicitud no ha prosperado.
No continuaremos con tu postulación para {role}, pero nos encantaría que te sumes a nuestra comunidad de talento para enterarte primero de nuevas búsquedas.
""",
        "rej_formal_public": """
Se le comunica que, una vez valorados los méritos alegados, no ha resultado seleccionado/a en el proceso de provisión de la plaza de {role} (ref. 2024/083).
La comisión de selección, reunida el 12 de marzo, ha evaluado todas las solicitudes para la plaza de investigador/a doctor/a. Su solicitud no figura entre las convocadas a entrevista.
Su solicitud ha quedado excluida por no acreditar la titulación exigida en las bases de la convocatoria. Contra esta resolución podrá interponer recurso de alzada en el plazo de un mes.
Finalizado el proceso selectivo, otras personas aspirantes han obtenido mayor puntuación, por lo que no procede su contratación.
SUBJECT: Notificación de resultado - {role} || Por medio de la presente, le notificamos que su postulación al concurso público de la Municipalidad no fue seleccionada.
El comité de la Fundación ha evaluado su candidatura conforme a nuestra política de selección y ha decidido no avanzar con ella a la fase de entrevistas.
""",
        "rej_buried": """
¡Gracias por escribir de nuevo y perdona la tardanza! Entre la temporada alta, la reforma de la terraza y dos bajas en cocina, no hemos parado. Al final hemos cogido a alguien que ya había trabajado con nosotros los veranos anteriores.
Hola {first}: fundé {company} hace cuatro años y todavía leo cada candidatura personalmente. La tuya me gustó mucho, sobre todo el prototipo que enlazaste. Aun así, ahora mismo necesito a alguien con experiencia en consolas, así que esta vez paso.
Respondiendo a su pregunta: sí, ya se tomó la decisión, y lamentablemente no fue a su favor.
Tal como le comenté ayer por teléfono, le confirmo por escrito que no le haremos una oferta.
Han sido semanas intensas en la residencia: inspección, cambio de dirección y campaña de vacunación. En medio de todo esto cerramos la selección para {role}, y siento decirte que no has quedado entre los finalistas.
¡Gracias por el enlace al portafolio! Versión corta: no vamos a seguir. Versión larga: tu trabajo es muy bueno, pero buscamos a alguien centrado en animación 3D.
Te escribo solo para cerrar el proceso: no te vamos a contratar para este puesto. Gracias por tu tiempo.
Fue un gusto conocerle en la feria de empleo y le agradezco su mensaje posterior. Esta semana hemos hablado del puesto de coordinación de proyectos. P.D.: Para que quede claro, hemos elegido a otra persona, pero ojalá sigamos en contacto.
Hablé con la encargada de la tienda como te prometí. Se ha decidido por otra candidata para el puesto de subencargado/a.
Como quedamos, le escribo sobre el puesto de analista de riesgos. El equipo se reunió dos veces y revisamos presupuesto y estructura del área para el año próximo. Para usted, lamentablemente, la respuesta es no.
Ojalá te escribiera con mejores noticias. El hotel le ha dado la jefatura de recepción a alguien de la casa, así que cierro la búsqueda por mi parte.
Gracias por preguntar. Con toda sinceridad, me costó escribir este correo porque disfruté mucho nuestra conversación, pero nos quedamos con otra persona.
""",
        "ack_receipt": """
Hemos recibido su candidatura para el puesto de {role}. Nuestro equipo la revisará en los próximos días.
Este es un mensaje automático para confirmar que tu postulación se envió correctamente. Por favor, no respondas a este correo.
SUBJECT: Hemos recibido tu candidatura || ¡Gracias por postularte! Tu candidatura ya está en manos de nuestro equipo de selección.
Su solicitud ha quedado registrada con el número 2024-5531. Puede consultar su estado en cualquier momento desde el portal del candidato.
Acusamos recibo de su hoja de vida y carta de presentación.
Recibí tu CV y ya se lo reenvié al gerente del hotel. Te aviso en cuanto me respondan.
Su solicitud para el contrato predoctoral ha sido registrada por la Escuela de Doctorado. Indique la referencia PRE-24-09 en cualquier comunicación.
¡Listo! Recibimos tus datos y alguien del equipo de Personas revisará tu perfil pronto.
""",
        "ack_process": """
Debido al elevado número de candidaturas, el proceso de revisión puede demorarse algunas semanas. Agradecemos su paciencia.
Lamentablemente, no podemos responder a cada candidato de forma individual. Le aseguramos que su solicitud ha sido recibida y será evaluada con atención.
Hemos recibido tu candidatura. Si no tienes noticias nuestras en un plazo de 30 días, entiende que en esta ocasión no ha sido seleccionada.
SUBJECT: Próximos pasos || Así funciona nuestro proceso: una persona de selección revisa tu perfil en un máximo de diez días hábiles; si encaja, te llamamos para una primera conversación y después conoces al equipo.
Su postulación fue recibida correctamente. Solo nos pondremos en contacto con las personas preseleccionadas.
El plazo de presentación de solicitudes finaliza el 30 de abril. La preselección se realizará la primera semana de mayo y las entrevistas, a mediados de mes.
Su solicitud está ahora en evaluación por parte de la comisión. Este proceso puede tardar hasta ocho semanas.
Los procesos de selección de la Administración siguen un procedimiento reglado. Las listas provisionales de personas admitidas se publicarán en la sede electrónica.
""",
        "ack_status": """
Una breve actualización: seguimos revisando candidaturas para {role} y todavía no hemos tomado ninguna decisión.
¡Buenas noticias! Tu candidatura ha pasado a la siguiente fase: ahora la revisará en detalle la responsable del área. Te contaremos los próximos pasos.
La vacante se ha puesto en pausa por motivos presupuestarios. Su candidatura sigue activa y le contactaremos en cuanto se reanude el proceso.
El estado de su postulación ha cambiado a: «En revisión».
¡Perdona el silencio! El responsable estuvo de viaje, pero tu candidatura sigue en el proceso. Espero tener novedades la semana que viene.
El calendario del proceso se ha ampliado dos semanas. No necesita hacer nada; su candidatura sigue siendo considerada.
""",
        "inv_interview": """
Nos gustaría invitarle a una entrevista para el puesto de {role}. ¿Tendría disponibilidad el martes a las 14:00 o el miércoles a las 10:00?
SUBJECT: Citación a entrevista || Ha sido convocado/a a entrevista el 14 de junio a las 10:30 en la sede del Ayuntamiento, planta 2. Traiga su DNI.
Reserva tu hueco para la entrevista por videollamada en el enlace de abajo; hay horarios de lunes a jueves.
La comisión tiene el gusto de convocarle a una entrevista por videoconferencia, en la que deberá presentar su proyecto de investigación en 15 minutos.
¡Enhorabuena, has superado la prueba online! El siguiente paso es una entrevista de una hora con dos personas del equipo de auditoría; elige horario en el enlace.
Me gustaría coordinar una primera entrevista con mi cliente, un estudio jurídico en Buenos Aires. ¿Tendría 30 minutos el jueves por la tarde para una videollamada?
Nos complace invitarle a una entrevista presencial el 9 de mayo a las 16:00. Le rogamos que traiga copias de sus títulos.
""",
        "inv_no_word": """
¿Tienes un rato esta semana para una llamada breve? Aquí tienes mi agenda; elige el horario que mejor te venga.
Nos gustaría que vinieras a hacer un turno de prueba el sábado de 18:00 a 23:00. Trae pantalón negro y calzado cómodo.
Queda invitado/a a nuestra jornada de selección el 3 de octubre en el centro de formación: dinámica de grupo, role play y charla con los sobrecargos.
¿Te apetece tomar un café conmigo y con nuestra CTO la semana que viene? Nada formal, solo queremos saber más de tus proyectos.
¿Qué horario le viene mejor para una conversación telefónica de 20 minutos con la gerente: lunes a las 10, martes a las 14:30 o miércoles a las 16?
Como siguiente paso, nos gustaría que visitara el almacén y conociera a los jefes de turno. ¿Le va bien el viernes a las 8?
SUBJECT: Siguiente paso: conoce al equipo || Queremos agendar una reunión con la gerente de tienda y el director regional. ¿Me pasas dos o tres horarios que te vengan bien la próxima semana?
""",
        "off_offer": """
Nos complace ofrecerle el puesto de {role} en {company}. Adjuntamos la carta oferta con todas las condiciones.
¡Queremos que te unas al equipo! Te adjunto el contrato; ¿nos lo puedes devolver firmado antes del viernes?
Tras su entrevista, nos complace confirmarle su incorporación como {role} a partir del 1 de septiembre, con un salario bruto anual de 28.000 euros.
SUBJECT: ¡Bienvenido/a! || Nos encantaría darte la bienvenida el próximo 2 de mayo. La propuesta salarial es de 45.000 € brutos anuales más beneficios; avísame si tienes dudas antes de firmar.
¡Buenas noticias! Mi cliente le hace una propuesta formal: 65.000 pesos mensuales brutos más bono anual, con ingreso a principios de marzo. ¿Hablamos hoy?
La comisión se complace en adjudicarle el contrato predoctoral por un periodo de cuatro años a partir del 1 de octubre. Le rogamos que confirme su aceptación por escrito en un plazo de diez días.
¡Lo lograste! Queremos que te sumes como {role}. Te mando el contrato y el kit de bienvenida.
""",
        "oth_alerts_outreach": """
Nuevas ofertas para tu búsqueda «{role}»: se han publicado 12 puestos esta semana cerca de ti.
Vi tu perfil y creo que una vacante de {role} con uno de mis clientes podría interesarte. Disculpa si no encaja; dímelo y no te vuelvo a escribir.
SUBJECT: Te invitamos: noche de empleo || Ven el 20 de noviembre a nuestra sede para conocer a los equipos y nuestros programas para recién titulados. Entrada libre previa inscripción.
Este mes en {company}: nuestro informe de sostenibilidad, un vistazo al centro de carga y cinco nuevas vacantes en tecnología.
¿Está abierto/a a nuevas oportunidades? Estoy reclutando para un banco regional y su experiencia encaja bien.
Tu alerta semanal de empleo: 3 nuevas ofertas en hostelería y restauración.
Feria virtual de empleo para enfermería y auxiliares el 8 de mayo: inscríbete ya.
""",
        "oth_admin": """
Hemos recibido una solicitud para restablecer la contraseña de su cuenta de candidato. Si fue usted, haga clic en el enlace (válido 24 horas).
Tal como nos pediste, hemos retirado tu candidatura para {role}. Si cambias de opinión, puedes volver a postularte cuando quieras.
Para completar su expediente, le rogamos que suba una copia de su título y de su permiso de trabajo antes del viernes.
Su excompañera Sam Okafor le ha indicado como referencia. ¿Podría dedicarnos diez minutos para responder unas preguntas?
¿Qué tal fue tu experiencia postulando a {company}? Cuéntanos en una encuesta anónima de dos minutos.
Confirme su dirección de correo para activar su cuenta en el portal de empleo.
De acuerdo con nuestra política de privacidad, su perfil se eliminará en 30 días por inactividad. Inicie sesión si desea conservarlo.
""",
    },
    "pt": {
        "rej_direct": """
Após análise cuidadosa do seu perfil, informamos que você não foi selecionado(a) para seguir no processo seletivo para a vaga de {role}.
Lamentamos informar que a sua candidatura não foi selecionada para a fase seguinte.
Optamos por seguir com outros candidatos cujo perfil está mais alinhado às necessidades da vaga neste momento.
SUBJECT: Retorno sobre sua candidatura || Infelizmente, desta vez não vamos seguir com o seu perfil.
Decidimos não avançar com a sua candidatura para a função de {role}.
Seu currículo foi avaliado pela área responsável, que decidiu não chamar você para a etapa de entrevistas.
Sem rodeios: não vai rolar desta vez. Escolhemos alguém com mais experiência em estoque e inventário.
A candidatura foi analisada face aos requisitos do anúncio e não foi considerada para a fase seguinte.
Agradecemos o tempo dedicado à candidatura; no entanto, concluímos que o seu perfil não corresponde ao que procuramos e encerramos o processo.
Você não foi aprovado(a) na triagem curricular.
Decidimos oferecer a posição a outra pessoa e, por isso, não daremos continuidade ao seu processo.
Não foi possível dar seguimento à sua candidatura.
""",
        "rej_after_interview": """
Agradecemos a conversa de quinta-feira com a equipe de enfermagem. Foi uma decisão difícil, mas escolhemos uma candidata com mais experiência em UTI.
Obrigado por teres vindo fazer o dia experimental na cozinha. A equipa gostou muito de ti, mas acabámos por escolher alguém com mais experiência em pastelaria.
SUBJECT: Resultado da entrevista || Concluídas as entrevistas, o júri deliberou atribuir a bolsa de doutoramento a outro candidato.
O resultado da sua dinâmica e das provas do dia de avaliação não atingiu a pontuação mínima para o programa de comissários de bordo, por isso encerramos o seu processo.
Analisamos seu teste técnico em equipe e decidimos não seguir com você para a etapa final.
Meu cliente retornou após a segunda entrevista: ele não vai dar continuidade com você. Gostaram da sua apresentação, mas procuram alguém com mais vivência em auditoria externa.
Na sequência da reunião com os sócios do escritório, lamentamos informar que optámos por outra candidatura.
Adoramos o café com você semana passada! Pensamos bastante e achamos que a vaga não combina com o que você busca, então vamos parar por aqui.
""",
        "rej_role_gone": """
Informamos que a vaga de {role} já foi preenchida e o processo seletivo está encerrado.
Em virtude de uma reestruturação interna, a posição foi extinta e não poderemos dar continuidade à sua candidatura.
O financiamento para este projeto não foi aprovado; o concurso para a bolsa de pós-doutoramento foi anulado e a sua candidatura não prosseguirá.
SUBJECT: Cancelamento do processo - {role} || A Prefeitura decidiu não preencher esta vaga no momento. O processo foi encerrado e a sua inscrição não seguirá adiante.
Preenchemos a vaga com uma pessoa do time interno, então não seguiremos com candidatos externos, incluindo você.
Por causa do congelamento de contratações no banco, esta vaga foi cancelada e não conseguiremos seguir com a sua candidatura.
A publisher cancelou o projeto e a vaga deixou de existir. Sinto muito, não vamos conseguir seguir com você.
A abertura do novo centro de distribuição em Extrema foi adiada sem data; as vagas ligadas a ele não serão preenchidas e o seu processo foi encerrado.
""",
        "rej_pool_volume": """
Recebemos mais de 800 inscrições para esta vaga e só conseguimos avançar com um grupo muito pequeno. Infelizmente, o seu perfil não foi selecionado.
Vamos manter seu currículo em nosso banco de talentos por 12 meses, caso surja uma oportunidade compatível. Para esta vaga, porém, não seguiremos com você.
Devido ao elevado número de candidaturas, não nos é possível dar feedback individual. A sua candidatura a {role} não foi selecionada.
Desta vez você não avançou no processo, mas fique de olho nas nossas próximas vagas e candidate-se de novo!
SUBJECT: Sobre a sua candidatura || Com a sua autorização, guardaremos os seus dados na nossa bolsa de candidatos. Para a vaga atual, contudo, não foi possível considerar a sua candidatura.
Embora não sigamos com a sua candidatura, gostámos do seu perfil e adicionámo-lo à nossa base de talentos para futuras oportunidades.
A procura por esta vaga foi enorme, e isso nos obrigou a fazer escolhas difíceis. Não seguiremos com você para esta posição.
Poderá candidatar-se novamente ao programa de tripulantes de cabine daqui a seis meses. Nesta edição, a sua candidatura não foi aprovada.
Não vamos seguir com a sua inscrição para {role}, mas adoraríamos que você entrasse na nossa comunidade de talentos para saber das novas vagas em primeira mão.
""",
        "rej_formal_public": """
Comunica-se que, após avaliação curricular, não foi selecionado(a) no procedimento concursal para a carreira de técnico superior (ref. 2024/083).
O júri do concurso, reunido a 12 de março, apreciou todas as candidaturas à posição de investigador auxiliar. A sua candidatura não foi admitida à fase de entrevista.
A sua candidatura foi excluída por não cumprir o requisito de habilitação académica previsto no aviso de abertura. Dispõe de 10 dias úteis para se pronunciar em sede de audiência de interessados.
Concluído o processo seletivo, outros candidatos obtiveram classificação superior, pelo que não haverá lugar à sua contratação.
SUBJECT: Resultado do processo seletivo - {role} || Comunicamos que a sua inscrição no processo seletivo simplificado da Secretaria Municipal de Saúde não foi classificada.
O comitê da Fundação analisou sua candidatura conforme nossa política de seleção e decidiu não avançar com ela para a fase de entrevistas.
""",
        "rej_buried": """
Obrigado por escreveres de novo e desculpa a demora! Entre a época alta, as obras na esplanada e duas baixas na cozinha, não tivemos mãos a medir. No fim, ficámos com alguém que já tinha trabalhado connosco nos verões anteriores.
Oi {first}! Fundei a empresa há três anos e ainda leio pessoalmente cada candidatura. Curti muito a sua, principalmente o protótipo que você mandou. Mesmo assim, agora preciso de alguém com experiência em console, então vou passar desta vez.
Respondendo à sua pergunta: sim, a decisão já foi tomada e, infelizmente, não foi favorável a você.
Conforme conversamos ontem por telefone, confirmo por escrito que não faremos uma proposta.
Foram semanas intensas no lar: inspeção, mudança de direção e campanha de vacinação. No meio disso tudo fechámos a seleção para {role}, e lamento dizer que não ficou entre os finalistas.
Valeu pelo link do portfólio! Versão curta: não vamos seguir. Versão longa: seu trabalho é ótimo, mas procuramos alguém focado em animação 3D.
Só passando para fechar o processo: não vamos contratar você para essa vaga. Valeu pelo seu tempo!
Foi um prazer conhecer você na feira de carreiras, e agradeço a mensagem que mandou depois. Esta semana discutimos a vaga de coordenação de projetos. P.S.: Só para deixar claro, escolhemos outra pessoa, mas espero que continuemos em contato.
Falei com a gerente da loja como prometi. Ela acabou escolhendo outra candidata para a vaga de subgerente.
Como combinado, escrevo sobre a vaga de analista de crédito. A equipe se reuniu duas vezes, revisamos o orçamento e a estrutura da área para o ano que vem. Para você, infelizmente, a resposta é não.
Queria estar te mandando notícias melhores. O hotel deu a vaga de chefe de recepção para alguém da casa, então estou encerrando a busca do meu lado.
Agradeço por perguntar. Sinceramente, foi difícil escrever este e-mail porque gostei muito da nossa conversa, mas ficamos com outra pessoa.
""",
        "ack_receipt": """
Recebemos sua candidatura para a vaga de {role}. Nosso time vai analisá-la nos próximos dias.
Esta é uma mensagem automática para confirmar que a sua candidatura foi submetida com sucesso. Por favor, não responda a este e-mail.
SUBJECT: Candidatura recebida || Obrigado por se candidatar! Seu currículo já está com o nosso time de recrutamento.
A sua candidatura ficou registada com o número 2024-5531. Pode acompanhar o estado na sua área de candidato.
Confirmamos o recebimento do seu currículo e da carta de apresentação.
Recebi seu currículo e já encaminhei para o gerente do hotel. Te aviso assim que tiver retorno.
A sua candidatura à bolsa de doutoramento foi registada pelos serviços académicos. Indique a referência BD-24-09 em qualquer contacto.
Pronto! Recebemos seus dados e alguém de Gente & Gestão vai olhar seu perfil em breve.
""",
        "ack_process": """
Devido ao grande número de candidaturas, a análise pode levar algumas semanas. Agradecemos a sua paciência.
Infelizmente, não conseguimos responder individualmente a cada candidato. Garantimos, no entanto, que a sua candidatura foi recebida e será analisada com atenção.
Recebemos a sua candidatura. Caso não tenha notícias nossas no prazo de 30 dias, considere que não foi selecionada nesta ocasião.
SUBJECT: Próximos passos || Funciona assim: alguém do recrutamento analisa seu perfil em até dez dias úteis; se houver fit, a gente entra em contato para uma primeira conversa e depois você conhece o time.
Sua inscrição foi recebida com sucesso. Entraremos em contato apenas com os candidatos pré-selecionados.
As candidaturas encerram a 30 de abril. A triagem decorre na primeira semana de maio e as entrevistas estão previstas para meados do mês.
A sua candidatura encontra-se agora em avaliação pelo júri. Este processo pode demorar até oito semanas.
Os processos seletivos da Prefeitura seguem as regras do edital. O resultado preliminar será publicado no Diário Oficial do Município.
""",
        "ack_status": """
Uma atualização rápida: ainda estamos analisando as candidaturas para {role} e nenhuma decisão foi tomada.
Boa notícia! Sua candidatura avançou para a próxima etapa: agora a gestora da área vai analisá-la em detalhe. Em breve te contamos os próximos passos.
A vaga foi colocada em espera por questões de orçamento. A sua candidatura continua ativa e entraremos em contacto assim que o processo for retomado.
O status da sua candidatura mudou para: Em análise.
Desculpa o sumiço! O gestor estava viajando, mas sua candidatura continua no processo. Espero ter novidades semana que vem.
O cronograma do processo foi prorrogado por duas semanas. Não é preciso fazer nada; sua candidatura segue em consideração.
""",
        "inv_interview": """
Gostaríamos de convidar você para uma entrevista para a vaga de {role}. Você teria disponibilidade na terça às 14h ou na quarta às 10h?
SUBJECT: Convocatória para entrevista || Fica convocado(a) para entrevista no dia 14 de junho, às 10h30, nos Paços do Concelho, sala 2.14. Traga o Cartão de Cidadão.
Agende seu horário para a entrevista por vídeo pelo link abaixo; há horários de segunda a quinta.
O júri tem o prazer de o(a) convidar para uma entrevista por videoconferência, na qual deverá apresentar o seu projeto de investigação em 15 minutos.
Parabéns, você passou no teste online! A próxima etapa é uma entrevista de uma hora com duas pessoas do time de auditoria; escolha o horário pelo link.
Gostaria de marcar uma primeira entrevista com o meu cliente, uma sociedade de advogados em Lisboa. Teria 30 minutos na quinta à tarde para uma videochamada?
Temos o prazer de convidá-lo(a) para uma entrevista presencial no dia 9 de maio, às 16h. Por favor, traga cópias dos seus diplomas.
""",
        "inv_no_word": """
Tem um tempinho essa semana pra uma call rápida? Segue minha agenda, escolhe o horário que for melhor pra você.
Gostávamos que viesses fazer um turno experimental no sábado, das 18h às 23h. Traz calças pretas e sapatos confortáveis.
Você está convidado(a) para o nosso dia de seleção em 3 de outubro no centro de treinamento: dinâmica de grupo, simulação e conversa com os chefes de cabine.
Bora tomar um café comigo e com a nossa CTO semana que vem? Nada formal, só queremos saber mais dos seus projetos.
Qual horário funciona melhor para uma conversa de 20 minutos por telefone com a gestora: segunda às 10h, terça às 14h30 ou quarta às 16h?
Como próximo passo, gostaríamos que visitasse o armazém e conhecesse os chefes de turno. Sexta às 8h dá jeito?
SUBJECT: Próximo passo: conhecer o time || Queremos marcar um bate-papo com a gerente da loja e o diretor regional. Pode me mandar dois ou três horários na semana que vem?
""",
        "off_offer": """
Temos o prazer de lhe oferecer a posição de {role}. Segue em anexo a carta-proposta com todas as condições.
Queremos muito você no time! Segue o contrato em anexo; consegue devolver assinado até sexta?
Na sequência da entrevista, temos o gosto de confirmar a sua admissão como {role} a partir de 1 de setembro, com uma remuneração base de 1.650 € mensais.
SUBJECT: Bem-vindo(a)! || Adoraríamos te receber aqui a partir de 2 de maio. A proposta é de R$ 9.500 por mês em regime CLT, mais vale-refeição e plano de saúde. Me avisa se tiver dúvidas antes de assinar.
Boa notícia: meu cliente fez uma proposta formal para você, com R$ 14.000 mensais mais bônus e início no começo de março. Podemos conversar hoje?
O júri tem o prazer de lhe atribuir a bolsa de doutoramento por um período de quatro anos, com início a 1 de outubro. Solicitamos que confirme a aceitação por escrito no prazo de dez dias úteis.
Deu certo! Queremos você como {role}. Mandei em anexo o contrato e o kit de boas-vindas.
""",
        "oth_alerts_outreach": """
Novas vagas para sua busca "{role}": 12 oportunidades publicadas esta semana perto de você.
Vi seu perfil e acho que uma vaga de {role} em um cliente meu pode te interessar. Desculpa se não fizer sentido, é só me avisar que não te escrevo mais.
SUBJECT: Convite: noite de carreiras || Venha à nossa sede no dia 20 de novembro conhecer as equipes e os nossos programas de trainee. Entrada gratuita mediante inscrição.
Este mês por aqui: nosso relatório de sustentabilidade, os bastidores do hub de cargas e cinco novas vagas em tecnologia.
Está aberto(a) a novas oportunidades? Estou recrutando para um banco regional e a sua experiência parece relevante.
O seu alerta semanal de emprego: 3 novas ofertas em hotelaria e restauração.
Feira virtual de empregos para enfermagem e técnicos de enfermagem em 8 de maio: inscreva-se já.
""",
        "oth_admin": """
Recebemos um pedido para redefinir a senha da sua conta no portal de carreiras. Se foi você, clique no link abaixo (válido por 24 horas).
Conforme solicitado, retiramos sua candidatura à vaga de {role}. Se mudar de ideia, pode se candidatar novamente quando quiser.
Para concluir o seu processo, envie por favor uma cópia do certificado de habilitações e do título de residência até sexta-feira.
A sua antiga colega Sam Okafor indicou o seu nome como referência. Poderia dispensar-nos dez minutos para responder a algumas perguntas?
Como foi sua experiência no nosso processo seletivo? Responda à nossa pesquisa anônima de dois minutos.
Confirme o seu endereço de e-mail para ativar a sua conta de candidato.
De acordo com a LGPD, seu perfil será excluído em 30 dias por inatividade. Faça login se quiser mantê-lo.
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
            "Hi there {first},",
            "Good afternoon {first},",
        ],
        "thanks": [
            "Thank you for your interest in {company}.",
            "Thanks for applying for the {role} role.",
            "Thank you for taking the time to apply to {company}.",
            "We appreciate your interest in joining us.",
        ],
        "wish": [
            "We wish you all the best in your job search.",
            "Best of luck with your next steps.",
            "We wish you every success in the future.",
            "Good luck, and thank you again.",
        ],
        "marketing": [
            "At {company}, people come first - for our guests, our patients, our customers and each other. Discover our stories, benefits and open roles on our careers site.",
            "{company} is proud to be an equal opportunities employer. We welcome applications from people of all backgrounds and are committed to an inclusive recruitment process.",
            "Did you know? Last year {company} welcomed more than 1,200 new colleagues across 14 countries. Follow us on social media to see life behind the scenes.",
        ],
        "sign": [
            "Best regards,\n{sender}",
            "Kind regards,\n{sender}\n{company}",
            "Cheers,\n{sender_first}",
            "Yours sincerely,\n{sender}\nPeople & Culture",
            "Warm wishes,\n{sender}",
        ],
        "footer": [
            "You are receiving this e-mail because you applied for a position with {company}. Privacy policy | Unsubscribe",
            "This message was sent by an automated system. Please do not reply directly to this e-mail.",
            "{company} | Registered office: 12 Harbour Street | Company no. 08812345",
            "Confidentiality notice: this e-mail and any attachments are intended only for the named recipient.",
        ],
        "subject_app": [
            "Your application for {role}",
            "{company} - your application",
            "Application update: {role}",
            "Your application to {company}",
            "Re: {role}",
        ],
        "subject_inv": [
            "{role} - next steps",
            "Invitation: {role}",
            "Let's talk - {role}",
            "Your application for {role}: next step",
        ],
        "subject_off": [
            "Your offer from {company}",
            "Welcome to {company}",
            "{role} - great news",
            "Your contract for {role}",
        ],
        "subject_oth": [
            "A message from {company} Careers",
            "{company} careers",
            "Your candidate account",
            "Opportunities at {company}",
        ],
    },
    "de": {
        "greet": [
            "Hallo {first},",
            "Guten Tag {first} Rivera,",
            "Sehr geehrte*r {first} Rivera,",
            "Liebe*r {first},",
            "Hi {first},",
            "Hey {first}!",
        ],
        "thanks": [
            "Vielen Dank für Ihr Interesse an {company}.",
            "Herzlichen Dank für Ihre Bewerbung und das damit verbundene Vertrauen.",
            "Danke für dein Interesse an {company}!",
            "Danke, dass du dich bei uns beworben hast.",
        ],
        "wish": [
            "Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.",
            "Für Ihren weiteren Weg wünschen wir Ihnen alles Gute.",
            "Wir wünschen dir alles Gute für deinen weiteren Weg!",
            "Viel Erfolg bei deiner weiteren Suche!",
        ],
        "marketing": [
            "Bei {company} arbeiten über 3.000 Menschen daran, jeden Tag einen Unterschied zu machen. Entdecken Sie unsere Benefits: flexible Arbeitszeiten, betriebliche Altersvorsorge und Jobrad.",
            "Wir sind {company} – und wir wachsen! Folge uns auf Instagram und LinkedIn, um hinter die Kulissen zu schauen und keine neue Stelle zu verpassen.",
            "{company} steht für Vielfalt: Wir freuen uns über Bewerbungen unabhängig von Geschlecht, Nationalität, ethnischer und sozialer Herkunft, Religion, Behinderung, Alter und sexueller Identität.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}",
            "Freundliche Grüße\n{sender}\n{company}",
            "Viele Grüße\n{sender}",
            "Liebe Grüße\n{sender_first}",
            "Beste Grüße aus dem Recruiting\n{sender}",
        ],
        "footer": [
            "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.",
            "{company} | Sitz der Gesellschaft: Hamburg | Amtsgericht Hamburg HRB 123456 | Datenschutzhinweise",
            "Informationen zur Verarbeitung deiner Daten findest du in unserer Datenschutzerklärung. Abmelden",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Deine Bewerbung bei {company}",
            "Ihre Bewerbung bei {company}",
            "Bewerbung: {role}",
            "AW: Bewerbung {role}",
        ],
        "subject_inv": [
            "Nächste Schritte – {role}",
            "Einladung – {role}",
            "Kennenlernen bei {company}",
            "Ihre Bewerbung: nächster Schritt",
        ],
        "subject_off": [
            "Ihr Vertragsangebot",
            "Willkommen bei {company}",
            "Gute Nachrichten zu {role}",
            "Dein Vertrag bei {company}",
        ],
        "subject_oth": [
            "Neuigkeiten von {company}",
            "Karriere bei {company}",
            "Ihr Bewerberkonto",
            "Information zu Ihrem Konto",
        ],
    },
    "fr": {
        "greet": [
            "Bonjour {first},",
            "Bonjour {first} Rivera,",
            "Bonjour,",
            "Bonsoir {first},",
            "{first},",
        ],
        "thanks": [
            "Merci de l'intérêt porté à {company}.",
            "Merci d'avoir postulé chez {company}.",
            "Nous vous remercions de l'intérêt manifesté pour notre organisation.",
        ],
        "wish": [
            "Bonne continuation !",
            "Bonne chance pour la suite.",
            "Nous vous souhaitons plein succès dans vos démarches.",
            "Au plaisir de se recroiser.",
        ],
        "marketing": [
            "Chez {company}, nous croyons que chaque talent compte. Découvrez nos engagements, nos avantages et nos offres sur notre site carrières.",
            "{company} s'engage en faveur de la diversité et de l'inclusion : tous nos postes sont ouverts aux personnes en situation de handicap.",
            "Suivez {company} sur LinkedIn pour découvrir nos métiers, nos équipes et les coulisses de nos projets.",
        ],
        "sign": [
            "Cordialement,\n{sender}",
            "Bien cordialement,\n{sender}\n{company}",
            "Belle journée,\n{sender_first}",
            "Au plaisir,\n{sender}",
            "L'équipe Recrutement\n{sender}",
        ],
        "footer": [
            "Ce message a été envoyé automatiquement, merci de ne pas y répondre.",
            "Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et de suppression de vos données. Politique de confidentialité | Se désabonner",
            "{company} | Siège social : 8 rue des Lilas | RCS 812 345 678",
        ],
        "subject_app": [
            "Votre candidature au poste de {role}",
            "Ta candidature chez {company}",
            "Candidature - {role}",
            "{company} - votre candidature",
            "RE: Candidature {role}",
        ],
        "subject_inv": [
            "Prochaine étape - {role}",
            "{role} : rencontre",
            "Invitation - {role}",
            "Suite de votre candidature",
        ],
        "subject_off": [
            "Proposition d'embauche - {role}",
            "Bienvenue chez {company}",
            "Bonne nouvelle !",
            "Votre contrat - {role}",
        ],
        "subject_oth": [
            "Des nouvelles de {company}",
            "Votre espace candidat",
            "{company} recrute",
            "Information importante",
        ],
    },
    "es": {
        "greet": [
            "Hola {first}:",
            "Hola, {first}:",
            "Estimado/a {first}:",
            "Buenos días, {first}:",
            "Hola {first},",
        ],
        "thanks": [
            "Gracias por el interés en {company}.",
            "Gracias por postular a {company}.",
            "Agradecemos el interés en formar parte de nuestro equipo.",
        ],
        "wish": [
            "Mucho éxito en la búsqueda.",
            "¡Mucha suerte en lo que viene!",
            "Éxitos en los próximos pasos.",
            "Deseamos lo mejor en esta nueva etapa profesional.",
        ],
        "marketing": [
            "En {company} creemos que las personas son lo primero. Descubre nuestros beneficios, nuestra cultura y todas las vacantes abiertas en nuestro portal de empleo.",
            "{company} es una empresa comprometida con la igualdad de oportunidades y la diversidad en todos sus procesos de selección.",
            "Síguenos en LinkedIn e Instagram para conocer el día a día de nuestros equipos.",
        ],
        "sign": [
            "Un saludo,\n{sender}",
            "Saludos cordiales,\n{sender}\n{company}",
            "Atentamente,\n{sender}",
            "Un abrazo,\n{sender_first}",
            "Equipo de Talento\n{sender}",
        ],
        "footer": [
            "Este es un mensaje automático; por favor, no responda a este correo.",
            "En cumplimiento del RGPD, puede ejercer sus derechos de acceso, rectificación y supresión escribiendo a privacidad@ejemplo.example. Darse de baja",
            "{company} | Aviso legal | Política de privacidad",
        ],
        "subject_app": [
            "Tu candidatura para {role}",
            "Su postulación en {company}",
            "Proceso de selección: {role}",
            "Candidatura - {role}",
            "RE: {role}",
        ],
        "subject_inv": [
            "Siguiente paso - {role}",
            "{role}: agendemos",
            "Invitación - {role}",
            "Proceso {role}: próximos pasos",
        ],
        "subject_off": [
            "Propuesta - {role}",
            "Bienvenida a {company}",
            "¡Buenas noticias!",
            "Tu contrato - {role}",
        ],
        "subject_oth": [
            "Novedades de {company}",
            "Tu cuenta de candidato",
            "Empleo en {company}",
            "Información importante",
        ],
    },
    "pt": {
        "greet": [
            "Olá {first},",
            "Oi {first}, tudo bem?",
            "Caro(a) {first},",
            "Bom dia, {first},",
            "Prezado(a) {first},",
        ],
        "thanks": [
            "Agradecemos o interesse em fazer parte do nosso time.",
            "Obrigado pela candidatura.",
            "Agradecemos o interesse em trabalhar conosco.",
        ],
        "wish": [
            "Boa sorte nos próximos passos!",
            "Desejamos muito sucesso na sua trajetória.",
            "Votos de sucesso profissional.",
            "Sucesso na sua busca!",
        ],
        "marketing": [
            "Aqui, gente é o que move tudo. Conheça nossos benefícios, nossa cultura e todas as vagas abertas no nosso site de carreiras.",
            "Somos uma empresa comprometida com a diversidade: todas as nossas vagas são abertas a pessoas com deficiência.",
            "Siga-nos no LinkedIn e no Instagram para acompanhar o dia a dia das nossas equipes.",
        ],
        "sign": [
            "Atenciosamente,\n{sender}",
            "Abraços,\n{sender_first}",
            "Com os melhores cumprimentos,\n{sender}\n{company}",
            "Cumprimentos,\n{sender}",
            "Time de Atração de Talentos\n{sender}",
        ],
        "footer": [
            "Esta é uma mensagem automática, por favor não responda.",
            "Tratamos os seus dados de acordo com a nossa política de privacidade. Para deixar de receber estes e-mails, clique aqui.",
            "{company} | Todos os direitos reservados.",
        ],
        "subject_app": [
            "Sua candidatura para {role}",
            "Candidatura - {role}",
            "Processo seletivo: {role}",
            "A sua candidatura",
            "RE: {role}",
        ],
        "subject_inv": [
            "Próxima etapa - {role}",
            "{role}: vamos conversar?",
            "Convite - {role}",
            "Processo {role}: próximos passos",
        ],
        "subject_off": [
            "Proposta - {role}",
            "Boas-vindas!",
            "Boas notícias!",
            "Seu contrato - {role}",
        ],
        "subject_oth": [
            "Novidades",
            "Sua conta de candidato",
            "Carreiras",
            "Informação importante",
        ],
    },
}

THREAD: dict[str, str] = {
    "en": "Hi {sender_first},\nI hope you're well. I just wanted to check in on my application for the {role} position and ask whether there's any update on the timeline.\nThanks a lot,\nAlex\n\n{header2}\nHi Alex,\nThanks for your application. We're working through all the applications at the moment and will be in touch as soon as we can.\n{sender}\n",
    "de": "Hallo {sender_first},\nich wollte kurz nachfragen, ob es zu meiner Bewerbung als {role} schon etwas Neues gibt.\nViele Grüße\nAlex\n\n{header2}\nHallo Alex,\nvielen Dank für Ihre Bewerbung. Wir sichten derzeit alle Unterlagen und melden uns, sobald wir mehr sagen können.\n{sender}\n",
    "fr": "Bonjour {sender_first},\nJe me permets de revenir vers vous au sujet de ma candidature au poste de {role}. Auriez-vous des nouvelles sur le calendrier ?\nBien à vous,\nAlex\n\n{header2}\nBonjour Alex,\nMerci pour votre candidature. Nous sommes en train d'étudier l'ensemble des dossiers et reviendrons vers vous dès que possible.\n{sender}\n",
    "es": "Hola {sender_first}:\nQuería consultar si hay alguna novedad sobre mi candidatura para el puesto de {role}.\nMuchas gracias,\nAlex\n\n{header2}\nHola Alex:\nGracias por tu candidatura. Estamos revisando todos los perfiles y te escribiremos en cuanto tengamos novedades.\n{sender}\n",
    "pt": "Olá {sender_first},\nGostaria de saber se há alguma novidade sobre a minha candidatura para a vaga de {role}.\nObrigado,\nAlex\n\n{header2}\nOlá Alex,\nObrigado pela candidatura. Estamos analisando todos os perfis e retornaremos assim que possível.\n{sender}\n",
}
