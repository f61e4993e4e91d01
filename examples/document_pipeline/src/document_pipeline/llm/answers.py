"""Reading a model's text as JSON that matches a pydantic schema.

Models wrap JSON in ```json fences, put prose around it, or think aloud in <think> blocks
first; all of that is tolerated. What is not valid becomes a short problem statement that
goes back to the model in the next attempt.
"""

from __future__ import annotations

import json
import re
from typing import Any

from pydantic import BaseModel, ValidationError

from document_pipeline.llm.reply import Answer

FENCE = re.compile(r"```(?:json|JSON)?\s*\n?(.*?)```", re.DOTALL)
THINKING = re.compile(r"<think>.*?</think>", re.DOTALL)
MAX_PROBLEMS = 5


class InvalidAnswer(ValueError):
    """The model's text is not JSON matching the schema; the message says why, briefly."""


def schema_instructions(schema: type[BaseModel]) -> str:
    """The part of the system prompt that asks for JSON and shows its schema."""
    return (
        "Answer with a single JSON object and nothing else, matching this JSON Schema:\n"
        + json.dumps(schema.model_json_schema(), separators=(",", ":"))
    )


def parse_answer(text: str, schema: type[Answer]) -> Answer:
    """The model instance in the text, or InvalidAnswer naming what is wrong."""
    data = extract_json(text)
    try:
        return schema.model_validate(data)
    except ValidationError as error:
        raise InvalidAnswer(
            "the JSON does not match the schema: " + describe_errors(error)
        ) from None


def extract_json(text: str) -> Any:
    """The JSON object in a model's text: the whole text, a fenced block, or the outer braces."""
    text = THINKING.sub("", text).strip()
    if not text:
        raise InvalidAnswer("the answer is empty")
    candidates = [text, *FENCE.findall(text)]
    start, end = text.find("{"), text.rfind("}")
    if 0 <= start < end:
        candidates.append(text[start:end + 1])
    problem = ""
    for candidate in candidates:
        try:
            return json.loads(candidate.strip())
        except json.JSONDecodeError as error:
            problem = problem or f"{error.msg} at line {error.lineno} column {error.colno}"
    raise InvalidAnswer(f"the answer is not valid JSON ({problem}): {_excerpt(text)}")


def describe_errors(error: ValidationError) -> str:
    problems = [
        f"{'.'.join(str(part) for part in item['loc']) or 'the object'}: {item['msg']}"
        for item in error.errors()[:MAX_PROBLEMS]
    ]
    more = error.error_count() - len(problems)
    return "; ".join(problems) + (f"; and {more} more" if more > 0 else "")


def _excerpt(text: str, limit: int = 120) -> str:
    flat = " ".join(text.split())
    return repr(flat if len(flat) <= limit else flat[:limit] + "...")
