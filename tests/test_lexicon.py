"""framing.lexicon: the packaged codebooks, users' own lexicons, one-line errors, inflections."""

from pathlib import Path

import pytest

from framing.corpus import Article
from framing.errors import FramingError
from framing.lexicon import (CATEGORIES, STANCE_CATEGORIES, LexiconError, inflect,
                             load_lexicon, resolve_lexicons)
from framing.markers import find_markers

from conftest import run_cli


def article(text: str) -> Article:
    return Article(id="t", path=Path("t.txt"), body=text, parts=[])


def found(text: str, lexicon=None) -> list[tuple[str, str, str]]:
    table = find_markers([article(text)], lexicon=lexicon)
    table = table[table.category != "naming"]
    return list(zip(table.category, table.term, table.lexicon))


def test_packaged_lexicons_are_codebooks():
    stance = load_lexicon()
    naming = load_lexicon(kind="naming")
    assert (stance.label, naming.label) == ("framing-stance@1.1", "framing-naming@1.0")
    assert stance.kind == "stance" and naming.kind == "naming"
    assert set(stance.groups) == set(STANCE_CATEGORIES) == set(CATEGORIES) - {"naming"}
    for lexicon in (stance, naming):
        assert "CC0" in lexicon.source["licence"]
        assert lexicon.source["references"]
        for name, group in lexicon.groups.items():
            assert len(group["description"]) > 40, name  # a teacher can read what it means
    for name, group in stance.groups.items():
        assert group["source"], name  # every list says where it comes from
    assert {"north_korea", "north_korean_state", "kim_jong_un", "china"} <= set(naming.groups)
    book = stance.codebook()
    assert list(book.columns) == ["category", "actor", "term", "description"]
    assert {"regime", "blood-cemented", "General Secretary", "reportedly"} <= set(book.term)


def test_every_category_has_terms_except_scare_quotes():
    book = load_lexicon().codebook()
    counts = book.category.value_counts()
    for category in STANCE_CATEGORIES:
        if category == "scare_quote":
            assert category not in counts  # a rule on punctuation, not a word list
        else:
            assert counts[category] >= 10, category


@pytest.mark.parametrize("word, forms", [
    ("regime", ["regime", "regimes", "regimed", "regiming"]),
    ("intimidate", ["intimidate", "intimidates", "intimidated", "intimidating"]),
    ("admit", ["admit", "admits", "admited", "admitted", "admiting", "admitting"]),
    ("deny", ["deny", "denies", "denied", "denying"]),
    ("boast", ["boast", "boasts", "boasted", "boasting"]),
    ("allegedly", ["allegedly"]),
    ("so", ["so"]),
])
def test_inflect(word, forms):
    assert inflect(word) == forms


def test_user_lexicon_replaces_the_packaged_one(tmp_path):
    path = tmp_path / "mine.yml"
    path.write_text("""
name: my-hedges
version: "2"
source: {licence: CC0-1.0}
categories:
  hedge:
    description: Old-fashioned hedges.
    terms: [perchance, {term: mayhap, case_sensitive: true}]
""")
    assert found("Perchance the regime may fall, mayhap.", lexicon=path) == [
        ("hedge", "perchance", "my-hedges@2"), ("hedge", "mayhap", "my-hedges@2")]


def test_user_lexicon_extends_the_packaged_one(tmp_path):
    path = tmp_path / "extra.yml"
    path.write_text("""
name: junta-watch
version: "1"
extends: framing-stance
source: {licence: CC-BY-4.0}
categories:
  pejorative:
    terms: [junta, strongman]
remove: [historic]
""")
    label = "junta-watch@1+framing-stance@1.1"
    assert found("The junta's strongman held historic talks with the regime.", lexicon=path) == [
        ("pejorative", "junta", label), ("pejorative", "strongman", label),
        ("pejorative", "regime", label)]


def test_user_naming_lexicon(tmp_path):
    path = tmp_path / "names.yml"
    path.write_text("""
name: myanmar-names
version: "1"
actors:
  myanmar:
    description: The country.
    variants: [Myanmar, Burma, {term: Naypyitaw, unless_before: [in, to]}]
  min_aung_hlaing:
    names: [Min Aung Hlaing]
    titles: [Senior General, junta chief]
""")
    table = find_markers([article("Junta chief Min Aung Hlaing flew to Naypyitaw from Beijing; "
                                  "Burma, or Myanmar, said Naypyitaw would attend.")],
                         lexicon=[path])
    names = table[table.category == "naming"]
    assert list(zip(names.actor, names.term)) == [
        ("min_aung_hlaing", "junta chief Min Aung Hlaing"), ("myanmar", "Burma"),
        ("myanmar", "Myanmar"), ("myanmar", "Naypyitaw")]
    assert set(names.lexicon) == {"myanmar-names@1"}
    assert set(table[table.category != "naming"].lexicon) <= {"framing-stance@1.1"}


@pytest.mark.parametrize("content, message", [
    ("name: x\nversion: 1\ncategories: [hedge", "not valid YAML at line"),
    ("- just\n- a list\n", "expected a mapping"),
    ("version: 1\ncategories: {hedge: {terms: [may]}}\n", "missing 'name'"),
    ("name: x\nversion: 1\n", "needs 'categories' (stance) or 'actors' (naming)"),
    ("name: x\nversion: 1\ncategories: {hedges: {terms: [may]}}\n", "unknown category 'hedges'"),
    ("name: x\nversion: 1\ncategories: {hedge: {terms: may}}\n",
     "categories.hedge.terms must be a list"),
    ("name: x\nversion: 1\ncategories: {hedge: {terms: [[may]]}}\n", "a term must be a string"),
    ("name: x\nversion: 1\ncategories: {hedge: {terms: [{term: may, unles_after: [x]}]}}\n",
     "unknown option 'unles_after'"),
    ("name: x\nversion: 1\ncategories: {hedge: {terms: [may, May]}}\n", "'May' is listed twice"),
    ("name: x\nversion: 1\ncategories: {hedge: {terms: [{term: may, next_word: upper}]}}\n",
     "next_word must be capitalized or not_capitalized"),
    ("name: x\nversion: 1\ncategories: {hedge: {terms: ['... may']}}\n", "'...' only between"),
    ("name: x\nversion: 1\ncategories: {hedge: {terms: [{term: may, inflect: maybe}]}}\n",
     "inflect must be true or false"),
    ("name: x\nversion: 1\nextends: other-stance\ncategories: {}\n", "extends 'other-stance'"),
    ("name: x\nversion: 1\nextends: framing-stance\ncategories: {}\nremove: [histroic]\n",
     "remove: 'histroic' is not a term of framing-stance"),
    ("name: x\nversion: 1\nlexicon: {}\ncategories: {}\n", "unknown key 'lexicon'"),
    ("name: x\nversion: 1\nsettings: {negation: {window: two}}\ncategories: {}\n",
     "settings.negation.window must be a whole number of 1 or more"),
    ("name: x\nversion: 1\nsettings: {scare_quotes: {}}\ncategories: {}\n",
     "unknown setting 'scare_quotes'"),
    ("name: x\nversion: 1\nsettings: {negation: {cues: not}}\ncategories: {}\n",
     "settings.negation.cues must be a list of words"),
])
def test_malformed_lexicon_is_one_clear_line(tmp_path, content, message):
    path = tmp_path / "bad.yml"
    path.write_text(content)
    with pytest.raises(LexiconError) as info:
        load_lexicon(path)
    text = str(info.value)
    assert isinstance(info.value, FramingError)
    assert text.startswith(f"{path}: ") and message in text
    assert "\n" not in text


def test_missing_file_and_wrong_kind(tmp_path):
    with pytest.raises(LexiconError, match="cannot read the lexicon"):
        load_lexicon(tmp_path / "nope.yml")
    with pytest.raises(LexiconError, match="a stance lexicon, expected a naming lexicon"):
        load_lexicon("framing/data/lexicons/stance.yml", kind="naming")
    with pytest.raises(LexiconError, match="a second stance lexicon"):
        resolve_lexicons(["framing/data/lexicons/stance.yml", "framing/data/lexicons/stance.yml"])


def test_cli_reports_a_bad_lexicon_in_one_line(tmp_path):
    path = tmp_path / "bad.yml"
    path.write_text("name: x\nversion: 1\ncategories: {hedge: {terms: [may, may]}}\n")
    result = run_cli("score", "corpus", "--out", str(tmp_path / "out"), "--lexicon", str(path))
    assert result.returncode == 1
    assert result.stderr.strip() == (f"framing: error: {path}: hedge.terms: 'may' is listed "
                                     "twice")
    assert not (tmp_path / "out").exists()


def _pieces_by_definition(text: str) -> tuple[list[int], list[str]]:
    """Tokens' starts and keys as first written: one regex match per piece."""
    import re

    piece = re.compile(r"[^\W_]+(?:['.][^\W_]+)*")
    lower = text.lower()
    keys = [k[:-2] if "'" in k and k.endswith("'s") else k for k in piece.findall(lower)]
    return [m.start() for m in piece.finditer(lower)], keys


@pytest.mark.parametrize("text", [
    "", " ", "...", "a", "Kim Jong-un's U.S.-led regimes", "the allies' plan, 'deep' talks",
    "snake_case and__double x_ _y", "3.5 per cent of U.S. 2024's budget.", "rock 'n' roll's",
    "İstanbul's ÆSIR straße ΣΟΦΊΑ", "北朝鮮の金正恩 said", "متن عربی 'quoted'", "end.'s x'",
    "O'Neill's o'clock a.m. p.m.'s", "tab\there\nline  two\r\n", "x" * 5000 + " y",
])
def test_tokens_split_in_one_pass_equal_the_definition(text):
    from framing.lexicon import tokenize_pieces

    tokens = tokenize_pieces(text)
    assert (tokens.starts, tokens.keys) == _pieces_by_definition(text)


def test_tokens_equal_the_definition_on_the_corpus():
    from framing.corpus import load_corpus
    from framing.lexicon import tokenize_pieces

    root = Path(__file__).resolve().parent.parent
    folders = [root / "corpus", *sorted((root / "tests/data").glob("quotes_heldout*"))]
    for folder in [f for f in folders if f.is_dir()]:
        for a in load_corpus(folder):
            tokens = tokenize_pieces(a.norm, a.sentences)
            assert (tokens.starts, tokens.keys) == _pieces_by_definition(a.norm), a.id


def _select_by_definition(matches):
    """`framing.lexicon._select` without its shortcut for matches that never overlap."""
    from framing.lexicon import _select

    return _select(list(matches), shortcut=False)


def test_select_keeps_what_the_full_rule_keeps():
    import random

    from framing.lexicon import Entry, Match, _select

    rng = random.Random(0)
    entries = [Entry(term=f"t{n}", category=c, actor=a) for n, (c, a) in enumerate(
        [("hedge", ""), ("booster", ""), ("naming", "china"), ("naming", "kim"), ("hedge", "")])]
    shortcut = 0
    for _ in range(3000):
        matches = []
        for _ in range(rng.randint(0, 8)):
            i = rng.randrange(20)
            matches.append(Match(rng.choice(entries), i, i + rng.choice([1, 1, 1, 2, 3])))
        if rng.random() < 0.5:  # spread out: mostly no overlap
            matches = [Match(m.entry, 4 * m.i, 4 * m.i + m.j - m.i) for m in matches]
        expected = _select_by_definition(matches)
        assert _select(matches) == expected
        shortcut += len(matches) > 1 and expected == sorted(matches, key=lambda m: (m.i, m.j))
    assert shortcut > 300


def test_plain_entries_skip_the_checks_and_find_the_same(monkeypatch):
    from framing.corpus import load_corpus
    from framing.lexicon import Matcher, tokenize_pieces

    stance, naming = resolve_lexicons()
    assert any(stance.matcher._plain) and not all(stance.matcher._plain)
    texts = [a.norm for a in load_corpus(Path(__file__).resolve().parent.parent / "corpus")]
    texts += ["The regime may hold talks, the so-called regime's claims.",
              "Kim Jong Un, leader Kim, Chairman Kim met Xi; the DPRK's Kim said."]
    for lexicon in (stance, naming):
        fast = [lexicon.matcher.find(tokenize_pieces(t)) for t in texts]
        checked = Matcher(lexicon.entries, lexicon.forms)
        monkeypatch.setattr(checked, "_plain", (False,) * len(lexicon.entries))
        assert fast == [checked.find(tokenize_pieces(t)) for t in texts]
        assert any(fast)
