"""Benchmark `framing score` on a synthetic corpus built from the bundled articles.

Builds N articles by resampling sentences of the bundled corpus (seeded, with varied outlets,
dates and events), times a bare pass of sentence + word tokenization over the same bodies, then
the full scoring run stage by stage. The last line printed is one JSON object:

    articles, words, words_per_s, tokenize_words_per_s, ratio_to_tokenize,
    markers_to_tokenize, quotes_to_tokenize, cpu_ratio_to_tokenize, cpu_quotes_to_tokenize,
    cpu_markers_to_tokenize, peak_rss_mb, worker_peak_rss_mb, tables_mb,
    peak_rss_by_phase_mb, jobs, stages, cpu_stages

``peak_rss_mb`` is this process's peak resident memory, ``worker_peak_rss_mb`` the largest
worker process's (``--jobs N``); ``tables_mb`` what the output tables take in memory (pandas, deep);
``peak_rss_by_phase_mb`` the peak of this process in each phase (``load``, ``tokenize``,
``score``, ``write``; sampled every 50 ms).
Stages: ``load`` (reading, copies, events), then `framing.score_corpus`'s own (``articles``:
sentence and word counts and parts, ``quotes``, ``markers``, ``tone``, ``topics`` with emergent
topics and summaries, ``omissions``; with ``--jobs`` the per-article parts are summed over the
workers), then ``write``.

``markers_to_tokenize`` is the markers stage's time over the tokenization pass's: matching
every lexicon must stay at or below 1 (at least as fast as tokenizing). ``quotes_to_tokenize``
is the same for the quotes stage (the target: about one more pass over the tokens).

The ``cpu_`` figures are the same ratios in CPU seconds of this process (``time.process_time``;
with ``--jobs`` the workers' stage seconds are summed) and ``cpu_stages`` each stage's CPU
seconds: on a shared machine the wall-clock figures swing by a third or more from run to run,
the CPU ones much less. ``cpu_ratio_to_tokenize`` is only given for ``--jobs 1``.

Run: ``make bench`` (20,000 articles) or ``python benchmarks/bench_score.py --articles 2000``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


# The held-out quote sets the pool draws on: a fixed list, so that a new set does not change
# the benchmark's corpus and figures from different sessions compare (the 20,000-article corpus
# is 7.76 M words with these).
POOL_SETS = ("quotes_heldout", *(f"quotes_heldout{n}" for n in range(2, 14)))


def sentence_pool() -> list[str]:
    """Body sentences of the bundled corpus, the held-out quote articles of `POOL_SETS` and the
    labelled topic sentences of ``tests/data`` (about 1,000 sentences in the styles of many
    outlets)."""
    import framing

    sentences = []
    for folder in [REPO / "corpus", *(REPO / "tests/data" / name for name in sorted(POOL_SETS))]:
        if folder.is_dir():
            sentences += [a.body[s:e] for a in framing.load_corpus(folder) for s, e in a.sentences]
    labelled = REPO / "tests/data/topics/dprk_sentences.txt"
    if labelled.exists():
        for line in labelled.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#") and line.count("|") >= 3:
                sentences.append(line.split("|", 3)[3].strip())
    return [s for s in sentences if len(s.split()) >= 4]


_WORD = re.compile(r"\b[a-z]{4,}\b")


def vary(sentence: str, vocabulary: list[str], rng: random.Random, rate: float) -> str:
    """Replace about ``rate`` of the sentence's lowercase words (4+ letters) by other words
    of the pool, so that two articles share sentence shapes, names and markers but few
    exact phrases (as two reports of one event do)."""
    return _WORD.sub(lambda m: rng.choice(vocabulary) if rng.random() < rate else m.group(0),
                     sentence)


def build_corpus(root: Path, n: int, seed: int = 0, *, copy_share: float = 0.03,
                 rate: float = 0.3) -> int:
    """Write ``n`` synthetic articles under ``root``; return the number of words written.

    Events of about eight articles each, dated over three years; each article draws 8-30
    sentences from `sentence_pool` and varies their words (`vary`), with an outlet of the
    registry and a date within four days of its event's. About ``copy_share`` of the articles
    are true copies: a republication of an earlier article of the same event (another outlet,
    a day or two later, a paragraph dropped, a few words changed).
    """
    from datetime import date

    from framing.registry import load_registry

    sentences = sentence_pool()
    vocabulary = sorted({w for s in sentences for w in _WORD.findall(s)})
    outlets = [s for s in load_registry().sources.values() if s.outlet_type and not s.generic]
    rng = random.Random(seed)
    n_events = max(1, n // 8)
    first = date(2023, 1, 1).toordinal()
    event_days = [first + rng.randrange(3 * 365) for _ in range(n_events)]
    by_event: dict[int, list[tuple[list[str], int]]] = {}
    words = 0
    for i in range(n):
        e = rng.randrange(n_events)
        outlet = rng.choice(outlets)
        earlier = by_event.get(e, [])
        if earlier and rng.random() < copy_share:
            paragraphs, day = rng.choice(earlier)
            paragraphs = [vary(p, vocabulary, rng, 0.03) for p in paragraphs]
            if len(paragraphs) > 3:
                del paragraphs[rng.randrange(len(paragraphs))]
            day += rng.randint(0, 2)
        else:
            paragraphs = [" ".join(vary(s, vocabulary, rng, rate)
                                   for s in rng.sample(sentences, rng.randint(2, 4)))
                          for _ in range(rng.randint(4, 9))]
            day = event_days[e] + rng.randint(0, 3)
            by_event.setdefault(e, []).append((paragraphs, day))
        body = "\n\n".join(paragraphs)
        words += len(body.split())
        event = f"synthetic-{e:05d}"
        folder = root / event
        folder.mkdir(exist_ok=True)
        (folder / f"a{i:06d}.txt").write_text(
            f"---\noutlet: {outlet.name}\ndate: {date.fromordinal(day).isoformat()}\n"
            f"event: {event}\n---\n{body}\n", encoding="utf-8")
    return words


def tokenize_pass(bodies: list[str]) -> int:
    """Sentence + word tokenization of every body; returns the number of words."""
    from framing.text import split_sentences, tokenize_words

    n = 0
    for body in bodies:
        for start, end in split_sentences(body):
            n += len(tokenize_words(body[start:end]))
    return n


class PeakRss:
    """Samples this process's resident memory every 50 ms (Linux ``/proc``) and keeps the
    peak of each phase named by `phase` (``peak_rss_by_phase_mb`` in the result)."""

    def __init__(self) -> None:
        import threading

        self.name, self.peaks = "start", {}
        self.ok = Path("/proc/self/statm").exists()
        if self.ok:
            threading.Thread(target=self._run, daemon=True).start()

    def phase(self, name: str) -> None:
        self._sample()
        self.name = name
        self._sample()

    def _sample(self) -> None:
        if not self.ok:
            return
        import os

        with open("/proc/self/statm") as fh:
            mb = int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
        self.peaks[self.name] = max(self.peaks.get(self.name, 0.0), mb)

    def _run(self) -> None:
        while True:
            self._sample()
            time.sleep(0.05)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args(argv)

    import framing
    from framing.score import score_corpus, use_system_arrow_pool, write_scores

    use_system_arrow_pool()  # as framing score does
    with tempfile.TemporaryDirectory(prefix="framing-bench-") as tmp:
        root, out = Path(tmp) / "corpus", Path(tmp) / "out"
        root.mkdir()
        t = time.perf_counter()
        build_corpus(root, args.articles)
        print(f"built {args.articles} articles in {time.perf_counter() - t:.1f} s", file=sys.stderr)

        stages: dict[str, float] = {}
        rss = PeakRss()
        rss.phase("load")
        t, cpu = time.perf_counter(), time.process_time()
        corpus = framing.load_corpus(root)
        stages["load"] = time.perf_counter() - t
        stages["cpu:load"] = time.process_time() - cpu
        bodies = [a.body for a in corpus]

        rss.phase("tokenize")
        t, cpu = time.perf_counter(), time.process_time()
        n_words = tokenize_pass(bodies)
        tokenize_s = time.perf_counter() - t
        tokenize_cpu = time.process_time() - cpu
        for a in corpus:  # score from a cold start: tokenization is part of scoring
            a.__dict__.pop("sentences", None)
            a.__dict__.pop("n_words", None)

        rss.phase("score")
        t, cpu = time.perf_counter(), time.process_time()
        scores = score_corpus(corpus, jobs=args.jobs, release=True)  # as framing score does
        score_s = time.perf_counter() - t
        score_cpu = time.process_time() - cpu
        stages.update(scores.timings)
        rss.phase("write")
        t, cpu = time.perf_counter(), time.process_time()
        write_scores(scores, out, corpus_root=root)
        stages["write"] = time.perf_counter() - t
        stages["cpu:write"] = time.process_time() - cpu
        rss.phase("end")
        tables_mb = round(sum(t.memory_usage(deep=True).sum()
                              for t in scores.tables.values()) / 2**20)

    total = stages["load"] + score_s + stages["write"]
    total_cpu = stages["cpu:load"] + score_cpu + stages["cpu:write"]
    cpu_stages = {k[4:]: round(v, 2) for k, v in stages.items() if k.startswith("cpu:")}
    stages = {k: v for k, v in stages.items() if not k.startswith("cpu:")}
    result = {
        "articles": len(bodies),
        "words": n_words,
        "words_per_s": round(n_words / total),
        "tokenize_words_per_s": round(n_words / tokenize_s),
        "ratio_to_tokenize": round((n_words / total) / (n_words / tokenize_s), 3),
        "tokenize_s": round(tokenize_s, 2),
        "markers_to_tokenize": round(stages.get("markers", 0.0) / tokenize_s, 3),
        "quotes_to_tokenize": round(stages.get("quotes", 0.0) / tokenize_s, 3),
        "cpu_ratio_to_tokenize": round(tokenize_cpu / total_cpu, 3) if args.jobs == 1 else None,
        "cpu_quotes_to_tokenize": round(cpu_stages.get("quotes", 0.0) / tokenize_cpu, 3),
        "cpu_markers_to_tokenize": round(cpu_stages.get("markers", 0.0) / tokenize_cpu, 3),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "worker_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
                                    / 1024),
        "tables_mb": tables_mb,
        "peak_rss_by_phase_mb": {k: round(v) for k, v in rss.peaks.items() if k != "end"},
        "jobs": args.jobs,
        "stages": {k: round(v, 2) for k, v in stages.items()},
        "cpu_stages": cpu_stages,
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
