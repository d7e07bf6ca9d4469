"""scripts/bench's instruction counts (`instructions_*_200`): read from valgrind's callgrind,
n/a with the reason when it is missing or fails. A fake valgrind stands in for the real one,
which CI does not install."""
import argparse
import os
import stat
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts" / "lib"))
import bench_timer  # noqa: E402


def bench(tmp_path, stories=3):
    corpus = tmp_path / ".bench" / "corpus-1000"
    corpus.mkdir(parents=True)
    for k in range(stories):
        (corpus / f"{k:05d}.txt").write_text("My husband left. He came back. I said no.\n")
    a = argparse.Namespace(bin="/bin/true", root=str(tmp_path), corpus=str(corpus), n=1000, quick=1, only="", runs=0)
    return bench_timer.Bench(a)


def fake_valgrind(tmp_path, monkeypatch, body):
    tools = tmp_path / "tools"
    tools.mkdir()
    script = tools / "valgrind"
    script.write_text("#!/bin/sh\n" + body)
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{tools}{os.pathsep}{os.environ['PATH']}")


def test_the_count_is_callgrinds_collected_figure(tmp_path, monkeypatch):
    fake_valgrind(tmp_path, monkeypatch, 'echo "==42== Collected : 1234567" >&2\n')
    assert bench(tmp_path).instructions("outline all") == (1234567, "instructions")


def test_a_failed_run_is_na_with_its_reason(tmp_path, monkeypatch):
    fake_valgrind(tmp_path, monkeypatch, 'echo "valgrind: cannot start" >&2\nexit 1\n')
    with pytest.raises(bench_timer.NA, match="callgrind failed: valgrind: cannot start"):
        bench(tmp_path).instructions("outline all")


def test_without_valgrind_it_is_na(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "nothing"))
    with pytest.raises(bench_timer.NA, match="valgrind is not installed"):
        bench(tmp_path).instructions("characters all")
