"""Pages about events and places: the events table and its exports, the map, the timeline.

Exports carry the machine's event as stored, plus the latest analyst review of it in
columns of their own (``review_*``): both are kept, and each file says which is which.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import asdict
from datetime import date, timedelta
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response, StreamingResponse
from sqlalchemy import select

from fivew.store import desk
from fivew.store.schema import reviews
from fivew.web.app import ok, render, store_of
from fivew.web.pages import Filtering, PageNumber, PageSize, cached_choices, page_data

router = APIRouter()

#: Columns of the CSV export: the machine's event, then the latest review of it.
EVENT_COLUMNS = (
    "article_id",
    "event_id",
    "type",
    "modality",
    "day",
    "actor",
    "recipient",
    "trigger",
    "place",
    "lat",
    "lon",
    "title",
    "source",
)
REVIEW_COLUMNS = ("review_verdict", "review_corrections", "review_by", "review_at")
#: Height in pixels of the tallest bar of the timeline.
TIMELINE_HEIGHT = 160
#: Width in pixels of the timeline's drawing area: days are placed on a calendar scale
#: across it, so gaps between reported days show as gaps.
TIMELINE_WIDTH = 960
#: Widest and narrowest bar of one day, and the gap kept between neighbouring days.
TIMELINE_BAR, TIMELINE_MIN_BAR, TIMELINE_GAP = 24, 2, 2
#: Dates written under the axis, at most (evenly spaced, first and last included).
TIMELINE_TICKS = 8
#: Pixels above the bars (their counts) and below them (the dates).
TIMELINE_TOP, TIMELINE_BOTTOM = 16, 40


def _event_reviews(request: Request) -> dict[tuple[str, str], dict[str, Any]]:
    """Per event, its latest verdict and every correction made to it."""
    store = store_of(request)
    statement = select(reviews).where(reviews.c.target_kind == "event").order_by(reviews.c.id)
    latest: dict[tuple[str, str], dict[str, Any]] = {}
    with store._read("read reviews"), store._engine.connect() as connection:
        for row in connection.execute(statement):
            key = (row.article_id, row.target_id)
            entry = latest.setdefault(key, {"corrections": {}})
            entry.update(
                review_verdict=row.verdict,
                review_by=row.reviewer,
                review_at=row.reviewed_at.isoformat(),
            )
            if row.field:
                entry["corrections"][row.field] = row.value
    return latest


def _export_rows(request: Request, f: desk.Filters) -> Iterator[dict[str, Any]]:
    reviewed = _event_reviews(request)
    for row in desk.all_events(store_of(request), f):
        data = asdict(row)
        found = reviewed.get((row.article_id, row.event_id), {})
        data["review_verdict"] = found.get("review_verdict")
        data["review_corrections"] = found.get("corrections") or {}
        data["review_by"] = found.get("review_by")
        data["review_at"] = found.get("review_at")
        yield data


def _download(body: Iterator[str], media: str, name: str) -> StreamingResponse:
    return StreamingResponse(
        body, media_type=media, headers={"Content-Disposition": f'attachment; filename="{name}"'}
    )


@router.get("/events.json", tags=["events"], summary="Events, filtered and paginated")
def events_json(
    request: Request, f: Filtering, page: PageNumber = 1, size: PageSize = desk.DEFAULT_PAGE_SIZE
) -> dict[str, Any]:
    return ok(**page_data(desk.list_events(store_of(request), f, page, size), f.as_params()))


@router.get("/events", tags=["pages"], summary="The events table (HTML)")
def events_page(
    request: Request, f: Filtering, page: PageNumber = 1, size: PageSize = desk.DEFAULT_PAGE_SIZE
) -> Response:
    store = store_of(request)
    return render(
        request,
        "events.html",
        found=desk.list_events(store, f, page, size),
        params=f.as_params(),
        choices=cached_choices(request),
        twin="/events.json",
    )


@router.get("/events/export.jsonl", tags=["events"], summary="Every matching event, JSON Lines")
def export_jsonl(request: Request, f: Filtering) -> StreamingResponse:
    rows = _export_rows(request, f)
    return _download(
        (json.dumps(row, ensure_ascii=False) + "\n" for row in rows),
        "application/x-ndjson",
        "events.jsonl",
    )


@router.get("/events/export.csv", tags=["events"], summary="Every matching event, CSV")
def export_csv(request: Request, f: Filtering) -> StreamingResponse:
    def lines() -> Iterator[str]:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(EVENT_COLUMNS + REVIEW_COLUMNS)
        for row in _export_rows(request, f):
            corrections = "; ".join(f"{k}={v}" for k, v in row["review_corrections"].items())
            row["review_corrections"] = corrections
            writer.writerow([_cell(row[column]) for column in EVENT_COLUMNS + REVIEW_COLUMNS])
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
        yield buffer.getvalue()

    return _download(lines(), "text/csv; charset=utf-8", "events.csv")


def _cell(value: Any) -> str:
    """A CSV cell; text that a spreadsheet would run as a formula is prefixed with '."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@") and not _is_number(text) else text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


@router.get("/events/export.geojson", tags=["events"], summary="Located events, GeoJSON")
def export_geojson(request: Request, f: Filtering) -> StreamingResponse:
    def body() -> Iterator[str]:
        yield '{"type": "FeatureCollection", "fivew": "machine events; review_* by analysts", '
        yield '"features": ['
        first = True
        for row in _export_rows(request, f):
            if row["lat"] is None or row["lon"] is None:
                continue
            lon, lat = row.pop("lon"), row.pop("lat")
            feature = {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [lon, lat]},
                "properties": row,
            }
            yield ("" if first else ",") + json.dumps(feature, ensure_ascii=False)
            first = False
        yield "]}"

    return _download(body(), "application/geo+json", "events.geojson")


def map_data(request: Request, f: desk.Filters) -> dict[str, Any]:
    """The matching places as a GeoJSON FeatureCollection (with the usual ``ok``)."""
    points = desk.map_points(store_of(request), f)
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [p.lon, p.lat]},
            "properties": {
                "name": p.name,
                "articles": p.articles,
                "events": p.events,
                "article": p.article_ids[0] if p.article_ids else None,
            },
        }
        for p in points
    ]
    return {"type": "FeatureCollection", "features": features, "filters": f.as_params()}


@router.get("/map.json", tags=["places"], summary="Places of matching articles, GeoJSON")
def map_json(request: Request, f: Filtering) -> dict[str, Any]:
    return ok(**map_data(request, f))


@router.get("/map", tags=["pages"], summary="The map (HTML)")
def map_page(request: Request, f: Filtering) -> Response:
    return render(request, "map.html", params=f.as_params(), twin="/map.json")


def timeline_data(request: Request, f: desk.Filters) -> dict[str, Any]:
    days = desk.timeline(store_of(request), f)
    return {
        "days": [{"day": day, "events": count} for day, count in days],
        "filters": f.as_params(),
    }


@router.get("/timeline.json", tags=["events"], summary="Events per day")
def timeline_json(request: Request, f: Filtering) -> dict[str, Any]:
    return ok(**timeline_data(request, f))


def _calendar(days: list[dict[str, Any]]) -> dict[str, Any]:
    """Bars and date ticks of the timeline, each day at its place on a calendar scale."""
    dates = [date.fromisoformat(d["day"][:10]) for d in days]
    first = dates[0] if dates else date.today()
    span = (dates[-1] - first).days + 1 if dates else 1
    slot = TIMELINE_WIDTH / span
    width = max(TIMELINE_MIN_BAR, min(TIMELINE_BAR, slot - TIMELINE_GAP))
    peak = max((d["events"] for d in days), default=1)

    def x(day: date) -> float:
        return round((day - first).days * slot + (slot - width) / 2, 1)

    bars = [
        {
            **d,
            "x": x(when),
            "width": width,
            "height": max(1, round(d["events"] / peak * TIMELINE_HEIGHT)),
            "label": width >= 12,
        }
        for d, when in zip(days, dates, strict=True)
    ]
    step = max(1, -(-span // TIMELINE_TICKS))
    ticks = [
        {"x": round(x(first + timedelta(days=n)) + width / 2, 1), "day": first + timedelta(days=n)}
        for n in range(0, span, step)
    ]
    return {"bars": bars, "ticks": ticks, "bar_width": width}


@router.get("/timeline", tags=["pages"], summary="The timeline (HTML)")
def timeline_page(request: Request, f: Filtering) -> Response:
    days = timeline_data(request, f)["days"]
    return render(
        request,
        "timeline.html",
        params=f.as_params(),
        twin="/timeline.json",
        chart_height=TIMELINE_HEIGHT,
        chart_width=TIMELINE_WIDTH,
        chart_top=TIMELINE_TOP,
        chart_bottom=TIMELINE_BOTTOM,
        **_calendar(days),
    )
