"""Compare topics within an event: what each article leaves out, what only it mentions, per bloc."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Sequence

import numpy as np
import pandas as pd

from .taxonomy import Taxonomy

OMISSION_COLUMNS = ["event", "article_id", "topic", "covered_by", "n_peers", "evidence",
                    "evidence_article", "evidence_start", "evidence_end", "n_peer_stories",
                    "outlet", "bloc"]
COMPARISON_COLUMNS = ["event", "article_id", "outlet", "bloc", "topic", "status", "n_sentences",
                      "n_peers", "n_peer_stories", "covered_by"]
BLOC_COLUMNS = ["event", "bloc", "topic", "status", "n_stories", "n_covering", "share",
                "n_other_stories", "n_other_covering", "covered_by"]

Status = Literal["covered", "exclusive", "omitted", "not_covered"]


@dataclass(frozen=True)
class _Story:
    """A story of an event: an original and its copies (``duplicate_of``), counted once."""

    id: str
    members: tuple  # Article records, the original first


def compare_topics(
    articles: Sequence,
    *,
    sentence_topics: pd.DataFrame | None = None,
    taxonomy: Taxonomy | str | Path | None = None,
    min_peers: int = 2,
) -> pd.DataFrame:
    """For every article and every topic its event mentions: does it cover it, leave it out,
    or is it the only one to mention it?

    Within an event, copies (``duplicate_of``) and their original are one story: they count
    once and are never each other's peers. ``status`` is

    - ``covered``: the article has the topic and at least one peer story too;
    - ``exclusive``: the article has the topic and no peer story has it;
    - ``omitted``: the article does not have it and at least ``min_peers`` peer stories do
      (all of them when the event has fewer peer stories than ``min_peers``);
    - ``not_covered``: the article does not have it and fewer peer stories do.

    Parameters
    ----------
    articles
        The articles (a `Corpus` works); articles without an ``event`` are left out.
    sentence_topics
        From `framing.topics.detect_topics`; computed with ``taxonomy`` when None.
    taxonomy
        Used when ``sentence_topics`` is None, and to order the topics.
    min_peers
        Peer stories that must cover a topic for its absence to be an omission.

    Returns
    -------
    DataFrame
        Columns `COMPARISON_COLUMNS`: ``n_peers`` peer stories cover the topic (of
        ``n_peer_stories``), ``covered_by`` names one article of each (``;``-separated).
    """
    articles, table, order = _inputs(articles, sentence_topics, taxonomy)
    rows = list(_comparison_rows(articles, table, order, min_peers))
    return _in_article_order(pd.DataFrame(rows, columns=COMPARISON_COLUMNS), articles)


def _comparison_rows(articles, table, order, min_peers, *, omitted_only: bool = False):
    """The rows of `compare_topics` (tuples in `COMPARISON_COLUMNS` order, a dict per row
    took ~1 KB) in event order, before `_in_article_order`; only the omissions with
    ``omitted_only``."""
    counts = _counts(table)
    for event, stories in _events(articles).items():
        covered = _coverage(stories, counts)
        topics = _ordered({t for per in covered.values() for t in per}, order)
        first = {s.id: _first_covering_all(s, covered) for s in stories}
        for story in stories:
            peers = [first[s.id] for s in stories if s.id != story.id]
            for article in story.members:
                own = covered[article.id]
                for topic in topics:
                    has = topic in own
                    if omitted_only and has:
                        continue
                    by = [f[topic] for f in peers if topic in f]
                    status = _status(has, len(by), len(peers), min_peers)
                    if omitted_only and status != "omitted":
                        continue
                    yield (event, article.id, article.outlet, article.bloc, topic, status,
                           own.get(topic, 0), len(by), len(peers), ";".join(by))


def find_omissions(
    articles: Sequence,
    *,
    sentence_topics: pd.DataFrame | None = None,
    taxonomy: Taxonomy | str | Path | None = None,
    min_peers: int = 2,
) -> pd.DataFrame:
    """Topics that peers in the same event cover and an article does not (``omissions.csv``).

    An omission is a row of `compare_topics` with status ``omitted``, with one peer sentence
    as evidence: a sentence found by a codebook term rather than by the model, the most
    focused one (carrying the fewest topics), from the earliest covering peer.

    Returns
    -------
    DataFrame
        Columns `OMISSION_COLUMNS`: ``covered_by`` the peer article ids (``;``-separated),
        ``n_peers`` how many peer stories cover the topic, ``evidence`` the peer sentence,
        ``evidence_article`` its article and ``evidence_start``/``evidence_end`` its offsets
        in that article's body.
    """
    articles, table, order = _inputs(articles, sentence_topics, taxonomy)
    position = {a.id: i for i, a in enumerate(articles)}
    omitted = sorted(_comparison_rows(articles, table, order, min_peers, omitted_only=True),
                     key=lambda row: (row[0], position[row[1]]))  # as `_in_article_order`
    by_id = {a.id: a for a in articles}
    carriers = _Carriers(table)
    rows = []
    for event, article_id, outlet, bloc, topic, _, _, n_peers, n_peer_stories, covered_by \
            in omitted:
        evidence = _evidence(covered_by.split(";"), topic, carriers, by_id)
        rows.append({"event": event, "article_id": article_id, "topic": topic,
                     "covered_by": covered_by, "n_peers": n_peers, **evidence,
                     "n_peer_stories": n_peer_stories, "outlet": outlet, "bloc": bloc})
    out = pd.DataFrame(rows, columns=OMISSION_COLUMNS)
    return out.astype({"n_peers": "int64", "evidence_start": "int64", "evidence_end": "int64",
                       "n_peer_stories": "int64"})


def compare_blocs(
    articles: Sequence,
    *,
    sentence_topics: pd.DataFrame | None = None,
    taxonomy: Taxonomy | str | Path | None = None,
    min_peers: int = 2,
) -> pd.DataFrame:
    """Per event, bloc (``state``, ``independent``) and topic: how many of the bloc's stories
    cover it, and whether the bloc as a whole leaves out what the other blocs cover.

    ``status``: ``omitted`` when no story of the bloc covers the topic and at least
    ``min_peers`` stories of the other blocs do (all of them when they are fewer);
    ``exclusive`` when only stories of this bloc cover it; ``shared`` when both do;
    ``covered`` when the event has no story from another bloc; ``not_covered`` otherwise.
    Copies count once, in the bloc of their original.

    Returns
    -------
    DataFrame
        Columns `BLOC_COLUMNS`; ``covered_by`` names the covering stories of the other blocs
        for an omission, and of this bloc otherwise.
    """
    articles, table, order = _inputs(articles, sentence_topics, taxonomy)
    counts = _counts(table)
    rows = []
    for event, stories in _events(articles).items():
        covered = _coverage(stories, counts)
        topics = _ordered({t for per in covered.values() for t in per}, order)
        blocs = sorted({s.members[0].bloc for s in stories})
        for bloc in blocs:
            mine = [s for s in stories if s.members[0].bloc == bloc]
            others = [s for s in stories if s.members[0].bloc != bloc]
            for topic in topics:
                rows.append(_bloc_row(event, bloc, topic, mine, others, covered, min_peers))
    return pd.DataFrame(rows, columns=BLOC_COLUMNS)


def _bloc_row(event, bloc, topic, mine, others, covered, min_peers) -> dict:
    own = [b for b in (_first_covering(s, topic, covered) for s in mine) if b]
    other = [b for b in (_first_covering(s, topic, covered) for s in others) if b]
    if own:
        status = "shared" if other else ("exclusive" if others else "covered")
    elif others and len(other) >= min(min_peers, len(others)):
        status = "omitted"
    else:
        status = "not_covered"
    return {"event": event, "bloc": bloc, "topic": topic, "status": status,
            "n_stories": len(mine), "n_covering": len(own),
            "share": round(len(own) / len(mine), 4), "n_other_stories": len(others),
            "n_other_covering": len(other),
            "covered_by": ";".join(other if status == "omitted" else own)}


def _inputs(articles, sentence_topics, taxonomy):
    from .topics import detect_topics, resolve_taxonomy

    articles = list(articles)
    if sentence_topics is None:
        sentence_topics = detect_topics(articles, taxonomy=taxonomy)
    return articles, sentence_topics, list(resolve_taxonomy(taxonomy).topics)


def _events(articles) -> dict[str, list[_Story]]:
    """Stories per event (events sorted, stories in the order of their original)."""
    events: dict[str, dict[str, list]] = {}
    ids = {a.id: a for a in articles}
    for a in articles:
        if not a.event:
            continue
        original = a.duplicate_of if ids.get(a.duplicate_of or "") is not None \
            and ids[a.duplicate_of].event == a.event else a.id
        events.setdefault(a.event, {}).setdefault(original, []).append(a)
    out = {}
    for event in sorted(events):
        stories = []
        for story_id, members in events[event].items():
            members = sorted(members, key=lambda m: (m.id != story_id, m.id))
            stories.append(_Story(story_id, tuple(members)))
        out[event] = stories
    return out


def _counts(table) -> dict[str, dict[str, int]]:
    """Sentences per topic, per article id."""
    counts: dict[str, dict[str, int]] = {}
    if len(table):
        per = table.groupby(["article_id", "topic"], sort=False)["sentence"].nunique()
        for (article_id, topic), n in per.items():
            counts.setdefault(article_id, {})[topic] = int(n)
    return counts


def _coverage(stories, counts) -> dict[str, dict[str, int]]:
    """Sentences per topic for every article of the stories."""
    return {m.id: counts.get(m.id, {}) for s in stories for m in s.members}


def _first_covering(story: _Story, topic: str, covered) -> str | None:
    """The first article of a story (its original first) that covers ``topic``."""
    for m in story.members:
        if topic in covered[m.id]:
            return m.id
    return None


def _first_covering_all(story: _Story, covered) -> dict[str, str]:
    """Topic -> `_first_covering` of the story, for every topic it covers."""
    first: dict[str, str] = {}
    for m in story.members:
        for topic in covered[m.id]:
            first.setdefault(topic, m.id)
    return first


def _status(has: bool, n_covering: int, n_peers: int, min_peers: int) -> Status:
    if has:
        return "covered" if n_covering else ("exclusive" if n_peers else "covered")
    if n_peers and n_covering >= min(min_peers, n_peers):
        return "omitted"
    return "not_covered"


class _Carriers:
    """The sentences that carry each topic, looked up article by article."""

    def __init__(self, table: pd.DataFrame, cache_size: int = 1024) -> None:
        self.rows = table.groupby("article_id", sort=False).indices if len(table) else {}
        self.topic = table["topic"].to_numpy()
        self.method = table["method"].to_numpy()
        self.start = table["start"].to_numpy()
        self.end = table["end"].to_numpy()
        # article id -> topic -> carriers; an event's peers are looked up again and again,
        # so recent articles are kept (a bounded cache, not a dictionary over the table)
        self._cache: dict[str, dict[str, list]] = {}
        self._cache_size = cache_size

    def of(self, article_id: str, topic: str) -> list[tuple[str, int, int, int]]:
        """``(method, topics in the sentence, start, end)`` of the sentences of an article
        that carry ``topic``."""
        per = self._cache.get(article_id)
        if per is None:
            per = self._cache[article_id] = self._of(article_id)
            if len(self._cache) > self._cache_size:
                del self._cache[next(iter(self._cache))]
        return per.get(topic, [])

    def _of(self, article_id: str) -> dict[str, list[tuple[str, int, int, int]]]:
        rows = self.rows.get(article_id)
        if rows is None:
            return {}
        starts = self.start[rows].tolist()
        n_topics = Counter(starts)  # rows (topics) per sentence
        per: dict[str, list] = {}
        for method, topic, start, end in zip(self.method[rows].tolist(),
                                             self.topic[rows].tolist(), starts,
                                             self.end[rows].tolist()):
            per.setdefault(topic, []).append((method, n_topics[start], int(start), int(end)))
        return per


def _evidence(peer_ids, topic, carriers: _Carriers, by_id) -> dict:
    """One peer sentence carrying the topic: term evidence first, then the earliest peer."""
    rank = {"term": 0, "model": 1, "emergent": 2}
    candidates = [(rank.get(method, 3), n_topics, by_id[peer].date or "9999", peer, start, end)
                  for peer in peer_ids
                  for method, n_topics, start, end in carriers.of(peer, topic)]
    *_, article_id, start, end = min(candidates)
    body = by_id[article_id].body
    return {"evidence": body[start:end], "evidence_article": article_id,
            "evidence_start": start, "evidence_end": end}


def _ordered(topics: set[str], order: list[str] | None) -> list[str]:
    index = {t: i for i, t in enumerate(order or [])}
    return sorted(topics, key=lambda t: (t.startswith("emergent:"), index.get(t, len(index)), t))


def _in_article_order(table: pd.DataFrame, articles) -> pd.DataFrame:
    position = {a.id: i for i, a in enumerate(articles)}
    table = table.assign(_pos=table["article_id"].map(position))
    table = table.sort_values(["event", "_pos"], kind="stable").drop(columns="_pos")
    return table.reset_index(drop=True).astype({"n_sentences": "int64", "n_peers": "int64",
                                                "n_peer_stories": "int64"})
