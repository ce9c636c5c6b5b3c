"""framing.report and the notebooks: papermill runs, offline HTML, the index, failures."""

import ast
import json
import re

import nbformat
import papermill as pm
import pytest

from conftest import CORPUS, REPO, run_cli, write_corpus

NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))


def test_notebooks_are_committed_clean_and_thin():
    assert NOTEBOOKS
    for path in NOTEBOOKS:
        nb = nbformat.read(str(path), as_version=4)
        for cell in nb.cells:
            if cell.cell_type != "code":
                continue
            assert cell.outputs == [] and cell.execution_count is None, path
            tree = ast.parse(cell.source)
            assert not any(isinstance(n, (ast.FunctionDef, ast.ClassDef)) for n in ast.walk(tree))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_every_notebook_runs_with_papermill(tmp_path, path):
    """Each notebook, with its default parameters, from the notebooks folder (as a user opens it)."""
    out = tmp_path / path.name
    pm.execute_notebook(str(path), str(out), kernel_name="python3", cwd=str(path.parent),
                        progress_bar=False)
    nb = nbformat.read(str(out), as_version=4)
    assert not [o for c in nb.cells if c.cell_type == "code" for o in c.outputs
                if o.output_type == "error"]


def test_event_report_parameters():
    params = pm.inspect_notebook(str(REPO / "notebooks" / "event_report.ipynb"))
    assert {name: p["inferred_type_name"] for name, p in params.items()} == {
        "corpus": "str", "event": "str", "outlets": "list"}
    assert all(p["help"] for p in params.values())  # every parameter is documented


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    out = tmp_path_factory.mktemp("reports")
    result = run_cli("report", "corpus", "--all", "--out", str(out), "--jobs", "2")
    assert result.returncode == 0, result.stderr
    return out, result


def test_report_writes_every_event(reports):
    out, result = reports
    for event in ("zhao-pyongyang-2024-04", "li-pyongyang-2025-10"):
        assert (out / event / "report.ipynb").exists()
        assert (out / event / "report.html").exists()
        assert f"{event}: ok" in result.stdout
    assert not list(out.rglob(".*partial*"))
    assert "wrote " + str(out / "index.html") in result.stdout


def test_report_html_is_self_contained(reports):
    out, _ = reports
    page = (out / "zhao-pyongyang-2024-04" / "report.html").read_text(encoding="utf-8")
    assert len(page.encode()) < 5_000_000
    assert "<script" not in page  # no require.js, MathJax or widgets from a CDN
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "@import" not in page
    assert "In&nbsp;[" not in page and "def " not in page  # code cells are left out
    # the articles are there, their markup escaped
    assert "Zhao Leji" in page and "Choe Ryong Hae" in page
    assert "Not scored" in page and "Your support helps us to tell the story" in page


def test_executed_notebook_ran_with_the_parameters(reports):
    out, _ = reports
    nb = nbformat.read(str(out / "li-pyongyang-2025-10" / "report.ipynb"), as_version=4)
    injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert injected and "event = \"li-pyongyang-2025-10\"" in injected[0].source
    assert str(CORPUS.resolve()) in injected[0].source
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs
              if o.output_type == "error"]
    assert errors == []


def test_index_links_every_report(reports):
    out, _ = reports
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="zhao-pyongyang-2024-04/report.html"' in index
    assert 'href="li-pyongyang-2025-10/report.html"' in index
    assert "independent: AFP, The Independent; state: Xinhua (1 copy counted once)" in index
    assert "<script" not in index


def test_reports_are_reproducible(tmp_path, reports):
    out, _ = reports
    result = run_cli("report", "corpus", "--event", "zhao-pyongyang-2024-04", "--out",
                     str(tmp_path))
    assert result.returncode == 0, result.stderr
    name = "zhao-pyongyang-2024-04/report.html"
    assert (tmp_path / name).read_bytes() == (out / name).read_bytes()


def test_single_event_and_article_markup_escaped(tmp_path):
    root = write_corpus(tmp_path / "c", {
        "evil.txt": "---\nevent: e1\ntitle: <b>Bold</b> title\n---\n"
                    "Kim met <script>alert('x')</script> Li in Pyongyang on Thursday, KCNA said.\n"})
    result = run_cli("report", str(root), "--event", "e1", "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "out" / "e1" / "report.html").read_text(encoding="utf-8")
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(" in page
    assert "<b>Bold</b>" not in page


def test_failing_event_is_reported_and_others_continue(tmp_path):
    nb = nbformat.read(str(REPO / "notebooks" / "event_report.ipynb"), as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell(
        "if event == 'li-pyongyang-2025-10':\n    raise ValueError('broken on purpose')"))
    custom = tmp_path / "custom.ipynb"
    nbformat.write(nb, str(custom))
    result = run_cli("report", "corpus", "--all", "--out", str(tmp_path / "out"),
                     "--notebook", str(custom))
    assert result.returncode == 1
    failed = [line for line in result.stdout.splitlines() if "FAILED" in line]
    assert len(failed) == 1
    # cells are numbered as in report-failed.ipynb, which has papermill's injected cell
    assert re.search(rf"li-pyongyang-2025-10: FAILED: cell {len(nb.cells) + 1} raised ValueError: "
                     r"broken on purpose", failed[0])
    assert (tmp_path / "out" / "li-pyongyang-2025-10" / "report-failed.ipynb").exists()
    assert not (tmp_path / "out" / "li-pyongyang-2025-10" / "report.html").exists()
    assert (tmp_path / "out" / "zhao-pyongyang-2024-04" / "report.html").exists()
    index = (tmp_path / "out" / "index.html").read_text()
    assert "report failed: cell" in index
