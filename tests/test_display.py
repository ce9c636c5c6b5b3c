"""framing.display: escaped, highlighted article HTML; overlapping highlights never nest and do
not depend on the order they are given in; quotes carry their speakers; a legend."""

import itertools
import re

import framing
from framing.display import (Highlight, body_html, legend_html, side_by_side_html,
                             topic_colours)

from conftest import write_corpus

BODY = 'Kim met <script>alert("x")</script> Li & "the friendship is unbreakable," KCNA said.'


def spans(text, sub):
    start = BODY.index(sub)
    return start, start + len(sub)


QUOTE = Highlight(*spans(BODY, "the friendship is unbreakable,"), "quote", "KCNA", "direct")
MARKER = Highlight(*spans(BODY, "unbreakable"), "marker", "laudatory", "unbreakable")
TOPIC = Highlight(*spans(BODY, "friendship is"), "topic", "friendship_solidarity", "term")


def test_text_is_escaped():
    html = body_html(BODY, [QUOTE, MARKER, TOPIC])
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Li &amp; " in html


def test_overlaps_never_nest_and_any_order_gives_the_same_html():
    outputs = {body_html(BODY, list(order))
               for order in itertools.permutations([QUOTE, MARKER, TOPIC])}
    assert len(outputs) == 1
    html = outputs.pop()
    assert not re.search(r"<mark[^>]*>[^<]*<mark", html)  # no mark inside a mark
    # the word covered by all three layers carries all three classes and notes
    assert "class='fr-hl fr-marker fr-quote fr-topic'" in html or \
        "class='fr-hl fr-marker fr-quote'" in html
    assert "quote: KCNA - direct" in html and "marker: laudatory - unbreakable" in html


def test_quotes_end_with_their_speaker():
    html = body_html(BODY, [QUOTE])
    assert html.count("<span class='fr-who'>KCNA</span>") == 1
    assert html.index("fr-who") > html.index("unbreakable")
    assert "fr-who" not in body_html(BODY, [QUOTE], speakers=False)


def test_hostile_labels_and_notes_are_escaped():
    evil = Highlight(0, 3, "quote", "<img src=x onerror=alert(1)>", "'><script>")
    html = body_html(BODY, [evil])
    assert "<img" not in html and "<script>" not in html


def test_topic_colours_are_shared_and_in_the_legend():
    other = Highlight(0, 3, "topic", "visit_meeting", "term")
    colours = topic_colours([TOPIC, other])
    assert colours == topic_colours([other, TOPIC])  # stable
    assert len(set(colours.values())) == 2
    legend = legend_html([QUOTE, MARKER, TOPIC, other],
                         names={"visit_meeting": "Visit & meeting"})
    assert "Visit &amp; meeting" in legend and "laudatory" in legend and "speaker" in legend
    assert legend_html([]) == ""


def test_side_by_side_colours_a_topic_alike_in_every_article(tmp_path):
    corpus = framing.load_corpus(write_corpus(tmp_path / "c", {
        "a.txt": "---\nevent: e\noutlet: A\n---\nThe talks covered sanctions and trade.\n",
        "b.txt": "---\nevent: e\noutlet: B\n---\nSanctions were not discussed, he said.\n"}))
    a, b = corpus.articles
    hl = {a.id: [Highlight(16, 25, "topic", "sanctions")],
          b.id: [Highlight(0, 9, "topic", "sanctions")]}
    html = side_by_side_html([a, b], hl)
    colour = topic_colours([hl[a.id][0]])["sanctions"]
    assert html.count(f"--fr-topic: {colour}") == 2
    assert "<div class='fr-legend'>" in html
    assert "<div class='fr-legend'>" not in side_by_side_html([a, b], hl, legend=False)


def test_article_repr_html_highlights_and_escapes(tmp_path):
    corpus = framing.load_corpus(write_corpus(tmp_path / "c", {
        "x.txt": "---\noutlet: Example\ntitle: <b>T</b>\n---\n"
                 "The reclusive regime <script>x()</script> said \"talks are unbreakable,\" "
                 "KCNA reported.\n"}))
    html = corpus.articles[0]._repr_html_()
    assert "<script>x()" not in html and "&lt;script&gt;x()&lt;/script&gt;" in html
    assert "<b>T</b>" not in html
    assert "fr-marker" in html and "fr-quote" in html and "fr-who'>KCNA<" in html


def test_article_repr_html_uses_its_corpus_vocabularies(tmp_path):
    """An article shown on its own in Jupyter has the quotes of the tables: its corpus'
    cues.yml and outlets.yml count."""
    text = ("---\noutlet: Kazinform\n---\nGovernor Aliya Serikova tasked the police to "
            "close the bridge. Roads will stay shut, SDN reported.\n")
    root = write_corpus(tmp_path / "c", {"a.txt": text})
    before = framing.load_corpus(root)[0]._repr_html_()
    assert "fr-who'>Aliya Serikova<" not in before and "fr-who'>Steppe Daily News<" not in before
    (root / "cues.yml").write_text("extends: framing-quote-cues\nverbs:\n"
                                   "  task: {forms: [tasked]}\n")
    (root / "outlets.yml").write_text("outlets:\n  Steppe Daily News: {outlet_type: other, "
                                      "country: KZ, aliases: [SDN]}\n")
    corpus = framing.load_corpus(root)
    assert not corpus.problems
    html = corpus[0]._repr_html_()
    quotes = framing.score_corpus(corpus)["quotes"]
    assert quotes.speaker.tolist() == ["Aliya Serikova", "Steppe Daily News"]
    assert "fr-who'>Aliya Serikova<" in html and "fr-who'>Steppe Daily News<" in html
