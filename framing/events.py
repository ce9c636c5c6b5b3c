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
    for a in articles:
        if a.event and a.event not in events:
            if events and problems is not None:
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


def group_events(articles: Sequence, *, window_days: int = 4,
                 min_similarity: float = 0.08) -> list[list]:
    """Group articles about the same event: dates close together and text in common.

    Dated articles are sorted and chained while the gap to the previous one is at most
    ``window_days``; a chain is split where its articles share (almost) no vocabulary
    (single-link components of TF-IDF cosine >= ``min_similarity``). An undated article joins
    the group it is most similar to on average, or a group of undated articles. Copies
    (``duplicate_of``) always stay with their original.

    Returns
    -------
    list of lists of articles, ordered by earliest date.
    """
    if not articles:
        return []
    index = {a.id: i for i, a in enumerate(articles)}
    sim = _similarity([a.norm for a in articles])
    dated = sorted((a for a in articles if a.date), key=lambda a: (a.date, a.id))
    chains: list[list] = []
    for a in dated:
        if chains and _days(chains[-1][-1].date, a.date) <= window_days:
            chains[-1].append(a)
        else:
            chains.append([a])
    groups: list[list] = []
    for chain in chains:
        groups.extend(_components(chain, index, sim, min_similarity))
    undated = [a for a in articles if not a.date]
    loose: list = []
    for a in undated:
        if groups:
            scores = [np.mean([sim[index[a.id], index[m.id]] for m in g]) for g in groups]
            best = int(np.argmax(scores))
            if scores[best] >= min_similarity:
                groups[best].append(a)
                continue
        loose.append(a)
    groups.extend(_components(loose, index, sim, min_similarity) if loose else [])
    return _keep_copies_together(groups)


def _similarity(texts: list[str]) -> np.ndarray:
    from sklearn.feature_extraction.text import TfidfVectorizer

    try:
        X = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts)
    except ValueError:
        return np.zeros((len(texts), len(texts)))
    return (X @ X.T).toarray()


def _components(members: list, index: dict, sim: np.ndarray, threshold: float) -> list[list]:
    groups: list[list] = []
    for a in members:
        linked = [g for g in groups
                  if any(sim[index[a.id], index[m.id]] >= threshold for m in g)]
        merged = [a]
        for g in linked:
            merged = g + merged
            groups.remove(g)
        groups.append(merged)
    return groups


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
