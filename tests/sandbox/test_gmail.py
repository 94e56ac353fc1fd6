"""The sandbox's Gmail v1, driven by the real google-api-python-client over HTTP."""

from __future__ import annotations

import base64
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import formataddr
from typing import Any

import pytest
from googleapiclient.errors import HttpError

from tests.conftest import Sandbox
from tests.contract import assert_conforms

API = "gmail.v1"
ME = "candidate@example.com"


def make_raw(
    subject: str = "Thank you",
    *,
    to: str = "Jane Doe <jane@acme.com>",
    sender: str = f"Casey Candidate <{ME}>",
    body: str = "Thank you for your time today.",
    message_id: str | None = None,
    in_reply_to: str | None = None,
    references: str | None = None,
    html: str | None = None,
    attachment: tuple[str, bytes] | None = None,
    unfolded: bool = False,
) -> bytes:
    # Python 3.11's header folder drops the space between two encoded words it folds
    # apart ("Société Générale" comes back "SociétéGénérale", in Gmail too): `unfolded`
    # keeps each header on one line, which is how such subjects must be written.
    message = EmailMessage(policy=policy.default.clone(max_line_length=998) if unfolded else None)
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    if message_id:
        message["Message-ID"] = message_id
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
    if references:
        message["References"] = references
    message.set_content(body)
    if html:
        message.add_alternative(html, subtype="html")
    if attachment:
        name, data = attachment
        message.add_attachment(data, maintype="application", subtype="pdf", filename=name)
    return message.as_bytes()


def b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode()


def unb64(data: str) -> bytes:
    return base64.urlsafe_b64decode(data + "=" * (-len(data) % 4))


def inject(sandbox: Sandbox, raw: bytes, **extra: Any) -> dict[str, Any]:
    answer = sandbox.admin.post("/_sandbox/gmail/messages", json={"raw": b64(raw), **extra})
    answer.raise_for_status()
    result: dict[str, Any] = answer.json()
    return result


def create_draft(gmail: Any, raw: bytes, thread_id: str | None = None) -> dict[str, Any]:
    message: dict[str, Any] = {"raw": b64(raw)}
    if thread_id:
        message["threadId"] = thread_id
    result: dict[str, Any] = (
        gmail.users().drafts().create(userId="me", body={"message": message}).execute()
    )
    return result


def header(message: dict[str, Any], name: str) -> str:
    for item in message["payload"]["headers"]:
        if item["name"].lower() == name.lower():
            return str(item["value"])
    raise KeyError(name)


def status_of(error: pytest.ExceptionInfo[HttpError]) -> int:
    return int(error.value.resp.status)


# Profile and auth ------------------------------------------------------------


def test_profile_counts_and_conforms(sandbox: Sandbox) -> None:
    gmail = sandbox.gmail()
    empty = gmail.users().getProfile(userId="me").execute()
    assert_conforms(API, "users.getProfile", empty)
    assert empty["emailAddress"] == ME
    assert (empty["messagesTotal"], empty["threadsTotal"]) == (0, 0)
    inject(sandbox, make_raw("Hello", sender="jane@acme.com", to=ME))
    create_draft(gmail, make_raw("Draft"))
    profile = gmail.users().getProfile(userId=ME).execute()
    assert (profile["messagesTotal"], profile["threadsTotal"]) == (2, 2)
    assert int(profile["historyId"]) == int(empty["historyId"]) + 2


def test_other_users_are_refused(sandbox: Sandbox) -> None:
    gmail = sandbox.gmail()
    with pytest.raises(HttpError) as error:
        gmail.users().getProfile(userId="someone@else.com").execute()
    assert status_of(error) == 403
    with pytest.raises(HttpError) as error:
        gmail.users().messages().list(userId="not-an-address").execute()
    assert status_of(error) == 400


# Drafts ---------------------------------------------------------------------


def test_draft_found_again_by_its_message_id(sandbox: Sandbox) -> None:
    gmail = sandbox.gmail()
    raw = make_raw("Thank you, Jane", message_id="<followup-42@followup.local>")
    draft = create_draft(gmail, raw)
    assert_conforms(API, "users.drafts.create", draft)
    assert draft["id"].startswith("r")
    assert draft["message"]["labelIds"] == ["DRAFT"]
    assert len(draft["message"]["id"]) == 16
    assert draft["message"]["threadId"] == draft["message"]["id"]

    for q in ("rfc822msgid:<followup-42@followup.local>", "rfc822msgid:followup-42@followup.local"):
        listed = gmail.users().messages().list(userId="me", q=q).execute()
        assert_conforms(API, "users.messages.list", listed)
        assert listed["messages"] == [
            {"id": draft["message"]["id"], "threadId": draft["message"]["threadId"]}
        ]
        drafts = gmail.users().drafts().list(userId="me", q=q).execute()
        assert_conforms(API, "users.drafts.list", drafts)
        assert [d["id"] for d in drafts["drafts"]] == [draft["id"]]
        assert drafts["resultSizeEstimate"] == 1

    nothing = gmail.users().messages().list(userId="me", q="rfc822msgid:<other@x>").execute()
    assert nothing == {"resultSizeEstimate": 0}
    assert gmail.users().drafts().list(userId="me", q="rfc822msgid:<other@x>").execute() == {
        "resultSizeEstimate": 0
    }
    got = gmail.users().drafts().get(userId="me", id=draft["id"]).execute()
    assert_conforms(API, "users.drafts.get", got)
    assert header(got["message"], "Message-ID") == "<followup-42@followup.local>"


def test_draft_without_message_id_gets_a_gmail_one(sandbox: Sandbox) -> None:
    gmail = sandbox.gmail()
    draft = create_draft(gmail, make_raw("No id"))
    got = gmail.users().drafts().get(userId="me", id=draft["id"], format="raw").execute()
    parsed = message_from_bytes(unb64(got["message"]["raw"]), policy=policy.default)
    message_id = str(parsed["Message-ID"])
    assert message_id.startswith("<") and message_id.endswith("@mail.gmail.com>")
    assert parsed["Subject"] == "No id"
    q = f"rfc822msgid:{message_id}"
    assert gmail.users().messages().list(userId="me", q=q).execute()["resultSizeEstimate"] == 1


def test_draft_formats(sandbox: Sandbox) -> None:
    gmail = sandbox.gmail()
    raw = make_raw("Formats", message_id="<fmt@x>")
    draft = create_draft(gmail, raw)
    for fmt in ("full", "metadata", "minimal", "raw"):
        got = gmail.users().drafts().get(userId="me", id=draft["id"], format=fmt).execute()
        assert_conforms(API, "users.drafts.get", got)
        assert got["id"] == draft["id"]
        assert ("payload" in got["message"]) is (fmt in ("full", "metadata"))
        assert ("raw" in got["message"]) is (fmt == "raw")
    raw_back = gmail.users().drafts().get(userId="me", id=draft["id"], format="raw").execute()
    assert unb64(raw_back["message"]["raw"]) == raw


def test_update_keeps_draft_id_and_replaces_message(sandbox: Sandbox) -> None:
    gmail = sandbox.gmail()
    draft = create_draft(gmail, make_raw("First", body="one", message_id="<upd@x>"))
    body = {"message": {"raw": b64(make_raw("Second", body="two", message_id="<upd@x>"))}}
    updated = gmail.users().drafts().update(userId="me", id=draft["id"], body=body).execute()
    assert_conforms(API, "users.drafts.update", updated)
    assert updated["id"] == draft["id"]
    assert updated["message"]["id"] != draft["message"]["id"]
    with pytest.raises(HttpError) as error:
        gmail.users().messages().get(userId="me", id=draft["message"]["id"]).execute()
    assert status_of(error) == 404
    got = gmail.users().drafts().get(userId="me", id=draft["id"]).execute()
    assert header(got["message"], "Subject") == "Second"
    assert got["message"]["snippet"] == "two"
    listed = gmail.users().messages().list(userId="me", q="rfc822msgid:upd@x").execute()
    assert listed["resultSizeEstimate"] == 1


def test_delete_removes_draft_and_message(sandbox: Sandbox) -> None:
    gmail = sandbox.gmail()
    draft = create_draft(gmail, make_raw("Bye"))
    assert gmail.users().drafts().delete(userId="me", id=draft["id"]).execute() == ""
    for call in (
        gmail.users().drafts().get(userId="me", id=draft["id"]),
        gmail.users().messages().get(userId="me", id=draft["message"]["id"]),
        gmail.users().drafts().delete(userId="me", id=draft["id"]),
    ):
        with pytest.raises(HttpError) as error:
            call.execute()
        assert status_of(error) == 404
        assert error.value.error_details[0]["reason"] == "notFound"  # type: ignore[index,unused-ignore]
    assert gmail.users().drafts().list(userId="me").execute() == {"resultSizeEstimate": 0}


def test_send_moves_draft_to_sent(sandbox: Sandbox) -> None:
    gmail = sandbox.gmail()
    draft = create_draft(gmail, make_raw("Sending", message_id="<send@x>"))
    sent = gmail.users().drafts().send(userId="me", body={"id": draft["id"]}).execute()
    assert_conforms(API, "users.drafts.send", sent)
    # "When the draft is sent… a new message with an updated ID is created" (Gmail's guide)
    assert sent["id"] != draft["message"]["id"]
    assert sent["threadId"] == sent["id"]  # the draft was alone in its thread: so is this
    assert "SENT" in sent["labelIds"] and "DRAFT" not in sent["labelIds"]
    assert gmail.users().drafts().list(userId="me").execute() == {"resultSizeEstimate": 0}
    in_sent = gmail.users().messages().list(userId="me", q="in:sent rfc822msgid:send@x").execute()
    assert in_sent["messages"][0]["id"] == sent["id"]
    assert gmail.users().messages().list(userId="me", labelIds=["DRAFT"]).execute() == {
        "resultSizeEstimate": 0
    }
    with pytest.raises(HttpError) as error:
        gmail.users().drafts().send(userId="me", body={"id": draft["id"]}).execute()
    assert status_of(error) == 404


def test_send_with_new_content_sends_that_content(sandbox: Sandbox) -> None:
    gmail = sandbox.gmail()
    draft = create_draft(gmail, make_raw("Old words"))
    body = {"id": draft["id"], "message": {"raw": b64(make_raw("New words"))}}
    sent = gmail.users().drafts().send(userId="me", body=body).execute()
    got = gmail.users().messages().get(userId="me", id=sent["id"], format="metadata").execute()
    assert header(got, "Subject") == "New words"
    assert got["labelIds"] == ["SENT"]


def test_bad_drafts_are_400(sandbox: Sandbox) -> None:
    gmail = sandbox.gmail()
    bodies: list[dict[str, Any]] = [{"message": {"raw": "***not base64***"}}, {"message": {}}, {}]
    for body in bodies:
        with pytest.raises(HttpError) as error:
            gmail.users().drafts().create(userId="me", body=body).execute()
        assert status_of(error) == 400
    with pytest.raises(HttpError) as error:
        gmail.users().drafts().create(userId="me", body={"message": {"raw": b64(b"   ")}}).execute()
    assert status_of(error) == 400
    assert "Base64" in str(
        sandbox.admin.post("/_sandbox/gmail/messages", json={"raw": "%%%"}).json()
    )


# Threading ------------------------------------------------------------------


def test_reply_draft_joins_thread_and_unrelated_one_does_not(sandbox: Sandbox) -> None:
    gmail = sandbox.gmail()
    incoming = inject(
        sandbox,
        make_raw(
            "Interview with Acme", sender="Jane <jane@acme.com>", to=ME, message_id="<inv@acme>"
        ),
    )
    thread_id = incoming["threadId"]
    reply = create_draft(
        gmail,
        make_raw("Re: Interview with Acme", in_reply_to="<inv@acme>", references="<inv@acme>"),
        thread_id,
    )
    assert reply["message"]["threadId"] == thread_id
    # Gmail's rule needs all three: threadId, a reference into the thread, the same subject.
    prefixed = create_draft(
        gmail, make_raw("RE: Fwd:  interview with ACME", references="<inv@acme>"), thread_id
    )
    assert prefixed["message"]["threadId"] == thread_id
    by_subject = create_draft(gmail, make_raw("RE: Fwd:  interview with ACME"), thread_id)
    assert by_subject["message"]["threadId"] != thread_id
    by_reference = create_draft(
        gmail, make_raw("Something else", in_reply_to="<inv@acme>"), thread_id
    )
    assert by_reference["message"]["threadId"] != thread_id
    unrelated = create_draft(gmail, make_raw("Totally different"), thread_id)
    assert unrelated["message"]["threadId"] != thread_id
    assert unrelated["message"]["threadId"] == unrelated["message"]["id"]
    no_thread_named = create_draft(
        gmail, make_raw("Re: Interview with Acme", in_reply_to="<inv@acme>")
    )
    assert no_thread_named["message"]["threadId"] != thread_id

    thread = gmail.users().threads().get(userId="me", id=thread_id).execute()
    assert_conforms(API, "users.threads.get", thread)
    assert [m["id"] for m in thread["messages"]] == [
        incoming["id"],
        reply["message"]["id"],
        prefixed["message"]["id"],
    ]
    with pytest.raises(HttpError) as error:
        create_draft(gmail, make_raw("Re: x"), "ffffffffffffffff")
    assert status_of(error) == 404


def test_incoming_reply_threads_by_references(sandbox: Sandbox) -> None:
    gmail = sandbox.gmail()
    draft = create_draft(gmail, make_raw("Thank you", message_id="<ty@me>"))
    sent = gmail.users().drafts().send(userId="me", body={"id": draft["id"]}).execute()
    answer = inject(
        sandbox,
        make_raw("Re: Thank you", sender="jane@acme.com", to=ME, in_reply_to="<ty@me>"),
    )
    assert answer["threadId"] == sent["threadId"]
    assert answer["labelIds"] == ["INBOX", "UNREAD"]
    other_subject = inject(
        sandbox, make_raw("New topic", sender="jane@acme.com", to=ME, references="<ty@me>")
    )
    assert other_subject["threadId"] != sent["threadId"]
    forced = inject(sandbox, make_raw("Anything", sender="x@y.z", to=ME), threadId=sent["threadId"])
    assert forced["threadId"] == sent["threadId"]
    threads = gmail.users().threads().list(userId="me").execute()
    assert_conforms(API, "users.threads.list", threads)
    assert [t["id"] for t in threads["threads"]] == [sent["threadId"], other_subject["threadId"]]
    assert threads["resultSizeEstimate"] == 2


# Messages -------------------------------------------------------------------


def test_messages_list_pages_newest_first(sandbox: Sandbox) -> None:
    gmail = sandbox.gmail()
    ids = [
        inject(
            sandbox,
            make_raw(f"Message {n}", sender="a@b.c", to=ME),
            internalDate=1_700_000_000_000 + n * 1000,
        )["id"]
        for n in range(7)
    ]
    seen: list[str] = []
    token = None
    pages = 0
    while True:
        page = gmail.users().messages().list(userId="me", maxResults=3, pageToken=token).execute()
        assert_conforms(API, "users.messages.list", page)
        assert page["resultSizeEstimate"] == 7
        seen += [m["id"] for m in page["messages"]]
        pages += 1
        token = page.get("nextPageToken")
        if not token:
            break
    assert pages == 3
    assert seen == list(reversed(ids))
    request = gmail.users().messages().list(userId="me", maxResults=5)
    collected = []
    while request is not None:
        response = request.execute()
        collected += response.get("messages", [])
        request = gmail.users().messages().list_next(request, response)
    assert [m["id"] for m in collected] == list(reversed(ids))
    with pytest.raises(HttpError) as error:
        gmail.users().messages().list(userId="me", pageToken="garbage").execute()
    assert status_of(error) == 400


def test_messages_list_filters(sandbox: Sandbox) -> None:
    gmail = sandbox.gmail()
    inbox = inject(sandbox, make_raw("Offer", sender="hr@globex.io", to=ME))
    sent = inject(sandbox, make_raw("Question", to="hr@globex.io"), labelIds=["SENT"])
    draft = create_draft(gmail, make_raw("Draft reply"))
    trashed = inject(sandbox, make_raw("Old", sender="x@y.z", to=ME), labelIds=["TRASH"])

    def ids(**params: Any) -> list[str]:
        found = gmail.users().messages().list(userId="me", **params).execute()
        return sorted(m["id"] for m in found.get("messages", []))

    everything = [inbox["id"], sent["id"], draft["message"]["id"]]
    assert ids() == sorted(everything)
    assert ids(includeSpamTrash=True) == sorted([*everything, trashed["id"]])
    assert ids(q="in:trash") == [trashed["id"]]
    assert ids(q="in:anywhere") == sorted([*everything, trashed["id"]])
    assert ids(labelIds=["TRASH"]) == [trashed["id"]]
    assert ids(labelIds=["INBOX", "UNREAD"]) == [inbox["id"]]
    assert ids(labelIds=["INBOX", "SENT"]) == []
    assert ids(q="from:hr@globex.io") == [inbox["id"]]
    assert ids(q="to:hr@globex.io") == [sent["id"]]
    assert ids(q="in:sent OR in:drafts") == sorted([sent["id"], draft["message"]["id"]])
    assert ids(q="is:unread") == [inbox["id"]]
    assert ids(q="-in:inbox -in:drafts") == [sent["id"]]
    with pytest.raises(HttpError) as error:
        gmail.users().messages().list(userId="me", q='subject:"unclosed').execute()
    assert status_of(error) == 400
    assert "Unterminated quote" in error.value.reason


def test_message_formats_and_multipart_payload(sandbox: Sandbox) -> None:
    gmail = sandbox.gmail()
    raw = make_raw(
        "Slides",
        sender="Jane <jane@acme.com>",
        to=ME,
        body="Here are the slides.\n",
        html="<p>Here are the <b>slides</b>.</p>",
        attachment=("deck.pdf", b"%PDF-1.4 fake"),
        message_id="<slides@acme>",
    )
    stored = inject(sandbox, raw, internalDate=1_717_000_000_000)
    messages = gmail.users().messages()
    full = messages.get(userId="me", id=stored["id"]).execute()
    assert_conforms(API, "users.messages.get", full)
    assert full["internalDate"] == "1717000000000"
    assert full["sizeEstimate"] == len(raw)
    assert full["snippet"] == "Here are the slides."
    payload = full["payload"]
    assert payload["partId"] == "" and payload["mimeType"] == "multipart/mixed"
    assert [p["mimeType"] for p in payload["parts"]] == ["multipart/alternative", "application/pdf"]
    alternative, attachment = payload["parts"]
    assert [p["partId"] for p in alternative["parts"]] == ["0.0", "0.1"]
    assert unb64(alternative["parts"][0]["body"]["data"]) == b"Here are the slides.\n"
    assert alternative["parts"][1]["mimeType"] == "text/html"
    assert attachment["filename"] == "deck.pdf"
    assert attachment["body"]["size"] == len(b"%PDF-1.4 fake")
    assert "data" not in attachment["body"]
    fetched = (
        messages.attachments()
        .get(userId="me", messageId=stored["id"], id=attachment["body"]["attachmentId"])
        .execute()
    )
    assert_conforms(API, "users.messages.attachments.get", fetched)
    assert unb64(fetched["data"]) == b"%PDF-1.4 fake"

    metadata = messages.get(
        userId="me", id=stored["id"], format="metadata", metadataHeaders=["Subject", "from"]
    ).execute()
    assert_conforms(API, "users.messages.get", metadata)
    assert [h["name"] for h in metadata["payload"]["headers"]] == ["From", "Subject"]
    minimal = messages.get(userId="me", id=stored["id"], format="minimal").execute()
    assert_conforms(API, "users.messages.get", minimal)
    assert "payload" not in minimal and "raw" not in minimal
    assert minimal["labelIds"] == ["INBOX", "UNREAD"]
    raw_format = messages.get(userId="me", id=stored["id"], format="raw").execute()
    assert_conforms(API, "users.messages.get", raw_format)
    assert unb64(raw_format["raw"]) == raw
    assert "payload" not in raw_format
    with pytest.raises(HttpError) as error:
        messages.get(userId="me", id="0123456789abcdef").execute()
    assert status_of(error) == 404
    assert (
        gmail.users()
        .messages()
        .list(userId="me", q="has:attachment")
        .execute()["resultSizeEstimate"]
        == 1
    )


def test_utf8_subject_and_encoded_names_round_trip(sandbox: Sandbox) -> None:
    gmail = sandbox.gmail()
    subject = "Merci beaucoup — entretien chez Société Générale ✨"
    raw = make_raw(
        subject,
        to=formataddr(("José Müller", "jose@sg.fr")),
        sender=formataddr(("Zoë Ñandú", ME)),
        body="Très heureux d'avoir échangé avec vous.",
        unfolded=True,
    )
    assert b"=?utf-8?" in raw.lower()
    draft = create_draft(gmail, raw)
    full = gmail.users().messages().get(userId="me", id=draft["message"]["id"]).execute()
    assert header(full, "Subject") == subject
    assert header(full, "To") == "José Müller <jose@sg.fr>"
    assert header(full, "From") == f"Zoë Ñandú <{ME}>"
    assert full["snippet"] == "Très heureux d&#39;avoir échangé avec vous."
    text = unb64(full["payload"]["body"]["data"]).decode("utf-8")
    assert text.strip() == "Très heureux d'avoir échangé avec vous."
    for q in ('subject:"société générale"', "to:josé", "from:zoë", "échangé"):
        found = gmail.users().messages().list(userId="me", q=q).execute()
        assert found["resultSizeEstimate"] == 1, q
    mailbox = sandbox.admin.get("/_sandbox/gmail/mailbox").json()
    assert mailbox["drafts"][0]["message"]["subject"] == subject
    assert mailbox["threads"][0]["messages"][0]["to"] == "José Müller <jose@sg.fr>"


def test_modify_trash_and_delete(sandbox: Sandbox) -> None:
    # messages.delete takes only the full-mail scope; modify and trash also gmail.modify.
    gmail = sandbox.gmail(sandbox.credentials(scope="https://mail.google.com/"))
    stored = inject(sandbox, make_raw("Read me", sender="a@b.c", to=ME))
    messages = gmail.users().messages()
    read = messages.modify(
        userId="me",
        id=stored["id"],
        body={"removeLabelIds": ["UNREAD"], "addLabelIds": ["STARRED"]},
    ).execute()
    assert_conforms(API, "users.messages.modify", read)
    assert read["labelIds"] == ["INBOX", "STARRED"]
    with pytest.raises(HttpError) as error:
        messages.modify(userId="me", id=stored["id"], body={"addLabelIds": ["SENT"]}).execute()
    assert status_of(error) == 400
    messages.trash(userId="me", id=stored["id"]).execute()
    assert gmail.users().messages().list(userId="me").execute()["resultSizeEstimate"] == 0
    messages.untrash(userId="me", id=stored["id"]).execute()
    assert gmail.users().messages().list(userId="me").execute()["resultSizeEstimate"] == 1
    messages.delete(userId="me", id=stored["id"]).execute()
    assert gmail.users().getProfile(userId="me").execute()["messagesTotal"] == 0


# History --------------------------------------------------------------------


def test_history_records_changes(sandbox: Sandbox) -> None:
    gmail = sandbox.gmail()
    start = gmail.users().getProfile(userId="me").execute()["historyId"]
    quiet = gmail.users().history().list(userId="me", startHistoryId=start).execute()
    assert_conforms(API, "users.history.list", quiet)
    assert quiet == {"historyId": start}

    draft = create_draft(gmail, make_raw("Tracked"))
    message_id = draft["message"]["id"]
    sent = gmail.users().drafts().send(userId="me", body={"id": draft["id"]}).execute()
    reply = inject(sandbox, make_raw("Re: Tracked", sender="j@acme.com", to=ME))

    history = gmail.users().history().list(userId="me", startHistoryId=start).execute()
    assert_conforms(API, "users.history.list", history)
    records = history["history"]
    assert len(records) == 3
    assert [int(r["id"]) for r in records] == sorted(int(r["id"]) for r in records)
    assert records[0]["messagesAdded"][0]["message"]["id"] == message_id
    assert records[0]["messagesAdded"][0]["message"]["labelIds"] == ["DRAFT"]
    # Sending: the draft's message is deleted and a new one, with a new id, is added.
    assert records[1]["messagesDeleted"][0]["message"]["id"] == message_id
    assert records[1]["messagesAdded"][0]["message"]["id"] == sent["id"] != message_id
    assert records[1]["messagesAdded"][0]["message"]["labelIds"] == ["SENT"]
    assert records[2]["messagesAdded"][0]["message"]["id"] == reply["id"]
    assert history["historyId"] == records[-1]["id"]
    message = gmail.users().messages().get(userId="me", id=sent["id"], format="minimal").execute()
    assert message["historyId"] == records[1]["id"]

    added = (
        gmail.users()
        .history()
        .list(userId="me", startHistoryId=start, historyTypes=["messageAdded"])
        .execute()
    )
    assert [r["id"] for r in added["history"]] == [r["id"] for r in records]
    inbox = (
        gmail.users().history().list(userId="me", startHistoryId=start, labelId="INBOX").execute()
    )
    assert [r["id"] for r in inbox["history"]] == [records[2]["id"]]
    later = gmail.users().history().list(userId="me", startHistoryId=records[1]["id"]).execute()
    assert [r["id"] for r in later["history"]] == [records[2]["id"]]

    first = gmail.users().history().list(userId="me", startHistoryId=start, maxResults=2).execute()
    assert len(first["history"]) == 2 and first["nextPageToken"]
    second = (
        gmail.users()
        .history()
        .list(userId="me", startHistoryId=start, maxResults=2, pageToken=first["nextPageToken"])
        .execute()
    )
    assert [r["id"] for r in second["history"]] == [records[2]["id"]]
    assert "nextPageToken" not in second

    deleted_draft = create_draft(gmail, make_raw("Gone soon"))
    gmail.users().drafts().delete(userId="me", id=deleted_draft["id"]).execute()
    tail = gmail.users().history().list(userId="me", startHistoryId=history["historyId"]).execute()
    assert_conforms(API, "users.history.list", tail)
    assert (
        tail["history"][-1]["messagesDeleted"][0]["message"]["id"] == deleted_draft["message"]["id"]
    )


def test_history_expired_is_404(sandbox: Sandbox) -> None:
    gmail = sandbox.gmail()
    start = gmail.users().getProfile(userId="me").execute()["historyId"]
    create_draft(gmail, make_raw("Before expiry"))
    sandbox.admin.post("/_sandbox/gmail/expire-history").raise_for_status()
    with pytest.raises(HttpError) as error:
        gmail.users().history().list(userId="me", startHistoryId=start).execute()
    assert status_of(error) == 404
    assert error.value.error_details[0]["reason"] == "notFound"  # type: ignore[index,unused-ignore]
    now = gmail.users().getProfile(userId="me").execute()["historyId"]
    assert gmail.users().history().list(userId="me", startHistoryId=now).execute() == {
        "historyId": now
    }
    create_draft(gmail, make_raw("After expiry"))
    after = gmail.users().history().list(userId="me", startHistoryId=now).execute()
    assert len(after["history"]) == 1
    with pytest.raises(HttpError) as error:
        gmail.users().history().list(userId="me", startHistoryId="abc").execute()
    assert status_of(error) == 400


# Threads --------------------------------------------------------------------


def test_threads_formats_and_query(sandbox: Sandbox) -> None:
    gmail = sandbox.gmail()
    first = inject(
        sandbox, make_raw("Next steps", sender="jane@acme.com", to=ME, message_id="<ns@acme>")
    )
    create_draft(gmail, make_raw("Re: Next steps", in_reply_to="<ns@acme>"), first["threadId"])
    inject(sandbox, make_raw("Unrelated", sender="bob@other.org", to=ME))
    for fmt in ("full", "metadata", "minimal"):
        thread = (
            gmail.users().threads().get(userId="me", id=first["threadId"], format=fmt).execute()
        )
        assert_conforms(API, "users.threads.get", thread)
        assert len(thread["messages"]) == 2
        assert ("payload" in thread["messages"][0]) is (fmt != "minimal")
    found = gmail.users().threads().list(userId="me", q="from:jane@acme.com").execute()
    assert [t["id"] for t in found["threads"]] == [first["threadId"]]
    assert (
        gmail.users().threads().list(userId="me", q="in:drafts").execute()["threads"][0]["id"]
        == first["threadId"]
    )
    with pytest.raises(HttpError) as error:
        gmail.users().threads().get(userId="me", id="0000000000000000").execute()
    assert status_of(error) == 404


# Admin, uploads, persistence --------------------------------------------------


def test_mailbox_view(sandbox: Sandbox) -> None:
    gmail = sandbox.gmail()
    old = inject(sandbox, make_raw("Old", sender="a@b.c", to=ME), internalDate=1_000)
    new = inject(sandbox, make_raw("New", sender="a@b.c", to=ME, message_id="<new@b.c>"))
    draft = create_draft(gmail, make_raw("Re: New", in_reply_to="<new@b.c>"), new["threadId"])
    view = sandbox.admin.get("/_sandbox/gmail/mailbox").json()
    assert view == sandbox.state.gmail.mailbox_view()
    assert [t["id"] for t in view["threads"]] == [new["threadId"], old["threadId"]]
    newest = view["threads"][0]
    assert newest["subject"] == "New"
    assert [m["is_draft"] for m in newest["messages"]] == [False, True]
    assert newest["messages"][0]["message_id"] == "<new@b.c>"
    assert {"id", "labelIds", "from", "to", "subject", "date", "snippet"} <= set(
        newest["messages"][0]
    )
    assert [d["id"] for d in view["drafts"]] == [draft["id"]]


def test_media_upload_routes(sandbox: Sandbox) -> None:
    # The real client cannot reach these against an http:// endpoint: it swaps only the host
    # of the upload URL and keeps https. So they are driven over plain HTTP here, in the
    # client's wire format (multipart/related: JSON metadata, then the message/rfc822 part).
    token = sandbox.credentials().token
    auth = {"Authorization": f"Bearer {token}"}
    raw = make_raw("Uploaded", message_id="<up@x>")
    boundary = "===============123456=="
    body = (
        (
            f"--{boundary}\r\nContent-Type: application/json\r\nMIME-Version: 1.0\r\n\r\n"
            "{}\r\n"
            f"--{boundary}\r\nContent-Type: message/rfc822\r\nMIME-Version: 1.0\r\n"
            "Content-Transfer-Encoding: binary\r\n\r\n"
        ).encode()
        + raw
        + f"\r\n--{boundary}--".encode()
    )
    created = sandbox.admin.post(
        "/upload/gmail/v1/users/me/drafts?uploadType=multipart&alt=json",
        content=body,
        headers={**auth, "Content-Type": f'multipart/related; boundary="{boundary}"'},
    )
    assert created.status_code == 200, created.text
    draft = created.json()
    assert_conforms(API, "users.drafts.create", draft)
    gmail = sandbox.gmail()
    got = gmail.users().drafts().get(userId="me", id=draft["id"], format="raw").execute()
    assert unb64(got["message"]["raw"]) == raw

    again = make_raw("Uploaded again")
    updated = sandbox.admin.put(
        f"/upload/gmail/v1/users/me/drafts/{draft['id']}?uploadType=media",
        content=again,
        headers={**auth, "Content-Type": "message/rfc822"},
    )
    assert updated.status_code == 200, updated.text
    assert updated.json()["id"] == draft["id"]
    got = gmail.users().drafts().get(userId="me", id=draft["id"], format="raw").execute()
    stored = unb64(got["message"]["raw"])
    assert stored.startswith(b"Message-ID: <") and stored.endswith(again)  # Gmail adds an id
    refused = sandbox.admin.post("/upload/gmail/v1/users/me/drafts?uploadType=media", content=raw)
    assert refused.status_code == 401


def test_store_survives_dump_and_load(sandbox: Sandbox) -> None:
    from followup.sandbox.gmail import GmailStore

    gmail = sandbox.gmail()
    create_draft(gmail, make_raw("Persisted", message_id="<p@x>"))
    inject(sandbox, make_raw("Inbox", sender="a@b.c", to=ME))
    store = sandbox.state.gmail
    copy = GmailStore.load(store.dump())
    assert copy.mailbox_view() == store.mailbox_view()
    assert copy.history_id == store.history_id
    assert copy.history_since(copy.history_floor) == store.history_since(store.history_floor)
