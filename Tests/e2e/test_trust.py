"""Issue 16 under a real pseudo-terminal: the safe shell, signals, resize, lessons.

Every wait is a pexpect.expect on output the shell prints; nothing sleeps.
"""
import signal
import termios

import pexpect
import pytest

from conftest import PROMPT, ROOT, make_env

CTRL_D = "\x04"


def enter(child, line, expect):
    child.send(line + "\r")
    child.expect_exact(expect)
    child.expect_exact(PROMPT)


def test_safe_shell_writes_no_history(spawn, history):
    child = spawn("--safe")
    enter(child, "set width 90", "width 90")
    child.send("quit\r")
    child.expect(pexpect.EOF)
    assert not history.exists()
    again = spawn()
    enter(again, "set width 91", "width 91")
    assert history.read_text(encoding="utf-8").splitlines() == ["set width 91"], "without --safe it does"


def _terminal_is_cooked(child):
    attrs = termios.tcgetattr(child.child_fd)
    lflag = attrs[3]
    return bool(lflag & termios.ECHO) and bool(lflag & termios.ICANON)


@pytest.mark.parametrize("signo", [signal.SIGTERM, signal.SIGHUP])
def test_sigterm_and_sighup_at_the_prompt_restore_the_terminal(spawn, signo):
    child = spawn()
    child.send("show 00")  # half a line typed: libedit holds the terminal raw
    child.expect_exact("show 00")
    assert not _terminal_is_cooked(child), "raw while editing"
    child.kill(signo)
    child.expect(pexpect.EOF)
    assert _terminal_is_cooked(child), "echo and line mode are back"
    child.close()
    assert child.signalstatus == signo


def test_the_width_follows_a_resize_at_once(spawn):
    child = spawn()  # 24 x 100
    enter(child, "set pager off", "pager off")
    child.setwinsize(24, 60)  # SIGWINCH while the prompt waits
    child.send("characters all\r")
    child.expect_exact("characters all\r\n")
    child.expect_exact(PROMPT)
    table = [line for line in child.before.splitlines() if line.strip()]
    assert table and table[0].startswith("story")
    assert max(len(line) for line in table) <= 60, table


def test_ctrl_c_during_a_command_says_so_once(spawn, tmp_path):
    corpus = tmp_path / "many"
    corpus.mkdir()
    text = (ROOT / "samples" / "corpus" / "001_85b50639a9e9b07c.txt").read_text(encoding="utf-8")
    for i in range(6000):
        (corpus / f"{i:05d}.txt").write_text(text, encoding="utf-8")
    child = spawn()
    child.send(f"load {corpus}\r")
    child.expect_exact(f"load {corpus}\r\n")
    child.sendintr()
    child.expect_exact(PROMPT)
    assert child.before.count("interrupted") == 1, child.before


def test_ctrl_d_in_a_lesson_ends_the_lesson_not_the_shell(spawn, tmp_path):
    lesson = tmp_path / "l.story"
    lesson.write_text("# A title for the class\n\n# Look first.\nendings\nstories\n", encoding="utf-8")
    child = spawn()
    child.send(f"lesson {lesson}\r")
    child.expect_exact("A title for the class")
    child.expect_exact("lesson 1/2> ")
    child.send(CTRL_D)
    child.expect_exact("lesson stopped at step 1 of 2")
    child.expect_exact(PROMPT)
    assert child.isalive()
    enter(child, "set width 90", "width 90")


def _spawn_coloured(binary, tmp_path, history, term):
    env = make_env(tmp_path, history, TERM=term)
    env.pop("NO_COLOR")
    child = pexpect.spawn(binary, [], env=env, cwd=str(ROOT), encoding="utf-8", timeout=20, dimensions=(24, 100))
    child.expect_exact("stories loaded")
    banner = child.before
    child.expect_exact("storyshell>")  # the prompt is up: input typed before it may be flushed
    child.send(CTRL_D)
    child.expect(pexpect.EOF)
    return banner


def test_term_dumb_gets_no_colour(binary, tmp_path, history):
    assert "\x1b[1m" in _spawn_coloured(binary, tmp_path, history, "xterm"), "a colour terminal gets bold"
    assert "\x1b[" not in _spawn_coloured(binary, tmp_path, history, "dumb")
