"""`convowatch banks` as the README uses it: hash images, import, list, match, remove."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from convowatch.service.cli import app

from media_fixtures import TRANSFORMS, encode, make_image

runner = CliRunner()


def run(*args: str, cwd: Path):
    import os

    old = os.getcwd()
    os.chdir(cwd)
    try:
        return runner.invoke(app, ["banks", *args])
    finally:
        os.chdir(old)


def test_when_banks_are_built_from_images_then_a_copy_matches_until_its_entry_is_removed(tmp_path: Path) -> None:
    for seed in (1, 2):
        (tmp_path / f"known{seed}.png").write_bytes(encode(make_image(seed)))
    (tmp_path / "suspect.jpg").write_bytes(TRANSFORMS["jpeg_q20"](make_image(2)))
    (tmp_path / "holiday.png").write_bytes(encode(make_image(300)))

    hashed = run("hash", "known1.png", "known2.png", cwd=tmp_path)
    assert hashed.exit_code == 0 and hashed.stdout.splitlines()[0] == "hash,entry_id,quality"
    (tmp_path / "known.csv").write_text(hashed.stdout)
    imported = run("import", "known.csv", "--bank", "known-test", "--category", "grooming", cwd=tmp_path)
    assert imported.exit_code == 0 and "known-test: 2 entries added" in imported.stdout
    listed = run("list", cwd=tmp_path)
    assert listed.exit_code == 0 and "known-test" in listed.stdout

    hit = run("match", "suspect.jpg", "holiday.png", cwd=tmp_path)
    assert hit.exit_code == 1 and "known2" in hit.stdout and "no match" in hit.stdout
    assert run("remove", "known-test", "known2", cwd=tmp_path).exit_code == 0
    assert run("match", "suspect.jpg", cwd=tmp_path).exit_code == 0

    saved = json.loads((tmp_path / "banks.json").read_text())
    assert [a["action"] for a in saved["audit"]] == ["put_bank", "add_entries", "remove_entry"]
    assert saved["version"] == 3 and len(saved["banks"][0]["entries"]) == 1


def test_when_a_bank_file_has_a_bad_line_then_exit_2_names_it_and_nothing_is_added(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_text("pdq " + "a" * 64 + "\npdq nothex\n")
    r = run("import", "bad.txt", "--bank", "b", cwd=tmp_path)
    assert r.exit_code == 2 and "line 2: hash" in r.stderr
    assert not (tmp_path / "banks.json").exists()
