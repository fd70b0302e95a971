"""Bad inputs: each yields an InputError with its own code, one line naming the input and
the reason, the raw bytes kept for a retry, and the batch goes on past it.

Every input is written here, in ``tmp_path``; none is committed as a binary file.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from fivew.article import Article
from fivew.errors import INPUT_ERROR_CODES, InputError
from fivew.pipeline import Options, extract_articles
from fivew.readers import DEFAULT_MAX_BYTES, read_inputs

ENGLISH = (
    "The city council of Riverton voted on Tuesday to close the old bridge over the Mill "
    "River after engineers found cracks in two of its supports. Mayor Ellen Park said the "
    "crossing would stay shut until repairs are finished, which the council expects to take "
    "at least six months. Drivers will be sent along the ring road in the meantime."
)
GERMAN = (
    "Der Stadtrat von Riverton hat am Dienstag beschlossen, die alte Brücke über den "
    "Mühlbach zu sperren, nachdem Ingenieure Risse in zwei ihrer Stützen gefunden hatten. "
    "Bürgermeisterin Ellen Park sagte, die Brücke bleibe gesperrt, bis die Reparaturen "
    "abgeschlossen seien, was mindestens sechs Monate dauern werde."
)
FRENCH = (
    "Le conseil municipal de Riverton a voté mardi la fermeture du vieux pont sur la "
    "rivière après que des ingénieurs ont trouvé des fissures dans deux de ses piliers. "
    "La maire Ellen Park a déclaré que le pont resterait fermé jusqu'à la fin des travaux, "
    "qui devraient durer au moins six mois."
)


def page(text: str) -> str:
    body = "".join(f"<p>{s.strip()}.</p>" for s in text.split(". ") if s.strip())
    return (
        "<!DOCTYPE html><html><head><title>News</title></head>"
        f"<body><article><h1>News</h1>{body}</article></body></html>"
    )


INDEX_PAGE = (
    "<!DOCTYPE html><html><head><title>Sections</title></head><body><nav><ul>"
    + "".join(f'<li><a href="/s/{n}">Section {n}</a></li>' for n in range(40))
    + "</ul></nav></body></html>"
)


def _truncated_gzip() -> bytes:
    data = gzip.compress(page(ENGLISH).encode("utf-8"))
    return data[: len(data) // 2]


def _corrupt_gzip() -> bytes:
    data = bytearray(gzip.compress(page(ENGLISH).encode("utf-8")))
    data[12:40] = b"\xff" * 28  # deflate stream overwritten
    return bytes(data)


#: name, bytes, expected code, words the reason must contain.
READ_CASES: list[tuple[str, bytes, str, str]] = [
    ("image.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00\x10" * 50, "E103", "PNG"),
    ("archive.html", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + b"\x00" * 60, "E103", "ZIP"),
    ("paper.html", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(128, 256)) * 8, "E103", "PDF"),
    ("empty.html", b"", "E101", "empty"),
    ("blank.txt", b"  \r\n\t \n", "E101", "empty"),
    ("empty.html.gz", b"", "E101", "empty"),
    ("blank.html.gz", gzip.compress(b" \n\n "), "E101", "empty"),
    ("cut.html.gz", _truncated_gzip(), "E105", "truncated"),
    ("broken.html.gz", _corrupt_gzip(), "E105", "corrupt"),
    ("plain.html.gz", page(ENGLISH).encode("utf-8"), "E105", "gzip"),  # not gzipped at all
    ("data.html", json.dumps({"title": "not a page", "n": 1}).encode(), "E106", "not an HTML"),
    ("notes.html", ENGLISH.encode("utf-8"), "E106", "not an HTML"),
    ("noise.txt", bytes(range(0x80, 0x100)) * 50, "E104", "undecodable"),
    ("bad-utf8.txt", "Résumé ".encode() * 10 + b"\xff\xfe\xfa" * 30, "E104", "undecodable"),
    ("utf16-no-bom.txt", ENGLISH.encode("utf-16-le"), "E103", "binary"),
    ("slides.pptx", b"PK\x03\x04", "E109", "unsupported file type"),
]


def assert_one_line_error(error: object, input: str, code: str, words: str) -> InputError:
    assert isinstance(error, InputError), error
    assert error.code == code, error
    assert code in INPUT_ERROR_CODES
    assert error.input == input
    message = str(error)
    assert "\n" not in message
    assert message.startswith(f"[{code}] {input}: "), message
    assert words.lower() in error.reason.lower(), message
    return error


@pytest.mark.parametrize(
    ("name", "data", "code", "words"), READ_CASES, ids=[c[0] for c in READ_CASES]
)
def test_bad_file(tmp_path: Path, name: str, data: bytes, code: str, words: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    (result,) = read_inputs([path])
    error = assert_one_line_error(result, str(path), code, words)
    if code != "E109":
        assert error.raw == data  # the bytes as read, for a retry


def test_codes_are_distinct_per_reason() -> None:
    reasons = {code: words for _, _, code, words in READ_CASES}
    assert len(set(INPUT_ERROR_CODES)) == len(INPUT_ERROR_CODES)
    assert {"E101", "E103", "E104", "E105", "E106", "E109"} <= set(reasons)


# --- unreadable -----------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "gone.html"
    (result,) = read_inputs([path])
    assert_one_line_error(result, str(path), "E100", "no such file")


def test_directory_named_like_a_page(tmp_path: Path) -> None:
    path = tmp_path / "x.html"
    path.mkdir()
    (result,) = read_inputs([path])
    assert_one_line_error(result, str(path), "E100", "no supported files")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_is_refused_not_waited_on(tmp_path: Path) -> None:
    # Opening a FIFO with no writer blocks forever: it must be refused before opening,
    # whether named directly or met while walking a directory.
    path = tmp_path / "pipe.html"
    os.mkfifo(path)
    (result,) = read_inputs([path])
    assert_one_line_error(result, str(path), "E100", "not a regular file")
    (result,) = read_inputs([tmp_path])
    assert_one_line_error(result, str(path), "E100", "not a regular file")


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests run as root, which reads anything: simulate the refusal.
    path = tmp_path / "locked.html"
    path.write_text(page(ENGLISH), encoding="utf-8")
    real_open = Path.open

    def refuse(self: Path, *args: object, **kwargs: object) -> object:
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", refuse)
    (result,) = read_inputs([path])
    assert_one_line_error(result, str(path), "E100", "permission denied")


def test_stdin_read_error_and_bad_stdin() -> None:
    class Broken(io.RawIOBase):
        def read(self, size: int = -1) -> bytes:
            raise OSError(5, "Input/output error")

    (result,) = read_inputs(["-"], stdin=Broken())  # type: ignore[arg-type]
    assert_one_line_error(result, "-", "E100", "cannot be read")
    data = b"\x89PNG\r\n\x1a\n\x00\x00"
    (result,) = read_inputs(["-"], stdin=io.BytesIO(data))
    assert assert_one_line_error(result, "-", "E103", "PNG").raw == data


# --- size limits ----------------------------------------------------------------------


def test_file_over_the_default_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.html"
    path.write_bytes(b"<html><body><p>" + b"a" * DEFAULT_MAX_BYTES + b"</p></body></html>")
    (result,) = read_inputs([path])
    assert_one_line_error(result, str(path), "E102", "size limit")


def test_gzip_bomb(tmp_path: Path) -> None:
    # 11 MB of page once decompressed, a few kB on disk.
    data = gzip.compress(b"<html><body><p>" + b" " * (11 * 1024 * 1024) + b"</p></body></html>")
    assert len(data) < 100_000
    path = tmp_path / "bomb.html.gz"
    path.write_bytes(data)
    (result,) = read_inputs([path])
    assert_one_line_error(result, str(path), "E102", "once decompressed")


def test_size_limit_option(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(page(ENGLISH), encoding="utf-8")
    (result,) = read_inputs([path], max_bytes=100)
    assert_one_line_error(result, str(path), "E102", "100 bytes")


# --- JSON Lines -----------------------------------------------------------------------


def test_malformed_jsonl_lines_do_not_stop_the_file(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"text": "first"}).encode(),
        b'{"text": "unterminated',
        b"[1, 2, 3]",
        json.dumps({"url": "https://example.org/no-content"}).encode(),
        json.dumps({"html": "just words, no markup"}).encode(),
        json.dumps({"text": "   "}).encode(),
        b'{"text": "caf\xe9 in latin-1"}',
        b"",
        json.dumps({"text": "last"}).encode(),
    ]
    path.write_bytes(b"\n".join(lines))
    results = list(read_inputs([path]))
    expected = [
        (1, None), (2, "E106"), (3, "E106"), (4, "E106"), (5, "E106"), (6, "E101"),
        (7, "E104"), (9, None),
    ]
    assert len(results) == len(expected)
    for result, (line, code) in zip(results, expected, strict=True):
        assert result.input == f"{path}:{line}"
        if code is None:
            assert not isinstance(result, InputError), result
        else:
            assert isinstance(result, InputError) and result.code == code, result
            assert result.raw == lines[line - 1]
            assert "\n" not in str(result)


def test_jsonl_record_over_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        json.dumps({"text": "x" * 500}) + "\n" + json.dumps({"text": "short"}) + "\n",
        encoding="utf-8",
    )
    first, second = read_inputs([path], max_bytes=100)
    assert_one_line_error(first, f"{path}:1", "E102", "size limit")
    assert second.input == f"{path}:2" and not isinstance(second, InputError)


def test_truncated_jsonl_gz_keeps_the_records_before_the_cut(tmp_path: Path) -> None:
    body = "\n".join(json.dumps({"text": f"record {n} " + "y" * 2000}) for n in range(50))
    data = gzip.compress(body.encode("utf-8"))
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    results = list(read_inputs([path]))
    assert results and all(not isinstance(r, InputError) for r in results[:-1])
    assert_one_line_error(results[-1], str(path), "E105", "gzip")


def test_empty_jsonl_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_bytes(b"\n \n")
    (result,) = read_inputs([path])
    assert_one_line_error(result, str(path), "E101", "empty")


# --- through the pipeline: no article, other languages, the batch goes on -------------


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def test_page_without_article_text(tmp_path: Path) -> None:
    data = page("Subscribe to our newsletter").replace("<h1>News</h1>", "")
    path = write(tmp_path, "empty-body.html", data)
    (result,) = extract_articles([str(path)])
    error = assert_one_line_error(result, str(path), "E107", "no article")
    assert error.raw == data.encode("utf-8")


def test_index_page_of_links_has_no_article(tmp_path: Path) -> None:
    path = write(tmp_path, "index.html", INDEX_PAGE)
    (result,) = extract_articles([str(path)])
    error = assert_one_line_error(result, str(path), "E107", "no article")
    assert error.raw == INDEX_PAGE.encode("utf-8")


@pytest.mark.parametrize(
    ("name", "data"),
    [("german.txt", GERMAN), ("french.html", page(FRENCH))],
)
def test_other_languages_are_refused(tmp_path: Path, name: str, data: str) -> None:
    path = write(tmp_path, name, data)
    (result,) = extract_articles([str(path)])
    error = assert_one_line_error(result, str(path), "E108", "language")
    assert error.raw == data.encode("utf-8")


def test_other_languages_kept_when_allowed(tmp_path: Path) -> None:
    path = write(tmp_path, "german.txt", GERMAN)
    (article,) = extract_articles([str(path)], Options(allow_other_languages=True))
    assert isinstance(article, Article)
    assert article.language == "de" and article.entities == [] and article.quotes == []
    # The language stage says why nothing was analysed; the quotes stage says it found none.
    assert [(e.stage, e.code) for e in article.errors] == [("language", "E108"), ("quotes", "E108")]


def test_the_batch_goes_on_past_every_bad_input(tmp_path: Path) -> None:
    paths: list[Callable[[], Path]] = [
        lambda: write(tmp_path, "01-good.txt", ENGLISH),
        lambda: tmp_path / "02-missing.html",
        lambda: write(tmp_path, "03-image.html", b"\x89PNG\r\n\x1a\n\x00\x00"),
        lambda: write(tmp_path, "04-no-article.html", page("Subscribe now")),
        lambda: write(tmp_path, "05-german.txt", GERMAN),
        lambda: write(tmp_path, "06-cut.html.gz", _truncated_gzip()),
        lambda: write(tmp_path, "07-good.html", page(ENGLISH.replace("Tuesday", "Monday"))),
    ]
    inputs = [str(make()) for make in paths]
    results = list(extract_articles(inputs, Options(batch_size=3)))
    assert [r.provenance.input if isinstance(r, Article) else r.input for r in results] == inputs
    codes = [r.code if isinstance(r, InputError) else "ok" for r in results]
    assert codes == ["ok", "E100", "E103", "E107", "E108", "E105", "ok"]


def test_decompressed_limit_counts_not_the_file_size() -> None:
    # Sanity for the bomb test: the bytes really do expand past the limit.
    data = gzip.compress(b" " * (DEFAULT_MAX_BYTES + 1))
    assert len(zlib.decompress(data, wbits=31)) > DEFAULT_MAX_BYTES > len(data)
