"""The source registry: canonical outlets, people and institutions, their aliases and types."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import resources

STATE_BLOC = "state"
INDEPENDENT_BLOC = "independent"
BLOCS = (STATE_BLOC, INDEPENDENT_BLOC)


@dataclass(frozen=True)
class Source:
    """One canonical source: an outlet, a person, an institution or a generic group."""

    name: str
    source_type: str
    country: str | None = None
    outlet_type: str | None = None
    aliases: tuple[str, ...] = ()
    generic: bool = False
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass
class Registry:
    """Sources by canonical name, an alias index and the outlet types with their blocs."""

    name: str
    version: str
    sources: dict[str, Source]
    outlet_types: dict[str, dict[str, Any]]
    source_types: dict[str, str]
    _index: dict[str, str] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if not self._index:
            self._index = _build_index(self.sources.values())

    @property
    def label(self) -> str:
        """``name@version``, as recorded in output tables."""
        return f"{self.name}@{self.version}"

    def lookup(self, text: str) -> Source | None:
        """Return the source whose name or alias is ``text`` (case and "the" ignored)."""
        name = self._index.get(alias_key(text))
        return self.sources.get(name) if name else None

    def bloc(self, outlet_type: str | None) -> str | None:
        """Return the bloc (``state`` or ``independent``) of an outlet type, None if unknown."""
        entry = self.outlet_types.get(outlet_type or "")
        return entry.get("bloc") if entry else None

    def aliases(self) -> dict[str, str]:
        """Every alias key mapped to its canonical name."""
        return dict(self._index)

    def with_outlets_file(self, path: Path) -> "Registry":
        """Return a copy extended by a corpus ``outlets.yml`` (types and outlets).

        Raises
        ------
        ValueError
            When the file is malformed or a new outlet type has no valid bloc.
        """
        data = resources.read_yaml(path)
        if data is None:
            return self
        if not isinstance(data, dict):
            raise ValueError("expected a mapping with 'outlet_types' and/or 'outlets'")
        types = dict(self.outlet_types)
        for name, spec in (data.get("outlet_types") or data.get("types") or {}).items():
            spec = spec if isinstance(spec, dict) else {"bloc": spec}
            if spec.get("bloc") not in BLOCS:
                raise ValueError(f"outlet type {name!r} needs bloc: state or independent")
            types[str(name)] = dict(spec)
        sources = dict(self.sources)
        outlets = data.get("outlets") or {}
        if isinstance(outlets, list):
            outlets = {o["name"]: o for o in outlets if isinstance(o, dict) and "name" in o}
        for name, spec in outlets.items():
            spec = dict(spec or {})
            spec.setdefault("source_type", "news-media")
            src = _make_source(str(name), spec)
            if src.outlet_type and src.outlet_type not in types:
                raise ValueError(f"outlet {name!r}: unknown outlet_type {src.outlet_type!r}")
            sources[src.name] = src
        return Registry(self.name, self.version, sources, types, dict(self.source_types))


def alias_key(text: str) -> str:
    """Normalise a name for lookup: casefold, straight apostrophes, no leading "the"."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"\s+", " ", text).strip().casefold()
    return re.sub(r"^the ", "", text)


def load_registry(path: str | Path | None = None) -> Registry:
    """Load the source registry (the packaged ``sources.yml`` unless ``path`` is given).

    Parameters
    ----------
    path
        A user registry in the same format; it replaces the packaged one.
    """
    data = resources.read_yaml(path) if path else resources.read_data_yaml("sources.yml")
    sources = {}
    for spec in data.get("sources", []):
        src = _make_source(spec["name"], spec)
        sources[src.name] = src
    return Registry(
        name=str(data.get("name", "sources")),
        version=str(data.get("version", "0")),
        sources=sources,
        outlet_types={k: dict(v) for k, v in (data.get("outlet_types") or {}).items()},
        source_types=dict(data.get("source_types") or {}),
    )


def _make_source(name: str, spec: dict[str, Any]) -> Source:
    known = {"name", "aliases", "source_type", "country", "outlet_type", "generic"}
    return Source(
        name=name,
        source_type=str(spec.get("source_type", "other")),
        country=spec.get("country"),
        outlet_type=spec.get("outlet_type"),
        aliases=tuple(str(a) for a in spec.get("aliases") or ()),
        generic=bool(spec.get("generic", False)),
        extra={k: v for k, v in spec.items() if k not in known},
    )


def _build_index(sources) -> dict[str, str]:
    index: dict[str, str] = {}
    for src in sources:
        for alias in (src.name, *src.aliases):
            index.setdefault(alias_key(alias), src.name)
    return index
