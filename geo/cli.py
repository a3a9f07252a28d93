"""``python -m geo …``: a thin dispatcher over :mod:`geo.commands`.

Commands are imported lazily so that ``python -m geo border`` does not pay for folium or
streamlit.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from geo.errors import BorderlinesError

# Registry: command name -> module under geo.commands (edit here when adding one).
COMMANDS: dict[str, str] = {
    "border": "geo.commands.border",
    "lookup": "geo.commands.lookup",
    "geoparse": "geo.commands.geoparse",
    "bench": "geo.commands.bench",
    "events": "geo.commands.events",
    "map": "geo.commands.map",
    "batch": "geo.commands.batch",
    "classify": "geo.commands.classify",
}


def _load(name: str):
    return importlib.import_module(COMMANDS[name])


def build_parser(names: list[str] | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m geo", description="Borderlines command line")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in names if names is not None else COMMANDS:
        try:
            module = _load(name)
        except ModuleNotFoundError:
            continue  # a command whose module is not written yet is simply not offered
        p = sub.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(p)
        p.set_defaults(_run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # Only import the module of the command asked for; --help lists them all.
    wanted = [argv[0]] if argv and argv[0] in COMMANDS else None
    parser = build_parser(wanted)
    args = parser.parse_args(argv)
    if not getattr(args, "_run", None):
        parser.print_help()
        return 2
    try:
        return int(args._run(args) or 0)
    except BorderlinesError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
