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
])
def test_os_version(expect, text, spans):
    expect(text, "OS_VERSION", spans)


@pytest.mark.parametrize("text, spans, context", [
    ("network=wifi", ["wifi"], ()),
    ("网络:4G", ["4G"], ()),
    ("connection type LTE", ["LTE"], ()),
    ("5G", ["5G"], ("network_type",)),
    ("uploaded over Wi-Fi", ["Wi-Fi"], ()),
    ("5G phones are popular", [], ()),
    ("camera 5G", [], ()),
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
])
def test_app_id(expect, text, spans, context):
    expect(text, "APP_ID", spans, context)
