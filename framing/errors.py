"""Exceptions that the command line turns into one clear line (never a traceback)."""


class FramingError(Exception):
    """Base class: the message names the file and what is wrong with it."""


class CorpusError(FramingError):
    """A corpus that cannot be read at all (a missing folder, a file that is not a folder)."""


class OutputError(FramingError):
    """An output location that must not or cannot be written."""
