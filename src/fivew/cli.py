"""The ``fivew`` command. Each subcommand wraps the library function of the same name
in :mod:`fivew.api` (``fivew evaluate X`` wraps :func:`fivew.evaluate.X`)."""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Callable
from datetime import date
from typing import Any, TextIO, TypeVar

import click

from fivew import __version__, api
from fivew.errors import FivewError, InputError
from fivew.readers import DEFAULT_MAX_BYTES

F = TypeVar("F", bound=Callable[..., Any])

#: Exit code when every input worked, when some inputs failed, and on a usage error.
EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2

_DB_HELP = (
    "Database: a file path or a URL (sqlite:///…, postgresql+psycopg://…)."
    " [env FIVEW_DB; default ./fivew.db]"
)


def _published(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise click.BadParameter(f"'{value}' is not a date in the form YYYY-MM-DD")
    try:
        date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"'{value}' is not a valid date ({exc})") from exc
    return value


def _processing_options(func: F) -> F:
    options = [
        click.option(
            "--published",
            callback=_published,
            metavar="YYYY-MM-DD",
            help="Dateline for inputs that carry none.",
        ),
        click.option(
            "--max-bytes",
            type=click.IntRange(min=1),
            default=DEFAULT_MAX_BYTES,
            show_default=True,
            help="Refuse inputs larger than this.",
        ),
        click.option(
            "--workers",
            type=click.IntRange(min=1),
            default=1,
            show_default=True,
            help="Processes to run the pipeline in.",
        ),
        click.option(
            "--allow-other-languages",
            is_flag=True,
            help="Keep non-English articles (with a note in errors) instead of failing them.",
        ),
        click.option(
            "--progress/--no-progress",
            default=None,
            help="Show a progress bar on stderr. [default: when stderr is a terminal]",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _make_options(
    published: str | None, max_bytes: int, workers: int, allow_other_languages: bool
) -> Any:
    from fivew.pipeline import Options

    return Options(
        max_bytes=max_bytes,
        published=published,
        workers=workers,
        allow_other_languages=allow_other_languages,
    )


def _show_progress(progress: bool | None) -> bool:
    return sys.stderr.isatty() if progress is None else progress


def _report_failure(error: InputError) -> None:
    click.echo(f"error: {error}", err=True)


def _db_option(func: F) -> F:
    return click.option("--db", envvar="FIVEW_DB", default=None, metavar="PATH|URL", help=_DB_HELP)(
        func
    )


class _Group(click.Group):
    """Turns fivew's own errors into one clean line and exit code 2."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except FivewError as exc:
            raise click.ClickException(str(exc)) from exc


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="fivew")
@click.option("-v", "--verbose", count=True, help="Log more (-v info, -vv debug).")
def cli(verbose: int) -> None:
    """fivew: news pages in, a sourced record of who did what to whom, where, when."""
    level = (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--out",
    "-o",
    type=click.File("w", encoding="utf-8"),
    default="-",
    help="Write the JSON Lines here instead of stdout.",
)
@_processing_options
def extract(
    paths: tuple[str, ...],
    out: TextIO,
    published: str | None,
    max_bytes: int,
    workers: int,
    allow_other_languages: bool,
    progress: bool | None,
) -> None:
    """Write one JSON record per article in PATHS (files, directories, '-') as JSON Lines.

    No database is used. Example: fivew extract story.html pages/ --out records.jsonl
    """
    options = _make_options(published, max_bytes, workers, allow_other_languages)
    failed = 0
    for result in api.extract(paths, options, progress=_show_progress(progress)):
        if isinstance(result, InputError):
            failed += 1
            _report_failure(result)
        else:
            out.write(json.dumps(result.to_json_dict(), ensure_ascii=False) + "\n")
    out.flush()
    if failed:
        sys.exit(EXIT_SOME_FAILED)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@_db_option
@_processing_options
def ingest(
    paths: tuple[str, ...],
    db: str | None,
    published: str | None,
    max_bytes: int,
    workers: int,
    allow_other_languages: bool,
    progress: bool | None,
) -> None:
    """Process PATHS and store the articles; failures are kept for `fivew retry`.

    Example: fivew ingest examples/ --db fivew.db
    """
    options = _make_options(published, max_bytes, workers, allow_other_languages)
    report = api.ingest(paths, db, options, progress=_show_progress(progress))
    _print_ingest_report(report)


def _print_ingest_report(report: Any) -> None:
    for error in report.failed:
        _report_failure(error)
    click.echo(
        f"stored {report.stored}, already stored {report.duplicates}, failed {len(report.failed)}"
        f" in {report.elapsed:.1f}s",
        err=True,
    )
    if report.failed:
        sys.exit(EXIT_SOME_FAILED)


@cli.command(name="list")
@_db_option
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
@click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True)
@click.option("--query", "-q", default=None, help="Only articles whose title or text contain this.")
def list_command(db: str | None, limit: int, offset: int, query: str | None) -> None:
    """List stored articles: id, date, source and title.

    Example: fivew list --limit 20
    """
    for summary in api.list(db, limit=limit, offset=offset, query=query):
        day = (summary.published or "")[:10] or "undated   "
        click.echo(f"{summary.id}  {day}  {summary.source or '-'}  {summary.title or '(untitled)'}")


@cli.command()
@click.argument("id")
@_db_option
@click.option("--json", "as_json", is_flag=True, help="Print the full record as JSON.")
def show(id: str, db: str | None, as_json: bool) -> None:
    """Show one stored article by ID (or a unique prefix of it).

    Example: fivew show 5129d8be --json
    """
    article = api.show(id, db)
    if as_json:
        click.echo(json.dumps(article.to_json_dict(), ensure_ascii=False, indent=2))
        return
    click.echo(article.title or "(untitled)")
    click.echo(
        f"{article.published or 'undated'} · {article.source or 'unknown source'}"
        f" · {article.url or article.provenance.input}"
    )
    if article.byline:
        click.echo("By " + ", ".join(article.byline))
    click.echo("")
    click.echo(article.text)
    for caption in article.captions:
        click.echo(
            f"\n[caption] {caption.text}" + (f" ({caption.credit})" if caption.credit else "")
        )
    if article.entities:
        click.echo("\nEntities:")
        for entity in article.entities:
            click.echo(f"  {entity.type:7} {entity.name}  ×{len(entity.mentions)}")
    names = {entity.id: entity.name for entity in article.entities}
    if article.quotes:
        click.echo("\nQuotes:")
        for quote in article.quotes:
            click.echo(f"  [{quote.kind}] {_speaker_label(quote, names)}: {quote.text}")
    if article.places:
        click.echo("\nPlaces:")
        for place in article.places:
            where = f"{place.lat:.3f}, {place.lon:.3f}" if place.lat is not None else "unresolved"
            click.echo(
                f"  {place.name} ({place.feature_code or '-'}, {place.country or '-'}) {where}"
            )
    if article.times:
        click.echo("\nTimes:")
        for time in article.times:
            click.echo(f"  {time.text} → {time.value or '?'} ({time.type})")
    for note in article.errors:
        click.echo(f"\n[{note.stage} {note.code}] {note.message}")


def _speaker_label(quote: Any, names: dict[str, str]) -> str:
    speaker = quote.speaker
    if speaker is None:
        return "(unattributed)"
    if speaker.entity_id in names:
        return str(names[speaker.entity_id])
    label = str(speaker.description or speaker.text)
    if speaker.affiliation_entity_id in names:
        label += f" [{names[speaker.affiliation_entity_id]}]"
    return label


@cli.command()
@_db_option
@click.option(
    "--format",
    "format_",
    type=click.Choice(["jsonl", "csv", "geojson"]),
    default="jsonl",
    show_default=True,
)
@click.option("--out", "-o", type=click.File("w", encoding="utf-8", lazy=True), default="-")
def export(db: str | None, format_: str, out: TextIO) -> None:
    """Export every stored article as JSON Lines, CSV or GeoJSON (places as points).

    Example: fivew export --format csv --out articles.csv
    """
    count = api.export(format_, out, db)
    click.echo(f"exported {count} article(s)", err=True)


@cli.command()
@_db_option
@_processing_options
def retry(
    db: str | None,
    published: str | None,
    max_bytes: int,
    workers: int,
    allow_other_languages: bool,
    progress: bool | None,
) -> None:
    """Process the failed inputs again, from the raw input kept in the database.

    Example: fivew retry --db fivew.db
    """
    options = _make_options(published, max_bytes, workers, allow_other_languages)
    _print_ingest_report(api.retry(db, options, progress=_show_progress(progress)))


@cli.command()
@_db_option
@click.option("--all", "include_resolved", is_flag=True, help="Also list failures a retry fixed.")
def failures(db: str | None, include_resolved: bool) -> None:
    """List the inputs that failed and why; `fivew retry` processes them again.

    Example: fivew failures --all
    """
    for failure in api.failures(db, include_resolved=include_resolved):
        state = "resolved" if failure.resolved else f"attempts {failure.attempts}"
        click.echo(f"[{failure.code}] {failure.input}: {failure.reason} ({state})")


@cli.command()
@_db_option
def report(db: str | None) -> None:
    """Print a situation report: per article its people, groups and places; the top entities.

    Example: fivew report --db demo.db
    """
    click.echo(api.report(db))


@cli.command()
@_db_option
@click.option("--json", "as_json", is_flag=True)
def info(db: str | None, as_json: bool) -> None:
    """Say which fivew, spaCy model and database are in use.

    Example: fivew info --db demo.db
    """
    details = api.info(db)
    if as_json:
        click.echo(json.dumps(details, indent=2))
        return
    for key, value in details.items():
        click.echo(f"{key:15}{value}")


@cli.command()
def schema() -> None:
    """Print the JSON Schema of the article record.

    Example: fivew schema > schema/article.schema.json
    """
    click.echo(json.dumps(api.schema(), indent=2, ensure_ascii=False))


@cli.group()
def evaluate() -> None:
    """Score fivew on a gold set, beside a baseline."""


#: Arguments and options shared by the `fivew evaluate` commands.
_GOLD_SET = click.argument("path", type=click.Path(exists=True, file_okay=False))
_AS_JSON = click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
_LIMIT = click.option(
    "--limit", type=click.IntRange(min=1), default=None, help="Score only N documents."
)


def _print_result(result: Any, format_report: Callable[[Any], str], as_json: bool) -> None:
    click.echo(json.dumps(result, indent=2) if as_json else format_report(result))


@evaluate.command(name="extraction")
@_GOLD_SET
@click.option(
    "--limit", type=click.IntRange(min=1), default=None, help="Score only the first N pages."
)
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True)
@_AS_JSON
def evaluate_extraction(path: str, limit: int | None, workers: int, as_json: bool) -> None:
    """Score page extraction: fivew beside trafilatura.

    Example: fivew evaluate extraction ../shared/data/extraction/trafilatura-eval
    """
    from fivew.evaluate import extraction

    result = extraction.extraction(path, limit=limit, workers=workers)
    _print_result(result, extraction.format_report, as_json)


@evaluate.command(name="entities")
@_GOLD_SET
@_AS_JSON
def evaluate_entities(path: str, as_json: bool) -> None:
    """Score entity spans on MEANTIME: fivew beside the bare spaCy model.

    Example: fivew evaluate entities ../shared/data/meantime-en
    """
    from fivew.evaluate import entities

    result = entities.entities(path)
    _print_result(result, entities.format_report, as_json)


@evaluate.command(name="quotes")
@_GOLD_SET
@click.option("--split", default="dev", show_default=True, help="Which part of the set to score.")
@_LIMIT
@_AS_JSON
def evaluate_quotes(path: str, split: str, limit: int | None, as_json: bool) -> None:
    """Score quotes, cues and speakers on PolNeAR: fivew beside a quote-marks baseline.

    Example: fivew evaluate quotes ../shared/data/quotes/polnear --split dev
    """
    from fivew.evaluate import quotes

    result = quotes.quotes(path, split=split, limit=limit)
    _print_result(result, quotes.format_report, as_json)


@evaluate.command(name="geo")
@_GOLD_SET
@_LIMIT
@_AS_JSON
def evaluate_geo(path: str, limit: int | None, as_json: bool) -> None:
    """Score place recognition and resolution (LGL, TR-News, GeoVirus, WikToR).

    Example: fivew evaluate geo ../shared/data/geo/LGL
    """
    from fivew.evaluate import geo

    result = geo.geo(path, limit=limit)
    _print_result(result, geo.format_report, as_json)


@evaluate.command(name="time")
@_GOLD_SET
@_LIMIT
@click.option("--half", type=click.Choice(["even", "odd"]), default=None,
              help="Score one half of each corpus (documents in file-name order, alternately).")
@click.option("--errors", "errors_out", type=click.Path(dir_okay=False, writable=True),
              default=None, help="Write each mistake (wrong value, missed, spurious) as JSON "
              "Lines.")
@_AS_JSON
def evaluate_time(path: str, limit: int | None, half: str | None, errors_out: str | None,
                  as_json: bool) -> None:
    """Score time expressions (extent and value) on TimeML sets and MEANTIME.

    Example: fivew evaluate time ../shared/data/time/timebank-aquaint --half even
    """
    from fivew.evaluate import time

    errors: list[dict[str, object]] | None = [] if errors_out else None
    result = time.time(path, limit=limit, errors=errors, half=half)
    if errors_out and errors is not None:
        with open(errors_out, "w", encoding="utf-8") as out:
            out.writelines(json.dumps(e, ensure_ascii=False) + "\n" for e in errors)
    _print_result(result, time.format_report, as_json)


@evaluate.command(name="events")
@_GOLD_SET
@click.option(
    "--set",
    "sets",
    multiple=True,
    help="Score only these sets (case2021, conflibert_cameo, plover).",
)
@click.option(
    "--without-authored",
    is_flag=True,
    help="Train the CASE 2021 classifiers on the gold snippets alone, without fivew's "
    "authored training snippets.",
)
@click.option(
    "--fine-tune",
    is_flag=True,
    help="Also cross-validate the fine-tuned encoder and the ensemble on CASE 2021 "
    "(needs the events-embed extra; about 16 minutes more on 2 cores).",
)
@_AS_JSON
def evaluate_events(path: str, sets: tuple[str, ...], without_authored: bool,
                    fine_tune: bool, as_json: bool) -> None:
    """Score event coding on the sets in ../shared/data/events, beside the anchors.

    Example: fivew evaluate events ../shared/data/events --set case2021
    """
    from fivew.evaluate import events

    result = events.events(path, sets=list(sets) or None, authored=not without_authored,
                           tuned=fine_tune)
    _print_result(result, events.format_report, as_json)


@cli.command()
@_db_option
@click.option("--host", default=api.DEFAULT_HOST, show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=api.DEFAULT_PORT, show_default=True)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Server processes answering side by side (more clients at once, more memory).",
)
def serve(db: str | None, host: str, port: int, workers: int) -> None:
    """Open the analysts' desk in a browser: articles, events, map, timeline, reviews.

    Example: fivew serve --db demo.db --port 8000 --workers 2
    """
    click.echo(f"fivew desk on http://{host}:{port}/ (Ctrl-C stops it)", err=True)
    api.serve(db, host=host, port=port, workers=workers)


@cli.group()
def user() -> None:
    """Manage the desk's analyst accounts.

    Example: fivew user add ana --db demo.db
    """


@user.command(name="add")
@click.argument("name")
@_db_option
@click.option(
    "--password-stdin", is_flag=True, help="Read the password from the first line of stdin."
)
@click.option("--token", is_flag=True, help="Also issue an API token (printed once).")
def user_add(name: str, db: str | None, password_stdin: bool, token: bool) -> None:
    """Add an analyst account; the password is asked for (or read from stdin).

    Example: printf 'secret-pass\\n' | fivew user add ana --password-stdin --token
    """
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    issued = api.user_add(name, password, db, token=token)
    click.echo(f"added user {name}", err=True)
    if issued:
        click.echo(issued)


def main() -> None:
    """Entry point of the ``fivew`` console command."""
    cli(prog_name="fivew")
