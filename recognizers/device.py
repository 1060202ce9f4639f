"""Device facts: model names, OS versions, network types and app (package / bundle) ids."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from recognizers._context import NONE
from recognizers.base import (
    Detection,
    PiiRecognizer,
    TextContext,
    boost,
    embedded,
    join_reason,
    labelled_value,
)
from recognizers.prose import on_log_line

_MODELS = "|".join((
    r"iPhone ?(?:[0-9]{1,2}|X[RS]?|SE)(?: ?(?:Pro Max|Pro|Plus|mini|Max|e))?(?: \((?:[0-9]{1,2}(?:st|nd|rd|th) generation)\))?",
    r"iPhone[0-9]{1,2},[0-9]", r"iPad(?: ?(?:Pro|Air|mini))?(?: [0-9]{1,2}(?:\.[0-9])?(?:-inch)?)?", r"iPad[0-9]{1,2},[0-9]{1,2}",
    r"SM-[A-Z][0-9]{3,4}[A-Z0-9]{0,4}",
    r"Galaxy (?:S|A|M|Note ?|Z ?Fold|Z ?Flip|Tab S)[0-9]{1,2}(?:\+| ?Ultra| ?FE| ?Plus| ?Lite| ?5G)?",
    r"Pixel [0-9]{1,2}(?:a| Pro| XL| Fold)?",
    r"Redmi (?:Note )?[0-9]{1,2}[A-Z]?(?: Pro\+?| Ultra| 5G)?", r"(?:Xiaomi|Mi) [0-9]{1,2}[A-Z]?(?: Pro| Ultra| Lite| T)?",
    r"POCO [A-Z][0-9]{1,2}(?: Pro)?", r"M[0-9]{4}[A-Z][0-9]{1,2}[A-Z]{1,3}",
    r"HUAWEI (?:P|Mate|nova|Y|Pura) ?[0-9]{1,2}(?: Pro\+?| Lite| RS| Pro)?", r"[A-Z]{3}-(?:AL|AN|TL|LX|NX|L|N)[0-9]{1,2}[A-Z]?",
    r"Honor (?:Magic ?)?[0-9]{1,2}[A-Z]?(?: Pro| Lite)?",
    r"OPPO (?:Reno ?[0-9]{1,2}(?: Pro\+?| Z)?|Find X[0-9](?: Pro)?|A[0-9]{1,3}[a-z]?)", r"CPH[0-9]{4}",
    r"vivo (?:X|Y|V|S|iQOO )[0-9]{1,3}[a-z]?(?: Pro\+?)?", r"OnePlus ?(?:[0-9]{1,2}[RT]?(?: Pro)?|Nord(?: [0-9N]{1,3})?)",
    r"Xperia (?:[0-9]{1,2}|XZ[0-9]?|Z[0-9]?)(?: (?:II|III|IV|V|VI))?", r"SO-[0-9]{2}[A-Z]", r"SOG[0-9]{2}", r"XQ-[A-Z]{2}[0-9]{2}",
    r"AQUOS (?:sense|R|wish|zero)[0-9]?(?: (?:lite|basic|plus))?", r"SH-[0-9]{2}[A-Z]", r"SHG[0-9]{2}",
    r"moto (?:g|e|edge)[0-9]{0,2}(?: (?:power|play|plus|stylus))?",
    r"Motorola (?:Edge|Razr|Moto [GE])(?: ?[0-9]{1,3})?(?: (?:Pro|Plus|Ultra|Neo|Fusion|Power|Play|Stylus|5G))?",
    r"Nokia (?:[A-Z][0-9]{1,3}|[0-9]{1,2}\.[0-9])(?: (?:Plus|Pro|5G))?",
    r"ZTE (?:Axon|Blade) ?[A-Z]?[0-9]{1,3}[A-Z]?(?: (?:Pro|Ultra|5G))?",
    r"(?:ASUS )?(?:Zenfone|ROG Phone) ?[0-9]{1,2}(?: (?:Pro|Ultra|Flip|Zoom))?",
    r"Nothing Phone ?\([0-9]a?\)", r"Fairphone ?[0-9]\+?",
    r"[Rr]ealme (?:GT ?)?(?:Neo ?)?[0-9]{1,2}[A-Za-z]?(?: Pro\+?| 5G)?",
    r"LG (?:V|G|K|Q)[0-9]{1,2}(?: ThinQ)?|LG Velvet|LG Wing",
))
# The device field of an Android user agent: 'Linux; Android 13; <model>)' or '... ; ja-jp; <model> Build/…)'.
_UA_MODEL = (r"(?<![A-Za-z])Android [0-9]{1,2}(?:\.[0-9]{1,2}){0,2}; (?:[a-z]{2}[-_][A-Za-z]{2}; )?"
             r"([A-Za-z0-9][A-Za-z0-9 _+.()-]{1,38}?)(?: Build/[^;)]{1,40})?(?=[;)])")
_UA_NOT_MODEL = frozenset({"wv", "mobile", "tablet", "linux", "u", "k"})
_OS = (r"(?:Android|iOS|iPadOS|iPhone OS|CPU OS|HarmonyOS|OpenHarmony|EMUI|MIUI|HyperOS|ColorOS|OxygenOS|One ?UI|"
       r"Windows(?: NT| Phone)?|Mac OS X|macOS|Tizen|KaiOS|watchOS|tvOS|Fire ?OS|Chrome ?OS|Ubuntu)")


# On a machine log line only a key that names a user's device or app speaks for the value after it
# (``device_model=``, ``"appId": "``, an event payload's ``"pkg": "``), not the system's own ``Model:``,
# ``packageName =``, ``Start proc`` or ``calling app is``.
_DEVICE_KEY = re.compile(r"(?:device|phone|handset|mobile|client)[_ -]?model[\"']?\s{0,2}[:=]\s{0,2}[\"']?$", re.I)
_APP_ID_KEY = re.compile(r"(?<![A-Za-z])(?:app|application|bundle|client[_ -]?app)(?:[_ -]?id)?[\"']?\s{0,2}[:=]\s{0,2}[\"']?$"
                         r"|[\"'](?:pkg|package|package[_ -]?name)[\"']\s{0,2}:\s{0,2}[\"']$", re.I)   # an event payload's field


class DeviceModelRecognizer(PiiRecognizer):
    """Handset model names and model codes of the main brands; any model-like value under a model label."""

    ENTITY = "DEVICE_MODEL"
    PATTERNS = (
        Pattern("device model (brand)", rf"(?<![A-Za-z0-9-])(?:{_MODELS})(?![A-Za-z0-9-])", 0.85),
        Pattern("device model (android user agent)", _UA_MODEL, 0.8),
        Pattern("device model (needs label)",
                r"(?<![A-Za-z0-9_-])[A-Za-z][A-Za-z0-9+-]{1,15}(?: [A-Za-z0-9+]{1,10}){0,3}(?![A-Za-z0-9_-])", 0.1),
    )
    CONTEXT = ("model", "devicemodel", "handset", "phonemodel", "機種", "端末モデル", "型番", "机型", "型号", "手机型号", "设备型号")
    NEGATIVE_CONTEXT = ("data", "ml", "ai", "llm", "gpt", "view", "viewmodel", "schema", "table", "product", "car", "vehicle")
    TRIGGERS = frozenset({"alpha"})
    _DIGIT = re.compile(r"[0-9]")

    def judge(self, m: re.Match[str], pattern: Pattern, tc: TextContext) -> Detection | None:
        """Brand patterns and the device field of an Android user agent stand alone; the generic one needs a
        model label and a digit."""
        if pattern.name.endswith("user agent)"):
            start, end = m.span(1)
            model = tc.text[start:end]
            if model.lower() in _UA_NOT_MODEL or not self._DIGIT.search(model) and " " not in model:
                return None
            return self.found(start, end, pattern.score, "device field of an Android user agent")
        pol = tc.polarity(self, m.start())
        if pattern.score >= 0.5:
            if pol.sign < 0:
                return None
            return self.found(m.start(), m.end(), boost(pattern.score, pol, floor=0.95, gain=0.1),
                              join_reason("known model pattern", pol.describe()))
        if pol.sign <= 0 or not self._DIGIT.search(m.group()) or not labelled_value(tc, m.start(), pol):
            return None
        if pol.where != "name" and on_log_line(tc.text, m.start()) and not _DEVICE_KEY.search(tc.window(m.start())):
            return None                       # 'Vendor: … Model: …' on a server log: the machine's own hardware
        return self.found(m.start(), m.end(), 0.75, join_reason("model-like value", pol.describe()))


class OsVersionRecognizer(PiiRecognizer):
    """An operating system name followed by its version (Android 13, iOS 17.1.2, HarmonyOS 4.0); a bare version under an OS key."""

    ENTITY = "OS_VERSION"
    PATTERNS = (
        Pattern("os name + version",
                rf"(?<![A-Za-z]){_OS}[ /_]?v?[0-9]{{1,2}}(?:[._][0-9]{{1,3}}){{0,3}}(?![0-9A-Za-z]|[._][0-9])", 0.85),
        Pattern("bare version (needs os label)", r"(?<![0-9A-Za-z._-])[0-9]{1,2}(?:\.[0-9]{1,3}){0,2}(?![0-9A-Za-z_-]|\.[0-9A-Za-z])", 0.1),
    )
    CONTEXT = ("os", "osversion", "system", "platform", "システム", "系统", "系统版本", "OSバージョン")
    NEGATIVE_CONTEXT = ("app", "sdk", "client", "build$", "firmware", "fw", "api", "lib", "package", "schema", "db")
    TRIGGERS = frozenset({"digit", "alpha"})
    _OS_WORDS = frozenset(("os", "osversion", "系统版本", "OSバージョン"))

    def judge(self, m: re.Match[str], pattern: Pattern, tc: TextContext) -> Detection | None:
        """Named versions stand alone; a bare '14' or '17.2.1' only as the value of an OS version key."""
        pol = tc.polarity(self, m.start())
        if pattern.score >= 0.5:
            pol = pol if pol.sign > 0 else NONE   # negative words guard bare versions only ('the app ... (iOS 17)')
            return self.found(m.start(), m.end(), boost(pattern.score, pol, floor=0.95, gain=0.1),
                              join_reason(pattern.name, pol.describe()))
        if self._nested_version_key(tc) and m.start() == 0 and m.end() == len(tc.text.rstrip()):
            return self.found(m.start(), m.end(), 0.8, join_reason(pattern.name, f"context '{tc.external[1]}.{tc.external[0]}'"))
        if pol.sign <= 0 or pol.word not in self._OS_WORDS or not labelled_value(tc, m.start(), pol):
            return None
        if pol.where != "name" and not self._key_before(tc, m.start()):
            return None
        return self.found(m.start(), m.end(), 0.8, join_reason(pattern.name, pol.describe()))

    _VERSION_KEYS = frozenset(("version", "ver", "v", "release", "version name", "version string"))

    def _nested_version_key(self, tc: TextContext) -> bool:
        """The whole value of a version key right under an OS key: ``{"os": {"name": "Android", "version": "14"}}``."""
        ext = tc.external
        return len(ext) >= 2 and ext[0] in self._VERSION_KEYS and ext[1].split()[-1:] in (["os"], ["osversion"])

    _KEY = re.compile(r"(?:\bos|OS)[ _.-]?(?:version|ver|v)?[\"']?\s{0,2}[:=：]\s{0,2}[\"']?$|系统版本[:：]?$|OSバージョン[:：]?$",
                      re.IGNORECASE)

    def _key_before(self, tc: TextContext, start: int) -> bool:
        """True when the key right before the value names the OS version (os=, "osVersion": ", os_ver: )."""
        return bool(self._KEY.search(tc.text, max(0, start - 24), start))


_REVERSED_TLDS = "com|org|net|io|jp|cn|kr|tw|hk|de|fr|uk|me|tv|in|br|ru|co"

_NETWORK_VALUES = (r"wi-?fi|wlan|[2-5]g(?:[ -]?(?:nsa|sa|nr|lte))?|lte(?:-a)?|nr|edge|gprs|umts|hspa\+?|wcdma|cdma|"
                   r"ethernet|cellular|mobile(?: data)?|4g\+")


class NetworkTypeRecognizer(PiiRecognizer):
    """Network types (wifi, 4G, LTE, 5G ...) under a network / connection label."""

    ENTITY = "NETWORK_TYPE"
    FLAGS = re.IGNORECASE
    PATTERNS = (
        Pattern("network type after on/via/over (medium)",
                r"(?<![A-Za-z])(?:on|via|over|using|through) (wi-?fi|[2-5]g|lte|cellular|ethernet|mobile data)(?![A-Za-z0-9])", 0.7),
        Pattern("network type (needs label)", rf"(?<![A-Za-z0-9]){_NETWORK_VALUES}(?![A-Za-z0-9])", 0.1),
    )
    CONTEXT = ("network", "net", "nettype", "networktype", "connection", "conn$", "connectivity", "radio", "bearer",
               "access", "ネットワーク", "回線", "通信", "接続", "网络", "网络类型", "联网", "连接")
    NEGATIVE_CONTEXT = ("model", "version", "ver", "camera", "speed", "plan")
    TRIGGERS = frozenset({"alpha", "digit"})

    def judge(self, m: re.Match[str], pattern: Pattern, tc: TextContext) -> Detection | None:
        """A network label must be the nearest label, or the value follows 'on' / 'via'."""
        if pattern.score >= 0.5:
            return self.found(*m.span(1), pattern.score, pattern.name)
        if embedded(tc.text, m.start(), m.end(), "-_"):
            return None                       # part of a name: ssid "Home-5G", plan "P-5G-UNL"
        pol = tc.polarity(self, m.start())
        if pol.sign <= 0:
            return None
        return self.found(m.start(), m.end(), 0.85, join_reason("network type value", pol.describe()))


class AppIdRecognizer(PiiRecognizer):
    """Android package names and iOS bundle ids (reverse-domain) under an app / package / bundle label."""

    ENTITY = "APP_ID"
    PATTERNS = (
        Pattern("reverse-domain id (needs label)",
                r"(?<![A-Za-z0-9_.])[a-z][a-z0-9_]{1,30}(?:\.[A-Za-z][A-Za-z0-9_-]{0,30}){2,5}(?![A-Za-z0-9_]|\.[A-Za-z0-9])",
                0.1),
        # two labels only when the first is a top-level domain: com.whatsapp, jp.naver (never a host name)
        Pattern("two-label reverse-domain id (needs label)",
                rf"(?<![A-Za-z0-9_.])(?:{_REVERSED_TLDS})\.[a-z][a-z0-9_]{{1,30}}(?![A-Za-z0-9_]|\.[A-Za-z0-9])", 0.1),
        # the app's own user agent (Alamofire and many SDKs): 'MiauMall/5.12.3 (com.miaumall.shop; build:51203; iOS 17.2)'
        Pattern("app id in a user agent (strong)",
                r"(?<![A-Za-z0-9_.-])[A-Za-z][A-Za-z0-9_.-]{0,40}/[0-9][0-9A-Za-z.]{0,20} \(([a-z][a-z0-9_]{1,30}(?:\.[A-Za-z][A-Za-z0-9_-]{0,30}){1,5})"
                r"; ?(?:build|Build|iOS|iPadOS|Android|CFNetwork|Darwin|[0-9])",
                0.85),
    )
    CONTEXT = ("app", "appid", "application", "applicationid", "package", "pkg", "packagename", "bundle", "bundleid",
               "client", "process", "proc$", "アプリ", "アプリID", "パッケージ", "应用", "应用id", "包名", "应用包名")
    NEGATIVE_CONTEXT = ("class", "logger", "exception", "error", "at", "import", "host", "domain", "url", "server",
                        "email", "file", "module", "namespace")
    TRIGGERS = frozenset({"alpha"})
    _TLD_TAIL = re.compile(r"\.(?:com|net|org|io|jp|cn|co|html?|php|js|json|xml|txt|log|png|jpg|gz)$")

    def judge(self, m: re.Match[str], pattern: Pattern, tc: TextContext) -> Detection | None:
        """Labelled, not a host name, file name or Java class path; the app's own user agent names it alone."""
        if pattern.score >= 0.5:
            start, end = m.span(1)
            value = tc.text[start:end]
            if self._TLD_TAIL.search(value) or value.split(".")[0] == "www":
                return None
            return self.found(start, end, pattern.score, "app id in a user agent")
        value = m.group()
        labels = value.split(".")
        if len(labels) == 2 and labels[1] in _REVERSED_TLDS.split("|"):
            return None                       # co.jp, com.cn: a domain suffix
        if self._TLD_TAIL.search(value) or any(lab[:1].isupper() for lab in labels) or labels[0] == "www":
            return None
        pol = tc.polarity(self, m.start())
        if pol.sign <= 0:
            return None
        if pol.where != "name" and on_log_line(tc.text, m.start()) and not _APP_ID_KEY.search(tc.window(m.start())):
            return None                       # a system log names its own processes and packages, not a user's app
        return self.found(m.start(), m.end(), 0.85, join_reason("reverse-domain app id", pol.describe()))
