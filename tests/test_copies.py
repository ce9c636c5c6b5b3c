"""framing.copies: republications and rewrites are copies, other reports of the event are not."""

import itertools

import pandas as pd

import pytest

import framing
from framing.copies import find_copies

from conftest import bench_corpus, write_corpus

# A wire story about an invented event, written for this test ...
WIRE = """MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Tuesday for a two-day visit, the latest sign of deepening ties between Moscow and North Korea as Western governments accuse the two of trading weapons.

Lavrov was greeted at the airport by his North Korean counterpart Choe Son Hui, Russia's foreign ministry said in a statement, adding that the talks would cover "the full range of bilateral cooperation".

The visit comes weeks after South Korean and U.S. officials said North Korea had shipped millions of artillery shells to Russia for use in Ukraine, a charge both countries deny.

Analysts in Seoul said Moscow was seeking more munitions while Pyongyang wanted food, energy and advanced military technology in return.

Lavrov is expected to meet leader Kim Jong Un before flying on to Beijing, where he will hold talks with Chinese Foreign Minister Wang Yi later this week.
"""

# ... the same story republished by a paper, with its own furniture around it ...
REPUBLISHED = """Russia's top diplomat lands in Pyongyang as arms ties deepen

Sign up for our free morning newsletter and never miss a story. Subscribe now.

Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Tuesday for a two-day visit, the latest sign of deepening ties between Moscow and North Korea as Western governments accuse the two of trading weapons.

Lavrov was greeted at the airport by his North Korean counterpart Choe Son Hui, Russia's foreign ministry said in a statement, adding that the talks would cover "the full range of bilateral cooperation".

The visit comes weeks after South Korean and U.S. officials said North Korea had shipped millions of artillery shells to Russia for use in Ukraine, a charge both countries deny.

Lavrov is expected to meet leader Kim Jong Un before flying on to Beijing.
"""

# ... a paraphrased rewrite: same facts and order, wording changed, quotation marks lost ...
REWRITE = """Russia's Foreign Minister Sergei Lavrov came to Pyongyang on Tuesday for a visit of two days, the newest sign of growing ties between Moscow and North Korea while Western governments accuse both of trading weapons.

Lavrov was welcomed at the airport by his North Korean counterpart Choe Son Hui, the Russian foreign ministry said in a statement, adding the talks would cover the whole range of bilateral cooperation.

The trip comes weeks after U.S. and South Korean officials said North Korea had sent millions of artillery shells to Russia to use in Ukraine, a charge that both countries deny.

Analysts in Seoul said Moscow wanted more munitions while Pyongyang sought food, energy and advanced military technology in exchange.

Lavrov is expected to meet leader Kim Jong Un and then fly on to Beijing for talks with Chinese Foreign Minister Wang Yi.
"""

# ... and two other reports of the same event, which are not copies.
STATE = """Pyongyang, June 4 (KCNA) -- Sergei Lavrov, minister of Foreign Affairs of the Russian Federation, arrived in Pyongyang on Tuesday to pay an official goodwill visit to the DPRK.

He was greeted at the airport by Choe Son Hui, member of the Political Bureau of the C.C., Workers' Party of Korea and minister of Foreign Affairs.

The Russian delegation was accorded a warm welcome by officials of the ministry and the Russian ambassador to the DPRK.

The visit will give a fresh impetus to the invincible friendship and the comprehensive strategic partnership between the two countries, which are steadily developing in the common struggle against the hegemonic policy of the imperialists.
"""

ANALYSIS = """North Korea's warmest welcome in years for a Russian envoy says a lot about where Kim Jong Un thinks his future lies.

When Sergei Lavrov stepped off his plane in Pyongyang this week, he found a capital that has spent two years turning away from Beijing's cautious embrace and towards Moscow's war economy.

For China, which has long been the North's main economic lifeline, the visit is an unwelcome reminder that its leverage is shrinking. Trade figures suggest Chinese exports to the North have stagnated while Russian food and fuel deliveries grow.

Diplomats in Seoul expect more visits, and possibly a summit, before the end of the year.
"""


@pytest.fixture(scope="module")
def own_corpus(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("own"), {
        "wire.txt": "---\ndate: 2024-06-04\n---\n" + WIRE,
        "republished.txt": "---\ndate: 2024-06-05\noutlet: The Guardian\n---\n" + REPUBLISHED,
        "rewrite.txt": "---\ndate: 2024-06-06\n---\n" + REWRITE,
        "state.txt": "---\ndate: 2024-06-04\n---\n" + STATE,
        "analysis.txt": "---\ndate: 2024-06-07\n---\n" + ANALYSIS,
    })
    return framing.load_corpus(root)


def pair_similarities(corpus):
    pairs, _ = find_copies(corpus.articles, threshold=0.0)
    return {frozenset((a, b)): s for a, b, s in pairs.itertuples(index=False)}


def test_seed_copy_margin(corpus):
    sims = pair_similarities(corpus)
    ap = frozenset(("zhao-pyongyang-2024-04/ap-rewrite-2024-04-14",
                    "zhao-pyongyang-2024-04/independent-2024-04-13"))
    others = [s for pair, s in sims.items() if pair != ap]
    assert len(others) == 9  # every other pair of the five articles
    assert sims[ap] >= 0.45
    assert max(others) <= 0.15
    # the default threshold (0.25) sits in the gap, twice as far from either side
    assert sims[ap] / 0.25 >= 2 and 0.25 / max(others) >= 2


def test_seed_copies_marked(corpus, raw_corpus):
    copies = {(a.id, a.duplicate_of) for a in corpus if a.duplicate_of}
    assert copies == {("zhao-pyongyang-2024-04/ap-rewrite-2024-04-14",  # the later one
                       "zhao-pyongyang-2024-04/independent-2024-04-13")}
    raw = {frozenset((a.id, a.duplicate_of)) for a in raw_corpus if a.duplicate_of}
    assert raw == {frozenset(("001_54909160757101a8", "002_c0d969a060d2463c"))}
    a = corpus["zhao-pyongyang-2024-04/ap-rewrite-2024-04-14"]
    assert a.copy_similarity == a.nearest_similarity >= 0.45


def test_own_texts_copy_margin(own_corpus):
    sims = pair_similarities(own_corpus)
    same = [frozenset(p) for p in itertools.combinations(["wire", "republished", "rewrite"], 2)]
    assert sims[frozenset(("wire", "republished"))] >= 0.7
    for pair in same:  # the rewrite is a heavy paraphrase: 0.37-0.43
        assert sims[pair] >= 0.35, pair
    others = [s for pair, s in sims.items() if pair not in same]
    assert max(others) <= 0.1


def test_own_texts_one_original(own_corpus):
    assert own_corpus["wire"].duplicate_of is None  # the earliest
    assert own_corpus["republished"].duplicate_of == "wire"
    assert own_corpus["rewrite"].duplicate_of == "wire"
    assert own_corpus["state"].duplicate_of is None
    assert own_corpus["analysis"].duplicate_of is None


def test_declared_syndication(tmp_path):
    root = write_corpus(tmp_path / "c", {
        "orig.txt": "---\ndate: 2024-06-04\n---\n" + STATE,
        "copy.txt": "---\ndate: 2024-06-04\nsyndicated_from: orig\n---\n" + ANALYSIS,
    })
    corpus = framing.load_corpus(root)
    assert corpus["copy"].duplicate_of == "orig"


def test_tiny_corpora(tmp_path):
    root = write_corpus(tmp_path / "c", {"a.txt": "Kim.", "b.txt": "Li."})
    corpus = framing.load_corpus(root)
    assert all(a.duplicate_of is None for a in corpus)
    pairs, nearest = find_copies(corpus.articles[:1])
    assert pairs.empty and nearest == {}


def test_large_corpus_form_compares_within_a_date_window(own_corpus):
    """Above ``exact_up_to`` articles, each article is compared with its date window only:
    with a window that covers every date it gives exactly the full comparison."""
    articles = own_corpus.articles
    full_pairs, full_nearest = find_copies(articles, threshold=0.0)
    pairs, nearest = find_copies(articles, threshold=0.0, exact_up_to=0, window_days=10_000)
    pd.testing.assert_frame_equal(pairs, full_pairs)
    assert nearest == full_nearest
    same_day, _ = find_copies(articles, threshold=0.0, exact_up_to=0, window_days=0)
    assert set(zip(same_day.article_id, same_day.other_id)) == {("state", "wire")}


def test_windowed_form_keeps_every_similarity_on_a_larger_corpus(tmp_path):
    """The windowed form drops the phrases of a single article (`_shared_columns`) and
    compares blocks of articles: on 300 synthetic articles (shared phrases, copies), with a
    window over every date, the same pairs, similarities and nearest articles as the full
    comparison, to the last bit."""
    bench_corpus(tmp_path, 300, seed=3)
    articles = framing.load_corpus(tmp_path).articles
    full_pairs, full_nearest = find_copies(articles, threshold=0.05)
    pairs, nearest = find_copies(articles, threshold=0.05, exact_up_to=0, window_days=10_000)
    assert len(full_pairs) > 300
    pd.testing.assert_frame_equal(pairs, full_pairs)
    assert nearest == full_nearest
