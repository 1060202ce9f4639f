"""rotation_base: which rotation set a log path belongs to, and which names only look rotated."""

import pytest

from scanner.rotation import rotation_base

ROTATED = [
    ("logs/app.log.1", "logs/app.log"),
    ("logs/app.log.2.gz", "logs/app.log"),
    ("logs/app.log.3.bz2", "logs/app.log"),
    ("logs/app.log.4.xz", "logs/app.log"),
    ("logs/app.log.5.zst", "logs/app.log"),
    ("logs/app.log.12.GZ", "logs/app.log"),
    ("logs/app.log.0", "logs/app.log"),
    ("logs/app.log-20261128", "logs/app.log"),
    ("logs/app.log-20261128.gz", "logs/app.log"),
    ("access.log-20261128.gz", "access.log"),
    ("logs/app.log-2026112813", "logs/app.log"),                 # logrotate hourly dateformat
    ("logs/app.log-20261128-1764288000", "logs/app.log"),        # logrotate -%Y%m%d-%s
    ("logs/app.log.2026-11-28", "logs/app.log"),                 # Python TimedRotatingFileHandler
    ("logs/app.log.2026-11-28_13-05-00", "logs/app.log"),
    ("logs/app.log.20261128", "logs/app.log"),
    ("logs/app.2026-11-28.log", "logs/app.log"),                 # date before the extension
    ("logs/app-20261128.log", "logs/app.log"),
    ("logs/app-20261128.log.gz", "logs/app.log"),
    ("logs/app_2026-11-28.jsonl", "logs/app.jsonl"),
    ("/var/log/syslog.1", "/var/log/syslog"),
    ("messages-20261128", "messages"),
    ("logs/app.log.1.gz.1", "logs/app.log"),                     # repeated suffixes fold all the way
]

NOT_ROTATED = [
    "logs/app.log",
    "v1.2.log",                 # a version, not a generation
    "data.2.csv",               # a number before the extension is part of the name
    "release-1.0.log",
    "release-1.0",              # a trailing number after a digit is a version
    "logs/v1.2",
    "python3.11",
    "worker-2.1",
    "logs/app.log.gz",          # compressed, but no rotation suffix
    "v1.2.gz",
    "mysql-bin.000123",         # a binary log sequence, not a rotation generation
    "notes.2024",
    "build-12345678.log",       # eight digits that are no date
    "app.log-20261399",         # month 13
    "app.log-20261132",         # day 32
    "2026-11-28.log",           # only a date: nothing to fold to
    "logs.1/app.log",           # folders are never touched
    "logs/.1",
    "app.log.1.bak",
]


@pytest.mark.parametrize(("path", "base"), ROTATED)
def test_a_rotated_name_folds_to_its_live_file(path, base):
    assert rotation_base(path) == base


@pytest.mark.parametrize("path", NOT_ROTATED)
def test_a_name_without_a_rotation_suffix_is_left_as_it_is(path):
    assert rotation_base(path) == path


@pytest.mark.parametrize("path", [p for p, _ in ROTATED] + NOT_ROTATED)
def test_the_base_is_a_fixed_point(path):
    assert rotation_base(rotation_base(path)) == rotation_base(path)


def test_every_file_of_one_rotated_set_has_the_same_base():
    names = ["app.log", "app.log.1", "app.log.2.gz", "app.log-20261128", "app.log-20261128.gz",
             "app.2026-11-28.log", "app.log.3.bz2", "app.log.4.xz", "app.log.5.zst"]
    assert {rotation_base(f"logs/{n}") for n in names} == {"logs/app.log"}


def test_different_sets_in_one_folder_stay_apart():
    names = ["app.log.1", "access.log.1", "app.json.1", "app.log-20261128", "access.log-20261128.gz"]
    assert sorted({rotation_base(f"logs/{n}") for n in names}) == ["logs/access.log", "logs/app.json",
                                                                   "logs/app.log"]
