"""End-to-end tests of the terminal front end under a real pseudo-terminal.

They drive the throwaway demo REPL (Sources/storyshell/main.swift on the
`frontend` branch): prompt "demo> ", echoes "you typed: <line>", completes
over ["stories", "show", "set", "help", "history", "quit"], plus the demo
commands `spin` (polls Interrupt until Ctrl-C) and `page` (200 lines through
Pager). Adapt PROMPT/ECHO and the commands to the real shell.

libedit redraws with cursor-motion escapes, so assertions wait for text that
our own code prints in one piece (the echo, the candidate listing, "^C")
rather than for exact screen contents. Every wait is a pexpect.expect.

Run: python3 -m pytest Tests/e2e -q
(STORYSHELL_BIN=path/to/storyshell skips the `swift build`.)
"""
import os
import shutil
import subprocess
from pathlib import Path

import pexpect
import pytest

ROOT = Path(__file__).resolve().parents[2]
PROMPT = "demo> "
UP = "\x1b[A"
LEFT = "\x1b[D"
CTRL_D = "\x04"
CTRL_R = "\x12"
CTRL_U = "\x15"


@pytest.fixture(scope="session")
def binary():
    if os.environ.get("STORYSHELL_BIN"):
        return os.environ["STORYSHELL_BIN"]
    subprocess.run(["swift", "build", "--product", "storyshell"], cwd=ROOT, check=True)
    bin_dir = subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, check=True,
                             capture_output=True, text=True).stdout.strip()
    return os.path.join(bin_dir, "storyshell")


@pytest.fixture
def history(tmp_path):
    return tmp_path / "state" / "history"   # parent dir does not exist yet on purpose


def make_env(tmp_path, history, **extra):
    env = {k: v for k, v in os.environ.items() if k not in ("EDITRC", "PAGER", "LC_ALL", "LC_CTYPE")}
    env.update(TERM="xterm", LANG="C.UTF-8", HOME=str(tmp_path), STORYSHELL_HISTORY=str(history))
    env.update(extra)
    return env


@pytest.fixture
def spawn(binary, tmp_path, history):
    children = []

    def start(**extra_env):
        child = pexpect.spawn(binary, env=make_env(tmp_path, history, **extra_env),
                              encoding="utf-8", timeout=10, dimensions=(24, 80))
        children.append(child)
        child.expect_exact(PROMPT)
        return child

    yield start
    for child in children:
        if child.isalive():
            child.terminate(force=True)


def enter(child, line):
    """Types a whole line, waits for the echo and the next prompt."""
    child.send(line + "\r")
    child.expect_exact(f"you typed: {line}\r\n")
    child.expect_exact(PROMPT)


def history_lines(history):
    return history.read_text(encoding="utf-8").splitlines()


def test_tab_completes_unique_prefix(spawn):
    child = spawn()
    child.send("sto\t\r")
    child.expect_exact("you typed: stories \r\n")   # single candidate: word plus a space


def test_tab_completes_after_non_ascii_word(spawn):
    # Cursor offsets are characters: "café " is 5 characters but 6 bytes.
    child = spawn()
    child.send("café hi\t\r")
    child.expect_exact("you typed: café history \r\n")


def test_tab_with_several_candidates_lists_them_and_keeps_the_line(spawn):
    child = spawn()
    child.send("s\t")
    child.expect(r"stories +show +set\r\n")          # listing below the prompt
    child.expect_exact(PROMPT)                       # prompt redrawn ...
    child.send("et\r")                               # ... still holding "s"
    child.expect_exact("you typed: set\r\n")


def test_tab_inserts_longest_common_prefix(spawn):
    child = spawn()
    child.send("h\t\r")                              # help, history -> "h" has no longer prefix
    child.expect(r"help +history\r\n")
    child.expect_exact("you typed: h\r\n")
    child.expect_exact(PROMPT)
    child.send("he\t\r")                             # unique
    child.expect_exact("you typed: help \r\n")


def test_tab_without_candidates_keeps_line(spawn):
    child = spawn()
    child.send("zz\t\r")
    child.expect_exact("you typed: zz\r\n")


def test_up_recalls_previous_line(spawn):
    child = spawn()
    enter(child, "first line")
    enter(child, "second line")
    child.send(UP + UP + "\r")
    child.expect_exact("you typed: first line\r\n")


def test_ctrl_c_cancels_half_typed_line_and_process_lives(spawn):
    child = spawn()
    child.send("half typ")
    child.expect_exact("half typ")   # wait until libedit has the text (^C flushes unread input)
    child.sendintr()
    child.expect_exact("^C\r\n")
    child.expect_exact(PROMPT)
    assert child.isalive()
    enter(child, "after")            # the cancelled text is gone
    child.sendintr()                 # Ctrl-C on an empty line: just a fresh prompt
    child.expect_exact("^C\r\n")
    child.expect_exact(PROMPT)
    enter(child, "still alive")


def test_ctrl_c_while_a_command_runs_only_sets_the_flag(spawn):
    child = spawn()
    child.send("spin\r")
    child.expect_exact("spinning")
    child.sendintr()
    child.expect_exact("spin interrupted")
    child.expect_exact(PROMPT)
    enter(child, "next")             # the Ctrl-C was consumed, prompt works


def test_ctrl_d_on_empty_line_exits_zero(spawn):
    child = spawn()
    child.send(CTRL_D)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_quit_exits_zero(spawn):
    child = spawn()
    child.send("quit\r")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_history_file_is_written_after_each_command(spawn, history):
    child = spawn()
    enter(child, "one")
    assert history_lines(history) == ["one"]
    enter(child, "two words")
    assert history_lines(history) == ["one", "two words"]
    enter(child, "two words")        # consecutive duplicate is not stored again
    assert history_lines(history) == ["one", "two words"]
    child.send("cancelled")
    child.expect_exact("cancelled")
    child.sendintr()
    child.expect_exact(PROMPT)
    assert history_lines(history) == ["one", "two words"]


def test_history_is_loaded_at_start(spawn, history):
    history.parent.mkdir(parents=True)
    history.write_text("older\nprevious session\n", encoding="utf-8")
    child = spawn()
    child.send(UP + "\r")
    child.expect_exact("you typed: previous session\r\n")


def test_utf8_round_trips(spawn, history):
    child = spawn()
    enter(child, "café")
    enter(child, "naïve — 日本語 ✓")
    child.send("naïve" + LEFT + LEFT + "X\r")        # cursor moves by characters
    child.expect_exact("you typed: naïXve\r\n")
    assert history_lines(history) == ["café", "naïve — 日本語 ✓", "naïXve"]


def test_ctrl_r_finds_an_earlier_line(spawn):
    child = spawn()
    enter(child, "alpha one")
    enter(child, "beta two")
    enter(child, "gamma three")
    child.send(CTRL_R + "alp")
    child.expect_exact("alpha one")
    child.send("\r")
    child.expect_exact("you typed: alpha one\r\n")


@pytest.mark.skipif(shutil.which("less") is None, reason="needs less")
def test_pager_shows_long_output_and_survives_ctrl_c(spawn):
    child = spawn()                  # PAGER unset: less -FRX
    child.send("page\r")
    child.expect_exact("line 1")
    child.expect_exact(":")          # less waits at its prompt
    child.sendintr()                 # reaches less and storyshell: neither dies
    child.send("q")
    child.expect_exact("pager done")
    child.expect_exact(PROMPT)
    enter(child, "after pager")


def test_pager_cat_prints_directly(spawn):
    child = spawn(PAGER="cat")
    child.send("page\r")
    child.expect_exact("line 200\r\n")
    child.expect_exact("pager done")
    child.expect_exact(PROMPT)


def test_piped_input_without_a_terminal(binary, tmp_path, history):
    result = subprocess.run([binary], input="hello\ncafé\nquit\n", capture_output=True, text=True,
                            env=make_env(tmp_path, history), timeout=30)
    assert result.returncode == 0
    assert result.stdout == "you typed: hello\nyou typed: café\n"   # no prompt, no escapes
    assert history_lines(history) == ["hello", "café", "quit"]


def test_missing_pager_falls_back_to_printing(spawn):
    child = spawn(PAGER="no-such-pager-xyz")
    child.send("page\r")
    child.expect_exact("line 200\r\n")
    child.expect_exact("pager done")
