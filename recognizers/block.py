"""Block scanning: many one-line texts analysed with one regex pass per pattern over their join.

The result is the same as analysing each text alone: a text is analysed by a recognizer only
when one of that recognizer's patterns matched on it in the joined block (a match spanning
texts marks all of them), or, for patterns that need a label word, when the text mentions
one; the analysis of a text is then exactly the per-text code. Most log lines have no
candidate at all, so their cost is one C-level regex pass shared with thousands of others.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence

from recognizers.base import LABEL_ONLY, PiiRecognizer, normalise

SEPARATOR = "\n"


class Block:
    """Texts joined by ``SEPARATOR``, with the offset each starts at."""

    def __init__(self, texts: Sequence[str]):
        self.texts = texts
        self.text = SEPARATOR.join(normalise(t) for t in texts)
        self.starts = _starts(texts)
        self._lowered: Block | None = None

    @property
    def lowered(self) -> Block:
        """The same block in lower case (its own offsets: lower() may change lengths)."""
        if self._lowered is None:
            self._lowered = Block([t.lower() for t in self.texts])
        return self._lowered

    def lines_of(self, matches: Iterable[re.Match[str]]) -> set[int]:
        """Indexes of the texts the matches touch."""
        out: set[int] = set()
        starts = self.starts
        for m in matches:
            first = bisect_right(starts, m.start()) - 1
            last = bisect_right(starts, max(m.end() - 1, m.start())) - 1
            out.add(first) if first == last else out.update(range(first, last + 1))
        return out


def _starts(texts: Sequence[str]) -> list[int]:
    starts, offset = [], 0
    for t in texts:
        starts.append(offset)
        offset += len(t) + len(SEPARATOR)
    return starts


def fits(texts: Sequence[str]) -> bool:
    """Whether the texts can be joined without ambiguity (none holds the separator)."""
    return not any(SEPARATOR in t for t in texts)


def candidates(block: Block, recognizer: PiiRecognizer, external: Sequence[str]) -> set[int]:
    """The texts ``recognizer`` may find something in (a superset of where it does)."""
    found: set[int] = set()
    label_lines: set[int] | None = None
    for pattern, rx in recognizer._regexes:
        if pattern.score < LABEL_ONLY:
            if label_lines is None:
                label_lines = _mentioning(block, recognizer, external)
            if not label_lines:
                continue
            if len(label_lines) < len(block.texts):
                found |= label_lines            # the per-text pass runs every pattern on these anyway
                continue
        found |= block.lines_of(rx.finditer(block.text))
    return found


def _mentioning(block: Block, recognizer: PiiRecognizer, external: Sequence[str]) -> set[int]:
    """Texts that mention one of the recognizer's label words (all of them when the context does)."""
    rx = recognizer.lexicon.mention
    if rx is None:
        return set()
    if rx.search(" ".join(external)):
        return set(range(len(block.texts)))
    lowered = block.lowered
    return lowered.lines_of(rx.finditer(lowered.text))


def ner_candidates(block: Block, gate: re.Pattern[str]) -> set[int]:
    """Texts the NER gate lets through."""
    return block.lines_of(gate.finditer(block.text))
