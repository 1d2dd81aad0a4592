"""The command line: help on every subcommand, errors as one line without traceback."""

import subprocess
import sys

import pytest

from synth.cli import build_parser, main

SUBCOMMANDS = ["fetch", "status", "export", "tag", "eval", "stub", "report", "demo"]


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_every_subcommand_has_help(command, capsys):
    with pytest.raises(SystemExit) as info:
        main([command, "--help"])
    assert info.value.code == 0
    assert "usage: synth " + command in capsys.readouterr().out


def test_top_level_help_lists_every_subcommand():
    text = build_parser().format_help()
    for command in SUBCOMMANDS:
        assert command in text


def test_python_dash_m_runs_the_cli():
    result = subprocess.run(
        [sys.executable, "-m", "synth", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.startswith("synth ")


def test_a_bad_setting_is_one_line_and_exit_code_1(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SYNTH_EUTILS_URL", "not a url")
    monkeypatch.setenv("SYNTH_CONFIG", str(tmp_path / "none.toml"))
    assert main(["status", "--cache", str(tmp_path / "c.sqlite")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("synth: error: SYNTH_EUTILS_URL")
    assert err.count("\n") == 1
    assert "Traceback" not in err
