"""Real servers on loopback for tests: an SMTP server (aiosmtpd) and an HTTP server.

Both run in a background thread on 127.0.0.1 with a port chosen by the OS, collect what
they receive, and can be told how to answer. Fixtures stay thin wrappers around these.
"""

from __future__ import annotations

import json
import socket
import ssl
import threading
import warnings
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

HOST = "127.0.0.1"


def unused_port() -> int:
    """A port nothing listens on (bound once by the OS, then released)."""
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def make_certificate(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1/localhost from a throwaway test CA (trustme)."""
    import trustme

    issued = trustme.CA().issue_cert("127.0.0.1", "localhost")
    cert, key = folder / "cert.pem", folder / "key.pem"
    issued.cert_chain_pems[0].write_to_path(str(cert))
    issued.private_key_pem.write_to_path(str(key))
    return cert, key


def server_tls_context(cert: Path, key: Path) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    return context


# --- SMTP -----------------------------------------------------------------------------


@dataclass
class ReceivedMail:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    login: str | None

    def message(self) -> EmailMessage:
        """The mail as parsed by the stdlib (policy.default: headers as str, get_content)."""
        return message_from_bytes(self.data, policy=policy.default)


@dataclass
class _Failure:
    reply: str
    stage: str
    remaining: int


class _Handler:
    def __init__(self, server: SmtpServer) -> None:
        self.server = server

    async def handle_RCPT(
        self, smtp: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        reply = self.server._failure("rcpt")
        if reply:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, smtp: SMTP, session: Session, envelope: Envelope) -> str:
        reply = self.server._failure("data")
        if reply:
            return reply
        auth = session.auth_data
        login = auth.login.decode() if isinstance(auth, LoginPassword) else None
        content = envelope.content or b""
        data = content if isinstance(content, bytes) else content.encode()
        mail = ReceivedMail(envelope.mail_from or "", list(envelope.rcpt_tos), data, login)
        with self.server.lock:
            self.server.received.append(mail)
        return "250 Message accepted for delivery"


class _BoundController(Controller):
    """Listens on a socket bound before start, so the OS-chosen port is known (no race)."""

    def __init__(self, handler: Any, sock: socket.socket, **kwargs: Any) -> None:
        super().__init__(handler, hostname=HOST, port=sock.getsockname()[1], **kwargs)
        self._sock = sock

    def factory(self) -> SMTP:
        # Plain-text AUTH is what the tests want; aiosmtpd warns about it on each connection.
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", "Requiring AUTH while not requiring TLS")
            return SMTP(self.handler, **self.SMTP_kwargs)

    def _create_server(self) -> Any:
        return self.loop.create_server(self._factory_invoker, sock=self._sock, ssl=self.ssl_context)


class SmtpServer:
    """An SMTP server in a thread, collecting mail in ``received``.

    ``users`` (login → password) turns on required AUTH over plain text; ``starttls`` (a
    server context) offers STARTTLS; ``implicit_tls`` makes it speak TLS from the start.
    """

    def __init__(
        self,
        *,
        users: dict[str, str] | None = None,
        starttls: ssl.SSLContext | None = None,
        implicit_tls: ssl.SSLContext | None = None,
    ) -> None:
        self.host = HOST
        self.received: list[ReceivedMail] = []
        self.lock = threading.Lock()
        self._failures: deque[_Failure] = deque()
        self._users = users
        sock = socket.socket()
        sock.bind((HOST, 0))
        self.port = int(sock.getsockname()[1])
        kwargs: dict[str, Any] = {"ssl_context": implicit_tls}
        if starttls is not None:
            kwargs |= {"tls_context": starttls, "require_starttls": True}
        if users is not None:
            kwargs |= {
                "authenticator": self._authenticate,
                "auth_required": True,
                "auth_require_tls": starttls is not None,
            }
        self._controller = _BoundController(_Handler(self), sock, **kwargs)

    def fail_next(self, reply: str, count: int = 1, *, stage: str = "data") -> None:
        """Answer ``reply`` (e.g. "451 4.3.0 try later") at RCPT or DATA for ``count`` mails."""
        assert stage in ("rcpt", "data"), stage
        with self.lock:
            self._failures.append(_Failure(reply, stage, count))

    def _failure(self, stage: str) -> str | None:
        with self.lock:
            if not self._failures or self._failures[0].stage != stage:
                return None
            failure = self._failures[0]
            failure.remaining -= 1
            if failure.remaining <= 0:
                self._failures.popleft()
            return failure.reply

    def _authenticate(
        self, smtp: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
    ) -> AuthResult:
        ok = (
            isinstance(data, LoginPassword)
            and self._users is not None
            and self._users.get(data.login.decode()) == data.password.decode()
        )
        return AuthResult(success=ok, handled=False, auth_data=data if ok else None)

    def start(self) -> SmtpServer:
        self._controller.start()
        return self

    def stop(self) -> None:
        self._controller.stop()


@contextmanager
def running_smtp_server(**kwargs: Any) -> Iterator[SmtpServer]:
    server = SmtpServer(**kwargs).start()
    try:
        yield server
    finally:
        server.stop()


# --- HTTP -----------------------------------------------------------------------------


@dataclass
class Reply:
    """One programmed answer; ``delay`` seconds pass before it is sent."""

    status: int = 204
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | str = b""
    delay: float = 0.0


@dataclass
class ReceivedRequest:
    method: str
    path: str
    headers: dict[str, str]  # names lower-cased
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


class WebhookServer:
    """An HTTP server in a thread, recording requests in ``requests``.

    Each request takes the next ``Reply`` queued by ``reply()``; when none are queued it
    gets ``default`` (204 No Content).
    """

    def __init__(self, default: Reply | None = None) -> None:
        self.requests: list[ReceivedRequest] = []
        self.default = default or Reply()
        self.lock = threading.Lock()
        self._replies: deque[Reply] = deque()
        self._stopping = threading.Event()
        self._httpd = ThreadingHTTPServer((HOST, 0), _make_handler(self))
        self.host = HOST
        self.port = int(self._httpd.server_address[1])
        self.url = f"http://{HOST}:{self.port}/hooks/tracker"
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def reply(self, *replies: Reply) -> None:
        with self.lock:
            self._replies.extend(replies)

    def _next(self, request: ReceivedRequest) -> Reply:
        with self.lock:
            self.requests.append(request)
            return self._replies.popleft() if self._replies else self.default

    def start(self) -> WebhookServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # wakes handlers that are delaying their reply
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)


def _make_handler(server: WebhookServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length)
            headers = {k.lower(): v for k, v in self.headers.items()}
            reply = server._next(ReceivedRequest(self.command, self.path, headers, body))
            if reply.delay and server._stopping.wait(reply.delay):
                return
            payload = reply.body.encode() if isinstance(reply.body, str) else reply.body
            try:
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test): nothing to answer

        do_PUT = do_GET = do_POST

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


@contextmanager
def running_webhook_server(default: Reply | None = None) -> Iterator[WebhookServer]:
    server = WebhookServer(default).start()
    try:
        yield server
    finally:
        server.stop()


# --- web pages --------------------------------------------------------------------------


class PageServer:
    """An HTTP server in a thread answering GET with fixed pages: path -> (status, type, body)."""

    def __init__(self, pages: dict[str, tuple[int, str, bytes]]) -> None:
        pages_ = pages

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                status, content_type, body = pages_.get(self.path, (404, "text/plain", b"gone"))
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._httpd = ThreadingHTTPServer((HOST, 0), Handler)
        self.base = f"http://{HOST}:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def __enter__(self) -> PageServer:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)
