"""The ``framing`` command: parses flags and calls the library (score, report, check, show)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Sequence

from . import __version__

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every verb (also used to document them in the README)."""
    parser = argparse.ArgumentParser(
        prog="framing",
        description="Compare how news outlets framed the same event: stance markers, "
                    "quoted sources and omitted topics.",
    )
    parser.add_argument("--version", action="version", version=f"framing {__version__}")
    parser.add_argument("--debug", action="store_true",
                        help="show the full traceback of an unexpected error")
    verbs = parser.add_subparsers(dest="verb", metavar="VERB", required=True)

    score = verbs.add_parser("score", help="write the output tables for a corpus",
                             description="Write articles.csv, body.jsonl and the other tables "
                                         "of a corpus to --out.")
    score.add_argument("corpus", metavar="CORPUS", help="corpus folder")
    score.add_argument("--out", default="scores", metavar="DIR",
                       help="output folder, never inside the corpus (default: scores)")
    score.add_argument("--format", choices=("csv", "parquet"), default="csv",
                       help="table format (default: csv)")
    score.add_argument("--jobs", type=_positive, default=1, metavar="N",
                       help="worker processes (default: 1)")
    score.add_argument("--dask", metavar="SCHEDULER", default=None,
                       help="score on a Dask cluster: the scheduler's address (tcp://host:8786) "
                            "or 'local' for a cluster on this machine; the corpus folder must "
                            "be readable by every worker at the same path (needs "
                            "pip install \"framing[dask]\")")
    score.add_argument("--timeout", type=_seconds, default=60.0, metavar="SECONDS",
                       help="time one article may take to read, and to score; a slower one "
                            "is listed in problems.csv and skipped (default: 60)")
    score.add_argument("--registry", metavar="PATH", default=None,
                       help="your own source registry, in the format of framing/data/sources.yml "
                            "(default: the packaged one)")
    _add_cues_option(score)
    _add_lexicon_option(score)
    score.add_argument("--taxonomy", metavar="PATH", default=None,
                       help="your own topic codebook (YAML; default: the packaged "
                            "dprk-diplomacy taxonomy)")
    score.add_argument("--min-peers", type=_positive, default=2, metavar="N",
                       help="an article omits a topic that at least N other stories of its "
                            "event cover, or all of them when there are fewer (default: 2)")

    report = verbs.add_parser("report", help="write HTML reports per event",
                              description="Run the event report notebook with papermill for "
                                          "each event and write DIR/<event>/report.ipynb, "
                                          "report.html (self-contained, no code, no network) "
                                          "and summary.json, and DIR/index.html with one "
                                          "line per event. One progress line per event; a "
                                          "failing event is reported with its failing cell, "
                                          "the others go on, and the exit code is 1.")
    report.add_argument("corpus", metavar="CORPUS", help="corpus folder")
    which = report.add_mutually_exclusive_group()
    which.add_argument("--event", action="append", metavar="ID", default=None,
                       help="report on this event (repeat for several)")
    which.add_argument("--all", action="store_true", help="report on every event (default)")
    report.add_argument("--out", default="reports", metavar="DIR",
                        help="output folder (default: reports)")
    report.add_argument("--jobs", type=_positive, default=1, metavar="N",
                        help="events run in parallel (default: 1)")
    report.add_argument("--outlet", action="append", default=None, metavar="NAME",
                        dest="outlets",
                        help="compare only this outlet, as named in articles.csv (repeat for "
                             "several; default: every outlet of the event)")
    _add_lexicon_option(report)
    report.add_argument("--taxonomy", metavar="PATH", default=None,
                        help="your own topic codebook (YAML; default: the packaged "
                             "dprk-diplomacy taxonomy)")
    report.add_argument("--notebook", metavar="PATH", default=None,
                        help="your own report notebook taking the same parameters "
                             "(default: notebooks/event_report.ipynb)")

    check = verbs.add_parser("check", help="validate a corpus and list every problem",
                             description="Print every problem with file and line; exit 1 if "
                                         "any file cannot be used.")
    check.add_argument("corpus", metavar="CORPUS", help="corpus folder")

    show = verbs.add_parser("show", help="print one article with what was found in it",
                            description="Print one article, its metadata, its body with "
                                        "highlighted spans and its non-body parts.")
    show.add_argument("article_id", metavar="ARTICLE_ID")
    show.add_argument("--corpus", required=True, metavar="CORPUS", help="corpus folder")
    show.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                      help="colour the highlights (default: auto, when printing to a terminal)")
    show.add_argument("--registry", metavar="PATH", default=None,
                      help="your own source registry (default: the packaged one)")
    _add_cues_option(show)
    _add_lexicon_option(show)
    show.add_argument("--taxonomy", metavar="PATH", default=None,
                      help="your own topic codebook (YAML) for the topic highlights")
    return parser


def _add_cues_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--cues", metavar="PATH", default=None,
                        help="your own attribution vocabulary (reporting verbs, titles, roles; "
                             "YAML in the format of framing/data/quotes.yml, or with 'extends: "
                             "framing-quote-cues' to add to ours; default: the corpus' cues.yml "
                             "if it has one, else the packaged one)")


def _add_lexicon_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lexicon", action="append", metavar="PATH", default=None,
                        help="your own stance or naming lexicon (YAML, the format of "
                             "framing/data/lexicons/); give it twice for one of each kind")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code (0 ok, 1 problems, 2 usage, 3 internal)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    from .errors import FramingError

    try:
        return _VERBS[args.verb](args)
    except FramingError as exc:
        _err(f"framing: error: {exc}")
        return EXIT_PROBLEMS
    except KeyboardInterrupt:
        _err("framing: interrupted")
        return 130
    except Exception as exc:  # noqa: BLE001 - one clear line, never a traceback
        if args.debug:
            raise
        _err(f"framing: internal error: {type(exc).__name__}: {exc} "
             "(run with --debug for the traceback)")
        return EXIT_INTERNAL


def cmd_score(args: argparse.Namespace) -> int:
    """``framing score``: load, score, write; unusable files are skipped and listed."""
    from .corpus import load_corpus
    from .files import check_output_dir
    from .lexicon import resolve_lexicons
    from .score import score_corpus, use_system_arrow_pool, write_scores
    from .taxonomy import load_taxonomy

    use_system_arrow_pool()
    check_output_dir(args.out, args.corpus)
    lexicon = resolve_lexicons(args.lexicon)  # a bad lexicon file stops before any work
    taxonomy = load_taxonomy(args.taxonomy)
    options = dict(lexicon=list(lexicon), taxonomy=taxonomy, min_peers=args.min_peers,
                   article_timeout=args.timeout)
    if args.dask:
        from .cluster import dask_client, score_on_cluster

        with dask_client(args.dask) as client:
            corpus, scores = score_on_cluster(args.corpus, client, registry=args.registry,
                                              cues=args.cues, progress=_tty(), **options)
        _print_problems(corpus.problems)
        parts = 100_000 if args.format == "parquet" else None
    else:
        corpus = load_corpus(args.corpus, registry=args.registry, cues=args.cues,
                             progress=_tty(), article_timeout=args.timeout)
        _print_problems(corpus.problems)
        if not corpus.articles:
            return EXIT_PROBLEMS
        scores = score_corpus(corpus, jobs=args.jobs, progress=_tty(), release=True,
                              **options)
        parts = None
    if not corpus.articles:
        return EXIT_PROBLEMS
    skipped_now = scores["problems"].iloc[len(corpus.problems):]  # too slow to score
    for row in skipped_now.itertuples(index=False):
        print(f"{row.path}: {row.severity}: {row.message}", file=sys.stderr)
    written = write_scores(scores, args.out, corpus_root=args.corpus, format=args.format,
                           rows_per_part=parts)
    skipped = len({p.path for p in corpus.errors}) + len(skipped_now)
    print(f"scored {len(scores.articles)} articles"
          + (f" ({skipped} file(s) skipped, see above)" if skipped else "")
          + f"; wrote {', '.join(str(p) for p in written)}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    """``framing check``: print every problem; exit 1 when a file cannot be used."""
    from .corpus import load_corpus

    corpus = load_corpus(args.corpus, progress=_tty())
    _print_problems(corpus.problems, stream=sys.stdout)
    n_errors = len(corpus.errors)
    n_warnings = len(corpus.problems) - n_errors
    auto = [e for e in corpus.events.values() if e.auto]
    print(f"{len(corpus.articles)} usable article(s) in {len(corpus.events)} event(s)"
          + (f" ({len(auto)} grouped automatically)" if auto else "")
          + f"; {n_errors} error(s), {n_warnings} warning(s)")
    return EXIT_PROBLEMS if n_errors else EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    """``framing show``: one article, with its stance markers highlighted, for the terminal."""
    from .corpus import load_corpus
    from .display import article_text
    from .errors import FramingError
    from .lexicon import resolve_lexicons
    from .markers import find_markers, marker_highlights
    from .quotes import extract_quotes, quote_lines
    from .taxonomy import load_taxonomy
    from .topics import detect_topics, topic_highlights

    lexicon = list(resolve_lexicons(args.lexicon))
    taxonomy = load_taxonomy(args.taxonomy)
    corpus = load_corpus(args.corpus, registry=args.registry, cues=args.cues)
    try:
        article = corpus[args.article_id]
    except KeyError:
        ids = [a.id for a in corpus.articles]
        close = [i for i in ids if args.article_id in i][:5]
        hint = f"; did you mean {', '.join(close)}?" if close else f" ({len(ids)} articles)"
        raise FramingError(f"{args.corpus}: no article {args.article_id!r}{hint}") from None
    color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())
    highlights = marker_highlights(article, find_markers([article], lexicon=lexicon))
    # topics depend only on the article and, for emergent topics, on its event
    peers = corpus.in_event(article.event) if article.event else [article]
    highlights += topic_highlights(article, detect_topics(peers, taxonomy=taxonomy))
    print(article_text(article, highlights, color=color))
    quotes = extract_quotes([article], registry=corpus.registry, cues=corpus.cues)
    if len(quotes):
        print("Quotes:")
        print("\n".join(quote_lines(quotes)))
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    """``framing report``: one notebook and HTML page per event, plus index.html."""
    # jsonschema (imported by nbformat) loads rfc3987-syntax when it is installed, which costs
    # about 2 s per process and is used by no schema of ours: block it in this process only.
    sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[assignment]
    from .report import write_reports

    results = write_reports(args.corpus, events=args.event, out=args.out, jobs=args.jobs,
                            notebook=args.notebook, lexicon=args.lexicon or (),
                            taxonomy=args.taxonomy, outlets=args.outlets or (), log=print)
    failed = [r for r in results if not r.ok]
    return EXIT_PROBLEMS if failed else EXIT_OK


_VERBS = {"score": cmd_score, "check": cmd_check, "show": cmd_show, "report": cmd_report}


def _print_problems(problems, stream=None) -> None:
    stream = stream or sys.stderr
    for p in problems:
        print(str(p), file=stream)


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if n < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return n


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds") from None
    if not seconds > 0:
        raise argparse.ArgumentTypeError("must be more than 0")
    return seconds


def _tty() -> bool:
    return sys.stderr.isatty()


def _err(message: str) -> None:
    print(message, file=sys.stderr)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
