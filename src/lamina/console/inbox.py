"""The review inbox: every callback waiting for a person, oldest first, and the decision.

The page polls every 2 seconds with the ids it shows; the answer removes the items answered
elsewhere and appends new ones (htmx out-of-band swaps), so a comment being typed survives.
"""

from __future__ import annotations

import json

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse

from lamina.console.forms import form_of, text_field
from lamina.console.guard import ANONYMOUS, session_of
from lamina.console.render import render
from lamina.console.review import inbox
from lamina.errors import CallbackTimeout, InvalidParameterValue, LaminaError, ResourceNotFound
from lamina.service import DurableService

DECISIONS = ("approve", "reject")
MAX_COMMENT_CHARS = 4000
ALREADY_ANSWERED = "Already answered: someone else decided on this review first; nothing was sent."


def inbox_page(request: Request) -> HTMLResponse:
    service: DurableService = request.app.state.service
    items = inbox(service, request.app.state.review_prefix)
    return render(request, "inbox.html", items=items, notice="", problem="")


def inbox_poll(request: Request) -> HTMLResponse:
    service: DurableService = request.app.state.service
    items = inbox(service, request.app.state.review_prefix)
    shown = set(request.query_params.getlist("shown")) - {""}
    current = {item.callback_id for item in items}
    return render(
        request,
        "_inbox_changes.html",
        gone=sorted(shown - current),
        new=[item for item in items if item.callback_id not in shown],
        count=len(items),
    )


def decide_now(service: DurableService, form: dict[str, str], reviewer: str) -> str:
    decision = form.get("decision", "")
    if decision not in DECISIONS:
        raise InvalidParameterValue("The decision must be approve or reject.")
    comment = text_field(form, "comment", MAX_COMMENT_CHARS, required=False, label="Comment")
    callback_id = text_field(form, "callback_id", 2048, label="Callback id")
    answer = {"decision": decision, "comment": comment, "reviewer": reviewer}
    service.succeed_callback(callback_id, json.dumps(answer).encode())
    return decision


async def decide(request: Request) -> HTMLResponse:
    """Approve or reject: the callback succeeds with the decision, once, whoever is first."""
    session = session_of(request)
    service: DurableService = request.app.state.service
    form = await form_of(request)
    status, notice, problem = 200, "", ""
    try:
        decision = await run_in_threadpool(decide_now, service, form, session.user or ANONYMOUS)
        verb = "Approved" if decision == "approve" else "Rejected"
        notice = f"{verb}: the execution continues with your decision."
    except (CallbackTimeout, ResourceNotFound):
        status, problem = 409, ALREADY_ANSWERED
    except LaminaError as error:
        status, problem = error.http_status, error.message
    if request.headers.get("hx-request"):
        return render(
            request,
            "_review_outcome.html",
            status,
            callback_id=form.get("callback_id", ""),
            notice=notice,
            problem=problem,
        )
    items = await run_in_threadpool(inbox, service, request.app.state.review_prefix)
    return render(request, "inbox.html", status, items=items, notice=notice, problem=problem)
