"""framing.vocabulary: weighted log-odds with an informative Dirichlet prior, checked by hand."""

import math
from pathlib import Path

import pytest

from framing.corpus import Article
from framing.errors import FramingError
from framing.vocabulary import TERM_COLUMNS, article_terms, distinctive_terms


def article(id: str, text: str, **meta) -> Article:
    return Article(id=id, path=Path(f"{id}.txt"), body=text, parts=[], **meta)


TINY = [article("a1", "Regime regime talks.", outlet="A"),
        article("b1", "Friendship talks talks.", outlet="B")]


def test_against_a_computation_by_hand():
    """Counts: A = {regime: 2, talks: 1}, B = {friendship: 1, talks: 2}; n_A = n_B = 3.
    The prior is the corpus counts: a_regime = 2, a_talks = 3, a_friendship = 1, a_0 = 6."""
    table = distinctive_terms(TINY, by="outlet", ngram_range=(1, 1), min_count=1,
                              stop_words=None)
    assert list(table.columns) == TERM_COLUMNS
    rows = {(r.group, r.term): r for r in table.itertuples()}

    regime = rows["A", "regime"]
    delta = math.log((2 + 2) / (3 + 6 - 2 - 2)) - math.log((0 + 2) / (3 + 6 - 0 - 2))
    assert regime.log_odds == pytest.approx(delta) == pytest.approx(1.029619, abs=1e-6)
    assert regime.z == pytest.approx(delta / math.sqrt(1 / (2 + 2) + 1 / (0 + 2)))
    assert (regime.count, regime.count_rest) == (2, 0)
    assert regime.per_1k == pytest.approx(2 / 3 * 1000)

    talks = rows["A", "talks"]
    delta = math.log((1 + 3) / (3 + 6 - 1 - 3)) - math.log((2 + 3) / (3 + 6 - 2 - 3))
    assert talks.log_odds == pytest.approx(delta) == pytest.approx(-0.446287, abs=1e-6)
    assert talks.z == pytest.approx(delta / math.sqrt(1 / (1 + 3) + 1 / (2 + 3)))
    # two groups: each is the other's "rest", so the scores are mirror images
    assert rows["B", "talks"].z == pytest.approx(-talks.z)
    assert rows["B", "regime"].z == pytest.approx(-regime.z)
    # sorted by group, then z from the most distinctive down
    assert table.group.tolist() == ["A"] * 3 + ["B"] * 3
    assert table[table.group == "A"].term.tolist() == ["regime", "talks", "friendship"]


def test_prior_size_changes_the_shrinkage():
    strong = distinctive_terms(TINY, ngram_range=(1, 1), min_count=1, stop_words=None)
    weak = distinctive_terms(TINY, ngram_range=(1, 1), min_count=1, stop_words=None,
                             prior_size=0.6)
    z = lambda t: t[(t.group == "A") & (t.term == "regime")].log_odds.item()  # noqa: E731
    a = 0.6 * 2 / 6
    assert z(weak) == pytest.approx(math.log((2 + a) / (3 + 0.6 - 2 - a))
                                    - math.log(a / (3 + 0.6 - a)))
    assert z(weak) > z(strong)


def test_any_number_of_groups_each_against_the_rest():
    articles = [article("x", "Blood-cemented friendship. Friendship forever.", outlet="KCNA",
                        bloc="state"),
                article("y", "Sanctions and missiles. Missiles again.", outlet="AP"),
                article("z", "Tariffs and missiles. Tariffs again.", outlet="Reuters")]
    table = distinctive_terms(articles, by="outlet", ngram_range=(1, 2), min_count=2)
    assert sorted(table.group.unique()) == ["AP", "KCNA", "Reuters"]
    top = table.groupby("group").head(1).set_index("group").term
    assert top.to_dict() == {"AP": "missiles", "KCNA": "friendship", "Reuters": "tariffs"}
    missiles = table[table.term == "missiles"].set_index("group")
    assert missiles.loc["AP", "count_rest"] == 1  # Reuters' one, against AP's two
    by_bloc = distinctive_terms(articles, by="bloc", min_count=2)
    assert set(by_bloc.group) == {"state", "independent"}


def test_phrases_stay_inside_sentences_and_skip_stop_words():
    a = article("a", "Kim left Pyongyang. Xi came to the North's capital.", outlet="A")
    terms = article_terms(a, 1, 2)
    assert "pyongyang xi" not in terms and "kim left" in terms
    assert "north capital" in terms  # possessive dropped
    stop = frozenset({"to", "the"})
    assert not [t for t in article_terms(a, 1, 3, stop)
                if t.split()[0] in stop or t.split()[-1] in stop]
    assert "came to the north" not in article_terms(a, 1, 3, stop)
    assert "came to the" in article_terms(a, 1, 3)


def test_min_count_top_and_copies():
    articles = TINY + [article("c1", "Regime regime regime talks.", outlet="C",
                               duplicate_of="a1")]
    table = distinctive_terms(articles, ngram_range=(1, 1), min_count=3, stop_words=None)
    assert set(table.term) == {"talks"}  # regime: 2, friendship: 1 (the copy is not counted)
    with_copies = distinctive_terms(articles, ngram_range=(1, 1), min_count=3,
                                    stop_words=None, include_copies=True)
    assert set(with_copies.term) == {"talks", "regime"} and set(with_copies.group) == {
        "A", "B", "C"}
    top = distinctive_terms(TINY, ngram_range=(1, 1), min_count=1, stop_words=None, top=1)
    assert top[["group", "term"]].values.tolist() == [["A", "regime"], ["B", "friendship"]]


def test_needs_two_groups_and_valid_options():
    with pytest.raises(FramingError, match="at least two groups"):
        distinctive_terms(TINY, by="bloc")
    with pytest.raises(ValueError, match="ngram_range"):
        distinctive_terms(TINY, ngram_range=(2, 1))


def test_seeds_state_vocabulary(corpus):
    table = distinctive_terms(corpus, by="bloc", min_count=3)
    state = table[table.group == "state"].head(15).term.tolist()
    independent = table[table.group == "independent"].head(15).term.tolist()
    assert "general secretary" in state and "dprk" in state
    assert "north korea" in independent
