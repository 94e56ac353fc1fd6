"""Writes the generated parts of the e-mail corpus from invented sentence parts:
`generated/` (tuned, from `parts_tuned.py`), `generated3/` (tuned, written in round 3, from
`parts_tuned3.py`), `generated4/` (tuned, written in round 4, from `parts_tuned4.py`),
`generated5/` (tuned, written in round 5 from round 4's misses' families, from
`parts_tuned5.py`), `generated6/` (tuned, written in round 6 from round 5's misses' families,
from `parts_tuned6.py`), `generated7/` (tuned, written in round 7 from round 6's misses'
families, from `parts_tuned7.py`), `generated8/` (tuned, written in round 8 from the families
of round 7's and the round-7 authors' misses, from `parts_tuned8.py`), `generated9/` (tuned,
written in round 9 from the families of the round-8 authors' misses, from `parts_tuned9.py`),
`generated10/` (tuned, written in round 10 from the families of the misses of `author8c/` and
`author8d/`, from `parts_tuned10.py`), `generated11/` (tuned, written in round 11 from the
families of the misses of `author9a/` and `round8/`, from `parts_tuned11.py`), `generated12/`
(tuned, written in round 11 from the families of the misses of `author9b/`, from
`parts_tuned12.py`), `generated13/` (tuned, written in round 11's review as hard negatives of
round 11's rule families, from `parts_tuned13.py`), `generated14/` (tuned, written in round 12
from the families of round 9's former held-out part's misses, from `parts_tuned14.py`),
`generated15/` (tuned, written in round 13 from the families of `author10a/`'s misses, from
`parts_tuned15.py`),
`round1/` (round 1's held-out part, from `parts_round1.py`: looked at, so tuned on since
round 2), `heldout/` (round 2's held-out part, from `parts_heldout.py`) and `sealed/` (round
2's sealed part, from `parts_sealed.py`), both tuned on since round 3, `round3/` (round 3's
held-out part, from `parts_round3.py`, tuned on since round 4), `round4/` (round 4's held-out
part, written before round 4's tuning and never tuned on, from `parts_round4.py`) and
`round5/` (round 5's held-out part, written before round 5's changes by an evaluator who did
not read the classifier, tuned on since round 6, from `parts_round5.py`), `round6/` (round 6's,
tuned on since round 7), `round7/` (round 7's held-out part, tuned on since round 8, from
`parts_round7.py`), `author7a/`, `author7b/` (training parts written in round 7 by two authors
who did not read the classifier, from `parts_author7a.py` and `parts_author7b.py`), `round8/`
(round 8's held-out part, written before round 8's changes by an evaluator who did not read the
classifier, never tuned on, from `parts_round8.py`) and `author8a/`, `author8b/` (round 8's
training parts by two more such authors, from `parts_author8a.py` and `parts_author8b.py`),
`author8c/`, `author8d/` (two more, from `parts_author8c.py` and `parts_author8d.py`),
`author9a/`, `author9b/` (round 9's training parts by two more such authors, from
`parts_author9a.py` and `parts_author9b.py`), `round9/` (round 9's held-out part, written before
round 9's changes by an evaluator who did not read the classifier, never tuned on, from
`parts_round9.py`; round8/ is tuned on since round 9), `author10a/` (round 10's training part
by another such author, from `parts_author10a.py`), `round10/` and `round11/` (the held-out parts
of rounds 10 and 11, written by evaluators who read only the corpus format, never tuned on, from
`parts_round10.py` and `parts_round11.py`), `author11a/` (round 11's training part by another
such author, from `parts_author11a.py`: the hard line between a rejection and what sounds like
one; the second reader is trained on it, the rules were not tuned to it), `author11b/` (one
more, from `parts_author11b.py`: the breadth of who writes and how) and `author12a/` (round 12's,
from `parts_author12a.py`: receipts that explain the whole process beside rejections in the same
words), `author12b/` and `author12c/` (two more, from `parts_author12b.py`: rejections in
people's own plain words across sectors, and `parts_author12c.py`: trackers, public employers,
graduate schemes and agencies, stage by stage), `round12/` (round 12's held-out part, written
by an evaluator who read only the corpus format, never tuned on, from `parts_round12.py`),
`round13/` (round 13's held-out part, written the same way, from `parts_round13.py`),
`author13b/` (round 13's training part by an independent author, from `parts_author13b.py`:
French, Spanish and Portuguese mail as it reads across countries, with its look-alikes),
`author13a/` (round 13's first training part by an independent author, from `parts_author13a.py`:
receipts that state rules about applicants in general, beside rejections in the same words),
`author13c/` (its third, from `parts_author13c.py`: mail in rejection words that is no rejection,
beside short plain rejections),
`round14/` (round 14's held-out part, written the same way, from `parts_round14.py`),
`author14a/` (round 14's first training part by an independent author, from `parts_author14a.py`:
receipts that warn, beside rejections in the same words),
`author14b/` (its second, from `parts_author14b.py`: English, French and Portuguese mail that
sounds like a rejection and is none, beside plain rejections),
`author14c/` (its third, from `parts_author14c.py`: rejections in uncommon words across five
languages, with their near neighbours),
`author14e/` (its fifth, from `parts_author14e.py`: the whole mix of job-search mail as sectors
write it),
`author14d/` (its fourth, from `parts_author14d.py`: German, French, Spanish and Portuguese mail
that reads like a rejection and is none, beside plain rejections),
`author14f/` (its sixth, from `parts_author14f.py`: receipts and status updates as large employers,
public bodies and small firms send them, beside the rejections that follow),
`round15/` (round 15's held-out part, written the same way, from `parts_round15.py`),
`author15a/` (round 15's first training part by an independent author, from `parts_author15a.py`:
mail in a rejection's words that decides nothing, beside the short rejections that do),
`author15b/` (its second, from `parts_author15b.py`: the whole mix as small and mid-size employers
write it, replies in threads, offers and invitations without the word),
`author15c/` (its third, from `parts_author15c.py`: French and German rejections in all their
registers, beside the receipts that sound like them),
`author16a/` (round 16's first training part by an independent author: French in every register and
from every kind of sender, rejections said without the usual formula beside receipts that sound
negative, from `parts_author16a.py`),
`author16c/` (round 16's third training part by an independent author: the whole inbox as English-,
Spanish- and Portuguese-speaking employers write it, rejections in plain human words, offers and
invitations without the word, from `parts_author16c.py`),
`author16b/` (round 16's second training part by an independent author: long formal German mail
where receipts and rejections look alike, public selection procedures, talent pools, from
`parts_author16b.py`),
`round16/` (round 16's held-out part, written blind by an evaluator who read only the corpus format,
never tuned on, from `parts_round16.py`),
`author16d/` (round 16's fourth training part by an independent author: Spanish and Portuguese mail
where receipts and rejections look alike, public concursos, agencies relaying a client's no, from
`parts_author16d.py`),
`round17/` (the seventeenth held-out part: a blind evaluator's whole inbox in five languages, from
`parts_round17.py`),
`author17a/` (round 17's first independent author's training part: Spanish and Portuguese in every
register, from `parts_author17a.py`),
`author17b/` (round 17's second: French and English, rejections around the stock phrases and
receipts that sound like them, from `parts_author17b.py`),
`author17d/` (round 17's fourth independent author's training part: German and English, refusals in
every register and receipts that sound like them, from `parts_author17d.py`),
`author17c/` (round 17's third independent author's training part: offers and invitations without
the word, rejections and receipts that talk of offers and next steps, from `parts_author17c.py`),
`round18/` (round 18's held-out part, written blind; never tuned on, from `parts_round18.py`),
`author18b/` (author 18b: offers and invitations in every form, against their look-alikes, from
`parts_author18b.py`),
`author18a/` (author 18a: the border between rejections and receipts that sound worrying, from
`parts_author18a.py`),
`author18c/` (author 18c: mail that decides nothing about an application, against mail that does,
from `parts_author18c.py`),
`author18d/` (author 18d: agencies, institutions and large employers' systems, from
`parts_author18d.py`),
`round19/` (held out, written blind in round 19 from the format alone, from `parts_round19.py`),
`author19a/` (round 19: receipts that sound like a no against terse and oblique rejections, five
languages, from `parts_author19a.py`),
`author19b/` (round 19: French, Spanish and Portuguese mail as people receive it, and English from
non-native writers, from `parts_author19b.py`),
`author19c/` (round 19: English mail easy to misread, and the same border in four more languages,
from `parts_author19c.py`),
`author20b/` (round 20: receipts that sound like a no against rejections in unusual words, French
above all, from `parts_author20b.py`),
`round20/` (round 20's held-out part, written blind, never tuned on, from `parts_round20.py`),
`author20a/` (round 20: offers without the word, and the mail around them that is not one, from
`parts_author20a.py`),
`author20c/` (round 20: Spanish and French job-search mail as people receive it, from
`parts_author20c.py`),
each with a `labels.json` ({file: {"kind", "lang", "family", "format"}}).

Every core passage becomes two mails in different formats: plain text, HTML-only with layout
tables, a marketing paragraph before the decision, a reply above a long quoted thread (Outlook
or "On … wrote:" style, localised), a reply below `>` quoted lines, or the bare passage. The
output is deterministic: `python -m tests.core.emails.build_emails` rewrites everything.
"""

from __future__ import annotations

import html
import json
import random
import re
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.policy import default
from email.utils import format_datetime
from pathlib import Path
from types import ModuleType

from tests.core.emails import (
    parts_author7a,
    parts_author7b,
    parts_author8a,
    parts_author8b,
    parts_author8c,
    parts_author8d,
    parts_author9a,
    parts_author9b,
    parts_author10a,
    parts_author11a,
    parts_author11b,
    parts_author12a,
    parts_author12b,
    parts_author12c,
    parts_author13a,
    parts_author13b,
    parts_author13c,
    parts_author14a,
    parts_author14b,
    parts_author14c,
    parts_author14d,
    parts_author14e,
    parts_author14f,
    parts_author15a,
    parts_author15b,
    parts_author15c,
    parts_author16a,
    parts_author16b,
    parts_author16c,
    parts_author16d,
    parts_author17a,
    parts_author17b,
    parts_author17c,
    parts_author17d,
    parts_author18a,
    parts_author18b,
    parts_author18c,
    parts_author18d,
    parts_author19a,
    parts_author19b,
    parts_author19c,
    parts_author20a,
    parts_author20b,
    parts_author20c,
    parts_heldout,
    parts_round1,
    parts_round3,
    parts_round4,
    parts_round5,
    parts_round6,
    parts_round7,
    parts_round8,
    parts_round9,
    parts_round10,
    parts_round11,
    parts_round12,
    parts_round13,
    parts_round14,
    parts_round15,
    parts_round16,
    parts_round17,
    parts_round18,
    parts_round19,
    parts_round20,
    parts_sealed,
    parts_tuned,
    parts_tuned3,
    parts_tuned4,
    parts_tuned5,
    parts_tuned6,
    parts_tuned7,
    parts_tuned8,
    parts_tuned9,
    parts_tuned10,
    parts_tuned11,
    parts_tuned12,
    parts_tuned13,
    parts_tuned14,
    parts_tuned15,
)

HERE = Path(__file__).parent
ME = "Alex Rivera <alex.rivera@gmail.com>"
_START = datetime(2025, 6, 2, 9, 15, tzinfo=UTC)

KIND_OF_PREFIX = {
    "rej": "rejection",
    "ack": "acknowledgement",
    "inv": "interview_invite",
    "off": "offer",
    "oth": "other",
}
FORMATS = ("plain", "html", "marketing", "reply_top", "reply_bottom", "short")

COMPANIES = (
    "Halvorsen Analytics",
    "Brightwave Studio",
    "Kestrel Pay",
    "Nordlicht Logistik",
    "Ciel Mobilité",
    "Verdemar Foods",
    "Aurora Saúde",
    "Tidewater Health",
    "Moonfield",
    "Quillmate",
)
ROLES = (
    "Senior Data Engineer",
    "Product Designer",
    "Backend Developer",
    "Customer Success Manager",
    "Data Analyst",
    "Platform Engineer",
)
# The held-out part (round 2) has its own names.
COMPANIES_2 = (
    "Larkspur Systems",
    "Ostwind Energie",
    "Maison Brévent",
    "Solera Retail",
    "Cajú Digital",
    "Pinecrest Labs",
    "Velotta",
)
ROLES_2 = ("Staff Engineer", "Marketing Manager", "QA Engineer", "Finance Analyst", "UX Writer")
SENDERS_2 = (
    ("Hannah Brooks", "no-reply@smartrecruiters.com"),
    ("Felix Braun", "karriere@{domain}"),
    ("Amélie Roux", "talents@{domain}"),
    ("Lucía Fernández", "seleccion@{domain}"),
    ("Rafael Souza", "vagas@{domain}"),
    ("Tom Ellis", "{domain}@myworkday.example"),
)
# The sealed part (round 2, measured once) has its own names too.
COMPANIES_3 = ("Harrow & Vale", "Quintara", "Brisa Energia", "Lindqvist Medical", "Tesselate")
ROLES_3 = ("Site Reliability Engineer", "Content Designer", "Sales Engineer", "Data Scientist")
SENDERS_3 = (
    ("Olivia Grant", "careers@{domain}"),
    ("Matthias Roth", "no-reply@jobs.personio.de"),
    ("Inès Laurent", "rh@{domain}"),
    ("Pablo Ruiz", "empleo@{domain}"),
    ("Carla Mendes", "talentos@{domain}"),
)
# The round-3 held-out part has its own names.
COMPANIES_4 = ("Fenwick Rowe", "Sonnberg Werke", "Atelier Lumas", "Oliveira & Prado", "Kintsu")
ROLES_4 = ("Mobile Developer", "Operations Lead", "Security Analyst", "Growth Marketer")
SENDERS_4 = (
    ("Grace Whitaker", "talent@{domain}"),
    ("Jana Schütz", "bewerbung@{domain}"),
    ("Léa Marchand", "no-reply@jobs.welcomekit.example"),
    ("Sofía Navarro", "rrhh@{domain}"),
    ("Beatriz Costa", "recrutamento@{domain}"),
    ("Ryan Cole", "no-reply@jobvite.example"),
)
# The round-4 held-out part has its own names.
COMPANIES_5 = (
    "Northgate Building Society",
    "Klinikum Altmark",
    "Hôpital Saint-Clair",
    "Mercado Alba",
    "Banco Serrano",
)
ROLES_5 = ("IT Project Manager", "Clinical Data Officer", "Frontend Engineer", "Buyer")
SENDERS_5 = (
    ("Recruitment Team", "recruitment@{domain}"),
    ("Katrin Vogel", "no-reply@jobs.softgarden.example"),
    ("Camille Petit", "drh@{domain}"),
    ("Javier Molina", "seleccion@{domain}"),
    ("Juliana Rocha", "no-reply@gupy.example"),
    ("Mark Dunn", "no-reply@icims.example"),
)
# The round-5 held-out part has its own names.
COMPANIES_6 = (
    "Ashcombe Mutual",
    "Stadtwerke Ilmtal",
    "Marivaux Conseil",
    "Grupo Arenal",
    "Vitalis Saúde",
    "Pixelhorn Games",
)
ROLES_6 = ("Cloud Engineer", "HR Business Partner", "Game Designer", "Research Assistant")
SENDERS_6 = (
    ("Eleanor Price", "no-reply@jobs.taleo.example"),
    ("Tobias Krüger", "personal@{domain}"),
    ("Manon Girard", "recrutement@{domain}"),
    ("Andrea Castillo", "talento.humano@{domain}"),
    ("Tiago Ferreira", "no-reply@jobs.recrutei.example"),
    ("Hiring Team", "no-reply@apply.workable.example"),
)
SENDERS = (
    ("Priya Raman", "no-reply@us.greenhouse-mail.io"),
    ("Jonas Weber", "no-reply@hire.lever.co"),
    ("Marta Lopes", "notifications@ashbyhq.com"),
    ("Claire Dubois", "recrutement@{domain}"),
    ("Diego Ortega", "talento@{domain}"),
    ("Sam Keller", "careers@{domain}"),
    ("Lena Hoffmann", "jobs@{domain}"),
)

# The old thread under a reply: the candidate's note and the earlier invitation (a trap: it
# says "interview" and "next steps"). Index 0 is used by the tuned part, 1 by round 1's part,
# 2 by the held-out part, 3 by the sealed part, 4 by round 3's held-out part, 5 by round 4's,
# 6 by round 5's.
THREAD: dict[str, tuple[str, str]] = {
    "en": (
        "Hi {sender_first},\nThank you again for the interview last week, I really enjoyed "
        "meeting the team and I'm excited about the next steps. Do you have an update on the "
        "timeline?\nBest,\nAlex\n\n{header2}\nHi Alex,\nWe'd like to invite you to a second "
        "interview with the team. Please share your availability for next week.\n",
        "Hello {sender_first}, just checking in on my application for {role}. I'm still very "
        "interested and happy to share more work samples. Looking forward to hearing from "
        "you!\nAlex\n\n{header2}\nThanks Alex, we have received your application and will "
        "review it shortly. Could we schedule a call for Thursday?\n",
        "Hi {sender_first}, thanks for the quick call on Tuesday! Attaching the case study I "
        "mentioned. Happy to answer anything else.\nAlex\n\n{header2}\nHi Alex, great speaking "
        "with you. We'll share feedback after the debrief; can you also hold Friday for a "
        "possible final interview?\n",
        "Hi {sender_first}, following up on our chat, here is the reference list you asked "
        "for.\nAlex\n\n{header2}\nThanks Alex! We're collecting feedback from the panel and "
        "will come back to you about next steps and a possible final interview.\n",
        "Hi {sender_first}, thanks for the chat today. As promised, my portfolio link is below."
        "\nAlex\n\n{header2}\nGreat to meet you, Alex. We'll discuss internally and let you "
        "know about next steps, possibly an interview with the CTO.\n",
        "Hi {sender_first}, thanks again for Thursday. Here is the writing sample I mentioned."
        "\nAlex\n\n{header2}\nThanks Alex, we'll review it with the panel and get back to you "
        "about next steps and a possible meeting with our director.\n",
        "Hi {sender_first}, thank you for the conversation on Wednesday. I've attached the two "
        "references you asked for.\nAlex\n\n{header2}\nThanks Alex, much appreciated. The "
        "panel meets on Monday and we'll be in touch about next steps, which may include a "
        "final interview on site.\n",
    ),
    "de": (
        "Hallo {sender_first},\nvielen Dank nochmal für das nette Gespräch letzte Woche. Ich "
        "freue mich auf die nächsten Schritte. Gibt es schon Neuigkeiten?\nViele Grüße\nAlex\n\n"
        "{header2}\nHallo Alex,\nwir möchten Sie gerne zu einem zweiten Gespräch einladen. "
        "Passt Ihnen Dienstag?\n",
        "Hallo {sender_first}, ich wollte kurz nach dem Stand meiner Bewerbung fragen. Ich bin "
        "weiterhin sehr interessiert.\nAlex\n\n{header2}\nDanke, Ihre Bewerbung ist bei uns "
        "eingegangen, wir melden uns.\n",
        "Hallo {sender_first}, anbei wie besprochen mein Arbeitszeugnis. Ich freue mich auf Ihre "
        "Rückmeldung.\nAlex\n\n{header2}\nDanke Alex, wir melden uns nach der Abstimmung im "
        "Team. Halten Sie sich bitte den Freitag für ein mögliches Interview frei.\n",
        "Hallo {sender_first}, wie besprochen sende ich Ihnen meine Gehaltsvorstellung.\nAlex"
        "\n\n{header2}\nDanke! Wir sprechen intern und melden uns zu den nächsten Schritten.\n",
        "Hallo {sender_first}, hier wie vereinbart meine Arbeitsproben.\nAlex\n\n{header2}\n"
        "Danke! Wir schauen sie uns im Team an und melden uns wegen eines weiteren Gesprächs.\n",
        "Hallo {sender_first}, anbei noch meine Zeugnisse.\nAlex\n\n{header2}\nDanke, wir "
        "besprechen das im Team und melden uns wegen eines weiteren Termins.\n",
        "Hallo {sender_first}, wie gewünscht schicke ich Ihnen meinen frühesten Starttermin: "
        "1. September.\nAlex\n\n{header2}\nVielen Dank! Wir stimmen uns intern ab und laden "
        "Sie gegebenenfalls zu einem zweiten Gespräch mit der Geschäftsführung ein.\n",
    ),
    "fr": (
        "Bonjour {sender_first},\nMerci encore pour l'entretien de la semaine dernière, "
        "j'attends avec impatience la suite. Avez-vous des nouvelles ?\nAlex\n\n{header2}\n"
        "Bonjour Alex,\nNous souhaitons vous inviter à un second entretien. Vos disponibilités ?\n",
        "Bonjour {sender_first}, je me permets de revenir vers vous au sujet de ma candidature."
        "\nAlex\n\n{header2}\nNous avons bien reçu votre candidature.\n",
        "Bonjour {sender_first}, vous trouverez ci-joint mes références comme convenu.\nAlex\n\n"
        "{header2}\nMerci Alex, nous revenons vers vous après le point d'équipe. Gardez jeudi "
        "pour un éventuel entretien final.\n",
        "Bonjour {sender_first}, voici mon portfolio mis à jour.\nAlex\n\n{header2}\nMerci "
        "Alex, nous faisons le point et revenons vers vous pour un éventuel entretien.\n",
        "Bonjour {sender_first}, voici le lien vers mon dépôt GitHub.\nAlex\n\n{header2}\n"
        "Merci Alex, nous regardons cela et revenons vers toi pour la prochaine étape.\n",
        "Bonjour {sender_first}, voici mes diplômes comme demandé.\nAlex\n\n{header2}\nMerci "
        "Alex, nous en discutons en équipe et revenons vers vous pour un nouvel échange.\n",
        "Bonjour {sender_first}, comme convenu, voici mes prétentions salariales.\nAlex\n\n"
        "{header2}\nMerci Alex, c'est noté. Nous faisons le point avec le jury et vous "
        "recontactons pour la suite, sans doute un dernier entretien.\n",
    ),
    "es": (
        "Hola {sender_first},\nGracias de nuevo por la entrevista, me encantó conocer al equipo. "
        "¿Hay novedades sobre los siguientes pasos?\nAlex\n\n{header2}\nHola Alex,\nNos "
        "gustaría invitarte a una segunda entrevista. ¿Qué disponibilidad tienes?\n",
        "Hola {sender_first}, quería saber si hay novedades sobre mi candidatura.\nAlex\n\n"
        "{header2}\nHemos recibido tu candidatura y la revisaremos.\n",
        "Hola {sender_first}, te adjunto las referencias que me pediste.\nAlex\n\n{header2}\n"
        "Gracias Alex, te daremos respuesta tras la reunión del equipo. Resérvate el jueves "
        "para una posible entrevista final.\n",
        "Hola {sender_first}, te envío el caso práctico resuelto.\nAlex\n\n{header2}\nGracias "
        "Alex, lo revisamos con el equipo y te contamos los siguientes pasos.\n",
        "Hola {sender_first}, te paso mis referencias.\nAlex\n\n{header2}\nGracias Alex, lo "
        "revisamos y te escribimos para una posible entrevista con el equipo.\n",
        "Hola {sender_first}, adjunto mis certificados.\nAlex\n\n{header2}\nGracias Alex, lo "
        "comentamos con el equipo y te escribimos para una nueva reunión.\n",
        "Hola {sender_first}, como quedamos, te envío mi disponibilidad para incorporarme."
        "\nAlex\n\n{header2}\nGracias Alex. Lo vemos con el comité y te contamos los "
        "próximos pasos; quizá una última entrevista con la dirección.\n",
    ),
    "pt": (
        "Olá {sender_first},\nObrigado novamente pela entrevista, gostei muito de conhecer o "
        "time. Há novidades sobre os próximos passos?\nAlex\n\n{header2}\nOlá Alex,\nGostaríamos "
        "de convidá-lo para uma segunda entrevista. Qual a sua disponibilidade?\n",
        "Olá {sender_first}, gostaria de saber se há novidades sobre a minha candidatura.\n"
        "Alex\n\n{header2}\nRecebemos sua candidatura e vamos analisá-la.\n",
        "Olá {sender_first}, segue em anexo o portfólio que comentei.\nAlex\n\n{header2}\n"
        "Obrigada Alex, daremos um retorno após a reunião do time. Reserve a quinta-feira para "
        "uma possível entrevista final.\n",
        "Olá {sender_first}, envio o teste prático concluído.\nAlex\n\n{header2}\nObrigado "
        "Alex, vamos avaliar com o time e retornamos sobre a próxima entrevista.\n",
        "Oi {sender_first}, segue o link do meu portfólio.\nAlex\n\n{header2}\nValeu Alex! "
        "Vamos avaliar e te chamamos para a próxima etapa.\n",
        "Olá {sender_first}, seguem meus certificados.\nAlex\n\n{header2}\nObrigado Alex, "
        "vamos conversar com o time e retornamos para um novo encontro.\n",
        "Olá {sender_first}, conforme combinado, envio minha pretensão salarial.\nAlex\n\n"
        "{header2}\nObrigado, Alex! Vamos alinhar internamente e retornamos com os próximos "
        "passos, talvez uma entrevista final com a diretoria.\n",
    ),
}

# Localised reply headers: (Outlook block, "On … wrote:" line).
HEADERS: dict[str, tuple[str, str]] = {
    "en": (
        "From: Alex Rivera <alex.rivera@gmail.com>\nSent: Monday, May 26, 2025 10:12 AM\n"
        "To: {sender}\nSubject: Re: {role}",
        "On Mon, May 26, 2025 at 10:12 AM Alex Rivera <alex.rivera@gmail.com> wrote:",
    ),
    "de": (
        "Von: Alex Rivera <alex.rivera@gmail.com>\nGesendet: Montag, 26. Mai 2025 10:12\n"
        "An: {sender}\nBetreff: AW: {role}",
        "Am Mo., 26. Mai 2025 um 10:12 Uhr schrieb Alex Rivera <alex.rivera@gmail.com>:",
    ),
    "fr": (
        "De : Alex Rivera <alex.rivera@gmail.com>\nEnvoyé : lundi 26 mai 2025 10:12\n"
        "À : {sender}\nObjet : RE: {role}",
        "Le lun. 26 mai 2025 à 10:12, Alex Rivera <alex.rivera@gmail.com> a écrit :",
    ),
    "es": (
        "De: Alex Rivera <alex.rivera@gmail.com>\nEnviado el: lunes, 26 de mayo de 2025 10:12\n"
        "Para: {sender}\nAsunto: RE: {role}",
        "El lun, 26 may 2025 a las 10:12, Alex Rivera (<alex.rivera@gmail.com>) escribió:",
    ),
    "pt": (
        "De: Alex Rivera <alex.rivera@gmail.com>\nEnviada em: segunda-feira, 26 de maio de 2025 "
        "10:12\nPara: {sender}\nAssunto: RES: {role}",
        "Em seg., 26 de mai. de 2025 às 10:12, Alex Rivera <alex.rivera@gmail.com> escreveu:",
    ),
}

_DU = re.compile(r"\b(?:du|dich|dir|dein\w*|hast|hättest|bist)\b", re.IGNORECASE)


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


def _pick(rng: random.Random, options: list[str], core: str, lang: str) -> str:
    """A wrapper line; German ones follow the core's register (du or Sie)."""
    if lang == "de" and len(options) > 1:
        du = bool(_DU.search(core))
        fitting = [o for o in options if bool(_DU.search(o)) == du] or options
        return rng.choice(fitting)
    return rng.choice(options)


def _html_page(paragraphs: list[str], footer: str) -> str:
    cells = "".join(
        f"<tr><td style='padding:0 24px 12px'>{html.escape(p).replace(chr(10), '<br>')}</td></tr>"
        for p in paragraphs
    )
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><style>td{font-family:Arial}"
        ".btn{color:#fff}</style></head><body>"
        "<div style='display:none;max-height:0;overflow:hidden'>An update from the team</div>"
        "<table role='presentation' width='100%'><tr><td align='center'>"
        "<table width='600'><tr><td><img src='https://cdn.example.com/logo.png' alt='logo'>"
        f"</td></tr>{cells}<tr><td><a class='btn' href='https://example.com/jobs'>View open "
        "roles</a></td></tr>"
        f"<tr><td style='font-size:11px;color:#999'>{html.escape(footer)}</td></tr>"
        "</table></td></tr></table></body></html>"
    )


def _compose(
    parts: ModuleType, lang: str, family: str, core: str, fmt: str, rng: random.Random, part: int
) -> tuple[str, str | None, str | None, str]:
    """(subject, text, html, sender) of one mail."""
    wrap = parts.WRAP[lang]
    companies, roles, senders = {
        2: (COMPANIES_2, ROLES_2, SENDERS_2),
        3: (COMPANIES_3, ROLES_3, SENDERS_3),
        4: (COMPANIES_4, ROLES_4, SENDERS_4),
        5: (COMPANIES_5, ROLES_5, SENDERS_5),
        6: (COMPANIES_6, ROLES_6, SENDERS_6),
    }.get(part, (COMPANIES, ROLES, SENDERS))
    if hasattr(parts, "COMPANIES"):  # parts files since round 6 carry their own
        companies, roles, senders = parts.COMPANIES, parts.ROLES, parts.SENDERS
    company = rng.choice(companies)
    role = rng.choice(roles)
    sender_name, address = rng.choice(senders)
    domain = re.sub(r"[^a-z]", "", company.lower().split()[0]) + ".com"
    if family == "oth_cold":
        address = f"{sender_name.split()[0].lower()}@talentwise-search.com"
    sender = f"{sender_name} <{address.format(domain=domain)}>"
    fill = {
        "first": "Alex",
        "company": company,
        "role": role,
        "sender": sender_name,
        "sender_first": sender_name.split()[0],
    }
    prefix = family[:3]
    own_subject = None
    if core.startswith("SUBJECT: ") and " || " in core:
        own_subject, core = core[len("SUBJECT: ") :].split(" || ", 1)
    core = core.format(**fill)
    subject_key = {"inv": "subject_inv", "off": "subject_off", "oth": "subject_oth"}
    subject = _pick(rng, wrap[subject_key.get(prefix, "subject_app")], core, lang).format(**fill)
    if own_subject is not None:
        subject = own_subject.format(**fill)

    def w(key: str) -> str:
        return _pick(rng, wrap[key], core, lang).format(**fill)

    paragraphs: list[str] = []
    if family not in ("oth_alert", "oth_newsletter"):
        paragraphs.append(w("greet"))
    if fmt == "marketing":
        paragraphs.append(w("marketing"))
    if prefix in ("rej", "ack", "inv") and fmt != "short":
        paragraphs.append(w("thanks"))
    paragraphs.append(core)
    if prefix == "rej" and fmt != "short":
        paragraphs.append(w("wish"))
    paragraphs.append(w("sign"))
    footer = w("footer")
    if fmt in ("marketing", "html") or prefix == "oth":
        paragraphs.append(footer)

    if fmt == "html" or (fmt == "marketing" and rng.random() < 0.5):
        return subject, None, _html_page(paragraphs[:-1], paragraphs[-1]), sender

    text = "\n\n".join(paragraphs) + "\n"
    if fmt in ("reply_top", "reply_bottom"):
        thread_lang = lang if lang in THREAD else "en"
        outlook, wrote = HEADERS[thread_lang]
        header2 = wrote.replace("Alex Rivera <alex.rivera@gmail.com>", sender)
        own = getattr(parts, "THREAD", None)
        source = (
            own[lang if lang in own else "en"]
            if own
            else THREAD[thread_lang][part % len(THREAD[thread_lang])]
        )
        thread = source.format(header2=header2, **fill)
        subject = f"Re: {subject}"
        if fmt == "reply_top":
            head = outlook.format(sender=sender, role=role) if rng.random() < 0.5 else wrote
            text = text + "\n" + head + "\n" + thread
        else:
            quoted = "\n".join("> " + line for line in thread.splitlines())
            text = wrote + "\n" + quoted + "\n\n" + text
    return subject, text, None, sender


def _message(subject: str, text: str | None, markup: str | None, sender: str, n: int) -> bytes:
    msg = EmailMessage(policy=default)
    msg["From"] = sender
    msg["To"] = ME
    msg["Subject"] = subject
    msg["Date"] = format_datetime(_START + timedelta(hours=5 * n))
    msg["Message-ID"] = f"<gen-{n:04d}@followup.test>"
    if text is not None:
        msg.set_content(text)
    else:
        msg.set_content(markup or "", subtype="html")
    return msg.as_bytes(policy=default)


def write(folder: str, parts: ModuleType, part: int) -> int:
    out = HERE / folder
    out.mkdir(exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    labels: dict[str, dict[str, str]] = {}
    n = 0
    for lang, families in parts.CORE.items():
        for family, block in families.items():
            for index, core in enumerate(_lines(block)):
                rng = random.Random(f"{folder}/{lang}/{family}/{index}")
                first = FORMATS[index % len(FORMATS)]
                second = rng.choice([f for f in FORMATS if f != first])
                for fmt in (first, second):
                    subject, text, markup, sender = _compose(
                        parts, lang, family, core, fmt, rng, part
                    )
                    name = f"{lang}_{family}_{index:02d}_{fmt}.eml"
                    (out / name).write_bytes(_message(subject, text, markup, sender, n))
                    labels[name] = {
                        "kind": KIND_OF_PREFIX[family[:3]],
                        "lang": lang,
                        "family": family,
                        "format": fmt,
                    }
                    n += 1
    (out / "labels.json").write_text(
        json.dumps(labels, indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8"
    )
    return n


def main() -> None:
    tuned = write("generated", parts_tuned, 0)
    tuned3 = write("generated3", parts_tuned3, 0)
    tuned4 = write("generated4", parts_tuned4, 0)
    tuned5 = write("generated5", parts_tuned5, 0)
    tuned6 = write("generated6", parts_tuned6, 0)
    tuned7 = write("generated7", parts_tuned7, 0)
    tuned8 = write("generated8", parts_tuned8, 0)
    tuned9 = write("generated9", parts_tuned9, 0)
    tuned10 = write("generated10", parts_tuned10, 0)
    tuned11 = write("generated11", parts_tuned11, 0)
    tuned12 = write("generated12", parts_tuned12, 0)
    tuned13 = write("generated13", parts_tuned13, 0)
    tuned14 = write("generated14", parts_tuned14, 0)
    tuned15 = write("generated15", parts_tuned15, 0)
    round1 = write("round1", parts_round1, 1)
    held = write("heldout", parts_heldout, 2)
    sealed = write("sealed", parts_sealed, 3)
    round3 = write("round3", parts_round3, 4)
    round4 = write("round4", parts_round4, 5)
    round5 = write("round5", parts_round5, 6)
    round6 = write("round6", parts_round6, 7)
    round7 = write("round7", parts_round7, 8)
    author7a = write("author7a", parts_author7a, 0)
    author7b = write("author7b", parts_author7b, 0)
    round8 = write("round8", parts_round8, 9)
    author8a = write("author8a", parts_author8a, 0)
    author8b = write("author8b", parts_author8b, 0)
    author8c = write("author8c", parts_author8c, 0)
    author8d = write("author8d", parts_author8d, 0)
    author9a = write("author9a", parts_author9a, 0)
    author9b = write("author9b", parts_author9b, 0)
    round9 = write("round9", parts_round9, 10)
    author10a = write("author10a", parts_author10a, 0)
    round10 = write("round10", parts_round10, 11)
    round11 = write("round11", parts_round11, 12)
    author11a = write("author11a", parts_author11a, 0)
    author11b = write("author11b", parts_author11b, 0)
    author12a = write("author12a", parts_author12a, 0)
    author12b = write("author12b", parts_author12b, 0)
    author12c = write("author12c", parts_author12c, 0)
    round12 = write("round12", parts_round12, 13)
    round13 = write("round13", parts_round13, 14)
    author13b = write("author13b", parts_author13b, 0)
    author13a = write("author13a", parts_author13a, 0)
    author13c = write("author13c", parts_author13c, 0)
    round14 = write("round14", parts_round14, 15)
    author14a = write("author14a", parts_author14a, 0)
    author14b = write("author14b", parts_author14b, 0)
    author14c = write("author14c", parts_author14c, 0)
    author14e = write("author14e", parts_author14e, 0)
    author14d = write("author14d", parts_author14d, 0)
    author14f = write("author14f", parts_author14f, 0)
    round15 = write("round15", parts_round15, 16)
    author15a = write("author15a", parts_author15a, 0)
    author15b = write("author15b", parts_author15b, 0)
    author15c = write("author15c", parts_author15c, 0)
    author16a = write("author16a", parts_author16a, 0)
    author16c = write("author16c", parts_author16c, 0)
    author16b = write("author16b", parts_author16b, 0)
    round16 = write("round16", parts_round16, 17)
    author16d = write("author16d", parts_author16d, 0)
    round17 = write("round17", parts_round17, 18)
    author17a = write("author17a", parts_author17a, 19)
    author17b = write("author17b", parts_author17b, 20)
    author17d = write("author17d", parts_author17d, 21)
    author17c = write("author17c", parts_author17c, 22)
    round18 = write("round18", parts_round18, 23)
    author18b = write("author18b", parts_author18b, 24)
    author18a = write("author18a", parts_author18a, 25)
    author18c = write("author18c", parts_author18c, 26)
    author18d = write("author18d", parts_author18d, 27)
    round19 = write("round19", parts_round19, 28)
    author19a = write("author19a", parts_author19a, 29)
    author19b = write("author19b", parts_author19b, 30)
    author19c = write("author19c", parts_author19c, 31)
    author20b = write("author20b", parts_author20b, 32)
    round20 = write("round20", parts_round20, 33)
    author20a = write("author20a", parts_author20a, 34)
    author20c = write("author20c", parts_author20c, 35)
    print(
        f"wrote {tuned} tuned mails to generated/, {tuned3} to generated3/, {tuned4} to"
        f" generated4/, {tuned5} to generated5/, {tuned6} to generated6/, {tuned7} to"
        f" generated7/, {tuned8} to generated8/, {tuned9} to generated9/, {tuned10} to"
        f" generated10/, {tuned11} to generated11/, {tuned12} to generated12/, {tuned13} to"
        f" generated13/, {tuned14} to generated14/, {tuned15} to generated15/, {round1}"
        f" (round 1) to round1/, {held} (round 2's held-out) to heldout/, {sealed} (round 2's"
        f" sealed) to sealed/, {round3} (round 3's held-out, tuned on since round 4) to round3/,"
        f" {round4} (round 4's held-out, tuned on since round 5) to round4/, {round5} (round 5's"
        f" held-out, tuned on since round 6) to round5/, {round6} (round 6's held-out, tuned"
        f" on since round 7) to round6/, {round7} (round 7's held-out, tuned on since round 8) to"
        f" round7/, {author7a} + {author7b} (two independent authors' training parts) to author7a/"
        f" and author7b/, {round8} (round 8's held-out, tuned on since round 9) to round8/ and"
        f" {author8a} +"
        f" {author8b} (round 8's two independent authors' training parts) to author8a/ and"
        f" author8b/, {author8c} + {author8d} (two more) to author8c/ and author8d/, {author9a} +"
        f" {author9b} (round 9's independent authors' training parts) to author9a/ and author9b/,"
        f" {round9} (round 9's held-out, tuned on since round 10) to round9/, {author10a} (round"
        f" 10's independent author's training part) to author10a/, {round10} (round 10's"
        f" held-out, never tuned on) to round10/, {round11} (round 11's held-out, never tuned on)"
        f" to round11/, {author11a} (round 11's independent author's training part: the model"
        f" learns from it, the rules were not tuned to it) to author11a/, {author11b} (another)"
        f" to author11b/, {author12a} + {author12b} + {author12c} (round 12's)"
        f" to author12a/, author12b/ and author12c/, {round12} (round 12's held-out,"
        f" never tuned on) to round12/"
        f", {round13} (round 13's held-out, never tuned on) to round13/"
        f", {author13b} (round 13's second) to author13b/"
        f", {author13a} (round 13's first independent author's) to author13a/"
        f", {author13c} (round 13's third) to author13c/"
        f", {round14} (round 14's held-out, never tuned on) to round14/"
        f", {author14a} (round 14's first independent author's) to author14a/"
        f", {author14b} (round 14's second) to author14b/"
        f", {author14c} (round 14's third) to author14c/"
        f", {author14e} (round 14's fifth) to author14e/"
        f", {author14d} (round 14's fourth) to author14d/"
        f", {author14f} (round 14's sixth) to author14f/"
        f", {round15} (round 15's held-out, never tuned on) to round15/"
        f", {author15a} (round 15's first independent author's) to author15a/"
        f", {author15b} (round 15's second) to author15b/"
        f", {author15c} (round 15's third) to author15c/"
        f", {author16a} (round 16's first independent author's) to author16a/"
        f", {author16c} (round 16's third independent author's) to author16c/"
        f", {author16b} (round 16's second independent author's) to author16b/"
        f", {round16} (round 16's held-out, never tuned on) to round16/"
        f", {author16d} (round 16's fourth independent author's) to author16d/"
        f", {round17} (round 17's held-out, never tuned on) to round17/"
        f", {author17a} (round 17's first independent author's) to author17a/"
        f", {author17b} (round 17's second) to author17b/"
        f", {author17d} (round 17's fourth) to author17d/"
        f", {author17c} (round 17's third) to author17c/"
        f", {round18} (held out) to round18/"
        f", {author18b} (offers and invitations) to author18b/"
        f", {author18a} (rejections and worrying receipts) to author18a/"
        f", {author18c} (the mail around a search) to author18c/"
        f", {author18d} (intermediaries and institutions) to author18d/"
        f", {round19} (held out, round 19) to round19/"
        f", {author19a} (round 19, author19a) to author19a/"
        f", {author19b} (round 19, author19b) to author19b/"
        f", {author19c} (round 19, author19c) to author19c/"
        f", {author20b} (receipts against oblique rejections) to author20b/"
        f", {round20} (held out, round 20) to round20/"
        f", {author20a} (offers and their border) to author20a/"
        f", {author20c} (Spanish and French) to author20c/"
    )


if __name__ == "__main__":
    main()
