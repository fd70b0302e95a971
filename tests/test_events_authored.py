"""fivew's authored ACLED-style training snippets, and how the CASE 2021 cross-validation
uses them (in every training part, never scored)."""

from __future__ import annotations

import math
import re
from collections import Counter

import pytest

from fivew.evaluate.events_case2021 import AUTHORED_WEIGHT, cross_validate, read_authored

#: Snippets per type in the authored file: enough that each type has more authored than
#: gold snippets in a training part (CASE 2021 has 6-35 gold snippets per type); two
#: batches of 30, written from the ACLED definitions, the second to cover more of each
#: definition and more wire-copy forms.
AUTHORED_PER_TYPE = 60

#: Words in a row that an authored snippet may share with a gold snippet: longer runs would
#: say it was copied from the gold set, which it must not be. Stock phrases of the wires run
#: to 8 ('according to the Syrian Observatory for Human Rights'); the longest shared run
#: measured is those 8 words.
LONGEST_SHARED_RUN = 8


def test_authored_snippets_cover_every_type_once_each() -> None:
    texts, labels = read_authored()
    counts = Counter(labels)
    assert len(counts) == 30
    assert min(counts.values()) >= AUTHORED_PER_TYPE, counts
    assert len(set(texts)) == len(texts)
    assert all(t.strip() == t and t and "\t" not in t for t in texts)


def _runs(text: str, n: int) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


@pytest.mark.gold
def test_authored_snippets_are_not_taken_from_the_gold_set() -> None:
    from fivew.evaluate.events_case2021 import read_case2021
    from tests.conftest import shared_path

    gold, _ = read_case2021(shared_path("data", "events", "case2021"))
    gold_runs = set().union(*(_runs(t, LONGEST_SHARED_RUN + 1) for t in gold))
    texts, _ = read_authored()
    copied = [t for t in texts if _runs(t, LONGEST_SHARED_RUN + 1) & gold_runs]
    assert copied == []


def test_authored_rows_train_every_part_and_are_never_scored() -> None:
    pytest.importorskip("sklearn")
    texts = [f"zebra seen {i}" for i in range(10)] + [f"yak seen {i}" for i in range(10)]
    labels = ["X"] * 10 + ["Y"] * 10
    alone = cross_validate(texts, labels, folds=2).predicted
    assert alone == labels  # the animal tells the two apart
    # many authored snippets, alike but for the number, teach the opposite: per class,
    # four times the weight of the gold rows in a training part (5 each) after weighting
    n = math.ceil(4 * 5 / AUTHORED_WEIGHT)
    authored = ([f"zebra seen {i}" for i in range(100, 100 + n)]
                + [f"yak seen {i}" for i in range(100, 100 + n)], ["Y"] * n + ["X"] * n)
    swayed = cross_validate(texts, labels, folds=2, authored=authored).predicted
    assert len(swayed) == len(texts)  # the authored rows are not predicted
    assert swayed == ["Y"] * 10 + ["X"] * 10
