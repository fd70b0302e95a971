"""Sessions, CSRF tokens, request limits and response headers for the desk.

Every visitor gets a signed session cookie holding a random session id and, once
signed in, the account name. A form's CSRF token is an HMAC of the session id under
the server's secret, so it needs no storage and dies with the session. API clients
send ``Authorization: Bearer <token>`` (tokens from ``fivew user add --token``)
instead, or a session cookie with the token in ``X-CSRF-Token``.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import Any

from itsdangerous import BadSignature, URLSafeTimedSerializer
from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

#: Name of the session cookie.
SESSION_COOKIE = "fivew_session"
#: Seconds a session lasts without being renewed: one working day plus slack.
SESSION_MAX_AGE_S = 12 * 3600
#: Largest request body accepted (forms and JSON writes are small; a comment is at
#: most 5,000 characters). Larger bodies get 413 before they are read.
MAX_BODY_BYTES = 64 * 1024
#: The content security policy: nothing inline, nothing from elsewhere, no framing.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; form-action 'self'; frame-ancestors 'none'; "
    "base-uri 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
}


class Sessions:
    """Signs and reads the session cookie; derives CSRF tokens."""

    def __init__(self, secret: str) -> None:
        self._secret = secret.encode("utf-8")
        self._serializer = URLSafeTimedSerializer(secret, salt="fivew-session")

    def load(self, request: Request) -> dict[str, Any]:
        """The request's session, or a new one (marked ``_new``) when it has none."""
        cookie = request.cookies.get(SESSION_COOKIE)
        if cookie:
            try:
                data = self._serializer.loads(cookie, max_age=SESSION_MAX_AGE_S)
                if isinstance(data, dict) and isinstance(data.get("sid"), str):
                    return data
            except BadSignature:
                pass
        return {"sid": secrets.token_urlsafe(16), "user": None, "_new": True}

    def dump(self, session: dict[str, Any]) -> str:
        return self._serializer.dumps({"sid": session["sid"], "user": session.get("user")})

    def csrf_token(self, session: dict[str, Any]) -> str:
        return hmac.new(self._secret, session["sid"].encode("utf-8"), hashlib.sha256).hexdigest()

    def csrf_ok(self, session: dict[str, Any], token: str | None) -> bool:
        if not token or session.get("_new"):
            return False
        return hmac.compare_digest(self.csrf_token(session), token)


def renew(session: dict[str, Any], user: str | None) -> None:
    """Sign ``user`` in (or out) on a fresh session id, so an old CSRF token stops working."""
    session["sid"] = secrets.token_urlsafe(16)
    session["user"] = user
    session["_changed"] = True


class SessionMiddleware:
    """Loads the session into ``request.state`` and writes the cookie when it changed."""

    def __init__(self, app: ASGIApp, sessions: Sessions) -> None:
        self.app = app
        self.sessions = sessions

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        session = self.sessions.load(Request(scope))
        scope.setdefault("state", {})["session"] = session

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start" and (
                session.get("_new") or session.get("_changed")
            ):
                headers = MutableHeaders(scope=message)
                headers.append(
                    "Set-Cookie",
                    f"{SESSION_COOKIE}={self.sessions.dump(session)}; Path=/; HttpOnly; "
                    f"SameSite=Lax; Max-Age={SESSION_MAX_AGE_S}",
                )
            await send(message)

        await self.app(scope, receive, sending)


class HeadersMiddleware:
    """Adds :data:`SECURITY_HEADERS` to every response, error pages and crashes included.

    It must wrap the whole application, Starlette's own error middleware too (see
    :meth:`fivew.web.app.DeskApp.build_middleware_stack`): the catch-all handler's 500
    is sent from there, outside the middleware added with ``add_middleware``.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers[name] = value
            await send(message)

        await self.app(scope, receive, sending)


class LimitsMiddleware:
    """Refuses oversized bodies (413), declared or streamed."""

    def __init__(self, app: ASGIApp, max_body: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_body):
            await _too_large(send, self.max_body)
            return
        received = 0

        async def receiving() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    raise BodyTooLarge
            return message

        try:
            await self.app(scope, receiving, send)
        except BodyTooLarge:
            await _too_large(send, self.max_body)


class BodyTooLarge(Exception):
    """A streamed body grew past the limit."""


async def _too_large(send: Send, limit: int) -> None:
    body = (
        f'{{"ok": false, "status": 413, "error": "request body over {limit} bytes", "errors": []}}'
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
