"""The set-up: dependency lists agree, the README opens with the two commands, CI runs them."""

import re
import tomllib

import yaml

from conftest import REPO


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def split_requirement(text: str) -> tuple[str, str]:
    m = re.match(r"^\s*([A-Za-z0-9_.\-]+)\s*(.*?)\s*$", text)
    return normalise(m.group(1)), m.group(2).replace(" ", "")


def test_environment_yml_matches_pyproject():
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    wanted = dict(split_requirement(r) for r in project["dependencies"]
                  + project["optional-dependencies"]["dev"])
    env = yaml.safe_load((REPO / "environment.yml").read_text())
    conda = {}
    for item in env["dependencies"]:
        if isinstance(item, dict):
            assert item == {"pip": ["-e ."]}
            continue
        name, spec = split_requirement(item)
        if name not in ("python", "pip"):
            conda[name] = spec
    assert conda == wanted
    python = [d for d in env["dependencies"] if isinstance(d, str) and re.match(r"python[<>=]", d)]
    assert python == [f"python{project['requires-python']}"]


def test_every_dependency_has_a_compatible_range():
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    for requirement in project["dependencies"] + project["optional-dependencies"]["dev"]:
        _, spec = split_requirement(requirement)
        assert ">=" in spec and "<" in spec.replace("<=", ""), requirement


def test_readme_opens_with_the_two_commands():
    lines = (REPO / "README.md").read_text().splitlines()
    block = lines[lines.index("```sh") + 1:lines.index("```")]
    assert lines.index("```sh") < 5
    assert [line.split("#")[0].strip() for line in block] == ["make report", "make test"]


def test_make_targets_and_ci():
    makefile = (REPO / "Makefile").read_text()
    assert re.search(r"^report: \$\(STAMP\)\n\t\$\(BIN\)/framing report \$\(CORPUS\) --all "
                     r"--out \$\(OUT\)$", makefile, re.M)
    assert re.search(r"^test: \$\(STAMP\)\n\t\$\(BIN\)/python -m pytest$", makefile, re.M)
    assert re.search(r'pip install --quiet -e "\.\[dev\]"', makefile)
    assert re.search(r"^CORPUS \?= corpus$", makefile, re.M)
    ci = (REPO / ".ci" / "run").read_text()
    assert re.search(r"^make test$", ci, re.M)


def test_generated_reports_are_not_committed():
    ignore = (REPO / ".gitignore").read_text().splitlines()
    assert "/reports/*" in ignore and "!/reports/README.md" in ignore


def test_import_has_no_side_effects():
    import subprocess
    import sys

    code = ("import sys, framing\n"
            "heavy = {'nltk', 'sklearn', 'pandas', 'papermill', 'matplotlib'}\n"
            "print(sorted(heavy & set(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "[]"
