"""The attribution vocabulary (reporting verbs, titles, roles, countries) read from YAML."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

import yaml

from . import resources
from .errors import FramingError

_PACKAGED = "framing/data/quotes.yml"
_LISTS = ("according_to", "channels", "documents", "adjuncts", "titles", "works", "scare_markers")


class CuesError(FramingError, ValueError):
    """A cue vocabulary file that cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class Verb:
    """One reporting verb: its lemma, forms and how its words follow it."""

    lemma: str
    forms: tuple[str, ...]
    addressee: bool = False
    needs_that: bool = False
    document_subject: bool = False
    quotes_only: bool = False
    commentary: bool = False
    evaluative: bool = False
    that_only: bool = False
    directive: bool = False

    @property
    def base(self) -> str | None:
        """The bare form ("say"), which only reports speech after a plural subject."""
        first = self.forms[0]
        return None if first.endswith(("ed", "ing")) else first


@dataclass(frozen=True)
class Cues:
    """The vocabulary of `framing/data/quotes.yml` (or a user file in the same format),
    with lookup tables built once."""

    name: str
    version: str
    verbs: dict[str, Verb]
    according_to: tuple[str, ...]
    quote_verbs: dict[str, tuple[str, ...]]
    channels: tuple[str, ...]
    documents: frozenset[str]
    adjuncts: frozenset[str]
    titles: frozenset[str]
    roles: dict[str, frozenset[str]]
    countries: dict[str, tuple[str, ...]]
    works: frozenset[str]
    scare_markers: tuple[str, ...]
    pronouns: dict[str, frozenset[str]]
    anaphors: dict[str, tuple[str, ...]]
    names: dict[str, frozenset[str]]  # body_heads, group_heads, tiers... (see quotes.yml)
    extends: str | None = None  # ``name@version`` of the packaged vocabulary a user file adds to
    forms: dict[tuple[str, ...], Verb] = field(default_factory=dict, repr=False)
    country_words: dict[tuple[str, ...], str] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        forms = {tuple(f.split()): v for v in self.verbs.values() for f in v.forms}
        object.__setattr__(self, "forms", forms)
        words = {tuple(w.casefold().split()): code for code, names in self.countries.items()
                 for w in names}
        object.__setattr__(self, "country_words", words)
        exact = frozenset(w.casefold() for names in self.countries.values() for w in names
                          if len(w) > 1 and w.replace(".", "").replace("'s", "").isupper())
        object.__setattr__(self, "_exact", exact)
        object.__setattr__(self, "country_first", frozenset(k[0] for k in words))

    def country_code(self, words: Sequence[str]) -> str | None:
        """The country that ``words`` name ("South Korea's" -> KR); acronyms such as "UK" or
        "US" only when written in capitals (so that the name "Yang Uk" names no country)."""
        key = tuple(w.casefold().removesuffix("'s") for w in words)
        code = self.country_words.get(key)
        if code is None:
            return None
        joined = " ".join(words).removesuffix("'s")
        if joined.casefold() in self._exact and not joined.replace(".", "").isupper():
            return None
        return code

    @property
    def label(self) -> str:
        """``name@version``, as recorded in output tables (``mine@1+framing-quote-cues@1.0``
        for a user file that extends the packaged vocabulary)."""
        own = f"{self.name}@{self.version}"
        return f"{own}+{self.extends}" if self.extends else own

    @functools.cached_property
    def hint(self) -> re.Pattern:
        """A regular expression for the first word of every cue (a quick first pass over an
        article; participles and "According" may also open a sentence in capitals)."""
        words = {form[0] for form in self.forms}
        words |= {w for forms in self.quote_verbs.values() for w in forms}
        words |= {phrase.split()[0] for phrase in self.according_to}
        words |= {w[:1].upper() + w[1:] for w in list(words)
                  if w.endswith("ing") or w in {p.split()[0] for p in self.according_to}}
        return re.compile(r"(?<![\w'-])" + _trie_pattern(sorted(words)) + r"(?![\w'-])")

    def role_type(self, word: str) -> str | None:
        """The source type that a role word implies ("analyst" -> expert), if any."""
        low = word.casefold()
        for source_type in ("expert", "government", "news-media", "government-official"):
            if low in self.roles.get(source_type, ()):
                return source_type
        return None

    def pronoun_kind(self, word: str) -> str | None:
        """``person``, ``organisation`` or ``group`` for a pronoun, None for other words."""
        return self._pronoun_kinds.get(word.casefold())

    @functools.cached_property
    def _pronoun_kinds(self) -> dict[str, str]:
        """Pronoun -> kind; a pronoun listed under two kinds has the first (asked of every
        word that may start or end a speaker's phrase)."""
        kinds: dict[str, str] = {}
        for kind, words in self.pronouns.items():
            for w in words:
                kinds.setdefault(w, kind)
        return kinds


def load_cues(path: str | Path | None = None) -> Cues:
    """Load the attribution vocabulary (the packaged ``quotes.yml`` unless ``path`` is given).

    A user file in the format of ``framing/data/quotes.yml`` replaces the packaged vocabulary;
    with ``extends: framing-quote-cues`` it adds to it instead: its verbs are added (a lemma
    already there is replaced), its words are added to the packaged lists of the same name,
    and the words under ``remove`` (a mapping from a list's name to words) are taken out (from
    each of its lists, for ``roles`` or ``names``).

    Raises
    ------
    CuesError
        When the file cannot be read or a list is malformed.
    """
    if path is None:
        return _packaged()
    return _parse(_read(path, str(path)), str(path))


@functools.lru_cache(maxsize=1)
def _packaged() -> Cues:
    return _parse(_read(None, _PACKAGED), _PACKAGED)


def _read(path: str | Path | None, shown: str) -> Any:
    try:
        return resources.read_yaml(path) if path else resources.read_data_yaml("quotes.yml")
    except OSError as exc:
        raise CuesError(f"{shown}: cannot read: {exc.strerror or exc}") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise CuesError(f"{shown}{where}: not valid YAML: {reason}") from None


def _parse(data: Any, shown: str) -> Cues:
    extends = None
    if isinstance(data, dict) and data.get("extends") is not None:
        data, extends = _merge_packaged(data, shown)
    if not isinstance(data, dict) or not isinstance(data.get("verbs"), dict):
        raise CuesError(f"{shown}: expected a mapping with a 'verbs' mapping")
    verbs = {}
    for lemma, spec in data["verbs"].items():
        spec = spec if isinstance(spec, dict) else {"forms": spec}
        forms = spec.get("forms")
        if not isinstance(forms, list) or not forms:
            raise CuesError(f"{shown}: verb {lemma!r} needs a list of forms")
        verbs[str(lemma)] = Verb(str(lemma), tuple(str(f).casefold() for f in forms),
                                 bool(spec.get("addressee")), bool(spec.get("needs_that")),
                                 spec.get("subject") == "document", bool(spec.get("quotes_only")),
                                 bool(spec.get("commentary")), bool(spec.get("evaluative")),
                                 bool(spec.get("that_only")), bool(spec.get("directive")))
    lists = {key: _words(data, key, shown) for key in _LISTS}
    return Cues(
        name=str(data.get("name", "quote-cues")),
        version=str(data.get("version", "0")),
        verbs=verbs,
        according_to=tuple(lists["according_to"]),
        quote_verbs={str(k): tuple(_as_list(v, f"quote_verbs.{k}", shown))
                     for k, v in _mapping(data, "quote_verbs", shown).items()},
        channels=tuple(lists["channels"]),
        documents=frozenset(lists["documents"]),
        adjuncts=frozenset(lists["adjuncts"]),
        titles=_with_elect(lists["titles"]),
        roles={str(k): frozenset(_as_list(v, f"roles.{k}", shown))
               for k, v in _mapping(data, "roles", shown).items()},
        countries={str(k): tuple(str(w) for w in _as_list(v, f"countries.{k}", shown, fold=False))
                   for k, v in _mapping(data, "countries", shown).items()},
        works=frozenset(lists["works"]),
        scare_markers=tuple(lists["scare_markers"]),
        pronouns={str(k): frozenset(_as_list(v, f"pronouns.{k}", shown))
                  for k, v in _mapping(data, "pronouns", shown).items()},
        anaphors={str(k): tuple(_as_list(v, f"anaphors.{k}", shown))
                  for k, v in _mapping(data, "anaphors", shown).items()},
        names=_names(data, shown),
        extends=extends,
    )


def _with_elect(titles) -> frozenset[str]:
    """Titles, and each with "-elect" and "-designate" ("Representative-elect Kerkula")."""
    titles = frozenset(titles)
    return titles | {f"{t}{s}" for t in titles for s in ("-elect", "-designate")
                     if not t.endswith(("-elect", "-designate"))}


_GROUPED = ("quote_verbs", "roles", "countries", "pronouns", "anaphors",
            "names")  # name -> list of words
_AS_WRITTEN = frozenset({"post_nominals"})  # lists of `names` matched with their capitals ("SC")


def _names(data: dict, shown: str) -> dict[str, frozenset[str]]:
    """The ``names`` lists; a list a file leaves out is the packaged one (files written
    before the lists moved out of the code keep working)."""
    names = {str(k): frozenset(_as_list(v, f"names.{k}", shown, fold=str(k) not in _AS_WRITTEN))
             for k, v in _mapping(data, "names", shown).items()}
    if shown != _PACKAGED:
        names = {**_packaged().names, **names}
    return names


def _merge_packaged(data: dict, shown: str) -> tuple[dict, str]:
    """The packaged vocabulary with a user file's additions and removals (``extends``)."""
    base = resources.read_data_yaml("quotes.yml")
    if str(data["extends"]) != base["name"]:
        raise CuesError(f"{shown}: extends {data['extends']!r}, but the packaged vocabulary "
                        f"is {base['name']!r}")
    known = {"name", "version", "source", "licence", "description", "categories", "extends",
             "remove", "verbs", *_LISTS, *_GROUPED}
    unknown = sorted(str(k) for k in data if k not in known)
    if unknown:
        raise CuesError(f"{shown}: unknown key {unknown[0]!r}")
    merged = dict(base)
    merged["verbs"] = {**base["verbs"], **_mapping(data, "verbs", shown)}
    for key in _LISTS:
        merged[key] = list(base.get(key) or []) + _as_list(data.get(key) or [], key, shown,
                                                           fold=False)
    for key in _GROUPED:
        groups = {k: list(v) for k, v in (base.get(key) or {}).items()}
        for name, words in _mapping(data, key, shown).items():
            groups[name] = groups.get(name, []) + _as_list(words, f"{key}.{name}", shown,
                                                           fold=False)
        merged[key] = groups
    for key, words in _mapping(data, "remove", shown).items():
        gone = set(_as_list(words, f"remove.{key}", shown))
        if key == "verbs":
            missing = gone - {str(lemma).casefold() for lemma in merged["verbs"]}
            merged["verbs"] = {k: v for k, v in merged["verbs"].items()
                               if str(k).casefold() not in gone}
        elif key in _LISTS:
            missing = gone - {str(w).casefold() for w in merged[key]}
            merged[key] = [w for w in merged[key] if str(w).casefold() not in gone]
        elif key in _GROUPED:
            present = {str(w).casefold() for ws in merged[key].values() for w in ws}
            missing = gone - present
            merged[key] = {k: [w for w in ws if str(w).casefold() not in gone]
                           for k, ws in merged[key].items()}
        else:
            raise CuesError(f"{shown}: remove: {key!r} is not a list of the vocabulary")
        if missing:
            raise CuesError(f"{shown}: remove: {sorted(missing)[0]!r} is not in "
                            f"{base['name']}'s {key!r}")
    merged["name"] = data.get("name", "user-cues")
    merged["version"] = data.get("version", "0")
    return merged, f"{base['name']}@{base['version']}"


def _words(data: dict, key: str, shown: str) -> list[str]:
    return _as_list(data.get(key) or [], key, shown)


def _mapping(data: dict, key: str, shown: str) -> dict:
    value = data.get(key) or {}
    if not isinstance(value, dict):
        raise CuesError(f"{shown}: {key!r} must be a mapping")
    return value


def _as_list(value: Any, key: str, shown: str, *, fold: bool = True) -> list[str]:
    if not isinstance(value, list):
        raise CuesError(f"{shown}: {key!r} must be a list of words")
    if any(isinstance(v, bool) or v is None for v in value):
        raise CuesError(f"{shown}: {key!r} has an empty, null or true/false value: put such "
                        "words in quotes ('null')")
    return [str(v).casefold() if fold else str(v) for v in value]


def _trie_pattern(words: Sequence[str]) -> str:
    """One regular expression for many words, as a trie ("sa(?:id|y(?:s|ing)?)"): far faster
    than a list of alternatives."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_node(trie)


def _trie_node(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(char) + _trie_node(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
    return body + ("?" if ends else "")
