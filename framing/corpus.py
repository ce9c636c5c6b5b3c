"""Load a corpus folder into `Article` records: reading, front matter, metadata and its sources."""

from __future__ import annotations

import functools
import os
import re
import weakref
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Iterable, Iterator, Literal

import yaml

from . import resources
from .errors import CorpusError
from .guard import DEFAULT_SECONDS, ArticleTimeout, time_limit
from .layout import Layout, LayoutError, Part, load_layout, split_layout
from .registry import Registry, load_registry
from .text import count_words, normalize, split_sentences

ARTICLE_SUFFIXES = (".txt", ".md")
KNOWN_KEYS = ("outlet", "outlet_type", "country", "date", "event", "title", "url", "language",
              "syndicated_from")
META_FIELDS = ("outlet", "outlet_type", "country", "date", "event", "title")
MAX_BYTES = 50_000_000
MAX_FRONT_MATTER = 65_536  # characters; front matter is a few lines of metadata
_ID_RE = re.compile(r"^[A-Za-z0-9][\w.-]*$")

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    """Something wrong with one file. ``error`` means the file is not used; ``warning`` that it
    is used with a caveat."""

    path: str
    message: str
    severity: Severity = "error"
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.severity}: {self.message}"


@dataclass(frozen=True)
class Event:
    """An event: from ``events.yml``, named in front matter, or grouped automatically."""

    id: str
    title: str
    start: str | None = None
    end: str | None = None
    description: str = ""
    auto: bool = False


@dataclass(eq=False)
class Article:
    """One article: metadata (with where each value came from), body text and non-body parts.

    Offsets used anywhere in framing are character offsets into ``body``.
    """

    id: str
    path: Path
    body: str
    parts: list[Part]
    outlet: str = "unknown"
    outlet_type: str = "other"
    bloc: str = "independent"
    country: str | None = None
    date: str | None = None
    event: str | None = None
    title: str | None = None
    url: str | None = None
    language: str = "en"
    syndicated_from: str | None = None
    meta_source: dict[str, str] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)
    duplicate_of: str | None = None
    copy_similarity: float | None = None
    nearest_article: str | None = None
    nearest_similarity: float | None = None
    encoding: str = "utf-8"
    text: str = field(default="", repr=False)  # the file's text after the front matter
    first_line: int = 1  # line of the file where ``text`` starts
    segments: list[tuple[int, int, int]] = field(default_factory=list, repr=False)

    @functools.cached_property
    def norm(self) -> str:
        """The body with typographic quotes and dashes straightened (same length as ``body``)."""
        return normalize(self.body)

    @functools.cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """``(start, end)`` of every sentence of the body."""
        return split_sentences(self.body)

    @property
    def n_sentences(self) -> int:
        """Number of sentences in the body."""
        return len(self.sentences)

    @functools.cached_property
    def n_words(self) -> int:
        """Number of words in the body."""
        return count_words(self.body)

    @functools.cached_property
    def sentence_starts(self) -> list[int]:
        """Start offset of every sentence (for bisecting)."""
        return [start for start, _ in self.sentences]

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence that contains ``offset`` (the nearest one before it otherwise)."""
        import bisect

        return max(0, bisect.bisect_right(self.sentence_starts, offset) - 1)

    def metadata(self) -> dict[str, Any]:
        """The article's metadata as a flat dict (known keys only)."""
        return {"article_id": self.id, "outlet": self.outlet, "outlet_type": self.outlet_type,
                "bloc": self.bloc, "country": self.country, "date": self.date,
                "event": self.event, "title": self.title, "url": self.url,
                "language": self.language, "syndicated_from": self.syndicated_from,
                "duplicate_of": self.duplicate_of}

    def _repr_html_(self) -> str:
        from .display import highlighted_html

        registry, cues = _VOCABULARIES.get(self, (None, None))
        return highlighted_html(self, registry=registry, cues=cues)


# The source registry and attribution vocabulary of the corpus each loaded article belongs to
# (its outlets.yml and cues.yml), so that an article shown on its own in Jupyter has the
# quotes of the tables; weak, and never pickled with the article.
_VOCABULARIES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


@dataclass
class Corpus:
    """The articles of a corpus folder, its events and every problem found while loading."""

    root: Path
    articles: list[Article]
    problems: list[Problem]
    events: dict[str, Event]
    registry: Registry
    layout: Layout
    copies: Any = None  # DataFrame of copy pairs (article_id, other_id, similarity)
    cues: Any = None  # the attribution vocabulary (`framing.cues.Cues`); None: the packaged one

    def __iter__(self) -> Iterator[Article]:
        return iter(self.articles)

    def __len__(self) -> int:
        return len(self.articles)

    def __getitem__(self, key: str | int) -> Article:
        if isinstance(key, int):
            return self.articles[key]
        for article in self.articles:
            if article.id == key:
                return article
        raise KeyError(f"no article {key!r} in {self.root}")

    @property
    def errors(self) -> list[Problem]:
        """Problems that made a file unusable."""
        return [p for p in self.problems if p.severity == "error"]

    def in_event(self, event: str, *, include_copies: bool = True) -> list[Article]:
        """The articles of one event (copies left out when ``include_copies`` is False)."""
        return [a for a in self.articles if a.event == event
                and (include_copies or a.duplicate_of is None)]

    def to_frame(self):
        """One row of metadata per article (the first columns of ``articles.csv``)."""
        import pandas as pd

        rows = []
        for a in self.articles:
            row = a.metadata()
            row.update(n_words=a.n_words, n_sentences=a.n_sentences,
                       meta_source=format_meta_source(a.meta_source),
                       copy_similarity=a.copy_similarity, nearest_article=a.nearest_article,
                       nearest_similarity=a.nearest_similarity)
            rows.append(row)
        columns = ["article_id", "outlet", "outlet_type", "bloc", "country", "date", "event",
                   "title", "url", "n_words", "n_sentences", "duplicate_of", "meta_source",
                   "copy_similarity", "nearest_article", "nearest_similarity"]
        return pd.DataFrame(rows, columns=columns)


def format_meta_source(meta_source: dict[str, str]) -> str:
    """``outlet=inferred;date=front_matter;...`` for the fields of `META_FIELDS`."""
    return ";".join(f"{k}={meta_source[k]}" for k in META_FIELDS if k in meta_source)


# ---------------------------------------------------------------------------- loading


def load_corpus(
    path: str | Path,
    *,
    layout: str | Path | Layout | None = None,
    registry: str | Path | Registry | None = None,
    cues: Any = None,
    copy_threshold: float = 0.25,
    group_events: bool = True,
    progress: bool = False,
    article_timeout: float | None = DEFAULT_SECONDS,
) -> Corpus:
    """Read every ``.txt`` and ``.md`` article under ``path``.

    Files that cannot be used are left out and reported in ``Corpus.problems`` (with
    ``error`` severity); nothing is raised for a bad file. Copies are detected
    (`framing.copies.find_copies`) and articles without an ``event`` are grouped
    (`framing.events.group_events`).

    Parameters
    ----------
    path
        The corpus folder. ``events.yml``, ``outlets.yml``, ``layout.yml`` and ``cues.yml``
        at its root are read when present. Files and folders whose names start with ``.``
        or ``_``, and ``README`` files, are not articles.
    layout, registry
        Replace the packaged layout rules / source registry (a path or a loaded object).
    cues
        The attribution vocabulary that scoring uses (a path or a loaded `framing.cues.Cues`;
        see `framing.cues.load_cues`); by default the corpus' own ``cues.yml`` if it has one,
        else the packaged vocabulary.
    copy_threshold
        Similarity from which two articles are the same story (see `find_copies`).
    group_events
        Group articles without an ``event`` into ``auto-YYYY-MM-DD`` events.
    progress
        Show a progress bar on stderr.
    article_timeout
        Seconds one file may take to read and split; a slower file is reported and skipped
        (None: no limit).

    Raises
    ------
    CorpusError
        When ``path`` does not exist or is not a folder.
    framing.cues.CuesError
        When the ``cues`` file given cannot be used (a bad ``cues.yml`` in the corpus is
        reported in ``problems`` instead, and the packaged vocabulary is used).
    """
    root, problems, reg, lay, events = open_corpus(path, layout=layout, registry=registry)
    vocab = resolve_cues(root, cues, problems)
    files = list(find_article_files(root, problems))
    read = (read_file(root, file, registry=reg, layout=lay, timeout=article_timeout)
            for file in _progress(files, progress, "loading"))
    return finish_corpus(root, files, read, problems, events, reg, lay,
                         copy_threshold=copy_threshold, group_events=group_events, cues=vocab)


def open_corpus(path: str | Path, *, layout=None, registry=None):
    """Check the corpus folder and read its rule files (``outlets.yml``, ``layout.yml``,
    ``events.yml``). Returns ``root, problems, registry, layout, events``."""
    root = Path(path)
    if not root.exists():
        raise CorpusError(f"{root}: no such folder")
    if not root.is_dir():
        raise CorpusError(f"{root}: not a folder")
    problems: list[Problem] = []
    reg = _resolve_registry(root, registry, problems)
    lay = _resolve_layout(root, layout, problems)
    events = _read_events_file(root, problems)
    return root, problems, reg, lay, events


def read_file(root: Path, file: Path, *, registry: Registry, layout: Layout,
              timeout: float | None = DEFAULT_SECONDS) -> tuple[Article | None, list[Problem]]:
    """`read_article` for a file of the corpus at ``root``, within ``timeout`` seconds."""
    rel = _display(root, file)
    article_id = file.relative_to(root).with_suffix("").as_posix()
    try:
        with time_limit(timeout):
            return read_article(file, article_id, display=rel, registry=registry,
                                layout=layout)
    except ArticleTimeout as exc:
        return None, [Problem(rel, f"{exc} to read; skipped")]


def finish_corpus(root: Path, files: list[Path], read: Iterable, problems: list[Problem],
                  events: dict, reg: Registry, lay: Layout, *, copy_threshold: float = 0.25,
                  group_events: bool = True, cues: Any = None) -> Corpus:
    """The `Corpus` from what `read_file` gave for each of ``files`` (in order): duplicate
    ids refused, copies marked, events assigned."""
    articles: list[Article] = []
    seen: dict[str, Path] = {}
    for file, (article, found) in zip(files, read):
        article_id = file.relative_to(root).with_suffix("").as_posix()
        if article_id in seen:
            rel = _display(root, file)
            problems.append(Problem(rel, f"duplicate article id {article_id!r}: "
                                         f"{_display(root, seen[article_id])} has the same id"))
            continue
        problems.extend(found)
        if article is not None:
            seen[article_id] = file
            articles.append(article)
    if not files:
        problems.append(Problem(str(root), "no articles: no .txt or .md files found"))
    elif not articles:
        problems.append(Problem(str(root), "no usable articles: every file has an error"))

    from .copies import mark_copies
    from .events import assign_events

    copies = mark_copies(articles, threshold=copy_threshold)
    assign_events(articles, events, group=group_events, problems=problems, root=str(root))
    for article in articles:
        _VOCABULARIES[article] = (reg, cues)
    return Corpus(root, articles, problems, events, reg, lay, copies, cues)


def find_article_files(root: Path, problems: list[Problem] | None = None) -> Iterator[Path]:
    """Article files under ``root`` in sorted order (symlinks leaving the corpus are skipped)."""
    real_root = root.resolve()
    for folder, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith((".", "_")))
        for name in sorted(names):
            file = Path(folder) / name
            if name.startswith((".", "_")) or Path(name).suffix.lower() not in ARTICLE_SUFFIXES:
                continue
            if Path(name).stem.lower() == "readme":
                continue
            if file.is_symlink():
                target = file.resolve()
                if not target.is_relative_to(real_root):
                    if problems is not None:
                        problems.append(Problem(_display(root, file),
                                                "symlink to a file outside the corpus; skipped"))
                    continue
            yield file


def read_article(
    file: Path,
    article_id: str,
    *,
    display: str | None = None,
    registry: Registry | None = None,
    layout: Layout | None = None,
) -> tuple[Article | None, list[Problem]]:
    """Read one article file. Returns the article (None when unusable) and its problems."""
    shown = display or str(file)
    registry = registry or _default_registry()
    layout = layout or _default_layout()
    problems: list[Problem] = []

    def fail(message: str, line: int | None = None) -> tuple[None, list[Problem]]:
        problems.append(Problem(shown, message, "error", line))
        return None, problems

    try:
        if file.stat().st_size > MAX_BYTES:
            return fail(f"file is larger than {MAX_BYTES // 1_000_000} MB; skipped")
        raw = file.read_bytes()
    except OSError as exc:
        return fail(f"cannot read: {exc.strerror or exc}")
    if not raw.strip():
        return fail("empty file")
    if _looks_binary(raw):
        return fail("binary file (not text)")
    text, encoding, note = decode(raw)
    if note:
        problems.append(Problem(shown, note, "warning", _line_of_byte(raw, note)))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")

    meta, body_text, first_line, error = split_front_matter(text)
    if error:
        return fail(*error)
    if not body_text.strip():
        return fail("no article text after the front matter", first_line)

    values: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, value in meta.items():
        key = str(key)
        if key not in KNOWN_KEYS:
            extra[key] = value
            continue
        checked, message = _check_value(key, value, registry)
        if message:
            return fail(message, _key_line(text, key))
        if checked is not None:
            values[key] = checked

    split = split_layout(body_text, layout, registry)
    if not split.body.strip():
        return fail("no body text found: every line was taken as header, caption or boilerplate",
                    first_line)
    article = Article(id=article_id, path=file, body=split.body, parts=split.parts,
                      extra=extra, encoding=encoding, text=body_text, segments=split.segments,
                      first_line=first_line)
    _resolve_metadata(article, values, split.inferred, registry)
    return article, problems


def decode(raw: bytes) -> tuple[str, str, str | None]:
    """Decode bytes as UTF-8; fall back to Windows-1252, then Latin-1, and say so.

    Returns
    -------
    text, encoding, note
        ``note`` is None for UTF-8, else a one-line warning naming the first bad byte.
    """
    try:
        return raw.decode("utf-8-sig"), "utf-8", None
    except UnicodeDecodeError as exc:
        bad = f"byte 0x{raw[exc.start]:02x} at offset {exc.start}"
    for encoding, label in (("cp1252", "Windows-1252"), ("latin-1", "Latin-1")):
        try:
            return raw.decode(encoding), encoding, f"not valid UTF-8 ({bad}); decoded as {label}"
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes any bytes")  # pragma: no cover


def split_front_matter(text: str) -> tuple[dict, str, int, tuple[str, int | None] | None]:
    """Split YAML front matter (between two ``---`` lines at the top) from the text.

    Returns
    -------
    meta, text, first_line, error
        ``first_line`` is the 1-based line where ``text`` starts in the file; ``error`` is
        ``(message, line)`` when the front matter cannot be read.
    """
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, text, 1, None
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            break
    else:
        return {}, "", 1, ("front matter opened with --- on line 1 is never closed", 1)
    block = "\n".join(lines[1:i])
    rest = "\n".join(lines[i + 1:])
    if len(block) > MAX_FRONT_MATTER:
        return {}, "", 1, (f"front matter is larger than {MAX_FRONT_MATTER // 1024} KB", 1)
    try:
        meta = _parse_front_matter(block) if block.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        return {}, "", 1, (f"broken front matter: {reason}", line)
    except RecursionError:
        return {}, "", 1, ("broken front matter: nested too deeply", 1)
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        return {}, "", 1, ("broken front matter: expected 'key: value' lines", 2)
    return meta, rest, i + 2, None


if getattr(yaml, "CSafeLoader", None) is not None:
    class _CLoader(yaml.CSafeLoader):  # type: ignore[misc, name-defined]
        """`resources.parse_yaml`'s loader on libyaml (dates left as strings)."""

    _CLoader.yaml_implicit_resolvers = resources.plain_resolvers(yaml.CSafeLoader)
else:  # pragma: no cover - PyYAML built without libyaml
    _CLoader = None
_PLAIN_BLOCK = re.compile(r"[\n \"#$'()+,\-./0-9:;<=?A-Z\\^_a-z~]*")


def _parse_front_matter(block: str) -> Any:
    """`resources.parse_yaml` of a front matter block, on libyaml when PyYAML has it (about
    ten times faster than the pure-Python parser, the largest part of reading a file). A
    block libyaml refuses is parsed again by `resources.parse_yaml`, so that errors and
    their messages are the pure-Python parser's. Only blocks of printable ASCII without
    tabs, tags, anchors, block scalars or flow collections (``! & * | > [ {`` ...) go to
    libyaml: the parsers differ on some of those (a fuzz test checks the rest)."""
    if _CLoader is not None and _PLAIN_BLOCK.fullmatch(block):
        try:
            return yaml.load(block, Loader=_CLoader)  # noqa: S506 - a SafeLoader
        except Exception:  # noqa: BLE001 - the reference parser says what is wrong
            pass
    return resources.parse_yaml(block)


def _check_value(key: str, value: Any, registry: Registry) -> tuple[Any, str | None]:
    if value is None or value == "":
        return None, None
    if isinstance(value, (dict, list)):
        return None, f"front matter {key!r} must be a single value, not a {type(value).__name__}"
    value = str(value).strip()
    if key == "date":
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return None, f"date {value!r} is not YYYY-MM-DD"
        try:
            date.fromisoformat(value)
        except ValueError:
            return None, f"impossible date {value!r}"
    elif key == "outlet_type" and value not in registry.outlet_types:
        known = ", ".join(registry.outlet_types)
        return None, (f"unknown outlet_type {value!r} (known: {known}; add new types with "
                      "their bloc to outlets.yml)")
    elif key == "country":
        if not re.fullmatch(r"[A-Za-z]{2}", value):
            return None, f"country {value!r} is not an ISO 3166 alpha-2 code such as KR or CN"
        value = value.upper()
    elif key == "event" and not _ID_RE.match(value):
        return None, (f"event id {value!r} may only use letters, digits, '.', '_' and '-' "
                      "and must start with a letter or digit")
    return value, None


def _resolve_metadata(article: Article, values: dict[str, Any], inferred: dict[str, str],
                      registry: Registry) -> None:
    sources = article.meta_source

    def pick(key: str, default: Any = None) -> Any:
        if key in values:
            sources[key] = "front_matter"
            return values[key]
        if key in inferred:
            sources[key] = "inferred"
            return inferred[key]
        sources[key] = "default"
        return default

    outlet = pick("outlet", "unknown")
    known = registry.lookup(outlet) if outlet != "unknown" else None
    article.outlet = known.name if known and known.outlet_type else outlet
    article.outlet_type = pick("outlet_type", None)
    if article.outlet_type is None:
        if known and known.outlet_type:
            article.outlet_type, sources["outlet_type"] = known.outlet_type, "inferred"
        else:
            article.outlet_type = "other"
    article.bloc = registry.bloc(article.outlet_type) or "independent"
    article.country = pick("country", None)
    if article.country is None and known and known.country:
        article.country, sources["country"] = known.country, "inferred"
    article.date = pick("date", None)
    article.title = pick("title", None)
    article.event = values.get("event")
    sources["event"] = "front_matter" if article.event else "default"
    article.url = values.get("url")
    article.language = values.get("language", "en")
    article.syndicated_from = values.get("syndicated_from")


def _read_events_file(root: Path, problems: list[Problem]) -> dict[str, Event]:
    path = root / "events.yml"
    if not path.exists():
        return {}
    shown = _display(root, path)
    try:
        data = resources.read_yaml(path)
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        mark = getattr(exc, "problem_mark", None)
        problems.append(Problem(shown, f"cannot read events: {getattr(exc, 'problem', exc)}",
                                "error", mark.line + 1 if mark else None))
        return {}
    if isinstance(data, dict):
        data = data.get("events", [])
    if not isinstance(data, list):
        problems.append(Problem(shown, "expected a list of events with id, title, start, end"))
        return {}
    events: dict[str, Event] = {}
    for n, item in enumerate(data, 1):
        if not isinstance(item, dict) or not item.get("id"):
            problems.append(Problem(shown, f"event #{n} has no id"))
            continue
        eid = str(item["id"])
        if not _ID_RE.match(eid):
            problems.append(Problem(shown, f"event id {eid!r} may only use letters, digits, "
                                           "'.', '_' and '-'", line=_key_line(path.read_text(), eid)))
            continue
        dates = {}
        for key in ("start", "end"):
            value = item.get(key)
            if value in (None, ""):
                dates[key] = None
                continue
            checked, message = _check_value("date", value, None)  # type: ignore[arg-type]
            if message:
                problems.append(Problem(shown, f"event {eid!r}: {key} {message}"))
            dates[key] = checked
        if dates["start"] and dates["end"] and dates["end"] < dates["start"]:
            problems.append(Problem(shown, f"event {eid!r}: end is before start"))
        if eid in events:
            problems.append(Problem(shown, f"event id {eid!r} is listed twice"))
        events[eid] = Event(eid, str(item.get("title") or eid), dates["start"], dates["end"],
                            str(item.get("description") or "").strip())
    return events


def _resolve_registry(root: Path, registry: Any, problems: list[Problem]) -> Registry:
    if isinstance(registry, Registry):
        reg = registry
    elif registry is not None:
        reg = load_registry(registry)
    else:
        reg = _default_registry()
    outlets = root / "outlets.yml"
    if outlets.exists():
        try:
            reg = reg.with_outlets_file(outlets)
        except (ValueError, KeyError, TypeError, AttributeError, yaml.YAMLError) as exc:
            problems.append(Problem(_display(root, outlets), f"ignored: {exc}"))
    return reg


def resolve_cues(root: Path, cues: Any, problems: list[Problem]):
    """The attribution vocabulary of a corpus: ``cues`` when given (a bad file raises
    `framing.cues.CuesError`), else the corpus' ``cues.yml`` (a bad one is a problem and the
    packaged vocabulary is used), else the packaged one."""
    from .cues import Cues, CuesError, load_cues

    if isinstance(cues, Cues):
        return cues
    if cues is not None:
        return load_cues(cues)
    own = root / "cues.yml"
    if own.is_file():
        try:
            return load_cues(own)
        except CuesError as exc:
            reason = str(exc).removeprefix(str(own)).lstrip(": ")  # the path is the problem's
            problems.append(Problem(_display(root, own),
                                    f"attribution vocabulary ignored: {reason}"))
    return load_cues()


def _resolve_layout(root: Path, layout: Any, problems: list[Problem]) -> Layout:
    if isinstance(layout, Layout):
        return layout
    user = layout or (root / "layout.yml" if (root / "layout.yml").exists() else None)
    if user is None:
        return _default_layout()
    try:
        return load_layout(user)
    except (LayoutError, yaml.YAMLError, OSError) as exc:
        problems.append(Problem(str(user), f"layout rules ignored: {exc}"))
        return _default_layout()


@functools.lru_cache(maxsize=1)
def _default_registry() -> Registry:
    return load_registry()


@functools.lru_cache(maxsize=1)
def _default_layout() -> Layout:
    return load_layout()


def _looks_binary(raw: bytes) -> bool:
    sample = raw[:8192]
    if b"\x00" in sample:
        # UTF-16 text has NULs too, but is not a supported encoding for articles
        return True
    control = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return control > len(sample) * 0.1


# control characters other than tab, line feed, form feed and carriage return
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def _line_of_byte(raw: bytes, note: str) -> int | None:
    m = re.search(r"at offset (\d+)", note)
    return raw[: int(m.group(1))].count(b"\n") + 1 if m else None


def _key_line(text: str, key: str) -> int | None:
    m = re.search(rf"^\s*-?\s*(?:id:\s*)?{re.escape(key)}\b", text, re.M)
    return text[: m.start()].count("\n") + 1 if m else None


def _display(root: Path, file: Path) -> str:
    return str(root / file.relative_to(root)) if file.is_relative_to(root) else str(file)


def _progress(items: list, enabled: bool, label: str):
    if not enabled or len(items) < 2:
        return items
    from tqdm import tqdm

    return tqdm(items, desc=label, unit="file", leave=False)
