"""Writes the labelled e-mail corpus used by tests/core/test_classify.py: one RFC 5322 `.eml`
file per mail in this folder, and `labels.json` ({file name: {"kind", "note"}}).

Every mail is invented for this project (people, companies, requisitions). They imitate the
shapes real recruiting mail takes: Greenhouse, Lever, Ashby, Workday, SmartRecruiters and other
ATS notifications (often HTML-only), personal notes from recruiters (replies that quote the
candidate), and the traps named in issue 4. Run `python -m tests.core.emails.build_emails`
after editing; the output is deterministic. It also rewrites the generated parts of issue 15
(the tuned parts, the earlier rounds' held-out parts, round 4's `round4/` and round 5's
`round5/`, never tuned on; see `generate.py`).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.policy import default
from email.utils import format_datetime
from pathlib import Path

from tests.core.emails import generate

HERE = Path(__file__).parent
ME = "Alex Rivera <alex.rivera@gmail.com>"
_START = datetime(2025, 3, 3, 15, 4, tzinfo=UTC)
MAILS: list[dict[str, object]] = []


def mail(
    name: str,
    kind: str,
    *,
    sender: str,
    subject: str,
    text: str | None = None,
    html: str | None = None,
    note: str = "",
    headers: dict[str, str] | None = None,
) -> None:
    MAILS.append(
        {
            "name": name,
            "kind": kind,
            "sender": sender,
            "subject": subject,
            "text": text,
            "html": html,
            "note": note,
            "headers": headers or {},
        }
    )


def page(body: str, footer: str = "", title: str = "") -> str:
    """An ATS-style HTML mail: a style block, layout tables, entities."""
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{title}</title>"
        "<style>body{font-family:Helvetica,Arial,sans-serif;color:#222}"
        " .btn{background:#0b5fff;color:#fff;padding:10px 16px} p{margin:0 0 12px}</style>"
        "</head><body><table role='presentation' width='100%' cellpadding='0'><tr><td>"
        "<table width='600' align='center'><tr><td style='padding:24px'>"
        f"{body}"
        "</td></tr>"
        f"<tr><td style='font-size:11px;color:#888;padding:12px 24px'>{footer}</td></tr>"
        "</table></td></tr></table></body></html>"
    )


# =============================================================================== rejections

mail(
    "rej_greenhouse_backend.eml",
    "rejection",
    sender="Halcyon Robotics <no-reply@us.greenhouse-mail.io>",
    subject="Your application to Halcyon Robotics",
    text=(
        "Hi Alex,\n\n"
        "Thank you for your interest in Halcyon Robotics and for taking the time to apply for "
        "our Senior Backend Engineer position.\n\n"
        "We received a lot of strong applications, and after careful review we have decided to "
        "move forward with other candidates whose experience more closely matches the needs of "
        "the team at this time.\n\n"
        "We will keep your details on file and may reach out if a suitable role opens up. We "
        "wish you the very best in your search.\n\n"
        "Kind regards,\nThe Halcyon Robotics Recruiting Team\n"
    ),
    html=page(
        "<p>Hi Alex,</p><p>Thank you for your interest in Halcyon Robotics and for taking the "
        "time to apply for our Senior Backend Engineer position.</p><p>We received a lot of "
        "strong applications, and after careful review we have decided to move forward with "
        "other candidates whose experience more closely matches the needs of the team at this "
        "time.</p><p>We will keep your details on file and may reach out if a suitable role "
        "opens up. We wish you the very best in your search.</p><p>Kind regards,<br>The "
        "Halcyon Robotics Recruiting Team</p>",
        "Powered by Greenhouse",
    ),
)

mail(
    "rej_lever_html_only.eml",
    "rejection",
    sender="Quillmate <no-reply@hire.lever.co>",
    subject="Quillmate | Product Designer",
    html=page(
        "<p>Hey Alex,</p>"
        "<p>Thanks so much for applying to the Product Designer role at Quillmate &mdash; "
        "we know putting a portfolio together takes real effort, and we enjoyed looking "
        "through yours.</p>"
        "<p>We&rsquo;ve reviewed your application carefully and unfortunately we&rsquo;ve "
        "decided not to move forward with your candidacy at this time.</p>"
        "<p>We&rsquo;re growing quickly, so please keep an eye on "
        "<a href='https://jobs.lever.co/quillmate'>our careers page</a>.</p>"
        "<p>All the best,<br>Noor &amp; the Quillmate team</p>",
        "Sent via Lever &middot; <a href='https://hire.lever.co/unsubscribe'>Unsubscribe</a>",
    ),
)

mail(
    "rej_ashby_pursue_others.eml",
    "rejection",
    sender="Tandem Freight Hiring Team <no-reply@ashbyhq.com>",
    subject="Update on your Tandem Freight application",
    text=(
        "Hi Alex,\n\n"
        "Thank you for your patience while our team reviewed your application for Data "
        "Platform Engineer.\n\n"
        "After careful consideration, the team has decided to pursue other candidates for this "
        "role. This was not an easy decision given the number of qualified people we heard "
        "from.\n\n"
        "We appreciate your interest in Tandem Freight and hope our paths cross again.\n\n"
        "Best,\nTandem Freight Talent\n"
    ),
)

mail(
    "rej_workday_not_selected.eml",
    "rejection",
    sender="Corvena Health Careers <corvena@myworkday.com>",
    subject="Regarding your application for Data Analyst II (R-104233)",
    html=page(
        "<p>Dear Alex Rivera,</p>"
        "<p>Thank you for applying for the <b>Data Analyst II</b> position (R-104233) at "
        "Corvena Health.</p>"
        "<p>We have carefully reviewed your qualifications and regret to inform you that you "
        "were not selected for this position.</p>"
        "<p>We encourage you to visit our <a href='https://corvena.wd5.myworkdayjobs.com/"
        "External'>Careers site</a> and apply to other positions that match your skills.</p>"
        "<p>Sincerely,<br>Corvena Health Talent Acquisition</p>",
        "This is an automated message from Workday. Please do not reply.",
        title="Candidate Home",
    ),
)

mail(
    "rej_smartrecruiters_proceeding.eml",
    "rejection",
    sender="Brightline Logistics <jobs@notifications.smartrecruiters.com>",
    subject="Brightline Logistics: Operations Analyst",
    text=(
        "Dear Alex,\n\n"
        "Thank you for your application for the position of Operations Analyst with "
        "Brightline Logistics.\n\n"
        "We regret to inform you that we will not be proceeding with your application on this "
        "occasion. Competition for this role was strong.\n\n"
        "Your profile will remain in our talent community and you are welcome to apply for "
        "future openings.\n\n"
        "Best regards,\nBrightline Logistics Recruitment\n\n"
        "--\nPowered by SmartRecruiters\n"
    ),
)

mail(
    "rej_inhouse_reply_after_onsite.eml",
    "rejection",
    sender="Marisol Grant <marisol.grant@pinecrest.io>",
    subject="Re: Thank you — Platform Engineer interview",
    note="reply in the thread of the candidate's thank-you; the quote talks about next steps",
    text=(
        "Hi Alex,\n\n"
        "Thanks again for spending the afternoon with us on Thursday, and for the kind note. "
        "The team enjoyed the system design conversation.\n\n"
        "I wanted to let you know personally that we've decided to go with another candidate "
        "for the Platform Engineer role. It was a close call, and the panel was impressed by "
        "your work on the ingestion pipeline.\n\n"
        "If you'd like feedback I'm happy to set up a quick call.\n\n"
        "Warmly,\nMarisol\n\n"
        "On Fri, Feb 28, 2025 at 9:12 AM Alex Rivera <alex.rivera@gmail.com> wrote:\n"
        "> Hi Marisol,\n"
        "> Thank you for organising Thursday's interviews. I really enjoyed meeting Dev and "
        "Hana\n"
        "> and I'm excited about the role. I look forward to hearing about next steps and\n"
        "> would be glad to schedule a follow-up call whenever suits you.\n"
        "> Best, Alex\n"
    ),
)

mail(
    "rej_offer_to_another.eml",
    "rejection",
    sender="Owen Takahashi <owen@lumenfold.com>",
    subject="Lumenfold — Staff Engineer",
    note="mentions an offer, made to someone else",
    text=(
        "Hi Alex,\n\n"
        "I hope your week is going well. I wanted to close the loop on the Staff Engineer "
        "process: we extended an offer to another candidate last week and they have accepted "
        "it.\n\n"
        "I know that's disappointing after four rounds. You were a strong contender, and I'd "
        "be glad to stay in touch for future openings.\n\n"
        "Best,\nOwen\n"
    ),
)

mail(
    "rej_other_position.eml",
    "rejection",
    sender="Veridian Bank Recruiting <careers@veridianbank.com>",
    subject="Your application: Junior QA Analyst (JR-2291)",
    note="a rejection for another position the user applied to",
    text=(
        "Dear Alex,\n\n"
        "Thank you for applying for the Junior QA Analyst role (JR-2291).\n\n"
        "After reviewing your application, we have decided not to progress it further. Please "
        "note that this decision concerns only this vacancy; any other applications you have "
        "with Veridian Bank are assessed separately and remain open.\n\n"
        "Kind regards,\nVeridian Bank Resourcing\n"
    ),
)

mail(
    "rej_position_filled.eml",
    "rejection",
    sender="Dana Whitfield <dana@orchardanalytics.com>",
    subject="Analytics Engineer opening",
    text=(
        "Hello Alex,\n\n"
        "Thank you for your interest in the Analytics Engineer opening at Orchard Analytics "
        "and for the conversation with our team earlier this month.\n\n"
        "I'm writing to let you know that the position has now been filled. We truly "
        "appreciated the time you invested in our process.\n\n"
        "Best of luck with your job search,\nDana Whitfield\nHead of People, Orchard Analytics\n"
    ),
)

mail(
    "rej_es_otros_candidatos.eml",
    "rejection",
    sender="Talento Nubaria <talento@nubaria.es>",
    subject="Tu candidatura a Desarrollador/a Backend",
    text=(
        "Hola Alex:\n\n"
        "Gracias por tu interés en Nubaria y por el tiempo dedicado a nuestro proceso de "
        "selección para el puesto de Desarrollador/a Backend.\n\n"
        "Lamentamos comunicarte que hemos decidido continuar el proceso con otros candidatos "
        "cuyo perfil se ajusta más a lo que buscamos en este momento.\n\n"
        "Guardaremos tu CV para futuras vacantes. ¡Te deseamos mucho éxito!\n\n"
        "Un saludo,\nEquipo de Talento de Nubaria\n"
    ),
)

mail(
    "rej_pt_seguir_outros.eml",
    "rejection",
    sender="Recrutamento Vinhedo Pay <recrutamento@vinhedopay.com.br>",
    subject="Retorno sobre o processo seletivo - Engenheira de Dados",
    text=(
        "Olá Alex,\n\n"
        "Agradecemos muito a sua participação no processo seletivo para a vaga de Engenheira "
        "de Dados.\n\n"
        "Infelizmente, decidimos seguir com outros candidatos cujo perfil está mais alinhado "
        "ao momento da equipe.\n\n"
        "Seu currículo continuará em nosso banco de talentos.\n\n"
        "Abraços,\nTime de Gente e Gestão\n"
    ),
)

mail(
    "rej_fr_pas_retenue.eml",
    "rejection",
    sender="Recrutement Arbelle <recrutement@arbelle.fr>",
    subject="Votre candidature – Chef de projet digital",
    html=page(
        "<p>Bonjour Alex,</p>"
        "<p>Nous vous remercions de l&rsquo;int&eacute;r&ecirc;t que vous portez &agrave; "
        "Arbelle et pour votre candidature au poste de Chef de projet digital.</p>"
        "<p>Apr&egrave;s une &eacute;tude attentive de votre dossier, nous sommes au regret de "
        "vous informer que votre candidature n&rsquo;a pas &eacute;t&eacute; retenue.</p>"
        "<p>Nous conservons votre CV et ne manquerons pas de revenir vers vous si une "
        "opportunit&eacute; correspondait &agrave; votre profil.</p>"
        "<p>Bien cordialement,<br>L&rsquo;&eacute;quipe Recrutement</p>",
    ),
)

mail(
    "rej_de_anderer_bewerber.eml",
    "rejection",
    sender="Personalabteilung Kessler Systems <bewerbung@kessler-systems.de>",
    subject="Ihre Bewerbung als Softwareentwicklerin (m/w/d)",
    text=(
        "Sehr geehrte Frau Rivera,\n\n"
        "vielen Dank für Ihre Bewerbung und das Interesse an der Kessler Systems GmbH.\n\n"
        "Leider müssen wir Ihnen mitteilen, dass wir uns nach sorgfältiger Prüfung für eine "
        "andere Bewerberin entschieden haben.\n\n"
        "Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\n"
        "Mit freundlichen Grüßen\nIhr Recruiting-Team\n"
    ),
)

mail(
    "rej_de_personio_keine_zusage.eml",
    "rejection",
    sender="Flinkwerk GmbH <flinkwerk@jobs.personio.de>",
    subject="Rückmeldung zu Ihrer Bewerbung",
    note="the German word for an offer (Zusage) appears negated",
    text=(
        "Hallo Alex Rivera,\n\n"
        "herzlichen Dank für Ihre Bewerbung als Product Owner und die Zeit, die Sie sich für "
        "uns genommen haben.\n\n"
        "Nach eingehender Prüfung können wir Ihnen leider keine Zusage geben. Diese "
        "Entscheidung ist uns nicht leicht gefallen.\n\n"
        "Viele Grüße\nIhr Flinkwerk Team\n"
    ),
)

mail(
    "rej_short_wont_move_forward.eml",
    "rejection",
    sender="Jess Park <jess@northwindlabs.com>",
    subject="Update from Northwind",
    text=(
        "Hi Alex — thanks for chatting with me on Monday. Unfortunately we won't be moving "
        "forward with your application for the Solutions Engineer role. Appreciate your time "
        "and wish you luck!\n\nJess\n"
    ),
)

mail(
    "rej_not_able_to_offer_position.eml",
    "rejection",
    sender="Talent Team <talent@ferrowave.com>",
    subject="Ferrowave - Machine Learning Engineer",
    text=(
        "Dear Alex,\n\n"
        "Thank you for interviewing with Ferrowave. We enjoyed learning about your background.\n\n"
        "Having completed all interviews, we are not able to offer you a position on the "
        "Machine Learning team at this time. We were impressed by your take-home, and would "
        "welcome an application from you in the future.\n\n"
        "Regards,\nFerrowave Talent Team\n"
    ),
)

mail(
    "rej_final_round_closer_match.eml",
    "rejection",
    sender="Priya Anand <priya.anand@kestrelpay.com>",
    subject="Kestrel Pay final round",
    text=(
        "Hi Alex,\n\n"
        "Thank you for your time and energy throughout our final round last Wednesday. "
        "Everyone you met spoke highly of the conversation.\n\n"
        "After a lot of discussion, the hiring team felt that another candidate's experience "
        "with card issuing was a closer match for what we need right now, so we will not be "
        "extending an offer for the Senior Product Manager role.\n\n"
        "I'd be happy to share more detailed feedback if useful.\n\n"
        "Best,\nPriya\n"
    ),
)

mail(
    "rej_workable_progressing.eml",
    "rejection",
    sender="Maple & Finch <no-reply@workablemail.com>",
    subject="Your application for Customer Success Manager at Maple & Finch",
    html=page(
        "<p>Hi Alex,</p>"
        "<p>Thank you for applying for the Customer Success Manager position at Maple &amp; "
        "Finch.</p>"
        "<p>We have now reviewed all applications and, on this occasion, we will not be "
        "progressing your application further.</p>"
        "<p>Thank you again for your interest.</p><p>Maple &amp; Finch</p>",
        "Sent with Workable",
    ),
)

mail(
    "rej_uk_unsuccessful.eml",
    "rejection",
    sender="Harbourside Council Recruitment <recruitment@harbourside.gov.uk>",
    subject="Application outcome: Digital Services Officer (HC-0412)",
    text=(
        "Dear Alex Rivera,\n\n"
        "Re: Digital Services Officer (HC-0412)\n\n"
        "I am sorry to let you know that your application has been unsuccessful on this "
        "occasion. The shortlisting panel received a high number of applications.\n\n"
        "Thank you for your interest in working for Harbourside Council.\n\n"
        "Yours sincerely,\nRecruitment Team\n"
    ),
)

mail(
    "rej_greenhouse_with_job_alert_footer.eml",
    "rejection",
    sender="Sablewood <no-reply@greenhouse.io>",
    subject="Thank you from Sablewood",
    note="rejection wrapped in marketing footer (job alerts, unsubscribe)",
    html=page(
        "<p>Hi Alex,</p>"
        "<p>Thank you for applying to the Frontend Engineer role at Sablewood. We wanted to "
        "let you know that we&#39;ve decided to move forward with other applicants for this "
        "position.</p>"
        "<p>We hope you&#39;ll consider Sablewood again in the future.</p>"
        "<p>&mdash; Sablewood Talent</p>",
        "Want to hear about new roles? <a href='https://sablewood.com/careers/alerts'>Sign up "
        "for job alerts</a>. &nbsp;|&nbsp; <a href='https://sablewood.com/unsub'>Unsubscribe"
        "</a> &nbsp;|&nbsp; Sablewood Inc., 400 Pine St, Seattle WA",
    ),
)

mail(
    "rej_es_no_seleccionado.eml",
    "rejection",
    sender="Reclutamiento Andina Seguros <reclutamiento@andinaseguros.com.co>",
    subject="Resultado de tu postulación - Analista de Riesgos",
    text=(
        "Hola Alex,\n\n"
        "Queremos agradecerte por participar en nuestro proceso para la vacante de Analista de "
        "Riesgos.\n\n"
        "En esta ocasión no fuiste seleccionado para continuar en el proceso. Valoramos mucho "
        "el tiempo que dedicaste a las entrevistas.\n\n"
        "Saludos cordiales,\nGestión Humana - Andina Seguros\n"
    ),
)

mail(
    "rej_pt_html_nao_seguiremos.eml",
    "rejection",
    sender="Lumo Saúde <vagas@lumosaude.com.br>",
    subject="Sua candidatura na Lumo Saúde",
    html=page(
        "<p>Oi, Alex!</p>"
        "<p>Obrigada pelo interesse em fazer parte da Lumo Sa&uacute;de.</p>"
        "<p>Depois de analisar o seu perfil com carinho, n&atilde;o seguiremos com a sua "
        "candidatura neste momento.</p>"
        "<p>Desejamos sucesso na sua jornada!<br>Time de Talentos</p>",
        "<script>trackOpen('c-8841');</script>Enviado por Gupy",
    ),
)

mail(
    "rej_fr_suite_favorable.eml",
    "rejection",
    sender="Talents Miravel <talents@miravel.com>",
    subject="Suite à votre entretien",
    text=(
        "Bonjour Alex,\n\n"
        "Merci pour le temps que vous nous avez accordé lors de votre entretien du 12 mars.\n\n"
        "Malgré la qualité de votre parcours, nous ne pouvons pas donner une suite favorable à "
        "votre candidature pour le poste de Data Scientist.\n\n"
        "Nous vous souhaitons une bonne continuation.\n\nL'équipe Talents\n"
    ),
)

mail(
    "rej_after_take_home.eml",
    "rejection",
    sender="Hiring at Cobalt Sky <hiring@cobaltsky.dev>",
    subject="Your take-home submission",
    text=(
        "Hi Alex,\n\n"
        "Thanks for completing the take-home exercise for the Backend Engineer role and for "
        "the thoughtful write-up.\n\n"
        "The reviewers have gone through it and we have decided not to proceed to the next "
        "stage with your candidacy. We know the exercise takes time and we are grateful for "
        "it.\n\n"
        "Best,\nCobalt Sky Hiring\n"
    ),
)

mail(
    "rej_unable_to_offer_interview.eml",
    "rejection",
    sender="Rowan & Pike Careers <careers@rowanpike.com>",
    subject="Junior Software Engineer application",
    note="'many applications' sentence, but a real decision",
    text=(
        "Dear Alex,\n\n"
        "Thank you for applying to Rowan & Pike. We received over 400 applications for the "
        "Junior Software Engineer role, which made the selection very difficult.\n\n"
        "Unfortunately, we are unable to offer you an interview on this occasion.\n\n"
        "We wish you every success.\nRowan & Pike Early Careers\n"
    ),
)

mail(
    "rej_de_html_nicht_weiter.eml",
    "rejection",
    sender="Talent Acquisition Brandt AG <karriere@brandt-ag.de>",
    subject="Ihre Bewerbung bei der Brandt AG",
    html=page(
        "<p>Guten Tag Alex Rivera,</p>"
        "<p>vielen Dank f&uuml;r Ihr Interesse an der Position Data Engineer (m/w/d).</p>"
        "<p>Nach sorgf&auml;ltiger Pr&uuml;fung Ihrer Unterlagen m&uuml;ssen wir Ihnen "
        "leider mitteilen, dass wir Ihre Bewerbung nicht weiter ber&uuml;cksichtigen "
        "k&ouml;nnen.</p>"
        "<p>Freundliche Gr&uuml;&szlig;e<br>Ihr Talent Acquisition Team</p>",
        "Diese E-Mail wurde automatisch erstellt.",
    ),
)

# ============================================================================ acknowledgements

mail(
    "ack_greenhouse_received.eml",
    "acknowledgement",
    sender="Halcyon Robotics <no-reply@us.greenhouse-mail.io>",
    subject="Thank you for applying to Halcyon Robotics!",
    text=(
        "Hi Alex,\n\n"
        "Thanks for applying to Halcyon Robotics! We've received your application for the "
        "Senior Backend Engineer role.\n\n"
        "Our team will review it over the coming days, and if your experience is a good fit "
        "we'll reach out to discuss next steps.\n\n"
        "Regards,\nHalcyon Robotics Recruiting\n"
    ),
)

mail(
    "ack_lever_html_only.eml",
    "acknowledgement",
    sender="Quillmate <no-reply@hire.lever.co>",
    subject="Thanks for applying to Quillmate",
    html=page(
        "<p>Hi Alex,</p><p>Thanks for your interest in Quillmate! This note confirms we "
        "received your application for <strong>Product Designer</strong>.</p>"
        "<p>We read every application and will be in touch if there&rsquo;s a match.</p>"
        "<p>&ndash; The Quillmate team</p>",
        "Sent via Lever",
    ),
)

mail(
    "ack_ashby_received.eml",
    "acknowledgement",
    sender="Tandem Freight <no-reply@ashbyhq.com>",
    subject="We received your application for Data Platform Engineer",
    text=(
        "Hi Alex,\n\n"
        "Thank you for applying for Data Platform Engineer at Tandem Freight. Your "
        "application has been submitted and is now with our hiring team.\n\n"
        "We aim to get back to every applicant within two weeks.\n\n"
        "Tandem Freight Talent\n"
    ),
)

mail(
    "ack_workday_submitted.eml",
    "acknowledgement",
    sender="Corvena Health Careers <corvena@myworkday.com>",
    subject="Thank you for your application – Data Analyst II",
    html=page(
        "<p>Dear Alex,</p><p>Your application for <b>Data Analyst II</b> (R-104233) has been "
        "submitted successfully.</p><p>You can track the status of your application at any "
        "time in <a href='https://corvena.wd5.myworkdayjobs.com/External/userHome'>Candidate "
        "Home</a>.</p><p>Thank you for considering Corvena Health.</p>",
        "This is an automated message from Workday. Please do not reply.",
    ),
)

mail(
    "ack_smartrecruiters_submitted.eml",
    "acknowledgement",
    sender="Brightline Logistics <jobs@notifications.smartrecruiters.com>",
    subject="Your application to Brightline Logistics was received",
    text=(
        "Dear Alex,\n\n"
        "Thank you for your interest in the Operations Analyst position. We confirm that your "
        "application was successfully submitted.\n\n"
        "Our recruiters review every application; if your profile matches our requirements we "
        "will contact you about the next steps.\n\n"
        "Brightline Logistics\n\n--\nPowered by SmartRecruiters\n"
    ),
)

mail(
    "ack_unfortunately_volume.eml",
    "acknowledgement",
    sender="Stoneharbor Careers <careers@stoneharbor.com>",
    subject="Application received: Financial Analyst",
    note="'unfortunately' + a conditional 'consider your application unsuccessful'",
    text=(
        "Dear Alex,\n\n"
        "Thank you for your application for the Financial Analyst role. This email confirms "
        "that we have received it.\n\n"
        "Unfortunately, due to the high volume of applications we receive, we are unable to "
        "respond to every applicant individually. If you have not heard from us within three "
        "weeks, please consider your application unsuccessful on this occasion.\n\n"
        "Kind regards,\nStoneharbor Talent Acquisition\n"
    ),
)

mail(
    "ack_shortlisted_only.eml",
    "acknowledgement",
    sender="People Team <jobs@tidewater.org>",
    subject="Thank you for applying – Program Coordinator",
    text=(
        "Hello Alex,\n\n"
        "Thank you for submitting your application for the Program Coordinator position at "
        "Tidewater Conservancy. We get many applications for each opening and unfortunately "
        "cannot reply to everyone, so only shortlisted candidates will be contacted for an "
        "interview.\n\n"
        "With thanks,\nTidewater People Team\n"
    ),
)

mail(
    "ack_es_recibido.eml",
    "acknowledgement",
    sender="Talento Nubaria <talento@nubaria.es>",
    subject="Hemos recibido tu candidatura",
    text=(
        "Hola Alex:\n\n"
        "¡Gracias por postularte a Desarrollador/a Backend en Nubaria! Hemos recibido tu "
        "candidatura correctamente.\n\n"
        "Nuestro equipo la revisará y te contactaremos si tu perfil encaja con la posición.\n\n"
        "Un saludo,\nEquipo de Talento\n"
    ),
)

mail(
    "ack_pt_recebemos.eml",
    "acknowledgement",
    sender="Recrutamento Vinhedo Pay <recrutamento@vinhedopay.com.br>",
    subject="Recebemos sua candidatura!",
    text=(
        "Olá Alex,\n\n"
        "Obrigado por se candidatar à vaga de Engenheira de Dados. Recebemos sua candidatura e "
        "ela será analisada pelo nosso time.\n\n"
        "Em breve entraremos em contato com novidades sobre o processo seletivo.\n\n"
        "Time de Gente e Gestão\n"
    ),
)

mail(
    "ack_fr_bien_recu.eml",
    "acknowledgement",
    sender="Recrutement Arbelle <recrutement@arbelle.fr>",
    subject="Accusé de réception de votre candidature",
    note="'offre d'emploi' means a job posting here, not an offer",
    html=page(
        "<p>Bonjour Alex,</p><p>Nous avons bien re&ccedil;u votre candidature &agrave; "
        "l&rsquo;offre d&rsquo;emploi &laquo;&nbsp;Chef de projet digital&nbsp;&raquo; et "
        "nous vous en remercions.</p><p>Elle sera &eacute;tudi&eacute;e avec attention par nos "
        "&eacute;quipes, qui reviendront vers vous dans les meilleurs d&eacute;lais.</p>"
        "<p>L&rsquo;&eacute;quipe Recrutement Arbelle</p>",
    ),
)

mail(
    "ack_de_eingang.eml",
    "acknowledgement",
    sender="Kessler Systems Karriere <bewerbung@kessler-systems.de>",
    subject="Eingangsbestätigung Ihrer Bewerbung",
    note="'Stellenangebot' is a job posting",
    text=(
        "Sehr geehrte Frau Rivera,\n\n"
        "vielen Dank für Ihre Bewerbung auf unser Stellenangebot Softwareentwickler (m/w/d). "
        "Wir haben Ihre Unterlagen erhalten und werden sie sorgfältig prüfen.\n\n"
        "Wir melden uns so bald wie möglich bei Ihnen.\n\n"
        "Mit freundlichen Grüßen\nIhr Recruiting-Team\n"
    ),
)

mail(
    "ack_under_review_delay.eml",
    "acknowledgement",
    sender="Ayla Brooks <ayla.brooks@meridianclinics.org>",
    subject="Status of your application",
    note="a delay notice: still under review, 'unfortunately' about timing",
    text=(
        "Hi Alex,\n\n"
        "Thank you for your patience. Your application for the Health Data Analyst role is "
        "still under review. Unfortunately the process is taking longer than planned because "
        "two of our hiring managers are travelling.\n\n"
        "I expect to have an update for you by the end of next week.\n\n"
        "Best,\nAyla\n"
    ),
)

mail(
    "ack_job_board_sent.eml",
    "acknowledgement",
    sender="JobHarbor <applications@jobharbor-mail.com>",
    subject="Your application was sent to Ferrowave",
    text=(
        "Alex, your application was sent to Ferrowave.\n\n"
        "Machine Learning Engineer · Ferrowave · Remote\n\n"
        "What happens next: the employer will review your application. We'll let you know if "
        "they view it.\n\n"
        "Good luck!\nJobHarbor\n\nManage notification settings | Unsubscribe\n"
    ),
)

mail(
    "ack_teamtailor_html.eml",
    "acknowledgement",
    sender="Glimt Studio <notifications@teamtailor.com>",
    subject="Thanks for your application, Alex",
    html=page(
        "<h2>Thanks, Alex!</h2><p>We&apos;re happy you want to join Glimt Studio. Your "
        "application for <i>Motion Designer</i> is in, and we&apos;ll get back to you as soon "
        "as we&apos;ve had a chance to look at it.</p>",
        "Glimt Studio &middot; Powered by Teamtailor",
    ),
)

# ============================================================================ interview invites

mail(
    "inv_greenhouse_availability.eml",
    "interview_invite",
    sender="Halcyon Robotics Recruiting <recruiting@halcyonrobotics.com>",
    subject="Interview availability for Halcyon Robotics",
    text=(
        "Hi Alex,\n\n"
        "Thanks for applying for the Senior Backend Engineer role. We'd love to set up a 45 "
        "minute technical interview with two of our engineers.\n\n"
        "Please share your availability for next week using the link below:\n"
        "https://app.greenhouse.io/scheduling/availability/a7c2e91f\n\n"
        "Thanks,\nLeah (Recruiting Coordinator)\n"
    ),
)

mail(
    "inv_goodtime_confirmation.eml",
    "interview_invite",
    sender="Pinecrest Recruiting <scheduling@goodtime.io>",
    subject="Interview Confirmation: Pinecrest - Platform Engineer",
    html=page(
        "<p>Hi Alex,</p><p>Your interview with Pinecrest has been confirmed.</p>"
        "<table><tr><td><b>When</b></td><td>Thursday, March 20 &middot; 1:00&ndash;4:00 PM "
        "PDT</td></tr><tr><td><b>Where</b></td><td><a href='https://zoom.us/j/88812345678'>"
        "Zoom</a></td></tr><tr><td><b>Interviewers</b></td><td>Dev Malhotra, Hana "
        "Sato</td></tr></table><p>Need to reschedule? Reply to this email.</p>",
        "Scheduled with GoodTime",
    ),
)

mail(
    "inv_lever_phone_screen.eml",
    "interview_invite",
    sender="Noor Haddad <noor@quillmate.com>",
    subject="Quillmate: next steps",
    text=(
        "Hi Alex,\n\n"
        "I'm Noor, a recruiter at Quillmate. Our design lead loved your portfolio and we'd "
        "like to invite you to a 30-minute phone screen with me to talk about the Product "
        "Designer role.\n\n"
        "You can book a time that works for you here: https://calendly.com/noor-quillmate/30min\n\n"
        "Looking forward to it,\nNoor\n"
    ),
)

mail(
    "inv_ashby_onsite.eml",
    "interview_invite",
    sender="Tandem Freight <no-reply@ashbyhq.com>",
    subject="Schedule your onsite interview with Tandem Freight",
    html=page(
        "<p>Hi Alex,</p><p>Great news &mdash; the team would like to move you forward to the "
        "onsite interview for Data Platform Engineer.</p><p>Please pick the times that work "
        "for you:</p><p><a class='btn' href='https://app.ashbyhq.com/interview-schedule/"
        "4f1c'>Select interview times</a></p>",
        "Sent by Ashby",
    ),
)

mail(
    "inv_regret_rescheduled.eml",
    "interview_invite",
    sender="Lumenfold Recruiting <recruiting@lumenfold.com>",
    subject="Change to your interview time",
    note="'we regret to inform you' about a rescheduled interview",
    text=(
        "Hi Alex,\n\n"
        "We regret to inform you that your interview on Tuesday has been rescheduled, as Owen "
        "has a conflict. The new time is Wednesday, March 12 at 10:00 AM PT, same Zoom link.\n\n"
        "If the new time doesn't work, let me know your availability and we'll find another "
        "slot.\n\n"
        "Apologies for the change,\nLumenfold Recruiting\n"
    ),
)

mail(
    "inv_unfortunately_sick.eml",
    "interview_invite",
    sender="Carmen Ruiz <carmen.ruiz@kestrelpay.com>",
    subject="Re: Kestrel Pay interview tomorrow",
    text=(
        "Hi Alex,\n\n"
        "Unfortunately Priya is out sick, so we won't be able to go ahead with tomorrow's "
        "interview. I'm so sorry for the late notice.\n\n"
        "Could you choose a new time from the slots below?\n"
        "- Monday 3/17, 11:00am-12:00pm ET\n- Tuesday 3/18, 2:00-3:00pm ET\n\n"
        "Thanks for understanding,\nCarmen\n"
    ),
)

mail(
    "inv_hackerrank_assessment.eml",
    "interview_invite",
    sender="Cobalt Sky Hiring <hiring@cobaltsky.dev>",
    subject="Next step: coding assessment",
    note="an assessment as the next stage counts as an invitation",
    text=(
        "Hi Alex,\n\n"
        "Thank you for your application to the Backend Engineer role. We're happy to invite "
        "you to the next stage of our process: a 90-minute coding assessment on HackerRank.\n\n"
        "Please complete it within 5 days: https://www.hackerrank.com/test/cobalt-be-2025\n\n"
        "Best,\nCobalt Sky Hiring\n"
    ),
)

mail(
    "inv_es_entrevista.eml",
    "interview_invite",
    sender="Lucía Ferrer <lucia.ferrer@nubaria.es>",
    subject="Entrevista - Desarrollador/a Backend",
    text=(
        "Hola Alex,\n\n"
        "Hemos revisado tu candidatura y nos gustaría invitarte a una entrevista con el "
        "equipo técnico.\n\n"
        "¿Te vendría bien el jueves 13 a las 11:00 o el viernes 14 a las 16:00? La entrevista "
        "será por Google Meet y durará una hora.\n\n"
        "Un saludo,\nLucía\n"
    ),
)

mail(
    "inv_pt_convite.eml",
    "interview_invite",
    sender="Recrutamento Vinhedo Pay <recrutamento@vinhedopay.com.br>",
    subject="Convite para entrevista - Vinhedo Pay",
    text=(
        "Olá Alex,\n\n"
        "Gostaríamos de convidá-la para uma entrevista com a liderança técnica da vaga de "
        "Engenheira de Dados.\n\n"
        "Por favor, escolha o melhor horário neste link: https://calendly.com/vinhedo-tech/"
        "entrevista\n\nAbraços,\nTime de Gente e Gestão\n"
    ),
)

mail(
    "inv_fr_entretien.eml",
    "interview_invite",
    sender="Camille Durand <camille.durand@miravel.com>",
    subject="Invitation à un entretien – Data Scientist",
    html=page(
        "<p>Bonjour Alex,</p><p>Votre profil a retenu toute notre attention et nous "
        "souhaiterions vous convier &agrave; un entretien avec notre responsable Data.</p>"
        "<p>Pourriez-vous nous indiquer vos disponibilit&eacute;s pour la semaine "
        "prochaine&nbsp;?</p><p>Bien &agrave; vous,<br>Camille</p>",
    ),
)

mail(
    "inv_de_einladung.eml",
    "interview_invite",
    sender="Jana Vogel <jana.vogel@brandt-ag.de>",
    subject="Einladung zum Vorstellungsgespräch",
    text=(
        "Guten Tag Alex Rivera,\n\n"
        "vielen Dank für Ihre Bewerbung als Data Engineer. Wir möchten Sie gerne zu einem "
        "persönlichen Gespräch einladen.\n\n"
        "Passt Ihnen Dienstag, der 18. März, um 10:00 Uhr in unserem Büro in Köln?\n\n"
        "Freundliche Grüße\nJana Vogel\nTalent Acquisition\n"
    ),
)

mail(
    "inv_workday_action_required.eml",
    "interview_invite",
    sender="Corvena Health Careers <corvena@myworkday.com>",
    subject="Action required: schedule your interview",
    html=page(
        "<p>Dear Alex,</p><p>Congratulations! You have been selected to interview for "
        "<b>Data Analyst II</b> (R-104233).</p><p>Please sign in to Candidate Home and "
        "self-schedule your video interview within 3 business days.</p>",
        "This is an automated message from Workday. Please do not reply.",
    ),
)

mail(
    "inv_final_round.eml",
    "interview_invite",
    sender="Priya Anand <priya.anand@kestrelpay.com>",
    subject="Kestrel Pay - final round",
    text=(
        "Hi Alex,\n\n"
        "The team really enjoyed your case presentation. We'd like to invite you to the final "
        "round: three 45-minute conversations with the VP of Product, Engineering and Design.\n\n"
        "Could you send me a few windows that work next week?\n\nBest,\nPriya\n"
    ),
)

# ====================================================================================== offers

mail(
    "off_letter_docusign.eml",
    "offer",
    sender="Marisol Grant <marisol.grant@pinecrest.io>",
    subject="Your offer from Pinecrest",
    text=(
        "Hi Alex,\n\n"
        "Congratulations! We are delighted to offer you the position of Platform Engineer at "
        "Pinecrest.\n\n"
        "Your offer letter, with the compensation details and a proposed start date of April "
        "14, has been sent to you through DocuSign. Please review and sign by Friday, March "
        "21.\n\n"
        "We're thrilled at the prospect of you joining the team.\n\nMarisol\n"
    ),
)

mail(
    "off_verbal_follow_up.eml",
    "offer",
    sender="Owen Takahashi <owen@lumenfold.com>",
    subject="Great speaking today!",
    text=(
        "Hi Alex,\n\n"
        "As discussed on the phone, we are very pleased to extend you an offer for the Senior "
        "Engineer role on the Core team. The formal offer letter will follow from our People "
        "team tomorrow.\n\n"
        "Take the weekend to think it over and let me know if you have questions.\n\nOwen\n"
    ),
)

mail(
    "off_negotiation_no_higher_salary.eml",
    "offer",
    sender="Dana Whitfield <dana@orchardanalytics.com>",
    subject="Re: Offer – Analytics Engineer",
    note="'not able to offer a higher salary' is negotiation inside an offer",
    text=(
        "Hi Alex,\n\n"
        "Thanks for your thoughtful reply. We looked at the numbers again: we are not able "
        "to offer a higher base salary than $142,000 for this level, but we can increase the "
        "sign-on bonus to $15,000 and add two extra days of paid leave.\n\n"
        "I've attached the updated offer letter. We'd love to have you on the team and hope "
        "this works for you.\n\n"
        "Best,\nDana\n\n"
        "On Mon, Mar 10, 2025 at 4:40 PM Alex Rivera <alex.rivera@gmail.com> wrote:\n"
        "> Hi Dana, thank you so much for the offer. Would there be any flexibility on base?\n"
    ),
)

mail(
    "off_es_carta_oferta.eml",
    "offer",
    sender="Lucía Ferrer <lucia.ferrer@nubaria.es>",
    subject="Carta oferta - Nubaria",
    text=(
        "Hola Alex,\n\n"
        "¡Enhorabuena! Nos complace ofrecerte el puesto de Desarrollador/a Backend en "
        "Nubaria. Adjuntamos la carta oferta con las condiciones salariales y la fecha de "
        "incorporación propuesta.\n\n"
        "Quedamos a la espera de tu respuesta.\n\nLucía\n"
    ),
)

mail(
    "off_pt_proposta.eml",
    "offer",
    sender="Recrutamento Vinhedo Pay <recrutamento@vinhedopay.com.br>",
    subject="Proposta de trabalho - Vinhedo Pay",
    html=page(
        "<p>Ol&aacute; Alex,</p><p>Temos o prazer de lhe oferecer a vaga de Engenheira de "
        "Dados! Segue em anexo a proposta formal com sal&aacute;rio, benef&iacute;cios e data "
        "de in&iacute;cio.</p><p>Parab&eacute;ns e bem-vinda!</p>",
    ),
)

mail(
    "off_fr_promesse.eml",
    "offer",
    sender="Camille Durand <camille.durand@miravel.com>",
    subject="Proposition d'embauche – Data Scientist",
    text=(
        "Bonjour Alex,\n\n"
        "Nous avons le plaisir de vous proposer le poste de Data Scientist au sein de Miravel. "
        "Vous trouverez ci-joint votre promesse d'embauche.\n\n"
        "Merci de nous la retourner signée avant le 28 mars.\n\nBien cordialement,\nCamille\n"
    ),
)

mail(
    "off_de_vertragsangebot.eml",
    "offer",
    sender="Jana Vogel <jana.vogel@brandt-ag.de>",
    subject="Vertragsangebot Data Engineer",
    text=(
        "Guten Tag Alex Rivera,\n\n"
        "wir freuen uns sehr, Ihnen die Stelle als Data Engineer bei der Brandt AG anbieten zu "
        "können. Anbei erhalten Sie unser Vertragsangebot.\n\n"
        "Bitte senden Sie uns den unterschriebenen Arbeitsvertrag bis zum 31. März zurück.\n\n"
        "Freundliche Grüße\nJana Vogel\n"
    ),
)

# ======================================================================================= other

mail(
    "oth_out_of_office.eml",
    "other",
    sender="Leah Ortiz <leah.ortiz@halcyonrobotics.com>",
    subject="Automatic reply: Thank you — Senior Backend Engineer interview",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    text=(
        "Thank you for your email. I am out of the office until Monday, March 17 with limited "
        "access to email. For anything related to interview scheduling please contact "
        "recruiting@halcyonrobotics.com.\n\nLeah\n"
    ),
)

mail(
    "oth_ooo_no_header.eml",
    "other",
    sender="Owen Takahashi <owen@lumenfold.com>",
    subject="Out of Office: Re: Staff Engineer next steps",
    note="auto-reply recognised by its subject only",
    text=(
        "Hi, I'm on parental leave until April and not checking email. Unfortunately I won't "
        "be able to respond to your message. For hiring questions, please reach out to "
        "talent@lumenfold.com.\n"
    ),
)

mail(
    "oth_de_abwesenheit.eml",
    "other",
    sender="Jana Vogel <jana.vogel@brandt-ag.de>",
    subject="Abwesenheitsnotiz: Ihre Bewerbung als Data Engineer",
    headers={"Auto-Submitted": "auto-replied"},
    text=(
        "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 21. März nicht im Büro. "
        "Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an "
        "karriere@brandt-ag.de.\n"
    ),
)

mail(
    "oth_es_respuesta_automatica.eml",
    "other",
    sender="Lucía Ferrer <lucia.ferrer@nubaria.es>",
    subject="Respuesta automática: Entrevista - Desarrollador/a Backend",
    headers={"Auto-Submitted": "auto-replied"},
    text=(
        "Hola, estoy fuera de la oficina hasta el 24 de marzo. Para temas de procesos de "
        "selección escribe a talento@nubaria.es. ¡Gracias!\n"
    ),
)

mail(
    "oth_careers_newsletter.eml",
    "other",
    sender="Sablewood Careers <careers-news@sablewood.com>",
    subject="We're hiring: 12 new roles at Sablewood this month",
    html=page(
        "<h1>Life at Sablewood &mdash; March edition</h1>"
        "<p>We&rsquo;re growing! Meet the new Platform team, read how we run interviews, and "
        "check out 12 open roles across engineering, design and sales.</p>"
        "<ul><li>Senior Frontend Engineer &mdash; Remote</li><li>Design Systems Lead</li>"
        "<li>Account Executive, EMEA</li></ul><p><a class='btn' href='https://sablewood.com/"
        "careers'>See all open positions</a></p>",
        "You're receiving this because you joined the Sablewood talent community. "
        "<a href='https://sablewood.com/unsub'>Unsubscribe</a> &middot; "
        "<a href='https://sablewood.com/prefs'>Manage preferences</a>",
    ),
)

mail(
    "oth_job_alert.eml",
    "other",
    sender="JobHarbor Alerts <alerts@jobharbor-mail.com>",
    subject="30 new jobs for 'backend engineer' in Seattle",
    text=(
        "New jobs matching your search\n\n"
        "Backend Engineer – Tandem Freight – Remote – Easy apply\n"
        "Software Engineer II – Corvena Health – Seattle, WA – Be an early applicant\n"
        "Platform Engineer – Glimt Studio – Hybrid – Company offers relocation\n\n"
        "See all jobs\n\n"
        "You are receiving job alert emails. Manage alerts | Unsubscribe\n"
    ),
)

mail(
    "oth_newsletter_rejection_tips.eml",
    "other",
    sender="The Career Compass <hello@careercompass-weekly.com>",
    subject="This week: bouncing back after a job rejection",
    note="a newsletter that quotes rejection wording",
    html=page(
        "<h1>The Career Compass &middot; Issue #84</h1>"
        "<p>&ldquo;After careful consideration, we have decided to move forward with other "
        "candidates.&rdquo; We have all read that sentence. This week, three recruiters "
        "explain what it really means and how to ask for feedback without sounding bitter.</p>"
        "<p>Also in this issue: salary negotiation scripts, and why you should still send that "
        "thank-you note.</p><p><a href='https://careercompass-weekly.com/84'>Read in "
        "browser</a></p>",
        "You subscribed to The Career Compass weekly newsletter. "
        "<a href='https://careercompass-weekly.com/unsubscribe'>Unsubscribe</a>",
    ),
)

mail(
    "oth_interview_tips_digest.eml",
    "other",
    sender="Glassbridge <digest@glassbridge-mail.com>",
    subject="Prepare for your interview at Pinecrest",
    text=(
        "Your weekly interview prep digest\n\n"
        "Candidates who interviewed at Pinecrest say the process takes about 3 weeks. Read 42 "
        "interview reviews and common questions for Platform Engineer.\n\n"
        "Explore salaries and company reviews.\n\n"
        "Unsubscribe from this digest | Email preferences\n"
    ),
)

mail(
    "oth_withdrawal_confirmed.eml",
    "other",
    sender="Maple & Finch <no-reply@workablemail.com>",
    subject="Your application has been withdrawn",
    note="the candidate withdrew: not a rejection",
    text=(
        "Hi Alex,\n\n"
        "As you requested, we have withdrawn your application for Customer Success Manager at "
        "Maple & Finch. We're sorry to see you go and wish you the best.\n\n"
        "Maple & Finch\nSent with Workable\n"
    ),
)

mail(
    "oth_thanks_after_interview.eml",
    "other",
    sender="Dev Malhotra <dev.malhotra@pinecrest.io>",
    subject="Re: Thank you",
    text=(
        "Hi Alex,\n\n"
        "Thanks for the note, it was great talking with you too. The team is meeting on Friday "
        "to go through all the interviews and Marisol will be in touch with you early next "
        "week.\n\n"
        "Dev\n\n"
        "On Thu, Mar 20, 2025, Alex Rivera <alex.rivera@gmail.com> wrote:\n"
        "> Hi Dev, thank you for the interview today. I enjoyed our conversation about\n"
        "> the scheduler rewrite and hope to hear about next steps soon.\n"
    ),
)

mail(
    "oth_incomplete_application.eml",
    "other",
    sender="Corvena Health Careers <corvena@myworkday.com>",
    subject="Complete your application",
    text=(
        "Hi Alex,\n\n"
        "You started an application for Senior Data Analyst but haven't submitted it yet. Your "
        "progress is saved; sign in to Candidate Home to finish it before the posting closes.\n\n"
        "Corvena Health Careers\n"
    ),
)

mail(
    "oth_candidate_account.eml",
    "other",
    sender="Brightline Logistics <jobs@notifications.smartrecruiters.com>",
    subject="Verify your email address",
    text=(
        "Hi Alex,\n\n"
        "Please confirm your email address to finish creating your candidate account: "
        "https://my.smartrecruiters.com/verify?token=7f3a\n\n"
        "If you didn't create an account, you can ignore this message.\n"
    ),
)

mail(
    "oth_candidate_survey.eml",
    "other",
    sender="Halcyon Robotics <surveys@halcyonrobotics.com>",
    subject="How was your interview experience?",
    text=(
        "Hi Alex,\n\n"
        "You recently interviewed with Halcyon Robotics. We'd love to hear how it went: the "
        "survey takes 3 minutes and your answers are anonymous and won't affect your "
        "candidacy.\n\n"
        "Take the survey: https://halcyonrobotics.com/candidate-survey\n"
    ),
)

mail(
    "oth_career_fair.eml",
    "other",
    sender="Seattle Tech Careers <events@seattletechcareers.org>",
    subject="You're invited: Spring Virtual Career Fair",
    html=page(
        "<p>Join 60+ employers hiring for engineering, data and design roles at our Spring "
        "Virtual Career Fair on April 3.</p><p>Chat with recruiters, get r&eacute;sum&eacute; "
        "feedback, and book on-the-spot interviews.</p><p><a class='btn' href='https://"
        "seattletechcareers.org/fair'>Register now</a></p>",
        "<a href='https://seattletechcareers.org/unsub'>Unsubscribe</a>",
    ),
)

mail(
    "oth_personal.eml",
    "other",
    sender="Sam Rivera <sam.rivera87@gmail.com>",
    subject="dinner saturday?",
    text=(
        "hey! are you free saturday? mom wants to do dinner at the thai place. also how did "
        "the interviews go this week?? unfortunately I can't pick you up, car's in the shop\n"
    ),
)

mail(
    "oth_recruiter_got_it.eml",
    "other",
    sender="Carmen Ruiz <carmen.ruiz@kestrelpay.com>",
    subject="Re: Kestrel Pay - references",
    text=(
        "Got it, thank you Alex! I've passed your references on to the hiring team and will "
        "let you know as soon as I hear back.\n\nCarmen\n"
    ),
)


# Round 2 of issue 15: where the decision sits (a forwarded message, the subject only) and a
# very short mail without its language's common words.
mail(
    "rej_forwarded_by_recruiter.eml",
    "rejection",
    sender="Nadia Brandt <nadia.brandt@orrery-partners.com>",
    subject="Fwd: Your application to Orrery Partners",
    text=(
        "Hi Alex, passing this on, sorry it wasn't better news. Happy to talk.\n\n"
        "---------- Forwarded message ---------\n"
        "From: Orrery Partners Careers <careers@orrery-partners.com>\n"
        "Date: Tue, 3 Jun 2025 at 09:12\nSubject: Your application to Orrery Partners\n\n"
        "Dear Alex,\nThank you for applying. The team has decided not to progress your "
        "application for the Analyst role.\nKind regards,\nOrrery Partners\n"
    ),
    note="the decision is inside the forwarded message",
)
mail(
    "rej_subject_only.eml",
    "rejection",
    sender="Fjordline Careers <no-reply@fjordline.example>",
    subject="Your application status: not selected",
    text="Hi Alex,\n\nThank you for your interest in Fjordline.\n\nFjordline Recruiting\n",
    note="the decision is only in the subject",
)
mail(
    "rej_pt_tiny.eml",
    "rejection",
    sender="Bruna Teixeira <bruna@vinhedo.example>",
    subject="Retorno",
    text="Infelizmente desta vez não rolou.\nBruna\n",
    note="too short for the language's common words",
)
mail(
    "ack_forwarded_receipt.eml",
    "acknowledgement",
    sender="Tom Fischer <tom.fischer@helix-labs.example>",
    subject="Fwd: Application received",
    text=(
        "FYI\n\n---------- Forwarded message ---------\nFrom: Helix Labs <jobs@helix-labs.example>"
        "\nSubject: Application received\n\nThanks Alex, we have received your application "
        "and will review it in the coming weeks.\n"
    ),
    note="a forwarded receipt is a receipt, not a decision",
)


# ---------------------------------------------------------------------------------------------


def build(entry: dict[str, object], index: int) -> bytes:
    msg = EmailMessage(policy=default)
    msg["From"] = str(entry["sender"])
    msg["To"] = ME
    msg["Subject"] = str(entry["subject"])
    msg["Date"] = format_datetime(_START + timedelta(hours=7 * index))
    msg["Message-ID"] = f"<corpus-{index:03d}@followup.test>"
    headers = entry["headers"]
    assert isinstance(headers, dict)
    for key, value in headers.items():
        msg[key] = value
    text, html = entry["text"], entry["html"]
    if text is not None:
        msg.set_content(str(text))
        if html is not None:
            msg.add_alternative(str(html), subtype="html")
    else:
        msg.set_content(str(html), subtype="html")
    return msg.as_bytes(policy=default)


def main() -> None:
    names = [str(m["name"]) for m in MAILS]
    assert len(set(names)) == len(names), "duplicate file names"
    for old in HERE.glob("*.eml"):
        old.unlink()
    labels: dict[str, dict[str, str]] = {}
    for index, entry in enumerate(MAILS):
        (HERE / str(entry["name"])).write_bytes(build(entry, index))
        labels[str(entry["name"])] = {"kind": str(entry["kind"]), "note": str(entry["note"])}
    (HERE / "labels.json").write_text(
        json.dumps(labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"wrote {len(MAILS)} mails and labels.json to {HERE}")
    generate.main()


if __name__ == "__main__":
    main()
