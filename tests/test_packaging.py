"""Packaging: every folder with Python code is installed, and the top level stays as designed."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAPPING = {"nlp": "convowatch.nlp", "service": "convowatch.service", "rules": "convowatch.rules", "data/synthetic": "convowatch.synthetic"}


def test_when_a_folder_holds_python_code_then_it_is_listed_as_a_package():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    missing = []
    for folder, pkg in MAPPING.items():
        for init in (ROOT / folder).rglob("__init__.py"):
            rel = init.parent.relative_to(ROOT / folder)
            name = ".".join([pkg, *rel.parts]) if rel.parts else pkg
            if "__pycache__" not in name and name not in listed:
                missing.append(name)
    assert missing == [], f"add these to [tool.setuptools] packages: {missing}"


def test_when_listing_the_top_level_then_only_the_designed_entries_exist():
    allowed = {"pyproject.toml", "nlp", "service", "rules", "tests", "data", "README.md", ".ci", "benchmarks", "docs", ".git", ".gitignore", "LICENSE"}
    tracked = {p.name for p in ROOT.iterdir() if not p.name.startswith(".") or p.name in {".ci", ".git", ".gitignore"}}
    extra = {p for p in tracked if p not in allowed and not p.endswith(".egg-info") and p not in {".pytest_cache", ".hypothesis"}}
    assert extra == set()


def test_when_installed_then_bundled_rules_and_demo_corpus_are_importable_resources():
    from importlib.resources import files

    assert files("convowatch.synthetic").joinpath("demo.jsonl").is_file()
    assert any(p.name.endswith(".yaml") for p in files("convowatch.rules").iterdir())
