"""One module per ``python -m geo`` sub-command.

Each module defines ``HELP`` (one line), ``add_arguments(parser)`` and ``run(args) -> int``.
To add a command: write the module and register it in :data:`geo.cli.main.COMMANDS`.
"""
