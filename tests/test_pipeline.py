"""The pipeline: stage order, input order, error isolation, workers, options."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

import fivew.extract_batch as extract_batch
import fivew.pipeline as pipeline
from fivew.article import Article
from fivew.errors import ConfigError, InputError
from fivew.pipeline import STAGES, Options, Stage, check_stage_order, extract_articles, process
from fivew.readers import RawDocument

STORIES = [
    "Mayor Ellen Park of Riverton said on Tuesday that the old bridge over the Mill River "
    "would close for six months after engineers found cracks in two of its supports.",
    "The Riverton Hawks beat the Lakeside Comets 3-1 on Saturday, with two goals from "
    "striker Tom Baker in front of a crowd of twelve thousand at Hawks Park.",
    "Acme Corporation will open a factory in Dayton, Ohio, next spring, chief executive "
    "Maria Lopez told investors in New York, creating about four hundred jobs.",
    "Heavy rain flooded streets in the north of Glasgow overnight, and the Scottish "
    "Environment Protection Agency warned that more storms were expected this week.",
]


def raw(text: str, name: str) -> RawDocument:
    return RawDocument(input=name, kind="text", content=text, raw=text.encode("utf-8"))


def comparable(result: Article | InputError) -> Any:
    if isinstance(result, InputError):
        return ("error", result.input, result.code, result.reason)
    data = result.to_json_dict()
    del data["provenance"]["processed_at"]
    return data


def _noop(batch: list[Article], options: Options) -> None:
    return None


# --- stage order ----------------------------------------------------------------------


def test_shipped_stage_order_is_valid() -> None:
    check_stage_order(STAGES)


def test_stage_reading_an_unwritten_field_is_refused() -> None:
    bad = Stage("quotes", reads=("_doc", "speakers"), writes=("quotes",), run=_noop)
    with pytest.raises(ValueError, match=r"stage 'quotes' reads \['speakers'\]"):
        check_stage_order((*STAGES, bad))


def test_stage_before_its_writer_is_refused() -> None:
    by_name = {stage.name: stage for stage in STAGES}
    with pytest.raises(ValueError, match="entities"):
        check_stage_order((by_name["entities"], by_name["analyse"]))


# --- order, isolation -----------------------------------------------------------------


def test_results_come_out_in_input_order() -> None:
    items: list[RawDocument | InputError] = []
    for n, story in enumerate(STORIES * 2):
        items.append(raw(story, f"story-{n}.txt"))
        items.append(InputError(f"bad-{n}.html", "binary data, not text or HTML", "E103"))
    results = list(process(items, Options(batch_size=3)))
    names = [r.provenance.input if isinstance(r, Article) else r.input for r in results]
    assert names == [item.input for item in items]


def test_a_stage_failing_on_one_article_keeps_the_others(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = pipeline.find_entities

    def flaky(article: Article) -> Article:
        if "Acme" in article.text:
            raise RuntimeError("boom")
        return real(article)

    stages = tuple(
        dataclasses.replace(s, run=pipeline._each(flaky)) if s.name == "entities" else s
        for s in pipeline.STAGES
    )
    monkeypatch.setattr(pipeline, "STAGES", stages)
    items: list[RawDocument | InputError] = [raw(s, f"s{n}.txt") for n, s in enumerate(STORIES)]
    results = list(process(items, Options(batch_size=10)))
    assert [type(r).__name__ for r in results] == ["Article", "Article", "InputError", "Article"]
    error = results[2]
    assert isinstance(error, InputError)
    assert (error.input, error.code) == ("s2.txt", "E110")
    assert "RuntimeError: boom" in error.reason and "\n" not in str(error)
    assert error.raw == STORIES[2].encode("utf-8")  # mapped back to the right input
    assert all(r.entities for r in results if isinstance(r, Article))


def test_an_extract_failure_keeps_the_others(monkeypatch: pytest.MonkeyPatch) -> None:
    real = extract_batch.extract

    def flaky(item: RawDocument, provenance: Any) -> Article:
        if item.input == "s1.txt":
            raise ValueError("cannot parse")
        return real(item, provenance)

    monkeypatch.setattr(extract_batch, "extract", flaky)
    items: list[RawDocument | InputError] = [raw(s, f"s{n}.txt") for n, s in enumerate(STORIES)]
    # In this process, where the patch applies (not in an extract-ahead helper process).
    results = list(process(items, Options(extract_ahead=False)))
    error = results[1]
    assert isinstance(error, InputError) and error.code == "E110"
    assert error.raw == STORIES[1].encode("utf-8")
    assert sum(isinstance(r, Article) for r in results) == 3


def test_text_is_kept_verbatim_through_the_pipeline(tmp_path: Path) -> None:
    text = "\r\n  " + STORIES[0].replace(" said", "\r\nsaid") + "  \r\n\r\n"
    path = tmp_path / "story.txt"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (article,) = extract_articles([str(path)], Options(published="2024-05-01"))
    assert isinstance(article, Article)
    assert article.text == text
    assert article.published == "2024-05-01"
    for entity in article.entities:
        for mention in entity.mentions:
            assert article.text[mention.start : mention.end] == mention.text


# --- workers --------------------------------------------------------------------------


@pytest.mark.slow
def test_two_workers_give_the_same_records_as_one() -> None:
    items: list[RawDocument | InputError] = [raw(s, f"s{n}.txt") for n, s in enumerate(STORIES)]
    items.insert(2, InputError("bad.html", "empty input", "E101"))
    one = [comparable(r) for r in process(items, Options(batch_size=2, workers=1))]
    two = [comparable(r) for r in process(items, Options(batch_size=2, workers=2))]
    assert one == two
    assert len(one) == len(items)


# --- options --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kwargs",
    [{"workers": 0}, {"batch_size": 0}, {"max_bytes": -1}, {"published": "last Tuesday"}],
)
def test_bad_options_are_refused(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ConfigError):
        Options(**kwargs)


@pytest.mark.parametrize("published", ["2024-05-01", "2024-05-01T09:30:00+02:00"])
def test_published_accepts_iso_dates(published: str) -> None:
    assert Options(published=published).published == published


def test_extracting_ahead_gives_the_same_records_as_in_process() -> None:
    """Several batches with extraction in a helper process: same records, same order."""
    items: list[RawDocument | InputError] = [
        raw(STORIES[n % len(STORIES)] + f" Item {n}.", f"s{n}.txt") for n in range(40)
    ]
    ahead = list(process(items, Options(extract_ahead=True, batch_size=8)))
    here = list(process(items, Options(extract_ahead=False, batch_size=8)))

    def comparable(result: Article | InputError) -> object:
        if isinstance(result, InputError):
            return (result.input, result.code)
        record = result.to_json_dict()
        record["provenance"].pop("processed_at")
        return record

    assert [comparable(r) for r in ahead] == [comparable(r) for r in here]
    assert [r.provenance.input for r in ahead if isinstance(r, Article)] == [
        f"s{n}.txt" for n in range(40)
    ]
