"""Japanese and Chinese names in prose: the prose decision, the tokenizer back ends and their vetoes.

All names here are made up (textbook placeholders such as 山田太郎 and 王小明).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from recognizers import Detector, prose
from recognizers.name_backends import JiebaNames, NameBackend, NameSpan, SudachiNames, _jieba_cache_dir
from recognizers.person_cjk import ChineseNameRecognizer, JapaneseNameRecognizer

JA_PROSE = [
    ("昨日、山田太郎さんと会った。", ["山田太郎"]),
    ("田中は東京大学を卒業した。", ["田中"]),
    ("佐藤花子は医師である。", ["佐藤花子"]),
    ("ジョン・スミス大統領が来日した。", ["ジョン・スミス"]),
    ("大阪に住んでいる山田 花子です。", ["山田 花子"]),                 # family and given name with a space
    ("京都に住んでいる石川 さくらです。", ["石川 さくら"]),
]
ZH_PROSE = [
    ("我和王小明去了北京。", ["王小明"]),
    ("张伟老师今天没有来上课。", ["张伟"]),
]
NEGATIVES = [
    "東京都港区",                              # an address fragment, no sentence
    "石川県の天気は晴れです。",                  # a place
    "トヨタ自動車は新型車を発表した。",            # a company
    "本田技研工業は二輪車メーカーです。",          # a company whose name holds a surname
    "松下記念館を見学しました。",                  # a facility named after a person
    "今日は天気がいいですね。",                  # common nouns
    "我们去了黄山，风景很好。",                  # a place
    "阿里巴巴公司发布了财报。",                  # a company
    "我在中山路等你。",                          # a street
]


@pytest.mark.parametrize("text, spans", JA_PROSE + ZH_PROSE)
def test_names_in_prose(expect, text, spans):
    expect(text, "PERSON", spans)


@pytest.mark.parametrize("text", NEGATIVES)
def test_places_companies_and_nouns_are_not_names(expect, text):
    expect(text, "PERSON", [])


def test_a_thing_column_or_a_negative_label_drops_backend_names(expect):
    expect("山田太郎は医師である。", "PERSON", [], ("product_name", "catalog"))
    expect("商品名：山田太郎は医師である。", "PERSON", [])


@pytest.mark.parametrize("text, expected", [
    ("昨日、山田太郎さんと会った。", True),
    ("我和王小明去了北京。", True),
    ("我今天和小王一起吃饭了", True),                              # function words, no punctuation
    ("山田太郎", False),                                          # a name alone is a value, not prose
    ("東京都港区六本木1-2-3", False),
    ("2024-05-01 INFO 注文完了 user=yamada order=12345 status=ok", False),
    ('{"msg": "山田さんから連絡がありました。"}', False),
    ("Hello, this is plain English.", False),
    ("東京都渋谷区" * 200, False),                                 # no sentence is this long
])
def test_is_cjk_prose(text, expected):
    assert prose.is_cjk_prose(text) is expected


def test_language_and_prose_helpers():
    assert prose.cjk_language("山田さんと会った。") == "ja"
    assert prose.cjk_language("我和王小明去了北京。") == "zh"
    assert prose.cjk_language("plain ascii") is None
    assert prose.is_prose("The parcel arrived late, so we asked for a refund.")
    assert not prose.is_prose("ts=1714550400 level=info msg=ok")
    text = "件名: 注文\nuser=a status=b\n昨日、山田さんと会った。"
    assert [text[s:e] for s, e in prose.cjk_prose_chunks(text)] == ["昨日、山田さんと会った。"]


def test_long_prose_is_cut_into_chunks_at_sentence_ends():
    text = "山田さんと会った。" * 600
    chunks = list(prose.cjk_prose_chunks(text))
    assert chunks[0][0] == 0 and chunks[-1][1] == len(text)
    assert all(e - s <= prose.MAX_CHUNK and text[e - 1] == "。" for s, e in chunks)


def test_backends_follow_the_protocol():
    for rec, language in ((JapaneseNameRecognizer, "ja"), (ChineseNameRecognizer, "zh")):
        backend: NameBackend = rec.BACKEND
        assert backend.language == language
    assert isinstance(JapaneseNameRecognizer.BACKEND, SudachiNames)
    assert isinstance(ChineseNameRecognizer.BACKEND, JiebaNames)
    found = JapaneseNameRecognizer.BACKEND.names("佐藤花子は医師である。")
    assert found and all(isinstance(f, NameSpan) for f in found)
    assert [(f.start, f.end) for f in ChineseNameRecognizer.BACKEND.names("我和王小明去了北京。")] == [(2, 5)]


def test_machine_lines_never_reach_a_backend(monkeypatch):
    calls = []
    for rec in (JapaneseNameRecognizer, ChineseNameRecognizer):
        monkeypatch.setattr(rec.BACKEND, "names", lambda text, calls=calls: calls.append(text) or [])
    det = Detector(use_nlp=False)
    det.analyze_many(["2024-05-01 INFO 注文完了 user=yamada order=12345 status=ok",
                      "ERROR 支付失败 uid=8812 code=502", "東京都港区六本木1-2-3"])
    assert calls == []
    det.analyze("昨日、山田太郎さんと会った。")
    assert calls == ["昨日、山田太郎さんと会った。"]


def test_jieba_cache_stays_out_of_the_home_folder():
    folder, _ = _jieba_cache_dir()
    assert Path(folder).resolve().parent == Path(tempfile.gettempdir()).resolve()


def test_fast_viterbi_gives_jiebas_result():
    import jieba.posseg as posseg

    from recognizers import name_backends

    tagger = name_backends._jieba()
    for text in ["我和王小明去了北京。", "张伟老师今天没有来上课", "喵喵商城的客服小刘说明天发货"]:
        assert [tuple(p) for p in tagger.cut(text)] == [tuple(p) for p in posseg.dt.cut(text)]


PARITY_TEXTS = [t for t, _ in JA_PROSE + ZH_PROSE] + NEGATIVES + [
    "お世話になっております。\n担当の鈴木一郎です。\n明日、佐藤花子様にお届けします。",
    "您好，我是李小红。\n订单已经发货了，请王先生注意查收。",
    "2024-05-01 INFO 注文完了 user=yamada order=12345 status=ok",
] * 2


def test_fast_paths_route_prose_to_the_backends():
    """The prefilter (and the block scan) must send prose to the name recognizers: same results as the plain path."""
    fast, plain = Detector(use_nlp=False), Detector(use_nlp=False, fast=False)
    expected = [plain.analyze(t) for t in PARITY_TEXTS]
    assert any(expected)
    assert fast.analyze_many(PARITY_TEXTS) == expected
    one_line = [t for t in PARITY_TEXTS if "\n" not in t]
    assert len(one_line) >= 16
    assert plain.analyze_many(one_line) == [plain.analyze(t) for t in one_line]      # the block scan


def test_fast_path_without_hyperscan_routes_prose_too(monkeypatch):
    from recognizers import engine

    monkeypatch.setenv("PIISCAN_PREFILTER", "none")
    engine._prefilter.cache_clear()
    try:
        blocky, plain = Detector(use_nlp=False), Detector(use_nlp=False, fast=False)
        assert blocky.prefilter is None
        assert blocky.analyze_many(PARITY_TEXTS) == [plain.analyze(t) for t in PARITY_TEXTS]
    finally:
        engine._prefilter.cache_clear()


@pytest.mark.parametrize("text, spans", [
    ("森川拓真は、演劇研究者。", ["森川拓真"]),                # one kana, no Chinese function word: Japanese
    ("ボルネッリ知事が演説した。", ["ボルネッリ"]),              # an office makes a name of an unknown word
    ("マルコ・ベルティーニ元首相は辞任した。", ["マルコ・ベルティーニ"]),  # a former office
    ("山本五郎海軍参謀総長は辞任した。", ["山本五郎"]),           # a position of several nouns
    ("向井邦子脚本のドラマが放送された。", ["向井邦子"]),          # a full name runs into a work noun
    ("伊東博士の研究が評価された。", ["伊東"]),                  # a place word with a personal title
    ("ジョージ・ワシントンなど初期の大統領。", ["ジョージ・ワシントン"]),  # a given name before a place word
    ("マリオ・ベルティ・グループは新製品を発表した。", []),        # a company head closes the joined word
    ("東大寺の回廊が倒壊した。", []),                          # a temple, though the dictionary knows a surname
    ("名前の付かない製品は売れない。", []),                     # a verb after a name label
    ("立命館大学教授が講演した。", []),                         # a university before a title
    ("サッカー選手の練習を見た。", []),                        # a field before a role
    ("大阪市長は会見した。", []),                              # a place before an office
    ("トヨタ社長が会見した。", []),                            # a company before a role
])
def test_titles_offices_and_things_in_japanese_prose(expect, text, spans):
    expect(text, "PERSON", spans)


def test_one_kana_is_japanese_unless_chinese_function_words_say_otherwise():
    assert prose.cjk_language("森川拓真は、演劇研究者。") == "ja"
    assert prose.cjk_language("我的の朋友") == "zh"
    assert prose.cjk_language("北京大学") == "zh"
