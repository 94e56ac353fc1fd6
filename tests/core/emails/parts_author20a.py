# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Part 20a, written by one author: job offers and the border around them, in English, German, French, Spanish and Portuguese (about 40% English). Offers mostly avoid the words offer/Angebot/offre/oferta/proposta: welcomes on board, confirmed appointments, contracts attached for signature, start date and salary proposed, Zusage and Einstellung, confirmation de recrutement, seleccionado/a, aprovado(a), public-sector appointment notices, conditional offers pending checks, verbal offers confirmed in writing and agency mail saying the client wants to hire; a smaller set uses the word in varied forms. The hard negatives around them: rejections that mention an offer (made to someone else, not made, withdrawn, given internally), invitations to a final step that talk about salary, contracts or start dates, receipts saying a decision is coming, reference and background-check requests made before any decision, onboarding logistics after the person accepted, newsletters and job alerts praising offers and benefits, recruiter cold mail describing a package, and withdrawals the person asked for. Labels follow what the mail decides."""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Halverson & Pike Ltd",
    "Nordwerk Logistik GmbH",
    "Kestrelmoor Biologics Inc.",
    "Ateliers Morvan SAS",
    "Cervera Sistemas S.L.",
    "Brisa Atlântica Energia S.A.",
    "Tessaly Software",
    "Lindqvist Medtech AG",
    "Quillon Mutual Insurance",
    "Maréchal & Vautrin Conseil",
    "Vale do Sabiá Alimentos Ltda.",
    "Orrin Street Analytics",
    "Grupo Alcaraz Infraestructuras",
    "Stadtwerke Feldmark",
    "Pelican Bay Community Health",
)

ROLES: tuple[str, ...] = (
    "Data Analyst",
    "Product Manager",
    "Backend Engineer",
    "UX Researcher",
    "Supply Chain Planner",
    "Financial Controller",
    "Project Coordinator",
    "Customer Success Manager",
    "Marketing Specialist",
    "QA Engineer",
    "HR Business Partner",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Hannah Whitcombe", "hannah.whitcombe@{domain}"),
    ("Jonas Brettschneider", "karriere@{domain}"),
    ("Élodie Marchetti", "recrutement@{domain}"),
    ("Lucía Bermejo", "seleccion@{domain}"),
    ("Rafaela Guimarães", "talentos@{domain}"),
    ("People Team", "people@{domain}"),
    ("Recruiting", "no-reply@hire.tallyworks-ats.example"),
    ("Marcus Oyelaran", "marcus.oyelaran@{domain}"),
    ("Priya Raghunathan", "careers@{domain}"),
    ("Talent Acquisition", "talent@{domain}"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "off_welcome_aboard": """
We'd love to have you join the team as our next {role}. Everyone who met you on Thursday came away impressed, and the hiring manager has already started sketching out your first project. I'll send the paperwork over tomorrow morning; in the meantime, feel free to call me with any questions about start dates or anything else.
I am very pleased to confirm your appointment to the position of {role} at {company}, on a permanent, full-time basis, reporting to the Director of Finance. Your written statement of particulars is enclosed in duplicate. Please sign and return one copy to the People Team by 14 March, keeping the other for your records.
We are delighted to welcome you on board! Following your conversations with the panel, we'd like you to take up the {role} position from Monday 2 June. Attached you'll find your employment agreement and our new-starter pack; once we have your signature, we'll get everything set up for day one.
Short version: the team was unanimous, we want you. Longer version: all four of us on the panel argued for you, our CTO wants to meet you properly over coffee, and I've been asked twice already when you can start. The formal paperwork follows from HR today, but I wanted you to hear it from me first. Welcome!
It's a yes from us! We'd like to bring you on as {role} in the platform team. The formal letter is on its way, but the headline numbers are USD 118,000 base, 0.07% equity vesting over four years, and a start date of your choosing in September.
Congratulations, the job is yours. Honestly, it wasn't a close call. Have a read through the attached contract, sign it when you're happy, and we'll get your laptop ordered and your access sorted.
SUBJECT: Welcome to the team! || Following your interview last week, I am thrilled to tell you that you have been successful and we would like you to join {company} as {role}. Karen from HR will be in touch in the next day or two with your contract and onboarding details. We can't wait to work with you.
We've finished our deliberations and I'm happy to say you're the person we want for the {role} job. If you're still keen, just reply to this e-mail to accept and I'll have the contract issued straight away. Salary is as discussed at the last interview: £41,000 plus London weighting.
Thank you for your patience over the last few weeks. Our selection committee met on Monday to review the shortlist, and after weighing everything carefully I'm delighted to let you know that they have chosen you for the role of {role} in our Dublin office. A summary of terms is below: start date 1 October, base salary EUR 64,000, 25 days' annual leave plus public holidays, and an 8% employer pension contribution. Please confirm your acceptance by replying to this message within seven days.
Hi {first}, Priya here. I've just come out of the debrief and I couldn't wait: we'd love for you to be our new {role}. Your case study was the best we saw. Can I call you this afternoon to walk you through the details?
On behalf of the board of trustees, I'm pleased to let you know that you have been selected as our new {role}. We believe your experience with community fundraising will make a real difference to the charity. Your letter of engagement, setting out salary, hours and the six-month probation period, is attached.
We would be delighted to have you join {company} in the position of {role} at our Pune development centre, with an annual CTC of INR 24,00,000 as detailed in the attached annexure. Kindly sign and return the appointment letter within five working days and confirm your date of joining.
""",
        "off_contract_attached": """
Please find attached your employment agreement for the role of {role}. Once you've had a chance to review it, you can sign electronically using the DocuSign link we've sent separately. Your start date is set for 16 June and, as agreed, your annual salary will be CAD 92,000.
SUBJECT: Your contract - {role} || Attached is your contract of employment, ready for signature. It reflects everything we discussed on the phone on Monday: four-day week, hybrid working from our Leeds office, and a salary of £52,000. If anything looks off, tell me and we'll fix it before you sign.
I'm attaching two copies of your fixed-term contract (12 months, with the option to extend) for the {role} position in our research unit. Please sign both, return one to us by post or as a scan, and keep the other. We very much look forward to having you with us from 1 February.
Your employment agreement is now available in the candidate portal. To accept the position, review and sign the agreement by 11:59 pm on Friday 9 May. After you sign, you'll receive an e-mail with next steps for your pre-employment paperwork.
Here's the contract! We took your point about the notice period on board and changed it to one month. Everything else is as per our call: start on the 3rd, 58k plus bonus, remote with one office day a fortnight. Sign when you're ready, and welcome aboard.
We are pleased to confirm your engagement as a contractor in the role of {role} for an initial term of six months at a day rate of £550, outside IR35. The consultancy agreement is attached for your signature; we'd like you to start on Monday 12 January if that works for you.
Attached please find your Individual Employment Agreement for the position of {role}, based in Auckland, together with our Code of Conduct. You are entitled to seek independent advice before signing. Please return the signed agreement by 20 November so we can confirm your start date.
Your contract is attached. Please read it carefully, especially the section on shift patterns, and sign and return it by the 28th. Your first shift will be on Ward 7B on Monday 4 August at 07:30. Pay is Band 5, point 3, plus unsocial hours enhancements.
Thank you for confirming your availability. As promised, the attached agreement sets out the terms for your role as {role}: full-time, permanent, starting 1 March, base salary AUD 105,000 plus superannuation. Simply sign on the last page and send it back to me, and the job is yours.
Everything is ready on our side. The attached documents are your employment contract, the confidentiality agreement and the benefits enrolment form. Once all three come back signed, we'll book your induction and send your equipment. We're really pleased to have you joining as {role}.
""",
        "off_start_and_salary": """
We'd like you to start on Monday 6 October as {role}, on a salary of £46,250 per annum with a 10% annual bonus target. Could you let me know by Wednesday whether that works for you? As soon as you confirm, I'll send the contract.
Quick summary of what we're proposing, so you have it in writing: role {role}, start date 2 March (or earlier if your notice allows), base USD 96,000, sign-on bonus USD 5,000, full health, dental and vision from day one. Tell me you're in and I'll get the paperwork going.
We would like to hire you. The package we can put on the table is EUR 72,000 gross per year, 28 days of holiday, a public transport pass and a learning budget of EUR 1,500. We'd suggest a start date of 1 April, but we can be flexible. Please let us know by the end of next week.
Following your successful assessment, we're happy to confirm that you've been selected for the summer season as {role}. You'll start on 24 May at an hourly rate of $21.50, with staff housing available on site. Please reply YES to accept your place.
So, to the point: we want you as our {role}. Starting salary SGD 7,800 a month, 14 days' annual leave, full medical coverage, and we'd love you to begin on 1 July. I'll wait to hear from you before drafting the contract.
I'm pleased to advise that your application for {role} has been successful. Your proposed commencement date is Monday 13 January, with a starting salary of $88,400 per annum plus superannuation. A formal letter will follow from our HR Services team within two business days.
We'd be thrilled for you to come aboard as {role}. We've matched the figure you mentioned (£63k) and can add a £3k relocation allowance to help with the move to Bristol. Does a start date of 15 September sound okay?
You're hired! Pay is $19 an hour, 32 to 38 hours a week, starting next Tuesday at the Riverside store. Bring your ID and your bank details on your first day and we'll do the rest.
""",
        "off_conditional": """
I'm pleased to inform you that you have been selected for the role of {role}, subject to satisfactory completion of a pre-employment background check, a drug screen and verification of your eligibility to work in the United States. Please complete the screening consent form linked below within 48 hours so we can move forward.
We are happy to make you a conditional offer of employment as {role}. It is conditional on two satisfactory references, an enhanced DBS check and evidence of your qualifications. Your start date will be confirmed once all checks are complete.
Congratulations! Subject to a successful medical assessment and security vetting to SC level, we'd like to appoint you as {role}. Vetting typically takes six to eight weeks; we'll keep you updated and confirm your start date once clearance is granted.
Your appointment as {role} is confirmed subject to the following conditions: satisfactory references covering the last three years, proof of identity and right to work, and current registration with the Health and Care Professions Council. Please bring the original documents to your pre-employment appointment.
The panel was very impressed and we'd like you to join us as {role}. As with every hire into a regulated role, this is contingent on a clean credit and criminal record check, which our provider will start as soon as you return the attached consent form.
SUBJECT: Conditional offer - {role} || Following your interview, we are pleased to offer you the position of {role}, conditional upon successful completion of our pre-employment screening. Full terms are set out in the attached letter. Please sign and return it to indicate your acceptance.
We want you on the team, pending one last formality: our client contract requires a basic police check for everyone on site. Once that comes back clear (usually three to five days), you're all set to start as {role} on the 14th.
This is to let you know that the hiring committee has approved your appointment as {role}, contingent upon verification of your degree and a satisfactory reference from your current employer, which we will only request after you accept. Please indicate your acceptance by signing the enclosed letter.
""",
        "off_verbal_confirmed": """
Further to our telephone conversation this morning, I'm writing to confirm that we'd like you to join {company} as {role}. As discussed: start date 3 March, salary EUR 62,000, 30 days' holiday and a hybrid arrangement with two office days per week. Your contract will follow under separate cover.
Just putting in writing what Dan told you on the phone yesterday: you've got the job! We're all really pleased. Your start date, pay and hours are set out in the attached letter.
As promised on our call, here's the written confirmation. We'd like you to take up the role of {role} at a base of £70,000, with a 15% bonus target and private medical cover. Please reply to confirm you accept and I'll ask Legal to prepare the contract.
Great speaking to you earlier! To recap what I said on the phone: the hiring team would like to bring you in as {role}, the comp is $135k base plus 10% bonus plus RSUs as outlined, and the target start date is 4 November. Written terms attached. Take a day or two, and call me with any questions.
I'm following up on our conversation at the end of your interview, when I told you we intended to appoint you. I'm glad to confirm that formally now: the post of {role} is yours, starting at the beginning of next term. HR will send your contract this week.
SUBJECT: Confirming our conversation || This e-mail confirms the verbal offer made to you by {sender} on 22 April for the position of {role}. The terms stated on the call stand: annual salary CAD 78,500, start date 2 June, three weeks' vacation. A formal employment letter will be issued within two business days.
""",
        "off_agency_client": """
Great news: {company} came back this morning and they want you! They're proposing £55k plus 10% bonus, starting 1 April. The contract will come from their HR team directly, but can you give me a quick call so I can confirm you're happy to go ahead?
I'm delighted to tell you that my client has decided to hire you for the {role} position. They loved your second interview. The rate they've agreed is €600 a day for an initial six months, starting on the 9th. I'll send the contract through as soon as you confirm.
{first}, they've said yes! I just got off the phone with the hiring manager and they'd like you to start as {role} on 5 May. Salary came in at the top of the range we discussed (USD 105k). Let's talk tonight about accepting and how to handle your resignation.
Following feedback from the client, I'm pleased to confirm that you have been successful in securing the temporary {role} assignment at their Reading site. Your assignment starts Monday at 08:30, pay rate £17.40 an hour, paid weekly. Please sign the assignment schedule in our app before then.
Well done! The client chose you over two very strong finalists and wants you on board as soon as your notice allows. Package: AUD 140k plus super, 10% STI, hybrid. The contract is drafted; shall I send it to your personal e-mail?
Quick one: the client has approved your hire for {role}. Their HR will e-mail the formal letter tomorrow. Start date and salary are exactly as we discussed (2 June, €58k). Congrats, you earned this one.
SUBJECT: You've got the job at {company} || I'm very happy to let you know that {company} have confirmed they would like to employ you as {role}. They asked me to pass on their congratulations; their HR department will e-mail you the employment contract this week.
""",
        "off_public_appointment": """
NOTICE OF APPOINTMENT. Following the recent selection competition for the post of {role} (reference PSC/117), the Appointments Board has recommended you for appointment. You are asked to confirm your acceptance in writing within ten working days of the date of this notice. Your appointment will take effect from the date you assume duty.
I am directed by the Chief Executive to inform you that you have been placed first on the panel for {role} and that the Council has approved your appointment to the post with effect from 1 September. Please return the enclosed acceptance form within 14 days.
The Public Service Commission is pleased to advise that you have been appointed to the position of {role}, Level 4, Department of Transport, on probation for a period of twelve months. Please report to the Human Resources Division at 9:00 am on Monday 3 February for induction.
This letter confirms your appointment as {role} with the City of Halbrook, effective 17 March, at Step 2 of Pay Grade 14 ($31.42 an hour). The appointment is subject to a six-month probationary period in accordance with the collective agreement. Please sign the acceptance section and return it to Human Resources.
We are pleased to inform you that the Selection Board has approved your recruitment as {role} in grade AD5 on a four-year temporary agent contract. Your individual contract and information on the entry-into-service procedure are attached.
Following publication of the merit list, you have been appointed to the post of {role} in the Ministry of Health, effective from the date you report for duty. Kindly report to the Establishment Section with your original certificates within 30 days of this letter.
""",
        "off_with_the_word": """
SUBJECT: Offer of employment - {role} || I'm pleased to offer you the position of {role} at {company}. The attached letter sets out your salary, benefits and start date. The offer is valid until 5 pm on Friday 11 April.
We'd like to offer you the job! A formal offer letter will follow from our People team, but I wanted to let you know right away. Shout if you have any questions before then.
Following your final interview, {company} is delighted to extend an offer of employment for the role of {role}. Please review the terms in the portal and accept or decline within five business days.
Here's your offer, and yes, we managed to get the base up to $142k as we discussed. Equity and bonus are unchanged. Give me a shout once you've had a look; I'm around all weekend.
Your offer letter for {role} is ready to view and e-sign. Click View offer in your candidate dashboard. This offer expires in 7 days.
I'm thrilled to be able to make you a formal offer for the {role} role. We're proposing a start date of 1 September and an annual salary of £39,000 (Grade C, spine point 24). Full terms are in the attached offer pack.
Following the reference and qualification checks, I'm delighted to confirm that our conditional offer to you is now unconditional. Your start date as {role} is confirmed as Monday 7 July.
We're happy to offer you a place as a Graduate {role} in our September intake. Starting salary £34,000 plus a £2,000 joining bonus. Please accept via the graduate portal by 15 December to secure your place.
After much deliberation, we'd love to offer you the role. We know you have another process going, so we've tried to make this an easy decision: base salary €68k, a €4k signing bonus and fully remote within the EU.
Now that the revised budget has been approved, we can put a formal offer on the table: {role}, permanent, 37.5 hours a week, £44,500. This supersedes the draft terms I shared last week.
This is an offer of a fixed-term appointment as {role} at the University, from 1 October to 30 September next year, on Grade 7 of the academic pay scale. Please indicate acceptance by completing the online form linked below.
""",
        "rej_offer_went_elsewhere": """
We have now completed the final interviews for {role} and, after a great deal of discussion, we have made an offer to another candidate, who has accepted. I know this will be disappointing after the time you've put into the process, and I want to stress that it was a genuinely close decision.
I wanted to let you know personally that we've offered the role to someone whose background in clinical trial operations was a slightly closer match to what the team needs right now. It was not an easy call, and I'd be very happy to give you detailed feedback over the phone if that would be useful.
SUBJECT: Update on {role} || The position has now been filled: our offer was accepted by another applicant earlier this week. We will therefore not be progressing your application any further.
Ugh, I hate writing these. We went with the other finalist; she has a few more years on the enterprise side, and that swung it. You were brilliant in the final round, and if anything opens up on the SMB team I'll come straight back to you.
We regret to inform you that, following the assessment centre, all places on this year's graduate intake have been offered and accepted, and we are not able to offer you a place on the programme.
Thank you for your time throughout the recruitment process. The panel has now made its selection, and I'm sorry to tell you that the post has been offered to, and accepted by, another candidate.
You were our second choice, and I want to be honest about how narrow the margin was. Our first-choice candidate has accepted the role, so we won't be moving forward with you this time. With your permission, we'll keep your details on file.
Just closing the loop: we've hired for the {role} role. It came down to you and one other person, and in the end we extended the offer to them because of their experience running Kubernetes at scale. Sorry it's not better news.
After the final interviews, the hiring team decided to move forward with another candidate, who has now signed their contract. Your application for {role} is therefore closed.
We made our offer on Friday and it was accepted this morning, so I'm getting in touch with everyone who interviewed to let them know. Unfortunately, that means we won't be taking your application further.
""",
        "rej_no_offer": """
After reviewing the feedback from your assessment day, we will not be making you an offer for the {role} role at this time.
Unfortunately, the budget for this hire was frozen at the end of the quarter, so no offer will be made for the {role} position and the vacancy has been closed. This is no reflection on your interviews, which went very well.
Having discussed your final interview at length, the panel did not feel able to recommend you for appointment, and so we will not be proceeding to an offer.
SUBJECT: Your application - outcome || We have carefully considered your application and interview performance. I'm sorry to let you know that we won't be extending an offer for this position.
I'm afraid we can't meet your salary expectations for this role: the approved range tops out about 20% below your minimum, so we've agreed with the hiring manager not to proceed to an offer. I'm sorry we didn't flag the range sooner.
The post of {role} will not now be filled, following a review of the department's structure. No appointments will be made from this competition.
""",
        "rej_offer_withdrawn": """
I'm very sorry to be writing this. Because of the restructuring announced this morning, we have to withdraw the offer we made you for {role} on 12 May. I know you may already have made plans around it, and I'd like to call you to talk it through and see what support we can give.
We have now received the outcome of your pre-employment screening. Because the results could not be reconciled with the information provided in your application, we are withdrawing our conditional offer of employment with immediate effect.
As we did not receive your signed agreement by the deadline of 30 June, and have not been able to reach you since, the offer for {role} has now lapsed and the position will be re-advertised.
I'm afraid the client has put the {role} hire on hold indefinitely after a funding round fell through, and they've asked me to let you know they're rescinding the offer. I'm gutted for you, and I'm already looking at two similar roles I think you'd be great for.
Following the hiring freeze announced across the group, we regret that we must rescind our offer for the {role} position. We will of course cover the reasonable costs you have already incurred for your planned relocation.
Unfortunately we were not able to secure a sponsorship licence in time for your start date. After exploring every option with our immigration advisers, we have to withdraw the offer, and I'm truly sorry for the uncertainty this has caused.
""",
        "rej_filled_internally": """
The hiring manager has decided to fill the position internally: the role has been offered to a colleague from our Manchester office, who has accepted. As a result we're closing the external recruitment for {role}.
I wanted to let you know that, following a restructure in the team, we've been able to redeploy an existing employee into the {role} post. That means we won't be recruiting externally after all.
SUBJECT: {role} - position filled internally || Thank you for your patience. An internal candidate has been offered and has accepted the position, so we will not be moving forward with external applicants.
We're a small team, so I'll be direct: one of our current contractors applied for the {role} job at the last minute and we've decided to give it to her, since she already knows our systems. It means we won't be continuing with your application.
Under our collective agreement, internal applicants who meet the requirements must be offered the position first. A qualified internal candidate has accepted the {role} post, and the external competition is therefore closed.
""",
        "inv_final_step_pay": """
Before we can make an offer, we'd like you to meet our Chief Technology Officer for a 30-minute conversation. Could you let me know your availability next Tuesday or Wednesday afternoon? We'll also use the time to go over salary expectations and a possible start date.
You've reached the final stage! The last step is an on-site day in Rotterdam on 18 April, with a case presentation in the morning and meetings with the team in the afternoon. Travel is reimbursed. At the end of the day we'll cover compensation (the band for this role is €70-80k) and contract type.
Could you do a quick call on Thursday to talk through compensation and notice period? To be transparent, it's not a decision conversation yet, as there's still the panel interview to schedule, but I want to make sure we're aligned before we bring you in.
SUBJECT: Final interview - {role} || We'd like to invite you to a final interview with our Managing Director on Monday 9 June at 2 pm at our London office. The role pays £60,000-£65,000 plus bonus, with a start in September. Please confirm whether this slot suits you.
We're nearly there. The last thing before a decision is a conversation with Sarah, our VP of Sales, who meets every hire personally. She has slots on Friday at 10:00 or 15:30 CET. If it helps, I can send you our standard employment contract beforehand so you can look at the terms.
Great news: the panel would like you to come back for a second interview. It will include a 20-minute presentation on your first 90 days in the role, and we'll also discuss your salary expectations and the earliest date you could start. Please book a slot using the link below.
We'd love to get you in for a trial shift so you can meet the kitchen team and see how service runs. It's paid at the normal hourly rate. Could you do Saturday from 11 till 4?
We'd like to schedule a final-round call with the founders to discuss the role in more detail, including equity, salary and how soon you could join. Please pick a 45-minute slot on the calendar link below.
The next step is a technical take-home exercise followed by a review call with two engineers. If that goes well, we'd move quickly to talking about the contract and a start date. When would you have four hours free to complete the exercise this week?
I'd like to invite you to meet the Board's nominations committee on 27 March. This is the final stage before the Board votes on the appointment; the committee will want to discuss your expectations on remuneration and your availability to take up the post.
Would you be available for a short video call with our Head of HR on Wednesday? She'll walk you through our salary structure, benefits and employment contract and answer any questions. After that, the hiring manager would like one last conversation with you.
Before we take this any further, the partners would like to have lunch with you. Nothing formal, but it's the last step for every senior hire. Could you make Thursday the 15th at 12:30? We'd talk about the package afterwards.
""",
        "inv_next_step_terms": """
Good news: the team would like to move you to the next stage, a paid one-week trial project starting Monday. We'll send a short contract for the trial (€150 a day) so you can invoice us. Can we do a kickoff call on Monday at 9?
Thanks for the great conversation. As a next step, could you complete our online assessment by Sunday? It takes about 40 minutes. For reference, the salary range for this position is $75,000-$85,000, and we're aiming for a start in early August.
We'd like to see you again for a panel interview at our Glasgow office on Tuesday 3 December at 11:00. Please bring your passport and proof of address, as we check right-to-work documents for all shortlisted candidates.
The hiring manager has asked to meet you in person before the team makes any decision. Would Thursday at 10:00 at our Canary Wharf office work? It would help to know your current notice period and salary expectations before then.
SUBJECT: Next steps and compensation || Congrats on getting through the technical round! The next step is a values interview with two people from outside the team (45 minutes, remote). To save time later, I've attached our benefits summary and a sample contract so you can see what the package looks like.
We're keen to progress with you. Would you be able to attend an assessment centre on 14 May? Candidates hear the outcome within 48 hours of the day; the programme itself starts on 1 September and pays £32,000.
Could you pop in on Friday to meet Mo, the store manager? He has the final say. If it goes well, we'd be looking at a start the week after, 30 hours a week at £12.60 an hour.
Please join us for a final interview via Teams on 4 November at 15:00. It will last one hour and, should you be successful, be followed by a 15-minute conversation with our HR Business Partner about terms and conditions.
""",
        "ack_decision_coming": """
Thank you for coming in for the final round yesterday. The panel meets on Thursday to make its decision, and we expect to make an offer by the end of next week. We'll be in touch with every candidate either way.
Quick status update: we're still finishing interviews with two other candidates, so a decision will take another ten days or so. Thanks for bearing with us.
Your application is now with the hiring committee. Offers for the graduate programme are usually sent out in the first week of December, and all applicants will hear from us by 15 December.
SUBJECT: Where things stand || I know you're waiting to hear, so I wanted to update you. The hiring manager is keen, but final sign-off on the headcount has to go through our finance committee, which only meets on the 20th. No decision yet; I'll be in touch as soon as I hear.
We've received your salary expectations form, thank you. It will go to the panel along with your interview notes, and we expect to communicate the outcome by Friday 23 May.
Just wanted to let you know we haven't forgotten you! Approval for the role is taking longer than expected because our CFO is travelling. I hope to have an answer, one way or the other, early next week.
Thank you for completing all stages of our selection process. Your file is complete and will be reviewed by the Board at its meeting on 12 June. Successful candidates will receive a formal letter after that date.
This is an automated notification: the status of your application for {role} has changed to Final review. You will receive an e-mail when a decision has been made.
The hiring team has finished interviews and is comparing notes this week. I don't have an outcome for you yet, but I expect to be able to tell you by Wednesday whether we'll be making you an offer.
""",
        "ack_reference_request": """
As part of our process, we take up references for all candidates in the final stage before any decision is made. Could you send us the names and contact details of two referees, one of whom should be your most recent line manager? This is a standard step and does not indicate an outcome either way.
We've received your referee details, thank you. We'll contact them this week and let you know once both references are back. The panel will then meet to make its final decision.
Could you please complete the attached reference consent form? We request references for all shortlisted candidates at this stage; no decision on the appointment has been taken yet.
Just to let you know, we've heard back from one of your two referees. We're still chasing the second, so if you could give them a nudge that would speed things up. Once we have both, the hiring manager will make a decision.
SUBJECT: Action required: references || Your application for {role} has progressed to the reference stage. Please log in to the candidate portal and enter details for two referees who have known you in a professional capacity for at least two years.
Thanks for your patience. Both of your references have come back and have been added to your file. The interview panel will review everything next week and we'll be in touch after that.
We'd like to contact your current employer as a referee, but only with your explicit consent. If you're comfortable with that at this stage, please reply to confirm; if you'd rather we wait, just say so and we'll hold off.
Small hiccup: the e-mail address you gave for your second referee bounced. Could you double-check it or send us an alternative? We can't complete your file without it.
""",
        "ack_background_check": """
Before final decisions are taken, shortlisted candidates are asked to complete a background screening through our provider, Veritane Screening. You'll receive a separate e-mail with a secure link; please complete the form within five days. No decision has been made on your application yet.
To keep your application moving, we need copies of your degree certificate and passport. Please upload them to the portal by Thursday. We ask every candidate at the final stage for these documents.
We've received your completed background check form. Results usually take three to five working days, after which your file goes to the hiring manager for review.
Your security clearance application has been submitted. Please note that clearance is only one part of the assessment, and a final decision on your candidacy will be taken once the whole process is complete.
Please could you fill in the attached criminal convictions declaration? We ask all candidates who reach interview stage to do so. Your answers are kept separately from your application and are not seen by the panel.
SUBJECT: Your documents || Thank you for sending your right-to-work documents and proof of address. Everything is in order and has been added to your candidate file. We'll update you once the panel has made its decision.
""",
        "oth_onboarding": """
Thanks for signing and returning your contract, we're so glad you said yes! Here's what happens next: your laptop will be delivered to your home address in the week before you start, and on Friday you'll get an invitation to set up your accounts.
Your first day is Monday 3 March. Please come to reception at 9:00 and ask for {sender}. You'll spend the morning with IT and the afternoon with your new team. Lunch is on us!
Please complete your new starter form in Workday by this Friday so payroll can set you up in time for your first salary payment. You'll need your bank details, tax code and an emergency contact.
SUBJECT: Getting ready for day one || Welcome to {company}! Now that you've accepted, here's your pre-boarding checklist: upload a photo for your ID badge, choose your laptop (Mac or Windows), and read the employee handbook attached. See you soon!
I'm {sender}, and I'll be your onboarding buddy for your first few weeks. I'll meet you at the front desk on your first morning. Anything you'd like to know before then, like where to park, what people wear or where to get decent coffee, just ask.
Please note that your induction has moved from Monday 7 to Tuesday 8 April because of the public holiday. Everything else stays the same. Sorry for any inconvenience.
Your pension enrolment is now complete. You'll receive a welcome pack from the pension provider within 10 days. If you'd like to change your contribution rate, you can do so at any time through the benefits portal.
We've received your signed employment agreement, thank you. A countersigned copy is attached for your records. HR will be in touch shortly about your relocation support.
Your building access card is ready and can be collected from security on your first day. Please bring photo ID. Parking permits can be requested through the facilities portal.
To help you get started, we've enrolled you in our two-day new joiner programme on 14 and 15 October. The agenda is attached. Travel and hotel for the London sessions have been booked; details will follow from our travel team.
Welcome aboard! As you're joining the engineering team, please accept the GitHub invitation we've just sent and set up two-factor authentication before your first day. Your manager will pair with you on your first ticket.
Reminder: your occupational health questionnaire is due before your start date. It's confidential and goes directly to our OH provider. Please complete it using the link below.
""",
        "oth_newsletter": """
This month at {company}: why our benefits offer is one of the best in the industry. From 30 days' holiday to a four-day summer week, find out what our people love most, and see which teams are hiring this quarter.
The {company} Careers Digest, issue 14. Inside: meet the engineers behind our new payments platform, take a peek at our Lisbon hub, and discover our refreshed employee offer, including enhanced parental leave and a home-office budget.
Our talent community newsletter is here! This quarter we're spotlighting our graduate offers for next year, sharing tips on writing a standout cover letter, and introducing our new mentoring programme.
You're receiving this because you joined our talent network. New this spring: salary bands are now published on every job ad, our health plan covers mental health support in full, and we've opened an office in Manchester.
SUBJECT: Inside {company}: life in logistics || Ever wondered what a day in our distribution centres looks like? In this issue three colleagues share their stories, we explain our new shift-swap app, and we list the perks on offer to every new starter.
Happy New Year from all of us at {company}! Last year was a record year for hiring, with 340 new colleagues joining us. This year we're doubling down on flexible working and learning, and we'd love you to be part of it. Browse current vacancies on our careers site.
Webinar invitation: How we hire. Join our recruiters live on 12 February to learn what happens after you apply, how offers are made and what our onboarding looks like. Register via the link below.
""",
        "oth_alert": """
12 new jobs match your search: {role}, Berlin. Top picks: Senior {role} at {company}, competitive salary and an attractive benefits offer; {role} (m/f/d) at a fast-growing startup, equity included. View all jobs.
Job alert: 5 new roles near you. Warehouse Operative, £12.50 an hour, immediate start; Delivery Driver, weekly pay, overtime available; Shift Supervisor, great package on offer. Apply in one click.
New for you: {role} at {company}, Remote (UK). Salary £55k-£65k. Candidates say this employer moves fast: offer made in under two weeks. Save or apply now.
Your daily digest: 8 jobs matching data, hybrid, Toronto. Highlights include a {role} role with a $95k base and an exceptional total rewards offer. Manage your alerts in settings.
Jobs you might like based on your profile: {role} at {company} (posted 2 days ago, 46 applicants); Lead {role} (posted 1 week ago, easy apply). Be one of the first to apply!
Weekly roundup: the hottest roles in fintech this week, with salaries up to £120k and sign-on bonuses on offer. Plus: our salary guide for the new year is out now.
3 new jobs from companies you follow. {company} is hiring a {role} in Madrid, relocation package included. Don't miss out: this job closes in 5 days.
""",
        "oth_cold": """
I'm a consultant at Harbourline Talent and came across your profile. My client, a fast-growing fintech in Shoreditch, is hiring a {role} and offering a base of £85k plus bonus and a generous equity package. Would you be open to a 15-minute chat this week?
Hope you don't mind me reaching out. I'm working on an exclusive search for a Series B climate-tech company that's building out its data team. The package is strong ($150-170k base, meaningful equity, fully remote) and I think your background fits really well. Interested in hearing more?
SUBJECT: {role} opportunity - up to €90k || I came across your CV on our database and wanted to tell you about a {role} position with one of our clients in Amsterdam. They offer a 32-hour week, relocation support and a very competitive package. Let me know if you'd like the full job spec.
I specialise in placing people in the renewables sector and thought you might be open to a move. I have three live roles at the moment with salaries between £60k and £75k, all hybrid. Send me an updated CV and I can tell you more about each.
Quick question: are you open to new opportunities? We're recruiting on behalf of a well-known retailer for a {role} (12-month contract, £450 a day inside IR35, start ASAP). Happy to share details if it's of interest.
I'm reaching out from Meridale Executive Search. We've been retained by a family-owned manufacturing group to find their next {role}. The package includes a car allowance, a 20% bonus and private healthcare. Could we find a time to speak confidentially?
Your profile popped up when I was searching for people with SQL and stakeholder experience. My client won't budge on three days in the office, but they pay well (AUD 130k plus super) and the team is lovely. Worth a chat?
Following up on my message from last week about the {role} role in Munich: the client has just raised the salary band and is now adding a 5k signing bonus. Still happy to set up an intro call if you're interested.
""",
        "oth_withdrawal_requested": """
As you requested, we have withdrawn your application for {role}. Thank you for letting us know, and best of luck in your new position.
Thank you for letting us know that you've decided to decline our offer. We're sorry not to be working with you, but we completely understand and wish you every success. Your records will be deleted in line with our privacy policy.
We've received your request to withdraw from the recruitment process for {role}, and your application has been closed. If you change your mind in future, you're welcome to apply again.
SUBJECT: Withdrawal confirmed || This is to confirm that your application (reference 48213) has been withdrawn at your request. No further action is needed on your part.
Sorry to hear it, but I totally understand, and congratulations on the other role! I've taken you out of the process and let the team know. The door's always open if things change.
We acknowledge receipt of your letter declining appointment to the post of {role}. Your name has been removed from the panel and the post will now go to the next candidate on the list.
As you asked, we've cancelled your interview on Thursday and withdrawn your candidacy. Thanks for being upfront with us.
Thanks for your message. I'm sorry the relocation doesn't work for your family right now. I've withdrawn your application as you asked and passed your thanks on to the team.
""",
    },
    "de": {
        "off_zusage": """
wir freuen uns sehr, Ihnen mitteilen zu können, dass wir uns für Sie entschieden haben: Wir möchten Sie gerne als {role} in unserem Team in Hamburg begrüßen. Den Arbeitsvertrag schicken wir Ihnen in den nächsten Tagen per Post zu.
SUBJECT: Ihre Zusage bei {company} || nach den sehr angenehmen Gesprächen freuen wir uns, Ihnen heute die Zusage für die Stelle als {role} geben zu können. Als Eintrittsdatum schlagen wir den 1. Oktober vor. Bitte geben Sie uns bis Ende der Woche kurz Bescheid, ob das für Sie passt.
kurz und knapp: Wir wollen dich! Das ganze Team war sich nach dem Probetag einig. Magst du mich morgen anrufen, damit wir Starttermin und Details besprechen?
herzlichen Glückwunsch! Wir haben uns für Sie als neue {role} entschieden und heißen Sie schon jetzt herzlich willkommen bei {company}. Die Vertragsunterlagen erhalten Sie in Kürze von unserer Personalabteilung.
im Namen der Geschäftsführung darf ich Ihnen mitteilen, dass Ihre Bewerbung erfolgreich war. Wir würden Sie gerne zum 1. März als {role} einstellen, unbefristet und in Vollzeit mit 40 Wochenstunden. Das Jahresbruttogehalt beträgt 58.000 Euro; dazu kommen 30 Urlaubstage und ein Jobticket.
ich habe gute Nachrichten: Fachabteilung und Betriebsrat haben Ihrer Einstellung zugestimmt. Damit steht Ihrem Start als {role} zum 15. Mai nichts mehr im Weg. Der Vertrag geht heute noch an Sie raus.
es freut uns ausserordentlich, Ihnen mitteilen zu dürfen, dass wir Sie per 1. August als {role} in unserem Team in Zürich anstellen möchten. Das Jahressalär beträgt CHF 112'000, ausbezahlt in 13 Monatslöhnen. Den Arbeitsvertrag in doppelter Ausführung legen wir bei.
""",
        "off_vertrag_anbei": """
anbei erhalten Sie Ihren Arbeitsvertrag für die Position {role} in zweifacher Ausfertigung. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 20. Juni zurück. Wir freuen uns auf die Zusammenarbeit!
wie telefonisch besprochen, findest du im Anhang deinen Vertrag: Start am 2. September, 54.000 Euro brutto im Jahr, komplett remote innerhalb Deutschlands. Unterschreib einfach digital über den Link, dann legen wir los.
hiermit bestätigen wir Ihnen schriftlich das Ergebnis unseres Telefonats vom Dienstag: Wir stellen Sie als {role} ein. Ihr Arbeitsvertrag nach TVöD, Entgeltgruppe 11, Stufe 2, liegt diesem Schreiben bei. Dienstbeginn ist der 1. Juli.
SUBJECT: Ihr Dienstvertrag || in der Anlage übermitteln wir Ihnen den Dienstvertrag für Ihre Tätigkeit als {role} an unserem Standort in Linz. Das Bruttomonatsgehalt beträgt EUR 3.950,- (14 Mal jährlich). Bitte retournieren Sie den unterfertigten Vertrag bis zum 15. des Monats.
Ihr Arbeitsvertrag ist fertig und wartet im Bewerberportal auf Ihre elektronische Unterschrift. Nach der Unterzeichnung erhalten Sie alle Informationen zu Ihrem ersten Arbeitstag. Willkommen im Team!
""",
        "off_vorbehalt": """
wir möchten Sie gerne als {role} einstellen. Die Einstellung erfolgt vorbehaltlich der Vorlage eines einwandfreien erweiterten Führungszeugnisses sowie der arbeitsmedizinischen Eignungsuntersuchung. Bitte beantragen Sie das Führungszeugnis zeitnah bei Ihrer Gemeinde.
die Auswahlkommission hat sich für Sie entschieden. Ihre Einstellung als {role} steht noch unter dem Vorbehalt der Sicherheitsüberprüfung, die erfahrungsgemäß etwa acht Wochen dauert. Den Vertragsentwurf finden Sie bereits anbei.
Vorbehaltlich der Zustimmung des Personalrats, die wir in der kommenden Woche erwarten, freuen wir uns, Ihnen die Stelle als {role} zusagen zu können. Bitte halten Sie sich den 1. Juni als Eintrittstermin frei.
""",
        "off_einstellung_oeffentlich": """
Einstellungszusage: Hiermit teilen wir Ihnen mit, dass Sie im Auswahlverfahren für die Stelle {role} (Kennziffer 24-117) ausgewählt wurden. Wir beabsichtigen, Sie zum 1. April im Beamtenverhältnis auf Probe einzustellen. Bitte bestätigen Sie innerhalb von 14 Tagen, ob Sie die Stelle antreten werden.
das Landesamt freut sich, Ihnen mitzuteilen, dass Ihrer Ernennung zur Regierungsinspektorin bzw. zum Regierungsinspektor auf Probe zugestimmt wurde. Die Aushändigung der Ernennungsurkunde erfolgt am 2. Mai um 10 Uhr in Raum 214.
wir freuen uns, Ihnen mitteilen zu können, dass der Gemeinderat in seiner Sitzung vom 12. März beschlossen hat, Sie als {role} einzustellen. Die Eingruppierung erfolgt in Entgeltgruppe 9b TVöD. Bitte setzen Sie sich zur Vereinbarung des Dienstantritts mit dem Hauptamt in Verbindung.
""",
        "off_agentur_kunde": """
tolle Neuigkeiten: {company} möchte Sie einstellen! Der Kunde zahlt 72.000 Euro brutto plus 10 % Bonus, Start zum 1. Juni. Den Vertrag erhalten Sie direkt von der Personalabteilung, aber rufen Sie mich doch bitte vorher kurz an.
Sie haben es geschafft! Unser Mandant hat sich nach dem zweiten Gespräch für Sie entschieden und möchte Sie als {role} einstellen. Die Konditionen entsprechen dem, was wir besprochen haben. Wann passt Ihnen ein kurzes Telefonat?
der Kunde hat grünes Licht gegeben: Dein Einsatz als {role} beginnt am Montag um 8 Uhr, Stundensatz 95 Euro, Laufzeit zunächst sechs Monate. Den Projektvertrag schicke ich dir gleich zur Unterschrift.
""",
        "off_mit_angebot": """
SUBJECT: Vertragsangebot {role} || wir freuen uns, Ihnen ein Angebot für die Position {role} unterbreiten zu dürfen. Die Einzelheiten zu Gehalt, Arbeitszeit und Eintrittsdatum entnehmen Sie bitte dem beigefügten Schreiben. Das Angebot ist bis zum 30. April gültig.
ich mache es kurz: Wir möchten dir die Stelle anbieten! Das offizielle Angebot kommt morgen per Mail, aber ich wollte, dass du es zuerst von mir hörst.
nach reiflicher Überlegung möchten wir Ihnen die Stelle als {role} anbieten. Unser Angebot: 64.000 Euro Jahresgehalt, 30 Tage Urlaub, betriebliche Altersvorsorge und zwei Homeoffice-Tage pro Woche. Über eine Rückmeldung bis Freitag würden wir uns sehr freuen.
Ihr Stellenangebot steht im Kandidatenportal zum Abruf bereit. Bitte nehmen Sie es innerhalb von sieben Tagen an oder lehnen Sie es ab.
nach erfolgreich abgeschlossener Sicherheitsüberprüfung freuen wir uns, Ihnen nun das endgültige Angebot für die Position {role} machen zu können. Der Eintritt kann zum nächstmöglichen Zeitpunkt erfolgen.
""",
        "rej_angebot_an_andere": """
Nach intensiven Gesprächen haben wir uns entschieden, die Stelle einer anderen Kandidatin anzubieten, die unser Angebot inzwischen angenommen hat. Die Entscheidung ist uns wirklich nicht leichtgefallen.
Leider müssen wir Ihnen mitteilen, dass die Position als {role} inzwischen besetzt ist. Ein anderer Bewerber hat unsere Zusage bereits angenommen.
Ich wollte dir persönlich Bescheid geben: Wir haben uns am Ende knapp für jemand anderen entschieden, der schon mehr Erfahrung mit Shopware mitbringt. Der Vertrag ist unterschrieben. Ich fand unsere Gespräche trotzdem richtig gut.
SUBJECT: Ihre Bewerbung als {role} || Wir haben unsere Auswahl getroffen, und das Angebot ging an einen Bewerber, dessen Profil noch etwas besser zu den Anforderungen passt. Wir werden Ihre Bewerbung daher nicht weiter berücksichtigen.
""",
        "rej_angebot_zurueck": """
Aufgrund einer kurzfristigen Umstrukturierung müssen wir unser Vertragsangebot vom 3. Mai leider zurückziehen. Wir wissen, wie ärgerlich das für Sie ist, und bitten Sie aufrichtig um Entschuldigung.
Leider hat die Sicherheitsüberprüfung nicht das erforderliche Ergebnis erbracht. Ihre Einstellungszusage, die unter diesem Vorbehalt stand, können wir daher nicht aufrechterhalten.
Nach Abschluss des Assessment-Centers können wir Ihnen leider kein Angebot machen. Wir danken Ihnen für Ihren Einsatz an beiden Tagen.
""",
        "rej_intern_besetzt": """
Die Stelle als {role} wird intern besetzt: Eine Kollegin aus unserem Standort Köln übernimmt die Position. Wir schließen das externe Verfahren deshalb ab.
Gemäß Dienstvereinbarung sind interne Bewerbungen bei gleicher Eignung vorrangig zu berücksichtigen. Die Stelle wurde einem internen Bewerber angeboten, der sie angenommen hat. Ihre Bewerbung können wir deshalb nicht weiter berücksichtigen.
Leider hat sich die Lage geändert: Wir übernehmen für die Position unseren Werkstudenten, der das Team schon kennt. Für dich heißt das, dass wir den Prozess hier beenden müssen.
""",
        "inv_vor_dem_angebot": """
Bevor wir Ihnen ein Angebot machen können, möchten wir Sie gerne noch unserem Geschäftsführer vorstellen. Hätten Sie am Dienstag um 14 Uhr Zeit für ein 30-minütiges Gespräch per Teams? Dabei sprechen wir auch über Ihre Gehaltsvorstellung und einen möglichen Eintrittstermin.
Sie haben die letzte Runde erreicht! Wir laden Sie herzlich zu einem Abschlussgespräch am 12. Juni in unser Büro in München ein. Im Anschluss besprechen wir gerne die Vertragsmodalitäten.
Wir würden dich gerne zu einem Probearbeitstag einladen, damit du das Team kennenlernst. Der Tag wird natürlich vergütet. Passt dir Donnerstag ab 9 Uhr?
SUBJECT: Zweites Gespräch - {role} || Vielen Dank für das angenehme erste Gespräch. Wir möchten Sie gerne zu einem zweiten Gespräch mit der Bereichsleitung einladen. Bitte bringen Sie Ihre Gehaltsvorstellung und Ihre Kündigungsfrist mit, damit wir über einen möglichen Start sprechen können.
Der letzte Schritt vor einer Entscheidung ist ein kurzes Kennenlernen mit dem Vorstand. Zur Auswahl stehen Mittwoch um 10 Uhr oder Freitag um 15:30 Uhr. Die Stelle ist mit 85.000 bis 95.000 Euro dotiert.
Wir laden Sie zu einem Vorstellungsgespräch vor der Auswahlkommission am 4. November um 9:30 Uhr ins Rathaus, Zimmer 3.12, ein. Die Stelle ist nach Entgeltgruppe 10 TVöD bewertet; Dienstbeginn wäre der 1. Januar.
Könnten Sie am Freitag kurz telefonieren? Ich möchte mit Ihnen über Gehalt und Starttermin sprechen, bevor Sie das Fachinterview mit dem Team haben. Eine Entscheidung ist damit noch nicht gefallen.
Wir möchten Sie zu unserem Assessment-Center am 18. März nach Düsseldorf einladen. Die Reisekosten übernehmen wir. Das Traineeprogramm startet am 1. Oktober und ist mit 52.000 Euro im Jahr vergütet.
""",
        "ack_entscheidung_folgt": """
Vielen Dank für Ihren Besuch gestern. Die Auswahlkommission tagt am Donnerstag; wir gehen davon aus, Ihnen bis Ende nächster Woche eine Rückmeldung geben zu können.
Kurzer Zwischenstand: Wir führen noch zwei Gespräche, danach fällt die Entscheidung. Ich melde mich spätestens am 15. bei Ihnen.
Ihre Bewerbung befindet sich in der finalen Prüfung. Zusagen für das Traineeprogramm werden üblicherweise Anfang Dezember verschickt; Sie hören in jedem Fall von uns.
Die Freigabe der Stelle durch den Aufsichtsrat verzögert sich leider um zwei Wochen. Bis dahin können wir Ihnen keine verbindliche Aussage machen. Ihre Bewerbung bleibt selbstverständlich im Verfahren.
Automatische Benachrichtigung: Der Status Ihrer Bewerbung für {role} wurde auf In finaler Abstimmung geändert. Sie erhalten eine Nachricht, sobald eine Entscheidung vorliegt.
""",
        "ack_referenzen_unterlagen": """
Bevor wir eine Entscheidung treffen, holen wir bei allen Kandidatinnen und Kandidaten der Endauswahl Referenzen ein. Könnten Sie uns bitte zwei Referenzpersonen mit Kontaktdaten nennen? Dieser Schritt sagt noch nichts über das Ergebnis aus.
SUBJECT: Fehlende Unterlagen || Für die weitere Bearbeitung Ihrer Bewerbung benötigen wir noch eine Kopie Ihres Abschlusszeugnisses sowie Ihr letztes Arbeitszeugnis. Bitte laden Sie die Dokumente bis Freitag im Portal hoch.
Wir haben Ihre Einverständniserklärung zur Referenzeinholung erhalten, vielen Dank. Sobald beide Referenzen vorliegen, trifft die Fachabteilung ihre Entscheidung.
Zur Vorbereitung der Sicherheitsüberprüfung senden wir Ihnen anbei die Sicherheitserklärung. Bitte füllen Sie diese vollständig aus. Die Überprüfung ist Teil des Auswahlverfahrens; eine Entscheidung ist damit noch nicht verbunden.
""",
        "oth_onboarding": """
vielen Dank für den unterschriebenen Vertrag, wir freuen uns riesig! An deinem ersten Arbeitstag, dem 2. Mai, erwarten wir dich um 9 Uhr am Empfang. Dein Laptop ist schon bestellt.
anbei finden Sie den Personalfragebogen. Bitte senden Sie ihn zusammen mit Ihrer Steuer-ID, Ihrer Sozialversicherungsnummer und der Mitgliedsbescheinigung Ihrer Krankenkasse vor Ihrem Eintritt zurück.
SUBJECT: Dein Onboarding bei {company} || willkommen an Bord! Damit du gut starten kannst, bekommst du eine Onboarding-Patin an die Seite: {sender}. Sie meldet sich in den nächsten Tagen bei dir.
Ihr Zugangsausweis liegt ab dem ersten Arbeitstag an der Pforte bereit. Bitte bringen Sie Ihren Personalausweis mit. Die Einführungsveranstaltung für neue Mitarbeitende findet am 6. und 7. Februar statt.
""",
        "oth_newsletter": """
Neues aus dem Karriereteam von {company}: Unser Benefit-Angebot wächst! Ab sofort gibt es ein Deutschlandticket für alle, Jobrad-Leasing und zwei zusätzliche Wellbeing-Tage im Jahr. Außerdem stellen wir unser neues Team in Leipzig vor.
Willkommen zum Talent-Newsletter: In dieser Ausgabe erzählen drei Azubis von ihrem ersten Jahr, wir verraten, worauf es im Vorstellungsgespräch ankommt, und zeigen aktuelle Stellenangebote in Ihrer Region.
Einladung zum Karriere-Event: Am 15. Mai öffnen wir unsere Türen in Bremen. Lernen Sie unsere Teams kennen, erfahren Sie mehr über unser Angebot für Berufseinsteiger und bringen Sie Ihren Lebenslauf mit!
""",
        "oth_alert": """
9 neue Jobs passend zu Ihrer Suche {role}, Frankfurt: {role} (m/w/d) bei {company}, attraktives Gehaltspaket und umfassendes Benefit-Angebot; Senior {role} (m/w/d), 100 % remote. Alle Stellenangebote ansehen.
Ihr Job-Alarm: 4 neue Stellenangebote in der Nähe von Graz. Top-Angebot: {role}, Vollzeit, Überzahlung möglich. Jetzt mit einem Klick bewerben.
""",
        "oth_cold": """
ich bin Personalberaterin bei Kalden & Roth Executive Search und auf Ihr Profil aufmerksam geworden. Für einen mittelständischen Maschinenbauer suche ich eine {role} oder einen {role}. Das Paket: 95.000 Euro fix plus Bonus und Dienstwagen. Hätten Sie Interesse an einem vertraulichen Gespräch?
ich hoffe, es ist okay, dass ich dich direkt anschreibe. Ein Fintech in Berlin sucht gerade jemanden als {role}: bis 80k, viel Remote, nettes Team. Lust auf ein kurzes Telefonat?
für ein Projekt bei einem Kunden in Stuttgart suchen wir ab sofort Unterstützung als {role} (Freelance, sechs Monate, volle Auslastung, Stundensatz bis 110 Euro). Wären Sie verfügbar?
""",
        "oth_rueckzug": """
wie gewünscht haben wir Ihre Bewerbung für die Position {role} zurückgezogen. Vielen Dank für Ihre Nachricht und alles Gute für Ihren weiteren Weg.
schade, dass du unser Angebot nicht annehmen möchtest, aber wir verstehen deine Entscheidung natürlich. Wir haben den Prozess auf unserer Seite geschlossen und wünschen dir viel Erfolg bei der neuen Stelle.
""",
    },
    "fr": {
        "off_recrutement_confirme": """
Nous avons le plaisir de vous confirmer votre recrutement au poste de {role} au sein de {company}, en CDI, à compter du 1er septembre. Votre contrat de travail vous sera adressé dans les prochains jours par notre service RH.
C'est avec un grand plaisir que nous vous annonçons que votre candidature a été retenue ! Nous serions ravis de vous accueillir dans l'équipe en tant que {role} dès le 3 mars. Pouvez-vous nous confirmer votre accord d'ici vendredi ?
Bonne nouvelle : l'équipe a été unanime, on veut que tu nous rejoignes ! Je t'appelle demain pour caler ta date d'arrivée et les détails pratiques.
SUBJECT: Bienvenue chez {company} || Suite à nos différents échanges, nous sommes heureux de vous confirmer votre embauche au poste de {role}. Votre rémunération annuelle brute sera de 46 000 euros sur 13 mois, avec une période d'essai de quatre mois. Vous trouverez la promesse d'embauche en pièce jointe.
Nous sommes heureux de vous confirmer votre embauche à titre de {role} à notre bureau de Montréal, à compter du 6 janvier. Votre salaire annuel sera de 72 000 dollars, assorti de quatre semaines de vacances et de notre régime d'assurance collective.
Félicitations ! Le jury a retenu votre candidature et nous avons le plaisir de vous accueillir parmi nous en qualité de {role}. Votre contrat à durée indéterminée, qui prend effet le 1er avril, est joint à ce message pour signature.
Suite à votre dernier entretien, nous avons décidé de vous engager comme {role} à notre siège de Namur. Le contrat, à temps plein, débute le 2 juin ; le salaire mensuel brut s'élève à 3 650 euros, avec chèques-repas et écochèques.
""",
        "off_contrat_joint": """
Veuillez trouver ci-joint votre contrat de travail en deux exemplaires. Merci de nous en retourner un exemplaire daté et signé, précédé de la mention lu et approuvé, avant le 15 du mois. Toute l'équipe se réjouit de vous accueillir.
Comme convenu par téléphone, voici ton contrat : démarrage le 2 septembre, 42 000 euros brut annuel, télétravail trois jours par semaine. Tu peux le signer en ligne via le lien ci-dessous.
Votre contrat pour le poste de {role} est disponible dans votre espace candidat. Il vous suffit de le signer électroniquement pour valider votre arrivée le lundi 14 octobre.
Nous vous confirmons par écrit notre échange téléphonique de ce matin : vous rejoignez {company} en tant que {role} à compter du 1er juillet. Vous trouverez ci-joint votre contrat ainsi que la notice de notre mutuelle.
""",
        "off_sous_reserve": """
Nous avons le plaisir de vous informer que votre candidature au poste de {role} a été retenue, sous réserve de la visite médicale d'embauche et de la production d'un extrait de casier judiciaire de moins de trois mois.
Votre engagement en tant que {role} est confirmé, sous réserve de l'obtention de votre permis de travail. Nous lançons les démarches auprès de l'office cantonal dès réception du contrat signé.
Le comité de sélection vous a retenu. Votre recrutement deviendra définitif après l'enquête administrative préalable, qui prend en général six semaines ; nous vous tiendrons informé de son avancement.
""",
        "off_nomination_publique": """
J'ai l'honneur de vous informer que, par arrêté en date du 12 mars, vous êtes nommé en qualité de {role} stagiaire et affecté à la direction des finances. Vous voudrez bien vous présenter au service des ressources humaines le 1er avril à 9 heures.
À l'issue des épreuves, le jury vous a déclaré admis. Je vous informe que le conseil municipal a approuvé votre recrutement sur le poste de {role}, par voie contractuelle, à compter du 1er mai.
Nous avons le plaisir de vous annoncer que le jury a retenu votre candidature. Votre nomination au poste de {role} prendra effet le 1er septembre ; l'arrêté correspondant vous sera notifié prochainement.
""",
        "off_cabinet_client": """
Excellente nouvelle : notre client souhaite vous recruter ! Il propose 55 000 euros fixe plus 10 % de variable, avec une arrivée le 1er juin. Le contrat vous sera envoyé directement par leurs RH ; pouvez-vous m'appeler pour en parler ?
Le client a tranché en ta faveur ! Ta mission de {role} démarre lundi prochain, TJM 550 euros, pour six mois renouvelables. Je t'envoie le contrat dans la journée.
Je sors d'un appel avec la DRH de {company} : ils vous veulent. Les conditions sont celles dont nous avions parlé. Félicitations, c'est amplement mérité !
""",
        "off_avec_le_mot": """
SUBJECT: Proposition d'embauche - {role} || Nous avons le plaisir de vous faire une offre pour le poste de {role}. Vous trouverez le détail de notre proposition (rémunération, avantages, date d'entrée) dans le document ci-joint. Cette offre est valable jusqu'au 30 avril.
Je ne vais pas te faire attendre plus longtemps : on aimerait te faire une offre ! Les détails arrivent par mail demain, mais je voulais que tu l'apprennes de ma bouche.
Suite à nos entretiens, {company} a le plaisir de vous proposer le poste de {role}. Notre offre : 52 000 euros brut annuel, 12 jours de RTT et une prime sur objectifs jusqu'à 10 %. Nous attendons votre retour d'ici lundi.
Votre offre d'emploi est disponible sur le portail candidat. Merci de l'accepter ou de la refuser dans un délai de sept jours.
Nous sommes ravis de vous adresser une offre ferme pour le poste de {role}, la condition relative à la vérification de vos diplômes étant désormais levée. Votre date d'arrivée est fixée au 3 novembre.
Voici notre lettre d'offre, comme promis. Vous avez jusqu'à vendredi pour y réfléchir ; n'hésitez pas à m'appeler si vous avez des questions sur le package.
""",
        "rej_offre_a_un_autre": """
Nous avons finalisé notre processus de recrutement et avons fait une offre à un autre candidat, qui l'a acceptée. Ce choix a été difficile tant les profils étaient proches.
Je tenais à te prévenir personnellement : nous avons retenu l'autre finaliste, qui a déjà signé sa promesse d'embauche. Tes entretiens étaient vraiment bons, et je pense sincèrement à toi pour de futurs postes.
SUBJECT: Votre candidature au poste de {role} || Le poste a été pourvu : notre proposition a été acceptée par un autre candidat. Nous ne pouvons donc pas donner suite à votre candidature.
À l'issue du jury, votre candidature n'a pas été retenue. Le poste a été proposé au candidat classé premier, qui l'a accepté.
""",
        "rej_offre_retiree": """
En raison d'une réorganisation imprévue, nous sommes au regret de devoir retirer la promesse d'embauche qui vous avait été adressée le 4 mai. Nous mesurons la gêne occasionnée et restons à votre disposition pour en parler.
L'enquête administrative n'ayant pas abouti favorablement, nous ne sommes pas en mesure de confirmer votre recrutement, qui était conditionné à son résultat.
Après réflexion, nous ne donnerons pas suite par une offre pour le poste de {role}. Nous vous remercions pour votre investissement tout au long du processus.
Le budget du poste de {role} ayant été gelé, aucune embauche ne sera effectuée sur ce recrutement. Nous sommes désolés de vous l'annoncer après tant d'échanges.
""",
        "rej_pourvu_en_interne": """
Le poste de {role} sera finalement pourvu en interne : une collaboratrice de notre site lyonnais l'a accepté. Nous clôturons donc le recrutement externe.
Conformément à notre politique de mobilité, le poste a d'abord été proposé aux collaborateurs de l'entreprise, et une candidature interne a été retenue. Nous ne pouvons donc pas poursuivre le processus avec vous.
""",
        "inv_avant_decision": """
Avant de pouvoir vous faire une proposition, nous aimerions que vous rencontriez notre directeur général. Seriez-vous disponible mardi à 14 heures pour un entretien de trente minutes en visio ? Nous aborderons également vos prétentions salariales et votre date de disponibilité.
Félicitations, vous êtes en dernière étape ! Nous vous invitons à un entretien final le 12 juin dans nos locaux de Bordeaux. Nous profiterons de ce rendez-vous pour évoquer les modalités du contrat.
On aimerait te proposer une journée d'immersion avec l'équipe, rémunérée bien sûr. Tu serais dispo jeudi à partir de 9 heures ?
SUBJECT: Second entretien - {role} || Nous souhaitons vous revoir pour un second entretien avec la directrice du pôle. Merci de prévoir d'échanger sur votre préavis et vos attentes de rémunération ; la fourchette du poste est de 48 000 à 55 000 euros.
Vous êtes convoqué à l'épreuve orale d'admission le 15 octobre à 10 h 30, salle B, à l'hôtel de ville. La prise de poste est prévue au 1er janvier. Merci de vous munir d'une pièce d'identité.
La dernière étape avant notre décision est une rencontre avec deux associés du cabinet autour d'un déjeuner. Pourriez-vous vous libérer le jeudi 21 à 12 h 30 ?
Pourrions-nous nous appeler vendredi pour parler de votre rémunération actuelle et de votre préavis ? Ce n'est pas encore une décision, l'entretien technique reste à planifier, mais je préfère que nous soyons alignés.
Nous avons le plaisir de vous inviter à notre centre d'évaluation le 18 mars à Lyon. Le programme graduate débute le 1er septembre avec une rémunération de 42 000 euros. Merci de confirmer votre présence.
""",
        "ack_decision_a_venir": """
Merci encore pour votre venue hier. Le comité se réunit jeudi pour prendre sa décision, et nous devrions pouvoir vous faire un retour d'ici la fin de la semaine prochaine.
Petit point d'étape : nous terminons les entretiens avec deux autres candidats, et la décision sera prise d'ici dix jours. Je reviens vers vous dès que possible.
Votre dossier est complet et sera examiné par la commission de recrutement du 12 juin. Les candidats retenus recevront un courrier à l'issue de cette réunion.
La validation budgétaire du poste prend plus de temps que prévu. Nous ne sommes pas encore en mesure de vous donner une réponse, mais votre candidature reste bien sûr active.
Notification automatique : le statut de votre candidature pour le poste de {role} est passé à Décision en cours. Vous recevrez un e-mail dès qu'une décision aura été prise.
""",
        "ack_references_pieces": """
Avant toute décision, nous contactons les références de tous les finalistes. Pourriez-vous nous communiquer les coordonnées de deux personnes, dont votre dernier responsable hiérarchique ? Cette étape ne préjuge en rien de l'issue.
SUBJECT: Pièces manquantes || Afin de compléter votre dossier, merci de nous transmettre une copie de votre diplôme et de vos trois derniers bulletins de salaire. Ces documents sont demandés à tous les candidats en phase finale.
Nous avons bien reçu les coordonnées de vos références, merci. Nous les contacterons cette semaine ; le responsable du recrutement prendra ensuite sa décision.
Dans le cadre de la procédure, une enquête administrative est conduite pour tous les candidats présélectionnés. Merci de remplir le formulaire ci-joint. Aucune décision n'a encore été prise quant à votre candidature.
""",
        "oth_integration": """
Merci pour le retour de ton contrat signé, on est ravis ! Ton premier jour, le 2 mai, on t'attend à 9 heures à l'accueil. Ton ordinateur est déjà commandé.
Afin de préparer votre arrivée, merci de nous transmettre votre RIB, une copie de votre carte Vitale et, le cas échéant, une attestation de votre mutuelle actuelle.
SUBJECT: Votre intégration chez {company} || Bienvenue parmi nous ! Votre parrain d'intégration, {sender}, prendra contact avec vous d'ici quelques jours. Vous trouverez ci-joint le programme de votre première semaine.
Votre visite médicale d'embauche est programmée le 9 septembre à 8 h 45 au centre de santé au travail, 12 rue des Tanneurs. Merci de vous munir de votre carnet de vaccination.
""",
        "oth_newsletter": """
Les actus carrières de {company} : découvrez notre nouvelle offre de télétravail, le témoignage de trois alternants et nos prochains forums de recrutement.
Ce mois-ci dans notre newsletter talents : pourquoi notre offre d'avantages sociaux fait la différence, comment réussir un entretien vidéo, et les postes ouverts en Île-de-France.
Rejoignez-nous le 15 mai pour notre journée portes ouvertes à Nantes : rencontrez nos équipes, découvrez nos métiers et nos offres pour les jeunes diplômés.
""",
        "oth_alert": """
7 nouvelles offres correspondent à votre recherche {role}, Lyon : {role} H/F chez {company}, CDI, package attractif ; {role} confirmé H/F, télétravail partiel. Voir toutes les offres.
Votre alerte emploi : 3 nouvelles offres près de Genève. À la une : {role} à 100 %, salaire selon expérience, entrée immédiate.
""",
        "oth_cold": """
Je suis consultante chez Varenne & Associés et votre profil a retenu mon attention. Un de nos clients, une ETI industrielle en Auvergne, recherche un {role} ; la rémunération se situe entre 70 000 et 80 000 euros, plus variable. Seriez-vous ouvert à un échange confidentiel ?
Je me permets de te contacter car une scale-up parisienne recrute un {role}, full remote possible, jusqu'à 65 000 euros plus BSPCE. Ça te dirait d'en discuter ?
Nous recherchons pour un client à Bruxelles un {role} en mission freelance de six mois, TJM jusqu'à 650 euros. Êtes-vous disponible à partir du mois prochain ?
""",
        "oth_retrait_demande": """
Comme vous nous l'avez demandé, nous avons retiré votre candidature au poste de {role}. Merci de nous avoir prévenus et bonne continuation.
Nous prenons acte de votre décision de décliner notre proposition et la respectons pleinement. Votre dossier est désormais clos. Nous vous souhaitons beaucoup de réussite dans vos nouvelles fonctions.
""",
    },
    "es": {
        "off_seleccionado": """
Nos complace informarle que ha sido seleccionado/a para el puesto de {role} en {company}. Su incorporación está prevista para el 1 de septiembre, con contrato indefinido a jornada completa. En los próximos días recibirá la documentación para la firma.
¡Enhorabuena! Después de las entrevistas, el equipo lo tuvo clarísimo: queremos que te unas a nosotros como {role}. Te llamo mañana y hablamos de la fecha de incorporación.
SUBJECT: Bienvenida a {company} || Es un placer darle la bienvenida a nuestro equipo. Tras valorar su candidatura, hemos decidido contar con usted como {role} a partir del 3 de marzo, con un salario bruto anual de 38.000 euros en catorce pagas.
Tenemos el gusto de comunicarle que ha resultado seleccionado para ocupar la posición de {role} en nuestra sede de Monterrey. El sueldo mensual bruto será de 42,000 pesos, con prestaciones superiores a las de ley. Le pedimos confirmar su aceptación antes del viernes.
¡Buenísimas noticias! Quedaste seleccionado para el puesto de {role}. Arrancás el lunes 5 de agosto en la oficina de Palermo y el sueldo es el que charlamos en la entrevista. ¡Bienvenido al equipo!
Nos alegra confirmarle que ha sido elegido para el cargo de {role} en nuestra oficina de Bogotá. La vinculación será con contrato a término indefinido y un salario de 6.500.000 pesos mensuales más prestaciones de ley.
Le informamos con satisfacción que su postulación al cargo de {role} ha sido aceptada. Su fecha de ingreso será el 1 de abril, con una renta líquida mensual de 1.650.000 pesos. Adjuntamos el contrato de trabajo para su firma.
""",
        "off_contrato_adjunto": """
Adjunto le remitimos su contrato de trabajo para el puesto de {role}. Le rogamos que lo revise y nos devuelva una copia firmada antes del 20 de junio. Estamos encantados de que se incorpore a {company}.
Como hablamos por teléfono, te paso el contrato: empiezas el 2 de septiembre, 36.000 euros brutos al año, teletrabajo tres días por semana. Lo puedes firmar online desde el enlace.
Su contrato ya está disponible en el portal del candidato para su firma electrónica. Una vez firmado, recibirá toda la información sobre su primer día con nosotros.
Le confirmamos por escrito lo que le adelantamos ayer por teléfono: se incorpora a {company} como {role} el 1 de julio. Adjuntamos el contrato y la información sobre el seguro médico de empresa.
""",
        "off_condicionada": """
Nos complace comunicarle que ha sido seleccionado/a para el puesto de {role}, sujeto a la presentación del certificado de antecedentes penales y al resultado favorable del reconocimiento médico previo.
Su contratación como {role} queda condicionada a la verificación de sus títulos académicos y referencias laborales, que iniciaremos en cuanto nos devuelva firmado el documento de aceptación adjunto.
¡Te queremos en el equipo! Solo falta un trámite: el estudio de seguridad que exige nuestro cliente, que suele tardar una semana. En cuanto salga, te confirmamos la fecha de inicio.
""",
        "off_nombramiento_publico": """
Por resolución de la Dirección General de Función Pública de fecha 12 de marzo, ha sido nombrado funcionario en prácticas del Cuerpo de Gestión. Deberá tomar posesión en el plazo de un mes a contar desde el día siguiente a la publicación en el boletín oficial.
Le comunicamos que, vista la relación definitiva de aprobados, se ha resuelto su nombramiento como {role} interino. Deberá incorporarse el 1 de octubre en la Delegación Provincial.
Tenemos el agrado de comunicarle que ha sido designado en el cargo de {role} del Ministerio, con efectos desde el 15 de mayo. Sírvase presentarse en la Oficina de Recursos Humanos con la documentación original.
""",
        "off_consultora_cliente": """
¡Grandes noticias! Nuestro cliente ha decidido contratarte como {role}. Ponen sobre la mesa 45.000 euros fijos más un 10 % variable, con incorporación el 1 de junio. El contrato te lo enviará su departamento de personas; ¿me llamas para comentarlo?
Le informo que la empresa cliente ha confirmado su contratación para la posición de {role}, en las condiciones que acordamos. Enhorabuena, se lo ha ganado.
El cliente dio luz verde: tu proyecto como {role} arranca el lunes, tarifa de 55 euros la hora, seis meses prorrogables. Te mando el contrato hoy mismo.
""",
        "off_con_la_palabra": """
SUBJECT: Oferta de empleo - {role} || Nos complace hacerle llegar una oferta para el puesto de {role}. En el documento adjunto encontrará los detalles de salario, beneficios y fecha de incorporación. La oferta es válida hasta el 30 de abril.
¡Queremos hacerte una oferta! Te la mando formalmente mañana, pero quería que lo supieras ya.
Tras el proceso de selección, {company} tiene el placer de ofrecerle el puesto de {role}: 48.000 euros brutos anuales, 23 días laborables de vacaciones y seguro médico privado. Quedamos a la espera de su respuesta.
Su oferta laboral está disponible en el portal. Por favor, acéptela o recházela en un plazo de siete días.
Una vez superada la verificación de antecedentes, nos complace confirmarle que la oferta condicionada pasa a ser definitiva. Su fecha de ingreso es el 4 de noviembre.
Te adjunto la carta oferta, tal y como quedamos. Tienes hasta el viernes para pensártelo; llámame si tienes dudas sobre el paquete.
""",
        "rej_oferta_a_otro": """
Hemos finalizado el proceso de selección y hemos realizado una oferta a otra persona candidata, que ya la ha aceptado. La decisión no ha sido nada fácil.
Quería decírtelo personalmente: al final nos decantamos por la otra finalista, que ya firmó el contrato. Tus entrevistas fueron muy buenas y te tendré en cuenta para futuras vacantes.
SUBJECT: Su candidatura al puesto de {role} || Le comunicamos que la vacante ya ha sido cubierta: otro candidato aceptó nuestra oferta la semana pasada. Por tanto, no continuaremos con su candidatura.
Le informamos que, concluido el proceso, usted no figura entre los aspirantes seleccionados. El cargo fue adjudicado al candidato con mayor puntaje, quien ya aceptó el nombramiento.
""",
        "rej_oferta_retirada": """
Lamentamos informarle que, debido a una reestructuración imprevista, nos vemos obligados a retirar la oferta de empleo que le enviamos el 4 de mayo. Somos conscientes de las molestias y quedamos a su disposición.
Tras evaluar el resultado del assessment, no le haremos una oferta para el puesto de {role} en esta ocasión.
El resultado del estudio de seguridad no fue favorable, por lo que no podemos mantener la oferta condicionada que le habíamos hecho.
Por congelación presupuestaria, el puesto de {role} no se cubrirá y el proceso queda cancelado. Sentimos comunicárselo después de tantas entrevistas.
""",
        "rej_cubierto_internamente": """
La posición de {role} se cubrirá internamente: una compañera de nuestra oficina de Valencia ha aceptado el puesto. Cerramos, por tanto, el proceso externo.
De acuerdo con nuestra política de promoción interna, la vacante se ofreció primero al personal de la empresa y ya ha sido cubierta. No podemos seguir adelante con su candidatura.
""",
        "inv_paso_final": """
Antes de poder hacerle una oferta, nos gustaría que conociera a nuestro director general. ¿Tendría disponibilidad el martes a las 16:00 para una videollamada de 30 minutos? Hablaremos también de su expectativa salarial y de cuándo podría incorporarse.
¡Has llegado a la última fase! Te invitamos a una entrevista final el 12 de junio en nuestras oficinas de Madrid. Aprovecharemos para repasar las condiciones del contrato.
Nos gustaría que vinieras a una jornada de prueba con el equipo, remunerada, por supuesto. ¿Te viene bien el jueves a partir de las 9?
SUBJECT: Segunda entrevista - {role} || Nos gustaría volver a reunirnos con usted, esta vez con la directora del área. Le pedimos que venga preparado para hablar de su preaviso y de sus expectativas económicas; la banda salarial del puesto va de 40.000 a 46.000 euros.
Por medio de la presente se le cita a la entrevista personal el 15 de octubre a las 10:30 en la sede del Ayuntamiento. Deberá presentar su DNI. La toma de posesión está prevista para el 1 de enero.
El último paso antes de tomar una decisión es un almuerzo con dos socios del despacho. ¿Podría el jueves 21 a las 14:00?
¿Podemos hablar el viernes sobre tu sueldo actual y el plazo de preaviso? Todavía no es una decisión, falta la entrevista técnica, pero prefiero que estemos alineados.
Queremos invitarte a nuestro assessment center el 18 de marzo en Ciudad de México. El programa de trainees inicia el 1 de agosto con un sueldo de 35,000 pesos mensuales. Confirma tu asistencia, por favor.
""",
        "ack_decision_pendiente": """
Gracias de nuevo por venir ayer. El comité se reúne el jueves para tomar la decisión y esperamos darle una respuesta a finales de la semana que viene.
Un pequeño avance: estamos terminando las entrevistas con otras dos personas y la decisión se tomará en unos diez días. Te escribo en cuanto sepa algo.
Su expediente está completo y será evaluado por la comisión de selección el 12 de junio. Los candidatos seleccionados recibirán una comunicación después de esa fecha.
La aprobación presupuestaria del puesto está tardando más de lo previsto. Aún no podemos darle una respuesta, pero su candidatura sigue activa.
Notificación automática: el estado de su postulación a {role} ha cambiado a En decisión final. Recibirá un correo cuando se haya tomado una decisión.
""",
        "ack_referencias_documentos": """
Antes de tomar una decisión, pedimos referencias de todos los finalistas. ¿Podría facilitarnos los datos de contacto de dos personas, una de ellas su último responsable directo? Este paso no anticipa el resultado.
SUBJECT: Documentación pendiente || Para completar su expediente necesitamos una copia de su título y su informe de vida laboral. Se lo pedimos a todos los candidatos en fase final.
Hemos recibido los datos de sus referencias, muchas gracias. Las contactaremos esta semana y después la responsable de contratación tomará su decisión.
Como parte del proceso, realizamos una verificación de antecedentes a todos los candidatos preseleccionados. Le rogamos complete el formulario adjunto. Todavía no se ha tomado ninguna decisión sobre su candidatura.
""",
        "oth_incorporacion": """
¡Gracias por devolvernos el contrato firmado, qué alegría! Tu primer día, el 2 de mayo, te esperamos a las 9 en recepción. Tu portátil ya está pedido.
Para tramitar su alta en la Seguridad Social necesitamos su número de afiliación, una copia del DNI y sus datos bancarios antes de su incorporación.
SUBJECT: Tu incorporación a {company} || ¡Bienvenido! Tu padrino de onboarding, {sender}, se pondrá en contacto contigo estos días. Te adjuntamos la agenda de tu primera semana.
Le recordamos que su reconocimiento médico de incorporación está programado para el 9 de septiembre a las 8:45. Acuda en ayunas, por favor.
""",
        "oth_newsletter": """
Novedades de {company}: conoce nuestra nueva oferta de beneficios para empleados, el testimonio de tres becarios y las próximas ferias de empleo en las que estaremos.
Este mes en nuestra newsletter de talento: por qué nuestra oferta de formación es única en el sector, consejos para tu entrevista por vídeo y vacantes abiertas en Barcelona.
Te invitamos a nuestra jornada de puertas abiertas el 15 de mayo en Sevilla: conoce a nuestros equipos y descubre nuestras ofertas para recién titulados.
""",
        "oth_alert": """
7 nuevas ofertas coinciden con tu búsqueda {role}, Madrid: {role} en {company}, contrato indefinido, salario competitivo; {role} senior, teletrabajo parcial. Ver todas las ofertas.
Tu alerta de empleo: 3 nuevas vacantes cerca de Santiago. Destacada: {role}, jornada completa, incorporación inmediata y excelente paquete de beneficios.
""",
        "oth_cold": """
Soy consultora en Alquería Talent Partners y su perfil me ha llamado la atención. Un cliente nuestro, un grupo industrial de Zaragoza, busca {role} con una retribución de 55.000 a 65.000 euros más variable. ¿Le interesaría hablar de forma confidencial?
¡Hola! Te escribo porque una startup de Buenos Aires busca {role}, 100 % remoto y con pago en dólares. ¿Te copa que lo charlemos?
Buscamos para un cliente en Lima un perfil de {role} para un proyecto de seis meses, con tarifa muy competitiva. ¿Estaría disponible a partir del próximo mes?
""",
        "oth_retiro_solicitado": """
Tal como nos pidió, hemos retirado su candidatura al puesto de {role}. Gracias por avisarnos y mucha suerte.
Lamentamos que hayas decidido no aceptar nuestra oferta, pero respetamos tu decisión. Hemos cerrado tu proceso y te deseamos mucho éxito en tu nuevo trabajo.
""",
    },
    "pt": {
        "off_aprovado": """
Temos o prazer de informar que você foi aprovado(a) no processo seletivo para a vaga de {role}! Sua admissão está prevista para 1º de setembro, em regime CLT. Nos próximos dias o RH vai entrar em contato para pedir a documentação admissional.
Parabéns! A equipe foi unânime: queremos você com a gente como {role}. Amanhã te ligo pra gente acertar a data de início e os detalhes.
SUBJECT: Bem-vindo(a) à {company} || É com grande satisfação que comunicamos a sua admissão para a função de {role}, com início a 3 de março. A remuneração base mensal será de 2.100 euros, pagos em 14 prestações, acrescida de subsídio de refeição.
Informamos que foi selecionado(a) para integrar a nossa equipa de Lisboa como {role}. O contrato de trabalho sem termo seguirá por correio eletrónico nos próximos dias.
Oi, boas notícias: você passou! A gente quer muito você no time como {role}, começando dia 5 de agosto no escritório da Vila Olímpia. O salário é o que conversamos na entrevista. Seja bem-vindo(a)!
Temos a satisfação de confirmar a sua contratação como {role} na nossa filial de Luanda, com início a 1 de abril. O salário e as demais condições constam do contrato em anexo.
Após as entrevistas, decidimos contratá-lo(a) para a posição de {role}: salário de R$ 9.800,00 mensais, vale-refeição, plano de saúde e PLR. Pedimos que confirme o aceite até sexta-feira.
""",
        "off_contrato_anexo": """
Segue em anexo o seu contrato de trabalho para a função de {role}. Pedimos que o devolva assinado até 20 de junho. Estamos muito contentes por se juntar à {company}.
Como combinamos por telefone, segue o contrato: você começa dia 2 de setembro, R$ 7.500 por mês, home office três dias por semana. Dá para assinar digitalmente pelo link.
O seu contrato já está disponível no portal do candidato para assinatura eletrónica. Depois de assinado, receberá todas as informações sobre o primeiro dia.
Confirmamos por escrito o que lhe comunicámos ontem por telefone: integra a {company} como {role} a partir de 1 de julho. Seguem em anexo o contrato e a informação sobre o seguro de saúde.
""",
        "off_condicional": """
Temos o prazer de informar que você foi aprovado(a) para a vaga de {role}, condicionado à apresentação da certidão de antecedentes criminais e ao resultado apto no exame admissional.
A sua contratação como {role} fica sujeita à verificação das habilitações académicas e das referências profissionais, que iniciaremos assim que recebermos a declaração de aceitação assinada.
Queremos você no time! Só falta uma etapa burocrática: a checagem de antecedentes exigida pelo nosso cliente, que leva cerca de uma semana. Assim que sair, confirmamos a data de início.
""",
        "off_nomeacao_publica": """
Por despacho de 12 de março, publicado no Diário da República, foi nomeado(a) para o lugar de {role}, em regime de período experimental. Deverá apresentar-se nos serviços no prazo de vinte dias úteis.
Comunicamos que foi homologado o resultado final do concurso e que a sua nomeação para o cargo de {role} foi publicada no Diário Oficial de hoje. A posse deverá ocorrer no prazo de 30 dias.
Informamos que V. Exa. foi colocado(a) no posto de {role} da Câmara Municipal, com início de funções a 15 de maio. Solicitamos que compareça na Divisão de Recursos Humanos munido(a) dos documentos originais.
""",
        "off_consultoria_cliente": """
Ótima notícia: o cliente decidiu contratar você como {role}! São R$ 14.000 por mês mais bônus, com início em 1º de junho. O RH deles vai mandar a documentação; me liga pra gente conversar?
Informo que a empresa cliente confirmou a sua contratação para a posição de {role}, nas condições que acordámos. Parabéns, é mais do que merecido!
O cliente deu sinal verde: seu projeto como {role} começa segunda, valor-hora de R$ 180, por seis meses renováveis. Te envio o contrato hoje.
""",
        "off_com_a_palavra": """
SUBJECT: Proposta de trabalho - {role} || Temos o prazer de lhe apresentar uma proposta para a função de {role}. No documento em anexo encontra os detalhes de remuneração, benefícios e data de início. A proposta é válida até 30 de abril.
Queremos te fazer uma proposta! Mando a carta-proposta formal amanhã, mas queria que você soubesse logo.
Após o processo de seleção, a {company} tem o prazer de lhe oferecer a posição de {role}: 32.000 euros brutos anuais, 25 dias úteis de férias e seguro de saúde. Aguardamos a sua resposta.
Sua carta-oferta está disponível no portal. Por favor, aceite ou recuse em até sete dias.
Concluída a checagem de antecedentes, confirmamos que a proposta condicional passa a ser definitiva. Sua data de admissão é 4 de novembro.
Segue a carta-proposta, conforme combinado. Você tem até sexta para pensar; me liga se tiver dúvidas sobre o pacote.
""",
        "rej_proposta_a_outro": """
Concluímos o processo seletivo e fizemos uma proposta a outro(a) candidato(a), que já a aceitou. Não foi uma decisão fácil.
Queria te avisar pessoalmente: no fim, optamos pela outra pessoa finalista, que já assinou a carta-proposta. Suas entrevistas foram ótimas e vou lembrar de você para futuras vagas.
SUBJECT: A sua candidatura para {role} || Informamos que a vaga já foi preenchida: outro candidato aceitou a nossa proposta na semana passada. Assim, não daremos continuidade à sua candidatura.
Informamos que, homologado o resultado do concurso, V. Exa. não ficou entre os candidatos a nomear. O lugar foi atribuído ao candidato melhor classificado.
""",
        "rej_proposta_retirada": """
Lamentamos informar que, devido a uma reestruturação imprevista, precisamos retirar a proposta de trabalho enviada em 4 de maio. Sabemos do transtorno e estamos à disposição para conversar.
Após avaliarmos o resultado da dinâmica de grupo, não seguiremos com uma proposta para a vaga de {role} neste momento.
O resultado da verificação de antecedentes não foi favorável, pelo que não podemos manter a oferta condicional que lhe tínhamos feito.
Por congelamento de orçamento, a vaga de {role} não será mais preenchida e o processo foi cancelado. Sentimos muito comunicar isso depois de tantas etapas.
""",
        "rej_preenchida_internamente": """
A posição de {role} será preenchida internamente: uma colega do nosso escritório do Porto aceitou o cargo. Encerramos, por isso, o processo externo.
Seguindo nossa política de recrutamento interno, a vaga foi oferecida primeiro aos colaboradores e já foi preenchida. Não poderemos seguir com sua candidatura.
""",
        "inv_etapa_final": """
Antes de podermos fazer uma proposta, gostaríamos que você conversasse com nosso diretor-geral. Teria disponibilidade na terça às 16h para uma videochamada de 30 minutos? Vamos falar também da sua pretensão salarial e de quando poderia começar.
Você chegou à última etapa! Convidamos você para uma entrevista final no dia 12 de junho, no nosso escritório em Campinas. Aproveitaremos para alinhar as condições de contratação.
Queríamos convidar você para um dia de experiência com o time, remunerado, claro. Quinta a partir das 9h funciona?
SUBJECT: Segunda entrevista - {role} || Gostaríamos de voltar a falar consigo, desta vez com a diretora da área. Venha preparado(a) para falar do seu pré-aviso e das suas expectativas salariais; a faixa do cargo vai de 2.400 a 2.800 euros brutos mensais.
Fica V. Exa. convocado(a) para a entrevista profissional de seleção no dia 15 de outubro, às 10h30, no edifício dos Paços do Concelho. A data prevista de início de funções é 1 de janeiro. Deve apresentar documento de identificação.
O último passo antes da nossa decisão é um almoço com dois sócios do escritório. Poderia na quinta, dia 21, às 12h30?
Podemos falar na sexta sobre seu salário atual e o aviso prévio? Ainda não é uma decisão, falta a entrevista técnica, mas prefiro que estejamos alinhados.
Convidamos você para o nosso painel de avaliação no dia 18 de março, em São Paulo. O programa de trainee começa em 1º de agosto com salário de R$ 7.200. Por favor, confirme sua presença.
""",
        "ack_decisao_em_breve": """
Obrigado novamente pela visita ontem. O comitê se reúne na quinta para decidir, e esperamos dar um retorno até o fim da semana que vem.
Uma atualização rápida: estamos terminando as entrevistas com outras duas pessoas e a decisão sai em uns dez dias. Te escrevo assim que souber.
O seu processo está completo e será apreciado pelo júri no dia 12 de junho. Os candidatos selecionados serão notificados após essa data.
A aprovação orçamentária da vaga está demorando mais do que o previsto. Ainda não conseguimos dar uma resposta, mas sua candidatura continua ativa.
Notificação automática: o status da sua candidatura para {role} mudou para Em decisão final. Você receberá um e-mail quando houver uma decisão.
""",
        "ack_referencias_documentos": """
Antes de tomar qualquer decisão, pedimos referências de todos os finalistas. Poderia nos enviar o contato de duas pessoas, sendo uma delas o seu último gestor direto? Esta etapa não antecipa o resultado.
SUBJECT: Documentação pendente || Para completar o seu processo, precisamos de uma cópia do certificado de habilitações e do registo criminal. São pedidos a todos os candidatos na fase final.
Recebemos os contatos das suas referências, obrigado. Vamos falar com elas esta semana e, em seguida, a gestora da vaga tomará a decisão.
Como parte do processo, fazemos uma checagem de antecedentes de todos os candidatos pré-selecionados. Por favor, preencha o formulário em anexo. Nenhuma decisão foi tomada ainda sobre sua candidatura.
""",
        "oth_integracao": """
Obrigado por devolver o contrato assinado, ficamos muito felizes! No seu primeiro dia, 2 de maio, te esperamos às 9h na recepção. Seu notebook já foi pedido.
Para a sua admissão, precisamos que envie até sexta: carteira de trabalho digital, comprovante de residência, número do PIS e dados bancários.
SUBJECT: Seu onboarding na {company} || Seja bem-vindo(a)! Seu padrinho de integração, {sender}, vai entrar em contato nos próximos dias. Em anexo está a agenda da sua primeira semana.
Lembramos que o seu exame médico de admissão está marcado para 9 de setembro às 8h45, na clínica parceira. Leve um documento com foto.
""",
        "oth_newsletter": """
Novidades da {company}: conheça o nosso novo pacote de benefícios, o depoimento de três estagiários e as próximas feiras de emprego em que estaremos presentes.
Neste mês na nossa newsletter de talentos: por que a nossa oferta de formação é única no setor, dicas para a entrevista por vídeo e vagas abertas no Porto.
Venha ao nosso open day no dia 15 de maio em Recife: conheça os nossos times, as nossas ofertas para recém-formados e tire as suas dúvidas com o RH.
""",
        "oth_alert": """
7 novas vagas correspondem à sua busca {role}, São Paulo: {role} na {company}, CLT, salário compatível com o mercado; {role} sênior, modelo híbrido. Ver todas as vagas.
O seu alerta de emprego: 3 novas ofertas perto de Braga. Em destaque: {role}, tempo inteiro, início imediato.
""",
        "oth_cold": """
Sou consultora na Tamarindo Headhunting e o seu perfil chamou a minha atenção. Um cliente nosso, um grupo industrial em Joinville, procura {role}, com remuneração entre R$ 18 e 22 mil mais bônus. Teria interesse em uma conversa confidencial?
Oi! Tudo bem? Estou te escrevendo porque uma startup de Lisboa procura {role}, 100% remoto, salário em euros. Bora conversar?
Procuramos para um cliente em Maputo um perfil de {role} para um projeto de seis meses. Estaria disponível a partir do próximo mês?
""",
        "oth_desistencia_pedida": """
Conforme solicitado, retiramos a sua candidatura para a vaga de {role}. Obrigado por nos avisar e boa sorte.
Que pena que você decidiu não aceitar nossa proposta, mas respeitamos sua decisão. Encerramos o seu processo e desejamos muito sucesso no novo trabalho.
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
            "Good morning {first},",
            "{first},",
            "Hey {first},",
        ],
        "thanks": [
            "Thank you for your interest in {company}.",
            "Thanks again for applying for the {role} position.",
            "Thank you for the time you've invested in our recruitment process so far.",
            "We appreciate your interest in joining {company} as {role}.",
            "Thanks for your patience while we worked through the process.",
        ],
        "wish": [
            "We wish you every success in your job search.",
            "I hope our paths cross again, and good luck with whatever comes next.",
            "Please don't let this discourage you from applying for future roles with us.",
            "All the very best for the future.",
            "We'd be glad to hear from you again if a suitable vacancy comes up.",
        ],
        "marketing": [
            "{company} builds the tools that keep hospitals, warehouses and city services running. Our 1,400 colleagues across six countries share one goal: make complicated things work quietly and reliably.",
            "At {company}, we believe great work comes from people who are trusted. That's why we offer flexible hours, a generous learning budget and a culture where everyone's voice counts.",
            "Founded in a garage in 2011, {company} now serves more than 3,000 customers and was named one of the region's best places to work three years running.",
            "{company} is an equal opportunity employer. We celebrate diversity and are committed to creating an inclusive environment for all employees.",
        ],
        "sign": [
            "Best regards,\n{sender}",
            "Kind regards,\n{sender}\nTalent Acquisition, {company}",
            "Thanks,\n{sender_first}",
            "Warm wishes,\n{sender}\nPeople & Culture",
            "Cheers,\n{sender_first}",
            "Yours sincerely,\n{sender}\nHuman Resources Department\n{company}",
        ],
        "footer": [
            "This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.",
            "Please do not reply to this message; this mailbox is not monitored. To manage your candidate profile, log in to our careers site.",
            "{company} is registered in England and Wales. Registered office: 14 Aldwych Court, London. We process your personal data in accordance with our candidate privacy notice.",
            "You are receiving this e-mail because you created a profile on our careers site. Unsubscribe or update your preferences at any time.",
        ],
        "subject_app": [
            "Your application for {role}",
            "Update on your application - {company}",
            "{role} at {company}: application status",
            "Regarding your candidacy",
            "Re: {role}",
        ],
        "subject_inv": [
            "Next steps - {role}",
            "Invitation: final interview at {company}",
            "Let's talk - {role}",
            "Scheduling your next conversation",
            "Re: {role} interview",
        ],
        "subject_off": [
            "Welcome to {company}!",
            "Good news about {role}",
            "Your employment agreement",
            "Letter of appointment - {role}",
            "Re: {role}",
            "Congratulations!",
        ],
        "subject_oth": [
            "News from {company} Careers",
            "Your job alert",
            "Opportunity you might like",
            "Before your first day",
            "Re: your application",
        ],
    },
    "de": {
        "greet": [
            "Guten Tag Alex Rivera,",
            "Hallo {first},",
            "Liebe(r) {first},",
            "Guten Tag {first} Rivera,",
            "Hi {first},",
            "Sehr geehrte Bewerberin, sehr geehrter Bewerber,",
            "Grüezi {first} Rivera,",
        ],
        "thanks": [
            "vielen Dank für Ihr Interesse an {company}.",
            "herzlichen Dank für Ihre Bewerbung als {role} und die Zeit, die Sie sich für uns genommen haben.",
            "danke dir nochmal für die tollen Gespräche.",
            "wir danken Ihnen für Ihre Geduld während des Auswahlverfahrens.",
        ],
        "wish": [
            "Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute und viel Erfolg.",
            "Wir würden uns freuen, wenn Sie sich bei passender Gelegenheit erneut bei uns bewerben.",
            "Ich drück dir die Daumen für alles Weitere!",
            "Wir wünschen Ihnen für die Zukunft alles Gute.",
        ],
        "marketing": [
            "{company} versorgt seit über 90 Jahren Haushalte und Betriebe in der Region mit Energie und Wasser. Mit rund 800 Beschäftigten gehören wir zu den größten Arbeitgebern vor Ort.",
            "Bei {company} arbeiten 1.200 Menschen aus 40 Nationen an Logistiklösungen für Europa. Flexible Arbeitszeiten, Weiterbildung und ein starkes Miteinander sind für uns selbstverständlich.",
            "Als familiengeführtes Unternehmen setzt {company} auf Verlässlichkeit, kurze Wege und echte Verantwortung vom ersten Tag an.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}",
            "Viele Grüße\n{sender_first}",
            "Freundliche Grüsse\n{sender}\nHuman Resources",
            "Beste Grüße\n{sender}\nPersonalabteilung {company}",
            "Liebe Grüße\n{sender_first}",
        ],
        "footer": [
            "Diese E-Mail kann vertrauliche Informationen enthalten. Sollten Sie nicht der richtige Adressat sein, informieren Sie bitte den Absender und löschen Sie diese Nachricht.",
            "{company}, Sitz der Gesellschaft: Hamburg, Registergericht: Amtsgericht Hamburg. Geschäftsführung: Dr. Ina Kessler, Tobias Wehrle.",
            "Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail. Informationen zum Datenschutz finden Sie in unserem Karriereportal.",
            "Sie erhalten diesen Newsletter, weil Sie sich in unserem Talentpool registriert haben. Abmelden jederzeit über den Link in Ihrem Profil.",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Ihre Bewerbung bei {company}",
            "Zwischenstand zu Ihrer Bewerbung",
            "AW: {role}",
            "Rückmeldung zu Ihrer Bewerbung",
        ],
        "subject_inv": [
            "Einladung zum Gespräch - {role}",
            "Nächster Schritt bei {company}",
            "Terminvorschlag",
            "AW: Bewerbung {role}",
        ],
        "subject_off": [
            "Willkommen bei {company}!",
            "Ihre Einstellung als {role}",
            "Ihr Arbeitsvertrag",
            "Gute Nachrichten",
            "AW: {role}",
        ],
        "subject_oth": [
            "Neues von {company}",
            "Ihr Job-Alarm",
            "Spannende Position für Sie",
            "Vor Ihrem ersten Arbeitstag",
            "Bestätigung Ihres Rückzugs",
        ],
    },
    "fr": {
        "greet": [
            "Bonjour {first},",
            "Cher(e) {first},",
            "Madame, Monsieur,",
            "Bonjour {first} Rivera,",
            "Salut {first},",
            "Bonjour,",
        ],
        "thanks": [
            "Nous vous remercions de l'intérêt que vous portez à {company}.",
            "Merci encore pour votre candidature au poste de {role}.",
            "Merci pour le temps que vous avez consacré à notre processus de recrutement.",
            "Merci pour nos échanges de ces dernières semaines.",
        ],
        "wish": [
            "Nous vous souhaitons pleine réussite dans vos recherches.",
            "Nous conservons votre profil et ne manquerons pas de revenir vers vous si une opportunité se présente.",
            "Je te souhaite le meilleur pour la suite !",
            "Avec nos meilleurs vœux de succès pour la suite de votre parcours.",
        ],
        "marketing": [
            "Depuis 1987, {company} accompagne les collectivités et les industriels dans leurs projets de transformation. Nos 650 collaborateurs partagent des valeurs d'exigence, de proximité et de solidarité.",
            "Chez {company}, nous croyons que la diversité des parcours fait notre force. Télétravail, formation continue et engagement associatif font partie de notre quotidien.",
            "{company} est une entreprise engagée, certifiée B Corp, qui conçoit des solutions durables pour la santé et l'environnement.",
        ],
        "sign": [
            "Cordialement,\n{sender}",
            "Bien à vous,\n{sender}\nRessources humaines, {company}",
            "Belle journée,\n{sender_first}",
            "Veuillez agréer l'expression de nos salutations distinguées.\n{sender}\nDirection des ressources humaines",
            "À bientôt,\n{sender_first}",
        ],
        "footer": [
            "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci de le supprimer et d'en avertir l'expéditeur.",
            "Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et de suppression de vos données. Pour l'exercer, contactez notre délégué à la protection des données.",
            "Merci de ne pas répondre à cet e-mail envoyé automatiquement.",
            "Vous recevez cet e-mail car vous êtes inscrit à nos alertes. Se désinscrire.",
        ],
        "subject_app": [
            "Votre candidature au poste de {role}",
            "Suite de votre candidature chez {company}",
            "Point sur votre candidature",
            "RE: {role}",
        ],
        "subject_inv": [
            "Invitation à un entretien - {role}",
            "Prochaine étape chez {company}",
            "Convocation",
            "RE: candidature {role}",
        ],
        "subject_off": [
            "Bienvenue chez {company} !",
            "Votre recrutement au poste de {role}",
            "Votre contrat de travail",
            "Bonne nouvelle !",
            "RE: {role}",
        ],
        "subject_oth": [
            "Les actus de {company}",
            "Votre alerte emploi",
            "Une opportunité pour vous",
            "Préparer votre arrivée",
            "Retrait de votre candidature",
        ],
    },
    "es": {
        "greet": [
            "Estimado/a {first}:",
            "Hola, {first}:",
            "Hola {first},",
            "Buenos días, {first}:",
            "Estimado candidato:",
            "¡Hola, {first}!",
        ],
        "thanks": [
            "Gracias por su interés en {company}.",
            "Muchas gracias por tu candidatura al puesto de {role}.",
            "Le agradecemos el tiempo dedicado a nuestro proceso de selección.",
            "Gracias por tu paciencia durante estas semanas.",
        ],
        "wish": [
            "Le deseamos mucho éxito en su búsqueda profesional.",
            "Guardaremos su perfil para futuras vacantes que encajen con su experiencia.",
            "¡Mucha suerte en lo que venga!",
            "Le deseamos lo mejor en sus próximos pasos.",
        ],
        "marketing": [
            "{company} diseña y construye infraestructuras en España y Latinoamérica desde hace más de cuarenta años. Más de 2.000 profesionales trabajan con nosotros en once países.",
            "En {company} apostamos por el talento joven, la conciliación y la formación continua. Somos una empresa con propósito y queremos crecer contigo.",
            "{company} es una empresa comprometida con la igualdad de oportunidades y la diversidad en todos sus procesos de selección.",
        ],
        "sign": [
            "Un saludo,\n{sender}",
            "Atentamente,\n{sender}\nDepartamento de Personas, {company}",
            "Saludos cordiales,\n{sender}",
            "Un abrazo,\n{sender_first}",
            "Quedamos a su disposición.\n{sender}\nRecursos Humanos",
        ],
        "footer": [
            "Este mensaje y sus adjuntos son confidenciales. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.",
            "De conformidad con la normativa de protección de datos, puede ejercer sus derechos de acceso, rectificación y supresión escribiendo a nuestro delegado de protección de datos.",
            "Este correo ha sido generado automáticamente. Por favor, no responda a este mensaje.",
            "Recibe este correo porque se suscribió a nuestras alertas. Darse de baja.",
        ],
        "subject_app": [
            "Su candidatura al puesto de {role}",
            "Actualización de su proceso en {company}",
            "Estado de su postulación",
            "RE: {role}",
        ],
        "subject_inv": [
            "Invitación a entrevista - {role}",
            "Siguiente paso en {company}",
            "Citación",
            "RE: proceso {role}",
        ],
        "subject_off": [
            "¡Bienvenido/a a {company}!",
            "Su incorporación como {role}",
            "Su contrato de trabajo",
            "¡Buenas noticias!",
            "RE: {role}",
        ],
        "subject_oth": [
            "Novedades de {company}",
            "Tu alerta de empleo",
            "Oportunidad para ti",
            "Antes de tu primer día",
            "Retiro de candidatura",
        ],
    },
    "pt": {
        "greet": [
            "Olá, {first}!",
            "Prezado(a) {first},",
            "Caro(a) {first},",
            "Oi, {first}, tudo bem?",
            "Exmo.(a) Sr.(a) {first} Rivera,",
            "Bom dia, {first},",
        ],
        "thanks": [
            "Agradecemos o seu interesse na {company}.",
            "Muito obrigado pela sua candidatura à vaga de {role}.",
            "Agradecemos o tempo que dedicou ao nosso processo de recrutamento.",
            "Obrigado pela paciência nestas últimas semanas.",
        ],
        "wish": [
            "Desejamos muito sucesso na sua trajetória profissional.",
            "O seu perfil ficará no nosso banco de talentos para futuras oportunidades.",
            "Boa sorte nos próximos passos!",
            "Votos de sucesso para o futuro.",
        ],
        "marketing": [
            "A {company} produz alimentos no interior de São Paulo há mais de 50 anos e emprega hoje 3.500 pessoas em quatro estados.",
            "Na {company}, acreditamos em energia limpa e em pessoas que fazem a diferença. Estamos presentes em Portugal, no Brasil e em Angola.",
            "A {company} valoriza a diversidade e promove a igualdade de oportunidades em todos os seus processos seletivos.",
        ],
        "sign": [
            "Atenciosamente,\n{sender}",
            "Com os melhores cumprimentos,\n{sender}\nRecursos Humanos, {company}",
            "Abraços,\n{sender_first}",
            "Um abraço,\n{sender_first}",
            "Cordialmente,\n{sender}\nEquipe de Talentos",
        ],
        "footer": [
            "Esta mensagem e os seus anexos são confidenciais. Se a recebeu por engano, por favor informe o remetente e apague-a.",
            "Em conformidade com a LGPD, você pode solicitar acesso, correção ou exclusão dos seus dados pelo canal de privacidade do nosso portal de carreiras.",
            "Mensagem automática, por favor não responda.",
            "Você está recebendo este e-mail porque se cadastrou nos nossos alertas. Cancelar inscrição.",
        ],
        "subject_app": [
            "Sua candidatura para {role}",
            "Atualização do seu processo na {company}",
            "Retorno sobre a sua candidatura",
            "RE: {role}",
        ],
        "subject_inv": [
            "Convite para entrevista - {role}",
            "Próxima etapa na {company}",
            "Convocatória",
            "RE: processo {role}",
        ],
        "subject_off": [
            "Bem-vindo(a) à {company}!",
            "Sua contratação como {role}",
            "O seu contrato de trabalho",
            "Boas notícias!",
            "RE: {role}",
        ],
        "subject_oth": [
            "Novidades da {company}",
            "Seu alerta de vagas",
            "Oportunidade para você",
            "Antes do seu primeiro dia",
            "Desistência confirmada",
        ],
    },
}

THREAD: dict[str, str] = {
    "en": "Hi {sender_first},\nI hope you're well. I wanted to follow up on the {role} position and ask whether there's any news on timing. I'm still very interested.\nThanks,\nAlex\n\n{header2}\nHi Alex,\nThanks for your patience. We're wrapping up the final conversations this week and I'll come back to you as soon as I can.\nBest,\n{sender}\n",
    "de": "Hallo {sender_first},\nich wollte mich kurz nach dem Stand meiner Bewerbung als {role} erkundigen. Gibt es schon Neuigkeiten?\nViele Grüße\nAlex Rivera\n\n{header2}\nHallo Alex,\nvielen Dank für Ihre Nachricht. Wir sind gerade in den letzten Abstimmungen und melden uns in Kürze.\nBeste Grüße\n{sender}\n",
    "fr": "Bonjour {sender_first},\nJe me permets de revenir vers vous au sujet de ma candidature au poste de {role}. Avez-vous des nouvelles concernant le calendrier ?\nBien cordialement,\nAlex Rivera\n\n{header2}\nBonjour Alex,\nMerci pour votre message. Nous finalisons les derniers échanges cette semaine et reviendrons vers vous très vite.\nCordialement,\n{sender}\n",
    "es": "Hola, {sender_first}:\nQuería preguntarle cómo va el proceso para el puesto de {role}. Sigo muy interesado.\nUn saludo,\nAlex Rivera\n\n{header2}\nHola, Alex:\nGracias por escribir. Estamos cerrando las últimas entrevistas esta semana y le contamos algo en cuanto podamos.\nUn saludo,\n{sender}\n",
    "pt": "Olá, {sender_first},\nGostaria de saber se há novidades sobre o processo para a vaga de {role}. Continuo muito interessado.\nObrigado,\nAlex Rivera\n\n{header2}\nOlá, Alex,\nObrigada pelo contato. Estamos finalizando as últimas conversas esta semana e retornamos assim que possível.\nAbraço,\n{sender}\n",
}
