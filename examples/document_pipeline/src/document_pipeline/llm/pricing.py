"""What a call costs: list prices in USD per million tokens for well-known models.

Prices change; DOCPIPE_LLM_PRICES overrides the table, and an unknown model (a local one,
say) costs 0.0. Model ids match by prefix after dropping Bedrock's region and vendor prefixes.
"""

from __future__ import annotations

# (input, output) USD per million tokens, the providers' published on-demand list prices.
PRICES_PER_MTOK: dict[str, tuple[float, float]] = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4.1": (2.00, 8.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1-nano": (0.10, 0.40),
    "claude-3-haiku": (0.25, 1.25),
    "claude-3-5-haiku": (0.80, 4.00),
    "claude-haiku-4-5": (1.00, 5.00),
    "claude-3-5-sonnet": (3.00, 15.00),
    "claude-3-7-sonnet": (3.00, 15.00),
    "claude-sonnet-4-2025": (3.00, 15.00),
    "claude-sonnet-4-5": (3.00, 15.00),
    "claude-opus-4-2025": (15.00, 75.00),
    "claude-opus-4-1": (15.00, 75.00),
    "claude-opus-4-5": (5.00, 25.00),
    "nova-micro": (0.035, 0.14),
    "nova-lite": (0.06, 0.24),
    "nova-pro": (0.80, 3.20),
}
BEDROCK_PREFIXES = ("us.", "eu.", "apac.", "global.", "anthropic.", "amazon.")


def price_of(model: str) -> tuple[float, float] | None:
    """The table's (input, output) price for a model id, by longest matching prefix."""
    name = model.lower()
    for prefix in BEDROCK_PREFIXES:
        name = name.removeprefix(prefix)
    matches = [key for key in PRICES_PER_MTOK if name.startswith(key)]
    return PRICES_PER_MTOK[max(matches, key=len)] if matches else None


def cost_usd(
    model: str, input_tokens: int, output_tokens: int,
    override: tuple[float, float] | None = None,
) -> float:
    prices = override or price_of(model)
    if prices is None:
        return 0.0
    return round((input_tokens * prices[0] + output_tokens * prices[1]) / 1_000_000, 8)
