"""framing.taxonomy: the packaged codebook, users' own codebooks, term matching, bad files."""

import pytest

from framing.errors import FramingError
from framing.taxonomy import TaxonomyError, load_taxonomy, parse_taxonomy

SPEC_TOPICS = ["visit_meeting", "friendship_solidarity", "anniversary_commemoration",
               "cooperation_agreements", "economy_trade_aid", "nuclear_program",
               "missiles_weapons_tests", "sanctions", "russia_alignment",
               "us_south_korea_tensions", "pandemic_border_closure", "humanitarian_conditions",
               "korean_war_history", "leader_summitry", "regional_security"]

CLIMATE = """
name: climate-summit
version: "0.1"
source: written for framing's tests
licence: CC0-1.0
topics:
  finance:
    description: Money for poorer countries to adapt and cut emissions.
    terms: [climate finance, loss and damage, "billion dollars", fund*]
    examples: [Rich nations pledged more money to help vulnerable countries adapt.]
  fossil_fuels:
    description: Coal, oil and gas, phasing them out or down.
    terms: [fossil fuel*, coal, oil and gas, phase out, phase-down]
    exclude: [coal miners' union]
  deforestation:
    description: Forests and their loss.
    examples: [Loggers cleared an area of rainforest the size of a small country last year.]
"""


def topics_of(taxonomy, text):
    return [(m.topic, text[m.start:m.end]) for m in taxonomy.find_terms(text)]


def test_default_codebook_is_the_spec_taxonomy():
    taxonomy = load_taxonomy()
    assert list(taxonomy.topics) == SPEC_TOPICS
    assert taxonomy.label == "dprk-diplomacy@1.0"
    assert taxonomy.licence and taxonomy.source and taxonomy.description
    for topic in taxonomy:
        assert len(topic.description) > 40, topic.id  # a teacher can read what it covers
        assert topic.terms and len(topic.examples) >= 8, topic.id
        assert topic.label != topic.id


def test_user_codebook_for_another_event(tmp_path):
    path = tmp_path / "climate.yml"
    path.write_text(CLIMATE)
    taxonomy = load_taxonomy(path)
    assert taxonomy.label == "climate-summit@0.1"
    text = ("Delegates agreed to phase out coal and to triple climate finance, "
            "but the coal miners' union objected.")
    assert topics_of(taxonomy, text) == [("fossil_fuels", "phase out"), ("fossil_fuels", "coal"),
                                         ("finance", "climate finance")]


@pytest.mark.parametrize("term, text, found", [
    ("test fired", "it test-fired two missiles", "test-fired"),
    ("test fired", "it test fired two missiles", "test fired"),
    ("nuclear-armed", "the nuclear armed North", "nuclear armed"),
    ("sanction*", "firms were sanctioned", "sanctioned"),
    ("closed * borders", "it closed its borders", "closed its borders"),
    ("closed * borders", "it closed borders", "closed borders"),
    ("UN", "the UN council", "UN"),
    ("U.S.-led", "a U.S.-led coalition", "U.S.-led"),
    ("good neighbo*", "\u201cgood neighbours\u201d", "good neighbours"),
    ("Xi's visit", "Xi\u2019s visit", "Xi\u2019s visit"),
])
def test_terms_match(term, text, found):
    from framing.text import normalize

    taxonomy = parse_taxonomy({"name": "t", "version": "1",
                               "topics": {"x": {"description": "d", "terms": [term]}}})
    matches = taxonomy.find_terms(normalize(text))
    assert [text[m.start:m.end] for m in matches] == [found]
    assert matches[0].term == term


@pytest.mark.parametrize("term, text", [
    ("UN", "an un-named source"),            # capitals match only capitals
    ("sanction", "sanctions"),               # no * : whole word only
    ("war", "warships"),
    ("closed * borders", "closed all of its borders"),  # * is at most one word
    ("Russia*", "Prussian"),                 # word boundary at the start
])
def test_terms_do_not_match(term, text):
    taxonomy = parse_taxonomy({"name": "t", "version": "1",
                               "topics": {"x": {"description": "d", "terms": [term]}}})
    assert taxonomy.find_terms(text) == []


def test_exclude_cancels_a_term_inside_it():
    taxonomy = load_taxonomy()
    text = "It launched a series of activities; it launched a missile."
    starts = {m.start for m in taxonomy.find_terms(text) if m.topic == "missiles_weapons_tests"}
    assert text.index("launched a missile") in starts
    assert text.index("launched a series") not in starts
    text = "customs and quarantine for the ceremonial parliament"
    found = {m.topic for m in taxonomy.find_terms(text)}
    assert "pandemic_border_closure" not in found and "anniversary_commemoration" not in found


@pytest.mark.parametrize("content, message", [
    ("name: x\nversion: 1\ntopics: [a, b]\n", "'topics' must map topic ids"),
    ("version: 1\ntopics: {a: {description: d, terms: [x]}}\n", "missing 'name'"),
    ("name: x\ntopics: {a: {description: d, terms: [x]}}\n", "missing 'version'"),
    ("name: x\nversion: 1\ntopics: {a: {terms: [x]}}\n", "topic 'a' has no description"),
    ("name: x\nversion: 1\ntopics: {a: {description: d}}\n", "topic 'a' needs terms or examples"),
    ("name: x\nversion: 1\ntopics: {Bad-Id: {description: d, terms: [x]}}\n", "topic id 'Bad-Id'"),
    ("name: x\nversion: 1\ntopics: {a: {description: d, terms: x}}\n", "terms must be a list"),
    ("name: x\nversion: 1\ntopics: {a: {description: d, terms: [[x]]}}\n", "is not a word"),
    ("name: x\nversion: 1\ntopics: {a: {description: d, terms: ['*']}}\n", "has no words"),
    ("name: x\nversion: 1\ntopics: {a: {description: d, terms: ['* war']}}\n",
     "must stand between two words"),
    ("name: x\nversion: 1\ntopics:\n  a: {description: d, terms: [x]\n", "not valid YAML"),
    ("- just\n- a list\n", "expected a mapping"),
])
def test_bad_codebook_gives_one_line_naming_the_file(tmp_path, content, message):
    path = tmp_path / "mine.yml"
    path.write_text(content)
    with pytest.raises(TaxonomyError) as info:
        load_taxonomy(path)
    text = str(info.value)
    assert text.startswith(str(path)) and message in text and "\n" not in text
    assert isinstance(info.value, FramingError)


def test_missing_codebook_file(tmp_path):
    with pytest.raises(TaxonomyError, match="no such taxonomy file"):
        load_taxonomy(tmp_path / "nope.yml")
    with pytest.raises(TaxonomyError, match="is a folder"):
        load_taxonomy(tmp_path)
