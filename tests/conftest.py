"""Shared fixtures: where the gold data is, the seed story, the loaded model."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
#: Gold sets live beside the project, never inside it (see ../shared/data/README.md).
SHARED = Path(os.environ.get("FIVEW_SHARED", ROOT.parent / "shared"))
SHARED_DATA = SHARED / "data"
SEED_PATH = SHARED / "seed" / "000_80265781f5d8720f.txt"
EXAMPLES = ROOT / "examples"

#: The PostgreSQL server these machines run (trust authentication), and a database URL
#: template for the databases the tests create on it.
POSTGRES_ADMIN_DSN = "postgresql://postgres@127.0.0.1:5432/test"
POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/{database}"
#: Seconds to wait for the server before skipping: it answers in milliseconds when up.
POSTGRES_CONNECT_TIMEOUT_S = 3


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with a clear message if it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"gold data not available: {path} is absent (it lives in ../shared)")
    return path


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The canonical seed story, verbatim."""
    return shared_path("seed", "000_80265781f5d8720f.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def nlp() -> Any:
    """The spaCy model, loaded once for the whole session."""
    from fivew.nlp import load_model

    return load_model()


def fresh_postgres_database(prefix: str) -> Iterator[str]:
    """Create a database named ``<prefix>_<random>`` on the test server, yield its name,
    drop it afterwards; skip the test, saying why, when the server does not answer."""
    psycopg = pytest.importorskip("psycopg", reason="psycopg is not installed")
    try:
        admin = psycopg.connect(
            POSTGRES_ADMIN_DSN, autocommit=True, connect_timeout=POSTGRES_CONNECT_TIMEOUT_S
        )
    except psycopg.Error as exc:
        pytest.skip(f"PostgreSQL at 127.0.0.1:5432 does not answer ({exc}); start it to run these")
    name = f"{prefix}_{secrets.token_hex(4)}"
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield name
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()
