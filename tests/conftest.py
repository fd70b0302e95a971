"""Shared fixtures: where the gold data is, the seed story, the loaded model."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
#: Gold sets live beside the project, never inside it (see ../shared/data/README.md).
SHARED = Path(os.environ.get("FIVEW_SHARED", ROOT.parent / "shared"))
SHARED_DATA = SHARED / "data"
SEED_PATH = SHARED / "seed" / "000_80265781f5d8720f.txt"
EXAMPLES = ROOT / "examples"


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
