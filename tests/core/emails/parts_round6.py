# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Round 6's held-out part: invented e-mail passages in five languages.

Written at the start of round 6 by an evaluator who did not read the classifier, its rules,
its model or the other parts' sentences (only the wrapping code of `generate.py`), and never
tuned on. Every passage was written fresh from general knowledge of how job mail reads.

Senders and registers covered: applicant-tracking systems and candidate portals (status
lines, "application submitted", stage changes), in-house recruiters, hiring managers writing
two-line notes, staffing agencies and executive-search consultants, startups (informal, du /
tu / tuteo / voseo / voce), large corporates, public agencies and civil-service competitions
(UK, Ireland, US federal, German, French, Spanish and Portuguese public sector), universities
and hospitals; formal and informal registers, Spain and Latin American Spanish, Brazilian and
European Portuguese, gender-inclusive German and French. Hard negatives: receipts that say
"unfortunately" or give a no-reply-means-no deadline, "still reviewing" notes, invitations
that reschedule or talk about next steps, offers that turn down a counter-offer, cold mail,
job alerts and newsletters about coping with rejection.
"""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Brightwater Analytics",
    "Kranich Systemtechnik GmbH",
    "Maison Verlaine",
    "Solaria Energía",
    "Aurora Têxtil",
    "Nordlys Maritime",
    "Kestrel Health",
    "Pampa Agrotech",
)

ROLES: tuple[str, ...] = (
    "Data Analyst",
    "Product Designer",
    "Backend Engineer",
    "Project Coordinator",
    "Customer Success Manager",
    "Financial Controller",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Marta Kowalczyk", "talent@{domain}"),
    ("Jonas Brandt", "jonas.brandt@{domain}"),
    ("Camille Roux", "recrutement@{domain}"),
    ("Lucía Méndez", "no-reply@smartrecruiters.example"),
    ("João Ferreira", "vagas@{domain}"),
    ("Priya Raman", "no-reply@myworkdayjobs.example"),
    ("Tom Okafor", "careers@{domain}"),
    ("Inês Carvalho", "notifications@teamtailor-mail.example"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_r6": """
SUBJECT: Application status update – {role} (Req. 24-0917) || Your application status has changed. Requisition: {role}. New status: Not selected. This status is final for this requisition; you can review your other applications from your candidate home page.
Having read through your application and portfolio, we won't be inviting you to interview for the {role} role on this occasion.
I had a look at what you sent over and I'm going to pass for now – the role leans heavily on hands-on Kubernetes work and I don't think it would be a good use of your time.
We've decided to go a different way with this one.
We won't be taking your application any further.
Having carefully considered your application, we are not in a position to offer you an interview at this stage.
{company} began as a two-person studio above a bakery and is now a team of 400 across four countries. We still read every application ourselves rather than relying on keyword filters, which is why our reply has taken a little longer than we'd hoped. Having done so, we have chosen to continue with a small number of people whose backgrounds sit closer to the {role} brief, and your application will not be progressed.
The shortlisting panel has assessed all applications against the essential criteria in the person specification. I am sorry to say that on this occasion you have not been shortlisted.
Your application for {role} (Ref. HR/2025/0417) has been considered and will not be progressed.
I'm afraid your application hasn't been successful this time.
More than 900 people applied for this opening, which made for some very difficult choices. There was a lot to like in your application, but we're moving ahead with a handful of others whose experience is closer to what the team needs.
We've decided to fill the {role} position with someone who already works within the organisation, so your application won't be moving forward.
We're closing out your application for {role}. There's nothing further you need to do, and you're welcome to apply for other openings that suit your experience.
Our team has reviewed your candidacy and we have decided not to proceed at this time. We'll keep your résumé on file and reach out if something opens up that aligns better with your background.
Based on what we need from this hire, we don't see enough overlap between your profile and the role for interviews to make sense – and we'd rather tell you now than keep you waiting.
As the position requires an existing right to work in the UK and we are unable to sponsor visas for it, we can't consider your application further.
Your application did not meet the minimum qualifications for this posting (a current CPA licence and at least five years of post-qualification experience), so it cannot move on to the next step.
I put your CV forward to my client for the {role} role, but they've come back saying they want someone with more direct experience in regulated financial services, so they won't be taking it further. I'll keep you in mind as new roles come in.
The search committee has completed its initial review of the more than 200 applications received for the {role} position. I regret to inform you that yours was not among those selected for further consideration.
Following shortlisting for the {role} post, I'm afraid you have not been selected for interview. Because of the number of applications we receive, we can't provide individual feedback at this stage.
After some deliberation we have decided to decline your application for the {role} vacancy.
""",
        "rej_r6_interview": """
Thank you for the time you spent with us over the last few weeks – everyone on the panel enjoyed meeting you. After a lot of discussion we've extended the offer to another candidate, whose experience running migrations at this scale tipped the balance.
I tried to call you this afternoon but couldn't get through, so I'm writing instead: the panel met yesterday and we won't be moving you forward to the final round. Your case study was strong on analysis, but this role needs more hands-on delivery experience. Happy to talk it through if that would help.
Following your interview on Tuesday, I regret to let you know that we will not be making you an offer for the {role} position.
We've now completed all interviews for {role}. Your technical exercise was solid, but we've selected a candidate who more closely matched the team's current needs, so we won't be progressing your application.
Thanks for coming in to meet us on Thursday. It was a tough call, but we went with someone who'd spent more time on the enterprise side. I'd genuinely be glad to keep in touch.
The interview board has concluded its assessment for this competition. I regret to advise that you did not reach the qualifying standard at interview and will therefore not be placed on the panel from which appointments will be made.
After the take-home and our two conversations, we felt there wasn't quite a mutual fit around the scope of the role, so we're going to close things out here.
SUBJECT: {role} – final round outcome || Quick update after Friday: we won't be proceeding to an offer. Thank you for all the work you put into the final presentation.
""",
        "rej_r6_gone": """
The {role} requisition has been cancelled following a change in business priorities. As a result, all applications for it, including yours, have been closed.
Following a restructure of the department, the hiring manager has put the {role} position on hold indefinitely, which means we're unable to progress your application.
We're writing to let you know that the {role} vacancy has now been filled. Your application has been closed, and we'd encourage you to keep an eye on our careers page.
SUBJECT: Application status: Not referred || Your application for announcement HHS-25-1187 was reviewed. You were found eligible for this position; however, you were not referred to the selecting official for further consideration because you were not among the best-qualified applicants.
SUBJECT: Vacancy withdrawn – {role} || This vacancy has been withdrawn and will not be re-advertised in the near future. Please accept our apologies for any inconvenience caused.
Because of the company-wide hiring freeze announced this week, we've had to pause recruitment for {role}. We can't say when, or whether, it will reopen, so we're closing all active candidacies for now.
No selection was made from the certificate issued for this announcement, and no job offer will be extended. The announcement has been cancelled.
""",
        "ack_r6": """
This is to confirm we've received your application for {role}. Because of the very high number of applications, unfortunately we can't respond to everyone individually. If you haven't heard from us within four weeks, please assume we won't be taking your application forward on this occasion.
Your application is still under review. Unfortunately things are taking longer than planned because several people on the hiring panel have been on leave – we expect to have an update for you by the end of the month.
Just a quick note so you know we haven't forgotten about you: we're still interviewing for {role} and no decisions have been made yet.
SUBJECT: Application submitted: {role} || Thank you for applying. You can check where your application stands at any time by signing in to your candidate home. Current status: In review.
Our recruiters look at every application we receive. If your skills and experience match what the role needs, someone from the team will be in touch to talk about next steps.
We've got your application! Here's what happens now: a real person on our Talent team reads it, usually within 5–10 working days, and you'll hear from us either way.
Your application for vacancy reference 4471-ADM has been received. The closing date is 30 June and shortlisting will take place after this date. Please note that if you have not been contacted by 21 July, you should assume that on this occasion your application has not been successful.
Not yet, I'm afraid – we haven't reached a decision on {role}. We widened the search to include a few more candidates and now hope to wrap up by mid-June. Thanks for bearing with us.
SUBJECT: Your application has moved forward || Your application for {role} has moved to the "Hiring manager review" stage. No action is needed from you at this time.
Thanks for following up! I checked with the hiring manager and they're still working through applications – no news yet, but you're very much still in the running.
""",
        "inv_r6": """
Would you be free for a 30-minute call some time this week? I'd like to tell you more about the team and hear what you're looking for. Tuesday or Thursday afternoon works well on my side.
We'd like to move you forward to the next step: a 45-minute video call with me and our engineering lead. Please pick whichever slot suits you using the link below; all times are shown in your local time zone.
As the next stage of our process, we'd like you to complete an online assessment of about 60 minutes. The link stays valid for seven days, and you can take it whenever you like within that window.
Unfortunately our Head of Product has been called away, so we need to move your interview on Wednesday. Could you do Friday at 10:00 or Monday at 14:30 instead? Sorry for the short notice.
This confirms your onsite interview for {role} on Thursday 12 June, 9:30–13:00, at our Leeds office. Please bring photo ID and ask for {sender} at reception.
Your profile caught our eye and we'd love to get to know you a little better. Are you up for an informal chat over coffee – in person or on Teams, whichever you prefer?
I am pleased to tell you that you have been shortlisted for the post of {role}. Interviews will take place on 24 June; as part of the process you will be asked to give a ten-minute presentation on a topic we will send you a week beforehand. Please confirm your attendance by replying to this e-mail.
I haven't managed to find a time that works for everyone this week, unfortunately – would any of these work for a second-round conversation next week instead: Monday 10am, Tuesday 3pm or Wednesday 11am?
Good news – the team would like to see you for the final round. It's four back-to-back conversations of about 45 minutes each, including a system design session. Send me a couple of days that work and I'll set everything up.
""",
        "off_r6": """
I'm delighted to offer you the position of {role} at {company}. Your offer letter, covering salary, start date and benefits, is ready for you to review and sign electronically.
Thanks for picking up earlier – as I said on the phone, the team would love to have you on board. I'll put everything we discussed in writing by tomorrow; in the meantime, shout if any questions come up.
Unfortunately we're not able to move the base salary beyond what we proposed, but we can add a £5,000 signing bonus and five extra days of annual leave. The rest of the offer stands as written, and we'd love to hear your decision by Friday.
I am pleased to make you a conditional offer of employment for the post of {role}, subject to satisfactory references, occupational health clearance and an enhanced DBS check.
""",
        "oth_r6": """
Thanks for stopping by our stand at the Tech Careers Fair in Manchester – it was great to chat. Our open roles are all on our careers page, so do take a look and apply for anything that catches your eye.
The password for your candidate account was changed on 3 June at 14:02. If you made this change, no further action is needed. If you didn't, please reset your password straight away and let us know.
Some time ago you joined our talent community. Data-protection rules mean we can only keep your details for 24 months without fresh consent, so if you'd like to stay in the community, please confirm with the button below; otherwise your profile will be deleted on 30 June.
""",
        "oth_cold": """
I came across your profile and thought you could be a strong fit for a {role} opening with a fast-growing fintech client of mine in Berlin (hybrid, €75–85k). Apologies if this isn't a fit or the timing is off – if so, no worries at all. Open to a quick chat this week?
I lead a small search firm that works exclusively with climate-tech companies, and several of our clients are hiring people with your background right now. Would you be open to a 15-minute intro call? If you're not looking, just say so and I won't follow up.
""",
        "oth_alert": """
SUBJECT: 12 new jobs for "{role}" near London || New jobs matching your saved search: Senior {role} – Kestrel Health – £55,000–£62,000, hybrid; {role} (12-month contract) – Nordlys Maritime – Aberdeen; Lead {role} – Brightwater Analytics – remote (UK). Applications close soon on some of these roles. Manage how often you receive alerts in your settings.
""",
        "oth_newsletter": """
This week on the Careers Blog: how to handle a rejection without losing momentum. Getting a "we regret to inform you" e-mail stings, especially after a final round. We asked three recruiters what candidates who bounce back do differently – from asking for feedback the right way to keeping a simple pipeline so one no doesn't stall everything.
The June Job Seeker Digest: why most applications are turned down in under a minute, what "not moving forward at this time" really means, and a checklist for your next interview. Plus: salary benchmarks for analysts and designers in 2025.
""",
    },
    "de": {
        "rej_r6": """
Nach sorgfältiger Prüfung Ihrer Unterlagen haben wir uns entschieden, das Auswahlverfahren mit anderen Bewerber*innen fortzusetzen, deren Profil den Anforderungen der Position noch näherkommt.
Wir haben es uns nicht leicht gemacht, am Ende ist die Entscheidung jedoch gegen Ihre Bewerbung gefallen.
Heute müssen wir Ihnen leider eine Absage erteilen.
Wir haben uns dein Profil genau angeschaut und uns am Ende für Kandidat:innen entschieden, die mehr Erfahrung im B2B-SaaS-Umfeld mitbringen. Für dich geht es in diesem Prozess deshalb leider nicht weiter.
SUBJECT: Statusänderung Ihrer Bewerbung – {role} || Der Status Ihrer Bewerbung hat sich geändert. Neuer Status: Abgelehnt. Bei Fragen wenden Sie sich bitte über das Kontaktformular im Bewerberportal an unser Recruiting-Team.
Die Auswahlkommission hat alle fristgerecht eingegangenen Bewerbungen anhand des Anforderungsprofils bewertet. Ihre Bewerbung konnte im weiteren Verfahren leider nicht berücksichtigt werden. Ihre Unterlagen werden nach Ablauf der Frist gemäß § 15 Abs. 4 AGG datenschutzgerecht vernichtet.
Wir bedauern, Ihnen mitteilen zu müssen, dass wir Sie nicht zu einem Vorstellungsgespräch einladen werden.
Hab mir deine Bewerbung angeschaut – für diese Rolle passt es leider nicht ganz. Trotzdem danke, dass du an uns gedacht hast!
{company} ist in den letzten drei Jahren auf über 300 Mitarbeitende gewachsen, und hinter jeder Einstellung steht ein sorgfältiger Auswahlprozess. Umso schwerer fällt es uns, Ihnen heute mitzuteilen, dass wir Ihre Kandidatur für die Position {role} nicht weiterverfolgen werden.
Für die Stelle sind verhandlungssichere Deutschkenntnisse (mindestens C1) zwingend erforderlich, die wir Ihren Unterlagen nicht entnehmen konnten. Wir müssen Ihre Bewerbung daher aus dem Verfahren nehmen.
Unser Kunde hat sich Ihr Profil für die Position {role} angesehen und sich gegen eine Vorstellung entschieden – gesucht wird jemand mit mehr Branchenerfahrung im Maschinenbau. Ich melde mich, sobald ich etwas Passendes für Sie auf dem Tisch habe.
Ihre Qualifikationen haben uns durchaus angesprochen. Im direkten Vergleich haben andere Bewerbungen jedoch besser zum Stellenprofil gepasst, weshalb wir von einer weiteren Berücksichtigung absehen.
Gern hätten wir Ihnen eine positive Nachricht überbracht. Wir haben uns jedoch entschieden, die Position mit einer Kollegin aus den eigenen Reihen zu besetzen.
Dieses Mal hat es leider nicht gepasst.
Die Berufungskommission hat in ihrer Sitzung vom 12. Mai beschlossen, Sie nicht zu einem Probevortrag einzuladen. Wir danken Ihnen für Ihr Interesse an der ausgeschriebenen Professur.
Da wir uns für andere Kandidat:innen entschieden haben, schließen wir Ihren Bewerbungsvorgang hiermit ab. Ihre Daten werden nach sechs Monaten automatisch gelöscht.
Wir werden mit deiner Bewerbung nicht weitermachen – nicht, weil dein Profil schwach wäre, sondern weil wir gerade sehr gezielt jemanden mit Vertriebshintergrund suchen.
""",
        "rej_r6_interview": """
Vielen Dank für das angenehme Gespräch am vergangenen Dienstag. Nach Abschluss aller Interviews haben wir uns für eine Kandidatin entschieden, die bereits Führungserfahrung mitbringt. Ein Vertragsangebot können wir Ihnen daher leider nicht unterbreiten.
Danke, dass du dir Zeit für das Fallstudien-Interview genommen hast. Das Team war sich am Ende einig, dass jemand anderes besser zu unseren aktuellen Herausforderungen passt – deshalb bekommst du heute leider eine Absage von uns.
Das Auswahlgremium hat nach den Vorstellungsgesprächen seine Entscheidung getroffen; sie ist nicht zu Ihren Gunsten ausgefallen.
Wie heute Vormittag telefonisch besprochen, bestätige ich Ihnen hiermit schriftlich, dass wir den Prozess nach dem zweiten Gespräch nicht fortsetzen werden.
Sie haben im Assessment-Center einen sehr guten Eindruck hinterlassen. Letztlich haben wir uns dennoch für eine Person entschieden, deren Erfahrung noch genauer zu den Anforderungen passt, und ihr das Angebot gemacht.
Nach reiflicher Überlegung im Team sehen wir nach dem Probearbeitstag leider keine gemeinsame Perspektive.
""",
        "rej_r6_gone": """
Aufgrund einer internen Umstrukturierung wird die Position {role} vorerst nicht besetzt. Das Bewerbungsverfahren wurde daher eingestellt.
Die Stelle konnte inzwischen besetzt werden. Ihre Unterlagen löschen wir gemäß unseren Datenschutzbestimmungen.
Das Stellenbesetzungsverfahren wurde aus haushaltsrechtlichen Gründen aufgehoben; eine Einstellung erfolgt nicht.
Wir haben intern entschieden, die Stelle wegen eines Einstellungsstopps erst einmal auf Eis zu legen. Falls sich das ändert, melden wir uns bei dir – aktuell können wir deinen Prozess aber nicht fortführen.
Die Ausschreibung für {role} wurde zurückgezogen, da sich der Bedarf im Fachbereich geändert hat.
""",
        "ack_r6": """
Ihre Bewerbung für die Position {role} ist bei uns eingegangen. Wir sehen sie uns in Ruhe an und melden uns innerhalb von drei Wochen bei Ihnen.
Aufgrund der sehr hohen Zahl an Bewerbungen verzögert sich die Bearbeitung leider etwas. Wir bitten Sie noch um etwas Geduld – eine Entscheidung ist noch nicht gefallen.
Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Bitte haben Sie Verständnis dafür, dass wir nicht jede Bewerbung einzeln beantworten können: Sollten Sie innerhalb von sechs Wochen nichts von uns hören, konnten wir Ihre Bewerbung in diesem Verfahren nicht berücksichtigen.
Deine Bewerbung ist angekommen! Unser Team schaut sich jede Bewerbung persönlich an – das kann ein paar Tage dauern. Du hörst auf jeden Fall von uns.
SUBJECT: Neuigkeiten zu Ihrer Bewerbung || Der aktuelle Status Ihrer Bewerbung lautet: In Prüfung durch die Fachabteilung. Sie müssen derzeit nichts weiter tun.
Leider liegt uns noch keine abschließende Rückmeldung aus der Fachabteilung vor. Sobald wir sie haben, melden wir uns unaufgefordert bei Ihnen.
Wir bestätigen den Eingang Ihrer Bewerbung auf die Ausschreibung mit der Kennziffer 2025/118. Nach Ende der Bewerbungsfrist am 30.06. entscheidet die Auswahlkommission, wer zu Vorstellungsgesprächen eingeladen wird.
Ein kurzer Zwischenstand: Das Auswahlverfahren läuft noch. Wir führen derzeit erste Gespräche und melden uns spätestens Ende Juli mit einer Entscheidung.
Danke für deine Nachfrage! Leider kann ich dir noch nichts Konkretes sagen – das Team sichtet gerade noch Bewerbungen. Ich halte dich auf dem Laufenden.
""",
        "inv_r6": """
Ihr Profil hat uns überzeugt, und wir möchten Sie gern persönlich kennenlernen. Hätten Sie am Donnerstag, 12. Juni, um 10:00 Uhr Zeit für ein Gespräch in unserem Hamburger Büro?
Hast du Lust, uns in einem lockeren Videocall kennenzulernen? Such dir über den Link einfach einen Termin aus, der dir passt.
Als nächsten Schritt bitten wir Sie, einen Online-Test zu absolvieren (Dauer ca. 45 Minuten). Den Link finden Sie unten; er ist sieben Tage gültig.
Leider müssen wir unseren Termin am Mittwoch kurzfristig verschieben, da unser Abteilungsleiter erkrankt ist. Wäre Ihnen alternativ Freitag um 14 Uhr oder Montag um 9 Uhr recht?
Hiermit bestätigen wir Ihren Termin zum Vorstellungsgespräch am 18.06. um 13:30 Uhr. Bitte melden Sie sich am Empfang im 3. OG; Ihr Ansprechpartner vor Ort ist {sender}.
Wir freuen uns, Sie zu einem Auswahlgespräch einzuladen. Bitte bereiten Sie eine zehnminütige Präsentation zu einem Thema vor, das wir Ihnen eine Woche vorher zusenden. Reisekosten werden nach dem Landesreisekostengesetz erstattet.
Passt Ihnen ein kurzes Telefonat von etwa 20 Minuten in dieser Woche? Nennen Sie mir gern zwei oder drei Zeitfenster, dann rufe ich Sie an.
Das Team war von deiner Aufgabe echt angetan – wir würden dich gern zur finalen Runde einladen, diesmal vor Ort bei uns in Leipzig.
""",
        "off_r6": """
Wir freuen uns sehr, Ihnen die Position {role} anbieten zu dürfen. Den Arbeitsvertrag mit allen Konditionen senden wir Ihnen in den nächsten Tagen per Post zu.
Wie eben am Telefon besprochen: Wir möchten dich unbedingt im Team haben! Das schriftliche Angebot mit Gehalt und Startdatum kommt morgen per DocuSign.
Beim Fixgehalt können wir leider nicht über das genannte Angebot hinausgehen. Wir bieten Ihnen jedoch zusätzlich ein Jobrad und zwei weitere Urlaubstage an und würden uns freuen, bis Freitag von Ihnen zu hören.
""",
        "oth_r6": """
Schön, dass Sie uns auf der Karrieremesse in Aachen an unserem Stand besucht haben! Wie versprochen finden Sie hier den Link zu unseren offenen Stellen und zu den Terminen unserer nächsten Campus-Events.
Vor zwei Jahren haben Sie uns erlaubt, Ihre Daten in unserem Talentpool zu speichern. Diese Einwilligung läuft in Kürze ab. Wenn Sie weiterhin im Talentpool bleiben möchten, bestätigen Sie dies bitte über den Button unten – andernfalls löschen wir Ihre Daten zum 30. Juni.
""",
        "oth_cold": """
Bei meiner Suche bin ich auf Ihr XING-Profil gestoßen und hätte eine spannende Position als {role} bei einem familiengeführten Mittelständler im Raum Stuttgart. Verzeihen Sie, falls das gerade nicht passt – dann ignorieren Sie diese Nachricht einfach. Hätten Sie Interesse an einem kurzen Austausch?
""",
        "oth_alert": """
SUBJECT: 14 neue Jobs für Ihren Suchauftrag „{role}“ || Ihr Suchauftrag „{role}“, Berlin + 25 km: Senior {role} (m/w/d) – Kranich Systemtechnik GmbH – Vollzeit, hybrid; {role} (w/m/d) – Stadtwerke Havelland – unbefristet, TV-V; Junior {role} – Nordlys Maritime – Teilzeit möglich. Alle neuen Stellenangebote ansehen · Suchauftrag bearbeiten oder abbestellen.
""",
        "oth_newsletter": """
Absage erhalten – und jetzt? In unserem Karriere-Newsletter erklärt eine erfahrene Recruiterin, warum eine Absage selten etwas mit Ihnen persönlich zu tun hat, wie Sie höflich um Feedback bitten und weshalb sich eine erneute Bewerbung nach sechs Monaten oft lohnt. Außerdem: So bereiten Sie sich auf die Gehaltsfrage im Vorstellungsgespräch vor.
""",
    },
    "fr": {
        "rej_r6": """
Après une étude attentive de votre dossier, nous sommes au regret de vous apporter une réponse défavorable.
Nous avons choisi de poursuivre le processus avec des profils dont l'expérience se rapproche davantage des exigences du poste.
Votre parcours a retenu toute notre attention ; nous ne donnerons toutefois pas suite à votre candidature pour ce poste.
SUBJECT: Mise à jour de votre candidature – {role} || Le statut de votre candidature a été mis à jour. Nouveau statut : non retenue. Vous pouvez consulter l'historique de vos démarches depuis votre espace candidat.
On a bien regardé ton profil et, pour ce poste, on part sur des candidat·es qui ont plus d'expérience en gestion de produit B2B. Ce ne sera donc pas pour cette fois.
La commission de sélection s'est réunie le 5 juin. Après examen de l'ensemble des dossiers, le vôtre n'a pas été retenu pour la phase d'entretiens.
J'ai présenté votre candidature à mon client pour le poste de {role}. Celui-ci a préféré ne pas la retenir, car il recherche une expérience plus marquée dans le secteur bancaire. Je reviendrai vers vous si une autre mission correspond à votre profil.
Depuis sa création en 2009, {company} accompagne plus de 2 000 clients en Europe, et chaque candidature reçue est lue par une personne de l'équipe. C'est pourquoi nous tenions à vous informer personnellement que nous ne poursuivrons pas le processus avec vous pour le poste de {role}.
Merci pour ta candidature ! Honnêtement, ça ne colle pas tout à fait avec ce qu'on cherche en ce moment.
Nous sommes au regret de ne pouvoir réserver une suite favorable à votre demande.
Malgré la qualité de votre parcours, d'autres candidatures se sont révélées plus proches du profil recherché.
Votre candidature ne répond pas aux critères requis pour ce poste (diplôme de niveau bac+5 en contrôle de gestion) ; nous ne pouvons donc pas l'examiner plus avant.
Il a été décidé de ne pas donner suite à votre candidature.
Le comité de sélection a examiné votre dossier de candidature au poste de maître de conférences. J'ai le regret de vous informer que vous n'avez pas été retenu·e pour l'audition.
Face au très grand nombre de candidatures reçues, nous avons dû faire des choix et ne sommes pas en mesure de vous proposer un entretien.
Le poste sera finalement confié à une personne déjà présente dans l'entreprise ; nous clôturons donc votre dossier pour ce recrutement.
Nous avons décidé de prendre une autre direction pour ce recrutement.
""",
        "rej_r6_interview": """
Merci encore pour le temps consacré à nos échanges. À l'issue de nos deux entretiens, nous avons retenu une autre personne dont l'expérience managériale correspond davantage à nos besoins immédiats.
Suite à votre entretien du 3 juin, nous sommes au regret de vous informer que nous ne serons pas en mesure de vous faire une proposition d'embauche.
On a beaucoup aimé échanger avec toi pendant l'étude de cas. Au final, on a choisi quelqu'un qui avait déjà piloté une équipe data, donc on ne va pas aller plus loin ensemble sur ce poste.
Le jury a délibéré à l'issue des épreuves orales : votre nom ne figure ni sur la liste principale ni sur la liste complémentaire.
La décision a été difficile, car vous faisiez partie des deux finalistes. L'offre a finalement été faite à l'autre candidate, qui l'a acceptée.
Je vous confirme par écrit notre échange téléphonique de ce matin : nous n'irons pas plus loin dans le processus après l'entretien final.
""",
        "rej_r6_gone": """
Le poste de {role} a été pourvu. Nous avons donc clôturé l'ensemble des candidatures en cours.
En raison d'une réorganisation interne, le recrutement pour ce poste est suspendu jusqu'à nouvel ordre, et nous ne pouvons pas poursuivre l'examen de votre candidature.
L'offre d'emploi à laquelle vous avez postulé a été retirée ; votre candidature ne peut donc plus être traitée.
Le recrutement a été annulé à la suite d'un gel des embauches décidé par la direction générale.
Nous vous informons que la procédure de recrutement relative à l'avis de vacance n° 2025-114 a été déclarée infructueuse et ne donnera lieu à aucune nomination.
""",
        "ack_r6": """
Nous accusons réception de votre candidature au poste de {role} et vous en remercions. Elle sera étudiée avec la plus grande attention.
Votre candidature nous est bien parvenue. En raison du nombre important de dossiers reçus, nous ne sommes malheureusement pas en mesure de répondre individuellement à chacun : sans réponse de notre part sous quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue.
Votre candidature est toujours en cours d'étude. Le processus prend un peu plus de temps que prévu, et nous reviendrons vers vous d'ici la fin du mois.
Ta candidature est bien arrivée chez nous ! On prend le temps de lire chaque dossier, et tu auras un retour d'ici deux semaines, quoi qu'il arrive.
Nous n'avons pas encore pris de décision concernant le poste ; les entretiens se poursuivent cette semaine. Merci pour votre patience.
SUBJECT: Votre candidature a changé de statut || Nouveau statut : en cours d'évaluation par le manager. Aucune action n'est requise de votre part pour le moment.
Malheureusement, la personne en charge de votre dossier est absente jusqu'au 20 juin. Votre candidature reste active et sera traitée dès son retour.
Si votre profil correspond à nos attentes, un membre de l'équipe RH vous contactera pour convenir d'un premier échange.
Votre dossier a bien été enregistré sous le numéro 4587. Il sera examiné par la commission après la date limite de dépôt des candidatures.
""",
        "inv_r6": """
Votre profil nous intéresse et nous aimerions en discuter avec vous. Seriez-vous disponible pour un appel d'une trentaine de minutes mardi ou jeudi prochain ?
On aimerait beaucoup te rencontrer ! Tu peux réserver un créneau pour une visio directement via le lien ci-dessous.
Dans le cadre de notre processus, nous vous invitons à passer un test de raisonnement en ligne d'environ 40 minutes, à compléter dans les cinq jours.
Malheureusement, notre directrice financière a un empêchement et nous devons décaler votre entretien de vendredi. Seriez-vous disponible lundi à 11 h ou mardi à 15 h ?
Nous vous confirmons votre rendez-vous le jeudi 19 juin à 10 h dans nos locaux, 12 rue de la République à Lyon. Merci de vous présenter à l'accueil muni d'une pièce d'identité.
Nous souhaitons vous convier à un entretien devant le jury le 26 juin : dix minutes de présentation de votre parcours, suivies de vingt minutes d'échange.
Suite à notre premier échange, nous vous proposons de passer à l'étape suivante : une rencontre avec l'équipe et un cas pratique à préparer.
Nous aimerions faire plus ample connaissance. Quand seriez-vous disponible pour prendre un café, sur place ou à distance ?
""",
        "off_r6": """
C'est avec grand plaisir que nous vous confirmons notre souhait de vous accueillir au sein de l'équipe en tant que {role}. Votre contrat à durée indéterminée vous parviendra par voie électronique dans les prochains jours.
Comme je te l'ai dit au téléphone, toute l'équipe est partante : on veut t'embaucher ! Je t'envoie la proposition écrite avec la rémunération et la date de démarrage d'ici demain.
Malheureusement, nous ne pouvons pas aller au-delà de 52 k€ en fixe, mais nous vous proposons une prime d'arrivée et trois jours de télétravail par semaine. Le reste de notre proposition est inchangé ; pourriez-vous nous donner votre réponse d'ici vendredi ?
""",
        "oth_r6": """
Vous avez récemment participé à un processus de recrutement chez {company}. Pourriez-vous nous consacrer trois minutes pour répondre à notre enquête sur l'expérience candidat ? Vos réponses sont anonymes.
Cela fait un moment que votre profil n'a pas été mis à jour dans notre base. Pourriez-vous actualiser votre CV et vos disponibilités, afin que nous puissions vous proposer des missions adaptées ?
""",
        "oth_cold": """
Je me permets de vous contacter car votre profil LinkedIn correspond à une mission de {role} que je recrute pour un client du secteur de l'énergie à Nantes (CDI, 55–60 k€). Si ce n'est pas le bon moment, excusez-moi pour le dérangement. Seriez-vous ouvert·e à un rapide échange ?
""",
        "oth_alert": """
SUBJECT: Nouvelles offres : {role} – Île-de-France || 9 nouvelles offres correspondent à votre alerte « {role} » : {role} H/F – Maison Verlaine – CDI, Paris 8e ; {role} confirmé·e – Brightwater Analytics – télétravail partiel ; {role} en alternance – Kestrel Health – La Défense. Modifier ou supprimer cette alerte.
""",
        "oth_newsletter": """
Un refus après un entretien final, ça fait mal. Dans la lettre carrière de ce mois-ci : comment rebondir après une réponse négative, pourquoi demander un retour au recruteur, et trois erreurs qui coûtent souvent une proposition d'embauche. Aussi au programme : les salaires des métiers de la data en 2025.
""",
    },
    "es": {
        "rej_r6": """
Tras revisar con detenimiento tu candidatura, hemos decidido no seguir adelante con ella en esta ocasión.
SUBJECT: Novedades en tu candidatura || Tu candidatura para la oferta «{role}» ha sido descartada por la empresa. Sigue buscando: tenemos miles de ofertas nuevas cada día.
Le informamos que su postulación no fue seleccionada para continuar en el proceso. Agradecemos el tiempo dedicado y lo invitamos a seguir atento a nuestras próximas vacantes.
Hemos optado por otros perfiles que se ajustan más a lo que necesitamos en este momento.
Gracias por escribirme. Le eché un vistazo a tu CV y, siendo sincera, para este puesto no encaja del todo. Ojalá coincidamos más adelante.
Una vez valorados los méritos de todas las personas aspirantes, la comisión ha resuelto no convocarle a la fase de entrevista por no alcanzar la puntuación mínima exigida en la convocatoria.
Lamentamos comunicarte que no has superado el filtro inicial del proceso.
Presenté tu perfil a nuestro cliente, pero finalmente ha preferido no avanzar contigo, ya que busca a alguien con más recorrido en el sector farmacéutico. Te tengo en cuenta para próximos procesos.
No podemos considerar tu candidatura, ya que el puesto requiere permiso de trabajo vigente en la Unión Europea.
Por este medio le comunicamos que, después de analizar su perfil, usted no continuará en el proceso de reclutamiento para la vacante de {role}.
Aunque tu trayectoria nos ha parecido muy interesante, la decisión ha sido avanzar con otra persona.
En esta ocasión no vamos a poder ofrecerte una entrevista.
Hemos decidido cerrar tu proceso para esta vacante. Conservaremos tus datos por si surge una oportunidad más acorde con tu experiencia.
Esta vez no ha podido ser.
Revisamos tu perfil y, por ahora, decidimos no avanzar con tu postulación para esta búsqueda. Seguí atento a nuestras novedades en LinkedIn.
En {company} llevamos más de quince años impulsando la transición energética en España y Latinoamérica, y cada proceso de selección lo cuidamos al detalle. Por eso queremos contarte personalmente que, tras la primera fase, tu candidatura no ha resultado seleccionada.
Su perfil ha quedado descartado para esta posición por no cumplir con el requisito de inglés avanzado.
""",
        "rej_r6_interview": """
Muchas gracias por tu tiempo en las entrevistas con el equipo. Ha sido una decisión muy reñida, pero finalmente la oferta se la hemos hecho a otra candidata con más experiencia liderando equipos.
Después de la entrevista final, el comité decidió continuar con otro candidato, por lo que no podremos extenderle una oferta.
Te confirmo por escrito lo que hablamos por teléfono: tras la prueba técnica y la entrevista, no vamos a seguir adelante contigo.
Tras valorar todas las entrevistas, lamentamos informarte de que no has sido la persona seleccionada para el puesto.
Agradecemos su participación en las distintas etapas del proceso. En esta ocasión, su perfil no fue el elegido para la posición.
Disfrutamos mucho la conversación contigo, pero sentimos que no hay un encaje mutuo en cuanto al alcance del rol, así que preferimos no continuar.
""",
        "rej_r6_gone": """
La vacante de {role} ya ha sido cubierta, por lo que hemos cerrado el proceso.
Debido a una reestructuración interna, la posición ha quedado congelada y no podemos continuar con el proceso de selección.
La empresa decidió cancelar la búsqueda para esta posición, así que tu postulación queda cerrada.
Le comunicamos que el proceso selectivo ha sido declarado desierto y no se procederá a ninguna contratación.
La oferta de empleo a la que te inscribiste ha sido retirada por la empresa y ya no admite candidaturas.
""",
        "ack_r6": """
Hemos recibido tu candidatura para el puesto de {role}. Nuestro equipo la revisará en los próximos días.
Te confirmamos que tu candidatura se ha registrado correctamente. Debido al elevado volumen de solicitudes, lamentablemente no podemos responder a todas de forma individual; si en un plazo de 30 días no has recibido noticias nuestras, entiende que tu perfil no ha sido seleccionado en esta ocasión.
Su postulación se encuentra en revisión. Lamentablemente el proceso está tomando más tiempo de lo previsto; le escribiremos en cuanto tengamos novedades.
Todavía no tenemos una decisión. Seguimos entrevistando a algunas personas y esperamos cerrar el proceso a finales de mes.
SUBJECT: La empresa ha leído tu CV || Estado de tu candidatura: en proceso. La empresa ha leído tu CV para la oferta «{role}». Te avisaremos de cualquier cambio.
Gracias por tu paciencia. Aún estamos revisando perfiles y no hemos tomado ninguna decisión.
Le confirmamos la recepción de su solicitud. En caso de que su perfil cumpla con los requisitos, nos pondremos en contacto con usted para agendar una entrevista.
Tu candidatura ha pasado a revisión por parte de la persona responsable de la contratación. No necesitas hacer nada más por ahora.
Se ha registrado su solicitud de participación en el proceso selectivo con el número 2025/7731. La lista provisional de personas admitidas se publicará en la sede electrónica.
""",
        "inv_r6": """
Nos ha gustado mucho tu perfil y nos encantaría conocerte. ¿Tendrías un hueco esta semana para una llamada de unos 20 minutos?
Queremos invitarlo a una videollamada con el líder del área. Por favor, seleccione en el siguiente enlace el horario que le resulte más conveniente.
El siguiente paso del proceso es una prueba técnica online de 90 minutos. Tienes cinco días para completarla.
Lamentablemente, la responsable del equipo ha tenido un imprevisto y necesitamos mover la entrevista del jueves. ¿Te vendría bien el lunes a las 10:00 o el martes a las 16:30?
Te confirmamos la entrevista presencial el miércoles 18 de junio a las 11:00 en nuestras oficinas del Paseo de la Castellana, planta 14. Pregunta por {sender} en recepción.
Queremos que conozcas al equipo: te proponemos una sesión de una hora con dos personas del área, en la que también podrás hacer todas las preguntas que quieras.
Por medio del presente le invitamos a presentarse a entrevista el viernes 20 de junio a las 9:00 horas. Favor de traer identificación oficial y su CV impreso.
¡Hola! Vimos tu postulación y nos gustaría charlar con vos. ¿Tenés disponibilidad el martes o el miércoles por la tarde?
""",
        "off_r6": """
Estamos encantados de comunicarte que queremos que te unas a {company} como {role}. En el documento adjunto encontrarás la propuesta económica y la fecha de incorporación prevista; te agradeceríamos una respuesta antes del viernes.
Tal como conversamos por teléfono, es un gusto confirmarle que usted fue seleccionado para la posición. En las próximas horas recibirá la propuesta formal por correo.
Lamentablemente no podemos subir el salario fijo por encima de lo propuesto, pero sí podemos añadir un bonus de incorporación y un día más de teletrabajo. El resto de la oferta se mantiene.
""",
        "oth_r6": """
¡Gracias por visitar nuestro stand en la Feria de Empleo de la Universidad de Valencia! Como te comentamos, todas nuestras vacantes están publicadas en nuestra web de empleo.
Tu cuenta en el portal de empleo de {company} se ha creado correctamente. Para activarla, confirma tu dirección de correo en las próximas 48 horas.
""",
        "oth_cold": """
Te escribo porque vi tu perfil en LinkedIn y creo que podrías encajar en una posición de {role} para un cliente del sector logístico en Ciudad de México (híbrido). Si no es el momento o no te interesa, disculpa la molestia. ¿Te parece si hablamos diez minutos esta semana?
""",
        "oth_alert": """
SUBJECT: Nuevas ofertas para ti: {role} en Madrid || Hay 7 nuevas ofertas que coinciden con tu alerta: {role} – Solaria Energía – indefinido, híbrido; {role} junior – Brightwater Analytics – teletrabajo; {role} – Pampa Agrotech – jornada completa. Ver todas las ofertas · Gestionar alertas.
""",
        "oth_newsletter": """
¿Te han dicho que no? En la newsletter de empleo de esta semana hablamos de cómo gestionar el rechazo en un proceso de selección, por qué muchas empresas no explican sus motivos y cómo pedir feedback sin incomodar. Además: las preguntas más frecuentes en una entrevista por competencias.
""",
    },
    "pt": {
        "rej_r6": """
Agradecemos sua participação no processo seletivo para a vaga de {role}. Neste momento, seu perfil não foi aprovado para as próximas etapas.
SUBJECT: Atualização da sua candidatura || Status da candidatura: Reprovado. Etapa: Triagem curricular. Continue acompanhando nossas vagas no portal.
Após análise cuidada da sua candidatura, lamentamos informar que não foi selecionado/a para a fase seguinte do processo de recrutamento.
Optamos por seguir com candidatos cujo perfil está mais alinhado aos requisitos da posição.
Vi seu currículo e, pra essa vaga, não vai rolar dessa vez. Valeu demais pelo interesse!
A {company} nasceu em 1994 como uma pequena tecelagem em Blumenau e hoje emprega mais de 2.500 pessoas em três países. Levamos cada processo seletivo muito a sério e, por isso, queremos informar pessoalmente que sua candidatura para {role} não seguirá adiante.
Informa-se que, em sede de avaliação curricular, V. Ex.ª foi excluído/a do procedimento concursal por não reunir os requisitos exigidos no aviso de abertura.
Apresentei seu perfil ao cliente, mas eles decidiram não dar sequência, pois buscam alguém com vivência maior em varejo. Assim que surgir algo mais alinhado, te chamo.
Decidimos encerrar sua participação neste processo.
Não será possível considerar sua candidatura, pois a vaga exige disponibilidade para trabalhar presencialmente em Campinas.
Recebemos muitas candidaturas qualificadas e, após avaliação, a sua não avançou para a fase de entrevistas.
Vimos por este meio comunicar que a sua candidatura não reúne, neste momento, as condições para prosseguir.
Não nos é possível oferecer-lhe uma entrevista nesta fase.
Decidimos seguir por outro caminho.
Outra pessoa, com experiência mais próxima do que o time precisa agora, foi escolhida para a posição.
A comissão de seleção concluiu a análise documental, e o seu nome não consta da lista de candidatos habilitados para a prova didática.
Sua candidatura foi desclassificada por não atender ao requisito de inglês avançado.
""",
        "rej_r6_interview": """
Obrigado pelo tempo dedicado às entrevistas com o time. Foi uma decisão difícil, mas a proposta foi feita a outra candidata, que já aceitou.
Na sequência da entrevista realizada no dia 4 de junho, informamos que optámos por outro candidato, pelo que não lhe iremos apresentar uma proposta.
Você chegou até a etapa final, o que já mostra o quanto seu perfil chamou atenção. Mesmo assim, decidimos seguir com outra pessoa.
Conforme conversamos por telefone, formalizo aqui que não vamos avançar após o case e a entrevista com a diretoria.
SUBJECT: Resultado da etapa: Entrevista com gestores || Após o painel com os gestores, seu perfil foi reprovado na etapa de entrevistas. Agradecemos sua dedicação ao longo do processo.
Sentimos que não houve um alinhamento mútuo quanto às expectativas da função e, por isso, encerramos aqui o processo.
""",
        "rej_r6_gone": """
A vaga de {role} foi preenchida e, por isso, encerramos o processo seletivo.
Devido a uma reestruturação interna, a vaga foi congelada por tempo indeterminado e o processo não terá continuidade.
SUBJECT: Vaga encerrada – {role} || A vaga para a qual você se candidatou foi encerrada sem contratação pela empresa.
Informamos que o procedimento concursal foi cessado por despacho superior, não havendo lugar a qualquer contratação.
A empresa retirou a vaga de divulgação e não dará seguimento ao recrutamento neste momento.
""",
        "ack_r6": """
Recebemos sua candidatura para a vaga de {role}! Nosso time de Talent Acquisition vai analisar seu perfil com cuidado.
Sua candidatura foi registrada com sucesso. Devido ao grande volume de inscrições, infelizmente não conseguimos responder individualmente: caso não receba retorno em até 30 dias, considere que seu perfil não avançou desta vez.
Sua candidatura ainda está em análise. O processo está levando mais tempo do que o previsto, mas daremos um retorno assim que possível.
Confirmamos a receção da sua candidatura. A mesma será analisada e, caso o seu perfil se adeque à função, entraremos em contacto.
SUBJECT: Sua candidatura avançou de etapa || Etapa atual: Análise de currículo. Acompanhe o status da sua candidatura pelo nosso portal.
Ainda não temos uma definição sobre a vaga. Estamos finalizando as entrevistas e devemos dar um retorno até o fim do mês.
Infelizmente a gestora responsável está de férias; sua candidatura continua ativa e será avaliada assim que ela retornar.
Acusamos a receção da sua candidatura ao procedimento concursal. A lista de candidatos admitidos e excluídos será publicada na página eletrónica do organismo.
Obrigada por perguntar! Ainda não há novidades: o time está conversando com alguns candidatos e você segue no processo.
""",
        "inv_r6": """
Gostamos muito do seu perfil e queremos te conhecer melhor! Você teria disponibilidade para um bate-papo de 30 minutos nesta semana?
Gostaríamos de a/o convidar para uma entrevista por videochamada. Por favor, indique a sua disponibilidade para os dias 16 ou 17 de junho.
A próxima etapa do processo é um teste online de lógica e inglês, com duração aproximada de 40 minutos. O link expira em 3 dias.
Infelizmente o gestor teve um imprevisto e precisamos remarcar nossa conversa de quinta. Pode ser sexta às 10h ou segunda às 15h?
Confirmamos sua entrevista presencial na terça-feira, 17/06, às 14h, na Av. Paulista, 1000 – 8º andar. Traga um documento com foto.
Parabéns, você foi aprovado(a) para a etapa de entrevista com a liderança! Escolha um dos horários disponíveis no link abaixo.
Queremos apresentar o time e entender melhor suas expectativas. Que tal uma dinâmica de grupo online na próxima segunda-feira, às 9h?
Fica V. Ex.ª convocado/a para a entrevista profissional de seleção, a realizar no dia 25 de junho, às 10h00, nas instalações dos serviços centrais.
""",
        "off_r6": """
É com muita alegria que te convidamos para fazer parte do time como {role}! Segue em anexo a carta-proposta com salário, benefícios e data de início.
Conforme falámos ao telefone, temos todo o gosto em confirmar que queremos contar consigo na equipa. A proposta formal seguirá por e-mail até amanhã.
Infelizmente não conseguimos aumentar o salário fixo acima do valor proposto, mas podemos incluir um bônus de contratação e auxílio home office. As demais condições da proposta permanecem; aguardamos seu retorno até sexta.
""",
        "oth_r6": """
Faz tempo que você não atualiza seu perfil no nosso banco de talentos. Que tal revisar seu currículo e suas preferências de vaga? Assim conseguimos te indicar oportunidades mais alinhadas.
Conforme a LGPD, seus dados estão no nosso banco de talentos há 12 meses. Para continuar participando de futuros processos, confirme seu consentimento pelo botão abaixo; caso contrário, seus dados serão excluídos em 30 dias.
""",
        "oth_cold": """
Encontrei seu perfil no LinkedIn e acho que você tem tudo a ver com uma posição de {role} que estou conduzindo para um cliente do agronegócio em Ribeirão Preto (híbrido). Se não fizer sentido agora, desculpe o incômodo. Topa uma conversa rápida?
""",
        "oth_alert": """
SUBJECT: Novas vagas para você: {role} || Encontramos 6 novas vagas com base no seu alerta: {role} Pleno – Aurora Têxtil – São Paulo, híbrido; {role} Sênior – Pampa Agrotech – remoto; {role} Júnior – Kestrel Health – Lisboa. Ver todas as vagas · Gerenciar alertas.
""",
        "oth_newsletter": """
Levou um "não" depois da entrevista? Na newsletter de carreira desta semana: como lidar com a reprovação num processo seletivo, o que os recrutadores não contam no e-mail de retorno e como usar o feedback a seu favor. E ainda: cinco perguntas para fazer ao final da entrevista.
""",
    },
}

WRAP: dict[str, dict[str, list[str]]] = {
    "en": {
        "greet": ["Hi {first},", "Dear {first},", "Hello {first},"],
        "thanks": [
            "Thank you for considering {company} for the next step in your career.",
            "Thanks a lot for the time and care you put into your application for {role}.",
            "We're grateful that you chose to apply for the {role} position with us.",
        ],
        "wish": [
            "We wish you every success with your search and in your future career.",
            "Good luck with whatever comes next – we hope our paths cross again.",
            "All the very best for the rest of your job search.",
        ],
        "marketing": [
            "At {company}, we build the tools that help 12,000 small businesses run their finances – and we're proud to have been named one of the region's top 50 places to work for the third year running.",
            "{company} is a certified B Corp with offices in five countries. Our people work hybrid, learn on company time and spend two paid days a year volunteering in their communities.",
        ],
        "sign": [
            "Best regards,\n{sender}\nTalent Acquisition | {company}",
            "Kind regards,\n{sender}",
            "Cheers,\n{sender_first}",
        ],
        "footer": [
            "You are receiving this message because you applied through the {company} careers site. To find out how we handle your personal data, please read our candidate privacy notice.",
            "This mailbox is not monitored, so please don't reply directly to this e-mail. © 2025 {company}. All rights reserved.",
        ],
        "subject_app": [
            "Your application for {role} at {company}",
            "{company} | {role}",
            "Update on your {role} application",
        ],
        "subject_inv": [
            "Next steps – {role} at {company}",
            "Let's talk: {role}",
            "Scheduling – {role}",
        ],
        "subject_off": [
            "Your offer from {company}",
            "Welcome to {company}! ({role})",
            "{role} – offer details",
        ],
        "subject_oth": [
            "A message from {company}",
            "{company} Careers",
            "News from the {company} talent team",
        ],
    },
    "de": {
        "greet": [
            "Guten Tag {first} Rivera,",
            "Hallo {first},",
            "Hallo {first}, ich hoffe, dir geht es gut.",
        ],
        "thanks": [
            "vielen Dank für Ihr Interesse an {company} und die Zeit, die Sie in Ihre Bewerbung als {role} investiert haben.",
            "Wir freuen uns, dass Sie sich für eine Tätigkeit bei {company} interessieren.",
            "danke, dass du dich bei {company} als {role} beworben hast.",
        ],
        "wish": [
            "Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute und viel Erfolg.",
            "Wir wünschen Ihnen für die Zukunft nur das Beste.",
            "Wir drücken dir die Daumen für deine weitere Suche!",
        ],
        "marketing": [
            "{company} entwickelt seit 1987 Antriebstechnik für die Windkraft – heute mit über 1.200 Mitarbeitenden an sechs Standorten und ausgezeichnet als Top-Arbeitgeber Mittelstand.",
            "Bei {company} erwartet dich ein Team aus über 40 Nationen, flexible Arbeitszeiten und echte Verantwortung ab dem ersten Tag.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}\nPersonalabteilung {company}",
            "Viele Grüße\n{sender}",
            "Liebe Grüße – und melde dich gern, wenn du Fragen hast\n{sender_first}",
        ],
        "footer": [
            "Diese E-Mail wurde automatisch erstellt. Informationen zur Verarbeitung Ihrer Daten finden Sie in unserer Datenschutzerklärung für Bewerber*innen.",
            "{company} · Sitz der Gesellschaft: München · Registergericht: Amtsgericht München · Geschäftsführung: Dr. Katrin Albers, Stefan Yilmaz",
            "Du erhältst diese E-Mail, weil du dich über unser Karriereportal beworben hast.",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "{role} bei {company} – Rückmeldung",
            "Deine Bewerbung bei {company}",
        ],
        "subject_inv": [
            "Nächster Schritt: {role} bei {company}",
            "Terminabstimmung – {role}",
            "Hast du Zeit für einen Call? ({role})",
        ],
        "subject_off": [
            "Ihr Vertragsangebot – {role}",
            "Willkommen bei {company}!",
            "Dein Angebot von {company}",
        ],
        "subject_oth": [
            "Neuigkeiten von {company}",
            "{company} Karriere",
        ],
    },
    "fr": {
        "greet": ["Bonjour {first},", "Madame, Monsieur,", "Cher·e {first},"],
        "thanks": [
            "Nous vous remercions de l'intérêt que vous portez à {company} et du temps consacré à votre candidature au poste de {role}.",
            "Merci d'avoir pensé à {company} pour la suite de votre parcours.",
        ],
        "wish": [
            "Nous vous souhaitons pleine réussite dans vos recherches et dans la suite de votre parcours professionnel.",
            "Au plaisir de croiser à nouveau votre route, et bonne continuation !",
            "Nous vous adressons tous nos vœux de succès pour vos projets à venir.",
        ],
        "marketing": [
            "Entreprise familiale fondée en 1952, {company} conçoit des solutions durables pour l'industrie et compte aujourd'hui 3 400 collaboratrices et collaborateurs dans 11 pays.",
            "Chez {company}, nous croyons que la technologie doit rester humaine : télétravail flexible, formation continue et un engagement fort en faveur de la diversité.",
        ],
        "sign": [
            "Bien cordialement,\n{sender}\nDirection des Ressources Humaines – {company}",
            "Belle journée,\n{sender_first}",
            "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n{sender}",
        ],
        "footer": [
            "Conformément au RGPD, vous pouvez exercer vos droits d'accès, de rectification et de suppression de vos données en écrivant à notre délégué à la protection des données.",
            "Ce message a été envoyé automatiquement, merci de ne pas y répondre.",
        ],
        "subject_app": [
            "Votre candidature – {role}",
            "{company} : votre candidature au poste de {role}",
            "Candidature {role} / {company}",
        ],
        "subject_inv": [
            "Prochaine étape – {role}",
            "Proposition de rendez-vous – {company}",
        ],
        "subject_off": [
            "Proposition d'embauche – {role}",
            "Bienvenue chez {company} !",
        ],
        "subject_oth": [
            "Des nouvelles de {company}",
            "{company} Recrutement",
        ],
    },
    "es": {
        "greet": ["Hola, {first}:", "Estimado/a {first}:", "Buen día {first},"],
        "thanks": [
            "Gracias por tu interés en {company} y por el tiempo que has dedicado a tu candidatura para {role}.",
            "Le agradecemos que haya considerado a {company} para dar el siguiente paso en su carrera.",
        ],
        "wish": [
            "Te deseamos mucha suerte en tu búsqueda y en tus próximos proyectos.",
            "Le deseamos el mayor de los éxitos en su desarrollo profesional.",
            "Ojalá volvamos a coincidir pronto. ¡Mucho éxito!",
        ],
        "marketing": [
            "{company} es una empresa líder en energías renovables con presencia en ocho países y más de 1.800 profesionales comprometidos con un futuro sostenible.",
            "En {company} apostamos por el talento joven, la flexibilidad y la formación continua. Por tercer año consecutivo hemos sido certificados como Great Place to Work.",
        ],
        "sign": [
            "Un saludo,\n{sender}\nEquipo de Talento | {company}",
            "Saludos cordiales,\n{sender}",
            "Un abrazo,\n{sender_first}",
        ],
        "footer": [
            "De acuerdo con el RGPD, puedes ejercer tus derechos de acceso, rectificación y supresión escribiendo a nuestra delegada de protección de datos.",
            "Este correo se ha enviado desde una dirección que no admite respuestas.",
        ],
        "subject_app": [
            "Tu candidatura en {company}",
            "Proceso de selección – {role}",
            "Actualización sobre su postulación: {role}",
        ],
        "subject_inv": [
            "Siguiente paso: {role}",
            "Agendemos una conversación – {company}",
        ],
        "subject_off": [
            "Propuesta de incorporación – {role}",
            "¡Bienvenido/a a {company}!",
        ],
        "subject_oth": [
            "Novedades de {company}",
            "{company} Empleo",
        ],
    },
    "pt": {
        "greet": ["Olá, {first}!", "Prezado(a) {first},", "Caro/a {first},"],
        "thanks": [
            "Obrigado pelo seu interesse na {company} e pelo tempo dedicado à sua candidatura para {role}.",
            "Agradecemos o interesse em fazer parte da {company}.",
        ],
        "wish": [
            "Desejamos muito sucesso na sua jornada profissional!",
            "Votos de sucesso para os seus próximos desafios.",
            "Torcemos para que nossos caminhos se cruzem novamente.",
        ],
        "marketing": [
            "A {company} é referência em tecnologia têxtil há três décadas, com mais de 2.500 colaboradores e certificação GPTW pelo quinto ano seguido.",
            "Na {company}, acreditamos que diversidade e inovação andam juntas: trabalho híbrido, trilhas de desenvolvimento e muito espaço para crescer.",
        ],
        "sign": [
            "Abraços,\n{sender}\nTime de Gente & Gestão | {company}",
            "Com os melhores cumprimentos,\n{sender}",
            "Atenciosamente,\n{sender}",
        ],
        "footer": [
            "Em conformidade com a LGPD, seus dados são tratados apenas para fins de recrutamento e seleção.",
            "Esta é uma mensagem automática; por favor, não responda a este e-mail.",
        ],
        "subject_app": [
            "Sua candidatura na {company}",
            "Processo seletivo – {role}",
            "Candidatura a {role}",
        ],
        "subject_inv": [
            "Próxima etapa – {role}",
            "Vamos conversar? {company}",
        ],
        "subject_off": [
            "Proposta de trabalho – {role}",
            "Bem-vindo(a) à {company}!",
        ],
        "subject_oth": [
            "Novidades da {company}",
            "{company} Carreiras",
        ],
    },
}

THREAD: dict[str, str] = {
    "en": (
        "Hi {sender_first},\n\nI just wanted to check in on the {role} position and thank you again for "
        "the interview last Tuesday – I really enjoyed hearing about the team's plans.\n\nBest,\nAlex\n\n"
        "{header2}\n\nHi Alex,\n\nThanks so much for your time in the interview today. The panel meets "
        "on Thursday to discuss next steps, and I'll be in touch by the end of the week either way. If any "
        "questions come up before then, just reply here.\n\nBest,\n{sender_first}"
    ),
    "de": (
        "Hallo {sender_first},\n\nich wollte mich kurz nach dem Stand zur Position {role} erkundigen und "
        "mich noch einmal für das nette Gespräch letzte Woche bedanken.\n\nViele Grüße\nAlex\n\n"
        "{header2}\n\nHallo Alex,\n\nvielen Dank für das Interview heute. Das Team bespricht am "
        "Donnerstag die nächsten Schritte, und ich melde mich bis Ende der Woche bei Ihnen – so oder "
        "so.\n\nBeste Grüße\n{sender_first}"
    ),
    "fr": (
        "Bonjour {sender_first},\n\nJe me permets de revenir vers vous au sujet du poste de {role} et "
        "vous remercie encore pour l'entretien de mardi dernier.\n\nBien à vous,\nAlex\n\n{header2}\n\n"
        "Bonjour Alex,\n\nMerci pour le temps accordé lors de l'entretien. L'équipe se réunit jeudi pour "
        "décider des prochaines étapes, et je reviendrai vers vous d'ici la fin de la semaine.\n\n"
        "Cordialement,\n{sender_first}"
    ),
    "es": (
        "Hola, {sender_first}:\n\nQuería saber si hay novedades sobre el puesto de {role} y darte las "
        "gracias de nuevo por la entrevista del martes.\n\nUn saludo,\nAlex\n\n{header2}\n\nHola, "
        "Alex:\n\nGracias por tu tiempo en la entrevista de hoy. El equipo se reúne el jueves para "
        "definir los próximos pasos y te escribiré antes del viernes, sea cual sea el resultado.\n\n"
        "Un saludo,\n{sender_first}"
    ),
    "pt": (
        "Olá, {sender_first}!\n\nGostaria de saber se há novidades sobre a vaga de {role} e agradecer "
        "mais uma vez pela entrevista da semana passada.\n\nAbraço,\nAlex\n\n{header2}\n\nOlá, Alex!\n\n"
        "Obrigada pelo seu tempo na entrevista de hoje. O time se reúne na quinta para alinhar os "
        "próximos passos e eu te dou um retorno até o fim da semana.\n\nAbraço,\n{sender_first}"
    ),
}
