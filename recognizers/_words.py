"""Word lists shared by several recognizers: label words (EN / JA / ZH) and everyday words that are no names."""

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

# Identifiers of machines, processes and storage: a number after one of these (``pid=``, ``blk_``,
# ``thread 12``) counts something, it is not a card or a phone number.
MACHINE_IDS = (
    "id", "ids", "pid", "ppid", "tid", "gid", "sid", "uid", "euid", "blk", "block", "blocks", "inode", "ino",
    "thread", "threads", "proc", "process", "counter", "cnt", "idx", "index", "handle", "fd", "lease", "txid",
    "xid", "lsn", "jobid", "taskid", "instance", "container", "session", "sessionid", "nonce", "seqno", "hex",
)



def _words(text: str) -> list[str]:
    """The whitespace-separated words of a word list written as a block of text."""
    return text.split()


# Everyday English and technical words that are no personal names: a capitalised phrase holding one
# of them ('Normal Sleep', 'Interrupt Link', 'Clock Mode', 'Power Button') names a thing, not a
# person. Words that are also common given names or surnames (Mark, Grant, Long, White) are left
# out, and the name dictionaries win over this list where both hold a word.
COMMON_WORDS = frozenset(_words("""
able abort aborted absent accept accepted access account action actions activate activated active activity adapter add
added address admin advanced agent alarm alert all allocate allocated allocation allow allowed analysis app append
application apply archive area array assert attach attached attempt audio audit auth authentication auto automatic
available average back background backup bad balance bandwidth bank base basic batch battery begin binary bind bit
block blocked board body book boot bound box branch break bridge brightness broadcast browser buffer bug build builder
built bus busy button byte bytes cable cache call callback camera cancel cancelled capacity capture card case cause
cell center central chain change changed channel charge charger chassis check checked checker child chip chunk class
clean cleanup clear client clock close closed cloud cluster code cold collect collection collector column command
commit common communication compact compile compiler complete completed component compute computer condition config
configuration configure configured confirm conflict connect connected connection connector console consumer contact
container content context control controller convert copy core correct corrected correction count counter crash
create created critical cross current cursor custom cycle daemon dark data database date deadline debug decode
default defer delay delete deleted delivery demand deny deploy deployment depth desktop detail detect detected device
dialog digital direct directory disable disabled disconnect disconnected disk dispatch dispatcher display dock domain
done double down download drive driver drop dropped dump duplicate duration dynamic early edge edit editor effect
element empty enable enabled encode encoder end endpoint energy engine entry environment error errors event events
exception exchange exec execute executor exit expand expected expire expired export extension external fail failed
failure false fan fast fatal fault feature fetch field file files filter final finish finished firmware first fix
fixed flag flash flow flush folder font force format forward frame free full function gate gateway general generic
global graph graphics group guard halt handler hard hardware hash head header health heap heartbeat help helper
hibernate hidden high history hit hold home hook host hot hub idle image import index info information init initial
input insert install installer instance instruction interface internal interrupt interval invalid item job journal
kernel key keyboard kill label lag large last latency launch launcher layer layout leak level library lid lifecycle
light limit line link list listen listener load loaded loader local location lock locked log logger logging logic
logical login logout loop lost low machine main maintenance manager manual map mapping mask master match max maximum
media medium memory menu merge message meta method metric metrics midplane min minimum mirror miss missing mode model
modified module monitor mount mouse move multi name native network new next node noise none normal notice
notification null number object off offline offset old online open operation operator optical option options order
origin output overflow owner package packet page panel panic parallel parameter parent parity parse parser part
partition pass password patch path pause peak pending performance period permission phase physical pipe pipeline
platform player plugin point pointer policy poll pool port post power preference preferences prefetch primary print
printer priority private probe process processor producer profile program progress project protocol provider proxy
public pull push query queue quick quota radio random range rate read reader ready real rebuild reboot receive received
receiver record recovery redirect reference refresh region register registry release remote remove removed render
renderer repair replace replica reply report request required reserve reset resolve resource response restart restore
result resume retry return ring role root rotate route router rule run running runtime safe sample save saved scan
scanner schedule scheduler schema scope screen script search secondary section sector secure security segment select
send sender sensor sent serial server service session set setting settings setup shadow shared shell shift short
shutdown signal simple single size sleep slot slow small snapshot socket soft software sound source space speaker
speed spool stack stage standby start started startup state static status step stop stopped storage store stream
strict string strong submit success successful summary supply support suspend swap switch sync system table tag
target task temperature template temporary terminal test text thermal thread threshold throttle tick time timeout
timer title token tool top total touch trace tracker traffic transaction transfer transport trap tree trigger true
trust trusted type unavailable unit unknown unload unlock update updated upgrade upload usage user utility valid
validate value variable vector verify version video view virtual voltage volume wait wake warm warning watch
watchdog web window wireless word work worker wrapper write writer zone
good great big fine okay poor wrong better worse major minor general special standard extended enhanced legacy
upper lower left right front rear inner outer bottom middle over under
""")) | frozenset(
    # capitalised participles that open log messages: 'Starting', 'Loaded', 'Took'
    f"{stem}{ending}" for stem in _words("""
    start stopp load receiv send open clos delet remov register initializ connect shut us process wait check updat
    sett gett add terminat schedul submitt execut launch assign accept reject complet creat fetch pars read writ
    mount unmount allocat releas retry retri resum suspend reset restor sav flush sync recover enabl disabl
    """) for ending in ("ing", "ed")) | frozenset(("took", "got", "found", "sent", "lost", "made", "done"))
