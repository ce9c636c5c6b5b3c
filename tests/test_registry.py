"""framing.registry: the packaged source registry, lookups, and user registries."""

import pytest

from framing.errors import FramingError
from framing.registry import SOURCE_TYPES, RegistryError, alias_key, load_registry

SPEC_SOURCES = {  # SPEC section 5: canonical names the default registry must include
    "KCNA": "state-media", "North Korean state media": "state-media",
    "Rodong Sinmun": "state-media", "Xinhua": "state-media", "Chinese state media": "state-media",
    "CGTN": "state-media", "Global Times": "state-media", "China Daily": "state-media",
    "People's Daily": "state-media", "TASS": "state-media", "AP": "news-media",
    "AFP": "news-media", "Reuters": "news-media", "Yonhap": "news-media",
    "South Korean media": "news-media", "Kim Jong Un": "government-official",
    "Xi Jinping": "government-official", "Li Qiang": "government-official",
    "Zhao Leji": "government-official", "Choe Ryong Hae": "government-official",
    "Wang Yi": "government-official", "Vladimir Putin": "government-official",
    "Chinese government": "government", "North Korean government": "government",
    "US government": "government", "South Korean government": "government",
    "Russian government": "government", "Japanese government": "government",
}


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def test_spec_names_and_types(registry):
    for name, source_type in SPEC_SOURCES.items():
        assert registry.sources[name].source_type == source_type, name


@pytest.mark.parametrize("alias, name", [
    ("Korean Central News Agency", "KCNA"), ("the North's official Korean Central News Agency", "KCNA"),
    ("North Korean state media", "North Korean state media"), ("the North\u2019s state media", "North Korean state media"),
    ("South Korean local media reports", "South Korean media"), ("Beijing", "Chinese government"),
    ("the Chinese premier", "Li Qiang"), ("General Secretary Xi", "Xi Jinping"),
    ("Kim Jong-un", "Kim Jong Un"), ("Seoul's unification ministry", "South Korean Unification Ministry"),
    ("officials", "Unnamed officials"), ("people familiar with the matter", "Unnamed sources"),
])
def test_aliases(registry, alias, name):
    assert registry.lookup(alias, outlets_only=False).name == name


def test_outlet_lookups_are_unchanged_for_the_loader(registry):
    assert registry.lookup("Xinhua News Agency").name == "Xinhua"
    assert registry.lookup("Beijing") is None  # a government is not an outlet
    assert registry.lookup("the Chinese premier") is None
    assert registry.lookup("Russian state media").outlet_type == "russian-state"


def test_no_alias_names_two_sources(registry):
    seen = {}
    for src in registry.sources.values():
        for alias in (src.name, *src.aliases):
            key = alias_key(alias)
            assert seen.setdefault(key, src.name) == src.name, alias


def test_every_source_is_typed(registry):
    for src in registry.sources.values():
        assert src.source_type in SOURCE_TYPES
        assert src.kind in ("person", "organisation", "group")
        assert src.country is None or len(src.country) == 2
        if src.source_type == "government-official":
            assert src.surname in src.name.split(), src.name


def test_surnames_and_heads(registry):
    assert registry.by_surname("Zhao").name == "Zhao Leji"
    assert registry.by_surname("Kim").name == "Kim Jong Un"  # the first Kim listed
    assert registry.by_head("analysts").name == "Unnamed analysts"
    assert registry.by_surname("Nobody") is None


@pytest.mark.parametrize("content, message", [
    ("sources: [", "not valid YAML"),
    ("[1, 2]", "expected a mapping with a 'sources' list"),
    ("sources:\n  - name: X\n    aliases: nope\n", "source 'X': aliases must be a list"),
    ("sources:\n  - {name: X, kind: robot}\n", "kind must be one of"),
    ("sources:\n  - {name: X, outlet_type: blog}\n", "unknown outlet_type 'blog'"),
    ("sources:\n  - {name: X, aliases: [true]}\n", "aliases must be a list of names"),
])
def test_bad_user_registry(tmp_path, content, message):
    path = tmp_path / "mine.yml"
    path.write_text(content)
    with pytest.raises(RegistryError, match=message) as err:
        load_registry(path)
    assert str(err.value).startswith(str(path))
    assert isinstance(err.value, FramingError)


def test_missing_user_registry(tmp_path):
    with pytest.raises(RegistryError, match="cannot read"):
        load_registry(tmp_path / "none.yml")


def test_user_registry_replaces_the_packaged_one(tmp_path):
    path = tmp_path / "mine.yml"
    path.write_text("name: mine\nversion: '3'\nsources:\n"
                    "  - {name: Ri Son Gwon, aliases: [Ri], surname: Ri, source_type: "
                    "government-official, country: KP}\n")
    registry = load_registry(path)
    assert registry.label == "mine@3"
    assert registry.by_surname("Ri").kind == "person"
    assert registry.lookup("Xinhua", outlets_only=False) is None
