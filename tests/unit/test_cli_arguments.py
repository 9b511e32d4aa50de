"""Bad command lines get a usage message and exit code 2, before any window or server starts."""

from __future__ import annotations

import pytest

from associate_app.cli import main


@pytest.mark.parametrize("argv", [
    ["--server", "not a url"],
    ["--server", "ftp://central.example.com"],
    ["--demo", "--server", "https://central.example.com"],
    ["--store", "S 001; rm -rf"],
    ["--demo-customers", "0"],
    ["--no-such-option"],
])
def test_invalid_arguments_print_usage_and_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    assert "usage: associate-app" in capsys.readouterr().err


def test_help_exits_0(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    assert "--demo" in capsys.readouterr().out
