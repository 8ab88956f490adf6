"""One article's extraction failing inside kg (a bug, not bad input) costs that article's
actors or relations, never the build: the failure is a warning naming the article, the stage
and the exception, and the build goes on. ``KG_STRICT=1`` raises it instead (the test suite
sets it, so a bug fails a test rather than hiding in a warning).
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable
from typing import TypeVar

STRICT_ENV = "KG_STRICT"    # set to 1 (or anything but 0 or nothing): raise a failure, do not warn

T = TypeVar("T")


class ExtractionWarning(UserWarning):
    """An article whose actors or relations kg failed to extract (an internal error)."""


def strict() -> bool:
    """Whether ``$KG_STRICT`` asks a failing article to stop the build."""
    return os.environ.get(STRICT_ENV, "").strip() not in ("", "0")


def guarded(article: str, stage: str, work: Callable[[], T], fallback: T) -> T:
    """``work()``, or ``fallback`` with a warning when it raises (re-raised when :func:`strict`)."""
    try:
        return work()
    except Exception as exc:
        if strict():
            raise
        warnings.warn(f"article {article!r}: kg failed to extract its {stage} ({exc.__class__.__name__}: {exc}); "
                      f"they are left out of the graph (a bug in kg: please report it with the article)",
                      ExtractionWarning, stacklevel=2)
        return fallback
