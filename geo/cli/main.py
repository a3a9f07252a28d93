"""``python -m geo …``: a thin dispatcher over the sub-command modules of :mod:`geo.cli`.

Commands are imported lazily so that ``python -m geo border`` does not pay for folium or
streamlit. ``--verbose`` (before the command) shows the library's decisions (rejected
candidates, rules that fired) through :mod:`logging`.
"""
from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys

from geo.errors import BorderlinesError

# Registry: command name -> module under geo.cli (edit here when adding one).
COMMANDS: dict[str, str] = {
    "border": "geo.cli.border",
    "lookup": "geo.cli.lookup",
    "geoparse": "geo.cli.geoparse",
    "bench": "geo.cli.bench",
    "events": "geo.cli.events",
    "map": "geo.cli.map",
    "batch": "geo.cli.batch",
    "classify": "geo.cli.classify",
}


def _load(name: str):
    return importlib.import_module(COMMANDS[name])


def build_parser(names: list[str] | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m geo", description="Borderlines command line")
    parser.add_argument("-v", "--verbose", action="count", default=0,
                        help="log the library's decisions to stderr (-v: info, -vv: debug)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in names if names is not None else COMMANDS:
        # A registered command that cannot be imported is a broken install: fail loudly rather
        # than hide the command from --help.
        module = _load(name)
        p = sub.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(p)
        p.set_defaults(_run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # Only import the module of the command asked for; --help lists them all.
    command = next((a for a in argv if not a.startswith("-")), None)
    wanted = [command] if command in COMMANDS else None
    parser = build_parser(wanted)
    args = parser.parse_args(argv)
    if args.verbose:
        logging.basicConfig(
            level=logging.DEBUG if args.verbose > 1 else logging.INFO,
            format="%(levelname)s %(name)s: %(message)s",
            stream=sys.stderr,
        )
    if not getattr(args, "_run", None):
        parser.print_help()
        return 2
    try:
        return int(args._run(args) or 0)
    except BorderlinesError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # "python -m geo lookup Kherson | head -3": the reader closed the pipe; what it wanted
        # was printed. Point stdout at nothing so the interpreter's final flush stays quiet.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
