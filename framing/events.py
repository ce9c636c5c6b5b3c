"""Which event each article belongs to: front matter, ``events.yml``, or automatic grouping."""

from __future__ import annotations

from datetime import date
from typing import Sequence

import numpy as np


def assign_events(articles: Sequence, events: dict, *, group: bool = True,
                  problems: list | None = None, root: str = "") -> None:
    """Set ``event`` on every article and add the events it names to ``events``.

    An article keeps the ``event`` of its front matter; a copy without one takes its original's;
    the rest are grouped by `group_events` into events named ``auto-YYYY-MM-DD`` (the earliest
    date of the group; ``auto-undated`` when none has a date), with ``-2``, ``-3``... on clashes.
    Events are marked ``auto`` so that reports can say they were grouped automatically.
    """
    from .corpus import Event, Problem

    by_id = {a.id: a for a in articles}
    listed = bool(events)  # events.yml named some: an event it does not list is a typo
    for a in articles:
        if a.event and a.event not in events:
            if listed and problems is not None:
                problems.append(Problem(str(a.path), f"event {a.event!r} is not in events.yml",
                                        "warning"))
            events[a.event] = Event(a.event, a.event)
    for a in articles:
        original = by_id.get(a.duplicate_of or "")
        if not a.event and original is not None and original.event:
            a.event, a.meta_source["event"] = original.event, "inferred"
    rest = [a for a in articles if not a.event]
    if not rest:
        return
    if not group:
        return
    for members in group_events(rest):
        dates = sorted(a.date for a in members if a.date)
        base = f"auto-{dates[0]}" if dates else "auto-undated"
        eid, n = base, 1
        while eid in events:
            n += 1
            eid = f"{base}-{n}"
        events[eid] = Event(eid, _auto_title(members, dates), dates[0] if dates else None,
                            dates[-1] if dates else None,
                            f"Grouped automatically from {len(members)} articles "
                            "(dates close together and similar text).", auto=True)
        for a in members:
            a.event, a.meta_source["event"] = eid, "inferred"


def group_events(articles: Sequence, *, window_days: int = 4, min_similarity: float = 0.08,
                 phrase_weight: float = 3.0, neighbours: int = 10,
                 chunk_cells: int = 20_000_000) -> list[list]:
    """Group articles about the same event: dates close together and text in common.

    Two measures of text in common (scikit-learn TF-IDF, cosine): **words** (content words,
    English stop words left out) and **phrases** (word 2-3-grams, as in `framing.copies`:
    names such as "Choe Ryong Hae" and formulas quoted from the same statement). Two articles
    can be linked when their word similarity is at least ``min_similarity``.

    1. Dated articles are linked to the similar articles dated at most ``window_days`` away;
       linked articles form a group (single link).
    2. Undated articles are then attached by their strongest links first, to a dated group or
       to other undated articles; a link's strength is its word similarity plus
       ``phrase_weight`` times its phrase similarity (phrase cosines run at about a third of
       word cosines; weights from 2 to 4 group the test corpora alike). A link that would
       merge two groups of dated articles is skipped, so an undated article joins the group
       it shares most with, possibly through another undated article, and never bridges two
       events. Each undated article keeps its ``neighbours`` strongest links; those linked to
       no dated group form groups of their own.

    Known limit: in a corpus of a handful of articles, two articles in the same house style
    (state media, wire copy) about different events can share more words and phrases than
    two reports of one event in different styles, and an undated article then joins the
    wrong event; dates or ``event:`` in the front matter avoid it.

    Copies (``duplicate_of``) always stay with their original. Similarities are computed in
    blocks of at most ``chunk_cells`` values, never for all pairs at once, so memory stays
    bounded on large corpora.

    Returns
    -------
    list of lists of articles, ordered by earliest date.
    """
    if not articles:
        return []
    words, phrases = _vectors([a.norm for a in articles])
    links = _Links(len(articles))
    dated = sorted((i for i, a in enumerate(articles) if a.date),
                   key=lambda i: (articles[i].date, articles[i].id))
    for i, j in _dated_pairs(articles, dated, words, window_days, min_similarity, chunk_cells):
        links.union(i, j)
    for i in dated:
        links.anchor(i)
    undated = [i for i, a in enumerate(articles) if not a.date]
    edges = _undated_edges(undated, words, phrases, min_similarity, phrase_weight, neighbours,
                           chunk_cells)
    for _, i, j in sorted(edges):
        links.union(i, j, keep_apart=True)
    groups: dict[int, list] = {}
    for i, a in enumerate(articles):
        groups.setdefault(links.find(i), []).append(a)
    return _keep_copies_together(list(groups.values()))


class _Links:
    """Union-find over article indices; an *anchored* set contains a dated article."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.anchored = [False] * n

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def anchor(self, i: int) -> None:
        self.anchored[self.find(i)] = True

    def union(self, i: int, j: int, *, keep_apart: bool = False) -> None:
        a, b = self.find(i), self.find(j)
        if a == b or (keep_apart and self.anchored[a] and self.anchored[b]):
            return
        self.parent[max(a, b)] = min(a, b)
        self.anchored[min(a, b)] = self.anchored[a] or self.anchored[b]


def _vectors(texts: list[str]):
    """L2-normalised TF-IDF vectors: content words, and word 2-3-grams (phrases)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    from .copies import text_vectors

    try:
        words = TfidfVectorizer(stop_words="english", sublinear_tf=True,
                                dtype=np.float32).fit_transform(texts)
    except ValueError:  # no content word in any text
        words = None
    return words, text_vectors(texts, ngram_range=(2, 3))


def _dated_pairs(articles, dated, words, window_days, min_similarity, chunk_cells):
    """Pairs of dated articles at most ``window_days`` apart with similar words, computed
    in blocks of articles sorted by date (each block against the dates its window reaches)."""
    if words is None or len(dated) < 2:
        return
    ordinal = np.array([date.fromisoformat(articles[i].date).toordinal() for i in dated])
    rows = words[dated]
    start = 0
    while start < len(dated):
        size = 256
        while True:
            stop = min(len(dated), start + size)
            lo = int(np.searchsorted(ordinal, ordinal[start] - window_days, "left"))
            hi = int(np.searchsorted(ordinal, ordinal[stop - 1] + window_days, "right"))
            if size == 1 or (stop - start) * (hi - lo) <= chunk_cells:
                break
            size //= 2
        block = (rows[start:stop] @ rows[lo:hi].T).toarray()
        close = np.abs(ordinal[start:stop, None] - ordinal[None, lo:hi]) <= window_days
        for r, c in zip(*np.nonzero((block >= min_similarity) & close)):
            if lo + c != start + r:
                yield dated[start + r], dated[lo + c]
        start = stop


def _undated_edges(undated, words, phrases, min_similarity, phrase_weight, neighbours,
                   chunk_cells):
    """The strongest links of each undated article: ``(-strength, i, j)`` tuples for the
    ``neighbours`` articles it is most linked to among those with similar words."""
    if words is None or not undated:
        return []
    n = words.shape[0]
    step = max(1, chunk_cells // n)
    edges = []
    wt, pt = words.T.tocsc(), phrases.T.tocsc() if phrases is not None else None
    for start in range(0, len(undated), step):
        rows = undated[start:start + step]
        w = (words[rows] @ wt).toarray()
        p = (phrases[rows] @ pt).toarray() if pt is not None else np.zeros_like(w)
        strength = w + phrase_weight * p
        for r, i in enumerate(rows):
            w[r, i] = -1.0
            candidates = np.flatnonzero(w[r] >= min_similarity)
            best = sorted(candidates, key=lambda j: (-strength[r, j], j))[:neighbours]
            edges += [(-round(float(strength[r, j]), 6), i, int(j)) for j in best]
    return edges


def _keep_copies_together(groups: list[list]) -> list[list]:
    where = {a.id: i for i, g in enumerate(groups) for a in g}
    for i, g in enumerate(groups):
        for a in list(g):
            j = where.get(a.duplicate_of or "")
            if j is not None and j != i:
                g.remove(a)
                groups[j].append(a)
                where[a.id] = j
    groups = [g for g in groups if g]
    return sorted(groups, key=lambda g: (min((a.date for a in g if a.date), default="9999"),
                                         min(a.id for a in g)))


def _days(a: str, b: str) -> int:
    return abs((date.fromisoformat(b) - date.fromisoformat(a)).days)


def _auto_title(members: list, dates: list[str]) -> str:
    outlets = sorted({a.outlet for a in members})
    span = f"{dates[0]} to {dates[-1]}" if dates and dates[0] != dates[-1] else (dates or ["undated"])[0]
    return f"Articles of {span} ({', '.join(outlets)})"
