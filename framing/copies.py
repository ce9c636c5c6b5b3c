"""Find articles that are the same story (a republication or a paraphrased rewrite)."""

from __future__ import annotations

import functools
import re
from typing import Iterable, Sequence

import numpy as np
import pandas as pd

PAIR_COLUMNS = ["article_id", "other_id", "similarity"]


def text_vectors(texts: Iterable[str], *, ngram_range: tuple[int, int] = (2, 3),
                 max_df: int | None = None):
    """L2-normalised TF-IDF vectors of word n-grams (scikit-learn), one row per text.

    Word 2-3-grams capture wording rather than topic: two reports of the same event share
    names but few phrases, while a rewrite of one story keeps many of its phrases. N-grams
    are hashed into 2**22 columns (``HashingVectorizer``), so no vocabulary of millions of
    phrases is held in memory; on a corpus this differs from a vocabulary only when two
    phrases share a column, which is rare and changes a similarity in its fourth decimal at
    most. With ``max_df``, phrases found in more than ``max_df`` texts ("of the", "North
    Korea's") are left out: they weigh little (low IDF) and would make the similarity of
    every pair of a large corpus cost as much as the corpus squared.
    """
    from scipy import sparse
    from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer

    analyzer = functools.partial(_word_ngrams, ngram_range=ngram_range)
    hashing = HashingVectorizer(analyzer=analyzer, n_features=2 ** 22, alternate_sign=False,
                                norm=None,
                                dtype=np.float32)
    counts = _hashed_counts(hashing, texts)
    if max_df is not None and counts.shape[0] > max_df:
        too_common = np.bincount(counts.indices, minlength=counts.shape[1]) > max_df
        counts.data[too_common[counts.indices]] = 0  # a bool per n-gram, not an int64
        del too_common
        counts.eliminate_zeros()
    if counts.nnz == 0:  # no n-grams at all (every text shorter than two words)
        return None
    # idf over the phrases present, as with a vocabulary: the columns used, renumbered in
    # order (what ``counts[:, np.unique(counts.indices)]`` gives, without its sort and copies)
    present = np.bincount(counts.indices, minlength=counts.shape[1]) > 0
    column = np.cumsum(present, dtype=counts.indices.dtype)
    column -= 1
    counts = sparse.csr_matrix((counts.data, column[counts.indices], counts.indptr),
                               shape=(counts.shape[0], int(present.sum())))
    del column, present
    # fit, then transform in place (fit_transform would copy the counts first)
    X = TfidfTransformer(sublinear_tf=True).fit(counts).transform(counts, copy=False)
    return X.astype(np.float32, copy=False)  # float32 already: no copy of the matrix


_TOKEN_RE = re.compile(r"(?u)\b\w+\b")


def _word_ngrams(text: str, ngram_range: tuple[int, int] = (2, 3)) -> list[str]:
    """The word n-grams of ``text`` that scikit-learn's analyzer gives for
    ``token_pattern=r"(?u)\\b\\w+\\b"`` (lower-cased, joined by a space), built with zip
    rather than a slice per n-gram (about twice as fast; the hashed counts are the same)."""
    tokens = _TOKEN_RE.findall(text.lower())
    grams: list[str] = []
    for n in range(ngram_range[0], ngram_range[1] + 1):
        grams += map(" ".join, zip(*(tokens[i:] for i in range(n))))
    return grams


def _hashed_counts(hashing, texts: Iterable[str], chunk: int = 500):
    """``hashing.transform(texts)``, 500 texts at a time: the hasher holds every n-gram
    occurrence of what it is given, so a whole corpus at once would cost hundreds of MB."""
    import itertools

    from scipy import sparse

    texts = iter(texts)
    parts = []
    while batch := list(itertools.islice(texts, chunk)):
        parts.append(hashing.transform(batch))
    if not parts:
        return hashing.transform([])
    return sparse.vstack(parts, format="csr") if len(parts) > 1 else parts[0]


def find_copies(articles: Sequence, *, threshold: float = 0.25,
                ngram_range: tuple[int, int] = (2, 3), chunk_cells: int = 20_000_000,
                max_df: int = 1_000, exact_up_to: int = 2_000, window_days: int = 30):
    """Pairs of articles whose bodies are the same story.

    Cosine similarity of TF-IDF word 2-3-gram vectors (scikit-learn). On the bundled corpus the
    AP story and its paraphrased rewrite score 0.55 and the next most similar pair 0.09; on
    stories written for the tests, a republication scores 0.81, a heavy paraphrase 0.37-0.43
    and other reports of the same event 0.05 at most. The default threshold of 0.25 sits in
    that gap, at least twice as far from either side. Articles are compared in blocks so
    that memory stays bounded (``chunk_cells`` similarities at a time); phrases found in
    more than ``max_df`` articles are left out (see `text_vectors`), which changes nothing
    in a corpus of up to ``max_df`` articles. In a corpus of more than ``exact_up_to``
    articles, a dated article is compared only with the articles dated at most
    ``window_days`` from it and with the undated ones (a republication or a rewrite follows
    its story within days), so the cost grows with the corpus times the articles of a month,
    not with its square; ``nearest`` is then the most similar of those.

    Returns
    -------
    pairs, nearest
        ``pairs``: DataFrame ``article_id, other_id, similarity`` (``article_id < other_id``,
        similarity >= threshold). ``nearest``: dict article id -> (most similar other id,
        similarity), for every article when there are at least two.
    """
    ids = [a.id for a in articles]
    nearest: dict[str, tuple[str, float]] = {}
    rows: list[tuple[str, str, float]] = []
    from .text import normalize

    # normalised on the fly, not cached on the articles: one body at a time in memory
    texts = (a.__dict__.get("norm") or normalize(a.body) for a in articles)
    X = text_vectors(texts, ngram_range=ngram_range, max_df=max_df) if len(ids) > 1 else None
    if X is None:
        return pd.DataFrame(rows, columns=PAIR_COLUMNS), nearest
    n = X.shape[0]
    if n > exact_up_to:
        X = _shared_columns(X)  # the same similarities between articles, fewer columns
        return _windowed(articles, X, threshold, window_days, chunk_cells)
    step = max(1, chunk_cells // n)
    XT = X.T.tocsc()
    for start in range(0, n, step):
        block = (X[start:start + step] @ XT).toarray()
        for r in range(block.shape[0]):
            i = start + r
            block[r, i] = -1.0
            j = int(np.argmax(block[r]))
            nearest[ids[i]] = (ids[j], round(float(block[r, j]), 4))
            for k in np.flatnonzero(block[r, i + 1:] >= threshold) + i + 1:
                rows.append((ids[i], ids[int(k)], round(float(block[r, k]), 4)))
    return pd.DataFrame(rows, columns=PAIR_COLUMNS), nearest


def _windowed(articles: Sequence, X, threshold: float, window_days: int, chunk_cells: int):
    """`find_copies` for a large corpus: each article against its date window (and the
    undated articles); same pairs order and tie-breaking (lowest index) as the full form."""
    from datetime import date

    ids = [a.id for a in articles]
    day = np.array([date.fromisoformat(a.date).toordinal() if a.date else -1
                    for a in articles])
    undated = np.flatnonzero(day < 0)
    order = np.flatnonzero(day >= 0)
    order = order[np.argsort(day[order], kind="stable")]
    days = day[order]
    found: list[tuple[int, int, float]] = []
    nearest: dict[str, tuple[str, float]] = {}

    def compare(rows: np.ndarray, candidates: np.ndarray) -> None:
        sims = (X[rows] @ X[candidates].T).toarray()
        for r, i in enumerate(rows):
            row = sims[r]
            if day[i] >= 0:
                row[(np.abs(day[candidates] - day[i]) > window_days) & (day[candidates] >= 0)] \
                    = -np.inf
            row[candidates == i] = -np.inf
            j = int(np.argmax(row))
            if np.isfinite(row[j]):
                nearest[ids[i]] = (ids[candidates[j]], round(float(row[j]), 4))
            for c in np.flatnonzero((row >= threshold) & (candidates > i)):
                found.append((int(i), int(candidates[c]), round(float(row[c]), 4)))

    start = 0
    while start < len(order):
        stop = min(len(order), start + _WINDOW_ROWS)
        lo = int(np.searchsorted(days, days[start] - window_days, "left"))
        hi = int(np.searchsorted(days, days[stop - 1] + window_days, "right"))
        compare(order[start:stop], np.sort(np.concatenate([order[lo:hi], undated])))
        start = stop
    step = max(1, chunk_cells // len(ids))
    everyone = np.arange(len(ids))
    for start in range(0, len(undated), step):
        compare(undated[start:start + step], everyone)
    found.sort()
    rows = [(ids[i], ids[k], sim) for i, k, sim in found]
    return pd.DataFrame(rows, columns=PAIR_COLUMNS), nearest


_WINDOW_ROWS = 256  # dated articles compared together with the union of their windows


def _shared_columns(X):
    """``X`` without the columns (phrases) of a single article, renumbered in order.

    The similarity of two different articles only sums over the phrases both have, in the
    order of the first one's columns: every such similarity is the same number, bit for bit,
    and only an article's similarity with itself (never used) changes. On a corpus most
    phrases are an article's own, and every block of comparisons of `_windowed` otherwise
    pays for the columns of all of them."""
    from scipy import sparse

    shared = np.bincount(X.indices, minlength=X.shape[1]) > 1
    if shared.all():
        return X
    column = np.cumsum(shared, dtype=X.indices.dtype)
    column -= 1
    keep = shared[X.indices]
    del shared
    indptr = np.zeros(len(keep) + 1, dtype=X.indptr.dtype)
    np.cumsum(keep, out=indptr[1:])
    indptr = indptr[X.indptr]
    return sparse.csr_matrix((X.data[keep], column[X.indices[keep]], indptr),
                             shape=(X.shape[0], int(column[-1]) + 1 if len(column) else 0))


def mark_copies(articles: Sequence, *, threshold: float = 0.25) -> pd.DataFrame:
    """Set ``duplicate_of``, ``copy_similarity`` and ``nearest_article`` on the articles.

    Copies are grouped (a story and all its republications); in each group the earliest
    article is the original, then the longest (the more complete), then the first by id.
    Every other article of the group gets ``duplicate_of`` = the original. An article whose
    ``syndicated_from`` names another article id is a copy of it too.

    Returns
    -------
    DataFrame
        The pairs found by `find_copies`.
    """
    pairs, nearest = find_copies(articles, threshold=threshold)
    by_id = {a.id: a for a in articles}
    for a in articles:
        other = nearest.get(a.id)
        a.nearest_article, a.nearest_similarity = other if other else (None, None)
    parent = {a.id: a.id for a in articles}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    sims: dict[frozenset, float] = {}
    for a_id, b_id, sim in pairs.itertuples(index=False):
        parent[root(a_id)] = root(b_id)
        sims[frozenset((a_id, b_id))] = sim
    for a in articles:
        if a.syndicated_from in by_id and a.syndicated_from != a.id:
            parent[root(a.id)] = root(a.syndicated_from)
    groups: dict[str, list] = {}
    for a in articles:
        groups.setdefault(root(a.id), []).append(a)
    for members in groups.values():
        if len(members) < 2:
            continue
        declared = {m.syndicated_from for m in members} & {m.id for m in members}
        original = min(members, key=lambda m: (m.id not in declared, m.date is None,
                                               m.date or "", -m.n_words, m.id))
        for m in members:
            if m is not original:
                m.duplicate_of = original.id
                m.copy_similarity = sims.get(frozenset((m.id, original.id)))
    return pairs
