"""Shared fixtures for the end-to-end tests: the built binary and a pty spawner."""
import os
import subprocess
from pathlib import Path

import pexpect
import pytest

ROOT = Path(__file__).resolve().parents[2]
PROMPT = "storyshell> "


@pytest.fixture(scope="session")
def binary():
    if os.environ.get("STORYSHELL_BIN"):
        return os.environ["STORYSHELL_BIN"]
    subprocess.run(["swift", "build", "--product", "storyshell"], cwd=ROOT, check=True)
    return str(ROOT / ".build" / "debug" / "storyshell")


@pytest.fixture
def history(tmp_path):
    return tmp_path / "state" / "history"  # its folder does not exist yet, on purpose


def make_env(tmp_path, history, **extra):
    env = {k: v for k, v in os.environ.items() if k not in ("EDITRC", "PAGER", "LC_ALL", "LC_CTYPE", "NO_COLOR")}
    env.update(TERM="xterm", LANG="C.UTF-8", HOME=str(tmp_path), STORYSHELL_HISTORY=str(history), NO_COLOR="1")
    env.update(extra)
    return env


@pytest.fixture
def spawn(binary, tmp_path, history):
    children = []

    def start(*args, **extra_env):
        child = pexpect.spawn(binary, list(args), env=make_env(tmp_path, history, **extra_env), cwd=str(ROOT),
                              encoding="utf-8", timeout=20, dimensions=(24, 100))
        children.append(child)
        child.expect_exact(PROMPT)
        return child

    yield start
    for child in children:
        if child.isalive():
            child.terminate(force=True)
