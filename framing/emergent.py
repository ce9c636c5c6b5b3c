"""Topics outside the taxonomy that several articles of an event share (NMF over sentences)."""

from __future__ import annotations

import functools
import warnings
from collections import Counter
from itertools import chain
from typing import Sequence

import numpy as np
import pandas as pd

from .topics import SENTENCE_TOPIC_COLUMNS, _TOKEN_RE, _is_name, _stem, _words

EMERGENT_PREFIX = "emergent:"
EMERGENT_LABEL = "emergent"


def find_emergent_topics(
    articles: Sequence,
    *,
    known: pd.DataFrame | None = None,
    min_articles: int = 2,
    max_topics: int = 8,
    min_terms: int = 2,
    max_overlap: float = 0.5,
    seed: int = 0,
    jobs: int = 1,
) -> pd.DataFrame:
    """Find, per event, themes that at least ``min_articles`` stories share and the taxonomy
    does not cover.

    For each event: sentences are TF-IDF vectors of stemmed words (names and stop words left
    out) that occur in at least ``min_articles`` stories of the event (copies count once);
    non-negative matrix factorisation (scikit-learn ``NMF``, deterministic ``nndsvda``
    start) splits them into up to ``max_topics`` themes. A sentence carries a theme when the
    theme weighs most in it and it contains at least ``min_terms`` of the theme's top ten
    words, one of them among the top three. A theme is kept when sentences of
    ``min_articles`` stories carry it and no taxonomy topic (from ``known``) is on more than
    ``max_overlap`` of its sentences, i.e. it is not a taxonomy topic found again. Its id is
    ``emergent:`` and its three top words (``emergent:flights/power/homes``).

    Parameters
    ----------
    articles
        The articles; only those with an ``event`` are used.
    known
        The taxonomy topics already found (`framing.topics.detect_topics` with
        ``emergent=False``).
    jobs
        Worker processes: with more than one, events are factorised in a process pool (each
        event on its own, as in one process: the same rows in the same order).

    Returns
    -------
    DataFrame
        Rows in the format of `framing.topics.detect_topics` with ``method`` = ``emergent``;
        ``cues`` lists the theme's top words in the sentence as written, ``score`` the theme's
        share of the sentence's weight, ``taxonomy`` is ``emergent``.
    """
    rows: list[dict] = []
    events: dict[str, list] = {}
    for a in articles:
        if a.event:
            events.setdefault(a.event, []).append(a)
    lookup = _KnownTopics(known)
    options = dict(min_articles=min_articles, max_topics=max_topics, min_terms=min_terms,
                   max_overlap=max_overlap, seed=seed)
    tasks = ((events[event], lookup.of(events[event])) for event in sorted(events))
    if jobs > 1 and len(events) > 1:
        for found in _pooled(tasks, options, jobs):
            rows += found
    else:
        for members, known_topics in tasks:
            rows += _event_topics(members, known_topics, **options)
    return pd.DataFrame(rows, columns=SENTENCE_TOPIC_COLUMNS)


class _Member:
    """What `_event_topics` reads of an article, sent to a worker process (not the article's
    file text, parts or metadata)."""

    __slots__ = ("id", "duplicate_of", "sentences", "norm", "body")

    def __init__(self, article) -> None:
        self.id, self.duplicate_of = article.id, article.duplicate_of
        self.sentences = list(article.sentences)
        self.body = article.body
        norm = article.__dict__.get("norm")
        if norm is None:
            from .text import normalize

            norm = normalize(article.body)
        self.norm = self.body if norm == self.body else norm  # sent once when the same

    def __getstate__(self):
        return (self.id, self.duplicate_of, self.sentences, self.norm, self.body)

    def __setstate__(self, state) -> None:
        self.id, self.duplicate_of, self.sentences, self.norm, self.body = state


_POOL_ARTICLES = 400  # articles (whole events) sent to a worker in one task


def _pooled(tasks, options: dict, jobs: int):
    """The rows of each event's `_event_topics`, in event order, computed by ``jobs`` worker
    processes on runs of whole events of about ``_POOL_ARTICLES`` articles; at most
    ``2 * jobs`` runs in flight, so memory does not grow with the corpus."""
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    def runs():
        run, n = [], 0
        for members, known_topics in tasks:
            run.append(([_Member(a) for a in members], known_topics))
            n += len(members)
            if n >= _POOL_ARTICLES:
                yield run
                run, n = [], 0
        if run:
            yield run

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque = deque()
        for run in runs():
            pending.append(pool.submit(_run_events, run, options))
            if len(pending) >= 2 * jobs:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _run_events(run: list, options: dict) -> list[list[dict]]:
    """`_event_topics` of each (members, known topics) of ``run`` (in a worker process)."""
    return [_event_topics(members, known_topics, **options) for members, known_topics in run]


def describe_emergent_topics(sentence_topics: pd.DataFrame) -> pd.DataFrame:
    """One row per emergent topic: ``topic, n_articles, n_sentences, top_terms``."""
    rows = sentence_topics[sentence_topics["method"] == "emergent"]
    out = [{"topic": topic, "n_articles": group["article_id"].nunique(),
            "n_sentences": len(group),
            "top_terms": topic[len(EMERGENT_PREFIX):].replace("/", ", ")}
           for topic, group in rows.groupby("topic", sort=True)]
    return pd.DataFrame(out, columns=["topic", "n_articles", "n_sentences", "top_terms"])


def _event_topics(members: list, known_topics, *, min_articles, max_topics, min_terms,
                  max_overlap, seed) -> list[dict]:
    story = {a.id: a.duplicate_of if a.duplicate_of in {m.id for m in members} else a.id
             for a in members}
    if len(set(story.values())) < min_articles:
        return []
    sentences = [(a, i, s, e) for a in members for i, (s, e) in enumerate(a.sentences)]
    raw = [_words(a.norm[s:e]) for a, _, s, e in sentences]
    tokens = _stems(raw)
    vocabulary = _shared_words(sentences, tokens, story, min_articles)
    if len(vocabulary) < 2:
        return []
    W, H, features = _factorise(sentences, tokens, vocabulary, story, max_topics, seed)
    if W is None:
        return []
    totals = W.sum(axis=1)
    best = np.argmax(W, axis=1)
    token_sets = [set(t) for t in tokens]
    themes = []
    for c in range(H.shape[0]):
        top = [features[j] for j in np.argsort(-H[c], kind="stable")[:10] if H[c, j] > 0]
        first = top[:3]  # top: distinct words, so a count of the shared ones
        carriers = [n for n in np.flatnonzero((best == c) & (totals > 0)).tolist()
                    if len(token_sets[n].intersection(top)) >= min_terms
                    and not token_sets[n].isdisjoint(first)]
        if len({story[sentences[n][0].id] for n in carriers}) < min_articles:
            continue
        if _overlaps_known(carriers, sentences, known_topics, max_overlap):
            continue
        themes.append((c, top, carriers))
    if not themes:
        return []
    surface = _surface_forms(raw, {t for _, top, _ in themes for t in top[:3]})
    topic_rows = []
    for c, top, carriers in themes:
        topic = EMERGENT_PREFIX + "/".join(surface.get(t, t) for t in top[:3])
        for n in carriers:
            topic_rows.append(_row(sentences[n], topic, top, token_sets[n], W[n, c] / totals[n]))
    return topic_rows


def _stems(raw: list[list[str]]) -> list[list[str]]:
    """Stems of the ordinary words of each sentence (no names, stop words or reporting
    words). A capitalised word starting a sentence is a name when the event's articles never
    write it in lower case ("Zhao met...")."""
    later = set(chain.from_iterable(words[1:] for words in raw))  # each distinct word once
    distinct = later.union([words[0] for words in raw if words])
    lower = {w for w in distinct if not w[0].isupper()}
    names = {w.lower() for w in later if w[0].isupper()} - lower
    kept = {}  # word -> its stem, for the words that keep one (not names, stop words, digits)
    for word in distinct:
        stem = _ordinary(word)
        if stem and not stem.isdigit():
            kept[word] = stem
    out = []
    for words in raw:
        stems = list(filter(None, map(kept.get, words)))
        if words and _is_name(words[0]) and words[0].lower() not in names:
            stem = _stem(words[0].lower())  # a capital that only starts the sentence
            if stem and not stem.isdigit():  # (its own stem was None: a name's)
                stems.insert(0, stem)
        out.append(stems)
    return out


@functools.lru_cache(maxsize=200_000)
def _ordinary(word: str) -> str | None:
    """The stem of an ordinary word; None for names (capitalised) and stop words."""
    return None if _is_name(word) else _stem(word.lower())


def _shared_words(sentences, tokens, story, min_articles) -> list[str]:
    words_of: dict[str, set] = {}  # story -> its words
    for (a, *_), words in zip(sentences, tokens):
        words_of.setdefault(story[a.id], set()).update(words)
    stories = Counter(chain.from_iterable(words_of.values()))  # word -> stories using it
    return sorted(w for w, n in stories.items() if n >= min_articles)


def _factorise(sentences, tokens, vocabulary, story, max_topics, seed):
    originals = np.array([story[a.id] == a.id for a, *_ in sentences])
    X = _tfidf(tokens, vocabulary, originals)
    fit = originals & (np.asarray(X.sum(axis=1)).ravel() > 0)
    if fit.sum() < 4:
        return None, None, None
    k = max(2, min(max_topics, int(np.sqrt(fit.sum() / 2)), len(vocabulary) - 1))
    W = np.zeros((X.shape[0], k))
    W[fit], H, transform = _nmf(X[fit], k, seed)
    rest = np.flatnonzero(~fit)
    if len(rest):  # copies (and empty sentences): weights from the fitted themes
        W[rest] = transform(X[rest])
    return W, H, vocabulary  # the features, in column order


def _tfidf(tokens: list[list[str]], vocabulary: list[str], originals: np.ndarray):
    """``TfidfVectorizer(analyzer=_identity, vocabulary=vocabulary, sublinear_tf=True)``
    fitted on the ``originals``' sentences, then applied to all of them: the same numbers
    (``tests/test_emergent.py`` checks), without the vectorizer's checks, a few
    milliseconds an event."""
    import scipy.sparse as sp

    index = {w: i for i, w in enumerate(vocabulary)}
    indices: list[int] = []
    data: list[int] = []
    indptr = [0]
    for words in tokens:  # CountVectorizer's counts, columns sorted
        counter: dict[int, int] = {}
        for w in words:
            j = index.get(w)
            if j is not None:
                counter[j] = counter.get(j, 0) + 1
        for j in sorted(counter):
            indices.append(j)
            data.append(counter[j])
        indptr.append(len(indices))
    indices_a = np.asarray(indices, dtype=np.int32)
    indptr_a = np.asarray(indptr, dtype=np.int32)
    # TfidfTransformer.fit (smooth idf) on the originals' rows
    df = np.bincount(indices_a[_rows_of(indptr_a, originals)],
                     minlength=len(vocabulary)).astype(np.float64)
    df += 1.0
    idf = np.full_like(df, fill_value=int(originals.sum()) + 1, dtype=np.float64)
    idf /= df
    np.log(idf, out=idf)
    idf += 1.0
    # TfidfTransformer.transform: sublinear tf, idf, rows scaled to unit length
    values = np.asarray(data, dtype=np.float64)
    np.log(values, values)
    values += 1.0
    values *= idf[indices_a]
    X = sp.csr_matrix((values, indices_a, indptr_a), shape=(len(tokens), len(vocabulary)))
    _normalize_rows(X)
    return X


def _rows_of(indptr: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """Positions in a CSR matrix's ``data`` of the entries of the rows where ``rows``."""
    lengths = np.diff(indptr)
    return np.repeat(rows, lengths)


def _normalize_rows(X) -> None:
    """Scale the rows of CSR ``X`` to unit length in place (`sklearn.preprocessing.normalize`)."""
    try:
        from sklearn.utils.sparsefuncs_fast import inplace_csr_row_normalize_l2

        inplace_csr_row_normalize_l2(X)
    except (ImportError, TypeError, ValueError):  # another scikit-learn layout
        from sklearn.preprocessing import normalize

        normalize(X, copy=False)


_NMF_MAX_ITER = 300
_NMF_TOL = 1e-3


def _nmf(X, k: int, seed: int):
    """``W, H, transform`` of scikit-learn's ``NMF(n_components=k, init="nndsvda",
    random_state=seed, max_iter=300, tol=1e-3).fit_transform(X)``, the same numbers.

    An event's matrix is small (a few hundred sentences), so ``NMF`` spent most of its time
    in checks and in transposing ``X`` at every iteration: this runs the same steps
    (``_initialize_nmf``, then ``_fit_coordinate_descent``'s loop over the Cython update)
    with ``X.T`` made once. ``tests/test_emergent.py`` checks it against ``NMF`` itself, and
    so does `_fast_nmf_works` once per process on a small matrix: with a scikit-learn whose
    private functions moved or changed, ``NMF`` itself is used and the results stay the same.
    """
    if not _fast_nmf_works():
        return _sklearn_nmf(X, k, seed)
    return _fast_nmf(X, k, seed)


@functools.cache
def _fast_nmf_works() -> bool:
    """Whether `_fast_nmf` gives exactly ``NMF``'s numbers with this scikit-learn."""
    import scipy.sparse as sp

    rng = np.random.default_rng(0)
    X = sp.csr_matrix(rng.random((12, 9)) * (rng.random((12, 9)) < 0.4))
    try:
        W, H, transform = _fast_nmf(X[:9], 3, 0)
        W2, H2, transform2 = _sklearn_nmf(X[:9], 3, 0)
        return (np.array_equal(W, W2) and np.array_equal(H, H2)
                and np.array_equal(transform(X[9:]), transform2(X[9:])))
    except Exception:  # noqa: BLE001 - private functions moved or changed signature
        return False


def _fast_nmf(X, k: int, seed: int):
    """`_nmf` by scikit-learn's private NMF steps (see `_nmf`)."""
    from sklearn.decomposition._cdnmf_fast import _update_cdnmf_fast
    from sklearn.decomposition._nmf import _initialize_nmf

    W, H = _initialize_nmf(X, k, init="nndsvda", random_state=seed)
    permutation = np.arange(k, dtype=np.intp)

    def descend(X, W, Ht, update_H):
        W, Ht = np.ascontiguousarray(W), np.ascontiguousarray(Ht)
        XT = X.T if update_H else None
        violation_init = None
        for _ in range(_NMF_MAX_ITER):
            violation = 0.0
            violation += _update_cdnmf_fast(W, np.dot(Ht.T, Ht), X @ Ht, permutation)
            if update_H:
                violation += _update_cdnmf_fast(Ht, np.dot(W.T, W), XT @ W, permutation)
            if violation_init is None:
                violation_init = violation
            if violation_init == 0 or violation / violation_init <= _NMF_TOL:
                break
        return W, Ht

    W, Ht = descend(X, W, H.T, True)

    def transform(Y):
        return descend(Y, np.zeros((Y.shape[0], k), dtype=Y.dtype), Ht, False)[0]

    return W, Ht.T, transform


def _sklearn_nmf(X, k: int, seed: int):
    """`_nmf` by scikit-learn's ``NMF`` itself."""
    from sklearn.decomposition import NMF
    from sklearn.exceptions import ConvergenceWarning

    nmf = NMF(n_components=k, init="nndsvda", random_state=seed, max_iter=_NMF_MAX_ITER,
              tol=_NMF_TOL)

    def quiet(f, Y):
        with warnings.catch_warnings():  # an unconverged fit is still deterministic, usable
            warnings.simplefilter("ignore", ConvergenceWarning)
            return f(Y)

    W = quiet(nmf.fit_transform, X)
    return W, nmf.components_, lambda Y: quiet(nmf.transform, Y)


def _identity(words: list[str]) -> list[str]:
    return words


def _surface_forms(raw: list[list[str]], stems: set[str]) -> dict[str, str]:
    """The stem itself is not a word ("evacu"): name a topic by its stems' commonest word
    (for ``stems``, the stems that name a topic)."""
    seen: dict[str, list[tuple[int, str]]] = {}
    for word, n in Counter(map(str.lower, chain.from_iterable(raw))).items():
        stem = _stem(word)  # each distinct word once, not every occurrence
        if stem in stems:
            seen.setdefault(stem, []).append((-n, word))
    return {stem: min(counts)[1] for stem, counts in seen.items()}


class _KnownTopics:
    """The taxonomy topics already found, looked up article by article (no dictionary over
    the whole table, so memory stays bounded on large corpora)."""

    def __init__(self, known: pd.DataFrame | None) -> None:
        self.rows: dict[str, np.ndarray] = {}
        if known is not None and len(known):
            self.rows = known.groupby("article_id", sort=False).indices
            self.sentence = known["sentence"].to_numpy()
            # a code per row and one string per topic (to_numpy() of a string column makes a
            # Python string per row: ~35 MB at 20,000 articles)
            self.topic, names = pd.factorize(known["topic"], use_na_sentinel=False)
            self.names = names.tolist()

    def of(self, articles) -> dict[tuple[str, int], set]:
        """(article id, sentence index) -> topics, for ``articles``."""
        out: dict[tuple[str, int], set] = {}
        for a in articles:
            rows = self.rows.get(a.id)
            if rows is None:
                continue
            for sentence, code in zip(self.sentence[rows], self.topic[rows]):
                out.setdefault((a.id, int(sentence)), set()).add(self.names[code])
        return out


def _overlaps_known(carriers, sentences, known_topics, max_overlap) -> bool:
    counts: Counter = Counter()
    for n in carriers:
        a, i, *_ = sentences[n]
        counts.update(known_topics.get((a.id, i), ()))
    return bool(counts) and max(counts.values()) > max_overlap * len(carriers)


def _row(sentence, topic, top, words, share) -> dict:
    a, i, s, e = sentence
    wanted = [t for t in top if t in words]
    first = _first_spans(a.norm[s:e], set(wanted))
    spans = [first[t] for t in wanted if t in first]
    start, end = (s + spans[0][0], s + spans[0][1]) if spans else (s, e)
    return {"article_id": a.id, "sentence": i, "start": s, "end": e, "topic": topic,
            "method": "emergent", "evidence": a.body[start:end], "evidence_start": start,
            "evidence_end": end, "score": round(float(share), 4),
            "cues": "; ".join(a.body[s + x:s + y] for x, y in spans), "taxonomy": EMERGENT_LABEL}


def _first_spans(text: str, stems: set[str]) -> dict[str, tuple[int, int]]:
    """Stem -> span of its first word in ``text``, for ``stems`` (single stems): what
    `framing.topics._locate` gives each of them, in one pass over the words."""
    spans: dict[str, tuple[int, int]] = {}
    if stems:
        for m in _TOKEN_RE.finditer(text):
            stem = _stem(m.group(0).lower())
            if stem in stems and stem not in spans:
                spans[stem] = m.span()
                if len(spans) == len(stems):
                    break
    return spans
