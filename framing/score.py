"""Score a corpus: build the output tables (articles, markers, parts, problems...), write them."""

from __future__ import annotations

import functools
import json
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Literal, Sequence

import numpy as np
import pandas as pd

from .corpus import Corpus, format_meta_source
from .files import check_output_dir, staged_output
from .guard import DEFAULT_SECONDS, ArticleTimeout, time_limit
from .lexicon import LexiconSpec, resolve_lexicons
from .markers import article_markers, marker_rates, markers_frame, quote_spans_by_article
from .omissions import find_omissions
from .quotes import quotes_frame
from .taxonomy import Taxonomy
from .text import Spans
from .tone import article_tone_value
from .topics import (SENTENCE_TOPIC_COLUMNS, _typed, codebook_topics, resolve_taxonomy,
                     summarize_topics)

ARTICLE_COLUMNS = ["article_id", "outlet", "outlet_type", "bloc", "country", "date", "event",
                   "title", "url", "n_words", "n_sentences", "duplicate_of", "meta_source"]
QUOTE_COUNT_COLUMNS = ["n_quotes", "n_sources"]
EXTRA_ARTICLE_COLUMNS = ["copy_similarity", "nearest_article", "nearest_similarity"]
PART_COLUMNS = ["article_id", "kind", "rule", "line", "text"]
PROBLEM_COLUMNS = ["path", "line", "severity", "message"]
CHUNK_ARTICLES = 2_000  # articles whose topic summaries / omissions are computed together

Format = Literal["csv", "parquet"]


@dataclass
class Scores:
    """The tables of one scoring run, keyed by name (``articles``, ``parts``, ...), and the
    articles scored (their bodies are written to ``body.jsonl``, never copied)."""

    tables: dict[str, pd.DataFrame]
    articles: list = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage (cpu:stage too)

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self.tables[name]

    @property
    def bodies(self) -> Iterator[dict]:
        """``{"article_id", "body"}`` per scored article (the lines of ``body.jsonl``)."""
        return ({"article_id": a.id, "body": a.body} for a in self.articles)


@dataclass
class Scorer:
    """What the per-article pass needs (rules, lexicons, codebook and its model): built once,
    sent once to each worker process."""

    registry: Any
    cues: Any
    stance: Any
    naming: Any
    taxonomy: Taxonomy
    model: Any
    timeout: float | None = DEFAULT_SECONDS

    @classmethod
    def build(cls, registry, *, lexicon: LexiconSpec = None,
              taxonomy: Taxonomy | str | Path | None = None,
              timeout: float | None = DEFAULT_SECONDS, cues=None) -> "Scorer":
        """Resolve every vocabulary and train the topic model (deterministic, seed 0);
        ``cues`` is a loaded `framing.cues.Cues`, a path, or None for the packaged one."""
        from .cues import Cues, load_cues
        from .topics import train_topic_model

        stance, naming = resolve_lexicons(lexicon)
        tax = resolve_taxonomy(taxonomy)
        vocab = cues if isinstance(cues, Cues) else load_cues(cues)
        return cls(registry, vocab, stance, naming, tax, train_topic_model(tax), timeout)


@dataclass
class _Scored:
    """One article's counts and sentence spans (what the event-level steps need; the spans
    compact, `framing.text.Spans`: they stay in memory until the end of the run)."""

    article_id: str
    n_words: int
    sentences: Sequence
    tone: float
    rows: dict = field(default_factory=dict)  # table name -> this article's rows (dicts)


@dataclass
class _Batch:
    """The per-article tables of a batch of articles, as DataFrames (compact), with the
    `_Scored` (or `Problem`, for an article skipped) of each article in order."""

    results: list
    tables: dict
    timings: dict


def score_corpus(corpus: Corpus, *, jobs: int = 1, progress: bool = False,
                 lexicon: LexiconSpec = None,
                 taxonomy: Taxonomy | str | Path | None = None, min_peers: int = 2,
                 article_timeout: float | None = DEFAULT_SECONDS,
                 batch_size: int = 64, release: bool = False,
                 chunk_articles: int = CHUNK_ARTICLES) -> Scores:
    """Build every output table for a loaded corpus.

    Each article is scored in one pass (parts, quotes, markers, tone, codebook topics), in
    batches, by ``jobs`` processes; then the event-level steps (emergent topics, topic
    summaries, omissions) run on the whole corpus.

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
    article_timeout
        Seconds one article may take to score; a slower article is reported in
        ``problems`` and left out of every table (None: no limit). The limit holds in
        worker processes too (each runs the work in its main thread).
    batch_size
        Articles scored together (one call of the topic model, one task for a worker).
    release
        Empty each article's file text, line map and parts once it is scored (they are in
        ``parts`` by then), so that only the body of every article stays in memory; what
        ``framing score`` does. The articles are then no longer fit for display.
    chunk_articles
        Articles whose topic summaries and omissions are computed together (whole events for
        omissions); bounds the memory of those steps. Output is identical whatever the size.
    """
    scorer = Scorer.build(corpus.registry, lexicon=lexicon, taxonomy=taxonomy,
                          timeout=article_timeout, cues=corpus.cues)
    with _frozen_heap():
        batches = []
        merge_every = max(2, chunk_articles // max(1, batch_size))
        for n, batch in enumerate(map_batches(_score_batch, corpus.articles, scorer,
                                              jobs=jobs, batch_size=batch_size,
                                              progress=progress)):
            batches.append(batch)
            if release:
                for article in corpus.articles[n * batch_size:(n + 1) * batch_size]:
                    article.text, article.segments, article.parts = "", [], []
            if (n + 1) % merge_every == 0:
                _merge_tables(batches[-merge_every:])
        return assemble_scores(corpus, batches, scorer, min_peers=min_peers,
                               chunk_articles=chunk_articles, jobs=jobs)


@contextmanager
def _frozen_heap():
    """Leave the objects that exist now (the loaded corpus, the scorer, modules) out of the
    cycle collector's passes until the block ends (``gc.freeze``): each full collection
    during scoring, and each of `_give_back_memory`, otherwise walks all of them again
    (~5% of the scoring time). A cycle collection first, so no garbage is frozen; objects
    freed by reference counting go as before. Nothing is done when the caller already
    froze objects (``gc.unfreeze`` would thaw theirs)."""
    import gc

    if gc.get_freeze_count():
        yield
        return
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _merge_tables(batches: list) -> None:
    """Concatenate the tables of consecutive batches into the first of them (the others
    lose theirs): one frame per table for ~``chunk_articles`` articles rather than one per
    batch, each small frame costing its own column and buffer overhead. `assemble_scores`
    concatenates the frames left, in order: the same tables."""
    for name in list(batches[0].tables):
        frames = [b.tables.pop(name) for b in batches[1:]]
        frames = [f for f in [batches[0].tables[name], *frames] if len(f)]
        if frames:
            batches[0].tables[name] = (pd.concat(frames, ignore_index=True)
                                       if len(frames) > 1 else frames[0])


def assemble_scores(corpus: Corpus, batches: list, scorer: Scorer, *,
                    min_peers: int = 2, chunk_articles: int = CHUNK_ARTICLES,
                    jobs: int = 1) -> Scores:
    """The tables from the batches scored by `_score_batch` (in corpus order), plus the
    event-level steps: emergent topics, topic summaries, omissions. With ``jobs`` > 1 the
    emergent topics of the events are found by that many worker processes (same rows).

    Topic summaries and omissions are computed for about ``chunk_articles`` articles at a
    time (whole events for omissions) and concatenated: the same rows in the same order as
    one call on the corpus, but their working memory (a row for every article and topic of
    its event) no longer grows with the corpus."""
    from .corpus import Problem

    from .tone import score_sentence

    score_sentence.cache_clear()  # the per-article pass is over: up to 100,000 sentences go
    _give_back_memory()
    timings: dict[str, float] = {}
    for batch in batches:
        _add_timings(timings, batch.timings)
    by_id = {a.id: a for a in corpus.articles}
    results = [r for batch in batches for r in batch.results]
    scored = [r for r in results if isinstance(r, _Scored)]
    skipped = [r for r in results if isinstance(r, Problem)]
    kept = []
    for r in scored:  # counts found by the workers: no second tokenization here
        article = by_id[r.article_id]
        article.__dict__["n_words"] = r.n_words
        article.__dict__["sentences"] = r.sentences
        kept.append(article)

    def table(name: str, empty: Callable[[], pd.DataFrame]) -> pd.DataFrame:
        frames = [b.tables.pop(name) for b in batches if name in b.tables]  # copies go
        frames = [f for f in frames if len(f)]
        return pd.concat(frames, ignore_index=True) if frames else empty()

    with _step(timings, "articles"):
        articles = pd.DataFrame([_article_row(a) for a in kept],
                                columns=ARTICLE_COLUMNS + EXTRA_ARTICLE_COLUMNS)
        for column in ("n_words", "n_sentences"):
            articles[column] = articles[column].astype("int64")
        parts = table("parts", lambda: _parts_frame([]))
        problems = pd.DataFrame([{"path": p.path, "line": p.line, "severity": p.severity,
                                  "message": p.message}
                                 for p in [*corpus.problems, *skipped]],
                                columns=PROBLEM_COLUMNS).astype({"line": "Int64"})
    with _step(timings, "quotes"):
        quotes = table("quotes", lambda: quotes_frame([]))
    with _step(timings, "markers"):
        markers = table("markers", lambda: markers_frame([]))
        rates = marker_rates(markers, kept)
    tables = {"articles": _add_article_columns(articles, rates, _quote_counts(quotes),
                                               [r.tone for r in scored]),
              "parts": parts, "problems": problems, "markers": markers, "quotes": quotes}
    with _step(timings, "topics"):
        from .emergent import find_emergent_topics

        sentence_topics = table("sentence_topics", lambda: codebook_topics(
            [], taxonomy=scorer.taxonomy, model=None))
        found = find_emergent_topics(kept, known=sentence_topics, seed=0, jobs=jobs)
        if len(found):  # after the codebook's rows, as `detect_topics` gives them
            sentence_topics = pd.concat([sentence_topics, _typed(found[SENTENCE_TOPIC_COLUMNS])],
                                        ignore_index=True)
        for article in kept:  # emergent topics normalised the bodies again
            article.__dict__.pop("norm", None)
        tables["topics"] = _in_chunks(
            summarize_topics, _article_chunks(kept, chunk_articles), sentence_topics)
    with _step(timings, "omissions"):
        tables["omissions"] = _in_chunks(
            functools.partial(find_omissions, taxonomy=scorer.taxonomy, min_peers=min_peers),
            _event_chunks(kept, chunk_articles), sentence_topics, keyword="sentence_topics")
    tables["sentence_topics"] = sentence_topics
    return Scores(tables, kept, timings)


def use_system_arrow_pool() -> None:
    """Make pyarrow (the storage of pandas' string columns) allocate with the C library's
    malloc rather than its default pool (mimalloc), which keeps the memory of freed tables:
    ~10% less peak memory for ``framing score``, same speed. Process-wide; what ``framing
    score`` and ``benchmarks/bench_score.py`` call first."""
    try:
        import pyarrow as pa
    except ImportError:  # pragma: no cover - a declared dependency
        return
    if pa.default_memory_pool().backend_name != "system":
        pa.set_memory_pool(pa.system_memory_pool())
    _fixed_mmap_threshold()


MMAP_THRESHOLD = 128 * 1024  # glibc's default, kept fixed (see `_fixed_mmap_threshold`)


def _fixed_mmap_threshold() -> None:
    """Keep glibc's mmap threshold at 128 KiB: blocks that large (column buffers, arrays)
    get their own mapping, given back to the system when freed. By default glibc raises the
    threshold after the first such block is freed, and later large blocks then come from
    the heap, where freed ones stay resident between live small objects. No-op elsewhere."""
    lib = _libc()
    if lib is not None:
        lib.mallopt(-3, MMAP_THRESHOLD)  # M_MMAP_THRESHOLD


@functools.lru_cache(maxsize=1)
def _libc():
    """glibc through ctypes (for ``mallopt`` and ``malloc_trim``), or None elsewhere."""
    import ctypes
    import sys

    if not sys.platform.startswith("linux"):
        return None
    try:
        lib = ctypes.CDLL("libc.so.6")
        lib.mallopt, lib.malloc_trim  # noqa: B018 - both exist (glibc, not musl)
    except (OSError, AttributeError):
        return None
    return lib


def _give_back_memory() -> None:
    """Collect cycles and hand the free pages of the heap back to the system (glibc
    ``malloc_trim``): between the steps of `assemble_scores`, so that what one step freed
    does not stay resident while the next one grows the tables."""
    import gc

    gc.collect()
    lib = _libc()
    if lib is not None:
        lib.malloc_trim(0)


def _article_chunks(articles: list, size: int) -> list[list]:
    """Consecutive runs of ``size`` articles."""
    return [articles[i:i + size] for i in range(0, len(articles), size)] or [[]]


def _event_chunks(articles: list, size: int) -> list[list]:
    """The articles with an event, in runs of whole events (events sorted, as the omissions
    table is) of about ``size`` articles; each run in corpus order."""
    counts: dict[str, int] = {}
    for a in articles:
        if a.event:
            counts[a.event] = counts.get(a.event, 0) + 1
    chunk_of: dict[str, int] = {}
    n, chunk = 0, 0
    for event in sorted(counts):
        if n >= size:
            chunk, n = chunk + 1, 0
        chunk_of[event] = chunk
        n += counts[event]
    chunks: list[list] = [[] for _ in range(chunk + 1)]
    for a in articles:
        if a.event:
            chunks[chunk_of[a.event]].append(a)
    return chunks


def _in_chunks(func: Callable, chunks: list[list], sentence_topics: pd.DataFrame, *,
               keyword: str | None = None) -> pd.DataFrame:
    """``func(articles, sentence_topics)`` for each chunk of articles, given only the rows of
    ``sentence_topics`` of its articles (in table order); the results concatenated. One chunk:
    one call on the whole table, as before."""
    def call(articles, table):
        return func(articles, **{keyword: table}) if keyword else func(articles, table)

    if len(chunks) == 1:
        return call(chunks[0], sentence_topics)
    chunk_of = {a.id: n for n, chunk in enumerate(chunks) for a in chunk}
    codes = sentence_topics["article_id"].map(chunk_of).fillna(-1).to_numpy(dtype="int64")
    order = np.argsort(codes, kind="stable")  # rows grouped by chunk, in table order
    bounds = np.searchsorted(codes[order], np.arange(len(chunks) + 1))
    frames = []
    for n, chunk in enumerate(chunks):
        table = sentence_topics.take(order[bounds[n]:bounds[n + 1]]).reset_index(drop=True)
        frames.append(call(chunk, table))
        del table
    kept = [f for f in frames if len(f)]
    if not kept:
        return frames[0]
    return pd.concat(kept, ignore_index=True) if len(kept) > 1 else kept[0]


def _parts_frame(rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=PART_COLUMNS)


def _score_batch(articles: Sequence, scorer: Scorer) -> _Batch:
    """Score a batch of articles: every per-article table, then the codebook topics of the
    batch. An article slower than ``scorer.timeout`` becomes a `Problem` (skipped)."""
    timings: dict[str, float] = {}
    results: list = []
    for article in articles:
        try:
            with time_limit(scorer.timeout):
                results.append(_score_article(article, scorer, timings))
        except ArticleTimeout as exc:
            results.append(_skipped(article, exc))
        except Exception as exc:  # a bug in a rule must not cost the other articles
            results.append(_failed(article, exc))
    with _stage(timings, "topics"):
        topics = _batch_topics(articles, results, scorer)
    for article in articles:  # the driver keeps counts and spans, not the normalised copy
        article.__dict__.pop("norm", None)
        article.__dict__.pop("sentence_starts", None)
    scored = [r for r in results if isinstance(r, _Scored)]

    def rows(name: str) -> list[dict]:
        return [row for r in scored for row in r.rows.pop(name)]

    tables = {"parts": _parts_frame(rows("parts")), "quotes": quotes_frame(rows("quotes")),
              "markers": markers_frame(rows("markers")), "sentence_topics": topics}
    return _Batch(results, tables, timings)


def _score_article(article, scorer: Scorer, timings: dict[str, float]) -> _Scored:
    from .quotes import article_quotes

    with _stage(timings, "articles"):
        parts = [{"article_id": article.id, "kind": p.kind, "rule": p.rule,
                  "line": article.first_line + article.text.count("\n", 0, p.start),
                  "text": p.text} for p in article.parts]
        n_words, sentences = article.n_words, article.sentences
    with _stage(timings, "quotes"):
        quotes = article_quotes(article, registry=scorer.registry, cues=scorer.cues)
    with _stage(timings, "markers"):
        spans = [(int(q["start"]), int(q["end"])) for q in quotes
                 if q["start"] is not None and q["end"] is not None]
        markers = article_markers(article, stance=scorer.stance, naming=scorer.naming,
                                  quote_spans=spans)
    with _stage(timings, "tone"):
        tone = article_tone_value(article)
    return _Scored(article.id, n_words, Spans(sentences), tone,
                   {"parts": parts, "quotes": quotes, "markers": markers})


def _batch_topics(articles: Sequence, results: list, scorer: Scorer) -> pd.DataFrame:
    """Codebook topics for the scored articles of a batch (one model call for the batch);
    if the batch runs out of time, article by article, skipping the slow one."""
    ok = {r.article_id: i for i, r in enumerate(results) if isinstance(r, _Scored)}
    batch = [a for a in articles if a.id in ok]
    if not batch:
        return codebook_topics([], taxonomy=scorer.taxonomy, model=None)
    try:  # a batch takes well under a second: one article's budget for all of it
        with time_limit(scorer.timeout):
            return codebook_topics(batch, taxonomy=scorer.taxonomy, model=scorer.model)
    except ArticleTimeout:
        pass
    frames = []
    for article in batch:
        try:
            with time_limit(scorer.timeout):
                frames.append(codebook_topics([article], taxonomy=scorer.taxonomy,
                                              model=scorer.model))
        except ArticleTimeout as exc:
            results[ok[article.id]] = _skipped(article, exc)
    return pd.concat(frames, ignore_index=True)


def _skipped(article, exc: Exception):
    from .corpus import Problem

    return Problem(str(article.path), f"{exc} to score; skipped")


def _failed(article, exc: Exception):
    """An article whose scoring raised: listed in problems.csv, left out of the tables."""
    from .corpus import Problem

    where = exc.__traceback__
    while where is not None and where.tb_next is not None:
        where = where.tb_next
    place = f" at {Path(where.tb_frame.f_code.co_filename).name}:{where.tb_lineno}" if where else ""
    return Problem(str(article.path), f"could not be scored ({type(exc).__name__}{place}: {exc}); "
                   "skipped (please report it)")


@contextmanager
def _stage(timings: dict[str, float], name: str):
    """Add the block's wall-clock seconds to ``timings[name]`` and its CPU seconds (this
    process's) to ``timings["cpu:" + name]``."""
    start, cpu = time.perf_counter(), time.process_time()
    try:
        yield
    finally:
        timings[name] = timings.get(name, 0.0) + time.perf_counter() - start
        key = "cpu:" + name
        timings[key] = timings.get(key, 0.0) + time.process_time() - cpu


@contextmanager
def _step(timings: dict[str, float], name: str):
    """A stage of `assemble_scores` (timed by `_stage`), with `_give_back_memory` after it."""
    with _stage(timings, name):
        yield
    _give_back_memory()


def _add_timings(total: dict[str, float], more: dict[str, float]) -> None:
    for name, seconds in more.items():
        total[name] = total.get(name, 0.0) + seconds


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
                 format: Format = "csv", rows_per_part: int | None = None) -> list[Path]:
    """Write every table to ``out`` (``<name>.csv`` or ``.parquet``) and ``body.jsonl``.

    Files are staged in a temporary folder and moved into place one by one, so a failed run
    never leaves a half-written table. ``out`` must not be inside the corpus. ``body.jsonl``
    is written line by line from the scored articles (bodies are never copied).

    With ``format="parquet"`` and ``rows_per_part``, each table is a folder ``<name>.parquet/``
    of part files ``part-00000.parquet``, ... of at most ``rows_per_part`` rows (what
    ``framing score --dask`` writes); ``pandas.read_parquet`` reads the folder back whole.

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
            elif rows_per_part:
                path.mkdir()
                for n, start in enumerate(range(0, max(1, len(table)), rows_per_part)):
                    table.iloc[start:start + rows_per_part].to_parquet(
                        path / f"part-{n:05d}.parquet", index=False)
            else:
                table.to_parquet(path, index=False)
            written.append(out / path.name)
        with open(tmp / "body.jsonl", "w", encoding="utf-8", newline="\n") as fh:
            for row in scores.bodies:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        written.append(out / "body.jsonl")
    return written


def map_batches(func: Callable, articles: Sequence, scorer: Scorer, *, jobs: int = 1,
                batch_size: int = 64, progress: bool = False) -> Iterator:
    """``func(batch, scorer)`` for consecutive batches of ``batch_size`` articles, results in
    order, with ``jobs`` worker processes. The scorer is sent once to each worker, and at
    most ``4 * jobs`` batches are in flight, so memory does not grow with the corpus."""
    batches = [articles[i:i + batch_size] for i in range(0, len(articles), batch_size)]
    bar = _progress(None, len(articles), progress)
    if jobs <= 1 or len(batches) < 2:
        for batch in batches:
            yield func(batch, scorer)
            _advance(bar, len(batch))
        _close(bar)
        return
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs, initializer=_set_worker_scorer,
                             initargs=(scorer,)) as pool:
        pending: deque = deque()
        for batch in batches:
            pending.append((pool.submit(_call_with_worker_scorer, func, batch), len(batch)))
            if len(pending) >= 4 * jobs:
                future, n = pending.popleft()
                yield future.result()
                _advance(bar, n)
        while pending:
            future, n = pending.popleft()
            yield future.result()
            _advance(bar, n)
    _close(bar)


_WORKER_SCORER: Scorer | None = None


def _set_worker_scorer(scorer: Scorer) -> None:
    global _WORKER_SCORER
    _WORKER_SCORER = scorer


def _call_with_worker_scorer(func: Callable, batch: Sequence):
    return func(batch, _WORKER_SCORER)


def _advance(bar, n: int) -> None:
    if bar is not None:
        bar.update(n)


def _close(bar) -> None:
    if bar is not None:
        bar.close()


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


def _progress(items: Iterable | None, total: int, enabled: bool):
    """``items`` wrapped in a progress bar on stderr (or the bar alone for ``items`` None)."""
    if not enabled:
        return items
    from tqdm import tqdm

    return tqdm(items, total=total, desc="scoring", unit="article", leave=False)
