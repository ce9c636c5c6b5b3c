"""framing.score: the tables, their files, identical output with several processes."""

import json

import pandas as pd
import pytest

import framing
from framing.errors import OutputError
from framing.score import ARTICLE_COLUMNS, score_corpus, write_scores

from conftest import CORPUS


@pytest.fixture(scope="module")
def scores(corpus):
    return score_corpus(corpus)


def test_articles_table(scores, corpus):
    table = scores["articles"]
    assert list(table.columns[:len(ARTICLE_COLUMNS)]) == ARTICLE_COLUMNS
    assert len(table) == len(corpus) == 5
    row = table.set_index("article_id").loc["zhao-pyongyang-2024-04/ap-rewrite-2024-04-14"]
    assert row["duplicate_of"] == "zhao-pyongyang-2024-04/independent-2024-04-13"
    assert row["n_words"] == corpus["zhao-pyongyang-2024-04/ap-rewrite-2024-04-14"].n_words
    assert table["bloc"].tolist().count("state") == 1


def test_parts_table(scores, corpus):
    parts = scores["parts"]
    assert set(parts.columns) == {"article_id", "kind", "rule", "line", "text"}
    xinhua = parts[parts.article_id == "zhao-pyongyang-2024-04/xinhua-2024-04-12"]
    assert xinhua.kind.tolist() == ["header", "source_line", "caption", "dateline", "caption"]
    path = corpus["zhao-pyongyang-2024-04/xinhua-2024-04-12"].path
    lines = path.read_text(encoding="utf-8").split("\n")
    for line, text in zip(xinhua.line, xinhua.text):  # line numbers point into the file
        assert text in lines[line - 1]


def test_written_files(tmp_path, scores, corpus):
    written = write_scores(scores, tmp_path / "out", corpus_root=CORPUS)
    assert [p.name for p in written] == ["articles.csv", "parts.csv", "problems.csv",
                                         "markers.csv", "quotes.csv", "topics.csv",
                                         "omissions.csv", "sentence_topics.csv", "body.jsonl"]
    rows = [json.loads(line) for line in (tmp_path / "out/body.jsonl").read_text().splitlines()]
    assert {r["article_id"]: r["body"] for r in rows} == {a.id: a.body for a in corpus}
    articles = pd.read_csv(tmp_path / "out/articles.csv")
    assert articles.article_id.tolist() == [a.id for a in corpus]
    assert not list((tmp_path / "out").glob(".framing-tmp-*"))


def test_parquet(tmp_path, scores):
    write_scores(scores, tmp_path, corpus_root=CORPUS, format="parquet")
    table = pd.read_parquet(tmp_path / "articles.parquet")
    pd.testing.assert_frame_equal(table, scores["articles"], check_dtype=False)


def test_jobs_give_identical_files(tmp_path, corpus):
    for jobs in (1, 2):
        write_scores(score_corpus(corpus, jobs=jobs), tmp_path / f"j{jobs}", corpus_root=CORPUS)
    for name in ("articles.csv", "parts.csv", "problems.csv", "markers.csv", "quotes.csv",
                 "topics.csv", "omissions.csv", "sentence_topics.csv", "body.jsonl"):
        assert (tmp_path / "j1" / name).read_bytes() == (tmp_path / "j2" / name).read_bytes()


def test_failed_write_keeps_previous_outputs(tmp_path, scores, monkeypatch):
    out = tmp_path / "out"
    write_scores(scores, out, corpus_root=CORPUS)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    calls = []

    def broken_to_csv(self, *args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise OSError("disk full")
        return original(self, *args, **kwargs)

    original = pd.DataFrame.to_csv
    monkeypatch.setattr(pd.DataFrame, "to_csv", broken_to_csv)
    with pytest.raises(OSError, match="disk full"):
        write_scores(scores, out, corpus_root=CORPUS)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # nothing half-written


def test_output_inside_the_corpus_is_refused(tmp_path, scores):
    for inside in (CORPUS, CORPUS / "out", CORPUS / "zhao-pyongyang-2024-04"):
        with pytest.raises(OutputError, match="inside the corpus"):
            write_scores(scores, inside, corpus_root=CORPUS)


def test_quotes_table_and_counts(scores, corpus):
    from framing.quotes import QUOTE_COLUMNS

    quotes, articles = scores["quotes"], scores["articles"]
    assert list(quotes.columns[:len(QUOTE_COLUMNS)]) == QUOTE_COLUMNS
    assert "quotes" in scores.timings
    columns = list(articles.columns)  # SPEC order: ..., <category>_per_1k, n_quotes, n_sources, tone
    at = columns.index("n_quotes")
    assert columns[at:at + 3] == ["n_quotes", "n_sources", "tone"]
    assert columns[at - 1].endswith("_per_1k")
    counts = quotes.groupby("article_id").size()
    for row in articles.itertuples():
        assert row.n_quotes == counts.get(row.article_id, 0)
        names = set(quotes.loc[quotes.article_id == row.article_id, "speaker"].dropna())
        names |= set(quotes.loc[quotes.article_id == row.article_id, "via"].dropna())
        assert row.n_sources == len(names)
    xinhua = articles.set_index("article_id").loc["zhao-pyongyang-2024-04/xinhua-2024-04-12"]
    assert xinhua.n_sources == 3  # Zhao Leji, Xi Jinping, Choe Ryong Hae


def test_problems_table(tmp_path):
    root = tmp_path / "c"
    root.mkdir()
    (root / "empty.txt").write_text("")
    (root / "ok.txt").write_text("Kim met Li in Pyongyang on Thursday, state media said.")
    table = score_corpus(framing.load_corpus(root))["problems"]
    (row,) = table.to_dict("records")
    assert pd.isna(row.pop("line"))
    assert row == {"path": f"{root}/empty.txt", "severity": "error", "message": "empty file"}


def test_marker_rates_and_tone_follow_meta_source(scores, corpus):
    from framing.lexicon import CATEGORIES

    table = scores["articles"]
    start = len(ARTICLE_COLUMNS)
    rates = [f"{c}_per_1k" for c in CATEGORIES]
    assert list(table.columns[start:start + len(rates) + 3]) == rates + ["n_quotes", "n_sources",
                                                                      "tone"]
    markers = scores["markers"]
    row = table.set_index("article_id").loc["zhao-pyongyang-2024-04/afp-2024-04-12"]
    own = markers[(markers.article_id == row.name) & ~markers.in_quote]
    for category in CATEGORIES:  # every rate is a count of rows of markers.csv
        count = (own.category == category).sum()
        assert row[f"{category}_per_1k"] == pytest.approx(count / row.n_words * 1000)
    assert table.tone.between(-1, 1).all()
    assert {"markers", "tone"} <= set(scores.timings)


def test_markers_table_is_written(tmp_path, scores):
    write_scores(scores, tmp_path, corpus_root=CORPUS)
    table = pd.read_csv(tmp_path / "markers.csv", keep_default_na=False)
    assert list(table.columns[:8]) == ["article_id", "category", "term", "text", "start", "end",
                                       "sentence", "lexicon"]
    assert len(table) == len(scores["markers"])
    bodies = {json.loads(line)["article_id"]: json.loads(line)["body"]
              for line in (tmp_path / "body.jsonl").read_text().splitlines()}
    for row in table.itertuples():
        assert bodies[row.article_id][row.start:row.end] == row.text


def test_markers_stage_takes_a_quotes_table(tmp_path):
    """The markers stage reads ``tables["quotes"]`` when a quotes stage has built it: its
    quotations are then never scare quotes."""
    from framing.score import _score_markers

    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text('The two sides held "deep" talks in Pyongyang on Thursday.\n')
    corpus = framing.load_corpus(root)
    body = corpus["a"].body
    quotes = pd.DataFrame({"article_id": ["a"], "start": [body.index("deep")],
                           "end": [body.index("deep") + 4]})
    for table, expected in ((None, 1), (quotes, 0)):
        markers = _score_markers(corpus, None, table, jobs=1)
        assert (markers.category == "scare_quote").sum() == expected


def test_topic_tables(scores, corpus):
    from framing.omissions import OMISSION_COLUMNS
    from framing.topics import SENTENCE_TOPIC_COLUMNS, TOPIC_COLUMNS

    assert list(scores["topics"].columns) == TOPIC_COLUMNS
    assert list(scores["omissions"].columns) == OMISSION_COLUMNS
    assert list(scores["sentence_topics"].columns) == SENTENCE_TOPIC_COLUMNS
    assert set(scores["topics"].article_id) == {a.id for a in corpus}
    xinhua = scores["omissions"][scores["omissions"].article_id.str.contains("xinhua")]
    assert {"nuclear_program", "sanctions", "russia_alignment"} <= set(xinhua.topic)
    assert {"topics", "omissions"} <= set(scores.timings)


def test_own_taxonomy(tmp_path, corpus):
    (tmp_path / "t.yml").write_text("name: mine\nversion: '2'\ntopics:\n  talks:\n"
                                    "    description: Talks held.\n    terms: [talks]\n")
    scores = score_corpus(corpus, taxonomy=tmp_path / "t.yml")
    topics = scores["topics"]
    assert set(topics[topics.taxonomy == "mine@2"].topic) == {"talks"}
    # what the one-topic codebook misses comes out as emergent topics
    assert set(topics.taxonomy) == {"mine@2", "emergent"}
    assert topics[topics.taxonomy == "emergent"].topic.str.startswith("emergent:").all()


def test_topic_files_are_identical_on_reruns(tmp_path, corpus):
    for run in ("one", "two"):
        write_scores(score_corpus(corpus), tmp_path / run, corpus_root=CORPUS)
    for name in ("topics.csv", "omissions.csv", "sentence_topics.csv"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


SCORE_FILES = ("articles.csv", "parts.csv", "problems.csv", "markers.csv", "quotes.csv",
               "topics.csv", "omissions.csv", "sentence_topics.csv", "body.jsonl")


def _score_cli(out, *args, hashseed="0"):
    """``framing score corpus --out OUT ARGS`` in a fresh process with its own hash seed
    (set iteration order changes with it, so a run that depended on it would differ)."""
    import os
    import subprocess
    import sys

    from conftest import REPO

    env = dict(os.environ, PYTHONHASHSEED=hashseed)
    result = subprocess.run([sys.executable, "-m", "framing", "score", "corpus", "--out",
                             str(out), *args], cwd=REPO, env=env, capture_output=True,
                            text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    return {name: (out / name).read_bytes() for name in SCORE_FILES}


def test_two_runs_write_byte_identical_files(tmp_path):
    one = _score_cli(tmp_path / "one", hashseed="1")
    two = _score_cli(tmp_path / "two", hashseed="2")
    assert set(one) == set(SCORE_FILES)
    for name in SCORE_FILES:
        assert one[name] == two[name], name


def test_cli_jobs_write_the_same_files_as_one_process(tmp_path):
    one = _score_cli(tmp_path / "j1", hashseed="3")
    two = _score_cli(tmp_path / "j2", "--jobs", "2", hashseed="4")
    for name in SCORE_FILES:
        assert one[name] == two[name], name


@pytest.mark.parametrize("size", [1, 2, 3])
def test_topic_summaries_and_omissions_in_chunks_are_the_same_tables(corpus, size):
    """`assemble_scores` computes topics and omissions a few articles (whole events) at a
    time: the tables equal one call on the whole corpus."""
    from framing.omissions import find_omissions
    from framing.score import _article_chunks, _event_chunks, _in_chunks
    from framing.topics import detect_topics, summarize_topics

    articles = list(corpus.articles)
    table = detect_topics(articles)
    assert len(_article_chunks(articles, size)) > 1
    pd.testing.assert_frame_equal(
        _in_chunks(summarize_topics, _article_chunks(articles, size), table),
        summarize_topics(articles, table))
    chunks = _event_chunks(articles, size)
    assert len(chunks) == 2 or size > 1  # one chunk per event at size 1
    pd.testing.assert_frame_equal(
        _in_chunks(find_omissions, chunks, table, keyword="sentence_topics"),
        find_omissions(articles, sentence_topics=table))


def test_tables_merged_every_few_batches_are_the_same_tables(corpus):
    """`score_corpus` merges the batch tables every ``chunk_articles`` articles: with
    batches of one article merged every two, every table equals an unmerged run's."""
    whole = score_corpus(corpus, batch_size=64, chunk_articles=10_000)
    merged = score_corpus(corpus, batch_size=1, chunk_articles=2)
    assert len(corpus.articles) >= 4  # several merges happen
    assert set(whole.tables) == set(merged.tables)
    for name in whole.tables:
        pd.testing.assert_frame_equal(whole[name], merged[name], obj=name)


def test_scoring_freezes_the_heap_only_while_it_runs(corpus, monkeypatch):
    """`score_corpus` keeps the objects that exist before it out of the cycle collector's
    passes while it runs (``gc.freeze``) and thaws them after, also when it fails; a heap
    the caller froze is left frozen. The tables are the same either way."""
    import gc

    from framing import score

    seen = []
    real = score.assemble_scores

    def spy(*args, **kwargs):
        seen.append(gc.get_freeze_count())
        return real(*args, **kwargs)

    monkeypatch.setattr(score, "assemble_scores", spy)
    assert gc.get_freeze_count() == 0
    thawed = score_corpus(corpus)
    assert seen[-1] > 0 and gc.get_freeze_count() == 0

    def fail(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(score, "assemble_scores", fail)
    with pytest.raises(RuntimeError):
        score_corpus(corpus)
    assert gc.get_freeze_count() == 0

    monkeypatch.setattr(score, "assemble_scores", spy)
    gc.freeze()
    try:
        again = score_corpus(corpus)
        assert gc.get_freeze_count() > 0  # not thawed (a few frozen objects may be freed)
    finally:
        gc.unfreeze()
    for name in thawed.tables:
        pd.testing.assert_frame_equal(thawed[name], again[name], obj=name)
