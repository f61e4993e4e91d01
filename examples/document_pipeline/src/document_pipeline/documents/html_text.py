"""HTML to text with the standard library: visible text only, table cells kept apart."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from document_pipeline.documents.plain import normalise_whitespace

HIDDEN = {"script", "style", "noscript", "template", "head", "svg", "object", "iframe"}
BLOCKS = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "footer",
    "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol",
    "p", "pre", "section", "table", "tbody", "tfoot", "thead", "tr", "ul", "caption",
}
CELLS = {"td", "th"}
CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_\-]+)", re.IGNORECASE)


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden_depth = 0
        self.pre_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            self.hidden_depth = 0  # an unclosed <head> must not hide the whole page
        elif tag in HIDDEN:
            self.hidden_depth += 1
        elif tag in CELLS:
            self.parts.append("\t")
        elif tag in BLOCKS:
            self.parts.append("\n")
        if tag == "pre":
            self.pre_depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in HIDDEN:
            self.hidden_depth = max(0, self.hidden_depth - 1)
        elif tag in BLOCKS:
            self.parts.append("\n")
        if tag == "pre":
            self.pre_depth = max(0, self.pre_depth - 1)

    def handle_data(self, data: str) -> None:
        if self.hidden_depth:
            return
        self.parts.append(data if self.pre_depth else re.sub(r"\s+", " ", data))


def html_to_text(html: str) -> str:
    """The text a reader sees: no scripts or styles, one line per block, cells tab-separated."""
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    lines = []
    for raw in "".join(collector.parts).split("\n"):
        cells = [re.sub(r"[ \u00a0]+", " ", cell).strip() for cell in raw.split("\t")]
        lines.append("\t".join(cell for cell in cells if cell))
    return normalise_whitespace("\n".join(lines))


def declared_charset(data: bytes) -> str | None:
    match = CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None
