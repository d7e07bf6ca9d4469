"""The lessons in samples/lessons are checked scripts: they replay with the output they recorded."""
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT

LESSONS = sorted((ROOT / "samples" / "lessons").glob("*.story"))


def check(binary, lesson, *paths, cwd=ROOT):
    return subprocess.run([binary, "--check", str(lesson), *map(str, paths)], cwd=cwd, capture_output=True,
                          text=True, timeout=300, env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1", "HOME": "/tmp"})


def test_there_are_three_lessons():
    assert len(LESSONS) >= 3


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda p: p.name)
def test_lesson_still_tells_the_truth(binary, lesson):
    result = check(binary, lesson)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert " 0 failed" in result.stdout


def test_a_changed_analysis_fails_the_check_with_a_readable_diff(binary, tmp_path):
    """Turn 003's GET OUT into an embrace: its ending changes, and lesson 2 must say where."""
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "samples" / "corpus", corpus)
    story = corpus / "003_3a1f6aefeb39fc85.txt"
    text = story.read_text(encoding="utf-8")
    text = text.replace("“GET OUT,” I whispered, the words trembling with a ferocity I didn’t know I possessed. “GET OUT OF MY HOUSE. AND DON’T EVER COME BACK.”",
                        "“Come here,” I whispered, and I forgave him, and we decided to try again.")
    story.write_text(text, encoding="utf-8")
    lesson = next(p for p in LESSONS if "ending" in p.name)
    result = check(binary, lesson, corpus)
    assert result.returncode == 1
    out = result.stdout
    assert "--- " in out and "+++ " in out and "@@ " in out, out[:2000]
    assert "-#=>" not in out, "the diff shows output lines, not script syntax"
    assert any(line.startswith("-") and "get-out" in line for line in out.splitlines()), out[:3000]
    assert "failed" in out.splitlines()[-1]


def test_update_records_the_new_output(binary, tmp_path):
    lesson = tmp_path / "l.story"
    lesson.write_text("# a note\nset width 90\nendings\n", encoding="utf-8")
    first = check(binary, lesson)
    assert first.returncode == 0 and "2 without recorded output" in first.stdout
    updated = subprocess.run([binary, "--check", str(lesson), "--update"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert updated.returncode == 0, updated.stderr
    text = lesson.read_text(encoding="utf-8")
    assert text.startswith("# a note\nset width 90\n#=> width 90\nendings\n#=> forgive (2)\n")
    assert check(binary, lesson).stdout.strip().endswith("2 passed, 0 failed")
