"""Writing output safely: never inside the corpus, never half-written (temp file, then rename)."""

from __future__ import annotations

import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from .errors import OutputError


def check_output_dir(out: str | Path, corpus_root: str | Path) -> Path:
    """Return ``out`` as a Path after checking it is not the corpus folder or inside it.

    Raises
    ------
    OutputError
        When ``out`` lies inside the corpus or exists and is not a folder.
    """
    out = Path(out)
    root = Path(corpus_root).resolve()
    resolved = out.resolve()
    if resolved == root or resolved.is_relative_to(root):
        raise OutputError(f"{out}: output folder is inside the corpus {corpus_root}; "
                          "nothing is ever written there (choose another --out)")
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out}: exists and is not a folder")
    return out


@contextmanager
def staged_output(out: Path) -> Iterator[Path]:
    """Yield a temporary folder next to the outputs; on success move each file into ``out``.

    Files are moved one by one with an atomic rename, so a reader sees either the old or the
    new version of every file, and an interrupted run leaves the previous outputs intact.
    """
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".framing-tmp-", dir=out))
    try:
        yield tmp
        for path in sorted(tmp.rglob("*")):
            if path.is_file():
                target = out / path.relative_to(tmp)
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(path, target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_text_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file in the same folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp creates 0600; give the usual mode
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
