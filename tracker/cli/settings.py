"""The ``config`` command: the configuration in effect, with its secrets kept out."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Annotated, Any

import typer

from tracker.channels import build_channel, describe
from tracker.cli.app import app, context
from tracker.cli.render import out
from tracker.config import Config, format_duration
from tracker.redact import mask_url


@app.command("config")
def show_config(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Show the configuration in effect (file, then environment) and where it came from.

    Secrets are never shown: for each secret a channel reads from the environment it says
    only whether that variable is set; passwords in URLs and credential-like headers are
    masked. Example: tracker config --json
    """
    data = effective_config(context(ctx).config)
    if as_json:
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return
    out.print(f"# config file: {data.pop('source')}", markup=False)
    out.print(f"version = {data.pop('version')}", markup=False)
    channels = data.pop("channels")
    for section, values in data.items():
        _print_table(section, values)
    for name, values in channels.items():
        _print_table(f"channels.{name}", values)


def effective_config(config: Config) -> dict[str, Any]:
    """The configuration as plain data fit for display: durations as '5m', secrets masked."""
    data = {"source": config.source, **_plain(config.model_dump(exclude={"channels", "source"}))}
    data["database"] = {
        "url": mask_url(config.database.url),
        "resolved": mask_url(config.database.resolved_url()),
    }
    data["channels"] = {}
    for name, raw in config.channels.items():
        info = _plain(describe(build_channel(name, raw)))
        info.pop("name", None)
        data["channels"][name] = info
    return data


def _plain(value: Any) -> Any:
    if isinstance(value, timedelta):
        return format_duration(value)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _print_table(name: str, values: dict[str, Any]) -> None:
    out.print(f"\n[{name}]", markup=False)
    for key, value in values.items():
        shown = "(not set)" if value is None else json.dumps(value, ensure_ascii=False)
        out.print(f"{key} = {shown}", markup=False)
