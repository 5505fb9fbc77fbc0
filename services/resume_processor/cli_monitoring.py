"""`resumectl dashboard`, `rules` and `flower`: the monitoring side of the command line."""

from __future__ import annotations

from pathlib import Path

import click


def _write(text: str, output: Path | None) -> None:
    if output is None:
        click.echo(text, nl=False)
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text)
    click.echo(f"wrote {output}", err=True)


@click.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write here instead of standard output.")  # fmt: skip
def dashboard(output: Path | None) -> None:
    """Print the Grafana dashboard JSON (the chart ships it as a ConfigMap)."""
    from resume_processor.dashboard import dashboard_json

    _write(dashboard_json(), output)


@click.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write here instead of standard output.")  # fmt: skip
def rules(output: Path | None) -> None:
    """Print the Prometheus recording and alerting rules (a rules file; `promtool` reads it)."""
    from resume_processor.prometheus_rules import rules_yaml

    _write(rules_yaml(), output)


@click.command(context_settings={"ignore_unknown_options": True})
@click.option("--port", default=5555, show_default=True)
@click.option("--address", default="127.0.0.1", show_default=True)
@click.argument("flower_args", nargs=-1, type=click.UNPROCESSED)
def flower(port: int, address: str, flower_args: tuple[str, ...]) -> None:
    """Run Flower, Celery's web monitor, on the configured broker (extra arguments go to
    `celery flower`, e.g. --basic-auth=user:pass)."""
    from resume_processor.worker.celery_app import app

    app.start(["flower", f"--port={port}", f"--address={address}", *flower_args])
