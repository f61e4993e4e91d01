"""`lamina run --time-skip` as a user runs it: a day's wait answered at once over boto3, and
the console saying that its times are on a virtual clock."""

from __future__ import annotations

import json
import re
import time
import urllib.request
from pathlib import Path

from cli_driver import Cli, lamina_run

TEMPLATE = """
Resources:
  Tomorrow:
    Type: AWS::Serverless::Function
    Properties:
      FunctionName: tomorrow
      CodeUri: code/
      Handler: app.handler
      Runtime: python3.11
      DurableConfig: {ExecutionTimeout: 172800, RetentionPeriodInDays: 1}
"""
HANDLER = """
from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import Duration


@durable_execution
def handler(event: dict, context: DurableContext) -> str:
    context.wait(Duration.from_days(1), name="until tomorrow")
    return "tomorrow came"
"""


def test_a_day_passes_at_once_and_the_console_says_the_clock_is_virtual(
    cli: Cli, tmp_path: Path
) -> None:
    (tmp_path / "code").mkdir()
    (tmp_path / "code" / "app.py").write_text(HANDLER)
    (tmp_path / "template.yaml").write_text(TEMPLATE)
    log = tmp_path / "server.log"
    with lamina_run(cli, [tmp_path / "template.yaml"], log, "--time-skip") as client:
        started = time.monotonic()
        reply = client.invoke(FunctionName="tomorrow", Payload=b"{}")
        assert json.loads(reply["Payload"].read()) == "tomorrow came"
        assert time.monotonic() - started < 10
        console = client.meta.endpoint_url + "/console/"
        with urllib.request.urlopen(console) as page:
            html = page.read().decode()
        assert "Virtual clock" in html
        # A day, less the real time the invocations took before the jump.
        assert re.search(r"\((1 d 0 h|23 h 59 min) skipped so far\)", html), html
        # /metrics reads the same clock: the day's timer fired on time, nothing is late.
        with urllib.request.urlopen(client.meta.endpoint_url + "/metrics") as page:
            metrics = page.read().decode()
        finished = 'lamina_executions_finished_total{function="tomorrow",status="SUCCEEDED"} 1.0'
        assert finished in metrics
        assert "lamina_timer_lag_seconds 0.0" in metrics, metrics
        assert not re.search(r"^lamina_timers_late\{.*\} [1-9]", metrics, re.M)
    assert "virtual clock" in log.read_text()
    # Later, the CLI says the times it shows are a day ahead of real time.
    [listed] = cli.json("executions", "list")
    shown = cli.run("executions", "get", listed["DurableExecutionArn"])
    assert json.loads(shown.stdout)["Status"] == "SUCCEEDED"
    assert re.search(r"clock runs (1 d 0 h|23 h 59 min) ahead of real time", shown.stderr), (
        shown.stderr
    )
