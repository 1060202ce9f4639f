"""A privacy-policy text (plain, Markdown or HTML) as numbered sections with refs such as "1(a) ii".

Numbered headings ("2. What we collect", "## 3.1 Orders") give the top refs; "(a.)"/"(a)" items,
roman numerals ("ii.") and "(1)" items nest under them. A table of contents that lists numbered titles
which the body repeats unnumbered (as the MiauMall text does) numbers those body headings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from html.parser import HTMLParser

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*$")
_NUMBERED = re.compile(r"^(\d+(?:\.\d+)*)\.?\s+(\S.*)$")
_SECTION_WORD = re.compile(r"^(?:Section|Article|Part|Chapter)\s+(\d+(?:\.\d+)*)\s*[-–—:.]?\s+(\S.*)$", re.IGNORECASE)
_PURPOSE_PARA = re.compile(r"^To\s+[a-z]+\b")            # "To run the game and your player account. We use ..."
_PURPOSE_LABEL = re.compile(r"^Purpose\s*[:–—-]\s*(\S.*)$", re.IGNORECASE)   # "Purpose: Booking appointments"
# Item markers, tried in this order: "(a.)"/"(a)", "(1)", then roman numerals "ii." / "(ii)".
_ITEMS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("letter", re.compile(r"^\(([a-z])\.?\)\s*(.*)$")),
    ("digit", re.compile(r"^\((\d{1,2})\)\s*(.*)$")),
    ("enum", re.compile(r"^(\d{1,2})\)\s+(\S.*)$")),                      # "1) Managing your account."
    ("roman", re.compile(r"^\(?((?:x{0,3})(?:ix|iv|v?i{0,3}))[.)]\s+(\S.*)$")),
)
_SHORT_LEAD = re.compile(r"^((?:[^\s.]+\s+){0,7}[^\s.]+)\.\s+(?=[A-Z])")   # a title-like first sentence of <= 8 words
_LABEL = re.compile(r"^(?:\*\*)?([A-Z][^:.;–—]{1,70}?)(?:\*\*)?\s*(?:[:.]|\s[–—-])(?:\*\*)?\s+(?=\S)")
_EMPHASIS = re.compile(r"(\*\*|__|(?<![\w*])_(?=\S))(.+?)\1(?![\w*])")   # bold and _italic_ markers, kept text
_TABLE_ROW = re.compile(r"^\|(.*)\|$")
_TABLE_RULE = re.compile(r"^[\s|:-]+$")
_BULLET = re.compile(r"^[-*•]\s+(\S.*)$")
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[\"“(A-Z])")
_HEADING_WORDS = 14

# Nesting depth of each kind of marker (a heading's depth grows with its number's dots).
_LETTER_DEPTH, _ROMAN_DEPTH, _DIGIT_DEPTH, _BULLET_DEPTH = 10, 11, 12, 13


@dataclass(frozen=True)
class Section:
    """One heading or item with its own text (its children are separate sections)."""

    ref: str
    title: str
    text: str
    depth: int
    parent: str | None

    @cached_property
    def sentences(self) -> list[str]:
        """The section's text cut into sentences (a line break always ends one); cut once."""
        return [s.strip() for line in self.text.splitlines() for s in _SENTENCE_END.split(line) if s.strip()]


class _HtmlText(HTMLParser):
    """HTML to Markdown-ish lines: headings become ``#`` lines, blocks and list items their own lines."""

    _BLOCKS = {"p", "div", "li", "br", "tr", "section", "article", "ul", "ol", "table", "dt", "dd"}

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            self.parts.append("\n\n" + "#" * int(tag[1]) + " ")
        elif tag == "li":
            self.parts.append("\n\n- ")
        elif tag == "tr":
            self.parts.append("\n\n|")
        elif tag in ("td", "th"):
            self.parts.append(" ")
        elif tag in self._BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th"):
            self.parts.append(" |")
        elif tag in self._BLOCKS or tag.startswith("h"):
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if data.strip():       # inline runs keep the space around them: "<b>Account</b> - we ..."
            self.parts.append((" " if data[0].isspace() else "") + " ".join(data.split())
                              + (" " if data[-1].isspace() else ""))


def to_plain_lines(text: str) -> str:
    """The text with HTML turned into lines; plain text and Markdown pass through."""
    if re.search(r"<(?:html|body|p|h[1-6]|li|div)\b", text, re.IGNORECASE):
        parser = _HtmlText()
        parser.feed(text)
        return "".join(parser.parts)
    return text


def _blocks(text: str) -> list[str]:
    """Paragraphs: a line joins the one before only when that one runs on (no closing punctuation, not a
    heading or item line) and it starts no item itself; wrapped Markdown paragraphs become one block."""
    blocks: list[str] = []
    runs_on = False
    for raw in text.splitlines():
        line = _EMPHASIS.sub(r"\2", raw.strip())          # "**(a) Running your account**", "_Data:_ ..."
        if not line:
            runs_on = False
            continue
        if runs_on and _marker(line) is None:
            blocks[-1] = f"{blocks[-1]} {line}"
        else:
            blocks.append(line)
        runs_on = _runs_on(blocks[-1])
    return blocks


def _marker(line: str) -> tuple[str, str, str] | None:
    """(kind, label, rest) for a heading or item line, else None; a bullet holding an item marker is that item."""
    if (bullet := _BULLET.match(line)) and (inner := _marker(bullet.group(1))) is not None:
        return inner
    if m := _MD_HEADING.match(line):
        return "md", m.group(1), m.group(2)
    for kind, regex in _ITEMS:
        if (m := regex.match(line)) and m.group(1):
            return kind, m.group(1), m.group(2)
    if (m := _SECTION_WORD.match(line)) and _looks_like_heading(m.group(2)):
        return "numbered", m.group(1), m.group(2)          # "Section 3 - Why we use your information"
    if m := _NUMBERED.match(line):
        if "." in m.group(1) and (lead := _SHORT_LEAD.match(m.group(2))):
            return "numbered", m.group(1), lead.group(1)      # "2.1 Data you give us. When you sign up ..."
        if _looks_like_heading(m.group(2)):
            return "numbered", m.group(1), m.group(2)
    return None


def _runs_on(block: str) -> bool:
    """Whether the next line continues ``block``: it has no closing punctuation and is text, a long
    item, or a numbered paragraph that opens with its title ("2.1 Data you give us. When you ...")."""
    if block.endswith((".", ":", ";", "!", "?")) or _TABLE_ROW.match(block) or _PURPOSE_LABEL.match(block):
        return False
    marker = _marker(block)
    if marker is None:
        return True
    if marker[0] in ("letter", "digit", "roman", "enum"):
        return len(marker[2].split()) > 8                 # a wrapped item, not a short item title
    return marker[0] == "numbered" and not block.rstrip().endswith(marker[2])


def _looks_like_heading(text: str) -> bool:
    return len(text.split()) <= _HEADING_WORDS and not text.rstrip().endswith((".", ";", ","))


def _norm(title: str) -> str:
    words = re.sub(r"[^a-z ]", " ", title.lower()).split()
    return " ".join(w for w in words if w not in {"do", "does", "the", "a", "an"})


def _toc_numbers(blocks: list[str]) -> dict[int, str]:
    """Body headings numbered by a table of contents: {block index: number}.

    A run of short numbered lines whose titles the text repeats later, unnumbered, is a table of
    contents: the repeats are the real headings. Returns nothing when the text has no such run."""
    entries = [(i, m.group(1), _norm(m.group(2))) for i, b in enumerate(blocks)
               if (m := _NUMBERED.match(b)) and _looks_like_heading(m.group(2))]
    found: dict[int, str] = {}
    toc: list[int] = []
    for index, number, title in entries:
        for later in range(index + 1, len(blocks)):
            if _marker(blocks[later]) is None and _norm(blocks[later]) == title:
                found[later] = number
                toc.append(index)
                break
    if len(found) * 2 < max(len(entries), 1):
        return {}
    return {**found, **{i: "" for i in toc}}


def _label(text: str) -> str:
    """An item's title: its lead-in before a colon ("Registration: ..."), or the whole line when short."""
    if m := _LABEL.match(text):
        return m.group(1).strip()
    return text.strip() if len(text.split()) <= 8 and not text.rstrip().endswith(".") else ""


def _unique(ref: str, used: set[str]) -> str:
    """``ref``, or ``ref#2``, ``ref#3`` … when an earlier section has it; recorded in ``used``."""
    unique, n = ref, 1
    while unique in used:
        n += 1
        unique = f"{ref}#{n}"
    used.add(unique)
    return unique


def _row_text(header: list[str], cells: list[str]) -> str:
    """A table row as an item: its purpose cell first ("Purpose: the rest"), then the other cells."""
    titled = [i for i, h in enumerate(header) if re.search(r"purpose|use|why", h, re.IGNORECASE)]
    first = titled[0] if titled and titled[0] < len(cells) else next(
        (i for i, c in enumerate(cells) if not re.fullmatch(r"[\d.]*", c)), 0)
    rest = [c for i, c in enumerate(cells) if i != first and c and not re.fullmatch(r"\d+(?:\.\d+)*", c)]
    return f"{cells[first]}: " + "; ".join(rest) + "." if rest else cells[first]


def _introduces_items(stack: list[dict]) -> bool:
    """A bullet list right under a heading, or right after a line ending with ":" ("We use the information
    above to:"), is a list of items."""
    if not stack:
        return False
    lines = stack[-1]["lines"]
    return not lines and "kind" not in stack[-1] or bool(lines) and lines[-1].rstrip().endswith(":")


def parse_sections(text: str) -> list[Section]:
    """Every section of ``text`` in reading order; text before the first heading is section "0"."""
    blocks = _blocks(to_plain_lines(text))
    toc = _toc_numbers(blocks)
    sections: list[dict] = [{"ref": "0", "title": "", "lines": [], "depth": 0, "parent": None}]
    stack: list[dict] = []
    md_count: dict[int, int] = {}
    in_list = False                                        # the block before was an item of a bullet list or table
    header: list[str] = []
    used: set[str] = {"0"}
    items: dict[str, int] = {}                             # unnumbered items so far, per section
    for index, block in enumerate(blocks):
        if toc.get(index) == "":
            continue                                   # a table-of-contents line
        if row := _TABLE_ROW.match(block):
            cells = [c.strip() for c in row.group(1).split("|")]
            if _TABLE_RULE.match(block) or not header:
                header = header or cells                  # the first row names the columns
                continue
            block = _row_text(header, cells)
            number = cells[0] if re.fullmatch(r"\d+(?:\.\d+)+", cells[0]) else ""
            marker = ("row", number, block)
        else:
            header = []
            marker = None
        marker = marker or (("numbered", toc[index], block) if index in toc else _marker(block))
        if marker is None and (bullet := _BULLET.match(block)) and (in_list or _introduces_items(stack)):
            marker = ("bullet", "", bullet.group(1))
        elif marker is None and (label := _PURPOSE_LABEL.match(block)):
            marker = ("bullet", "", label.group(1))       # "Purpose: …" opens a block of its own
        elif marker is None and _PURPOSE_PARA.match(block) and stack and (
                in_list or index + 1 < len(blocks) and _PURPOSE_PARA.match(blocks[index + 1])):
            marker = ("bullet", "", block)                 # a run of "To ..." paragraphs: one purpose each
        in_list = marker is not None and marker[0] in ("bullet", "row")
        if marker is None:
            (stack[-1] if stack else sections[0])["lines"].append(block)
            continue
        kind, label, rest = marker
        if kind == "md":
            numbered = _NUMBERED.match(rest)
            if numbered is None and len(label) == 1:
                sections[0]["title"] = sections[0]["title"] or rest    # the document's title
                continue
            depth = len(label)
            md_count[depth] = md_count.get(depth, 0) + 1
            number = numbered.group(1) if numbered else str(md_count[depth])
            title = numbered.group(2) if numbered else rest
            depth = number.count(".") + 1 if numbered else depth
            node = {"ref": number, "title": title, "lines": [], "depth": depth}
        elif kind == "numbered":
            body = block[block.find(rest) + len(rest):].lstrip(". ") if index not in toc else ""
            node = {"ref": label, "title": rest, "lines": [body] if body else [], "depth": label.count(".") + 1}
        else:
            depth = {"letter": _LETTER_DEPTH, "roman": _ROMAN_DEPTH, "digit": _DIGIT_DEPTH, "bullet": _BULLET_DEPTH,
                     "enum": _BULLET_DEPTH, "row": _BULLET_DEPTH}[kind]
            title = _label(rest)
            node = {"title": title, "lines": [rest] if rest and title != rest.strip() else [], "depth": depth,
                    "kind": kind}
        while stack and stack[-1]["depth"] >= node["depth"]:
            stack.pop()
        parent = stack[-1] if stack else None
        if "kind" in node:
            base = parent["ref"] if parent else "0"
            if kind in ("bullet", "row", "enum") and "." not in label:  # "3 item n": counted per section
                items[base] = items.get(base, 0) + 1
                label = str(items[base])
            node["ref"] = {"letter": f"{base}({label})", "roman": f"{base} {label}",
                           "digit": f"{base} ({label})", "bullet": f"{base} item {label}",
                           "enum": f"{base} item {label}",
                           "row": label if "." in label else f"{base} item {label}"}[node["kind"]]
        node["ref"] = _unique(node["ref"], used)         # a list that restarts its numbering under one section
        node["parent"] = parent["ref"] if parent else None
        stack.append(node)
        sections.append(node)
    return [Section(ref=s["ref"], title=s["title"], text="\n".join(s["lines"]), depth=s["depth"], parent=s["parent"])
            for s in sections if s["lines"] or s["title"] or s["ref"] != "0"]
