"""framing.topics: sentence topics (terms and the learned step), per-article coverage, display."""

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import framing
from framing.corpus import Article
from framing.taxonomy import load_taxonomy
from framing.topics import (SENTENCE_TOPIC_COLUMNS, TOPIC_COLUMNS, detect_topics,
                            summarize_topics, topic_highlights)

from conftest import REPO, write_corpus
from test_taxonomy import CLIMATE

XINHUA = "zhao-pyongyang-2024-04/xinhua-2024-04-12"
INDEPENDENT = "zhao-pyongyang-2024-04/independent-2024-04-13"


def article(text: str, id: str = "a", **meta) -> Article:
    return Article(id=id, path=Path(f"{id}.txt"), body=text, parts=[], **meta)


def topics_by_sentence(table, article_id):
    rows = table[table.article_id == article_id]
    return {i: set(g.topic) for i, g in rows.groupby("sentence")}


@pytest.fixture(scope="module")
def seed_topics(corpus):
    return detect_topics(corpus, emergent=False)


def test_table_shape_and_offsets(corpus, seed_topics):
    assert list(seed_topics.columns) == SENTENCE_TOPIC_COLUMNS
    by_id = {a.id: a for a in corpus}
    for row in seed_topics.itertuples():
        a = by_id[row.article_id]
        assert a.sentences[row.sentence] == (row.start, row.end)
        assert row.start <= row.evidence_start < row.evidence_end <= row.end
        assert a.body[row.evidence_start:row.evidence_end] == row.evidence
        assert row.taxonomy == "dprk-diplomacy@1.0"
        assert row.method in ("term", "model")
    assert not seed_topics.duplicated(["article_id", "sentence", "topic"]).any()


@pytest.mark.parametrize("article_id, words, topic, term", [
    (XINHUA, "blood-cemented", "friendship_solidarity", "blood-cemented"),
    (XINHUA, "75th anniversary", "anniversary_commemoration", "anniversary"),
    (INDEPENDENT, "test fired", "missiles_weapons_tests", "test fire*"),
    (INDEPENDENT, "fought on behalf", "korean_war_history", "fought on behalf"),
    (INDEPENDENT, "food shortages", "humanitarian_conditions", "food shortage*"),
    (INDEPENDENT, "U.N. sanctions", "sanctions", "sanction*"),
])
def test_term_evidence_points_at_the_words(corpus, seed_topics, article_id, words, topic, term):
    body = corpus[article_id].body
    at = body.index(words)
    rows = seed_topics[(seed_topics.article_id == article_id) & (seed_topics.topic == topic)
                       & (seed_topics.start <= at) & (seed_topics.end > at)]
    (row,) = rows.itertuples()
    assert row.method == "term" and row.cues == term
    assert row.evidence_start >= at - 5 and row.evidence in words


PARAPHRASES = [  # no codebook term in them: found by the learned step
    ("Hundreds of thousands of Chinese troops poured across the Yalu to save the North in 1950.",
     "korean_war_history"),
    ("The border has been shut to foreign traders since early 2020.", "pandemic_border_closure"),
    ("The two peoples will stand together forever, the speaker said.", "friendship_solidarity"),
    ("The Chinese president last travelled to Pyongyang in 2019.", "leader_summitry"),
]
UNRELATED = [  # about nothing in the codebook
    "The premier inspected a hospital under construction.",
    "A typhoon cut power to thousands of homes in Okinawa.",
    "The national team won its qualifier on penalties.",
]


def test_learned_step_finds_paraphrases_and_says_why():
    body = "\n\n".join(s for s, _ in PARAPHRASES)
    table = detect_topics([article(body)], emergent=False)
    found = topics_by_sentence(table, "a")
    for i, (_, topic) in enumerate(PARAPHRASES):
        assert topic in found.get(i, set()), PARAPHRASES[i][0]
        row = table[(table.sentence == i) & (table.topic == topic)].iloc[0]
        assert row.method == "model" and row.score >= 0.5
        assert row.evidence and row.evidence in PARAPHRASES[i][0]
        assert row.evidence in row.cues.split("; ")
    terms_only = detect_topics([article(body)], method="terms", emergent=False)
    assert not any(t in set(terms_only.topic) for _, t in PARAPHRASES[:1])


def test_unrelated_sentences_get_no_topic():
    table = detect_topics([article("\n\n".join(UNRELATED))], emergent=False)
    assert table.empty


def test_methods(corpus):
    terms = detect_topics(corpus, method="terms", emergent=False)
    model = detect_topics(corpus, method="model", emergent=False)
    assert set(terms.method) == {"term"} and terms.score.isna().all()
    assert set(model.method) == {"model"}
    with pytest.raises(ValueError, match="method must be"):
        detect_topics(corpus, method="magic")


def test_min_score_trades_recall_for_precision(corpus):
    low = detect_topics(corpus, min_score=0.3, emergent=False)
    high = detect_topics(corpus, min_score=0.9, emergent=False)
    assert len(high[high.method == "model"]) < len(low[low.method == "model"])
    assert len(high[high.method == "term"]) == len(low[low.method == "term"])


def test_identical_on_reruns_and_in_any_order(corpus):
    first = detect_topics(corpus)
    pd.testing.assert_frame_equal(first, detect_topics(corpus))
    shuffled = detect_topics(list(reversed(corpus.articles)))
    key = ["article_id", "sentence", "topic"]
    pd.testing.assert_frame_equal(first.sort_values(key).reset_index(drop=True),
                                  shuffled.sort_values(key).reset_index(drop=True))


def test_an_articles_topics_do_not_depend_on_the_others(corpus, seed_topics):
    alone = detect_topics([corpus[XINHUA]], emergent=False)
    together = seed_topics[seed_topics.article_id == XINHUA].reset_index(drop=True)
    pd.testing.assert_frame_equal(alone, together)


def test_weak_supervision_is_an_option(corpus):
    weak = detect_topics(corpus, weak_supervision=True, emergent=False)
    pd.testing.assert_frame_equal(weak, detect_topics(corpus, weak_supervision=True,
                                                      emergent=False))
    terms = weak[weak.method == "term"][["article_id", "sentence", "topic"]]
    plain = detect_topics(corpus, method="terms", emergent=False)[["article_id", "sentence",
                                                                    "topic"]]
    pd.testing.assert_frame_equal(terms.reset_index(drop=True), plain.reset_index(drop=True))


CLIMATE_ARTICLES = {
    "wire.txt": "---\noutlet: Reuters\nevent: cop-2031\n---\nDelegates agreed on Saturday to "
                "phase out coal power by 2040.\n\nRich countries pledged to triple climate "
                "finance for poorer nations.\n\nThe talks ran a day over schedule.\n",
    "state.txt": "---\noutlet: Xinhua\nevent: cop-2031\n---\nChina called on developed "
                 "countries to honour their climate finance pledges.\n\nThe summit ended "
                 "with a call for more cooperation.\n",
}


def test_own_taxonomy_for_another_event(tmp_path):
    (tmp_path / "climate.yml").write_text(CLIMATE)
    corpus = framing.load_corpus(write_corpus(tmp_path / "c", CLIMATE_ARTICLES))
    table = detect_topics(corpus, taxonomy=tmp_path / "climate.yml", emergent=False)
    assert set(table.taxonomy) == {"climate-summit@0.1"}
    assert topics_by_sentence(table, "wire") == {0: {"fossil_fuels"}, 1: {"finance"}}
    assert topics_by_sentence(table, "state") == {0: {"finance"}}
    # nothing of the default codebook leaks in
    assert not set(table.topic) & set(load_taxonomy().topics)


def test_summary_table(corpus, seed_topics):
    summary = summarize_topics(corpus, seed_topics)
    assert list(summary.columns) == TOPIC_COLUMNS
    assert TOPIC_COLUMNS[:6] == ["article_id", "topic", "n_sentences", "share", "evidence",
                                 "evidence_start"]
    by_id = {a.id: a for a in corpus}
    for row in summary.itertuples():
        rows = seed_topics[(seed_topics.article_id == row.article_id)
                           & (seed_topics.topic == row.topic)]
        assert row.n_sentences == rows.sentence.nunique()
        assert row.share == round(row.n_sentences / by_id[row.article_id].n_sentences, 4)
        assert row.evidence_start == rows.start.min()
        assert by_id[row.article_id].body[row.evidence_start:row.evidence_end] == row.evidence
    assert not summary.duplicated(["article_id", "topic"]).any()
    empty = summarize_topics(corpus, seed_topics.iloc[0:0])
    assert list(empty.columns) == TOPIC_COLUMNS and empty.empty


def test_highlights(corpus, seed_topics):
    from framing.display import article_text

    a = corpus[XINHUA]
    words = topic_highlights(a, seed_topics)
    sentences = topic_highlights(a, seed_topics, span="sentence")
    assert len(words) == len(sentences) == (seed_topics.article_id == XINHUA).sum()
    assert all(h.layer == "topic" for h in words + sentences)
    assert {(h.start, h.end) for h in sentences} <= set(a.sentences)
    blood = next(h for h in words if a.body[h.start:h.end] == "blood-cemented")
    assert blood.label == "friendship_solidarity"
    assert blood.note.startswith("term: 'blood-cemented'")
    assert "[blood-cemented]{friendship_solidarity}" in article_text(a, words)
    assert "]{friendship_solidarity}" in article_text(a, sentences)
    with pytest.raises(ValueError, match="span must be"):
        topic_highlights(a, seed_topics, span="word")


def test_evaluation_script_reports_every_topic():
    result = subprocess.run([sys.executable, "benchmarks/eval_topics.py"], cwd=REPO,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    for topic in load_taxonomy().topics:
        assert result.stdout.count(f"  {topic} ") == 3  # dev, test and seeds tables
    import json

    figures = json.loads(result.stdout.strip().splitlines()[-1])
    # floors a little under the figures measured when the codebook was written
    assert figures["test"]["f1"] >= 0.8 and figures["seeds"]["f1"] >= 0.85
    assert figures["test"]["precision"] >= 0.75 and figures["test"]["recall"] >= 0.75


def test_sentence_features_as_defined(corpus):
    """`sentence_features` (names after the first word dropped by a cached look-up) gives
    the features of its definition: stems of the words, a capitalised word after the first
    left out, then the pairs of neighbouring kept stems."""
    from framing.topics import _TOKEN_RE, _word_stem, sentence_features

    def reference(text):
        words = _TOKEN_RE.findall(text)
        stems = [None if (i and w[0].isupper()) else _word_stem(w) for i, w in enumerate(words)]
        return [s for s in stems if s] + [f"{a} {b}" for a, b in zip(stems, stems[1:]) if a and b]

    texts = ["", "KCNA", "Said the", "Kim Jong Un met Xi in Beijing; they said 2024 was good."]
    texts += [a.norm[s:e] for a in corpus for s, e in a.sentences]
    for text in texts:
        assert sentence_features(text) == reference(text), text


@pytest.mark.parametrize("method, min_score", [("both", 0.5), ("terms", 0.5), ("model", 0.3),
                                               ("both", 0.9)])
def test_codebook_rows_visit_every_topic_that_can_give_one(corpus, method, min_score):
    """`codebook_topics` only visits, per sentence, the topics of its terms and those the
    model scores at least ``min_score``: the rows of a visit of every topic (the definition),
    rebuilt here from the scores and term matches."""
    from framing.score import Scorer
    from framing.topics import _sentences, _term_hits, codebook_topics

    scorer = Scorer.build(corpus.registry)
    tax, model = scorer.taxonomy, scorer.model
    table = codebook_topics(corpus.articles, taxonomy=tax, model=model, method=method,
                            min_score=min_score)
    sentences = _sentences(corpus.articles)
    hits = _term_hits(corpus.articles, tax)
    X = model.vectors([s.text for s in sentences])
    scores = model.scores(X)
    expected = []
    for n, s in enumerate(sentences):
        found = {m.topic for m in hits.get((s.article_id, s.index), ())} \
            if method != "model" else set()
        for k, topic in enumerate(tax.topics):
            score = float(scores[n, k]) if method != "terms" else None
            if topic in found:
                expected.append((s.article_id, s.index, topic, "term"))
            elif score is not None and score >= min_score and model.cues_of(X, n, s.text, k):
                expected.append((s.article_id, s.index, topic, "model"))
    assert len(expected) > 10
    assert list(table[["article_id", "sentence", "topic", "method"]].itertuples(
        index=False, name=None)) == expected


_WORD_TEXTS = ["", "...", "it's the North's 'peace offensive', rock 'n' roll", "snake_case x_y _z_",
               "U.S.-led drills in 2024's Q3: 3.5% of GDP", "Dandong's traders' o'clock",
               "İstanbul straße ΣΟΦΊΑ's 北朝鮮 متن", "café naïve – 'quoted'", "a'b'c d''e '"]


@pytest.mark.parametrize("text", _WORD_TEXTS)
def test_words_of_ascii_and_other_text_are_the_token_regexs(text):
    from framing.topics import _TOKEN_RE, _words

    assert _words(text) == _TOKEN_RE.findall(text)


def test_words_of_every_corpus_sentence_are_the_token_regexs(corpus):
    from framing.topics import _TOKEN_RE, _words

    sentences = [a.norm[s:e] for a in corpus for s, e in a.sentences]
    assert any(s.isascii() for s in sentences)
    assert [_words(s) for s in sentences] == [_TOKEN_RE.findall(s) for s in sentences]


def _locate_by_definition(text, feature):
    """`framing.topics._locate` as first written: every word position tried in turn."""
    from framing.topics import _TOKEN_RE, _word_stem

    want = feature.split(" ")
    tokens = [(m.start(), m.end(), _word_stem(m.group(0))) for m in _TOKEN_RE.finditer(text)]
    for i in range(len(tokens) - len(want) + 1):
        if all(tokens[i + k][2] == w for k, w in enumerate(want)):
            return tokens[i][0], tokens[i + len(want) - 1][1]
    return None


def test_locate_finds_the_first_place_of_a_stem_or_pair(corpus):
    from framing.topics import _locate, _word_stem, sentence_features

    texts = [a.norm[s:e] for a in corpus for s, e in a.sentences][:300]
    texts += ["Talks, talks and more talks on talks.", "sanction talks sanctions", "", "a",
              "Missile test missile tests, missile", "test missile"]
    for text in texts:
        features = sentence_features(text) + ["missil", "test missil", "missil test",
                                              "talk talk", "nothing here", "talk"]
        features += [f"{a} {b}" for a, b in zip(features, features[1:]) if " " not in a + b]
        for feature in features:
            assert _locate(text, feature) == _locate_by_definition(text, feature), (text, feature)
    assert _locate("Talks, talks and more talks on talks.", "talk") == (0, 5)
    assert _locate("a missile test, missile tests", "missil test") == (2, 14)
    assert _word_stem("tests") == "test"


def test_model_cues_are_the_strongest_words_in_order(corpus):
    from framing.topics import train_topic_model

    model = train_topic_model(load_taxonomy())
    texts = [a.norm[s:e] for a in corpus for s, e in a.sentences]
    X = model.vectors(texts)
    seen = 0
    for row, text in enumerate(texts):
        start, end = X.indptr[row], X.indptr[row + 1]
        features = X.indices[start:end]
        for j in range(len(model.topics)):
            weights = X.data[start:end] * model.coef[j, features]
            order = sorted(range(len(features)), key=lambda i: (-weights[i], features[i]))
            expected = []
            for f in order:  # the definition: numpy scalars, every word position tried
                if weights[f] <= 0 or len(expected) >= 3:
                    break
                span = _locate_by_definition(text, model._names[features[f]])
                if span:
                    expected.append((text[span[0]:span[1]], *span))
            assert model.cues_of(X, row, text, j) == expected
            seen += bool(expected)
    assert seen > 50
