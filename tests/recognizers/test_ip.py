"""IP addresses: v4 and v6; versions, OIDs and dotted numbers are not addresses."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, spans, context", [
    ("login from 203.0.113.7 failed", ["203.0.113.7"], ()),
    ("client_ip=10.0.0.12:8080", ["10.0.0.12"], ()),
    ("接続元IP192.168.1.20です", ["192.168.1.20"], ()),
    ("peer 2001:db8:85a3::8a2e:370:7334 up", ["2001:db8:85a3::8a2e:370:7334"], ()),
    ("fe80::1ff:fe23:4567:890a%eth0", ["fe80::1ff:fe23:4567:890a%eth0"], ()),
    ("upstream 2001:db8:7934:2e18:fe8b:28ef:bf8a:b0a3:8080", ["2001:db8:7934:2e18:fe8b:28ef:bf8a:b0a3"], ()),
    ("version 2.14.3.1", [], ()),
    ("v2.14.3.1", [], ()),
    ("libfoo/2.14.3.1", [], ()),
    ("oid 1.3.6.1.4.1.2021.10", [], ()),
    ("1.2.3.4.5", [], ()),
    ("256.1.1.1", [], ()),
    ("at 12:30:45", [], ()),
    ("std::vector", [], ()),
    ("3c:22:fb:12:ab:cd", [], ()),
])
def test_ip(expect, text, spans, context):
    expect(text, "IP_ADDRESS", spans, context)


def test_ipv6_after_fullwidth_colon(found):
    assert found("ログイン通知：2400:d94c:cad8::8548から", "IP_ADDRESS") == ["2400:d94c:cad8::8548"]


def test_ip_in_snmpd_log(expect):
    text = "snmpd[5005]: Connection from UDP: [183.184.127.62]:8628->[10.1.2.3]:161 oid 1.3.6.1.4.1"
    expect(text, "IP_ADDRESS", ["183.184.127.62", "10.1.2.3"])


@pytest.mark.parametrize("text, spans", [
    ("mapped ::ffff:198.51.100.23 here", ["::ffff:198.51.100.23"]),          # IPv4-mapped: one address
    ("nat64 64:ff9b::203.0.113.9", ["64:ff9b::203.0.113.9"]),
    ("compat ::10.20.30.40", ["::10.20.30.40"]),
    ("route 172.20.0.0/16 via gw", ["172.20.0.0/16"]),                      # a network keeps its prefix
    ("Blocked 10.8.0.0/12.", ["10.8.0.0/12"]),
    ("net 10.1.0.0/99", ["10.1.0.0"]),                                      # no prefix that long
    ("ULA fd12:3456::/48.", ["fd12:3456::/48"]),
    ("cidr 2001:db8::/200", ["2001:db8::"]),
    ("link fe80::7%wlan0 up", ["fe80::7%wlan0"]),                           # scoped: two groups suffice
    ("join ff02::fb", ["ff02::fb"]),
    ("peer 10.9.8.7@eth1", ["10.9.8.7"]),                                   # an interface after '@'
    ("IPv4: 10.2.3.4, IPv6: 2001:db8::5", ["10.2.3.4", "2001:db8::5"]),     # 'IPv4' is a label, not 'v'
    ("default 0.0.0.0/0 dev eth0", ["0.0.0.0/0"]),                          # unspecified: with a prefix
    ("bind ip=0.0.0.0", ["0.0.0.0"]),                                       # or a label
    ("Listening on 0.0.0.0:5432", []),                                      # else it names no host
    ("bind addr=:: port 53", ["::"]),                                        # the unspecified address, labelled
    ("::ffff:10.1.2", []),                                                  # three numbers: no IPv4 tail
    ("2001:db8::300.1.1.1", []),
    ("ab::cd", []),                                                         # two groups, no scoped range
    ("pkg@1.2.3.4", []),
    ("see a :: b", []),
    ("0.1.2.3 loaded", []),
])
def test_ip_networks_and_embedded_v4(expect, text, spans):
    expect(text, "IP_ADDRESS", spans)
