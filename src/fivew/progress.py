"""A progress bar for long runs: articles/s and failures so far, on stderr."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

from fivew.errors import InputError

T = TypeVar("T")

#: Seconds between redraws: often enough to look alive, rarely enough to cost nothing.
REFRESH_SECONDS = 0.5


def track(results: Iterable[T], *, enabled: bool, total: int | None = None) -> Iterator[T]:
    """Yield ``results`` unchanged, drawing a bar with the rate and failure count."""
    if not enabled:
        yield from results
        return
    from tqdm import tqdm

    failures = 0
    with tqdm(
        total=total,
        unit=" articles",
        file=sys.stderr,
        mininterval=REFRESH_SECONDS,
        dynamic_ncols=True,
    ) as bar:
        for result in results:
            if isinstance(result, InputError):
                failures += 1
                bar.set_postfix(failed=failures, refresh=False)
            bar.update(1)
            yield result
