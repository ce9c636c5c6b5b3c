"""Run the event report notebook with papermill per event; export offline HTML and an index."""

from __future__ import annotations

import html
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from . import __version__, resources
from .errors import FramingError
from .files import check_output_dir, write_text_atomic

KERNEL = "python3"
REPORT_NOTEBOOK = "event_report.ipynb"


@dataclass
class ReportResult:
    """What happened to one event's report."""

    event: str
    ok: bool
    seconds: float
    html: Path | None = None
    notebook: Path | None = None
    error: str | None = None


def notebooks_dir() -> Path:
    """The ``notebooks/`` folder of the framing checkout (next to the package)."""
    return Path(__file__).resolve().parent.parent / "notebooks"


def write_reports(
    corpus: str | Path,
    *,
    events: Sequence[str] | None = None,
    out: str | Path = "reports",
    jobs: int = 1,
    notebook: str | Path | None = None,
    lexicon: Sequence[str | Path] = (),
    taxonomy: str | Path | None = None,
    outlets: Sequence[str] = (),
    kernel: str = KERNEL,
    log: Callable[[str], None] | None = None,
) -> list[ReportResult]:
    """Write ``out/<event>/report.ipynb`` and ``report.html`` per event, and ``out/index.html``.

    Each event runs the parameterized notebook (``notebooks/event_report.ipynb``) through
    papermill on a fresh kernel, with ``out/<event>`` as working directory. A failing event
    does not stop the others: its result carries the failing cell and its error, its
    executed notebook is kept as ``report-failed.ipynb`` and no HTML is written for it.

    Parameters
    ----------
    corpus
        The corpus folder.
    events
        Event ids; all events with articles when None.
    out
        Output folder (not inside the corpus).
    jobs
        Events run in parallel (worker processes).
    notebook
        Another report notebook with the same parameters.
    lexicon
        Your own stance and/or naming lexicon files (at most one of each kind).
    taxonomy
        Your own topic codebook file.
    outlets
        Compare only these outlets (names as in ``articles.csv``); events with fewer than
        one of them are left out when ``events`` is None.
    kernel
        Jupyter kernel name.
    log
        Called with one progress line per event.

    Raises
    ------
    FramingError
        When the corpus cannot be used, an event does not exist or ``out`` is not allowed.
    """
    from .corpus import load_corpus

    log = log or (lambda line: None)
    root = Path(corpus).resolve()
    out = check_output_dir(out, root).resolve()
    template = Path(notebook) if notebook else notebooks_dir() / REPORT_NOTEBOOK
    if not template.exists():
        raise FramingError(f"{template}: report notebook not found")
    loaded = load_corpus(root)
    if not loaded.articles:
        raise FramingError(f"{corpus}: no usable articles (run `framing check {corpus}`)")
    outlets = list(dict.fromkeys(outlets or ()))
    known_outlets = sorted({a.outlet for a in loaded.articles})
    missing = [o for o in outlets if o not in known_outlets]
    if missing:
        raise FramingError(f"{corpus}: no article from {', '.join(map(repr, missing))} "
                           f"(outlets: {', '.join(known_outlets)})")

    def has_outlets(event: str) -> bool:
        return not outlets or any(a.outlet in outlets for a in loaded.in_event(event))

    wanted = list(events) if events else sorted(
        e for e in loaded.events if loaded.in_event(e) and has_outlets(e))
    unknown = [e for e in wanted if e not in loaded.events]
    if unknown:
        raise FramingError(f"{corpus}: no event {', '.join(map(repr, unknown))} "
                           f"(events: {', '.join(sorted(loaded.events))})")
    without = [e for e in wanted if not has_outlets(e)]
    if without:
        raise FramingError(f"{corpus}: event {', '.join(map(repr, without))} has no article "
                           f"from {', '.join(outlets)}")
    if not wanted:
        raise FramingError(f"{corpus}: no event has an article from {', '.join(outlets)}")
    options = {**_check_vocabularies(lexicon, taxonomy), "outlets": outlets}
    tasks = [(str(root), event, str(out / event), str(template), kernel, options)
             for event in wanted]
    results: list[ReportResult] = []
    for n, result in enumerate(_run_all(tasks, jobs), 1):
        status = "ok" if result.ok else f"FAILED: {result.error}"
        log(f"[{n}/{len(tasks)}] {result.event}: {status} ({result.seconds:.1f} s)")
        results.append(result)
    results.sort(key=lambda r: wanted.index(r.event))
    index = write_index(loaded, results, out)
    log(f"wrote {index}")
    return results


def _check_vocabularies(lexicon: Sequence[str | Path], taxonomy: str | Path | None) -> dict:
    """Read the user's lexicons and codebook once, so that a bad file is one clear error
    before any notebook runs; return them as absolute paths for the notebook."""
    from .lexicon import resolve_lexicons
    from .taxonomy import load_taxonomy

    paths = [str(Path(p).resolve()) for p in lexicon or ()]
    if paths:
        resolve_lexicons(paths)
    codebook = str(Path(taxonomy).resolve()) if taxonomy else ""
    if codebook:
        load_taxonomy(codebook)
    return {"lexicon": paths, "taxonomy": codebook}


def _run_all(tasks: list[tuple], jobs: int):
    if jobs <= 1 or len(tasks) <= 1:
        for task in tasks:
            yield run_event_report(*task)
        return
    from concurrent.futures import ProcessPoolExecutor, as_completed

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(run_event_report, *task) for task in tasks]
        for future in as_completed(futures):
            yield future.result()


def run_event_report(corpus: str, event: str, out_dir: str, template: str,
                     kernel: str = KERNEL, options: dict | None = None) -> ReportResult:
    """Execute the report notebook for one event and export it to HTML (never raises).

    ``options`` are more notebook parameters (``lexicon``, ``taxonomy``, ``outlets``); parameters the
    notebook does not declare are left out, so an older notebook still runs."""
    import papermill as pm

    start = time.monotonic()
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    executed = folder / ".report.partial.ipynb"
    (folder / "summary.json").unlink(missing_ok=True)
    try:
        declared = pm.inspect_notebook(template)
        wanted = {"corpus": corpus, "event": event, **(options or {}),
                  "output_dir": str(folder)}
        parameters = {k: v for k, v in wanted.items() if k in declared or k in ("corpus",
                                                                                "event")}
        pm.execute_notebook(template, str(executed), parameters=parameters,
                            kernel_name=kernel, cwd=str(folder), progress_bar=False,
                            log_output=False,
                            # the kernel listens on loopback only: keep its TCP notice quiet
                            extra_arguments=["--IPKernelApp.log_level=ERROR"])
    except pm.PapermillExecutionError as exc:
        failed = folder / "report-failed.ipynb"
        executed.replace(failed)
        return ReportResult(event, False, time.monotonic() - start, notebook=failed,
                            error=f"cell {exc.cell_index + 1} raised {exc.ename}: "
                                  f"{_first_line(exc.evalue)} (see {failed})")
    except Exception as exc:  # noqa: BLE001 - a kernel that cannot start, a bad notebook
        executed.unlink(missing_ok=True)
        return ReportResult(event, False, time.monotonic() - start,
                            error=f"{type(exc).__name__}: {_first_line(str(exc))}")
    notebook = folder / "report.ipynb"
    page = folder / "report.html"
    write_text_atomic(page, export_html(executed, title=f"{event}: framing report"))
    executed.replace(notebook)
    (folder / "report-failed.ipynb").unlink(missing_ok=True)
    return ReportResult(event, True, time.monotonic() - start, html=page, notebook=notebook)


def export_html(notebook: str | Path, *, title: str) -> str:
    """Export an executed notebook to self-contained HTML without code cells.

    Uses framing's own nbconvert template (``framing/templates/framing``): JupyterLab's styles
    inlined, images embedded, and no script loaded from a CDN.
    """
    import nbformat
    from nbconvert import HTMLExporter

    nb = nbformat.read(str(notebook), as_version=4)
    nb.metadata["title"] = title
    for cell in nb.cells:  # papermill gives its cell a random id: keep the HTML reproducible
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell["id"] = "injected-parameters"
        alt = cell.metadata.get("alt")  # a chart's description, for its alt text
        for output in cell.get("outputs", []) if alt else []:
            if "image/png" in output.get("data", {}):
                output.setdefault("metadata", {}).setdefault("image/png", {})["alt"] = alt
    exporter = HTMLExporter(template_name="framing",
                            extra_template_basedirs=[str(resources.template_dir())],
                            exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True)
    body, _ = exporter.from_notebook_node(nb)
    return body


def write_index(corpus, results: list[ReportResult], out: Path) -> Path:
    """Write ``out/index.html``: every event with its dates, size, a summary and a link."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    env = Environment(loader=FileSystemLoader(str(resources.template_dir())),
                      autoescape=select_autoescape(["html", "j2"]))
    rows = []
    for r in results:
        ev = corpus.events[r.event]
        articles = corpus.in_event(r.event)
        dates = sorted(a.date for a in articles if a.date)
        rows.append({
            "event": r.event, "title": ev.title, "auto": ev.auto, "ok": r.ok,
            "error": r.error, "href": f"{r.event}/report.html",
            "dates": f"{dates[0]} – {dates[-1]}" if dates and dates[0] != dates[-1]
                     else (dates[0] if dates else "undated"),
            "n_articles": len(articles),
            "summary": _summary_line(out / r.event) or index_summary(articles),
        })
    page = env.get_template("index.html.j2").render(
        title="framing reports", corpus=str(corpus.root), reports=rows,
        n_articles=len(corpus.articles), version=__version__)
    path = out / "index.html"
    write_text_atomic(path, page)
    return path


def _summary_line(folder: Path) -> str | None:
    """The line the report notebook wrote (``summary.json``), if it wrote one."""
    import json

    try:
        return str(json.loads((folder / "summary.json").read_text(encoding="utf-8"))["line"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def index_summary(articles: list) -> str:
    """One line about an event's coverage for the index page."""
    originals = [a for a in articles if not a.duplicate_of]
    by_bloc: dict[str, list[str]] = {}
    for a in originals:
        by_bloc.setdefault(a.bloc, [])
        if a.outlet not in by_bloc[a.bloc]:
            by_bloc[a.bloc].append(a.outlet)
    parts = [f"{bloc}: {', '.join(names)}" for bloc, names in sorted(by_bloc.items())]
    copies = len(articles) - len(originals)
    return "; ".join(parts) + (f" ({copies} copy counted once)" if copies == 1 else
                               f" ({copies} copies counted once)" if copies else "")


def _first_line(text: str) -> str:
    text = html.unescape(str(text)).strip()
    return text.splitlines()[0][:300] if text else ""
