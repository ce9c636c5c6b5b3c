"""framing.summary: an event's tables scored once, the plain-language summary and the examples
behind every number, on a small made-up corpus (a climate summit, three invented outlets)
whose answers can be checked by eye, and on the bundled seeds."""

import json

import pandas as pd
import pytest

import framing
from framing.errors import FramingError
from framing.summary import article_labels

from conftest import write_corpus

CLIMATE = """
name: climate-test
version: "0.1"
source: written for framing's tests
licence: CC0-1.0
topics:
  finance:
    label: Climate finance
    description: Money for poorer countries to adapt and cut emissions.
    terms: [climate finance, fund*]
  fossil_fuels:
    label: Fossil fuels
    description: Coal, oil and gas, phasing them out or down.
    terms: [fossil fuel*, coal, oil and gas, phase out]
  forests:
    label: Forests
    description: Forests, logging and their loss.
    terms: [forest*, deforestation, logging]
"""


def _front(outlet, kind, country, date, extra=""):
    return (f"---\noutlet: {outlet}\noutlet_type: {kind}\ncountry: {country}\n"
            f"event: cop-2031\ndate: {date}\n{extra}---\n")


# State Herald (state) quotes two Chinese officials and says nothing of fossil fuels or
# forests; Global Wire and Daily Planet (independent) cover both and rely on Xinhua;
# Daily Planet alone leaves out climate finance.
ARTICLES = {
    "cop/herald.txt": _front("State Herald", "chinese-state", "CN", "2031-11-10",
                             "title: Premier urges <b>finance</b> & solidarity\n")
    + "Chinese Premier Li Qiang told the summit on Monday that developed countries must "
      "honour their climate finance pledges.\n\n"
      "\"China will always stand with developing countries,\" Wang Yi said.\n\n"
      "The summit ended with a call for more cooperation.\n",
    "cop/wire.txt": _front("Global Wire", "western-wire", "US", "2031-11-10")
    + "Delegates at the summit failed to agree on a timetable to phase out coal, oil and gas."
      "\n\nLi Qiang urged rich nations to pay more climate finance, Xinhua reported.\n\n"
      "\"We are running out of time,\" said Maria Lopez, a climate researcher at the "
      "University of Lisbon.\n\nLogging cleared vast forests across the Amazon basin this "
      "year.\n",
    "cop/planet.txt": _front("Daily Planet", "western-paper", "GB", "2031-11-11")
    + "The summit ended without a deal to phase out fossil fuels.\n\n"
      "Forests are disappearing faster than ever <script>alert(1)</script> & nobody acts.\n\n"
      "China would not accept binding targets, Xinhua said.\n\n"
      "\"This is a failure,\" said Maria Lopez, a climate researcher.\n",
}


@pytest.fixture(scope="module")
def climate(tmp_path_factory):
    root = tmp_path_factory.mktemp("climate")
    (root / "climate.yml").write_text(CLIMATE, encoding="utf-8")
    corpus = framing.load_corpus(write_corpus(root / "corpus", ARTICLES))
    return framing.event_tables(corpus, "cop-2031", taxonomy=root / "climate.yml")


def test_tables_are_the_events_only(climate):
    assert {a.outlet for a in climate.articles} == {"State Herald", "Global Wire",
                                                    "Daily Planet"}
    assert set(climate["articles"]["article_id"]) == {"cop/herald", "cop/wire", "cop/planet"}
    assert set(climate["sentence_topics"]["taxonomy"]) <= {"climate-test@0.1", "emergent"}
    assert set(climate["topics"]["topic"]) >= {"finance", "fossil_fuels", "forests"}
    assert climate.topic_label("fossil_fuels") == "Fossil fuels"


def test_summary_states_sources_and_omissions(climate):
    lines = framing.summarize_event(climate)
    assert lines[0].startswith("3 articles from 3 outlets (independent media: Global Wire, "
                               "Daily Planet; state media: State Herald)")
    assert "State Herald quotes only Chinese officials (2 attributions)." in lines
    wire = next(line for line in lines if line.startswith("Global Wire quotes"))
    assert "relies on state media: Xinhua" in wire
    planet = next(line for line in lines if line.startswith("Daily Planet quotes"))
    assert "no officials" in planet and "Xinhua" in planet
    assert ("State Herald leaves out Fossil fuels and Forests, which Daily Planet and "
            "Global Wire cover.") in lines
    assert ("Daily Planet leaves out Climate finance, which Global Wire and State Herald "
            "cover.") in lines
    assert not any(line.startswith("Only ") for line in lines)  # every topic has 2 stories
    # nothing from the seeds' world leaks in
    assert not any("KCNA" in line or "North Korea" in line for line in lines)


def test_summary_changes_with_the_tables(tmp_path):
    """Drop the state outlet: no omission of forests is left, nobody quotes only officials."""
    (tmp_path / "climate.yml").write_text(CLIMATE, encoding="utf-8")
    files = {k: v for k, v in ARTICLES.items() if "herald" not in k}
    corpus = framing.load_corpus(write_corpus(tmp_path / "c", files))
    t = framing.event_tables(corpus, "cop-2031", taxonomy=tmp_path / "climate.yml")
    lines = framing.summarize_event(t)
    assert lines[0].startswith("2 articles from 2 outlets (independent media:")
    assert not any("leaves out Forests" in line or "only" in line for line in lines)


def test_index_line(climate):
    assert framing.index_line(climate) == (
        "3 articles from 3 outlets; State Herald omits Fossil fuels and Forests; "
        "Daily Planet omits Climate finance; most quoted: Li Qiang")


def test_summary_markdown_escapes_and_file(climate, tmp_path):
    md = framing.summary_markdown(climate)
    assert md.startswith("## cop") and "- State Herald leaves out" in md
    path = framing.write_event_summary(climate, tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["line"] == framing.index_line(climate)
    assert data["summary"] == framing.summarize_event(climate)
    assert framing.write_event_summary(climate, "") is None


def test_omission_table_has_peer_evidence(climate):
    table = framing.omission_table(climate)
    row = table[(table["article"] == "State Herald") & (table["leaves out"] == "Forests")]
    assert len(row) == 1
    assert row.iloc[0]["covered by"] in ("Global Wire, Daily Planet", "Daily Planet, Global Wire")
    assert "forests" in row.iloc[0]["evidence"].lower()  # a peer sentence, as written
    assert row.iloc[0]["evidence from"] in ("Global Wire", "Daily Planet")


def test_topic_coverage_marks_omissions(climate):
    cov = framing.topic_coverage(climate)
    assert set(cov.columns) == {"article", "topic", "share", "status"}
    herald = cov[cov["article"] == "State Herald"].set_index("topic")
    assert herald.at["Fossil fuels", "status"] == "omitted"
    assert herald.at["Fossil fuels", "share"] == 0
    assert herald.at["Climate finance", "share"] == pytest.approx(1 / 3, abs=1e-3)


def test_top_sources_carry_an_example(climate):
    top = framing.top_sources(climate)
    lopez = top[top["source"] == "Maria Lopez"].iloc[0]
    assert lopez["type"] == "expert" and lopez["n_attributions"] == 2
    assert lopez["quoted by"] == "Daily Planet, Global Wire"
    assert lopez["example"] in ("We are running out of time,", "This is a failure,")
    xinhua = top[top["source"] == "Xinhua"].iloc[0]
    assert xinhua["n_attributions"] == 2  # speaker in one article, channel in the other


def test_source_shares_per_article(climate):
    shares = framing.source_shares(climate)
    herald = shares[(shares["article"] == "State Herald")
                    & (shares["dimension"] == "source_country")]
    assert herald.set_index("value")["share_attributions"].to_dict() == {"CN": 1.0}


def test_marker_examples_point_at_words(seed_tables):
    examples = framing.marker_examples(seed_tables)
    xinhua = examples[(examples["article"] == "Xinhua")
                      & (examples["category"] == "laudatory")].iloc[0]
    assert xinhua["per_1k"] == 22.9 and "traditional friendship" in xinhua["terms"]
    assert "«" in xinhua["examples"] and "»" in xinhua["examples"]
    # every example is the article's own words around the marker
    body = next(a for a in seed_tables.articles if a.outlet == "Xinhua").body
    first = xinhua["examples"].split(" · ")[0].strip("…")
    assert first.replace("«", "").replace("»", "").strip("…") in " ".join(body.split())


def test_naming_variants_and_tone(seed_tables):
    names = framing.naming_variants(seed_tables)
    assert "DPRK ×" in names.at["North Korea", "Xinhua"]
    assert "North Korea ×" in names.at["North Korea", "The Independent"]
    tone = framing.actor_tone_table(seed_tables)
    assert set(tone.columns) == {"article", "actor", "n_sentences", "tone", "example"}
    xinhua = tone[(tone["article"] == "Xinhua") & (tone["actor"] == "North Korea")].iloc[0]
    score, sentence = xinhua["example"].split(") ", 1)
    assert -1 <= float(score.strip("(")) <= 1 and "DPRK" in sentence
    assert "AP (copy)" not in set(tone["article"])  # a copy counts once
    assert tone["tone"].between(-1, 1).all()


def test_seed_summary(seed_tables):
    lines = framing.summarize_event(seed_tables)
    assert "Xinhua quotes only Chinese and North Korean officials" in " ".join(lines)
    afp = next(line for line in lines if line.startswith("AFP quotes"))
    assert "KCNA" in afp and "Xinhua" in afp
    assert "Only The Independent mentions Hardship and human rights, as well as The Korean War." \
        in lines
    xinhua = next(line for line in lines if line.startswith("Xinhua leaves out"))
    assert "Nuclear programme" in xinhua and "Sanctions" in xinhua and \
        "Alignment with Russia" in xinhua


def test_one_article_event(corpus):
    t = framing.event_tables(corpus, "li-pyongyang-2025-10")
    assert framing.summarize_event(t)[0] == "1 article from 1 outlet (independent media: Yonhap)."
    assert framing.event_vocabulary(t).empty
    assert framing.omission_table(t).empty


def test_outlets_subset_and_errors(corpus):
    t = framing.event_tables(corpus, "zhao-pyongyang-2024-04", ["Xinhua", "AFP"])
    assert {a.outlet for a in t.articles} == {"Xinhua", "AFP"}
    with pytest.raises(FramingError, match="no event 'nope'"):
        framing.event_tables(corpus, "nope")


def test_labels_are_unique():
    class A:
        def __init__(self, id, outlet, dup=None):
            self.id, self.outlet, self.duplicate_of = id, outlet, dup
    labels = article_labels([A("a", "AP"), A("b", "AP"), A("c", "AP", "a")])
    assert labels == {"a": "AP", "b": "AP #2", "c": "AP (copy)"}


def test_side_by_side_escapes_and_labels_speakers(climate):
    page = framing.side_by_side(climate)
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; nobody" in page
    assert "<script>alert" not in page and "<b>finance</b>" not in page
    assert "<span class='fr-who'>Wang Yi</span>" in page
    assert "fr-legend" in page and "Fossil fuels" in page  # the legend names topics


@pytest.fixture(scope="module")
def seed_tables(corpus):
    return framing.event_tables(corpus, "zhao-pyongyang-2024-04")


def test_rate_table_matches_articles_csv(seed_tables):
    long = framing.marker_rate_table(seed_tables)
    wide = long.pivot(index="article", columns="category", values="per_1k")
    assert round(wide.at["The Independent", "pejorative"], 1) == 9.6
    assert "AP (copy)" not in wide.index
    assert isinstance(long, pd.DataFrame)


def test_topic_evidence_explains_every_cell(climate):
    why = framing.topic_evidence(climate)
    assert why.at["Fossil fuels", "Global Wire"] == "1: 'phase out'"  # the first term
    assert why.at["Fossil fuels", "State Herald"] == ""  # the omission: no words
    assert why.at["Forests", "Daily Planet"] == "1: 'forests'"


def test_lists_stay_readable():
    from framing.summary import _list

    assert _list(["Sanctions"]) == "Sanctions"
    assert _list(["nuclear", "sanctions", "Russia"]) == "nuclear, sanctions and Russia"
    # items that contain "and" are kept apart
    assert _list(["Hardship and human rights", "The Korean War"]) == \
        "Hardship and human rights, as well as The Korean War"
    assert _list(["Economy, trade and aid", "Sanctions", "Russia"]) == \
        "Economy, trade and aid; Sanctions; and Russia"


def test_country_adjectives_come_from_the_data_file():
    from framing.resources import read_data_yaml
    from framing.summary import _country

    table = read_data_yaml("countries.yml")["adjectives"]
    assert _country("kp") == table["KP"] == "North Korean"
    assert _country("XX") == "XX"  # unknown codes are shown as they are


def test_actor_label_from_the_naming_lexicon(seed_tables):
    from framing.summary import actor_label

    assert actor_label(seed_tables, "kim_jong_un") == "Kim Jong Un"
    assert actor_label(seed_tables, "not_an_actor") == "not_an_actor"
