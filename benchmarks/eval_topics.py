"""Evaluate sentence topics against hand labels: per-topic precision and recall.

Two labelled sets (both in tests/data/topics/):

- ``dprk_sentences.txt``: sentences written for the tests in many outlets' styles and about
  many events, split into ``dev`` (used to choose thresholds) and ``test`` (reported only);
  each outlet style becomes one article (one sentence per paragraph) and all of them are
  scored together, as one corpus;
- ``seed_labels.txt``: every body sentence of the bundled corpus, scored as ``framing score
  corpus`` scores it.

Run: ``python benchmarks/eval_topics.py`` (add ``--method terms`` for the codebook terms alone,
``--tune`` to print dev-set F1 for a range of ``min_score`` values). The last line printed is
one JSON object with the micro-averaged figures per set.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tests" / "data" / "topics"


def read_labelled(path: Path) -> list[dict]:
    """Rows ``split, style, topics, text`` of a ``split | style | topics | text`` file."""
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        split, style, topics, text = (part.strip() for part in line.split("|", 3))
        rows.append({"split": split, "style": style, "line": n, "text": text,
                     "topics": _topics(topics)})
    return rows


def read_seed_labels(path: Path) -> list[dict]:
    """Rows ``article_id, sentence, topics, prefix`` of ``seed_labels.txt``."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        article_id, index, topics, prefix = (part.strip() for part in line.split("|", 3))
        rows.append({"article_id": article_id, "sentence": int(index),
                     "topics": _topics(topics), "prefix": prefix})
    return rows


def _topics(field: str) -> set[str]:
    return set() if field == "-" else {t.strip() for t in field.split(",") if t.strip()}


def labelled_articles(rows: list[dict]) -> tuple[list, list[tuple[str, int, dict]]]:
    """One article per style (a sentence per paragraph); returns the articles and, per
    labelled row, ``(article id, paragraph index, row)``."""
    from framing.corpus import Article

    by_style: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_style[row["style"]].append(row)
    articles, where = [], []
    for style in sorted(by_style):
        members = by_style[style]
        body = "\n\n".join(r["text"] for r in members)
        articles.append(Article(id=f"labelled/{style}", path=Path(f"{style}.txt"), body=body,
                                parts=[], event=f"labelled-{style}"))
        where += [(f"labelled/{style}", i, r) for i, r in enumerate(members)]
    return articles, where


def predicted_by_paragraph(articles, table) -> dict[tuple[str, int], set[str]]:
    """Topics predicted per (article id, paragraph index): the union over its sentences."""
    out: dict[tuple[str, int], set[str]] = defaultdict(set)
    for a in articles:
        starts = [m for m in _paragraph_starts(a.body)]
        for row in table[table.article_id == a.id].itertuples():
            paragraph = max(i for i, s in enumerate(starts) if s <= row.start)
            out[(a.id, paragraph)].add(row.topic)
    return out


def _paragraph_starts(body: str) -> list[int]:
    starts, at = [0], body.find("\n\n")
    while at >= 0:
        starts.append(at + 2)
        at = body.find("\n\n", at + 2)
    return starts


def scores_per_topic(pairs: list[tuple[set[str], set[str]]], topics: list[str]) -> list[dict]:
    """Precision, recall and F1 per topic (and ``micro`` over all) from (gold, predicted)."""
    out = []
    totals = [0, 0, 0]
    for topic in topics:
        tp = sum(1 for g, p in pairs if topic in g and topic in p)
        fp = sum(1 for g, p in pairs if topic not in g and topic in p)
        fn = sum(1 for g, p in pairs if topic in g and topic not in p)
        totals = [totals[0] + tp, totals[1] + fp, totals[2] + fn]
        out.append(_prf(topic, tp, fp, fn))
    out.append(_prf("micro", *totals))
    return out


def _prf(topic: str, tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"topic": topic, "n": tp + fn, "tp": tp, "fp": fp, "fn": fn,
            "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def evaluate(*, method: str = "both", min_score: float | None = None) -> dict[str, list[dict]]:
    """Per-topic figures for the ``dev``, ``test`` and ``seeds`` sets."""
    import framing
    from framing.taxonomy import load_taxonomy
    from framing.topics import DEFAULT_MIN_SCORE, detect_topics

    taxonomy = load_taxonomy()
    topics = list(taxonomy.topics)
    threshold = DEFAULT_MIN_SCORE if min_score is None else min_score
    rows = read_labelled(DATA / "dprk_sentences.txt")
    articles, where = labelled_articles(rows)
    table = detect_topics(articles, taxonomy=taxonomy, method=method, min_score=threshold,
                          emergent=False)
    predicted = predicted_by_paragraph(articles, table)
    pairs: dict[str, list] = defaultdict(list)
    for article_id, paragraph, row in where:
        pairs[row["split"]].append((row["topics"], predicted.get((article_id, paragraph), set())))

    corpus = framing.load_corpus(REPO / "corpus")
    seed_table = detect_topics(corpus.articles, taxonomy=taxonomy, method=method,
                               min_score=threshold, emergent=False)
    for label in read_seed_labels(DATA / "seed_labels.txt"):
        article = corpus[label["article_id"]]
        start, end = article.sentences[label["sentence"]]
        if not article.norm[start:end].startswith(label["prefix"]):
            raise SystemExit(f"seed_labels.txt: {label['article_id']} sentence "
                             f"{label['sentence']} does not start with {label['prefix']!r}")
        got = seed_table[(seed_table.article_id == article.id)
                         & (seed_table.sentence == label["sentence"])]
        pairs["seeds"].append((label["topics"], set(got.topic)))
    return {name: scores_per_topic(pairs[name], topics) for name in ("dev", "test", "seeds")}


def print_table(name: str, figures: list[dict]) -> None:
    print(f"\n{name}")
    print(f"  {'topic':<28}{'n':>4}{'precision':>11}{'recall':>8}{'f1':>7}")
    for f in figures:
        print(f"  {f['topic']:<28}{f['n']:>4}{f['precision']:>11.2f}{f['recall']:>8.2f}"
              f"{f['f1']:>7.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--method", choices=("terms", "model", "both"), default="both")
    parser.add_argument("--min-score", type=float, default=None)
    parser.add_argument("--tune", action="store_true",
                        help="print dev F1 for a range of min_score values")
    args = parser.parse_args(argv)
    if args.tune:
        for value in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
            micro = evaluate(method=args.method, min_score=value)["dev"][-1]
            print(f"min_score {value:.2f}: dev precision {micro['precision']:.3f} "
                  f"recall {micro['recall']:.3f} f1 {micro['f1']:.3f}")
        return 0
    results = evaluate(method=args.method, min_score=args.min_score)
    for name, figures in results.items():
        print_table(f"{name} ({args.method})", figures)
    print(json.dumps({name: figures[-1] for name, figures in results.items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
