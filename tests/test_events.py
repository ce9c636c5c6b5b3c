"""framing.events: events from front matter and events.yml, and automatic grouping."""

import re

import framing

from conftest import SEED_ARTICLES, write_corpus
from test_copies import ANALYSIS, STATE, WIRE

TYPHOON = """TOKYO (AP) - A powerful typhoon slammed into southern Japan on Wednesday, cutting power to thousands of homes and forcing airlines to cancel hundreds of flights.

The storm brought winds of up to 180 kilometers per hour to Okinawa, the weather agency said, and was expected to weaken as it moved north over the weekend.
"""


def without_event(path):
    text = path.read_text(encoding="utf-8")
    return re.sub(r"^event: .*\n", "", text, count=1, flags=re.M)


def test_seeds_regrouped_without_their_event_field(tmp_path):
    root = write_corpus(tmp_path / "c", {p.name: without_event(p) for p in SEED_ARTICLES})
    corpus = framing.load_corpus(root)
    groups = {}
    for a in corpus:
        groups.setdefault(a.event, set()).add(a.id)
        assert a.meta_source["event"] == "inferred"
    assert groups == {
        "auto-2024-04-12": {"afp-2024-04-12", "ap-rewrite-2024-04-14",
                            "independent-2024-04-13", "xinhua-2024-04-12"},
        "auto-2025-10-10": {"yonhap-2025-10-10"},
    }
    event = corpus.events["auto-2024-04-12"]
    assert event.auto and (event.start, event.end) == ("2024-04-12", "2024-04-14")
    assert "Grouped automatically" in event.description


def test_same_week_different_events_are_split(tmp_path):
    root = write_corpus(tmp_path / "c", {
        "wire.txt": "---\ndate: 2024-06-04\n---\n" + WIRE,
        "state.txt": "---\ndate: 2024-06-04\n---\n" + STATE,
        "analysis.txt": "---\ndate: 2024-06-07\n---\n" + ANALYSIS,
        "typhoon.txt": "---\ndate: 2024-06-05\n---\n" + TYPHOON,
    })
    corpus = framing.load_corpus(root)
    assert corpus["wire"].event == corpus["state"].event == corpus["analysis"].event
    assert corpus["typhoon"].event != corpus["wire"].event
    assert corpus["typhoon"].event == "auto-2024-06-05"
    assert corpus["wire"].event == "auto-2024-06-04"


def test_dates_far_apart_are_different_events(tmp_path):
    root = write_corpus(tmp_path / "c", {"a.txt": "---\ndate: 2024-06-04\n---\n" + WIRE,
                                         "b.txt": "---\ndate: 2024-07-04\n---\n" + WIRE})
    corpus = framing.load_corpus(root)
    assert corpus["b"].duplicate_of == "a"  # the same story ...
    assert corpus["a"].event == corpus["b"].event  # ... stays with its original


def test_undated_article_joins_the_most_similar_group(tmp_path):
    root = write_corpus(tmp_path / "c", {
        "wire.txt": "---\ndate: 2024-06-04\n---\n" + WIRE,
        "typhoon.txt": "---\ndate: 2024-06-20\n---\n" + TYPHOON,
        "undated.txt": ANALYSIS,
    })
    corpus = framing.load_corpus(root)
    assert corpus["undated"].event == corpus["wire"].event


def test_name_clash_gets_a_suffix(tmp_path):
    root = write_corpus(tmp_path / "c", {
        "events.yml": "- id: auto-2024-06-04\n  title: taken\n",
        "x.txt": "---\nevent: auto-2024-06-04\n---\n" + TYPHOON,
        "wire.txt": "---\ndate: 2024-06-04\n---\n" + WIRE,
    })
    corpus = framing.load_corpus(root)
    assert corpus["wire"].event == "auto-2024-06-04-2"


def test_grouping_can_be_turned_off(tmp_path):
    root = write_corpus(tmp_path / "c", {"wire.txt": WIRE})
    corpus = framing.load_corpus(root, group_events=False)
    assert corpus["wire"].event is None
