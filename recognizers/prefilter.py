"""The fast path's first step: which recognizers may find something in which texts.

One multi-pattern pass per text over every recognizer's patterns, label words and the NER gate,
with Hyperscan (or, when asked for, a google-re2 set): each pattern is rewritten so that it may
report a match Python's ``re`` would not find, never the reverse. So a recognizer skipped here
would have found nothing, and the texts that remain go through exactly the per-text code. Without
Hyperscan, :mod:`recognizers.block` does the same job with one Python ``re`` pass per pattern.
"""

from __future__ import annotations

import hashlib
import os
import platform
import re
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from recognizers.base import LABEL_ONLY, PiiRecognizer

try:  # pragma: no branch - which engine is there depends on the machine
    import hyperscan
except ImportError:  # pragma: no cover
    hyperscan = None
try:  # pragma: no branch
    import re2
except ImportError:  # pragma: no cover
    re2 = None

_UNICODE_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
PATTERN, LABELLED, MENTION, NER = range(4)


@dataclass(frozen=True)
class Candidates:
    """For one text: the recognizers (indexes) worth running, and whether NER is."""

    recognizers: frozenset[int]
    ner: bool


def engine() -> str | None:
    """The multi-pattern engine used here: ``hyperscan`` when importable, else None (the Python ``re``
    block scan of :mod:`recognizers.block` takes over). ``$PIISCAN_PREFILTER`` (hyperscan | re2 | none)
    forces one. A google-re2 set is never the automatic choice: over these Unicode-heavy patterns its
    DFA gives up and it ran at 0.17 MB/s on the benchmark log, against 0.36 MB/s for the block scan
    and 2 MB/s for Hyperscan (one core)."""
    wanted = os.environ.get("PIISCAN_PREFILTER", "").lower()
    if wanted == "re2":
        return "re2" if re2 is not None else None
    if wanted == "none":
        return None
    return "hyperscan" if hyperscan is not None else None


def available() -> bool:
    """Whether a multi-pattern engine can be used here."""
    return engine() is not None


def _pcre(pattern: str) -> bytes:
    """A Python regex in the syntax Hyperscan reads (``\\uXXXX`` becomes ``\\x{XXXX}``)."""
    return _UNICODE_ESCAPE.sub(r"\\x{\1}", pattern).encode("utf-8")


_LOOKAROUNDS = ("(?=", "(?!", "(?<=", "(?<!")
_ZERO_WIDTH = frozenset({"\\b", "\\B", "\\A", "\\Z", "^", "$"})


def _tokens(pattern: str, start: int = 0) -> Iterator[tuple[int, str, bool]]:
    """(index, token, inside a character class) of each escape pair or single character."""
    i, in_class = start, False
    while i < len(pattern):
        if pattern[i] == "\\":
            yield i, pattern[i:i + 2], in_class
            i += 2
            continue
        c = pattern[i]
        if in_class:
            yield i, c, True
            in_class = c != "]"
        elif c == "[" and pattern[i + 1:i + 2] == "]":     # '[]...]': the first ']' is a literal
            yield i, "[]", False
            in_class = True
            i += 1
        else:
            yield i, c, False
            in_class = c == "["
        i += 1


def without_lookarounds(pattern: str) -> str:
    """The pattern without lookarounds, word boundaries and anchors: it matches wherever the original does.

    Lookarounds only ever forbid matches, so dropping them gives a superset; Hyperscan can then
    compile most patterns exactly instead of in its much looser prefilter approximation. A
    lookahead ending the pattern (or a lookbehind starting it) is kept as consumed text instead:
    the text holds a match of ``A(?=X)`` exactly when it holds one of ``AX``.
    """
    out: list[str] = []
    skip = 0
    for i, token, in_class in _tokens(pattern):
        if i < skip:
            continue
        if not in_class and token in _ZERO_WIDTH:
            continue
        if not in_class and token == "(" and pattern.startswith(_LOOKAROUNDS, i):
            skip = _group_end(pattern, i)
            ahead_at_end = pattern.startswith("(?=", i) and skip == len(pattern)
            behind_at_start = pattern.startswith("(?<=", i) and i == 0
            if ahead_at_end or behind_at_start:    # ...A(?=X) holds where AX matches; (?<=X)A... where XA
                out.append("(?:" + without_lookarounds(pattern[i + (3 if ahead_at_end else 4):skip - 1]) + ")")
            continue
        out.append(token)
    return "".join(out)


def _group_end(pattern: str, start: int) -> int:
    """The index just after the group opening at ``start``."""
    depth = 0
    for i, token, in_class in _tokens(pattern, start):
        if in_class:
            continue
        if token == "(":
            depth += 1
        elif token == ")":
            depth -= 1
            if depth == 0:
                return i + 1
    return len(pattern)


def _capture_groups(pattern: str) -> list[str]:
    """The text of each capturing group, in the order of their numbers."""
    groups = []
    for i, token, in_class in _tokens(pattern):
        if not in_class and token == "(" and (pattern[i + 1:i + 2] != "?" or pattern.startswith("(?P<", i)):
            body = pattern[i + 1:_group_end(pattern, i) - 1]
            groups.append(body[body.index(">") + 1:] if body.startswith("?P<") else body)
    return groups


_BACKREF = re.compile(r"\\\\|\\([1-9])")


def without_backreferences(pattern: str) -> str:
    """``\\N`` replaced by a copy of group N: a superset Hyperscan can compile exactly."""
    groups = _capture_groups(pattern)

    def sub(m: re.Match[str]) -> str:
        n = m.group(1)
        return m.group() if n is None or int(n) > len(groups) else f"(?:{groups[int(n) - 1]})"
    return _BACKREF.sub(sub, pattern)


# constructs Hyperscan cannot compile exactly even after the rewrites: named back-references,
# conditionals, atomic groups; such an expression goes in (looser) prefilter mode
_LEFTOVER = re.compile(rb"\(\?P=|\(\?\(|\(\?>")


def cache_dir() -> Path:
    """Where compiled databases are kept: ``$PIISCAN_CACHE_DIR``, else ``$XDG_CACHE_HOME/piiscan`` (~/.cache)."""
    if os.environ.get("PIISCAN_CACHE_DIR"):
        return Path(os.environ["PIISCAN_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "piiscan"


def _cached_database(expressions: list[bytes], flags: list[int]):
    """A compiled database, loaded from the cache when these patterns were compiled before on this machine.

    Compiling takes about a second per process and scan; loading takes milliseconds. The file holds
    compiled patterns only (no scanned data). A missing, stale or unreadable cache just means compiling.
    """
    key = hashlib.sha256(repr((hyperscan.__version__, platform.machine(), expressions, flags)).encode()).hexdigest()
    path = cache_dir() / f"hyperscan-{key[:32]}.db"
    try:
        return hyperscan.loadb(path.read_bytes(), hyperscan.HS_MODE_BLOCK)
    except (OSError, hyperscan.error):
        pass
    db = _database(expressions, flags)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".hs-", delete=False) as tmp:
            tmp.write(hyperscan.dumpb(db))
        os.replace(tmp.name, path)
    except OSError:
        pass                                   # read-only home: compile every time
    return db


def _database(expressions: list[bytes], flags: list[int], check: bool = False):
    """A compiled block-mode database (with ``check``: whether it compiles at all)."""
    db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    try:
        db.compile(expressions=expressions, ids=list(range(len(expressions))), elements=len(expressions), flags=flags)
    except hyperscan.error:
        if check:
            return None
        raise
    return db


class _Database:
    """One compiled Hyperscan database and what each of its pattern ids stands for."""

    def __init__(self, entries: list[tuple[re.Pattern[str], int, int]]):
        base = hyperscan.HS_FLAG_UTF8 | hyperscan.HS_FLAG_UCP | hyperscan.HS_FLAG_SINGLEMATCH | \
            hyperscan.HS_FLAG_ALLOWEMPTY
        self.roles = [(owner, role) for _, owner, role in entries]      # pattern id -> (recognizer, role)
        expressions, flags = [], []
        for rx, _, role in entries:
            caseless = hyperscan.HS_FLAG_CASELESS if rx.flags & re.IGNORECASE or role == MENTION else 0
            expression = _pcre(without_backreferences(without_lookarounds(rx.pattern)))
            expressions.append(expression)
            flags.append(base | caseless | (hyperscan.HS_FLAG_PREFILTER if _LEFTOVER.search(expression) else 0))
        try:
            self.db = _cached_database(expressions, flags)
        except hyperscan.error:                   # some construct we did not foresee: find it, loosen it
            flags = [f if _database([e], [f], check=True) else f | hyperscan.HS_FLAG_PREFILTER
                     for e, f in zip(expressions, flags, strict=True)]
            self.db = _database(expressions, flags)
        self.scratch = hyperscan.Scratch(self.db)

    def scan(self, data: bytes, hits: list[tuple[int, int]]) -> None:
        """Append the (recognizer, role) of every pattern that matches ``data``."""
        roles = self.roles

        def on_match(pattern_id: int, start: int, end: int, flags: int, context: object) -> None:
            hits.append(roles[pattern_id])

        self.db.scan(data, match_event_handler=on_match, scratch=self.scratch)


# Python's shorthand classes are Unicode-aware on str patterns, RE2's are ASCII: spell them out.
_RE2_CLASS = {"\\d": "\\p{Nd}", "\\w": "\\p{L}\\p{M}\\p{N}_", "\\s": "\\s\\x0b\\x1c-\\x1f\\x85\\p{Z}"}
_RE2_NEGATED = {"\\D": "\\P{Nd}", "\\W": "[^\\p{L}\\p{M}\\p{N}_]", "\\S": "[^\\s\\x0b\\x1c-\\x1f\\x85\\p{Z}]"}


def for_re2(pattern: str) -> str | None:
    """A lookaround-free pattern in RE2's syntax, matching at least where Python's does (None: no such rewrite)."""
    out: list[str] = []
    for _, token, in_class in _tokens(pattern):
        if token in _RE2_CLASS:
            out.append(_RE2_CLASS[token] if in_class else f"[{_RE2_CLASS[token]}]")
        elif token in _RE2_NEGATED:
            if in_class and token != "\\D":
                return None
            out.append(_RE2_NEGATED[token])
        else:
            out.append(token)
    return _UNICODE_ESCAPE.sub(r"\\x{\1}", "".join(out))


class _Re2Database:
    """The same job as :class:`_Database` with one google-re2 set (no Hyperscan on this machine)."""

    def __init__(self, entries: list[tuple[re.Pattern[str], int, int]]):
        self.roles = [(owner, role) for _, owner, role in entries]
        self.set = re2.Set.SearchSet(re2.Options())
        for index, (rx, _, role) in enumerate(entries):
            expression = for_re2(without_backreferences(without_lookarounds(rx.pattern)))
            if expression is not None and (rx.flags & re.IGNORECASE or role == MENTION):
                expression = "(?i)" + expression
            try:
                added = self.set.Add(expression if expression is not None else "")
            except Exception:  # noqa: BLE001 - re2 raises its own error types; any refusal means "match anything"
                added = self.set.Add("")
            assert added == index
        self.set.Compile()

    def scan(self, data: bytes, hits: list[tuple[int, int]]) -> None:
        """Append the (recognizer, role) of every pattern that matches ``data``."""
        for pattern_id in self.set.Match(data) or ():
            hits.append(self.roles[pattern_id])


class Prefilter:
    """Compiled once per detector and process: Hyperscan databases over all the recognizers' patterns.

    Recognizers that only ever run on non-ASCII text (Japanese and Chinese names, addresses)
    sit in a second database, compiled on the first such text and scanned only for those.
    """

    def __init__(self, recognizers: Sequence[type[PiiRecognizer]], ner_gate: re.Pattern[str] | None):
        self.recognizers = list(recognizers)
        common: list[tuple[re.Pattern[str], int, int]] = []
        self._cjk_entries: list[tuple[re.Pattern[str], int, int]] = []
        for index, rec in enumerate(self.recognizers):
            entries = self._cjk_entries if rec.TRIGGERS.issubset({"cjk"}) else common
            for pattern, rx in rec._regexes:
                role = LABELLED if pattern.score < LABEL_ONLY else PATTERN
                entries.append((re.compile(rec.CANDIDATE, rx.flags) if rec.CANDIDATE else rx, index, role))
            needs_label = any(pattern.score < LABEL_ONLY for pattern, _ in rec._regexes)
            if rec.lexicon.mention is not None and needs_label:    # a mention only unlocks label-only patterns
                entries.append((rec.lexicon.mention, index, MENTION))
        if ner_gate is not None:
            common.append((ner_gate, -1, NER))
        self._database = _Re2Database if engine() == "re2" else _Database
        self._common = self._database(common)
        self._cjk: _Database | _Re2Database | None = None

    def scan(self, texts: Sequence[str], external_mentions: frozenset[int]) -> list[Candidates]:
        """Candidates per text (already normalised, see :func:`recognizers.base.normalise`);
        ``external_mentions`` are recognizers whose label the caller's context holds."""
        out = []
        hits: list[tuple[int, int]] = []
        for text in texts:
            hits.clear()
            if text:
                data = text.encode("utf-8", "surrogatepass")
                self._common.scan(data, hits)
                if not text.isascii() and self._cjk_entries:
                    if self._cjk is None:
                        self._cjk = self._database(self._cjk_entries)
                    self._cjk.scan(data, hits)
            out.append(self._decide(hits, external_mentions))
        return out

    @staticmethod
    def _decide(hits: list[tuple[int, int]], external: frozenset[int]) -> Candidates:
        plain, labelled, mentioned, ner = set(), set(), set(external), False
        for owner, role in hits:
            if role == PATTERN:
                plain.add(owner)
            elif role == LABELLED:
                labelled.add(owner)
            elif role == MENTION:
                mentioned.add(owner)
            else:
                ner = True
        return Candidates(frozenset(plain | (labelled & mentioned)), ner)
