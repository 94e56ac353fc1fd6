# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Training part written in round 8 by an independent author who did not read the classifier:
mail from small employers and people rather than applicant-tracking templates. Founders and
hiring managers writing from their phones, boutique recruiters, restaurants, hotels, building
sites, hauliers, care homes, NGOs and schools, in English, German (du and Sie), French, Spanish
and Portuguese (European and Brazilian). Typos, missing punctuation, emoji, transcribed voice
notes, chat-like brevity, long apologies and decisions buried mid-paragraph.

Families (every one ends in `_b8`, except the special `oth_cold`):
`rej_b8` plain no; `rej_b8_chat` text-message no; `rej_b8_buried` the no hidden in a long,
chatty or apologetic mail; `rej_b8_after_trial` a no after a trial day or a paid test task;
`rej_b8_other_role` a no that points to another role or asks for a referral;
`rej_b8_spontaneous` a no to an unsolicited application; `ack_b8` receipt; `ack_b8_slow` a
receipt or status note that apologises for being slow ("unfortunately ..."); `ack_b8_quiet` a
recruiter's "the client has gone quiet, you're still on the list" update (still under review,
no decision); `inv_b8` interview; `inv_b8_trial` a trial shift, paid test task or visit;
`inv_b8_chat` text-like call request; `off_b8` offer; `off_b8_text` offer by text-like note;
`oth_b8_withdrew` the candidate withdrew; `oth_b8` admin with no decision (test-task payment,
data deletion, thanks for a referral); `oth_cold` a recruiter's cold approach.
"""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Osteria Bellavista",
    "Hotel Seeblick",
    "Brightline Builders",
    "Café Mirabel",
    "Lumen Kids Foundation",
    "Kranich Logistik",
    "Casa Alegria",
    "Pixel & Pine",
)
ROLES: tuple[str, ...] = (
    "Operations Coordinator",
    "Shift Supervisor",
    "Office Manager",
    "Bookkeeper",
    "Project Assistant",
    "Social Media Manager",
)
SENDERS: tuple[tuple[str, str], ...] = (
    ("Marco Bellini", "marco@{domain}"),
    ("Jess Okafor", "jess.okafor.recruits@gmail.com"),
    ("Ana Ribeiro", "ana@{domain}"),
    ("Ute Kranich", "u.kranich@{domain}"),
    ("Sophie Martin", "contact@{domain}"),
    ("Carlos Méndez", "carlos.mendez.obras@outlook.com"),
    ("Priya Nair", "hello@{domain}"),
    ("Tomás Figueira", "tomas@{domain}"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_b8": """
            Wanted to let you know personally that we've decided to go with someone else for the {role} job. It was close, honestly, and it came down to availability more than anything: we needed someone who could start Monday and you'd said mid-July. Sorry it's not better news.
            I'm afraid it's a no from us this time. We only had budget for one {role} and we gave it to a candidate who's worked with us before as a freelancer, so it felt like the safer bet for a team of six. Nothing against your application at all.
            SUBJECT: {role} - update || Short one, sorry, I'm between sites. We've filled the {role} position. Thanks for coming down to the yard on Tuesday and for not minding the mud. If anything else opens up I've got your number.
            After a lot of back and forth between me and my business partner we've decided not to move forward with your application. You clearly know your stuff, but we need someone who has already run the desk of a small hotel where you end up doing a bit of everything, night audits included.
            Thank you for your patience with us. The board met on Thursday and, after much discussion, offered the {role} post to another applicant whose background in grant reporting was a closer match for where the charity is right now. I know this will be disappointing after two rounds of conversations.
            Thank you for your interest for the position. I must inform you that we choosed another person for {role}, she has more experience with the logistic software we are using. Was a difficult decision because your profile was very good, I wish you a lot of success.
            We won't be taking your application for {role} any further. I try to always tell people why, so: the main thing was the weekend rota. We need someone who can do at least two Saturdays a month and from our call that didn't sound doable for you. Totally fair, just not what we need.
        """,
        "rej_b8_chat": """
            hey {first} its {sender_first} from {company} 👋 sorry for the slow reply, we went with someone else for the {role} spot in the end. was really nice meeting u tho, good luck!!
            SUBJECT: re: {role} || no unfortunately not this time, position's been filled. thanks for applying tho 🙏
            quick voice note turned into text because I'm driving lol: so yeah we talked it over and we're not gonna go ahead with you for the {role} role, not a reflection on you at all, we just found someone local who can walk to work. all the best
            Sorry {first}, we've given the job to someone else 😕 Keep an eye on our Insta though, we post there whenever we're hiring
            Thanks for your message on here. Just to close the loop: the {role} role is filled and we won't be moving forward with your application. Sent from LinkedIn on mobile so excuse the brevity.
        """,
        "rej_b8_buried": """
            First of all I owe you an enormous apology. I told you I'd get back to you within a week and it's now been almost five, which is frankly embarrassing. Our head chef broke his wrist, the dishwasher flooded the basement (twice) and my daughter started school, so my inbox became a place where good intentions go to die. Anyway, I did want to tell you properly that we've hired someone else for the {role} position; she started last week and is settling in well. You were genuinely one of the people I enjoyed talking to most, and I'm sorry you had to wait this long for a no. If you're ever in the neighbourhood, the first coffee's on me.
            So, funny story: I wrote you a long email two weeks ago and it turns out it's been sitting in my drafts folder the entire time, which my team now won't let me forget. The short version of that email was that we really liked your portfolio, especially the bakery rebrand, but for this round we've decided to go with a designer who's already based in Bristol so we can do in-person workshops. The long version had a lot more compliments and a terrible joke about fonts. Hope the search is going well and sorry again for the drafts fiasco.
            Thanks for your patience and for checking in again last week, it's been a very strange month here at {company}. We lost one of our two delivery vans, had to reshuffle all the routes, and half the office has had the flu. In the middle of all that we also finished the interviews for {role}, and I'm sorry to say we've offered the position to another candidate who has already accepted. I wanted to write you a real email rather than a template because you took the time to come in twice. Anyway, the vans are fixed, the flu is gone, and I hope things go well for you.
            I've been putting off writing this because I hate sending these. You were great on the call, the team liked you, and my co-founder keeps saying we should have hired two people. But we can only afford one right now and we've gone with the other finalist for the {role} job, mainly because she's done this at a company our size before. I'm genuinely gutted about it. If our next funding round comes through in autumn I'd love to reach out again, if that's ok with you. Also thank you for the book recommendation, I'm halfway through it.
            Happy Friday! Bit of a mixed bag of news from our side. Good news: the residents' garden is finally finished and the tomatoes are doing suspiciously well. Less good news, at least for you: we've filled the {role} vacancy, so we won't be progressing your application. Everyone who met you said you were lovely with the residents on your visit, which matters a lot to us, and I wanted you to know that. Have a good weekend.
        """,
        "rej_b8_after_trial": """
            Thank you for coming in for the trial shift on Saturday, I know it was a busy one, the terrace was full from noon. We've talked it through as a team and decided not to offer you the {role} position. You were great with guests, but the pace in our kitchen is really fast and we need someone who's already confident on the pass. You'll be paid for the shift with the rest of the staff on the 28th.
            Thanks for finishing the paid test task, and sorry it took us a while to review it. The invoice is approved and payment is on its way. On the role itself: we've decided not to move forward. The work was tidy, but the brief asked for a plan we could start using this month and yours was more of a long-term strategy. Our comments are in the doc if they're useful.
            Wanted to follow up after your trial day on site. The lads said you worked hard and got stuck in, which I appreciate. That said, we need someone with a CSCS card and a couple of years on groundworks for the {role} job, and we can't wait for you to get that, so it's a no for now. Get the card sorted and give me a ring next spring.
            Thank you for the two afternoons you spent with us at the school; the children loved your story session. After discussing it with the head, we have decided not to appoint you to the {role} post, as another candidate had more experience with SEN pupils, which is what the role needs most this year. We would be happy to keep you on our supply list if you'd like.
        """,
        "rej_b8_other_role": """
            We've decided not to move forward with you for the {role} role, we went with someone with more bookkeeping experience. BUT: we're about to open a front-of-house job at our second location and I think you'd be really good at it. If you're interested just reply and I'll send the details, no need to do the whole application again.
            Unfortunately you weren't selected for the {role} position. That said, our sister project in the Algarve is looking for a volunteer coordinator and your profile seemed a better fit there. You'd have to apply through their page, but I'm happy to put in a good word.
            Thanks for interviewing with us. We're not offering you the {role} job, I'm sorry. One cheeky ask, and feel free to ignore it: if you know anyone who's done dispatch or fleet planning and might be looking, could you send them our way? We'd still like to hire a second person later this year.
            We've gone with another applicant for {role}, sorry it didn't work out. Since you clearly know half the events scene, would you mind if I asked you for recommendations? We pay a 300 euro referral bonus if someone you suggest gets hired and stays past probation.
        """,
        "rej_b8_spontaneous": """
            Thanks for your open application and the lovely cover letter. We're a team of four and honestly aren't hiring at the moment, so there's nothing we can offer you right now. I'll keep your CV in a folder, but I don't want to give you false hope, it might be a long while.
            Thank you for dropping your CV off at the front desk last week. We don't have any vacancies this season and won't be adding positions before spring, so unfortunately we can't take your application further.
            Appreciate you reaching out directly, most people don't. Sadly our main client has just put a hiring freeze on us, so we're not taking on anyone new this year, not for {role} or anything else. Sorry I can't be more helpful.
        """,
        "ack_b8": """
            Got your application, thanks! I'm the only person reading them so give me a few days. If it's a fit I'll call you, probably from a number starting with 07.
            SUBJECT: Received: {role} || This is just to confirm we have your CV and cover letter for the {role} position. We close applications on the 20th and will look at everything together the week after.
            Quick note so you're not left wondering: your application for {role} is with us and Ute from the office will go through it on Monday. We answer everyone, yes or no.
            I passed your application to the kitchen manager, she is the one who decide for hiring. She is back from holiday the 3rd and then she will look at it.
            Your application has landed safely 📬 We're a small NGO so a real human (me) reads each one. You'll hear from us by the end of the month either way.
        """,
        "ack_b8_slow": """
            Thank you for applying for the {role} job. Unfortunately we are quite slow at the moment: we're in the middle of the busy season and only look at applications on Sundays, so please don't read anything into the silence. Your CV is here and it will be read.
            Sorry, we're terrible at email. Just letting you know we did receive your application and it's still in the pile. Over 80 people applied so it's taking longer than we hoped; give us another two weeks or so.
            Unfortunately I have to tell you that the process is taking longer than planned: the owner is travelling until the 15th and wants to see every application himself. Your application has been received and is under consideration, nothing has been decided yet.
        """,
        "ack_b8_quiet": """
            Quick update on {company}: they've gone a bit quiet on me, which is normal for them in August and doesn't mean anything bad. Your CV is with the hiring manager and I'm chasing for feedback on Thursday. Will let you know the minute I hear.
            Just checking in so you don't think I've vanished. No news yet from the client on the {role} role, they're still going through the shortlist and you're on it. I've nudged them again today.
        """,
        "inv_b8": """
            We had lots of candidates for the {role} job, unfortunately we can only see a few in person, and you're one of them! Could you come by the restaurant on Wednesday at 3pm, between lunch and dinner service? Ask for {sender_first} at the bar.
            Loved your application. Are you free for a quick call this week? Nothing formal, just 20 minutes so I can tell you about {company} and hear a bit more about you. Send me two or three times that work and I'll ring you.
            Thanks for your patience. We'd like to invite you to an interview for {role} at our warehouse on Thursday 12th at 10:00. It'll be with me and our operations manager and take about 45 minutes. Bring safety shoes if you have them, we'll do a walk round the floor.
            We have look your CV and we want to meet you for speaking about the {role} position. Is possible Monday or Tuesday next week in the afternoon? Our office is in the first floor, the bell says {company}.
            Sorry for the wait, we couldn't get through everyone as fast as we wanted. The good news: the selection panel would like to interview you for the {role} post. Interviews are on the 18th and 19th at the school, 30 minutes each, and you'll be asked to run a 10-minute activity with a small group. Let me know which day suits.
        """,
        "inv_b8_trial": """
            Would you be up for a paid trial day? We do this with everyone before hiring: you'd work a normal shift with the team, get paid for the hours, and we both see if it clicks. Next Friday or Saturday, 10 till 6?
            Next step is a small paid test task: we'd send you a brief on Monday, you'd have until Thursday, and we pay 200 EUR regardless of the outcome. After that we'd have a final chat with both founders. Let me know if that works for you.
            We'd like you to come in for a trial afternoon with the residents and the care team on the 9th, from 1pm to 5pm. It's a chance for you to see how we work and for us to see you in action. It's paid at the normal hourly rate.
        """,
        "inv_b8_chat": """
            hey {first} saw ur application 🙌 can u do a quick call tmrw around 11? just a chat
            SUBJECT: {role} || Any chance you could pop in for a coffee and a chat tomorrow or Thursday? I'm at the office all day. Just reply with a time.
        """,
        "off_b8": """
            I'm really happy to say we'd like to offer you the {role} job! Salary as we discussed, 32 hours a week, starting 1 September if that still works. I'll send the contract over this week, have a read and shout if anything looks odd.
            After your trial day everybody was in agreement: we want you on the team. We'd like to offer you the {role} position at 14.50 an hour, Wednesday to Sunday, with staff meals and a share of the tips. Can you start on the 15th?
            Good news, finally! The trustees approved the budget last night so I can formally offer you the {role} post. Written offer attached; we'd need it back signed by Friday and we'd love you to start after the Easter break.
        """,
        "off_b8_text": """
            SUBJECT: job || {first}!!! you got it 🎉 we'd love to have you as {role}. same money we talked about. call me when ur free and we'll sort the start date
            {sender_first} here. Spoke to my partner, we want to hire you. Job's yours if you want it. Contract by email tomorrow.
        """,
        "oth_b8_withdrew": """
            Thanks for letting me know you've decided to withdraw from the {role} process and take the other job. Sad for us, happy for you! I've closed your application on our side. Good luck at the new place.
            Totally understand that the commute won't work with your new flat. I've taken you off the shortlist as you asked. No hard feelings at all.
        """,
        "oth_b8": """
            Just a heads-up that the invoice for the test task you did for us in March has been paid, it should land in your account in 2-3 working days. Let me know if it doesn't show up.
            We're doing a clear-out of old applications to comply with data protection rules. Unless you tell us otherwise, we'll delete the CV you sent us last year at the end of this month.
            Thanks so much for recommending your friend Joana for the kitchen job, she came in yesterday and was great. Whatever happens, I owe you a drink.
        """,
        "oth_cold": """
            I came across your profile and think you'd be a strong fit for a {role} role I'm working on with a family-run hotel group on the coast. Would you be open to a short chat? No pressure at all.
            I'm a recruiter at a small agency specialising in logistics. One of my clients is hiring a {role} and your background caught my eye. If you're open to hearing more, let me know a good time.
        """,
    },
    "de": {
        "rej_b8": """
            leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Bewerber entschieden haben. Die Stelle als {role} ist damit besetzt. Es lag wirklich nicht an Ihrer Qualifikation, wir brauchen einfach jemanden, der auch frühmorgens die Lieferungen annehmen kann.
            ich wollte mich persönlich melden: Wir haben uns für jemand anderen entschieden. War echt knapp zwischen euch beiden, am Ende hat die Erfahrung mit Dienstplänen den Ausschlag gegeben. Tut mir leid für dich!
            nach reiflicher Überlegung haben wir entschieden, die Position {role} mit einer internen Kollegin zu besetzen. Wir möchten uns dennoch herzlich für Ihr Interesse an unserem Familienbetrieb bedanken.
            wir haben lange überlegt aber leider passt es diesmal nicht. wir haben uns für eine Bewerberin entschieden die schon im Hotel gearbeitet hat. trotzdem danke das Sie sich die Zeit genommen haben
            Ihre Bewerbung hat uns gut gefallen, allerdings haben wir die Stelle {role} inzwischen vergeben. Der Verein muss bei Neueinstellungen leider sehr genau aufs Budget schauen, und die andere Bewerberin konnte mit weniger Einarbeitung starten.
            leider wird's diesmal nix mit uns. Wir haben die Stelle als {role} an jemanden vergeben, der schon einen Staplerschein hat, das war für uns ausschlaggebend. Ich drück dir die Daumen für die Suche!
            SUBJECT: Ihre Bewerbung bei {company} || wir bedauern, Ihnen keine positive Nachricht geben zu können. Das Auswahlverfahren für {role} ist abgeschlossen, und wir haben uns für eine andere Kandidatin entschieden.
        """,
        "rej_b8_chat": """
            hey {first}, sorry für die späte antwort 🙈 wir haben jetzt jemand gefunden für den job. war trotzdem cool dich kennenzulernen!
            Kurze Info von unterwegs: Stelle ist vergeben, wir machen mit Ihrer Bewerbung leider nicht weiter. Gesendet vom Handy, bitte Tippfehler entschuldigen
            Moin {first}! Hab grad mit Jens gesprochen, wir nehmen leider jemand anderen für die Stelle. Hat nix mit dir zu tun, echt nicht. Alles Gute 🍀
            SUBJECT: Re: {role} || nee leider nicht, haben uns anders entschieden. trotzdem danke dir!
            hier {sender_first} von {company}, ich schreib Ihnen kurz per Mail, weil ich Sie telefonisch nicht erreiche: wir haben die Stelle anderweitig besetzt. Schönen Abend noch
        """,
        "rej_b8_buried": """
            zunächst einmal möchte ich mich von ganzem Herzen für die lange Wartezeit entschuldigen. Bei uns war in den letzten Wochen wirklich Land unter: zwei Kolleginnen krank, die Heizung im Altbau kaputt und dazu noch die Begehung durch die Heimaufsicht. Ich weiß, dass das keine Entschuldigung ist. Was Ihre Bewerbung als {role} angeht, haben wir uns nach langem Hin und Her für eine Bewerberin entschieden, die bereits bei uns als Aushilfe gearbeitet hat und die Bewohnerinnen schon kennt. Das Gespräch mit Ihnen war sehr angenehm, und ich hätte Ihnen gern eher Bescheid gegeben. Bleiben Sie gesund!
            puh, wo fang ich an. Erstmal sorry, dass du so lange warten musstest, die Saison ist dieses Jahr komplett eskaliert und ich bin abends nur noch ins Bett gefallen. Die Küche ist endlich neu, der Biergarten brummt, und unser Koch hat sich verlobt (mit der Kellnerin, natürlich). Zu dir: Wir haben uns am Ende für jemand anderen entschieden, der schon länger in der Gegend wohnt und bei den Schichten flexibler ist. Ich fand dich echt sympathisch und hoffe, du findest bald was Schönes. Komm trotzdem mal auf ein Bier vorbei!
            vielen Dank für Ihre Geduld und auch für Ihre freundliche Nachfrage letzte Woche. Wir sind ein kleines Team von fünf Leuten, und ehrlich gesagt ist Recruiting bei uns immer etwas chaotisch. Wir haben uns nach den Gesprächen intensiv beraten und entschieden, die Stelle {role} mit einem Kandidaten zu besetzen, der bereits Erfahrung mit unserem Warenwirtschaftssystem mitbringt. Das ist uns nicht leicht gefallen, zumal Ihre Unterlagen wirklich sehr ordentlich waren. Für den weiteren Weg wünsche ich Ihnen nur das Beste und melde mich gern, falls sich wieder etwas ergibt.
            ich hab diese Mail jetzt dreimal angefangen und wieder gelöscht, weil ich sowas echt ungern schreibe. Du hast beim Gespräch einen super Eindruck gemacht und meine Mitgründerin war auch total angetan. Leider können wir uns im Moment nur eine Person leisten und haben uns für den anderen Finalisten entschieden, weil er schon mal in einem Startup unserer Größe gearbeitet hat. Wenn die nächste Finanzierungsrunde klappt, würde ich mich gern wieder bei dir melden. Und danke für den Buchtipp, lese es gerade!
            ein Wort vorab: Ich bin gerade im Urlaub und schreibe vom Campingplatz, verzeihen Sie also bitte die Form. Ich wollte Sie aber nicht noch länger warten lassen. Wir werden Ihre Bewerbung für {role} nicht weiter berücksichtigen, da wir uns für eine Kandidatin mit Führerschein Klasse C entschieden haben. Ansonsten war Ihr Profil sehr passend, das möchte ich ausdrücklich sagen. Liebe Grüße vom Gardasee
        """,
        "rej_b8_after_trial": """
            danke nochmal fürs Probearbeiten am Samstag, war ja echt ein voller Tag. Wir haben im Team gesprochen und uns entschieden, dir die Stelle nicht anzubieten. In der Küche brauchen wir gerade jemanden, der schon sicherer am Pass ist. Die Stunden bezahlen wir dir natürlich, das läuft mit der normalen Abrechnung Ende des Monats.
            vielen Dank für die Bearbeitung der bezahlten Probeaufgabe. Ihre Rechnung haben wir freigegeben. Inhaltlich haben wir uns allerdings entschieden, den Prozess mit Ihnen nicht fortzusetzen: Die Aufgabe war sauber gelöst, aber wir hatten uns einen stärkeren Fokus auf die Umsetzung in den nächsten Wochen gewünscht. Details finden Sie in unseren Kommentaren im Dokument.
            nach Ihrem Probetag auf der Baustelle wollte ich mich kurz melden. Der Polier war mit Ihrem Einsatz zufrieden, aber für die Stelle als {role} brauchen wir jemanden mit abgeschlossener Ausbildung im Hochbau. Daher können wir Ihnen leider keine Zusage geben. Sobald Sie den Gesellenbrief haben, melden Sie sich gern wieder.
            herzlichen Dank für die zwei Hospitationstage bei uns in der Kita. Die Kinder haben noch lange von Ihrem Bilderbuch gesprochen. Wir haben uns im Team dennoch für eine Bewerberin mit Krippenerfahrung entschieden, die wir in diesem Jahr dringend brauchen. Gern nehmen wir Sie in unseren Vertretungspool auf, wenn Sie möchten.
        """,
        "rej_b8_other_role": """
            für die Stelle {role} haben wir uns leider für eine andere Person entschieden. Allerdings suchen wir ab Herbst eine Teilzeitkraft am Empfang, und ich könnte mir Sie dort sehr gut vorstellen. Wenn Sie Interesse haben, antworten Sie einfach auf diese Mail, eine neue Bewerbung ist nicht nötig.
            für die Stelle hat es leider nicht gereicht, wir haben jemanden mit mehr Buchhaltungserfahrung genommen. Eine Frage hätte ich aber noch: Kennst du vielleicht jemanden aus deinem Umfeld, der Lust auf Disposition hat? Da suchen wir nämlich auch noch und zahlen eine Prämie fürs Empfehlen.
            Ihre Bewerbung als {role} konnten wir leider nicht berücksichtigen. Unser Schwesterbetrieb in Lindau sucht jedoch eine Servicekraft für die Sommersaison. Darf ich Ihre Unterlagen mit Ihrem Einverständnis dorthin weiterleiten?
            wir haben uns für die Stelle als {role} anders entschieden, sorry! Aber schau mal auf unsere Website, da ist seit gestern eine Stelle im Lager online, die würde vielleicht sogar besser zu dir passen. Bewirb dich gern, ich sag der Kollegin Bescheid.
        """,
        "rej_b8_spontaneous": """
            vielen Dank für Ihre Initiativbewerbung. Wir sind ein kleiner Betrieb mit sieben Mitarbeitenden und haben derzeit leider keine offenen Stellen. Wir können Ihre Bewerbung daher nicht berücksichtigen.
            danke, dass Sie Ihre Unterlagen persönlich an der Rezeption abgegeben haben. In dieser Saison stellen wir niemanden mehr ein, und auch für den Winter ist das Team bereits komplett. Es tut mir leid, Ihnen keine bessere Nachricht geben zu können.
            danke für deine Nachricht über Insta! Wir suchen gerade leider niemanden, weder in der Küche noch im Service, deshalb kann ich dir im Moment nichts anbieten.
        """,
        "ack_b8": """
            Ihre Bewerbung als {role} ist bei uns angekommen. Ich bin hier alleine für die Personalsachen zuständig, daher bitte ich um etwas Geduld. Sie hören in jedem Fall von uns.
            danke für deine Bewerbung! Die ist gut angekommen und ich schau sie mir am Wochenende in Ruhe an. Ich melde mich dann bei dir.
            SUBJECT: Eingangsbestätigung {role} || hiermit bestätigen wir den Eingang Ihrer Unterlagen. Die Bewerbungsfrist endet am 30. des Monats, danach sichten wir alle Bewerbungen gemeinsam mit dem Vorstand.
            Ihre Bewerbung habe ich an unseren Küchenchef weitergeleitet, der die Entscheidung trifft. Er ist bis Mittwoch auf einer Messe und schaut sich die Unterlagen danach an.
            Bewerbung ist da 📬 Wir lesen hier alles selbst, kein Algorithmus. Spätestens Ende nächster Woche weißt du Bescheid, so oder so.
        """,
        "ack_b8_slow": """
            leider sind wir gerade etwas langsam, weil die Saison voll läuft und wir Bewerbungen nur montags bearbeiten. Ihre Bewerbung liegt uns aber vor und wird auf jeden Fall gelesen. Bitte werten Sie die Stille nicht als Absage.
            sorry, wir sind echt schlecht im Mails beantworten. Nur damit du Bescheid weißt: Deine Bewerbung ist angekommen und noch im Rennen. Wir hatten über 60 Bewerbungen, deshalb dauert es länger als gedacht.
            leider muss ich Ihnen mitteilen, dass sich das Verfahren verzögert: Unser Geschäftsführer ist bis zum 20. im Ausland und möchte alle Unterlagen persönlich sehen. Es ist also noch nichts entschieden, Ihre Bewerbung ist weiterhin in Prüfung.
        """,
        "ack_b8_quiet": """
            kurzes Update: Der Kunde ist in den letzten Tagen etwas abgetaucht, das ist in der Urlaubszeit bei denen leider normal und bedeutet nichts Schlechtes. Ihr Profil liegt beim Niederlassungsleiter, ich hake am Donnerstag nach.
            nur ein kurzes Lebenszeichen, damit du nicht denkst, ich hab dich vergessen: Vom Kunden gibt's noch keine Rückmeldung, die sind noch am Sichten der Shortlist und du bist drauf. Ich bleib dran.
        """,
        "inv_b8": """
            wir hatten sehr viele Bewerbungen, leider können wir nur wenige persönlich kennenlernen, und Sie gehören dazu! Hätten Sie am Mittwoch um 15 Uhr Zeit, zwischen Mittags- und Abendgeschäft? Fragen Sie einfach an der Theke nach {sender_first}.
            deine Bewerbung hat uns echt gut gefallen. Hast du diese Woche Zeit für ein kurzes Telefonat? Ganz locker, 20 Minuten, damit ich dir ein bisschen was über uns erzählen kann.
            gerne möchten wir Sie zu einem Vorstellungsgespräch für die Stelle {role} einladen. Termin wäre Donnerstag, der 12., um 10 Uhr bei uns im Lager. Bitte bringen Sie, falls vorhanden, Sicherheitsschuhe mit, wir machen einen kleinen Rundgang.
            wir haben Ihre Lebenslauf gelesen und möchten Sie gern kennen lernen für ein Gespräch. Ist möglich Montag oder Dienstag Nachmittag? Unser Büro ist im ersten Stock, auf der Klingel steht {company}.
            entschuldigen Sie die Wartezeit. Der Auswahlausschuss möchte Sie gern zu einem Gespräch für die Stelle {role} einladen. Die Gespräche finden am 18. und 19. in der Schule statt; bitte bereiten Sie eine kurze Aktivität von zehn Minuten für eine kleine Gruppe vor. Welcher Tag passt Ihnen?
        """,
        "inv_b8_trial": """
            hättest du Lust auf einen bezahlten Probetag? Machen wir mit allen so: Du arbeitest eine normale Schicht mit, kriegst die Stunden bezahlt, und wir schauen beide, ob's passt. Freitag oder Samstag, 10 bis 18 Uhr?
            als nächsten Schritt würden wir Ihnen gern eine kleine, bezahlte Probeaufgabe schicken. Das Briefing kommt am Montag, Sie haben bis Donnerstag Zeit, und wir zahlen 200 Euro unabhängig vom Ergebnis. Danach folgt ein abschließendes Gespräch mit beiden Gründern.
            wir laden Sie herzlich zu einem Hospitationsnachmittag am 9. von 13 bis 17 Uhr in unser Haus ein. Sie lernen die Bewohner und das Pflegeteam kennen, und wir sehen Sie in Aktion. Die Stunden werden regulär vergütet.
        """,
        "inv_b8_chat": """
            hey {first}, hab deine bewerbung gesehen 🙌 kannst du morgen so gegen 11 kurz telefonieren?
            SUBJECT: {role} || Hätten Sie morgen oder Donnerstag Zeit auf einen Kaffee bei uns im Büro? Ich bin den ganzen Tag da, schreiben Sie mir einfach eine Uhrzeit.
        """,
        "off_b8": """
            ich freu mich riesig: Wir möchten dir die Stelle als {role} anbieten! Gehalt wie besprochen, 32 Stunden die Woche, Start am 1. September, wenn das noch passt. Den Vertrag schick ich dir diese Woche.
            nach Ihrem Probetag waren sich alle einig: Wir möchten Sie gern einstellen. Wir bieten Ihnen die Stelle {role} mit 16 Euro Stundenlohn an, Mittwoch bis Sonntag, inklusive Personalessen und Trinkgeldanteil. Könnten Sie zum 15. anfangen?
            endlich gute Nachrichten: Der Vorstand hat gestern Abend das Budget freigegeben, sodass ich Ihnen die Stelle {role} nun offiziell anbieten kann. Das schriftliche Angebot hängt an; bitte senden Sie es uns bis Freitag unterschrieben zurück.
        """,
        "off_b8_text": """
            SUBJECT: Job || {first}!!! du hast den Job 🎉 gleiches Geld wie besprochen. ruf mich an wenn du Zeit hast, dann machen wir den Starttermin klar
            hier {sender_first}. Hab mit meinem Partner gesprochen, wir wollen dich einstellen. Wenn du magst, gehört der Job dir. Vertrag kommt morgen per Mail.
        """,
        "oth_b8_withdrew": """
            danke, dass Sie uns Bescheid gegeben haben, dass Sie Ihre Bewerbung zurückziehen und die andere Stelle annehmen. Schade für uns, aber wir freuen uns für Sie! Ich habe Ihre Bewerbung bei uns geschlossen.
            klar, versteh ich total, dass der Arbeitsweg mit der neuen Wohnung nicht mehr passt. Ich hab dich wie gewünscht aus dem Verfahren genommen. Alles Gute!
        """,
        "oth_b8": """
            kurze Info: Die Rechnung für die Probeaufgabe, die Sie im März für uns erledigt haben, ist bezahlt. Das Geld sollte in zwei bis drei Werktagen auf Ihrem Konto sein.
            aus Datenschutzgründen löschen wir Bewerbungsunterlagen nach sechs Monaten. Wenn Sie nicht widersprechen, werden Ihre Unterlagen aus dem letzten Jahr Ende des Monats gelöscht.
            danke, dass du uns deine Freundin Jana für die Küche empfohlen hast! Sie war gestern zum Probearbeiten da und hat sich super gemacht. Ich schulde dir was.
        """,
        "oth_cold": """
            ich bin auf Ihr Profil aufmerksam geworden und denke, Sie könnten gut zu einer Position als {role} passen, die ich gerade für eine familiengeführte Hotelgruppe an der Ostsee besetze. Hätten Sie Interesse an einem kurzen, unverbindlichen Austausch?
            ich bin Recruiterin bei einer kleinen Agentur für Logistik. Einer meiner Kunden sucht eine:n {role}, und dein Profil ist mir aufgefallen. Wenn du offen für mehr Infos bist, sag Bescheid!
        """,
    },
    "fr": {
        "rej_b8": """
            Je reviens vers vous concernant le poste de {role}. Après réflexion, nous avons choisi une autre candidate qui habite à deux pas de la boutique et peut faire les ouvertures à 6h. Ce n'est vraiment pas une question de compétences.
            malheureusement on ne va pas donner suite cette fois, on a pris quelqu'un qui connaît déjà le logiciel de caisse. Désolé et merci d'être passé.
            Nous avons le regret de vous informer que votre candidature au poste de {role} n'a pas été retenue. L'association a privilégié un profil ayant déjà une expérience de gestion de bénévoles.
            Après en avoir discuté avec mon associé, nous avons décidé de ne pas poursuivre avec vous. Votre parcours est intéressant, mais nous cherchons quelqu'un qui a déjà tenu seul la réception d'un petit hôtel, nuits comprises.
            Je préfère vous le dire franchement plutôt que de vous laisser sans nouvelles : le poste est pourvu. On a eu un coup de cœur pour un autre candidat pendant les entretiens, voilà tout. Je garde vos coordonnées.
            Merci pour votre intérêt pour notre entreprise. Je dois vous informer que nous avons choisi une autre personne pour le poste de {role}, elle avait plus d'expérience du chantier. C'était une décision difficile parce que votre profil est très bon.
            SUBJECT: Votre candidature – {role} || Suite à nos échanges, nous ne retiendrons pas votre candidature. Le poste demandait une disponibilité le week-end que vous ne pouviez pas garantir, ce que nous comprenons tout à fait.
        """,
        "rej_b8_chat": """
            coucou {first} ! désolée pour le temps de réponse 🙈 on a finalement pris quelqu'un d'autre pour le poste. c'était super de te rencontrer quand même, bonne chance !!
            SUBJECT: re: {role} || non désolé c'est pas pour cette fois, le poste est pris. merci quand même 🙏
            petit vocal retranscrit parce que je conduis haha : bon on en a parlé et on ne va pas continuer avec toi pour le poste, rien de perso, on a trouvé quelqu'un du quartier. bonne continuation !
            Désolé {first}, on a donné le poste à quelqu'un d'autre 😕 Suis notre page Insta, on y met les annonces quand on recrute.
            c'est {sender_first} de {company}, je vous écris parce que je n'arrive pas à vous joindre au téléphone : le poste est pourvu, on ne donnera pas suite. Bonne soirée. Envoyé de mon téléphone
        """,
        "rej_b8_buried": """
            Je vous dois d'abord de grosses excuses : je vous avais promis une réponse sous huit jours et cela fait presque un mois. Entre le four qui a lâché en plein week-end de Pâques, le contrôle d'hygiène et la rentrée de mes enfants, ma boîte mail est devenue un cimetière de bonnes intentions. Bref, je voulais vous dire proprement que nous avons embauché quelqu'un d'autre pour le poste de {role} ; elle a commencé la semaine dernière. Vous faisiez partie des personnes avec qui j'ai eu le plus de plaisir à échanger, et je suis désolée de vous avoir fait attendre pour un non. Passez quand vous voulez, le café est offert.
            Alors, petite anecdote : je vous ai écrit un long mail il y a deux semaines qui est resté dans mes brouillons, et toute l'équipe se moque de moi depuis. En résumé, on a beaucoup aimé votre portfolio, surtout le projet pour la fromagerie, mais pour cette fois on part avec un graphiste basé à Lyon pour pouvoir faire les ateliers en présentiel. La version longue contenait plus de compliments et une blague douteuse sur les polices. J'espère que vos recherches avancent, et encore pardon pour le fiasco des brouillons.
            Merci de votre patience et de votre relance la semaine dernière. Le mois a été compliqué chez nous : une de nos deux camionnettes en panne, toutes les tournées à réorganiser et la moitié du bureau grippée. Au milieu de tout ça, nous avons terminé les entretiens pour le poste de {role} et, à regret, nous l'avons proposé à un autre candidat, qui a accepté. Je tenais à vous écrire un vrai message plutôt qu'un modèle, vu que vous vous êtes déplacé deux fois. Les camionnettes roulent de nouveau, la grippe est passée, et je vous souhaite le meilleur.
            J'ai repoussé ce mail parce que je déteste les écrire. Tu as été super en entretien, l'équipe t'a adoré et ma co-fondatrice répète qu'on aurait dû embaucher deux personnes. Mais on ne peut en payer qu'une pour l'instant, et on a choisi l'autre finaliste parce qu'elle a déjà fait ce métier dans une structure de notre taille. Si la levée de fonds passe à l'automne, j'aimerais beaucoup te recontacter. Et merci pour le conseil de lecture !
            Bon vendredi ! Des nouvelles un peu mitigées du camping. La bonne : la piscine est enfin remplie et le snack rouvre demain, avec des crêpes. La moins bonne, pour vous en tout cas : le poste de {role} est pourvu, nous ne donnerons donc pas suite à votre candidature. Tous ceux qui vous ont croisé lors de votre passage vous ont trouvé très à l'aise avec les vacanciers, je tenais à vous le dire. Bon week-end.
        """,
        "rej_b8_after_trial": """
            Merci d'être venu faire votre journée d'essai samedi, je sais que le service du midi était chargé. On en a discuté en équipe et on ne va pas vous proposer le poste : en cuisine, on a besoin de quelqu'un de plus rapide au dressage dès maintenant. Votre journée vous sera payée avec la paie de fin de mois.
            Merci pour le test rémunéré, et pardon pour le délai de relecture. Votre facture est validée et le virement part cette semaine. Pour le poste en lui-même, nous ne poursuivrons pas : le travail était propre, mais nous attendions un plan d'action concret pour le mois prochain, pas une stratégie à long terme. Nos commentaires sont dans le document.
            Suite à votre journée d'essai sur le chantier, le chef d'équipe était content de votre motivation. Par contre, pour le poste de {role}, il nous faut quelqu'un avec au moins deux ans d'expérience en maçonnerie, et nous ne pouvons pas attendre. Ce sera donc non pour cette fois. Rappelez-moi l'an prochain.
            Merci pour les deux matinées passées avec nous à l'école. Les enfants ont adoré votre atelier lecture. Après échange avec la direction, nous ne retenons pas votre candidature pour le poste de {role} ; une autre candidate avait davantage d'expérience avec les élèves en situation de handicap. Nous pouvons vous inscrire sur la liste des remplaçants si vous le souhaitez.
        """,
        "rej_b8_other_role": """
            Nous n'allons pas donner suite pour le poste de {role}, nous avons choisi quelqu'un avec plus d'expérience en comptabilité. En revanche, nous allons ouvrir un poste en salle dans notre deuxième adresse et je pense que vous y seriez parfait. Répondez-moi si ça vous intéresse, pas besoin de repostuler.
            Votre candidature n'a malheureusement pas été retenue pour le poste de {role}. Notre association partenaire à Marseille cherche en revanche un coordinateur de bénévoles, et votre profil y correspondrait mieux. La candidature se fait sur leur site ; je peux glisser un mot si vous voulez.
            Merci d'avoir passé l'entretien. Nous ne vous proposons pas le poste, désolé. Petite demande un peu culottée, à ignorer si besoin : si vous connaissez quelqu'un qui a fait de l'exploitation transport et qui cherche, pouvez-vous lui transmettre notre annonce ? On recrute encore une deuxième personne cet automne.
            On a retenu une autre personne pour le poste, désolé que ça n'ait pas marché. Comme tu connais beaucoup de monde dans l'événementiel, je me permets de te demander si tu aurais des gens à nous recommander ? On offre une prime de cooptation de 300 euros.
        """,
        "rej_b8_spontaneous": """
            Merci pour votre candidature spontanée et votre jolie lettre. Nous sommes une équipe de quatre et nous ne recrutons pas en ce moment, je ne peux donc rien vous proposer. Je garde votre CV, mais je ne veux pas vous donner de faux espoirs.
            Merci d'avoir déposé votre CV à la réception. Nous n'avons aucun poste ouvert pour la saison et l'équipe d'hiver est déjà complète, nous ne pouvons donc pas donner suite à votre demande.
            Merci d'être passé à la boulangerie avec votre CV. Honnêtement on est au complet pour l'instant et on n'embauche personne avant la rentrée au plus tôt. Désolée de ne pas avoir mieux à vous dire.
        """,
        "ack_b8": """
            Bien reçu votre candidature, merci ! C'est moi qui lis tous les dossiers, donc laissez-moi quelques jours. Si ça colle, je vous appelle.
            SUBJECT: Accusé de réception – {role} || Nous accusons bonne réception de votre CV et de votre lettre pour le poste de {role}. Les candidatures sont ouvertes jusqu'au 20 ; nous étudierons l'ensemble des dossiers la semaine suivante.
            Petit message pour que tu ne te poses pas de questions : ta candidature pour {role} est bien arrivée et Camille la regardera lundi. On répond à tout le monde, oui ou non.
            J'ai transmis votre candidature au chef de cuisine, c'est lui qui décide pour les embauches. Il rentre de congés le 3 et il regardera à ce moment-là.
            Votre candidature est bien arrivée 📬 On est une petite asso, donc c'est un humain (moi) qui lit chaque dossier. Vous aurez une réponse avant la fin du mois, quelle qu'elle soit.
        """,
        "ack_b8_slow": """
            Merci d'avoir postulé. Malheureusement nous sommes assez lents en ce moment : pleine saison, et on ne traite les candidatures que le dimanche. Ne prenez pas notre silence pour un refus, votre CV est bien là et sera lu.
            Désolé, on est nuls avec les mails. Juste pour vous dire que nous avons bien reçu votre candidature et qu'elle est toujours dans la pile. Plus de 80 personnes ont postulé, donc ça prend plus de temps que prévu ; comptez encore deux semaines.
            Je suis malheureusement obligée de vous dire que le processus prend du retard : le gérant est en déplacement jusqu'au 15 et veut voir toutes les candidatures lui-même. Rien n'est décidé, votre dossier est toujours à l'étude.
        """,
        "ack_b8_quiet": """
            Petit point sur {company} : le client ne donne plus trop de nouvelles, c'est classique chez eux en août et ce n'est pas mauvais signe. Votre CV est chez le responsable du recrutement et je le relance jeudi. Je vous tiens au courant dès que j'ai du nouveau.
            Je vous écris juste pour que vous ne pensiez pas que j'ai disparu. Toujours pas de retour du client pour le poste de {role}, ils étudient encore la short-list et vous en faites partie. Je les ai relancés aujourd'hui.
        """,
        "inv_b8": """
            Nous avons reçu beaucoup de candidatures et malheureusement nous ne pouvons en rencontrer que quelques-unes : vous en faites partie ! Pourriez-vous passer au restaurant mercredi à 15h, entre les deux services ? Demandez {sender_first} au bar.
            Ta candidature m'a beaucoup plu. Tu serais dispo pour un petit appel cette semaine ? Rien de formel, 20 minutes pour te présenter {company} et en savoir un peu plus sur toi. Envoie-moi deux ou trois créneaux.
            Nous souhaitons vous rencontrer pour un entretien pour le poste de {role}, jeudi 12 à 10h dans notre entrepôt. L'entretien se fera avec moi et notre responsable d'exploitation et durera environ 45 minutes. Prévoyez des chaussures de sécurité si vous en avez, nous ferons un tour du site.
            Nous avons regardé votre CV et nous voulons vous rencontrer pour parler du poste. C'est possible lundi ou mardi après-midi ? Le bureau est au premier étage, sur la sonnette c'est écrit {company}.
            Pardon pour l'attente. Le jury aimerait vous recevoir en entretien pour le poste de {role}. Les entretiens ont lieu le 18 et le 19 à l'école, 30 minutes chacun, avec une petite activité de dix minutes à préparer pour un groupe d'enfants. Quel jour vous arrange ?
        """,
        "inv_b8_trial": """
            Ça te dirait de faire une journée d'essai rémunérée ? On le fait avec tout le monde avant d'embaucher : tu fais un service normal avec l'équipe, tes heures sont payées, et on voit tous les deux si ça colle. Vendredi ou samedi, de 10h à 18h ?
            Prochaine étape : un petit test rémunéré. Vous recevrez le brief lundi, vous aurez jusqu'à jeudi, et nous payons 200 euros quel que soit le résultat. Ensuite, un dernier échange avec les deux fondateurs.
            Nous aimerions vous accueillir pour un après-midi d'immersion le 9, de 13h à 17h, avec les résidents et l'équipe soignante. C'est l'occasion de découvrir notre fonctionnement, et pour nous de vous voir à l'œuvre. Les heures sont rémunérées.
        """,
        "inv_b8_chat": """
            salut {first} j'ai vu ta candidature 🙌 tu peux m'appeler demain vers 11h ? juste pour discuter
            SUBJECT: {role} || Vous pourriez passer prendre un café demain ou jeudi pour qu'on discute du poste ? Je suis au bureau toute la journée, dites-moi juste une heure.
        """,
        "off_b8": """
            Je suis ravie de te dire qu'on aimerait te proposer le poste de {role} ! Salaire comme on en a parlé, 32 heures par semaine, début le 1er septembre si ça te va toujours. Je t'envoie le contrat cette semaine.
            Après votre journée d'essai, tout le monde était d'accord : on vous veut dans l'équipe. Nous vous proposons le poste de {role} à 13,50 € de l'heure, du mercredi au dimanche, repas et pourboires compris. Pouvez-vous commencer le 15 ?
            Enfin une bonne nouvelle : le conseil d'administration a validé le budget hier soir et je peux donc vous proposer officiellement le poste de {role}. La promesse d'embauche est en pièce jointe ; merci de nous la renvoyer signée avant vendredi.
        """,
        "off_b8_text": """
            SUBJECT: le poste || {first} !!! c'est bon t'es pris 🎉 même salaire que ce qu'on a dit. appelle-moi quand t'es dispo pour caler la date de début
            C'est {sender_first}. J'ai parlé avec mon associé, on veut t'embaucher. Le poste est à toi si tu le veux. Contrat par mail demain.
        """,
        "oth_b8_withdrew": """
            Merci de nous avoir prévenus que vous retiriez votre candidature pour accepter un autre poste. Dommage pour nous, mais on est contents pour vous ! J'ai clôturé votre dossier de notre côté.
            Je comprends tout à fait que le trajet ne soit plus possible avec ton nouvel appart. Je t'ai retiré du processus comme demandé. Aucun souci, bonne continuation !
        """,
        "oth_b8": """
            Pour info, la facture du test que vous aviez réalisé pour nous en mars a été réglée. Le virement devrait arriver sous deux ou trois jours ouvrés.
            Conformément au RGPD, nous supprimons les candidatures au bout de deux ans. Sauf opposition de votre part, le CV que vous nous avez envoyé l'an dernier sera effacé à la fin du mois.
            Merci mille fois de nous avoir recommandé ton amie Léa pour la cuisine ! Elle est venue hier faire un essai et c'était top. Je te dois un verre.
        """,
        "oth_cold": """
            Je suis tombée sur votre profil et je pense que vous pourriez correspondre à un poste de {role} que je recrute pour un groupe d'hôtels familial sur la côte basque. Seriez-vous ouvert à un court échange ? Sans engagement.
            Je travaille dans un petit cabinet de recrutement spécialisé dans la logistique. Un de mes clients cherche un {role} et votre parcours a retenu mon attention. Si vous voulez en savoir plus, dites-moi quand vous êtes disponible.
        """,
    },
    "es": {
        "rej_b8": """
            Te cuento: al final nos quedamos con otro chico para el puesto de {role}, uno que ya trabajó la temporada pasada en el chiringuito y conoce a los proveedores. Me sabe fatal porque tu entrevista fue de las mejores.
            Lamentamos informarle que no continuaremos con su candidatura. Solo teníamos presupuesto para una persona y hemos optado por alguien que ya había colaborado con nosotros como autónomo.
            SUBJECT: Puesto de {role} || Te escribo rapidito que estoy en obra. El puesto ya está cubierto. Gracias por venir el martes y por no quejarte del barro. Si sale algo más, tengo tu número.
            Después de mucho darle vueltas con mi socia, hemos decidido no seguir adelante con tu candidatura. Se nota que sabes del tema, pero necesitamos a alguien que ya haya llevado la recepción de un hostal pequeño, donde toca hacer de todo, noches incluidas.
            Gracias por su paciencia. La junta directiva de la ONG se reunió el jueves y decidió ofrecer el puesto de {role} a otra candidata con más experiencia en justificación de subvenciones europeas. Sé que es una decepción después de dos entrevistas.
            Le comunicamos que la vacante de {role} ya fue ocupada. Agradecemos mucho su interés en trabajar con nosotros y le deseamos éxito.
            Ya tenemos a alguien para la vacante de {role}, así que no podemos seguir contigo. La otra persona tenía carnet de camión y para las mudanzas grandes eso nos salva la vida. Nada personal, ¡mucho ánimo!
        """,
        "rej_b8_chat": """
            holaa {first} perdona la tardanza 🙈 al final cogimos a otra persona para el puesto. fue un gusto conocerte igual, ¡suerte!
            SUBJECT: re: {role} || no, lo siento, esta vez no. el puesto ya está cubierto. gracias igual 🙏
            te lo dejo escrito que iba a mandarte un audio pero estoy en el coche jaja: lo hablamos y no vamos a seguir contigo para el puesto, no es nada personal, encontramos a alguien del barrio. un abrazo
            Qué pena {first}, le dimos el trabajo a otra persona 😕 Síguenos en Insta que ahí publicamos cuando buscamos gente
            Soy {sender_first} de {company}. Le escribo porque no logro contactarle por teléfono: la vacante ya se cubrió y no seguiremos con su postulación. Saludos. Enviado desde mi celular
        """,
        "rej_b8_buried": """
            Antes que nada, te debo una disculpa enorme. Te dije que te respondía en una semana y ya van casi cinco, lo cual es vergonzoso. Se nos rompió la cámara frigorífica en plena ola de calor, el cocinero se fue de vacaciones avisando tarde y mi hija empezó el cole, así que mi bandeja de entrada se convirtió en un cementerio de buenas intenciones. En fin: quería decirte como es debido que hemos contratado a otra persona para el puesto de {role}; empezó la semana pasada y se está adaptando bien. Fuiste de las personas con las que más disfruté hablando y siento mucho que tuvieras que esperar tanto para un no. Si pasas por aquí, el primer café corre de mi cuenta.
            Te cuento una anécdota: hace dos semanas te escribí un correo larguísimo que se quedó en borradores, y ahora el equipo no me deja olvidarlo. La versión corta de ese correo era que nos encantó tu portfolio, sobre todo lo de la panadería, pero en esta ronda vamos con un diseñador que vive en Valencia para poder hacer los talleres en persona. La versión larga tenía más piropos y un chiste malísimo sobre tipografías. Espero que la búsqueda vaya bien, y perdón otra vez.
            Muchas gracias por tu paciencia y por escribirnos otra vez la semana pasada; ha sido un mes rarísimo en {company}. Perdimos una de las dos furgonetas, tuvimos que rehacer todas las rutas y media oficina ha estado con gripe. En medio de todo eso terminamos las entrevistas para {role} y, lo siento, hemos ofrecido el puesto a otro candidato, que ya aceptó. Quería escribirte un correo de verdad y no una plantilla, porque viniste dos veces. Las furgonetas ya funcionan, la gripe se fue, y te deseo lo mejor.
            Llevo días posponiendo este correo porque odio escribirlos. Estuviste genial en la entrevista, al equipo le caíste muy bien y mi socio sigue diciendo que deberíamos haber contratado a dos. Pero ahora mismo solo nos alcanza para una persona y elegimos a la otra finalista porque ya había hecho esto en una empresa de nuestro tamaño. Si en otoño sale la ronda de inversión, me encantaría volver a escribirte. Y gracias por la recomendación del libro, ya voy por la mitad.
            Bueno, primero lo importante: ¿qué tal el verano? Aquí en la academia ha sido una locura con los campamentos, los peques nos han dejado sin voz y la fotocopiadora ha muerto dos veces. Sobre el puesto de {role}, hemos decidido quedarnos con una candidata que ya tiene experiencia con los exámenes de Cambridge, así que no podemos ofrecerte la plaza. Me dio mucha pena porque la clase de prueba que describiste en la entrevista era una maravilla. Cuídate mucho y ojalá nos crucemos en algún curso de formación.
        """,
        "rej_b8_after_trial": """
            Gracias por venir a hacer el día de prueba el sábado, sé que fue un servicio movido, la terraza estuvo llena desde las dos. Lo hemos hablado y no vamos a ofrecerte el puesto: en cocina necesitamos a alguien que ya vaya más suelto en el pase. El día te lo pagamos con la nómina del resto del equipo a final de mes.
            Gracias por entregar la prueba remunerada y perdona que tardáramos en revisarla. La factura está aprobada y el pago sale esta semana. En cuanto al puesto, hemos decidido no seguir adelante: el trabajo estaba cuidado, pero buscábamos un plan que pudiéramos aplicar ya este mes y el tuyo era más bien estrategia a largo plazo. Te dejamos comentarios en el documento.
            Te escribo después de tu jornada de prueba en la obra. El encargado dice que trabajaste duro y sin quejarte, y te lo agradezco. Aun así, para el puesto de {role} necesitamos a alguien con la tarjeta profesional de la construcción y un par de años de experiencia, y no podemos esperar. Así que de momento es que no. Sácate la tarjeta y llámame en primavera.
            Muchas gracias por las dos mañanas que pasó con nosotros en el colegio. A los niños les encantó su cuentacuentos. Tras hablarlo con dirección, hemos decidido no contratarle para el puesto de {role}; otra candidata tenía más experiencia con alumnado con necesidades especiales, que es lo que más necesitamos este curso. Si quiere, le incluimos en nuestra bolsa de sustituciones.
        """,
        "rej_b8_other_role": """
            No vamos a seguir contigo para {role}, elegimos a alguien con más experiencia en contabilidad. PERO: vamos a abrir un puesto de sala en el segundo local y creo que se te daría genial. Si te interesa, respóndeme y te paso los detalles; no hace falta que vuelvas a postular.
            Lamentablemente no fue seleccionado para el puesto de {role}. Dicho esto, nuestro proyecto hermano en Oaxaca busca un coordinador de voluntariado y su perfil encaja mejor allí. Tendría que postular desde su página; con gusto le recomiendo.
            Gracias por la entrevista. No te vamos a ofrecer el puesto, lo siento. Una petición un poco caradura, ignórala si quieres: si conoces a alguien que haya hecho planificación de rutas o tráfico y esté buscando, ¿le podrías pasar nuestra oferta? Queremos contratar a una segunda persona este año.
            Nos quedamos con otra persona para {role}, siento que no saliera. Como conoces a tanta gente del mundo de los eventos, ¿te importa si te pido recomendaciones? Pagamos 300 euros si alguien que nos recomiendes entra y pasa el periodo de prueba.
        """,
        "rej_b8_spontaneous": """
            Gracias por tu candidatura espontánea y por la carta tan bonita. Somos cuatro en el equipo y ahora mismo no estamos contratando, así que no te puedo ofrecer nada. Guardo tu CV, pero no quiero darte falsas esperanzas.
            Gracias por dejar su currículum en recepción. Esta temporada no tenemos vacantes y el equipo de invierno ya está completo, por lo que no podemos dar curso a su solicitud.
            Te agradezco que nos escribieras directamente, poca gente lo hace. Lamentablemente nuestro cliente principal nos ha congelado las contrataciones, así que este año no incorporamos a nadie, ni para {role} ni para otra cosa. Siento no poder ayudarte más.
        """,
        "ack_b8": """
            ¡Recibido, gracias! Soy yo quien lee todas las candidaturas, así que dame unos días. Si encajas, te llamo.
            SUBJECT: Candidatura recibida – {role} || Le confirmamos que hemos recibido su CV y carta de presentación para el puesto de {role}. El plazo cierra el día 20 y revisaremos todas las candidaturas la semana siguiente.
            Te escribo para que no te quedes con la duda: tu candidatura para {role} nos llegó bien y Marisa la revisará el lunes. Contestamos a todo el mundo, sea sí o no.
            Pasé tu currículum al jefe de cocina, que es quien decide las contrataciones. Vuelve de vacaciones el día 3 y lo mirará entonces.
            Tu postulación llegó sana y salva 📬 Somos una ONG chiquita, así que una persona de verdad (yo) lee cada una. Tendrás respuesta antes de fin de mes, sea cual sea.
        """,
        "ack_b8_slow": """
            Gracias por postularte al puesto de {role}. Lamentablemente vamos un poco lentos: estamos en plena temporada y solo miramos candidaturas los domingos. No interpretes el silencio como un no; tu CV está aquí y se va a leer.
            Perdona, somos un desastre con el correo. Solo para decirte que sí recibimos tu candidatura y sigue en el montón. Se han apuntado más de 80 personas y está tardando más de lo previsto; calcula dos semanas más.
            Lamentablemente debo informarle que el proceso se está alargando: el dueño está de viaje hasta el 15 y quiere ver personalmente todas las candidaturas. No hay nada decidido, su solicitud sigue en revisión.
        """,
        "ack_b8_quiet": """
            Te cuento cómo va lo de {company}: el cliente se ha quedado un poco callado, es normal en agosto y no significa nada malo. Tu CV lo tiene el responsable de contratación y le vuelvo a insistir el jueves. Te aviso en cuanto sepa algo.
            Te escribo para que no pienses que desaparecí. Aún no hay respuesta del cliente sobre el puesto de {role}; siguen revisando la terna final y tú estás en ella. Hoy les volví a escribir.
        """,
        "inv_b8": """
            Recibimos muchísimas candidaturas y, por desgracia, solo podemos conocer en persona a unas pocas. ¡Tú eres una de ellas! ¿Puedes pasarte por el restaurante el miércoles a las cinco, entre comidas y cenas? Pregunta por {sender_first} en la barra.
            Me gustó mucho tu candidatura. ¿Tienes un rato esta semana para una llamada corta? Nada formal, 20 minutos para contarte sobre {company} y conocerte un poco. Pásame dos o tres horarios y te llamo.
            Nos gustaría invitarle a una entrevista para el puesto de {role} el jueves 12 a las 10:00 en nuestro almacén. Será conmigo y con el jefe de operaciones y durará unos 45 minutos. Si tiene calzado de seguridad, tráigalo; daremos una vuelta por la nave.
            Hemos mirado tu currículo y queremos conocerte para hablar del puesto. ¿Es posible lunes o martes por la tarde? La oficina es en el primer piso, en el timbre pone {company}.
            Perdón por la espera. El tribunal quiere entrevistarle para el puesto de {role}. Las entrevistas son los días 18 y 19 en el colegio, de 30 minutos, y tendrá que preparar una actividad de diez minutos con un grupo pequeño. Díganos qué día le viene mejor.
        """,
        "inv_b8_trial": """
            ¿Te animas a un día de prueba pagado? Lo hacemos con todo el mundo antes de contratar: trabajas un turno normal con el equipo, te pagamos las horas y vemos los dos si encaja. ¿Viernes o sábado, de 10 a 18?
            El siguiente paso es una pequeña prueba remunerada: te mandamos el brief el lunes, tienes hasta el jueves y pagamos 200 euros salga como salga. Después haríamos una última charla con los dos fundadores.
            Nos gustaría que viniera una tarde de prueba a la residencia el día 9, de 13 a 17 h, con los residentes y el equipo de cuidados. Es una oportunidad para que vea cómo trabajamos y para que nosotros le veamos en acción. Se paga a la tarifa horaria normal.
        """,
        "inv_b8_chat": """
            holaa {first} vi tu postulación 🙌 ¿puedes una llamadita mañana tipo 11? solo para charlar
            SUBJECT: {role} || ¿Te puedes pasar mañana o el jueves a tomar un café y charlamos del puesto? Estoy en la oficina todo el día, dime una hora.
        """,
        "off_b8": """
            ¡Qué alegría decirte que queremos ofrecerte el puesto de {role}! El sueldo como lo hablamos, 32 horas semanales, empezando el 1 de septiembre si te sigue viniendo bien. Te mando el contrato esta semana; léelo con calma y dime si algo no cuadra.
            Después de tu día de prueba todos estuvimos de acuerdo: te queremos en el equipo. Te ofrecemos el puesto de {role} a 11 euros la hora, de miércoles a domingo, con comida de personal y parte de las propinas. ¿Puedes empezar el 15?
            ¡Por fin buenas noticias! El patronato aprobó anoche el presupuesto, así que puedo ofrecerle formalmente el puesto de {role}. Adjunto la carta oferta; necesitaríamos que nos la devuelva firmada antes del viernes.
        """,
        "off_b8_text": """
            SUBJECT: el curro || {first}!!! es tuyo 🎉 queremos que seas nuestro {role}. mismo sueldo que hablamos. llámame cuando puedas y cerramos la fecha
            Soy {sender_first}. Hablé con mi socio y te queremos contratar. El puesto es tuyo si lo quieres. Mañana te mando el contrato por correo.
        """,
        "oth_b8_withdrew": """
            Gracias por avisarnos de que retiras tu candidatura para aceptar la otra oferta. Una pena para nosotros, ¡pero nos alegramos por ti! Ya he cerrado tu proceso por nuestra parte.
            Entiendo perfectamente que el trayecto ya no te compense con el piso nuevo. Te he sacado del proceso como me pediste. Sin problema, ¡mucha suerte!
        """,
        "oth_b8": """
            Te aviso de que ya pagamos la factura de la prueba que hiciste para nosotros en marzo; debería llegarte en dos o tres días hábiles.
            Por la normativa de protección de datos, borramos los currículums al cabo de un año. Si no nos dices lo contrario, el CV que nos enviaste el año pasado se eliminará a final de mes.
            ¡Mil gracias por recomendarnos a tu amiga Lucía para la cocina! Vino ayer a hacer la prueba y lo hizo genial. Te debo una caña.
        """,
        "oth_cold": """
            Vi su perfil y creo que podría encajar en un puesto de {role} que estoy cubriendo para un grupo hotelero familiar en la costa. ¿Le interesaría una charla breve? Sin compromiso.
            Soy reclutadora en una pequeña consultora especializada en logística. Uno de mis clientes busca un {role} y tu perfil me llamó la atención. Si te interesa saber más, dime cuándo te viene bien.
        """,
    },
    "pt": {
        "rej_b8": """
            Queria te avisar pessoalmente que decidimos seguir com outra pessoa para a vaga de {role}. Foi apertado, de verdade; pesou mais a disponibilidade, a gente precisava de alguém que começasse já na segunda.
            Infelizmente não vamos avançar com a sua candidatura. Só tínhamos orçamento para uma pessoa e optámos por alguém que já tinha trabalhado connosco como freelancer.
            SUBJECT: Vaga de {role} || Escrevo rapidinho que estou na obra. A vaga já foi preenchida. Obrigado por ter vindo na terça e por não reclamar da lama. Se surgir outra coisa, tenho o seu número.
            Depois de muita conversa com a minha sócia, decidimos não seguir com a sua candidatura. Nota-se que percebe do assunto, mas precisamos de alguém que já tenha feito receção num alojamento local pequeno, onde se faz de tudo.
            Obrigada pela paciência. A direção da associação reuniu-se na quinta e, depois de muita discussão, ofereceu a vaga de {role} a outra candidata com mais experiência em candidaturas a fundos europeus. Sei que é uma desilusão depois de duas entrevistas.
            Comunicamos que a vaga de {role} já foi preenchida. Agradecemos muito o seu interesse em trabalhar conosco e desejamos sucesso.
            Não vamos seguir com você para {role}. Gosto sempre de explicar o motivo: o principal foi a escala de fim de semana, a gente precisa de alguém que faça pelo menos dois sábados por mês e pelo que conversamos isso não dava pra você. Super entendo, só não é o que a gente precisa agora.
        """,
        "rej_b8_chat": """
            oii {first} desculpa a demora 🙈 acabamos fechando com outra pessoa pra vaga. foi mt bom te conhecer mesmo assim, boa sorte!!
            SUBJECT: re: {role} || infelizmente não dessa vez, a vaga já foi preenchida. obrigado mesmo assim 🙏
            transcrevendo aqui porque ia mandar áudio mas tô dirigindo kkk: conversamos e não vamos seguir com você pra vaga, nada pessoal, achamos alguém aqui do bairro. abraço e boa sorte
            Poxa {first}, fechamos com outra pessoa 😕 Segue a gente no Insta que postamos lá quando abrimos vaga
            Aqui é {sender_first}, da {company}. Estou a escrever porque não consigo ligar-lhe: a vaga foi preenchida e não vamos avançar com a candidatura. Boa noite. Enviado do meu telemóvel
        """,
        "rej_b8_buried": """
            Antes de mais, devo-lhe um enorme pedido de desculpas. Disse que respondia numa semana e já vão quase cinco, o que é vergonhoso. A câmara frigorífica avariou em plena onda de calor, o cozinheiro partiu o pulso e o meu filho começou a escola, por isso a minha caixa de correio virou um cemitério de boas intenções. Enfim: queria dizer-lhe como deve ser que contratámos outra pessoa para a vaga de {role}; começou na semana passada e está a adaptar-se bem. Foi das pessoas com quem mais gostei de conversar e lamento muito que tenha esperado tanto por um não. Se passar por cá, o primeiro café é por minha conta.
            Vou te contar uma história engraçada: há duas semanas escrevi um e-mail enorme pra você que ficou esquecido nos rascunhos, e agora o time não me deixa esquecer isso. A versão curta era que adoramos seu portfólio, principalmente o projeto da padaria, mas dessa vez vamos seguir com um designer que mora em Curitiba pra gente conseguir fazer os workshops presenciais. A versão longa tinha mais elogios e uma piada péssima sobre fontes. Espero que a busca esteja indo bem, e desculpa de novo.
            Obrigado pela paciência e por ter mandado mensagem de novo semana passada, foi um mês bem estranho aqui na {company}. Perdemos uma das duas vans, tivemos que refazer todas as rotas e metade do escritório pegou gripe. No meio disso tudo fechamos as entrevistas pra {role} e, sinto muito, oferecemos a vaga para outro candidato, que já aceitou. Quis te escrever um e-mail de verdade e não um modelo, já que você veio duas vezes. As vans já estão rodando, a gripe passou, e desejo tudo de bom pra você.
            Adiei esse e-mail o quanto pude porque odeio escrever esse tipo de coisa. Você mandou muito bem na entrevista, o time adorou e meu sócio vive dizendo que a gente devia ter contratado duas pessoas. Mas hoje só dá pra pagar uma, e escolhemos a outra finalista porque ela já fez isso numa empresa do nosso tamanho. Se a rodada de investimento sair no segundo semestre, adoraria te procurar de novo. E obrigado pela indicação do livro!
            Boa sexta! Notícias misturadas por aqui. A boa: a horta do lar finalmente ficou pronta e os tomates estão a crescer de forma suspeita. A menos boa, pelo menos para si: a vaga de {role} já está preenchida, por isso não vamos avançar com a sua candidatura. Todos os que o conheceram na visita disseram que foi um encanto com os utentes, e quis que soubesse. Bom fim de semana.
        """,
        "rej_b8_after_trial": """
            Obrigado por ter vindo fazer o dia experimental no sábado, sei que o serviço foi puxado, a esplanada esteve cheia desde o meio-dia. Falámos em equipa e decidimos não lhe oferecer o lugar: na cozinha precisamos de alguém que já esteja mais à vontade no passe. O dia ser-lhe-á pago com os ordenados do fim do mês.
            Obrigado por entregar o teste pago, e desculpa a demora na avaliação. A nota fiscal foi aprovada e o pagamento sai essa semana. Sobre a vaga: decidimos não seguir. O trabalho estava caprichado, mas o briefing pedia um plano pra usar já esse mês e o seu era mais uma estratégia de longo prazo. Deixamos comentários no documento.
            Escrevo depois do seu dia de teste na obra. O encarregado disse que trabalhou com vontade, e agradeço. Mesmo assim, para a vaga de {role} precisamos de alguém com pelo menos dois anos de experiência em alvenaria, e não podemos esperar. Por isso, para já, é não. Volte a ligar-me na primavera.
            Muito obrigada pelas duas manhãs que passou connosco na escola. As crianças adoraram a hora do conto. Depois de falar com a direção, decidimos não avançar com a sua contratação para {role}; outra candidata tinha mais experiência com alunos com necessidades educativas especiais. Se quiser, podemos incluí-lo na nossa bolsa de substituições.
        """,
        "rej_b8_other_role": """
            Não vamos seguir com você pra {role}, escolhemos alguém com mais experiência em financeiro. MAS: vamos abrir uma vaga de salão na segunda unidade e acho que você ia mandar muito bem. Se tiver interesse, me responde que eu mando os detalhes, não precisa se candidatar de novo.
            Infelizmente não foi selecionado para a vaga de {role}. Dito isto, o nosso projeto irmão no Algarve procura um coordenador de voluntariado e o seu perfil encaixa melhor lá. A candidatura é feita pelo site deles; posso dar uma palavra a seu favor.
            Obrigado pela entrevista. Não vamos te oferecer a vaga, sinto muito. Um pedido meio cara de pau, pode ignorar: se você conhecer alguém que já trabalhou com roteirização de frota e esteja procurando, consegue passar nossa vaga? Queremos contratar uma segunda pessoa ainda esse ano.
            Fechamos com outra pessoa pra {role}, pena que não deu certo. Como você conhece muita gente do mercado de eventos, posso te pedir indicações? A gente paga um bônus de 1.000 reais se a pessoa indicada for contratada e passar da experiência.
        """,
        "rej_b8_spontaneous": """
            Obrigada pela candidatura espontânea e pela carta tão simpática. Somos uma equipa de quatro e neste momento não estamos a recrutar, por isso não lhe posso oferecer nada. Guardo o seu CV, mas não lhe quero dar falsas esperanças.
            Obrigado por ter deixado o seu currículo na receção. Não temos vagas para esta época e a equipa de inverno já está completa, pelo que não podemos dar seguimento ao seu pedido.
            Valeu por ter mandado mensagem direto, pouca gente faz isso. Infelizmente nosso principal cliente congelou as contratações, então esse ano não vamos contratar ninguém, nem pra {role} nem pra outra coisa. Desculpa não poder ajudar mais.
        """,
        "ack_b8": """
            Recebi sua candidatura, obrigada! Sou só eu que leio todas, então me dá uns dias. Se fizer sentido, te ligo.
            SUBJECT: Candidatura recebida – {role} || Confirmamos a receção do seu CV e carta de apresentação para a vaga de {role}. As candidaturas fecham no dia 20 e analisaremos todas na semana seguinte.
            Só pra você não ficar na dúvida: sua candidatura pra {role} chegou certinho e a Renata vai olhar na segunda. A gente responde todo mundo, sendo sim ou não.
            Encaminhei o seu currículo ao chefe de cozinha, que é quem decide as contratações. Ele volta de férias no dia 3 e vai ver nessa altura.
            Sua candidatura chegou direitinho 📬 Somos uma ONG pequena, então uma pessoa de verdade (eu) lê cada uma. Você vai ter resposta até o fim do mês, seja qual for.
        """,
        "ack_b8_slow": """
            Obrigado por se candidatar à vaga de {role}. Infelizmente estamos um pouco lentos: estamos em plena temporada e só olhamos as candidaturas aos domingos. Não leve o silêncio como um não; seu CV está aqui e vai ser lido.
            Desculpa, a gente é péssimo com e-mail. Só pra avisar que recebemos sua candidatura sim e ela continua na pilha. Mais de 80 pessoas se inscreveram, então está demorando mais do que a gente queria; conta mais duas semanas.
            Infelizmente tenho de informar que o processo está a demorar mais do que o previsto: o proprietário está em viagem até dia 15 e quer ver pessoalmente todas as candidaturas. Nada está decidido, a sua candidatura continua em análise.
        """,
        "ack_b8_quiet": """
            Uma atualização sobre a {company}: o cliente deu uma sumida, é normal com eles em julho e não quer dizer nada de ruim. Seu CV está com o gestor da vaga e vou cobrar de novo na quinta. Te aviso assim que tiver novidade.
            Só pra você não achar que eu sumi: ainda sem retorno do cliente sobre a vaga de {role}, eles continuam avaliando a lista final e você está nela. Mandei mensagem de novo hoje.
        """,
        "inv_b8": """
            Recebemos muitas candidaturas e infelizmente só conseguimos conhecer pessoalmente algumas, e você é uma delas! Consegue passar no restaurante na quarta às 15h, entre o almoço e o jantar? Pergunta por {sender_first} no balcão.
            Gostei muito da sua candidatura. Tem um tempinho essa semana pra uma ligação rápida? Nada formal, 20 minutos pra eu te contar da {company} e conhecer você um pouco. Me manda dois ou três horários.
            Gostaríamos de o convidar para uma entrevista para a vaga de {role} na quinta-feira, dia 12, às 10h, no nosso armazém. Será comigo e com o responsável de operações e dura cerca de 45 minutos. Se tiver calçado de segurança, traga; vamos dar uma volta pelo pavilhão.
            Nós vimos o seu currículo e queremos conhecer você para falar da vaga. É possível segunda ou terça de tarde? O escritório é no primeiro andar, na campainha está escrito {company}.
            Desculpe a espera. O júri gostaria de o entrevistar para o lugar de {role}. As entrevistas são nos dias 18 e 19 na escola, 30 minutos cada, e terá de preparar uma atividade de dez minutos para um pequeno grupo. Diga-nos qual o dia que lhe dá mais jeito.
        """,
        "inv_b8_trial": """
            Topa fazer um dia de teste pago? A gente faz com todo mundo antes de contratar: você trabalha um turno normal com a equipe, recebe pelas horas e a gente vê se dá match. Sexta ou sábado, das 10h às 18h?
            O próximo passo é um pequeno teste remunerado: mandamos o briefing na segunda, você tem até quinta e pagamos R$ 800 independente do resultado. Depois fazemos uma última conversa com os dois sócios.
            Gostaríamos de o receber para uma tarde de experiência no lar, no dia 9, das 13h às 17h, com os utentes e a equipa de cuidados. É uma oportunidade para conhecer o nosso trabalho e para nós o vermos em ação. As horas são pagas ao valor normal.
        """,
        "inv_b8_chat": """
            oi {first} vi sua candidatura 🙌 consegue uma call rapidinha amanhã umas 11h? só pra bater um papo
            SUBJECT: {role} || Consegue passar aqui amanhã ou quinta pra um café e a gente conversa sobre a vaga? Estou no escritório o dia todo, só me fala um horário.
        """,
        "off_b8": """
            Que alegria te dizer que queremos te oferecer a vaga de {role}! Salário como combinamos, 32 horas por semana, começando dia 1º de setembro se ainda der pra você. Te mando o contrato essa semana, lê com calma e me fala se algo estiver estranho.
            Depois do seu dia experimental, toda a gente concordou: queremos que fique na equipa. Oferecemos-lhe o lugar de {role} a 6,50 € à hora, de quarta a domingo, com refeições e parte das gorjetas. Consegue começar dia 15?
            Finalmente boas notícias! A direção aprovou ontem à noite o orçamento, por isso posso oferecer-lhe formalmente o lugar de {role}. A proposta escrita segue em anexo; precisamos dela assinada até sexta.
        """,
        "off_b8_text": """
            SUBJECT: a vaga || {first}!!! a vaga é sua 🎉 queremos você como {role}. mesmo salário que a gente falou. me liga quando puder que a gente fecha a data de início
            Aqui é {sender_first}. Falei com meu sócio e a gente quer te contratar. A vaga é sua se você quiser. Amanhã mando o contrato por e-mail.
        """,
        "oth_b8_withdrew": """
            Obrigado por avisar que está retirando sua candidatura pra aceitar a outra proposta. Pena pra gente, mas ficamos felizes por você! Já encerrei seu processo por aqui.
            Percebo perfeitamente que a deslocação deixe de compensar com a casa nova. Retirei-o do processo, tal como pediu. Sem problema nenhum, boa sorte!
        """,
        "oth_b8": """
            Só avisando que a nota do teste que você fez pra gente em março já foi paga; deve cair na sua conta em dois ou três dias úteis.
            Por causa da LGPD, apagamos currículos depois de um ano. Se você não se opuser, o CV que nos mandou ano passado será excluído no fim do mês.
            Muito obrigado por nos teres recomendado a tua amiga Inês para a cozinha! Veio ontem fazer o dia experimental e correu lindamente. Fico a dever-te um copo.
        """,
        "oth_cold": """
            Encontrei o seu perfil e acho que poderia encaixar numa vaga de {role} que estou a recrutar para um grupo hoteleiro familiar no Algarve. Estaria aberto a uma conversa curta? Sem compromisso.
            Sou recrutadora numa consultoria pequena focada em logística. Um cliente meu está buscando um {role} e seu perfil me chamou atenção. Se quiser saber mais, me fala um horário bom.
        """,
    },
}

WRAP: dict[str, dict[str, list[str]]] = {
    "en": {
        "greet": [
            "Hi {first},",
            "Hey {first}!",
            "Hello {first},",
            "Dear {first},",
            "{first} -",
            "Morning {first},",
        ],
        "thanks": [
            "Thanks for your interest in {company}.",
            "Thank you for getting in touch with us.",
            "Thanks for thinking of us, it means a lot to a small team like ours.",
            "Thank you for taking the time to apply.",
        ],
        "wish": [
            "All the best with the search!",
            "Good luck out there 🍀",
            "Wishing you the best of luck.",
            "Take care and best of luck with everything.",
            "Hope something great comes up for you soon.",
        ],
        "marketing": [
            "Big news from us: we've just opened our second place on the harbour and we now serve breakfast from 7am!",
            "Our summer newsletter is out: this year we planted 4,000 trees with the help of 300 volunteers.",
            "PS: we're on Instagram now, come say hi 📸",
            "This month we celebrate 10 years in business, thank you to everyone who's been part of the journey!",
            "Fancy a weekend away? Book direct on our website and get 10% off.",
        ],
        "sign": [
            "Cheers,\n{sender_first}",
            "Best,\n{sender}\n{company}",
            "Thanks,\n{sender_first} @ {company}",
            "{sender_first}",
            "Kind regards,\n{sender}",
            "x {sender_first}",
        ],
        "footer": [
            "Sent from my iPhone",
            "Sent from my Galaxy",
            "{company} · 14 Mill Lane · Registered charity no. 1187345",
            "{company} | family run since 1987",
            "Get Outlook for Android",
            "This email and any attachments are confidential.",
        ],
        "subject_app": [
            "Your application",
            "{role} - {company}",
            "Re: {role} job",
            "Your application for {role}",
            "{company} application",
            "Re: job ad",
        ],
        "subject_inv": [
            "Next step?",
            "{role} at {company}",
            "Re: your application",
            "Quick chat?",
            "About the {role} job",
        ],
        "subject_off": [
            "Good news",
            "{role} at {company}",
            "Re: your application",
            "Welcome aboard?",
            "Our offer",
        ],
        "subject_oth": [
            "Quick note",
            "{company}",
            "Re: your application",
            "Just so you know",
            "Hello from {company}",
        ],
    },
    "de": {
        "greet": [
            "Hallo {first},",
            "Guten Tag {first},",
            "Sehr geehrte/r {first},",
            "Hi {first}, ich hoffe, dir geht's gut!",
            "Hallo {first}, wie geht's dir?",
            "Moin {first}, ich hoffe, du hattest ein schönes Wochenende!",
        ],
        "thanks": [
            "Vielen Dank für Ihr Interesse an {company}.",
            "Danke, dass Sie sich bei uns gemeldet haben.",
            "Danke, dass du dich bei uns gemeldet hast.",
            "Danke für dein Interesse an {company}!",
        ],
        "wish": [
            "Wir wünschen Ihnen alles Gute für die weitere Suche.",
            "Für Ihre Zukunft alles Gute und viel Erfolg!",
            "Ich wünsch dir viel Glück bei der Suche!",
            "Alles Gute für dich 🍀",
        ],
        "marketing": [
            "Neu bei uns: Ab sofort haben wir auch sonntags geöffnet, mit Frühstück bis 14 Uhr!",
            "Unser Verein feiert dieses Jahr sein 25-jähriges Bestehen, danke an alle Unterstützerinnen und Unterstützer!",
            "Folg uns gern auf Instagram, da gibt's Einblicke hinter die Kulissen 📸 Schau doch mal rein, wenn du Lust hast.",
            "Schon gesehen? Du kannst bei uns jetzt auch Gutscheine online kaufen.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}\n{company}",
            "Viele Grüße\n{sender}",
            "Beste Grüße aus dem Büro\n{sender_first}",
            "Meld dich, wenn du Fragen hast!\n{sender_first}",
            "Bis bald und lass es dir gut gehen\n{sender_first}",
        ],
        "footer": [
            "Von meinem iPhone gesendet",
            "{company} GmbH · Hauptstraße 12 · Amtsgericht Kempten HRB 4711",
            "{company} e.V. · als gemeinnützig anerkannt",
            "Gesendet von Outlook für Android",
        ],
        "subject_app": [
            "Ihre Bewerbung",
            "Bewerbung {role}",
            "AW: Bewerbung als {role}",
            "Deine Bewerbung",
            "Deine Bewerbung bei {company}",
            "{company} - Ihre Bewerbung",
        ],
        "subject_inv": [
            "Einladung zum Kennenlernen",
            "Ihre Bewerbung bei {company}",
            "Deine Bewerbung bei {company}",
            "Nächster Schritt - {role}",
            "Kurzer Termin?",
        ],
        "subject_off": [
            "Gute Nachrichten",
            "Ihr Angebot - {role}",
            "Dein Angebot - {role}",
            "Willkommen im Team?",
        ],
        "subject_oth": [
            "Kurze Info",
            "{company}",
            "Ihre Bewerbung",
            "Deine Bewerbung",
            "Hallo von {company}",
        ],
    },
    "fr": {
        "greet": [
            "Bonjour {first},",
            "Salut {first} !",
            "Bonjour {first}, j'espère que vous allez bien.",
            "Hello {first},",
            "Cher {first},",
        ],
        "thanks": [
            "Merci pour votre intérêt pour {company}.",
            "Merci de nous avoir contactés.",
            "Merci d'avoir pensé à nous, ça compte beaucoup pour une petite équipe comme la nôtre.",
            "Merci d'avoir pris le temps de postuler.",
        ],
        "wish": [
            "Bonne continuation dans vos recherches !",
            "Bonne chance pour la suite 🍀",
            "Je vous souhaite le meilleur.",
            "Belle suite à vous.",
        ],
        "marketing": [
            "Grande nouvelle : nous venons d'ouvrir notre deuxième adresse près du port, avec petit-déjeuner dès 7h !",
            "Notre lettre d'été est sortie : cette année, 300 bénévoles ont planté 4 000 arbres avec nous.",
            "PS : on est sur Instagram maintenant, venez nous dire bonjour 📸",
            "Envie d'un week-end ? Réservez en direct sur notre site et profitez de 10 % de réduction.",
        ],
        "sign": [
            "Bien à vous,\n{sender}",
            "Belle journée,\n{sender_first}",
            "Cordialement,\n{sender}\n{company}",
            "{sender_first}",
            "À bientôt,\n{sender_first} ({company})",
        ],
        "footer": [
            "Envoyé de mon iPhone",
            "{company} · 12 rue des Lilas · SIRET 812 345 678 00019",
            "{company} · association loi 1901",
            "Obtenir Outlook pour Android",
        ],
        "subject_app": [
            "Votre candidature",
            "{role} - {company}",
            "Re: candidature {role}",
            "Ta candidature",
            "{company} - candidature",
        ],
        "subject_inv": [
            "Prochaine étape ?",
            "{role} chez {company}",
            "Re: votre candidature",
            "On se rencontre ?",
            "Entretien {role}",
        ],
        "subject_off": [
            "Bonne nouvelle",
            "{role} chez {company}",
            "Re: votre candidature",
            "Bienvenue ?",
            "Notre proposition",
        ],
        "subject_oth": [
            "Petite info",
            "{company}",
            "Re: votre candidature",
            "Pour info",
            "Bonjour de {company}",
        ],
    },
    "es": {
        "greet": [
            "Hola {first}:",
            "¡Hola {first}!",
            "Buenas, {first}:",
            "Estimado/a {first}:",
            "Hola {first}, ¿qué tal?",
        ],
        "thanks": [
            "Gracias por tu interés en {company}.",
            "Gracias por ponerte en contacto con nosotros.",
            "Gracias por acordarte de nosotros, para un equipo pequeño significa mucho.",
            "Gracias por tomarse el tiempo de postular.",
        ],
        "wish": [
            "¡Mucha suerte en la búsqueda!",
            "Te deseo lo mejor 🍀",
            "Le deseamos mucho éxito.",
            "Un abrazo y suerte con todo.",
        ],
        "marketing": [
            "¡Novedad! Acabamos de abrir nuestro segundo local junto al puerto y ya servimos desayunos desde las 7.",
            "Ya salió nuestro boletín de verano: este año plantamos 4.000 árboles con 300 voluntarios.",
            "PD: ya estamos en Instagram, pásate a saludar 📸",
            "¿Te apetece una escapada? Reserva directamente en nuestra web y llévate un 10 % de descuento.",
        ],
        "sign": [
            "Un saludo,\n{sender_first}",
            "Saludos cordiales,\n{sender}\n{company}",
            "Abrazo,\n{sender_first}",
            "{sender_first}",
            "Atentamente,\n{sender}",
        ],
        "footer": [
            "Enviado desde mi iPhone",
            "{company} · C/ del Mar 14 · CIF B12345678",
            "{company} · Asociación sin ánimo de lucro",
            "Obtener Outlook para Android",
        ],
        "subject_app": [
            "Tu candidatura",
            "{role} - {company}",
            "Re: candidatura {role}",
            "Su postulación",
            "{company} - candidatura",
        ],
        "subject_inv": [
            "¿Siguiente paso?",
            "{role} en {company}",
            "Re: tu candidatura",
            "¿Nos vemos?",
            "Entrevista {role}",
        ],
        "subject_off": [
            "Buenas noticias",
            "{role} en {company}",
            "Re: tu candidatura",
            "¿Bienvenido/a?",
            "Nuestra oferta",
        ],
        "subject_oth": [
            "Un aviso",
            "{company}",
            "Re: tu candidatura",
            "Para que lo sepas",
            "Hola desde {company}",
        ],
    },
    "pt": {
        "greet": [
            "Olá {first},",
            "Oi {first}!",
            "Bom dia {first},",
            "Caro/a {first},",
            "Olá {first}, tudo bem?",
        ],
        "thanks": [
            "Obrigado pelo interesse na {company}.",
            "Obrigada por ter entrado em contato.",
            "Obrigado por ter pensado em nós, para uma equipa pequena isso conta muito.",
            "Obrigado por ter dedicado tempo à candidatura.",
        ],
        "wish": [
            "Boa sorte na busca!",
            "Desejo tudo de bom 🍀",
            "Votos de muito sucesso.",
            "Um abraço e boa sorte com tudo.",
        ],
        "marketing": [
            "Novidade: acabamos de abrir a nossa segunda casa junto ao porto, com pequenos-almoços a partir das 7h!",
            "Saiu a nossa newsletter de verão: este ano plantamos 4.000 árvores com 300 voluntários.",
            "PS: agora estamos no Instagram, passa lá pra dar um oi 📸",
            "Que tal um fim de semana fora? Reserve direto no nosso site e ganhe 10% de desconto.",
        ],
        "sign": [
            "Abraço,\n{sender_first}",
            "Cumprimentos,\n{sender}\n{company}",
            "Atenciosamente,\n{sender}",
            "{sender_first}",
            "Beijo,\n{sender_first}",
        ],
        "footer": [
            "Enviado do meu iPhone",
            "{company} · Rua das Flores 22 · NIF 509 123 456",
            "{company} · CNPJ 12.345.678/0001-90",
            "Baixe o Outlook para Android",
        ],
        "subject_app": [
            "Sua candidatura",
            "{role} - {company}",
            "Re: candidatura {role}",
            "A sua candidatura",
            "{company} - candidatura",
        ],
        "subject_inv": [
            "Próximo passo?",
            "{role} na {company}",
            "Re: sua candidatura",
            "Vamos conversar?",
            "Entrevista {role}",
        ],
        "subject_off": [
            "Boas notícias",
            "{role} na {company}",
            "Re: sua candidatura",
            "Bem-vindo/a?",
            "Nossa proposta",
        ],
        "subject_oth": [
            "Um aviso",
            "{company}",
            "Re: sua candidatura",
            "Só pra avisar",
            "Olá da {company}",
        ],
    },
}

THREAD: dict[str, str] = {
    "en": (
        "Hi {sender_first}, thanks again for having me on Tuesday, it was great to see the place in "
        "action. I've attached my certificates as promised.\nAlex\n\n{header2}\nHi Alex, great to "
        "meet you too! I'll talk it over with my partner at the weekend and come back to you, maybe "
        "about a trial day or a second chat.\n"
    ),
    "de": (
        "Hallo {sender_first}, danke nochmal für Dienstag, war schön, den Laden mal im Betrieb zu "
        "sehen. Anbei wie versprochen meine Zeugnisse.\nAlex\n\n{header2}\nHallo Alex, hat uns auch "
        "gefreut! Ich bespreche das am Wochenende mit meinem Partner und melde mich, vielleicht wegen "
        "eines Probetags oder eines zweiten Gesprächs.\n"
    ),
    "fr": (
        "Bonjour {sender_first}, merci encore pour mardi, c'était super de voir l'équipe en plein "
        "service. Comme promis, voici mes attestations.\nAlex\n\n{header2}\nBonjour Alex, ravi aussi ! "
        "J'en parle avec mon associé ce week-end et je reviens vers vous, peut-être pour une journée "
        "d'essai ou un deuxième échange.\n"
    ),
    "es": (
        "Hola {sender_first}, gracias otra vez por lo del martes, me encantó ver el local en plena "
        "faena. Te adjunto los certificados que te prometí.\nAlex\n\n{header2}\nHola Alex, ¡un gusto "
        "igualmente! Lo hablo con mi socio el fin de semana y te digo algo, quizá para un día de "
        "prueba o una segunda charla.\n"
    ),
    "pt": (
        "Olá {sender_first}, obrigado mais uma vez por terça, adorei ver a casa a funcionar. Seguem "
        "os certificados que prometi.\nAlex\n\n{header2}\nOlá Alex, o prazer foi nosso! Vou falar com "
        "o meu sócio no fim de semana e dou notícias, talvez para um dia experimental ou uma segunda "
        "conversa.\n"
    ),
}
