"""Packaged data files (lexicons, registries, rules) and the YAML reader used for all of them."""

from __future__ import annotations

import re
from importlib import resources as _resources
from pathlib import Path
from typing import Any

import yaml


class _Loader(yaml.SafeLoader):
    """Safe YAML loader that leaves dates and times as the strings the user wrote, and reads
    only true/false as booleans (YAML 1.2): Norway's country code NO, or an outlet called "On",
    stays a string."""


_BOOL = "tag:yaml.org,2002:bool"
_TRUE_FALSE = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")


def plain_resolvers(loader: type) -> dict:
    """``loader``'s implicit resolvers without timestamps, and with booleans of YAML 1.2 (only
    true and false): what `_Loader` and the corpus's fast front matter loader both use."""
    resolvers = {first: [(tag, regexp) for tag, regexp in found
                         if tag not in ("tag:yaml.org,2002:timestamp", _BOOL)]
                 for first, found in loader.yaml_implicit_resolvers.items()}
    for first in "tTfF":
        resolvers.setdefault(first, []).append((_BOOL, _TRUE_FALSE))
    return resolvers


_Loader.yaml_implicit_resolvers = plain_resolvers(yaml.SafeLoader)


def parse_yaml(text: str) -> Any:
    """Parse YAML text safely; dates stay strings so that they can be validated."""
    return yaml.load(text, Loader=_Loader)  # noqa: S506 - _Loader derives from SafeLoader


def read_yaml(path: str | Path) -> Any:
    """Read a YAML file from disk."""
    return parse_yaml(Path(path).read_text(encoding="utf-8"))


def data_path(name: str) -> Path:
    """Path of a file or folder inside ``framing/data``."""
    return Path(str(_resources.files("framing") / "data" / name))


def read_data_yaml(name: str) -> Any:
    """Read a YAML file shipped in ``framing/data``."""
    return parse_yaml((_resources.files("framing") / "data" / name).read_text(encoding="utf-8"))


def template_dir() -> Path:
    """Folder of framing's templates (the nbconvert report template and the index page)."""
    return Path(str(_resources.files("framing") / "templates"))
