"""Stance markers: find lexicon terms, scare quotes and actor names in articles (markers.csv)."""

from __future__ import annotations

import bisect
import re
from typing import Iterable, Sequence

import pandas as pd

from .display import Highlight
from .errors import FramingError
from .lexicon import (CATEGORIES, Lexicon, LexiconSpec, Match, Tokens, first_positions,
                      inflect, is_negation, resolve_lexicons, tokenize_pieces)
from .text import (_SINGLE_RE, find_quotations, single_mark_side, split_paragraphs,
                   tokenize_words)

MARKER_COLUMNS = ["article_id", "category", "term", "text", "start", "end", "sentence",
                  "lexicon", "in_quote", "negated", "actor"]
RATE_COLUMNS = [f"{c}_per_1k" for c in CATEGORIES]
Span = tuple[int, int]

# Short words that may stay lower-case in a title ("Year of Friendship").
_TITLE_SMALL = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to",
                "with"}
_SINGLE_QUOTE_MAX_WORDS = 60


def find_markers(articles: Iterable, *, lexicon: LexiconSpec = None,
                 quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """Find the stance markers of every article: one row per marker (``markers.csv``).

    Parameters
    ----------
    articles
        `framing.Article` records (a `framing.Corpus` works too).
    lexicon
        None for the packaged lexicons (``framing-stance`` and ``framing-naming``); a path or a
        `framing.lexicon.Lexicon`, or a list with one of each kind, replaces or extends them
        (see `framing.lexicon.load_lexicon`).
    quotes
        The quotes table (``quotes.csv``: ``article_id``, ``start``, ``end`` at least). A
        quotation that overlaps one of its rows is a quote, never a scare quote. When None, a
        quotation counts as a quote when its sentence has a speech verb or an attribution
        (``said``, ``according to``...; ``settings.scare_quote.attribution_cues``).

    Returns
    -------
    DataFrame
        ``article_id, category, term, text, start, end, sentence, lexicon`` (SPEC §4), then
        ``in_quote`` (inside quotation marks: the words of someone quoted), ``negated`` (a
        negation just before the marker) and ``actor`` (for ``naming`` rows: the actor named).
        ``start``/``end`` are offsets into ``article.body``; ``sentence`` is the index of the
        sentence in ``article.sentences``.

    Examples
    --------
    >>> from framing.corpus import Article
    >>> a = Article(id="x", path=None, body="The reclusive regime may hold talks.", parts=[])
    >>> find_markers([a])[["category", "term", "text"]].values.tolist()
    [['pejorative', 'reclusive', 'reclusive'], ['pejorative', 'regime', 'regime'], \
['hedge', 'may', 'may']]
    """
    stance, naming = resolve_lexicons(lexicon)
    spans = quote_spans_by_article(quotes) if quotes is not None else None
    rows: list[dict] = []
    for article in articles:
        taken = None if spans is None else spans.get(article.id, [])
        rows += article_markers(article, stance=stance, naming=naming, quote_spans=taken)
    return markers_frame(rows)


def article_markers(article, *, stance: Lexicon, naming: Lexicon,
                    quote_spans: Sequence[Span] | None = None) -> list[dict]:
    """The marker rows of one article (see `find_markers`); ``quote_spans`` are the spans of
    its rows in the quotes table, or None to recognise quotes by their attribution."""
    tokens = tokenize_pieces(article.norm, article.sentences)
    doubles = find_quotations(article.body) if _has_double_quote(article.norm) else []
    singles = find_single_quotations(article.norm) if "'" in article.norm else []
    quoted = quotation_spans(doubles, singles)
    positions = first_positions(tokens, [stance.matcher, naming.matcher])
    rows = []
    for lexicon in (stance, naming):
        for match in lexicon.matcher.find(tokens, positions):
            rows.append(_match_row(article, lexicon, tokens, match, quoted))
    rows += _scare_quote_rows(article, stance, tokens, doubles, singles, quote_spans)
    rows.sort(key=lambda r: (r["start"], r["end"], CATEGORIES.index(r["category"])))
    return rows


def markers_frame(rows: list[dict]) -> pd.DataFrame:
    """The rows of `article_markers` as the markers table, with its column types."""
    frame = pd.DataFrame(rows, columns=MARKER_COLUMNS)
    return frame.astype({"start": "int64", "end": "int64", "sentence": "int64",
                         "in_quote": "bool", "negated": "bool"})


def _match_row(article, lexicon: Lexicon, tokens: Tokens, match: Match,
               quoted: list[Span]) -> dict:
    start, end = tokens.start(match.i), tokens.end(match.j - 1)
    entry = match.entry
    negated = lexicon.kind == "stance" and _negated(tokens, match.i, _negation(lexicon))
    return {"article_id": article.id, "category": entry.category, "term": entry.term,
            "text": article.body[start:end], "start": start, "end": end,
            "sentence": tokens.sentence_of(match.i), "lexicon": lexicon.label,
            "in_quote": inside(quoted, start, end), "negated": negated, "actor": entry.actor}


def _negation(lexicon: Lexicon) -> tuple[frozenset[str], frozenset[str], int]:
    """``(cues, through, window)`` of the lexicon's negation settings (read once)."""
    found = lexicon.cache.get("negation")
    if found is None:
        settings = lexicon.settings.get("negation") or {}
        found = lexicon.cache["negation"] = (
            frozenset(str(c).lower() for c in settings.get("cues") or ()),
            frozenset(str(c).lower() for c in settings.get("through") or ()),
            int(settings.get("window", 3)))
    return found


def _negated(tokens: Tokens, i: int, negation: tuple) -> bool:
    """Whether a negation cue comes before piece ``i`` within the window, with only words
    it reaches through (``settings.negation.through``) between them."""
    cues, through, window = negation
    sentence_start = tokens.sentence_start(i)
    for k in range(i - 1, max(-1, i - 1 - window), -1):
        if tokens.starts[k] < sentence_start:
            break
        if is_negation(tokens.keys[k], cues):
            return True
        if tokens.keys[k] not in through:
            break
    return False


# ---------------------------------------------------------------------------- quotations


def quotation_spans(doubles: Sequence, singles: Sequence[Span]) -> list[Span]:
    """Where the text is quoted: the inner spans of every paragraph piece of the double-quoted
    quotations (`framing.text.find_quotations`) and of the single-quoted ones
    (`find_single_quotations`), sorted, with nested and overlapping spans merged."""
    spans = sorted([piece for q in doubles for piece in q.pieces]
                   + [(a + 1, b) for a, b in singles])
    merged: list[Span] = []
    for a, b in spans:
        if merged and a < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def _has_double_quote(norm: str) -> bool:
    return '"' in norm


def inside(spans: Sequence[Span], start: int, end: int) -> bool:
    """Whether ``start:end`` lies inside one of ``spans`` (sorted, not overlapping)."""
    k = bisect.bisect_right(spans, (start, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= start and end <= spans[k][1]


def find_single_quotations(text: str, *,
                           max_words: int = _SINGLE_QUOTE_MAX_WORDS) -> list[Span]:
    """``(open, close)`` positions of single-quoted spans ('deep' talks, British style quotes).

    An opening mark follows a space, a bracket, a dash or a double quote and comes before a
    letter; a closing mark follows a letter or punctuation and comes before a space,
    punctuation or the end. Apostrophes (North's, Koreans' leaders, '90s) are neither, or
    are never paired. Spans stay inside one paragraph, hold at least two letters (not
    rock 'n' roll) and at most ``max_words`` words.

    Examples
    --------
    >>> t = "The 'deep' talks, the allies' plan and the North's 'peace offensive'."
    >>> [t[a + 1:b] for a, b in find_single_quotations(t)]
    ['deep', 'peace offensive']
    """
    found: list[Span] = []
    for p_start, p_end in split_paragraphs(text):
        open_at = -1
        for m in _SINGLE_RE.finditer(text, p_start, p_end):
            i = m.start()
            side = single_mark_side(text, i, p_start, p_end)
            if side == "open":
                open_at = i
            elif open_at >= 0 and side == "close":
                inner = text[open_at + 1:i]
                if sum(ch.isalpha() for ch in inner) >= 2 and \
                        len(inner.split()) <= 2 * max_words and \
                        len(tokenize_words(inner)) <= max_words:
                    found.append((open_at, i))
                open_at = -1
    return found


def quote_spans_by_article(quotes: pd.DataFrame) -> dict[str, list[Span]]:
    """``{article_id: [(start, end), ...]}`` from a quotes table.

    Raises
    ------
    FramingError
        When the table lacks ``article_id``, ``start`` or ``end``.
    """
    missing = [c for c in ("article_id", "start", "end") if c not in quotes.columns]
    if missing:
        raise FramingError(f"quotes table: missing column(s) {', '.join(missing)}")
    spans: dict[str, list[Span]] = {}
    for article_id, start, end in quotes[["article_id", "start", "end"]].itertuples(
            index=False):
        if pd.notna(start) and pd.notna(end):
            spans.setdefault(str(article_id), []).append((int(start), int(end)))
    return spans


def _scare_quote_rows(article, stance: Lexicon, tokens: Tokens, doubles: Sequence,
                      singles: Sequence[Span], quote_spans: Sequence[Span] | None) -> list[dict]:
    settings = stance.settings.get("scare_quote") or {}
    max_words = int(settings.get("max_words", 4))
    cues = _attribution_cues(stance)
    body = article.body
    outer = [(q.open, q.close) for q in doubles if q.n_paragraphs == 1]
    inner_singles = [s for s in singles if not _nested(s, outer)]
    rows = []
    for open_at, close_at in sorted(outer + inner_singles):
        inner = body[open_at + 1:close_at]
        if len(inner.split()) > 2 * max_words:  # clearly too long: no need to tokenize
            continue
        words = [inner[a:b] for a, b in tokenize_words(inner)]
        if not words or len(words) > max_words or _title_like(words):
            continue
        if quote_spans is not None:
            if any(a < close_at and open_at + 1 < b for a, b in quote_spans):
                continue
        elif _attributed(tokens, open_at, close_at, inner, cues):
            continue
        rows.append({"article_id": article.id, "category": "scare_quote",
                     "term": " ".join(w.lower() for w in words),
                     "text": body[open_at:close_at + 1], "start": open_at,
                     "end": close_at + 1, "sentence": _sentence_at(tokens, open_at),
                     "lexicon": stance.label, "in_quote": False, "negated": False,
                     "actor": ""})
    return rows


def _nested(span: Span, others: Sequence[Span]) -> bool:
    return any(a < span[0] and span[1] < b for a, b in others)


def _title_like(words: list[str]) -> bool:
    """A name or a title in capitals ("China-DPRK Friendship Year"), not a scare quote."""
    content = [w for w in words if w.lower() not in _TITLE_SMALL]
    return bool(content) and all(w[:1].isupper() or w[:1].isdigit() for w in content)


def _attribution_cues(stance: Lexicon) -> frozenset[str]:
    """Words that name a speaker: ``settings.scare_quote.attribution_cues`` with their
    inflections, and every one-word form of a ``report_verb`` term."""
    cues = stance.cache.get("attribution_cues")
    if cues is None:
        settings = stance.settings.get("scare_quote") or {}
        words = [str(w).lower() for w in settings.get("attribution_cues") or ()]
        verbs = {keys[0] for index, keys, _, _ in stance.forms
                 if stance.entries[index].category == "report_verb"}
        cues = stance.cache["attribution_cues"] = frozenset(
            {form for w in words for form in inflect(w)} | verbs)
    return cues


def _attributed(tokens: Tokens, open_at: int, close_at: int, inner: str,
                cues: frozenset[str]) -> bool:
    """Whether the sentence of a quotation (and the next one, when the quotation ends a
    sentence) names a speaker, outside the quotation itself."""
    starts = tokens.starts
    for a, b in _sentences_around(tokens, open_at, inner):
        for k in range(bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)):
            if not open_at <= starts[k] <= close_at and tokens.keys[k] in cues:
                return True
    return False


def _sentences_around(tokens: Tokens, open_at: int, inner: str) -> list[Span]:
    starts = tokens.sentence_starts
    if not starts:
        return [(0, len(tokens.text))]
    k = _sentence_at(tokens, open_at)
    last = k + 1 if inner.rstrip().endswith((".", "!", "?")) else k
    bounds = starts + [len(tokens.text)]
    return [(bounds[n], bounds[n + 1]) for n in range(k, min(last, len(starts) - 1) + 1)]


def _sentence_at(tokens: Tokens, offset: int) -> int:
    return max(0, bisect.bisect_right(tokens.sentence_starts, offset) - 1)


# ---------------------------------------------------------------------------- summaries


def marker_rates(markers: pd.DataFrame, articles: Iterable) -> pd.DataFrame:
    """Markers per 1,000 words, one ``<category>_per_1k`` column per category, indexed by
    ``article_id``. Markers inside quotations (``in_quote``) are left out: the rates measure
    the outlet's own words. An article without words has no rates (NaN)."""
    articles = list(articles)
    own = markers.loc[~markers["in_quote"], ["article_id", "category"]]  # not the whole table
    counts = own.groupby(["article_id", "category"]).size().unstack(fill_value=0)
    counts = counts.reindex(index=[a.id for a in articles], columns=list(CATEGORIES),
                            fill_value=0)
    words = pd.Series([a.n_words for a in articles], index=counts.index, dtype="float64")
    rates = counts.div(words.where(words > 0), axis=0) * 1000
    rates.columns = RATE_COLUMNS
    rates.index.name = "article_id"
    return rates.astype("float64")


def marker_highlights(article, markers: pd.DataFrame) -> list[Highlight]:
    """Highlights for `framing.display` of the markers of one article (label = category;
    the note gives the lexicon term, the actor of a name, and whether it is quoted or
    negated)."""
    rows = markers[markers["article_id"] == article.id]
    out = []
    for row in rows.itertuples(index=False):
        note = row.term if not row.actor else f"{row.actor}: {row.term}"
        flags = [f for f, on in (("in quote", row.in_quote), ("negated", row.negated)) if on]
        if flags:
            note += f" ({', '.join(flags)})"
        out.append(Highlight(int(row.start), int(row.end), "marker", row.category, note))
    return out
