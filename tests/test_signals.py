"""kg.signals: SIGTERM and SIGHUP stop kg as Ctrl-C does; children end with their parent."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from kg.signals import Terminated, terminate_like_interrupt

REPO = Path(__file__).resolve().parent.parent


def test_sigterm_raises_terminated_once_and_the_old_handler_comes_back():
    before = signal.getsignal(signal.SIGTERM)
    with pytest.raises(Terminated) as caught, terminate_like_interrupt():
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(1)                       # the handler runs at the next bytecode
    assert isinstance(caught.value, KeyboardInterrupt)
    assert caught.value.exit_code == 143 and str(caught.value) == "SIGTERM"
    assert signal.getsignal(signal.SIGTERM) is before


def test_a_second_signal_does_not_cut_the_cleanup_short():
    cleaned = []
    with pytest.raises(Terminated), terminate_like_interrupt():
        try:
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(1)
        finally:
            os.kill(os.getpid(), signal.SIGHUP)
            time.sleep(0.1)
            cleaned.append(True)
    assert cleaned == [True]


def test_sighup_is_129():
    with pytest.raises(Terminated) as caught, terminate_like_interrupt():
        os.kill(os.getpid(), signal.SIGHUP)
        time.sleep(1)
    assert caught.value.exit_code == 129


@pytest.mark.skipif(not hasattr(os, "fork"), reason="forks")
@pytest.mark.parametrize("kernel", [True, False], ids=["prctl", "watchdog"])
def test_a_child_ends_when_its_parent_is_killed(kernel):
    """A parent forks a child that calls die_with_parent, then is SIGKILLed: the child goes too."""
    code = textwrap.dedent(f"""
        import os, sys, time
        sys.path.insert(0, {str(REPO)!r})
        import kg.signals as s
        if not {kernel}:
            s._kernel_kills_orphan = lambda: False
        parent = os.getpid()
        pid = os.fork()
        if pid == 0:
            s.die_with_parent(parent)
            time.sleep(60)
            os._exit(0)
        print(pid, flush=True)
        time.sleep(60)
    """)
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    child = int(proc.stdout.readline())
    time.sleep(0.3)
    proc.kill()
    proc.wait()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            os.kill(child, 0)
        except ProcessLookupError:
            break
        time.sleep(0.05)
    else:
        os.kill(child, signal.SIGKILL)
        pytest.fail("the child outlived its parent")


def test_a_child_whose_parent_is_gone_already_ends_at_once():
    code = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(REPO)!r})
        import kg.signals as s
        s.die_with_parent(1)          # "the parent had pid 1": it is not this process's parent
        print("still here")
    """)
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30)
    assert res.returncode == 1 and res.stdout == ""
