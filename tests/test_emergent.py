"""framing.emergent: themes outside the taxonomy that several articles of an event share."""

import pandas as pd
import pytest

import framing
from framing.emergent import describe_emergent_topics, find_emergent_topics
from framing.omissions import find_omissions
from framing.topics import SENTENCE_TOPIC_COLUMNS, detect_topics

from conftest import REPO, bench_corpus, write_corpus

TYPHOON = REPO / "tests" / "data" / "topics" / "typhoon"


@pytest.fixture(scope="module")
def typhoon():
    return framing.load_corpus(TYPHOON)


@pytest.fixture(scope="module")
def typhoon_topics(typhoon):
    return detect_topics(typhoon)


def emergent(table):
    return table[table.method == "emergent"]


def topic_with(table, word):
    (topic,) = {t for t in emergent(table).topic if word in t}
    return topic


def test_themes_the_taxonomy_never_anticipated(typhoon, typhoon_topics):
    """A typhoon is nothing the North Korea codebook knows; its shared themes still come out."""
    found = emergent(typhoon_topics)
    assert list(found.columns) == SENTENCE_TOPIC_COLUMNS
    assert set(found.taxonomy) == {"emergent"}
    flights, power = topic_with(found, "flights"), topic_with(found, "power")
    evacuation = topic_with(found, "evacuat")
    carriers = {t: set(found[found.topic == t].article_id) for t in (flights, power, evacuation)}
    assert carriers[flights] == {"wire", "paper", "local"}  # the broadcaster never says it
    assert carriers[power] == {"wire", "paper", "local", "broadcaster"}
    by_id = {a.id: a for a in typhoon}
    for row in found.itertuples():
        a = by_id[row.article_id]
        assert a.sentences[row.sentence] == (row.start, row.end)
        assert a.body[row.evidence_start:row.evidence_end] == row.evidence
        sentence = a.body[row.start:row.end]
        assert all(cue in sentence for cue in row.cues.split("; "))
        assert 0 < row.score <= 1


def test_omission_of_an_emergent_theme(typhoon, typhoon_topics):
    omissions = find_omissions(typhoon, sentence_topics=typhoon_topics)
    flights = topic_with(typhoon_topics, "flights")
    (row,) = omissions[omissions.topic == flights].itertuples()
    assert row.article_id == "broadcaster" and row.n_peers == 3
    assert "flights" in row.evidence


def test_description_table(typhoon_topics):
    described = describe_emergent_topics(typhoon_topics)
    assert list(described.columns) == ["topic", "n_articles", "n_sentences", "top_terms"]
    row = described[described.topic.str.contains("flights")].iloc[0]
    assert row.n_articles == 3 and "flights" in row.top_terms.split(", ")


def test_taxonomy_topics_found_again_are_dropped(corpus):
    """On the seeds every shared theme is a taxonomy topic (visit, friendship...)."""
    table = detect_topics(corpus)
    assert emergent(table).empty
    assert not emergent(detect_topics(corpus, emergent=False)).shape[0]


def test_copies_and_lone_stories_share_nothing(tmp_path, typhoon):
    wire = (TYPHOON / "wire.txt").read_text()
    root = write_corpus(tmp_path / "c", {
        "wire.txt": wire,
        "again.txt": wire.replace("outlet: AP", "outlet: Kyodo").replace("2031-09-03",
                                                                          "2031-09-05"),
    })
    corpus = framing.load_corpus(root)
    assert corpus["again"].duplicate_of == "wire"
    assert find_emergent_topics(corpus).empty  # one story, however many copies


def test_identical_on_reruns(typhoon, typhoon_topics):
    pd.testing.assert_frame_equal(typhoon_topics, detect_topics(typhoon))
    known = detect_topics(typhoon, emergent=False)
    pd.testing.assert_frame_equal(find_emergent_topics(typhoon, known=known, seed=0),
                                  find_emergent_topics(typhoon, known=known, seed=0))


@pytest.mark.parametrize("seed", range(6))
def test_nmf_gives_scikit_learns_numbers(seed):
    """`_nmf` (the coordinate descent without NMF's per-call checks) gives exactly what
    scikit-learn's ``NMF`` gives: themes, weights and the weights of copies."""
    import numpy as np
    import scipy.sparse as sp
    from sklearn.feature_extraction.text import TfidfTransformer

    from framing.emergent import _fast_nmf, _sklearn_nmf

    rng = np.random.default_rng(seed)
    n, m = int(rng.integers(8, 200)), int(rng.integers(6, 120))
    counts = sp.random(n, m, density=0.08, random_state=seed, format="csr",
                       data_rvs=lambda size: rng.integers(1, 4, size))
    X = TfidfTransformer(sublinear_tf=True).fit_transform(counts).tocsr()
    k = int(rng.integers(2, min(8, m - 1) + 1))
    fit, rest = X[: n * 3 // 4], X[n * 3 // 4:]
    W, H, transform = _fast_nmf(fit, k, seed)
    W0, H0, transform0 = _sklearn_nmf(fit, k, seed)
    assert np.array_equal(W, W0) and np.array_equal(H, H0)
    assert np.array_equal(transform(rest), transform0(rest))


def test_fast_nmf_is_used_here_and_falls_back_when_it_breaks(monkeypatch):
    """With the pinned scikit-learn the fast path passes its self-check; when its private
    functions break (moved, new signature), `_nmf` uses ``NMF`` itself and gives its numbers."""
    import numpy as np
    import scipy.sparse as sp

    from framing import emergent

    assert emergent._fast_nmf_works()

    def broken(*args, **kwargs):
        raise TypeError("_update_cdnmf_fast() takes 5 positional arguments")

    monkeypatch.setattr(emergent, "_fast_nmf", broken)
    emergent._fast_nmf_works.cache_clear()
    try:
        assert not emergent._fast_nmf_works()
        X = sp.csr_matrix(np.random.default_rng(1).random((20, 10)))
        W, H, _ = emergent._nmf(X, 3, 0)
        W0, H0, _ = emergent._sklearn_nmf(X, 3, 0)
        assert np.array_equal(W, W0) and np.array_equal(H, H0)
    finally:
        emergent._fast_nmf_works.cache_clear()


@pytest.mark.parametrize("seed", range(4))
def test_tfidf_gives_the_vectorizers_numbers(seed):
    """`_tfidf` gives exactly TfidfVectorizer's matrix, fitted on the originals only."""
    import random

    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    from framing.emergent import _identity, _tfidf

    rng = random.Random(seed)
    words = [f"w{i}" for i in range(60)]
    tokens = [[rng.choice(words) for _ in range(rng.randint(0, 25))] for _ in range(90)]
    vocabulary = sorted(rng.sample(words, 40))
    originals = np.array([rng.random() < 0.8 for _ in tokens])
    vectorizer = TfidfVectorizer(analyzer=_identity, vocabulary=vocabulary, sublinear_tf=True)
    vectorizer.fit([t for t, o in zip(tokens, originals) if o])
    want = vectorizer.transform(tokens).tocsr()
    got = _tfidf(tokens, vocabulary, originals)
    assert got.shape == want.shape
    assert np.array_equal(got.indptr, want.indptr) and np.array_equal(got.indices, want.indices)
    assert np.array_equal(got.data, want.data)


def test_worker_processes_give_the_same_rows(tmp_path, monkeypatch):
    """``jobs=2`` factorises the events in a process pool (runs of a few events, shrunk here
    so that several runs are in flight): the same rows in the same order as one process."""
    from framing import emergent

    bench_corpus(tmp_path, 120, seed=5)
    articles = framing.load_corpus(tmp_path).articles
    known = detect_topics(articles, emergent=False)
    serial = find_emergent_topics(articles, known=known, seed=0)
    assert len(serial) and serial["article_id"].nunique() > 10
    monkeypatch.setattr(emergent, "_POOL_ARTICLES", 20)
    pd.testing.assert_frame_equal(find_emergent_topics(articles, known=known, seed=0, jobs=2),
                                  serial)


def _stems_by_definition(raw):
    """`framing.emergent._stems` as first written: every word of every sentence looked at."""
    from framing.emergent import _ordinary
    from framing.topics import _is_name, _stem

    capitalised, lower = set(), set()
    for words in raw:
        for i, word in enumerate(words):
            if not word[0].isupper():
                lower.add(word)
            elif i:
                capitalised.add(word.lower())
    names = capitalised - lower
    out = []
    for words in raw:
        stems = [_ordinary(w) for w in words]
        if words and _is_name(words[0]) and words[0].lower() not in names:
            stems[0] = _stem(words[0].lower())
        out.append([s for s in stems if s and not s.isdigit()])
    return out


def _surface_forms_by_definition(raw, stems):
    from collections import Counter
    from itertools import chain

    from framing.topics import _stem

    seen = {}
    for word, n in Counter(map(str.lower, chain.from_iterable(raw))).items():
        if _stem(word) in stems:
            seen.setdefault(_stem(word), []).append((-n, word))
    return {stem: min(counts)[1] for stem, counts in seen.items()}


def test_stems_and_surface_forms_equal_their_definitions(typhoon):
    from framing.emergent import _stems, _surface_forms
    from framing.topics import _TOKEN_RE

    cases = [
        [a.norm[s:e] for a in typhoon for s, e in a.sentences],
        ["Zhao met the envoys.", "Met officials said Zhao met them.", "The envoys met.",
         "Flights resumed; 2024 flights.", "2024 was hot.", "Envoys' flights", "",
         "Power cuts hit homes. Power was back.", "Homes and POWER lines", "The the the"],
    ]
    for sentences in cases:
        raw = [_TOKEN_RE.findall(s) for s in sentences]
        assert _stems(raw) == _stems_by_definition(raw)
        every = {s for stems in _stems_by_definition(raw) for s in stems} | {"zzz"}
        assert _surface_forms(raw, every) == _surface_forms_by_definition(raw, every)
        assert _surface_forms(raw, every)  # the case names some
