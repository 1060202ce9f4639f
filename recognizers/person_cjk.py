"""Japanese and Chinese person names: surname dictionaries with honorifics or a name label, and in
prose a tokenizer's name tags (:mod:`recognizers.name_backends`) checked against the same knowledge."""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import Pattern

from recognizers import prose
from recognizers._context import Polarity
from recognizers._names import JA_HONORIFICS, JA_SURNAMES, ZH_HONORIFICS, ZH_SURNAMES
from recognizers.base import LABEL_ONLY, Detection, PiiRecognizer, TextContext, join_reason, label_adjacent
from recognizers.name_backends import JiebaNames, NameBackend, NameCues, SudachiNames
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


# Words after a name: honorifics (JA_NAME_TITLES, which make a name of any unknown word before them)
# and the person's position (山田選手, トランプ大統領), which also follows fields and offices (サッカー選手,
# 大阪市長), so only confirms a word the tokenizer already calls a name.
# Scholarly and professional titles also make a name of any word: no place or company takes them.
JA_NAME_TITLES = (*(h for h in JA_HONORIFICS if h != "御中"), "博士", "弁護士", "教授", "准教授", "医師")
# Offices and ranks only a person holds (no field, company or place word before them: not 選手, 社長,
# 市長): they make a name of an unknown katakana or proper-noun word (バルダッチ知事, ファルエル学長),
# also as a former or deputy (元首相, 副大統領) or a chamber's member (上院議員).
JA_OFFICE_TITLES = ("大統領", "副大統領", "首相", "外相", "蔵相", "将軍", "提督", "卿", "伯爵", "公爵", "侯爵", "男爵",
                    "夫人", "知事", "議員", "学長", "長官", "大使", "総督", "司令官", "元帥", "大将", "中将", "少将",
                    "大佐", "中佐", "少佐", "大尉", "中尉", "少尉", "枢機卿", "司教", "神父", "牧師", "国王", "皇帝")
JA_TITLES = (*JA_NAME_TITLES, "選手", "監督", "大統領", "首相", "総理", "教授", "准教授", "博士", "社長", "会長", "議員",
             "知事", "市長", "容疑者", "被告", "投手", "捕手", "外相", "蔵相", "将軍", "提督", "大将", "中将", "少将",
             "大佐", "中佐", "少佐", "天皇", "皇帝", "女王", "伯爵", "公爵", "侯爵", "男爵", "卿", "長官", "総裁",
             "理事長", "委員長", "副大統領", "主席", "書記長", "総督", "司教", "枢機卿", "教皇", "夫人", "元首相",
             "容疑", "ら", "等", "自身", "本人", "一家", "夫妻", "兄弟", "姉妹")
# How a noun glued to a name ends when it is the person's role or kin (副社長, 秘書官, 三女, 作曲家).
JA_ROLE_END = re.compile(r"(?:[臣長官将佐尉帥師士手員者相帝王皇督授爵卿妃姫公侯主母父妻夫兄弟姉妹娘嬢翁僧女男]"
                         r"|統領|息子|夫人|たち|達|ら|等|自身|本人|一家|一族|親子|候補|家)$")
# How a noun glued to a name ends when the name is part of an organisation, place, facility or work.
JA_ORG_END = re.compile(r"(?:[社店館院園所局庁署駅線港橋寺宮城塔湖川山島村町市区県郡郷邸廟墓碑賞杯党派軍隊団会部課座堂閣号丸]"
                        r"|大学|学校|高校|病院|記念|財団|工業|商店|商会|製作|鉄道|政権|内閣|幕府|グループ|ハウス|ホール"
                        r"|ビル|ホテル|タワー|ランド|ブランド|プロ|研究|主義|賞"
                        # katakana heads of company, team, venue and work names (リオ・ティント・グループ)
                        r"|ダム|センター|スタジアム|アリーナ|ドーム|パーク|ガーデン|バンド|ギター|コーポレーション|カンパニー"
                        r"|プロダクション|エンターテインメント|サウンド|フィールド|コミック|コミックス|ゴルフ|ブラザーズ|ブラザース"
                        r"|クラブ|チーム|ユナイテッド|シティ|スクエア|スクウェア|ステーション|ストリート|アベニュー|ブリッジ"
                        r"|ホールディングス|インターナショナル|システムズ|レコード|レコーズ|スタジオ|ショップ|ストア|マーケット"
                        r"|ミュージアム|ギャラリー|カレッジ|アカデミー|スクール|エアライン|エアラインズ|モーターズ|フーズ"
                        r"|リーグ|カップ|フェスティバル|ピクチャーズ|ネットワーク|メディア|ジャパン|ラボ)$")
ZH_TITLES = (*ZH_HONORIFICS, "教授", "医生", "主任", "书记", "导演", "老板", "校长", "院长", "局长", "市长", "总裁",
             "部长", "队长", "科长", "处长", "主席", "总统", "省长", "县长", "厂长", "董事长", "律师", "博士", "同志",
             "大姐", "大爷", "大妈", "奶奶", "爷爷", "叔叔", "阿姨", "夫人", "太太", "妹妹", "弟弟", "哥哥")
# A Chinese word that ends like a place or organisation is not a person (张家港, 王府井); not the
# characters that also end given names (江, 山, 园). ZH_ORG_NEXT: what makes a name part of one (李宁公司).
ZH_ORG_END = re.compile(r"(?:[省市县区镇乡村路街巷港湾岛站馆院校厂店楼寺庙宫府司局部厅]|公司|集团|大学|中学|小学|银行|医院|酒店|广场|中心)$")
ZH_ORG_NEXT = re.compile(r"(?:[省市县区镇乡村路街巷港湾岛站馆厂店寺庙宫府]|公司|集团|大学|中学|小学|学院|银行|医院|酒店|广场|中心|大道"
                         r"|大街|大厦|控股|科技|股份|网|牌|杯|奖)")
# The prefilter's route to the back ends: every prose line holds such a run (see recognizers.prose).
_PROSE_GATE = "cjk prose (name back end)"
_JA_RUNNING_TEXT = "ja dictionary name in running text (weak)"


class _CjkNameRecognizer(PiiRecognizer):
    """What Japanese and Chinese names share: cue patterns (score 0.86) stand alone, the rest need context;
    prose lines also go to the language's name back end."""

    ENTITY = "PERSON"
    NEGATIVE_CONTEXT = PERSON_NEGATIVE
    TRIGGERS = frozenset({"cjk"})
    MODIFIERS_VETO = True
    CONTEXT_PARTS = 1
    BACKEND: ClassVar[NameBackend]
    # Patterns that guess from a surname list alone: in prose the back end, which sees the words
    # around a name, decides instead.
    SUPERSEDED_IN_PROSE: ClassVar[frozenset[str]] = frozenset()

    def detect(self, tc: TextContext) -> list[Detection]:
        """The patterns' detections, then the back end's on the prose lines of a text in this language."""
        chunks = list(prose.cjk_prose_chunks(tc.text)) \
            if prose.cjk_language(tc.text) == self.BACKEND.language and not names_a_thing(tc) else []
        out: list[Detection] = []
        for pattern, rx in self._regexes:
            if pattern.name == _PROSE_GATE or (pattern.score < LABEL_ONLY and not tc.mentions(self)):
                continue
            superseded = chunks if pattern.name in self.SUPERSEDED_IN_PROSE else ()
            for m in rx.finditer(tc.text):
                if not any(s <= m.start() < e for s, e in superseded):
                    out.extend(self.judge_all(m, pattern, tc))
        if chunks:
            out.extend(self.detect_prose(tc, chunks))
        return out

    def detect_prose(self, tc: TextContext, chunks: list[tuple[int, int]]) -> list[Detection]:
        """Names the back end finds in the prose chunks; a name label before one raises its score, a
        negative label directly before it (商品名：, 店舗：) or in the caller's column name drops it."""
        out: list[Detection] = []
        for start, end in chunks:
            for span in self.BACKEND.names(tc.text[start:end]):
                s, e = start + span.start, start + span.end
                pol = tc.polarity(self, s)
                if pol.sign < 0 and (pol.where == "name" or label_adjacent(tc, s, self.negative)):
                    continue
                score = 0.95 if pol.sign > 0 and (pol.where == "name" or label_adjacent(tc, s, self.lexicon)) else span.score
                out.append(self.found(s, e, score, join_reason(span.reason, pol.describe() if pol.sign > 0 else "")))
        return out

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
        Pattern(_JA_RUNNING_TEXT,
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
        Pattern(_PROSE_GATE, prose.CJK_RUN, LABEL_ONLY),
    )
    CONTEXT = PERSON_CONTEXT
    BACKEND = SudachiNames(NameCues(titles=JA_TITLES, name_titles=JA_NAME_TITLES, office_titles=JA_OFFICE_TITLES,
                                    role_end=JA_ROLE_END, org_end=JA_ORG_END))
    SUPERSEDED_IN_PROSE = frozenset({_JA_RUNNING_TEXT})

    def judge_with_context(self, m: re.Match[str], pattern: Pattern, tc: TextContext, pol: Polarity) -> Detection | None:
        """Honorifics stand alone (self-introductions and signatures are cues); other shapes need a name label."""
        if pattern.score >= 0.85:
            return self.found(m.start(), m.end(), 0.85 if pol.sign == 0 else 0.95, join_reason(pattern.name, pol.describe()))
        if pattern.score >= 0.5:
            return self.found(m.start(), m.end(), 0.8 if pol.sign > 0 else pattern.score, join_reason(pattern.name, pol.describe()))
        if pol.sign <= 0 or not (pol.where == "name" or label_adjacent(tc, m.start(), self.lexicon)):
            return None
        if _PLACE_END.search(m.group()) or _VERB_KANA.search(m.group()) or _CUT_KANA.match(tc.text, m.end() - 1):
            return None                       # 東京都, 杭州市: a place under a name label; 者でござい, 付かな|い: a verb
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
        Pattern(_PROSE_GATE, prose.CJK_RUN, LABEL_ONLY),
    )
    CONTEXT = (*PERSON_CONTEXT, *ZH_CUES)
    BACKEND = JiebaNames(NameCues(titles=ZH_TITLES, org_end=ZH_ORG_END, org_next=ZH_ORG_NEXT,
                                  surnames=frozenset(ZH_SURNAMES)))

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
# Hiragana at the end of a match that the next hiragana continues: a word cut in half (名前の付かな|い).
_CUT_KANA = re.compile(r"[\u3041-\u3096]{2}")


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
