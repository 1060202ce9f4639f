"""Device model, OS version, network type and app id."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, spans, context", [
    ("sent from my iPhone 14 Pro", ["iPhone 14 Pro"], ()),
    ("(Linux; Android 13; SM-G991B)", ["SM-G991B"], ()),
    ("Pixel 7 and Redmi Note 12", ["Pixel 7", "Redmi Note 12"], ()),
    ("HUAWEI P40 / ELS-AN00", ["HUAWEI P40", "ELS-AN00"], ()),
    ("機種:AQUOS sense7", ["AQUOS sense7"], ()),
    ("model: XQ-BC72", ["XQ-BC72"], ()),
    ("ZX-9000", ["ZX-9000"], ("device_model",)),
    ("the data model v2", [], ()),
    # brands beyond the big ones
    ("device=Nokia G42", ["Nokia G42"], ()),
    ("Nothing Phone (2), Motorola Edge 40, ZTE Axon 40 Ultra, Zenfone 10, Fairphone 4",
     ["Nothing Phone (2)", "Motorola Edge 40", "ZTE Axon 40 Ultra", "Zenfone 10", "Fairphone 4"], ()),
    # the device field of an Android user agent, whatever the brand's code looks like
    ("Mozilla/5.0 (Linux; Android 14; 2201117TG) AppleWebKit/537.36", ["2201117TG"], ()),
    ("Mozilla/5.0 (Linux; U; Android 4.4.2; en-us; GT-I9505 Build/KOT49H) AppleWebKit/534.30", ["GT-I9505"], ()),
    ("Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36", [], ()),              # reduced UA: no model
])
def test_device_model(expect, text, spans, context):
    expect(text, "DEVICE_MODEL", spans, context)


@pytest.mark.parametrize("text, spans", [
    ("Android 13", ["Android 13"]),
    ("iOS 17.1.2 update", ["iOS 17.1.2"]),
    ("CPU iPhone OS 17_1_2 like Mac OS X", ["iPhone OS 17_1_2"]),
    ("HarmonyOS 4.0", ["HarmonyOS 4.0"]),
    ("Windows 11", ["Windows 11"]),
    ("android app", []),
    ("The app crashes on my Pixel 7 (MIUI 13).", ["MIUI 13"]),        # 'app' guards bare versions only
    ('{"osVersion":"14","appVersion":"5.1"}', ["14"]),
    ("os_ver: 17.2.1 build 20240311", ["17.2.1"]),
    ("os=Android 14 v=3", ["Android 14"]),                            # '3' is not the os key's value
    ('{"appVersion":"5.12.0","sdk":"34"}', []),
])
def test_os_version(expect, text, spans):
    expect(text, "OS_VERSION", spans)


@pytest.mark.parametrize("value, context, spans", [
    ("14", ("os_version", "devices"), ["14"]),
    ("17.2.1", ("osVersion", "t_user"), ["17.2.1"]),
    ("5.12.0", ("app_version", "devices"), []),
    ("3.1", ("sdk_ver", "devices"), []),
    ("14", ("version", "os", "payload", "device_telemetry"), ["14"]),      # JSON {"os": {"version": "14"}}
    ("5.1", ("version", "app", "os_info", "t"), []),                      # app.version, though the column says os
])
def test_bare_os_version_under_os_column(expect, value, context, spans):
    expect(value, "OS_VERSION", spans, context)


@pytest.mark.parametrize("text, spans, context", [
    ("network=wifi", ["wifi"], ()),
    ("网络:4G", ["4G"], ()),
    ("connection type LTE", ["LTE"], ()),
    ("5G", ["5G"], ("network_type",)),
    ("uploaded over Wi-Fi", ["Wi-Fi"], ()),
    ("5G phones are popular", [], ()),
    ("camera 5G", [], ()),
    ("NetworkAgentInfo [MOBILE () - 209] validation passed", ["MOBILE"], ()),
    ('"carrier":"China Mobile"', [], ()),                                # an operator, not a network type
    ('WifiClient: connected ssid="Home-5G" rssi=-61', [], ()),          # 'connected' is no label; 5G is in a name
    ("P-5G-UNL", [], ("network_type",)),                                 # a plan code under a network column
    ("conn=4G", ["4G"], ()),
])
def test_network_type(expect, text, spans, context):
    expect(text, "NETWORK_TYPE", spans, context)


@pytest.mark.parametrize("text, spans, context", [
    ("app_id=com.miaumall.app", ["com.miaumall.app"], ()),
    ('{"bundleId": "jp.co.miau.shop"}', ["jp.co.miau.shop"], ()),
    ("包名：com.tencent.mm", ["com.tencent.mm"], ()),
    ("com.miaumall.app", ["com.miaumall.app"], ("package_name",)),
    ("at com.miaumall.order.OrderService.create", [], ()),
    ("host api.miaumall.com", [], ("app",)),
    ("logger com.miaumall.payment.gateway", [], ()),
    ("E AndroidRuntime: Process: com.tencent.mm, PID: 27011", ["com.tencent.mm"], ()),   # logcat crash header
    ("ActivityManager: Start proc 7571:com.sankuai.meituan/u0a154 for activity", ["com.sankuai.meituan"], ()),
    ("token rejected for app com.whatsapp on iOS 17.2", ["com.whatsapp"], ()),     # two labels, TLD first
    ("app: co.jp", [], ()),                                                        # a domain suffix
    ("MiauMall/5.12.3 (com.miaumall.shop; build:51203; Android 14) okhttp/4.12.0", ["com.miaumall.shop"], ()),
    ("Shop/2.0 (jp.co.miau.app; build:7; iOS 17.2) Alamofire/5.8.1", ["jp.co.miau.app"], ()),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64)", [], ()),
])
def test_app_id(expect, text, spans, context):
    expect(text, "APP_ID", spans, context)
