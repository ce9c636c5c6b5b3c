"""framing.omissions: what each article leaves out that its peers cover, exclusives, blocs."""

import pandas as pd
import pytest

import framing
from framing.omissions import (BLOC_COLUMNS, COMPARISON_COLUMNS, OMISSION_COLUMNS,
                               compare_blocs, compare_topics, find_omissions)
from framing.taxonomy import parse_taxonomy
from framing.topics import detect_topics

from conftest import REPO, write_corpus

EVENT = "zhao-pyongyang-2024-04"
XINHUA = f"{EVENT}/xinhua-2024-04-12"
AFP = f"{EVENT}/afp-2024-04-12"
INDEPENDENT = f"{EVENT}/independent-2024-04-13"
REWRITE = f"{EVENT}/ap-rewrite-2024-04-14"
WESTERN = (AFP, INDEPENDENT, REWRITE)


@pytest.fixture(scope="module")
def seed_topics(corpus):
    return detect_topics(corpus)


@pytest.fixture(scope="module")
def omissions(corpus, seed_topics):
    return find_omissions(corpus, sentence_topics=seed_topics)


def seed_labels():
    import sys

    sys.path.insert(0, str(REPO / "benchmarks"))
    from eval_topics import DATA, read_seed_labels

    labels: dict[str, set] = {}
    for row in read_seed_labels(DATA / "seed_labels.txt"):
        labels.setdefault(row["article_id"], set()).update(row["topics"])
    return labels


def test_columns(omissions):
    assert list(omissions.columns) == OMISSION_COLUMNS
    assert OMISSION_COLUMNS[:6] == ["event", "article_id", "topic", "covered_by", "n_peers",
                                    "evidence"]


@pytest.mark.parametrize("topic", ["nuclear_program", "missiles_weapons_tests", "sanctions",
                                   "russia_alignment", "pandemic_border_closure"])
def test_xinhua_omits_what_the_western_stories_cover(corpus, seed_topics, omissions, topic):
    (row,) = omissions[(omissions.article_id == XINHUA) & (omissions.topic == topic)].itertuples()
    assert row.event == EVENT
    # the AP story counts once: The Independent (the original) names it, not its rewrite
    assert row.covered_by.split(";") == [AFP, INDEPENDENT] and row.n_peers == 2
    assert row.evidence_article in WESTERN and corpus[row.evidence_article].bloc == "independent"
    evidence_article = corpus[row.evidence_article]
    assert evidence_article.body[row.evidence_start:row.evidence_end] == row.evidence
    carriers = seed_topics[(seed_topics.article_id == row.evidence_article)
                           & (seed_topics.topic == topic)]
    assert row.evidence_start in set(carriers.start)  # the evidence carries the topic


def test_humanitarian_conditions_is_covered_by_one_story_only(corpus, seed_topics):
    """Only the AP story (The Independent and its rewrite, one story) mentions food shortages:
    one peer, fewer than the default min_peers=2 of the two peer stories."""
    table = compare_topics(corpus, sentence_topics=seed_topics)
    (row,) = table[(table.article_id == XINHUA)
                   & (table.topic == "humanitarian_conditions")].itertuples()
    assert (row.status, row.n_peers, row.n_peer_stories) == ("not_covered", 1, 2)
    loose = find_omissions(corpus, sentence_topics=seed_topics, min_peers=1)
    (row,) = loose[(loose.article_id == XINHUA)
                   & (loose.topic == "humanitarian_conditions")].itertuples()
    assert row.covered_by == INDEPENDENT and "food shortages" in row.evidence


def test_no_article_is_said_to_omit_what_it_mentions(omissions):
    """Checked against the hand labels of every seed sentence: an omitted topic is never one
    the article covers, even in other words (the AP story's "test fired missiles" are its
    weapons tests, its "the 1950-53 war" its Korean War)."""
    labels = seed_labels()
    for row in omissions.itertuples():
        assert row.topic not in labels[row.article_id], row
    flagged = {(r.article_id, r.topic) for r in omissions.itertuples()}
    assert not {t for a, t in flagged if a in (INDEPENDENT, REWRITE)}


def test_exclusive_topics(corpus, seed_topics):
    table = compare_topics(corpus, sentence_topics=seed_topics)
    assert list(table.columns) == COMPARISON_COLUMNS
    exclusive = table[table.status == "exclusive"]
    assert set(exclusive.topic) >= {"humanitarian_conditions", "korean_war_history"}
    assert set(exclusive.article_id) <= {INDEPENDENT, REWRITE}
    # a story alone in its event has nothing to compare with
    alone = table[table.event == "li-pyongyang-2025-10"]
    assert set(alone.status) == {"covered"} and set(alone.n_peer_stories) == {0}


def test_bloc_view(corpus, seed_topics):
    blocs = compare_blocs(corpus, sentence_topics=seed_topics)
    assert list(blocs.columns) == BLOC_COLUMNS
    state = blocs[(blocs.event == EVENT) & (blocs.bloc == "state")].set_index("topic")
    for topic in ("nuclear_program", "sanctions", "russia_alignment"):
        assert state.loc[topic, "status"] == "omitted"
        assert state.loc[topic, "covered_by"] == f"{AFP};{INDEPENDENT}"
    independent = blocs[(blocs.event == EVENT) & (blocs.bloc == "independent")].set_index("topic")
    assert independent.loc["nuclear_program", "status"] == "exclusive"
    assert independent.loc["nuclear_program", "n_stories"] == 2  # the rewrite counts once
    assert independent.loc["visit_meeting", "status"] == "shared"


# ---- the rules, on hand-made articles whose topics a reader can check by eye

RULES = parse_taxonomy({"name": "rules", "version": "1", "topics": {
    t: {"description": t, "terms": [t]} for t in ("alpha", "beta", "gamma", "delta")}})


def rule_corpus(tmp_path, files):
    root = write_corpus(tmp_path / "c", {
        name: f"---\nevent: e1\noutlet: {outlet}\ndate: 2031-01-0{i + 1}\n"
              + (f"syndicated_from: {copy}\n" if copy else "") + f"---\n{text}\n"
        for i, (name, (outlet, copy, text)) in enumerate(files.items())})
    corpus = framing.load_corpus(root)
    table = detect_topics(corpus, taxonomy=RULES, method="terms", emergent=False)
    return corpus, table


def test_rules(tmp_path):
    corpus, table = rule_corpus(tmp_path, {
        "a.txt": ("Xinhua", None, "Talks covered alpha and beta."),
        "b.txt": ("AFP", None, "Gamma came first; alpha was next."),
        "c.txt": ("AP", None, "They discussed alpha, then gamma and delta."),
        "c2.txt": ("The Independent", "c", "They discussed alpha, then gamma."),
        "d.txt": ("Reuters", None, "Delta came up."),
    })
    assert corpus["c2"].duplicate_of == "c"
    assert [a.duplicate_of for a in corpus if a.id != "c2"] == [None] * 4
    out = find_omissions(corpus, sentence_topics=table, taxonomy=RULES)
    got = {(r.article_id, r.topic): (r.covered_by, r.n_peers) for r in out.itertuples()}
    assert got == {
        ("a", "gamma"): ("b;c", 2),            # the c story counts once (c, not c2)
        ("a", "delta"): ("c;d", 2),
        ("b", "delta"): ("c;d", 2),
        ("d", "alpha"): ("a;b;c", 3),
        ("d", "gamma"): ("b;c", 2),
    }
    compared = compare_topics(corpus, sentence_topics=table, taxonomy=RULES)
    status = {(r.article_id, r.topic): r.status for r in compared.itertuples()}
    assert status[("a", "beta")] == "exclusive" and status[("b", "beta")] == "not_covered"
    # c2's own story (c) is no peer of it; delta from c alone does not make c2 omit it
    assert set(compared[compared.article_id == "c2"].n_peer_stories) == {3}
    assert status[("c2", "delta")] == "not_covered"


def test_fewer_peers_than_min_peers_means_all_of_them(tmp_path):
    corpus, table = rule_corpus(tmp_path, {"a.txt": ("Xinhua", None, "Only alpha here."),
                                           "b.txt": ("AFP", None, "Alpha and beta here.")})
    out = find_omissions(corpus, sentence_topics=table, taxonomy=RULES)
    assert [(r.article_id, r.topic, r.n_peers) for r in out.itertuples()] == [("a", "beta", 1)]
    assert find_omissions(corpus, sentence_topics=table, taxonomy=RULES, min_peers=1).equals(out)


def test_articles_without_event_are_left_out(tmp_path):
    root = write_corpus(tmp_path / "c", {"a.txt": "Only alpha here.", "b.txt": "Alpha, beta."})
    corpus = framing.load_corpus(root, group_events=False)
    table = detect_topics(corpus, taxonomy=RULES, method="terms", emergent=False)
    assert find_omissions(corpus, sentence_topics=table).empty
    assert compare_topics(corpus, sentence_topics=table).empty


def test_identical_on_reruns(corpus, omissions):
    again = find_omissions(corpus, sentence_topics=detect_topics(corpus))
    pd.testing.assert_frame_equal(omissions, again)
    assert not find_omissions(corpus).empty  # computes the topics itself when not given


def test_readme_excerpt_is_true(corpus, omissions):
    """The omissions table shown in the README is what framing finds."""
    import re

    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Topics and omissions"):text.index("**Emergent topics**")]
    rows = [line.split(" | ") for line in section.splitlines()
            if line.startswith("| ") and "-2024-" in line]
    assert len(rows) >= 4
    found = {(r.article_id.split("/")[1], r.topic): r for r in omissions.itertuples()}
    for article, topic, covered_by, evidence in rows:
        row = found[(article.lstrip("| "), topic)]
        assert [c.split("/")[1] for c in row.covered_by.split(";")] == covered_by.split("; ")
        for fragment in re.split(r"\s*\[\.\.\.\]\s*", evidence.rstrip(" |")):
            assert fragment.replace("'", "\u2019") in row.evidence or fragment in row.evidence
