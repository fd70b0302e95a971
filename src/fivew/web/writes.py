"""What the desk writes: sign-in, comments and reviews, by form and by JSON API.

Forms need the session's CSRF token. A comment needs a session (every visitor has
one); a review needs a signed-in analyst. The JSON endpoints take a bearer token
(``fivew user add NAME --token``), or a session with its token in ``X-CSRF-Token``.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, Field

from fivew.store import review
from fivew.store.schema import NAME_LENGTH
from fivew.web.app import ok, render, session_of, store_of
from fivew.web.pages import article_view
from fivew.web.security import Sessions, renew

router = APIRouter()

#: The comment form's messages, beside the field left empty (issue 6 gives the words).
MISSING_COMMENT = "Please enter your comment!"
MISSING_NAME = "Please enter your name here"
#: Longest free-text form field (a comment, a note); longer posts are refused.
MAX_TEXT = review.MAX_COMMENT_CHARS

Text = Annotated[str, Form(max_length=MAX_TEXT)]
Name = Annotated[str, Form(max_length=NAME_LENGTH)]


def _check_csrf(request: Request, token: str | None) -> None:
    sessions: Sessions = request.app.state.sessions
    if not sessions.csrf_ok(session_of(request), token):
        raise HTTPException(403, "missing or stale form token; reload the page and try again")


def _api_user(request: Request) -> str | None:
    """Who calls the JSON API: a bearer token's account, else the checked session's user.

    Raises 401 when neither a token nor a session with its CSRF header is given.
    """
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        user = review.user_for_token(store_of(request), header[7:].strip())
        if user is None:
            raise HTTPException(401, "unknown API token")
        return user
    sessions: Sessions = request.app.state.sessions
    if not sessions.csrf_ok(session_of(request), request.headers.get("x-csrf-token")):
        raise HTTPException(401, "send 'Authorization: Bearer <token>' or a session's X-CSRF-Token")
    user = session_of(request).get("user")
    return str(user) if user else None


def _local(target: str | None) -> str:
    """A redirect target on this site only (never ``//elsewhere`` or ``https://...``)."""
    if target and target.startswith("/") and not target.startswith(("//", "/\\")):
        return target
    return "/articles"


@router.get("/signin", tags=["pages"], summary="The sign-in form (HTML)")
def signin_page(request: Request, next: str | None = None) -> Response:
    return render(request, "signin.html", next=_local(next), failed=False)


@router.post("/signin", tags=["session"], summary="Sign in with a form")
def signin(
    request: Request,
    name: Name,
    password: Annotated[str, Form(max_length=1000)],
    csrf: Annotated[str, Form()] = "",
    next: Annotated[str, Form()] = "/articles",
) -> Response:
    _check_csrf(request, csrf)
    if not review.check_password(store_of(request), name, password):
        return render(request, "signin.html", status=401, next=_local(next), failed=True, name=name)
    renew(session_of(request), name)
    return RedirectResponse(_local(next), status_code=303)


@router.post("/signout", tags=["session"], summary="Sign out")
def signout(request: Request, csrf: Annotated[str, Form()] = "") -> Response:
    _check_csrf(request, csrf)
    renew(session_of(request), None)
    return RedirectResponse("/articles", status_code=303)


@router.post("/articles/{article_id}/comments", tags=["pages"], summary="Comment with a form")
def comment_form(
    request: Request,
    article_id: str,
    comment: Text = "",
    name: Name = "",
    event_id: Annotated[str, Form(max_length=64)] = "",
    csrf: Annotated[str, Form()] = "",
) -> Response:
    _check_csrf(request, csrf)
    errors = {}
    if not comment.strip():
        errors["comment"] = MISSING_COMMENT
    if not name.strip():
        errors["name"] = MISSING_NAME
    if errors:
        typed = {"comment": comment, "name": name, "event_id": event_id}
        return article_view(request, article_id, status=422, form=typed, form_errors=errors)
    user = session_of(request).get("user")
    made = review.add_comment(
        store_of(request), article_id, name, comment, event_id=event_id or None, user_name=user
    )
    return RedirectResponse(f"/articles/{made.article_id}#comment-{made.id}", status_code=303)


@router.post("/articles/{article_id}/reviews", tags=["pages"], summary="Review with a form")
def review_form(
    request: Request,
    article_id: str,
    target_kind: Name,
    target_id: Name,
    verdict: Name,
    field: Name = "",
    value: Text = "",
    note: Text = "",
    csrf: Annotated[str, Form()] = "",
) -> Response:
    _check_csrf(request, csrf)
    user = session_of(request).get("user")
    if not user:
        raise HTTPException(401, "sign in to review")
    try:
        made = review.add_review(
            store_of(request),
            article_id,
            target_kind,
            target_id,
            verdict,
            str(user),
            field=field or None,
            value=value or None,
            note=note or None,
        )
    except review.CorrectionError as exc:
        typed = {
            "target_kind": target_kind,
            "target_id": target_id,
            "verdict": verdict,
            "field": field,
            "value": value,
            "note": note,
        }
        return article_view(request, article_id, status=422, review_form=typed, review_error=exc)
    return RedirectResponse(
        f"/articles/{made.article_id}#{made.target_kind}-{made.target_id}", status_code=303
    )


class CommentIn(BaseModel):
    author: str = Field(min_length=1, max_length=NAME_LENGTH)
    body: str = Field(min_length=1, max_length=MAX_TEXT)
    event_id: str | None = Field(default=None, max_length=64)


class ReviewIn(BaseModel):
    target_kind: str = Field(description=f"One of {', '.join(review.TARGET_KINDS)}")
    target_id: str = Field(max_length=64)
    verdict: str = Field(description=f"One of {', '.join(review.VERDICTS)}")
    field: str | None = Field(default=None, max_length=NAME_LENGTH)
    value: str | None = Field(default=None, max_length=MAX_TEXT)
    note: str | None = Field(default=None, max_length=MAX_TEXT)


@router.post("/api/articles/{article_id}/comments", tags=["api"], status_code=201)
def comment_api(request: Request, article_id: str, payload: CommentIn) -> dict[str, Any]:
    """Comment on an article or one of its events."""
    user = _api_user(request)
    made = review.add_comment(
        store_of(request),
        article_id,
        payload.author,
        payload.body,
        event_id=payload.event_id,
        user_name=user,
    )
    return ok(comment=asdict(made))


@router.post("/api/articles/{article_id}/reviews", tags=["api"], status_code=201)
def review_api(request: Request, article_id: str, payload: ReviewIn) -> dict[str, Any]:
    """Confirm, reject or correct one annotation; the record itself stays as it is."""
    user = _api_user(request)
    if not user:
        raise HTTPException(401, "sign in or use an API token to review")
    made = review.add_review(
        store_of(request),
        article_id,
        payload.target_kind,
        payload.target_id,
        payload.verdict,
        user,
        field=payload.field,
        value=payload.value,
        note=payload.note,
    )
    return ok(review=asdict(made))
