"""Benchmark the topic stages alone (detect_topics, summarize_topics, find_omissions).

Builds N articles in memory by resampling sentences of the bundled corpus (seeded; eight
articles per event, blocs alternating at random) and times the topic stages in CPU seconds,
with the process's peak memory before and after. Unlike ``bench_score.py`` it skips loading
and copy detection, and its articles resample the bundled sentences unchanged (copy detection
would make nearly every one a copy of another; ``bench_score.py`` varies their words).

Run: ``python benchmarks/bench_topics.py --articles 20000``. The last line printed is one JSON
object.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def build_articles(n: int, seed: int = 0) -> list:
    """``n`` synthetic `Article` records, eight per event."""
    import framing
    from framing.corpus import Article

    source = framing.load_corpus(REPO / "corpus")
    sentences = [a.body[s:e] for a in source for s, e in a.sentences]
    rng = random.Random(seed)
    articles = []
    for i in range(n):
        body = "\n\n".join(" ".join(rng.sample(sentences, rng.randint(2, 4)))
                           for _ in range(rng.randint(4, 9)))
        articles.append(Article(id=f"a{i:06d}", path=Path(f"a{i:06d}.txt"), body=body,
                                parts=[], event=f"e{i // 8:05d}",
                                bloc=rng.choice(["state", "independent"])))
    return articles


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args(argv)

    from framing.omissions import find_omissions
    from framing.topics import detect_topics, summarize_topics

    articles = build_articles(args.articles)
    for a in articles:  # sentence splitting belongs to loading, not to the topic stages
        a.sentences, a.norm
    words = sum(a.n_words for a in articles)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t0 = time.process_time()
    sentence_topics = detect_topics(articles)
    topics = summarize_topics(articles, sentence_topics)
    t1 = time.process_time()
    omissions = find_omissions(articles, sentence_topics=sentence_topics)
    t2 = time.process_time()
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"articles": len(articles), "words": words,
                      "topics_cpu_s": round(t1 - t0, 1), "omissions_cpu_s": round(t2 - t1, 1),
                      "rows": {"sentence_topics": len(sentence_topics), "topics": len(topics),
                               "omissions": len(omissions)},
                      "peak_rss_mb_before": round(before), "peak_rss_mb_after": round(after)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
