"""Machine logs: block ids, pids, counters and state names are not phones, cards or people.

Every line here is made up in the style of system logs (HDFS, Android, HealthApp, HPC, kernel);
the ids and numbers are invented, Luhn-valid where that makes the trap real.
"""

from __future__ import annotations

import pytest

from recognizers.base import TextContext
from recognizers.person import SpacyPersonRecognizer, technical_phrase
from recognizers.prose import on_log_line

NUMBERS = ("PHONE_NUMBER", "CREDIT_CARD")


@pytest.mark.parametrize("line", [
    # HDFS: 'yymmdd hhmmss pid' header, block ids with and without a sign
    "081110 031412 1423 INFO dfs.DataNode$PacketResponder: Received block blk_-4539148803436467 of size 67108864",
    "081110 002519 26 INFO dfs.DataBlockScanner: Verification succeeded for blk_-5140072410813878235",
    "081110 021512 19 INFO dfs.FSNamesystem: BLOCK* ask 10.250.14.224:50010 to delete blk_4539148803436467",
    # Android: pid and tid columns, counters, lock ids
    "03-18 09:12:44.301  20456 20471 D PowerManagerService: release:lock=189667585, flg=0x0, uid=1001, pid=20456",
    "03-18 09:12:44.301  1702  2395 V AudioManager: counter=4156782301 seq 5551234567",
    # HealthApp: step counters in a row of numbers, epoch millis
    "20171224-10:01:02:311|Step_StandReportReceiver|30002312|REPORT : 8012 6003 241760 240",
    "20171224-10:01:02:311|Step_LSC|30002312|onExtend:1514079662000 14 0 4",
    # HPC: log id, epoch seconds, a row of fan readings
    "334456 node-77 node psu 1145918017 1 Fan speeds ( 3552 3534 3375 4354 3515 3479 )",
    "334457 node-77 action start 2074119817 5 clusterAddMember  (command 1902)",
    # pids and task ids in brackets, ids after id labels, identifiers, negative numbers, hex
    "Jul  2 10:11:05 host QQ[10018]: FA||Url||taskID[2019353117] dealloc",
    "worker [5551234567] state=2 [4539148803436467]",
    "ts=1700000000 ms=1700000000123 id=4111111111111111 pid=5551234567 txid 4539148803436467",
    "obj_4539148803436467 4539148803436467_tmp offset -4539148803436467",
    "elapsed 5551234567 ns, hex 0x5551234567, key 0123456789abcdef",
])
def test_machine_numbers_are_not_phones_or_cards(detector, line):
    assert [d.entity for d in detector.analyze(line) if d.entity in NUMBERS] == []


@pytest.mark.parametrize("text, entity, spans", [
    ("call me on 212 555 0123", "PHONE_NUMBER", ["212 555 0123"]),        # spaces grouped like the number
    ("Contact: (212) 555-0123", "PHONE_NUMBER", ["(212) 555-0123"]),
    ("tel 2125550123", "PHONE_NUMBER", ["2125550123"]),                    # bare, but labelled
    ("Reach me at 415-555-2671", "PHONE_NUMBER", ["415-555-2671"]),
    ("+1 212 555 0123", "PHONE_NUMBER", ["+1 212 555 0123"]),
    ("電話 03 1234 5678", "PHONE_NUMBER", ["03 1234 5678"]),
    ("連絡は09012345678まで", "PHONE_NUMBER", ["09012345678"]),
    ("Tél. : 05 61 22 33 44", "PHONE_NUMBER", ["05 61 22 33 44"]),
    ("card 4111 1111 1111 1111", "CREDIT_CARD", ["4111 1111 1111 1111"]),
    ("paid with 4539148803436467", "CREDIT_CARD", ["4539148803436467"]),
])
def test_real_numbers_still_found(expect, text, entity, spans):
    expect(text, entity, spans)


def test_a_bare_digit_run_needs_a_phone_label(found):
    assert found("user 2125550123 logged in", "PHONE_NUMBER") == []
    assert found("phone 2125550123", "PHONE_NUMBER") == ["2125550123"]


def test_spaces_that_do_not_group_a_phone_number(found):
    assert found("value 203615 1484 ok", "PHONE_NUMBER") == []             # 6 + 4: no national grouping
    assert found("value 212 555 0123 ok", "PHONE_NUMBER") == ["212 555 0123"]
    assert found("fields 12 212 555 0123", "PHONE_NUMBER") == []            # cut out of a row of numbers
    assert found("tel 12 212 555 0123", "PHONE_NUMBER") == ["212 555 0123"]


@pytest.mark.parametrize("line", [
    "Jul  2 10:11:05 host kernel[0]: DarkWake from Normal Sleep [CDN] : due to EC.RTC/Maintenance",
    "Jul  2 10:11:05 host kernel[0]: Setting Clock Mode 3 for display",
    "- 1131566461 2005.11.09 adm1 Nov 9 12:01:01 local@adm1 ACPI: PCI Interrupt Link [LNKB] enabled at IRQ 10",
    "- 1131566461 2005.11.09 adm1 Nov 9 12:01:01 local@adm1 ACPI: Power Button [PWRF]",
    "ERROR Memory Manager failed for Kernel Thread 12",
    "2017-05-16 00:00:00.008 25746 INFO nova.compute.manager VM Started (Lifecycle Event)",
])
def test_capitalised_technical_phrases_are_not_people(nlp_detector, line):
    assert [d for d in nlp_detector.analyze(line) if d.entity == "PERSON"] == []


@pytest.mark.parametrize("words, technical", [
    (["Normal", "Sleep"], True),
    (["Interrupt", "Link"], True),
    (["Clock", "Mode"], True),
    (["Kernel", "Module"], True),
    (["Mark", "Set"], True),                 # a given name next to an everyday word
    (["Margaret", "Thompson"], False),
    (["Grace", "Long"], False),              # words the name dictionaries hold are names here
    (["Normal"], False),
])
def test_technical_phrase(words, technical):
    assert technical_phrase(words) is technical


def _ner_spans(text: str, *phrases: str) -> list[str]:
    """What the NER filter keeps when spaCy proposes ``phrases`` as PERSON spans."""
    spans = [(text.index(p), text.index(p) + len(p)) for p in phrases]
    return [text[d.start:d.end] for d in SpacyPersonRecognizer().from_spans(TextContext.of(text), spans)]


def test_ner_on_a_log_line_needs_more_than_capitalisation():
    line = "Jun 14 15:16:01 combo kernel: PM response took 12 ms (Normal Sleep) for Quilla Brandt"
    assert _ner_spans(line, "Normal Sleep", "Quilla Brandt") == []
    prose = "I met Quilla Brandt at the lab."
    assert _ner_spans(prose, "Quilla Brandt") == ["Quilla Brandt"]


def test_ner_keeps_credited_authors_and_dictionary_names_on_log_lines():
    line = "Jun 14 15:16:01 combo kernel: widget driver v0.3 (c) Quilla Brandt"
    assert _ner_spans(line, "Quilla Brandt") == ["Quilla Brandt"]
    line = "Jun 14 15:16:01 combo kernel: widget driver v0.3 maintained by Margaret Thompson"
    assert _ner_spans(line, "Margaret Thompson") == ["Margaret Thompson"]


@pytest.mark.parametrize("line, is_log", [
    ("081110 031412 1423 INFO dfs.DataNode: Received block", True),
    ("03-18 09:12:44.301  20456 20471 D PowerManagerService: release", True),
    ("Jul  2 10:11:05 host kernel[0]: Wake reason", True),
    ("- 1131566461 2005.11.09 adm1 Nov 9 12:01:01 local@adm1 ACPI: PCI", True),
    ("20171224-10:01:02:311|Step_LSC|30002312|onExtend", True),
    ("Please forward this to Margaret Thompson before Friday.", False),
])
def test_on_log_line(line, is_log):
    assert on_log_line(line, len(line) - 1) is is_log


def test_ips_in_log_lines_are_still_found(found):
    line = "081110 021512 19 INFO dfs.FSNamesystem: BLOCK* ask 10.250.14.224:50010 to delete blk_4539148803436467"
    assert found(line, "IP_ADDRESS") == ["10.250.14.224"]


@pytest.mark.parametrize("line, entity", [
    # a label earlier on the line names another value: 'handle' in a tag, 'follow' in a role name
    ('03-17 16:15:41.390  1702  2395 D AudioService: tag="handleVolumeEvent", name=android', "SOCIAL_MEDIA_HANDLE"),
    ("2015-07-29 19:04:29,071 - INFO  [LearnerHandler@263] - Follower sid: 3 : info", "SOCIAL_MEDIA_HANDLE"),
    # a coordination service's session number is a hex literal, not a cookie
    ("2015-07-29 19:04:12,394 - INFO  [ProcessThread:-1:PrepRequestProcessor@476] - Processed session termination "
     "for sessionid: 0x24ede63a5a70003", "COOKIE_ID"),
])
def test_machine_fields_are_not_handles_or_cookies(detector, line, entity):
    assert [d.entity for d in detector.analyze(line) if d.entity == entity] == []


@pytest.mark.parametrize("text, entity", [
    ("wechat_id: lin_xiaowei_88", "SOCIAL_MEDIA_HANDLE"),             # the key itself names the platform
    ("sessionId=9f2c1a7b8e3d4c5b6a7f8e9d", "COOKIE_ID"),
])
def test_keyed_values_still_count(detector, text, entity):
    assert [d.entity for d in detector.analyze(text) if d.entity == entity] == [entity]


@pytest.mark.parametrize("line, entity", [
    ("03-17 16:13:38.811  1702  2395 I ActivityManager: Start proc 13003:com.example.chatapp/u0a98 for service", "APP_ID"),
    ("03-17 16:13:38.811  1702  8671 D PermissionManager: callingPackage = com.example.chatapp", "APP_ID"),
    ("20171223-22:15:29:606|Step_LSC|30002312|getBinderPackageName packageName = com.example.health", "APP_ID"),
    ("Nov  9 12:01:02 tbird-admin1 kernel: scsi0: Vendor: ExampleRAID Model: LD 0 RAID1 139G Rev: 713N",
     "DEVICE_MODEL"),
])
def test_a_system_log_names_its_own_processes_and_hardware(detector, line, entity):
    assert [d.entity for d in detector.analyze(line) if d.entity == entity] == []


@pytest.mark.parametrize("line, entity", [
    ("2024-05-01T10:00:00Z INFO event=app_open app_id=com.example.shop device_model=SM-X9100", "APP_ID"),
    ("2024-05-01T10:00:00Z INFO event=app_open app_id=com.example.shop device_model=XQ-77 Pro", "DEVICE_MODEL"),
])
def test_a_user_activity_log_still_names_the_users_app_and_device(detector, line, entity):
    assert entity in [d.entity for d in detector.analyze(line)]


def test_an_app_key_on_a_log_line_still_names_the_users_app(detector):
    line = "2024-05-01T10:00:00Z DEBUG push token refresh app=com.example.shop status=ok"
    assert "APP_ID" in [d.entity for d in detector.analyze(line)]


def test_an_event_payloads_package_field_names_the_users_app(detector):
    line = '2024-05-01T10:00:00Z INFO {"msg":"net change","networkType":"wifi","pkg":"com.example.shop"}'
    assert "APP_ID" in [d.entity for d in detector.analyze(line)]


@pytest.mark.parametrize("text, worth", [
    ("2024-05-07 12:00:01 INFO SecurityManager: Changing view acls to: yarn", False),   # capitals alone
    ("03-17 16:13:38.819 1702 8671 D PowerManagerService: tag=\"View Lock\"", False),
    ("2024-05-07 12:00:01 INFO ticket assigned to Maria Lopez", True),                  # a name cue
    ("Jun 14 15:16:01 combo kernel: Copyright (c) 1999-2002 Jane Roe", True),          # an author credit
    ("Thanks for the quick reply, Anna Berg will call you tomorrow.", True),           # prose, no log shape
])
def test_ner_runs_on_prose_and_on_log_lines_with_a_name_cue_only(text, worth):
    from recognizers.engine import _worth_ner
    assert _worth_ner(text) is worth
