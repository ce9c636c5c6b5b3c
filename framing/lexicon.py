"""Lexicons as codebooks: read and check the stance and naming YAML files, match their terms."""

from __future__ import annotations

import bisect
import functools
import re
from itertools import accumulate
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Literal, Sequence, Union

import yaml

from . import resources
from .errors import FramingError
from .text import normalize

Kind = Literal["stance", "naming"]
# What find_markers and score_corpus take as ``lexicon``: None (the packaged lexicons), a
# Lexicon or a path, or a list of them (at most one of each kind).
LexiconSpec = Union["Lexicon", str, Path, Sequence[Union["Lexicon", str, Path]], None]
NextWord = Literal["capitalized", "not_capitalized"]

CATEGORIES = ("hedge", "booster", "distancing", "scare_quote", "pejorative", "laudatory",
              "honorific", "report_verb", "naming")
STANCE_CATEGORIES = CATEGORIES[:-1]
PACKAGED = {"stance": "lexicons/stance.yml", "naming": "lexicons/naming.yml"}
GAP = "\x00gap"  # the token that "..." in a term becomes
MAX_GAP = 3  # words that "..." may stand for
NUMBER = "#number"  # in unless_after: any word with a digit
POSSESSIVE = "#possessive"  # in unless_before: a word with a possessive 's ("Seoul's claims")

_ENTRY_KEYS = {"term", "forms", "inflect", "case_sensitive", "unless_before", "unless_after",
               "window", "next_word", "note"}
_TOP_KEYS = {"name", "version", "source", "description", "settings", "categories", "actors",
             "defaults", "extends", "remove"}


class LexiconError(FramingError, ValueError):
    """A lexicon file that cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class Context:
    """Words around a term that make it something else: phrases (lower-case pieces), their
    lengths, and the special tokens ``#number`` and ``#possessive``."""

    phrases: frozenset[tuple[str, ...]] = frozenset()
    sizes: tuple[int, ...] = ()
    number: bool = False
    possessive: bool = False


@dataclass(frozen=True)
class Entry:
    """One lexicon term with the conditions under which a match counts."""

    term: str
    category: str
    actor: str = ""
    case_sensitive: bool = False
    unless_before: Context | None = None
    unless_after: Context | None = None
    window: int = 3
    next_word: NextWord | None = None


@dataclass
class Lexicon:
    """A stance or naming lexicon: its codebook (descriptions, sources) and its entries."""

    name: str
    version: str
    kind: Kind
    label: str  # ``name@version`` (``user@v+base@v`` for an extended lexicon)
    source: Any
    description: str
    groups: dict[str, dict[str, Any]]  # categories (stance) or actors (naming) and their text
    entries: tuple[Entry, ...]
    settings: dict[str, Any] = field(default_factory=dict)
    forms: tuple[tuple[int, tuple[str, ...], tuple[str, ...], bool], ...] = ()
    path: str = ""
    cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @functools.cached_property
    def matcher(self) -> "Matcher":
        """The compiled token trie of every form of every entry."""
        return Matcher(self.entries, self.forms)

    def codebook(self):
        """One row per entry: category (or actor), term, and the description a teacher reads."""
        import pandas as pd

        rows = [{"category": e.category, "actor": e.actor, "term": e.term,
                 "description": self.groups.get(e.actor or e.category, {}).get("description", "")}
                for e in self.entries]
        return pd.DataFrame(rows, columns=["category", "actor", "term", "description"])


# ---------------------------------------------------------------------------- tokens


class Tokens:
    """Word pieces of a text for matching: lower-case keys, and their spans on demand.

    Hyphenated words are split ("China-DPRK" is two pieces), a possessive ``'s`` is left out
    of the key and of the span, and a final dot is dropped ("U.S." is ``u.s``).
    """

    def __init__(self, text: str, sentences: Sequence[tuple[int, int]] = ()) -> None:
        self.text = text
        lower = text.lower()
        # one regex pass: [gap, piece, gap, piece, ..., gap]; a piece starts where the text
        # before it (gaps and pieces) ends
        parts = (_ASCII_PIECE_SPLIT if lower.isascii() else _PIECE_SPLIT).split(lower)
        keys = parts[1::2]
        self.starts = list(accumulate(map(len, parts)))[0:-1:2]
        if "'" in lower:
            keys = [k[:-2] if "'" in k and k.endswith("'s") else k for k in keys]
        self.keys = keys
        self.sentence_starts = [s for s, _ in sentences]
        self._sentence: dict[int, int] = {}

    def possessive(self, i: int) -> bool:
        """Whether piece ``i`` was written with a possessive ``'s``."""
        end = self.end(i)
        return self.text[end:end + 2] == "'s"

    def adjacent(self, i: int, j: int) -> bool:
        """Whether only spaces separate piece ``i`` (with its possessive) from piece ``j``."""
        end = self.end(i) + (2 if self.possessive(i) else 0)
        return not self.text[end:self.starts[j]].strip()

    def joined(self, i: int) -> bool:
        """Whether pieces ``i`` and ``i + 1`` belong to one phrase: only spaces, a hyphen or a
        possessive between them (a comma, a full stop or a blank line ends a phrase; a single
        line break, as in hard-wrapped text, does not)."""
        between = self.text[self.end(i):self.starts[i + 1]]
        return between.count("\n") < 2 and between.strip() in _JOINERS

    def start(self, i: int) -> int:
        """Offset where piece ``i`` starts."""
        return self.starts[i]

    def end(self, i: int) -> int:
        """Offset where piece ``i`` ends (before a possessive ``'s``)."""
        return self.starts[i] + len(self.keys[i])

    def surface(self, i: int) -> str:
        """The piece as written (with its case)."""
        return self.text[self.start(i):self.end(i)]

    def sentence_of(self, i: int) -> int:
        """Index of the sentence that holds piece ``i`` (0 when no sentences were given)."""
        found = self._sentence.get(i)
        if found is None:
            found = self._sentence[i] = max(0, bisect.bisect_right(self.sentence_starts,
                                                                   self.starts[i]) - 1)
        return found

    def sentence_start(self, i: int) -> int:
        """Offset where the sentence of piece ``i`` starts (0 when no sentences were given)."""
        return self.sentence_starts[self.sentence_of(i)] if self.sentence_starts else 0

    def same_sentence(self, i: int, j: int) -> bool:
        """Whether pieces ``i`` and ``j`` are in the same sentence."""
        return self.sentence_of(i) == self.sentence_of(j)

    def sentence_initial(self, i: int) -> bool:
        """Whether piece ``i`` is the first word of its sentence."""
        if i == 0:
            return True
        if not self.sentence_starts:
            return False
        return self.starts[i - 1] < self.sentence_starts[self.sentence_of(i)]


_JOINERS = frozenset({"", "-", "'s", "'", "'s -", "' -"})
_PIECE_RE = re.compile(r"[^\W_]+(?:['.][^\W_]+)*")
# The same pieces (possessive quantifiers: a piece never gives back letters, as no pattern
# follows), captured, for re.split.
_PIECE_SPLIT = re.compile(r"([^\W_]++(?:['.][^\W_]++)*+)")
_ASCII_PIECE_SPLIT = re.compile(r"([a-z0-9]++(?:['.][a-z0-9]++)*+)")  # lower-case ASCII text


def tokenize_pieces(text: str, sentences: Sequence[tuple[int, int]] = ()) -> Tokens:
    """Split ``text`` (normalised: straight quotes and dashes) into matching pieces: the words
    of `framing.text.tokenize_words` cut at hyphens, possessive ``'s`` left out.

    Examples
    --------
    >>> t = tokenize_pieces("Kim Jong-un's U.S.-led regimes")
    >>> t.keys
    ['kim', 'jong', 'un', 'u.s', 'led', 'regimes']
    >>> [t.surface(i) for i in range(len(t.keys))]
    ['Kim', 'Jong', 'un', 'U.S', 'led', 'regimes']
    """
    return Tokens(text, sentences)


def is_negation(key: str, cues: frozenset[str]) -> bool:
    """Whether a piece is a negation cue (``not``, ``never``, any ``...n't``)."""
    return key in cues or key.endswith("n't")


# ---------------------------------------------------------------------------- inflections


def inflect(word: str) -> list[str]:
    """Regular inflections of an English word (over-generation is harmless: they are looked up).

    Adverbs in -ly and words already in -ed or -ing are left alone.

    Examples
    --------
    >>> inflect("intimidate")
    ['intimidate', 'intimidates', 'intimidated', 'intimidating']
    >>> inflect("prop")
    ['prop', 'props', 'proped', 'propped', 'proping', 'propping']
    >>> inflect("allegedly")
    ['allegedly']
    """
    w = word.lower()
    if len(w) < 3 or not w.isalpha() or w.endswith(("ly", "ed", "ing")):
        return [word]
    forms = [w]
    if w.endswith(("s", "x", "z", "ch", "sh")):
        forms.append(w + "es")
    elif w.endswith("y") and w[-2] not in "aeiou":
        forms.append(w[:-1] + "ies")
    else:
        forms.append(w + "s")
    stem = w[:-1] if w.endswith("e") and not w.endswith("ee") else w
    if w.endswith("y") and w[-2] not in "aeiou":
        forms += [w[:-1] + "ied", w + "ing"]
    elif w.endswith("ie"):
        forms += [w + "d", w[:-2] + "ying"]
    else:
        double = [w + w[-1]] if _cvc(w) else []
        forms += [stem + "ed"] + [d + "ed" for d in double]
        forms += [stem + "ing"] + [d + "ing" for d in double]
    return list(dict.fromkeys(forms))


def _cvc(w: str) -> bool:
    vowels = "aeiou"
    return (len(w) >= 3 and w[-1] not in vowels + "wxy" and w[-2] in vowels
            and w[-3] not in vowels)


# ---------------------------------------------------------------------------- loading


def load_lexicon(path: str | Path | None = None, *, kind: Kind | None = None) -> Lexicon:
    """Load a lexicon: the packaged one of ``kind``, or a user's YAML file.

    Parameters
    ----------
    path
        A user lexicon in the format of ``framing/data/lexicons/stance.yml`` (``categories``)
        or ``naming.yml`` (``actors``). With ``extends: framing-stance`` (or
        ``framing-naming``) it adds to the packaged lexicon instead of replacing it.
    kind
        ``stance`` or ``naming``: which packaged lexicon to load when ``path`` is None
        (default ``stance``); with a path, the kind the file must be.

    Raises
    ------
    LexiconError
        When the file is not valid YAML or not a valid lexicon (one line naming the problem).
    """
    if path is None:
        kind = kind or "stance"
        where = f"framing/data/{PACKAGED[kind]}"
        return build_lexicon(resources.read_data_yaml(PACKAGED[kind]), where=where)
    where = str(path)
    try:
        data = resources.read_yaml(path)
    except OSError as exc:
        raise LexiconError(f"{where}: cannot read the lexicon ({exc.strerror or exc})") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" at line {mark.line + 1}" if mark else ""
        raise LexiconError(f"{where}: not valid YAML{line}") from None
    lexicon = build_lexicon(data, where=where)
    if kind and lexicon.kind != kind:
        raise LexiconError(f"{where}: a {lexicon.kind} lexicon, expected a {kind} lexicon")
    return lexicon


def build_lexicon(data: Any, *, where: str = "<lexicon>") -> Lexicon:
    """Check a parsed lexicon document and compile it (see `load_lexicon`)."""
    if not isinstance(data, dict):
        raise LexiconError(f"{where}: expected a mapping with name, version and categories "
                           "or actors")
    unknown = sorted(k for k in data if k not in _TOP_KEYS and not str(k).startswith("_"))
    if unknown:
        raise LexiconError(f"{where}: unknown key {unknown[0]!r} (expected "
                           f"{', '.join(sorted(_TOP_KEYS))})")
    for key in ("name", "version"):
        if not isinstance(data.get(key), (str, int, float)) or not str(data[key]).strip():
            raise LexiconError(f"{where}: missing {key!r}")
    if "categories" in data and "actors" in data:
        raise LexiconError(f"{where}: has both 'categories' and 'actors'; a lexicon is one kind")
    if "categories" not in data and "actors" not in data:
        raise LexiconError(f"{where}: needs 'categories' (stance) or 'actors' (naming)")
    kind: Kind = "naming" if "actors" in data else "stance"
    if data.get("extends"):
        data = _merge_base(data, kind, where)
    groups = _read_groups(data, kind, where)
    defaults = _mapping(data.get("defaults") or {}, "defaults", where)
    entries, forms = _compile_entries(groups, kind, defaults, where)
    label = data.get("_label") or f"{data['name']}@{data['version']}"
    settings = _check_settings(_mapping(data.get("settings") or {}, "settings", where), where)
    return Lexicon(
        name=str(data["name"]), version=str(data["version"]), kind=kind, label=str(label),
        source=data.get("source"), description=str(data.get("description") or "").strip(),
        groups={name: _without_terms(spec) for name, spec in groups.items()},
        entries=tuple(entries), settings=settings, forms=tuple(forms), path=where,
    )


def _without_terms(spec: dict) -> dict:
    """A category's or actor's codebook text (description, source, label), without its terms."""
    return {k: v for k, v in spec.items() if k not in ("terms", "variants", "names", "titles")}


def _merge_base(data: dict, kind: Kind, where: str) -> dict:
    base = resources.read_data_yaml(PACKAGED[kind])
    if str(data["extends"]) != base["name"]:
        raise LexiconError(f"{where}: extends {data['extends']!r}, but the packaged {kind} "
                           f"lexicon is {base['name']!r}")
    section = "actors" if kind == "naming" else "categories"
    merged = {k: v for k, v in base.items() if k != section}
    merged[section] = {k: dict(v) for k, v in (base.get(section) or {}).items()}
    remove = set(str(r) for r in data.get("remove") or ())
    listed = ("variants", "names", "titles") if kind == "naming" else ("terms",)
    removed = set()
    for group in merged[section].values():
        for key in listed:
            if key in group:
                removed |= {_term_text(t) for t in group[key] or ()} & remove
                group[key] = [t for t in group[key] or () if _term_text(t) not in remove]
    if remove - removed:
        raise LexiconError(f"{where}: remove: {sorted(remove - removed)[0]!r} is not a term of "
                           f"{base['name']}")
    for name, spec in _mapping(data.get(section) or {}, section, where).items():
        spec = _mapping(spec or {}, f"{section}.{name}", where)
        target = merged[section].setdefault(name, {})
        for key, value in spec.items():
            if key in listed:
                target[key] = list(target.get(key) or ()) + list(value or ())
            else:
                target[key] = value
    merged["settings"] = {**(base.get("settings") or {}), **(data.get("settings") or {})}
    merged["defaults"] = {**(base.get("defaults") or {}), **(data.get("defaults") or {})}
    merged["name"], merged["version"] = data["name"], data["version"]
    merged["source"] = data.get("source", base.get("source"))
    merged["_label"] = f"{data['name']}@{data['version']}+{base['name']}@{base['version']}"
    return merged


def _read_groups(data: dict, kind: Kind, where: str) -> dict[str, dict]:
    section = "actors" if kind == "naming" else "categories"
    groups = _mapping(data.get(section), section, where)
    for name, spec in groups.items():
        if not isinstance(spec, dict):
            raise LexiconError(f"{where}: {section}.{name} must be a mapping")
        if kind == "stance" and name not in STANCE_CATEGORIES:
            raise LexiconError(f"{where}: unknown category {name!r} (one of "
                               f"{', '.join(STANCE_CATEGORIES)})")
        lists = ("variants", "names", "titles") if kind == "naming" else ("terms",)
        for key in lists:
            if spec.get(key) is not None and not isinstance(spec[key], list):
                raise LexiconError(f"{where}: {section}.{name}.{key} must be a list")
    return groups


_SETTINGS = {"negation": {"window": int, "cues": list, "through": list},
             "scare_quote": {"max_words": int, "attribution_cues": list}}


def _check_settings(settings: dict, where: str) -> dict:
    for name, value in settings.items():
        known = _SETTINGS.get(name)
        if known is None:
            raise LexiconError(f"{where}: unknown setting {name!r} (expected "
                               f"{', '.join(_SETTINGS)})")
        for key, item in _mapping(value, f"settings.{name}", where).items():
            kind = known.get(key)
            if kind is None or not isinstance(item, kind) or isinstance(item, bool) or (
                    kind is int and item < 1):
                what = "a whole number of 1 or more" if kind is int else "a list of words"
                raise LexiconError(f"{where}: settings.{name}.{key} must be {what}"
                                   if kind else f"{where}: unknown setting {name}.{key}")
    return settings


def _mapping(value: Any, what: str, where: str) -> dict:
    if not isinstance(value, dict):
        raise LexiconError(f"{where}: {what} must be a mapping")
    return value


def _term_text(item: Any) -> str:
    return str(item.get("term", "")) if isinstance(item, dict) else str(item)


# ---------------------------------------------------------------------------- compiling


def _compile_entries(groups: dict[str, dict], kind: Kind, defaults: dict,
                     where: str) -> tuple[list[Entry], list]:
    entries: list[Entry] = []
    forms: list[tuple[int, tuple[str, ...], tuple[str, ...], bool]] = []
    seen: dict[tuple[str, str], str] = {}
    for group, spec in groups.items():
        for item, context in _group_items(spec, kind, group, where):
            options = {**defaults, **item}
            category = "naming" if kind == "naming" else group
            actor = group if kind == "naming" else ""
            entry, surfaces = _compile_item(options, category, actor, context, where)
            written = surfaces[0][1] if entry.case_sensitive else surfaces[0][0]
            key = (actor or category, " ".join(written))
            if key in seen:
                if context == "generated":
                    continue
                raise LexiconError(f"{where}: {context}: {entry.term!r} is listed twice")
            seen[key] = entry.term
            index = len(entries)
            entries.append(entry)
            for keys, surface, explicit in surfaces:
                forms.append((index, keys, surface, explicit))
    return entries, forms


def _group_items(spec: dict, kind: Kind, group: str, where: str):
    """Yield ``(item mapping, context)`` for every term of a category or actor."""
    section = "actors" if kind == "naming" else "categories"
    keys = ("variants", "names") if kind == "naming" else ("terms",)
    for key in keys:
        for n, raw in enumerate(spec.get(key) or ()):
            yield _item(raw, f"{section}.{group}.{key}[{n}]", where), f"{group}.{key}"
    for title in spec.get("titles") or ():
        for raw in spec.get("names") or ():
            name = _item(raw, f"{section}.{group}.names", where)
            yield ({**name, "term": f"{_term_text(title)} {name['term']}",
                    "forms": [f"{_term_text(title)} {f}" for f in name.get("forms") or ()]},
                   "generated")


def _item(raw: Any, what: str, where: str) -> dict:
    if isinstance(raw, (str, int, float)) and str(raw).strip():
        return {"term": str(raw).strip()}
    if isinstance(raw, dict):
        unknown = sorted(set(raw) - _ENTRY_KEYS)
        if unknown:
            raise LexiconError(f"{where}: {what}: unknown option {unknown[0]!r} (expected "
                               f"{', '.join(sorted(_ENTRY_KEYS))})")
        if not isinstance(raw.get("term"), str) or not raw["term"].strip():
            raise LexiconError(f"{where}: {what}: needs a 'term' (a non-empty string)")
        return dict(raw, term=raw["term"].strip())
    raise LexiconError(f"{where}: {what}: a term must be a string or a mapping with 'term', "
                       f"not {raw!r}")


def _compile_item(options: dict, category: str, actor: str, context: str,
                  where: str) -> tuple[Entry, list]:
    term = options["term"]
    what = f"{context}: {term!r}"
    next_word = options.get("next_word")
    if next_word not in (None, "capitalized", "not_capitalized"):
        raise LexiconError(f"{where}: {what}: next_word must be capitalized or not_capitalized")
    window = options.get("window", 3)
    if not isinstance(window, int) or window < 1:
        raise LexiconError(f"{where}: {what}: window must be a whole number of 1 or more")
    case_sensitive = _flag(options, "case_sensitive", False, what, where)
    inflected = _flag(options, "inflect", True, what, where)
    extra = options.get("forms") or []
    if not isinstance(extra, list) or not all(isinstance(f, str) and f.strip() for f in extra):
        raise LexiconError(f"{where}: {what}: forms must be a list of strings")
    surfaces = []
    for text, explicit in [(term, True)] + [(f, True) for f in extra]:
        pattern = _pattern(text, what, where)
        if GAP in pattern and case_sensitive:
            raise LexiconError(f"{where}: {what}: '...' cannot be used with case_sensitive")
        variants = [pattern] + (_inflected(pattern) if inflected and GAP not in pattern else [])
        for n, surface in enumerate(variants):
            keys = tuple(k if k == GAP else k.lower() for k in surface)
            surfaces.append((keys, surface, explicit and n == 0))
    entry = Entry(term=term, category=category, actor=actor, case_sensitive=case_sensitive,
                  unless_before=_contexts(options.get("unless_before"), what, where),
                  unless_after=_contexts(options.get("unless_after"), what, where),
                  window=window, next_word=next_word)
    return entry, list(dict.fromkeys(surfaces))


def _flag(options: dict, key: str, default: bool, what: str, where: str) -> bool:
    value = options.get(key, default)
    if not isinstance(value, bool):
        raise LexiconError(f"{where}: {what}: {key} must be true or false")
    return value


def _pattern(text: str, what: str, where: str) -> tuple[str, ...]:
    """The pieces of a term as written (case kept), with `GAP` for "..."."""
    parts = [p.strip() for p in text.split("...")]
    pieces: list[str] = []
    for n, part in enumerate(parts):
        if n:
            pieces.append(GAP)
        if part:
            tokens = tokenize_pieces(normalize(part))
            pieces += [tokens.surface(i) for i in range(len(tokens.keys))]
    if not pieces or pieces[0] == GAP or pieces[-1] == GAP or (
            len(parts) > 1 and any(not p for p in parts)):
        raise LexiconError(f"{where}: {what}: needs words (and '...' only between words)")
    return tuple(pieces)


def _inflected(pattern: tuple[str, ...]) -> list[tuple[str, ...]]:
    out = []
    for position in sorted({0, len(pattern) - 1}):
        word = pattern[position]
        for form in inflect(word)[1:]:
            if word.isupper():
                form = form.upper()
            elif word[:1].isupper():
                form = word[0] + form[1:]
            out.append(pattern[:position] + (form,) + pattern[position + 1:])
    return out


def _contexts(value: Any, what: str, where: str) -> Context | None:
    if not value:
        return None
    if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
        raise LexiconError(f"{where}: {what}: unless_before/unless_after must be lists of words")
    phrases: set[tuple[str, ...]] = set()
    for phrase in map(str, value):
        if phrase in (NUMBER, POSSESSIVE):
            continue
        keys = _keys(phrase)
        if not keys:
            raise LexiconError(f"{where}: {what}: empty context {phrase!r}")
        phrases.update(tuple(k.lower() for k in p) for p in [keys] + _inflected(keys))
    words = [str(v) for v in value]
    return Context(frozenset(phrases), tuple(sorted({len(p) for p in phrases})),
                   number=NUMBER in words, possessive=POSSESSIVE in words)


def _keys(text: str) -> tuple[str, ...]:
    return tuple(tokenize_pieces(normalize(text)).keys)


# ---------------------------------------------------------------------------- matching


class _Node:
    __slots__ = ("children", "gap", "hits")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.gap: _Node | None = None
        self.hits: list[tuple[int, tuple[str, ...] | None]] = []


@dataclass(frozen=True)
class Match:
    """A lexicon entry found at pieces ``i`` to ``j`` (exclusive) of a `Tokens`."""

    entry: Entry
    i: int
    j: int


class Matcher:
    """A trie over the lower-case pieces of every form; `find` returns the matches that meet
    their entry's conditions, longest first, never overlapping."""

    def __init__(self, entries: Sequence[Entry], forms: Iterable) -> None:
        self.entries = tuple(entries)
        # entries that every match of a case-insensitive form meets (no condition to check)
        self._plain = tuple(e.unless_before is None and e.unless_after is None
                            and not e.next_word for e in self.entries)
        self.root = _Node()
        forms = list(forms)
        explicit = {keys for _, keys, _, is_explicit in forms if is_explicit}
        for index, keys, surface, is_explicit in forms:
            if not is_explicit and keys in explicit:
                continue  # a generated form never shadows a term written out
            node = self.root
            for key in keys:
                if key == GAP:
                    node.gap = node.gap or _Node()
                    node = node.gap
                else:
                    node = node.children.setdefault(key, _Node())
            hit = (index, surface if self.entries[index].case_sensitive else None)
            if hit not in node.hits:
                node.hits.append(hit)

    def find(self, tokens: Tokens, positions: Iterable[int] | None = None) -> list[Match]:
        """Every accepted, non-overlapping match in ``tokens`` (longest wins, then leftmost).

        ``positions`` may narrow the pieces where a match can start (see `first_positions`).
        """
        first = self.root.children
        keys = tokens.keys
        if positions is None:
            positions = range(len(keys))
        candidates: list[tuple[int, int, list, bool]] = []
        for i in [i for i in positions if keys[i] in first]:
            node = first[keys[i]]
            if node.hits:
                candidates.append((i, i + 1, node.hits, False))
            if node.children or node.gap is not None:
                self._walk(node, tokens, i, i + 1, False, candidates)
        accepted = []
        entries, plain = self.entries, self._plain
        for i, j, hits, gapped in candidates:
            if gapped and not tokens.same_sentence(i, j - 1):
                continue
            for index, surface in hits:
                entry = entries[index]
                if (surface is None and plain[index]) or _accept(entry, surface, tokens, i, j):
                    accepted.append(Match(entry, i, j))
        return _select(accepted)

    def _walk(self, node: _Node, tokens: Tokens, i: int, j: int, gapped: bool,
              out: list) -> None:
        """Follow the pieces after ``j - 1`` down the trie; matches of one word are recorded
        by `find` (a term's words must be `Tokens.joined`; a gap may cross punctuation, so a
        match with one is checked to stay in its sentence)."""
        keys = tokens.keys
        n = len(keys)
        if j < n and node.children:
            child = node.children.get(keys[j])
            if child is not None and tokens.joined(j - 1):
                if child.hits:
                    out.append((i, j + 1, child.hits, gapped))
                self._walk(child, tokens, i, j + 1, gapped, out)
        if node.gap is not None:
            for k in range(j, min(n, j + MAX_GAP + 1)):
                child = node.gap.children.get(keys[k])
                if child is not None:
                    if child.hits:
                        out.append((i, k + 1, child.hits, True))
                    self._walk(child, tokens, i, k + 1, True, out)


def first_positions(tokens: Tokens, matchers: Sequence[Matcher]) -> list[int]:
    """Pieces where a term of one of ``matchers`` can start: one pass over the text for all
    of them."""
    first = _first_words(tuple(matchers))
    return [i for i, key in enumerate(tokens.keys) if key in first]


@functools.lru_cache(maxsize=8)
def _first_words(matchers: tuple[Matcher, ...]) -> frozenset[str]:
    return frozenset().union(*(m.root.children for m in matchers))


def _accept(entry: Entry, surface: tuple[str, ...] | None, tokens: Tokens, i: int,
            j: int) -> bool:
    if surface is not None and not _same_case(surface, tokens, i):
        return False
    if entry.unless_before is not None and _preceded(entry.unless_before, tokens, i):
        return False
    if entry.unless_after is not None and _followed(entry.unless_after, tokens, j,
                                                    entry.window):
        return False
    if entry.next_word:
        nxt = j < len(tokens.keys) and tokens.same_sentence(i, j) and tokens.adjacent(j - 1, j)
        capital = nxt and tokens.surface(j)[:1].isupper()
        if capital != (entry.next_word == "capitalized"):
            return False
    return True


def _same_case(surface: tuple[str, ...], tokens: Tokens, i: int) -> bool:
    for n, expected in enumerate(surface):
        actual = tokens.surface(i + n)
        if actual == expected:
            continue
        if n == 0 and expected[:1].islower() and actual == expected[:1].upper() + expected[1:] \
                and tokens.sentence_initial(i):
            continue
        return False
    return True


def _preceded(context: Context, tokens: Tokens, i: int) -> bool:
    """Whether one of the context's phrases ends right before piece ``i``."""
    keys = tokens.keys
    if context.possessive and i > 0 and tokens.possessive(i - 1) and tokens.adjacent(i - 1, i):
        return True
    return any(i >= n and tuple(keys[i - n:i]) in context.phrases for n in context.sizes)


def _followed(context: Context, tokens: Tokens, j: int, window: int) -> bool:
    """Whether one of the context's phrases starts within ``window`` pieces after ``j - 1``,
    in the same sentence."""
    keys = tokens.keys
    for k in range(j, min(len(keys), j + window)):
        if not tokens.same_sentence(j - 1, k):
            break
        if context.number and any(c.isdigit() for c in keys[k]):
            return True
        if any(tuple(keys[k:k + n]) in context.phrases for n in context.sizes):
            return True
    return False


def _select(matches: list[Match], shortcut: bool = True) -> list[Match]:
    """Longest matches first, then leftmost; a match overlapping a chosen one is dropped,
    except another category's (or actor's) match of exactly the same pieces. (``shortcut``:
    matches that never overlap are all kept at once; the tests check it changes nothing.)"""
    if shortcut and len(matches) < 2:
        return matches
    in_order = sorted(matches, key=_span)
    if shortcut and all(a.j <= b.i for a, b in zip(in_order, in_order[1:])):
        return in_order  # no two overlap (nor share their pieces): every one is kept
    chosen: dict[tuple[int, int], list[Match]] = {}
    taken: dict[int, tuple[int, int]] = {}
    for m in sorted(matches, key=lambda m: (m.i - m.j, m.i)):
        span = (m.i, m.j)
        if span in chosen:
            group = (m.entry.category, m.entry.actor)
            if all((c.entry.category, c.entry.actor) != group for c in chosen[span]):
                chosen[span].append(m)
            continue
        if any(k in taken for k in range(m.i, m.j)):
            continue
        chosen[span] = [m]
        for k in range(m.i, m.j):
            taken[k] = span
    return [m for span in sorted(chosen) for m in chosen[span]]


def _span(m: Match) -> tuple[int, int]:
    return m.i, m.j


def resolve_lexicons(lexicon: LexiconSpec = None) -> tuple[Lexicon, Lexicon]:
    """The stance and naming lexicons to use: packaged ones unless ``lexicon`` (a `Lexicon`,
    a path, or a list of them, at most one of each kind) replaces or extends them."""
    chosen: dict[str, Lexicon] = {}
    items = lexicon if isinstance(lexicon, (list, tuple)) else [lexicon]
    for item in items:
        if item is None:
            continue
        lex = item if isinstance(item, Lexicon) else load_lexicon(item)
        if lex.kind in chosen:
            raise LexiconError(f"{lex.path}: a second {lex.kind} lexicon (after "
                               f"{chosen[lex.kind].path}); give one of each kind")
        chosen[lex.kind] = lex
    return (chosen.get("stance") or _packaged("stance"), chosen.get("naming") or
            _packaged("naming"))


@functools.lru_cache(maxsize=2)
def _packaged(kind: Kind) -> Lexicon:
    return load_lexicon(kind=kind)
