#!/usr/bin/python3
"""A real SMTP server for johto's e-mail tests (aiosmtpd). Listens on 127.0.0.1 at
the given port and writes every message it receives into the given folder as JSON:
recipients, decoded subject, plain-text and HTML bodies, the mailing-list headers and
attachments. A recipient whose address starts with "bounce" is refused for good (550),
as a mailbox that does not exist. Given a third argument N, it holds the N-th message
unanswered after its data has come (and writes the file "held" into the folder), so
that a test can kill the sender in the middle of a transaction: the held message is
never kept, as a real server keeps nothing its client did not see through. Prints
"ready" once it listens and runs until it is killed."""
import asyncio
import email
import email.policy
import json
import os
import sys
import time

from aiosmtpd.controller import Controller


class Keep:
    def __init__(self, folder, hold_at):
        self.folder = folder
        self.count = 0
        self.hold_at = hold_at

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith("bounce"):
            return "550 5.1.1 No such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.hold_at is not None and self.count + 1 == self.hold_at:
            self.hold_at = None
            open(os.path.join(self.folder, "held"), "w").close()
            await asyncio.Event().wait()
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        body = message.get_body(preferencelist=("plain",))
        html = message.get_body(preferencelist=("html",))
        attachments = [
            {
                "filename": part.get_filename(),
                "content_type": part.get_content_type(),
                "content": part.get_content() if part.get_content_maintype() == "text" else "",
            }
            for part in message.iter_attachments()
        ]
        self.count += 1
        record = {
            "to": envelope.rcpt_tos,
            "from": envelope.mail_from,
            "subject": str(message["subject"]),
            "body": body.get_content() if body is not None else "",
            "html": html.get_content() if html is not None else "",
            "headers": {
                name: str(message[name])
                for name in ("List-Id", "List-Unsubscribe", "List-Unsubscribe-Post")
                if message[name] is not None
            },
            "attachments": attachments,
        }
        path = os.path.join(self.folder, f"{time.time_ns()}-{self.count}.json")
        with open(path + ".part", "w", encoding="utf-8") as out:
            json.dump(record, out)
        os.rename(path + ".part", path)
        return "250 OK"


port, folder = int(sys.argv[1]), sys.argv[2]
hold_at = int(sys.argv[3]) if len(sys.argv) > 3 else None
controller = Controller(Keep(folder, hold_at), hostname="127.0.0.1", port=port)
controller.start()
print("ready", flush=True)
try:
    while True:
        time.sleep(3600)
finally:
    controller.stop()
