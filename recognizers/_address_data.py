"""Administrative divisions used by the address recognizers (JP prefectures, CN provinces, US states)."""

from __future__ import annotations

JP_PREFECTURES = tuple(["北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県"])

CN_PROVINCES = tuple(["北京市", "天津市", "上海市", "重庆市", "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "海南省", "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "青海省", "台湾省", "内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区", "香港特别行政区", "澳门特别行政区", "北京", "上海", "天津", "重庆", "广东", "浙江", "江苏", "四川", "山东", "福建", "湖北", "湖南"])

US_STATES = tuple(["AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR"])

US_STREET_SUFFIXES = tuple(["Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Drive", "Dr", "Lane", "Ln", "Way", "Court", "Ct", "Place", "Pl", "Parkway", "Pkwy", "Highway", "Hwy", "Terrace", "Ter", "Circle", "Cir", "Square", "Sq", "Trail", "Trl", "Loop", "Plaza", "Pike", "Row", "Alley", "Crescent", "Cres", "Expressway", "Fwy", "Freeway"])

# Cities often written without their province, so an address may start with them mid-sentence.
CN_CITIES = tuple(["北京", "上海", "天津", "重庆", "广州", "深圳", "杭州", "南京", "苏州", "成都", "武汉", "西安", "长沙", "郑州", "青岛", "济南", "大连", "沈阳", "厦门", "福州", "宁波", "无锡", "合肥", "昆明", "南宁", "哈尔滨", "长春", "石家庄", "太原", "南昌", "贵阳", "兰州", "海口", "三亚", "珠海", "佛山", "东莞", "中山", "温州", "常州", "徐州", "烟台", "泉州", "惠州", "嘉兴", "绍兴", "台州", "金华", "洛阳"])
