"""Benchmark `framing score` on a synthetic corpus built from the bundled articles.

Builds N articles by resampling sentences of the bundled corpus (seeded, with varied outlets,
dates and events), times a bare pass of sentence + word tokenization over the same bodies, then
the full scoring run stage by stage. The last line printed is one JSON object:

    articles, words, words_per_s, tokenize_words_per_s, ratio_to_tokenize,
    markers_to_tokenize, quotes_to_tokenize, peak_rss_mb, stages

``markers_to_tokenize`` is the markers stage's time over the tokenization pass's: matching
every lexicon must stay at or below 1 (at least as fast as tokenizing). ``quotes_to_tokenize``
is the same for the quotes stage (the target: about one more pass over the tokens).

Run: ``make bench`` (20,000 articles) or ``python benchmarks/bench_score.py --articles 2000``.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def build_corpus(root: Path, n: int, seed: int = 0) -> int:
    """Write ``n`` synthetic articles under ``root``; return the number of words written."""
    import framing
    from framing.registry import load_registry

    source = framing.load_corpus(REPO / "corpus")
    sentences = [a.body[s:e] for a in source for s, e in a.sentences]
    outlets = [s for s in load_registry().sources.values() if s.outlet_type and not s.generic]
    rng = random.Random(seed)
    words = 0
    for i in range(n):
        outlet = rng.choice(outlets)
        event = f"synthetic-{i % max(1, n // 8):05d}"
        day = 1 + (i % max(1, n // 8)) % 28
        body = "\n\n".join(" ".join(rng.sample(sentences, rng.randint(2, 4)))
                           for _ in range(rng.randint(4, 9)))
        words += len(body.split())
        folder = root / event
        folder.mkdir(exist_ok=True)
        (folder / f"a{i:06d}.txt").write_text(
            f"---\noutlet: {outlet.name}\ndate: 2024-{1 + i % 12:02d}-{day:02d}\n"
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args(argv)

    import framing
    from framing.score import score_corpus, write_scores

    with tempfile.TemporaryDirectory(prefix="framing-bench-") as tmp:
        root, out = Path(tmp) / "corpus", Path(tmp) / "out"
        root.mkdir()
        t = time.perf_counter()
        build_corpus(root, args.articles)
        print(f"built {args.articles} articles in {time.perf_counter() - t:.1f} s", file=sys.stderr)

        stages: dict[str, float] = {}
        t = time.perf_counter()
        corpus = framing.load_corpus(root)
        stages["load"] = time.perf_counter() - t
        bodies = [a.body for a in corpus]

        t = time.perf_counter()
        n_words = tokenize_pass(bodies)
        tokenize_s = time.perf_counter() - t
        for a in corpus:  # score from a cold start: tokenization is part of scoring
            a.__dict__.pop("sentences", None)
            a.__dict__.pop("n_words", None)

        t = time.perf_counter()
        scores = score_corpus(corpus, jobs=args.jobs)
        score_s = time.perf_counter() - t
        stages.update(scores.timings)
        t = time.perf_counter()
        write_scores(scores, out, corpus_root=root)
        stages["write"] = time.perf_counter() - t

    total = stages["load"] + score_s + stages["write"]
    result = {
        "articles": len(bodies),
        "words": n_words,
        "words_per_s": round(n_words / total),
        "tokenize_words_per_s": round(n_words / tokenize_s),
        "ratio_to_tokenize": round((n_words / total) / (n_words / tokenize_s), 3),
        "tokenize_s": round(tokenize_s, 2),
        "markers_to_tokenize": round(stages.get("markers", 0.0) / tokenize_s, 3),
        "quotes_to_tokenize": round(stages.get("quotes", 0.0) / tokenize_s, 3),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "stages": {k: round(v, 2) for k, v in stages.items()},
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
