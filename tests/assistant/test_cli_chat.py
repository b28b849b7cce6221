"""`hfs chat` driven through stdin in a subprocess, as a person at a terminal would."""

from __future__ import annotations

import os
import subprocess
import sys


def run_chat(tmp_path, lines, *args):
    env = {**os.environ, "HFS_DATA_DIR": str(tmp_path)}
    return subprocess.run(
        [sys.executable, "-m", "hfs.cli.main", "chat", *args],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_chat_in_the_terminal(tmp_path):
    proc = run_chat(
        tmp_path,
        # "2" after a topic is its second choice (Menu); then "2" in the menu is the check.
        ["what causes hemifacial spasm", "2", "2", "left", "help", "my face is drooping", "exit"],
    )
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "[2] Check my symptoms" in out  # choices are numbered
    assert "blood vessel" in out  # the causes topic
    assert "> Menu" in out and "> Check my symptoms" in out  # numbers pick choices
    assert "Which side of your face twitches?" in out
    assert "Which parts of the face" in out
    assert "I do not diagnose" in out  # help
    assert "Call emergency services now" in out
    assert out.rstrip().endswith("(conversation closed)")
    assert "Traceback" not in proc.stderr


def test_chat_contact_request_lands_in_the_database(tmp_path):
    proc = run_chat(
        tmp_path,
        [
            "4",
            "yes",
            "Pat",
            "email",
            "not-an-email",
            "pat@example.com",
            "3",
            "skip",
            "botox",
            "yes",
        ],
    )
    assert proc.returncode == 0, proc.stderr
    assert "does not look like an e-mail" in proc.stdout
    assert "Your reference is HFS-" in proc.stdout
    import sqlite3

    con = sqlite3.connect(tmp_path / "hfs.sqlite3")
    rows = con.execute("SELECT name, email, preferred_time FROM contact_requests").fetchall()
    con.close()
    assert rows == [("Pat", "pat@example.com", "any")]


def test_chat_rejects_control_characters_without_crashing(tmp_path):
    proc = run_chat(tmp_path, ["hello\x00there", "exit"])
    assert proc.returncode == 0
    assert "not sent: text contains control or binary characters" in proc.stdout


def test_chat_with_unknown_session_is_a_one_line_error(tmp_path):
    proc = run_chat(tmp_path, ["exit"], "--session", "nope")
    assert proc.returncode == 4
    assert proc.stderr.startswith("hfs: error:") and "Traceback" not in proc.stderr
