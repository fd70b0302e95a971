"""``fivew serve --workers N``: the option is checked, and every worker signs sessions alike.

Each worker is a process of its own with its own store; a session signed in through
one must be good in every other, or an analyst would be signed out (and a form's CSRF
token refused) whenever the next request reached another worker.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

pytest.importorskip("fastapi", reason="the desk needs the web extra: pip install 'fivew[web]'")

from click.testing import CliRunner  # noqa: E402

import fivew.api  # noqa: E402
from fivew.cli import cli  # noqa: E402
from fivew.errors import ConfigError  # noqa: E402
from fivew.store import Store  # noqa: E402
from fivew.store.engine import DB_ENV_VAR  # noqa: E402
from fivew.store.review import add_user  # noqa: E402
from fivew.web.app import SECRET_ENV_VAR, worker_environment  # noqa: E402
from tests.test_web_support import PASSWORD  # noqa: E402

#: Seconds a worker process may take to start, sign in or answer (imports included).
WORKER_TIMEOUT_S = 120
#: Seconds ``fivew serve --workers 2`` may take to answer its first request.
START_TIMEOUT_S = 60

# Run in a process of its own, as a uvicorn worker is: the desk made by the factory from
# the environment alone. With a cookie on the command line, say who it signs in;
# without, sign ana in and print the session cookie.
_WORKER = """
import sys
from fastapi.testclient import TestClient
from fivew.web.app import from_environment
from fivew.web.security import SESSION_COOKIE
from tests.test_web_support import PASSWORD, csrf_of
with TestClient(from_environment()) as client:
    if len(sys.argv) > 1:
        client.cookies.set(SESSION_COOKIE, sys.argv[1])
        page = client.get("/articles").text
        print("ana" if "Signed in as <b>ana</b>" in page else "nobody")
    else:
        token = csrf_of(client.get("/signin").text)
        answer = client.post("/signin", data={"name": "ana", "password": PASSWORD,
                                             "csrf": token}, follow_redirects=False)
        assert answer.status_code == 303, answer.text
        print(client.cookies[SESSION_COOKIE])
"""


def _worker(environment: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", _WORKER, *args],
        env={**os.environ, **environment},
        cwd=Path(__file__).resolve().parent.parent,
        capture_output=True,
        text=True,
        timeout=WORKER_TIMEOUT_S,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


@pytest.fixture
def db(tmp_path: Path) -> str:
    target = str(tmp_path / "desk.db")
    with Store(target) as store:
        add_user(store, "ana", PASSWORD)
    return target


def test_workers_must_be_at_least_one(db: str) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", db, "--workers", "0"])
    assert result.exit_code == 2 and "'--workers'" in result.output
    assert "0 is not in the range x>=1" in result.output
    for wrong in (0, -2, 1.5, True):
        with pytest.raises(ConfigError, match="workers must be a whole number of at least 1"):
            fivew.api.serve(db, workers=wrong)  # type: ignore[arg-type]


def test_every_worker_of_one_serve_reads_one_secret_and_one_database(
    db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(SECRET_ENV_VAR, raising=False)
    environment = worker_environment(db)
    assert environment[DB_ENV_VAR] == f"sqlite:///{Path(db).resolve()}"
    assert len(environment[SECRET_ENV_VAR]) >= 32
    # One serve makes its secret once; the next serve, without $FIVEW_SECRET, another.
    assert worker_environment(db)[SECRET_ENV_VAR] != environment[SECRET_ENV_VAR]
    monkeypatch.setenv(SECRET_ENV_VAR, "set by the operator")
    assert worker_environment(db)[SECRET_ENV_VAR] == "set by the operator"


def test_a_session_signed_in_one_worker_is_good_in_another(
    db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(SECRET_ENV_VAR, raising=False)
    environment = worker_environment(db)
    cookie = _worker(environment)
    assert _worker(environment, cookie) == "ana"
    # The same cookie shown to the desk of another serve (another secret) signs no one in:
    # the check above could fail.
    assert _worker(worker_environment(db), cookie) == "nobody"


def test_serve_hands_the_workers_one_environment(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """``serve`` starts uvicorn on the factory with the shared environment set (the
    workers inherit it), and puts the caller's environment back afterwards."""
    import uvicorn

    from fivew.web.app import FACTORY

    seen: dict[str, object] = {}

    def run(app: str, **options: object) -> None:
        seen.update(options, app=app, db=os.environ.get(DB_ENV_VAR))
        seen["secret"] = os.environ.get(SECRET_ENV_VAR)

    monkeypatch.setattr(uvicorn, "run", run)
    monkeypatch.delenv(SECRET_ENV_VAR, raising=False)
    monkeypatch.setenv(DB_ENV_VAR, "elsewhere.db")
    fivew.api.serve(db, port=8123, workers=3)
    assert seen["app"] == FACTORY and seen["factory"] is True and seen["workers"] == 3
    assert seen["db"] == f"sqlite:///{Path(db).resolve()}"
    assert isinstance(seen["secret"], str) and len(seen["secret"]) >= 32
    assert os.environ[DB_ENV_VAR] == "elsewhere.db" and SECRET_ENV_VAR not in os.environ


def _children(pid: int) -> list[int]:
    found = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(n) for n in found.read_text().split()] if found.exists() else []


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_serve_starts_the_workers_asked_for(db: str, unused_port: int) -> None:
    server = subprocess.Popen(
        [sys.executable, "-m", "fivew", "serve", "--db", db, "--port", str(unused_port)]
        + ["--workers", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{unused_port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            try:
                answer = httpx.get(f"{base}/articles.json", timeout=5)
                break
            except httpx.HTTPError:
                assert server.poll() is None and time.monotonic() < deadline, (
                    server.stderr.read().decode() if server.stderr else "did not start"
                )
                time.sleep(0.2)
        assert answer.status_code == 200 and json.loads(answer.text)["ok"] is True
        # uvicorn's supervisor, and under it the two workers (Python's multiprocessing
        # may add its resource tracker, which answers no request).
        workers = [
            child
            for child in _children(server.pid)
            if b"multiprocessing.resource_tracker"
            not in Path(f"/proc/{child}/cmdline").read_bytes()
        ]
        assert len(workers) == 2
    finally:
        server.terminate()
        server.communicate(timeout=30)  # waits, and closes the pipe


@pytest.fixture
def unused_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
