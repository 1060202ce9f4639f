"""Japanese and Chinese person names: surname dictionaries with honorifics or a name label."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from recognizers._context import Polarity
from recognizers._names import JA_HONORIFICS, JA_SURNAMES, ZH_HONORIFICS, ZH_SURNAMES
from recognizers.base import Detection, PiiRecognizer, TextContext, join_reason, label_adjacent
from recognizers.person import PERSON_CONTEXT, PERSON_NEGATIVE, names_a_thing


def _alternation(words: tuple[str, ...]) -> str:
    """Regex alternation, longest first so 佐々木 wins over 佐."""
    return "|".join(sorted(set(words), key=lambda w: (-len(w), w)))   # longest first, the same in every process


_HAN = r"\u4e00-\u9fff\u3005"
_JA_SUR = _alternation(JA_SURNAMES)
_JA_GIVEN = rf"(?:[{_HAN}]{{1,3}}|[\u3041-\u3096]{{2,4}}|[\u30a1-\u30fa]{{2,5}})"
_ZH_SUR = _alternation(ZH_SURNAMES)
# Characters that end place and organisation names, never a given name (石川県, 中村区, 山田駅).
_NOT_GIVEN = r"[\u4e00-\u9fff\u3005]?[都道府県市区町村郡駅線店社部課局署院校園号丁目番地宅様殿氏君]"
_ZH_STOP = "电话|手机|地址|先生|女士|小姐|老师|经理|联系|订单|邮箱|身份|反馈|来电|咨询"
_KANA_HIRA = r"\u3041-\u3096"
_KATA = r"\u30a1-\u30fa\u30fc"
_SP = r"[ \t\u3000]{0,4}"
_EOL = rf"{_SP}(?=\r?\n|$)"
# A line that closes a letter or names the sender's department: the next line alone is a signature name.
_JA_CLOSE = (r"(?:[―ー—－-]{2,}|(?:何卒)?よろしくお願い(?:いた)?します。?|以上(?:、[^\n]{0,20})?。?|敬具|草々"
             r"|[^\n]{0,30}(?:サポート|センター|窓口|担当|事務局|[部課]|株式会社[^\n]{0,20}))")
_ZH_CLOSE = r"(?:祝好|祝您生活愉快|此致|敬礼|顺祝商祺|顺颂商祺|谢谢|感谢|[—－-]{2,}|[^\n]{0,20}(?:客服部|客服中心|客服))[!！。,，]?"
_JA_NAME_LINE = rf"(?:{_JA_SUR})[ \u3000]?{_JA_GIVEN}|[{_HAN}]{{1,3}}[ \u3000]?[{_HAN}{_KANA_HIRA}]{{1,3}}"
# Words that take 様/でございます but are roles, not names (担当者様, 会員様, 皆様, 担当でございます).
_ROLE_END = re.compile(r"[者員長社部課店局皆位係室]$|^(?:担当|窓口|代表|本人|私|弊社|当社)$")
# Cues right before a Chinese name: self-introduction and the user/customer a message is about.
ZH_CUES = ("用户", "我是", "我叫", "本人", "顾客", "买家", "会员", "寄件人", "收货人", "联系人")


class _CjkNameRecognizer(PiiRecognizer):
    """What Japanese and Chinese names share: cue patterns (score 0.86) stand alone, the rest need context."""

    ENTITY = "PERSON"
    NEGATIVE_CONTEXT = PERSON_NEGATIVE
    TRIGGERS = frozenset({"cjk"})
    MODIFIERS_VETO = True
    CONTEXT_PARTS = 1

    def judge(self, m: re.Match[str], pattern: Pattern, tc: TextContext) -> Detection | None:
        """Never in a column of things; cue shapes via ``_cue_name``; a negative label vetoes the rest."""
        if names_a_thing(tc):
            return None
        if pattern.score == 0.86:
            return _cue_name(self, m, pattern, tc)
        pol = tc.polarity(self, m.start())
        if pol.sign < 0:
            return None
        return self.judge_with_context(m, pattern, tc, pol)

    def judge_with_context(self, m: re.Match[str], pattern: Pattern, tc: TextContext, pol: Polarity) -> Detection | None:
        """A non-cue shape, once the context is known not to contradict it."""
        raise NotImplementedError


class JapaneseNameRecognizer(_CjkNameRecognizer):
    """Japanese names: a common surname (+ given name) before さん/様/氏..., or after 氏名/名前 labels."""

    LANGUAGES = ("ja",)
    PATTERNS = (
        Pattern("ja surname + honorific (strong)",
                rf"(?<![{_HAN}])(?:{_JA_SUR})(?: ?{_JA_GIVEN})?(?={'|'.join(JA_HONORIFICS)})", 0.85),
        Pattern("ja kana name + honorific (strong)",
                rf"(?<![\u30a1-\u30fa])[\u30a1-\u30fa]{{2,6}} [\u30a1-\u30fa]{{2,6}}(?={'|'.join(JA_HONORIFICS)})", 0.85),
        Pattern("ja dictionary name in running text (weak)",
                rf"(?<![{_HAN}])(?:{_JA_SUR}) ?(?:(?!{_NOT_GIVEN})[{_HAN}]{{1,2}}(?![{_HAN}])"
                rf"|[\u3041-\u3096]{{2,3}}(?=です|でした|は|が|と|から|、|。))", 0.55),
        Pattern("ja full name (needs label)", rf"(?:{_JA_SUR}) ?{_JA_GIVEN}(?![{_HAN}])", 0.3),
        Pattern("ja labelled name (needs label)",
                rf"[{_HAN}]{{1,4}} ?(?:[{_HAN}]{{1,3}}|[\u3041-\u3096]{{2,4}}|[\u30a1-\u30fa]{{2,5}})(?![{_HAN}\u30a1-\u30fa])", 0.2),
        Pattern("ja kana full name (needs label)", r"(?<![\u30a1-\u30fa])[\u30a1-\u30fa]{2,6} [\u30a1-\u30fa]{2,6}(?![\u30a1-\u30fa])", 0.3),
        Pattern("ja name + to moushimasu (strong)",
                rf"(?<![{_HAN}])([{_HAN}]{{1,4}}(?:[ \u3000]?{_JA_GIVEN})?)(?=と申し|と言います|といいます)", 0.86),
        Pattern("ja staff name + degozaimasu (strong)",
                rf"(?:担当|サポート|窓口|係|センター|デスク|スタッフ|事務局|[部課])の((?:{_JA_SUR})(?:[ \u3000]?{_JA_GIVEN})?|[{_HAN}]{{2,3}})"
                r"(?=でございます|です|が担当|が承り)", 0.86),
        Pattern("ja addressee line + sama (strong)",
                rf"(?:^|(?<=\n)){_SP}([{_HAN}]{{1,4}}(?:[ \u3000]?[{_HAN}{_KANA_HIRA}{_KATA}]{{1,4}})?)(?:様|さま|殿|さん)(?={_SP}(?:\r?\n|$|、|，|,))", 0.86),
        Pattern("ja name line after a blank line (strong)",
                rf"\n{_SP}\r?\n{_SP}((?:{_JA_SUR})[ \u3000]?{_JA_GIVEN}){_EOL}", 0.86),
        Pattern("ja signature line (strong)", rf"{_JA_CLOSE}{_SP}\r?\n{_SP}({_JA_NAME_LINE}){_EOL}", 0.86),
        Pattern("cjk display name + address (strong)",
                rf"(?<![{_HAN}])([{_HAN}]{{2,4}}(?:[ \u3000]?[{_HAN}{_KANA_HIRA}]{{1,3}})?) ?<[A-Za-z0-9._%+-]{{1,64}}@", 0.86),
    )
    CONTEXT = PERSON_CONTEXT

    def judge_with_context(self, m: re.Match[str], pattern: Pattern, tc: TextContext, pol: Polarity) -> Detection | None:
        """Honorifics stand alone (self-introductions and signatures are cues); other shapes need a name label."""
        if pattern.score >= 0.85:
            return self.found(m.start(), m.end(), 0.85 if pol.sign == 0 else 0.95, join_reason(pattern.name, pol.describe()))
        if pattern.score >= 0.5:
            return self.found(m.start(), m.end(), 0.8 if pol.sign > 0 else pattern.score, join_reason(pattern.name, pol.describe()))
        if pol.sign <= 0 or not (pol.where == "name" or label_adjacent(tc, m.start(), self.lexicon)):
            return None
        if _PLACE_END.search(m.group()) or _VERB_KANA.search(m.group()):
            return None                       # 東京都, 杭州市: a place under a name label; 者でござい: a verb
        score = 0.8 if pattern.score >= 0.3 else 0.7
        return self.found(m.start(), m.end(), score, join_reason(pattern.name, pol.describe()))


class ChineseNameRecognizer(_CjkNameRecognizer):
    """Chinese names: a common surname + 1-2 characters before 先生/女士..., or after 姓名/收件人/联系人 labels."""

    LANGUAGES = ("zh",)
    PATTERNS = (
        Pattern("zh surname + honorific (strong)",
                rf"(?<![{_HAN}])(?:{_ZH_SUR})[{_HAN}]{{0,2}}?(?={'|'.join(ZH_HONORIFICS)})", 0.85),
        Pattern("zh full name (needs label)", rf"(?:{_ZH_SUR})([{_HAN}]{{1,2}})", 0.3),
        Pattern("zh signature line (strong)", rf"{_ZH_CLOSE}{_SP}\r?\n{_SP}((?:{_ZH_SUR})[{_HAN}]{{1,2}}){_EOL}", 0.86),
    )
    CONTEXT = (*PERSON_CONTEXT, *ZH_CUES)

    def judge_with_context(self, m: re.Match[str], pattern: Pattern, tc: TextContext, pol: Polarity) -> Detection | None:
        """Honorifics stand alone (signatures are cues); bare names need a name label (收件人, 用户, 我是 ...)."""
        if pattern.score >= 0.5:
            score = 0.8 if pol.sign == 0 else 0.95
        elif pol.sign > 0 and (pol.where == "name" or label_adjacent(tc, m.start(), self.lexicon)):
            score = 0.8
            end = _given_name_end(tc.text, *m.span(1))
            return self.found(m.start(), end, score, join_reason(pattern.name, pol.describe()))
        else:
            return None
        return self.found(m.start(), m.end(), score, join_reason(pattern.name, pol.describe()))


_ZH_STOP_RE = re.compile(_ZH_STOP)
# Place suffixes; not 町/村, which end many surnames (中村, 木村, 町村).
_PLACE_END = re.compile(r"[都道府県市区郡省县]$")
_VERB_KANA = re.compile(r"でご|です|ます|でし|から|まで")


def _cue_name(rec: PiiRecognizer, m: re.Match[str], pattern: Pattern, tc: TextContext) -> Detection | None:
    """A name in group 1 found by its cue (と申します, 様 at a line start, a signature block); roles are not names."""
    start, end = m.span(1)
    name = tc.text[start:end].rstrip(" \u3000")
    end = start + len(name)
    if _ROLE_END.search(name) or _PLACE_END.search(name):
        return None
    pol = tc.polarity(rec, start)
    if pol.sign < 0:
        return None
    return rec.found(start, end, 0.85, join_reason(pattern.name, pol.describe()))
# Characters that usually start the word after a name (反馈, 来电, 说, 先生 ...), not end a given name.
_ZH_FOLLOW = frozenset("反来说要在是的已于和与给打称表电手地邮收寄先女小老您你我他她请想问将会也都就")


def _given_name_end(text: str, start: int, end: int) -> int:
    """End of a 1-2 character given name: stop before a following word such as 电话 or 反馈."""
    if end - start == 2 and (text[start + 1] in _ZH_FOLLOW or _ZH_STOP_RE.match(text, start + 1)):
        return start + 1
    return end
