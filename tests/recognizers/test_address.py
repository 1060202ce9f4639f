"""Postal addresses: Japanese, Chinese and US; the span covers the address."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, spans, context", [
    ("送付先：〒150-0043 東京都渋谷区道玄坂1-2-3 渋谷ビル5F まで", ["〒150-0043 東京都渋谷区道玄坂1-2-3 渋谷ビル5F"], ()),
    ("住所は大阪府大阪市北区梅田2丁目4番9号です", ["大阪府大阪市北区梅田2丁目4番9号"], ()),
    ("横浜市中区山下町1-2", ["横浜市中区山下町1-2"], ()),
    ("收货地址：广东省深圳市南山区科技园路123号，电话", ["广东省深圳市南山区科技园路123号"], ()),
    ("请寄到南京市鼓楼区中山北路569号华润大厦A座，谢谢", ["南京市鼓楼区中山北路569号华润大厦A座"], ()),
    ("北京市朝阳区建国路88号3栋1202室", ["北京市朝阳区建国路88号3栋1202室"], ()),
    ("ship to 123 Main St, Springfield, IL 62704 today", ["123 Main St, Springfield, IL 62704"], ()),
    ("4500 W Sunset Blvd, Apt 4B, Los Angeles, CA 90027", ["4500 W Sunset Blvd, Apt 4B, Los Angeles, CA 90027"], ()),
    ("77 Broadway, Boston, MA", ["77 Broadway, Boston, MA"], ()),
    ("東京都の天気", [], ()),                                  # a prefecture alone
    ("東京都渋谷区", [], ()),                                   # region only, no label
    ("東京都渋谷区", ["東京都渋谷区"], ("address",)),             # region only, labelled
    ("3 items in stock", [], ()),
    ("神奈川県横浜市西区みなとみらい2丁目27番1号\n", ["神奈川県横浜市西区みなとみらい2丁目27番1号"], ()),   # hiragana town
    ("東京都港区六本木６－１０－１", ["東京都港区六本木６－１０－１"], ()),                     # full-width block number
    ("请把货寄到天河区体育西路709号金融中心7单元2007，收件人", ["天河区体育西路709号金融中心7单元2007"], ()),   # no city
    ("鼓楼区中山北路224号", ["鼓楼区中山北路224号"], ()),
    ("他在朝阳区工作", [], ()),                                                              # a district alone
    ("ship to 1-2-3 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023.", ["1-2-3 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023"], ()),
    ("Apt 388, 4-19-12 Umeda Kita-ku Osaka 530-0001, Japan", ["Apt 388, 4-19-12 Umeda Kita-ku Osaka 530-0001, Japan"], ()),
    ("2-26-14 Sakuragicho, Omiya-ku, Saitama-shi 330-0854", ["2-26-14 Sakuragicho, Omiya-ku, Saitama-shi 330-0854"], ()),
    ("zip=160-0023 zone=5", [], ()),                                                          # a postal code alone
    ("本社：神奈川県相模原市緑区橋本９丁目８番７号", ["神奈川県相模原市緑区橋本９丁目８番７号"], ()),
    ("愛知郡東郷町大字春木９９９－１", ["愛知郡東郷町大字春木９９９－１"], ()),                # a county, no prefecture
    ("公司地址：昆山市玉山镇前进西路99号", ["昆山市玉山镇前进西路99号"], ()),
    ("湖塘镇长虹路88号科技大厦六层", ["湖塘镇长虹路88号科技大厦六层"], ()),                    # starts with a town
    ("金桥路1888弄12号", ["金桥路1888弄12号"], ()),                                           # starts with the road
    ("福建省厦门市思明区", ["福建省厦门市思明区"], ()),                                        # regions as a whole value
    ("他们上周去了思明区", [], ()),
    ("厦门市某某贸易有限公司", [], ()),                                                       # a company
    ("2024年3月8号", [], ()),                                                                # a date
    ("build 1-2-3 Release", [], ()),
])
def test_address(expect, text, spans, context):
    expect(text, "POSTAL_ADDRESS", spans, context)


def test_phone_inside_address_line_is_kept(detector):
    text = "住所:東京都港区六本木1-2-3 電話:03-1234-5678"
    assert sorted(d.entity for d in detector.analyze(text)) == ["PHONE_NUMBER", "POSTAL_ADDRESS"]
