"""framing.layout: each inference rule on snippets written for these tests in many outlets'
styles, negative cases that must stay body, and user rules."""

import pytest

from framing.layout import LayoutError, load_layout, parse_date, split_layout

REUTERS = """North Korea's Kim meets Chinese envoy, pledges closer ties

By Hyonhee Shin

SEOUL, March 3 (Reuters) - North Korean leader Kim Jong Un met a senior Chinese envoy in Pyongyang on Sunday and pledged to deepen ties, state media KCNA said on Monday.

The meeting came weeks after the two countries marked the anniversary of their friendship treaty.

FILE PHOTO: North Korean leader Kim Jong Un attends a meeting in Pyongyang, in this picture released by the Korean Central News Agency. KCNA via REUTERS/File Photo

(Reporting by Hyonhee Shin; Editing by Stephen Coates)
"""

AP = """SEOUL, South Korea (AP) — North Korea fired a ballistic missile into the sea on Tuesday, its neighbors said, days after a Chinese delegation left Pyongyang.

The launch was the first in weeks.

(AP Photo/Ahn Young-joon)

Associated Press writer Mari Yamaguchi in Tokyo contributed to this report.
"""

KCNA = """www.kcna.kp (Juche113.4.13.)

Respected Comrade Kim Jong Un Meets Chinese Party and Government Delegation

Pyongyang, April 13 (KCNA) -- Kim Jong Un, general secretary of the Workers' Party of Korea, met Zhao Leji, who is leading the Chinese party and government delegation, on April 13.

He warmly welcomed the delegation.
"""

GLOBAL_TIMES = """China, DPRK vow to deepen ties as top legislator visits Pyongyang
By Global Times
Published: Apr 12, 2024 09:45 PM

China's top legislator Zhao Leji held talks in Pyongyang on Thursday, pledging to lift bilateral ties to a higher level, experts told the Global Times.

Photo: Xinhua
"""

KYODO = """North Korea's Kim holds talks with China's No. 3 official

BEIJING - North Korean leader Kim Jong Un held talks with Zhao Leji, China's No. 3 official, in Pyongyang on Saturday, state media said.

Zhao's visit was the highest-level by a Chinese official in five years.

==Kyodo
"""

YONHAP = """SEOUL, Oct. 10 (Yonhap) -- North Korean leader Kim Jong-un held talks with Chinese Premier Li Qiang in Pyongyang, the North's state media reported Friday.

This photo, released by the KCNA on Oct. 10, 2025, shows Kim and Li. (For Use Only in the Republic of Korea. No Redistribution) (Yonhap)

The two sides discussed high-level exchanges, it said.

(END)
"""

XINHUA_SITE = """BEIJING, April 12 (Xinhua) -- Chinese President Xi Jinping sent a message to Kim Jong Un on Friday, marking the 75th anniversary of diplomatic ties between the two countries.

Xi said the friendship has been carefully nurtured by leaders of both countries. Enditem

Source: Xinhua | Editor: Liu Wei
"""

TASS = """MOSCOW, June 18. /TASS/. Russian President Vladimir Putin will pay a state visit to the DPRK on June 18-19 at the invitation of Kim Jong Un, the Kremlin press service said.

The two leaders are expected to sign a comprehensive strategic partnership treaty, an aide said.
"""

PAPER = """Kim Jong Un hosts China's third-ranking official
The visit comes as Pyongyang deepens ties with Moscow

Sign up to our free newsletter and get the best of our journalism in your inbox every morning

Zhao Leji arrived in Pyongyang on Thursday for a three-day visit, the highest-level Chinese trip in years.

Read more: Why China is wary of Kim's Russia pivot

Analysts said Beijing wants to keep its influence over its neighbour.

Advertisement

© 2024 Example News Ltd. All rights reserved.
tags: north korea, china, diplomacy
"""

CASES = [
    # name, text, inferred (subset), part kinds expected (in order), body starts with
    ("reuters", REUTERS, {"outlet": "Reuters"},
     ["title", "byline", "dateline", "caption", "byline"], "North Korean leader Kim Jong Un met"),
    ("ap", AP, {"outlet": "AP"}, ["dateline", "credit", "byline"], "North Korea fired"),
    ("kcna", KCNA, {"outlet": "KCNA", "date": "2024-04-13",
                    "title": "Respected Comrade Kim Jong Un Meets Chinese Party and Government Delegation"},
     ["source_line", "title", "dateline"], "Kim Jong Un, general secretary"),
    ("global-times", GLOBAL_TIMES, {"outlet": "Global Times", "date": "2024-04-12"},
     ["title", "byline", "published", "credit"], "China's top legislator"),
    ("kyodo", KYODO, {"outlet": "Kyodo"}, ["title", "dateline", "signoff"], "North Korean leader"),
    ("yonhap", YONHAP, {"outlet": "Yonhap"}, ["dateline", "caption", "signoff"],
     "North Korean leader Kim Jong-un held talks"),
    ("xinhua-site", XINHUA_SITE, {"outlet": "Xinhua"}, ["dateline", "signoff", "byline"],
     "Chinese President Xi Jinping"),
    ("tass", TASS, {"outlet": "TASS"}, ["dateline"], "Russian President Vladimir Putin"),
    ("paper", PAPER, {"title": "Kim Jong Un hosts China's third-ranking official"},
     ["title", "standfirst", "boilerplate", "boilerplate", "boilerplate", "boilerplate", "tags"],
     "Zhao Leji arrived"),
]


@pytest.mark.parametrize("name, text, inferred, kinds, body_start", CASES,
                         ids=[c[0] for c in CASES])
def test_outlet_styles(name, text, inferred, kinds, body_start):
    split = split_layout(text)
    for key, value in inferred.items():
        assert split.inferred.get(key) == value, (key, split.inferred)
    assert [p.kind for p in split.parts] == kinds
    assert split.body.startswith(body_start)
    for part in split.parts:  # every part is verbatim text of the article, at its offsets
        assert text[part.start:part.end] == part.text
        assert part.text not in split.body


def test_a_place_and_a_colon_opening_the_first_paragraph_is_a_dateline():
    text = ("Dengue cases climb in Penang\n\nGEORGE TOWN: Dengue cases in Penang rose by a third "
            "last month, the state health department said.\n\nThe state will spray every "
            "district.\n")
    split = split_layout(text)
    assert [p.kind for p in split.parts] == ["title", "dateline"]
    assert split.body.startswith("Dengue cases in Penang rose")
    later = ("Dengue cases in Penang rose by a third last month, the state health department "
             "said on Monday, and the state will hire more workers.\n\nUPDATE: The state will "
             "spray every district by Friday.\n")
    assert "UPDATE: The state" in split_layout(later).body  # only the first paragraph


def test_body_pieces_map_back_to_the_text():
    split = split_layout(REUTERS)
    for b_start, t_start, length in split.segments:
        assert split.body[b_start:b_start + length] == REUTERS[t_start:t_start + length]
    assert REUTERS[split.to_text_offset(0)] == "N"


@pytest.mark.parametrize("text, must_stay", [
    # a sentence that merely starts with "Published"
    ("Published reports suggest that Kim will visit Beijing next month, officials said.\n\n"
     "Nothing else was said about the trip on Friday by the ministry.", "Published reports"),
    # capitals that are not a city: NATO is not a dateline
    ("NATO Secretary General Mark Rutte said on Monday that the alliance was watching closely.",
     "NATO Secretary General"),
    # one appeal word is not boilerplate
    ("North Korea does not subscribe to the view that sanctions work, its envoy said today.",
     "does not subscribe"),
    # "(Xinhua)" at the end of a body sentence is not a photo credit (no slash)
    ("The two sides signed documents on visas and customs, the agency said. (Xinhua)",
     "signed documents"),
    # a subheading in the middle of the body stays body
    ("Kim met Li on Thursday in Pyongyang for talks on trade and aid, KCNA said.\n\nTrade ties\n\n"
     "China is the North's biggest trading partner by far, customs data show.", "Trade ties"),
    # photos described in a body sentence are not captions
    ("Photos released by KCNA showed Kim smiling with the Chinese delegation at the banquet.",
     "Photos released"),
    # a short article with no long paragraph keeps everything
    ("Kim met Xi.", "Kim met Xi."),
])
def test_body_text_is_not_taken(text, must_stay):
    assert must_stay in split_layout(text).body


WRAPPED = """China's premier arrives in Pyongyang

By Jane Doe

PYONGYANG, Oct 9 (Reuters) - Chinese Premier Li Qiang arrived in Pyongyang on
Thursday for a rare visit, state media said, as Beijing seeks to restore ties
strained by North Korea's deepening military alignment with Russia.

Li is the most senior Chinese official to visit since 2019, and his trip comes
weeks after Kim Jong Un attended a military parade in Beijing, the agency said.
"""


def test_hard_wrapped_paragraphs_are_joined():
    split = split_layout(WRAPPED)
    assert [p.kind for p in split.parts] == ["title", "byline", "dateline"]
    assert split.inferred["outlet"] == "Reuters"
    paragraphs = split.body.split("\n\n")
    assert len(paragraphs) == 2
    assert paragraphs[0].startswith("Chinese Premier Li Qiang arrived in Pyongyang on\nThursday")
    assert paragraphs[1].endswith("the agency said.")


def test_short_last_paragraph_stays_body():
    body = split_layout(KCNA).body
    assert body.endswith("He warmly welcomed the delegation.")


def test_repeated_title_and_header():
    text = (" date 2025-10-10  Kim and Li discuss cooperation: KCNA\n"
            "Kim and Li held talks in Pyongyang on Thursday about trade, the KCNA said on Friday.\n"
            "Kim and Li discuss cooperation: KCNA\n")
    split = split_layout(text)
    assert split.inferred["date"] == "2025-10-10"
    assert split.inferred["title"] == "Kim and Li discuss cooperation: KCNA"
    assert [p.kind for p in split.parts] == ["header", "repeated_title"]


@pytest.mark.parametrize("value, expected", [
    ("10 Oct. 2025, 08:42", "2025-10-10"), ("April 12, 2024", "2024-04-12"),
    ("2024-04-12", "2024-04-12"), ("Apr 12, 2024 09:45 PM", "2024-04-12"),
    ("April 11", None), ("2024-02-30", None), ("not a date", None),
])
def test_parse_date(value, expected):
    assert parse_date(value) == expected


def test_user_rules_run_first_and_extend(tmp_path):
    rules = tmp_path / "layout.yml"
    rules.write_text(
        "name: my-site\nversion: '2'\nrules:\n"
        "  - id: my-briefing\n    kind: boilerplate\n    where: anywhere\n    match: line\n"
        "    pattern: '^Get our daily briefing'\n", encoding="utf-8")
    layout = load_layout(rules)
    assert layout.label == "my-site@2+framing-layout@1.0"
    text = ("Kim met Li in Pyongyang on Thursday for talks, state media said.\n"
            "Get our daily briefing\nMore talks are planned for next year, officials said.")
    split = split_layout(text, layout)
    assert [p.rule for p in split.parts] == ["my-briefing"]
    assert "briefing" not in split.body
    assert "briefing" in split_layout(text).body  # the packaged rules alone keep it


@pytest.mark.parametrize("rule, message", [
    ("  - id: x\n    kind: nonsense\n    pattern: a\n", "unknown kind"),
    ("  - id: x\n    kind: caption\n    pattern: '(unclosed'\n", "does not compile"),
    ("  - id: x\n    kind: caption\n    match: block\n    pattern: a\n", "needs an end"),
    ("  - id: x\n    kind: caption\n", "needs a pattern"),
])
def test_bad_user_rules_are_clear(tmp_path, rule, message):
    path = tmp_path / "layout.yml"
    path.write_text("rules:\n" + rule, encoding="utf-8")
    with pytest.raises(LayoutError, match=message):
        load_layout(path)


def test_required_literals_never_skip_a_match():
    """`_required` gives text that any match of a rule's pattern contains (so a line without
    it is skipped without a search): checked on every line of the corpora of the repository
    and on lines each rule matches; nothing for alternations or patterns ignoring case."""
    import re
    from pathlib import Path

    from framing.layout import _required

    repo = Path(__file__).resolve().parent.parent
    lines = {line for folder in ("corpus", "tests/data") for path in (repo / folder).rglob("*")
             if path.suffix in (".txt", ".md") for line in
             path.read_text(encoding="utf-8", errors="replace").splitlines()}
    lines |= {"Kim Jong Un in Pyongyang. REUTERS/Kim Hong-Ji/File Photo", "By Jane Roe",
              "SEOUL, Oct. 10 (Yonhap) -- Talks", "Beijing, May 2 /Xinhua/ -- Talks",
              "date: 2024-05-01", "kcna.kp (Juche 113.5.1)", "Source: Xinhua"}
    rules = [r for r in load_layout().rules if r.pattern is not None]
    assert any(r.required for r in rules)
    matched = 0
    for rule in rules:
        for line in lines:
            if rule.pattern.search(line):
                matched += 1
                assert all(r in line for r in rule.required), (rule.id, line)
    assert matched > 20
    assert _required(re.compile("(?i)reuters/")) == ()
    assert _required(re.compile("ab|cd")) == ()
    assert _required(re.compile(r"^.*\b(?:REUTERS|Reuters)/x")) == ("R", "/x")


@pytest.mark.parametrize("tail, signoff", [
    ("for a full refund. — VNS", "— VNS"),
    ("before the recount ends. – Rappler.com", "– Rappler.com"),
])
def test_signoff_after_the_last_sentence_leaves_the_sentence_in_the_body(tail, signoff):
    text = ("Officials recalled three batches of the antibiotic on Tuesday after tests found "
            "impurities, the agency said.\n\nThe agency said customers could return them " + tail)
    split = split_layout(text)
    assert split.body.endswith(tail.replace(" " + signoff, ""))
    assert [p.text.strip() for p in split.parts if p.kind == "signoff"] == [signoff]


@pytest.mark.parametrize("value", ["10 Oct 2025, 08:42 IST", "June 3, 2026 14:05 CET"])
def test_parse_date_keeps_quiet_about_unknown_time_zones(value):
    """A dateline with a time zone dateutil does not know gives its date and prints nothing
    on the user's terminal."""
    import warnings

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        found = parse_date(value)
    assert found in ("2025-10-10", "2026-06-03") and not caught
