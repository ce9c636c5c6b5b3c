"""Which topics each sentence carries (codebook terms, a learned step) and each article covers."""

from __future__ import annotations

import functools
import re
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, NamedTuple, Sequence

import numpy as np
import pandas as pd

from .taxonomy import Taxonomy, load_taxonomy

SENTENCE_TOPIC_COLUMNS = ["article_id", "sentence", "start", "end", "topic", "method",
                          "evidence", "evidence_start", "evidence_end", "score", "cues",
                          "taxonomy"]
TOPIC_COLUMNS = ["article_id", "topic", "n_sentences", "share", "evidence", "evidence_start",
                 "evidence_end", "methods", "taxonomy"]

Method = Literal["terms", "model", "both"]

# Chosen on the dev half of tests/data/topics/dprk_sentences.txt (benchmarks/eval_topics.py
# --tune): the score from which the learned step adds a topic that no term marked.
DEFAULT_MIN_SCORE = 0.5

_TOKEN_RE = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
# The same words in an ASCII text ([^\W_] is [A-Za-z0-9] there), found faster; possessive
# quantifiers, as nothing follows that could take letters back.
_ASCII_TOKEN_RE = re.compile(r"[A-Za-z0-9]++(?:'[A-Za-z0-9]++)?+")
_CHUNK = 20_000  # sentences vectorised at a time


class _Sentence(NamedTuple):  # a tuple: made about twice as fast as a frozen dataclass
    article_id: str
    index: int
    start: int
    end: int
    text: str  # normalised text of the sentence


def detect_topics(
    articles: Sequence,
    *,
    taxonomy: Taxonomy | str | Path | None = None,
    method: Method = "both",
    min_score: float = DEFAULT_MIN_SCORE,
    weak_supervision: bool = False,
    emergent: bool = True,
    seed: int = 0,
) -> pd.DataFrame:
    """Give every body sentence zero or more topics, with the words that justify each.

    Two steps. **Terms**: a sentence carries a topic when it contains one of the topic's
    codebook terms (``method`` = ``term``; ``evidence`` is the words as written, ``cues`` the
    codebook term). **Model**: a classifier per topic (`train_topic_model`), trained on the
    codebook's example and background sentences, adds a topic that no term marked when its
    score reaches ``min_score`` and at least one word of the sentence raised it (``method`` =
    ``model``; ``evidence`` is the word that weighed most, ``cues`` the strongest ones). The
    model does not depend on the corpus, so an article's topics do not change when other
    articles are added. With ``emergent``, topics outside the taxonomy that several articles
    of an event share are added too (``method`` = ``emergent``, see
    `framing.emergent.find_emergent_topics`).

    Parameters
    ----------
    articles
        `framing.corpus.Article` records (a `Corpus` works too).
    taxonomy
        A `Taxonomy`, the path of a YAML codebook, or None for the packaged default.
    method
        ``terms`` only, ``model`` only, or ``both``.
    min_score
        Score (0-1) from which the learned step adds a topic.
    weak_supervision
        Also train on the corpus sentences that codebook terms mark (weak supervision). Off
        by default: on the labelled sentences of ``benchmarks/eval_topics.py`` it did not
        improve on the codebook's examples alone, and it makes topics depend on the corpus.
    emergent
        Also find topics outside the taxonomy (per event).
    seed
        Seed for everything random (sampling, NMF); the output is identical on re-runs.

    Returns
    -------
    DataFrame
        One row per sentence and topic, columns `SENTENCE_TOPIC_COLUMNS`, in article and
        sentence order (emergent topics last): ``sentence`` is the index in
        ``article.sentences``, ``start``/``end`` its offsets in the body,
        ``evidence_start``/``evidence_end`` those of ``evidence``; ``score`` is the model's
        score (empty when the model did not run); ``taxonomy`` is ``name@version``.
    """
    if method not in ("terms", "model", "both"):
        raise ValueError(f"method must be terms, model or both, not {method!r}")
    tax = resolve_taxonomy(taxonomy)
    articles = list(articles)
    model = None
    if method in ("model", "both"):
        texts, labels = _weak_labels(articles, tax) if weak_supervision else ([], [])
        model = train_topic_model(tax, texts, labels, seed=seed)
    frames = [codebook_topics(batch, taxonomy=tax, model=model, method=method,
                              min_score=min_score)
              for batch in _batches(articles)]  # bounded memory: one batch at a time
    table = pd.concat(frames, ignore_index=True) if frames else \
        _typed(pd.DataFrame(columns=SENTENCE_TOPIC_COLUMNS))
    if emergent:
        from .emergent import find_emergent_topics

        found = find_emergent_topics(articles, known=table, seed=seed)
        if len(found):  # after the codebook's rows (re-sorting would copy a large table)
            table = pd.concat([table, _typed(found[SENTENCE_TOPIC_COLUMNS])],
                              ignore_index=True)
    return table


def codebook_topics(articles: Sequence, *, taxonomy: Taxonomy, model: "TopicModel | None",
                    method: Method = "both",
                    min_score: float = DEFAULT_MIN_SCORE) -> pd.DataFrame:
    """The codebook rows of `detect_topics` (terms and model, no emergent topics) for a batch
    of articles. Each article's rows depend only on the article, so batches can be scored
    apart (in other processes) and concatenated in article order."""
    columns: dict[str, list] = {c: [] for c in SENTENCE_TOPIC_COLUMNS}
    _rows(columns, _sentences(articles), _term_hits(articles, taxonomy),
          model if method in ("model", "both") else None, taxonomy, method, min_score,
          {a.id: a for a in articles})
    return _typed(pd.DataFrame(columns, columns=SENTENCE_TOPIC_COLUMNS))


def summarize_topics(articles: Sequence, sentence_topics: pd.DataFrame) -> pd.DataFrame:
    """Per article and topic: how many sentences carry it, their share of the body's
    sentences, and the first of them (``topics.csv``).

    Parameters
    ----------
    articles
        The articles that ``sentence_topics`` was computed on.
    sentence_topics
        From `detect_topics`.

    Returns
    -------
    DataFrame
        Columns `TOPIC_COLUMNS`: ``evidence`` is the first sentence that carries the topic,
        ``evidence_start``/``evidence_end`` its offsets, ``methods`` how its sentences were
        found (``term``, ``model``, ``emergent``, ``;``-separated).
    """
    if not len(sentence_topics):
        return pd.DataFrame(columns=TOPIC_COLUMNS)
    t = sentence_topics
    article_codes, article_ids = pd.factorize(t["article_id"])
    topic_codes, topic_ids = pd.factorize(t["topic"])
    method_codes, method_names = pd.factorize(t["method"])
    key = article_codes.astype(np.int64) * len(topic_ids) + topic_codes
    start, end, sentence = (t[c].to_numpy() for c in ("start", "end", "sentence"))
    order = np.lexsort((start, key))  # by article and topic, first sentence first
    keys, first = np.unique(key[order], return_index=True)
    first_row = order[first]  # the row of each (article, topic)'s first sentence
    pairs = np.unique(key * (int(sentence.max()) + 1) + sentence)  # distinct sentences
    n = np.unique(pairs // (int(sentence.max()) + 1), return_counts=True)[1]
    methods = _method_labels(keys, key, method_codes, method_names)
    by_id = {a.id: a for a in articles}
    position = {a.id: k for k, a in enumerate(articles)}
    ids = article_ids.to_numpy()[keys // len(topic_ids)]
    topics = topic_ids.to_numpy()[keys % len(topic_ids)]
    sort = np.lexsort((topics.astype(str), start[first_row],
                       np.array([position[i] for i in ids])))
    ids, topics, n, methods, rows = ids[sort], topics[sort], n[sort], methods[sort], \
        first_row[sort]
    starts, ends = start[rows], end[rows]
    return pd.DataFrame({
        "article_id": ids, "topic": topics, "n_sentences": n.astype("int64"),
        "share": np.round(n / np.array([max(1, by_id[i].n_sentences) for i in ids]), 4),
        "evidence": [by_id[i].body[s:e] for i, s, e in zip(ids, starts, ends)],
        "evidence_start": starts.astype("int64"), "evidence_end": ends.astype("int64"),
        "methods": methods, "taxonomy": t["taxonomy"].to_numpy()[rows]}, columns=TOPIC_COLUMNS)


def _method_labels(keys, key, method_codes, method_names) -> np.ndarray:
    """``term;model``-style labels per key, one shared string per combination."""
    flags = np.zeros(len(keys), dtype=np.int64)
    names = sorted(method_names.to_numpy().astype(str))
    for bit, name in enumerate(names):
        code = list(method_names).index(name)
        flags |= np.isin(keys, np.unique(key[method_codes == code])).astype(np.int64) << bit
    labels = {f: ";".join(n for b, n in enumerate(names) if f >> b & 1) for f in set(flags)}
    return np.array([labels[f] for f in flags], dtype=object)


def resolve_taxonomy(taxonomy: Taxonomy | str | Path | None) -> Taxonomy:
    """A `Taxonomy` as given, read from a path, or the packaged default for None."""
    if isinstance(taxonomy, Taxonomy):
        return taxonomy
    return load_taxonomy(taxonomy)


def _batches(articles: Sequence, size: int = 0):
    """Consecutive runs of articles with about ``size`` sentences in all (`_CHUNK`)."""
    size = size or _CHUNK
    batch, n = [], 0
    for a in articles:
        batch.append(a)
        n += len(a.sentences)
        if n >= size:
            yield batch
            batch, n = [], 0
    if batch:
        yield batch


def _weak_labels(articles: Sequence, tax: Taxonomy) -> tuple[list[str], list[set[str]]]:
    """Sentences that codebook terms mark, with their topics (for weak supervision)."""
    texts, labels = [], []
    for batch in _batches(articles):
        hits = _term_hits(batch, tax)
        for s in _sentences(batch):
            found = {m.topic for m in hits.get((s.article_id, s.index), ())}
            if found:
                texts.append(s.text)
                labels.append(found)
    return texts, labels


def _sentences(articles: Sequence) -> list[_Sentence]:
    return [_Sentence(a.id, i, s, e, a.norm[s:e])
            for a in articles for i, (s, e) in enumerate(a.sentences)]


def _term_hits(articles: Sequence, tax: Taxonomy) -> dict[tuple[str, int], list]:
    """Term matches by (article id, sentence index); a match belongs to the sentence where
    it starts."""
    import bisect

    hits: dict[tuple[str, int], list] = {}
    for a in articles:
        starts = [s for s, _ in a.sentences]
        for m in tax.find_terms(a.norm):
            i = bisect.bisect_right(starts, m.start) - 1
            if i >= 0 and m.start < a.sentences[i][1]:
                hits.setdefault((a.id, i), []).append(m)
    return hits


def _rows(columns, sentences, term_hits, model, tax, method, min_score, by_id) -> None:
    """Append the rows of ``sentences`` to ``columns`` (a list per column)."""
    topics = list(tax.topics)
    index = {topic: k for k, topic in enumerate(topics)}
    X = model.vectors([s.text for s in sentences]) if model and sentences else None
    scores = model.scores(X) if X is not None else None
    high: dict[int, list[int]] = {}  # sentence -> topics scored at least min_score, in order
    if scores is not None:
        scores = np.asarray(scores, dtype=np.float64)  # compared as Python floats are
        for n, k in np.argwhere(scores >= min_score).tolist():
            high.setdefault(n, []).append(k)
    rows = []
    for n, s in enumerate(sentences):
        found: dict[str, Any] = {}
        if method in ("terms", "both"):
            for m in term_hits.get((s.article_id, s.index), ()):
                found.setdefault(m.topic, m)
        ks = high.get(n, [])  # only the topics that can give a row, in the codebook's order
        if found:
            ks = sorted({*ks, *(index[t] for t in found if t in index)})
        for k in ks:
            topic = topics[k]
            score = float(scores[n, k]) if scores is not None else None
            if topic in found:
                m = found[topic]
                rows.append((s, topic, "term", m.start, m.end, score, m.term))
            elif score is not None and score >= min_score:
                cues = model.cues_of(X, n, s.text, k)
                if not cues:  # a score without a word that raised it is no evidence
                    continue
                a, b = cues[0][1:]
                rows.append((s, topic, "model", s.start + a, s.start + b, score,
                             "; ".join(c[0] for c in cues)))
    for s, topic, how, start, end, score, cues in rows:
        for column, value in zip(SENTENCE_TOPIC_COLUMNS, (
                s.article_id, s.index, s.start, s.end, topic, how,
                by_id[s.article_id].body[start:end], start, end,
                None if score is None else round(score, 4), cues, tax.label)):
            columns[column].append(value)


def _typed(table: pd.DataFrame) -> pd.DataFrame:
    return table.astype({"sentence": "int64", "start": "int64", "end": "int64",
                         "evidence_start": "int64", "evidence_end": "int64",
                         "score": "float64"})


# ---------------------------------------------------------------------------- the learned step


@dataclass
class TopicModel:
    """One logistic-regression classifier per topic over TF-IDF vectors of stemmed words and
    word pairs. ``score`` gives a 0-1 score per sentence and topic; ``cues`` the words of a
    sentence that weighed most for a topic."""

    topics: list[str]
    vectorizer: Any
    coef: np.ndarray  # (n_topics, n_features)
    intercept: np.ndarray  # (n_topics,)

    def vectors(self, texts: Sequence[str]):
        """Sparse TF-IDF vectors of ``texts`` (None when the model learned nothing)."""
        return self.vectorizer.transform(texts) if self.vectorizer is not None else None

    def scores(self, X) -> np.ndarray:
        """Scores (n_texts, n_topics) of vectors from `vectors`."""
        return _sigmoid(np.asarray(X @ self.coef.T) + self.intercept)

    def score(self, texts: Sequence[str]) -> np.ndarray:
        """Scores (n_texts, n_topics) of sentences."""
        if self.vectorizer is None:
            return np.zeros((len(texts), len(self.topics)), dtype=np.float32)
        return self.scores(self.vectors(texts))

    def cues(self, text: str, topic: str, k: int = 3) -> list[tuple[str, int, int]]:
        """The ``k`` features of ``text`` that raised ``topic``'s score most, as the words
        written in ``text`` with their offsets (strongest first)."""
        if self.vectorizer is None:
            return []
        return self.cues_of(self.vectors([text]), 0, text, self.topics.index(topic))

    def cues_of(self, X, row: int, text: str, j: int, k: int = 3) -> list[tuple[str, int, int]]:
        """`cues` for row ``row`` of vectors ``X`` (of ``text``) and topic number ``j``."""
        start, end = X.indptr[row], X.indptr[row + 1]
        features = X.indices[start:end]
        weights = (X.data[start:end] * self.coef[j, features]).tolist()  # Python floats
        features = features.tolist()  # and ints: the same order, read faster
        spans = []
        for f in sorted(range(len(features)), key=lambda i: (-weights[i], features[i])):
            if weights[f] <= 0 or len(spans) >= k:
                break
            span = _locate(text, self._names[features[f]])
            if span:
                spans.append((text[span[0]:span[1]], *span))
        return spans

    @functools.cached_property
    def _names(self) -> np.ndarray:
        return self.vectorizer.get_feature_names_out()


def train_topic_model(
    taxonomy: Taxonomy,
    sentences: Sequence[str] = (),
    term_topics: Sequence[set[str]] = (),
    *,
    seed: int = 0,
    example_weight: float = 2.0,
    max_term_topics: int = 3,
    max_sentences: int = 20_000,
    max_features: int = 50_000,
    min_examples: int = 5,
    C: float = 4.0,
) -> TopicModel:
    """Train one classifier per topic (scikit-learn ``LogisticRegression``, balanced classes).

    Features are TF-IDF weights of stemmed words and word pairs (`sentence_features`); names
    are left out, so that the model learns the ordinary words around a topic and the
    codebook's terms keep the names. Training sentences: every codebook example (positive
    for its topic, negative for the others, weight ``example_weight``) and background sentence
    (negative for all). Optionally (weak supervision) ``sentences`` with ``term_topics``, the
    topics codebook terms found in them: sentences with 1 to ``max_term_topics`` such topics
    count as positive for those (weight 1). At most ``max_sentences`` of them are used, chosen
    by a hash of their text and ``seed``, so the choice does not depend on their order.
    A topic with fewer than ``min_examples`` positive sentences gets no classifier (its score
    is 0): a handful of examples teaches nothing reliable. ``C`` (regularisation) and the
    default ``min_score`` of `detect_topics` were chosen on the dev half of
    ``tests/data/topics/dprk_sentences.txt``.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    texts, labels, weights = _training_set(taxonomy, sentences, term_topics, seed=seed,
                                           example_weight=example_weight,
                                           max_term_topics=max_term_topics,
                                           max_sentences=max_sentences)
    topics = list(taxonomy.topics)
    vectorizer = TfidfVectorizer(analyzer=sentence_features, sublinear_tf=True,
                                 max_features=max_features, dtype=np.float32)
    try:
        X = vectorizer.fit_transform(texts)
    except ValueError:  # no examples at all (a codebook of terms only): nothing to learn
        return TopicModel(topics, None, np.zeros((len(topics), 0)), np.full(len(topics), -30.0))
    coef = np.zeros((len(topics), X.shape[1]))
    intercept = np.full(len(topics), -10.0)
    for k, topic in enumerate(topics):
        y = np.array([topic in lab for lab in labels])
        if y.sum() < min_examples or (~y).sum() < min_examples:
            continue
        clf = LogisticRegression(C=C, class_weight="balanced", solver="liblinear",
                                 random_state=seed, max_iter=1000)
        clf.fit(X, y, sample_weight=weights)
        coef[k], intercept[k] = clf.coef_[0], clf.intercept_[0]
    return TopicModel(topics, vectorizer, coef, intercept)


def _training_set(taxonomy, sentences, term_topics, *, seed, example_weight, max_term_topics,
                  max_sentences):
    texts, labels, weights = [], [], []
    for topic in taxonomy:
        for example in topic.examples:
            texts.append(example)
            labels.append({topic.id})
            weights.append(example_weight)
    for sentence in taxonomy.background:
        texts.append(sentence)
        labels.append(set())
        weights.append(example_weight)
    chosen = sorted(range(len(sentences)),
                    key=lambda i: (zlib.crc32(f"{seed}:{sentences[i]}".encode()), i))
    n = 0
    for i in chosen:
        if n >= max_sentences:
            break
        found = term_topics[i]
        if not found or len(found) > max_term_topics:
            continue
        texts.append(sentences[i])
        labels.append(set(found))
        weights.append(1.0)
        n += 1
    return texts, labels, np.array(weights)


def sentence_features(text: str) -> list[str]:
    """Stemmed words and pairs of neighbouring ones; English stop words, words of reporting
    ("said", "according") and names (capitalised words after the first) are left out.

    Examples
    --------
    >>> sentence_features("Troops test-fired missiles, KCNA said.")
    ['troop', 'test', 'fire', 'missil', 'troop test', 'test fire', 'fire missil']
    """
    words = _words(text)
    if not words:
        return []
    stems = [_word_stem(words[0])]  # the first word is stemmed even when capitalised
    stems += map(_later_stem, words[1:])
    unigrams = [s for s in stems if s]
    pairs = [f"{a} {b}" for a, b in zip(stems, stems[1:]) if a and b]
    return unigrams + pairs


def _words(text: str) -> list[str]:
    """``_TOKEN_RE.findall(text)``."""
    return (_ASCII_TOKEN_RE if text.isascii() else _TOKEN_RE).findall(text)


@functools.lru_cache(maxsize=200_000)
def _later_stem(word: str) -> str | None:
    """`_word_stem` of a word after the first of its sentence: None for a name."""
    return None if _is_name(word) else _word_stem(word)


def _is_name(word: str) -> bool:
    """A capitalised word that does not start the sentence (a name, as far as we can tell)."""
    return word[0].isupper()


# Words of news reporting itself, not of any topic: left out like stop words.
_REPORTING_WORDS = frozenset("""said say says saying told tell tells according added adding noted
    quoted reported reporting stated announced""".split())


@functools.lru_cache(maxsize=200_000)
def _stem(word: str) -> str | None:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    if len(word) < 2 or word in ENGLISH_STOP_WORDS or word in _REPORTING_WORDS:
        return None
    return _stemmer().stem(word)


@functools.lru_cache(maxsize=200_000)
def _word_stem(word: str) -> str | None:
    """`_stem` of a word as written (lower-cased here): one cache look-up per word."""
    return _stem(word.lower())


@functools.lru_cache(maxsize=1)
def _stemmer():
    from nltk.stem.snowball import SnowballStemmer

    return SnowballStemmer("english")


def _locate(text: str, feature: str) -> tuple[int, int] | None:
    """Span in ``text`` of the words that make ``feature`` (a stem or a pair of stems)."""
    want = feature.split(" ")
    tokens, stems = _tokens(text)
    n, last = len(want), len(tokens) - len(want)
    i = -1
    while True:  # the first place where the first stem is, then the others after it
        try:
            i = stems.index(want[0], i + 1)
        except ValueError:
            return None
        if i > last:
            return None
        if n == 1 or list(stems[i + 1:i + n]) == want[1:]:
            return tokens[i][0], tokens[i + n - 1][1]


@functools.lru_cache(maxsize=256)  # a sentence's cues are located one after the other
def _tokens(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[str | None, ...]]:
    """``(start, end)`` of the words of ``text``, and their stems."""
    matches = list(_TOKEN_RE.finditer(text))
    return (tuple(m.span() for m in matches),
            tuple(_word_stem(m.group(0)) for m in matches))


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x, -30, 30)))


# ---------------------------------------------------------------------------- display


def topic_highlights(article, sentence_topics: pd.DataFrame, *,
                     span: Literal["evidence", "sentence"] = "evidence") -> list:
    """`framing.display.Highlight` spans for an article's topics, labelled with the topic and
    a note saying why (method, evidence, cues).

    Parameters
    ----------
    article
        An `Article`.
    sentence_topics
        From `detect_topics` (rows of other articles are ignored).
    span
        ``evidence``: the words that gave the sentence its topic (a codebook term, the
        model's strongest word, an emergent topic's word); ``sentence``: the whole sentence.
    """
    from .display import Highlight

    if span not in ("evidence", "sentence"):
        raise ValueError(f"span must be evidence or sentence, not {span!r}")
    rows = sentence_topics[sentence_topics["article_id"] == article.id]
    out = []
    for row in rows.sort_values(["start", "topic"], kind="stable").itertuples(index=False):
        why = f"{row.method}: {row.evidence!r}" + (f" ({row.cues})" if row.cues else "")
        start, end = ((row.evidence_start, row.evidence_end) if span == "evidence"
                      else (row.start, row.end))
        out.append(Highlight(int(start), int(end), "topic", row.topic, why))
    return out
