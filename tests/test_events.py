"""framing.events: events from front matter and events.yml, and automatic grouping."""

import re

import framing

from conftest import SEED_ARTICLES, write_corpus
from test_copies import ANALYSIS, STATE, WIRE

TYPHOON = """TOKYO (AP) - A powerful typhoon slammed into southern Japan on Wednesday, cutting power to thousands of homes and forcing airlines to cancel hundreds of flights.

The storm brought winds of up to 180 kilometers per hour to Okinawa, the weather agency said, and was expected to weaken as it moved north over the weekend.
"""




# Two visits to Pyongyang three months apart, each reported in a state-media and a wire style
# (written for these tests), and one more report of each with no date: the undated wire
# report of the first visit shares its style with the dated wire report of the second.
KCNA_LAVROV = """Pyongyang, June 10 (KCNA) -- Sergei Lavrov, minister of Foreign Affairs of the Russian Federation, arrived in Pyongyang on Tuesday to pay an official goodwill visit to the DPRK.

He was greeted at the airport by Choe Son Hui, member of the Political Bureau of the Central Committee of the Workers' Party of Korea and minister of Foreign Affairs of the DPRK.

At the talks held at the Mansudae Assembly Hall, the two ministers noted with great satisfaction that the invincible friendship between the two countries is growing stronger in the common struggle against the hegemonic policy of the imperialists.

They agreed to further develop the comprehensive strategic partnership in line with the treaty signed by the top leaders of the two countries.

A banquet was given in honour of the Russian delegation at the Okryu Restaurant.
"""

AFP_LAVROV = """Russia's top diplomat Sergei Lavrov met North Korean leader Kim Jong Un in Pyongyang on Wednesday, state media reported, as the two countries tighten a military partnership that has alarmed Seoul and Washington.

Lavrov told Kim that Moscow valued Pyongyang's "unwavering support" for its war in Ukraine, the Korean Central News Agency said.

Western governments say North Korea has sent thousands of troops and millions of artillery shells to Russia, in exchange for oil, food and military technology.

The visit follows the signing last year of a treaty on "comprehensive strategic partnership" between Kim and Russian President Vladimir Putin.
"""

AP_WANG = """SEOUL, South Korea (AP) — China's Foreign Minister Wang Yi arrived in North Korea on Saturday for talks with his counterpart Choe Son Hui, the North's state media said, as Beijing tries to keep its influence over a neighbor that has moved closer to Moscow.

The visit is the first by a Chinese foreign minister to Pyongyang in six years, and comes weeks after North Korea staged a series of missile tests that drew condemnation from Washington and Seoul.

Wang told Choe that China was ready to "write a new chapter" in relations and to deepen exchanges in trade, tourism and culture, according to China's Foreign Ministry.

Analysts say Beijing is uneasy about North Korea's growing military cooperation with Russia, which has included sending troops and artillery shells for the war in Ukraine.

China accounts for most of North Korea's trade, and Chinese tour groups only recently returned to the country after years of border closures.
"""

XINHUA_WANG = """PYONGYANG, Sept. 20 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks here on Saturday with Choe Son Hui, minister of Foreign Affairs of the Democratic People's Republic of Korea (DPRK).

Wang, also a member of the Political Bureau of the Communist Party of China Central Committee, said that China and the DPRK are friendly neighbors and that China is ready to write a new chapter of bilateral friendship.

Choe said the DPRK side cherishes the traditional friendship forged by the older generation of leaders and hopes to expand exchanges in economy, trade and culture.

The two sides exchanged views on the situation on the Korean Peninsula.
"""

WIRE_LAVROV = """Russian Foreign Minister Sergei Lavrov held talks in Pyongyang with his North Korean counterpart Choe Son Hui on Tuesday, the North's state media said, the latest sign of deepening ties between Moscow and North Korea.

State media said the two ministers praised the "invincible friendship" between their countries and agreed to develop their "comprehensive strategic partnership," a pact that includes a mutual defence clause.

The United States and South Korea accuse North Korea of supplying troops and artillery shells for Russia's war in Ukraine, which both countries deny.

Analysts in Seoul said the trip also aimed to coordinate positions before a possible visit by Kim Jong Un to Russia.
"""

STATE_WANG = """Wang Yi, member of the Political Bureau of the Central Committee of the Communist Party of China and minister of Foreign Affairs, held talks with Choe Son Hui, minister of Foreign Affairs of the DPRK, in Pyongyang.

Wang said that China is ready to work with the DPRK to write a new chapter in bilateral relations and to implement the important consensus reached by the top leaders of the two parties and the two countries.

Choe said that the DPRK side highly values the traditional friendship between the two parties and countries and is willing to strengthen strategic communication with China.

The two sides also exchanged views on international and regional issues of common concern.
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


def visits_corpus(tmp_path, **extra):
    files = {"kcna-lavrov.txt": "---\ndate: 2031-06-10\noutlet: KCNA\n---\n" + KCNA_LAVROV,
             "afp-lavrov.txt": "---\ndate: 2031-06-11\noutlet: AFP\n---\n" + AFP_LAVROV,
             "ap-wang.txt": "---\ndate: 2031-09-20\noutlet: AP\n---\n" + AP_WANG,
             "xinhua-wang.txt": "---\ndate: 2031-09-20\noutlet: Xinhua\n---\n" + XINHUA_WANG,
             "wire-lavrov.txt": WIRE_LAVROV, "state-wang.txt": STATE_WANG, **extra}
    return write_corpus(tmp_path / "c", files)


def test_undated_reports_join_their_event_not_their_style(tmp_path):
    corpus = framing.load_corpus(visits_corpus(tmp_path, **{"typhoon.txt": TYPHOON}))
    events = {a.id: a.event for a in corpus}
    assert events["kcna-lavrov"] == events["afp-lavrov"] == events["wire-lavrov"] \
        == "auto-2031-06-10"
    assert events["ap-wang"] == events["xinhua-wang"] == events["state-wang"] \
        == "auto-2031-09-20"
    assert events["typhoon"] == "auto-undated"  # shares nothing with either visit


def test_an_undated_article_never_bridges_two_events(tmp_path):
    both = ("Russian Foreign Minister Sergei Lavrov visited Pyongyang in June and Chinese "
            "Foreign Minister Wang Yi in September, each holding talks with Choe Son Hui, as "
            "Moscow and Beijing compete for influence in North Korea.\n")
    corpus = framing.load_corpus(visits_corpus(tmp_path, **{"analysis.txt": both}))
    assert corpus["kcna-lavrov"].event != corpus["ap-wang"].event
    assert corpus["analysis"].event in (corpus["kcna-lavrov"].event, corpus["ap-wang"].event)


def test_raw_seeds_without_any_metadata(raw_corpus):
    """The three Western reports have no date in their text; they still join the Xinhua
    report of the same visit (dated by its sign-off), not the 2025 Yonhap report."""
    events = {a.id[:3]: a.event for a in raw_corpus}
    assert events["000"] == events["001"] == events["002"] == events["003"] == "auto-2024-04-12"
    assert events["004"] == "auto-2025-10-10"


def test_blocks_give_the_same_groups(tmp_path):
    """Similarities are computed in blocks; tiny blocks change nothing."""
    from framing.events import group_events

    corpus = framing.load_corpus(visits_corpus(tmp_path, **{"typhoon.txt": TYPHOON}),
                                 group_events=False)
    ids = lambda groups: [[a.id for a in g] for g in groups]  # noqa: E731
    assert ids(group_events(corpus.articles, chunk_cells=3)) == ids(group_events(corpus.articles))
