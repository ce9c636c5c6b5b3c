"""``python -m framing``: the same command line as ``framing``."""

import sys

from .cli import main

sys.exit(main())
