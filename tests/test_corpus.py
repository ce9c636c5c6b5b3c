"""framing.corpus: loading the bundled and raw seeds, metadata sources, every bad input."""

import hashlib
import os

import pytest

import framing
from framing.errors import CorpusError

from conftest import CORPUS, SEED_ARTICLES, split_seed, write_corpus

GOOD = ("Kim Jong Un met Chinese Premier Li Qiang in Pyongyang on Thursday, "
        "the North's state media said on Friday.\n")


def test_bundled_seeds_are_verbatim():
    assert len(SEED_ARTICLES) == 5
    for path in SEED_ARTICLES:
        meta, raw = split_seed(path)
        assert hashlib.sha256(raw).hexdigest() == meta["seed_sha256"]


def test_bundled_corpus_metadata(corpus):
    assert corpus.problems == []
    assert sorted(corpus.events) == ["li-pyongyang-2025-10", "zhao-pyongyang-2024-04"]
    xinhua = corpus["zhao-pyongyang-2024-04/xinhua-2024-04-12"]
    assert (xinhua.outlet, xinhua.outlet_type, xinhua.bloc, xinhua.country, xinhua.date) == (
        "Xinhua", "chinese-state", "state", "CN", "2024-04-12")
    assert xinhua.meta_source["outlet"] == "front_matter"
    assert xinhua.meta_source["title"] == "inferred"
    assert xinhua.extra["seed"] == "003_b7fcf0d635413977.txt"  # unknown keys are kept
    assert corpus.events["zhao-pyongyang-2024-04"].title.startswith("Zhao Leji")


def test_raw_seeds_infer_outlet_and_date(raw_corpus):
    assert [p for p in raw_corpus.problems if p.severity == "error"] == []
    xinhua = raw_corpus["003_b7fcf0d635413977"]
    assert (xinhua.outlet, xinhua.date, xinhua.outlet_type, xinhua.bloc) == (
        "Xinhua", "2024-04-12", "chinese-state", "state")
    assert xinhua.meta_source["outlet"] == xinhua.meta_source["date"] == "inferred"
    yonhap = raw_corpus["004_982a2967bbb49feb"]
    assert (yonhap.outlet, yonhap.date, yonhap.outlet_type) == ("Yonhap", "2025-10-10",
                                                                "south-korean")
    assert raw_corpus["001_54909160757101a8"].outlet == "AP"  # from "AP writer ... contributed"
    afp = raw_corpus["000_2e186767beccf4e0"]  # nothing in the text says AFP
    assert (afp.outlet, afp.meta_source["outlet"]) == ("unknown", "default")


@pytest.mark.parametrize("article_id, absent", [
    ("002_c0d969a060d2463c", ["Your support", "reproductive rights", "paywalls",
                              "makes all the difference"]),
    ("003_b7fcf0d635413977", ["Xinhua/Zhang Ling", "Xinhua, April 12, 2024", "(Xinhua) --",
                              " date 2024-04-12"]),
    ("004_982a2967bbb49feb", ["[AFP/YONHAP]", "Published:", "tags north korea", "\nYonhap"]),
    ("001_54909160757101a8", ["AP writer", "contributed from Seoul"]),
])
def test_raw_seed_bodies_leave_out_non_article_text(raw_corpus, article_id, absent):
    article = raw_corpus[article_id]
    for text in absent:
        assert text not in article.body
    kinds = {p.kind for p in article.parts}
    assert kinds  # what was removed is kept, with its kind
    for part in article.parts:
        assert part.text in article.text


def test_body_keeps_the_article(raw_corpus):
    body = raw_corpus["002_c0d969a060d2463c"].body
    assert body.startswith("A top ranking official Chinese official reaffirmed ties")
    assert body.endswith("will not provide Moscow with direct military support.")
    body = raw_corpus["004_982a2967bbb49feb"].body
    assert body.endswith("China-DPRK relations,\" he added.")


def test_same_body_with_or_without_front_matter(corpus, raw_corpus):
    by_seed = {a.extra["seed"].removesuffix(".txt"): a for a in corpus}
    for raw in raw_corpus:
        assert by_seed[raw.id].body == raw.body


def test_sentences_and_words(corpus):
    a = corpus["li-pyongyang-2025-10/yonhap-2025-10-10"]
    assert a.n_sentences == len(a.sentences) > 5
    assert a.n_words > 300
    for start, end in a.sentences:
        assert a.body[start:end].strip() == a.body[start:end]
    assert a.sentence_at(a.sentences[2][0] + 3) == 2


# ---------------------------------------------------------------------------- bad input

BAD_FILES = {
    "empty.txt": ("", "empty file"),
    "blank.md": ("\n  \n", "empty file"),
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file"),
    "unclosed.txt": ("---\noutlet: AP\n" + GOOD, "never closed"),
    "broken.txt": ("---\noutlet: [AP\ndate: 2024-01-01\n---\n" + GOOD, "broken front matter"),
    "list.txt": ("---\n- a\n- b\n---\n" + GOOD, "broken front matter"),
    "impossible.txt": ("---\ndate: 2024-02-30\n---\n" + GOOD, "impossible date '2024-02-30'"),
    "format.txt": ("---\ndate: 12/04/2024\n---\n" + GOOD, "is not YYYY-MM-DD"),
    "type.txt": ("---\noutlet_type: tabloid\n---\n" + GOOD, "unknown outlet_type 'tabloid'"),
    "country.txt": ("---\ncountry: Korea\n---\n" + GOOD, "not an ISO 3166 alpha-2"),
    "nested.txt": ("---\noutlet: {name: AP}\n---\n" + GOOD, "must be a single value"),
    "only-meta.txt": ("---\noutlet: AP\n---\n\n", "no article text"),
    "event.txt": ("---\nevent: my event!\n---\n" + GOOD, "event id 'my event!'"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_each_bad_file_is_one_clear_problem(tmp_path, name):
    content, message = BAD_FILES[name]
    root = write_corpus(tmp_path / "c", {name: content, "good.txt": GOOD})
    corpus = framing.load_corpus(root)
    assert [a.id for a in corpus] == ["good"]  # the bad file is skipped, the rest is used
    (problem,) = corpus.problems
    assert problem.severity == "error"
    assert problem.path.endswith(name)
    assert message in problem.message
    assert "\n" not in str(problem)


def test_problem_lines_point_into_the_file(tmp_path):
    root = write_corpus(tmp_path / "c", {
        "a.txt": "---\noutlet: AP\ntitle: x\ndate: 2024-13-01\n---\n" + GOOD,
        "b.txt": "---\noutlet: AP\ntitle: [unclosed\n---\n" + GOOD,
    })
    problems = {p.path.rsplit("/", 1)[-1]: p for p in framing.load_corpus(root).problems}
    assert problems["a.txt"].line == 4
    assert problems["b.txt"].line in (3, 4)
    assert str(problems["a.txt"]).startswith(f"{root}/a.txt:4: error: impossible date")


def test_non_utf8_is_decoded_with_a_stated_fallback(tmp_path):
    root = write_corpus(tmp_path / "c", {
        "latin.txt": ("Kim met the d\u00e9l\u00e9gation in Pyongyang on Thursday, "
                      "state media said on Friday.\n").encode("cp1252")})
    corpus = framing.load_corpus(root)
    (article,) = corpus.articles
    assert "d\u00e9l\u00e9gation" in article.body
    assert article.encoding == "cp1252"
    (problem,) = corpus.problems
    assert problem.severity == "warning"
    assert "not valid UTF-8 (byte 0xe9" in problem.message and "Windows-1252" in problem.message


def test_utf8_bom_and_crlf(tmp_path):
    root = write_corpus(tmp_path / "c", {"bom.txt": b"\xef\xbb\xbf---\r\noutlet: AP\r\n---\r\n"
                                         + GOOD.encode()})
    corpus = framing.load_corpus(root)
    assert corpus.problems == []
    assert corpus["bom"].outlet == "AP" and "\r" not in corpus["bom"].body


def test_duplicate_ids(tmp_path):
    root = write_corpus(tmp_path / "c", {"a.md": GOOD, "a.txt": GOOD})
    corpus = framing.load_corpus(root)
    assert [a.path.name for a in corpus] == ["a.md"]
    (problem,) = corpus.problems
    assert "duplicate article id 'a'" in problem.message and problem.path.endswith("a.txt")


def test_folder_with_no_articles(tmp_path):
    root = write_corpus(tmp_path / "c", {"notes.csv": "x", "README.md": "# docs"})
    corpus = framing.load_corpus(root)
    assert corpus.articles == []
    (problem,) = corpus.problems
    assert "no articles" in problem.message and problem.severity == "error"


def test_missing_folder_and_file_instead_of_folder(tmp_path):
    with pytest.raises(CorpusError, match="no such folder"):
        framing.load_corpus(tmp_path / "nope")
    (tmp_path / "f.txt").write_text(GOOD)
    with pytest.raises(CorpusError, match="not a folder"):
        framing.load_corpus(tmp_path / "f.txt")


def test_ignored_files_and_symlinks(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text(GOOD)
    root = write_corpus(tmp_path / "c", {"a.txt": GOOD, ".hidden.txt": GOOD, "_draft.md": GOOD,
                                         "README.md": "# about", "sub/README.txt": "about",
                                         "sub/b.md": GOOD})
    os.symlink(outside, root / "escape.txt")
    os.symlink(root / "a.txt", root / "inside-link.txt")
    corpus = framing.load_corpus(root)
    assert [a.id for a in corpus] == ["a", "inside-link", "sub/b"]
    (problem,) = corpus.problems
    assert "outside the corpus" in problem.message and problem.severity == "error"


def test_outlets_file_adds_types_and_outlets(tmp_path):
    root = write_corpus(tmp_path / "c", {
        "outlets.yml": "outlet_types:\n  think-tank: {bloc: independent}\n"
                       "  party-paper: {bloc: state}\n"
                       "outlets:\n  Asan Institute: {outlet_type: think-tank, country: KR, "
                       "aliases: [Asan]}\n",
        "a.txt": "---\noutlet: Asan\n---\n" + GOOD,
        "b.txt": "---\noutlet: Minju Choson\noutlet_type: party-paper\n---\n" + GOOD,
    })
    corpus = framing.load_corpus(root)
    assert corpus.problems == []
    a, b = corpus["a"], corpus["b"]
    assert (a.outlet, a.outlet_type, a.bloc, a.country) == ("Asan Institute", "think-tank",
                                                            "independent", "KR")
    assert (b.outlet_type, b.bloc) == ("party-paper", "state")


def test_outlets_file_needs_a_bloc(tmp_path):
    root = write_corpus(tmp_path / "c", {"outlets.yml": "outlet_types:\n  blog: {}\n",
                                         "a.txt": GOOD})
    (problem,) = framing.load_corpus(root).problems
    assert problem.path.endswith("outlets.yml") and "needs bloc" in problem.message


def test_events_file(tmp_path):
    root = write_corpus(tmp_path / "c", {
        "events.yml": "- id: visit\n  title: A visit\n  start: 2024-04-11\n  end: 2024-04-13\n"
                      "- id: bad\n  start: 2024-04-31\n",
        "a.txt": "---\nevent: visit\n---\n" + GOOD,
        "b.txt": "---\nevent: other\n---\n" + GOOD,
    })
    corpus = framing.load_corpus(root)
    assert corpus.events["visit"].title == "A visit"
    assert corpus.events["visit"].start == "2024-04-11"
    messages = sorted(p.message for p in corpus.problems)
    assert any("event 'bad': start impossible date" in m for m in messages)
    assert any("event 'other' is not in events.yml" in m for m in messages)
    assert corpus["b"].event == "other" and "other" in corpus.events


def test_front_matter_overrides_inference(tmp_path):
    text = ("---\noutlet: NK News\ndate: 2024-04-13\n---\n"
            "SEOUL, April 12 (Yonhap) -- " + GOOD)
    root = write_corpus(tmp_path / "c", {"a.txt": text})
    a = framing.load_corpus(root)["a"]
    assert (a.outlet, a.outlet_type, a.date) == ("NK News", "specialist", "2024-04-13")
    assert a.meta_source["outlet"] == "front_matter"
    assert a.meta_source["outlet_type"] == "inferred"  # from the registry entry of NK News
    assert a.body == GOOD.strip()


def test_to_frame_columns(corpus):
    frame = corpus.to_frame()
    assert list(frame.columns[:13]) == ["article_id", "outlet", "outlet_type", "bloc", "country",
                                        "date", "event", "title", "url", "n_words",
                                        "n_sentences", "duplicate_of", "meta_source"]
    assert len(frame) == 5
    assert frame.set_index("article_id").loc[
        "zhao-pyongyang-2024-04/xinhua-2024-04-12", "meta_source"].startswith(
        "outlet=front_matter;outlet_type=front_matter;country=front_matter;date=front_matter")


def test_nothing_is_written_in_the_corpus(tmp_path):
    from conftest import tree_snapshot

    before = tree_snapshot(CORPUS)
    framing.load_corpus(CORPUS)
    assert tree_snapshot(CORPUS) == before


def test_front_matter_parser_agrees_with_the_reference_parser():
    """`_parse_front_matter` (libyaml for plain blocks) gives what `resources.parse_yaml` gives:
    the same values, or the same error message."""
    import random

    import yaml

    from framing import resources
    from framing.corpus import _parse_front_matter

    def parse(parser, text):
        try:
            return "ok", parser(text)
        except yaml.YAMLError as exc:
            return "error", str(exc)

    rng = random.Random(0)
    alphabet = list("ab:- \n'\"#?~0123456789.\\=<^$;()/+_,") + ["\t", "!", "|", ">", "[", "{",
                                                               "&", "*", "é"]
    keys = ["outlet", "date", "title", "x y", "- a", "? k", "  a", "- ", " ", "'a", '"']
    seps = [":", ": ", ":  ", " : ", ""]
    blocks = ["outlet: Yonhap\ndate: 2024-01-02\nevent: x-1", "country: NO\nn: 012\nf: 1.5e3",
              "title: 'It''s: ok'\nurl: http://x/y?a=b#c", "date: 2024-01-01 10:00:00"]
    for _ in range(3000):
        if rng.random() < 0.4:
            blocks.append("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 25))))
        else:
            blocks.append("\n".join(
                rng.choice(keys) + rng.choice(seps)
                + "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
                for _ in range(rng.randint(1, 4))))
    for block in blocks:
        assert parse(_parse_front_matter, block) == parse(resources.parse_yaml, block), block


def test_looks_binary_counts_control_bytes_as_defined():
    """`_looks_binary` counts the control bytes (not tab, newline, form feed, return) of the
    first 8 KB with ``bytes.translate``: the same verdict as counting them one by one."""
    import random

    from framing.corpus import _looks_binary

    def reference(raw):
        sample = raw[:8192]
        if b"\x00" in sample:
            return True
        return sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13)) > len(sample) * 0.1

    rng = random.Random(0)
    samples = [b"", b"plain text\n", b"\x01" * 10 + b"a" * 90, b"\x01" * 11 + b"a" * 89,
               b"\t\n\x0c\r" * 50, bytes(range(1, 256)) * 40]
    for _ in range(300):
        n = rng.randrange(1, 10_000)
        share = rng.random() * 0.25
        samples.append(bytes(rng.randrange(1, 32) if rng.random() < share
                             else rng.randrange(32, 256) for _ in range(n)))
    verdicts = [_looks_binary(raw) for raw in samples]
    assert verdicts == [reference(raw) for raw in samples]
    assert True in verdicts and False in verdicts
