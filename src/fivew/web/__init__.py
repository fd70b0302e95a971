"""The analysts' desk: ``fivew serve`` opens the store to a browser and to HTTP clients.

>>> from fivew.web import create_app
>>> app = create_app("demo.db")                           # doctest: +SKIP

Needs the ``web`` extra (FastAPI, uvicorn, Jinja2, argon2-cffi, itsdangerous).
"""

from __future__ import annotations

from typing import Any

__all__ = ["create_app"]


def create_app(db: str | None = None, *, secret: str | None = None) -> Any:
    """The desk's FastAPI application over the database ``db``."""
    from fivew.web.app import create_app as make

    return make(db, secret=secret)
