"""The LLM layer against local servers that speak each provider's real wire protocol."""

from __future__ import annotations

import dataclasses
import json
import pickle
import time
from collections.abc import Iterator
from typing import Any

import pytest
from document_pipeline.llm import LLMError, LLMSettingsError, make_client, settings_from_env
from document_pipeline.llm.answers import InvalidAnswer, extract_json
from document_pipeline.llm.client import LLMClient
from document_pipeline.llm.pricing import cost_usd
from document_pipeline.llm.tasks import classify_document, explain_decision
from llm_servers import (
    AnthropicServer,
    BedrockServer,
    LLMServer,
    OpenAIServer,
    delay,
    http,
    malformed,
    ok,
)

MODELS = {
    "openai": "gpt-4o-mini",
    "anthropic": "claude-haiku-4-5",
    "bedrock": "us.anthropic.claude-3-5-haiku-20241022-v1:0",
}
SERVERS: dict[str, type[LLMServer]] = {
    "openai": OpenAIServer, "anthropic": AnthropicServer, "bedrock": BedrockServer,
}
INVOICE = """ACME GmbH, Industriestrasse 4, 70565 Stuttgart, VAT DE123456789
INVOICE
Invoice No: INV-2024-0815        Date: 2024-03-12
Bill to: Contoso Ltd             Purchase order: PO-2024-0042
2 x Industrial sensor  794.90 EUR
Total due: 1,589.80 EUR, payable within 30 days."""
VALID = {"type": "contract", "confidence": 0.8, "fields": {"term": "24 months"},
         "rationale": "It is an agreement between two parties."}


@pytest.fixture(params=["openai", "anthropic", "bedrock"])
def endpoint(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
             ) -> Iterator[tuple[LLMServer, LLMClient]]:
    provider = request.param
    # botocore signs with whatever credentials it finds: give it fixed ones, never real ones.
    for name, value in {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
                        "AWS_CONFIG_FILE": "/nonexistent", "AWS_SHARED_CREDENTIALS_FILE":
                        "/nonexistent"}.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("AWS_SESSION_TOKEN", raising=False)
    monkeypatch.delenv("AWS_PROFILE", raising=False)
    with SERVERS[provider]() as server:
        yield server, client_for(provider, server)


def client_for(provider: str, server: LLMServer, attempts: int = 3) -> LLMClient:
    settings = settings_from_env({
        "DOCPIPE_LLM_PROVIDER": provider, "DOCPIPE_LLM_MODEL": MODELS[provider],
        "DOCPIPE_LLM_BASE_URL": server.base_url, "DOCPIPE_LLM_API_KEY": "sk-test-key",
        "DOCPIPE_LLM_TIMEOUT": "1", "DOCPIPE_LLM_MAX_ATTEMPTS": str(attempts),
        "AWS_REGION": "eu-central-1",
    })
    assert settings is not None
    return make_client(dataclasses.replace(settings, backoff_seconds=0.01))


def user_texts(server: LLMServer, index: int) -> list[str]:
    """The user and assistant turns of one request, as plain text, in order."""
    body = server.requests[index].body
    texts = []
    for message in body["messages"]:
        content = message["content"]
        if message["role"] == "system":
            continue
        texts.append(content if isinstance(content, str) else "".join(
            block.get("text", "") for block in content))
    return texts


def system_prompt(server: LLMServer, index: int) -> str:
    body = server.requests[index].body
    if server.provider == "openai":
        return str(body["messages"][0]["content"])
    if server.provider == "anthropic":
        return str(body["system"])
    return "".join(block["text"] for block in body["system"])


def assert_wire_format(server: LLMServer) -> None:
    received = server.requests[0]
    model = MODELS[server.provider]
    if server.provider == "openai":
        assert received.path == "/v1/chat/completions"
        assert received.headers["authorization"] == "Bearer sk-test-key"
        assert received.body["model"] == model
        assert received.body["response_format"] == {"type": "json_object"}
        assert received.body["messages"][0]["role"] == "system"
    elif server.provider == "anthropic":
        assert received.path == "/v1/messages"
        # anthropic 2.14.0 sends the key as a Bearer token; older SDKs sent it as x-api-key
        assert "sk-test-key" in (received.headers.get("x-api-key"),
                                 received.headers.get("authorization", "").removeprefix("Bearer "))
        assert "anthropic-version" in received.headers
        assert received.body["model"] == model and received.body["max_tokens"] > 0
    else:
        assert isinstance(server, BedrockServer) and server.model_ids() == [model]
        assert received.headers["authorization"].startswith(
            "AWS4-HMAC-SHA256 Credential=testing/")
        assert "/eu-central-1/bedrock/aws4_request" in received.headers["authorization"]
        assert received.body["inferenceConfig"]["maxTokens"] > 0
    assert "support_ticket" in system_prompt(server, 0)
    assert "purchase_order" in system_prompt(server, 0)


def test_a_document_is_classified(endpoint: tuple[LLMServer, LLMClient]) -> None:
    server, client = endpoint
    answer, usage = classify_document(client, INVOICE)
    assert answer.type == "invoice" and 0.5 < answer.confidence <= 1.0
    assert answer.fields == {"invoice_number": "INV-2024-0815", "purchase_order": "PO-2024-0042",
                             "currency": "EUR", "total": 1589.80}
    assert (usage.provider, usage.model, usage.attempts) == (
        server.provider, MODELS[server.provider], 1)
    assert (usage.input_tokens, usage.output_tokens) == server.reported[0]
    assert usage.cost_usd > 0
    assert server.count == 1
    assert "Total due: 1,589.80 EUR" in user_texts(server, 0)[0]
    assert_wire_format(server)


def test_a_malformed_answer_is_retried_then_accepted(
    endpoint: tuple[LLMServer, LLMClient],
) -> None:
    server, client = endpoint
    server.script(malformed("The type is contract."), ok(f"```json\n{json.dumps(VALID)}\n```"))
    answer, usage = classify_document(client, INVOICE)
    assert (answer.type, answer.fields) == ("contract", {"term": "24 months"})
    assert usage.attempts == 2 and server.count == 2
    assert usage.input_tokens == sum(tokens[0] for tokens in server.reported)
    assert usage.output_tokens == sum(tokens[1] for tokens in server.reported)
    first, bad, correction = user_texts(server, 1)
    assert INVOICE in first and bad == "The type is contract."
    assert "not valid JSON" in correction


def test_a_timeout_is_retried_then_accepted(endpoint: tuple[LLMServer, LLMClient]) -> None:
    server, client = endpoint
    server.script(delay(5.0))
    started = time.monotonic()
    answer, usage = classify_document(client, INVOICE)
    elapsed = time.monotonic() - started
    assert answer.type == "invoice"
    assert usage.attempts == 2 and server.count == 2
    assert 0.9 < elapsed < 4.0
    assert (usage.input_tokens, usage.output_tokens) == server.reported[0]


def test_exhausted_attempts_raise_llm_error(endpoint: tuple[LLMServer, LLMClient]) -> None:
    server, client = endpoint
    server.script(http(500), malformed(), http(429))
    with pytest.raises(LLMError) as raised:
        classify_document(client, INVOICE)
    error = raised.value
    assert server.count == 3, "the SDK must not retry on its own"
    assert (error.provider, error.model, error.attempts) == (
        server.provider, MODELS[server.provider], 3)
    assert f"{server.provider} model '{MODELS[server.provider]}'" in str(error)
    assert "after 3 attempts" in str(error) and "HTTP 429" in str(error)
    assert error.usage is not None and error.usage.output_tokens == server.reported[0][1]
    assert str(pickle.loads(pickle.dumps(error))) == str(error)


def test_a_refusal_is_not_retried(endpoint: tuple[LLMServer, LLMClient]) -> None:
    server, client = endpoint
    server.script(http(401))
    with pytest.raises(LLMError, match="after 1 attempt: call failed: HTTP 401"):
        classify_document(client, INVOICE)
    assert server.count == 1


def test_an_answer_outside_the_schema_is_retried_with_the_reason() -> None:
    with OpenAIServer() as server:
        server.script(
            ok({"type": "invoice", "confidence": 1.7}),
            ok({"type": "invoice", "confidence": 0.9, "fields": {"date": "12 March 2024"}}),
            ok({"type": "Support Ticket", "confidence": 0.9, "rationale": "help request",
                "fields": {"severity": "high", "sla": "gold"}}),
        )
        answer, usage = classify_document(client_for("openai", server), "I cannot log in.")
        assert "confidence: Input should be less than or equal to 1" in user_texts(server, 1)[-1]
        assert "invoice fields: date: String should match pattern" in (
            user_texts(server, 2)[-1])
    assert (answer.type, answer.fields, usage.attempts) == (
        "support_ticket", {"severity": "high"}, 3)


def test_a_long_document_is_cut_to_the_budget() -> None:
    text = "HEAD " + "filler words " * 3000 + " TAIL"
    with AnthropicServer() as server:
        classify_document(client_for("anthropic", server), text, budget_chars=2000)
        sent = user_texts(server, 0)[0]
    assert len(sent) < 2200 and "HEAD" in sent and "TAIL" in sent
    assert f"[... {len(text) - 2000} characters omitted ...]" in sent


def test_a_decision_is_explained(monkeypatch: pytest.MonkeyPatch) -> None:
    facts = {"outcome": "escalate", "rules_fired": ["unknown-vendor"], "facts": {"total": 99.5}}
    with BedrockServer() as server:
        monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
        monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
        rationale, usage = explain_decision(client_for("bedrock", server), facts)
        assert "unknown-vendor" in user_texts(server, 0)[0]
        assert "rationale" in system_prompt(server, 0)
    assert rationale.startswith("The rules that fired") and usage.attempts == 1


def test_settings_default_to_no_llm() -> None:
    assert settings_from_env({}) is None
    assert settings_from_env({"DOCPIPE_LLM_PROVIDER": "", "DOCPIPE_LLM_MODEL": "x"}) is None


@pytest.mark.parametrize(("env", "message"), [
    ({"DOCPIPE_LLM_PROVIDER": "gemini"}, "'gemini' is not a known provider: use one of bedrock"),
    ({"DOCPIPE_LLM_PROVIDER": "openai"}, "needs DOCPIPE_LLM_MODEL"),
    ({"DOCPIPE_LLM_PROVIDER": "anthropic", "DOCPIPE_LLM_MODEL": "claude-haiku-4-5"},
     "needs an API key: set DOCPIPE_LLM_API_KEY or ANTHROPIC_API_KEY"),
    ({"DOCPIPE_LLM_PROVIDER": "openai", "DOCPIPE_LLM_MODEL": "gpt-4o"},
     "or OPENAI_API_KEY .or DOCPIPE_LLM_BASE_URL for a local server"),
    ({"DOCPIPE_LLM_PROVIDER": "bedrock", "DOCPIPE_LLM_MODEL": "amazon.nova-lite-v1:0"},
     "needs AWS_REGION"),
    ({"DOCPIPE_LLM_PROVIDER": "openai", "DOCPIPE_LLM_MODEL": "m", "OPENAI_API_KEY": "k",
      "DOCPIPE_LLM_TIMEOUT": "soon"}, "DOCPIPE_LLM_TIMEOUT must be a number > 0, not 'soon'"),
    ({"DOCPIPE_LLM_PROVIDER": "openai", "DOCPIPE_LLM_MODEL": "m", "OPENAI_API_KEY": "k",
      "DOCPIPE_LLM_MAX_ATTEMPTS": "0"}, "DOCPIPE_LLM_MAX_ATTEMPTS must be > 0, not '0'"),
    ({"DOCPIPE_LLM_PROVIDER": "openai", "DOCPIPE_LLM_MODEL": "m", "OPENAI_API_KEY": "k",
      "DOCPIPE_LLM_PRICES": "0.15"}, "DOCPIPE_LLM_PRICES must be 'input_usd_per_mtok,output"),
])
def test_settings_name_what_is_wrong(env: dict[str, str], message: str) -> None:
    with pytest.raises(LLMSettingsError, match=message):
        settings_from_env(env)


def test_settings_read_keys_limits_and_prices() -> None:
    openai = settings_from_env({"DOCPIPE_LLM_PROVIDER": " OpenAI ", "DOCPIPE_LLM_MODEL": "gpt-4o",
                                "OPENAI_API_KEY": "sk-fallback", "DOCPIPE_LLM_PRICES": "1,2"})
    local = settings_from_env({"DOCPIPE_LLM_PROVIDER": "openai", "DOCPIPE_LLM_MODEL": "llama3.2",
                               "DOCPIPE_LLM_BASE_URL": "http://127.0.0.1:11434/v1"})
    bedrock = settings_from_env({"DOCPIPE_LLM_PROVIDER": "bedrock", "AWS_DEFAULT_REGION":
                                 "us-west-2", "DOCPIPE_LLM_MODEL": "amazon.nova-lite-v1:0",
                                 "DOCPIPE_LLM_TIMEOUT": "2.5", "DOCPIPE_LLM_MAX_ATTEMPTS": "5"})
    assert openai is not None and local is not None and bedrock is not None
    assert (openai.provider, openai.api_key, openai.prices) == ("openai", "sk-fallback", (1, 2))
    assert (openai.timeout_seconds, openai.max_attempts) == (60.0, 3)
    assert (local.api_key, local.base_url) == ("unused", "http://127.0.0.1:11434/v1")
    assert (bedrock.region, bedrock.timeout_seconds, bedrock.max_attempts) == (
        "us-west-2", 2.5, 5)


def test_costs_come_from_the_price_table_or_the_override() -> None:
    assert cost_usd("gpt-4o-mini-2024-07-18", 1_000_000, 1_000_000) == pytest.approx(0.75)
    assert cost_usd("gpt-4o", 1_000_000, 0) == pytest.approx(2.50)
    assert cost_usd("eu.anthropic.claude-3-5-haiku-20241022-v1:0", 1000, 1000) == (
        pytest.approx(0.0048))
    assert cost_usd("llama3.2", 5000, 5000) == 0.0
    assert cost_usd("llama3.2", 1_000_000, 500_000, override=(1.0, 2.0)) == pytest.approx(2.0)


@pytest.mark.parametrize(("text", "expected"), [
    ('{"a": 1}', {"a": 1}),
    ('Here you go:\n```json\n{"a": [1, 2]}\n```\nAnything else?', {"a": [1, 2]}),
    ('<think>{"draft": true} maybe</think>\n{"a": "b"}', {"a": "b"}),
    ('The answer is {"a": {"b": 2}}.', {"a": {"b": 2}}),
])
def test_json_is_found_in_the_usual_wrappings(text: str, expected: Any) -> None:
    assert extract_json(text) == expected


def test_text_without_json_is_named_a_problem() -> None:
    with pytest.raises(InvalidAnswer, match="not valid JSON .* 'I think it is an invoice.'"):
        extract_json("I think it is an invoice.")
    with pytest.raises(InvalidAnswer, match="the answer is empty"):
        extract_json("<think>hmm</think>  ")
