"""Score a corpus on a Dask cluster: workers read and score batches of files, this process
gathers them and runs the event-level steps (copies, events, emergent topics, omissions)."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Sequence

from .errors import FramingError
from .guard import DEFAULT_SECONDS
from .lexicon import LexiconSpec
from .taxonomy import Taxonomy

INSTALL_HINT = 'pip install "framing[dask]"'


@contextmanager
def dask_client(scheduler: str) -> Iterator:
    """A ``distributed.Client`` for ``scheduler``: an address (``tcp://host:8786``) or
    ``local`` (a `distributed.LocalCluster` on this machine, one single-threaded worker
    process per core), closed (with the local cluster) on exit.

    Raises
    ------
    FramingError
        When Dask is not installed (naming the extra to install) or the scheduler cannot be
        reached.
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise FramingError(f"--dask needs Dask and its distributed scheduler: "
                           f"{INSTALL_HINT}") from None
    cluster = None
    try:
        if scheduler == "local":
            cluster = LocalCluster(threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            client = Client(cluster)
        else:
            client = Client(scheduler, timeout="20s")
    except (OSError, TimeoutError) as exc:
        if cluster is not None:
            cluster.close()
        raise FramingError(f"{scheduler}: cannot reach the Dask scheduler ({exc})") from None
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def score_on_cluster(path: str | Path, client, *, files_per_task: int = 200,
                     lexicon: LexiconSpec = None, registry=None, cues=None,
                     taxonomy: Taxonomy | str | Path | None = None, min_peers: int = 2,
                     article_timeout: float | None = DEFAULT_SECONDS, progress: bool = False):
    """`framing.score_corpus` with the per-article work mapped over a Dask cluster.

    The corpus folder is listed here; each task reads ``files_per_task`` files itself (the
    folder must be readable by every worker at the same path: a shared or copied folder) and
    scores them; the results are gathered in file order, then copies, events, emergent
    topics, topic summaries and omissions are computed here. The tables are the same as
    `framing.score_corpus` gives on this machine. ``registry`` and ``cues`` are as for
    `framing.load_corpus`.

    Returns
    -------
    corpus, scores
        The `Corpus` (articles as read by the workers, their file text and parts emptied
        once scored, as with ``score_corpus(..., release=True)``) and the
        `framing.score.Scores`.
    """
    from .corpus import finish_corpus, find_article_files, open_corpus, resolve_cues
    from .score import Scorer, _score_batch, assemble_scores

    root, problems, reg, lay, events = open_corpus(path, registry=registry)
    vocab = resolve_cues(root, cues, problems)
    files = list(find_article_files(root, problems))
    scorer = Scorer.build(reg, lexicon=lexicon, taxonomy=taxonomy, timeout=article_timeout,
                          cues=vocab)
    [shared] = client.scatter([(scorer, lay)], broadcast=True)
    batches = [files[i:i + files_per_task] for i in range(0, len(files), files_per_task)]
    futures = [client.submit(_read_and_score, root, batch, shared, pure=False)
               for batch in batches]
    if progress:
        from distributed import progress as show

        show(futures)
    read, batches = [], []
    for future in futures:  # in file order
        batch_read, batch = future.result()
        read += batch_read
        batches.append(([a for a, _ in batch_read if a is not None], batch))
        future.release()
    corpus = finish_corpus(root, files, read, problems, events, reg, lay, cues=vocab)
    kept = {id(a) for a in corpus.articles}
    for n, (articles, batch) in enumerate(batches):
        if any(id(a) not in kept for a in articles):  # a second file with the same id
            batches[n] = (articles, _score_batch([a for a in articles if id(a) in kept],
                                                 scorer))
    for article in corpus.articles:  # scored: only the body is needed from here on
        article.text, article.segments, article.parts = "", [], []
    return corpus, assemble_scores(corpus, [b for _, b in batches], scorer,
                                   min_peers=min_peers)


def _read_and_score(root: Path, files: Sequence[Path], shared):
    """On a worker: read ``files``, score the articles; return what `finish_corpus` and
    `framing.score.assemble_scores` need."""
    from .corpus import read_file
    from .score import _score_batch

    scorer, layout = shared
    read = [read_file(root, f, registry=scorer.registry, layout=layout,
                      timeout=scorer.timeout) for f in files]
    return read, _score_batch([a for a, _ in read if a is not None], scorer)
