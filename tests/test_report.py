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
    before = sorted(p.name for p in path.parent.iterdir())
    pm.execute_notebook(str(path), str(out), kernel_name="python3", cwd=str(path.parent),
                        progress_bar=False)
    nb = nbformat.read(str(out), as_version=4)
    assert not [o for c in nb.cells if c.cell_type == "code" for o in c.outputs
                if o.output_type == "error"]
    assert sorted(p.name for p in path.parent.iterdir()) == before  # nothing written there
    # every code cell after the setup shows something (a table, a chart, a verdict)
    shown = [c for c in nb.cells[3:] if c.cell_type == "code"]
    assert all(c.outputs for c in shown), [c.source for c in shown if not c.outputs]


DOCUMENTED_PARAMETERS = {
    "event_report.ipynb": {"corpus": "str", "event": "str", "outlets": "list", "lexicon": "list",
                           "taxonomy": "str", "output_dir": "str"},
    "corpus_overview.ipynb": {"corpus": "str", "taxonomy": "str"},
    "explore.ipynb": {"corpus": "str", "article_id": "str", "bloc": "str"},
    "lesson_media_literacy.ipynb": {"corpus": "str", "event": "str", "answer_1": "None",
                                    "answer_2": "None", "answer_3": "None", "answer_4": "None"},
}


@pytest.mark.parametrize("name", sorted(DOCUMENTED_PARAMETERS))
def test_notebook_parameters_are_documented(name):
    params = pm.inspect_notebook(str(REPO / "notebooks" / name))
    assert {n: p["inferred_type_name"] for n, p in params.items()} == DOCUMENTED_PARAMETERS[name]
    assert all(p["help"] for p in params.values())  # every parameter is documented


def test_every_notebook_is_documented_here():
    assert {p.name for p in NOTEBOOKS} == set(DOCUMENTED_PARAMETERS)


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


def test_report_shows_every_section(reports):
    out, _ = reports
    page = (out / "zhao-pyongyang-2024-04" / "report.html").read_text(encoding="utf-8")
    for heading in ("The articles", "What each article covers, and what it leaves out",
                    "Who speaks", "Stance", "Naming", "Tone per actor",
                    "Distinctive vocabulary", "The articles side by side"):
        assert f">{heading}<" in page, heading
    # the plain-language summary, generated from the tables
    assert "Xinhua quotes only Chinese and North Korean officials" in page
    assert "Xinhua leaves out" in page and "Nuclear programme" in page
    # figures embedded as PNG: heatmap, two source charts, markers, tone
    images = re.findall(r'<img [^>]*src="data:image/png;base64,', page)
    assert len(images) == 5
    assert 'alt="Heatmap: share of each article' in page  # charts are described
    # an omission row with its peer evidence sentence
    assert "Beijing&#x27;s third highest-ranking official Zhao Leji" in page or \
        "Beijing's third highest-ranking official Zhao Leji" in page
    # every heatmap cell explained by its words
    assert "8: &#x27;met&#x27;, &#x27;visit&#x27;" in page or "8: 'met', 'visit'" in page
    # source types and a top source with an example quote
    assert "government-official" in page and "state-media" in page
    assert "The talks exchanged views on the regional and international issues" in page
    # marker examples in context, naming variants, highlights with speakers and a legend
    assert "«traditional friendship»" in page or "«traditional China" in page
    assert "DPRK ×" in page
    assert re.search(r"""<span class=["']fr-who["']>KCNA</span>""", page)
    assert "fr-legend" in page
    assert "@media print" in page
    assert "dprk-diplomacy@1.0" in page and "framing-stance@1.1" in page


def test_reports_are_small(reports):
    out, _ = reports
    for page in out.glob("*/report.html"):
        assert page.stat().st_size < 5_000_000, page
    summary = json.loads((out / "zhao-pyongyang-2024-04" / "summary.json").read_text())
    assert summary["summary"][0].startswith("4 articles from 4 outlets")


def test_report_with_own_codebook_and_bad_files(tmp_path):
    from test_summary import ARTICLES, CLIMATE

    (tmp_path / "climate.yml").write_text(CLIMATE, encoding="utf-8")
    root = write_corpus(tmp_path / "c", ARTICLES)
    result = run_cli("report", str(root), "--event", "cop-2031", "--out", str(tmp_path / "out"),
                     "--taxonomy", str(tmp_path / "climate.yml"))
    assert result.returncode == 0, result.stdout + result.stderr
    page = (tmp_path / "out" / "cop-2031" / "report.html").read_text(encoding="utf-8")
    assert "State Herald leaves out Fossil fuels and Forests" in page
    assert "climate-test@0.1" in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; nobody" in page
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert "State Herald omits Fossil fuels and Forests" in index
    (tmp_path / "bad.yml").write_text("name: x\n", encoding="utf-8")
    for option in ("--taxonomy", "--lexicon"):
        result = run_cli("report", str(root), "--all", "--out", str(tmp_path / "o2"), option,
                         str(tmp_path / "bad.yml"))
        assert result.returncode != 0
        assert "Traceback" not in result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "bad.yml" in lines[0], result.stderr


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
    # one line per event, computed from its tables by the report notebook
    assert ("4 articles from 4 outlets (1 copy counted once); AFP omits Friendship and "
            "solidarity; Xinhua omits") in index
    assert "most quoted: Zhao Leji" in index
    assert "1 article from 1 outlet; most quoted: KCNA" in index
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


def test_report_on_some_outlets_only(tmp_path):
    from test_summary import ARTICLES, CLIMATE

    (tmp_path / "climate.yml").write_text(CLIMATE, encoding="utf-8")
    root = write_corpus(tmp_path / "c", ARTICLES)
    outlets = sorted({line.split(":", 1)[1].strip() for text in ARTICLES.values()
                      for line in text.splitlines() if line.startswith("outlet:")})
    kept, dropped = outlets[:2], outlets[2:]
    args = ["report", str(root), "--out", str(tmp_path / "out"), "--taxonomy",
            str(tmp_path / "climate.yml")]
    result = run_cli(*args, *[f"--outlet={o}" for o in kept])
    assert result.returncode == 0, result.stdout + result.stderr
    nb = nbformat.read(str(tmp_path / "out" / "cop-2031" / "report.ipynb"), as_version=4)
    injected = next(c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", []))
    assert all(repr(o) in injected.source or json.dumps(o) in injected.source for o in kept)
    page = (tmp_path / "out" / "cop-2031" / "report.html").read_text(encoding="utf-8")
    assert dropped and all(o not in page for o in dropped)
    # an outlet that is in no article: one line naming it, nothing written
    result = run_cli(*args[:3], str(tmp_path / "o2"), "--outlet", "Nobody Daily")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0 and "Nobody Daily" in result.stderr
    assert not (tmp_path / "o2" / "index.html").exists()
