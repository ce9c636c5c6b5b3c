"""Shared fixtures: the bundled corpus, the raw seeds (front matter removed), a CLI runner."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
SEED_ARTICLES = sorted(p for p in CORPUS.rglob("*.txt"))


def split_seed(path: Path) -> tuple[dict, bytes]:
    """Front matter (as a dict) and the verbatim seed bytes that follow it."""
    from framing.resources import parse_yaml

    data = path.read_bytes()
    assert data.startswith(b"---\n")
    end = data.index(b"\n---\n", 4)
    meta = parse_yaml(data[4:end].decode("utf-8"))
    return meta, data[end + len(b"\n---\n"):]


@pytest.fixture(scope="session")
def raw_seeds(tmp_path_factory) -> Path:
    """The five seed articles exactly as received (no front matter), named as received."""
    folder = tmp_path_factory.mktemp("raw_seeds")
    for path in SEED_ARTICLES:
        meta, raw = split_seed(path)
        assert hashlib.sha256(raw).hexdigest() == meta["seed_sha256"], path
        (folder / meta["seed"]).write_bytes(raw)
    return folder


@pytest.fixture(scope="session")
def corpus():
    import framing

    return framing.load_corpus(CORPUS)


@pytest.fixture(scope="session")
def raw_corpus(raw_seeds):
    import framing

    return framing.load_corpus(raw_seeds)


def write_corpus(root: Path, files: dict[str, str | bytes]) -> Path:
    """Create a corpus folder from ``{relative path: text or bytes}``."""
    root.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


def bench_corpus(root: Path, articles: int, seed: int) -> Path:
    """A synthetic corpus built as `benchmarks/bench_score.py` builds it (resampled sentences,
    varied metadata, copies): for tests of the paths only large corpora take."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        from bench_score import build_corpus
    finally:
        sys.path.pop(0)
    build_corpus(root, articles, seed=seed)
    return root


def run_cli(*args: str, cwd: Path = REPO, timeout: int = 600) -> subprocess.CompletedProcess:
    """Run ``python -m framing ARGS`` in a subprocess and capture its output."""
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    return subprocess.run([sys.executable, "-m", "framing", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=timeout)


def tree_snapshot(root: Path) -> dict[str, tuple[int, int]]:
    """Every file under ``root`` with its size and modification time (to prove nothing changed)."""
    return {str(p.relative_to(root)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in sorted(root.rglob("*"))}
