"""Distinctive vocabulary: weighted log-odds ratios with an informative Dirichlet prior."""

from __future__ import annotations

from collections import Counter
from typing import Iterable, Literal

import numpy as np
import pandas as pd

from .errors import FramingError
from .text import tokenize_words

Grouping = Literal["outlet", "bloc", "outlet_type", "country", "event"]
StopWords = Literal["english"]
TERM_COLUMNS = ["group", "term", "n_words", "count", "count_rest", "per_1k", "log_odds", "z"]


def distinctive_terms(articles: Iterable, *, by: Grouping = "outlet",
                      ngram_range: tuple[int, int] = (1, 3), min_count: int = 3,
                      prior_size: float | None = None, stop_words: StopWords | None = "english",
                      include_copies: bool = False, top: int | None = None) -> pd.DataFrame:
    """Words and phrases that distinguish each group of articles from all the others.

    Each group (an outlet, a bloc...) is compared with the rest of the articles by the
    weighted log-odds ratio with an informative Dirichlet prior of Monroe, Colaresi & Quinn
    (2008, "Fightin' Words", section 3.5.3). For a term *w*, a group *g* and the rest *r*,
    with counts *y*, totals *n* and prior counts *a_w* (summing to *a_0*)::

        delta = log((y_gw + a_w) / (n_g + a_0 - y_gw - a_w))
                - log((y_rw + a_w) / (n_r + a_0 - y_rw - a_w))
        z     = delta / sqrt(1 / (y_gw + a_w) + 1 / (y_rw + a_w))

    The prior is the term's share of the whole corpus times ``prior_size``: it pulls rare
    terms towards zero, so a term used twice by one outlet does not top the list. ``z`` above
    about 2 marks a term as distinctive of the group, below -2 as avoided by it.

    Parameters
    ----------
    articles
        `framing.Article` records (a `framing.Corpus` works too).
    by
        The article attribute that makes the groups; any number of groups (at least two).
    ngram_range
        Shortest and longest phrases counted, in words (never across sentences).
    min_count
        Terms used fewer times than this in the whole corpus are left out.
    prior_size
        ``a_0``, the weight of the prior in words; None uses the size of the corpus (the
        prior counts are then the corpus counts themselves).
    stop_words
        ``"english"`` leaves out single function words and phrases that start or end with one
        (scikit-learn's list); None keeps everything.
    include_copies
        Count copies of a story (``duplicate_of``) too; by default a story counts once.
    top
        Keep only the ``top`` terms with the highest z per group.

    Returns
    -------
    DataFrame
        ``group, term, n_words, count, count_rest, per_1k, log_odds, z``, by group and by z,
        highest first. ``per_1k`` is the term's rate per 1,000 counted terms of the group.

    Raises
    ------
    FramingError
        When the articles make fewer than two groups.
    """
    low, high = ngram_range
    if not 1 <= low <= high:
        raise ValueError(f"ngram_range must be (low, high) with 1 <= low <= high, not "
                         f"{ngram_range!r}")
    stop = _stop_words(stop_words)
    counts: dict[str, Counter] = {}
    for article in articles:
        if article.duplicate_of and not include_copies:
            continue
        group = str(getattr(article, by, None) or "unknown")
        counts.setdefault(group, Counter()).update(article_terms(article, low, high, stop))
    if len(counts) < 2:
        raise FramingError(f"distinctive_terms needs at least two groups of articles by "
                           f"{by!r}, found {len(counts)}")
    return _log_odds(counts, min_count=min_count, prior_size=prior_size, top=top)


def article_terms(article, low: int = 1, high: int = 3,
                  stop: frozenset[str] = frozenset()) -> list[str]:
    """The lower-case words and phrases of ``low`` to ``high`` words of an article, within
    sentences; a possessive ``'s`` is dropped and words without a letter are skipped."""
    terms: list[str] = []
    norm = article.norm
    for s, e in article.sentences:
        words = [_word(norm[s + a:s + b]) for a, b in tokenize_words(norm[s:e])]
        words = [w for w in words if any(ch.isalpha() for ch in w)]
        for n in range(low, high + 1):
            for k in range(len(words) - n + 1):
                gram = words[k:k + n]
                if stop and (gram[0] in stop or gram[-1] in stop):
                    continue
                terms.append(" ".join(gram))
    return terms


def _word(text: str) -> str:
    word = text.lower()
    return word[:-2] if word.endswith("'s") else word


def _stop_words(stop_words: StopWords | None) -> frozenset[str]:
    if stop_words is None:
        return frozenset()
    if stop_words != "english":
        raise ValueError(f"stop_words must be 'english' or None, not {stop_words!r}")
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS)


def _log_odds(counts: dict[str, Counter], *, min_count: int, prior_size: float | None,
              top: int | None) -> pd.DataFrame:
    groups = sorted(counts)
    total: Counter = Counter()
    for c in counts.values():
        total.update(c)
    corpus_size = sum(total.values())
    vocab = sorted(t for t, c in total.items() if c >= min_count)
    if not vocab:
        return pd.DataFrame(columns=TERM_COLUMNS)
    y = np.array([[counts[g][t] for t in vocab] for g in groups], dtype="float64")
    n = np.array([sum(counts[g].values()) for g in groups], dtype="float64")[:, None]
    a0 = float(corpus_size if prior_size is None else prior_size)
    a = a0 * np.array([total[t] for t in vocab], dtype="float64") / corpus_size
    y_rest, n_rest = y.sum(axis=0) - y, corpus_size - n
    delta = (np.log((y + a) / (n + a0 - y - a))
             - np.log((y_rest + a) / (n_rest + a0 - y_rest - a)))
    z = delta / np.sqrt(1 / (y + a) + 1 / (y_rest + a))
    frame = pd.DataFrame({
        "group": np.repeat(groups, len(vocab)), "term": vocab * len(groups),
        "n_words": [t.count(" ") + 1 for t in vocab] * len(groups),
        "count": y.ravel().astype("int64"), "count_rest": y_rest.ravel().astype("int64"),
        "per_1k": (y / np.where(n > 0, n, np.nan) * 1000).ravel(),
        "log_odds": delta.ravel(), "z": z.ravel()}, columns=TERM_COLUMNS)
    frame = frame.sort_values(["group", "z", "term"], ascending=[True, False, True])
    if top is not None:
        frame = frame.groupby("group", sort=False).head(top)
    return frame.reset_index(drop=True)
