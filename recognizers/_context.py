"""Context words: splitting key names and looking for label words near a match.

Two sources of context exist. The *window* is the text just before a match (``imei=``,
``"phone": ``, ``電話：``); the *external* context is what the caller knows about the text
(a column name, a JSON key path, a mail header). Both are reduced to lowercase ASCII word
tokens (snake_case, camelCase and dotted keys are split) plus runs of non-ASCII text, in
which CJK label words are found by substring search.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

_WORD = re.compile(r"(?:[A-Z]{2,}|ip)v[0-9](?![0-9])|[A-Z]{2,}(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+|[^\x00-\x7f]{1,64}")
# A value-like run (another number, id or hash) or a line break ends the window: labels
# before it describe that value, not ours.
# The e-mail alternative comes first so that '12345@qq.com' is cut as a whole, not after its digits.
_VALUE_BREAK = re.compile(r"[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}\.[A-Za-z0-9.-]{1,200}|[0-9][0-9A-Fa-f]{5,}|(?<![A-Za-z0-9_-])(?=[A-Za-z0-9_-]{16})[A-Za-z_-]{0,256}[0-9][A-Za-z0-9_-]{0,256}|[0-9]{2,}[-/.:年][0-9]|[\r\n]")
WINDOW = 48
MIN_PREFIX = 4


def split_words(text: str) -> list[str]:
    """Split ``user_imei``, ``deviceIMEI``, ``device.imei`` or prose into lowercase words."""
    return [w.lower() for w in _WORD.findall(text)]


class Lexicon:
    """Label words for one entity, in English, Japanese and Chinese.

    An ASCII word matches a token that equals it or, when the word has at least
    ``MIN_PREFIX`` letters, a token that starts with it (``birth`` matches ``birthday``);
    a trailing ``$`` asks for an exact match (``port$`` must not match ``portal``).
    A non-ASCII word matches as a substring.
    """

    def __init__(self, words: Sequence[str]):
        self.words = tuple(w.rstrip("$") for w in words)
        self._exact = frozenset(w.rstrip("$") for w in words
                                if w.isascii() and (len(w) < MIN_PREFIX or w.endswith("$")))
        self._prefix: dict[str, tuple[str, ...]] = {}
        for w in words:
            if w.isascii() and len(w) >= MIN_PREFIX and not w.endswith("$"):
                self._prefix[w[:MIN_PREFIX]] = (*self._prefix.get(w[:MIN_PREFIX], ()), w)
        self._cjk = tuple(w for w in words if not w.isascii())
        lowered = sorted({w.lower() for w in self.words}, key=lambda w: (-len(w), w))   # longest first, stable
        self.mention = re.compile("|".join(map(re.escape, lowered))) if lowered else None

    def match_token(self, token: str) -> str | None:
        """The label word matching one ASCII token, if any."""
        if token in self._exact:
            return token
        for w in self._prefix.get(token[:MIN_PREFIX], ()):
            if token.startswith(w):
                return w
        return None

    def last_cjk(self, text: str) -> tuple[int, str] | None:
        """Offset and word of the rightmost CJK label word in ``text``."""
        best: tuple[int, str] | None = None
        for w in self._cjk:
            pos = text.rfind(w)
            if pos >= 0 and (best is None or pos > best[0]):
                best = (pos, w)
        return best

    def find(self, text: str) -> str | None:
        """The label word nearest the end of ``text``, if any."""
        return _nearest_in_text(text, self, EMPTY).word or None


def window_before(text: str, start: int, size: int = WINDOW) -> str:
    """The text just before ``start``, cut after the last value-like run or line break."""
    chunk = text[max(0, start - size):start]
    return chunk[last_end(_VALUE_BREAK, chunk, 0):]


def last_end(rx: re.Pattern[str], text: str, default: int) -> int:
    """End offset of the last match of ``rx`` in ``text``, or ``default`` when none."""
    end = default
    for m in rx.finditer(text):
        end = m.end()
    return end


@dataclass(frozen=True)
class Polarity:
    """Outcome of a context look-up: +1 supporting label, -1 contradicting label, 0 none."""

    sign: int
    word: str = ""
    where: str = ""

    def describe(self) -> str:
        """Short reason fragment, e.g. ``context 'imei'``."""
        if not self.sign:
            return ""
        kind = "context" if self.sign > 0 else "negative context"
        return f"{kind} '{self.word}'" + (f" ({self.where})" if self.where else "")


NONE = Polarity(0)
EMPTY = Lexicon(())


@functools.lru_cache(maxsize=1 << 14)     # windows repeat: the same key=, label: and prose before many values
def _nearest_in_text(window: str, positive: Lexicon, negative: Lexicon) -> Polarity:
    """Decide by the label word closest to the match inside the window."""
    best: tuple[int, int, str] = (-1, 0, "")
    # ASCII tokens: measure by character offset of the token's end.
    for m in _WORD.finditer(window):
        tok = m.group().lower()
        if tok.isascii():
            if (w := positive.match_token(tok)) and m.end() >= best[0]:
                best = (m.end(), 1, w)
            elif (w := negative.match_token(tok)) and m.end() >= best[0]:
                best = (m.end(), -1, w)
    if window.isascii():                      # CJK label words cannot occur
        return Polarity(best[1], best[2]) if best[1] else NONE
    for lex, sign in ((positive, 1), (negative, -1)):
        found = lex.last_cjk(window)
        if found and found[0] + len(found[1]) >= best[0]:
            best = (found[0] + len(found[1]), sign, found[1])
    return Polarity(best[1], best[2]) if best[1] else NONE


def polarity(window: str, external: Sequence[str], positive: Lexicon, negative: Lexicon,
             veto: bool = False) -> Polarity:
    """Context verdict for one match: the window decides first, then the caller's context.

    Inside one string the label word nearest the end wins, so ``order_phone`` reads as a
    phone and ``phone_order_id`` as an order id (the head noun of a key name comes last).
    The caller's context parts are tried most specific first (column before table, leaf key
    before parent key). Only the first part may contradict: a table or parent key such as
    ``devices`` or ``orders`` describes many columns, so it can support a value in a
    non-descriptive column but never veto one. With ``veto`` a negative word anywhere in the
    deciding part wins (``product_name`` is not a person's name although its head is ``name``).
    """
    if window:
        near = _nearest_in_text(window, positive, negative)
        if near.sign:
            return near
    for i, part in enumerate(external):
        far = _nearest_in_text(part, positive, negative)
        if far.sign > 0 and veto and (word := negative.find(part)):
            if i == 0:
                return Polarity(-1, word, "name")
            continue
        if far.sign > 0 or (far.sign < 0 and i == 0):
            return Polarity(far.sign, far.word, "name" if i == 0 else "parent")
    return NONE


def external_parts(context: Sequence[str]) -> tuple[str, ...]:
    """Normalise the caller's context (column name, key path, header) to spaced words, part by part."""
    parts = (" ".join(split_words(part)) for part in context)
    return tuple(p for p in parts if p)
