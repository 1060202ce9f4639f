"""The result type, the per-text state and the base class every pattern recognizer extends."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import ClassVar

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult

from recognizers import _offline
from recognizers._context import NONE, Lexicon, Polarity, external_parts, polarity, split_words, window_before

# Fullwidth ASCII (U+FF01..U+FF5E) and the ideographic space map one-to-one onto ASCII,
# so offsets into the normalised text are offsets into the original.
_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_DASHES = dict.fromkeys((0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212), 0x2D)
_NORMALISE = str.maketrans(_FULLWIDTH | _DASHES)

_offline.install()      # before any recognizer runs: tldextract reads its bundled suffix list, never the network


def normalise(text: str) -> str:
    """Map fullwidth digits, letters, punctuation and dashes to ASCII, keeping every offset."""
    return text.translate(_NORMALISE)


@dataclass(frozen=True)
class Detection:
    """One detected span: offsets into the analysed text, never the text itself."""

    entity: str
    start: int
    end: int
    score: float
    recognizer: str
    reason: str


_HAS_DIGIT = re.compile(r"[0-9]")
_HAS_ALPHA = re.compile(r"[A-Za-z]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u3400-\u9fff]")


@dataclass
class TextContext:
    """One text being analysed (already normalised) and what the caller knows about it."""

    text: str
    external: tuple[str, ...] = ()
    _windows: dict[int, str] = field(default_factory=dict, repr=False)
    _mentions: dict[str, bool] = field(default_factory=dict, repr=False)
    _external: dict[str, Polarity] = field(default_factory=dict, repr=False)

    @classmethod
    def of(cls, text: str, context: Sequence[str] = ()) -> TextContext:
        """Normalise ``text`` and the caller's context words."""
        return cls(normalise(text), external_parts(context))

    @cached_property
    def features(self) -> frozenset[str]:
        """Cheap facts used to skip recognizers that cannot match (the prefilter)."""
        t = self.text
        found = set()
        if _HAS_DIGIT.search(t):
            found.add("digit")
        if _HAS_ALPHA.search(t):
            found.add("alpha")
        if "@" in t or "%40" in t:
            found.add("at")
        if not t.isascii():
            found.add("cjk")
        return frozenset(found)

    @cached_property
    def scripts(self) -> frozenset[str]:
        """Which of 'kana' and 'han' occur in the text."""
        if self.text.isascii():
            return frozenset()
        found = set()
        if _KANA.search(self.text):
            found.add("kana")
        if _HAN.search(self.text):
            found.add("han")
        return frozenset(found)

    def mentions(self, rec: PiiRecognizer) -> bool:
        """True when one of ``rec``'s label words occurs anywhere in the text or the caller's context.

        A cheap pre-check for patterns that only count next to a label (an age, a gender, a
        network type), so texts without the label skip the per-match context look-up.
        """
        key = type(rec).__name__
        got = self._mentions.get(key)
        if got is None:
            rx = rec.lexicon.mention
            got = self._mentions[key] = rx is not None and (
                bool(rx.search(" ".join(self.external))) or (bool(rx.search(self.lowered)) and self._has_label(rec)))
        return got

    def _has_label(self, rec: PiiRecognizer) -> bool:
        """A label word as a whole token (``fb`` in ``fb: …``, not inside a hash or ``config``), or a CJK label."""
        lexicon = rec.lexicon
        return any(lexicon.match_token(token) for token in self.tokens) or \
            (not self.text.isascii() and lexicon.last_cjk(self.text) is not None)

    @cached_property
    def tokens(self) -> frozenset[str]:
        """The text's ASCII word tokens, lower case (``deviceIMEI`` -> device, imei)."""
        return frozenset(t for t in split_words(self.text) if t.isascii())

    @cached_property
    def lowered(self) -> str:
        """The text in lower case, for substring checks only (offsets may differ)."""
        return self.text.lower()

    def window(self, start: int) -> str:
        """Text just before ``start`` that may hold a label (cached per offset)."""
        got = self._windows.get(start)
        if got is None:
            got = self._windows[start] = window_before(self.text, start)
        return got

    def polarity(self, rec: PiiRecognizer, start: int) -> Polarity:
        """Label words for ``rec`` near ``start``, or in the caller's context.

        For recognizers with ``MODIFIERS_VETO`` a negative word anywhere in the caller's
        context wins (``product_name`` is not a person's name although its head is ``name``).
        """
        if not rec.lexicon.words and not rec.negative.words:
            return NONE
        window = self.window(start)
        if window:
            near = polarity(window, "", rec.lexicon, rec.negative)
            if near.sign:
                return near
        key = type(rec).__name__
        far = self._external.get(key)
        if far is None:
            far = self._external[key] = self._external_polarity(rec)
        return far

    def _external_polarity(self, rec: PiiRecognizer) -> Polarity:
        """The caller's context alone, once per recognizer and text."""
        parts = self.external if rec.CONTEXT_PARTS is None else self.external[: rec.CONTEXT_PARTS]
        return polarity("", parts, rec.lexicon, rec.negative, veto=rec.MODIFIERS_VETO)


# Patterns scored below this only count next to a label word; texts without one skip them.
LABEL_ONLY = 0.5


def boost(score: float, pol: Polarity, floor: float = 0.8, gain: float = 0.35, penalty: float = 0.5) -> float:
    """Raise a score for a supporting label, lower it for a contradicting one."""
    if pol.sign > 0:
        return min(1.0, max(score + gain, floor))
    if pol.sign < 0:
        return max(0.0, score - penalty)
    return score


def join_reason(*parts: str) -> str:
    """Join non-empty reason fragments with '; '."""
    return "; ".join(p for p in parts if p)


class PiiRecognizer(PatternRecognizer):
    """A Presidio ``PatternRecognizer`` configured by class constants.

    Subclasses set ``ENTITY``, ``PATTERNS``, ``CONTEXT`` (label words in EN/JA/ZH),
    ``NEGATIVE_CONTEXT`` and ``TRIGGERS`` (text features one of which must be present,
    see :attr:`TextContext.features`), and override :meth:`judge` to turn one regex
    match into a :class:`Detection` or ``None``. Regexes are compiled once per class.
    A pattern scored below ``LABEL_ONLY`` is skipped unless a label word occurs somewhere.
    """

    ENTITY: ClassVar[str] = ""
    PATTERNS: ClassVar[Sequence[Pattern]] = ()
    CONTEXT: ClassVar[Sequence[str]] = ()
    NEGATIVE_CONTEXT: ClassVar[Sequence[str]] = ()
    TRIGGERS: ClassVar[frozenset[str]] = frozenset({"digit"})
    LANGUAGES: ClassVar[tuple[str, ...]] = ("en", "ja", "zh")
    DESCRIPTION: ClassVar[str] = ""
    FLAGS: ClassVar[int] = 0
    MODIFIERS_VETO: ClassVar[bool] = False
    # How many of the caller's context parts count (None: all). Recognizers whose values mean
    # nothing without a label read only the column / leaf key: a table called ``customers`` or
    # ``sessions`` does not make every value in it a name or a cookie.
    CONTEXT_PARTS: ClassVar[int | None] = None
    # A regex every detection's text must contain, tighter than PATTERNS, for the fast prefilter
    # (recognizers.prefilter); None: PATTERNS themselves.
    CANDIDATE: ClassVar[str | None] = None

    _regexes: ClassVar[tuple[tuple[Pattern, re.Pattern[str]], ...]] = ()
    _candidate: ClassVar[re.Pattern[str] | None] = None
    lexicon: ClassVar[Lexicon] = Lexicon(())
    negative: ClassVar[Lexicon] = Lexicon(())

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._regexes = tuple((p, re.compile(p.regex, cls.FLAGS)) for p in cls.PATTERNS)
        cls._candidate = re.compile(cls.CANDIDATE, cls.FLAGS) if cls.CANDIDATE else None
        cls.lexicon = Lexicon(cls.CONTEXT)
        cls.negative = Lexicon(cls.NEGATIVE_CONTEXT)

    def __init__(self, supported_language: str = "en"):
        super().__init__(
            supported_entity=self.ENTITY,
            name=type(self).__name__,
            supported_language=supported_language,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT) or None,
        )

    def detect(self, tc: TextContext) -> list[Detection]:
        """Every candidate this recognizer accepts in ``tc.text``, with scores.

        A match whose text holds no ``CANDIDATE`` cannot yield a detection and is not judged.
        """
        out: list[Detection] = []
        candidate = self._candidate
        for pattern, rx in self._regexes:
            if pattern.score < LABEL_ONLY and not tc.mentions(self):
                continue
            for m in rx.finditer(tc.text):
                if candidate is None or candidate.search(m.group()):
                    out.extend(self.judge_all(m, pattern, tc))
        return out

    def judge_all(self, m: re.Match[str], pattern: Pattern, tc: TextContext) -> Iterable[Detection]:
        """Every detection one match yields; by default the one :meth:`judge` returns."""
        found = self.judge(m, pattern, tc)
        return (found,) if found is not None else ()

    def judge(self, m: re.Match[str], pattern: Pattern, tc: TextContext) -> Detection | None:
        """Default judgement: Presidio's validate/invalidate hooks, then context."""
        value = m.group()
        if self.invalidate_result(value):
            return None
        valid = self.validate_result(value)
        if valid is False:
            return None
        pol = tc.polarity(self, m.start())
        score = boost(1.0 if valid else pattern.score, pol)
        return self.found(m.start(), m.end(), score, join_reason(pattern.name, pol.describe()))

    def found(self, start: int, end: int, score: float, reason: str, entity: str | None = None) -> Detection:
        """Build a detection attributed to this recognizer."""
        return Detection(entity or self.ENTITY, start, end, round(score, 3), self.name, reason)

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:
        """Presidio entry point, so the recognizer also works inside an ``AnalyzerEngine``."""
        return [
            RecognizerResult(d.entity, d.start, d.end, d.score,
                             recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                                   RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})
            for d in self.detect(TextContext.of(text))
            if not entities or d.entity in entities
        ]

    @classmethod
    def info(cls) -> dict:
        """Row for ``piiscan recognizers list``."""
        return {"name": cls.__name__, "entities": [cls.ENTITY], "languages": list(cls.LANGUAGES),
                "description": cls.DESCRIPTION or (cls.__doc__ or "").strip().splitlines()[0]}


# ``key: value`` / ``key=value`` / ``"key": "value"``, and the CJK copula (微信号是…, 番号は…, 手机号为…).
_KEY_VALUE_END = re.compile(r"(?:[:=：>|\t]|(?<=[^\x00-\x7f])[是为為は])\s{0,3}[\"'「]?\s{0,2}$")
_LABEL_TAIL = re.compile(r"[\s:=：\"'「(（の]{0,6}$")


def labelled_value(tc: TextContext, start: int, pol: Polarity) -> bool:
    """True when the label is the column/key name, or the window ends like ``key:`` / ``key=`` / ``"key": "``.

    A label found only in a parent part of the caller's context (a table, an outer JSON key) never
    makes the value labelled: if the window ends like ``key:``, that key, which is not a label word
    (the window would have said so), is what names the value (``linked_at`` in a ``social_accounts``
    table holds ``…T00:41:50.808Z``, not an account id after ``41:``).
    """
    if pol.where == "name":
        return True
    if pol.where == "parent":
        return False
    return bool(_KEY_VALUE_END.search(tc.window(start)))


_KEY_BEFORE = re.compile(r"([A-Za-z_][A-Za-z0-9_.-]{0,48})[\"']?\s{0,3}[:=]\s{0,3}[\"']?$")


def key_names(tc: TextContext, start: int, lexicon: Lexicon) -> bool:
    """True when the value sits right after a ``key=`` / ``key:`` / ``"key": "`` whose own name holds a
    label word (``wechat_id:``, ``sessionId=``), not merely after some key while a label occurs earlier
    (``tag="handleEvent", name=android`` does not make ``android`` a handle)."""
    m = _KEY_BEFORE.search(tc.window(start))
    if m is None:
        return False
    key = m.group(1)
    return any(lexicon.match_token(t) for t in split_words(key) if t.isascii()) or \
        lexicon.match_token(re.sub(r"[_.-]", "", key.lower())) is not None


def label_adjacent(tc: TextContext, start: int, lexicon: Lexicon) -> str | None:
    """The label word directly before ``start`` (separators aside): ``收件人：张伟``, ``客户吴超``."""
    window = tc.window(start)
    head = window[: _LABEL_TAIL.search(window).start()]
    if not head:
        return None
    for w in lexicon.words:
        if not w.isascii() and head.endswith(w):
            return w
    tail = split_words(head[-24:])
    return lexicon.match_token(tail[-1]) if tail and tail[-1].isascii() else None


def char_before(text: str, i: int) -> str:
    """The character before offset ``i`` ('' at the start)."""
    return text[i - 1] if i > 0 else ""


def char_after(text: str, i: int) -> str:
    """The character at offset ``i`` ('' at the end)."""
    return text[i] if i < len(text) else ""


def embedded(text: str, start: int, end: int, joiners: str = "-_./:", joiners_after: str | None = None) -> bool:
    """True when the span continues a bigger token: ``x-123`` / ``123.4`` / ``ab/123``.

    ``joiners_after``, when given, are the joiners that count after the span (``joiners`` before it).
    """
    before, after = char_before(text, start), char_after(text, end)
    if before in joiners and before and char_before(text, start - 1).isalnum() and char_before(text, start - 1).isascii():
        return True
    nxt = char_after(text, end + 1)
    after_set = joiners if joiners_after is None else joiners_after
    return bool(after) and after in after_set and nxt.isascii() and nxt.isalnum()
