"""``piiscan export fides``: the last scan as a Fides dataset with the policy's fideslang categories."""

import yaml


def test_fides_dataset_of_the_last_scan(estate):
    _, findings = estate.scan()
    out = estate.root / "fides.yaml"
    result = estate.piiscan("export", "fides", "CONFIG", "--out", str(out))
    assert result.exit_code == 0, result.output
    doc = yaml.safe_load(out.read_text(encoding="utf-8"))
    datasets = {d["fides_key"]: d for d in doc["dataset"]}
    assert set(datasets) == {f["source"] for f in findings}
    shop = {c["name"]: {f["name"]: f["data_categories"] for f in c["fields"]}
            for c in datasets["shop-db"]["collections"]}
    assert shop["users"]["email"] == ["user.contact.email"]
    assert shop["devices"]["imei"] == ["user.device.device_id"]
    assert "support_tickets" in shop and "catalog" not in shop
    logs = {c["description"] for c in datasets["app-logs"]["collections"]}
    assert logs == {"logs/app.log", "logs/events.jsonl"}       # app.log, .1, .2.gz, .3.bz2: one collection
    text = out.read_text(encoding="utf-8")
    assert not [v for v in estate.manifest.values if len(v) >= 4 and v in text]


def test_fides_to_stdout_needs_a_scan(estate):
    result = estate.piiscan("export", "fides", "CONFIG")
    assert result.exit_code == 2 and "no scan recorded" in result.output
