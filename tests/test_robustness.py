"""Hostile input never produces a traceback or a hang, and offsets always stay in the body."""

import os
import random
import re

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import framing
from framing.guard import ArticleTimeout, time_limit
from framing.score import score_corpus

from conftest import run_cli, write_corpus

PARA = ("Kim Jong Un met Chinese Premier Li Qiang in Pyongyang on Thursday, the North's state "
        "media said on Friday, in talks on trade and aid. ")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile") / "corpus"
    rng = random.Random(7)
    write_corpus(root, {
        "random-bytes.txt": bytes(rng.randrange(256) for _ in range(20_000)),
        "ten-thousand-quotes.txt": 'Kim said ' + '"' * 10_000 + " and left, KCNA said.\n",
        "unterminated.txt": 'Kim said "' + "the friendship is eternal and " * 3_500 + "\n",
        "twenty-mb.txt": (PARA * 40 + "\n\n") * 3_700,
        "nested-front-matter.txt": "---\na: " + "[" * 5_000 + "]" * 5_000 + "\n---\n" + PARA,
        "huge-front-matter.txt": "---\n" + "".join(f"k{i}: {'v' * 50}\n" for i in range(30_000))
                                 + "---\n" + PARA,
        "other-scripts.txt": "김정은 위원장은 시진핑 주석과 회담했다. Путин встретился с Ким Чен "
                             "Ыном. 金正恩会见了中国总理李强。\n",
        "right-to-left.txt": "\u202eKim met Li\u202c in Pyongyang. مرحبا بكم في بيونغ يانغ ، قال "
                             "المسؤولون يوم الخميس. שלום\n",
        "nul-bytes.txt": b"Kim met Li.\x00\x00 Then he left." * 10,
        "one-long-line.txt": "a" * 1_000_000,
        "ok.txt": PARA,
    })
    os.symlink("/etc/passwd", root / "outside-link.txt")
    os.symlink(root, root / "loop")  # a folder link to itself is not followed
    return root


def test_hostile_corpus_scores_without_traceback(hostile, tmp_path):
    result = run_cli("score", str(hostile), "--out", str(tmp_path / "out"), "--timeout", "5",
                     timeout=900)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    errors = {m.group(1): m.group(2) for m in
              re.finditer(r"^\S+/([\w.-]+\.txt)(?::\d+)?: error: (.*)$", result.stderr, re.M)}
    # 3.5 million words cannot be read and scored in 5 s: reported and skipped, no hang
    assert re.fullmatch(r"took longer than 5 s to (read|score); skipped",
                        errors.pop("twenty-mb.txt"))
    assert errors == {
        "random-bytes.txt": "binary file (not text)",
        "nul-bytes.txt": "binary file (not text)",
        "nested-front-matter.txt": "broken front matter: nested too deeply",
        "huge-front-matter.txt": "front matter is larger than 64 KB",
        "outside-link.txt": "symlink to a file outside the corpus; skipped",
    }
    assert "scored 6 articles (6 file(s) skipped, see above)" in result.stdout
    problems = pd.read_csv(tmp_path / "out" / "problems.csv")
    assert problems.path.str.endswith("twenty-mb.txt").sum() == 1
    bodies = (tmp_path / "out" / "body.jsonl").read_text(encoding="utf-8")
    assert len(bodies.splitlines()) == 6 and "twenty-mb" not in bodies
    for line in result.stderr.strip().splitlines():
        assert re.match(r"^\S+: (error|warning): ", line) or ": error: " in line, line


def test_other_scripts_and_rtl_survive(hostile):
    corpus = framing.load_corpus(hostile)
    assert "김정은" in corpus["other-scripts"].body
    assert corpus["right-to-left"].body.startswith("\u202eKim met Li")
    html = framing.article_html(corpus["right-to-left"])
    assert "unicode-bidi: isolate" in html  # an override cannot reverse the page around it


def test_slow_article_is_reported_and_skipped(tmp_path):
    rules = tmp_path / "layout.yml"
    rules.write_text("rules:\n  - id: catastrophic\n    kind: boilerplate\n    where: anywhere\n"
                     "    match: line\n    pattern: '^(a+)+$'\n", encoding="utf-8")
    root = write_corpus(tmp_path / "c", {"slow.txt": "a" * 40 + "b\n", "ok.txt": PARA})
    corpus = framing.load_corpus(root, layout=rules, article_timeout=0.5)
    assert [a.id for a in corpus] == ["ok"]
    (problem,) = corpus.problems
    assert problem.message == "took longer than 0.5 s to read; skipped"


def test_time_limit_outside_the_main_thread_is_unbounded():
    import threading

    done = []

    def work():
        with time_limit(0.01):
            done.append(sum(range(200_000)))

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert done  # no alarm is installed from a thread, so the work completes
    with pytest.raises(ArticleTimeout):
        with time_limit(0.05):
            while True:
                pass


news_line = st.sampled_from([
    PARA, '"We are ready," Kim said.', "SEOUL, Oct. 10 (Yonhap) -- ", "(Xinhua/Zhang Ling)",
    "Published: 10 Oct. 2025, 08:42", "tags north korea", "Yonhap", "---", "“", "”", '"',
    "Your support helps us to tell the story", "Your support makes all the difference.",
    " date 2024-04-12 Title", "\u202e", "\x00", "\r\n", "\n\n", "BEIJING ",
])
texts = st.lists(st.one_of(news_line, st.text(max_size=80)), max_size=30).map("".join)


@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=texts)
def test_any_text_loads_and_scores_with_offsets_in_the_body(tmp_path_factory, text):
    root = tmp_path_factory.mktemp("prop")
    (root / "a.txt").write_bytes(text.encode("utf-8", "replace"))  # lone surrogates -> "?"
    (root / "b.txt").write_text(PARA, encoding="utf-8")
    corpus = framing.load_corpus(root)
    scores = score_corpus(corpus)
    for article in corpus:
        assert article.body.strip() == article.body
        for start, end in article.sentences:
            assert 0 <= start < end <= len(article.body)
        for part in article.parts:
            assert article.text[part.start:part.end] == part.text
        for b_start, t_start, length in article.segments:
            assert article.body[b_start:b_start + length] == article.text[t_start:t_start + length]
    bodies = {a.id: a.body for a in corpus}
    for name, table in scores.tables.items():
        if {"article_id", "start", "end"} <= set(table.columns):
            for row in table.itertuples():
                assert 0 <= row.start <= row.end <= len(bodies[row.article_id]), name
    for row in scores["markers"].itertuples():  # markers, quotes and topics point at words
        assert bodies[row.article_id][row.start:row.end] == row.text
    for row in scores["quotes"].itertuples():
        assert bodies[row.article_id][row.start:row.end] == row.text
    for name in ("sentence_topics", "topics"):
        for row in scores[name].itertuples():
            body = bodies[row.article_id]
            assert 0 <= row.evidence_start <= row.evidence_end <= len(body), name
            assert body[row.evidence_start:row.evidence_end] == row.evidence, name
    for row in scores["omissions"].itertuples():
        body = bodies[row.evidence_article]
        assert body[row.evidence_start:row.evidence_end] == row.evidence
    assert {r["article_id"]: r["body"] for r in scores.bodies} == bodies



@pytest.mark.parametrize("jobs", [1, 2])
def test_slow_article_while_scoring_is_reported_and_skipped(tmp_path, monkeypatch, jobs):
    """An article that never finishes a scoring stage is stopped after the time limit, in
    this process or in a worker process, reported, and left out of every table."""
    import framing.score as score

    real = score.article_tone_value

    def hangs_on_slow(article):
        while article.id == "slow":
            pass
        return real(article)

    monkeypatch.setattr(score, "article_tone_value", hangs_on_slow)  # workers are forked
    root = write_corpus(tmp_path / "c", {"a.txt": PARA, "slow.txt": PARA, "z.txt": PARA * 2})
    corpus = framing.load_corpus(root)
    scores = score_corpus(corpus, jobs=jobs, article_timeout=0.5, batch_size=1)
    problem = scores["problems"].iloc[-1]
    assert problem.path == f"{root}/slow.txt"
    assert problem.message == "took longer than 0.5 s to score; skipped"
    for name, table in scores.tables.items():
        if "article_id" in table.columns:
            assert "slow" not in set(table.article_id), name
    assert scores["articles"].article_id.tolist() == ["a", "z"]
    assert [a.id for a in scores.articles] == ["a", "z"]


@pytest.mark.parametrize("jobs", [1, 2])
def test_article_whose_scoring_raises_is_reported_and_skipped(tmp_path, monkeypatch, jobs):
    """A bug that raises on one article costs that article only: it is listed in problems.csv
    with the error and where it was raised, and the other articles are scored as usual."""
    import framing.score as score

    real = score.article_tone_value

    def breaks_on_bad(article):
        if article.id == "bad":
            raise IndexError("list index out of range")
        return real(article)

    monkeypatch.setattr(score, "article_tone_value", breaks_on_bad)  # workers are forked
    root = write_corpus(tmp_path / "c", {"a.txt": PARA, "bad.txt": PARA, "z.txt": PARA * 2})
    scores = score_corpus(framing.load_corpus(root), jobs=jobs, batch_size=1)
    problem = scores["problems"].iloc[-1]
    assert problem.path == f"{root}/bad.txt"
    assert problem.message.startswith("could not be scored (IndexError at test_robustness.py:")
    assert problem.message.endswith(": list index out of range); skipped (please report it)")
    for name, table in scores.tables.items():
        if "article_id" in table.columns:
            assert "bad" not in set(table.article_id), name
    assert scores["articles"].article_id.tolist() == ["a", "z"]
