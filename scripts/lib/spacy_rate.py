#!/usr/bin/env python3
"""spaCy's small English pipeline over story files: words per second, model load excluded.

usage: PYTHON scripts/lib/spacy_rate.py MODEL FILE...   (run by scripts/lib/bench_timer.py)

Prints one line `WORDS SECONDS`: the words of the files (whitespace-separated, as the bench
counts them for storyshell) and the time `nlp.pipe` took over their raw text, every component
of the pipeline on (tagger, parser, NER, ...), one process. The model is loaded and run once
on a short text before the clock starts.
"""
import sys
import time


def main():
    model, files = sys.argv[1], sys.argv[2:]
    import spacy
    nlp = spacy.load(model)
    texts = []
    for path in files:
        with open(path, encoding="utf-8", errors="replace") as fh:
            texts.append(fh.read())
    nlp("A warm-up sentence, so that lazy set-up is not timed.")
    words = sum(len(t.split()) for t in texts)
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    print(f"{words} {time.perf_counter() - t0:.6f}")


if __name__ == "__main__":
    main()
