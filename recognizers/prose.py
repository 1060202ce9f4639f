"""Is this text prose, or written by a program? The one home of that decision, kept cheap.

Name back ends run on prose only (``is_cjk_prose``, ``is_prose``), machine log lines make
capitalised words and labelled fields weaker evidence (``on_log_line``), and a column of prose
is judged on one confident match (``prose_column``, ``prose_values``).

Tokenizers and taggers cost far more than a regex pass, and on machine output (log lines,
``key=value`` records, JSON, tables of numbers) they find nothing a pattern would not. So a
text is handed to one only when it reads like sentences: enough letters of the script, sentence
punctuation or function words, few digits and no ``key=value`` pairs. Everything here is a few
regex searches per line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

# Kana (no middle dot), the prolonged sound mark, the iteration mark and CJK ideographs.
CJK_CHARS = "\u3041-\u3096\u309d\u309e\u30a1-\u30fa\u30fc-\u30fe\u3005\u3400-\u4dbf\u4e00-\u9fff"
MIN_RUN = 4
# Every CJK prose line holds a run like this: the regex a prefilter routes prose texts by.
CJK_RUN = rf"[{CJK_CHARS}]{{{MIN_RUN}}}"
MIN_CJK = 6                       # fewer CJK characters than this are a label, a value or a name alone
MAX_DIGIT_SHARE = 0.3
LONG_CJK = 10                     # this many CJK characters and no digit: a sentence even without punctuation
MAX_CLAUSE = 300                  # characters between two punctuation marks: longer is no sentence
MAX_CHUNK = 2000                  # characters per back-end call (Sudachi refuses inputs over 48 KiB)

_CJK_RUN = re.compile(CJK_RUN)
_CJK = re.compile(f"[{CJK_CHARS}]")
_HIRAGANA = re.compile(r"[\u3041-\u3096]")
_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa]")
_DIGIT = re.compile(r"[0-9]")
_SPACE = re.compile(r"\s")
# Sentence punctuation in CJK text (full-width forms are already ASCII after normalising).
_CJK_PUNCT = re.compile(r"[。、，！？；…]|[!?](?:\s|$)")
_CLAUSE_END = re.compile(r"[。、，！？；…!?,;]")
# Chinese function words that occur in sentences, not in addresses, names or product titles.
_ZH_FUNCTION = re.compile(r"[的了吗呢吧啊嘛呀哦我你他她它们这那很没就也还]")
# ``key=value`` / ``key: value`` with an ASCII key: the shape of log fields, headers and JSON.
_KEY_VALUE = re.compile(r"""(?:^|[\s,;{&?(\[])["']?[A-Za-z_][A-Za-z0-9_.\-]{0,40}["']?\s?[=:]\s?(?=\S)""")
_MACHINE_START = re.compile(r"""\s*(?:\{\s*["'}]|\[\s*[\[{"'0-9\]]|<[A-Za-z?!/])""")
_LINE = re.compile(r"[^\n]+")


def machine_like(text: str, letters: int | None = None) -> bool:
    """Log fields, JSON or XML, or more digits than ``letters`` (the script's letters, by default
    ``MAX_DIGIT_SHARE`` of the visible characters): not prose whatever the script."""
    visible = len(text) - len(_SPACE.findall(text))
    if not visible:
        return True
    if _MACHINE_START.match(text) or len(_KEY_VALUE.findall(text)) >= 2:
        return True
    digits = len(_DIGIT.findall(text))
    return digits > letters if letters is not None else digits > MAX_DIGIT_SHARE * visible


def cjk_language(text: str) -> str | None:
    """'ja' when the text has kana (one will do without Chinese function words: 笹山敬輔は、演劇研究者。),
    'zh' when it has only ideographs, None without either."""
    if text.isascii():
        return None
    kana = len(_KANA.findall(text))
    if kana >= 2 or kana == 1 and not _ZH_FUNCTION.search(text):
        return "ja"
    return "zh" if _CJK.search(text) else None


def is_cjk_prose(text: str) -> bool:
    """A line or paragraph of Japanese or Chinese sentences.

    It holds a run of ``MIN_RUN`` CJK characters (so the prefilter's ``CJK_RUN`` matches it), at
    least ``MIN_CJK`` of them and more of them than digits, no run of ``MAX_CLAUSE`` characters without
    punctuation (which also bounds what a back end is given to chew on), sentence punctuation or function words
    (hiragana for Japanese, the commonest particles and pronouns for Chinese) or else ``LONG_CJK``
    CJK characters and no digit (addresses and product codes have digits), and no log-field or
    JSON shape. Addresses, product
    titles, bare names and labelled fields (``氏名：…``) are left to the patterns.
    """
    if text.isascii() or not _CJK_RUN.search(text):
        return False
    cjk = len(_CJK.findall(text))
    if cjk < MIN_CJK or machine_like(text, cjk) or _longest_clause(text) > MAX_CLAUSE:
        return False
    if _CJK_PUNCT.search(text) or cjk >= LONG_CJK and not _DIGIT.search(text):
        return True
    return len(_HIRAGANA.findall(text)) >= 2 or bool(_ZH_FUNCTION.search(text))


def _longest_clause(text: str) -> int:
    """The most characters between two punctuation marks (or the ends of the text)."""
    longest, start = 0, 0
    for m in _CLAUSE_END.finditer(text):
        longest = max(longest, m.start() - start)
        start = m.end()
    return max(longest, len(text) - start)


_WORDS = re.compile(r"[A-Za-z]{2,}")
_PUNCT = re.compile(r"[.!?,;](?:\s|$)")


def is_prose(text: str) -> bool:
    """Sentences in any script: CJK prose, or several words with sentence punctuation and no machine shape."""
    if not text.isascii() and is_cjk_prose(text):
        return True
    if machine_like(text):
        return False
    return len(_WORDS.findall(text)) >= 4 and bool(_PUNCT.search(text))


def cjk_prose_chunks(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the lines of ``text`` that are CJK prose, cut at sentence ends to at most
    ``MAX_CHUNK`` characters. Empty unless ``is_cjk_prose`` holds for some line, hence unless the
    whole text holds a ``CJK_RUN``."""
    if text.isascii():
        return
    for line in _LINE.finditer(text):
        if not is_cjk_prose(line.group()):
            continue
        start, end = line.span()
        while end - start > MAX_CHUNK:
            cut = _last_sentence_end(text, start, start + MAX_CHUNK)
            yield start, cut
            start = cut
        yield start, end


def _last_sentence_end(text: str, start: int, limit: int) -> int:
    """The offset after the last sentence end in ``text[start:limit]`` (``limit`` when there is none)."""
    for i in range(limit - 1, start + MAX_CHUNK // 2, -1):
        if text[i] in "。！？!?":
            return i + 1
    return limit


# A machine log line: a leading timestamp (ISO, syslog, 'yymmdd hhmmss', epoch seconds, Android
# 'MM-DD hh:mm:ss'), a 'name[pid]:' tag or an upper-case log level. Capitalised words there are
# class, component and state names far more often than people.
_LOG_LINE = re.compile(
    r"^[-\s\[]{0,3}(?:[0-9]{2,4}[-/.][0-9]{1,2}[-/.][0-9]{1,4}|[0-9]{1,2}[-/][0-9]{1,2}[ T][0-9]{1,2}:[0-9]{2}"
    r"|[0-9]{6,8}[ -][0-9]{2}:?[0-9]{2}:?[0-9]{2}|[0-9]{10}(?:[.,][0-9]+)? |[A-Z][a-z]{2} [ 0-9]?[0-9] [0-9]{2}:[0-9]{2})"
    r"|[A-Za-z0-9_)]\[[0-9]{1,7}\]:"
    r"|(?<![A-Za-z])(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|FATAL|SEVERE|CRIT|CRITICAL|ALERT|EMERG)(?![A-Za-z])"
)


def on_log_line(text: str, start: int) -> bool:
    """True when the line holding offset ``start`` looks written by a program (see ``_LOG_LINE``)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    return bool(_LOG_LINE.search(text, line_start, len(text) if line_end < 0 else line_end))


# Column names whose head noun says the cells are prose, whatever their shape: short reasons
# ("Wrong size"), and Japanese / Chinese notes, which have no spaces for the shape test to count.
_PROSE_HEADS = frozenset(("note", "notes", "comment", "comments", "remark", "remarks", "memo", "memos", "description",
                          "message", "body", "text", "content", "reason", "feedback", "review", "summary", "details",
                          "annotation", "narrative", "bio", "about"))
_PROSE_CJK = ("备注", "備考", "メモ", "コメント", "留言", "评论", "評論", "说明", "説明", "内容", "理由", "原因", "反馈",
              "本文", "メッセージ", "感想", "意见", "意見", "摘要")
_NAME_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[^\x00-\x7f]+")


def prose_column(name: str) -> bool:
    """True when a column's name says it holds prose: ``notes``, ``reason_text``, ``reviewBody``, ``备注``."""
    words = _NAME_WORDS.findall(name or "")
    if not words:
        return False
    head = words[-1]
    return head.lower() in _PROSE_HEADS if head.isascii() else head.endswith(_PROSE_CJK)


def prose_values(values: Sequence[str]) -> bool:
    """A column of prose (comments, ticket bodies, descriptions) rather than one datum per cell: at least
    30% of a sample of its values are sentences (any script) or long spaced text."""
    sample = values[:200]
    if not sample:
        return False
    spaced = sum(1 for v in sample if len(v) >= 25 and v.count(" ") >= 3 or is_cjk_prose(v))
    return spaced / len(sample) >= 0.3
