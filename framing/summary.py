"""What an event report shows, computed from the score tables: the event's tables (scored once),
a plain-language summary, and the examples (sentences, spans, quotes) behind every number."""

from __future__ import annotations

import dataclasses
import functools
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

import pandas as pd

from .compare import select_articles
from .errors import FramingError
from .resources import read_data_yaml

OFFICIAL_TYPES = ("government", "government-official")
# Stance categories that a summary sentence may single out, in the order they are tried.
SUMMARY_CATEGORIES = ("pejorative", "laudatory", "honorific", "distancing", "hedge", "booster",
                      "report_verb", "scare_quote")


@dataclass
class EventTables:
    """The score tables of one event (or of some of its outlets), computed once.

    ``tables`` holds ``articles``, ``markers``, ``quotes``, ``topics``, ``omissions``,
    ``sentence_topics``, ``parts`` and ``problems`` as `framing.score_corpus` builds them,
    restricted to the event's articles; ``labels`` gives each article a short, unique name
    for charts (its outlet, with ``(copy)`` for a copy).
    """

    event: str
    title: str
    articles: list
    tables: dict[str, pd.DataFrame]
    taxonomy: Any
    lexicons: tuple
    labels: dict[str, str] = field(default_factory=dict)
    auto: bool = False
    registry: Any = None

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self.tables[name]

    @property
    def originals(self) -> list:
        """The articles that are not copies of another article of the selection."""
        ids = {a.id for a in self.articles}
        return [a for a in self.articles if not a.duplicate_of or a.duplicate_of not in ids]

    def topic_label(self, topic: str) -> str:
        """The codebook's label of a topic (emergent topics keep their name)."""
        found = self.taxonomy.topics.get(topic) if self.taxonomy else None
        return found.label if found else topic


def event_tables(corpus, event: str, outlets: Sequence[str] = (), *, lexicon=None,
                 taxonomy=None, min_peers: int = 2) -> EventTables:
    """Score the articles of one event once; every report step reads these tables.

    Parameters
    ----------
    corpus
        From `framing.load_corpus`.
    event
        An event id of the corpus.
    outlets
        Only these outlets (an empty sequence: all of the event's outlets).
    lexicon
        Stance and/or naming lexicon paths (see `framing.score_corpus`); None or ``""`` for
        the packaged ones.
    taxonomy
        A topic codebook path; None or ``""`` for the packaged one.
    min_peers
        The omission rule (see `framing.compare_topics`).

    Raises
    ------
    FramingError
        When the event does not exist or has no article from ``outlets``.
    """
    from .lexicon import resolve_lexicons
    from .score import score_corpus
    from .topics import resolve_taxonomy

    chosen = select_articles(corpus, event, outlets)
    lexicons = resolve_lexicons(lexicon or None)
    codebook = resolve_taxonomy(taxonomy or None)
    sub = dataclasses.replace(corpus, articles=chosen, problems=[])
    scores = score_corpus(sub, lexicon=list(lexicons), taxonomy=codebook, min_peers=min_peers)
    ev = corpus.events[event]
    return EventTables(event=event, title=ev.title, articles=chosen, tables=dict(scores.tables),
                       taxonomy=codebook, lexicons=lexicons, labels=article_labels(chosen),
                       auto=bool(ev.auto), registry=corpus.registry)


def article_labels(articles: Sequence) -> dict[str, str]:
    """A short unique name per article: its outlet, ``(copy)`` for a copy, and a number when
    an outlet has several articles."""
    labels: dict[str, str] = {}
    seen: dict[str, int] = {}
    for a in articles:
        base = str(a.outlet) + (" (copy)" if a.duplicate_of else "")
        seen[base] = seen.get(base, 0) + 1
        labels[a.id] = base if seen[base] == 1 else f"{base} #{seen[base]}"
    return labels


# ---------------------------------------------------------------------------- tables


def article_overview(t: EventTables) -> pd.DataFrame:
    """One row per article: outlet, bloc, date, words, quotes, and the story it copies."""
    a = t["articles"].set_index("article_id")
    rows = [{"article": t.labels[x.id], "outlet": x.outlet, "bloc": x.bloc, "date": x.date or "",
             "words": x.n_words, "quotes": int(a.at[x.id, "n_quotes"]),
             "copy of": t.labels.get(x.duplicate_of, x.duplicate_of or "")}
            for x in t.articles]
    return pd.DataFrame(rows).set_index("article")


def topic_coverage(t: EventTables) -> pd.DataFrame:
    """Long form, one row per article and topic of the event: ``article`` (its label),
    ``topic`` (the codebook label), ``share`` of the article's sentences that carry it and
    ``status`` (``covered``, ``exclusive``, ``omitted``, ``not_covered``), in codebook order."""
    from .omissions import compare_topics

    comparison = compare_topics(t.articles, sentence_topics=t["sentence_topics"],
                                taxonomy=t.taxonomy)
    shares = t["topics"].set_index(["article_id", "topic"])["share"]
    rows = [{"article": t.labels[r.article_id], "topic": t.topic_label(r.topic),
             "share": float(shares.get((r.article_id, r.topic), 0.0)), "status": r.status}
            for r in comparison.itertuples(index=False) if r.article_id in t.labels]
    return pd.DataFrame(rows, columns=["article", "topic", "share", "status"])


def topic_evidence(t: EventTables, *, per_cell: int = 4) -> pd.DataFrame:
    """Why each cell of the coverage heatmap has its value: per topic (rows, codebook labels)
    and article (columns), the number of sentences and the words that gave them the topic
    (a codebook term as written, or the model's strongest word)."""
    st = t["sentence_topics"]
    if st.empty:
        return pd.DataFrame()
    order = list(t.labels.values())
    topics = [t.topic_label(x) for x in dict.fromkeys(
        [x for x in t.taxonomy.topics if x in set(st["topic"])] + list(st["topic"]))]
    rows = []
    for (article_id, topic), group in st.groupby(["article_id", "topic"], sort=False):
        words = list(dict.fromkeys(group.sort_values("start")["evidence"].str.lower()))
        more = f" (+{len(words) - per_cell})" if len(words) > per_cell else ""
        rows.append({"topic": t.topic_label(topic), "article": t.labels.get(article_id),
                     "why": f"{group['sentence'].nunique()}: "
                            + ", ".join(f"'{w}'" for w in words[:per_cell]) + more})
    table = pd.DataFrame(rows).pivot(index="topic", columns="article", values="why")
    return table.reindex(index=[x for x in topics if x in table.index],
                         columns=[c for c in order if c in table.columns]).fillna("")


def omission_table(t: EventTables) -> pd.DataFrame:
    """One row per omission: the article that leaves the topic out, the topic, the peers that
    cover it, and one peer sentence as evidence (with the outlet it comes from)."""
    om = t["omissions"]
    rows = [{"article": t.labels.get(r.article_id, r.article_id),
             "leaves out": t.topic_label(r.topic),
             "covered by": ", ".join(t.labels.get(x, x) for x in r.covered_by.split(";")),
             "evidence": r.evidence, "evidence from": t.labels.get(r.evidence_article,
                                                                   r.evidence_article)}
            for r in om.itertuples(index=False)]
    return pd.DataFrame(rows, columns=["article", "leaves out", "covered by", "evidence",
                                       "evidence from"])


def source_shares(t: EventTables) -> pd.DataFrame:
    """`framing.source_profile` per article label (copies left out): shares of attributions
    by ``source_type`` and ``source_country`` (long form)."""
    from .quotes import source_profile

    meta = t["articles"].assign(label=t["articles"]["article_id"].map(t.labels))
    return source_profile(t["quotes"], meta, by="label").rename(columns={"label": "article"})


def top_sources(t: EventTables, *, top: int = 8) -> pd.DataFrame:
    """The sources quoted most (as speaker or channel), with who quotes them and one example
    quote (the longest direct or partial one, else the first)."""
    q = _original_quotes(t)
    rows = []
    for name in pd.concat([q["speaker"], q["via"]]).dropna().unique():
        if not name:
            continue
        mine = q[(q["speaker"] == name) | (q["via"] == name)]
        quoted = mine[mine["kind"] != "indirect"]
        example = (quoted.loc[quoted["n_words"].idxmax()] if len(quoted) else mine.iloc[0])
        own = mine[mine["speaker"] == name]
        kind = (own if len(own) else mine).iloc[0]
        rows.append({"source": name,
                     "type": kind["source_type"] if len(own) else kind["via_type"],
                     "n_attributions": len(mine),
                     "quoted by": ", ".join(sorted({t.labels[i] for i in mine["article_id"]})),
                     "example": _clip(example["text"]),
                     "example from": t.labels[example["article_id"]]})
    table = pd.DataFrame(rows, columns=["source", "type", "n_attributions", "quoted by",
                                        "example", "example from"])
    return table.sort_values(["n_attributions", "source"], ascending=[False, True]) \
        .head(top).reset_index(drop=True)


def marker_examples(t: EventTables, *, per_category: int = 3) -> pd.DataFrame:
    """Per article and stance category (names left out: see `naming_variants`): the rate per
    1,000 words and examples, each the words found with the start of their sentence."""
    from .lexicon import STANCE_CATEGORIES

    m = t["markers"]
    m = m[(m["category"] != "naming") & ~m["in_quote"]]
    rates = t["articles"].set_index("article_id")
    by_id = {a.id: a for a in t.articles}
    rows = []
    for a in t.articles:
        mine = m[m["article_id"] == a.id]
        for category in STANCE_CATEGORIES:
            found = mine[mine["category"] == category]
            if found.empty:
                continue
            examples = [_in_context(by_id[a.id], int(r.start), int(r.end))
                        for r in found.head(per_category).itertuples(index=False)]
            rows.append({"article": t.labels[a.id], "category": category, "n": len(found),
                         "per_1k": round(float(rates.at[a.id, f"{category}_per_1k"]), 1),
                         "terms": ", ".join(dict.fromkeys(found["text"].str.lower())),
                         "examples": " · ".join(examples)})
    return pd.DataFrame(rows, columns=["article", "category", "n", "per_1k", "terms",
                                       "examples"])


def marker_rate_table(t: EventTables) -> pd.DataFrame:
    """Long form of the ``<category>_per_1k`` columns: ``article, category, per_1k`` (names
    left out: their rate measures how often actors are named, not stance)."""
    from .lexicon import STANCE_CATEGORIES

    a = t["articles"].assign(article=t["articles"]["article_id"].map(t.labels))
    a = a[a["duplicate_of"].isna() | (a["duplicate_of"] == "")]
    long = a.melt(id_vars="article", value_vars=[f"{c}_per_1k" for c in STANCE_CATEGORIES],
                  var_name="category", value_name="per_1k")
    long["category"] = long["category"].str.removesuffix("_per_1k")
    return long


def naming_variants(t: EventTables) -> pd.DataFrame:
    """For each actor, the names each article uses for it, most frequent first
    (``North Korea ×5, the North ×3``), outside quotations."""
    m = t["markers"]
    m = m[(m["category"] == "naming") & ~m["in_quote"]]
    if m.empty:
        return pd.DataFrame(columns=["actor"])
    m = m.assign(article=m["article_id"].map(t.labels), term=m["term"],
                 actor=m["actor"].map(lambda a: actor_label(t, a)))
    rows = []
    for (actor, article), group in m.groupby(["actor", "article"], sort=True):
        counts = group["term"].value_counts()
        counts = counts.sort_index().sort_values(ascending=False, kind="stable")
        rows.append({"actor": actor, "article": article,
                     "names": ", ".join(f"{term} ×{n}" for term, n in counts.items())})
    order = list(dict.fromkeys(t.labels.values()))
    table = pd.DataFrame(rows).pivot(index="actor", columns="article", values="names")
    return table.reindex(columns=[c for c in order if c in table.columns]).fillna("")


def actor_tone_table(t: EventTables, *, min_articles: int = 1) -> pd.DataFrame:
    """`framing.actor_tone` with article labels (copies left out): ``article, actor,
    n_sentences, tone`` (the mean sentiment of the sentences naming the actor) and
    ``example``, the sentence whose sentiment is strongest (with its score), for actors named
    by at least ``min_articles`` articles."""
    from .tone import actor_tone

    tone = actor_tone(t.originals, markers=t["markers"])
    order = {a.id: k for k, a in enumerate(t.originals)}
    tone = tone.assign(article=tone["article_id"].map(t.labels),
                       _order=tone["article_id"].map(order))
    tone = tone.sort_values(["_order", "actor"], kind="stable")
    tone["example"] = [_strongest_sentence(t, a, actor) for a, actor in
                       zip(tone["article_id"], tone["actor"])]
    keep = tone.groupby("actor")["article"].transform("nunique") >= min_articles
    tone = tone.assign(actor=tone["actor"].map(lambda a: actor_label(t, a)))
    return tone[keep][["article", "actor", "n_sentences", "tone", "example"]] \
        .reset_index(drop=True)


def actor_label(t: EventTables, actor: str) -> str:
    """The name a naming lexicon gives an actor id (``north_korea`` -> ``North Korea``);
    the id itself when the lexicon has no ``label`` for it."""
    for lexicon in t.lexicons:
        if getattr(lexicon, "kind", None) == "naming" and actor in lexicon.groups:
            return str(lexicon.groups[actor].get("label") or actor)
    return actor


def _strongest_sentence(t: EventTables, article_id: str, actor: str) -> str:
    """The sentence naming ``actor`` whose sentiment is furthest from neutral, with its
    score: the words that weigh most in the actor's tone."""
    from .tone import score_sentence

    m = t["markers"]
    rows = m[(m["article_id"] == article_id) & (m["actor"] == actor)
             & (m["category"] == "naming")]
    article = next(a for a in t.articles if a.id == article_id)
    best = None
    for n in sorted(set(rows["sentence"])):
        if n >= len(article.sentences):
            continue
        s, e = article.sentences[n]
        score = score_sentence(article.norm[s:e])
        if best is None or abs(score) > abs(best[0]):
            best = (score, " ".join(article.body[s:e].split()))
    return f"({best[0]:+.2f}) {_clip(best[1], 200)}" if best else ""


def event_vocabulary(t: EventTables, *, by: str = "outlet", top: int = 8) -> pd.DataFrame:
    """`framing.distinctive_terms` for the event's articles, one row per group with its
    top terms (``term (z)``); empty when the articles make fewer than two groups."""
    from .vocabulary import distinctive_terms

    try:
        terms = distinctive_terms(t.articles, by=by, top=top, min_count=2)
    except FramingError:
        return pd.DataFrame(columns=[by, "distinctive terms"])
    rows = [{by: group, "distinctive terms": ", ".join(f"{r.term} ({r.z:.1f})"
                                                       for r in g.itertuples(index=False))}
            for group, g in terms.groupby("group", sort=True)]
    return pd.DataFrame(rows, columns=[by, "distinctive terms"])


# ---------------------------------------------------------------------------- summary


def summarize_event(t: EventTables) -> list[str]:
    """Plain-language sentences about the event, each computed from the tables: coverage,
    whose officials each outlet quotes, which other side's media it relies on, what it leaves
    out, and the stance words that stand out."""
    lines = [_coverage_sentence(t)]
    lines += _source_sentences(t)
    lines += _omission_sentences(t)
    lines += _stance_sentences(t)
    return [line for line in lines if line]


def summary_markdown(t: EventTables) -> str:
    """`summarize_event` as a Markdown list under the event's title (text escaped)."""
    from .compare import _md

    head = [f"## {_md(t.title)}", ""]
    if t.auto:
        head += ["*This event was grouped automatically (dates close together and similar "
                 "text).*", ""]
    return "\n".join(head + [f"- {_md(line)}" for line in summarize_event(t)])


def index_line(t: EventTables) -> str:
    """One line for the index page: size, the main omissions, the most quoted source."""
    parts = [f"{_n(len(t.articles), 'article')} from {_n(len(_outlets(t.articles)), 'outlet')}"]
    copies = len(t.articles) - len(t.originals)
    if copies:
        parts[0] += f" ({_n(copies, 'copy', 'copies')} counted once)"
    om = t["omissions"]
    for article_id, group in om.groupby("article_id", sort=False):
        topics = [t.topic_label(x) for x in group["topic"]]
        parts.append(f"{t.labels[article_id]} omits {_list(topics, 3)}")
    top = top_sources(t, top=1)
    if len(top):
        parts.append(f"most quoted: {top.iloc[0]['source']}")
    return "; ".join(parts)


def write_event_summary(t: EventTables, folder: str | Path | None) -> Path | None:
    """Write ``summary.json`` (the index line and the summary sentences) into ``folder``,
    for `framing report`'s index page; nothing when ``folder`` is empty or None."""
    if not folder:
        return None
    path = Path(folder) / "summary.json"
    data = {"event": t.event, "line": index_line(t), "summary": summarize_event(t)}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path


def _coverage_sentence(t: EventTables) -> str:
    by_bloc: dict[str, list[str]] = {}
    for a in t.originals:
        names = by_bloc.setdefault(a.bloc, [])
        if a.outlet not in names:
            names.append(a.outlet)
    blocs = "; ".join(f"{bloc} media: {', '.join(names)}" for bloc, names in
                      sorted(by_bloc.items()))
    text = (f"{_n(len(t.articles), 'article')} from {_n(len(_outlets(t.articles)), 'outlet')} "
            f"({blocs}).")
    copies = [a for a in t.articles if a.duplicate_of]
    for a in copies:
        text += f" {t.labels[a.id]} is a copy of {t.labels.get(a.duplicate_of, a.duplicate_of)}" \
                f" and is counted once."
    return text


def _source_sentences(t: EventTables) -> list[str]:
    q = _original_quotes(t)
    lines = []
    for a in t.originals:
        mine = q[q["article_id"] == a.id]
        name = t.labels[a.id]
        if mine.empty:
            lines.append(f"{name} quotes no one.")
            continue
        officials = mine[mine["source_type"].isin(OFFICIAL_TYPES)]
        countries = sorted({_country(c) for c in officials["source_country"].dropna()})
        other = _other_side_media(mine, a.bloc)
        sentence = f"{name} quotes "
        if countries and len(officials) == len(mine):
            sentence += f"only {_list(countries)} officials"
        elif countries:
            sentence += f"{_list(countries)} officials"
        else:
            sentence += "no officials directly"
        if other:
            side = "state media" if a.bloc != "state" else "independent media"
            sentence += f" and relies on {side}: {_list(other)}"
        counts = mine["speaker"].value_counts()
        best = sorted(counts.items(), key=lambda x: (-x[1], x[0]))[0]
        sentence += f" ({_n(len(mine), 'attribution')}" + (
            f"; most often {best[0]}: {best[1]})." if best[1] > 1 else ").")
        lines.append(sentence)
    return lines


def _omission_sentences(t: EventTables) -> list[str]:
    om = t["omissions"]
    lines = []
    for article_id, group in om.groupby("article_id", sort=False):
        peers = sorted({t.labels.get(x, x) for ids in group["covered_by"]
                        for x in ids.split(";")})
        topics = [t.topic_label(x) for x in group["topic"]]
        lines.append(f"{t.labels[article_id]} leaves out {_list(topics)}, which "
                     f"{_list(peers)} cover{'s' if len(peers) == 1 else ''}.")
    if not len(om) and len(t.originals) > 1:
        lines.append("No article leaves out a topic that its peers cover.")
    if len(t.originals) > 1:
        from .omissions import compare_topics

        comparison = compare_topics(t.articles, sentence_topics=t["sentence_topics"],
                                    taxonomy=t.taxonomy)
        ids = [a.id for a in t.originals]
        only = comparison[(comparison["status"] == "exclusive")
                          & comparison["article_id"].isin(ids)]
        for article_id in ids:
            topics = [t.topic_label(x) for x in only.loc[only["article_id"] == article_id,
                                                          "topic"]]
            if topics:
                lines.append(f"Only {t.labels[article_id]} mentions {_list(topics)}.")
    return lines


def _stance_sentences(t: EventTables, *, most: int = 3) -> list[str]:
    if len(t.originals) < 2:
        return []
    rates = marker_rate_table(t)
    m = t["markers"]
    m = m[~m["in_quote"]]
    found = []
    for category in SUMMARY_CATEGORIES:
        r = rates[rates["category"] == category].sort_values(["per_1k", "article"],
                                                             ascending=[False, True])
        if r.empty or r.iloc[0]["per_1k"] <= 0:
            continue
        best = r.iloc[0]
        ids = [i for i, label in t.labels.items() if label == best["article"]]
        words = m[(m["category"] == category) & m["article_id"].isin(ids)]["text"]
        examples = list(dict.fromkeys(words.str.lower()))[:3]
        found.append((best["per_1k"], f"{best['article']} uses the most {_category(category)} "
                                      f"({best['per_1k']:.1f} per 1,000 words: "
                                      f"{', '.join(repr(x) for x in examples)})."))
    found.sort(key=lambda x: -x[0])
    return [text for _, text in found[:most]]


def _original_quotes(t: EventTables) -> pd.DataFrame:
    ids = {a.id for a in t.originals}
    return t["quotes"][t["quotes"]["article_id"].isin(ids)]


def _other_side_media(quotes: pd.DataFrame, bloc: str) -> list[str]:
    kind = "news-media" if bloc == "state" else "state-media"
    names = set(quotes.loc[quotes["source_type"] == kind, "speaker"].dropna())
    names |= set(quotes.loc[quotes["via_type"] == kind, "via"].dropna())
    return sorted(n for n in names if n)


def _outlets(articles) -> list[str]:
    return list(dict.fromkeys(a.outlet for a in articles))


def _country(code: str) -> str:
    """The adjective for a country code ("KP" -> "North Korean") from
    ``framing/data/countries.yml``; an unknown code stays as it is."""
    return _country_adjectives().get(str(code).upper(), str(code))


@functools.lru_cache(maxsize=1)
def _country_adjectives() -> dict[str, str]:
    return {str(code).upper(): str(adjective)
            for code, adjective in read_data_yaml("countries.yml")["adjectives"].items()}


def _category(category: str) -> str:
    return {"pejorative": "pejorative words", "laudatory": "laudatory words",
            "honorific": "honorifics", "distancing": "distancing words", "hedge": "hedges",
            "booster": "boosters", "report_verb": "judging report verbs",
            "scare_quote": "scare quotes"}.get(category, category)


def _list(items: Sequence[str], limit: int | None = None) -> str:
    items = list(items)
    if limit and len(items) > limit:
        sep = "; " if any("," in item or " and " in item for item in items[:limit]) else ", "
        return sep.join(items[:limit]) + f" (+{len(items) - limit} more)"
    if len(items) <= 1:
        return "".join(items)
    sep = "; " if any("," in item or " and " in item for item in items) else ", "
    if sep == "; " and len(items) == 2:  # "A and B and C" would not say where one ends
        return f"{items[0]}, as well as {items[1]}"
    return sep.join(items[:-1]) + (sep if sep == "; " and len(items) > 2 else " ") + "and " \
        + items[-1]


def _n(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


def _clip(text: str, limit: int = 160) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _in_context(article, start: int, end: int, width: int = 60) -> str:
    """The words found, in «», with up to ``width`` characters of their sentence around."""
    s, e = article.sentences[article.sentence_at(start)]
    before = article.body[max(s, start - width):start]
    after = article.body[end:min(e, end + width)]
    lead = "…" if start - width > s else ""
    tail = "…" if end + width < e else ""
    return " ".join(f"{lead}{before}«{article.body[start:end]}»{after}{tail}".split())


# ---------------------------------------------------------------------------- display


def event_highlights(t: EventTables, *, naming: bool = False) -> dict[str, list]:
    """Per article id: its stance markers (names too with ``naming``), its quotes (labelled
    with their speakers) and the words that gave each sentence a topic, as
    `framing.display.Highlight` spans."""
    from .markers import marker_highlights
    from .quotes import quote_highlights
    from .topics import topic_highlights

    markers = t["markers"] if naming else t["markers"][t["markers"]["category"] != "naming"]
    return {a.id: (quote_highlights(a, t["quotes"]) + marker_highlights(a, markers)
                   + topic_highlights(a, t["sentence_topics"]))
            for a in t.articles}


def side_by_side(t: EventTables, *, naming: bool = False, columns: int | None = None) -> str:
    """The event's articles side by side as escaped HTML: quotes with their speakers, stance
    markers and topic colours, with a legend (`framing.display.side_by_side_html`)."""
    from .display import side_by_side_html

    names = {topic: t.topic_label(topic) for topic in t["sentence_topics"]["topic"].unique()}
    return side_by_side_html(t.articles, event_highlights(t, naming=naming), columns=columns,
                             topic_names=names)


def method_note(t: EventTables) -> str:
    """A Markdown paragraph naming the vocabularies used (``name@version``) and the rules."""
    from .compare import _md

    stance, naming = t.lexicons
    return (f"Stance markers: lexicons `{_md(stance.label)}` and `{_md(naming.label)}`; "
            f"topics: codebook `{_md(t.taxonomy.label)}`. Rates count the outlet's own words "
            "(markers inside quotations are left out). A topic is *left out* by an article "
            "when at least two other stories of the event cover it (all of them when there "
            "are fewer); a copy and its original count as one story. Tone is the mean VADER "
            "sentiment of the sentences (-1 to 1). Every number above comes from the words "
            "shown in the articles below: hover a highlight to see why it was marked.")


# ---------------------------------------------------------------------------- whole corpus


def events_overview(corpus, scores) -> pd.DataFrame:
    """One row per event: title, dates, articles, outlets per bloc, attributions and
    omissions (from `framing.score_corpus` tables)."""
    a = scores["articles"]
    om = scores["omissions"]
    rows = []
    for event_id in sorted(corpus.events):
        mine = a[a["event"] == event_id]
        if mine.empty:
            continue
        dates = sorted(mine["date"].dropna())
        blocs = {bloc: ", ".join(dict.fromkeys(g["outlet"])) for bloc, g in
                 mine.groupby("bloc", sort=True)}
        rows.append({"event": event_id, "title": corpus.events[event_id].title,
                     "dates": f"{dates[0]} – {dates[-1]}" if dates and dates[0] != dates[-1]
                     else (dates[0] if dates else ""),
                     "articles": len(mine), "state outlets": blocs.get("state", ""),
                     "independent outlets": blocs.get("independent", ""),
                     "attributions": int(mine["n_quotes"].sum()),
                     "omissions": int((om["event"] == event_id).sum())})
    return pd.DataFrame(rows).set_index("event") if rows else pd.DataFrame()


def outlets_over_time(scores) -> pd.DataFrame:
    """One row per article: ``date, outlet, bloc, event, n_words`` (for a timeline)."""
    a = scores["articles"]
    return a[["date", "outlet", "bloc", "event", "n_words"]].sort_values(
        ["date", "outlet"], na_position="last").reset_index(drop=True)


def sources_over_time(scores, *, by: str = "source_type") -> pd.DataFrame:
    """Attributions per date and ``by`` (``source_type`` or ``source_country``), with the
    bloc of the outlets that made them: ``date, bloc, <by>, n_attributions``. Copies are
    counted once."""
    a = scores["articles"]
    a = a[a["duplicate_of"].isna() | (a["duplicate_of"] == "")]
    q = scores["quotes"].merge(a[["article_id", "date", "bloc"]], on="article_id")
    q = q.assign(**{by: q[by].fillna("unknown")})
    out = q.groupby(["date", "bloc", by]).size().rename("n_attributions").reset_index()
    return out.sort_values(["date", "bloc", by], ignore_index=True)


def topics_over_time(scores, taxonomy=None) -> pd.DataFrame:
    """Share of sentences per date and topic (codebook labels), by bloc: ``date, bloc, topic,
    share`` (the mean share over the stories of that date and bloc; copies counted once)."""
    from .topics import resolve_taxonomy

    codebook = resolve_taxonomy(taxonomy or None)
    a = scores["articles"]
    a = a[a["duplicate_of"].isna() | (a["duplicate_of"] == "")]
    t = scores["topics"].merge(a[["article_id", "date", "bloc"]], on="article_id")
    t = t[t["topic"].isin(list(codebook.topics))]
    t = t.assign(topic=t["topic"].map(lambda x: codebook.topics[x].label))
    n = a.groupby(["date", "bloc"]).size().rename("n")
    out = t.groupby(["date", "bloc", "topic"])["share"].sum().reset_index()
    out = out.join(n, on=["date", "bloc"])
    out["share"] = (out["share"] / out["n"]).round(3)
    return out.drop(columns="n").sort_values(["date", "bloc", "topic"], ignore_index=True)


def compare_lexicons(articles, lexicon, base=None) -> pd.DataFrame:
    """Markers per category (outside quotations) with the ``base`` lexicons (packaged when
    None) and with ``lexicon``, and the words only one of them finds: what changing the
    codebook changes."""
    from .markers import find_markers

    articles = list(articles)
    before = find_markers(articles, lexicon=base)
    after = find_markers(articles, lexicon=lexicon)
    rows = []
    for category in dict.fromkeys(list(before["category"]) + list(after["category"])):
        b = before[(before["category"] == category) & ~before["in_quote"]]
        a = after[(after["category"] == category) & ~after["in_quote"]]
        kb = set(zip(b["article_id"], b["start"]))
        ka = set(zip(a["article_id"], a["start"]))
        rows.append({"category": category, "before": len(b), "after": len(a),
                     "added": ", ".join(dict.fromkeys(
                         a[[k not in kb for k in zip(a["article_id"], a["start"])]]["text"])),
                     "dropped": ", ".join(dict.fromkeys(
                         b[[k not in ka for k in zip(b["article_id"], b["start"])]]["text"]))})
    return pd.DataFrame(rows, columns=["category", "before", "after", "added", "dropped"]) \
        .set_index("category")
