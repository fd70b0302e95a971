"""The desk's writes and defences: escaping, CSRF, sign-in, reviews, tokens, limits, headers.

Each test runs on SQLite and on PostgreSQL (skipped, saying why, when it does not answer).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="the desk needs the web extra: pip install 'fivew[web]'")

from fastapi.testclient import TestClient  # noqa: E402

from fivew.store import Store, desk  # noqa: E402
from fivew.store.review import add_user  # noqa: E402
from fivew.web import create_app  # noqa: E402
from fivew.web.security import MAX_BODY_BYTES  # noqa: E402
from fivew.web.writes import MISSING_COMMENT, MISSING_NAME  # noqa: E402
from tests.test_web_support import (  # noqa: E402
    HOSTILE_ID,
    IMG,
    PASSWORD,
    SCRIPT,
    csrf_of,
    demo_target,
)

ARTICLE = f"/articles/{HOSTILE_ID}"
#: The API token issued to "ana" in each demo store, by target.
TOKENS: dict[str, str] = {}


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def target(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    for url in demo_target(request.param, tmp_path_factory):
        with Store(url) as store:
            token = add_user(store, "ana", PASSWORD, token=True)
        assert token is not None
        TOKENS[url] = token
        yield url


@pytest.fixture
def client(target: str) -> Iterator[TestClient]:
    """A fresh browser: its own cookie jar, nobody signed in."""
    with TestClient(create_app(target, secret="test-secret"), follow_redirects=False) as opened:
        yield opened


def sign_in(client: TestClient, password: str = PASSWORD) -> Any:
    token = csrf_of(client.get("/signin").text)
    return client.post(
        "/signin", data={"name": "ana", "password": password, "csrf": token, "next": ARTICLE}
    )


def test_hostile_text_is_escaped_everywhere(client: TestClient) -> None:
    html = client.get(ARTICLE).text
    for hostile in (SCRIPT, IMG, "<script>", "<img src=x"):
        assert hostile not in html
    assert "&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;" in html
    assert 'href="javascript:' not in html and "javascript:alert(1)" in html
    for page in ("/articles", "/entities/Kabul", "/events"):
        assert SCRIPT not in client.get(page).text
    # The JSON twin carries the text as data, served as JSON (never sniffed as HTML).
    twin = client.get(ARTICLE + ".json")
    assert twin.headers["content-type"] == "application/json"
    assert twin.json()["article"]["text"].count(SCRIPT) == 1


def test_headers_forbid_inline_script_and_framing(client: TestClient) -> None:
    headers = client.get("/articles").headers
    policy = headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy
    assert headers["x-content-type-options"] == "nosniff"
    assert "<script>" not in client.get(ARTICLE).text.replace('<script src="', "")


def test_forms_need_their_csrf_token(client: TestClient) -> None:
    client.get(ARTICLE)
    refused = client.post(ARTICLE + "/comments", data={"comment": "hi", "name": "Bo"})
    assert refused.status_code == 403
    forged = client.post(
        ARTICLE + "/comments", data={"comment": "hi", "name": "Bo", "csrf": "0" * 64}
    )
    assert forged.status_code == 403
    assert client.post("/signin", data={"name": "ana", "password": PASSWORD}).status_code == 403


def test_empty_comment_says_what_is_missing_and_keeps_what_was_typed(client: TestClient) -> None:
    token = csrf_of(client.get(ARTICLE).text)
    both = client.post(ARTICLE + "/comments", data={"comment": "", "name": "", "csrf": token})
    assert both.status_code == 422
    assert MISSING_COMMENT in both.text and MISSING_NAME in both.text
    half = client.post(
        ARTICLE + "/comments", data={"comment": "Half <b>typed</b>", "name": "", "csrf": token}
    )
    assert MISSING_NAME in half.text and MISSING_COMMENT not in half.text
    assert "Half &lt;b&gt;typed&lt;/b&gt;</textarea>" in half.text


def test_a_hostile_comment_is_stored_and_shown_escaped(client: TestClient) -> None:
    token = csrf_of(client.get(ARTICLE).text)
    posted = client.post(
        ARTICLE + "/comments",
        data={"comment": f"Look {SCRIPT}", "name": f"Eve {IMG}", "csrf": token, "event_id": "ev1"},
    )
    assert posted.status_code == 303
    html = client.get(ARTICLE).text
    assert SCRIPT not in html and IMG not in html
    assert "Look &lt;script&gt;" in html and "on event ev1" in html


def test_sign_in_then_review_an_event_without_changing_the_record(
    client: TestClient, target: str
) -> None:
    token = csrf_of(client.get(ARTICLE).text)
    review = {
        "target_kind": "event",
        "target_id": "ev1",
        "verdict": "correct",
        "field": "modality",
        "value": "claimed",
        "csrf": token,
    }
    assert client.post(ARTICLE + "/reviews", data=review).status_code == 401
    assert sign_in(client, "wrong password").status_code == 401
    signed = sign_in(client)
    assert signed.status_code == 303 and signed.headers["location"] == ARTICLE
    page = client.get(ARTICLE).text
    assert "Signed in as <b>ana</b>" in page
    # Signing in renews the session: the old token no longer works.
    assert client.post(ARTICLE + "/reviews", data=review).status_code == 403
    review["csrf"] = csrf_of(page)
    assert client.post(ARTICLE + "/reviews", data=review).status_code == 303
    page = client.get(ARTICLE).text
    assert "<b>correct</b> modality → “claimed”" in page and "by ana" in page
    with Store(target) as store:
        machine = desk.record(store, HOSTILE_ID)["events"][0]
    assert machine["modality"] == "occurred"
    exported = client.get("/events/export.jsonl", params={"event_type": "PROTEST"}).text
    assert '"review_corrections": {"modality": "claimed"}' in exported


def test_reviews_are_checked(client: TestClient) -> None:
    sign_in(client)
    token = csrf_of(client.get(ARTICLE).text)
    base = {"target_kind": "event", "target_id": "ev1", "csrf": token}
    bad_field = client.post(
        ARTICLE + "/reviews", data={**base, "verdict": "correct", "field": "colour", "value": "x"}
    )
    assert bad_field.status_code == 422 and "colour" in bad_field.text
    missing = client.post(
        ARTICLE + "/reviews", data={**base, "target_id": "ev99", "verdict": "confirm"}
    )
    assert missing.status_code == 404


def test_api_writes_need_a_token_or_a_session(client: TestClient, target: str) -> None:
    body = {"target_kind": "quote", "target_id": "q1", "verdict": "confirm"}
    refused = client.post(f"/api{ARTICLE}/reviews", json=body)
    assert refused.status_code == 401 and refused.json()["ok"] is False
    wrong = client.post(f"/api{ARTICLE}/reviews", json=body, headers={"Authorization": "Bearer x"})
    assert wrong.status_code == 401
    token = TOKENS[target]
    made = client.post(
        f"/api{ARTICLE}/reviews", json=body, headers={"Authorization": f"Bearer {token}"}
    )
    assert made.status_code == 201 and made.json()["review"]["reviewer"] == "ana"
    comment = client.post(
        f"/api{ARTICLE}/comments",
        json={"author": "Bot", "body": "via the API"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert comment.status_code == 201 and comment.json()["comment"]["user_name"] == "ana"


def test_oversized_requests_are_refused(client: TestClient) -> None:
    token = csrf_of(client.get(ARTICLE).text)
    huge = client.post(
        ARTICLE + "/comments",
        data={"comment": "x" * (MAX_BODY_BYTES + 1), "name": "Bo", "csrf": token},
    )
    assert huge.status_code == 413 and huge.json()["status"] == 413
    long = client.post(
        ARTICLE + "/comments", data={"comment": "x" * 6000, "name": "Bo", "csrf": token}
    )
    assert long.status_code == 422


def test_redirects_stay_on_the_site(client: TestClient) -> None:
    token = csrf_of(client.get("/signin").text)
    answer = client.post(
        "/signin",
        data={"name": "ana", "password": PASSWORD, "csrf": token, "next": "//evil.example/"},
    )
    assert answer.headers["location"] == "/articles"


def test_queries_are_parametrised(client: TestClient) -> None:
    for hostile in ("' OR 1=1 --", '"; DROP TABLE articles; --', "NEAR(", "a:b*"):
        assert (
            client.get("/articles.json", params={"q": hostile, "entity": hostile}).status_code
            == 200
        )
    assert client.get("/articles.json").json()["total"] > 1


def test_every_response_carries_the_security_headers_even_a_crash(target: str) -> None:
    """Regression: the catch-all 500 is answered outside ``add_middleware``'s middleware."""
    from fivew.web.security import SECURITY_HEADERS

    app = create_app(target, secret="test-secret")

    def boom() -> None:
        raise RuntimeError("a bug in a route")

    app.add_api_route("/boom", boom)
    app.add_api_route("/boom.json", boom)
    with TestClient(app, raise_server_exceptions=False) as crashing:
        token = csrf_of(crashing.get(ARTICLE).text)
        answers = {
            "page": crashing.get("/boom"),
            "twin": crashing.get("/boom.json"),
            "404": crashing.get("/nowhere"),
            "422": crashing.get("/articles.json", params={"size": 0}),
            "403": crashing.post(ARTICLE + "/comments", data={"comment": "x"}),
            "413": crashing.post(
                ARTICLE + "/comments",
                data={"comment": "x" * (MAX_BODY_BYTES + 1), "name": "Bo", "csrf": token},
            ),
            "static": crashing.get("/static/desk.css"),
        }
    assert (
        answers["page"].status_code == 500
        and "text/html" in answers["page"].headers["content-type"]
    )
    assert answers["twin"].json() == {
        "ok": False,
        "status": 500,
        "error": "internal error; the server log says more",
        "errors": [],
    }
    for name, answer in answers.items():
        for header, value in SECURITY_HEADERS.items():
            assert answer.headers.get(header) == value, (name, answer.status_code, header)


def test_a_correction_outside_the_allowed_values_is_shown_beside_the_form(
    client: TestClient,
) -> None:
    sign_in(client)
    token = csrf_of(client.get(ARTICLE).text)
    typed = {
        "target_kind": "event",
        "target_id": "ev1",
        "verdict": "correct",
        "field": "type",
        "value": "RIOT <b>now</b>",
        "note": "seen <i>on</i> video",
        "csrf": token,
    }
    refused = client.post(ARTICLE + "/reviews", data=typed)
    assert refused.status_code == 422 and "text/html" in refused.headers["content-type"]
    html = refused.text
    form = html[html.index('id="event-ev1"') :].split("</form>")[0]
    # The message beside the value, naming what was typed and the PLOVER types allowed.
    error = form.split('id="review-error-event-ev1"')[1]
    assert "one of AGREE, CONSULT" in error and "RIOT &lt;b&gt;now&lt;/b&gt;" in error
    # What was typed is kept, escaped.
    assert 'value="RIOT &lt;b&gt;now&lt;/b&gt;"' in form and 'aria-invalid="true"' in form
    assert 'value="seen &lt;i&gt;on&lt;/i&gt; video"' in form
    assert '<option value="correct" selected>' in form and "<option selected>type</option>" in form
    assert 'list="choices-event-type"' in form and '<datalist id="choices-event-type">' in html
    # Nothing was stored; a value from the list is.
    assert "→ “RIOT" not in client.get(ARTICLE).text
    accepted = client.post(ARTICLE + "/reviews", data={**typed, "value": "assault", "note": ""})
    assert accepted.status_code == 303
    assert "<b>correct</b> type → “ASSAULT”" in client.get(ARTICLE).text


@pytest.mark.parametrize(
    ("kind", "target_id", "field", "value", "stored"),
    [
        ("event", "ev1", "place", "kabul", "p1"),
        ("event", "ev1", "time", "2021-09-08", "2021-09-08"),
        ("quote", "q1", "speaker", "e2", "e2"),
        ("entity", "e2", "type", "group", "GROUP"),
        ("time", "t1", "value", "2021-W36", "2021-W36"),
        ("place", "p1", "lat", "34.5", "34.5"),
    ],
)
def test_every_kind_can_be_corrected_through_the_api(
    client: TestClient, target: str, kind: str, target_id: str, field: str, value: str, stored: str
) -> None:
    auth = {"Authorization": f"Bearer {TOKENS[target]}"}
    body = {
        "target_kind": kind,
        "target_id": target_id,
        "verdict": "correct",
        "field": field,
        "value": value,
    }
    made = client.post(f"/api{ARTICLE}/reviews", json=body, headers=auth)
    assert made.status_code == 201, made.text
    assert made.json()["review"]["value"] == stored


def test_a_bad_correction_gets_the_error_envelope(client: TestClient, target: str) -> None:
    auth = {"Authorization": f"Bearer {TOKENS[target]}"}
    body = {"target_kind": "event", "target_id": "ev1", "verdict": "correct", "field": "modality"}
    refused = client.post(f"/api{ARTICLE}/reviews", json={**body, "value": "denied"}, headers=auth)
    assert refused.status_code == 422
    answer = refused.json()
    assert set(answer) == {"ok", "status", "error", "errors"} and answer["status"] == 422
    assert answer["errors"] == [
        {
            "where": "body.value",
            "message": "the event's modality is one of occurred, ongoing, planned, threatened, "
            "conditional, claimed, negated; not 'denied'",
        }
    ]
    wrong_field = client.post(
        f"/api{ARTICLE}/reviews", json={**body, "field": "mood", "value": "x"}, headers=auth
    )
    assert (
        wrong_field.status_code == 422 and wrong_field.json()["errors"][0]["where"] == "body.field"
    )
