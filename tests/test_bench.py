"""The benchmark script runs end to end on a small corpus and prints the figures it promises."""

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_bench_score_prints_its_figures():
    result = subprocess.run([sys.executable, str(REPO / "benchmarks/bench_score.py"),
                             "--articles", "40"], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    assert figures["articles"] == 40 and figures["words"] > 40 * 100
    for key in ("words_per_s", "tokenize_words_per_s", "ratio_to_tokenize",
                "quotes_to_tokenize", "markers_to_tokenize", "cpu_ratio_to_tokenize",
                "cpu_quotes_to_tokenize", "cpu_markers_to_tokenize", "peak_rss_mb"):
        assert figures[key] > 0, key
    stages = {"load", "articles", "quotes", "markers", "tone", "topics", "omissions", "write"}
    assert stages <= set(figures["stages"]) and stages <= set(figures["cpu_stages"])
    assert not any(k.startswith("cpu:") for k in figures["stages"])
    assert {"load", "tokenize", "score", "write"} <= set(figures["peak_rss_by_phase_mb"])
