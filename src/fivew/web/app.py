"""The desk's ASGI application: one Store, the pages, their JSON twins, one error shape.

Every page ``/x`` has a twin ``/x.json`` with the same data. Errors answer, for a
JSON request, ``{"ok": false, "status": N, "error": "...", "errors": [...]}`` and
for a page the same message in HTML.
"""

from __future__ import annotations

import logging
import os
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp

from fivew import __version__
from fivew.errors import ConfigError, StoreError
from fivew.store import Store
from fivew.store.engine import DB_ENV_VAR, resolve_url
from fivew.store.review import CorrectionError
from fivew.web.security import HeadersMiddleware, LimitsMiddleware, SessionMiddleware, Sessions

logger = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
#: Environment variable holding the secret that signs sessions. Unset, a random one is
#: made at start (one for all the workers of ``fivew serve``), so sessions end when the
#: server stops.
SECRET_ENV_VAR = "FIVEW_SECRET"
#: What uvicorn imports in each worker process of ``fivew serve`` (see
#: :func:`from_environment`): every worker opens its own store.
FACTORY = "fivew.web.app:from_environment"

templates = Jinja2Templates(directory=str(HERE / "templates"))


def wants_json(request: Request) -> bool:
    """True for ``.json`` twins, the API, and clients that prefer JSON to HTML."""
    path = request.url.path
    if path.endswith((".json", ".jsonl", ".geojson", ".csv")) or path.startswith("/api/"):
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def envelope(status: int, error: str, errors: list[Any] | None = None) -> dict[str, Any]:
    """The one shape of every error the desk answers."""
    return {"ok": False, "status": status, "error": error, "errors": errors or []}


def ok(**data: Any) -> dict[str, Any]:
    """A successful JSON answer."""
    return {"ok": True, **data}


def store_of(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def session_of(request: Request) -> dict[str, Any]:
    session: dict[str, Any] = request.state.session
    return session


def render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    """A page, with what every template needs (the user, a CSRF token, the query)."""
    session = session_of(request)
    sessions: Sessions = request.app.state.sessions
    context.setdefault("params", {})
    return templates.TemplateResponse(
        request,
        template,
        {
            "user": session.get("user"),
            "csrf": sessions.csrf_token(session),
            "version": __version__,
            **context,
        },
        status_code=status,
    )


def query_string(params: dict[str, Any], **changes: Any) -> str:
    """``params`` with ``changes`` as a query string (``?a=1&b=2``), empty values dropped."""
    merged = {key: value for key, value in {**params, **changes}.items() if value not in (None, "")}
    return "?" + urlencode(merged) if merged else ""


templates.env.globals["query_string"] = query_string


def _error(
    request: Request, status: int, message: str, errors: list[Any] | None = None
) -> Response:
    if wants_json(request):
        return JSONResponse(envelope(status, message, errors), status_code=status)
    return render(request, "error.html", status=status, status_code=status, message=message)


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        return _error(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        errors = [
            {"where": ".".join(str(p) for p in e.get("loc", ())), "message": e.get("msg")}
            for e in exc.errors()
        ]
        return _error(request, 422, "invalid request", errors)

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        message = str(exc)
        status = 404 if exc.message.startswith(("no article", "article ")) else 400
        if exc.message.startswith("cannot"):
            status = 500
            logger.error("store error: %s", message)
        return _error(request, status, message)

    @app.exception_handler(ConfigError)
    async def bad_value(request: Request, exc: ConfigError) -> Response:
        if isinstance(exc, CorrectionError):
            # A value the annotation cannot take: said as a validation error is.
            errors = [{"where": f"body.{exc.where}", "message": exc.message}]
            return _error(request, 422, str(exc), errors)
        return _error(request, 400, str(exc))

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception) -> Response:
        logger.exception("unhandled error on %s", request.url.path)
        message = "internal error; the server log says more"
        if wants_json(request) or getattr(request.state, "session", None) is None:
            # No session (the crash came before it was read): no page template either.
            return JSONResponse(envelope(500, message), status_code=500)
        return _error(request, 500, message)


class DeskApp(FastAPI):
    """FastAPI with :class:`HeadersMiddleware` around everything, Starlette's
    ``ServerErrorMiddleware`` (which answers the catch-all 500) included."""

    def build_middleware_stack(self) -> ASGIApp:
        return HeadersMiddleware(super().build_middleware_stack())


def create_app(db: str | None = None, *, secret: str | None = None) -> FastAPI:
    """The desk over the database ``db`` (path or URL; ``None``: ``$FIVEW_DB``, ./fivew.db)."""
    from fivew.web import pages, views_events, writes

    store = Store(db)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = DeskApp(
        title="fivew desk",
        version=__version__,
        description="Stored fivew records: articles, events, places, reviews and comments.",
        # The interactive docs pages load their scripts from a CDN: only the document.
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
        lifespan=lifespan,
    )
    sessions = Sessions(secret or os.environ.get(SECRET_ENV_VAR) or _random_secret())
    app.state.store = store
    app.state.sessions = sessions
    app.add_middleware(SessionMiddleware, sessions=sessions)
    app.add_middleware(LimitsMiddleware)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    _install_error_handlers(app)
    for module in (pages, views_events, writes):
        app.include_router(module.router)
    return app


def _random_secret() -> str:
    logger.warning(
        "%s is not set: sessions are signed with a random secret and end when the "
        "server stops (set it to a long random string to keep analysts signed in)",
        SECRET_ENV_VAR,
    )
    return secrets.token_urlsafe(32)


def worker_environment(db: str | None, secret: str | None = None) -> dict[str, str]:
    """The environment every worker process of one ``fivew serve`` reads.

    The database as a URL (a relative path means the same file in every worker) and
    one session secret for all of them: ``secret``, else ``$FIVEW_SECRET``, else a
    random one made here, once, so that a session signed by one worker (sign-in, a
    form's CSRF token) is good in every other.
    """
    return {
        DB_ENV_VAR: resolve_url(db).render_as_string(hide_password=False),
        SECRET_ENV_VAR: secret or os.environ.get(SECRET_ENV_VAR) or _random_secret(),
    }


def from_environment() -> FastAPI:
    """The desk over ``$FIVEW_DB`` signed with ``$FIVEW_SECRET``: the factory uvicorn
    calls in each worker process (:data:`FACTORY`), after :func:`worker_environment`."""
    return create_app(os.environ.get(DB_ENV_VAR), secret=os.environ.get(SECRET_ENV_VAR))
