"""`lamina deploy`: build, store and publish the functions of SAM templates."""

from __future__ import annotations

import time
from pathlib import Path

import click

from lamina.cli.common import clean_errors, console, json_option, open_service, print_json, table
from lamina.cli.serve import parse_parameter_overrides, template_options
from lamina.functions.deploy import deploy_templates


@click.command()
@template_options
@json_option
def deploy(
    templates: tuple[Path, ...], parameters: tuple[str, ...], database_url: str, as_json: bool
) -> None:
    """Build each function with its requirements and layers, make it $LATEST, and for an
    AutoPublishAlias publish a version if it changed and move the alias to it.

    Executions already running finish on the version they started on. Run the deployed
    functions with `lamina run` (or `lamina worker`) without --template, which would
    register the working tree as $LATEST instead.
    """
    if not templates:
        raise click.UsageError("Give the template to deploy: --template template.yaml")
    started = time.monotonic()
    with clean_errors(), open_service(database_url) as service:
        deployed = deploy_templates(service, templates, parse_parameter_overrides(parameters))
    if as_json:
        print_json([vars(d) for d in deployed])
        return
    table(
        "Deployed",
        ("Function", "CodeSha256", "Changed", "Version", "Alias"),
        [
            (d.function, d.code_sha256 or "(endpoint)", "yes" if d.changed else "no",
             d.version or "", d.alias or "")
            for d in deployed
        ],
    )
    console.print(f"{len(deployed)} function(s) in {time.monotonic() - started:.1f} s")
