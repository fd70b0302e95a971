"""The desk in a real browser: Debian's headless chromium, driven by Playwright for Python.

Playwright is pointed at ``/usr/bin/chromium`` (``make test`` installs Debian's package
when missing); it never downloads a browser. The server runs in a thread on a free
loopback port over the demo data (examples/ and the hostile article). A failing test
leaves a screenshot under ``test-artifacts/``.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="the desk needs the web extra: pip install 'fivew[web]'")
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")

import uvicorn  # noqa: E402

from fivew.store import Store  # noqa: E402
from fivew.store.review import add_user  # noqa: E402
from fivew.web import create_app  # noqa: E402
from fivew.web.writes import MISSING_COMMENT, MISSING_NAME  # noqa: E402
from tests.conftest import ROOT  # noqa: E402
from tests.test_web_support import HOSTILE_ID, PASSWORD, fill_demo  # noqa: E402

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
#: Flags for chromium as root in a sandboxed machine with no network beyond loopback
#: (see the machine notes): without the background-networking ones it keeps trying,
#: and failing, to reach Google's hosts.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = ROOT / "test-artifacts"
#: Seconds to wait for the server thread to listen, and for a page element.
SERVER_START_S = 20
ELEMENT_TIMEOUT_MS = 10_000


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The desk over the demo data on a free loopback port; yields its address."""
    db = fill_demo(str(tmp_path_factory.mktemp("browser") / "desk.db"))
    with Store(db) as store:
        add_user(store, "ana", PASSWORD)
    port = _free_port()
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + SERVER_START_S
    while not running.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the desk did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=SERVER_START_S)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists() and shutil.which("chromium") is None:
        pytest.skip(f"{CHROMIUM} is absent: install Debian's chromium (make test does, as root)")
    with sync_api.sync_playwright() as playwright:
        try:
            launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        except sync_api.Error as exc:
            pytest.skip(f"chromium at {CHROMIUM} does not start: {exc}")
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any, request: pytest.FixtureRequest) -> Iterator[Any]:
    context = browser.new_context()
    opened = context.new_page()
    opened.set_default_timeout(ELEMENT_TIMEOUT_MS)
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    opened.errors = errors
    yield opened
    context.close()


@contextmanager
def screenshot_on_failure(page: Any, name: str) -> Iterator[None]:
    try:
        yield
    except BaseException:
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
        raise


def test_search_open_an_article_and_see_highlights(page: Any, server: str) -> None:
    with screenshot_on_failure(page, "search"):
        page.goto(f"{server}/articles")
        page.fill("input[name=q]", "Panjshir")
        page.click("form.filters button[type=submit]")
        page.wait_for_url("**/articles?q=Panjshir**")
        links = page.locator("a.article-link")
        assert links.count() >= 1
        links.first.click()
        page.wait_for_selector("#text a.hl")
        assert page.locator("#text a.hl-entity").count() > 0
        assert page.locator("#text a.hl-quote, #text a.hl-place, #text a.hl-time").count() > 0
        assert not page.errors


def test_hostile_article_runs_nothing(page: Any, server: str) -> None:
    with screenshot_on_failure(page, "hostile"):
        page.goto(f"{server}/articles/{HOSTILE_ID}")
        page.wait_for_selector("#text")
        assert page.title() != "pwned"
        assert "<script>document.title" in page.inner_text("#text")


def test_map_shows_markers(page: Any, server: str) -> None:
    with screenshot_on_failure(page, "map"):
        page.goto(f"{server}/map")
        page.wait_for_selector("path.place-marker")
        assert page.locator("path.place-marker").count() >= 2
        # The basemap: country outlines drawn from the shipped GeoJSON.
        assert page.locator(".leaflet-overlay-pane path").count() > 100
        assert not page.errors


def test_comments_empty_then_posted(page: Any, server: str) -> None:
    with screenshot_on_failure(page, "comments"):
        page.goto(f"{server}/articles/{HOSTILE_ID}")
        page.click("form.comment-form button[type=submit]")
        page.wait_for_selector("#comment-error")
        assert page.inner_text("#comment-error") == MISSING_COMMENT
        assert page.inner_text("#name-error") == MISSING_NAME
        page.fill("#comment", "Checked with a second source.")
        page.click("form.comment-form button[type=submit]")
        page.wait_for_selector("#name-error")
        assert page.input_value("#comment") == "Checked with a second source."
        assert not page.locator("#comment-error").count()
        page.fill("#name", "Bo")
        page.click("form.comment-form button[type=submit]")
        page.wait_for_selector("li.comment")
        assert "Checked with a second source." in page.inner_text("ul.comments")


def test_sign_in_and_review_an_event(page: Any, server: str) -> None:
    with screenshot_on_failure(page, "review"):
        page.goto(f"{server}/articles/{HOSTILE_ID}")
        assert page.locator("form.review-form").count() == 0
        page.click("text=Sign in")
        page.fill("input[name=name]", "ana")
        page.fill("input[name=password]", PASSWORD)
        page.click("main button[type=submit]")
        page.wait_for_url(f"**/articles/{HOSTILE_ID}")
        row = page.locator("#event-ev1")
        row.locator("select[name=verdict]").select_option("confirm")
        row.locator("input[name=note]").fill("seen on video")
        row.locator("button[type=submit]").click()
        page.wait_for_selector("#event-ev1 li.review")
        assert "confirm" in page.inner_text("#event-ev1 li.review")
        assert "by ana" in page.inner_text("#event-ev1 li.review")


def test_a_correction_out_of_bounds_is_explained_beside_the_form(page: Any, server: str) -> None:
    with screenshot_on_failure(page, "correction"):
        page.goto(f"{server}/signin?next=/articles/{HOSTILE_ID}")
        page.fill("input[name=name]", "ana")
        page.fill("input[name=password]", PASSWORD)
        page.click("main button[type=submit]")
        page.wait_for_url(f"**/articles/{HOSTILE_ID}")
        row = page.locator("#event-ev1")
        row.locator("select[name=field]").select_option("modality")
        # The script picks "correct" and offers the allowed values as suggestions.
        assert row.locator("select[name=verdict]").input_value() == "correct"
        assert row.locator("input[name=value]").get_attribute("list") == "choices-event-modality"
        row.locator("input[name=value]").fill("denied")
        row.locator("button[type=submit]").click()
        page.wait_for_selector("#review-error-event-ev1")
        message = page.inner_text("#review-error-event-ev1")
        assert "occurred, ongoing, planned" in message and "'denied'" in message
        assert page.locator("#event-ev1 input[name=value]").input_value() == "denied"
        assert not page.errors


@pytest.mark.parametrize(
    "path", ["/articles", f"/articles/{HOSTILE_ID}", "/events", "/map", "/timeline", "/signin"]
)
def test_pages_fit_the_window(page: Any, server: str, path: str) -> None:
    """No page is wider than a 1280-pixel window (a broken layout scrolls sideways)."""
    with screenshot_on_failure(page, "layout" + path.replace("/", "-")):
        page.set_viewport_size({"width": 1280, "height": 900})
        page.goto(server + path)
        page.wait_for_load_state("load")
        assert page.evaluate("document.documentElement.scrollWidth") <= 1280
        assert not page.errors
