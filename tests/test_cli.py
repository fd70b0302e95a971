"""The command line, in process (click's CliRunner) and once as the installed command."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from fivew.article import article_json_schema
from fivew.cli import EXIT_SOME_FAILED, EXIT_USAGE, cli

STORY = (
    "Rebel commanders said on Monday they had retaken two districts in the north of the "
    "country after days of fighting with government forces, a spokesman told reporters in "
    "the capital. The government did not comment on the claim, and residents said the roads "
    "out of the valley remained closed to traffic on Tuesday morning."
)


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture()
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def test_every_command_has_help_with_an_example(runner: CliRunner) -> None:
    commands = [name for name in cli.commands if name != "evaluate"]
    commands += [f"evaluate {name}" for name in cli.commands["evaluate"].commands]  # type: ignore[attr-defined]
    for command in commands:
        result = runner.invoke(cli, [*command.split(), "--help"])
        assert result.exit_code == 0, command
        assert "Example" in result.output, f"`fivew {command} --help` gives no example"


def test_extract_writes_valid_json_lines(runner: CliRunner, story: Path, seed_text: str) -> None:
    from tests.conftest import SEED_PATH

    result = runner.invoke(cli, ["extract", str(story), str(SEED_PATH), "--no-progress"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 2
    for record in records:
        jsonschema.validate(record, article_json_schema())
    assert records[0]["text"] == STORY
    assert records[1]["text"] == seed_text
    assert records[1]["provenance"]["input"] == str(SEED_PATH)


def test_extract_writes_to_out_file(runner: CliRunner, story: Path, tmp_path: Path) -> None:
    out = tmp_path / "records.jsonl"
    result = runner.invoke(cli, ["extract", str(story), "--out", str(out), "--no-progress"])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text(encoding="utf-8"))["text"] == STORY


def test_extract_published_sets_the_dateline(runner: CliRunner, story: Path) -> None:
    result = runner.invoke(cli, ["extract", str(story), "--published", "2021-08-22"])
    assert json.loads(result.stdout)["published"] == "2021-08-22"


@pytest.mark.parametrize("value", ["22/08/2021", "2021-02-30", "yesterday"])
def test_a_bad_published_date_is_a_usage_error(runner: CliRunner, story: Path, value: str) -> None:
    result = runner.invoke(cli, ["extract", str(story), "--published", value])
    assert result.exit_code == EXIT_USAGE
    assert value in result.output


def test_a_failed_input_is_named_and_the_others_go_on(
    runner: CliRunner, story: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "missing.html"
    result = runner.invoke(cli, ["extract", str(missing), str(story), "--no-progress"])
    assert result.exit_code == EXIT_SOME_FAILED
    assert f"{missing}: no such file or directory" in result.stderr
    assert json.loads(result.stdout)["text"] == STORY


def test_stdin_is_read_with_a_dash(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["extract", "-"], input=STORY)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["text"] == STORY


def test_schema_prints_the_record_schema(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["schema"])
    assert json.loads(result.output) == article_json_schema()


def test_info_names_the_model_and_database(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "info.db"
    result = runner.invoke(cli, ["info", "--json", "--db", str(db)])
    assert result.exit_code == 0, result.output
    details = json.loads(result.output)
    assert details["model"].startswith("en_core_web_sm")
    assert details["model_version"] == "3.8.0"
    assert str(db) in details["database"]
    assert details["articles"] == 0


def test_ingest_list_show_export_report(runner: CliRunner, story: Path, tmp_path: Path) -> None:
    from tests.conftest import EXAMPLES

    # The seed story set in a news page, shipped with the project (no ../shared needed).
    seed_page = EXAMPLES / "pages" / "panjshir-resistance.html"
    db = str(tmp_path / "cli.db")
    result = runner.invoke(cli, ["ingest", str(story), str(seed_page), "--db", db, "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "stored 2" in result.stderr

    again = runner.invoke(cli, ["ingest", str(story), "--db", db, "--no-progress"])
    assert "stored 0, already stored 1" in again.stderr

    listed = runner.invoke(cli, ["list", "--db", db])
    ids = [line.split()[0] for line in listed.output.splitlines()]
    assert len(ids) == 2

    shown = runner.invoke(cli, ["show", ids[0][:8], "--db", db, "--json"])
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.output)["id"] == ids[0]

    unknown = runner.invoke(cli, ["show", "ffffffffffff", "--db", db])
    assert unknown.exit_code != 0
    assert "ffffffffffff" in unknown.output

    exported = runner.invoke(cli, ["export", "--db", db, "--format", "jsonl"])
    assert len(exported.stdout.splitlines()) == 2
    csv_out = runner.invoke(cli, ["export", "--db", db, "--format", "csv"])
    assert csv_out.stdout.splitlines()[0].startswith("id,")

    geojson = json.loads(runner.invoke(cli, ["export", "--db", db, "--format", "geojson"]).stdout)
    assert geojson["type"] == "FeatureCollection"
    kabul = [f for f in geojson["features"] if f["properties"]["name"] == "Kabul"]
    assert kabul, "the seed's Kabul is exported as a point"
    lon, lat = kabul[0]["geometry"]["coordinates"]
    assert abs(lat - 34.53) < 0.5 and abs(lon - 69.17) < 0.5  # longitude first, as GeoJSON asks

    report = runner.invoke(cli, ["report", "--db", db])
    assert report.exit_code == 0, report.output
    assert "Ahmad Massoud" in report.output
    assert "Most mentioned" in report.output
    assert "place(s) on the map" in report.output


def test_ingest_records_a_failure_and_retry_processes_it(runner: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "retry.db")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = runner.invoke(cli, ["ingest", str(empty), "--db", db, "--no-progress"])
    assert result.exit_code == EXIT_SOME_FAILED
    assert f"{empty}: empty input" in result.stderr
    listed = runner.invoke(cli, ["failures", "--db", db])
    assert f"[E101] {empty}: empty input" in listed.output
    retried = runner.invoke(cli, ["retry", "--db", db, "--no-progress"])
    assert retried.exit_code == EXIT_SOME_FAILED  # still empty: still failing, still kept
    empty.write_text(STORY, encoding="utf-8")
    fixed = runner.invoke(cli, ["retry", "--db", db, "--no-progress"])
    assert fixed.exit_code == 0, fixed.output
    assert runner.invoke(cli, ["failures", "--db", db]).output == ""
    assert "resolved" in runner.invoke(cli, ["failures", "--all", "--db", db]).output


def test_installed_command_runs(story: Path) -> None:
    """Smoke test of the console script as a user would run it."""
    command = shutil.which("fivew", path=str(Path(sys.executable).parent))
    assert command, "the `fivew` console script is not installed beside this Python"
    result = subprocess.run(
        [command, "extract", str(story), "--no-progress"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["text"] == STORY
    module = subprocess.run(
        [sys.executable, "-m", "fivew", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert module.returncode == 0 and "fivew" in module.stdout
