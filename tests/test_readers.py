"""Readers: every supported input form, read as it should be (no model needed).

Bad inputs are in test_bad_input.py; here the inputs are good, if sometimes awkward
(CRLF, a BOM, legacy encodings, UTF-16).
"""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from fivew.readers import RawDocument, read_bytes, read_inputs

PARAGRAPHS = [
    "The city council of Riverton voted on Tuesday to close the old bridge over the "
    "Mill River after engineers found cracks in two of its supports.",
    "Mayor Ellen Park said the crossing would stay shut until repairs are finished, "
    "which the council expects to take at least six months.",
    "“We cannot take chances with people’s safety,” Park told reporters at City Hall.",
]
TEXT = "\n\n".join(PARAGRAPHS)


def page(body: str = TEXT, head: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (
        f"<!DOCTYPE html><html><head>{head}<title>Bridge closed</title></head>"
        f"<body><article><h1>Bridge closed</h1>{paragraphs}</article></body></html>"
    )


def read_one(path: Path | str, **kwargs: object) -> RawDocument:
    results = list(read_inputs([path], **kwargs))  # type: ignore[arg-type]
    assert len(results) == 1, results
    (result,) = results
    assert isinstance(result, RawDocument), result
    return result


# --- .txt is taken verbatim -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        TEXT,
        TEXT.replace("\n", "\r\n"),  # CRLF stays CRLF
        "  \n" + TEXT + "\n\n   \t\n",  # leading and trailing whitespace kept
        TEXT + "\r",  # a lone CR
        "Line with U+2028\u2028inside and a form feed\x0c too. " * 3,
    ],
    ids=["lf", "crlf", "surrounding-whitespace", "lone-cr", "unicode-separators"],
)
def test_txt_is_read_verbatim(tmp_path: Path, text: str) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(text.encode("utf-8"))
    document = read_one(path)
    assert document.kind == "text"
    assert document.content == text
    assert document.raw == text.encode("utf-8")


def test_utf8_bom_is_not_text(tmp_path: Path) -> None:
    # A byte-order mark only names the encoding: offsets count from the character after it.
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    assert read_one(path).content == TEXT


def test_utf16_txt_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes(TEXT.encode("utf-16"))  # with its BOM
    assert read_one(path).content == TEXT


@pytest.mark.parametrize(
    "text",
    [
        "Müller sagte, das Café in Köln sei geöffnet. Français: élève, garçon. " * 3,
        "Café",  # too short for a statistical guess: must not come out as UTF-16 noise
    ],
)
def test_latin1_txt(tmp_path: Path, text: str) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(text.encode("latin-1"))
    assert read_one(path).content == text


def test_gzipped_txt(tmp_path: Path) -> None:
    path = tmp_path / "story.txt.gz"
    path.write_bytes(gzip.compress(TEXT.encode("utf-8")))
    assert read_one(path).content == TEXT


# --- HTML and its encodings -----------------------------------------------------------


@pytest.mark.parametrize("suffix", [".html", ".htm", ".html.gz"])
def test_html_suffixes(tmp_path: Path, suffix: str) -> None:
    data = page().encode("utf-8")
    path = tmp_path / f"story{suffix}"
    path.write_bytes(gzip.compress(data) if suffix.endswith(".gz") else data)
    document = read_one(path)
    assert document.kind == "html"
    assert document.content == page()


def test_multi_member_gzip(tmp_path: Path) -> None:
    data = page().encode("utf-8")
    path = tmp_path / "story.html.gz"
    path.write_bytes(gzip.compress(data[:100]) + gzip.compress(data[100:]))
    assert read_one(path).content == page()


SMART = "Le président a déclaré que l’été serait « chaud » – a “smart” quote. " * 4


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        # Declares ISO-8859-1 but is written in UTF-8: the declaration is wrong.
        (page(SMART, '<meta charset="iso-8859-1">').encode("utf-8"), SMART),
        # Declares ISO-8859-1 and is windows-1252, as browsers read that label.
        (page(SMART, '<meta charset="iso-8859-1">').encode("cp1252"), SMART),
        # windows-1252 declaring nothing.
        (page(SMART).encode("cp1252"), SMART),
        # UTF-16 with a BOM: markup is only found once decoded.
        (page(SMART).encode("utf-16"), SMART),
        # Declared in the http-equiv form.
        (
            page(
                "Zażółć gęślą jaźń, powiedział minister w Łodzi. " * 3,
                '<meta http-equiv="Content-Type" content="text/html; charset=windows-1250">',
            ).encode("cp1250"),
            "Zażółć gęślą jaźń, powiedział minister w Łodzi. " * 3,
        ),
    ],
    ids=["declared-latin1-is-utf8", "declared-latin1-is-cp1252", "cp1252-undeclared",
         "utf16-bom", "http-equiv-cp1250"],
)
def test_html_encodings(data: bytes, expected: str) -> None:
    document = read_bytes("page.html", data, "html")
    assert expected.strip() in document.content


# --- JSON Lines -----------------------------------------------------------------------


def test_jsonl_records_and_fields(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        {"html": page(), "url": "https://example.org/a", "title": "T", "source": "Ex"},
        {"text": TEXT, "published": "2024-05-01"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in lines) + "\n", encoding="utf-8")
    first, second = list(read_inputs([path], published="2020-01-01"))
    assert isinstance(first, RawDocument) and isinstance(second, RawDocument)
    assert (first.input, first.kind, first.url, first.title, first.source) == (
        f"{path}:1", "html", "https://example.org/a", "T", "Ex",
    )
    assert first.published == "2020-01-01"  # the dateline option fills the gap
    assert (second.input, second.kind, second.content) == (f"{path}:2", "text", TEXT)
    assert second.published == "2024-05-01"  # the record's own date wins


def test_jsonl_unicode_line_separator_inside_a_string(tmp_path: Path) -> None:
    # JSON allows a raw U+2028 in a string; it must not split the record.
    path = tmp_path / "feed.jsonl"
    text = "First part\u2028second part of one article, long enough to read."
    path.write_text(json.dumps({"text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    (document,) = read_inputs([path])
    assert isinstance(document, RawDocument)
    assert document.content == text and document.input == f"{path}:1"


def test_jsonl_gz_crlf_blank_lines_and_bom(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl.gz"
    body = "\ufeff" + json.dumps({"text": "one"}) + "\r\n\r\n" + json.dumps({"text": "two"})
    path.write_bytes(gzip.compress(body.encode("utf-8")))
    results = list(read_inputs([path]))
    assert [(r.input, r.content) for r in results] == [  # type: ignore[union-attr]
        (f"{path}:1", "one"),
        (f"{path}:3", "two"),
    ]


# --- directories, stdin, the dateline -------------------------------------------------


def test_directory_is_walked_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "a.txt").write_text("a text", encoding="utf-8")
    (tmp_path / "b" / "deep" / "c.html").write_text(page(), encoding="utf-8")
    (tmp_path / "b" / "notes.md").write_text("skipped: not a supported type", encoding="utf-8")
    (tmp_path / ".hidden" / "d.txt").write_text("skipped: hidden", encoding="utf-8")
    inputs = [r.input for r in read_inputs([tmp_path])]
    assert inputs == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "deep" / "c.html")]


@pytest.mark.parametrize(
    ("data", "kind"), [(TEXT.encode("utf-8"), "text"), (page().encode("utf-8"), "html")]
)
def test_stdin(data: bytes, kind: str) -> None:
    document = read_one("-", stdin=io.BytesIO(data))
    assert (document.input, document.kind, document.raw) == ("-", kind, data)


def test_published_dateline_option(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert read_one(path, published="2024-05-01").published == "2024-05-01"
    assert read_one(path).published is None
