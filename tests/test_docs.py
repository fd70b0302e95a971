"""The README documents every command and error code; the CLI mirrors the library."""

from __future__ import annotations

import inspect

import fivew.api
from fivew.cli import cli
from fivew.errors import INPUT_ERROR_CODES
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_gives_the_two_quick_start_commands() -> None:
    assert "make demo" in README and "make test" in README


def test_every_command_is_in_the_readme() -> None:
    for name in cli.commands:
        assert f"`fivew {name}" in README, f"`fivew {name}` is not documented in README.md"


def test_every_input_error_code_is_in_the_readme() -> None:
    for code in INPUT_ERROR_CODES:
        assert f"| {code} |" in README, f"error code {code} is not documented in README.md"


def test_each_command_wraps_the_library_function_of_the_same_name() -> None:
    public = {
        name
        for name, value in vars(fivew.api).items()
        if inspect.isfunction(value)
        and not name.startswith("_")
        and value.__module__ == "fivew.api"
    }
    assert set(fivew.api.__all__) == public
    # Command groups map to one function per subcommand: `fivew user add` -> user_add.
    groups = ("evaluate", "user")
    commands = {name for name in cli.commands if name not in groups}
    commands |= {f"user_{name}" for name in cli.commands["user"].commands}  # type: ignore[attr-defined]
    assert commands == public


def test_every_evaluate_command_is_in_the_readme() -> None:
    for name in cli.commands["evaluate"].commands:  # type: ignore[attr-defined]
        assert f"`fivew evaluate {name}" in README, f"`fivew evaluate {name}` is not in README.md"
