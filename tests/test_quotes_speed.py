"""framing.quotes speed work: the fast paths give exactly what the plain ones give."""

import dataclasses
import random

import pytest

from framing.speakers import _TOKEN_RE, Token, tokenize


def _plain_tokenize(text, start=0, end=None):
    """The reference: one match object per token."""
    end = len(text) if end is None else end
    return [Token(m.start(), m.end(), m.group(), m.group().casefold())
            for m in _TOKEN_RE.finditer(text, start, end)]


TEXTS = [
    "",
    "   ",
    "the North's U.S.-led Kim Jong-un, 6:14 a.m.",
    'Rep. Park said: "We won\'t." Mr. Kim__left at 10,000% $3.5 -- Dr.',
    "Koreans' \u00c9mile STRASSE stra\u00dfe \u0130stanbul \ufb01ne _x_ 1950-53 \u2116 \u00bd",
    "  \n\n\t Dr.\nLee (KCNA) said\u00a0today; 'no' \u2014 ok_ok__",
    "Mr.", "Mr. ", "a.m", "U.S.", "x", "_", "__a", "\u0130",
]


@pytest.mark.parametrize("text", TEXTS)
def test_tokenize_matches_plain_finditer(text):
    assert tokenize(text) == _plain_tokenize(text)
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            assert tokenize(text, start, end) == _plain_tokenize(text, start, end)


def test_tokenize_matches_plain_finditer_on_random_text():
    rng = random.Random(3)
    alphabet = "aZ\u00df\u0130\u00e9 _-.,'\"$%:0912()\n\t\u2019Mr.Dr.U.S.\u00a0"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        assert tokenize(text, start, end) == _plain_tokenize(text, start, end)
        assert all(type(t) is Token for t in tokenize(text, start, end))


def test_registry_memo_gives_the_plain_answers():
    import pickle

    from framing.registry import alias_key, load_registry

    registry = load_registry()
    names = [n for src in registry.sources.values() for n in (src.name, *src.aliases)]
    texts = names + [n.upper() for n in names] + ["the " + n for n in names] + [
        "nobody at all", "KCNA", "kcna", "Yonhap", "officials", ""]
    heads = sorted({h for src in registry.sources.values() for h in src.heads}) + ["Officials",
                                                                                   "nouns"]
    surnames = [src.surname for src in registry.sources.values() if src.surname] + ["Nobody"]

    def plain_lookup(text, outlets_only):
        index = registry._outlet_index if outlets_only else registry._index
        name = index.get(alias_key(text))
        return registry.sources.get(name) if name else None

    for _ in range(2):  # the second round answers from the memo
        for text in texts:  # outlets_only and not: two answers for one text
            assert registry.lookup(text, outlets_only=False) is plain_lookup(text, False)
            assert registry.lookup(text) is plain_lookup(text, True)
        for head in heads:
            assert registry.by_head(head) is next(
                (s for s in registry.sources.values() if head.casefold() in s.heads), None)
        for surname in surnames:
            assert registry.by_surname(surname) is next(
                (s for s in registry.sources.values()
                 if s.surname and s.surname.casefold() == surname.casefold()), None)
    assert any(registry.lookup(t) is None and registry.lookup(t, outlets_only=False)
               for t in texts)  # the two indexes do differ
    copy = pickle.loads(pickle.dumps(registry))
    assert "_memos" not in copy.__dict__ and copy == registry
    assert copy.lookup("KCNA") == registry.lookup("KCNA")


# Sentences where "in" and "according" open no cue, open one, or sit at a window's end.
PHRASE_TEXTS = [
    'In the words of one analyst, "the North is waiting." Talks resumed in Seoul.',
    'in the   words \n of Kim, the talks "failed". In the end, "nothing" changed.',
    'In_the__words_of a diplomat, "it is over." "Go," he said in the morning.',
    "In a statement carried by KCNA, the North vowed to respond. \"We are ready,\" it added.",
    'The talks, in the words of Zhao, were "deep". According to Yonhap, "talks ended".',
    "According  \n to the ministry, exports rose. Accordingly, nothing changed in 2023.",
    'He was "in the words" business. in the wordsof. In the ' + " " * 60 + 'words of Lee, "no".',
    "Trade was in decline, published in the Rodong Sinmun on Friday. In the",
    'in the words of "Kim": "no." In THE WORDS OF Park, "yes."',
    '"Quoted," in the words of the KCNA commentary released by the agency.',
]


def _plain(monkeypatch):
    import framing.quotes as fq

    monkeypatch.setattr(fq, "_cue_hits", lambda text, hits, cues: [at for at, _ in hits])
    monkeypatch.setattr(fq, "_may_name_channel", lambda *args: True)


@pytest.mark.parametrize("text", PHRASE_TEXTS)
def test_hit_filter_and_skipped_units_change_no_row(text, monkeypatch):
    from framing.quotes import quotes_in_text

    fast = quotes_in_text(text, outlet="Yonhap")
    with monkeypatch.context() as m:
        _plain(m)
        plain = quotes_in_text(text, outlet="Yonhap")
    assert fast.to_csv() == plain.to_csv()


@pytest.mark.parametrize("text", PHRASE_TEXTS)
def test_a_dropped_hit_never_opens_a_cue(text):
    from framing.cues import load_cues
    from framing.quotes import _cue_hits, _Extractor, _TextArticle
    from framing.registry import load_registry
    from framing.text import normalize, split_sentences

    cues = load_cues()
    article = _TextArticle("t", text, normalize(text), split_sentences(text))
    ex = _Extractor(article, load_registry(), cues)
    toks = tokenize(ex.text)
    index = {t.start: k for k, t in enumerate(toks)}
    kept = set(ex.hits)
    dropped = [m.start() for m in cues.hint.finditer(ex.text) if m.start() not in kept]
    for at in dropped:
        k = index[at]  # a hint word is always a whole token
        for opening in (False, True):
            assert ex._cue_at(toks, k, opening) is None
    found = [index[m.start()] for m in cues.hint.finditer(ex.text)
             if ex._cue_at(toks, index[m.start()], True) is not None]
    assert all(toks[k].start in kept for k in found)
    assert _cue_hits(ex.text, [(0, "in")], cues) in ([], [0])


def test_registry_may_end_is_false_only_when_no_phrase_can_be_found():
    from framing.registry import load_registry

    registry = load_registry()
    names = [n for src in registry.sources.values() for n in (src.name, *src.aliases)]
    for outlets_only in (False, True):
        found = [n for n in names if registry.lookup(n, outlets_only=outlets_only)]
        for name in found:  # every name that is found ends with a word that may end one
            last = name.split()[-1]
            assert registry.may_end(last, outlets_only=outlets_only), name
            assert registry.may_end(last.upper(), outlets_only=outlets_only), name
    assert not registry.may_end("zzyzx", outlets_only=False)
    assert not registry.may_end("said", outlets_only=False)
    assert registry.may_end("Xinhua") and registry.may_end("KCNA")


def test_pronoun_kind_is_the_first_kind_that_lists_the_word():
    from framing.cues import load_cues

    cues = load_cues()
    words = {w for ws in cues.pronouns.values() for w in ws} | {"Said", "HE", "they", "x"}
    for word in sorted(words):
        first = next((k for k, ws in cues.pronouns.items() if word.casefold() in ws), None)
        assert cues.pronoun_kind(word) == first
    shared = dataclasses.replace(cues, pronouns={"person": frozenset({"it", "he"}),
                                                 "organisation": frozenset({"it"})})
    assert shared.pronoun_kind("It") == "person" and shared.pronoun_kind("he") == "person"
