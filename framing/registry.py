"""The source registry: canonical outlets, people and institutions, their aliases and types."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from . import resources
from .errors import FramingError

STATE_BLOC = "state"
INDEPENDENT_BLOC = "independent"
BLOCS = (STATE_BLOC, INDEPENDENT_BLOC)
SOURCE_TYPES = ("state-media", "news-media", "government-official", "government", "expert",
                "anonymous", "other")
KINDS = ("person", "organisation", "group")
_MEMO_SIZE = 100_000  # answers kept per kind of lookup (then started afresh)


class RegistryError(FramingError, ValueError):
    """A registry file that cannot be used; the message names the file and the entry."""


@dataclass(frozen=True)
class Source:
    """One canonical source: an outlet, a person, an institution or a generic group.

    ``kind`` is ``person``, ``organisation`` or ``group`` (what a pronoun can refer to);
    ``surname`` lets a person be named by surname alone ("Zhao"); ``heads`` are the nouns that
    name an unnamed group ("officials", "analysts").
    """

    name: str
    source_type: str
    country: str | None = None
    outlet_type: str | None = None
    aliases: tuple[str, ...] = ()
    generic: bool = False
    kind: str = "organisation"
    surname: str | None = None
    heads: tuple[str, ...] = ()
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
    _outlet_index: dict[str, str] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if not self._index:
            self._index = _build_index(self.sources.values())
        if not self._outlet_index:
            self._outlet_index = _build_index(s for s in self.sources.values() if s.outlet_type)

    @property
    def label(self) -> str:
        """``name@version``, as recorded in output tables."""
        return f"{self.name}@{self.version}"

    def lookup(self, text: str, *, outlets_only: bool = True) -> Source | None:
        """Return the source whose name or alias is ``text`` (case and "the" ignored).

        By default only sources that can publish an article (those with an ``outlet_type``)
        are returned, as the article loader needs; ``outlets_only=False`` also finds people,
        governments, institutions and generic groups.
        """
        memo = self._memo(outlets_only)
        try:
            return memo[text]
        except KeyError:
            pass
        index = self._outlet_index if outlets_only else self._index
        name = index.get(alias_key(text))
        found = memo[text] = self.sources.get(name) if name else None
        return found

    def may_end(self, word: str, *, outlets_only: bool = True) -> bool:
        """False when `lookup` finds nothing for any text whose last word is ``word`` (no
        name or alias ends with it, case and typographic apostrophes ignored): a quick test
        before trying every phrase that ends with a word."""
        table = self._memo("ends-outlets" if outlets_only else "ends")
        ends = table.get(None)
        if ends is None:
            index = self._outlet_index if outlets_only else self._index
            ends = table[None] = frozenset(key.split()[-1] for key in index if key.split())
        return alias_key(word) in ends

    def by_surname(self, surname: str) -> Source | None:
        """The first person in the registry with this surname (file order), if any."""
        key = surname.casefold()
        memo = self._memo("surname")
        if key not in memo:
            memo[key] = next((src for src in self.sources.values()
                              if src.surname and src.surname.casefold() == key), None)
        return memo[key]

    def by_head(self, head: str, plural: bool = False) -> Source | None:
        """The generic group named by a head noun ("officials" -> Unnamed officials); with
        ``plural``, a plural also finds the group of its singular ("residents" -> "resident")."""
        key = head.casefold()
        memo = self._memo("head")
        if key not in memo:
            memo[key] = next((src for src in self.sources.values() if key in src.heads), None)
        if memo[key] is None and plural and key.endswith("s") and not key.endswith("ss") \
                and len(key) > 3:
            return self.by_head(key[:-1])
        return memo[key]

    def _memo(self, kind) -> dict:
        """Answers already given (quote extraction asks for the same names again and again);
        forgotten when the sources or the indexes are replaced, or when it grows large."""
        state = (self.sources, self._index, self._outlet_index)
        memos = self.__dict__.get("_memos")
        if memos is None or memos[0] is not state[0] or memos[1] is not state[1] \
                or memos[2] is not state[2]:
            memos = self.__dict__["_memos"] = (*state, {})
        table = memos[3].get(kind)
        if table is None or len(table) > _MEMO_SIZE:
            table = memos[3][kind] = {}
        return table

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state.pop("_memos", None)  # not sent to worker processes
        return state

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
    text = " ".join(text.replace("\u2019", "'").replace("\u2018", "'").split()).casefold()
    return text[4:] if text.startswith("the ") else text


def load_registry(path: str | Path | None = None) -> Registry:
    """Load the source registry (the packaged ``sources.yml`` unless ``path`` is given).

    Parameters
    ----------
    path
        A user registry in the same format; it replaces the packaged one.

    Raises
    ------
    RegistryError
        When the file cannot be read or an entry is malformed (one line naming the file and
        the entry).
    """
    shown = str(path) if path else "framing/data/sources.yml"
    try:
        data = resources.read_yaml(path) if path else resources.read_data_yaml("sources.yml")
    except OSError as exc:
        raise RegistryError(f"{shown}: cannot read: {exc.strerror or exc}") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise RegistryError(f"{shown}{where}: not valid YAML: {reason}") from None
    if not isinstance(data, dict) or not isinstance(data.get("sources"), list):
        raise RegistryError(f"{shown}: expected a mapping with a 'sources' list")
    outlet_types = data.get("outlet_types") or {}
    source_types = data.get("source_types") or {t: t for t in SOURCE_TYPES}
    if not isinstance(outlet_types, dict) or not isinstance(source_types, dict):
        raise RegistryError(f"{shown}: 'outlet_types' and 'source_types' must be mappings")
    sources = {}
    for number, spec in enumerate(data["sources"], 1):
        problem = _check_source(spec, source_types, outlet_types)
        if problem:
            label = spec.get("name") if isinstance(spec, dict) and spec.get("name") else None
            entry = f"source {label!r}" if label else f"source #{number}"
            raise RegistryError(f"{shown}: {entry}: {problem}")
        src = _make_source(str(spec["name"]), spec)
        sources[src.name] = src
    return Registry(
        name=str(data.get("name", "sources")),
        version=str(data.get("version", "0")),
        sources=sources,
        outlet_types={str(k): dict(v or {}) for k, v in outlet_types.items()},
        source_types={str(k): str(v) for k, v in source_types.items()},
    )


def _check_source(spec: Any, source_types: dict, outlet_types: dict) -> str | None:
    """What is wrong with one registry entry, or None."""
    if not isinstance(spec, dict):
        return "expected a mapping with name, aliases, source_type, country"
    if not spec.get("name") or not isinstance(spec["name"], str):
        return "no name"
    if spec.get("source_type", "other") not in source_types:
        return (f"unknown source_type {spec.get('source_type')!r} "
                f"(known: {', '.join(source_types)})")
    if spec.get("outlet_type") and spec["outlet_type"] not in outlet_types:
        return f"unknown outlet_type {spec['outlet_type']!r}"
    if spec.get("kind") and spec["kind"] not in KINDS:
        return f"kind must be one of {', '.join(KINDS)}, not {spec['kind']!r}"
    for key in ("aliases", "heads"):
        value = spec.get(key) or []
        if not isinstance(value, list) or not all(
                isinstance(a, (str, int)) and not isinstance(a, bool) for a in value):
            return f"{key} must be a list of names (quote yes, no, on and off)"
    country = spec.get("country")
    if country is not None and not (isinstance(country, str) and re.fullmatch(r"[A-Z]{2}", country)):
        return f"country {country!r} is not an ISO 3166 alpha-2 code such as KR or CN"
    return None


def _make_source(name: str, spec: dict[str, Any]) -> Source:
    known = {"name", "aliases", "source_type", "country", "outlet_type", "generic", "kind",
             "surname", "heads"}
    source_type = str(spec.get("source_type", "other"))
    return Source(
        name=name,
        source_type=source_type,
        country=spec.get("country"),
        outlet_type=spec.get("outlet_type"),
        aliases=tuple(str(a) for a in spec.get("aliases") or ()),
        generic=bool(spec.get("generic", False)),
        kind=str(spec.get("kind") or _default_kind(source_type, bool(spec.get("generic")))),
        surname=str(spec["surname"]) if spec.get("surname") else None,
        heads=tuple(str(h).casefold() for h in spec.get("heads") or ()),
        extra={k: v for k, v in spec.items() if k not in known},
    )


def _default_kind(source_type: str, generic: bool) -> str:
    if source_type == "government-official":
        return "person"
    if source_type == "anonymous" or (generic and source_type == "expert"):
        return "group"
    return "organisation"


def _build_index(sources) -> dict[str, str]:
    index: dict[str, str] = {}
    for src in sources:
        for alias in (src.name, *src.aliases):
            index.setdefault(alias_key(alias), src.name)
    return index
