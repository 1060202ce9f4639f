"""Japanese and Chinese postal addresses in the shapes real ones take (company listings, registries).

Every address here is made up: the shapes follow real data (full-width digits, 丁目/番地/号 and hyphens,
towns written with kana, counties, lot lists; Chinese addresses that start at a district, a town, a zone or a
road, Chinese numerals, 甲 numbers, 弄, floors, rooms, building names, bracketed notes), the names and
numbers do not. The negatives are prose, products, companies, dates and order text that must stay unflagged.
"""

from __future__ import annotations

import pytest

from recognizers.address import ChineseAddressRecognizer, JapaneseAddressRecognizer
from recognizers.base import TextContext

JA_WHOLE = [
    "千葉県松戸市新松戸４丁目２－８",                          # full-width digits, 丁目 and hyphens
    "東京都千代田区丸の内９丁目８－７",                        # の inside the town name
    "東京都葛飾区四つ木８丁目１－２",                          # one hiragana inside the town name
    "神奈川県横浜市青葉区あざみ野南８丁目３－２",              # hiragana town
    "長野県北佐久郡軽井沢町大字長倉９９９８－２",              # county, 大字
    "北佐久郡軽井沢町大字長倉９９９８－２",                    # county without the prefecture
    "東京都港区芝浦９丁目１－２（Ａ棟），９－１－３（Ｂ棟）",  # lots with building notes
    "東京都江東区豊洲９丁目３－２、４、６",                    # a list of lots
    "京都府京都市下京区烏丸通七条下る東塩小路町９９９番地",    # Kyoto street directions
    "大阪府大阪市北区梅田９丁目９番９号",
]

ZH_WHOLE = [
    "珠江东路66号珠江软件园",                   # starts with the road, a park after the number
    "横林镇东方西路27号",                       # starts with a town
    "武进区创新路88号华夏工业园5B",             # starts with a district
    "青松路星河大厦12楼",                       # road, building, floor; no number on the road
    "天河区体育东路118号财富广场九层",          # Chinese numeral floor
    "东城区东四北大街甲99号",                   # 甲 number
    "闵行区春申路1999弄88号",                   # lane
    "苏州工业园区星湖街328号",                  # development zone
    "海淀区中关村大街99号（地铁4号线东北口）",  # bracketed note, whose 4号线 is no count
    "浦东新区蔡伦路999号新元科技",              # the company's name after the number
    "朝阳区建国路99号 B座 1201室",              # spaced block and room
    "滨江区江南大道999号3幢、5幢",              # a list of blocks
    "锦绣花园3号楼502室",                       # estate, block, room
    "星耀A座12层",                              # a building named without 大厦, its block and floor
    "浙江省宁波市北仑区小港镇工业园区",         # no number, down to a zone
    "桃源镇白石村",                             # town and village
    "雨花台区软件大道",                         # district and street as a whole value
    "江苏省常州市武进区",                       # province, city and district as a whole value (a form field)
    "翠湖花园",                                 # one named estate as a whole value
    "松山湖高新区",                             # one named zone as a whole value
    "湖北武汉洪山区珞喻路999号",                # short province and city names
]


@pytest.mark.parametrize("text", JA_WHOLE + ZH_WHOLE)
def test_whole_value_is_one_address(expect, text):
    expect(text, "POSTAL_ADDRESS", [text])


@pytest.mark.parametrize("text, spans", [
    ("我的地址是四川成都武侯区科华北路99号", ["四川成都武侯区科华北路99号"]),
    ("收货地址：广东省深圳市南山区科技园路123号，电话13800138000", ["广东省深圳市南山区科技园路123号"]),
    ("5月6号到朝阳区建国路88号，谢谢", ["朝阳区建国路88号"]),                # the date is not part of it
    ("新地址：锦江区红星路99号星光大厦", ["锦江区红星路99号星光大厦"]),
    ("请寄到朝阳区建国路88号的仓库", ["朝阳区建国路88号"]),
    ("地址：北京市朝阳区", ["北京市朝阳区"]),                                 # a region with a label
    ("東京都大田区蒲田９－８－７ 電話 03-1234-5678", ["東京都大田区蒲田９－８－７"]),
    ("東京都中央区銀座９－９－９,090-1234-5678,山田", ["東京都中央区銀座９－９－９"]),   # not the phone number
    ("小区：翠湖花园", ["翠湖花园"]),                                          # the value after its label
])
def test_address_inside_text(expect, text, spans):
    expect(text, "POSTAL_ADDRESS", spans)


NEGATIVES = [
    # prose naming a district or a road without a number
    "他在朝阳区工作", "我们明天去中山路吃饭", "朝阳区建国路很堵", "南京路步行街人很多", "我家在海淀区中关村附近",
    "听说浦东新区要修地铁", "周末去南京路步行街逛街", "我住在朝阳区", "深圳南山区科技园附近很热闹",
    "公司位于广东省深圳市南山区。", "杭州西湖区今天下雨", "我在图书馆3楼看书", "会议在星耀A座12层",
    # numbers that count something next to a place
    "上海市的人口是2487万", "天河区有3家门店", "浦东新区的房价上涨了3%", "深圳市2023年GDP增长5%",
    "高新区2023年度报告", "工业园区管理办法第3条",
    # products
    "华为Mate60 Pro 12GB+512GB", "小米13手机3台", "宝马X5 2023款", "苹果iPhone 15 256GB 售价5999元", "宠物饮水机",
    # companies
    "深圳市腾讯计算机系统有限公司", "北京小米科技有限责任公司", "深圳市南山区星河科技有限公司", "有限公司", "中国银行北京分行",
    # dates and order text
    "2023年5月6号", "会议定于2023年5月6号下午3点", "5月6号到货", "订单号12345已发货，共3件",
    "您的订单已于5月6号发出，预计3天到达", "第3号选手获得冠军", "购买了2号电池10节", "请于3号楼前集合", "会议在3号楼2层",
    "运单号SF1234567890", "3号线换乘2号线", "乘坐36路公交车", "中山大学2023年招生计划",
    # region names alone, a region or a named place as a clause of running text
    "北京", "高新区", "北京市朝阳区，天气晴", "我们去翠湖花园，玩了一天", "周庄镇，我来了",
    # Japanese prose
    "新宿区で3人が", "今日は渋谷区に行きました", "第2回東京都知事選挙", "大阪市の人口は275万人", "2023年度東京都予算案",
    "品番 ABC-123 東京都限定モデル", "3丁目の夕日", "京都市バス 205系統", "東京都港区にある3つの店舗", "東京都渋谷区の店舗で3人が",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_an_address(expect, text):
    expect(text, "POSTAL_ADDRESS", [])


def test_chinese_address_without_japanese_block_is_the_chinese_recognizer(detector):
    """武进区创新路88号 has no 丁目/番/hyphen: the Japanese recognizer leaves it to the Chinese one."""
    found = detector.analyze("武进区创新路88号")
    assert [(d.recognizer, d.start, d.end) for d in found] == [("ChineseAddressRecognizer", 0, 9)]


def test_every_chinese_detection_holds_the_prefilter_candidate():
    """The Hyperscan prefilter sees CANDIDATE instead of the (too large) patterns: it must be in every detection."""
    rec = ChineseAddressRecognizer()
    for text in ZH_WHOLE:
        tc = TextContext.of(text)
        for d in rec.detect(tc):
            assert rec._candidate.search(tc.text[d.start:d.end])


def test_japanese_prose_particle_does_not_join_a_count():
    """A kana joins a town name only on the way to a block number, not to a count (3つ, 3人)."""
    rec = JapaneseAddressRecognizer()
    assert rec.detect(TextContext.of("東京都港区にある3つの店舗")) == []
