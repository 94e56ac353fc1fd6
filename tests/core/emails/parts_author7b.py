# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Training part written in round 7 by an author who did not read the classifier: quick, casual mail from founders, team leads and agency recruiters at small firms and startups (en, de du/Sie, fr tu/vous, es tú/vos/usted, pt-BR você and pt-PT tu), with oblique rejections, client relays, take-home and trial-day outcomes, informal invitations, short offers with salary or start-date caveats, ATS and personal receipts, and hard negatives (referrals, withdrawals, data-retention notices, alerts, cold outreach, newsletters)."""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Brightloom Labs",
    "Kessler & Voss Werkstatt",
    "Atelier Nuvem",
    "Pampa Robotics",
    "Maison Tilleul",
    "Fjordbyte",
    "Cuesta Verde Studio",
    "Lumen Harbor Collective",
)

ROLES: tuple[str, ...] = (
    "Junior Product Designer",
    "Growth Marketing Manager",
    "Backend Engineer (Go)",
    "Warehouse Operations Lead",
    "Part-time Bookkeeper",
    "Community & Events Coordinator",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Jonas Richter", "jonas@{domain}"),
    ("Camila Ferreira", "camila.ferreira@{domain}"),
    ("Priya Natarajan", "priya@{domain}"),
    ("Théo Marchand", "theo@{domain}"),
    ("Lucía Benítez", "lucia.benitez@{domain}"),
    ("Mara Lindqvist", "no-reply@teamflow-ats.example"),
    ("Tom Okafor", "tom.okafor@northlane-talent.example"),
    ("Rafa Quintela", "jobs+notifications@hirehive.example"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_b7": """
Thanks so much for the time you put into this, {first}. Honestly we loved your portfolio, but we're going to pass for now, since we need someone who has shipped a mobile app end to end and that's not quite where you are yet.
SUBJECT: quick update on {role} || Hey {first}, short version: we've decided to keep looking. Nothing wrong with your application, it just isn't the profile we need at this stage of {company}.
I'll be straight with you because I hate leaving people hanging: we hired someone with more hands-on Shopify experience. Your cover letter was genuinely one of the best I read this month.
Sorry this took three weeks, that's on me. The team went through everyone and felt it wasn't a match for the {role} role right now, so we won't be taking it further.
We're a team of six, so every hire is a big bet, and for this one we're going with a candidate who's done the first-ops-hire thing before. Really appreciated your questions about our roadmap though.
Thanks for the take-home, {first}: clean code and a lovely README. That said, it missed the pagination edge cases we care about most, so we've decided not to progress your application.
Hi {first}, I've just heard back from my client about the {role} position and unfortunately the feedback wasn't positive; they want someone with stronger stakeholder management. I'll keep you in mind for other briefs that land on my desk.
Quick one: the client has decided not to take your application further. I pushed for you, for what it's worth. Let's catch up next week about what else is out there.
Not the right moment for us to bring in someone at your level, sadly. We'd be underselling you and couldn't pay what you're worth, so we'll leave it here. Let's stay in touch, I mean that.
We went back and forth on this one and in the end we're going with someone who can start in January. Let's stay in touch, I'd genuinely like to hear from you again if something opens up.
thx for applying! we read everything ourselves here (no ATS, just me and a very long spreadsheet 😅) and we won't be inviting you to the next step this time. best of luck out there
SUBJECT: Your application to {company} || Dear {first}, we have reviewed your application for {role} carefully and regret to tell you that we will not be pursuing it further. This decision is not a judgement of your abilities.
I'm sorry to send a two-line mail after such a long application form. Our shortlist is full and yours didn't make it in, mostly because this one needs fluent Dutch.
Appreciate you doing the case study over the weekend, which was honestly more work than we should have asked for. The panel preferred a different take on the pricing question, so we're not moving ahead with you.
Honestly it was close. Two of us wanted to bring you in, but we could only pick one and we went with the person who has agency experience. Sorry, {first}.
We have decided to move forward with other applicants whose background more closely matches what the team needs at the moment. Please don't let this put you off applying to future openings at {company}.
I shared your CV with the founders and they liked it, but they want someone who has worked in a regulated fintech before, so it's a no from us on this one. Happy to explain more on a call if that's useful.
Your references were glowing and I wish I could say yes, but the board asked us to hire a more senior person for this seat, so I have to let you go from the process. Really sorry.
""",
        "rej_b7_interview": """
Thanks again for coming in on Tuesday and meeting everybody. We've talked it through as a team and decided to offer the role to another candidate. It genuinely came down to the wire.
I wanted to ring you but kept missing you, so here it is by mail: after the final round we're going with someone else. The team loved your energy; the gap was mostly on system design depth.
Hi {first}, feedback from the second interview is in. The client enjoyed meeting you but has chosen to proceed with an internal candidate. I know that stings after three rounds.
Thank you for the presentation on Thursday, the trustees really enjoyed it. After a long discussion we've decided to appoint another applicant with a longer fundraising track record.
You made it to the last two, which out of 140 applicants is no small thing. We made an offer to the other finalist and they accepted this morning, so we're closing things with you.
I'm sorry to say we won't be moving you on after yesterday's pairing session. We felt the collaboration side didn't click the way we need it to in a remote team this small.
SUBJECT: After our chat || Hi {first}, it was a pleasure talking to you and the rest of the crew last week. We've taken time to reflect and won't be extending an offer. If you'd like the interviewers' notes, just reply and I'll send them over.
""",
        "rej_b7_gone": """
Awkward news, I'm afraid: we've put the {role} hire on hold because our funding round slipped to Q3. It's not about you at all, and if it reopens I'll write to you first.
We've closed the search. An internal move filled the gap faster than anyone expected, so there's no role to offer any more. Sorry we didn't get further, {first}.
The position has been withdrawn following a restructuring of the team, so we are closing all open applications, including yours.
Bit embarrassing: the client I was recruiting for has frozen all hiring until next year, so the {role} brief is dead for now. I'll keep your details on file if you're happy with that.
Budget got cut in the last planning round and the role went with it. I really wish I had better news after you spent time on our screening questions.
SUBJECT: {role}: vacancy filled || A short note to let you know the vacancy has now been filled and we are no longer accepting applications. Thank you for considering {company}.
""",
        "ack_b7": """
Got your CV, thanks! I'll have a proper look this week and get back to you either way.
SUBJECT: We got it ✅ || This is an automatic message to confirm we've received your application for {role}. A real person reads every application; if there's a fit you'll hear from us within two weeks.
Thanks for applying! Quick heads-up: we're a small team and I'm travelling until the 14th, so it may be a little while before I reply properly. Your application hasn't fallen into a hole.
Your application for {role} at {company} has been submitted successfully. You can check its status any time in your candidate portal. Please do not reply to this email.
Just to say your application is with the hiring manager now and still under review. No decision yet; I'll nudge them if I haven't heard by Friday.
Hey {first}, saw your application come through via Welcome to the Jungle, thx. We're going through everything together on Monday.
Received, with thanks. We review applications on a rolling basis and will contact shortlisted candidates directly.
Many thanks for sending over your details for the {role} opportunity. I've registered you on our system and will be checking your profile against the client's brief over the next few days.
Unfortunately it's taking us longer than planned to get through applications, as we've had far more interest than expected. Yours is still in review and nobody has been turned down yet.
""",
        "inv_b7": """
Fancy a coffee and a chat with the team? We're in the office Tuesday to Thursday and any afternoon works. No prep needed, just come as you are.
Could you jump on a quick call Thursday? 20 minutes, just to get to know each other and tell you a bit more about what we're building.
Send me a few slots that work for you next week and I'll set up a video call with our CTO.
SUBJECT: Next step: take-home task || Good news: we'd like you to do a short take-home exercise. It should take about three hours and you'll have a week to submit. The brief is attached.
We'd love you to come in for a trial day on the 12th (paid, of course). You'd shadow the team, pair on a real ticket and have lunch with us.
Good news, the client wants to meet you! They've proposed Wednesday at 10:00 or Friday at 14:30 at their Leeds office. Let me know which suits and I'll confirm.
Please book a 30-minute slot with our hiring manager using the link below. If none of the times work, reply and we'll find another.
You're through to the final stage 🎉 Last step is an hour with both founders, on site if you can, remote if not. Could you do Monday or Tuesday?
Thanks for the chat yesterday, the team wants to see more. Next up is a 45-minute online coding assessment; the link will arrive from our testing platform shortly.
""",
        "off_b7": """
We'd love to have you on board, {first}! Formal paperwork follows tomorrow, but I wanted you to hear it from me first.
SUBJECT: the number 🙂 || Okay, here's the number we landed on: 58k base plus 0.3% equity and 28 days holiday. Contract attached, shout if anything looks off.
Really happy to offer you the {role} role. Unfortunately we can't stretch to the salary you mentioned; the best we can do is 52k, with a review after six months. Hope that still works for you.
Great news, the client has made you an offer! They're proposing £45,000 plus benefits with a start date of 1 March. Unfortunately they can't bring the start date forward, but they're flexible on hybrid days. Call me when you can.
Following your final interview, we are delighted to offer you the position of {role} at {company}. Your offer letter is attached and we'd appreciate your answer by Friday.
""",
        "oth_b7": """
Hi {first}, my friend Dana mentioned you might be looking. We have an opening for a {role} that I think suits you, so would you apply through our careers page and mention my name? The referral bonus helps me too, ha.
Thanks for letting us know you've accepted another offer and want to withdraw. Totally understand, and congrats! We've closed your application on our side.
Reminder: your candidate profile with {company} will be deleted in 30 days unless you confirm you'd like us to keep it for future roles. Click the button below to keep your data.
""",
        "oth_alert": """
New jobs matching your alert "product design, Berlin": 12 new roles this week, including {role} at {company} and three fully remote positions. Edit or pause this alert at any time.
""",
        "oth_cold": """
Hi {first}, came across your profile and thought of a client of mine, a seed-stage climate startup hiring a {role}. Fully remote, strong salary. No worries if it's not a fit, but would you be open to a 15-minute chat?
""",
        "oth_newsletter": """
This month on the {company} careers blog: how we actually run our four-day week, a day in the life of the support team, and five things we look for in a cover letter. Plus, we're hiring in Lisbon.
""",
    },
    "de": {
        "rej_b7": """
Danke dir für deine Bewerbung und die ausführliche Mappe! Ehrlich gesagt hat sie uns echt gut gefallen, aber wir haben uns entschieden weiterzusuchen, weil uns noch jemand mit mehr B2B-Vertriebserfahrung fehlt.
SUBJECT: Kurzes Update zu {role} || Hi {first}, ich mach's kurz: Wir passen diesmal nicht zusammen. Das liegt nicht an dir, sondern an dem, was wir gerade im Team brauchen.
Vielen Dank für die Zeit, die Sie in die Probeaufgabe investiert haben. Leider hat Ihre Lösung in zentralen Punkten nicht unseren Anforderungen entsprochen, daher können wir Sie im weiteren Verfahren nicht berücksichtigen.
Sorry, dass es so lange gedauert hat! Wir haben uns für jemanden entschieden, der schon mal ein Lager mit Schichtbetrieb aufgebaut hat. Dein Profil ist stark, aber für diese Rolle war's am Ende nicht das Richtige.
Hallo {first}, ich habe Rückmeldung von meinem Kunden: Er hat sich leider gegen eine Weiterführung Ihrer Bewerbung entschieden. Das Feedback war, dass Ihnen Erfahrung mit DATEV fehlt. Ich melde mich, sobald ich etwas Passenderes habe.
Nach reiflicher Überlegung haben wir uns für Bewerber*innen entschieden, deren Profil näher an unseren aktuellen Anforderungen liegt. Wir wissen Ihr Interesse an {company} sehr zu schätzen.
Der Probetag mit dir war super, das ganze Team mochte dich. Trotzdem haben wir gemerkt, dass die Stelle gerade nicht zu deinem Erfahrungsstand passt, deshalb sagen wir ab, auch wenn's uns schwerfällt.
Wir sind nur zu fünft, jede Einstellung ist für uns ein großer Schritt, und dieses Mal fiel die Wahl auf eine Person mit mehr Erfahrung im Onlinehandel. Bleib gern in Kontakt, ich meld mich, wenn sich was ergibt.
Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können. Die Entscheidung ist uns bei der Vielzahl sehr guter Unterlagen nicht leichtgefallen.
Ehrlich gesagt war's knapp. Am Ende hat sich das Team für jemanden mit mehr Erfahrung in der Buchhaltung für Vereine entschieden. Ich hoffe, du bist nicht zu enttäuscht.
Danke für deine Mail und den Lebenslauf. Für die Stelle brauchen wir fließendes Französisch, das stand leider nicht klar genug in der Ausschreibung, deshalb wird's diesmal nichts. Sorry für die Mühe!
kurze Rückmeldung von uns: wir gehen mit deiner Bewerbung nicht weiter. Nix Persönliches, wir hatten einfach extrem viele Bewerbungen für die eine Stelle. LG und alles Gute
Leider keine guten Nachrichten: Das Feedback vom Kunden fiel nicht positiv aus, dort sucht man eher jemanden mit Führungserfahrung. Ich behalte dich aber auf dem Schirm, versprochen!
Wir hätten Ihnen gern etwas anderes geschrieben, haben uns aber für eine Kandidatin entschieden, die bereits ab März verfügbar ist. Das hat am Ende den Ausschlag gegeben.
Deine Case Study hat gezeigt, dass du analytisch richtig was drauf hast. Für die Rolle brauchen wir aber jemanden, der im Performance-Marketing zu Hause ist, darum müssen wir dir leider absagen.
Unsere Entscheidung ist nicht zu Ihren Gunsten ausgefallen. Uns ist bewusst, dass diese Nachricht enttäuschend ist, und wir danken Ihnen für das Vertrauen in {company}.
Hey {first} 👋 Wir haben uns alle Bewerbungen angeschaut und uns für ein anderes Profil entschieden. Danke, dass du an uns gedacht hast!
Die Gründer fanden Ihr Profil spannend, sehen Sie im Moment aber nicht in dieser Rolle, die Antwort ist also leider nein. Gern erkläre ich Ihnen in einem kurzen Telefonat, woran es gelegen hat.
""",
        "rej_b7_interview": """
Danke nochmal für das nette Gespräch am Dienstag! Wir haben im Team lange diskutiert und uns am Ende für eine andere Person entschieden. Es war wirklich knapp.
Vielen Dank für Ihre Präsentation im zweiten Gespräch. Nach Abschluss aller Interviews haben wir uns entschieden, die Position anderweitig zu besetzen.
Hallo {first}, das Feedback nach dem Zweitgespräch ist da. Der Kunde war von Ihnen angetan, hat sich aber für eine interne Lösung entschieden.
Nach dem Pair-Programming gestern sind wir zu dem Schluss gekommen, dass es nicht ganz passt. Vor allem bei der Zusammenarbeit remote hat's noch nicht so geklickt, wie wir's bräuchten. Tut mir leid, {first}.
Du warst unter den letzten zwei von über 100 Bewerbungen. Wir haben der anderen Person ein Angebot gemacht und sie hat heute früh zugesagt, für dich ist der Prozess damit leider beendet.
Ich hätte dich lieber angerufen, hab dich aber nicht erreicht: Nach der finalen Runde gehen wir mit jemand anderem weiter. Falls du Feedback von den Interviewer:innen willst, schreib mir einfach.
SUBJECT: Ihr Probearbeitstag bei {company} || Vielen Dank, dass Sie sich einen ganzen Tag Zeit für uns genommen haben. Leider haben wir uns nach dem Probearbeiten gegen eine Zusammenarbeit entschieden.
""",
        "rej_b7_gone": """
Blöde Nachricht: Wir haben die Stelle vorerst auf Eis gelegt, weil sich unsere Finanzierungsrunde verschiebt. Mit dir hat das null zu tun, und wenn's wieder losgeht, melde ich mich zuerst bei dir.
Die ausgeschriebene Position wurde im Zuge einer Umstrukturierung gestrichen. Wir schließen daher alle laufenden Bewerbungsverfahren, auch Ihres.
Leider hat mein Kunde einen kompletten Einstellungsstopp bis Jahresende verhängt, das Mandat für {role} ist damit erst mal vom Tisch.
Wir haben die Suche beendet, weil die Stelle schneller als gedacht intern besetzt wurde. Sorry, dass es nicht weiterging.
SUBJECT: Stelle {role} nicht mehr verfügbar || Die Stelle ist inzwischen besetzt und wir nehmen keine weiteren Bewerbungen entgegen. Vielen Dank für Ihr Interesse an {company}.
Das Budget für die Stelle wurde in der letzten Planungsrunde gekürzt, und damit fällt die Position leider weg. Ich hätte dir gern was anderes geschrieben.
""",
        "ack_b7": """
Danke dir, CV ist angekommen! Ich schau ihn mir diese Woche in Ruhe an und melde mich so oder so.
SUBJECT: Eingangsbestätigung ✅ || Dies ist eine automatische Nachricht: Ihre Bewerbung als {role} ist bei uns eingegangen. Bitte antworten Sie nicht auf diese E-Mail.
Hi {first}, kurze Info: Ich bin bis zum 14. unterwegs, deshalb kann's ein paar Tage dauern, bis ich mich richtig melde. Deine Bewerbung ist aber nicht untergegangen!
Wir haben Ihre Unterlagen erhalten und prüfen sie derzeit. Über den weiteren Verlauf informieren wir Sie in den nächsten zwei bis drei Wochen.
Zwischenstand: Deine Bewerbung liegt gerade bei unserer CTO. Noch keine Entscheidung, ich hake nach, wenn ich bis Freitag nichts höre.
Leider dauert es bei uns länger als geplant, wir haben deutlich mehr Bewerbungen bekommen als erwartet. Ihre Bewerbung ist weiterhin im Verfahren, eine Entscheidung ist noch nicht gefallen.
Vielen Dank für die Zusendung Ihrer Unterlagen für die Position {role}. Ich habe Sie in unserem System angelegt und gleiche Ihr Profil in den nächsten Tagen mit den Anforderungen meines Kunden ab.
Deine Bewerbung über StepStone ist bei uns gelandet, danke! Wir sichten am Montag alles zusammen im Team.
Ihre Bewerbung wurde erfolgreich übermittelt. Den aktuellen Status können Sie jederzeit in Ihrem Bewerberkonto einsehen.
""",
        "inv_b7": """
Lust auf einen Kaffee und ein lockeres Kennenlernen mit dem Team? Wir sind Di bis Do im Büro, nachmittags passt eigentlich immer.
Hast du Donnerstag kurz Zeit für einen Call? 20 Minuten, einfach zum Kennenlernen und damit ich dir erzähle, woran wir gerade bauen.
Schick mir doch ein paar Zeitfenster für nächste Woche, dann setze ich einen Videocall mit unserer Gründerin auf.
SUBJECT: Nächster Schritt: Probeaufgabe || Wir würden Sie gern besser kennenlernen und bitten Sie um eine kleine Probeaufgabe von etwa drei Stunden. Sie haben dafür eine Woche Zeit, die Aufgabenstellung finden Sie im Anhang.
Magst du am 12. zu einem bezahlten Probetag vorbeikommen? Du arbeitest einen Tag bei uns mit, und mittags gehen wir zusammen essen.
Gute Nachrichten, der Kunde möchte Sie kennenlernen! Vorgeschlagen sind Mittwoch 10 Uhr oder Freitag 14:30 Uhr in Köln. Geben Sie mir kurz Bescheid, was Ihnen passt.
Bitte buchen Sie über den folgenden Link einen 30-minütigen Termin mit unserer Teamleitung. Falls keiner der Slots passt, antworten Sie einfach auf diese Mail.
Du bist in der finalen Runde 🎉 Zum Schluss noch ein einstündiges Gespräch mit beiden Gründern, gern vor Ort in Leipzig, sonst remote. Klappt Montag oder Dienstag?
Danke für das Telefonat gestern, wir würden gern weitermachen! Als Nächstes kommt ein 45-minütiger Online-Coding-Test, den Link bekommst du gleich von unserer Testplattform.
""",
        "off_b7": """
Wir würden dich total gern an Bord holen, {first}! Den Vertrag schicken wir morgen, aber du solltest es zuerst von mir hören.
SUBJECT: Unser Angebot 🙂 || So, hier die Zahl, auf die wir uns geeinigt haben: 62.000 € brutto im Jahr, 30 Urlaubstage und ein VSOP-Paket. Vertrag hängt an, sag Bescheid, wenn was unklar ist.
Wir freuen uns sehr, Ihnen die Stelle als {role} anbieten zu können. Leider können wir beim Gehalt nicht ganz auf Ihre Vorstellung eingehen: Möglich sind 54.000 €, mit einer Überprüfung nach der Probezeit.
Der Kunde hat Ihnen ein Angebot gemacht! Leider lässt sich der Starttermin nicht vor dem 1. April realisieren, dafür ist man bei Homeoffice-Tagen flexibel. Rufen Sie mich an, wenn Sie können.
Im Anschluss an unser letztes Gespräch freuen wir uns, Ihnen einen unbefristeten Arbeitsvertrag anzubieten. Bitte geben Sie uns bis Freitag Rückmeldung.
""",
        "oth_b7": """
Hey {first}, Jana meinte, du schaust dich gerade um. Wir suchen eine:n {role}, bewirb dich doch über unsere Karriereseite und nenn meinen Namen, dann landet's direkt bei mir.
Danke für Ihre Nachricht, dass Sie Ihre Bewerbung zurückziehen möchten. Schade, aber verständlich! Wir haben den Vorgang geschlossen und gratulieren zur neuen Stelle.
Ihre Bewerberdaten werden gemäß DSGVO in 30 Tagen gelöscht, sofern Sie nicht bestätigen, dass wir sie für zukünftige Stellen aufbewahren dürfen.
""",
        "oth_alert": """
Neue Jobs für dein Suchprofil „UX Design, Hamburg“: 9 neue Stellen, darunter {role} bei {company}. Suchauftrag bearbeiten oder pausieren.
""",
        "oth_cold": """
Hallo {first}, ich bin auf Ihr Profil gestoßen und musste an einen Kunden denken, ein Berliner Scale-up, das eine:n {role} sucht. Falls es nicht passt, kein Problem, aber hätten Sie Lust auf ein kurzes Telefonat?
""",
        "oth_newsletter": """
Neu im {company}-Karriereblog: Wie unsere Vier-Tage-Woche wirklich läuft, ein Tag im Support-Team und drei Tipps fürs Anschreiben. Außerdem stellen wir in München ein.
""",
    },
    "fr": {
        "rej_b7": """
Merci beaucoup pour ta candidature, on a vraiment aimé ton portfolio ! Mais on va passer notre tour pour cette fois, on cherche quelqu'un qui a déjà lancé une appli mobile de bout en bout.
SUBJECT: Petit retour sur {role} || Salut {first}, pour faire court : on a décidé de continuer nos recherches. Rien à redire sur ton dossier, ce n'est juste pas le profil qu'il nous faut maintenant.
Merci pour le temps consacré au test technique. Malheureusement, votre rendu ne répondait pas à plusieurs points essentiels, nous ne donnerons donc pas suite à votre candidature.
Désolé pour le délai, c'est ma faute. L'équipe a trouvé que ça ne collait pas tout à fait pour ce poste, donc on ne va pas aller plus loin ensemble.
Bonjour {first}, j'ai eu le retour de mon client concernant le poste de {role} et malheureusement il n'est pas positif : ils recherchent davantage d'expérience en gestion de stocks. Je garde votre CV sous le coude.
Après examen attentif, nous avons retenu des candidat·e·s dont le parcours correspond davantage à nos besoins actuels. Nous vous remercions de l'intérêt porté à {company}.
La journée d'essai avec toi était top, toute l'équipe a apprécié. On s'est quand même rendu compte que le poste ne correspond pas à ton niveau d'expérience aujourd'hui, et on préfère te le dire franchement : on ne continue pas.
On est une équipe de cinq, chaque recrutement compte énormément, et cette fois on a choisi quelqu'un avec plus d'expérience en événementiel. Restons en contact, vraiment.
Nous sommes au regret de vous informer que votre candidature n'a pas été retenue. Ce choix a été difficile au vu de la qualité des dossiers reçus.
Honnêtement, ça s'est joué à peu de chose. On a finalement choisi une personne qui a plus de bouteille côté infra. J'espère que tu n'es pas trop déçu·e.
Merci pour ton mail et ton CV. Pour ce poste il faut un allemand courant, on ne l'avait pas assez précisé dans l'annonce, désolé, donc ça ne va pas pouvoir se faire.
petit retour rapide : on ne poursuit pas avec ta candidature. Rien de perso, on a juste reçu énormément de CV pour un seul poste. Bonne continuation !
Mauvaise nouvelle de mon côté : le client a décidé de ne pas poursuivre. J'ai défendu ton profil, pour ce que ça vaut. On s'appelle la semaine prochaine pour voir ce qu'il y a d'autre ?
Nous avons choisi une autre candidate, disponible dès mars, ce qui a été déterminant pour nous. Merci encore pour votre intérêt.
Ton étude de cas montrait un vrai sens de l'analyse. Par contre on a besoin de quelqu'un de plus solide en acquisition payante, donc on ne va pas aller plus loin, désolée.
Ce n'est pas le bon moment pour nous de recruter un profil aussi senior, on ne pourrait pas vous rémunérer à la hauteur. Nous préférons donc ne pas donner suite, en espérant recroiser votre chemin.
Coucou {first} 👋 on a regardé toutes les candidatures et on est partis sur un autre profil. Merci d'avoir pensé à nous !
Les fondateurs ont trouvé votre profil intéressant mais ne vous voient pas sur ce poste pour le moment, la réponse est donc négative. Je peux vous expliquer pourquoi lors d'un court appel si cela vous aide.
""",
        "rej_b7_interview": """
Merci encore pour l'échange de mardi ! On a beaucoup discuté en équipe et on a finalement choisi une autre personne. C'était vraiment serré.
Merci pour votre présentation lors du second entretien. À l'issue de l'ensemble des entretiens, nous avons décidé de poursuivre avec un autre candidat.
Bonjour {first}, j'ai le retour après votre deuxième entretien : le client a apprécié la rencontre mais a opté pour une mobilité interne.
Après la session de pair programming d'hier, on pense que ça ne matche pas complètement, surtout sur la façon de collaborer à distance. Désolée, {first}.
Tu faisais partie des deux derniers sur plus de 100 candidatures. On a fait une offre à l'autre personne, qui l'a acceptée ce matin, donc on s'arrête là pour toi.
J'ai essayé de t'appeler sans succès, alors je t'écris : après le dernier tour, on continue avec quelqu'un d'autre. Si tu veux les retours détaillés des personnes qui t'ont reçu·e, réponds-moi simplement.
SUBJECT: Suite à votre journée d'immersion || Merci d'avoir pris une journée entière pour venir nous rencontrer. Après réflexion, nous ne souhaitons pas poursuivre le processus avec vous.
""",
        "rej_b7_gone": """
Nouvelle un peu gênante : on met le recrutement en pause, notre levée de fonds a pris du retard. Ça n'a rien à voir avec toi, et si le poste rouvre, tu seras la première personne que je contacte.
Le poste a été supprimé suite à une réorganisation de l'équipe. Nous clôturons donc l'ensemble des candidatures en cours, dont la vôtre.
Mon client vient de geler tous ses recrutements jusqu'à la fin de l'année, la mission {role} est donc suspendue pour le moment.
On a clôturé la recherche : le poste a été pourvu en interne, plus vite que prévu. Désolé de ne pas être allé plus loin.
SUBJECT: Offre {role} pourvue || Le poste est désormais pourvu et nous ne recevons plus de candidatures. Merci de l'intérêt porté à {company}.
Le budget a sauté lors du dernier arbitrage et le poste avec. J'aurais aimé t'annoncer autre chose après le temps que tu as passé sur nos questions.
""",
        "ack_b7": """
Bien reçu ton CV, merci ! Je regarde ça tranquillement cette semaine et je te fais un retour dans tous les cas.
SUBJECT: Candidature reçue ✅ || Ceci est un message automatique : nous avons bien reçu votre candidature pour le poste de {role}. Merci de ne pas répondre à cet e-mail.
Petite info : je suis en déplacement jusqu'au 14, donc je risque de mettre quelques jours à te répondre vraiment. Ta candidature n'est pas perdue !
Votre dossier est entre les mains de la responsable du recrutement et toujours en cours d'étude. Aucune décision n'a encore été prise.
Malheureusement, ça nous prend plus de temps que prévu, on a reçu beaucoup plus de candidatures qu'attendu. La tienne est toujours à l'étude, rien n'est décidé.
Merci de m'avoir transmis votre CV pour l'opportunité {role}. Je vous ai enregistré dans notre base et je compare votre profil au brief du client dans les prochains jours.
Ta candidature via Welcome to the Jungle est bien arrivée, merci ! On fait le point lundi en équipe.
Votre candidature a bien été transmise. Vous pouvez suivre son avancement à tout moment depuis votre espace candidat.
Nous étudions les candidatures au fil de l'eau et reviendrons directement vers les personnes présélectionnées. Merci pour votre patience.
""",
        "inv_b7": """
Ça te dit de passer prendre un café et de rencontrer l'équipe ? On est au bureau du mardi au jeudi, n'importe quel après-midi nous va.
Tu serais dispo jeudi pour un petit call ? 20 minutes, juste pour faire connaissance et te présenter le projet.
Envoie-moi quelques créneaux pour la semaine prochaine et je cale une visio avec notre CTO.
SUBJECT: Prochaine étape : exercice || Nous aimerions vous proposer un court exercice à réaliser chez vous, environ trois heures. Vous disposez d'une semaine, l'énoncé est en pièce jointe.
Est-ce que tu voudrais venir faire une journée d'essai rémunérée le 12 ? Tu bosses avec nous sur un vrai sujet et on déjeune ensemble.
Bonne nouvelle, le client souhaite vous rencontrer ! Il propose mercredi à 10h ou vendredi à 14h30 dans ses locaux à Lyon. Dites-moi ce qui vous arrange.
Merci de réserver un créneau de 30 minutes avec notre manager via le lien ci-dessous. Si aucun horaire ne convient, répondez à ce message.
Tu passes en dernière étape 🎉 Il reste une heure d'échange avec les deux fondateurs, sur place à Nantes si possible, sinon en visio. Lundi ou mardi, ça te va ?
Merci pour l'appel d'hier, on aimerait continuer ! Prochaine étape : un test de code en ligne de 45 minutes, tu vas recevoir le lien de notre plateforme.
""",
        "off_b7": """
On serait ravis de t'avoir dans l'équipe, {first} ! La promesse d'embauche arrive demain, mais je voulais que tu l'apprennes de moi d'abord.
SUBJECT: Notre proposition 🙂 || Voilà le chiffre sur lequel on s'est mis d'accord : 48 k€ brut annuel, des BSPCE et deux jours de télétravail par semaine. Le contrat est en PJ.
Nous sommes heureux de vous proposer le poste de {role}. Malheureusement, nous ne pouvons pas aller jusqu'au salaire évoqué : nous proposons 45 k€, avec un point au bout de six mois.
Le client vous fait une offre ! Malheureusement, la date de démarrage ne peut pas être avancée avant le 1er avril, mais ils sont souples sur le télétravail. Appelez-moi dès que possible.
Suite à notre dernier entretien, nous avons le plaisir de vous adresser une proposition d'embauche en CDI. Merci de nous faire part de votre réponse d'ici vendredi.
""",
        "oth_b7": """
Salut {first}, Camille m'a dit que tu cherchais en ce moment. On recrute un·e {role}, tu pourrais postuler via notre page carrières en mentionnant mon nom ? Ça arrive direct chez moi.
Bien noté que vous retirez votre candidature, et félicitations pour votre nouveau poste ! Nous avons clôturé votre dossier de notre côté.
Conformément au RGPD, vos données de candidature seront supprimées dans 30 jours, sauf si vous nous autorisez à les conserver pour de futures opportunités.
""",
        "oth_alert": """
Nouvelles offres pour votre alerte « Data analyst, Bordeaux » : 7 offres cette semaine, dont {role} chez {company}. Modifier ou désactiver l'alerte.
""",
        "oth_cold": """
Bonjour {first}, je suis tombée sur votre profil et j'ai pensé à un de mes clients, une scale-up parisienne qui recrute un·e {role}. Si ce n'est pas le bon timing, aucun souci, mais seriez-vous partant·e pour un échange de 15 minutes ?
""",
        "oth_newsletter": """
Ce mois-ci sur le blog carrières de {company} : notre semaine de quatre jours, une journée avec l'équipe support et trois conseils pour votre lettre de motivation. Et nous recrutons à Marseille !
""",
    },
    "es": {
        "rej_b7": """
¡Mil gracias por tu candidatura! Nos encantó tu portfolio, pero esta vez vamos a pasar: buscamos a alguien que ya haya lanzado una app móvil de principio a fin.
SUBJECT: Novedades sobre {role} || Hola {first}, te lo resumo: hemos decidido seguir buscando. No hay nada mal en tu perfil, simplemente no es lo que necesitamos ahora mismo.
Gracias por el tiempo dedicado a la prueba técnica. Lamentablemente, su entrega no cumplía algunos requisitos clave, por lo que no continuaremos con su candidatura.
Perdón por la demora, es culpa mía. El equipo sintió que no terminaba de encajar para este puesto, así que no vamos a avanzar.
Hola {first}, ya tengo la respuesta del cliente sobre la posición de {role} y, por desgracia, el feedback no fue positivo: buscan más experiencia coordinando equipos de almacén. Te tengo en cuenta para otros procesos.
Tras revisar con atención todas las candidaturas, hemos seleccionado perfiles que se ajustan más a nuestras necesidades actuales. Agradecemos tu interés en {company}.
Che {first}, la jornada de prueba estuvo buenísima y el equipo te re bancó. Igual nos dimos cuenta de que el puesto no va con tu nivel de experiencia hoy, así que preferimos decírtelo de frente: no vamos a seguir.
Somos un equipo de cinco, cada contratación pesa muchísimo, y esta vez elegimos a alguien con más recorrido en eventos. Sigamos en contacto, lo digo en serio.
Lamentamos comunicarle que su candidatura no ha sido seleccionada. La decisión no fue fácil dada la calidad de los perfiles recibidos.
Sinceramente, estuvo muy parejo. Al final nos quedamos con una persona con más experiencia en contabilidad de ONG. Espero que no te desanime.
Gracias por tu correo y tu CV. Para este puesto necesitamos inglés fluido y no lo dejamos claro en el anuncio, perdón, así que no va a poder ser.
respuesta rápida: no seguimos con tu candidatura. Nada personal, recibimos muchísimos CVs para una sola vacante. ¡Suerte!
Qué tal {first}, le comento que el cliente decidió no avanzar con su perfil. Yo sí lo recomendé, para lo que sirva. ¿Le parece si platicamos la próxima semana sobre otras vacantes?
Nos decidimos por otra candidata que puede incorporarse en marzo, y eso fue determinante. Gracias de nuevo por tu interés.
Tu caso práctico mostró que sabés analizar muy bien. Pero necesitamos a alguien más fuerte en adquisición paga, así que no vamos a avanzar con vos. Perdón.
No es el momento para sumar un perfil tan senior, no podríamos pagarte lo que vales. Preferimos no seguir adelante, pero ojalá nos crucemos más adelante.
¡Hola {first}! 👋 Revisamos todas las postulaciones y nos decantamos por otro perfil. ¡Gracias por pensar en nosotros!
Los fundadores vieron tu perfil con interés, pero no te ven en este rol por ahora, así que la respuesta es no. Si te sirve, te cuento los motivos en una llamada corta.
""",
        "rej_b7_interview": """
¡Gracias otra vez por la charla del martes! Lo hablamos mucho en el equipo y al final elegimos a otra persona. Estuvo realmente reñido.
Gracias por su presentación en la segunda entrevista. Concluido el proceso, hemos decidido continuar con otro candidato.
Hola {first}, te paso el feedback de la segunda entrevista: al cliente le gustó conocerte, pero optó por una promoción interna.
Después de la sesión de pair programming de ayer sentimos que no terminó de cerrar, sobre todo en cómo colaborar en remoto. Lo siento mucho, {first}.
Quedaste entre los dos finalistas de más de 100 postulaciones. Le hicimos la oferta a la otra persona y la aceptó esta mañana, así que cerramos el proceso contigo.
Intenté llamarte pero no hubo suerte, así que te escribo: después de la última ronda seguimos con otra persona. Si quieres el feedback detallado de quienes te entrevistaron, respóndeme y te lo mando.
SUBJECT: Tu día de prueba en {company} || Gracias por dedicarnos un día entero. Después de pensarlo, no vamos a continuar el proceso contigo.
""",
        "rej_b7_gone": """
Noticia incómoda: pausamos la contratación porque la ronda de inversión se retrasó. No tiene nada que ver contigo; si el puesto se reabre, serás la primera persona a la que escriba.
La vacante se ha cancelado tras una reorganización del equipo, por lo que cerramos todos los procesos abiertos, incluido el suyo.
Mi cliente congeló todas las contrataciones hasta fin de año, así que la búsqueda de {role} queda suspendida por ahora.
Cerramos la búsqueda: el puesto se cubrió internamente, más rápido de lo previsto. Perdón por no haber llegado más lejos.
SUBJECT: Vacante {role} cubierta || La vacante ya está cubierta y no estamos recibiendo más candidaturas. Gracias por tu interés en {company}.
Nos recortaron el presupuesto en la última planeación y la posición desapareció con él. Me hubiera gustado darte otra noticia.
""",
        "ack_b7": """
¡Recibí tu CV, gracias! Lo miro con calma esta semana y te respondo sea cual sea la decisión.
SUBJECT: Candidatura recibida ✅ || Este es un mensaje automático: hemos recibido tu candidatura para {role}. Por favor, no respondas a este correo.
Aviso rápido: estoy de viaje hasta el 14, así que capaz tardo unos días en responderte bien. ¡Tu postulación no se perdió!
Tu candidatura está con la responsable de contratación y sigue en revisión. Todavía no hay ninguna decisión.
Lamentablemente nos está llevando más tiempo del previsto, recibimos muchas más candidaturas de las esperadas. La tuya sigue en revisión y no se ha descartado a nadie.
Gracias por enviarme tu CV para la oportunidad de {role}. Ya te registré en nuestra base y en los próximos días comparo tu perfil con lo que pide el cliente.
Nos llegó tu postulación por LinkedIn, ¡gracias! El lunes revisamos todo en equipo.
Su postulación fue enviada correctamente. Puede consultar el estado en cualquier momento desde su portal de candidato.
Revisamos las candidaturas a medida que llegan y contactaremos directamente a las personas preseleccionadas.
""",
        "inv_b7": """
¿Te apetece tomar un café y conocer al equipo? Estamos en la oficina de martes a jueves, cualquier tarde nos viene bien.
¿Podés hacer una llamada rápida el jueves? 20 minutos, solo para conocernos y contarte en qué andamos.
Mándame un par de horarios que te vengan bien la semana que viene y agendo una videollamada con nuestra CTO.
SUBJECT: Siguiente paso: prueba || Nos gustaría proponerle un breve ejercicio para hacer en casa, unas tres horas. Tiene una semana para entregarlo y encontrará el enunciado adjunto.
¿Te late venir a un día de prueba pagado el 12? Trabajas con nosotros en algo real y comemos juntos.
¡Buenas noticias, el cliente quiere conocerte! Propone el miércoles a las 10:00 o el viernes a las 14:30 en su oficina de Valencia. Dime qué te va mejor.
Reserva un hueco de 30 minutos con nuestro responsable de equipo en el enlace de abajo. Si ningún horario te cuadra, contéstame y buscamos otro.
¡Pasaste a la etapa final! 🎉 Queda una charla de una hora con los dos fundadores, en persona en Buenos Aires si podés, si no por videollamada. ¿Lunes o martes?
Gracias por la llamada de ayer, ¡queremos seguir! Lo próximo es una prueba de código online de 45 minutos; te llegará el enlace desde nuestra plataforma.
""",
        "off_b7": """
¡Nos encantaría tenerte en el equipo, {first}! El contrato te llega mañana, pero quería que lo supieras por mí primero.
SUBJECT: Nuestra propuesta 🙂 || Esta es la cifra que cerramos: 42.000 € brutos al año, stock options y dos días de teletrabajo. Te adjunto la carta de oferta.
Nos alegra mucho ofrecerte el puesto de {role}. Lamentablemente no podemos llegar al salario que mencionaste: lo máximo es 38.000 €, con revisión a los seis meses.
¡El cliente te hizo una oferta! Por desgracia no pueden adelantar la fecha de incorporación antes del 1 de abril, pero son flexibles con el teletrabajo. Llámame cuando puedas.
Tras nuestra última entrevista, nos complace ofrecerle un contrato indefinido. Le agradeceríamos su respuesta antes del viernes.
""",
        "oth_b7": """
¡Hola {first}! Lucía me dijo que estás buscando. Necesitamos un/a {role}, ¿te animas a postular en nuestra web y mencionar mi nombre? Así llega directo a mí.
Tomamos nota de que retiras tu candidatura, ¡y enhorabuena por el nuevo trabajo! Ya cerramos tu proceso de nuestro lado.
Conforme al RGPD, sus datos de candidatura se eliminarán en 30 días salvo que nos autorice a conservarlos para futuras vacantes.
""",
        "oth_alert": """
Nuevas ofertas para tu alerta «Diseño UX, Madrid»: 11 ofertas esta semana, entre ellas {role} en {company}. Editar o pausar la alerta.
""",
        "oth_cold": """
Hola {first}, vi tu perfil y pensé en un cliente mío, una startup de Barcelona que busca {role}. Si no encaja, sin problema, ¿pero te animas a una charla de 15 minutos?
""",
        "oth_newsletter": """
Este mes en el blog de empleo de {company}: cómo funciona nuestra semana de cuatro días, un día con el equipo de soporte y tres consejos para tu carta de presentación. Además, ¡contratamos en Sevilla!
""",
    },
    "pt": {
        "rej_b7": """
Muito obrigada pela sua candidatura! A gente adorou seu portfólio, mas dessa vez vamos passar: procuramos alguém que já tenha lançado um app mobile do começo ao fim.
SUBJECT: Atualização sobre {role} || Oi {first}, resumindo: decidimos continuar procurando. Nada de errado com seu perfil, só não é o que precisamos agora.
Obrigado pelo tempo dedicado ao teste técnico. Infelizmente, a sua entrega não cumpriu alguns requisitos essenciais, pelo que não iremos avançar com a sua candidatura.
Desculpa a demora, foi mancada minha. O time sentiu que não deu match pra essa vaga, então não vamos seguir juntos.
Olá {first}, recebi o retorno do cliente sobre a vaga de {role} e infelizmente não foi positivo: eles buscam mais experiência com gestão de pessoas. Vou te manter no radar para outras oportunidades.
Após uma análise cuidadosa, seguimos com candidatas e candidatos cujo perfil está mais alinhado às nossas necessidades atuais. Agradecemos seu interesse na {company}.
O dia experimental contigo foi ótimo, a equipa gostou imenso de ti. Ainda assim percebemos que a função não bate com a tua experiência neste momento, por isso preferimos ser francos: não vamos avançar.
Somos um time de cinco pessoas e cada contratação pesa muito, e dessa vez escolhemos alguém com mais estrada em logística. Vamos manter contato, de verdade.
Lamentamos informar que a sua candidatura não foi selecionada. A decisão não foi fácil, dada a qualidade dos perfis recebidos.
Sinceramente, foi por pouco. No fim ficamos com uma pessoa com mais experiência em contabilidade para pequenas empresas. Espero que não desanime!
Valeu pelo e-mail e pelo CV. Pra essa vaga a gente precisa de espanhol fluente e não deixamos isso claro no anúncio, foi mal, então não vai rolar.
resposta rapidinha: não vamos seguir com a sua candidatura. Nada pessoal, recebemos uma enxurrada de CVs pra uma vaga só. Boa sorte! bjs
Infelizmente o cliente decidiu não avançar com o seu perfil. Eu defendi você, pra constar. Bora conversar semana que vem sobre outras vagas?
Optámos por outra candidata que pode começar em março, e isso pesou bastante. Obrigado mais uma vez pelo interesse.
O teu estudo de caso mostrou muita capacidade analítica. Mas precisamos de alguém mais forte em aquisição paga, por isso não vamos seguir em frente contigo. Desculpa.
Não é o momento certo pra trazer um perfil tão sênior, a gente não conseguiria pagar o que você vale. Preferimos não avançar, mas espero que nossos caminhos se cruzem de novo.
Oi {first}! 👋 Olhamos todas as candidaturas e fechamos com outro perfil. Obrigada por ter pensado na gente!
Os fundadores acharam seu perfil interessante, mas não te veem nessa função por agora, então a resposta é não. Se ajudar, te conto os motivos numa ligação rápida.
""",
        "rej_b7_interview": """
Obrigada de novo pelo papo de terça! Discutimos bastante no time e no fim escolhemos outra pessoa. Foi bem apertado.
Agradecemos a sua apresentação na segunda entrevista. Concluído o processo, decidimos seguir com outro candidato.
Olá {first}, saiu o feedback da segunda entrevista: o cliente gostou de te conhecer, mas optou por uma promoção interna.
Depois da sessão de pair programming de ontem, sentimos que não encaixou totalmente, principalmente na colaboração remota. Sinto muito, {first}.
Você ficou entre os dois finalistas de mais de 100 candidaturas. Fizemos a proposta para a outra pessoa e ela aceitou hoje de manhã, então encerramos o processo com você.
Tentei ligar-te mas sem sorte, por isso escrevo: depois da última fase, vamos seguir com outra pessoa. Se quiseres o feedback detalhado dos entrevistadores, responde-me e eu envio.
SUBJECT: O seu dia de experiência na {company} || Obrigado por nos ter dedicado um dia inteiro. Após reflexão, não vamos dar continuidade ao processo consigo.
""",
        "rej_b7_gone": """
Notícia chata: pausamos a contratação porque a rodada de investimento atrasou. Não tem nada a ver com você; se a vaga reabrir, você é a primeira pessoa pra quem eu escrevo.
A vaga foi cancelada após uma reestruturação da equipa, pelo que encerrámos todos os processos em curso, incluindo o seu.
Meu cliente congelou todas as contratações até o fim do ano, então a busca para {role} está suspensa por enquanto.
Encerramos a busca: a vaga foi preenchida internamente, mais rápido do que esperávamos. Desculpa não termos ido mais longe.
SUBJECT: Vaga {role} preenchida || A vaga já foi preenchida e não estamos mais recebendo candidaturas. Obrigado pelo interesse na {company}.
O orçamento foi cortado no último planejamento e a posição foi junto. Queria muito ter outra notícia pra te dar.
""",
        "ack_b7": """
Recebi seu CV, valeu! Vou olhar com calma essa semana e te dou um retorno de qualquer jeito.
SUBJECT: Candidatura recebida ✅ || Esta é uma mensagem automática: recebemos a sua candidatura para {role}. Por favor, não responda a este e-mail.
Só um aviso: estou fora até dia 14, por isso posso demorar uns dias a responder-te como deve ser. A tua candidatura não se perdeu!
Sua candidatura está com a gestora da vaga e segue em análise. Ainda não há nenhuma decisão.
Infelizmente está levando mais tempo do que o previsto, recebemos muito mais candidaturas do que esperávamos. A sua continua em análise e ninguém foi descartado ainda.
Obrigado por me enviar seu CV para a oportunidade de {role}. Já te cadastrei no nosso sistema e nos próximos dias comparo seu perfil com o que o cliente pede.
Sua candidatura pela Gupy chegou aqui, obrigada! Segunda-feira a gente revisa tudo em equipe.
A sua candidatura foi submetida com sucesso. Pode acompanhar o estado a qualquer momento na sua área de candidato.
Analisamos as candidaturas à medida que chegam e entraremos em contato diretamente com as pessoas pré-selecionadas.
""",
        "inv_b7": """
Bora tomar um café e conhecer o time? Estamos no escritório de terça a quinta, qualquer tarde serve.
Consegue fazer uma call rápida na quinta? 20 minutinhos, só pra gente se conhecer.
Manda-me uns horários que te deem jeito na próxima semana e eu marco uma videochamada com o nosso CTO.
SUBJECT: Próxima etapa: desafio || Gostaríamos de propor um pequeno desafio para fazer em casa, cerca de três horas. Você tem uma semana para entregar e o enunciado está em anexo.
Topa vir fazer um dia de experiência remunerado no dia 12? Você trabalha com a gente num projeto real e almoçamos juntos.
Boa notícia, o cliente quer te conhecer! Ele propôs quarta às 10h ou sexta às 14h30 no escritório do Porto. Me diz qual fica melhor.
Agende um horário de 30 minutos com a nossa líder de equipe pelo link abaixo. Se nenhum horário servir, é só responder este e-mail.
Você passou para a etapa final 🎉 Falta uma conversa de uma hora com os dois fundadores, presencial em Curitiba se der, senão por vídeo. Segunda ou terça?
Obrigado pela ligação de ontem, queremos continuar! O próximo passo é um teste de código online de 45 minutos; o link chega já já pela nossa plataforma.
""",
        "off_b7": """
A gente adoraria ter você no time, {first}! O contrato chega amanhã, mas eu queria que você soubesse por mim primeiro.
SUBJECT: Nossa proposta 🙂 || Aqui está o número que fechamos: R$ 14.500 por mês em regime CLT, vale-refeição e plano de saúde. A carta-proposta está em anexo.
Ficamos muito contentes em oferecer-lhe a função de {role}. Infelizmente não conseguimos chegar ao salário indicado: o máximo é 2.300 € brutos mensais, com revisão ao fim de seis meses.
O cliente te fez uma proposta! Infelizmente não dá para antecipar a data de início antes de 1º de abril, mas eles são flexíveis com home office. Me liga quando puder.
Na sequência da nossa última entrevista, temos o prazer de lhe apresentar uma proposta de contrato sem termo. Agradecemos a sua resposta até sexta-feira.
""",
        "oth_b7": """
Oi {first}! A Bia me contou que você tá procurando. Estamos buscando {role}, topa se candidatar pelo nosso site e citar meu nome? Assim cai direto comigo.
Registámos que retirou a sua candidatura, e parabéns pelo novo emprego! Já encerrámos o seu processo do nosso lado.
Conforme a LGPD, seus dados de candidatura serão excluídos em 30 dias, a menos que você autorize a gente a mantê-los para futuras vagas.
""",
        "oth_alert": """
Novas vagas para o seu alerta “Analista de dados, São Paulo”: 8 vagas esta semana, incluindo {role} na {company}. Editar ou pausar alerta.
""",
        "oth_cold": """
Oi {first}, vi seu perfil e lembrei de um cliente meu, uma startup de Florianópolis contratando {role}. Se não fizer sentido, tranquilo, mas topa um papo de 15 minutos?
""",
        "oth_newsletter": """
Este mês no blog de carreiras da {company}: como funciona nossa semana de quatro dias, um dia com o time de suporte e três dicas para sua carta de apresentação. E mais: estamos contratando em Lisboa!
""",
    },
}

WRAP: dict[str, dict[str, list[str]]] = {
    "en": {
        "greet": [
            "Hi {first},",
            "Hey {first}!",
            "Dear {first},",
            "Hello {first}, hope your week's going well.",
        ],
        "thanks": [
            "Thanks for applying for the {role} role at {company}.",
            "Thanks for your interest in {company} and for taking the time to apply.",
            "Really appreciate you reaching out about the {role} job.",
        ],
        "wish": [
            "Best of luck with the search, I'm sure something great will come up.",
            "Wishing you all the best for whatever's next.",
            "Good luck out there, and take care.",
        ],
        "marketing": [
            "{company} is a 20-person team building tools that help independent shops sell online. We're remote-first, profitable and still growing.",
            "At {company} we think small teams do big things. Since 2019 we've helped more than 3,000 customers across Europe and Latin America.",
        ],
        "sign": [
            "Cheers,\n{sender}",
            "Best,\n{sender_first}",
            "Thanks,\n{sender}\n{company}",
            "— {sender_first} (co-founder, {company})",
        ],
        "footer": [
            "You're receiving this email because you applied for a position at {company}. Unsubscribe | Privacy policy",
            "{company} Ltd, registered in England and Wales. This message may contain confidential information.",
            "Sent via our hiring platform. Manage your email preferences here.",
        ],
        "subject_app": [
            "Your application for {role}",
            "{role} at {company}",
            "Quick update",
            "{company} hiring update",
        ],
        "subject_inv": ["Next steps: {role}", "Let's chat?", "{company} x {first}"],
        "subject_off": [
            "Offer: {role} at {company}",
            "Welcome aboard? 🎉",
            "Your offer from {company}",
        ],
        "subject_oth": ["A note from {company}", "Hello from {company}", "{role}: quick one"],
    },
    "de": {
        "greet": [
            "Hey {first}, ich hoffe, dir geht's gut!",
            "Hi {first}, schön, dass du dich gemeldet hast.",
            "Guten Tag {first},",
            "Hallo {first},",
        ],
        "thanks": [
            "Danke, dass du dich als {role} bei {company} beworben hast.",
            "Danke dir für dein Interesse an {company}!",
            "Vielen Dank für Ihre Bewerbung als {role} und Ihr Interesse an {company}.",
            "Herzlichen Dank für die Zeit, die Sie sich für Ihre Bewerbung genommen haben.",
        ],
        "wish": [
            "Ich wünsch dir alles Gute für die weitere Suche!",
            "Drück dir die Daumen für alles, was kommt!",
            "Für Ihren weiteren Weg wünschen wir Ihnen alles Gute.",
            "Wir wünschen Ihnen viel Erfolg bei der weiteren Jobsuche.",
        ],
        "marketing": [
            "{company} ist ein 20-köpfiges Team aus Leipzig, das kleinen Läden beim Onlinehandel hilft. Wir arbeiten remote-first und wachsen weiter.",
            "Bei {company} glauben wir, dass kleine Teams Großes schaffen. Seit 2019 haben wir über 3.000 Kund*innen in ganz Europa begleitet.",
        ],
        "sign": [
            "LG und schönen Abend dir,\n{sender_first}",
            "Liebe Grüße, meld dich, wenn du Fragen hast!\n{sender_first}",
            "Mit freundlichen Grüßen\n{sender}\n{company}",
            "Beste Grüße\n{sender}",
        ],
        "footer": [
            "{company} GmbH, Amtsgericht Leipzig HRB 12345, Geschäftsführung: siehe Impressum. Abmelden | Datenschutz",
            "Diese E-Mail wurde über unser Bewerbermanagementsystem versendet. Ihre Daten verarbeiten wir gemäß DSGVO.",
            "Du bekommst diese Mail, weil du dich bei {company} beworben hast. Abmelden",
        ],
        "subject_app": [
            "Deine Bewerbung als {role}",
            "Ihre Bewerbung bei {company}",
            "{role} bei {company}",
            "Kurzes Update",
        ],
        "subject_inv": ["Nächste Schritte: {role}", "Kennenlernen?", "{company} und {first}"],
        "subject_off": [
            "Angebot: {role} bei {company}",
            "Willkommen an Bord? 🎉",
            "Ihr Vertragsangebot",
        ],
        "subject_oth": ["Neues von {company}", "Hallo von {company}", "Kurze Frage zu {role}"],
    },
    "fr": {
        "greet": ["Salut {first},", "Bonjour {first},", "Hello {first} !", "Chère/Cher {first},"],
        "thanks": [
            "Merci d'avoir postulé au poste de {role} chez {company}.",
            "Merci pour ton intérêt pour {company} et pour le temps passé sur ta candidature.",
            "Nous vous remercions de l'intérêt que vous portez à {company}.",
        ],
        "wish": [
            "Bonne chance pour la suite, je suis sûr que tu vas trouver ton bonheur.",
            "Nous vous souhaitons une belle réussite dans vos recherches.",
            "Plein de bonnes choses pour la suite !",
        ],
        "marketing": [
            "{company}, c'est une équipe de 20 personnes qui aide les commerces indépendants à vendre en ligne. Full remote, rentable et en croissance.",
            "Chez {company}, on croit que les petites équipes font de grandes choses. Depuis 2019, nous accompagnons plus de 3 000 clients en Europe.",
        ],
        "sign": [
            "À bientôt,\n{sender_first}",
            "Belle journée,\n{sender}",
            "Cordialement,\n{sender}\n{company}",
            "Bises,\n{sender_first}",
        ],
        "footer": [
            "Vous recevez cet e-mail suite à votre candidature chez {company}. Se désinscrire | Politique de confidentialité",
            "{company} SAS, RCS Nantes. Conformément au RGPD, vous disposez d'un droit d'accès et de suppression de vos données.",
            "Envoyé via notre outil de recrutement. Gérer mes préférences.",
        ],
        "subject_app": [
            "Ta candidature pour {role}",
            "Votre candidature chez {company}",
            "{role} chez {company}",
            "Petit retour",
        ],
        "subject_inv": ["Prochaine étape : {role}", "On se parle ?", "{company} x {first}"],
        "subject_off": [
            "Proposition : {role} chez {company}",
            "Bienvenue à bord ? 🎉",
            "Votre proposition d'embauche",
        ],
        "subject_oth": [
            "Des nouvelles de {company}",
            "Bonjour de la part de {company}",
            "Petite question sur {role}",
        ],
    },
    "es": {
        "greet": ["Hola {first},", "¡Buenas, {first}!", "Estimado/a {first}:", "Qué tal, {first}:"],
        "thanks": [
            "Gracias por postularte al puesto de {role} en {company}.",
            "Gracias por tu interés en {company} y por el tiempo que le dedicaste a la candidatura.",
            "Le agradecemos su interés en formar parte de {company}.",
        ],
        "wish": [
            "Mucha suerte con la búsqueda, seguro que aparece algo genial.",
            "Le deseamos mucho éxito en su futuro profesional.",
            "¡Éxitos en lo que venga!",
        ],
        "marketing": [
            "{company} es un equipo de 20 personas que ayuda a tiendas independientes a vender online. Trabajamos en remoto y seguimos creciendo.",
            "En {company} creemos que los equipos pequeños hacen cosas grandes. Desde 2019 acompañamos a más de 3.000 clientes en Europa y Latinoamérica.",
        ],
        "sign": [
            "Un abrazo,\n{sender_first}",
            "Saludos,\n{sender}",
            "Atentamente,\n{sender}\n{company}",
            "Abrazo grande,\n{sender_first} (cofundador/a, {company})",
        ],
        "footer": [
            "Recibes este correo porque te postulaste a una vacante en {company}. Darse de baja | Política de privacidad",
            "{company} S.L. De acuerdo con el RGPD, puedes ejercer tus derechos de acceso y supresión escribiendo a privacidad.",
            "Enviado desde nuestra plataforma de selección. Gestionar preferencias.",
        ],
        "subject_app": [
            "Tu candidatura para {role}",
            "Su postulación en {company}",
            "{role} en {company}",
            "Novedades",
        ],
        "subject_inv": ["Siguientes pasos: {role}", "¿Charlamos?", "{company} x {first}"],
        "subject_off": [
            "Oferta: {role} en {company}",
            "¿Te sumas al equipo? 🎉",
            "Tu oferta de {company}",
        ],
        "subject_oth": [
            "Noticias de {company}",
            "Hola desde {company}",
            "Consulta rápida sobre {role}",
        ],
    },
    "pt": {
        "greet": ["Oi {first},", "Olá {first},", "Olá {first}, tudo bem?", "Caro/a {first},"],
        "thanks": [
            "Obrigado por se candidatar à vaga de {role} na {company}.",
            "Valeu pelo interesse na {company} e pelo tempo dedicado à candidatura.",
            "Agradecemos o seu interesse em fazer parte da {company}.",
        ],
        "wish": [
            "Boa sorte na busca, tenho certeza de que algo bacana vai aparecer.",
            "Desejamos-lhe as maiores felicidades profissionais.",
            "Tudo de bom pra você nessa próxima fase!",
        ],
        "marketing": [
            "A {company} é um time de 20 pessoas que ajuda lojas independentes a vender online. Somos remote-first e seguimos crescendo.",
            "Na {company} acreditamos que equipas pequenas fazem coisas grandes. Desde 2019 já apoiámos mais de 3.000 clientes na Europa e no Brasil.",
        ],
        "sign": [
            "Abraço,\n{sender_first}",
            "Bjs,\n{sender_first}",
            "Atenciosamente,\n{sender}\n{company}",
            "Com os melhores cumprimentos,\n{sender}",
        ],
        "footer": [
            "Você está recebendo este e-mail porque se candidatou a uma vaga na {company}. Cancelar inscrição | Política de privacidade",
            "{company} Lda. Nos termos do RGPD, pode solicitar o acesso ou a eliminação dos seus dados a qualquer momento.",
            "Enviado pela nossa plataforma de recrutamento. Gerir preferências.",
        ],
        "subject_app": [
            "Sua candidatura para {role}",
            "A sua candidatura na {company}",
            "{role} na {company}",
            "Novidades",
        ],
        "subject_inv": ["Próximos passos: {role}", "Bora conversar?", "{company} x {first}"],
        "subject_off": [
            "Proposta: {role} na {company}",
            "Bem-vindo ao time? 🎉",
            "A sua proposta da {company}",
        ],
        "subject_oth": [
            "Novidades da {company}",
            "Olá da {company}",
            "Pergunta rápida sobre {role}",
        ],
    },
}

THREAD: dict[str, str] = {
    "en": "Hi {sender_first},\n\nJust checking in on the {role} role. Happy to send anything else you need, and thanks again for your time.\n\nBest,\nAlex\n\n{header2}\nHi Alex,\n\nThanks for getting in touch! We're going through applications this week and I'll update you as soon as I can.\n\n{sender_first}",
    "de": "Hallo {sender_first},\n\nich wollte kurz nachfragen, wie es mit der Stelle als {role} aussieht. Falls noch Unterlagen fehlen, schicke ich sie gern.\n\nViele Grüße\nAlex\n\n{header2}\nHi Alex,\n\ndanke für deine Bewerbung! Wir schauen uns diese Woche alles an, ich melde mich bald.\n\nLG\n{sender_first}",
    "fr": "Bonjour {sender_first},\n\nJe me permets de revenir vers vous au sujet du poste de {role}. N'hésitez pas si vous avez besoin d'autres éléments.\n\nBien à vous,\nAlex\n\n{header2}\nBonjour Alex,\n\nMerci pour votre message ! Nous étudions les candidatures cette semaine et je reviens vers vous très vite.\n\n{sender_first}",
    "es": "Hola {sender_first}:\n\nTe escribo para preguntar cómo va el proceso para el puesto de {role}. Si necesitas algo más, te lo envío encantado.\n\nUn saludo,\nAlex\n\n{header2}\nHola Alex:\n\n¡Gracias por escribirnos! Esta semana revisamos las candidaturas y te cuento algo en cuanto pueda.\n\n{sender_first}",
    "pt": "Olá {sender_first},\n\nPassando para saber como está o processo da vaga de {role}. Se precisar de mais alguma informação, é só falar.\n\nAbraço,\nAlex\n\n{header2}\nOi Alex,\n\nObrigado pelo contato! Estamos olhando as candidaturas esta semana e te dou notícias assim que puder.\n\n{sender_first}",
}
