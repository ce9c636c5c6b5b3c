"""Packaged data files (lexicons, registries, rules) and the YAML reader used for all of them."""

from __future__ import annotations

from importlib import resources as _resources
from pathlib import Path
from typing import Any

import yaml


class _Loader(yaml.SafeLoader):
    """Safe YAML loader that leaves dates and times as the strings the user wrote."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


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
