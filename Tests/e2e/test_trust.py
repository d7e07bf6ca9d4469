"""Issue 16 under a real pseudo-terminal: the safe shell, signals, resize, lessons.

Every wait is a pexpect.expect on output the shell prints; nothing sleeps.
"""
import pexpect

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
