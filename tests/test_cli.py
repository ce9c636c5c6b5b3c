"""The command line, run as a user runs it (subprocess): verbs, errors, exit codes, README."""

import re
import shlex
import sys
from pathlib import Path

import pandas as pd
import pytest

from conftest import CORPUS, REPO, run_cli, tree_snapshot, write_corpus

GOOD = ("Kim Jong Un met Chinese Premier Li Qiang in Pyongyang on Thursday, "
        "the North's state media said on Friday.\n")


def assert_one_line_errors(stderr: str):
    assert "Traceback" not in stderr
    for line in stderr.strip().splitlines():
        assert re.match(r"^(\S+?(:\d+)?: (error|warning): |framing: error: )", line), line


@pytest.mark.parametrize("verb", ["score", "report", "check", "show"])
def test_help(verb):
    result = run_cli(verb, "--help")
    assert result.returncode == 0
    assert "usage: framing " + verb in result.stdout


def test_entry_point_and_module_agree():
    script = Path(sys.executable).parent / "framing"
    assert script.exists(), "the framing console script is installed with the package"
    import subprocess

    version = subprocess.run([str(script), "--version"], capture_output=True, text=True)
    assert version.stdout.strip() == run_cli("--version").stdout.strip() == "framing 0.1.0"


def test_check_bundled_corpus():
    result = run_cli("check", "corpus")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "5 usable article(s) in 2 event(s); 0 error(s), 0 warning(s)"


def test_check_bad_corpus_lists_every_problem(tmp_path):
    root = write_corpus(tmp_path / "c", {
        "empty.txt": "", "bad-date.txt": "---\ndate: 2024-02-30\n---\n" + GOOD,
        "binary.md": b"\x00\x01\x02" * 50, "latin.txt": "Caf\u00e9 talks went well, "
        "the ministry said on Friday after the meeting.".encode("cp1252"),
        "ok.txt": GOOD})
    result = run_cli("check", str(root))
    assert result.returncode == 1
    lines = result.stdout.strip().splitlines()
    assert_one_line_errors("\n".join(lines[:-1]))
    assert f"{root}/bad-date.txt:2: error: impossible date '2024-02-30'" in lines
    assert f"{root}/binary.md: error: binary file (not text)" in lines
    assert f"{root}/empty.txt: error: empty file" in lines
    assert any(line.startswith(f"{root}/latin.txt:1: warning: not valid UTF-8") for line in lines)
    assert lines[-1] == "2 usable article(s) in 1 event(s) (1 grouped automatically); " \
                        "3 error(s), 1 warning(s)"


def test_check_warnings_only_exits_zero(tmp_path):
    root = write_corpus(tmp_path / "c", {"a.txt": "Caf\u00e9 talks went well, the ministry "
                                         "said on Friday.".encode("cp1252")})
    assert run_cli("check", str(root)).returncode == 0


def test_score_skips_bad_files_and_writes_the_rest(tmp_path):
    root = write_corpus(tmp_path / "c", {"empty.txt": "", "ok.txt": GOOD,
                                         "sub/also-ok.md": GOOD.replace("Thursday", "Friday")})
    before = tree_snapshot(root)
    result = run_cli("score", str(root), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert_one_line_errors(result.stderr)
    assert f"{root}/empty.txt: error: empty file" in result.stderr
    assert "scored 2 articles (1 file(s) skipped, see above)" in result.stdout
    table = pd.read_csv(tmp_path / "out" / "articles.csv")
    assert table.article_id.tolist() == ["ok", "sub/also-ok"]
    assert tree_snapshot(root) == before  # nothing written inside the corpus


@pytest.mark.parametrize("args, message", [
    (["score", "{missing}"], "no such folder"),
    (["score", "{file}"], "not a folder"),
    (["score", "corpus", "--out", "corpus/scores"], "inside the corpus"),
    (["score", "{empty}"], "no articles"),
    (["check", "{empty}"], "no articles"),
    (["show", "nope", "--corpus", "corpus"], "no article 'nope'"),
    (["report", "corpus", "--event", "nope", "--out", "{out}"], "no event 'nope'"),
])
def test_errors_are_one_line_and_non_zero(tmp_path, args, message):
    (tmp_path / "file.txt").write_text(GOOD)
    (tmp_path / "empty").mkdir()
    values = {"missing": tmp_path / "missing", "file": tmp_path / "file.txt",
              "empty": tmp_path / "empty", "out": tmp_path / "out"}
    before = tree_snapshot(CORPUS)
    result = run_cli(*[a.format(**values) for a in args])
    assert result.returncode == 1
    output = result.stderr + result.stdout
    assert message in output
    assert_one_line_errors(result.stderr)
    assert tree_snapshot(CORPUS) == before


def test_score_with_a_user_registry(tmp_path):
    registry = tmp_path / "sources.yml"
    registry.write_text("name: mine\nversion: '2'\nsources:\n"
                        "  - {name: North Korean state media, aliases: [state media], "
                        "source_type: state-media, country: KP}\n")
    root = write_corpus(tmp_path / "c", {"a.txt": GOOD})
    result = run_cli("score", str(root), "--out", str(tmp_path / "out"), "--registry", str(registry))
    assert result.returncode == 0, result.stderr
    quotes = pd.read_csv(tmp_path / "out" / "quotes.csv")
    assert quotes.speaker.tolist() == ["North Korean state media"]
    assert quotes.registry.tolist() == ["mine@2"]


@pytest.mark.parametrize("content, message", [
    ("sources: [", "not valid YAML"),
    ("sources:\n  - {aliases: [x]}\n", "source #1: no name"),
    ("sources:\n  - {name: X, source_type: robot}\n", "source 'X': unknown source_type 'robot'"),
    ("sources:\n  - {name: X, country: Korea}\n", "not an ISO 3166"),
    ("just text", "expected a mapping with a 'sources' list"),
])
def test_bad_user_registry_is_one_line(tmp_path, content, message):
    registry = tmp_path / "sources.yml"
    registry.write_text(content)
    result = run_cli("score", "corpus", "--out", str(tmp_path / "out"), "--registry", str(registry))
    assert result.returncode == 1
    assert_one_line_errors(result.stderr)
    assert f"{registry}" in result.stderr and message in result.stderr


_INSTRUCTED = ("---\noutlet: Kazinform\n---\nRegional governor Aliya Serikova tasked the "
               "emergency services to open two more shelters. Water levels are still rising, "
               "Marat Aliyev said.\n")


def test_score_and_show_with_user_cues(tmp_path):
    cues = tmp_path / "mine.yml"
    cues.write_text("extends: framing-quote-cues\nname: mine\nversion: '1'\n"
                    "verbs:\n  task: {forms: [tasked]}\n")
    root = write_corpus(tmp_path / "c", {"a.txt": _INSTRUCTED})
    for extra, speakers in (((), ["Marat Aliyev"]),
                            (("--cues", str(cues)), ["Aliya Serikova", "Marat Aliyev"])):
        out = tmp_path / f"out{len(extra)}"
        result = run_cli("score", str(root), "--out", str(out), *extra)
        assert result.returncode == 0, result.stderr
        quotes = pd.read_csv(out / "quotes.csv")
        assert quotes.speaker.tolist() == speakers
        shown = run_cli("show", "a", "--corpus", str(root), "--color", "never", *extra)
        assert shown.returncode == 0, shown.stderr
        assert ("Aliya Serikova" in shown.stdout.split("\nQuotes:\n", 1)[1]) == bool(extra)
    assert set(quotes.cues) == {"mine@1+" + quotes.cues[0].split("+")[1]}


def test_bad_user_cues_is_one_line_and_writes_nothing(tmp_path):
    cues = tmp_path / "mine.yml"
    cues.write_text("extends: framing-quote-cues\nverbs: {task: {forms: tasked}}\n")
    for verb in (("score", "corpus", "--out", str(tmp_path / "out")),
                 ("show", "zhao-pyongyang-2024-04/afp-2024-04-12", "--corpus", "corpus")):
        result = run_cli(*verb, "--cues", str(cues))
        assert result.returncode == 1
        assert_one_line_errors(result.stderr)
        assert f"{cues}: verb 'task' needs a list of forms" in result.stderr
    assert not (tmp_path / "out").exists()


def test_show_lists_quotes():
    result = run_cli("show", "zhao-pyongyang-2024-04/afp-2024-04-12", "--corpus", "corpus",
                     "--color", "never")
    assert result.returncode == 0
    quotes = result.stdout.split("\nQuotes:\n", 1)[1].split("\nNot scored:")[0].splitlines()
    assert len(quotes) == 9
    assert ("  Zhao Leji via Xinhua (partial, expressed): intensify legislative exchanges and "
            "cooperation") in quotes


def test_usage_errors_exit_2():
    assert run_cli("score").returncode == 2
    assert run_cli("score", "corpus", "--jobs", "0").returncode == 2
    assert run_cli("score", "corpus", "--format", "xml").returncode == 2


def test_show_prints_article_and_parts():
    result = run_cli("show", "zhao-pyongyang-2024-04/independent-2024-04-13", "--corpus",
                     "corpus")
    assert result.returncode == 0
    out = result.stdout
    assert "The Independent (western-paper, independent)  2024-04-13" in out
    assert "copy of" not in out.split("\n\n")[0]
    assert "Not scored:" in out
    assert "boilerplate     Your support helps us to tell the story" in out
    body = out.split("\n\n", 1)[1].split("Not scored:")[0]
    assert "Your support" not in body
    assert "\x1b[" not in out  # no colour when not printing to a terminal


def test_show_marks_the_stance_markers():
    result = run_cli("show", "zhao-pyongyang-2024-04/xinhua-2024-04-12", "--corpus", "corpus")
    assert result.returncode == 0, result.stderr
    # the words are marked with their stance category (and topic, when a codebook term)
    assert re.search(r"\[blood-cemented\]\{laudatory\b", result.stdout)
    assert re.search(r"\[unwavering\]\{booster\b", result.stdout)
    assert "pejorative" not in result.stdout


def test_show_with_own_lexicon(tmp_path):
    path = tmp_path / "mine.yml"
    path.write_text("name: mine\nversion: '1'\ncategories:\n  laudatory:\n"
                    "    description: Just one word.\n    terms: [profound]\n")
    result = run_cli("show", "zhao-pyongyang-2024-04/xinhua-2024-04-12", "--corpus", "corpus",
                     "--lexicon", str(path))
    assert result.returncode == 0, result.stderr
    assert "[profound]{laudatory}" in result.stdout
    assert "{booster}" not in result.stdout and "[DPRK]{naming}" in result.stdout


def test_show_partial_id_hint():
    result = run_cli("show", "xinhua", "--corpus", "corpus")
    assert result.returncode == 1
    assert "did you mean zhao-pyongyang-2024-04/xinhua-2024-04-12?" in result.stderr


def readme_console_blocks():
    text = (REPO / "README.md").read_text(encoding="utf-8")
    for block in re.findall(r"```console\n(.*?)```", text, re.S):
        lines = block.splitlines()
        command = lines[0].removeprefix("$ ")
        yield command, lines[1:]


@pytest.mark.parametrize("command, expected", list(readme_console_blocks()),
                         ids=lambda v: v if isinstance(v, str) else "")
def test_readme_examples_are_true(tmp_path, command, expected):
    """Every ```console block of the README runs and prints what the README shows (in order;
    ``framing show`` output is shown as an excerpt)."""
    args = shlex.split(command)
    assert args[0] == "framing"
    out_dir = None
    if "--out" in args:
        out_dir = args[args.index("--out") + 1]
        args[args.index("--out") + 1] = str(tmp_path / out_dir)
    result = run_cli(*args[1:])
    assert result.returncode == 0, result.stderr
    actual = result.stdout.replace(str(tmp_path) + "/", "")
    lines = actual.splitlines()
    position = 0
    for line in expected:
        assert line in lines[position:], f"README line not in output: {line!r}"
        position = lines.index(line, position) + 1


def test_score_writes_topic_tables(tmp_path):
    result = run_cli("score", "corpus", "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    omissions = pd.read_csv(tmp_path / "out" / "omissions.csv")
    xinhua = omissions[omissions.article_id == "zhao-pyongyang-2024-04/xinhua-2024-04-12"]
    assert {"nuclear_program", "sanctions", "russia_alignment"} <= set(xinhua.topic)
    topics = pd.read_csv(tmp_path / "out" / "topics.csv")
    assert set(topics.taxonomy) == {"dprk-diplomacy@1.0"}


def test_score_with_own_taxonomy_and_a_broken_one(tmp_path):
    good = tmp_path / "mine.yml"
    good.write_text("name: mine\nversion: '1'\ntopics:\n  talks:\n    description: Talks.\n"
                    "    terms: [talks]\n")
    result = run_cli("score", "corpus", "--out", str(tmp_path / "out"), "--taxonomy", str(good))
    assert result.returncode == 0, result.stderr
    topics = pd.read_csv(tmp_path / "out" / "topics.csv")
    assert set(topics[~topics.topic.str.startswith("emergent:")].topic) == {"talks"}
    broken = tmp_path / "broken.yml"
    broken.write_text("name: mine\nversion: '1'\ntopics:\n  talks:\n    terms: [talks]\n")
    result = run_cli("score", "corpus", "--out", str(tmp_path / "out2"), "--taxonomy",
                     str(broken))
    assert result.returncode == 1
    assert_one_line_errors(result.stderr)
    assert result.stderr.strip() == f"framing: error: {broken}: topic 'talks' has no description"
    assert not (tmp_path / "out2").exists()


def test_show_marks_the_words_that_give_topics():
    result = run_cli("show", "zhao-pyongyang-2024-04/xinhua-2024-04-12", "--corpus", "corpus")
    assert result.returncode == 0, result.stderr
    assert "[blood-cemented]{laudatory,friendship_solidarity}" in result.stdout
    assert "75th [anniversary]{anniversary_commemoration}" in result.stdout
    assert ("The two sides [exchanged views]{visit_meeting} on the [international and "
            "regional]{regional_security} situations") in result.stdout


def test_min_peers(tmp_path):
    result = run_cli("score", "corpus", "--out", str(tmp_path / "out"), "--min-peers", "1")
    assert result.returncode == 0, result.stderr
    omissions = pd.read_csv(tmp_path / "out" / "omissions.csv")
    xinhua = omissions[omissions.article_id == "zhao-pyongyang-2024-04/xinhua-2024-04-12"]
    row = xinhua[xinhua.topic == "humanitarian_conditions"].iloc[0]
    assert row.covered_by == "zhao-pyongyang-2024-04/independent-2024-04-13" and row.n_peers == 1
    assert run_cli("score", "corpus", "--min-peers", "0").returncode == 2
