"""Administrative divisions used by the address recognizers (JP prefectures, CN provinces, US states), and the
words Chinese addresses are built from (zones, towns, roads, estates, units) and that end one (quantities)."""

from __future__ import annotations

JP_PREFECTURES = tuple(["北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県"])

CN_PROVINCES = tuple(["北京市", "天津市", "上海市", "重庆市", "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "海南省", "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "青海省", "台湾省", "内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区", "香港特别行政区", "澳门特别行政区", "北京", "上海", "天津", "重庆", "广东", "浙江", "江苏", "四川", "山东", "福建", "湖北", "湖南"])

US_STATES = tuple(["AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR"])

US_STREET_SUFFIXES = tuple(["Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Drive", "Dr", "Lane", "Ln", "Way", "Court", "Ct", "Place", "Pl", "Parkway", "Pkwy", "Highway", "Hwy", "Terrace", "Ter", "Circle", "Cir", "Square", "Sq", "Trail", "Trl", "Loop", "Plaza", "Pike", "Row", "Alley", "Crescent", "Cres", "Expressway", "Fwy", "Freeway"])

# Cities often written without their province, so an address may start with them mid-sentence.
CN_CITIES = tuple(["北京", "上海", "天津", "重庆", "广州", "深圳", "杭州", "南京", "苏州", "成都", "武汉", "西安", "长沙", "郑州", "青岛", "济南", "大连", "沈阳", "厦门", "福州", "宁波", "无锡", "合肥", "昆明", "南宁", "哈尔滨", "长春", "石家庄", "太原", "南昌", "贵阳", "兰州", "海口", "三亚", "珠海", "佛山", "东莞", "中山", "温州", "常州", "徐州", "烟台", "泉州", "惠州", "嘉兴", "绍兴", "台州", "金华", "洛阳"])

# The suffixes of Chinese address parts (longest first is done where they are used). A zone is matched before
# the district '区' it ends with (高新区 is a zone, not a district).
CN_ZONES = tuple(["经济技术开发区", "经济开发区", "技术开发区", "高新技术产业开发区", "开发区", "高新区", "保税区", "工业园区",
                  "工业园", "工业区", "工业城", "科技园区", "科技园", "科技城", "软件园", "产业园区", "产业园", "创业园", "创意园",
                  "物流园", "园区", "新城", "产业基地", "基地", "经济区", "试验区", "自贸区", "商务区", "管理区"])
# 新区 (浦东新区, 滨海新区) ranks as a district.
CN_DISTRICTS = tuple(["新城区", "新区", "城区", "区", "县", "旗"])
CN_TOWNS = tuple(["街道", "镇", "乡", "社区", "村", "嘎查", "屯"])
CN_ROADS = tuple(["大道", "大街", "胡同", "东里", "西里", "南里", "北里", "路", "街", "巷", "弄", "道"])
# Estates and named office buildings place an address below the district even without a number, like a town or
# a zone; the other buildings need a number or another part.
CN_ESTATES = tuple(["大厦", "大楼", "广场", "花园", "小区", "公寓", "写字楼", "商务楼", "家园", "山庄", "苑", "新村"])
CN_BUILDINGS = tuple(["中心", "市场", "商场", "大院", "园", "城", "楼", "厂", "院", "馆", "坊", "阁", "场"])
# What follows a house, building, floor or room number: 12号, 3号楼, 5栋, 16楼, 9层, 1202室, 2单元, 1弄, B座.
CN_UNITS = tuple(["号楼", "号院", "号", "栋", "幢", "座", "楼", "层", "室", "单元", "弄", "巷", "期", "区", "组", "F"])
# After a Chinese numeral only these: 七栋, 九层; 一座, 一区 or 一期 are measure words in running text.
CN_NUMERAL_UNITS = tuple(["号楼", "号院", "号", "栋", "幢", "楼", "层", "室", "单元", "弄"])

# A number followed by one of these counts something (a date, an amount, people, items): it ends an address.
QUANTITY_UNITS = tuple(["年", "月", "日", "時", "时", "分", "秒", "万", "億", "亿", "千", "元", "円", "%", "人", "个", "個", "件",
                        "家", "台", "次", "回", "歳", "岁", "度", "倍", "名", "位", "店", "枚", "点", "つ", "号线", "号線",
                        "路公交", "路车", "km", "kg", "GB", "MB", "TB", "ml", "cm", "mm"])
ORDINAL_UNITS = tuple(["条", "章", "節", "节", "款", "項", "项", "回", "届", "次", "名", "位", "轮", "批"])
