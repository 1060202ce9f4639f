"""HTML to plain text with the stdlib parser: drops script/style/head, keeps line breaks.

``mailto:`` and ``tel:`` link targets are kept after the link text, since an address is
often only in the link (``<a href="mailto:...">write to us</a>``).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import unquote

_HIDDEN = frozenset({"script", "style", "head", "title", "template", "noscript"})
_BLOCK = frozenset({"address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "fieldset",
                    "figcaption", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
                    "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody",
                    "thead", "tfoot", "tr", "ul"})
_CELL = frozenset({"td", "th"})
_SPACES = re.compile(r"[ \t\f\v\u00a0]+")
_BLANKS = re.compile(r"\n\s*\n\s*\n+")


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _CELL:
            self.out.append("\t")
        elif tag in _BLOCK:
            self.out.append("\n")
        if tag == "a":
            href = dict(attrs).get("href") or ""
            scheme, _, target = href.partition(":")
            if scheme.lower() in ("mailto", "tel") and target:
                self.out.append(f" {unquote(target.split('?')[0])} ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in _HIDDEN:
            self.hidden -= 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCK:
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.out.append(data)


def html_to_text(html: str) -> str:
    """Visible text of ``html``, one line per block element, whitespace collapsed."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parser.out).splitlines())
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()
