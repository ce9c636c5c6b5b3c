"""framing.markers: stance markers, scare quotes and names, on snippets written for the tests
(many outlets' styles, other events) and on the seeds."""

from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import framing
from framing.corpus import Article
from framing.lexicon import CATEGORIES
from framing.markers import (MARKER_COLUMNS, RATE_COLUMNS, find_markers, find_single_quotations,
                             marker_highlights, marker_rates)


def article(text: str, id: str = "t") -> Article:
    return Article(id=id, path=Path(f"{id}.txt"), body=text, parts=[])


def stance(text: str) -> list[tuple]:
    """The stance markers (not names) of a snippet: (category, text[, flag]) in text order,
    with the flag "quoted" for a marker inside a quotation and "negated" after a negation."""
    table = find_markers([article(text)])
    out = []
    for row in table[table.category != "naming"].itertuples():
        flags = tuple(f for f, on in (("quoted", row.in_quote), ("negated", row.negated)) if on)
        out.append((row.category, row.text, *flags))
    return out


# (snippet, expected stance markers). Written for these tests in the styles of wires, papers,
# state media and specialist sites, about summits, missile tests and trade disputes.
SNIPPETS = [
    # regime: a label, except in "sanctions regime" and the like
    ("The sanctions regime has failed to stop Pyongyang's nuclear programme.", []),
    ("The export control regime agreed in 2023 has been tightened.", []),
    ("Western diplomats say the regime in Pyongyang is growing more isolated.",
     [("pejorative", "regime")]),
    ("Both regimes ignored the non-proliferation regime.", [("pejorative", "regimes")]),
    # claimed: a judging speech verb, except "claimed the title", "claimed lives", a noun
    ("The Dutch cyclist claimed the title on Sunday after a dramatic sprint.", []),
    ("The war claimed the lives of millions of Koreans and Chinese.", []),
    ("KCNA claimed the satellite had entered orbit, which Seoul's military disputed.",
     [("report_verb", "claimed")]),
    ("The company claims its chips are not subject to the new rules.",
     [("report_verb", "claims")]),
    ("Pyongyang's claims of a successful launch were met with scepticism.", []),
    ("The claims could not be independently verified.",
     [("distancing", "could not be independently verified")]),
    # may: a hedge, not the month
    ("Officials said the launch may have failed.", [("hedge", "may")]),
    ("The leaders will meet again in May, the ministry said.", []),
    ("May 2025 marked the anniversary of the summit.", []),
    ('"The talks may resume soon," a ministry spokesman told reporters.',
     [("hedge", "may", "quoted")]),
    ("'We may walk away,' the British envoy said.", [("hedge", "may", "quoted")]),
    ('He said the deal "might collapse at any moment" if tariffs rose.',
     [("hedge", "might", "quoted")]),
    # hedges
    ("Officials reportedly met in Beijing last week.", [("hedge", "reportedly")]),
    ("It was not immediately clear whether the missile flew over Japan.",
     [("hedge", "not immediately clear")]),
    ("Beijing's tariffs on Australian barley appear to be easing.", [("hedge", "appear to")]),
    ("The trade dispute seems to have cooled, though tariffs remain.", [("hedge", "seems")]),
    ("Rare earth exports were roughly halved, customs data suggested.",
     [("hedge", "roughly"), ("hedge", "suggested")]),
    ("The economy is likely to shrink again, and an estimated 40 percent of people lack food.",
     [("hedge", "likely"), ("hedge", "estimated")]),
    ("The ministry wants talks as soon as possible.", []),
    ("Analysts said the hermit kingdom is perhaps more isolated than ever.",
     [("pejorative", "hermit kingdom"), ("hedge", "perhaps")]),
    # boosters and negation
    ("Xi Jinping said China's position is unwavering and firmly supports peace.",
     [("booster", "unwavering"), ("booster", "firmly")]),
    ("The White House insisted the tariffs were clearly justified.",
     [("report_verb", "insisted"), ("booster", "clearly")]),
    ("Seoul will never accept a nuclear North Korea, the minister said.",
     [("booster", "never")]),
    ("Trade officials did not always agree on the figures.", [("booster", "always", "negated")]),
    ("The launch was not clearly a violation of the resolutions.",
     [("booster", "clearly", "negated")]),
    ("He is not a dictator, the spokesman insisted.",
     [("pejorative", "dictator", "negated"), ("report_verb", "insisted")]),
    # distancing
    ("The so-called peace process has stalled, critics say.", [("distancing", "so-called")]),
    ("Pyongyang allegedly shipped artillery shells to Russia, according to Seoul.",
     [("distancing", "allegedly")]),
    ("North Korea fired missiles on Monday in what analysts described as a provocation.",
     [("distancing", "what analysts described as"), ("pejorative", "provocation")]),
    ('Beijing held what it called "deep" talks with Seoul.',
     [("distancing", "what it called")]),
    ("The ministry said the drills were defensive, without elaborating.",
     [("distancing", "without elaborating")]),
    ("Moscow accused Kyiv of the strike without providing any evidence.",
     [("report_verb", "accused"), ("distancing", "without providing any evidence")]),
    ("The agency said the talks covered 'issues of mutual concern', without specifying.",
     [("distancing", "without specifying")]),
    ("The delegation left Lima without further delay.", []),
    ("She spoke without notes for an hour.", []),
    # scare quotes
    ('The two sides held "deep" talks on Thursday.', [("scare_quote", '"deep"')]),
    ('The reclusive state staged a "spontaneous" rally for the visitors.',
     [("pejorative", "reclusive"), ("scare_quote", '"spontaneous"')]),
    ("The regime's 'charm offensive' has fooled nobody.",
     [("pejorative", "regime"), ("scare_quote", "'charm offensive'")]),
    ("Officials described the meeting as 'productive' but gave no details.", []),
    ('Xi said his "deep" talks with Kim last month were a success.', []),
    ('Beijing and Pyongyang designated 2024 the "China-DPRK Friendship Year".', []),
    ('The envoy said nothing about "the question of the disputed islands" at all.', []),
    ('"We reject the so-called \'peace plan\' outright," the minister said.',
     [("distancing", "so-called", "quoted")]),
    # pejorative labels, both directions
    ("The reclusive state has never allowed independent monitors.",
     [("pejorative", "reclusive"), ("booster", "never")]),
    ("The nuclear-armed North propped up its ailing economy with illicit coal exports.",
     [("pejorative", "nuclear-armed"), ("pejorative", "propped up")]),
    ("The move is seen as an attempt to intimidate Taiwan.", [("pejorative", "intimidate")]),
    ("Chinese warplanes were intimidating fishing boats, the coast guard said.",
     [("pejorative", "intimidating")]),
    ("KCNA said the U.S. imperialists and their south Korean puppets staged reckless drills.",
     [("pejorative", "imperialists"), ("pejorative", "puppets"), ("pejorative", "reckless")]),
    ("The drills are a rehearsal for invasion, KCNA said, calling them a grave provocation.",
     [("pejorative", "provocation")]),
    ("The regime's propaganda machine hailed the launch as a historic triumph.",
     [("pejorative", "regime"), ("pejorative", "propaganda"), ("report_verb", "hailed"),
      ("laudatory", "historic")]),
    # laudatory formulas
    ("The blood-cemented friendship between the two peoples is unbreakable, Rodong Sinmun said.",
     [("laudatory", "blood-cemented"), ("laudatory", "unbreakable")]),
    ("The summit opened a new chapter in the traditional friendship, state media said.",
     [("laudatory", "new chapter"), ("laudatory", "traditional friendship")]),
    ("The traditional China-Vietnam friendship was forged by the elder generation.",
     [("laudatory", "traditional China-Vietnam friendship")]),
    ("The two sides agreed to lift their mutually beneficial cooperation to a higher level.",
     [("laudatory", "mutually beneficial"), ("laudatory", "to a higher level")]),
    ("The steadfast support of the Chinese people is precious, Xinhua said.",
     [("laudatory", "steadfast"), ("laudatory", "precious")]),
    ("Gold and other precious metals rose as the trade war escalated.", []),
    ("The stock market hit a historic low as the tariffs bit.", []),
    ("The talks were held in a cordial and fruitful atmosphere.",
     [("laudatory", "cordial"), ("laudatory", "fruitful")]),
    ("The two armies are comrades-in-arms, the defence minister said.",
     [("laudatory", "comrades-in-arms")]),
    # honorifics
    ("Respected Comrade Kim Jong Un inspected the site and gave on-the-spot guidance.",
     [("honorific", "Respected"), ("honorific", "Comrade")]),
    ("A respected analyst at the Asan Institute said the visit was largely symbolic.",
     [("hedge", "largely")]),
    ("The widely respected Korea Institute for National Unification published the data.", []),
    ("Under the wise leadership of General Secretary Xi Jinping, ties have reached new heights.",
     [("laudatory", "wise leadership"), ("honorific", "General Secretary"),
      ("laudatory", "new heights")]),
    ("Marshal Kim Jong Un oversaw the test.", [("honorific", "Marshal")]),
    ("Both sides marshal their forces near the border.", []),
    # judging speech verbs
    ("Beijing denied the allegations and accused Washington of bullying.",
     [("report_verb", "denied"), ("report_verb", "accused")]),
    ("Travellers were denied entry at the border crossing in Dandong.", []),
    ("The minister admitted that the talks had stalled.", [("report_verb", "admitted")]),
    ("Two soldiers were admitted to hospital after the drill.", []),
    ("The country's leader Kim Jong Un boasted that the new missile could reach the US.",
     [("report_verb", "boasted"), ("hedge", "could")]),
    ("South Korea's defence ministry warned that the North could conduct a nuclear test.",
     [("report_verb", "warned"), ("hedge", "could")]),
    ("China has repeatedly vowed to retaliate against the tariffs.", [("report_verb", "vowed")]),
    ("The Kremlin slammed the sanctions as illegitimate, TASS reported.",
     [("report_verb", "slammed")]),
    ("A loud blast was heard near the border.", []),
    ("The ministry blasted the report as fabricated.", [("report_verb", "blasted")]),
    ("US President Donald Trump threatened new tariffs on Chinese goods.",
     [("report_verb", "threatened")]),
    ("NK News could not independently confirm the details.",
     [("distancing", "could not independently confirm")]),
    ("The leaders noted the traditionally friendly, good-neighborly relations, TASS said.",
     [("laudatory", "traditionally friendly"), ("laudatory", "good-neighborly")]),
    ("'This is not bluster,' said one former official in Seoul.",
     [("pejorative", "bluster", "quoted", "negated")]),
    ("Chinese state media slammed the decision as 'blackmail'.", [("report_verb", "slammed")]),
    ("Beijing refused to budge on its so-called 'Made in China 2025' plan.",
     [("distancing", "so-called")]),
    # neutral reporting: nothing to find
    ("China is ready to work with the DPRK to strengthen strategic communication, Wang said.",
     []),
    ("Kim and Li discussed trade, the KCNA said on Friday.", []),
]


# Short articles written for the tests about other events, in four outlets' styles: every
# marker expected, so that a reader can check each one by eye.
OTHER_EVENTS = {
    "reuters-missile": (
        "North Korea fired what appeared to be an intercontinental ballistic missile on "
        "Thursday, South Korea's military said, the isolated country's first such launch in "
        "months. The missile may have flown about 1,000 km before landing in the sea, Japanese "
        "officials said, adding that it was not immediately clear whether it had re-entered the "
        "atmosphere. Analysts said the launch was likely intended to pressure Washington ahead "
        "of the U.S. election. The nuclear-armed North has defied U.N. Security Council "
        "resolutions banning its ballistic missile programme. Pyongyang has accused the United "
        "States of hostile policies and says its weapons are for self-defence.",
        [("hedge", "appeared to"), ("pejorative", "isolated country"), ("hedge", "may"),
         ("hedge", "not immediately clear"), ("hedge", "likely"),
         ("pejorative", "nuclear-armed"), ("report_verb", "accused")]),
    "kcna-missile": (
        "Respected Comrade Kim Jong Un, General Secretary of the Workers' Party of Korea, guided "
        "the test-fire of a new-type ICBM on Thursday. The test clearly demonstrated the "
        "invincible might of the DPRK's strategic forces, he said, stressing that the DPRK will "
        "never tolerate the reckless military provocations of the U.S. imperialists and their "
        "south Korean puppets. The people across the country expressed boundless joy at the "
        "great victory and vowed to remain steadfast in defending the glorious socialist "
        "motherland.",
        [("honorific", "Respected"), ("honorific", "Comrade"),
         ("honorific", "General Secretary"), ("booster", "clearly"),
         ("laudatory", "invincible"), ("booster", "never"), ("pejorative", "reckless"),
         ("pejorative", "provocations"), ("pejorative", "imperialists"),
         ("pejorative", "puppets"), ("report_verb", "vowed"), ("laudatory", "steadfast"),
         ("laudatory", "glorious")]),
    "globaltimes-trade": (
        "The so-called 'de-risking' push by Washington is doomed to fail, Chinese experts said "
        "on Monday. The US has accused Chinese companies of dumping, but its unilateral tariffs "
        "clearly violate WTO rules, the experts noted. China has always upheld win-win "
        "cooperation and mutually beneficial trade, and will firmly safeguard its legitimate "
        "rights.",
        [("distancing", "so-called"), ("report_verb", "accused"), ("booster", "clearly"),
         ("booster", "always"), ("laudatory", "win-win"), ("laudatory", "mutually beneficial"),
         ("booster", "firmly")]),
    "bloomberg-trade": (
        "China's exports to the US could fall further this year as tariffs bite, economists "
        "estimate. Beijing allegedly subsidises its electric-vehicle makers, a claim Chinese "
        "officials deny. The dispute may weigh on global growth, though it is unclear how far "
        "either side is willing to go. Officials in Brussels reportedly fear a flood of cheap "
        "steel.",
        [("hedge", "could"), ("hedge", "estimate"), ("distancing", "allegedly"),
         ("report_verb", "deny"), ("hedge", "may"), ("hedge", "unclear"),
         ("hedge", "reportedly")]),
}


@pytest.mark.parametrize("name", list(OTHER_EVENTS))
def test_other_events(name):
    text, expected = OTHER_EVENTS[name]
    assert stance(text) == expected


def test_state_and_wire_styles_differ_on_other_events():
    """State media honour and praise, wires hedge, and both directions label: KCNA's
    pejoratives are aimed at the US and South Korea."""
    articles = [article(text, id=name) for name, (text, _) in OTHER_EVENTS.items()]
    rates = marker_rates(find_markers(articles), articles)
    kcna, reuters = rates.loc["kcna-missile"], rates.loc["reuters-missile"]
    assert kcna.honorific_per_1k > 0 == reuters.honorific_per_1k
    assert kcna.laudatory_per_1k > 0 == reuters.laudatory_per_1k
    assert reuters.hedge_per_1k > kcna.hedge_per_1k
    assert kcna.pejorative_per_1k > 0 and reuters.pejorative_per_1k > 0
    assert rates.loc["bloomberg-trade"].hedge_per_1k > rates.loc["globaltimes-trade"].hedge_per_1k
    assert (rates.loc["globaltimes-trade"].booster_per_1k
            > rates.loc["bloomberg-trade"].booster_per_1k)


def test_at_least_fifty_snippets():
    assert len(SNIPPETS) >= 50
    assert sum(1 for _, expected in SNIPPETS if not expected) >= 15  # negative cases


@pytest.mark.parametrize("text, expected", SNIPPETS, ids=[t[:40] for t, _ in SNIPPETS])
def test_snippet(text, expected):
    assert stance(text) == expected


# (snippet, expected names: (actor, term, text as written))
NAMES = [
    ("DPRK leader Kim Jong Un met Chinese President Xi Jinping in Pyongyang.",
     [("north_korea", "DPRK", "DPRK"), ("kim_jong_un", "leader Kim Jong Un", "leader Kim Jong Un"),
      ("xi_jinping", "Chinese President Xi Jinping", "Chinese President Xi Jinping")]),
    ("The North fired two missiles, the South's military said.",
     [("north_korea", "the North", "The North"), ("south_korea", "the South", "the South")]),
    ("The North Korean leader, Kim Jong-un, left for Russia.",
     [("kim_jong_un", "North Korean leader", "North Korean leader"),
      ("kim_jong_un", "Kim Jong Un", "Kim Jong-un"), ("russia", "Russia", "Russia")]),
    ("Kim Yo Jong, the sister of Kim, criticised Seoul.",
     [("kim_jong_un", "Kim", "Kim"), ("south_korea", "Seoul", "Seoul")]),
    ("General Secretary Kim Jong Un sent a message to General Secretary Xi Jinping.",
     [("kim_jong_un", "General Secretary Kim Jong Un", "General Secretary Kim Jong Un"),
      ("xi_jinping", "General Secretary Xi Jinping", "General Secretary Xi Jinping")]),
    ("Pyongyang said the drills held in Seoul were provocations.",
     [("north_korea", "Pyongyang", "Pyongyang")]),
    ("Washington and Beijing traded barbs, the Washington Post reported.",
     [("united_states", "Washington", "Washington"), ("china", "Beijing", "Beijing")]),
    ("Sanctions on Kim Jong Un's regime were tightened.",
     [("north_korean_state", "Kim Jong Un's regime", "Kim Jong Un's regime")]),
    ("The Chinese Communist Party and the Communist Party of China are one party.",
     [("chinese_state", "Chinese Communist Party", "Chinese Communist Party"),
      ("chinese_state", "Communist Party of China", "Communist Party of China")]),
    ("US troops and the U.S. Navy joined the drill; let us hope for peace.",
     [("united_states", "US", "US"), ("united_states", "U.S.", "U.S")]),
    ("KCNA called south Korea a puppet of the United States.",
     [("south_korea", "south Korea", "south Korea"),
      ("united_states", "United States", "United States")]),
    ("The north of the country was flooded.", []),
    ("Russian President Vladimir Putin landed in Pyongyang; Putin and Kim met without Tokyo's "
     "knowledge, Japan said.",
     [("vladimir_putin", "Russian President Vladimir Putin", "Russian President Vladimir Putin"),
      ("vladimir_putin", "Putin", "Putin"), ("kim_jong_un", "Kim", "Kim"),
      ("japan", "Tokyo", "Tokyo"), ("japan", "Japan", "Japan")]),
    ("China's premier visited the reclusive North on the 80th anniversary.",
     [("china", "China", "China"), ("north_korea", "reclusive North", "reclusive North")]),
]


@pytest.mark.parametrize("text, expected", NAMES, ids=[t[:40] for t, _ in NAMES])
def test_names(text, expected):
    table = find_markers([article(text)])
    names = table[table.category == "naming"]
    assert list(zip(names.actor, names.term, names.text)) == expected


def test_columns_and_offsets(corpus):
    table = find_markers(corpus)
    assert list(table.columns) == MARKER_COLUMNS
    assert set(table.category) <= set(CATEGORIES)
    bodies = {a.id: a.body for a in corpus}
    for row in table.itertuples():
        assert bodies[row.article_id][row.start:row.end] == row.text
        sentences = corpus[row.article_id].sentences
        s, e = sentences[row.sentence]
        assert s <= row.start < e
    assert set(table.lexicon) == {"framing-stance@1.1", "framing-naming@1.0"}


def test_typographic_quotes_and_dashes():
    table = find_markers([article("The \u201cdeep\u201d talks were \u2018historic\u2019 "
                                  "and blood\u2010cemented.")])
    rows = table[table.category != "naming"]
    assert list(zip(rows.category, rows.text)) == [
        ("scare_quote", "\u201cdeep\u201d"), ("scare_quote", "\u2018historic\u2019"),
        ("laudatory", "historic"), ("laudatory", "blood\u2010cemented")]
    assert not rows.in_quote.iloc[0]
    assert rows.in_quote.iloc[2]  # the word inside the scare quote is a quoted word


def test_hard_wrapped_lines_and_paragraph_breaks():
    text = ("Officials hailed the traditional\nfriendship and the blood-\ncemented ties.\n\n"
            "Traditional\n\nfriendship")
    rows = find_markers([article(text)])
    assert list(zip(rows.category, rows.text)) == [
        ("report_verb", "hailed"), ("laudatory", "traditional\nfriendship"),
        ("laudatory", "blood-\ncemented")]


def test_multi_paragraph_quotation_is_in_quote():
    text = ('The minister said:\n\n"We may talk.\n\n"Or we may not," he added.\n\n'
            "Officials may disagree.")
    table = find_markers([article(text)])
    hedges = table[table.category == "hedge"]
    assert hedges.in_quote.tolist() == [True, True, False]


# ---------------------------------------------------------------------------- quotes table


SCARE = 'Xi said his "deep" talks with Kim were a success.'


def quotes_frame(rows):
    return pd.DataFrame(rows, columns=["article_id", "speaker", "kind", "start", "end"])


def test_scare_quote_without_quotes_table_uses_attribution():
    assert stance(SCARE) == []  # "said": a partial quote of Xi


def test_quotes_table_decides_instead_of_the_heuristic():
    inner = SCARE.index("deep")
    a = article(SCARE)
    quoted = quotes_frame([("t", "Xi Jinping", "partial", inner, inner + 4)])
    assert (find_markers([a], quotes=quoted).category == "scare_quote").sum() == 0
    elsewhere = quotes_frame([("t", "Xi Jinping", "indirect", 0, 2),
                              ("other", "Xi Jinping", "partial", inner, inner + 4)])
    rows = find_markers([a], quotes=elsewhere)
    scare = rows[rows.category == "scare_quote"]
    assert scare[["text", "start", "end"]].values.tolist() == [['"deep"', inner - 1, inner + 5]]
    empty = quotes_frame([])
    assert (find_markers([a], quotes=empty).category == "scare_quote").sum() == 1


def test_quotes_table_overlap_is_enough():
    a = article('The two sides held "deep" talks on Thursday.')
    inner = a.body.index("deep")
    reported = quotes_frame([("t", "KCNA", "indirect", 0, inner + 2)])
    assert (find_markers([a], quotes=reported).category == "scare_quote").sum() == 0


def test_quotes_table_needs_its_columns():
    with pytest.raises(framing.errors.FramingError, match="missing column"):
        find_markers([article(SCARE)], quotes=pd.DataFrame({"article_id": ["t"]}))


def test_single_quotations_leave_apostrophes_alone():
    text = ("The allies' plan, the North's 'peace offensive' and the '90s: "
            "'Fine,' he said. Rock 'n' roll.")
    spans = [text[a + 1:b] for a, b in find_single_quotations(text)]
    assert spans == ["peace offensive", "Fine,"]


# ---------------------------------------------------------------------------- rates, display


def test_rates_leave_quoted_markers_out():
    a = article('Officials may meet. "It may rain," he said. The regime is reclusive.', id="r")
    table = find_markers([a])
    rates = marker_rates(table, [a])
    assert list(rates.columns) == RATE_COLUMNS
    assert a.n_words == 12
    assert rates.loc["r", "hedge_per_1k"] == pytest.approx(1000 / 12)  # one of two hedges
    assert rates.loc["r", "pejorative_per_1k"] == pytest.approx(2000 / 12)
    assert rates.loc["r", "booster_per_1k"] == 0


def test_highlights_point_at_the_markers():
    a = article("The reclusive regime may not clearly 'win'.")
    table = find_markers([a])
    marks = marker_highlights(a, table)
    assert [(a.body[h.start:h.end], h.label) for h in marks] == [
        ("reclusive", "pejorative"), ("regime", "pejorative"), ("may", "hedge"),
        ("clearly", "booster"), ("'win'", "scare_quote")]
    assert marks[3].note == "clearly (negated)"
    assert all(h.layer == "marker" for h in marks)
    assert marker_highlights(article("x", id="other"), table) == []


# ---------------------------------------------------------------------------- the seeds


XINHUA = "zhao-pyongyang-2024-04/xinhua-2024-04-12"
WESTERN = ["zhao-pyongyang-2024-04/afp-2024-04-12", "zhao-pyongyang-2024-04/ap-rewrite-2024-04-14",
           "zhao-pyongyang-2024-04/independent-2024-04-13"]


@pytest.fixture(scope="module")
def seed_rates(corpus):
    return marker_rates(find_markers(corpus), corpus)


def test_state_article_praises_and_honours_more(seed_rates):
    state = seed_rates.loc[XINHUA]
    for other in WESTERN:
        assert state.laudatory_per_1k > 2 * seed_rates.loc[other, "laudatory_per_1k"]
        assert state.honorific_per_1k > seed_rates.loc[other, "honorific_per_1k"] + 5


def test_western_articles_label_and_distance_more(seed_rates):
    state = seed_rates.loc[XINHUA]
    western = seed_rates.loc[WESTERN]
    assert (western.pejorative_per_1k > state.pejorative_per_1k + 5).all()
    assert (western.distancing_per_1k > state.distancing_per_1k).all()


def test_naming_choices_on_the_seeds(corpus):
    table = find_markers(corpus)
    names = table[table.category == "naming"]
    xinhua = names[names.article_id == XINHUA].term.value_counts()
    afp = names[names.article_id == WESTERN[0]].term.value_counts()
    assert xinhua["DPRK"] > 10 and "North Korea" not in xinhua
    assert afp["North Korea"] >= 3 and "DPRK" not in afp
    assert afp["Kim Jong Un's regime"] == 1
    assert "Communist Party of China" in xinhua and "Chinese Communist Party" in afp


def test_readme_rate_table_is_true(corpus):
    """The table of rates in the README is what framing computes on the bundled corpus."""
    from conftest import REPO

    lines = (REPO / "README.md").read_text(encoding="utf-8").splitlines()
    head = lines.index(next(line for line in lines if line.startswith("| outlet | hedge |")))
    columns = [c.strip() for c in lines[head].strip("|").split("|")][1:]
    table = framing.score_corpus(corpus)["articles"].set_index("outlet")
    rows = 0
    for line in lines[head + 2:]:
        if not line.startswith("|"):
            break
        cells = [c.strip() for c in line.strip("|").split("|")]
        outlet = cells[0].replace(" (rewrite)", "")
        for column, value in zip(columns, cells[1:]):
            name = column if column == "tone" else f"{column}_per_1k"
            digits = 2 if column == "tone" else 1
            assert round(table.loc[outlet, name], digits) == float(value), (outlet, column)
        rows += 1
    assert rows == len(corpus)


def test_public_names():
    for name in ("find_markers", "marker_rates", "marker_highlights", "load_lexicon",
                 "article_tone", "sentence_tone", "actor_tone", "distinctive_terms"):
        assert callable(getattr(framing, name)) and name in framing.__all__


WORDS = ["regime", "sanctions", "Kim", "Jong-un's", "the", "North", "may", "May", "not",
         "claimed", "title", "blood-cemented", "U.S.", "DPRK", "Pyongyang", "in", "said",
         "so-called", "traditional", "friendship", "General", "Secretary", "'", '"', "\u201c",
         "\u201d", "\u2019", ",", ".", "\n\n", "-", "\u2014", "...", "(", ")", "Comrade"]


@given(st.lists(st.sampled_from(WORDS), max_size=60),
       st.lists(st.sampled_from([" ", "", "  ", "\n"]), min_size=60, max_size=60))
@settings(max_examples=150, deadline=None)
def test_messy_text_never_breaks_offsets(words, gaps):
    """Whatever the text (odd quotes, stray hyphens, empty paragraphs), every row's offsets
    give back its text and its sentence holds it."""
    body = "".join(w + g for w, g in zip(words, gaps)).strip()
    a = article(body)
    table = find_markers([a])
    for row in table.itertuples():
        assert 0 <= row.start < row.end <= len(body)
        assert body[row.start:row.end] == row.text
        if a.sentences:
            assert 0 <= row.sentence < len(a.sentences)
    assert list(table.columns) == MARKER_COLUMNS
