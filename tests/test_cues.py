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


@pytest.mark.parametrize("content, message", [
    ("verbs: [", "not valid YAML"),
    ("name: x", "expected a mapping with a 'verbs' mapping"),
    ("verbs: {say: {forms: []}}", "verb 'say' needs a list of forms"),
    ("verbs: {say: [said]}\nadjuncts: [on, in]", "'adjuncts' has a yes/no/on/off/null value"),
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
    data["verbs"]["opine"] = {"forms": ["opined", "opines"]}
    path = tmp_path / "cues.yml"
    path.write_text(yaml.safe_dump(data))
    text = "The North will test again, Cheong Seong-chang opined."
    assert quotes_in_text(text).empty
    table = quotes_in_text(text, cues=path)
    assert table.speaker.tolist() == ["Cheong Seong-chang"]
    assert table.cues.tolist() == ["my-cues@2"]
