"""Pages about articles: the searchable list, one article, one entity (each with a twin)."""

from __future__ import annotations

import time
from dataclasses import asdict
from typing import Annotated, Any
from urllib.parse import quote, urlsplit

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import RedirectResponse, Response

from fivew.store import desk, review
from fivew.web.app import ok, render, store_of
from fivew.web.highlight import highlight, marks

router = APIRouter()

#: URL schemes a source link may use; anything else (``javascript:``) is shown as text.
LINK_SCHEMES = ("http", "https")
#: Seconds the filter drop-downs' values are reused before being read again: they
#: change only when articles are ingested, and reading them costs three queries.
CHOICES_TTL_S = 30.0
#: Most articles an entity page lists, and reads to find what the entity said and did.
ENTITY_ARTICLES = 50


def filters(
    q: Annotated[str | None, Query(max_length=500, description="Full-text query")] = None,
    entity: Annotated[str | None, Query(max_length=200)] = None,
    place: Annotated[str | None, Query(max_length=200)] = None,
    event_type: Annotated[str | None, Query(max_length=16)] = None,
    modality: Annotated[str | None, Query(max_length=16)] = None,
    since: Annotated[str | None, Query(max_length=10, description="YYYY-MM-DD")] = None,
    until: Annotated[str | None, Query(max_length=10, description="YYYY-MM-DD")] = None,
    source: Annotated[str | None, Query(max_length=200)] = None,
) -> desk.Filters:
    """The filters every list page and its twin accept."""
    return desk.Filters(q, entity, place, event_type, modality, since, until, source)


Filtering = Annotated[desk.Filters, Depends(filters)]
PageNumber = Annotated[int, Query(ge=1, le=100_000)]
PageSize = Annotated[int, Query(ge=1, le=desk.MAX_PAGE_SIZE)]


def cached_choices(request: Request) -> dict[str, list[str]]:
    """The filter drop-downs' values, read at most every :data:`CHOICES_TTL_S` seconds."""
    state = request.app.state
    moment = time.monotonic()
    cached = getattr(state, "choices", None)
    if cached is None or moment - cached[0] > CHOICES_TTL_S:
        cached = (moment, desk.choices(store_of(request)))
        state.choices = cached
    return dict(cached[1])


def page_data(page: desk.Page[Any], params: dict[str, str]) -> dict[str, Any]:
    """A page of rows as JSON, with links to its neighbours."""
    return {
        "rows": [asdict(row) for row in page.rows],
        "total": page.total,
        "exact": page.exact,
        "page": page.page,
        "size": page.size,
        "pages": page.pages,
        "filters": params,
    }


@router.get("/", include_in_schema=False)
def home() -> RedirectResponse:
    return RedirectResponse("/articles", status_code=303)


@router.get("/articles.json", tags=["articles"], summary="Articles, filtered and paginated")
def articles_json(
    request: Request, f: Filtering, page: PageNumber = 1, size: PageSize = desk.DEFAULT_PAGE_SIZE
) -> dict[str, Any]:
    found = desk.search_articles(store_of(request), f, page, size)
    return ok(**page_data(found, f.as_params()))


@router.get("/articles", tags=["pages"], summary="The article list (HTML)")
def articles_page(
    request: Request, f: Filtering, page: PageNumber = 1, size: PageSize = desk.DEFAULT_PAGE_SIZE
) -> Response:
    store = store_of(request)
    found = desk.search_articles(store, f, page, size)
    return render(
        request,
        "articles.html",
        found=found,
        params=f.as_params(),
        choices=cached_choices(request),
        twin="/articles.json",
    )


def article_data(request: Request, article_id: str) -> dict[str, Any]:
    store = store_of(request)
    record = desk.record(store, article_id)
    return {
        "article": record,
        "reviews": [asdict(r) for r in review.reviews_for(store, [record["id"]])],
        "comments": [asdict(c) for c in review.comments_for(store, record["id"])],
    }


def safe_link(url: Any) -> str | None:
    """``url`` when it is a web address, else ``None`` (never a ``javascript:`` link)."""
    if not isinstance(url, str):
        return None
    return url if urlsplit(url).scheme.lower() in LINK_SCHEMES else None


@router.get("/articles/{article_id}.json", tags=["articles"], summary="One article's record")
def article_json(request: Request, article_id: str) -> dict[str, Any]:
    return ok(**article_data(request, article_id))


def article_view(
    request: Request,
    article_id: str,
    status: int = 200,
    form: dict[str, str] | None = None,
    form_errors: dict[str, str] | None = None,
    review_form: dict[str, str] | None = None,
    review_error: review.CorrectionError | None = None,
) -> Response:
    """The article page; the comment form shows ``form`` and ``form_errors`` when given,
    the review form of ``review_form``'s target what was typed and ``review_error``."""
    data = article_data(request, article_id)
    record = data["article"]
    by_target: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for item in data["reviews"]:
        by_target.setdefault((item["target_kind"], item["target_id"]), []).append(item)
    entity_names = {e.get("id"): e.get("name") for e in record.get("entities") or []}
    place_names = {p.get("id"): p.get("name") for p in record.get("places") or []}
    return render(
        request,
        "article.html",
        status=status,
        record=record,
        body=highlight(record.get("text") or "", marks(record)),
        source_link=safe_link(record.get("url")),
        reviews=by_target,
        comments=data["comments"],
        entity_names=entity_names,
        place_names=place_names,
        correctable=review.CORRECTABLE,
        correction_choices=review.correction_choices(record),
        review_form=review_form or {},
        review_error=review_error,
        form=form or {},
        form_errors=form_errors or {},
        twin=f"/articles/{record['id']}.json",
    )


@router.get("/articles/{article_id}", tags=["pages"], summary="One article (HTML)")
def article_page(request: Request, article_id: str) -> Response:
    return article_view(request, article_id)


def entity_data(request: Request, name: str) -> dict[str, Any]:
    """What the entity ``name`` said and did, over the articles naming it."""
    store = store_of(request)
    found = desk.entity_articles(store, name, ENTITY_ARTICLES)
    said: list[dict[str, Any]] = []
    did: list[dict[str, Any]] = []
    kinds: set[str] = set()
    # Their records in one query, not one per article.
    stored = desk.records(store, [row.id for row in found])
    for row in found:
        record = stored.get(row.id) or {}  # {}: deleted since the list was read
        named = [e for e in record.get("entities") or [] if e.get("name") == name]
        ids = {e["id"] for e in named}
        kinds.update(e["type"] for e in named)
        where = {"article_id": row.id, "title": row.title, "published": row.published}
        for said_quote in record.get("quotes") or []:
            speaker = said_quote.get("speaker") or {}
            if speaker.get("entity_id") in ids:
                said.append(
                    {**where, "quote_id": said_quote.get("id"), "text": said_quote.get("text")}
                )
        for event in record.get("events") or []:
            for role in ("actor", "recipient"):
                party = event.get(role) or {}
                if party.get("entity_id") in ids:
                    trigger = (event.get("trigger") or {}).get("text")
                    did.append(
                        {
                            **where,
                            "event_id": event.get("id"),
                            "role": role,
                            "type": event.get("type"),
                            "modality": event.get("modality"),
                            "evidence": (event.get("evidence") or {}).get("text"),
                            "trigger": trigger,
                        }
                    )
    return {
        "name": name,
        "types": sorted(kinds),
        "articles": [asdict(row) for row in found],
        "said": said,
        "did": did,
    }


@router.get("/entities/{name:path}.json", tags=["entities"], summary="What an entity said and did")
def entity_json(request: Request, name: str) -> dict[str, Any]:
    return ok(**entity_data(request, name))


@router.get("/entities/{name:path}", tags=["pages"], summary="An entity (HTML)")
def entity_page(request: Request, name: str) -> Response:
    data = entity_data(request, name)
    return render(request, "entity.html", twin=f"/entities/{quote(name, safe='')}.json", **data)
