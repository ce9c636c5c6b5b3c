"""Separate an article's body from the text around it and infer metadata, by rules from YAML.

The rules (``framing/data/layout.yml``, extended by a user file) say which lines are headers,
datelines, bylines, captions, credits, tags or publisher boilerplate, and which named groups
carry the outlet, the date and the title. What is not body is kept as a `Part` for display.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from . import resources
from .errors import FramingError
from .registry import Registry
from .text import iter_lines, normalize

KINDS = (
    "header", "published", "source_line", "dateline", "byline", "signoff", "caption", "credit",
    "tags", "boilerplate", "title", "standfirst", "repeated_title", "trailer",
)
_WHERE = ("head", "tail", "edges", "body", "first_body", "anywhere")
_MATCH = ("line", "prefix", "suffix", "block")
_FIELDS = ("outlet", "date", "title")


class LayoutError(FramingError, ValueError):
    """A layout rules file that cannot be used."""


@dataclass(frozen=True)
class Part:
    """Non-body text of an article: what it is, where it was (offsets in the text), which rule."""

    kind: str
    text: str
    start: int
    end: int
    rule: str


@dataclass(frozen=True)
class Rule:
    """One compiled layout rule (see ``framing/data/layout.yml`` for the meaning of each key)."""

    id: str
    kind: str
    where: str
    match: str
    pattern: re.Pattern | None
    end: re.Pattern | None = None
    keywords: tuple[str, ...] = ()
    min_keywords: int = 1
    known_outlet: bool = False
    require: tuple[str, ...] = ()
    year_offset: int = 0
    fields: dict[str, str] = field(default_factory=dict)
    max_lines: int = 30
    description: str = ""
    keyword_re: re.Pattern | None = None
    required: tuple[str, ...] = ()  # text every match of ``pattern`` contains (`_required`)


@dataclass(frozen=True)
class Layout:
    """Rules plus structural settings, with ``name@version`` of the files they came from."""

    rules: tuple[Rule, ...]
    body_min_words: int
    terminal_chars: str
    title_max_words: int
    label: str


@dataclass
class Split:
    """The result of applying a layout to one text."""

    body: str
    segments: list[tuple[int, int, int]]  # (body offset, text offset, length) of each piece
    parts: list[Part]
    inferred: dict[str, str]
    evidence: dict[str, str]  # field -> id of the rule that gave it

    def to_text_offset(self, body_offset: int) -> int:
        """Map an offset in the body back to the article text it was cut from."""
        for b_start, t_start, length in self.segments:
            if b_start <= body_offset <= b_start + length:
                return t_start + (body_offset - b_start)
        raise ValueError(f"offset {body_offset} is outside the body")


def load_layout(path: str | Path | None = None, *, extend: bool = True) -> Layout:
    """Load the packaged layout rules, extended (or replaced) by a user's YAML file.

    Parameters
    ----------
    path
        A user rules file in the format of ``framing/data/layout.yml``.
    extend
        When True (default) the user's rules run before the packaged ones and its settings and
        definitions override them; when False the user file replaces the packaged one.

    Raises
    ------
    LayoutError
        When a rule has an unknown kind, place or match, or a pattern does not compile.
    """
    base = resources.read_data_yaml("layout.yml")
    user = resources.read_yaml(path) if path else None
    if user is not None and not isinstance(user, dict):
        raise LayoutError(f"{path}: expected a mapping with 'rules'")
    if user and not extend:
        base, user = user, None
    settings = dict(base.get("settings") or {})
    definitions = dict(base.get("definitions") or {})
    specs = list(base.get("rules") or [])
    labels = [f"{base.get('name', 'layout')}@{base.get('version', '0')}"]
    if user:
        settings.update(user.get("settings") or {})
        definitions.update(user.get("definitions") or {})
        specs = list(user.get("rules") or []) + specs
        labels.insert(0, f"{user.get('name', Path(str(path)).stem)}@{user.get('version', '0')}")
    rules = tuple(_compile_rule(spec, definitions) for spec in specs)
    return Layout(
        rules=rules,
        body_min_words=int(settings.get("body_min_words", 8)),
        terminal_chars=str(settings.get("terminal_chars", ".!?\"')]")),
        title_max_words=int(settings.get("title_max_words", 30)),
        label="+".join(labels),
    )


def _compile_rule(spec: Any, definitions: dict[str, str]) -> Rule:
    if not isinstance(spec, dict) or "id" not in spec:
        raise LayoutError(f"a rule must be a mapping with an id: {spec!r}")
    rid = str(spec["id"])
    pattern = _compile(rid, spec.get("pattern"), definitions)
    kind, where, match = spec.get("kind"), spec.get("where", "anywhere"), spec.get("match", "line")
    if kind not in KINDS:
        raise LayoutError(f"rule {rid}: unknown kind {kind!r} (one of {', '.join(KINDS)})")
    if where not in _WHERE or match not in _MATCH:
        raise LayoutError(f"rule {rid}: where must be one of {_WHERE}, match one of {_MATCH}")
    keywords = tuple(str(k).casefold() for k in spec.get("keywords") or ())
    if not spec.get("pattern") and not keywords:
        raise LayoutError(f"rule {rid}: needs a pattern or keywords")
    if match == "block" and not spec.get("end"):
        raise LayoutError(f"rule {rid}: a block rule needs an end pattern")
    return Rule(
        id=rid,
        kind=kind,
        where=where,
        match=match,
        pattern=pattern,
        end=_compile(rid, spec.get("end"), definitions),
        keywords=keywords,
        min_keywords=int(spec.get("min_keywords", 1)),
        known_outlet=bool(spec.get("known_outlet", False)),
        require=tuple(str(f) for f in spec.get("require") or ()),
        year_offset=int(spec.get("year_offset", 0)),
        fields={str(k): str(v) for k, v in (spec.get("fields") or {}).items()},
        max_lines=int(spec.get("max_lines", 30)),
        description=str(spec.get("description", "")),
        keyword_re=re.compile(r"\b(?:" + "|".join(map(re.escape, keywords)) + ")")
        if keywords else None,
        required=_required(pattern),
    )


def _required(pattern: re.Pattern | None) -> tuple[str, ...]:
    """Runs of literal characters that the pattern's top-level sequence must match (a line
    without one of them cannot match): ``'/'`` for ``^.*\\bReuters/[A-Z]...``. Checking them
    with ``in`` first skips a search that backtracks over the whole line. Nothing for a
    pattern ignoring case or whose top level is an alternation (or when the parser, a private
    module of ``re``, is not there)."""
    if pattern is None or pattern.flags & re.IGNORECASE:
        return ()
    try:
        from re import _parser as parser  # Python 3.11+
    except ImportError:  # pragma: no cover - older Pythons
        try:
            import sre_parse as parser
        except ImportError:
            return ()
    try:
        parsed = parser.parse(pattern.pattern, pattern.flags)
        if parsed.state.flags & re.IGNORECASE:
            return ()
        runs, run = [], []
        for op, arg in parsed.data:
            if op is parser.LITERAL:
                run.append(chr(arg))
            elif run:
                runs.append("".join(run))
                run = []
        if run:
            runs.append("".join(run))
    except Exception:  # noqa: BLE001 - a private module that changed: no shortcut
        return ()
    return tuple(runs)


def _compile(rid: str, pattern: str | None, definitions: dict[str, str]) -> re.Pattern | None:
    if not pattern:
        return None
    for name, value in definitions.items():
        pattern = pattern.replace("{{" + name + "}}", value)
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise LayoutError(f"rule {rid}: pattern does not compile: {exc}") from None


# ---------------------------------------------------------------------------- applying rules


_NON_SPACE = re.compile(r"\S")  # \s is str.isspace (what str.strip removes) for str patterns


@dataclass
class _Line:
    start: int  # offset of the line in the text
    end: int
    body_from: int  # offset where unclaimed text starts (after a prefix or block end)
    kind: str | None = None  # set when the whole line is claimed


class _Splitter:
    def __init__(self, text: str, layout: Layout, registry: Registry | None):
        self.text = text
        self.layout = layout
        self.registry = registry
        self.lines, self.norm = _logical_lines(text, layout.terminal_chars)
        self.parts: list[Part] = []
        self.candidates: list[tuple[int, str, str, str]] = []  # (rule index, field, value, rule id)
        self.order = {rule.id: i for i, rule in enumerate(layout.rules)}

    # -- helpers ---------------------------------------------------------------------------
    def rest(self, line: _Line) -> str:
        return self.norm[line.body_from:line.end]

    def free(self, i: int) -> bool:
        line = self.lines[i]  # unclaimed, with a character that ``str.strip`` would keep
        return line.kind is None and _NON_SPACE.search(self.norm, line.body_from,
                                                        line.end) is not None

    def claim(self, i: int, kind: str, rule: str, upto: int | None = None) -> None:
        line = self.lines[i]
        end = line.end if upto is None else upto
        piece = self.text[line.body_from:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            self.parts.append(Part(kind, piece.strip(), line.body_from + lead,
                                   line.body_from + lead + len(piece.strip()), rule))
        if upto is None or not self.text[end:line.end].strip():
            line.kind = kind
        else:
            line.body_from = end

    def is_body_paragraph(self, i: int) -> bool:
        if not self.free(i):
            return False
        rest = self.rest(self.lines[i]).strip()
        need = self.layout.body_min_words  # words counted up to the number needed
        return rest[-1] in self.layout.terminal_chars and len(rest.split(None, need)) >= need

    def body_range(self) -> tuple[int, int]:
        idx = [i for i in range(len(self.lines)) if self.is_body_paragraph(i)]
        return (idx[0], idx[-1]) if idx else (len(self.lines), -1)

    def add_fields(self, rule: Rule, m: re.Match | None) -> bool:
        """Record the rule's named groups as candidates; False if the rule must not match."""
        found: dict[str, str] = dict(rule.fields)
        groups = m.groupdict() if m else {}
        for key in _FIELDS:
            value = groups.get(key)
            if value and value.strip():
                found[key] = value.strip()
        if groups.get("year") and groups.get("month") and groups.get("day"):
            try:
                found["date"] = date(int(groups["year"]) + rule.year_offset,
                                     int(groups["month"]), int(groups["day"])).isoformat()
            except ValueError:
                pass
        if "outlet" in found:
            source = self.registry.lookup(found["outlet"]) if self.registry else None
            if source:
                found["outlet"] = source.name
            elif rule.known_outlet:
                return False
        if "date" in found:
            parsed = parse_date(found.pop("date"))
            if parsed:
                found["date"] = parsed
        if any(key not in found for key in rule.require):
            return False
        for key, value in found.items():
            self.candidates.append((self.order.get(rule.id, 0), key, value, rule.id))
        return True

    def try_line_rule(self, rule: Rule, i: int) -> bool:
        line = self.lines[i]
        if not self.free(i):
            return False
        rest = self.rest(line)
        if rule.keyword_re is not None:
            hits = len(set(rule.keyword_re.findall(rest.casefold())))
            if hits < rule.min_keywords:
                return False
            if rule.pattern is None:
                self.claim(i, rule.kind, rule.id)
                return True
        m = rule.pattern.search(rest) if rule.pattern and all(
            r in rest for r in rule.required) else None
        if not m or not self.add_fields(rule, m):
            return False
        if rule.match == "prefix":
            if m.end() == 0:
                return False
            self.claim(i, rule.kind, rule.id, upto=line.body_from + m.end())
        elif rule.match == "suffix":
            cut = line.body_from + m.start()
            piece = self.text[cut:line.end]
            if not self.text[line.body_from:cut].strip():
                self.claim(i, rule.kind, rule.id)
                return True
            lead = len(piece) - len(piece.lstrip())
            self.parts.append(Part(rule.kind, piece.strip(), cut + lead,
                                   cut + lead + len(piece.strip()), rule.id))
            line.end = cut
        else:
            self.claim(i, rule.kind, rule.id)
        return True

    def try_block_rule(self, rule: Rule, i: int) -> bool:
        if not self.free(i):
            return False
        m = rule.pattern.search(self.rest(self.lines[i]))
        if not m:
            return False
        last = min(len(self.lines), i + rule.max_lines)
        for j in range(i, last):
            line = self.lines[j]
            offset = line.body_from + (m.start() if j == i else 0)
            e = rule.end.search(self.norm, offset, line.end)
            if e:
                if not self.add_fields(rule, m):
                    return False
                for k in range(i, j):
                    self.claim(k, rule.kind, rule.id)
                self.claim(j, rule.kind, rule.id, upto=e.end())
                return True
        return False

    # -- passes ----------------------------------------------------------------------------
    def run(self) -> Split:
        rules = self.layout.rules
        for rule in rules:  # blocks first: they can cut a line in two
            if rule.match == "block":
                for i in range(len(self.lines)):
                    self.try_block_rule(rule, i)
        for rule in rules:
            if rule.where == "anywhere" and rule.match == "line":
                for i in range(len(self.lines)):
                    self.try_line_rule(rule, i)
        self.edge_rules()
        first, last = self.body_range()
        for i in range(first, last + 1):
            for rule in rules:
                if rule.match == "prefix" and (rule.where == "body" or
                                               (rule.where == "first_body" and i == first)):
                    if self.free(i) and self.try_line_rule(rule, i):
                        break
        self.structure(first, last)
        return self.assemble()

    def edge_rules(self) -> None:
        """Apply head/tail rules to the lines outside the body, and to its first/last paragraph
        (a byline ends like a sentence), until nothing more is claimed."""
        changed = True
        while changed:
            changed = False
            first, last = self.body_range()
            head = list(range(0, min(first + 1, len(self.lines))))
            tail = list(range(max(last, 0), len(self.lines))) if last >= 0 else []
            for rule in self.layout.rules:
                if rule.match not in ("line", "suffix") or rule.where not in ("head", "tail", "edges"):
                    continue
                zone = head if rule.where == "head" else tail if rule.where == "tail" else head + tail
                for i in zone:
                    changed = self.try_line_rule(rule, i) or changed

    def structure(self, first: int, last: int) -> None:
        """Name what no rule claimed outside the body: title, standfirst, repeated title.

        When no line looks like a body paragraph (a very short article), every unclaimed line
        stays body."""
        if first > last:
            return
        title = self.best("title")
        for i in range(0, min(first, len(self.lines))):
            if not self.free(i):
                continue
            rest = self.rest(self.lines[i]).strip()
            if title is None and len(rest.split()) <= self.layout.title_max_words:
                title = rest
                self.candidates.append((len(self.layout.rules), "title", rest, "first-line-title"))
                self.claim(i, "title", "first-line-title")
            elif title is not None and _same_title(rest, title):
                self.claim(i, "repeated_title", "repeated-title")
            else:
                self.claim(i, "standfirst", "before-body")
        for i in range(last + 1, len(self.lines)):
            if not self.free(i):
                continue
            rest = self.rest(self.lines[i]).strip()
            if title is not None and _same_title(rest, title):
                self.claim(i, "repeated_title", "repeated-title")
            elif not _sentence_like(rest):  # a short last paragraph stays body
                self.claim(i, "trailer", "after-body")

    def best(self, key: str) -> str | None:
        values = sorted((c for c in self.candidates if c[1] == key), key=lambda c: c[0])
        return values[0][2] if values else None

    def assemble(self) -> Split:
        pieces: list[tuple[int, int]] = []
        for line in self.lines:
            if line.kind is not None:
                continue
            a, b = line.body_from, line.end
            piece = self.text[a:b]
            lead = len(piece) - len(piece.lstrip())
            a, b = a + lead, a + lead + len(piece.strip())
            if b > a:
                pieces.append((a, b))
        body_parts, segments, pos = [], [], 0
        for a, b in pieces:
            if body_parts:
                body_parts.append("\n\n")
                pos += 2
            body_parts.append(self.text[a:b])
            segments.append((pos, a, b - a))
            pos += b - a
        inferred, evidence = {}, {}
        for _, key, value, rule_id in sorted(self.candidates, key=lambda c: c[0]):
            if key not in inferred:
                inferred[key] = value
                evidence[key] = rule_id
        self.parts.sort(key=lambda p: p.start)
        return Split("".join(body_parts), segments, self.parts, inferred, evidence)


def split_layout(text: str, layout: Layout | None = None, registry: Registry | None = None) -> Split:
    """Split an article's text (front matter removed) into body and parts, inferring metadata.

    Parameters
    ----------
    text
        The article as written.
    layout
        Rules from `load_layout`; the packaged ones by default.
    registry
        Used to recognise outlet names (rules with ``known_outlet``); the packaged one by default.

    Returns
    -------
    Split
        ``body`` (paragraphs joined by blank lines), ``parts`` (non-body text with offsets in
        ``text``), ``inferred`` metadata (``outlet``, ``date`` as YYYY-MM-DD, ``title``) and the
        rule that gave each value in ``evidence``.

    Examples
    --------
    >>> s = split_layout("Talks held\\n\\nSEOUL, Oct. 10 (Yonhap) -- Kim met Li on Thursday in "
    ...                  "Pyongyang, state media said.\\n\\nYonhap")
    >>> s.body
    'Kim met Li on Thursday in Pyongyang, state media said.'
    >>> [(p.kind, p.text) for p in s.parts]
    [('title', 'Talks held'), ('dateline', 'SEOUL, Oct. 10 (Yonhap) --'), ('signoff', 'Yonhap')]
    >>> s.inferred
    {'outlet': 'Yonhap', 'title': 'Talks held'}
    """
    if registry is None:
        from .registry import load_registry

        registry = load_registry()
    return _Splitter(text, layout or load_layout(), registry).run()


_DATE_YEARLESS_A = datetime(2000, 1, 1)
_DATE_YEARLESS_B = datetime(2004, 1, 1)


def parse_date(value: str) -> str | None:
    """Parse a date as written in news text; return YYYY-MM-DD, or None when there is no year.

    Examples
    --------
    >>> parse_date("10 Oct. 2025, 08:42"), parse_date("April 12, 2024"), parse_date("April 11")
    ('2025-10-10', '2024-04-12', None)
    """
    from dateutil import parser

    value = value.strip().rstrip(".,")
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            return None
    try:
        with warnings.catch_warnings():
            # "08:42 IST": only the date is kept, so an unknown time zone is no news to the
            # user (dateutil would print a warning on their terminal)
            warnings.simplefilter("ignore", parser.UnknownTimezoneWarning)
            a = parser.parse(value, default=_DATE_YEARLESS_A, fuzzy=False)
            b = parser.parse(value, default=_DATE_YEARLESS_B, fuzzy=False)
    except (ValueError, OverflowError, parser.ParserError):
        return None
    if a.year != b.year:  # no year in the text
        return None
    return a.date().isoformat()


_CONTINUES = re.compile(r"(?:[,;(\-]|\b(?:the|a|an|of|to|and|or|in|on|at|for|with|by|from|that|"
                        r"as|its|his|her|their|said|says|is|was|were|are|be|has|have|had))$",
                        re.I)


def _logical_lines(text: str, terminal: str) -> tuple[list[_Line], str]:
    """Non-blank lines, with a hard-wrapped paragraph joined into one logical line.

    A line continues onto the next (no blank line between) when it has four or more words, does
    not end like a sentence, and the next starts in lower case or it ends on a comma or a
    function word ("... the" / "friendship is"). The normalised text returned has the joining
    newlines turned into spaces (same length), so that rules see one line."""
    lines = [_Line(a, b, a) for a, b in iter_lines(text) if text[a:b].strip()]
    norm = normalize(text)
    pieces, done = [], 0  # the normalised text, each joining gap turned into spaces
    merged: list[_Line] = []
    for line in lines:
        prev = merged[-1] if merged else None
        if prev is not None and _wraps(text, prev, line, terminal):
            pieces += [norm[done:prev.end], " " * (line.start - prev.end)]
            done = line.start
            prev.end = line.end
        else:
            merged.append(line)
    if pieces:
        pieces.append(norm[done:])
        norm = "".join(pieces)
    return merged, norm


def _wraps(text: str, prev: _Line, line: _Line, terminal: str) -> bool:
    if text[prev.end:line.start].count("\n") != 1:  # a blank line between: a new paragraph
        return False
    head = text[prev.start:prev.end].rstrip()
    if len(head.split()) < 4 or head[-1] in terminal:
        return False
    nxt = text[line.start:line.end].lstrip()
    return nxt[:1].islower() or bool(_CONTINUES.search(normalize(head)))


def _sentence_like(text: str) -> bool:
    return len(text.split()) >= 3 and normalize(text)[-1] in ".!?\"'"


def _title_key(text: str) -> str:
    return re.sub(r"[\W_]+", " ", normalize(text)).strip().casefold()


def _same_title(line: str, title: str) -> bool:
    return _title_key(line) == _title_key(title)
