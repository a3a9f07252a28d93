"""The dispatcher: registry, --verbose logging, and loud failure of a broken command module."""
from __future__ import annotations

import logging

import pytest

from geo.cli import main as cli


def test_every_registered_command_is_offered_in_help(capsys) -> None:
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = capsys.readouterr().out
    for name in cli.COMMANDS:
        assert name in out


def test_a_command_module_that_cannot_be_imported_fails_loudly(monkeypatch) -> None:
    # A broken install must not silently hide a command from --help.
    monkeypatch.setitem(cli.COMMANDS, "ghost", "geo.cli.no_such_module")
    with pytest.raises(ModuleNotFoundError):
        cli.build_parser()


def test_verbose_turns_on_the_library_logs(monkeypatch, capsys) -> None:
    seen = []
    monkeypatch.setattr(logging, "basicConfig", lambda **kw: seen.append(kw["level"]))
    assert cli.main(["-vv", "lookup", "Quetta"]) == 0
    assert seen == [logging.DEBUG]
    assert "Quetta" in capsys.readouterr().out


def test_the_public_api_resolves_lazily() -> None:
    import geo

    assert geo.analyse.__module__ == "geo.pipeline"
    assert geo.extract.__module__ == "geo.events.extract"
    with pytest.raises(AttributeError, match="no attribute 'nonsense'"):
        geo.nonsense  # noqa: B018


def test_import_geo_loads_nothing_heavy() -> None:
    import subprocess
    import sys

    code = "import geo, sys; print(sorted(m for m in ('folium', 'pyarrow', 'streamlit', 'geopandas', 'geo.places.gazetteer') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_a_reader_that_closes_the_pipe_early_gets_no_traceback() -> None:
    # "python -m geo lookup Kherson | head -1": the first line is all the user wanted
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    proc = subprocess.Popen([sys.executable, "-m", "geo", "lookup", "Springfield"], cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader is gone before anything is printed (it loads the gazetteer first)
    err = proc.stderr.read().decode()
    assert proc.wait() == 0 and "Traceback" not in err
