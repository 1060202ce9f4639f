"""Line templates for the labelled corpus: log lines, JSON records and support-mail prose in EN/JA/ZH.

``{SLOT}`` plants a labelled value (see ``tests.corpus.SLOTS``); ``{~name}`` plants a look-alike
that must not be reported. Templates vary the label words, their distance and their
absence on purpose, so that neither side is tuned to one phrasing.
"""

from __future__ import annotations

LOG_EN = (
    "{~iso} INFO  [device-svc] registered handset imei={IMEI} model={MODEL} os={OS} net={NET}",
    "{~iso} WARN  auth: login from {IP} for user {EMAIL} took {~dur}",
    "{~iso} DEBUG push token refresh android_id={AID} app={APP} status={~status}",
    "{~iso} INFO  sim change detected IMSI {IMSI} on device {IMEI}",
    "{~iso} ERROR payment declined card={CARD} order_id={~order} amount={~price}",
    "{~iso} INFO  order {~order} shipped, tracking {~track}, total {~price}",
    "{~iso} INFO  GET /api/v2/orders/{~order} {~status} {~dur} trace_id={~hex16} span_id={~hex16}",
    "{~iso} INFO  wifi assoc mac={MAC} bssid={MAC} rssi=-61 ch=36",
    "{~iso} INFO  deploy {~rev} version {~ver4} on {~host}:{~port}",
    "{~iso} DEBUG upstream {IP}:{~port} responded {~status} in {~dur}",
    "{~iso} INFO  sha256={~sha256} artifact=libmiau/{~ver4}",
    "{~iso} INFO  request_id={~uuid} user_agent=\"Mozilla/5.0 (Linux; {OS}; {MODEL}) AppleWebKit/537.36\"",
    "{~iso} INFO  sms sent to {PHONE} (template=otp, {~dur})",
    "{~iso} INFO  profile updated: dob={DOB} gender={GENDER} age={AGE}",
    "{~iso} WARN  geo lookup {LOC} for session {~uuid}",
    "{~iso} INFO  Set-Cookie: sessionid={COOKIE}; Path=/; HttpOnly",
    "{~iso} INFO  barcode {~ean} scanned, sku {~int}, qty {~int}",
    "{~iso} DEBUG snmp walk oid {~oid} ok",
    "{~iso} INFO  cache hit key=user:{~hex16} ttl={~int}s",
    "{~iso} ERROR at {~jclass}.process({~int}) caused by timeout after {~dur}",
    "{~iso} INFO  invoice {~luhn16} paid {~price}",
    "{~iso} INFO  device reported ssaid {AID}, network {NET}, carrier NTT",
    "{~iso} INFO  lat/lng {LOC} accuracy {~int}m",
    "{~iso} INFO  new signup {EMAIL} from {IP} phone {PHONE}",
    "{~iso} INFO  ts={~ts} event=app_open app_id={APP} device_model={MODEL}",
    "{~iso} INFO  handset {MODEL} running {OS} reported crash {~uuid}",
    "{~iso} INFO  eth0 link up hwaddr {MAC}",
    "{~iso} INFO  refund for {~order} issued to card ending in {~int}",
    "{~iso} WARN  rate limited {IP} ({~int} req/min)",
    "{~iso} INFO  build {~rev} passed, commit {~sha1}",
)

JSON = (
    '{{"user": {{"name": "{NAME_EN}", "email": "{EMAIL}", "phone": "{PHONE}"}}, "order_id": "{~order}"}}',
    '{{"device": {{"imei": "{IMEI}", "imsi": "{IMSI}", "mac": "{MAC}", "model": "{MODEL}"}}, "ts": {~ts}}}',
    '{{"androidId": "{AID}", "osVersion": "{OS}", "networkType": "{NET}", "appId": "{APP}"}}',
    '{{"trace_id": "{~hex16}", "span_id": "{~hex16}", "duration_ms": {~int}, "status": {~status}}}',
    '{{"customer": {{"full_name": "{NAME_EN}", "birthday": "{DOB}", "gender": "{GENDER}"}}}}',
    '{{"shipping_address": "{ADDR_US}", "tel": "{PHONE_US}", "sku": "{~ean}"}}',
    '{{"client_ip": "{IP}", "x_request_id": "{~uuid}", "latency": "{~dur}"}}',
    '{{"payment": {{"card_number": "{CARD}", "amount": "{~price}", "invoice": "{~luhn16}"}}}}',
    '{{"location": {{"lat": {LAT}, "lng": {LNG}}}, "accuracy": {~int}}}',
    '{{"iban": "{IBAN}", "holder": "{NAME_EN}", "reference": "{~order}"}}',
    '{{"sns": {{"twitter": "{SOCIAL}"}}, "age": {AGE}}}',
    '{{"cookie_id": "{COOKIE}", "page": "/cart", "version": "{~ver4}"}}',
    '{{"receiver": "{NAME_ZH}", "mobile": "{PHONE_CN}", "address": "{ADDR_CN}"}}',
    '{{"氏名": "{NAME_JA}", "電話番号": "{PHONE_JP}", "住所": "{ADDR_JP}"}}',
    '{{"commit": "{~sha1}", "md5": "{~md5}", "size": {~int}}}',
    '{{"wifi_mac": "{MACBARE}", "device_id": "{AID}"}}',
)

MAIL_EN = (
    "Hi {NAME_EN}, thanks for contacting MiauMall support. We will call you back at {PHONE} within {~int} hours.",
    "Dear {NAME_EN}, your order {~order} was shipped to {ADDR_US} and will arrive soon.",
    "Please update my email to {EMAIL}; my old phone number was {PHONE_US}.",
    "My son was born on {DOB}, can I register him? He is {AGE} years old now.",
    "I paid with my card {CARD} but the order page still shows {~price}.",
    "The app crashes on my {MODEL} ({OS}). My IMEI is {IMEI} if that helps.",
    "Customer {NAME_EN} ({EMAIL}) asked to delete the account created on {~date}.",
    "Ticket {~int}: user reports login issues from IP {IP} since {~date}.",
    "Please send the replacement to {ADDR_US}. Regards, {NAME_EN}",
    "You can also reach me on Instagram {SOCIAL} or by phone {PHONE_US}.",
    "Version {~ver4} fixed the bug; release notes at https://{~host}/notes, build {~rev}.",
    "The refund of {~price} was sent, reference {~luhn16}, tracking number {~track}.",
    "Hello, this is {NAME_EN}. My date of birth is {DOB} and my member email is {EMAIL}.",
    "Contact {NAME_EN} at {EMAIL} or {PHONE} for the {~product} recall.",
    "We could not verify your IBAN {IBAN}, please check it and reply.",
    "The courier tried to deliver to {ADDR_US} at {~dur} past noon but nobody answered.",
    "Her phone is a {MODEL} on {NET} and the device MAC is {MAC}.",
    "Reach me at {PHONE_US} after 6pm, or write to {EMAIL}.",
    "{NAME_EN} wrote: the parcel for {ADDR_US} never arrived.",
    "Thanks {NAME_EN}! I've updated the shipping address to {ADDR_US}.",
    "Login alert: new sign-in from {IP} on {MODEL} ({OS}).",
)

LOG_JA = (
    "{~iso} INFO 端末登録 IMEI:{IMEI} 機種:{MODEL} OS:{OS}",
    "{~iso} INFO 会員登録 氏名:{NAME_JA} 電話:{PHONE_JP} メール:{EMAIL}",
    "{~iso} WARN 配送先住所 {ADDR_JP} への配達に失敗 伝票番号 {~track}",
    "{~iso} INFO 注文番号{~order}の決済が完了しました 金額{~price}",
    "{~iso} INFO 生年月日:{DOB} 性別:{GENDER} 年齢:{AGE}",
    "{~iso} DEBUG 接続元IP {IP} ステータス {~status} 処理時間 {~dur}",
)

MAIL_JA = (
    "{NAME_JA}様 いつもミャウモールをご利用いただきありがとうございます。ご注文{~order}を発送しました。",
    "お届け先：{ADDR_JP} 電話番号：{PHONE_JP} までご連絡ください。",
    "携帯{PHONE_JP}に何度か電話しましたが繋がりませんでした。",
    "電話:{PHONE_JP}です。配送先は{ADDR_JP}でお願いします。",
    "{NAME_JA}さんから返品の問い合わせがありました。商品番号{~ean}、価格{~price}。",
    "誕生日は{DOB}です。クーポンが届いていません。",
    "ご利用の端末（{MODEL}、{OS}）ではアプリの最新版{~ver4}をご利用ください。",
    "メールアドレス {EMAIL} 宛に確認メールを送信しました。",
    "お客様のカード番号{CARD}は有効期限切れです。",
    "担当の{NAME_JA}が{~date}に折り返しご連絡いたします。",
    "{ADDR_JP}に住んでいる{NAME_JA}です。連絡は{PHONE_JP}まで。",
    "ログイン通知：{IP}から新しいログインがありました（{MODEL}）。",
)

LOG_ZH = (
    "{~iso} INFO 设备注册 IMEI:{IMEI} 型号:{MODEL} 系统:{OS} 网络:{NET}",
    "{~iso} INFO 用户下单 收件人:{NAME_ZH} 手机:{PHONE_CN} 地址:{ADDR_CN}",
    "{~iso} INFO 订单号{~order}已支付 金额{~price} 运单号{~track}",
    "{~iso} WARN 登录IP {IP} 设备MAC {MAC} 失败次数 {~int}",
    "{~iso} INFO 出生日期:{DOB} 性别:{GENDER} 年龄:{AGE}",
    "{~iso} DEBUG 请求ID {~uuid} 耗时 {~dur} 状态 {~status}",
)

MAIL_ZH = (
    "您好，{NAME_ZH}先生，您的订单{~order}已发货，快递单号{~track}。",
    "联系人：{NAME_ZH}，电话{PHONE_CN}，收货地址：{ADDR_CN}",
    "我的手机号是{PHONE_CN}，邮箱{EMAIL}，请尽快回复。",
    "请寄到{ADDR_CN}，谢谢！",
    "客户{NAME_ZH}反馈银行卡{CARD}扣款两次，金额{~price}。",
    "我的微信是{SOCIAL}，生日{DOB}。",
    "{NAME_ZH}女士来电{PHONE_CN}咨询退货，商品条码{~ean}。",
    "麻烦寄到{ADDR_CN}，收件人{NAME_ZH}，手机{PHONE_CN}。",
    "您的账号在{IP}登录，设备{MODEL}，如非本人操作请修改密码。",
)

NEGATIVE_ONLY = (
    "{~iso} INFO  GET /health {~status} {~dur}",
    "{~iso} INFO  order {~order} created at {~ts}, total {~price}",
    "{~iso} DEBUG trace={~hex16} span={~hex16} parent={~hex16}",
    "{~iso} INFO  artifact sha1 {~sha1} md5 {~md5} size {~int}KB",
    "{~iso} INFO  upgraded from v{~ver4} to version {~ver4}",
    "{~iso} INFO  job {~uuid} finished in {~dur} (exit {~int})",
    "{~iso} INFO  tracking {~track} handed to carrier, invoice {~luhn16}",
    "{~iso} INFO  scanned EAN {~ean}, price {~price}",
    "{~iso} INFO  batch {~order} rows={~int} elapsed={~dur}",
    "Release {~ver4} ({~rev}) published on {~date}.",
    "商品「{~product}」の価格は{~price}です。在庫{~int}点。",
    "订单{~order}已于{~date}完成，共{~int}件商品，合计{~price}。",
    "{~iso} INFO  snmp oid {~oid} value {~int}",
    "{~iso} INFO  ts {~ts} cpu {~int}% mem {~int}% load {~dur}",
    "{~iso} WARN  retry {~int}/5 for {~jclass} after {~dur}",
    "{~iso} INFO  {~host} resolved in {~dur}, status {~status}",
    "Meeting moved to {~date}; see doc rev {~rev}.",
    "Invoice INV-2024-{~int}{~int} for PO 45000{~int}{~int} is due on {~date}.",
    "{~iso} INFO  room 12{~int}, floor {~int}, badge {~hex16} accepted",
    "{~iso} DEBUG p99 latency {~dur}, p50 {~dur}, errors {~int}/{~int}",
    "Ticket #{~order}: customer asked about the {~product}, closed with status {~status}.",
    "{~iso} INFO  queue depth {~int} at {~ts}, consumer lag {~int}",
    "配送状況：{~date} 出荷済み（伝票番号 {~track}）",
    "库存同步完成，SKU {~ean}，数量{~int}，耗时{~dur}",
)

FAMILIES = {"log_en": LOG_EN, "json": JSON, "mail_en": MAIL_EN, "log_ja": LOG_JA, "mail_ja": MAIL_JA, "log_zh": LOG_ZH,
            "mail_zh": MAIL_ZH, "negative": NEGATIVE_ONLY}
