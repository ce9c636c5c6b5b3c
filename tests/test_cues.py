"""framing.cues: the attribution vocabulary as a codebook, and user vocabularies."""

import pytest

from framing.cues import CuesError, load_cues
from framing.errors import FramingError
from framing.quotes import quotes_in_text


def test_packaged_codebook_describes_every_list():
    from framing.resources import read_data_yaml

    data = read_data_yaml("quotes.yml")
    assert data["name"] and data["version"] and data["source"] and data["licence"]
    lists = set(data) - {"name", "version", "source", "licence", "description", "categories"}
    assert lists <= set(data["categories"]), lists - set(data["categories"])


def test_lookups():
    cues = load_cues()
    assert cues.label.startswith("framing-quote-cues@")
    assert cues.forms[("said",)].lemma == "say"
    assert cues.forms[("pointed", "out")].lemma == "point out"
    assert cues.verbs["tell"].addressee and cues.verbs["reaffirm"].needs_that
    assert cues.country_code(["South", "Korea's"]) == "KR"
    assert cues.country_code(["UK"]) == "GB" and cues.country_code(["Uk"]) is None
    assert cues.pronoun_kind("It") == "organisation"
    hits = [m.group() for m in cues.hint.finditer("Noting that, he said. Saying so; sayings.")]
    assert hits == ["Noting", "said", "Saying"]



def test_every_country_code_is_a_string_and_norway_is_no():
    # YAML 1.1 reads a bare NO as false; the vocabulary is read with YAML 1.2's booleans
    cues = load_cues()
    assert all(isinstance(code, str) and len(code) == 2 for code in cues.country_words.values())
    assert cues.country_code(["Oslo"]) == "NO" and cues.country_code(["Norwegian"]) == "NO"
    table = quotes_in_text("The Oslo police said two people were missing.")
    assert table.source_country.tolist() == ["NO"]


def test_yaml_reads_only_true_and_false_as_booleans():
    from framing.corpus import _parse_front_matter
    from framing.resources import parse_yaml

    text = "a: NO\nb: true\nc: no\nd: On\ne: 2026-01-01\nf: False\ng: yes\n"
    expected = {"a": "NO", "b": True, "c": "no", "d": "On", "e": "2026-01-01", "f": False,
                "g": "yes"}
    assert parse_yaml(text) == expected
    assert _parse_front_matter(text) == expected  # the fast loader reads it the same way

@pytest.mark.parametrize("content, message", [
    ("verbs: [", "not valid YAML"),
    ("name: x", "expected a mapping with a 'verbs' mapping"),
    ("verbs: {say: {forms: []}}", "verb 'say' needs a list of forms"),
    ("verbs: {say: [said]}\nadjuncts: [in, null]", "'adjuncts' has an empty, null or true/false"),
    ("verbs: {say: [said]}\nadjuncts: [in, false]", "'adjuncts' has an empty, null or true/false"),
    ("verbs: {say: [said]}\nroles: [a]", "'roles' must be a mapping"),
])
def test_bad_user_file(tmp_path, content, message):
    path = tmp_path / "cues.yml"
    path.write_text(content)
    with pytest.raises(CuesError, match=message) as err:
        load_cues(path)
    assert str(err.value).startswith(str(path)) and isinstance(err.value, FramingError)


def test_user_vocabulary_adds_a_verb(tmp_path):
    from framing.resources import read_data_yaml
    import yaml

    data = read_data_yaml("quotes.yml")
    data["name"], data["version"] = "my-cues", "2"
    data["verbs"]["surmise"] = {"forms": ["surmised", "surmises"]}
    path = tmp_path / "cues.yml"
    path.write_text(yaml.safe_dump(data))
    text = "The North will test again, Cheong Seong-chang surmised."
    assert quotes_in_text(text).empty
    table = quotes_in_text(text, cues=path)
    assert table.speaker.tolist() == ["Cheong Seong-chang"]
    assert table.cues.tolist() == ["my-cues@2"]


_EXTENSION = """extends: framing-quote-cues
name: my-cues
version: "3"
verbs:
  task: {forms: [tasked, tasks]}
titles: [daw]
roles:
  government: [khokimiyat]
remove:
  titles: [lady]
"""

_INSTRUCTED = ("Regional governor Aliya Serikova tasked the emergency services to open "
               "two more shelters.")


def test_extension_adds_to_the_packaged_vocabulary(tmp_path):
    path = tmp_path / "cues.yml"
    path.write_text(_EXTENSION)
    cues, packaged = load_cues(path), load_cues()
    assert cues.label == f"my-cues@3+{packaged.label}"
    assert cues.verbs["task"].forms == ("tasked", "tasks")
    assert set(packaged.verbs) < set(cues.verbs)  # every packaged verb is kept
    assert "daw" in cues.titles and "daw" not in packaged.titles
    assert "lady" in packaged.titles and "lady" not in cues.titles
    assert packaged.titles - {"lady", "lady-elect", "lady-designate"} < cues.titles
    assert "lady-elect" in packaged.titles and "lady-elect" not in cues.titles  # derived forms
    assert "daw-elect" in cues.titles  # follow the list they are derived from
    assert "khokimiyat" in cues.roles["government"] and "ministry" in cues.roles["government"]
    assert quotes_in_text(_INSTRUCTED).empty
    table = quotes_in_text(_INSTRUCTED, cues=path)
    assert table[["speaker", "kind"]].values.tolist() == [["Aliya Serikova", "indirect"]]
    assert table.text.tolist() == ["the emergency services to open two more shelters"]
    assert table.cues.tolist() == [f"my-cues@3+{packaged.label}"]
    # a title the user added is no longer part of the name
    said = "Daw Khin Mar Lwin said prices fell."
    assert quotes_in_text(said).speaker.tolist() == ["Daw Khin Mar Lwin"]
    assert quotes_in_text(said, cues=path).speaker.tolist() == ["Khin Mar Lwin"]


@pytest.mark.parametrize("content, message", [
    ("extends: framing-stance\nverbs: {}", "extends 'framing-stance', but the packaged "
                                            "vocabulary is 'framing-quote-cues'"),
    ("extends: framing-quote-cues\nverb: {}", "unknown key 'verb'"),
    ("extends: framing-quote-cues\nremove: {titles: [grandee]}",
     "remove: 'grandee' is not in framing-quote-cues's 'titles'"),
    ("extends: framing-quote-cues\nremove: {verbs: [whisper]}",
     "remove: 'whisper' is not in framing-quote-cues's 'verbs'"),
    ("extends: framing-quote-cues\nremove: {colours: [red]}", "'colours' is not a list"),
    ("extends: framing-quote-cues\ntitles: hajji", "'titles' must be a list of words"),
    ("extends: framing-quote-cues\nverbs: {opine: {forms: opined}}",
     "verb 'opine' needs a list of forms"),
])
def test_bad_extension(tmp_path, content, message):
    path = tmp_path / "cues.yml"
    path.write_text(content)
    with pytest.raises(CuesError, match=message) as err:
        load_cues(path)
    assert str(err.value).startswith(str(path)) and "\n" not in str(err.value)


def test_corpus_cues_file_is_used_for_scoring(tmp_path):
    import framing

    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text("---\noutlet: Kazinform\ndate: 2026-04-03\n---\n"
                                + _INSTRUCTED + "\n")
    assert framing.score_corpus(framing.load_corpus(root))["quotes"].empty
    (root / "cues.yml").write_text(_EXTENSION)
    corpus = framing.load_corpus(root)
    assert corpus.cues.name == "my-cues" and not corpus.problems
    quotes = framing.score_corpus(corpus)["quotes"]
    assert quotes.speaker.tolist() == ["Aliya Serikova"]
    # a path given to load_corpus wins over the corpus' file
    other = tmp_path / "other.yml"
    other.write_text("extends: framing-quote-cues\nname: other\nversion: '1'\n")
    assert framing.load_corpus(root, cues=other).cues.name == "other"


def test_bad_corpus_cues_file_is_a_problem(tmp_path):
    import framing

    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text("---\noutlet: Kazinform\n---\n" + _INSTRUCTED + "\n")
    (root / "cues.yml").write_text("extends: framing-quote-cues\nverbs: [tasked]\n")
    corpus = framing.load_corpus(root)
    assert [str(p) for p in corpus.problems] == [
        f"{root / 'cues.yml'}: error: attribution vocabulary ignored: 'verbs' must be a mapping"]
    assert corpus.cues is load_cues() and len(corpus.articles) == 1


def _readme_cues(readme: str, tmp_path):
    """The one ``extends: framing-quote-cues`` YAML block of a README, written to a file."""
    import re
    from pathlib import Path

    text = (Path(__file__).resolve().parent.parent / readme).read_text(encoding="utf-8")
    [block] = [b for b in re.findall(r"```yaml\n(.*?)```", text, re.S)
               if "extends: framing-quote-cues" in b]
    path = tmp_path / "cues.yml"
    path.write_text(block)
    return path


def test_readme_example_extends_the_vocabulary(tmp_path):
    """The cues.yml shown in the README loads, adds what it says and removes "lady"."""
    path = _readme_cues("README.md", tmp_path)
    cues = load_cues(path)
    assert cues.label == "kazakh-cues@1+" + load_cues().label
    assert "khokimiyat" in cues.roles["government"] and "lady" not in cues.titles
    text = "President Kassym-Jomart Tokayev tasked the Government to pay compensation."
    assert quotes_in_text(text).empty
    assert quotes_in_text(text, cues=path).speaker.tolist() == ["Kassym-Jomart Tokayev"]
    # "akim" is a title and an official's word: "the akim" refers back to the person
    text = ("Akim of Pavlodar region Daniyar Sarsenov said the dam had held.\n\n"
            "\u201cWe are ready,\u201d the akim stressed.")
    assert quotes_in_text(text).speaker.tolist() == ["Daniyar Sarsenov"]
    table = quotes_in_text(text, cues=path)
    assert table.speaker.tolist() == ["Daniyar Sarsenov"] * 2
    assert set(table.source_type) == {"government-official"}


@pytest.mark.parametrize("addition, text, packaged, extended", [
    # a local word for a city or regional office heads a body's name like "Ministry of"
    ("names: {body_heads: [akimat]}\nroles: {government: [akimat]}",
     "The Akimat of Kostanai Region said 312 houses were flooded.",
     [["Akimat of Kostanai Region", "other"]], [["Akimat of Kostanai Region", "government"]]),
    # a body head alone makes "X of Y" one body's name after "a spokesman for" (its type then
    # unknown)
    ("names: {body_heads: [akimat]}",
     "A spokesman for the Akimat of Kostanai Region said 312 houses were flooded.",
     [["Akimat", "other"]], [["Akimat of Kostanai Region", "other"]]),
    # a plural that names a group as written
    ("names: {group_heads: [beekeepers]}",
     "Local beekeepers said the rains had failed for a third year.",
     [], [["Local beekeepers", "other"]]),
    # letters after a name that are not part of it (matched with their capitals)
    ("names: {post_nominals: [FRCP]}", "Dr Amina Yusuf FRCP said the ward was full.",
     [["Amina Yusuf FRCP", "other"]], [["Amina Yusuf", "other"]]),
])
def test_name_lists_can_be_extended(tmp_path, addition, text, packaged, extended):
    path = tmp_path / "cues.yml"
    path.write_text("extends: framing-quote-cues\n" + addition + "\n")
    columns = ["speaker", "source_type"]
    assert quotes_in_text(text)[columns].values.tolist() == packaged
    assert quotes_in_text(text, cues=path)[columns].values.tolist() == extended


def test_a_file_without_name_lists_gets_the_packaged_ones(tmp_path):
    """A full vocabulary written before the name lists moved into quotes.yml still works;
    one that gives a list uses its own."""
    from framing.resources import read_data_yaml
    import yaml

    data = read_data_yaml("quotes.yml")
    del data["names"]
    path = tmp_path / "old.yml"
    path.write_text(yaml.safe_dump(data))
    packaged = load_cues()
    assert load_cues(path).names == packaged.names
    data["names"] = {"tiers": ["oblast"]}
    path.write_text(yaml.safe_dump(data))
    names = load_cues(path).names
    assert names["tiers"] == {"oblast"} and names["body_heads"] == packaged.names["body_heads"]
    assert "SC" in packaged.names["post_nominals"]  # as written, not folded
    path.write_text("extends: framing-quote-cues\nremove: {names: [SC]}\n")
    assert "SC" not in load_cues(path).names["post_nominals"]


def test_corpus_readme_example_loads(tmp_path):
    """The cues.yml shown in corpus/README.md loads and does what its comment says."""
    path = _readme_cues("corpus/README.md", tmp_path)
    table = quotes_in_text("The Akimat of Kostanai Region said 312 houses were flooded.",
                           cues=path)
    assert table.speaker.tolist() == ["Akimat of Kostanai Region"]
