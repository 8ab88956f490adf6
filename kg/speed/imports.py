"""Import spaCy and look up its plugins faster, with the same result.

* :func:`import_spacy`: ``import spacy`` without the command-line interface its
  ``__init__`` imports for ``spacy.info`` alone (a third of the import);
* :func:`index_entry_points`: ``catalogue`` (spaCy's registries) finds entry points
  in a dict of groups instead of listing every installed package's each time.
"""

from __future__ import annotations

import importlib.util
import sys
import types
from pathlib import Path


def import_spacy() -> types.ModuleType:
    """``import spacy``, without the command-line interface its ``__init__`` imports
    for ``spacy.info`` alone (``spacy.cli``: typer, requests, weasel, jinja2, ...;
    about a third of the import): parsing never uses it. ``spacy.info`` stays
    callable, and ``import spacy.cli`` later imports the real one. Once spaCy is
    imported, the module itself.
    """
    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        import spacy
        return spacy
    cli = _stand_in_cli()
    try:
        import spacy
    except Exception:
        spacy = None
    finally:
        if sys.modules.get("spacy.cli") is cli:   # forget the stand-in and any CLI module under it
            for name in [n for n in sys.modules if n == "spacy.cli" or n.startswith("spacy.cli.")]:
                del sys.modules[name]
    if spacy is None:
        import spacy
    return spacy


def _stand_in_cli() -> types.ModuleType:
    """Put an empty ``spacy.cli`` package (its real folder as its path) in ``sys.modules``,
    with a ``spacy.cli.info`` whose ``info`` imports the real one when called."""
    spec = importlib.util.find_spec("spacy")
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = [str(Path(p) / "cli") for p in (spec.submodule_search_locations or ())] if spec else []
    info = types.ModuleType("spacy.cli.info")

    def lazy_info(*args, **kwargs):
        from spacy.cli.info import info as real
        return real(*args, **kwargs)

    info.info = lazy_info
    sys.modules.update({"spacy.cli": cli, "spacy.cli.info": info})
    return cli


def index_entry_points() -> None:
    """Group the entry points ``catalogue`` (spaCy's registries) looks in by group, once:
    on Python < 3.12 each lookup otherwise lists every entry point of every installed
    package again (a few hundred lookups per model load). The same entry points, in
    the same order: ``catalogue`` reads a dict of groups the way it reads the groups
    ``importlib.metadata`` gives."""
    import catalogue
    eps = getattr(catalogue, "AVAILABLE_ENTRY_POINTS", None)
    if hasattr(eps, "select") and hasattr(eps, "groups"):
        try:
            catalogue.AVAILABLE_ENTRY_POINTS = {group: eps.select(group=group) for group in sorted(eps.groups)}
        except Exception:
            pass
