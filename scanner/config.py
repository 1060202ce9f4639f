"""The scan config: which sources to read, under which policy, with which declared purposes."""

from __future__ import annotations

import glob
import hashlib
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scanner.errors import ConfigError
from scanner.policy import Policy, load_policy
from scanner.yamlio import LineDict, line_of, load_yaml

_TOP_KEYS = {"version", "policy", "inventory", "sources", "fingerprint_key_file", "defaults", "migrations"}
_ENV = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


def table_keys(store: str) -> tuple[str, str]:
    """The ``tables:`` keys that name a store: ``schema.table`` itself, or the bare ``table``."""
    return store, store.rsplit(".", 1)[-1]


@dataclass(frozen=True)
class SourceSpec:
    """One configured source: its name, connector kind and raw options."""

    name: str
    type: str
    purposes: tuple[str, ...]
    table_purposes: Mapping[str, tuple[str, ...]]
    options: Mapping[str, Any]
    line: int | None = None
    table_lines: Mapping[str, int | None] = field(default_factory=dict)    # where each ``tables:`` key is
    option_lines: Mapping[str, int | None] = field(default_factory=dict)   # where each option is

    def line_of(self, key: str | None) -> int | None:
        """The line of an error's key (``sources.NAME.OPTION...``), or of the source itself."""
        parts = (key or "").split(".")
        if len(parts) >= 4 and parts[2] == "tables" and parts[3] in self.table_lines:
            return self.table_lines[parts[3]]
        if len(parts) >= 3 and parts[2] in self.option_lines:
            return self.option_lines[parts[2]] or self.line
        return self.line

    def purposes_for(self, table: str | None) -> tuple[str, ...]:
        """Per-table purposes replace the source's defaults where the config names the table."""
        if table is not None:
            for key in table_keys(table):
                if key in self.table_purposes:
                    return self.table_purposes[key]
        return self.purposes


@dataclass
class ScanConfig:
    """A loaded, validated scan config."""

    path: Path
    policy: Policy
    sources: list[SourceSpec]
    inventory: str | None = None
    fingerprint_key_file: Path | None = None
    digest: str = ""
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False)
    migrations: tuple[Path, ...] | None = None     # files of the `migrations:` key; None: key absent

    def __post_init__(self) -> None:
        if self.migrations is None and self.raw.get("migrations") is not None:
            self.migrations = _migration_files(self.raw, self.path)

    @property
    def base_dir(self) -> Path:
        """The folder relative paths in the config resolve against."""
        return self.path.parent

    def select(self, names: Sequence[str]) -> list[SourceSpec]:
        """The sources named (all when ``names`` is empty); an unknown name is a config error."""
        if not names:
            return list(self.sources)
        known = {s.name for s in self.sources}
        missing = [n for n in names if n not in known]
        if missing:
            raise ConfigError(f"no source named {', '.join(map(repr, missing))} (known: {', '.join(sorted(known))})",
                              file=str(self.path), key="sources")
        return [s for s in self.sources if s.name in names]


def _migration_files(raw: Mapping[str, Any], path: Path) -> tuple[Path, ...]:
    """The .sql/.py files the ``migrations:`` path or glob names (folders searched recursively)."""
    value, line = raw["migrations"], line_of(raw, "migrations")
    if not isinstance(value, str) or not value.strip():
        raise ConfigError("must be the path or glob of the migrations, relative to the config", file=str(path),
                          key="migrations", line=line)
    base = path.parent
    if any(c in value for c in "*?["):
        hits = [base / m for m in glob.glob(value, root_dir=base, recursive=True)]
    else:
        hits = [base / value] if (base / value).exists() else []
    if not hits:
        raise ConfigError(f"no such folder or file: {value}", file=str(path), key="migrations", line=line)
    files = {Path(os.path.normpath(f)) for h in hits for f in (h.rglob("*") if h.is_dir() else [h])
             if f.is_file() and f.suffix in (".sql", ".py")}
    if not files:
        raise ConfigError(f"{value} holds no .sql or .py migration files", file=str(path), key="migrations",
                          line=line)
    return tuple(sorted(files))


def expand_env(value: Any, *, file: str, key: str, line: int | None) -> Any:
    """Expand ``${VAR}`` in strings (recursively); an unset variable is a config error."""
    if isinstance(value, str):
        def sub(match: re.Match[str]) -> str:
            name = match.group(1)
            if name not in os.environ:
                raise ConfigError(f"environment variable {name} is not set", file=file, key=key, line=line)
            return os.environ[name]
        return _ENV.sub(sub, value)
    if isinstance(value, list):
        return [expand_env(v, file=file, key=key, line=line) for v in value]
    if isinstance(value, dict):
        return {k: expand_env(v, file=file, key=f"{key}.{k}", line=line) for k, v in value.items()}
    return value


def _purpose_list(value: Any, policy: Policy, *, file: str, key: str, line: int | None) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError("purposes must be a list of purpose ids", file=file, key=key, line=line)
    for pid in value:
        if pid not in policy.purposes:
            raise ConfigError(f"unknown purpose {pid!r} (policy declares: {', '.join(policy.purposes)})",
                              file=file, key=key, line=line)
    return tuple(value)


def _parse_source(raw: Any, index: int, policy: Policy, file: str) -> SourceSpec:
    line = raw.line if isinstance(raw, LineDict) else None
    if not isinstance(raw, LineDict):
        raise ConfigError("each source must be a mapping", file=file, key=f"sources[{index}]", line=line)
    for req in ("name", "type"):
        if not isinstance(raw.get(req), str) or not raw.get(req):
            raise ConfigError("missing or empty", file=file, key=f"sources[{index}].{req}", line=line_of(raw, req))
    name = raw["name"]
    purposes = _purpose_list(raw.get("purposes", []), policy, file=file, key=f"sources.{name}.purposes",
                             line=line_of(raw, "purposes"))
    tables = raw.get("tables") or {}
    if not isinstance(tables, dict):
        raise ConfigError("tables must map table names to purpose lists", file=file,
                          key=f"sources.{name}.tables", line=line_of(raw, "tables"))
    table_purposes = {str(t): _purpose_list(p, policy, file=file, key=f"sources.{name}.tables.{t}",
                                            line=line_of(tables, t)) for t, p in tables.items()}
    # a url is expanded by its connector, which can URL-encode credentials that hold '@', '/' or ':'
    options = {k: v if k == "url" else expand_env(v, file=file, key=f"sources.{name}.{k}", line=line_of(raw, k))
               for k, v in raw.items()}
    return SourceSpec(name=name, type=raw["type"], purposes=purposes, table_purposes=table_purposes,
                      options=options, line=line, table_lines={str(t): line_of(tables, t) for t in tables},
                      option_lines={str(k): line_of(raw, k) for k in raw})


def load_config(path: Path) -> ScanConfig:
    """Load and validate a scan config and the policy it names; errors name file, key and line."""
    path = Path(path)
    file = str(path)
    data = load_yaml(path)
    for key in data:
        if key not in _TOP_KEYS:
            raise ConfigError(f"unknown key (allowed: {', '.join(sorted(_TOP_KEYS))})", file=file, key=str(key),
                              line=line_of(data, key))
    if data.get("version", 1) != 1:
        raise ConfigError("unsupported config version (this piiscan reads version 1)", file=file, key="version",
                          line=line_of(data, "version"))
    if not isinstance(data.get("policy"), str):
        raise ConfigError("missing: path of the policy file", file=file, key="policy", line=line_of(data, "policy"))
    policy = load_policy((path.parent / data["policy"]).resolve())
    sources_raw = data.get("sources")
    if not isinstance(sources_raw, list) or not sources_raw:
        raise ConfigError("must be a non-empty list of sources", file=file, key="sources",
                          line=line_of(data, "sources"))
    sources = [_parse_source(raw, i, policy, file) for i, raw in enumerate(sources_raw)]
    names = [s.name for s in sources]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise ConfigError(f"duplicate source name(s): {', '.join(dupes)}", file=file, key="sources",
                          line=line_of(data, "sources"))
    inventory = data.get("inventory")
    if inventory is not None:
        inventory = expand_env(str(inventory), file=file, key="inventory", line=line_of(data, "inventory"))
    key_file = data.get("fingerprint_key_file")
    return ScanConfig(path=path.resolve(), policy=policy, sources=sources, inventory=inventory,
                      fingerprint_key_file=(path.parent / key_file).resolve() if key_file else None,
                      digest=hashlib.sha256(path.read_bytes()).hexdigest()[:16], raw=data)
