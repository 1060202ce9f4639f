"""Four dotted numbers after a product name or a version cue are a version, not an IP address."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "UHD 4.1.0.5 is now available",
    "[UHD] 4.1.0.5 Release Announcement",
    "I'm having the same problem with UHD\n> 4.1.0.5.",               # a mail line wrap
    "Built against GNU Radio 3.7.14.0 on Ubuntu",
    "I use GNURadio 3.8.2.0, UHD 4.0",
    "Linux 4.1.0.5 kernel",
    "version 2.14.3.1",
    "ver 2.14.3.1",
    "v2.14.3.1",
    "release 2.14.3.1",
    "tag 3.8.2.0",
    "Firmware 3.2.1.0 loaded",
    "plan to ship it in the final 4.1.0.5 release",
    "upgraded to 3.2.1.0 yesterday",
    "rolling back to 4.1.0.5 cleared it",
    "compatible with 4.1.0.5 and later",
    "foo-1.2.3.4",
    "lib_1.2.3.4",
    "libfoo/2.14.3.1",
    "Building for version: 3.7.13.4 / 3.7.13.4",                     # the same quad called a version
    "UHD 4.1 works, but 4.1.0.5 broke it",                            # same major.minor as a named version
    "I could update my build machine to 5.12.2.0 next week",          # words between 'update' and 'to'
    "Fixed since 6.2.1.0. Something newer, like 6.4.0.1, is better",  # the major of a four-part version
])
def test_versions_are_not_ips(found, text):
    assert found(text, "IP_ADDRESS") == []


@pytest.mark.parametrize("text, spans", [
    ("login from 10.1.2.3 failed", ["10.1.2.3"]),
    ("ip=1.2.3.4", ["1.2.3.4"]),
    ("client 1.2.3.4 connected", ["1.2.3.4"]),
    ("Failed password for root from 5.18.10.18 port 22 ssh2", ["5.18.10.18"]),
    ("Accepted publickey for x from 8.8.4.4", ["8.8.4.4"]),
    ("USRP 192.168.10.2 not reachable", ["192.168.10.2"]),            # a device name before a LAN address
    ("DNS 8.8.8.8", ["8.8.8.8"]),                                     # a network word, not a product
    ("Pinging 8.8.8.8 with 32 bytes of data", ["8.8.8.8"]),
    ("[client 203.0.113.9] Directory index forbidden", ["203.0.113.9"]),
    ("Connecting to ResourceManager at node-41/10.190.17.17:8030", ["10.190.17.17"]),   # host/address:port
    ("UHD 4.1.0.5 on my N310 at 192.168.20.2", ["192.168.20.2"]),
    ("please update the DNS server to 9.9.9.9", ["9.9.9.9"]),        # a word that takes an address
    ("since 4.1.0.5, 4.77.130.201 drops packets", ["4.77.130.201"]),  # same major, numbers of an address
])
def test_addresses_stay_addresses(expect, text, spans):
    expect(text, "IP_ADDRESS", spans)


def test_an_address_label_wins_over_the_same_quad_called_a_version(detector):
    text = "version 1.2.3.4 was reported by client 1.2.3.4"
    got = [(d.start, d.end) for d in detector.analyze(text) if d.entity == "IP_ADDRESS"]
    assert got == [(text.rindex("1.2.3.4"), len(text))]
