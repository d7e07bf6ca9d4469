#!/usr/bin/env python3
"""How much of a corpus is written in words the samples do not use.

usage: python3 scripts/lib/vocab_share.py DIR [SAMPLES_DIR]

Prints `non_sample_word_share 0.62` (and the token counts): the share of word tokens of the
stories in DIR that are not words of the samples (samples/corpus/*.txt). A word is a run of
ASCII letters, lower-cased, so `didn’t` is `didn` and `t`, in the stories and the samples
alike; every line of a story counts, its noise included. The benchmark corpus of
scripts/gen-corpus must keep this at 0.5 or more (Tests/e2e/test_gen_corpus.py).
"""
import os
import re
import sys

WORD = re.compile(r"[A-Za-z]+")
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def words_of(path):
    with open(path, encoding="utf-8", errors="replace") as fh:
        return [w.lower() for w in WORD.findall(fh.read())]


def vocabulary(samples_dir):
    vocab = set()
    for name in sorted(os.listdir(samples_dir)):
        if name.endswith(".txt"):
            vocab.update(words_of(os.path.join(samples_dir, name)))
    return vocab


def share(corpus_dir, samples_dir=os.path.join(ROOT, "samples", "corpus")):
    """(share of tokens not in the samples' vocabulary, tokens, such tokens)."""
    vocab = vocabulary(samples_dir)
    total = outside = 0
    for name in sorted(os.listdir(corpus_dir)):
        if name.endswith(".txt"):
            ws = words_of(os.path.join(corpus_dir, name))
            total += len(ws)
            outside += sum(1 for w in ws if w not in vocab)
    return (outside / total if total else 0.0), total, outside


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__.strip().splitlines()[2])
    s, total, outside = share(*sys.argv[1:])
    print(f"non_sample_word_share {s:.3f} ({outside} of {total} word tokens)")
