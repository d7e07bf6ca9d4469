"""The score of the analysis against gold, by the project's own scorer (scripts/eval).

The samples' gold ships in Tests/Gold/samples, so the sample figures are checked on every clone.
Where the shared folder of the project's maintainers sits beside the repository (../shared, or
$STORYSHELL_SHARED; not part of a user's clone), its outside scorer must print the same TOTAL line as scripts/eval, on the
samples and, when the dev-set texts have been collected into .devset/stories, on the dev set.
"""
import json
import os
import re
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT

EVAL = ROOT / "scripts" / "eval"
SAMPLES = ROOT / "samples" / "corpus"
SAMPLE_GOLD = ROOT / "Tests" / "Gold" / "samples"
# Only beside a maintainer's checkout (or named by STORYSHELL_SHARED, e.g. from a git worktree);
# every use below is guarded by a skip.
SHARED = Path(os.environ.get("STORYSHELL_SHARED") or ROOT.parent / "shared")
OUTSIDE_SCORER = SHARED / "eval" / "score.py"
DEVSET_GOLD = SHARED / "devset" / "gold"
DEVSET_STORIES = ROOT / ".devset" / "stories"  # git-ignored local copies, see ../shared/devset/README.md


def run_eval(binary, corpus, gold, *extra):
    proc = subprocess.run([str(EVAL), "--bin", binary, "--corpus", str(corpus), "--gold", str(gold), *extra],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def total_line(output):
    lines = output.strip().splitlines()
    assert lines and lines[-1].startswith("TOTAL "), output
    return lines[-1]


def run_outside_scorer(binary, corpus, gold):
    proc = subprocess.run(["python3", str(OUTSIDE_SCORER), "--bin", binary, "--corpus", str(corpus), "--gold", str(gold)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return total_line(proc.stdout)


def test_samples_meet_the_targets(binary):
    out = run_eval(binary, SAMPLES, SAMPLE_GOLD)
    figures = dict(re.findall(r"(\S+) (\d+/\d+|\d+)(?= |$)", total_line(out)))
    expected = {"noise-removed": "16/16", "titles": "5/5", "mojibake-free": "5/5", "characters": "22/22",
                "roles": "22/22", "spurious": "0", "endings": "5/5", "departure±1": "5/5", "return±1": "5/5",
                "variants": "1/1"}
    for name, want in expected.items():
        assert figures.get(name) == want, f"{name}: {figures.get(name)} (want {want})\n{out}"


def test_samples_keep_every_story_line(binary):
    # 000's lines with mojibake fold unlike their repaired paragraphs (™ becomes "tm"), so they
    # count as not kept although they are; every other story keeps every line.
    report = json.loads(run_eval(binary, SAMPLES, SAMPLE_GOLD, "--json"))
    assert [s["id"][:3] for s in report["stories"]] == ["000", "001", "002", "003", "004"]
    for story in report["stories"]:
        if not story["id"].startswith("000_"):
            got, total = story["kept"]
            assert got == total, story


def test_eval_json_totals_match_its_total_line(binary):
    report = json.loads(run_eval(binary, SAMPLES, SAMPLE_GOLD, "--json"))
    assert report["total_line"] == total_line(run_eval(binary, SAMPLES, SAMPLE_GOLD))
    assert report["total"]["characters"] == [22, 22] and report["total"]["spurious"] == 0


def test_eval_names_a_missing_binary_in_one_line(tmp_path):
    proc = subprocess.run([str(EVAL), "--bin", str(tmp_path / "nothing")], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert proc.stdout == "" and len(proc.stderr.strip().splitlines()) == 1 and "nothing" in proc.stderr


@pytest.mark.skipif(not OUTSIDE_SCORER.exists(), reason=f"no outside scorer at {OUTSIDE_SCORER} (a user's clone has no ../shared)")
def test_outside_scorer_agrees_on_the_samples(binary):
    assert run_outside_scorer(binary, SAMPLES, SAMPLE_GOLD) == total_line(run_eval(binary, SAMPLES, SAMPLE_GOLD))


@pytest.mark.skipif(not (OUTSIDE_SCORER.exists() and DEVSET_GOLD.is_dir() and DEVSET_STORIES.is_dir()),
                    reason=f"needs {OUTSIDE_SCORER}, {DEVSET_GOLD} and the dev-set texts in {DEVSET_STORIES}")
def test_outside_scorer_agrees_on_the_dev_set(binary):
    assert run_outside_scorer(binary, DEVSET_STORIES, DEVSET_GOLD) == total_line(run_eval(binary, DEVSET_STORIES, DEVSET_GOLD))


FIXTURES = ROOT / "Tests" / "StoryKitTests" / "Fixtures"


def test_eval_scores_the_dialogue_of_gold_that_lists_quotes(binary, tmp_path):
    # f01's gold lists its quoted lines with their speakers; every one of them is right today.
    corpus, gold = tmp_path / "stories", tmp_path / "gold"
    corpus.mkdir()
    gold.mkdir()
    (corpus / "f01_twins_boss.txt").write_bytes((FIXTURES / "stories" / "f01_twins_boss.txt").read_bytes())
    data = json.loads((FIXTURES / "gold" / "f01_twins_boss.json").read_text(encoding="utf-8"))
    (gold / "f01_twins_boss.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    n = len(data["quotes"])
    out = run_eval(binary, corpus, gold)
    assert f"dialogue quotes {n}/{n}\n" in out, out
    assert total_line(out).startswith("TOTAL ")
    # A line given to the wrong speaker counts against the figure, and --verbose says which.
    data["quotes"][0]["speaker"] = "narrator" if data["quotes"][0]["speaker"] != "narrator" else "Claire"
    (gold / "f01_twins_boss.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = run_eval(binary, corpus, gold, "--verbose")
    assert f"dialogue quotes {n - 1}/{n}\n" in out, out
    assert "quote " in out and data["quotes"][0]["starts"][:10] in out
    report = json.loads(run_eval(binary, corpus, gold, "--json"))
    assert report["total"]["quotes"] == [n - 1, n]


def test_eval_prints_no_dialogue_figure_without_quote_gold(binary):
    assert "dialogue quotes" not in run_eval(binary, SAMPLES, SAMPLE_GOLD)
