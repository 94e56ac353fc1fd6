# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Training mail passages by an independent author (round 12, author12b).

Covers English, German (Sie and du), French, Spanish and Portuguese (Portugal and Brazil).
Emphasis: rejections written by people rather than templates, with the decision in the
writer's own plain words and no stock phrase, from every kind of employer: restaurants,
hotels, bakeries and cafés, shops, hospitals, clinics and care homes, schools, nurseries and
universities (professors turning down PhD students), trades and construction, logistics,
NGOs and foundations, town halls and public hospitals (bureaucratic notices with file
numbers and appeal periods), law and accounting firms, recruitment agencies, startups and
family businesses. Writers are owners, ward managers, HR assistants, partners, recruiters,
teachers and professors; registers run from warm and apologetic to curt, chatty, formal and
one line typed on a phone.

Many rejections carry words that usually belong to other kinds of mail (a call, a meeting,
a next step, an offer made to someone else, a received application, a talent pool, a future
role, feedback) while still saying no. The decision sits in the first line, after a
paragraph of news, inside a reply to a chaser, or only in the subject line.

Hard negatives next to them use the same vocabulary without a no: receipts that stress how
selective the process is, invitations that mention earlier candidates or a tough decision,
offers with an "unfortunately" about salary, start date, location or equipment, and "other"
mail (a newsletter on handling rejection, a recruiter's cold approach, a reference request,
a candidate survey, job alerts, portal notices, office closures).

Families (same keys in every language):
rej_plain_words, rej_after_news, rej_one_liner, rej_call_next_step, rej_pool_future,
rej_feedback, rej_formal_office, rej_in_reply, rej_subject_only, rej_filled_offer,
ack_selective, inv_after_tough_call, off_with_unfortunately, oth_same_words.
"""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Hotel Seeblick",
    "Brasserie du Quai",
    "Clínica Santa Rita",
    "Norden Logistik GmbH",
    "Pinewood Care Homes",
    "Kestrel & Ames LLP",
    "Fundação Horizonte Verde",
    "Brightloop Labs",
    "Carpintería Hermanos Vidal",
    "Atelier Moreau Architectes",
    "Schreinerei Albrecht",
    "Escola Básica do Vale",
)

ROLES: tuple[str, ...] = (
    "Sous Chef",
    "Care Assistant",
    "Project Coordinator",
    "Junior Accountant",
    "Warehouse Team Lead",
    "Front Office Manager",
    "Research Assistant",
    "Site Supervisor",
    "Marketing Associate",
    "Paralegal",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Marta Keller", "marta.keller@{domain}"),
    ("Tom Okafor", "tom@{domain}"),
    ("Claire Dubois", "c.dubois@{domain}"),
    ("Lucía Ortega", "lucia.ortega@{domain}"),
    ("João Martins", "joao.martins@{domain}"),
    ("Anke Wiese", "a.wiese@{domain}"),
    ("Dev Sharma", "dev.sharma@{domain}"),
    ("People Team", "jobs@{domain}"),
    ("Recrutement", "recrutement@{domain}"),
    ("Hiring via Workably", "no-reply@mail.workably.example"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_plain_words": """
We've decided not to take your application for {role} any further. I read it myself and it was close, but the other two people we're seeing have run a kitchen on their own before, and that's what this job needs right now.
I'm the owner here, so I'll keep it simple: I'm not going to hire you for the {role} job. Nothing wrong with your application, I just need someone who can start on Monday and lives closer to the shop.
The ward manager and I went through your application together and agreed you aren't the right person for this unit. Most of our night shifts are one nurse and one assistant, and we need someone who has already worked nights in a care setting.
Short version: it's a no for {role} this time. Longer version: we had 140 applications for one post, I had to cut the list to six, and yours didn't make the six. I know that's hard to hear after the effort you put in.
The partners met on Thursday to go through the shortlist for the {role} vacancy, and yours is not an application we'll be taking further. The firm has decided to limit this round to people who already hold a practising certificate.
You won't be getting the apprentice place at {company}. We gave it to the lad who did his work experience with us last summer, which felt like the fair thing to do.
Sorry Alex, the {role} job isn't going to be yours. I argued for you, but the budget only stretches to someone more junior and the founders made the call last night.
I'm afraid I won't be taking you on as a PhD student this year. My lab is full until 2026, and honestly your project is much closer to what Dr Haines's group does, so I'd write to her.
I've been putting off writing this because I liked you, which is silly of me. We're not offering you the {role} position. The team picked someone who has done exactly this job at a competitor, and it's hard to argue with that.
""",
        "rej_after_news": """
It's been a mad month: we opened the second restaurant on the harbour, lost our head chef to a place up north, and spent last week rewriting the menu. In the middle of all that I finally sat down with the {role} applications. We won't be going ahead with yours, because we need someone who has already done volume service at our size.
Quick update on where things stand at {company}. The merger with our Rotterdam partner closed last week and the warehouse team is being reorganised around the new site. The {role} position you applied for is being folded into an existing role, so we will not be continuing with your application.
Term started on Monday, the new science block finally has heating and we've welcomed four new staff. I wanted to get back to you about the {role} post before things get busier still: the panel has decided not to invite you to the next stage.
Since we last spoke the board approved next year's budget and we signed two new clients in Lyon. Good news for us, but it changes the job: the role now needs fluent French, so I'm going to stop your application here.
The Kettering site finally got planning permission last Tuesday, so we're hiring a lot at once and everything is moving fast. I still wanted you to hear it from me rather than a system: we're not offering you the {role} role. The lads on site need someone with a few years of groundworks behind them.
The shop had its best Christmas in years, we've finally fixed the leaking roof and Mum is back behind the counter after her operation. With her back, we don't need the extra pair of hands we advertised for, so I'm sorry, but there's no job after all.
""",
        "rej_one_liner": """
Sorry, we've filled the {role} spot. Good luck out there.
Not this time, sorry. Sent from my phone
We're going another way on this one. Thanks for coming in though.
No luck on the job I'm afraid, gave it to a local lad. Cheers, Gaz
Position's gone. Sorry for the slow reply.
All sorted now thanks, we found someone.
""",
        "rej_call_next_step": """
Thank you for the call on Tuesday, I enjoyed hearing about your time at the food bank. I've since spoken to the rest of the team and we won't be inviting you to the next step. The person we're moving forward with has run a volunteer programme of a similar size.
I know we talked about setting up a meeting with our director next week, but I have to cancel that: we offered the {role} position to another candidate and she has accepted.
The next step would normally be a trial shift, but after speaking with the head chef we're not going to offer you one. We'd rather hold out for someone with more pastry experience.
Happy to jump on a call if you'd like to talk it through, but I wanted to put it in writing first: we're not moving ahead with you for the {role} role.
We did make an offer for the {role} role this week, and it wasn't to you. I'm sorry. You were second on our list and I wanted you to know it was close.
Your interview on Thursday is no longer needed, as the hiring manager has decided to fill the {role} position internally. Please delete the calendar invite.
Thanks for sticking with us through three rounds. We've made our decision and it isn't you, but I'd still like to do the 20-minute feedback call we promised. Reply with a time that suits.
""",
        "rej_pool_future": """
We received your application for {role} and read it properly. It isn't the one we're going with, but I've added you to our talent pool and I'll get in touch directly if a role with more of an events focus opens up in spring.
There'll be a new round of {role} hiring in September and you're welcome to apply again then. For the current round, though, we won't be offering you a place.
Your application arrived safely and we've reviewed it. We're not taking it further for this vacancy. With your permission we'll keep your CV for twelve months; just reply if you'd rather we deleted it.
I'd genuinely like to work with you one day, just not on this one. We've closed the search with someone else, and I've made a note to ring you when the second care home opens next year.
We're building a pool of people for future openings at {company} and I'd like to include you. For the {role} vacancy itself, I'm sorry to say the answer is no.
""",
        "rej_feedback": """
You asked for feedback, so here it is plainly: your answers on budgeting were strong, but you couldn't give us a concrete example of handling a difficult tenant, and that's most of this job. We won't be offering you the {role} post.
The panel scored your presentation well, but your written task came in below the others, mainly because the cost breakdown was missing. That's why we're not progressing your application. Fix that piece and you'll be a strong candidate somewhere.
Some honest feedback, since you asked: you came across as very capable but unsure about weekends, and the front desk runs every Saturday and Sunday. So we've decided to give the job to someone else.
Your portfolio is lovely, but it's almost all print and this role is 90% web and social. That's the main reason we're passing on your application for now.
I spoke to the two teachers who watched your sample lesson. They liked your energy but felt the class drifted in the second half, so we won't be appointing you. I'm glad to go through their notes with you if that would help.
""",
        "rej_formal_office": """
Ref. HR/2024/118, {role}. Following assessment against the published selection criteria, your application has not been shortlisted for interview. Applicants may request a summary of their scores within 28 days of this notice.
The selection committee of the Faculty of Social Sciences has completed its review of applications for the position of {role}. I regret to tell you that the committee has not included your application among those to be considered further.
In accordance with the Council's recruitment procedure, we write to confirm that your application for the post of {role} was unsuccessful at the sifting stage. Your personal data will be kept for six months and then securely destroyed.
The Trust has now concluded shortlisting for the above vacancy. On this occasion you have not been selected for interview. For your information, 212 applications were received for this post.
Dear Applicant, the recruitment for {role} (vacancy no. 45-221) has been closed and your candidacy has not been taken forward. Original documents submitted by post will be returned to you separately.
""",
        "rej_in_reply": """
Thanks for chasing, and sorry you had to. Honestly, we went with someone else a couple of weeks ago and I should have told you then.
Fair question, and I owe you an answer: the {role} job won't be going ahead with you. The client chose a candidate from another agency on Friday.
Hi Alex, yes, we did reach a decision, and it didn't go your way. I'm sorry this reply took so long.
Re your email from Monday: I checked with Stefan and he's decided to keep the shop running with the current team over winter, so there's no job for now. Sorry to be the one telling you.
Replying from my phone between patients, so forgive the brevity: we appointed someone to the practice post last week. Thank you for following up.
""",
        "rej_subject_only": """
SUBJECT: {role}: we've offered the job to someone else || I wanted to make sure you heard from a person rather than an automated system. Thank you again for the time you gave us over the last few weeks.
SUBJECT: Not going ahead with your application || Thanks for being so patient with us throughout. I'll keep your number in my phone.
SUBJECT: Re: {role} - no, sorry || Long story, happy to explain over a coffee sometime.
""",
        "rej_filled_offer": """
The {role} post has been filled by a colleague returning from parental leave, so we've closed the vacancy without appointing externally. Your application is closed along with it.
We had a verbal acceptance from another candidate yesterday, so I have to stop the offer conversation we'd started with you. I realise how frustrating that is and I'm sorry.
Our first choice accepted the offer this morning. That means the {role} role is closed and we won't be progressing your application.
The funding for the {role} position was cut in last week's budget review, so the post no longer exists. I'm really sorry. This has nothing to do with you.
""",
        "ack_selective": """
We've received your application for {role}. This is a popular programme (last year around 3,000 people applied for 25 places), so please don't be discouraged if it takes us a few weeks to reply.
Your application is in. Just so you know what to expect: only a small number of applicants are invited to interview, and we'll contact everyone either way by the end of the month.
Got your CV, thanks! I'll be honest, we're seeing a lot of strong applications for the {role} job and competition is tough, but I'll read every one myself over the weekend.
Confirmation of receipt: application for {role}, reference 2024-0317. Because of the high number of applications, the review may take up to six weeks. We'll write to you at each stage.
Your application is now with the hiring team. Our process is selective and most applicants will not be shortlisted; if you haven't heard from us by 30 June, it's still under review and you're welcome to ask.
Thanks for applying to {company}. We'd rather be upfront: we turn down most applications at this stage, which is why we read them carefully. Yours is in the queue and a real person will look at it this week.
Received, thank you. Chef goes through applications on Mondays, so you'll hear from us after that, whether it's a yes or a no.
Your application for the {role} position has been registered. The selection committee will meet after the closing date on 15 March. Because of the volume of applications we unfortunately can't give individual updates before then.
Just confirming I've got your application for the care assistant job. We rarely turn anyone away for lack of experience, so don't worry about that bit. I'll have a proper look and ring you next week.
Application received for {role}. Status: under review. Unfortunately we can't answer questions about individual applications while the review is ongoing.
""",
        "inv_after_tough_call": """
We had a really hard time narrowing down the list for {role}, there were so many good applications. I'm glad to say you're one of the five we'd like to meet. Could you do Wednesday at 10 or Thursday at 2?
After a tough first round we've decided to take your application forward. The next step is a 45-minute video interview with me and our operations lead. Please pick a slot using the link below.
Unfortunately the candidate we had booked for Friday has dropped out, which frees up a slot. Would you like to come in for an interview at 3pm?
I'll be honest, we almost didn't look outside for this one, but your application changed our minds. We'd love to invite you to meet us at the hotel next week.
We've already met a few candidates for this role, but we'd like to see you too before we decide. Are you free for a call on Monday?
It wasn't an easy decision, and we had to turn a lot of people down at this stage, but we'd like to invite you to the second round: a practical task on site and a chat with the site manager.
Sorry it took us so long to get back to you; we've been working through a huge number of applications. Good news: the partners would like to meet you. Would any morning next week suit?
The interview panel for {role} will sit on 12 June and you have been shortlisted. Please confirm your attendance by reply. Unfortunately we cannot offer an alternative date.
Previous candidates have told us our technical interview is tough, so here's what to expect: 60 minutes, a pairing exercise and questions about a system you've built. Your slot is Tuesday at 11:00.
Not everyone gets a trial shift, so take this as a good sign: can you come in on Saturday from 5 to 9pm and work alongside the team?
We rejected most people at the CV stage and I won't pretend the next round is easy, but we want to see you: assessment centre, 14 May, 9:30, at our Leeds office.
""",
        "off_with_unfortunately": """
I'm delighted to offer you the {role} position. Unfortunately we can't match the salary you asked for, the best we can do is 38,000, but we'll review it after six months. The written offer is attached.
We'd like to offer you the job! The only bad news is that we can't start you before 1 October because of the building works, so there would be a short wait.
Offer of employment, {role}. Unfortunately the relocation package we discussed was not approved, but the rest of the terms stand as agreed: 32 hours a week, permanent contract, starting 3 March.
Congratulations, you've got the job. Sorry we couldn't move faster; the contract will come from HR by Friday.
The panel unanimously recommended your appointment as {role}. Sadly the post is fixed-term for 18 months, as funding beyond that isn't confirmed yet. Please let me know by Monday whether you accept.
You're in! We'd love you to join the kitchen. I'm afraid the pay stays at what we said, no movement there, but you'll get every Sunday off, which I know you asked about.
It's a yes. We want you as our new {role}. Unfortunately the laptop won't arrive until your second week, so bring your own for the first few days if you can.
Following your interview, I'm pleased to offer you a place on our graduate scheme. Your first preference, the Manchester office, is full, so we are offering you Bristol instead.
We'd like to make you an offer. It's not the number you hoped for and I'm sorry about that, but I hope the four-day week makes up for it. Details attached, have a read and ring me.
Sadly I can't get you a parking space, but everything else is sorted: you're our new {role} from the 2nd. Welcome aboard.
""",
        "oth_same_words": """
In this week's newsletter: how to handle rejection without losing momentum. Hearing no after a final round is hard, and our careers coach shares five ways to turn it into your next offer.
I came across your profile and think you'd be a strong fit for a {role} role with one of my clients, a family-owned haulage firm. No application needed yet. Would you be open to a 15-minute call this week?
Jamie Okoro has named you as a referee in their application to {company}. Could you spare ten minutes to answer a few questions about working with them? A short reply is fine.
We'd love your feedback on our hiring process. Whether you got the job or not, tell us how it went in a two-minute survey; it helps us treat candidates better.
Unfortunately our office will be closed from 23 December to 2 January. Applications submitted during this period will be processed in the new year.
The password for your {company} careers account was changed. If this wasn't you, reset it now using the link below.
New jobs matching your search: {role} (3 new), Project Coordinator (1 new). You didn't get any matches yesterday, so we widened the search slightly.
Reminder: you started an application for {role} but haven't submitted it. Your draft will be deleted in 7 days.
Hi, I'm writing a piece on how candidates experience rejection emails and would love to hear your story. It's anonymous and takes ten minutes. No pressure at all.
Thanks for coming to our careers evening. The slides, including the section on what to do after an unsuccessful application, are now available to download.
A reminder that your free session with a careers adviser is on Thursday at 4pm. Bring your latest offer or rejection email if you'd like help reading between the lines.
""",
    },
    "de": {
        "rej_plain_words": """
Ich habe mir Ihre Unterlagen für die Stelle als {role} angesehen und mich dagegen entschieden. Wir sind ein kleiner Malerbetrieb mit vier Leuten, und ich brauche jemanden, der schon allein auf Baustellen gearbeitet hat. Das sehe ich bei Ihnen noch nicht.
Ich bin die Inhaberin vom Café, deshalb schreib ich dir selbst: Ich nehme dich nicht. Deine Bewerbung war nett, aber ich brauche jemanden, der morgens um sechs aufschließen kann, und das hast du im Gespräch ausgeschlossen.
Die Pflegedienstleitung und ich haben Ihre Bewerbung zusammen besprochen. Für den Wohnbereich 2 kommen Sie für uns nicht in Frage, weil dort nachts eine Fachkraft allein die Verantwortung trägt und Ihnen die Anerkennung noch fehlt.
Kurz und ehrlich: Es wird nichts mit {role}. Auf eine Stelle kamen über 200 Bewerbungen, ich musste auf acht runterkürzen, und deine war nicht unter den acht. Ärgerlich, ich weiß.
Die Partnerrunde hat am Donnerstag über die Stelle als {role} gesprochen. Ihre Bewerbung verfolgen wir nicht weiter, weil wir diesmal nur Bewerber mit abgeschlossener Fortbildung zum Steuerfachwirt berücksichtigen.
Den Ausbildungsplatz in unserer Werkstatt bekommst du nicht. Wir haben ihn dem Jungen gegeben, der schon zwei Praktika bei uns gemacht hat. Das war uns wichtig, ich hoffe, du verstehst das.
Tut mir leid, Alex, aus {role} bei uns wird nichts. Ich hab mich für dich starkgemacht, aber das Geld reicht nur für jemanden mit weniger Berufsjahren, und die Gründer haben gestern einen Haken dran gemacht.
Wir haben im Team lange über deine Hospitation gesprochen. Die Kinder mochten dich, aber für die Krippengruppe brauchen wir eine staatlich anerkannte Fachkraft, und das bist du noch nicht. Deshalb stellen wir dich jetzt nicht ein.
Ohne Führerschein Klasse CE kann ich Sie nicht auf die Touren schicken, und den haben Sie noch nicht. Daran scheitert es leider, mit der Stelle wird es nichts.
""",
        "rej_after_news": """
Bei uns im Gasthof war die letzten Wochen die Hölle los: Hochzeitssaison, der Biergarten ist endlich fertig, und unser Koch hat sich das Handgelenk gebrochen. Deshalb komme ich erst jetzt zu deiner Bewerbung, und die Antwort ist nein. Für den Service brauchen wir jemanden, der schon mit großen Gesellschaften gearbeitet hat.
Zum aktuellen Stand bei {company}: Der Umzug ins neue Logistikzentrum in Kassel ist abgeschlossen, die Schichtmodelle werden neu geplant, und einige Stellen werden zusammengelegt. Die Position {role} gehört dazu, Ihre Bewerbung können wir deshalb nicht weiterführen.
Die Herbstferien sind vorbei, die neue Mensa ist eröffnet, und drei neue Referendarinnen sind an Bord. Bevor uns der Alltag wieder verschluckt, wollte ich mich wegen der Vertretungsstelle melden: Die Schulleitung hat sich für eine andere Bewerberin entschieden.
Seit unserem Gespräch hat sich einiges getan: Wir haben eine Finanzierungsrunde abgeschlossen und zwei Großkunden in der Schweiz gewonnen. Die Stelle wird deshalb jetzt von Zürich aus besetzt, und ich muss dein Verfahren hier beenden.
Die Baugenehmigung für das Quartier in Bielefeld kam letzten Dienstag, seitdem stellen wir an allen Ecken ein. Sie sollen es trotzdem von mir hören und nicht aus einem System: Die Stelle als {role} bekommen Sie nicht. Der Bauleiter möchte jemanden mit mehreren Jahren Tiefbau.
Meine Mutter ist nach der Hüft-OP wieder im Laden, das Weihnachtsgeschäft lief super, und das Dach ist endlich dicht. Weil sie wieder mitarbeitet, brauchen wir die Aushilfe doch nicht, die wir gesucht hatten. Tut mir leid, dass ich dir damit absagen muss.
""",
        "rej_one_liner": """
Sorry, Stelle ist schon weg. Alles Gute!
Diesmal nicht, sorry. Von meinem iPhone gesendet
Wir haben uns für jemand anderen entschieden. Danke fürs Vorbeikommen!
Hat nicht geklappt, wir haben jemanden aus dem Dorf genommen. Gruß, Kalle
Die Stelle ist vergeben, sorry für die späte Antwort.
Kurz: Das mit {role} wird nichts, wir lösen das intern. Gruß aus der Backstube
""",
        "rej_call_next_step": """
Danke für das nette Telefonat am Dienstag. Ich habe danach mit dem Vereinsvorstand gesprochen, und wir werden Sie nicht zu einem zweiten Gespräch einladen. Wir haben jemanden gefunden, der schon eine Tafel mit über 100 Ehrenamtlichen koordiniert hat.
Wir hatten ja ausgemacht, dass du nächste Woche unsere Geschäftsführerin triffst. Den Termin muss ich streichen: Wir haben die Stelle einer anderen Kandidatin angeboten, und sie hat unterschrieben.
Eigentlich käme jetzt das Probearbeiten, aber nach Rücksprache mit unserem Küchenchef laden wir dich nicht dazu ein. Wir suchen jemanden, der schon in der Patisserie gearbeitet hat.
Wenn Sie möchten, rufe ich Sie gern an und erkläre es ausführlicher, aber zuerst schriftlich: Wir machen mit Ihrer Bewerbung als {role} nicht weiter.
Wir haben diese Woche ein Angebot für die Stelle gemacht, nur eben nicht an dich. Du warst ganz knapp auf Platz zwei, und das solltest du wissen.
Ihr Vorstellungsgespräch am Donnerstag entfällt, da die Abteilung die Stelle als {role} intern besetzt. Die Kalendereinladung können Sie löschen.
Danke, dass Sie drei Runden mit uns durchgestanden haben. Die Entscheidung ist gefallen, und sie fiel nicht auf Sie. Das versprochene Feedbackgespräch von 20 Minuten würde ich trotzdem gern führen, nennen Sie mir einfach einen Termin.
""",
        "rej_pool_future": """
Ihre Bewerbung als {role} ist gut bei uns angekommen, und ich habe sie gründlich gelesen. Für diese Stelle reicht es nicht, aber ich habe Sie in unseren Talentpool aufgenommen und melde mich, sobald im Frühjahr im Eventbereich etwas frei wird.
Im September starten wir die nächste Runde für {role}, dann kannst du dich gern wieder bewerben. In dieser Runde haben wir keinen Platz für dich.
Wir haben Ihre Unterlagen erhalten und geprüft. In die engere Wahl für diese Stelle kommen Sie nicht. Wir würden Ihren Lebenslauf aber gern ein Jahr aufbewahren; schreiben Sie kurz zurück, falls wir ihn löschen sollen.
Ich würde gern irgendwann mit dir zusammenarbeiten, nur eben nicht jetzt: Die Stelle ist an jemand anderen gegangen. Wenn nächstes Jahr unser zweites Pflegeheim in Ulm aufmacht, rufe ich dich an, versprochen.
Für künftige Stellen bei {company} würde ich Sie gern im Blick behalten. Bei der aktuellen Stelle als {role} muss ich Ihnen aber absagen.
""",
        "rej_feedback": """
Sie hatten um Feedback gebeten, hier ist es ganz offen: Bei den Nebenkostenabrechnungen waren Sie stark, aber für schwierige Mietergespräche hatten Sie kein Beispiel parat, und genau das macht diese Stelle aus. Deshalb bieten wir Ihnen die Stelle nicht an.
Deine Präsentation kam gut an, aber die schriftliche Fallstudie lag deutlich hinter den anderen, vor allem weil die Kalkulation fehlte. Deshalb geht es für dich nicht weiter. Arbeite an dem Punkt, dann klappt es woanders bestimmt.
Ehrliches Feedback, weil Sie gefragt haben: Sie wirkten kompetent, aber beim Thema Wochenenddienst zögerlich, und unsere Rezeption ist jedes Wochenende besetzt. Wir haben uns deshalb für jemand anderen entschieden.
Deine Mappe ist wirklich schön, aber fast nur Print, und die Stelle ist zu 90 % online. Das ist der Hauptgrund, warum wir dich nicht nehmen.
Ich habe mit den beiden Kolleginnen gesprochen, die Ihre Lehrprobe gesehen haben. Ihre Energie hat ihnen gefallen, in der zweiten Hälfte ist die Klasse aber abgedriftet. Wir werden Sie daher nicht einstellen. Gern gehe ich die Beobachtungsbögen mit Ihnen durch.
""",
        "rej_formal_office": """
Az. P 2024/118, {role}. Nach Abgleich mit dem Anforderungsprofil konnte Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigt werden. Ihre Unterlagen werden nach Ablauf der gesetzlichen Frist datenschutzgerecht vernichtet.
Die Berufungskommission der Philosophischen Fakultät hat die Sichtung der Bewerbungen für die ausgeschriebene Professur abgeschlossen. Ich muss Ihnen mitteilen, dass Ihre Bewerbung nicht in die engere Auswahl aufgenommen wurde.
Gemäß dem Auswahlverfahren der Stadtverwaltung teilen wir Ihnen mit, dass Ihre Bewerbung um die Stelle {role} in der Vorauswahl nicht erfolgreich war. Der Personalrat und die Gleichstellungsbeauftragte wurden beteiligt.
Das Klinikum hat die Vorauswahl für die o. g. Stelle abgeschlossen. Zu einem Vorstellungsgespräch werden Sie nicht eingeladen. Zu Ihrer Information: Insgesamt sind 212 Bewerbungen eingegangen.
Sehr geehrte Bewerberin, sehr geehrter Bewerber, das Stellenbesetzungsverfahren mit der Kennziffer 45-221 ist abgeschlossen. Ihre Bewerbung konnte dabei nicht berücksichtigt werden. Ihre Originalunterlagen senden wir Ihnen mit gesonderter Post zurück.
""",
        "rej_in_reply": """
Danke fürs Nachhaken und sorry, dass du das überhaupt musstest. Wir haben uns schon vor zwei Wochen für jemand anderen entschieden, das hätte ich dir gleich sagen müssen.
Gute Frage, und Sie haben eine Antwort verdient: Die Stelle als {role} wird es für Sie nicht. Der Kunde hat sich am Freitag für einen Kandidaten einer anderen Personalberatung entschieden.
Hallo Alex, ja, die Entscheidung ist gefallen, nur nicht für dich. Entschuldige, dass ich mich so lange nicht gemeldet habe.
Zu Ihrer Mail vom Montag: Ich habe mit Herrn Brandt gesprochen, er macht den Laden über den Winter mit dem jetzigen Team weiter. Eine Stelle gibt es also erst einmal nicht. Tut mir leid.
Schreibe zwischen zwei Patienten vom Handy, deshalb kurz: Die Stelle in der Praxis ist seit letzter Woche besetzt. Danke, dass Sie nachgefragt haben.
""",
        "rej_subject_only": """
SUBJECT: {role}: wir haben uns anders entschieden || Ich wollte, dass Sie das von einem Menschen hören und nicht von einem System. Danke für die Zeit, die Sie sich in den letzten Wochen für uns genommen haben.
SUBJECT: Leider keine Zusage || Danke, dass du so geduldig mit uns warst. Deine Nummer bleibt in meinem Handy.
SUBJECT: AW: {role} - nein, leider || Lange Geschichte, erzähl ich dir gern mal bei einem Kaffee.
""",
        "rej_filled_offer": """
Die Stelle als {role} wird durch eine Kollegin besetzt, die aus der Elternzeit zurückkommt. Eine externe Besetzung findet daher nicht statt, und Ihre Bewerbung ist damit abgeschlossen.
Gestern hat uns ein anderer Bewerber mündlich zugesagt. Das Gespräch über ein Angebot, das wir mit dir angefangen hatten, muss ich deshalb beenden. Ich weiß, wie ärgerlich das ist, und es tut mir leid.
Unsere erste Wahl hat heute Morgen das Angebot angenommen. Die Stelle als {role} ist damit besetzt, und wir führen Ihre Bewerbung nicht weiter.
Die Mittel für die Stelle als {role} sind in der Haushaltsrunde letzte Woche gestrichen worden, die Stelle gibt es nicht mehr. Das tut mir wirklich leid, mit dir hat das nichts zu tun.
""",
        "ack_selective": """
Ihre Bewerbung für unser Traineeprogramm ist eingegangen. Das Programm ist stark nachgefragt, im letzten Jahr kamen rund 2.800 Bewerbungen auf 20 Plätze. Bitte haben Sie daher etwas Geduld mit unserer Antwort.
Deine Bewerbung ist da! Nur damit du Bescheid weißt: Zum Gespräch kommt nur ein kleiner Teil, aber wir melden uns bei allen bis Monatsende.
Lebenslauf ist angekommen, danke! Ich sag's ehrlich, die Konkurrenz für die Stelle ist groß, aber ich lese jede Bewerbung am Wochenende selbst.
Eingangsbestätigung: Bewerbung als {role}, Kennziffer 2024-0317. Wegen der hohen Zahl an Bewerbungen kann die Prüfung bis zu sechs Wochen dauern. Wir informieren Sie über jeden Schritt.
Ihre Bewerbung liegt jetzt bei der Fachabteilung. Unser Auswahlverfahren ist anspruchsvoll, und die meisten Bewerbungen schaffen es nicht in die engere Wahl. Wenn Sie bis zum 30. Juni nichts hören, sind wir noch dabei; fragen Sie gern nach.
Danke für deine Bewerbung bei {company}. Ehrlich gesagt sagen wir in dieser Phase den meisten ab, gerade deshalb lesen wir genau. Deine Bewerbung liegt auf dem Stapel und wird diese Woche von einem Menschen gelesen.
Angekommen, danke. Unser Meister schaut sich die Bewerbungen immer montags an, danach hörst du von uns, so oder so.
Ihre Bewerbung auf die Stelle {role} wurde registriert. Die Auswahlkommission tritt nach Ende der Bewerbungsfrist am 15. März zusammen. Wegen der Vielzahl an Bewerbungen können wir vorher leider keine Einzelauskünfte geben.
Deine Bewerbung für die Pflegehilfe ist bei mir gelandet. Fehlende Erfahrung ist bei uns selten ein Grund, jemanden abzulehnen, mach dir da also keinen Kopf. Ich schau sie mir in Ruhe an und rufe dich nächste Woche an.
Bewerbung für {role} eingegangen. Status: in Prüfung. Während der laufenden Prüfung können wir leider keine Anfragen zum Stand einzelner Bewerbungen beantworten.
""",
        "inv_after_tough_call": """
Die Auswahl für die Stelle als {role} ist uns nicht leichtgefallen, es gab viele gute Bewerbungen. Sie gehören zu den vier, die wir persönlich kennenlernen möchten. Passt Ihnen Mittwoch um 10 oder Donnerstag um 14 Uhr?
Nach einer harten ersten Runde machen wir mit deiner Bewerbung weiter. Nächster Schritt: ein Videocall von 45 Minuten mit mir und der Teamleitung. Such dir über den Link einen Termin aus.
Leider hat uns ein Kandidat für Freitag kurzfristig abgesagt, dadurch ist ein Termin frei. Hätten Sie Lust, um 15 Uhr zum Vorstellungsgespräch zu kommen?
Eigentlich wollten wir die Stelle intern besetzen, aber deine Bewerbung hat uns umgestimmt. Komm doch nächste Woche auf einen Kaffee und ein Gespräch ins Hotel.
Wir haben bereits mit einigen Bewerberinnen und Bewerbern gesprochen, möchten aber auch Sie kennenlernen, bevor wir entscheiden. Hätten Sie am Montag Zeit für ein Telefonat?
Wir mussten in dieser Runde vielen absagen, aber du bist weiter: Wir laden dich zu einem Probetag auf der Baustelle und einem Gespräch mit dem Polier ein.
Entschuldigen Sie die lange Wartezeit, wir hatten sehr viele Bewerbungen. Die gute Nachricht: Die Partner möchten Sie kennenlernen. Passt Ihnen ein Vormittag in der nächsten Woche?
Die Auswahlkommission für {role} tagt am 12. Juni, und Sie sind in die engere Wahl gekommen. Bitte bestätigen Sie Ihre Teilnahme. Ein Ersatztermin kann leider nicht angeboten werden.
Viele fanden unser Fachgespräch bisher knackig, deshalb vorab: 60 Minuten, eine Pairing-Übung und Fragen zu einem System, das du gebaut hast. Dein Termin: Dienstag, 11 Uhr.
Nicht jeder darf bei uns zur Probe arbeiten, nimm das als gutes Zeichen: Kannst du am Samstag von 17 bis 21 Uhr in der Küche mitlaufen?
Von den Vorgängerinnen auf dieser Stelle sind zwei nach der Probezeit gegangen, deshalb sind wir diesmal besonders gründlich. Ich würde Sie trotzdem sehr gern kennenlernen: Donnerstag, 9 Uhr, bei uns in der Werkstatt.
""",
        "off_with_unfortunately": """
Ich freue mich sehr, Ihnen die Stelle als {role} anbieten zu können. Ihre Gehaltsvorstellung können wir leider nicht ganz erfüllen, mehr als 48.000 Euro sind nicht drin, dafür bieten wir eine Überprüfung nach sechs Monaten an. Das schriftliche Angebot hängt an.
Wir möchten dich einstellen! Einziger Haken: Wegen der Umbauarbeiten kannst du nicht vor dem 1. Oktober anfangen, es gäbe also eine kurze Wartezeit.
Vertragsangebot {role}. Das besprochene Umzugspaket wurde leider nicht genehmigt, alle anderen Bedingungen gelten wie vereinbart: 32 Stunden pro Woche, unbefristet, Beginn am 3. März.
Glückwunsch, du hast den Job. Sorry, dass es nicht schneller ging; der Vertrag kommt bis Freitag von der Personalabteilung.
Die Kommission hat einstimmig Ihre Einstellung als {role} empfohlen. Die Stelle ist leider auf 18 Monate befristet, da die Finanzierung darüber hinaus noch nicht gesichert ist. Bitte teilen Sie mir bis Montag mit, ob Sie annehmen.
Du bist dabei! Wir hätten dich gern in der Küche. Beim Lohn bleibt es bei dem, was wir gesagt haben, aber du hast jeden Sonntag frei, danach hattest du ja gefragt.
Es ist ein Ja: Wir möchten Sie als {role} im Team. Ihr Laptop kommt leider erst in der zweiten Woche, bringen Sie für die ersten Tage also nach Möglichkeit Ihren eigenen mit.
Nach Ihrem Gespräch freue ich mich, Ihnen einen Platz in unserem Traineeprogramm anzubieten. Ihr Wunschstandort Hamburg ist leider voll, deshalb bieten wir Ihnen einen Platz in Leipzig an.
Wir möchten dir ein Angebot machen. Es ist nicht die Zahl, die du dir erhofft hast, das tut mir leid, aber vielleicht macht die Vier-Tage-Woche das wett. Details im Anhang, schau's dir an und ruf mich an.
Einen Firmenwagen gibt es für die Stelle leider nicht, aber sonst ist alles klar: Sie fangen am 1. als unser neuer {role} an. Willkommen im Betrieb!
""",
        "oth_same_words": """
Im Newsletter dieser Woche: Wie Sie mit Absagen umgehen, ohne den Schwung zu verlieren. Ein Nein nach der letzten Runde tut weh; unsere Karriereberaterin zeigt fünf Wege, wie daraus Ihr nächstes Angebot wird.
Ich bin auf Ihr Profil gestoßen und glaube, Sie könnten gut zu einer Stelle als {role} bei einem meiner Kunden passen, einem familiengeführten Logistikunternehmen. Eine Bewerbung ist noch nicht nötig. Hätten Sie diese Woche 15 Minuten für ein Telefonat?
Jonas Weber hat Sie bei seiner Bewerbung bei {company} als Referenz angegeben. Hätten Sie zehn Minuten, um uns ein paar Fragen zur Zusammenarbeit mit ihm zu beantworten?
Wie war dein Bewerbungsprozess bei uns? Ob Zusage oder Absage, erzähl es uns in einer Zwei-Minuten-Umfrage. Das hilft uns, mit Bewerbern besser umzugehen.
Leider ist unser Büro vom 23. Dezember bis 2. Januar geschlossen. Bewerbungen, die in dieser Zeit eingehen, bearbeiten wir im neuen Jahr.
Das Passwort für dein Konto im Karriereportal von {company} wurde geändert. Falls du das nicht warst, setze es über den Link unten zurück.
Neue Jobs für Ihre Suche: {role} (3 neu), Projektkoordination (1 neu). Gestern gab es keine Treffer, deshalb haben wir die Suche etwas erweitert.
Erinnerung: Du hast deine Bewerbung für {role} angefangen, aber noch nicht abgeschickt. Dein Entwurf wird in 7 Tagen gelöscht.
Hallo, ich schreibe einen Artikel darüber, wie Bewerberinnen und Bewerber Absagen erleben, und würde gern deine Geschichte hören. Anonym, dauert zehn Minuten, ganz ohne Druck.
Danke für Ihren Besuch bei unserem Karriereabend. Die Folien, auch der Teil zum Umgang mit einer erfolglosen Bewerbung, stehen jetzt zum Download bereit.
Erinnerung vom Jobcenter Nordstadt: Bitte tragen Sie Ihre Bewerbungsaktivitäten des letzten Monats bis zum 15. im Portal ein, auch Absagen und noch offene Bewerbungen.
""",
    },
    "fr": {
        "rej_plain_words": """
J'ai lu votre candidature pour le poste de {role} et je ne vais pas y donner suite. Nous sommes une petite entreprise de plomberie, il me faut quelqu'un qui peut partir seul sur un chantier dès la première semaine.
Je suis la gérante de la boulangerie, alors je vous réponds moi-même : ce ne sera pas vous. Rien à redire sur votre parcours, mais j'ai besoin de quelqu'un à 5 h du matin, et vous m'aviez dit que ce n'était pas possible.
Après avoir relu votre dossier avec la cadre de santé, nous avons décidé de ne pas vous prendre en gériatrie. Les nuits y sont tenues par une seule infirmière et nous cherchons quelqu'un qui a déjà fait des nuits en EHPAD.
Pour faire court : c'est non pour le poste de {role}. Pour faire long : 180 candidatures pour un poste, j'ai dû en garder cinq, et la tienne n'en faisait pas partie. Je sais que c'est dur après tout le travail que tu y as mis.
Les associés ont passé en revue jeudi les candidats au poste de {role}. Nous n'irons pas plus loin avec vous : le cabinet a choisi de privilégier des profils déjà inscrits à l'Ordre.
Tu n'auras pas la place d'apprenti chez {company}. On l'a donnée à quelqu'un qui a fait son stage de troisième chez nous, ça nous paraissait juste.
Désolée Alex, le poste de {role} ne sera pas pour toi. Je me suis battue pour ton profil, mais le budget ne permet qu'un profil plus junior et les fondateurs ont tranché hier soir.
Je ne peux pas vous prendre en thèse cette année : mon équipe est complète, et votre projet relève davantage du laboratoire de Mme Haddad, à qui je vous conseille d'écrire de ma part.
La mission chez notre client logisticien a été confiée à un autre intérimaire qui habite à côté du site. Je ne vous oublie pas, mais pour celle-ci c'est non.
""",
        "rej_after_news": """
Le mois a été chargé : on a ouvert la deuxième brasserie sur le port, notre chef est parti s'installer en Bretagne et on a refait toute la carte. Entre deux services j'ai enfin lu les candidatures. Pour vous ce sera non, il nous faut quelqu'un qui a déjà tenu un coup de feu à 200 couverts.
Petit point sur la situation chez {company} : le rachat par notre partenaire belge a été finalisé la semaine dernière et l'entrepôt de Roissy est en pleine réorganisation. Le poste de {role} est fusionné avec un poste existant ; nous ne poursuivons donc pas votre candidature.
La rentrée s'est bien passée, la nouvelle salle de sciences est enfin chauffée et nous avons accueilli quatre collègues. Avant que l'année ne nous emporte, je voulais revenir vers vous pour le poste de {role} : le jury a décidé de ne pas vous recevoir en entretien.
Depuis notre échange, le conseil d'administration a voté le budget et nous avons signé deux clients à Hambourg. Bonne nouvelle pour nous, mais le poste demande désormais un allemand courant, donc j'arrête là ta candidature.
Le permis de construire de la résidence de Villeurbanne est enfin tombé mardi, et on recrute à tour de bras. Je voulais quand même que vous l'appreniez par moi et pas par un logiciel : on ne vous prend pas comme {role}. Le conducteur de travaux veut quelqu'un avec plusieurs années de gros œuvre.
Ma mère a repris la caisse après son opération, les fêtes ont bien marché et on a enfin refait la vitrine. Comme elle est revenue, on n'a plus besoin du renfort qu'on avait annoncé. Je suis désolé, mais il n'y a finalement pas de poste.
""",
        "rej_one_liner": """
Désolé, le poste est pris. Bonne continuation !
Pas cette fois, désolée. Envoyé de mon iPhone
On part sur un autre profil. Merci quand même pour ta visite.
Ça ne s'est pas fait, on a pris quelqu'un du village. Bonne chance. Didier
Poste pourvu, désolé pour la réponse tardive.
Petit mot rapide : on ne donne pas suite pour {role}, on règle ça en interne. Bonne soirée
""",
        "rej_call_next_step": """
Merci pour notre appel de mardi, j'ai beaucoup aimé vous entendre parler de votre mission à l'épicerie solidaire. J'en ai parlé avec l'équipe et nous n'allons pas vous proposer de second entretien : la personne retenue a déjà coordonné un réseau de bénévoles de la même taille.
On avait parlé d'organiser une rencontre avec notre directrice la semaine prochaine, mais je dois l'annuler : nous avons fait une proposition à une autre candidate et elle l'a acceptée.
L'étape suivante aurait été une journée d'essai en cuisine, mais après discussion avec le chef, on ne va pas te la proposer. On préfère attendre quelqu'un qui a plus d'expérience en pâtisserie.
Je peux vous appeler si vous voulez qu'on en parle, mais je préférais vous l'écrire d'abord : nous n'avançons pas avec votre candidature au poste de {role}.
Nous avons fait une offre pour le poste de {role} cette semaine, et ce n'était pas à vous, je suis désolée. Vous étiez deuxième sur notre liste, et je tenais à vous dire que ça s'est joué à peu de chose.
Votre entretien de jeudi est annulé : le service a décidé de pourvoir le poste de {role} en interne. Vous pouvez supprimer l'invitation de votre agenda.
Merci d'avoir tenu bon sur trois tours d'entretiens. La décision est prise et ce n'est pas vous, mais je tiens à faire l'appel de retour de 20 minutes que je vous avais promis. Proposez-moi un créneau.
""",
        "rej_pool_future": """
Nous avons bien reçu votre candidature au poste de {role} et nous l'avons lue attentivement. Nous ne la retenons pas pour ce recrutement, mais je vous ai ajouté à notre vivier et je vous recontacterai directement si un poste orienté événementiel s'ouvre au printemps.
Une nouvelle promo de {role} démarre en septembre et tu pourras repostuler à ce moment-là. Pour la session actuelle, en revanche, on n'a pas de place pour toi.
Votre dossier est bien arrivé et il a été étudié. Nous n'allons pas plus loin pour ce poste. Sauf opposition de votre part, nous conserverons votre CV deux ans ; il suffit de répondre à ce message pour qu'il soit supprimé.
J'aimerais vraiment travailler avec toi un jour, mais pas sur ce poste : on l'a confié à quelqu'un d'autre. J'ai noté de t'appeler quand la deuxième maison de retraite ouvrira l'an prochain.
Nous constituons un vivier pour les futures ouvertures chez {company} et j'aimerais vous y inclure. Pour le poste de {role} lui-même, en revanche, la réponse est non.
""",
        "rej_feedback": """
Vous m'aviez demandé un retour, le voici sans détour : sur la partie budgétaire vous étiez très solide, mais vous n'avez pas su donner d'exemple concret de conflit avec un locataire, et c'est l'essentiel du métier. Nous ne vous proposerons donc pas le poste.
Le jury a bien noté ta présentation, mais l'étude de cas écrite était en dessous des autres, surtout parce que le chiffrage manquait. C'est pour ça qu'on ne te garde pas pour la suite. Travaille ce point et tu auras tes chances ailleurs.
Un retour honnête, puisque vous le demandiez : vous avez paru très compétent·e, mais hésitant·e sur le travail le week-end, et la réception tourne tous les samedis et dimanches. Nous avons donc choisi une autre personne.
Ton book est superbe, mais c'est presque uniquement du print, et le poste est à 90 % digital. C'est la principale raison pour laquelle on ne retient pas ta candidature pour l'instant.
J'ai échangé avec les deux collègues qui ont assisté à votre leçon d'essai. Elles ont apprécié votre énergie, mais la classe a décroché en deuxième partie ; nous ne vous recruterons donc pas. Je peux vous transmettre leurs notes si cela vous aide.
""",
        "rej_formal_office": """
Réf. RH/2024/118, {role}. Après examen de votre dossier au regard des critères de la fiche de poste, votre candidature n'a pas été retenue pour la phase d'entretiens. Vous pouvez demander la communication des motifs dans un délai de deux mois.
Le comité de sélection de l'UFR de Lettres a achevé l'examen des dossiers pour le poste de maître de conférences. J'ai le regret de vous informer que votre candidature n'a pas été retenue pour l'audition.
Conformément à la procédure de recrutement de la collectivité, nous vous informons que votre candidature au poste de {role} n'a pas été retenue à l'issue de la présélection. Vos données seront conservées six mois, puis détruites.
Le centre hospitalier a clôturé la présélection pour le poste cité en objet. Vous n'êtes pas convoqué(e) à l'entretien. Pour information, 212 candidatures ont été reçues.
Madame, Monsieur, le recrutement au poste de {role} (offre n° 45-221) est clos et votre candidature n'a pas été retenue. Votre dossier papier vous sera retourné par courrier.
""",
        "rej_in_reply": """
Merci de la relance, et désolé que tu aies dû la faire. Pour être franc, on a choisi quelqu'un d'autre il y a deux semaines et j'aurais dû te le dire tout de suite.
Bonne question, et vous méritez une réponse : le poste de {role} ne se fera pas avec vous. Le client a choisi vendredi un candidat présenté par un autre cabinet.
Bonjour Alex, oui, la décision est prise, et elle n'est pas en ta faveur. Désolée pour ce long silence.
Suite à votre mail de lundi : j'en ai parlé avec M. Garnier, il garde la boutique avec l'équipe actuelle cet hiver. Il n'y a donc pas de poste pour l'instant. Navrée d'être celle qui vous l'annonce.
Je vous réponds depuis mon téléphone entre deux patients, donc en bref : le poste au cabinet a été pourvu la semaine dernière. Merci d'avoir relancé.
""",
        "rej_subject_only": """
SUBJECT: {role} : nous avons choisi une autre personne || Je voulais que vous l'appreniez par quelqu'un plutôt que par un message automatique. Merci encore pour le temps que vous nous avez consacré ces dernières semaines.
SUBJECT: Ta candidature : pas de suite || Merci d'avoir été aussi patient·e avec nous. Je garde ton numéro.
SUBJECT: RE: {role} - non, désolé || Longue histoire, je te raconte autour d'un café un de ces jours.
""",
        "rej_filled_offer": """
Le poste de {role} sera finalement occupé par une collègue qui revient de congé maternité ; il n'y aura donc pas de recrutement externe et votre candidature est close.
Un autre candidat nous a donné son accord hier par téléphone, je dois donc arrêter la discussion sur la proposition que nous avions commencée avec toi. Je sais que c'est frustrant et j'en suis désolé.
Notre premier choix a accepté la proposition ce matin. Le poste de {role} est donc pourvu et nous ne donnons pas suite à votre candidature.
Le financement du poste de {role} a sauté lors de l'arbitrage budgétaire de la semaine dernière : le poste n'existe plus. Sincèrement désolée, vous n'y êtes pour rien.
""",
        "ack_selective": """
Nous avons bien reçu votre candidature à notre programme jeunes diplômés. Il est très demandé, l'an dernier près de 2 500 candidatures pour 20 places, ne vous inquiétez donc pas si notre réponse prend quelques semaines.
Ta candidature est bien arrivée ! Pour que tu saches à quoi t'attendre : seule une petite partie des candidats est reçue en entretien, mais on répond à tout le monde avant la fin du mois.
CV bien reçu, merci ! Je ne vais pas vous mentir, nous recevons beaucoup de très bons profils pour ce poste, mais je lirai chaque candidature moi-même ce week-end.
Accusé de réception : candidature au poste de {role}, référence 2024-0317. En raison du nombre élevé de candidatures, l'étude peut prendre jusqu'à six semaines. Nous vous tiendrons informé(e) à chaque étape.
Votre candidature est désormais entre les mains du service concerné. Notre processus est sélectif et la majorité des dossiers ne sont pas retenus pour un entretien ; sans nouvelles de notre part au 30 juin, c'est que l'étude est toujours en cours.
Merci d'avoir postulé chez {company}. Autant être transparents : nous écartons la plupart des candidatures à cette étape, c'est pourquoi nous les lisons avec soin. La tienne est dans la pile et une vraie personne la lira cette semaine.
Bien reçu, merci. Le chef lit les candidatures le lundi, tu auras donc une réponse après, que ce soit oui ou non.
Votre candidature au poste de {role} a été enregistrée. La commission se réunira après la date limite du 15 mars. Compte tenu du volume de candidatures, nous ne pouvons malheureusement pas répondre aux demandes individuelles avant cette date.
Je te confirme que j'ai bien reçu ta candidature pour le poste d'aide-soignant(e). Le manque d'expérience est rarement une raison de refus chez nous, donc pas d'inquiétude : je regarde ton dossier tranquillement et je t'appelle la semaine prochaine.
Candidature reçue pour {role}. Statut : en cours d'examen. Nous ne pouvons malheureusement pas répondre aux questions sur l'avancement des candidatures pendant cette phase.
""",
        "inv_after_tough_call": """
Le choix a été difficile pour le poste de {role}, tant les candidatures étaient bonnes. Vous faites partie des quatre personnes que nous souhaitons rencontrer. Seriez-vous disponible mercredi à 10 h ou jeudi à 14 h ?
Après un premier tri assez serré, on a décidé de continuer avec toi. Prochaine étape : un entretien vidéo de 45 minutes avec moi et la responsable des opérations. Choisis un créneau avec le lien ci-dessous.
Malheureusement, le candidat prévu vendredi s'est désisté, ce qui libère un créneau : pourriez-vous venir en entretien à 15 h ?
Franchement, on pensait pourvoir le poste en interne, mais ta candidature nous a fait changer d'avis. On aimerait te rencontrer à l'hôtel la semaine prochaine.
Nous avons déjà rencontré plusieurs candidats pour ce poste, mais nous aimerions aussi vous voir avant de décider. Seriez-vous libre lundi pour un échange téléphonique ?
La décision n'a pas été simple, on a dû dire non à beaucoup de monde à ce stade, mais on t'invite au second tour : un exercice pratique sur le chantier et un échange avec le chef de chantier.
Désolée pour le délai, nous avions énormément de dossiers à étudier. Bonne nouvelle : les associés souhaitent vous rencontrer. Une matinée de la semaine prochaine vous conviendrait-elle ?
Le jury pour le poste de {role} se réunira le 12 juin et vous êtes convoqué(e). Merci de confirmer votre présence par retour de mail. Aucune autre date ne pourra malheureusement être proposée.
Les candidats précédents ont trouvé notre entretien technique exigeant, alors voici à quoi t'attendre : 60 minutes, un exercice en binôme et des questions sur un système que tu as construit. Ton créneau : mardi 11 h.
Tout le monde n'est pas invité à une journée d'essai, alors prends-le comme un bon signe : tu peux venir samedi de 17 h à 21 h travailler avec l'équipe ?
Sur 300 dossiers, nous en avons écarté la grande majorité et la suite reste exigeante, mais nous souhaitons vous voir : centre d'évaluation le 14 mai à 9 h 30, dans nos locaux de Lille.
""",
        "off_with_unfortunately": """
J'ai le plaisir de vous proposer le poste de {role}. Malheureusement, nous ne pouvons pas aller jusqu'au salaire demandé, le maximum est 38 000 € brut par an, mais nous prévoyons une révision au bout de six mois. La promesse d'embauche est en pièce jointe.
On aimerait t'embaucher ! Seul bémol : à cause des travaux, tu ne pourras pas commencer avant le 1er octobre, il y aurait donc un peu d'attente.
Proposition d'embauche, {role}. Hélas, l'aide à la mobilité évoquée n'a pas été validée, mais toutes les autres conditions restent celles convenues : 32 heures par semaine, CDI, prise de poste le 3 mars.
Félicitations, le poste est à toi. Désolé d'avoir mis autant de temps ; le contrat arrive des RH d'ici vendredi.
Le jury a recommandé à l'unanimité votre recrutement. Le poste est malheureusement un CDD de 18 mois, le financement au-delà n'étant pas encore garanti. Pouvez-vous me dire d'ici lundi si vous acceptez ?
C'est oui ! On veut te voir en cuisine. Pour le salaire, désolé, on reste sur ce qu'on avait dit, mais tu auras tous tes dimanches, comme tu l'avais demandé.
Bonne nouvelle : nous souhaitons vous accueillir comme {role}. Par contre, votre ordinateur n'arrivera que la deuxième semaine, donc si possible apportez le vôtre les premiers jours.
Suite à votre entretien, j'ai le plaisir de vous proposer une place dans notre programme jeunes diplômés. Votre premier choix, Lyon, est malheureusement complet ; nous vous proposons donc Nantes.
On voudrait te faire une proposition. Ce n'est pas le chiffre que tu espérais et j'en suis désolé, mais j'espère que la semaine de quatre jours compense. Tout est en pièce jointe, regarde et appelle-moi.
Je regrette de ne pas pouvoir vous garantir une place de parking, mais pour le reste tout est calé : vous rejoignez l'équipe comme {role} à partir du 2. Bienvenue !
""",
        "oth_same_words": """
Au sommaire de la newsletter : comment rebondir après un refus. Un non après le dernier entretien, ça fait mal ; notre coach carrière partage cinq pistes pour en faire le point de départ de votre prochaine offre.
Je suis tombée sur votre profil et je pense que vous correspondriez bien à un poste de {role} chez l'un de mes clients, une PME familiale de transport. Pas besoin de postuler pour l'instant : auriez-vous 15 minutes cette semaine pour un appel ?
Camille Perrin vous a indiqué comme référence dans sa candidature chez {company}. Pourriez-vous nous accorder dix minutes pour répondre à quelques questions sur votre collaboration ?
Votre avis compte : que vous ayez été retenu(e) ou non, dites-nous en deux minutes comment s'est passé votre recrutement. Cela nous aide à mieux traiter les candidats.
Malheureusement, nos bureaux seront fermés du 23 décembre au 2 janvier. Les candidatures reçues pendant cette période seront traitées à la rentrée.
Le mot de passe de votre compte sur l'espace carrières de {company} a été modifié. Si vous n'êtes pas à l'origine de ce changement, réinitialisez-le via le lien ci-dessous.
Nouvelles offres pour votre recherche : {role} (3 nouvelles), chargé(e) de projet (1 nouvelle). Aucun résultat hier, nous avons donc un peu élargi la recherche.
Rappel : ta candidature pour {role} n'est pas terminée. Ton brouillon sera supprimé dans 7 jours.
Bonjour, je prépare un article sur la façon dont les candidats vivent les mails de refus, et j'aimerais beaucoup entendre ton histoire. C'est anonyme et ça prend 10 minutes, sans aucune obligation.
Merci d'être venu(e) à notre soirée métiers. Les diapositives, y compris la partie sur que faire après une candidature non retenue, sont disponibles au téléchargement.
Votre conseillère de l'agence Emploi Avenir vous propose l'atelier « Rebondir après un refus » le 12 mars à 14 h. Merci de confirmer votre présence avant le 8.
""",
    },
    "es": {
        "rej_plain_words": """
He leído tu candidatura para {role} y no voy a seguir adelante con ella. Somos un taller de carpintería de tres personas y necesito a alguien que ya sepa manejar la escuadradora sin que nadie esté encima.
Soy la dueña del hostal, así que te contesto yo: no te voy a coger para la temporada. Tu currículum está bien, pero busco a alguien que viva en el pueblo y pueda cubrir noches.
Hemos revisado su solicitud con la supervisora de planta y hemos decidido no contar con usted para la unidad de paliativos. Buscamos a alguien que ya haya acompañado a pacientes al final de la vida.
Te lo digo sin rodeos: esta vez no. Llegaron más de 300 currículums para una sola plaza de {role}, me quedé con seis y el tuyo no estaba entre ellos. Sé que fastidia.
Los socios del despacho revisaron el jueves la lista de candidatos para {role} y no vamos a continuar con usted; en esta ocasión se da prioridad a abogados colegiados con al menos tres años de ejercicio.
No te podemos dar la plaza de prácticas en {company}. Se la hemos dado a una chica que ya hizo el voluntariado de verano con nosotros, y nos pareció lo justo.
Lo siento, Alex, el puesto de {role} no va a ser para ti. Peleé por tu perfil, pero el presupuesto solo da para alguien más junior y los fundadores lo cerraron anoche.
No puedo aceptarte como doctorando este curso: el grupo está completo y tu propuesta encaja mucho mejor con la línea de la doctora Ferrer. Escríbele a ella y dile que vas de mi parte.
La cooperativa ya ha completado la cuadrilla para la vendimia, así que esta vez no te vamos a llamar. Si el año que viene quieres repetir, avisa en julio.
""",
        "rej_after_news": """
Han sido semanas de locos: abrimos el segundo local en la Barceloneta, el jefe de cocina se nos fue a Mallorca y rehicimos la carta entera. Entre servicio y servicio por fin miré las candidaturas, y contigo no vamos a seguir: necesitamos a alguien que ya haya llevado una barra con 150 cubiertos.
Le pongo al día: la fusión con nuestro socio de Valencia se cerró la semana pasada y el almacén de Getafe se está reorganizando. El puesto de {role} al que se presentó se integra en uno que ya existe, por lo que no continuaremos con su candidatura.
Empezó el curso, por fin funciona la calefacción del pabellón nuevo y se han incorporado cuatro profesores. Antes de que nos coma el trimestre, quería escribirle sobre la plaza de {role}: la comisión ha decidido no llamarle a entrevista.
Desde que hablamos, el patronato aprobó el presupuesto y firmamos dos proyectos nuevos en Guatemala. Bien para la fundación, pero eso cambia el perfil: ahora hay que vivir allí, así que doy por cerrado tu proceso.
Por fin nos dieron la licencia de obra de las viviendas de Alcalá y estamos contratando a toda prisa. Aun así, quería que lo supiera por mí y no por un programa: no le vamos a coger como {role}. El jefe de obra quiere a alguien con años de estructura a sus espaldas.
Al final el cliente ha decidido no abrir la segunda tienda en Zaragoza y, con eso, el puesto de encargado desaparece. Lo siento muchísimo, me hacía ilusión contar contigo, pero ya no hay vacante.
""",
        "rej_one_liner": """
Perdona, la plaza ya está cubierta. ¡Suerte!
Esta vez no ha podido ser. Enviado desde mi iPhone
Al final nos quedamos con otra persona. Gracias por venir igualmente.
No salió lo del puesto, cogimos a alguien del barrio. Un abrazo, Paco
Puesto cubierto, disculpa la tardanza en contestar.
Rápido: lo de {role} no sigue, lo resolvemos internamente. Saludos
""",
        "rej_call_next_step": """
Gracias por la llamada del martes, me gustó mucho escucharle hablar de su trabajo en el comedor social. Lo he comentado con el equipo y no vamos a pasarle a la segunda entrevista: la persona elegida ya coordinaba una red de voluntarios parecida.
Habíamos quedado en organizar una reunión con nuestra directora la semana que viene, pero tengo que cancelarla: le hicimos una oferta a otra candidata y la ha aceptado.
El siguiente paso sería una prueba en cocina, pero después de hablar con el chef no te la vamos a ofrecer. Preferimos esperar a alguien con más experiencia en repostería.
Si quiere lo hablamos por teléfono, pero prefería dejarlo por escrito primero: no seguimos adelante con su candidatura para {role}.
Esta semana hicimos una oferta para {role}, y no fue a ti, lo siento. Estabas en el segundo puesto de la lista y quería que supieras que fue muy ajustado.
Su entrevista del jueves queda anulada: el departamento ha decidido cubrir el puesto de {role} por promoción interna. Puede borrar la convocatoria de su calendario.
Gracias por aguantar tres rondas con nosotros. Ya hemos decidido y no ha sido a tu favor, pero la llamada de veinte minutos para darte feedback sigue en pie. Dime qué hora te viene bien.
""",
        "rej_pool_future": """
Recibimos tu candidatura para {role} y la leímos con calma. No es la que vamos a elegir, pero te he metido en nuestra bolsa de talento y te escribiré yo directamente si en primavera sale algo de eventos.
En septiembre abrimos otra convocatoria de {role} y podrás presentarte de nuevo. En esta, sin embargo, no te podemos ofrecer plaza.
Su currículum nos llegó correctamente y lo hemos valorado. Para esta vacante no vamos a continuar. Salvo que nos indique lo contrario, lo conservaremos un año en nuestra base de datos; basta con responder a este correo para que lo borremos.
Me encantaría trabajar contigo algún día, pero no en este puesto: se lo hemos dado a otra persona. Me he apuntado que te llame cuando abramos la segunda residencia el año que viene.
Estamos formando una bolsa para futuras vacantes en {company} y me gustaría incluirle. Para el puesto de {role} en concreto, lamento decirle que la respuesta es no.
""",
        "rej_feedback": """
Me pidió una valoración, así que se la doy tal cual: en la parte de presupuestos estuvo muy bien, pero no supo darnos un ejemplo concreto de conflicto con un inquilino, y eso es el día a día del puesto. Por eso no le ofrecemos la plaza.
Tu presentación gustó al tribunal, pero el caso práctico escrito quedó por debajo del resto, sobre todo porque faltaba el desglose de costes. Por eso no pasas a la siguiente fase. Trabaja ese punto y tendrás opciones en otro sitio.
Un comentario sincero, ya que lo pregunta: nos pareció una persona muy capaz, pero con dudas sobre los fines de semana, y recepción abre todos los sábados y domingos. Hemos elegido a otra persona.
Tu portafolio es precioso, pero casi todo es impreso y el puesto es un 90 % digital. Es el principal motivo por el que de momento no seguimos contigo.
Hablé con las dos profesoras que vieron su clase de prueba. Les gustó su energía, pero en la segunda mitad el grupo se le fue, así que no vamos a contratarle. Si le sirve, le paso sus notas.
""",
        "rej_formal_office": """
Ref. RRHH/2024/118, {role}. Una vez valorados los méritos conforme a las bases de la convocatoria, su solicitud no ha superado la fase de concurso. Contra esta resolución podrá interponer recurso de alzada en el plazo de un mes.
La comisión de selección del Departamento de Historia ha concluido la valoración de las solicitudes para la plaza de profesor ayudante doctor. Lamento comunicarle que su solicitud no ha sido seleccionada para la fase de entrevista.
De acuerdo con el procedimiento de selección del Ayuntamiento, le comunicamos que su solicitud para la plaza de {role} no ha superado la fase de preselección. Sus datos se conservarán durante seis meses y después serán eliminados.
El hospital ha finalizado la preselección de la plaza de referencia. No ha sido convocado/a a entrevista. A título informativo, se recibieron 212 solicitudes.
Estimado/a candidato/a: el proceso de selección para {role} (vacante n.º 45-221) ha finalizado y su candidatura no ha resultado seleccionada. La documentación original le será devuelta por correo postal.
""",
        "rej_in_reply": """
Gracias por escribir, y perdona que hayas tenido que hacerlo tú. La verdad es que elegimos a otra persona hace dos semanas y tendría que habértelo dicho entonces.
Buena pregunta, y le debo una respuesta: el puesto de {role} no va a salir con usted. El cliente se decidió el viernes por un candidato de otra consultora.
Hola Alex, sí, ya hay decisión y no ha sido a tu favor. Siento haber tardado tanto en contestarte.
Sobre su correo del lunes: lo hablé con don Ramón y va a seguir este invierno con el personal que tiene, así que por ahora no hay puesto. Siento ser yo quien se lo diga.
Le contesto desde el móvil entre paciente y paciente, así que breve: la plaza de la consulta se cubrió la semana pasada. Gracias por interesarse.
""",
        "rej_subject_only": """
SUBJECT: {role}: hemos elegido a otra persona || Quería que lo supiera por alguien de carne y hueso y no por un correo automático. Gracias otra vez por el tiempo que nos ha dedicado estas semanas.
SUBJECT: Tu candidatura: no seguimos || Gracias por tener tanta paciencia con nosotros. Tu número se queda en mi agenda.
SUBJECT: RE: {role} - no, lo siento || Es una historia larga, te la cuento un día con un café.
""",
        "rej_filled_offer": """
La plaza de {role} la ocupará finalmente una compañera que vuelve de su baja por maternidad, así que no habrá contratación externa y su candidatura queda cerrada.
Ayer otro candidato nos dijo que sí por teléfono, así que tengo que cortar la conversación sobre la oferta que habíamos empezado contigo. Sé que es frustrante y lo siento de verdad.
Nuestra primera opción ha aceptado la oferta esta mañana. El puesto de {role} queda cubierto y no seguiremos con su candidatura.
La financiación del puesto de {role} se recortó en la revisión presupuestaria de la semana pasada, así que el puesto ya no existe. Lo siento de veras, no tiene nada que ver con usted.
""",
        "ack_selective": """
Hemos recibido tu solicitud para el programa de becas. Es muy solicitado (el año pasado recibimos unas 4.000 solicitudes para 30 plazas), así que no te preocupes si tardamos unas semanas en responder.
¡Tu candidatura ha llegado! Para que sepas qué esperar: solo una parte pequeña pasa a entrevista, pero contestamos a todo el mundo antes de fin de mes.
Recibido tu CV, ¡gracias! No te voy a engañar, están llegando muchos perfiles buenos para el puesto de {role}, pero los voy a leer todos yo misma este fin de semana.
Acuse de recibo: candidatura para {role}, referencia 2024-0317. Debido al elevado número de solicitudes, la revisión puede tardar hasta seis semanas. Le informaremos en cada fase.
Su candidatura ya está en manos del departamento. Nuestro proceso es exigente y la mayoría de los perfiles no pasa a entrevista; si el 30 de junio no ha tenido noticias nuestras, es que seguimos valorándola.
Gracias por presentarte a {company}. Preferimos ser claros: en esta fase descartamos a la mayoría, y por eso leemos con atención. Tu candidatura está en la cola y la va a leer una persona esta semana.
Recibido, gracias. El encargado mira los currículums los lunes, así que después te decimos algo, sea sí o no.
Su solicitud para la plaza de {role} ha quedado registrada. La comisión se reunirá tras el cierre del plazo, el 15 de marzo. Dado el volumen de solicitudes, lamentablemente no podemos atender consultas individuales antes de esa fecha.
Te confirmo que me ha llegado tu candidatura para auxiliar de geriatría. Aquí la falta de experiencia casi nunca es motivo para descartar a nadie, así que tranquilidad: la miro con calma y te llamo la semana que viene.
Candidatura recibida para {role}. Estado: en revisión. Lamentablemente no podemos responder a consultas sobre el estado de las candidaturas mientras dure esta fase.
""",
        "inv_after_tough_call": """
Nos ha costado mucho hacer la criba para {role}, había candidaturas muy buenas. Usted es una de las cuatro personas a las que queremos conocer. ¿Le va bien el miércoles a las 10 o el jueves a las 16?
Tras una primera ronda bastante dura, seguimos contigo. Siguiente paso: una videollamada de 45 minutos conmigo y con la responsable de operaciones. Elige hueco en el enlace de abajo.
Por desgracia, el candidato del viernes se ha caído, así que queda un hueco libre: ¿podría venir a una entrevista a las 15:00?
Te soy sincero: pensábamos cubrirlo internamente, pero tu candidatura nos ha hecho cambiar de idea. Nos gustaría verte en el hotel la semana que viene.
Ya hemos hablado con varios candidatos, pero queremos conocerle también antes de decidir. ¿Tendría un rato el lunes para una llamada?
No fue una decisión fácil, tuvimos que decir que no a mucha gente en esta fase, pero te invitamos a la segunda ronda: una prueba práctica en la obra y una charla con el encargado.
Perdone la demora, hemos tenido muchísimas solicitudes. La buena noticia: los socios quieren conocerle. ¿Le vendría bien alguna mañana de la semana que viene?
El tribunal para {role} se reunirá el 12 de junio y usted ha sido preseleccionado/a. Le rogamos confirme su asistencia respondiendo a este correo. Lamentablemente no será posible fijar otra fecha.
A otros candidatos nuestra entrevista técnica les ha parecido dura, así que te cuento qué esperar: 60 minutos, un ejercicio en pareja y preguntas sobre un sistema que hayas construido. Tu hueco: martes a las 11:00.
No a todo el mundo le hacemos prueba, así que tómatelo como buena señal: ¿puedes venir el sábado de 17 a 21 a trabajar con el equipo?
Ya sé que te dijeron que este año no contratábamos a nadie de fuera, y era verdad hasta el lunes. Ha cambiado la cosa y queremos verte: ¿te viene bien el jueves a las 12 en el taller?
""",
        "off_with_unfortunately": """
Me alegra mucho ofrecerle el puesto de {role}. Lamentablemente no llegamos al salario que pidió, lo máximo son 30.000 € brutos anuales, pero podemos revisarlo a los seis meses. Le adjunto la oferta por escrito.
¡Queremos contratarte! La única pega: por las obras no podrás empezar antes del 1 de octubre, así que habría un poco de espera.
Oferta de empleo, {role}. Por desgracia, la ayuda para el traslado que comentamos no se ha aprobado, pero el resto de condiciones se mantiene: 32 horas semanales, contrato indefinido, incorporación el 3 de marzo.
Enhorabuena, el puesto es tuyo. Siento que hayamos tardado tanto; el contrato te llega de RR. HH. antes del viernes.
La comisión ha propuesto por unanimidad su contratación. Por desgracia el contrato es de 18 meses, porque la financiación posterior aún no está confirmada. ¿Me puede decir antes del lunes si acepta?
¡Estás dentro! Te queremos en cocina. Con el sueldo, lo siento, nos quedamos en lo que hablamos, pero tendrás todos los domingos libres, como pediste.
Buenas noticias: queremos que se incorpore como {role}. Eso sí, el portátil no llegará hasta la segunda semana, así que si puede traiga el suyo los primeros días.
Tras su entrevista, me complace ofrecerle una plaza en nuestro programa de graduados. Lamentablemente su primera opción, Madrid, está completa, así que le ofrecemos Sevilla.
Queremos hacerte una oferta. No es la cifra que esperabas y lo siento, pero espero que la semana de cuatro días lo compense. Te lo adjunto todo, échale un ojo y me llamas.
Qué pena no poder darte plaza de aparcamiento, pero todo lo demás está cerrado: empiezas el día 2 como {role}. ¡Bienvenido/a al equipo!
""",
        "oth_same_words": """
En el boletín de esta semana: cómo encajar un rechazo sin perder el ritmo. Un no después de la última entrevista duele; nuestra orientadora laboral comparte cinco ideas para convertirlo en tu próxima oferta.
He visto su perfil y creo que encajaría en un puesto de {role} en uno de mis clientes, una empresa familiar de transporte. Todavía no hace falta que se inscriba: ¿tendría 15 minutos esta semana para una llamada?
Lucía Campos le ha indicado como referencia en su candidatura a {company}. ¿Podría dedicarnos diez minutos para contestar unas preguntas sobre su trabajo con ella?
Tu opinión nos importa: te hayan elegido o no, cuéntanos en dos minutos cómo fue tu proceso de selección. Nos ayuda a tratar mejor a los candidatos.
Lamentablemente, nuestras oficinas permanecerán cerradas del 23 de diciembre al 2 de enero. Las candidaturas recibidas en ese periodo se tramitarán en enero.
Se ha cambiado la contraseña de su cuenta en el portal de empleo de {company}. Si no ha sido usted, restablézcala con el enlace de abajo.
Nuevas ofertas para tu búsqueda: {role} (3 nuevas), técnico de proyectos (1 nueva). Ayer no hubo resultados, así que hemos ampliado un poco la búsqueda.
Recordatorio: no has terminado tu candidatura para {role}. El borrador se eliminará en 7 días.
Hola, estoy escribiendo un reportaje sobre cómo vive la gente los correos de rechazo y me encantaría conocer tu experiencia. Es anónimo, lleva diez minutos y sin ningún compromiso.
Gracias por venir a nuestra jornada de empleo. Ya puede descargar las diapositivas, incluida la parte sobre qué hacer tras una candidatura no seleccionada.
El Servicio Comarcal de Empleo le recuerda su cita de orientación del martes a las 9:30. Traiga, si puede, las respuestas que haya recibido de las empresas, también las negativas.
""",
    },
    "pt": {
        "rej_plain_words": """
Li a sua candidatura para {role} e decidi não avançar. Somos uma serralharia pequena, com quatro pessoas, e preciso de alguém que já saiba soldar sozinho em obra desde o primeiro dia.
Aqui é a dona da pastelaria, por isso respondo eu mesma: não vou ficar contigo. O teu currículo está bom, mas preciso de alguém que abra a loja às seis da manhã, e disseste que não dava.
Revimos o seu processo com a enfermeira-chefe e decidimos não seguir consigo para o lar. No turno da noite fica uma só ajudante com trinta utentes, e procuramos alguém com experiência nesse contexto.
Vou direto ao ponto: desta vez não vai dar. Recebemos mais de 250 currículos para uma vaga de {role}, precisei escolher cinco e o seu não entrou. Sei que é chato depois de todo o esforço.
Os sócios do escritório analisaram na quinta-feira a lista de candidatos para {role} e não vamos seguir com o seu nome; nesta rodada a preferência é para quem já tem registro no conselho de contabilidade.
O lugar de estágio na {company} não vai ser para ti. Ficou com um rapaz que já fez as férias de verão connosco, e pareceu-nos o mais justo.
Desculpa, Alex, a vaga de {role} não vai ser tua. Defendi o teu perfil até ao fim, mas o orçamento só dá para alguém mais júnior e os fundadores fecharam isso ontem à noite.
Não tenho vaga de orientação no doutorado este ano: o grupo está cheio e o seu projeto combina mais com a linha da professora Nogueira. Sugiro escrever para ela e mencionar que fui eu que indiquei.
A cooperativa já fechou a equipa para a vindima, por isso desta vez não te vamos chamar. Se quiseres vir para o ano, avisa em julho.
""",
        "rej_after_news": """
Foi um mês daqueles: abrimos a segunda casa na Ribeira, o nosso chefe foi para o Algarve e refizemos a carta toda. Entre serviços lá consegui ler as candidaturas, e contigo não vamos avançar: precisamos de alguém que já tenha chefiado uma sala com 120 lugares.
Uma atualização rápida: a incorporação pela nossa parceira de Campinas foi concluída semana passada e o centro de distribuição de Cajamar está sendo reorganizado. A vaga de {role} foi unificada com uma função que já existe, por isso não vamos continuar com o seu processo.
O ano letivo arrancou, a biblioteca nova finalmente abriu e recebemos quatro professores. Antes que o período nos engula, queria dar-lhe notícias sobre o lugar de {role}: o júri decidiu não avançar consigo para a entrevista.
Desde a nossa conversa, o conselho aprovou o orçamento e fechamos dois projetos novos em Moçambique. Bom para a ONG, mas muda o perfil: agora a vaga exige morar em Maputo, então encerro o seu processo por aqui.
Saiu finalmente o alvará do condomínio em Matosinhos e estamos a contratar a toda a velocidade. Mesmo assim queria que soubesse por mim e não por um sistema: não vamos ficar consigo como {role}. O encarregado quer alguém com anos de estruturas.
A minha mãe voltou para o balcão depois da cirurgia, o Natal correu muito bem e finalmente arranjámos o telhado. Com ela de volta, já não precisamos da ajuda extra que anunciámos. Desculpa, mas afinal não há trabalho.
""",
        "rej_one_liner": """
Foi mal, a vaga já foi preenchida. Boa sorte!
Desta vez não deu. Enviado do meu iPhone
Acabamos optando por outra pessoa. Obrigado por ter vindo mesmo assim.
Não deu certo a vaga, pegamos alguém aqui do bairro. Abraço, Zé
Vaga preenchida, desculpa a demora na resposta.
Rapidinho: a vaga de {role} não vai seguir, vamos resolver internamente. Abs
""",
        "rej_call_next_step": """
Obrigada pela chamada de terça, gostei muito de ouvir sobre o seu trabalho no banco alimentar. Falei com a equipa e não vamos passar à segunda entrevista: a pessoa escolhida já coordenava uma rede de voluntários de dimensão semelhante.
Tínhamos combinado uma reunião com a nossa diretora na semana que vem, mas vou ter que cancelar: fizemos uma proposta para outra candidata e ela aceitou.
O próximo passo seria um dia de experiência na cozinha, mas depois de falar com o chef não vamos te chamar para isso. Preferimos esperar alguém com mais prática em confeitaria.
Posso ligar para conversarmos, se quiser, mas preferi deixar por escrito primeiro: não vamos seguir com a sua candidatura para {role}.
Fizemos uma proposta para a vaga de {role} esta semana, e não foi para você, sinto muito. Você estava em segundo lugar, e eu queria que soubesse que foi por muito pouco.
A sua entrevista de quinta-feira fica sem efeito: o departamento decidiu preencher a vaga de {role} por recrutamento interno. Pode apagar o convite da agenda.
Obrigado por ter aguentado três etapas com a gente. A decisão saiu e não foi você, mas ainda quero fazer a ligação de 20 minutos de feedback que prometi. Me diga um horário.
""",
        "rej_pool_future": """
Recebemos a sua candidatura para {role} e lemos com atenção. Não é a que vamos escolher, mas coloquei você no nosso banco de talentos e vou te escrever diretamente se surgir algo na área de eventos no segundo semestre.
Em setembro abrimos uma nova turma de {role} e podes candidatar-te outra vez. Nesta, infelizmente, não temos lugar para ti.
O seu currículo chegou bem e foi analisado. Para esta vaga não vamos avançar. Salvo indicação em contrário, guardamos os seus dados durante um ano; basta responder a este e-mail para que sejam apagados.
Adorava trabalhar contigo um dia, mas não nesta vaga: ficou com outra pessoa. Anotei para te ligar quando abrirmos o segundo lar, no próximo ano.
Estamos a formar uma bolsa de candidatos para futuras vagas na {company} e gostaria de incluir o seu perfil. Para a vaga de {role} propriamente dita, lamento, mas a resposta é não.
""",
        "rej_feedback": """
Pediu um feedback, então aqui vai, sem rodeios: na parte de orçamento você foi muito bem, mas não conseguiu dar um exemplo concreto de conflito com condômino, e isso é o dia a dia da função. Por isso não vamos oferecer a vaga.
A tua apresentação correu bem, mas o caso escrito ficou abaixo dos outros, sobretudo por faltar a estimativa de custos. É por isso que não segues para a próxima fase. Trabalha esse ponto e vais ter hipóteses noutro lado.
Um retorno sincero, já que perguntou: pareceu muito capaz, mas hesitante quanto aos fins de semana, e a receção funciona todos os sábados e domingos. Escolhemos outra pessoa.
Teu portfólio é lindo, mas quase tudo é impresso e a vaga é 90% digital. Esse é o principal motivo de não seguirmos contigo agora.
Falei com as duas professoras que assistiram à sua aula-teste. Gostaram da sua energia, mas na segunda metade a turma dispersou; por isso não vamos avançar com a contratação. Se ajudar, envio as notas delas.
""",
        "rej_formal_office": """
Ref. RH/2024/118, {role}. Após avaliação curricular nos termos do aviso de abertura, a sua candidatura não foi admitida à fase de entrevista. Dispõe de 10 dias úteis para se pronunciar em sede de audiência dos interessados.
A comissão de seleção do Departamento de Letras concluiu a análise das candidaturas ao cargo de professor adjunto. Lamento informar que a sua candidatura não foi selecionada para a fase de prova didática.
Nos termos do procedimento concursal da Câmara Municipal, informamos que a sua candidatura ao lugar de {role} não foi aprovada na fase de pré-seleção. Os seus dados serão conservados por seis meses e depois eliminados.
O hospital concluiu a triagem para a vaga em epígrafe. Não foi convocado(a) para entrevista. A título informativo, foram recebidas 212 candidaturas.
Prezado(a) candidato(a), o processo seletivo para {role} (vaga n.º 45-221) foi encerrado e a sua candidatura não foi selecionada. Os documentos originais serão devolvidos pelo correio.
""",
        "rej_in_reply": """
Obrigado por perguntares, e desculpa teres de o fazer. Para ser honesto, escolhemos outra pessoa há duas semanas e devia ter-te dito logo.
Pergunta justa, e você merece uma resposta: a vaga de {role} não vai ficar com você. O cliente escolheu na sexta um candidato de outra consultoria.
Oi Alex, sim, já decidimos, e não foi a seu favor. Desculpe a demora em responder.
Sobre o seu e-mail de segunda: falei com o Sr. Tavares e ele vai manter a loja com a equipa atual durante o inverno, portanto para já não há lugar. Lamento ser eu a dar a notícia.
Respondo do celular entre um paciente e outro, então rapidinho: a vaga no consultório foi preenchida semana passada. Obrigada por ter acompanhado.
""",
        "rej_subject_only": """
SUBJECT: {role}: escolhemos outra pessoa || Queria que soubesse por uma pessoa e não por uma mensagem automática. Obrigado mais uma vez pelo tempo que nos dedicou nestas semanas.
SUBJECT: Sua candidatura: não vamos seguir || Obrigada por ter tido tanta paciência com a gente. Seu número fica na minha agenda.
SUBJECT: RE: {role} - não, desculpa || História comprida, conto-te num café um dia destes.
""",
        "rej_filled_offer": """
A vaga de {role} vai ser ocupada por uma colega que regressa da licença parental, pelo que não haverá recrutamento externo e a sua candidatura fica encerrada.
Ontem outro candidato aceitou por telefone, então preciso encerrar a conversa sobre a proposta que tínhamos começado com você. Sei que é frustrante e peço desculpas.
A nossa primeira escolha aceitou a proposta esta manhã. A vaga de {role} está preenchida e não daremos seguimento à sua candidatura.
A verba para a vaga de {role} foi cortada na revisão orçamental da semana passada, por isso o lugar deixou de existir. Lamento imenso, não tem nada a ver consigo.
""",
        "ack_selective": """
Recebemos a sua candidatura ao nosso programa de trainees. É muito concorrido (no ano passado foram cerca de 5.000 inscrições para 25 vagas), por isso não se preocupe se a resposta demorar algumas semanas.
A tua candidatura chegou! Só para saberes o que esperar: só uma pequena parte é chamada para entrevista, mas respondemos a toda a gente até ao fim do mês.
Recebi seu currículo, obrigada! Não vou mentir, estão chegando muitos perfis fortes para a vaga de {role}, mas vou ler todos eu mesma neste fim de semana.
Confirmação de receção: candidatura para {role}, referência 2024-0317. Devido ao elevado número de candidaturas, a análise pode demorar até seis semanas. Será informado(a) em cada etapa.
A sua candidatura já está com a área responsável. O nosso processo é seletivo e a maioria dos perfis não passa à entrevista; se até 30 de junho não tiver notícias, é porque ainda estamos a analisar.
Obrigado por se candidatar na {company}. Preferimos ser transparentes: nesta etapa a maioria das candidaturas não segue, e é por isso que lemos com cuidado. A sua está na fila e uma pessoa de verdade vai ler esta semana.
Recebido, obrigado. O chef vê os currículos às segundas, por isso depois disso dizemos-te qualquer coisa, seja sim ou não.
A sua candidatura à vaga de {role} foi registada. O júri reúne-se depois do prazo, a 15 de março. Dado o volume de candidaturas, infelizmente não conseguimos dar informações individuais antes dessa data.
Confirmo que recebi sua candidatura para cuidador(a) de idosos. Aqui falta de experiência quase nunca é motivo para dispensar alguém, então relaxa: vou olhar com calma e te ligo semana que vem.
Candidatura recebida para {role}. Status: em análise. Infelizmente não podemos responder a perguntas sobre o andamento de candidaturas individuais durante esta etapa.
""",
        "inv_after_tough_call": """
Foi muito difícil fazer a triagem para {role}, havia candidaturas muito boas. Você está entre as quatro pessoas que queremos conhecer. Fica bem na quarta às 10h ou na quinta às 14h?
Depois de uma primeira fase bem apertada, vamos seguir contigo. Próximo passo: uma videochamada de 45 minutos comigo e com a responsável de operações. Escolhe um horário no link abaixo.
Infelizmente o candidato de sexta desistiu, por isso abriu um horário: poderia vir a uma entrevista às 15h?
Vou ser sincero: pensávamos preencher a vaga internamente, mas a tua candidatura fez-nos mudar de ideias. Gostávamos de te receber no hotel na próxima semana.
Já conversamos com alguns candidatos, mas queremos conhecer você também antes de decidir. Teria um tempo na segunda para uma ligação?
Não foi uma decisão fácil, tivemos de dizer que não a muita gente nesta fase, mas convidamos-te para a segunda ronda: uma prova prática na obra e uma conversa com o encarregado.
Peço desculpa pela demora, tivemos imensas candidaturas. A boa notícia: os sócios querem conhecê-lo(a). Alguma manhã da próxima semana lhe daria jeito?
O júri para {role} reúne-se a 12 de junho e a sua candidatura foi pré-selecionada. Por favor confirme a presença respondendo a este e-mail. Infelizmente não será possível marcar outra data.
Outros candidatos acharam a nossa entrevista técnica puxada, então já te adianto: 60 minutos, um exercício em dupla e perguntas sobre um sistema que você construiu. Seu horário: terça às 11h.
Não é todo mundo que chamamos para um dia de teste, então encara como bom sinal: consegue vir no sábado das 17h às 21h trabalhar com a equipe?
Sei que te disseram que este ano não íamos contratar ninguém de fora, e era verdade até segunda. A coisa mudou e queremos falar contigo: quinta às 12h, na oficina?
""",
        "off_with_unfortunately": """
É com muito gosto que lhe ofereço o lugar de {role}. Infelizmente não conseguimos chegar ao salário que pediu, o máximo são 1.900 euros brutos por mês, mas revemos ao fim de seis meses. A proposta escrita segue em anexo.
Queremos te contratar! A única má notícia: por causa da obra, você não pode começar antes de 1º de outubro, então teria uma pequena espera.
Proposta de contratação, {role}. Infelizmente a ajuda de mudança que discutimos não foi aprovada, mas o resto mantém-se como combinado: 32 horas semanais, contrato sem termo, início a 3 de março.
Parabéns, a vaga é tua. Desculpa termos demorado tanto; o contrato chega do RH até sexta.
O júri recomendou por unanimidade a sua contratação. Infelizmente o contrato é de 18 meses, porque o financiamento depois disso ainda não está garantido. Pode dizer-me até segunda se aceita?
Você está dentro! Queremos você na cozinha. Sobre o salário, sinto muito, fica o que combinamos, mas você vai ter todos os domingos de folga, como pediu.
Boa notícia: queremos que entre para a equipa como {role}. Só que o portátil só chega na segunda semana, por isso, se puder, traga o seu nos primeiros dias.
Depois da sua entrevista, tenho o prazer de lhe oferecer uma vaga no nosso programa de graduados. Infelizmente a sua primeira opção, Lisboa, está completa, por isso oferecemos o Porto.
Queremos te fazer uma proposta. Não é o número que você esperava e sinto muito, mas espero que a semana de quatro dias compense. Está tudo em anexo, dá uma olhada e me liga.
Pena não conseguirmos lugar de estacionamento para ti, mas o resto está tudo tratado: começas dia 2 como {role}. Bem-vindo(a) à equipa!
""",
        "oth_same_words": """
Na newsletter desta semana: como lidar com uma recusa sem perder o embalo. Um não depois da última entrevista dói; a nossa coach de carreira partilha cinco formas de transformar isso na sua próxima proposta.
Vi o seu perfil e acho que você se encaixaria numa vaga de {role} num cliente meu, uma transportadora familiar. Ainda não precisa se candidatar: teria 15 minutos esta semana para uma ligação?
A Mariana Lopes indicou-o(a) como referência na candidatura à {company}. Poderia dispensar-nos dez minutos para responder a algumas perguntas sobre o trabalho com ela?
A sua opinião conta: tenha sido escolhido(a) ou não, conte-nos em dois minutos como correu o processo de seleção. Isso ajuda-nos a tratar melhor os candidatos.
Infelizmente o nosso escritório estará fechado de 23 de dezembro a 2 de janeiro. As candidaturas recebidas nesse período serão tratadas no novo ano.
A senha da sua conta no portal de carreiras da {company} foi alterada. Se não foi você, redefina pelo link abaixo.
Novas vagas para a sua pesquisa: {role} (3 novas), coordenador(a) de projetos (1 nova). Ontem não houve resultados, por isso alargámos um pouco a pesquisa.
Lembrete: você começou a candidatura para {role} mas não enviou. O rascunho será apagado em 7 dias.
Olá, estou a escrever uma reportagem sobre como as pessoas vivem os e-mails de recusa e gostava muito de ouvir a tua história. É anónimo, leva dez minutos e não há compromisso nenhum.
Obrigado por ter vindo à nossa feira de emprego. Os slides, incluindo a parte sobre o que fazer depois de uma candidatura não selecionada, já estão disponíveis para download.
O Centro de Emprego da Maia lembra a sua sessão de acompanhamento na terça às 9h30. Traga, se possível, as respostas que recebeu das empresas, incluindo as negativas.
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
            "Hey {first},",
            "Good morning {first},",
        ],
        "thanks": [
            "Thank you for your interest in {company}.",
            "Thanks for applying for the {role} role.",
            "Thank you for the time you put into your application.",
            "Thanks again for getting in touch with us.",
        ],
        "wish": [
            "We wish you all the best.",
            "Good luck with your search.",
            "All the best for whatever comes next.",
            "I hope something good turns up for you soon.",
        ],
        "marketing": [
            "At {company} we believe good work starts with good people. Since 1998 we've grown from a single kitchen to twelve sites across the North, and we're proud to pay the real Living Wage.",
            "Join more than 400 colleagues who help families find the care they need, every day of the year. Follow us on LinkedIn and Instagram for stories from our teams.",
            "{company} was named one of the region's best places to work in 2024. Flexible hours, a cycle-to-work scheme and a learning budget for everyone: see what life is like on our careers site.",
        ],
        "sign": [
            "Best regards,\n{sender}",
            "Kind regards,\n{sender}\n{company}",
            "Cheers,\n{sender_first}",
            "Thanks,\n{sender}",
            "Warmly,\n{sender}\nPeople & Culture, {company}",
            "{sender_first}",
        ],
        "footer": [
            "{company} · 14 Harbour Street · Bristol BS1 4QA · You are receiving this email because you applied for a position with us.",
            "This message was sent by Workably on behalf of {company}. Manage your candidate preferences or unsubscribe.",
            "{company} Ltd, registered in England and Wales no. 08812345. Registered office: 3 Mill Lane, Leeds LS2 7AB. This email is confidential and intended for the named recipient only.",
        ],
        "subject_app": [
            "Your application for {role}",
            "{role} at {company}",
            "Update on your application",
            "Re: {role} application",
            "Your {company} application",
            "{role}",
        ],
        "subject_inv": [
            "Interview: {role} at {company}",
            "Next steps for {role}",
            "Can we meet? ({role})",
            "Invitation to interview",
        ],
        "subject_off": [
            "Offer: {role} at {company}",
            "Your offer from {company}",
            "Good news about {role}",
            "Job offer",
        ],
        "subject_oth": [
            "News from {company}",
            "A quick question",
            "Your weekly job digest",
            "{company} careers update",
            "We'd value your feedback",
        ],
    },
    "de": {
        "greet": [
            "Guten Tag {first} Rivera,",
            "Sehr geehrte*r {first} Rivera,",
            "Hallo {first} Rivera,",
            "Hallo {first},",
            "Hi {first},",
            "Moin {first},",
            "Liebe*r {first},",
        ],
        "thanks": [
            "Vielen Dank für Ihr Interesse an {company}.",
            "Danke, dass Sie sich bei uns beworben haben.",
            "Danke für dein Interesse an {company}!",
            "Schön, dass du dich bei uns beworben hast.",
        ],
        "wish": [
            "Für Ihren weiteren Weg wünschen wir Ihnen alles Gute.",
            "Viel Erfolg bei Ihrer weiteren Suche.",
            "Alles Gute für dich!",
            "Ich drück dir die Daumen für die weitere Suche.",
        ],
        "marketing": [
            "Seit 1952 steht {company} für Handwerk mit Herz: Heute arbeiten 60 Kolleginnen und Kollegen an drei Standorten, und jedes Jahr bilden wir acht junge Menschen aus.",
            "Bei {company} erwarten dich flexible Arbeitszeiten, ein Jobrad, 30 Tage Urlaub und ein Team, das zusammenhält. Folge uns auf Instagram und LinkedIn.",
            "{company} wurde 2024 als einer der besten Arbeitgeber der Region ausgezeichnet. Mehr über unsere Werte und Benefits erfahren Sie auf unserer Karriereseite.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}\n{company}",
            "Viele Grüße\n{sender}",
            "Beste Grüße\n{sender_first}",
            "LG {sender_first}",
            "Freundliche Grüße\n{sender}\nPersonalabteilung",
        ],
        "footer": [
            "{company} · Lindenstraße 12 · 34117 Kassel · Geschäftsführung: Petra Albrecht · Amtsgericht Kassel HRB 12345",
            "Diese E-Mail wurde über Workably im Auftrag von {company} versendet. Benachrichtigungen abbestellen.",
            "Hinweise zum Datenschutz im Bewerbungsverfahren finden Sie auf unserer Karriereseite. Diese Nachricht ist vertraulich.",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Deine Bewerbung bei {company}",
            "Bewerbung {role}",
            "Rückmeldung zu Ihrer Bewerbung",
            "AW: Bewerbung {role}",
        ],
        "subject_inv": [
            "Einladung zum Vorstellungsgespräch: {role}",
            "Kennenlernen bei {company}?",
            "Nächster Schritt: {role}",
            "Terminvorschlag",
        ],
        "subject_off": [
            "Vertragsangebot: {role}",
            "Gute Nachrichten von {company}",
            "Dein Angebot bei {company}",
            "Zusage {role}",
        ],
        "subject_oth": [
            "Neuigkeiten von {company}",
            "Kurze Frage",
            "Ihr Job-Newsletter",
            "Ihre Meinung ist gefragt",
            "Erinnerung",
        ],
    },
    "fr": {
        "greet": [
            "Bonjour {first},",
            "Madame, Monsieur,",
            "Bonjour {first} Rivera,",
            "Salut {first},",
            "Bonsoir {first},",
            "Hello {first} !",
        ],
        "thanks": [
            "Merci pour l'intérêt que vous portez à {company}.",
            "Nous vous remercions pour votre candidature au poste de {role}.",
            "Merci pour ta candidature !",
            "Merci d'avoir pris le temps de postuler chez nous.",
        ],
        "wish": [
            "Nous vous souhaitons pleine réussite dans vos recherches.",
            "Bonne continuation !",
            "Je te souhaite plein de bonnes choses pour la suite.",
            "Bon courage pour la suite de vos démarches.",
        ],
        "marketing": [
            "Depuis 1987, {company} accompagne les familles de la région : 450 collaborateurs, trois établissements et une même envie de bien faire.",
            "Chez {company}, on cuisine des produits locaux, on forme nos apprentis et on ferme le dimanche soir. Suivez-nous sur Instagram pour découvrir l'équipe.",
            "{company} a obtenu en 2024 le label Employeur engagé. Télétravail, mutuelle prise en charge à 100 % et budget formation : découvrez nos avantages sur notre site carrières.",
        ],
        "sign": [
            "Bien cordialement,\n{sender}",
            "Cordialement,\n{sender}\n{company}",
            "Belle journée,\n{sender_first}",
            "À bientôt,\n{sender_first}",
            "Bien à vous,\n{sender}\nService des ressources humaines",
        ],
        "footer": [
            "{company} · 12 rue des Tanneurs · 69002 Lyon · SAS au capital de 50 000 € · RCS Lyon 812 345 678",
            "Cet e-mail a été envoyé via Workably pour le compte de {company}. Se désabonner des notifications.",
            "Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et de suppression de vos données, à exercer auprès de notre délégué à la protection des données.",
        ],
        "subject_app": [
            "Votre candidature au poste de {role}",
            "Ta candidature chez {company}",
            "Candidature {role}",
            "Suite de votre candidature",
            "RE: Candidature {role}",
        ],
        "subject_inv": [
            "Invitation à un entretien : {role}",
            "Rencontre chez {company} ?",
            "Prochaine étape : {role}",
            "Proposition de rendez-vous",
        ],
        "subject_off": [
            "Proposition d'embauche : {role}",
            "Bonne nouvelle de {company}",
            "Ton offre chez {company}",
            "Promesse d'embauche",
        ],
        "subject_oth": [
            "Les actus de {company}",
            "Petite question",
            "Votre newsletter emploi",
            "Votre avis nous intéresse",
            "Rappel",
        ],
    },
    "es": {
        "greet": [
            "Hola, {first}:",
            "Estimado/a {first}:",
            "Buenos días, {first}:",
            "Hola {first},",
            "Estimado/a candidato/a:",
            "¡Hola, {first}!",
        ],
        "thanks": [
            "Gracias por tu interés en {company}.",
            "Le agradecemos el interés mostrado en {company}.",
            "Gracias por presentarte al puesto de {role}.",
            "Gracias por el tiempo que ha dedicado a su candidatura.",
        ],
        "wish": [
            "Te deseamos mucha suerte en tu búsqueda.",
            "Le deseamos lo mejor en su carrera profesional.",
            "¡Mucho ánimo con lo que venga!",
            "Un saludo y mucha suerte.",
        ],
        "marketing": [
            "Desde 1979, {company} trabaja con madera de la comarca y hoy somos 45 personas en dos talleres. Cada año formamos a cuatro aprendices.",
            "En {company} creemos en el talento local: horario flexible, formación continua y un equipo que se cuida. Síguenos en Instagram y LinkedIn.",
            "{company} ha sido reconocida en 2024 como una de las mejores empresas para trabajar de la región. Descubra nuestros beneficios en la web de empleo.",
        ],
        "sign": [
            "Un saludo,\n{sender}",
            "Atentamente,\n{sender}\n{company}",
            "Saludos cordiales,\n{sender}\nDepartamento de Personas",
            "Un abrazo,\n{sender_first}",
            "Gracias,\n{sender_first}",
        ],
        "footer": [
            "{company} · C/ de la Industria 24 · 28045 Madrid · Inscrita en el Registro Mercantil de Madrid, tomo 1234, hoja M-56789.",
            "Este correo se ha enviado a través de Workably en nombre de {company}. Darse de baja de las notificaciones.",
            "De conformidad con el RGPD, puede ejercer sus derechos de acceso, rectificación y supresión dirigiéndose a nuestro delegado de protección de datos.",
        ],
        "subject_app": [
            "Tu candidatura para {role}",
            "Su candidatura en {company}",
            "Candidatura {role}",
            "Sobre su candidatura",
            "RE: {role}",
        ],
        "subject_inv": [
            "Entrevista: {role} en {company}",
            "¿Nos vemos? ({role})",
            "Siguiente paso: {role}",
            "Convocatoria a entrevista",
        ],
        "subject_off": [
            "Oferta: {role} en {company}",
            "Buenas noticias de {company}",
            "Tu oferta en {company}",
            "Propuesta de contratación",
        ],
        "subject_oth": [
            "Novedades de {company}",
            "Una pregunta rápida",
            "Tu boletín de empleo",
            "Queremos saber tu opinión",
            "Recordatorio",
        ],
    },
    "pt": {
        "greet": [
            "Olá {first},",
            "Caro(a) {first},",
            "Prezado(a) {first},",
            "Oi {first}, tudo bem?",
            "Bom dia, {first},",
            "Olá, {first}!",
        ],
        "thanks": [
            "Obrigado pelo seu interesse em trabalhar connosco.",
            "Agradecemos o seu interesse na vaga de {role}.",
            "Obrigada por se candidatar!",
            "Valeu por se candidatar à vaga de {role}.",
        ],
        "wish": [
            "Desejamos-lhe o maior sucesso.",
            "Boa sorte na sua busca!",
            "Tudo de bom para ti.",
            "Desejamos sucesso na sua trajetória profissional.",
        ],
        "marketing": [
            "Desde 1991, a {company} cuida de pessoas: somos 300 colaboradores em quatro unidades e continuamos a crescer.",
            "Na {company} você encontra horário flexível, plano de saúde, vale-refeição e uma equipe que gosta do que faz. Siga-nos no Instagram e no LinkedIn.",
            "A {company} foi distinguida em 2024 como uma das melhores empresas para trabalhar na região. Conheça os nossos benefícios no portal de carreiras.",
        ],
        "sign": [
            "Com os melhores cumprimentos,\n{sender}",
            "Atenciosamente,\n{sender}\n{company}",
            "Abraço,\n{sender_first}",
            "Cumprimentos,\n{sender}\nRecursos Humanos",
            "Beijinhos,\n{sender_first}",
        ],
        "footer": [
            "{company} · Rua das Flores 120 · 4050-265 Porto · NIPC 509 876 543",
            "{company} · Av. Paulista, 1500 · São Paulo/SP · CNPJ 12.345.678/0001-90 · Para deixar de receber estes e-mails, clique aqui.",
            "Este e-mail foi enviado pela Workably em nome de {company}. Os seus dados são tratados de acordo com o RGPD e a LGPD.",
        ],
        "subject_app": [
            "A sua candidatura para {role}",
            "Sua candidatura na {company}",
            "Candidatura {role}",
            "Sobre a sua candidatura",
            "RE: {role}",
        ],
        "subject_inv": [
            "Entrevista: {role}",
            "Vamos conversar? ({role})",
            "Próxima etapa: {role}",
            "Convite para entrevista",
        ],
        "subject_off": [
            "Proposta: {role}",
            "Boas notícias da {company}",
            "Sua proposta na {company}",
            "Proposta de contratação",
        ],
        "subject_oth": [
            "Novidades da {company}",
            "Uma pergunta rápida",
            "A sua newsletter de emprego",
            "Queremos a sua opinião",
            "Lembrete",
        ],
    },
}

THREAD: dict[str, str] = {
    "en": "Hi {sender_first},\nI hope you're well. I just wanted to check in on my application for the {role} position. Is there any news on timing?\nThanks,\nAlex\n\n{header2}\nHi Alex,\nThanks for your patience. We're still working through applications and will be in touch as soon as we can.\n{sender}\n",
    "de": "Hallo {sender_first},\nkurze Nachfrage zu meiner Bewerbung als {role}: Gibt es schon einen Zeitplan für die Rückmeldung?\nViele Grüße\nAlex\n\n{header2}\nHallo Alex,\ndanke für die Nachfrage. Wir sichten die Bewerbungen noch und melden uns, sobald es Neuigkeiten gibt.\n{sender}\n",
    "fr": "Bonjour {sender_first},\nje me permets de revenir vers vous au sujet de ma candidature au poste de {role}. Avez-vous une idée du calendrier ?\nBien à vous,\nAlex\n\n{header2}\nBonjour Alex,\nmerci pour votre patience. Nous étudions encore les candidatures et reviendrons vers vous dès que possible.\n{sender}\n",
    "es": "Hola, {sender_first}:\nQuería preguntar cómo va el proceso para el puesto de {role}. ¿Hay ya fechas previstas?\nUn saludo,\nAlex\n\n{header2}\nHola, Alex:\nGracias por la paciencia. Seguimos revisando candidaturas y te escribiremos en cuanto tengamos novedades.\n{sender}\n",
    "pt": "Olá {sender_first},\nqueria saber em que ponto está o processo para a vaga de {role}. Já há alguma previsão?\nObrigado,\nAlex\n\n{header2}\nOlá Alex,\nobrigado pela paciência. Ainda estamos a analisar as candidaturas e damos notícias assim que possível.\n{sender}\n",
}
