"""The benchmark corpus generator: its stories are of the genre, of realistic length, and in a
vocabulary that is not the samples' (scripts/gen-corpus, scripts/lib/vocab_share.py)."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts" / "lib"))
import vocab_share  # noqa: E402

GEN = str(ROOT / "scripts" / "gen-corpus")


def generate(n, out, *extra):
    subprocess.run([sys.executable, GEN, *extra, str(n), str(out)], check=True, cwd=ROOT)
    return sorted(out.iterdir())


def test_most_words_of_300_stories_are_not_the_samples(tmp_path):
    files = generate(300, tmp_path / "corpus")
    assert len(files) == 300
    share, total, outside = vocab_share.share(str(tmp_path / "corpus"))
    print(f"non_sample_word_share {share:.3f} ({outside} of {total} word tokens)")
    assert total > 100_000
    assert share >= 0.5


def test_stories_are_of_realistic_length_and_of_the_genre(tmp_path):
    files = generate(300, tmp_path / "corpus", "--seed", "11")
    texts = [f.read_bytes().decode("utf-8") for f in files]  # as written: CRLF kept
    sizes = [len(t) for t in texts]
    assert min(sizes) >= 1000 and max(sizes) <= 9000
    assert 4000 <= sum(sizes) / len(sizes) <= 8000  # 10,000 stories: about 50-100 MB
    # Every ending kind, and the noise kinds of scraped pages, occur.
    assert any("forgive you" in t for t in texts)
    assert any("GET OUT" in t or "Get out" in t for t in texts)
    assert any("moved on" in t for t in texts)
    for noise in ["| Source: ", "Share this", "Leave a Reply", "â€", "โ€", "\r\n"]:
        assert any(noise in t for t in texts), noise


def test_same_seed_same_bytes_other_seed_other_stories(tmp_path):
    a = generate(20, tmp_path / "a", "--seed", "3")
    b = generate(20, tmp_path / "b", "--seed", "3")
    c = generate(20, tmp_path / "c", "--seed", "4")
    assert [f.read_bytes() for f in a] == [f.read_bytes() for f in b]
    assert [f.name for f in a] != [f.name for f in c]


def test_bad_usage_is_one_line_and_status_2(tmp_path):
    p = subprocess.run([sys.executable, GEN, "many", str(tmp_path)], capture_output=True, text=True)
    assert p.returncode == 2
    assert p.stderr.startswith("usage: scripts/gen-corpus")
