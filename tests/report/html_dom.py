"""A tiny DOM reader for report.html tests (stdlib only): start tags with attributes, and row texts."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Row:
    """One ``<tr>`` of the findings table."""

    attrs: dict[str, str | None]
    cells: list[str] = field(default_factory=list)

    @property
    def hidden(self) -> bool:
        return "hidden" in self.attrs


class Dom(HTMLParser):
    """Collects every start tag, the findings rows and the text of elements with an id."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.rows: list[Row] = []
        self.by_id: dict[str, str] = {}
        self._in_findings = False
        self._cell: list[str] | None = None
        self._open_ids: list[tuple[str, str, list[str]]] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag == "table":
            self._in_findings = attrs.get("id") == "findings-table"
        elif tag == "tr" and self._in_findings and "data-status" in attrs:
            self.rows.append(Row(attrs))
        elif tag in ("td", "th") and self._in_findings and self.rows:
            self._cell = []
        if attrs.get("id"):
            self._open_ids.append((tag, attrs["id"], []))

    def handle_endtag(self, tag):
        if tag == "table":
            self._in_findings = False
        if tag in ("td", "th") and self._cell is not None and self.rows:
            self.rows[-1].cells.append("".join(self._cell).strip())
            self._cell = None
        if self._open_ids and self._open_ids[-1][0] == tag:
            _, ident, text = self._open_ids.pop()
            self.by_id[ident] = "".join(text).strip()

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)
        for _, _, text in self._open_ids:
            text.append(data)

    def find(self, tag: str, **attrs: str) -> list[dict[str, str | None]]:
        """Start tags named ``tag`` having the given attribute values."""
        return [a for t, a in self.tags if t == tag and all(a.get(k) == v for k, v in attrs.items())]
