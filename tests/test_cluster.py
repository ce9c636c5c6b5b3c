"""framing.cluster: scoring on a Dask cluster gives the tables of a local run."""

import subprocess
import sys

import pandas as pd
import pytest

import framing
from framing.score import score_corpus, write_scores

from conftest import CORPUS, REPO, run_cli

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        yield cluster


@pytest.fixture(scope="module")
def local_scores():
    return score_corpus(framing.load_corpus(CORPUS))


def test_cluster_tables_equal_the_local_ones(cluster, local_scores):
    from framing.cluster import score_on_cluster

    with distributed.Client(cluster) as client:
        corpus, scores = score_on_cluster(CORPUS, client, files_per_task=2)  # 3 tasks
    assert [a.id for a in corpus] == [a.id for a in local_scores.articles]
    assert list(scores.tables) == list(local_scores.tables)
    for name, table in local_scores.tables.items():
        pd.testing.assert_frame_equal(scores[name], table, obj=name)
    assert list(scores.bodies) == list(local_scores.bodies)


def test_cli_dask_writes_parquet_partitions(cluster, local_scores, tmp_path):
    result = run_cli("score", "corpus", "--out", str(tmp_path / "out"), "--format", "parquet",
                     "--dask", cluster.scheduler_address)
    assert result.returncode == 0, result.stderr
    assert "scored 5 articles" in result.stdout
    write_scores(local_scores, tmp_path / "local", corpus_root=CORPUS, format="parquet")
    for name in local_scores.tables:
        folder = tmp_path / "out" / f"{name}.parquet"
        assert sorted(p.name for p in folder.iterdir()) == ["part-00000.parquet"]
        pd.testing.assert_frame_equal(pd.read_parquet(folder),
                                      pd.read_parquet(tmp_path / "local" / f"{name}.parquet"),
                                      obj=name)
    assert (tmp_path / "out" / "body.jsonl").exists()


def test_parquet_parts_read_back_whole(local_scores, tmp_path):
    write_scores(local_scores, tmp_path, corpus_root=CORPUS, format="parquet", rows_per_part=7)
    markers = local_scores["markers"]
    parts = sorted((tmp_path / "markers.parquet").iterdir())
    assert len(parts) == -(-len(markers) // 7) > 1
    write_scores(local_scores, tmp_path / "whole", corpus_root=CORPUS, format="parquet")
    pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "markers.parquet"),
                                  pd.read_parquet(tmp_path / "whole" / "markers.parquet"))


def test_dask_missing_is_one_line(tmp_path):
    code = ("import sys; sys.modules['distributed'] = None\n"
            "from framing.cli import main\n"
            f"sys.exit(main(['score', 'corpus', '--out', {str(tmp_path / 'o')!r}, "
            "'--dask', 'local']))")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 1
    assert result.stderr.strip() == ('framing: error: --dask needs Dask and its distributed '
                                     'scheduler: pip install "framing[dask]"')


def test_unreachable_scheduler_is_one_line(tmp_path):
    result = run_cli("score", "corpus", "--out", str(tmp_path / "o"), "--dask",
                     "tcp://127.0.0.1:9")
    assert result.returncode == 1
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("framing: error: tcp://127.0.0.1:9: cannot reach the Dask scheduler")


def test_duplicate_ids_on_the_cluster_equal_the_local_run(cluster, tmp_path, monkeypatch):
    """A second file with an id already taken is dropped after the gather; the batch that
    held it is scored again here, so the tables still equal a local run's."""
    import framing.score
    from framing.cluster import score_on_cluster

    from conftest import write_corpus

    files = {p.relative_to(CORPUS).as_posix(): p.read_text(encoding="utf-8")
             for p in sorted(CORPUS.rglob("*.txt"))}
    first = sorted(files)[0]
    files[first[:-4] + ".md"] = files[first]  # same id; the .md sorts first and is kept
    root = write_corpus(tmp_path / "c", files)
    (root / "events.yml").write_text((CORPUS / "events.yml").read_text(encoding="utf-8"),
                                     encoding="utf-8")
    local = score_corpus(framing.load_corpus(root))
    assert any("duplicate article id" in p for p in local["problems"]["message"])
    rescored = []
    score_batch = framing.score._score_batch
    monkeypatch.setattr(framing.score, "_score_batch",
                        lambda articles, scorer: rescored.append([a.id for a in articles])
                        or score_batch(articles, scorer))
    with distributed.Client(cluster) as client:
        # the first task holds both files of that id
        corpus, scores = score_on_cluster(root, client, files_per_task=2)
    assert rescored == [[local.articles[0].id]]
    assert [a.id for a in corpus] == [a.id for a in local.articles]
    for name, table in local.tables.items():
        pd.testing.assert_frame_equal(scores[name], table, obj=name)


def test_cluster_uses_the_corpus_cues(cluster, tmp_path):
    from framing.cluster import score_on_cluster

    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text("---\noutlet: Kazinform\n---\nGovernor Aliya Serikova "
                                "tasked the police to close the bridge.\n")
    (root / "cues.yml").write_text("extends: framing-quote-cues\nname: mine\nversion: '1'\n"
                                   "verbs:\n  task: {forms: [tasked]}\n")
    local = score_corpus(framing.load_corpus(root))
    with distributed.Client(cluster) as client:
        _, scores = score_on_cluster(root, client)
    assert scores["quotes"].speaker.tolist() == ["Aliya Serikova"]
    pd.testing.assert_frame_equal(scores["quotes"], local["quotes"])
