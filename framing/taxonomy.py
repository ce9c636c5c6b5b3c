"""Topic taxonomies (codebooks): read and check the YAML, and find each topic's terms in text."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from . import resources
from .errors import FramingError
from .text import normalize

DEFAULT_TAXONOMY = "taxonomies/dprk_diplomacy.yml"
_TOPIC_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_FIRST_WORD = re.compile(r"[^\W_]+")
_WORD_CHARS = r"[^\W_]"


class TaxonomyError(FramingError, ValueError):
    """A taxonomy file that cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class Topic:
    """One topic of a codebook: its id, a label, a description a reader can check coding
    against, the terms that mark it, phrases that cancel a term, and example sentences."""

    id: str
    label: str
    description: str
    terms: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()


@dataclass(frozen=True)
class TermMatch:
    """A codebook term found in a text: the topic, the term as listed, and the span found."""

    topic: str
    term: str
    start: int
    end: int


@dataclass
class Taxonomy:
    """A versioned codebook of topics (see ``framing/data/taxonomies/dprk_diplomacy.yml``)."""

    name: str
    version: str
    topics: dict[str, Topic]
    source: str = ""
    licence: str = ""
    description: str = ""
    background: tuple[str, ...] = ()  # example sentences that carry none of the topics
    path: str | None = None
    _index: "_TermIndex | None" = field(default=None, init=False, repr=False)

    @property
    def label(self) -> str:
        """``name@version``, as recorded in output tables."""
        return f"{self.name}@{self.version}"

    def __iter__(self):
        return iter(self.topics.values())

    def __len__(self) -> int:
        return len(self.topics)

    def find_terms(self, text: str) -> list[TermMatch]:
        """Every term of every topic found in ``text``, sorted by position then topic.

        ``text`` should be normalised (straight quotes and dashes, see `framing.text.normalize`);
        offsets are offsets into it. Where several terms of a topic match at one place, the
        longest match counts; a term inside one of its topic's ``exclude`` phrases does not.
        """
        if self._index is None:
            self._index = _TermIndex(self.topics.values())
        return self._index.find(text)


@dataclass(frozen=True)
class _Entry:
    topic: str
    term: str
    order: int  # position of the term in its topic's list
    pattern: re.Pattern
    exclude: bool


class _TermIndex:
    """Terms indexed by their first word, so that a text is read once, word by word, and a
    term's pattern is only tried where its first word is (much faster than one big
    alternation tried at every character)."""

    def __init__(self, topics) -> None:
        self.exact: dict[str, list[_Entry]] = {}
        self.prefix: dict[str, list[_Entry]] = {}
        for topic in topics:
            for exclude, terms in ((False, topic.terms), (True, topic.exclude)):
                for order, term in enumerate(terms):
                    self._add(_Entry(topic.id, term, order, re.compile(term_regex(term)),
                                     exclude))
        self.prefix_lengths = sorted({len(k) for k in self.prefix})
        self._cache: dict[str, list[_Entry]] = {}
        self.words = _first_words_regex(self.exact, self.prefix)

    def _add(self, entry: _Entry) -> None:
        text = normalize(entry.term)
        first = _FIRST_WORD.search(text)
        key = first.group(0).lower()
        starred = text[first.end():first.end() + 1] == "*"
        (self.prefix if starred else self.exact).setdefault(key, []).append(entry)

    def _candidates(self, word: str) -> list[_Entry]:
        found = self._cache.get(word)
        if found is None:
            found = list(self.exact.get(word, ()))
            for k in self.prefix_lengths:
                if k > len(word):
                    break
                found += self.prefix.get(word[:k], ())
            if len(self._cache) < 100_000:
                self._cache[word] = found
        return found

    def find(self, text: str) -> list[TermMatch]:
        hits: dict[str, list[tuple[int, int, int, str]]] = {}
        blocked: dict[str, list[tuple[int, int]]] = {}
        lowered = text.lower()
        for word in self.words.finditer(lowered):  # the words with candidates, no others
            for entry in self._candidates(word.group(0)):
                m = entry.pattern.match(text, word.start())
                if m is None:
                    continue
                if entry.exclude:
                    blocked.setdefault(entry.topic, []).append(m.span())
                else:
                    hits.setdefault(entry.topic, []).append((m.start(), -m.end(), entry.order,
                                                             entry.term))
        found = []
        for topic, spans in hits.items():
            end = -1
            for start, neg_end, _, term in sorted(spans):
                if start < end or any(a <= start and -neg_end <= b
                                      for a, b in blocked.get(topic, ())):
                    continue
                found.append(TermMatch(topic, term, start, -neg_end))
                end = -neg_end
        return sorted(found, key=lambda t: (t.start, t.end, t.topic))


def _first_words_regex(exact, prefix) -> re.Pattern:
    """A regex that finds, in lower-case text, the words (as `_FIRST_WORD` finds them) that
    are an ``exact`` key or start with a ``prefix`` key: the keys as a trie, so that the
    regex engine, not a Python loop over every word, skips the words no term starts with."""
    trie: dict = {}
    for keys, mark in ((exact, "$"), (prefix, "*")):
        for key in keys:
            node = trie
            for ch in key:
                node = node.setdefault(ch, {})
            node[mark] = True

    def build(node: dict) -> str:
        if "*" in node:  # a prefix ends here: any rest of the word
            return ""
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items())
                if ch not in ("$", "*")]
        if "$" in node:  # an exact key ends here: the word must end too
            alts.append(rf"(?!{_WORD_CHARS})")
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    if not trie:
        return re.compile(r"(?!x)x")
    return re.compile(rf"(?<!{_WORD_CHARS})(?={build(trie)}){_WORD_CHARS}+")


def term_regex(term: str) -> str:
    """The regular expression for one codebook term (see the codebook's "How terms match").

    Examples
    --------
    >>> bool(re.search(term_regex("test fired"), "it test-fired missiles"))
    True
    >>> bool(re.search(term_regex("sanction*"), "sanctioned firms"))
    True
    >>> bool(re.search(term_regex("UN"), "an un-named official"))
    False
    >>> [bool(re.search(term_regex("closed * borders"), t)) for t in
    ...  ("closed its borders", "closed borders", "closed all its borders")]
    [True, True, False]
    """
    words = [w for w in re.split(r"[\s\-]+", normalize(term).strip()) if w]
    if not words or all(w == "*" for w in words):
        raise ValueError(f"term {term!r} has no words")
    if words[0] == "*" or words[-1] == "*":
        raise ValueError(f"term {term!r}: a * on its own must stand between two words")
    if not _FIRST_WORD.match(words[0]):
        raise ValueError(f"term {term!r} must start with a letter or a digit")
    sep = r"[\s\-]+"
    body = ""
    for i, word in enumerate(words):
        if word == "*":
            body += rf"(?:{_WORD_CHARS}+(?:'{_WORD_CHARS}+)?{sep})?"
            continue
        body += re.escape(word[:-1]) + r"\w*" if word.endswith("*") else re.escape(word)
        if i + 1 < len(words):
            body += sep
    letters = [c for c in term if c.isalpha()]
    case_sensitive = len(letters) > 1 and all(c.isupper() for c in letters)
    if case_sensitive:
        return rf"(?<!\w){body}(?!\w)"
    return rf"(?<!\w)(?i:{body})(?!\w)"


# ---------------------------------------------------------------------------- loading


def load_taxonomy(path: str | Path | None = None) -> Taxonomy:
    """Read a taxonomy: the packaged default (``dprk-diplomacy``) or a user's YAML file.

    Parameters
    ----------
    path
        A YAML codebook in the format of ``framing/data/taxonomies/dprk_diplomacy.yml``:
        ``name``, ``version``, ``source``/``licence``, ``description``, ``topics`` (each
        with ``description``, ``terms`` and/or ``examples``; ``label`` and ``exclude``
        optional) and optionally ``background``, sentences that carry none of the topics.

    Raises
    ------
    TaxonomyError
        One line naming the file and what is wrong with it.
    """
    if path is None:
        return _default_taxonomy()
    shown = str(path)
    try:
        data = resources.read_yaml(path)
    except FileNotFoundError:
        raise TaxonomyError(f"{shown}: no such taxonomy file") from None
    except IsADirectoryError:
        raise TaxonomyError(f"{shown}: is a folder, not a taxonomy file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise TaxonomyError(f"{shown}: cannot read: {exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{shown}:{mark.line + 1}" if mark is not None else shown
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise TaxonomyError(f"{where}: not valid YAML: {reason}") from None
    return parse_taxonomy(data, where=shown)


def parse_taxonomy(data: Any, *, where: str = "taxonomy") -> Taxonomy:
    """Build a `Taxonomy` from parsed YAML (a dict), checking every field.

    Raises
    ------
    TaxonomyError
        ``where: problem`` for the first problem found.
    """
    def fail(message: str) -> TaxonomyError:
        return TaxonomyError(f"{where}: {message}")

    if not isinstance(data, dict):
        raise fail("expected a mapping with name, version and topics")
    for key in ("name", "version"):
        if not str(data.get(key) or "").strip():
            raise fail(f"missing {key!r}")
    topics_data = data.get("topics")
    if not isinstance(topics_data, dict) or not topics_data:
        raise fail("'topics' must map topic ids to their description, terms and examples")
    topics = {}
    for topic_id, spec in topics_data.items():
        topics[str(topic_id)] = _parse_topic(str(topic_id), spec, fail)
    return Taxonomy(name=str(data["name"]).strip(), version=str(data["version"]).strip(),
                    topics=topics, source=str(data.get("source") or "").strip(),
                    licence=str(data.get("licence") or data.get("license") or "").strip(),
                    description=str(data.get("description") or "").strip(),
                    background=_string_list(data.get("background"), "background", fail),
                    path=where)


def _parse_topic(topic_id: str, spec: Any, fail) -> Topic:
    if not _TOPIC_ID.match(topic_id):
        raise fail(f"topic id {topic_id!r} must be lower case letters, digits and _")
    if not isinstance(spec, dict):
        raise fail(f"topic {topic_id!r}: expected description, terms and examples")
    description = str(spec.get("description") or "").strip()
    if not description:
        raise fail(f"topic {topic_id!r} has no description")
    lists = {key: _string_list(spec.get(key), f"topic {topic_id!r}: {key}", fail)
             for key in ("terms", "exclude", "examples")}
    if not lists["terms"] and not lists["examples"]:
        raise fail(f"topic {topic_id!r} needs terms or examples")
    for term in lists["terms"] + lists["exclude"]:
        try:
            term_regex(term)
        except (ValueError, re.error) as exc:
            raise fail(f"topic {topic_id!r}: {exc}") from None
    return Topic(topic_id, str(spec.get("label") or topic_id).strip(), description,
                 lists["terms"], lists["exclude"], lists["examples"])


def _string_list(value: Any, what: str, fail) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise fail(f"{what} must be a list")
    out = []
    for item in value:
        if isinstance(item, bool) or not isinstance(item, (str, int, float)) \
                or not str(item).strip():
            raise fail(f"{what}: {item!r} is not a word, phrase or sentence")
        out.append(str(item).strip())
    return tuple(out)


@functools.lru_cache(maxsize=1)
def _default_taxonomy() -> Taxonomy:
    data = resources.read_data_yaml(DEFAULT_TAXONOMY)
    return parse_taxonomy(data, where=f"framing/data/{DEFAULT_TAXONOMY}")
