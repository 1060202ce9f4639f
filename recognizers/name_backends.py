"""Per-language person-name back ends: one tokenizer per language, loaded lazily and once per process.

As Presidio keeps one NLP model per language and maps its labels onto entities, each back end here
reads its tokenizer's own tags (Sudachi's 人名, jieba's ``nr``) and returns name spans
``(start, end, score, reason)``. What the tokenizer cannot know (honorifics and titles, surname
lists, the heads of organisation and place names) comes from the recognizer that owns the
back end (:mod:`recognizers.person_cjk`) as a :class:`NameCues`; the back end applies it where
it needs the tokens around a name. Texts reach a back end only when :mod:`recognizers.prose`
calls them prose.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import stat
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple, Protocol


class NameSpan(NamedTuple):
    """One name found by a back end: offsets into the text given, a score and why."""

    start: int
    end: int
    score: float
    reason: str


class NameBackend(Protocol):
    """A tokenizer-backed name finder for one language."""

    language: str

    def names(self, text: str) -> list[NameSpan]:
        """Person-name spans in ``text`` (one prose chunk)."""
        ...


@dataclass(frozen=True)
class NameCues:
    """What the recognizer knows about the words around names.

    ``titles``: words that follow a person's name (さん, 氏, 大統领, 先生, 老师 ...); ``role_end``:
    how a noun directly after a name ends when it names the person's role or kin (社長, 議員,
    弟); ``name_titles``: the titles that make a name of any word before them, one a tokenizer does
    not know as a name (ヒラリー氏, 王老师); ``office_titles``: offices only people hold, which make a
    name of an unknown foreign or proper-noun word before them (バルダッチ知事, also 元首相, 上院議員); ``org_end``: how a word ends when it names an organisation, place or facility (社, 駅,
    大学, 公司, 市); ``org_next``: words that, right after a name, make it part of such a name
    (Chinese, matched at the end of the name); ``surnames``: common surnames (Chinese); ``not_names``: words a
    tokenizer tags as names that are nouns in this kind of text.
    """

    titles: tuple[str, ...] = ()
    name_titles: tuple[str, ...] = ()
    office_titles: tuple[str, ...] = ()
    role_end: re.Pattern[str] | None = None
    org_end: re.Pattern[str] | None = None
    org_next: re.Pattern[str] | None = None
    surnames: frozenset[str] = frozenset()
    not_names: frozenset[str] = field(default_factory=frozenset)


_KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc]+")
_INITIAL = re.compile(r"[A-Z]\.?")
_HIRAGANA = re.compile(r"[\u3041-\u3096]")
_KANA_OR_HAN = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u30fc\u3005\u4e00-\u9fff]+")
_NAME_JOINERS = frozenset("・=")          # ジョン・スミス, ジャン=ポール (＝ is '=' after normalising)
_CJK_START = re.compile(r"[\u3005\u3400-\u9fff\u30a1-\u30fa]")
_OPEN_QUOTE, _CLOSE_QUOTE = "「『", "」』"


class _Lazy:
    """A per-process, per-thread resource built on first use (tokenizers are not thread-safe)."""

    def __init__(self, build: Callable[[], Any]):
        self._build = build
        self._local = threading.local()

    def get(self) -> Any:
        got = getattr(self._local, "value", None)
        if got is None:
            got = self._local.value = self._build()
        return got


# ---------------------------------------------------------------------------------------------- Japanese

_SUDACHI_DICT: Any = None
_SUDACHI_LOCK = threading.Lock()


def _sudachi_tokenizer() -> Any:
    """A SplitMode.C tokenizer over the one system dictionary of this process (sudachidict_core)."""
    global _SUDACHI_DICT
    from sudachipy import Dictionary, SplitMode

    with _SUDACHI_LOCK:
        if _SUDACHI_DICT is None:
            _SUDACHI_DICT = Dictionary()
    return _SUDACHI_DICT.create(SplitMode.C)


_SUDACHI = _Lazy(_sudachi_tokenizer)


class SudachiNames:
    """Japanese names from SudachiPy's part of speech 名詞,固有名詞,人名 (姓 / 名 / 一般).

    Adjacent 姓 and 名 tokens make one name; katakana names joined by ・ or = are one name
    (ジョン・スミス), also when only one part is in the dictionary. A name is *corroborated*
    when a title follows (山田さん, トランプ大統領, 0.85), when it is a 姓+名 pair or all its
    joined parts are names (0.8). An uncorroborated name of two or more characters stands (0.65)
    only in running text: a particle, verb or comma after it, no quote, space or dash before it.
    Vetoes for all: the name runs straight into a noun that is not a title, role or act (松下記念館,
    本田技研: part of another proper noun) or into an organisation or place head (山田駅), follows
    a place name or a company form (株式会社ヤマダ), or ends a longer quoted title (「…の山田」).
    Words the dictionary does not call names count before an honorific (unknown katakana or
    proper nouns: ヒラリー氏) and as unknown katakana words joined by ・ in running text.
    """

    language = "ja"

    def __init__(self, cues: NameCues):
        self.cues = cues

    def names(self, text: str) -> list[NameSpan]:
        tokens = _SUDACHI.get().tokenize(text)
        out: list[NameSpan] = []
        n = len(tokens)
        k = 0
        while k < n:
            if tokens[k].part_of_speech()[2] != "人名":
                found, k = self._unknown_name(text, tokens, k)
                if found is not None:
                    out.append(found)
                continue
            first, last, kinds = self._extend(tokens, k)
            k = last + 1
            found = self._judge(text, tokens, first, last, kinds)
            if found is not None:
                out.append(found)
        return out

    def _unknown_name(self, text: str, tokens: Any, k: int) -> tuple[NameSpan | None, int]:
        """A name the dictionary does not tag: an unknown katakana word, a proper noun or a place word
        before an honorific or personal title (ヒラリー氏, 伊東博士); a katakana or proper-noun word before
        an office only people hold (バルダッチ知事, also joined: アラスター・マクワーター元首相), a joined
        one before any role (…警察長); unknown katakana words joined by ・ in running text (an
        unlisted foreign name). A common noun alone takes no role (サッカー選手), a place no office (大阪市長)."""
        m = tokens[k]
        word, pos = m.surface(), m.part_of_speech()
        if pos[0] != "名詞" or len(word) < 2:
            return None, k + 1
        katakana = _KATAKANA.fullmatch(word) is not None
        unknown = (katakana and m.is_oov()) or pos[1:3] == ("固有名詞", "一般")
        place = pos[1:3] == ("固有名詞", "地名") and not katakana           # 伊東博士
        if (unknown or place) and not self._org_word(word) and text.startswith(self.cues.name_titles, m.end()):
            return NameSpan(m.begin(), m.end(), 0.8, "ja word + title (sudachi)"), k + 1
        last = k
        while (katakana and last + 2 < len(tokens) and tokens[last + 1].surface() in _NAME_JOINERS
               and _KATAKANA.fullmatch(tokens[last + 2].surface())):
            last += 2                          # the whole joined word
        if (katakana or unknown) and pos[2] != "地名" and (
                self._office_after(text, tokens[last].end())
                or last > k and last + 1 < len(tokens) and self._position_after(tokens, last + 1)):
            return NameSpan(m.begin(), tokens[last].end(), 0.8, "ja word + office (sudachi)"), last + 1
        last = k
        while (katakana and m.is_oov() and last + 2 < len(tokens) and tokens[last + 1].surface() in _NAME_JOINERS
               and tokens[last + 2].is_oov() and _KATAKANA.fullmatch(tokens[last + 2].surface())):
            last += 2
        if last > k and _in_running_text(tokens, k, last):
            return NameSpan(m.begin(), tokens[last].end(), 0.65, "ja unknown joined name (sudachi)"), last + 1
        return None, k + 1

    def _office_after(self, text: str, end: int) -> bool:
        """An office only a person holds right after ``end``, maybe as a former or deputy one or a
        chamber's member (知事, 元首相, 前大統領, 上院議員)."""
        at = end
        while text.startswith(_OFFICE_PREFIXES, at):
            at += next(len(p) for p in _OFFICE_PREFIXES if text.startswith(p, at))
        return text.startswith(self.cues.office_titles, at)

    def _position_after(self, tokens: Any, k: int) -> bool:
        """Whether the nouns glued after a name, up to four, end in a title, an office or a role: the
        person's position (バラク・オバマ上院議員, 黄基鉄海軍参謀総長, ジャック・ワーナー元副会長)."""
        cues = self.cues
        end, last = tokens[k - 1].end(), ""
        for i in range(k, min(k + 4, len(tokens))):
            m = tokens[i]
            if m.begin() != end or m.part_of_speech()[0] not in ("名詞", "接尾辞", "接頭辞"):
                break
            last, end = m.surface(), m.end()
        if not last or self._org_word(last):
            return False
        return last in cues.titles or self._office_after(last, 0) or cues.role_end is not None and cues.role_end.search(last) is not None

    def _extend(self, tokens: Any, k: int) -> tuple[int, int, list[str]]:
        """The token range of the name starting at token ``k`` and the kinds of its name tokens."""
        n = len(tokens)
        first, last = k, k
        kinds = [tokens[k].part_of_speech()[3]]
        # a katakana part before a joiner: (ジョン)・スミス when only スミス is in the dictionary
        while (first >= 2 and tokens[first - 1].surface() in _NAME_JOINERS
               and _KATAKANA.fullmatch(tokens[first].surface()[:1] or "x")
               and _KATAKANA.fullmatch(tokens[first - 2].surface())):
            first -= 2
            kinds.append("joined")
        while last + 1 < n:
            nxt = tokens[last + 1]
            pos = nxt.part_of_speech()
            if pos[2] == "人名" and nxt.begin() == tokens[last].end():
                last += 1
                kinds.append(pos[3])
                continue
            if (nxt.surface() in _NAME_JOINERS and last + 2 < n
                    and _KATAKANA.fullmatch(tokens[last].surface()[-1:] or "x")
                    and (_KATAKANA.fullmatch(tokens[last + 2].surface()) or _INITIAL.fullmatch(tokens[last + 2].surface()))):
                last += 2
                kinds.append("joined")
                continue
            if kinds[-1] == "姓" and nxt.surface() in (" ", "\u3000") and last + 2 < n and self._given_after_space(tokens[last + 2]):
                last += 2                          # 石川 湊: family and given name written with a space
                kinds.append("名")
            break
        return first, last, kinds

    def _given_after_space(self, m: Any) -> bool:
        """Whether the word after 'surname + space' is a given name: a name, or a short kana or
        kanji noun that is no title, role or organisation word (石川 湊, 田中 愛, 山本 さくら)."""
        pos, word = m.part_of_speech(), m.surface()
        if pos[2] == "人名":
            return pos[3] != "姓"
        cues = self.cues
        if not (pos[0] == "名詞" and pos[1] in ("普通名詞", "固有名詞") and 1 <= len(word) <= 4
                and _KANA_OR_HAN.fullmatch(word) and word not in cues.titles):
            return False
        no_hiragana = _HIRAGANA.search(word) is None     # roles and organisations are not hiragana (部長, 支店)
        return not (no_hiragana and any(rx is not None and rx.search(word) for rx in (cues.role_end, cues.org_end)))

    def _judge(self, text: str, tokens: Any, first: int, last: int, kinds: list[str]) -> NameSpan | None:
        from sudachipy import SplitMode

        cues = self.cues
        start, end = tokens[first].begin(), tokens[last].end()
        # a compound that swallowed a title (トランプ大統領): keep its name part
        if end - tokens[last].begin() > 2:
            parts = list(tokens[last].split(SplitMode.A))
            while len(parts) > 1 and parts[-1].part_of_speech()[2] != "人名":
                parts.pop()
                end = parts[-1].end()
        name = text[start:end]
        if name in cues.not_names:
            return None
        nxt = tokens[last + 1] if last + 1 < len(tokens) else None
        after = text[end:end + 8]
        attached = nxt is not None and nxt.begin() == end and _CJK_START.match(text, end) is not None
        titled = after.startswith(cues.titles) or attached and self._position_after(tokens, last + 1)
        full = "姓" in kinds and "名" in kinds
        # a family + given name runs into any noun but an organisation's head (向田邦子脚本, not 松下幸之助記念館)
        if attached and not titled and (self._org_word(nxt.surface()) if full else self._heads_another_name(nxt)):
            return None
        if not titled and self._names_a_thing(text, tokens, first, last):
            return None
        if first > 0:
            prev = tokens[first - 1]
            if prev.end() == start and (prev.part_of_speech()[2] == "地名" or prev.surface().endswith(("会社", "法人"))):
                return None
        if titled:
            return NameSpan(start, end, 0.85, "ja name + title (sudachi)")
        if end - start < 2:
            return None
        if _ends_quoted_title(text, start, end):
            return None
        if full:
            return NameSpan(start, end, 0.8, "ja family + given name (sudachi)")
        parts = [tokens[i] for i in range(first, last + 1) if tokens[i].surface() not in _NAME_JOINERS]
        if len(parts) > 1 and all(t.part_of_speech()[2] == "人名" for t in parts):
            return NameSpan(start, end, 0.8, "ja joined name (sudachi)")
        # uncorroborated: only in running text, between grammar, not glued to nouns, quotes or spaces
        if not _in_running_text(tokens, first, last):
            return None
        return NameSpan(start, end, _BARE if len(parts) == 1 else 0.7, "ja person name (sudachi)")

    def _names_a_thing(self, text: str, tokens: Any, first: int, last: int) -> bool:
        """A joined katakana name whose last part is the head of a company, team, venue or work
        (リオ・ティント・グループ) or a place after no known name (フィルム・フェア・ロンドン, not
        ジョージ・ワシントン), or a lone name of a temple (東大寺)."""
        word = tokens[last].surface()
        if first == last:
            return word.endswith(_TEMPLE)
        pos = tokens[last].part_of_speech()
        if pos[2] == "地名":
            return tokens[first].part_of_speech()[2] != "人名"
        return pos[2] != "人名" and self._org_word(word)

    def _org_word(self, word: str) -> bool:
        """A word ending like an organisation, place or facility (大学, 駅, グループ)."""
        return self.cues.org_end is not None and self.cues.org_end.search(word) is not None

    def _heads_another_name(self, nxt: Any) -> bool:
        """Whether the noun glued to a name makes it part of another name (記念館, 工業, 駅),
        rather than naming the person's role (社長), kin (弟) or an act (主演, 死後)."""
        pos = nxt.part_of_speech()
        if pos[0] not in ("名詞", "接尾辞") or pos[1] == "数詞":
            return False
        word = nxt.surface()
        cues = self.cues
        if self._org_word(word):
            return True
        if cues.role_end is not None and cues.role_end.search(word):
            return False
        return len(word) >= 2 and pos[2] not in ("サ変可能", "副詞可能")


_BARE = 0.65                      # the score of a lone dictionary name with nothing to confirm it
_OFFICE_PREFIXES = ("元", "前", "現", "副", "上院", "下院")
_TEMPLE = "寺"                    # a dictionary name ending so, alone, is a temple (東大寺, 薬師寺)
_RUNNING_AFTER = frozenset({"助詞", "助動詞", "動詞", "副詞", "形容詞", "接続詞", "代名詞", "連体詞"})
_RUNNING_PUNCT = frozenset("、。，．,.!?・·")
_NOT_RUNNING_BEFORE = frozenset("「『\"'“‘ -/_(<[【《")


def _in_running_text(tokens: Any, first: int, last: int) -> bool:
    """Whether a name sits in a sentence: a particle, verb or comma after it (or the end), and no
    quote, bracket, space, dash or slash right before it (the marks of titles and product names)."""
    if last + 1 < len(tokens):
        nxt = tokens[last + 1]
        if nxt.part_of_speech()[0] not in _RUNNING_AFTER and nxt.surface() not in _RUNNING_PUNCT:
            return False
    if first > 0:
        prev = tokens[first - 1].surface()
        if prev[-1:] in _NOT_RUNNING_BEFORE or prev.isspace():
            return False
    return True


def _ends_quoted_title(text: str, start: int, end: int) -> bool:
    """Whether the name closes a longer quoted phrase (「…の山田」): a title, not a person."""
    if end >= len(text) or text[end] not in _CLOSE_QUOTE:
        return False
    opened = max(text.rfind(q, 0, start) for q in _OPEN_QUOTE)
    closed = max(text.rfind(q, 0, start) for q in _CLOSE_QUOTE)
    return opened > closed and opened < start - 1


# ---------------------------------------------------------------------------------------------- Chinese

_MIN_FLOAT = -3.14e100


def _fast_viterbi(obs: str, states: dict, start_p: dict, trans_p: dict, emit_p: dict,
                  fallback: Callable[..., tuple[float, list]]) -> tuple[float, list]:
    """jieba.posseg's Viterbi with the same result, skipping state pairs with no transition.

    jieba scores every (previous state, state) pair and lets the missing transitions lose with
    -inf; looking only at the transitions that exist is about 4x faster on Weibo posts.
    """
    all_states = trans_p.keys()
    prev = {y: start_p[y] + emit_p[y].get(obs[0], _MIN_FLOAT) for y in states.get(obs[0], all_states)}
    paths = [dict.fromkeys(prev, "")]
    for t in range(1, len(obs)):
        ch = obs[t]
        live = [(x, v, trans_p[x]) for x, v in prev.items() if trans_p[x]]
        expect: set[str] = set()
        for _, _, tr in live:
            expect.update(tr)
        if not expect:                                # jieba's own corner case: let it decide
            return fallback(obs, states, start_p, trans_p, emit_p)
        cur, back = {}, {}
        for y in expect.intersection(states.get(ch, all_states)) or expect:
            e = emit_p[y].get(ch, _MIN_FLOAT)
            best = None
            for y0, v, tr in live:
                p = tr.get(y)
                if p is not None:
                    cand = (v + p + e, y0)
                    if best is None or cand > best:
                        best = cand
            cur[y], back[y] = best
        prev = cur
        paths.append(back)
    prob, state = max((v, y) for y, v in prev.items())
    route: list = [None] * len(obs)
    for i in range(len(obs) - 1, -1, -1):
        route[i] = state
        state = paths[i][state]
    return prob, route


def _jieba_cache_dir() -> tuple[str, bool]:
    """Where jieba keeps its prefix-dictionary cache: a private folder under the temp dir, never
    the home folder. (path, keep): a fresh folder to delete after loading when the shared one is
    not ours."""
    getuid = getattr(os, "getuid", None)
    path = Path(tempfile.gettempdir()) / f"piiscan-jieba-{getuid() if getuid else 'user'}"
    try:
        path.mkdir(mode=0o700, exist_ok=True)
        st = path.lstat()
        if stat.S_ISDIR(st.st_mode) and not st.st_mode & 0o077 and (getuid is None or st.st_uid == getuid()):
            return str(path), True
    except OSError:
        pass
    return tempfile.mkdtemp(prefix="piiscan-jieba-"), False


def _jieba_tagger() -> Any:
    """One jieba POS tagger per process: its own dictionary instance, quiet, cached in the temp dir."""
    import jieba
    import jieba.posseg as posseg

    jieba.setLogLevel(logging.WARNING)

    class _Tagger(posseg.POSTokenizer):
        """jieba's tagger with the faster, equivalent Viterbi (overrides the private ``__cut``)."""

        def _POSTokenizer__cut(self, sentence: str) -> Iterator[Any]:  # noqa: N802 - jieba's mangled name
            _, pos_list = _fast_viterbi(sentence, posseg.char_state_tab_P, posseg.start_P, posseg.trans_P,
                                        posseg.emit_P, posseg.viterbi)
            begin, nexti = 0, 0
            for i, char in enumerate(sentence):
                tag = pos_list[i][0]
                if tag == "B":
                    begin = i
                elif tag == "E":
                    yield posseg.pair(sentence[begin:i + 1], pos_list[i][1])
                    nexti = i + 1
                elif tag == "S":
                    yield posseg.pair(char, pos_list[i][1])
                    nexti = i + 1
            if nexti < len(sentence):
                yield posseg.pair(sentence[nexti:], pos_list[nexti][1])

    tokenizer = jieba.Tokenizer()
    folder, keep = _jieba_cache_dir()
    tokenizer.tmp_dir = folder
    try:
        tokenizer.initialize()
    finally:
        if not keep:
            for f in Path(folder).iterdir():
                with contextlib.suppress(OSError):
                    f.unlink()
            with contextlib.suppress(OSError):
                os.rmdir(folder)
    tagger = _Tagger.__new__(_Tagger)
    tagger.tokenizer = tokenizer
    tagger.word_tag_tab = posseg.dt.word_tag_tab       # the word -> tag table jieba already read (read-only)
    return tagger


_JIEBA_LOCK = threading.Lock()
_JIEBA: Any = None


def _jieba() -> Any:
    """The process's one tagger (jieba's own locks make it safe to share between threads)."""
    global _JIEBA
    with _JIEBA_LOCK:
        if _JIEBA is None:
            _JIEBA = _jieba_tagger()
    return _JIEBA


# Tags jieba gives to words that can be a given name after a one-character surname (王 + 建国).
_GIVEN_TAGS = frozenset({"n", "nr", "nrt", "nrfg", "ns", "nz", "a", "an", "ag", "ng", "v", "vn", "t", "tg", "j",
                         "l", "i", "z", "zg"})
_HAN_WORD = re.compile(r"[\u3400-\u9fff]+")


class JiebaNames:
    """Chinese names from jieba's ``nr`` tag, checked against the surname list.

    Accepted: a word jieba's HMM tagged ``nr`` that is not in its dictionary (a name it has not
    seen) and starts with a common surname (0.7), or, of two or three characters, without one
    when it does not sit inside a run of Chinese (a segment of its own: @王小明, between commas,
    0.55); a one-character surname followed by a one- or two-character word (王 + 建国, 0.7); a
    dictionary ``nr`` word of three characters that starts with a surname (0.6). Anything
    followed by a title (先生, 老师, 经理) is 0.85, including a lone surname (王先生). Rejected:
    other one-character ``nr``, dictionary words of two characters (jieba tags many common words
    ``nr``), and names glued to a place or organisation word (王府井, 张江高科).
    """

    language = "zh"

    def __init__(self, cues: NameCues):
        self.cues = cues

    def names(self, text: str) -> list[NameSpan]:
        tagger = _jieba()
        known = tagger.word_tag_tab
        tokens: list[tuple[int, int, str, str]] = []
        i = 0
        for word, flag in tagger.cut(text):
            tokens.append((i, i + len(word), word, flag))
            i += len(word)
        out: list[NameSpan] = []
        k = 0
        while k < len(tokens):
            found, k = self._at(text, tokens, k, known)
            if found is not None and not self._vetoed(text, found):
                out.append(found)
        return out

    def _surname(self, word: str) -> int:
        """Length of the surname ``word`` starts with (0: none)."""
        s = self.cues.surnames
        return 2 if len(word) >= 2 and word[:2] in s else 1 if word[:1] in s else 0

    def _at(self, text: str, tokens: list[tuple[int, int, str, str]], k: int, known: dict
            ) -> tuple[NameSpan | None, int]:
        """The name starting at token ``k``, if any, and the token to look at next."""
        s, e, word, flag = tokens[k]
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        titled = text.startswith(self.cues.titles, e)
        surname = self._surname(word)
        if surname == len(word) and flag == "nr" or surname == len(word) == 2:
            if titled:
                return NameSpan(s, e, 0.85, "zh surname + title (jieba)"), k + 1
            if nxt is not None and _HAN_WORD.fullmatch(nxt[2]) and len(nxt[2]) <= 2 and nxt[3] in _GIVEN_TAGS:
                given_end = nxt[1]
                titled = text.startswith(self.cues.titles, given_end)
                return NameSpan(s, given_end, 0.85 if titled else 0.7, "zh surname + word (jieba)"), k + 2
            return None, k + 1
        if flag != "nr" or len(word) < 2 or not _HAN_WORD.fullmatch(word) or word in self.cues.not_names:
            return None, k + 1
        if titled:
            return NameSpan(s, e, 0.85, "zh name + title (jieba)"), k + 1
        new = word not in known
        if new and surname and len(word) <= 3:
            return NameSpan(s, e, 0.7, "zh surname + given name (jieba)"), k + 1
        if new and len(word) <= 3 and not (_HAN_WORD.match(text[s - 1:s]) and _HAN_WORD.match(text, e)):
            return NameSpan(s, e, 0.55, "zh unknown name (jieba)"), k + 1
        if surname and len(word) == 3:
            return NameSpan(s, e, 0.6, "zh dictionary name (jieba)"), k + 1
        return None, k + 1

    def _vetoed(self, text: str, found: NameSpan) -> bool:
        """A place or organisation: the span ends like one, or such a word follows it directly."""
        cues = self.cues
        return (cues.org_end is not None and cues.org_end.search(text, found.start, found.end) is not None) or \
            (cues.org_next is not None and cues.org_next.match(text, found.end) is not None)
