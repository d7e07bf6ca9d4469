"""Issue 16 under a real pseudo-terminal: the safe shell, signals, resize, lessons.

Every wait is a pexpect.expect on output the shell prints; nothing sleeps.
"""
import signal
import termios

import pexpect
import pytest

from conftest import PROMPT


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
