"""findings.sarif points table columns at the migration line that creates or alters them."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from sample_data.generate import build_estate
from scanner.commands import cli
from scanner.report import migrations_index
from scanner.report.migrations_index import MigrationsIndex

SCHEMA = json.loads((Path(__file__).parent / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))

CONFIG = """\
version: 1
policy: ../policy.yaml
sources:
  - name: shop-db
    type: sql
    url: sqlite:///../shop.db
    include: [users, devices]
    purposes: [order_placement]
"""

ALEMBIC = {  # written newest first, so the directory order is not the revision order
    "0003_readd_phone.py": '''\
"""re-add users.phone"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"


def upgrade() -> None:
    op.add_column("users", sa.Column("phone", sa.String(32), nullable=True))
''',
    "0002_drop_phone.py": '''\
"""drop users.phone; op.add_column("users", sa.Column("email")) in a docstring is no migration"""
from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    op.drop_column("users", "phone")
    # op.add_column("users", sa.Column("gender", sa.String()))  -- a comment is no migration either
''',
    "0001_create_users.py": '''\
"""create users

Revision ID: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("email", sa.String(255), nullable=False),
        sa.Column("phone", sa.String(32)),
    )
''',
}

SQL = {
    "20240301_contact.sql": """\
/* ALTER TABLE users ADD COLUMN gender TEXT; is commented out */
ALTER TABLE users ADD COLUMN phone TEXT;
ALTER TABLE users
    ADD birth_date TEXT,
    ALTER COLUMN full_name TYPE VARCHAR(200);
""",
    "20240101_init.sql": """\
-- the first schema
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL DEFAULT 'a, (b',
    email TEXT
);
""",
}


def _write(folder: Path, files: dict[str, str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")


def _line(path: Path, needle: str) -> int:
    """The 1-based line of the one line of ``path`` holding ``needle``."""
    hits = [i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line]
    assert len(hits) == 1, (needle, hits)
    return hits[0]


def _scan(config: Path) -> dict[str, dict]:
    """Scan through the CLI; the SARIF (schema-checked) results by ``table.column``."""
    out = config.parent / "out"
    result = CliRunner().invoke(cli, ["scan", str(config), "--no-nlp", "--workers", "1", "--out", str(out)])
    assert result.exit_code == 0, result.output
    sarif = json.loads((out / "findings.sarif").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker()).validate(sarif)
    results = {}
    for r in sarif["runs"][0]["results"]:
        name = r["locations"][0]["logicalLocations"][0]["fullyQualifiedName"].removeprefix("shop-db/")
        assert name not in results
        results[name] = r["locations"][0]
    assert {"users.email", "users.phone", "users.full_name", "users.birth_date", "devices.imei"} <= set(results)
    return results


def _physical(location: dict) -> tuple[str, str, int]:
    phys = location["physicalLocation"]
    return phys["artifactLocation"]["uri"], phys["artifactLocation"].get("uriBaseId"), phys["region"]["startLine"]


@pytest.fixture(scope="module")
def estate(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("migrations")
    build_estate(root)
    return root


@pytest.fixture(scope="module")
def alembic(estate: Path) -> tuple[Path, dict[str, dict]]:
    """A project with Alembic revisions found beside the config (no ``migrations:`` key)."""
    project = estate / "alembic-project"
    _write(project / "alembic" / "versions", ALEMBIC)
    (project / "piiscan.yaml").write_text(CONFIG, encoding="utf-8")
    return project, _scan(project / "piiscan.yaml")


@pytest.fixture(scope="module")
def plain_sql(estate: Path) -> tuple[Path, dict[str, dict]]:
    """A project whose ``migrations:`` glob names .sql files; a ``sql/`` folder beside it is not used."""
    project = estate / "sql-project"
    _write(project / "db" / "schema", SQL)
    _write(project / "sql", {"999_decoy.sql": "ALTER TABLE users ADD COLUMN email TEXT;\n"})
    (project / "piiscan.yaml").write_text(CONFIG + "migrations: db/schema/*.sql\n", encoding="utf-8")
    return project, _scan(project / "piiscan.yaml")


def test_alembic_create_table_column_points_at_its_column_line(alembic):
    project, results = alembic
    first = project / "alembic/versions/0001_create_users.py"
    assert _physical(results["users.email"]) == ("alembic/versions/0001_create_users.py", "SRCROOT",
                                                 _line(first, 'sa.Column("email"'))
    assert results["users.email"]["logicalLocations"] == [
        {"name": "email", "kind": "member", "fullyQualifiedName": "shop-db/users.email"}]


def test_alembic_the_later_add_column_wins(alembic):
    project, results = alembic
    third = project / "alembic/versions/0003_readd_phone.py"
    assert _physical(results["users.phone"]) == ("alembic/versions/0003_readd_phone.py", "SRCROOT",
                                                 _line(third, 'sa.Column("phone"'))


def test_alembic_unnamed_column_falls_back_to_the_create_table_line(alembic):
    project, results = alembic
    first = project / "alembic/versions/0001_create_users.py"
    for column in ("full_name", "birth_date", "gender"):       # in the database, named by no migration
        assert _physical(results[f"users.{column}"]) == ("alembic/versions/0001_create_users.py", "SRCROOT",
                                                         _line(first, "op.create_table("))


def test_a_table_in_no_migration_keeps_only_its_logical_location(alembic):
    _, results = alembic
    assert results["devices.imei"] == {"logicalLocations": [
        {"name": "imei", "kind": "member", "fullyQualifiedName": "shop-db/devices.imei"}]}
    assert not any("physicalLocation" in loc for name, loc in results.items() if name.startswith("devices."))


def test_sql_create_table_and_alter_table_lines(plain_sql):
    project, results = plain_sql
    init, later = project / "db/schema/20240101_init.sql", project / "db/schema/20240301_contact.sql"
    assert _physical(results["users.email"]) == ("db/schema/20240101_init.sql", "SRCROOT",
                                                 _line(init, "email TEXT"))
    assert _physical(results["users.phone"]) == ("db/schema/20240301_contact.sql", "SRCROOT",
                                                 _line(later, "ADD COLUMN phone"))
    assert _physical(results["users.birth_date"]) == ("db/schema/20240301_contact.sql", "SRCROOT",
                                                      _line(later, "ADD birth_date"))
    # created in the first file, altered in the later one: the later file wins
    assert _physical(results["users.full_name"]) == ("db/schema/20240301_contact.sql", "SRCROOT",
                                                     _line(later, "ALTER COLUMN full_name"))
    # commented out in the later file: the create-table line of the first
    assert _physical(results["users.gender"]) == ("db/schema/20240101_init.sql", "SRCROOT",
                                                  _line(init, "CREATE TABLE users"))
    assert "physicalLocation" not in results["devices.imei"]


def test_without_migrations_the_output_is_unchanged(estate):
    project = estate / "plain-project"
    # look-alikes outside the usual layouts are not migrations
    _write(project / "backup", {"schema.sql": "CREATE TABLE users (email TEXT, phone TEXT);\n"})
    _write(project / "scripts", {"migrate.py": 'op.create_table("users", sa.Column("email"))\n'})
    (project / "piiscan.yaml").write_text(CONFIG, encoding="utf-8")
    results = _scan(project / "piiscan.yaml")
    for name, location in results.items():
        table, column = name.split(".")
        assert location == {"logicalLocations": [
            {"name": column, "kind": "member", "fullyQualifiedName": f"shop-db/{table}.{column}"}]}


@pytest.mark.parametrize("value", ["nowhere/versions", "db/*.sql", "empty"])
def test_a_missing_or_empty_migrations_folder_is_a_config_error(estate, value):
    project = estate / "bad-project"
    _write(project / "empty", {"README.txt": "no migrations here\n"})
    (project / "piiscan.yaml").write_text(CONFIG + f"migrations: {value}\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["scan", str(project / "piiscan.yaml"), "--no-nlp", "--out",
                                      str(project / "out")])
    assert result.exit_code == 2, result.output
    assert "'migrations'" in result.output and value in result.output
    assert not (project / "out" / "findings.sarif").exists()


def test_alembic_revisions_follow_down_revision_not_the_file_name(tmp_path):
    """Alembic's default names start with a random id: the chain orders them, not the name."""
    versions = tmp_path / "alembic" / "versions"
    _write(versions, {
        "e1a0_create.py": 'revision = "e1a0"\ndown_revision = None\n'
                          'op.create_table("users", sa.Column("phone"))\n',
        "3b7c_alter.py": 'revision: str = "3b7c"\ndown_revision: str | None = "e1a0"\n\n'
                         'op.alter_column("users", "phone", type_=sa.Text())\n',
        "9f42_batch.py": 'revision = "9f42"\ndown_revision = "3b7c"\n'
                         'with op.batch_alter_table("users") as batch_op:\n'
                         '    batch_op.add_column(sa.Column("email", sa.String()))\n'})
    index = MigrationsIndex(tmp_path)
    phone = index.locate("users", "phone")
    assert phone is not None and (phone.path.name, phone.line) == ("3b7c_alter.py", 4)
    email = index.locate("Users", "EMAIL")
    assert email is not None and (email.path.name, email.line) == ("9f42_batch.py", 4)
    table = index.locate("users", "other")
    assert table is not None and (table.path.name, table.line) == ("e1a0_create.py", 3)


def test_sql_quoting_schemas_and_constraints(tmp_path):
    _write(tmp_path / "sql", {"001.sql": """\
CREATE TABLE IF NOT EXISTS "app"."Users" (
  "E-Mail" TEXT DEFAULT '--, )',
  CONSTRAINT pk PRIMARY KEY (id),
  `phone` TEXT
);
ALTER TABLE ONLY app.users ADD CONSTRAINT u UNIQUE (phone), RENAME COLUMN fax TO mobile;
"""})
    index = MigrationsIndex(tmp_path)
    assert [(s.line if s else None) for s in (index.locate("users", "e-mail", "app"), index.locate("users", "phone"),
                                              index.locate("users", "mobile"), index.locate("users", "pk"),
                                              index.locate("users", "constraint"))] == [2, 4, 6, 1, 1]
    assert index.locate("orders", "id") is None


def test_layouts_beside_the_config_and_one_read_per_file(tmp_path, monkeypatch):
    for folder in ("migrations/versions", "alembic/versions", "db/migrate", "sql/v1", "backup", "docs"):
        _write(tmp_path / folder, {"m.sql": "CREATE TABLE t (c INT);\n", "notes.txt": "CREATE TABLE t (d INT);\n"})
    _write(tmp_path, {"schema.sql": "CREATE TABLE t (c INT);\n"})
    index = MigrationsIndex(tmp_path)
    assert sorted(p.relative_to(tmp_path).as_posix() for p in index.files()) == [
        "alembic/versions/m.sql", "db/migrate/m.sql", "migrations/versions/m.sql", "schema.sql", "sql/v1/m.sql"]
    reads: list[Path] = []
    read = migrations_index._read
    monkeypatch.setattr(migrations_index, "_read", lambda path: reads.append(path) or read(path))
    for _ in range(3):
        assert index.locate("t", "c") is not None and index.locate("t", "d") is not None
    assert sorted(reads) == sorted(index.files())
