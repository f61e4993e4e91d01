"""The functions page: configuration, executions by state, and durations."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import HTMLResponse

from lamina.console.figures import function_figures
from lamina.console.render import render


def functions_page(request: Request) -> HTMLResponse:
    return render(request, "functions.html", functions=function_figures(request.app.state.service))
