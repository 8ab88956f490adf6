"""kg.speed.exit: the process ends without teardown, exit handlers and flushed streams included."""

from __future__ import annotations

import subprocess
import sys


def test_exit_now_runs_exit_handlers_and_flushes():
    code = ("import atexit, sys\nfrom kg.speed.exit import exit_now\n"
            "atexit.register(lambda: print('handler'))\n"
            "print('out', end='')\nprint('err', end='', file=sys.stderr)\nexit_now(3)\n")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert (res.returncode, res.stdout, res.stderr) == (3, "outhandler\n", "err")


def test_exit_now_waits_for_other_threads():
    code = ("import threading, time\nfrom kg.speed.exit import exit_now\n"
            "threading.Thread(target=lambda: (time.sleep(0.3), print('thread done'))).start()\nexit_now(0)\n")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert (res.returncode, res.stdout) == (0, "thread done\n")
