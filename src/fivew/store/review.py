"""Analysts' accounts, comments and reviews, kept beside (never inside) the records.

A review confirms, rejects or corrects one annotation of a record (an event, a quote,
a place ...). The machine's record is never changed: reviews are rows of their own,
with who made them and when, and readers show both.

Passwords are hashed with Argon2id (argon2-cffi, from the ``web`` extra); API tokens
are random and only their SHA-256 is stored.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, get_args

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError

from fivew.article import EntityType, EventType, Modality, Quote, TimeExpression
from fivew.errors import ConfigError, StoreError
from fivew.store.schema import NAME_LENGTH, articles, comments, reviews, users
from fivew.store.store import Store
from fivew.store.write import aware, now

#: What can be reviewed: the lists of a record whose items carry an ``id``.
TARGET_KINDS = ("event", "quote", "place", "entity", "time")
#: What a reviewer can say of an annotation.
VERDICTS = ("confirm", "reject", "correct")
#: Fields a correction may name, per kind. An event's are those analysts are asked to
#: check (issue 6); the others are the fields a reader sees.
CORRECTABLE: dict[str, tuple[str, ...]] = {
    "event": ("type", "actor", "recipient", "place", "time", "modality"),
    "quote": ("speaker", "cue", "kind", "text"),
    "place": ("name", "country", "lat", "lon"),
    "entity": ("name", "type"),
    "time": ("value", "type"),
}
#: Values a correction may take, per (kind, field), where the record's schema fixes them.
ALLOWED_VALUES: dict[tuple[str, str], tuple[str, ...]] = {
    ("event", "type"): get_args(EventType),
    ("event", "modality"): get_args(Modality),
    ("quote", "kind"): get_args(Quote.model_fields["kind"].annotation),
    ("entity", "type"): get_args(EntityType),
    ("time", "type"): get_args(TimeExpression.model_fields["type"].annotation),
}
#: Fields whose correction names another annotation of the same article: the list of
#: the record it is read from. Its id or its exact name (any case) is accepted; the id
#: is stored.
REFERENCES: dict[tuple[str, str], str] = {
    ("event", "actor"): "entities",
    ("event", "recipient"): "entities",
    ("event", "place"): "places",
    ("quote", "speaker"): "entities",
}
#: Most choices a correction error lists before "...".
MAX_LISTED_CHOICES = 20
#: An event's corrected date: a calendar day, month or year (ISO 8601).
_ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
#: A TIMEX3 value: a date or week (with X for unknown digits), an optional time, a
#: duration (P3D, PT2H), or a reference to the present, past or future.
_TIMEX3 = re.compile(
    r"(?:[\dX]{4}(?:-(?:[\dX]{2}|W[\dX]{2}|Q[1-4X]|H[12]|SP|SU|FA|WI)"
    r"(?:-(?:[\dX]{2}|WE|[1-7X]))?)?(?:T[\dX]{2}(?::[\dX]{2}(?::[\dX]{2})?)?|T(?:MO|AF|EV|NI))?"
    r"|P(?:[\d.X]+[YMWD])*(?:T(?:[\d.X]+[HMS])+)?|PRESENT_REF|PAST_REF|FUTURE_REF)"
)
#: An ISO 3166-1 alpha-2 country code.
_COUNTRY = re.compile(r"[A-Z]{2}")


class CorrectionError(ConfigError):
    """A review names a field or a value that the annotation cannot take.

    ``where`` is the form field at fault (``field`` or ``value``), so that a form can
    show the message beside it.
    """

    def __init__(self, message: str, where: str = "value") -> None:
        super().__init__(message)
        self.where = where


#: Longest comment body and review note, in characters.
MAX_COMMENT_CHARS = 5000
#: Shortest password accepted by ``fivew user add``.
MIN_PASSWORD_CHARS = 8
#: Bytes of randomness in an API token (URL-safe base64: 43 characters).
TOKEN_BYTES = 32


@dataclass(frozen=True)
class Comment:
    id: int
    article_id: str
    event_id: str | None
    author: str
    user_name: str | None
    body: str
    created_at: datetime


@dataclass(frozen=True)
class Review:
    id: int
    article_id: str
    target_kind: str
    target_id: str
    verdict: str
    field: str | None
    value: str | None
    note: str | None
    reviewer: str
    reviewed_at: datetime


def _hasher() -> Any:
    try:
        from argon2 import PasswordHasher
    except ModuleNotFoundError as exc:  # pragma: no cover - depends on the install
        raise ConfigError("accounts need argon2-cffi: pip install 'fivew[web]'") from exc
    return PasswordHasher()


def token_hash(token: str) -> str:
    """The SHA-256 under which an API token is stored."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def add_user(store: Store, name: str, password: str, *, token: bool = False) -> str | None:
    """Create the account ``name``; return a new API token when ``token`` is asked for.

    The token is shown this once; only its hash is kept.
    """
    name = name.strip()
    if not name or len(name) > NAME_LENGTH:
        raise ConfigError(f"a user name needs 1 to {NAME_LENGTH} characters, not {len(name)}")
    if len(password) < MIN_PASSWORD_CHARS:
        raise ConfigError(f"a password needs at least {MIN_PASSWORD_CHARS} characters")
    issued = secrets.token_urlsafe(TOKEN_BYTES) if token else None
    values = {
        "name": name,
        "password_hash": _hasher().hash(password),
        "token_hash": token_hash(issued) if issued else None,
        "created_at": now(),
    }
    try:
        with store._write(f"cannot add user {name}"), store._engine.begin() as connection:
            connection.execute(insert(users).values(**values))
    except StoreError as exc:
        if isinstance(exc.__cause__, IntegrityError):
            raise ConfigError(f"user '{name}' already exists in {store.url}") from exc
        raise
    return issued


def check_password(store: Store, name: str, password: str) -> bool:
    """True when ``name`` is an account and ``password`` is its password."""
    from argon2.exceptions import InvalidHashError, VerificationError

    with store._read("read users"), store._engine.connect() as connection:
        stored = connection.execute(
            select(users.c.password_hash).where(users.c.name == name)
        ).scalar_one_or_none()
    hasher = _hasher()
    if stored is None:
        # Spend the same time on an unknown name, so timing does not tell names apart.
        hasher.hash(password)
        return False
    try:
        hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False
    if hasher.check_needs_rehash(stored):
        with store._write("rehash password"), store._engine.begin() as connection:
            connection.execute(
                update(users)
                .where(users.c.name == name)
                .values(password_hash=hasher.hash(password))
            )
    return True


def user_for_token(store: Store, token: str) -> str | None:
    """The account an API token belongs to, or ``None``."""
    if not token:
        return None
    with store._read("read users"), store._engine.connect() as connection:
        found = connection.execute(
            select(users.c.name).where(users.c.token_hash == token_hash(token))
        ).scalar_one_or_none()
    return None if found is None else str(found)


def _article_exists(store: Store, article_id: str) -> None:
    with store._read("read articles"), store._engine.connect() as connection:
        found = connection.execute(
            select(articles.c.id).where(articles.c.id == article_id)
        ).scalar_one_or_none()
    if found is None:
        raise StoreError(f"no article with id '{article_id}' in {store.url}")


def add_comment(
    store: Store,
    article_id: str,
    author: str,
    body: str,
    *,
    event_id: str | None = None,
    user_name: str | None = None,
) -> Comment:
    """Store a comment on an article (or on one of its events) and return it."""
    author, body = author.strip(), body.strip()
    if not author or not body:
        raise ConfigError("a comment needs a body and an author's name")
    if len(author) > NAME_LENGTH or len(body) > MAX_COMMENT_CHARS:
        raise ConfigError(
            f"a comment holds at most {MAX_COMMENT_CHARS} characters, a name {NAME_LENGTH}"
        )
    _article_exists(store, article_id)
    values: dict[str, Any] = {
        "article_id": article_id,
        "event_id": event_id or None,
        "author": author,
        "user_name": user_name,
        "body": body,
        "created_at": now(),
    }
    with store._write("cannot store comment"), store._engine.begin() as connection:
        key = connection.execute(insert(comments).values(**values)).inserted_primary_key
    assert key is not None
    return Comment(id=int(key[0]), **values)


def comments_for(store: Store, article_id: str) -> list[Comment]:
    """Comments on an article and its events, oldest first."""
    statement = select(comments).where(comments.c.article_id == article_id).order_by(comments.c.id)
    with store._read("read comments"), store._engine.connect() as connection:
        return [
            Comment(**{**row._asdict(), "created_at": aware(row.created_at)})
            for row in connection.execute(statement)
        ]


def _listed(choices: list[str]) -> str:
    shown = ", ".join(choices[:MAX_LISTED_CHOICES])
    return shown + (", ..." if len(choices) > MAX_LISTED_CHOICES else "") if shown else "none"


def _number(low: float, high: float) -> Callable[[str, str], str]:
    def check(what: str, value: str) -> str:
        try:
            number = float(value)
        except ValueError:
            number = float("nan")
        if not low <= number <= high:
            raise CorrectionError(f"{what} is a number from {low:g} to {high:g}, not '{value}'")
        return repr(number)

    return check


def _iso_date(what: str, value: str) -> str:
    parts = value.split("-")
    try:
        if not _ISO_DATE.fullmatch(value):
            raise ValueError(value)
        date(
            int(parts[0]),
            int(parts[1]) if len(parts) > 1 else 1,
            int(parts[2]) if len(parts) > 2 else 1,
        )
    except ValueError:
        raise CorrectionError(
            f"{what} is an ISO date (YYYY-MM-DD, YYYY-MM or YYYY), not '{value}'"
        ) from None
    return value


def _timex3(what: str, value: str) -> str:
    if not _TIMEX3.fullmatch(value):
        raise CorrectionError(
            f"{what} is a TIMEX3 value (2021-08-22, 2021-W32, 198X, P3D, PRESENT_REF ...), "
            f"not '{value}'"
        )
    return value


def _country(what: str, value: str) -> str:
    if not _COUNTRY.fullmatch(value.upper()):
        raise CorrectionError(f"{what} is an ISO 3166-1 alpha-2 code (AF, PK ...), not '{value}'")
    return value.upper()


#: Checks of fields whose values have a form rather than a list.
_FORMS: dict[tuple[str, str], Callable[[str, str], str]] = {
    ("event", "time"): _iso_date,
    ("place", "lat"): _number(-90, 90),
    ("place", "lon"): _number(-180, 180),
    ("place", "country"): _country,
    ("time", "value"): _timex3,
}


def check_correction(record: dict[str, Any], kind: str, field: str | None, value: str) -> str:
    """The value a correction of ``kind``'s ``field`` stores, once checked against ``record``.

    Raises :class:`CorrectionError` naming the bad field or value and the valid choices:
    a fixed list (PLOVER types, modalities, entity types ...), another annotation of the
    article (an entity or place, by id or exact name: the id is returned), or a form
    (ISO dates, TIMEX3 values, coordinates, country codes). Other fields take any text.
    """
    if field not in CORRECTABLE[kind]:
        fields = ", ".join(CORRECTABLE[kind])
        raise CorrectionError(
            f"a correction of the {kind} names one of {fields}, not '{field}'", where="field"
        )
    value = value.strip()
    if not value:
        raise CorrectionError(f"a correction of the {kind}'s {field} needs the corrected value")
    what = f"the {kind}'s {field}"
    allowed = ALLOWED_VALUES.get((kind, field))
    if allowed is not None:
        for choice in allowed:
            if value.casefold() == choice.casefold():
                return choice
        raise CorrectionError(f"{what} is one of {_listed(list(allowed))}; not '{value}'")
    listing = REFERENCES.get((kind, field))
    if listing is not None:
        items = [i for i in record.get(listing) or [] if isinstance(i, dict) and i.get("id")]
        for item in items:
            if value == item["id"] or value.casefold() == str(item.get("name", "")).casefold():
                return str(item["id"])
        noun = "an entity" if listing == "entities" else "a place"
        choices = [f"{i['id']} ({i.get('name')})" for i in items]
        raise CorrectionError(
            f"{what} names {noun} of this article by id or name: {_listed(choices)}; not '{value}'"
        )
    check = _FORMS.get((kind, field))
    return check(what, value) if check is not None else value


def correction_choices(record: dict[str, Any]) -> dict[str, dict[str, list[str]]]:
    """Per kind and field, the values a correction may take in ``record`` (for forms)."""
    found: dict[str, dict[str, list[str]]] = {kind: {} for kind in TARGET_KINDS}
    for (kind, field), allowed in ALLOWED_VALUES.items():
        found[kind][field] = list(allowed)
    for (kind, field), listing in REFERENCES.items():
        found[kind][field] = [
            str(i.get("name") or i["id"])
            for i in record.get(listing) or []
            if isinstance(i, dict) and i.get("id")
        ]
    return found


def add_review(
    store: Store,
    article_id: str,
    target_kind: str,
    target_id: str,
    verdict: str,
    reviewer: str,
    *,
    field: str | None = None,
    value: str | None = None,
    note: str | None = None,
) -> Review:
    """Store one analyst's verdict on one annotation; the record itself is left as it is."""
    if target_kind not in TARGET_KINDS:
        raise ConfigError(
            f"cannot review a '{target_kind}'; choose one of {', '.join(TARGET_KINDS)}"
        )
    if verdict not in VERDICTS:
        raise ConfigError(f"unknown verdict '{verdict}'; choose one of {', '.join(VERDICTS)}")
    if verdict != "correct":
        field = value = None
    if note is not None and len(note) > MAX_COMMENT_CHARS:
        raise ConfigError(f"a note holds at most {MAX_COMMENT_CHARS} characters")
    from fivew.store.desk import record

    found = record(store, article_id)
    listing = "entities" if target_kind == "entity" else f"{target_kind}s"
    ids = {item.get("id") for item in found.get(listing) or [] if isinstance(item, dict)}
    if target_id not in ids:
        raise StoreError(f"article {article_id} has no {target_kind} '{target_id}'")
    if verdict == "correct":
        value = check_correction(found, target_kind, field, value or "")
    values: dict[str, Any] = {
        "article_id": found["id"],
        "target_kind": target_kind,
        "target_id": target_id,
        "verdict": verdict,
        "field": field,
        "value": value.strip() if value else None,
        "note": (note or "").strip() or None,
        "reviewer": reviewer,
        "reviewed_at": now(),
    }
    with store._write("cannot store review"), store._engine.begin() as connection:
        key = connection.execute(insert(reviews).values(**values)).inserted_primary_key
    assert key is not None
    return Review(id=int(key[0]), **values)


def reviews_for(store: Store, article_ids: list[str]) -> list[Review]:
    """Reviews of the given articles, oldest first."""
    if not article_ids:
        return []
    statement = select(reviews).where(reviews.c.article_id.in_(article_ids)).order_by(reviews.c.id)
    with store._read("read reviews"), store._engine.connect() as connection:
        return [
            Review(**{**row._asdict(), "reviewed_at": aware(row.reviewed_at)})
            for row in connection.execute(statement)
        ]
