"""Small bar charts drawn as inline SVG: geometry here, markup in the templates."""

from __future__ import annotations

from dataclasses import dataclass

WIDTH, HEIGHT = 600.0, 120.0


@dataclass(frozen=True)
class ChartBar:
    x: float
    y: float
    width: float
    height: float
    value: float
    label: str


@dataclass(frozen=True)
class Chart:
    title: str
    bars: list[ChartBar]
    peak: float
    total: float
    unit: str

    @property
    def summary(self) -> str:
        """What a screen reader hears instead of the drawing."""
        return (
            f"{self.title}: {len(self.bars)} bars, total {self.total:g} {self.unit}, "
            f"peak {self.peak:g}."
        )


def bar_chart(title: str, values: list[float], labels: list[str], unit: str = "") -> Chart:
    peak = max(values, default=0.0)
    slot = WIDTH / max(len(values), 1)
    bars = []
    for index, (value, label) in enumerate(zip(values, labels, strict=True)):
        height = HEIGHT * value / peak if peak else 0.0
        bars.append(
            ChartBar(
                x=round(index * slot + slot * 0.1, 2),
                y=round(HEIGHT - height, 2),
                width=round(slot * 0.8, 2),
                height=round(height, 2),
                value=value,
                label=label,
            )
        )
    return Chart(title, bars, peak, sum(values), unit)
