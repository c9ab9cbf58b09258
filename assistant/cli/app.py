"""The command group, its options, and turning library errors into plain English.

The command line is the only part of the assistant that prints. Library errors
arrive as AssistantError subclasses and leave as one plain English line (and
exit status 1); ``--debug`` shows the traceback instead.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from ..config import Config, load_config
from ..db import open_database
from ..errors import AssistantError


class _Command(click.Group):
    """Turns AssistantError into one plain-English line."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except AssistantError as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            message = str(exc)
            problems = getattr(exc, "problems", [])
            if problems:
                message += "\n" + "\n".join(f"  - {p}" for p in problems)
            raise click.ClickException(message) from exc


@click.group(cls=_Command)
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar="ASSISTANT_CONFIG",
    help="Configuration file (default: ASSISTANT_CONFIG, else your config folder).",
)
@click.option("--debug", is_flag=True, help="Show full error details (for bug reports).")
@click.version_option(package_name="ehcp-assistant")
@click.pass_context
def main(ctx: click.Context, config_path: Path | None, debug: bool) -> None:
    """Keep a log of your child's EHCP correspondence, promises and deadlines.

    Everything stays on this computer.
    """
    ctx.ensure_object(dict)
    ctx.obj.update(config_path=config_path, debug=debug)


def _config(ctx: click.Context) -> Config:
    if "config" not in ctx.obj:
        ctx.obj["config"] = load_config(ctx.obj["config_path"])
    return ctx.obj["config"]


def _database(ctx: click.Context):
    if "db" not in ctx.obj:
        ctx.obj["db"] = open_database(_config(ctx).database)
    return ctx.obj["db"]
