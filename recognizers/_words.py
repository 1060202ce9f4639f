"""Label-word lists shared by several recognizers (EN / JA / ZH)."""

from __future__ import annotations

# Numbers that belong to business records, not people or devices.
BUSINESS_IDS = (
    "order", "invoice", "inv", "tracking", "track", "shipment", "parcel", "waybill", "sku", "barcode",
    "ean", "jan", "isbn", "upc", "transaction", "txn", "trade", "receipt", "ticket", "booking",
    "reservation", "ref", "reference", "batch", "job", "build$", "serial", "seq", "sequence", "item",
    "product", "coupon", "voucher", "amount", "price", "total", "qty", "quantity", "balance", "trace",
    "span$", "request", "req", "commit", "revision", "rev", "hash$", "checksum", "digest", "sha", "md5",
    "timestamp", "epoch", "ts", "elapsed", "duration", "size", "bytes", "count$", "offset", "port$",
    "status", "version", "ver", "uuid", "guid", "nonce", "token",
    "注文", "受注", "伝票", "追跡", "問い合わせ番号", "請求", "商品", "金額", "価格", "合計", "在庫",
    "订单", "单号", "运单", "快递", "物流", "发票", "交易", "流水", "商品", "金额", "价格", "合计", "条码",
)
DEVICE = ("device", "handset", "terminal", "hardware", "hw", "端末", "機種", "设备", "手机设备", "终端", "機器")
