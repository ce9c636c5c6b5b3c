"""Score a corpus: build the output tables (articles, markers, parts, problems...), write them."""

from __future__ import annotations

import functools
import json
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Literal, Sequence

import pandas as pd

from .corpus import Corpus, format_meta_source
from .files import check_output_dir, staged_output
from .lexicon import LexiconSpec, resolve_lexicons
from .markers import article_markers, marker_rates, markers_frame, quote_spans_by_article
from .tone import article_tone_value
from .omissions import find_omissions
from .taxonomy import Taxonomy
from .topics import detect_topics, resolve_taxonomy, summarize_topics

ARTICLE_COLUMNS = ["article_id", "outlet", "outlet_type", "bloc", "country", "date", "event",
                   "title", "url", "n_words", "n_sentences", "duplicate_of", "meta_source"]
QUOTE_COUNT_COLUMNS = ["n_quotes", "n_sources"]
EXTRA_ARTICLE_COLUMNS = ["copy_similarity", "nearest_article", "nearest_similarity"]
PART_COLUMNS = ["article_id", "kind", "rule", "line", "text"]
PROBLEM_COLUMNS = ["path", "line", "severity", "message"]

Format = Literal["csv", "parquet"]


@dataclass
class Scores:
    """The tables of one scoring run, keyed by name (``articles``, ``parts``, ...)."""

    tables: dict[str, pd.DataFrame]
    bodies: list[dict] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self.tables[name]


def score_corpus(corpus: Corpus, *, jobs: int = 1, progress: bool = False,
                 lexicon: LexiconSpec = None,
                 taxonomy: Taxonomy | str | Path | None = None, min_peers: int = 2) -> Scores:
    """Build every output table for a loaded corpus.

    Parameters
    ----------
    corpus
        From `framing.load_corpus`.
    jobs
        Processes used for the per-article work (1 = in this process). Output is identical
        whatever the number.
    progress
        Show a progress bar on stderr.
    lexicon
        Stance and naming lexicons for the markers table (see `framing.find_markers`);
        None for the packaged ones.
    taxonomy
        The topic codebook (a `Taxonomy` or a YAML path); the packaged default when None.
    min_peers
        Peer stories of an event that must cover a topic for an article to omit it
        (see `framing.omissions.compare_topics`).
    """
    timings: dict[str, float] = {}

    @contextmanager
    def stage(name: str):
        start = time.perf_counter()
        yield
        timings[name] = timings.get(name, 0.0) + time.perf_counter() - start

    with stage("articles"):
        rows = map_articles(_article_row, corpus.articles, jobs=jobs, progress=progress)
        articles = pd.DataFrame(rows, columns=ARTICLE_COLUMNS + EXTRA_ARTICLE_COLUMNS)
        for column in ("n_words", "n_sentences"):
            articles[column] = articles[column].astype("int64")
        parts = pd.DataFrame(
            [{"article_id": a.id, "kind": p.kind, "rule": p.rule,
              "line": a.first_line + a.text.count("\n", 0, p.start), "text": p.text}
             for a in corpus.articles for p in a.parts],
            columns=PART_COLUMNS,
        )
        problems = pd.DataFrame([{"path": p.path, "line": p.line, "severity": p.severity,
                                  "message": p.message} for p in corpus.problems],
                                columns=PROBLEM_COLUMNS).astype({"line": "Int64"})
        bodies = [{"article_id": a.id, "body": a.body} for a in corpus.articles]
    with stage("quotes"):
        quotes = _quotes_table(corpus, jobs=jobs)
    tables = {"articles": articles, "parts": parts, "problems": problems}
    with stage("markers"):
        tables["markers"] = _score_markers(corpus, lexicon, quotes, jobs=jobs)
    tables["quotes"] = quotes
    with stage("tone"):
        tone = map_articles(article_tone_value, corpus.articles, jobs=jobs)
    rates = marker_rates(tables["markers"], corpus.articles)
    tables["articles"] = _add_article_columns(articles, rates, _quote_counts(quotes), tone)
    with stage("topics"):
        taxonomy = resolve_taxonomy(taxonomy)
        sentence_topics = detect_topics(corpus.articles, taxonomy=taxonomy)
        tables["topics"] = summarize_topics(corpus.articles, sentence_topics)
    with stage("omissions"):
        tables["omissions"] = find_omissions(corpus.articles, taxonomy=taxonomy,
                                             sentence_topics=sentence_topics,
                                             min_peers=min_peers)
    tables["sentence_topics"] = sentence_topics
    return Scores(tables, bodies, timings)


def _quotes_table(corpus: Corpus, *, jobs: int) -> pd.DataFrame:
    """quotes.csv: every attribution (`framing.quotes.extract_quotes`), with the corpus'
    registry (so that its ``outlets.yml`` counts)."""
    from .cues import load_cues
    from .quotes import article_quotes, quotes_frame

    find = functools.partial(article_quotes, registry=corpus.registry, cues=load_cues())
    rows = map_articles(find, corpus.articles, jobs=jobs)
    return quotes_frame([row for article_rows in rows for row in article_rows])


def _quote_counts(quotes: pd.DataFrame) -> pd.DataFrame:
    """``n_quotes`` (rows of quotes.csv) and ``n_sources`` (distinct speakers and channels)
    per article id."""
    names = pd.concat([quotes[["article_id", "speaker"]].rename(columns={"speaker": "name"}),
                       quotes[["article_id", "via"]].rename(columns={"via": "name"})])
    names = names[names["name"].notna() & (names["name"] != "")]
    return pd.DataFrame({"n_quotes": quotes.groupby("article_id").size(),
                         "n_sources": names.drop_duplicates().groupby("article_id").size()})


def _score_markers(corpus: Corpus, lexicon: LexiconSpec, quotes: pd.DataFrame | None, *,
                   jobs: int) -> pd.DataFrame:
    """The markers table; with a quotes table, its quotations are never scare quotes."""
    stance, naming = resolve_lexicons(lexicon)
    spans = quote_spans_by_article(quotes) if quotes is not None else None
    func = functools.partial(_article_markers, stance=stance, naming=naming, spans=spans)
    rows = map_articles(func, corpus.articles, jobs=jobs)
    return markers_frame([row for article_rows in rows for row in article_rows])


def _article_markers(article, *, stance, naming, spans) -> list[dict]:
    taken = None if spans is None else spans.get(article.id, [])
    return article_markers(article, stance=stance, naming=naming, quote_spans=taken)


def _add_article_columns(articles: pd.DataFrame, rates: pd.DataFrame, counts: pd.DataFrame,
                         tone: list[float]) -> pd.DataFrame:
    """``<category>_per_1k`` columns, ``n_quotes``, ``n_sources`` and ``tone`` after
    ``meta_source`` (SPEC §4 order)."""
    extra = articles[EXTRA_ARTICLE_COLUMNS]
    out = articles[ARTICLE_COLUMNS].join(rates, on="article_id")
    for column in ("n_quotes", "n_sources"):
        out[column] = out["article_id"].map(counts[column]).fillna(0).astype("int64")
    out["tone"] = pd.Series(tone, index=out.index, dtype="float64")
    return pd.concat([out, extra], axis=1)


def _article_row(article) -> dict:
    row = {key: getattr(article, key) for key in ("outlet", "outlet_type", "bloc", "country",
                                                   "date", "event", "title", "url",
                                                   "duplicate_of", "copy_similarity",
                                                   "nearest_article", "nearest_similarity")}
    row.update(article_id=article.id, n_words=article.n_words, n_sentences=article.n_sentences,
               meta_source=format_meta_source(article.meta_source))
    return row


def write_scores(scores: Scores, out: str | Path, *, corpus_root: str | Path,
                 format: Format = "csv") -> list[Path]:
    """Write every table to ``out`` (``<name>.csv`` or ``.parquet``) and ``body.jsonl``.

    Files are staged in a temporary folder and moved into place one by one, so a failed run
    never leaves a half-written table. ``out`` must not be inside the corpus.

    Returns
    -------
    The paths written, in order.
    """
    if format not in ("csv", "parquet"):
        raise ValueError(f"format must be csv or parquet, not {format!r}")
    out = check_output_dir(out, corpus_root)
    written = []
    with staged_output(out) as tmp:
        for name, table in scores.tables.items():
            path = tmp / f"{name}.{format}"
            if format == "csv":
                table.to_csv(path, index=False, lineterminator="\n")
            else:
                table.to_parquet(path, index=False)
            written.append(out / path.name)
        with open(tmp / "body.jsonl", "w", encoding="utf-8", newline="\n") as fh:
            for row in scores.bodies:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        written.append(out / "body.jsonl")
    return written


def map_articles(func: Callable, articles: Sequence, *, jobs: int = 1,
                 progress: bool = False) -> list:
    """Apply ``func`` to every article, in order, with ``jobs`` worker processes."""
    items: Iterable
    if jobs > 1 and len(articles) > 1:
        from concurrent.futures import ProcessPoolExecutor

        chunksize = max(1, len(articles) // (jobs * 8))
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            items = pool.map(func, articles, chunksize=chunksize)
            return list(_progress(items, len(articles), progress))
    return [func(a) for a in _progress(articles, len(articles), progress)]


def _progress(items: Iterable, total: int, enabled: bool) -> Iterable:
    if not enabled:
        return items
    from tqdm import tqdm

    return tqdm(items, total=total, desc="scoring", unit="article", leave=False)
