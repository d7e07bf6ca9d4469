"""The interactive shell under a real pseudo-terminal: Tab, history, Ctrl-C, Ctrl-D, pager.

Every wait is a pexpect.expect on output the shell prints; nothing sleeps.
"""
import shutil
import time

import pexpect
import pytest

from conftest import PROMPT, ROOT

UP = "\x1b[A"
LEFT = "\x1b[D"
CTRL_D = "\x04"
CTRL_R = "\x12"


def enter(child, line, expect):
    child.send(line + "\r")
    child.expect_exact(expect)
    child.expect_exact(PROMPT)


def history_lines(history):
    return history.read_text(encoding="utf-8").splitlines()


def test_banner_and_prompt(spawn):
    child = spawn()
    assert "5 stories loaded" in child.before


def test_tab_completes_command_names(spawn):
    child = spawn()
    child.send("sto\t\r")  # libedit redraws with cursor moves, so check what ran
    child.expect_exact("HE HAD EVERYTHING")
    child.expect_exact(PROMPT)


def test_tab_completes_story_ids_and_lists_candidates(spawn):
    child = spawn()
    child.send("show 00\t")
    child.expect_exact("000_1661fa5dc613d596")  # the candidates, listed below the line
    child.expect_exact("004_566b912faf19f620")
    child.send("3\t\r")
    child.expect_exact("The sound of the key turning")


def test_tab_completes_settings(spawn):
    child = spawn()
    child.send("set pa\tof\t\r")
    child.expect_exact("pager off")
    child.expect_exact(PROMPT)


def test_tab_offers_each_commands_own_values(spawn, tmp_path):
    child = spawn()
    # outline writes no Twee: Tab adds nothing, and the value is refused with the ones it takes
    child.send("outline 003 --format tw\t\r")
    child.expect_exact("--format must be one of text, md, json, svg (got 'tw')")
    child.expect_exact(PROMPT)
    # export does: Tab completes it
    out = tmp_path / "remix"
    child.send(f"export 003 {out} --format tw\t\r")
    child.expect_exact("as twee to")
    child.expect_exact(PROMPT)
    assert out.read_text(encoding="utf-8").startswith(":: StoryTitle")


def test_up_recalls_the_last_command(spawn):
    child = spawn()
    enter(child, "set width 90", "width 90")
    enter(child, "set bail off", "bail off")
    child.send(UP + UP + "\r")
    child.expect_exact("width 90")
    child.expect_exact(PROMPT)


def test_ctrl_r_searches_history(spawn):
    child = spawn()
    enter(child, "set pager off", "pager off")
    enter(child, "find sorry --limit 1", "more (use --limit 0 for all)")
    enter(child, "set width 90", "width 90")
    child.send(CTRL_R + "sor")
    child.expect_exact("find sorry --limit 1")
    child.send("\r")
    child.expect_exact("more (use --limit 0 for all)")
    child.expect_exact(PROMPT)


def test_ctrl_c_cancels_the_line_and_the_shell_lives(spawn):
    child = spawn()
    child.send("show 00")
    child.expect_exact("show 00")
    child.sendintr()
    child.expect_exact("^C")
    child.expect_exact(PROMPT)
    assert child.isalive()
    enter(child, "set width 88", "width 88")


def test_ctrl_d_exits_zero_and_history_holds_the_commands(spawn, history):
    child = spawn()
    enter(child, "set width 100", "width 100")
    assert history_lines(history) == ["set width 100"], "written after every command"
    enter(child, "set pager off", "pager off")
    child.send(CTRL_D)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert history_lines(history) == ["set width 100", "set pager off"]


def test_history_survives_into_the_next_session(spawn, history):
    child = spawn()
    enter(child, "set width 77", "width 77")
    child.send("quit\r")
    child.expect(pexpect.EOF)
    again = spawn()
    again.send(UP + UP + "\r")  # quit, then the command before it
    again.expect_exact("width 77")


def test_unknown_command_is_one_line_and_the_session_goes_on(spawn):
    child = spawn()
    enter(child, "storis", "did you mean 'stories'?")
    enter(child, "set width 90", "width 90")


def test_utf8_input_round_trips(spawn, history):
    child = spawn()
    enter(child, "find naïve café", "no matches for 'naïve café'")
    child.send("find naïve" + LEFT + LEFT + "X\r")
    child.expect_exact("no matches for 'naïXve'")
    child.expect_exact(PROMPT)
    assert history_lines(history) == ["find naïve café", "find naïXve"]


@pytest.mark.skipif(shutil.which("less") is None, reason="needs less")
def test_long_output_goes_through_the_pager(spawn):
    child = spawn()  # PAGER unset: less -FRX
    child.send("show 001\r")
    child.expect_exact("My husband walked out")
    child.expect_exact(":")  # less waits at its prompt
    child.send("q")
    child.expect_exact(PROMPT)
    enter(child, "set pager off", "pager off")
    child.send("show 001\r")
    child.expect_exact("victory.\r\n")
    child.expect_exact(PROMPT)


def test_ctrl_c_stops_a_long_command_quickly(spawn, tmp_path):
    """A big corpus makes `outline all` take seconds; Ctrl-C must end it within 0.5 s."""
    corpus = tmp_path / "big"
    corpus.mkdir()
    samples = sorted((ROOT / "samples" / "corpus").glob("*.txt"))
    for i in range(3000):
        src = samples[i % len(samples)]
        text = src.read_text(encoding="utf-8")
        (corpus / f"{i:05d}_{src.stem[4:]}.txt").write_text(text.replace("John", f"John{i}"), encoding="utf-8")
    child = spawn(str(corpus))
    # The prompt comes before the stories are cleaned; a first command waits for the cleaning,
    # and Ctrl-C stops that wait at once (unless the cleaning was over already).
    child.send("stories\r")
    child.expect_exact("stories\r\n")
    child.sendintr()
    started = time.monotonic()
    if child.expect_exact(["error: interrupted", "00000_"]) == 0:
        child.expect_exact(PROMPT)
        assert time.monotonic() - started < 0.5 + 0.3
    else:
        child.expect_exact(PROMPT)
    enter(child, "set width 90", "width 90")  # the cleaning is over by the time this has run
    child.send("outline all\r")
    child.expect_exact("outline all\r\n")
    child.sendintr()
    started = time.monotonic()
    child.expect_exact("interrupted")
    child.expect_exact(PROMPT)
    assert time.monotonic() - started < 0.5 + 0.3  # the 0.5 s budget plus pty latency
    enter(child, "set width 90", "width 90")  # the session is intact
    enter(child, "find John2999 --limit 1", "John2999 called it")


def test_lesson_steps_through_a_script(spawn, tmp_path):
    lesson = tmp_path / "lesson.story"
    lesson.write_text("# Look at the corpus first.\nset width 90\n\n# Then one ending.\nendings\nset pager off\n", encoding="utf-8")
    child = spawn()
    child.send(f"lesson {lesson}\r")
    child.expect_exact("Look at the corpus first.")
    child.expect_exact("next: set width 90")
    child.expect_exact("lesson 1/3> ")
    child.send("\r")  # Enter runs the step
    child.expect_exact("width 90")
    child.expect_exact("next: endings")
    child.expect_exact("lesson 2/3> ")
    child.send("n\r")  # skip it
    child.expect_exact("next: set pager off")
    child.send("b\r")  # back to it
    child.expect_exact("next: endings")
    child.send("set bail on\r")  # any other command runs in between
    child.expect_exact("bail on")
    child.expect_exact("lesson 2/3> ")
    child.send("\r")
    child.expect_exact("get-out (1)")
    child.expect_exact("lesson 3/3> ")
    child.send("q\r")
    child.expect_exact("lesson stopped at step 3 of 3")
    child.expect_exact(PROMPT)


def test_ctrl_c_stops_a_long_load(spawn, tmp_path):
    corpus = tmp_path / "many"
    corpus.mkdir()
    text = (ROOT / "samples" / "corpus" / "001_85b50639a9e9b07c.txt").read_text(encoding="utf-8")
    for i in range(6000):
        (corpus / f"{i:05d}.txt").write_text(text.replace("Colin", f"Colin{i}"), encoding="utf-8")
    child = spawn()
    child.send(f"load {corpus}\r")
    child.expect_exact(f"load {corpus}\r\n")
    child.sendintr()
    started = time.monotonic()
    child.expect_exact("load interrupted; the session's stories are unchanged")
    child.expect_exact(PROMPT)
    assert time.monotonic() - started < 0.5 + 0.3
    enter(child, "set pager off", "pager off")
    child.send("stories\r")
    child.expect_exact("004_566b912faf19f620")  # still the five samples
    child.expect_exact(PROMPT)
    assert "Colin5999" not in child.before
