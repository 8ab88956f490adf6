"""kg.speed.imports: spaCy without its command line, entry points by group."""

from __future__ import annotations

import subprocess
import sys


def run_python(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)


def test_spacy_is_imported_without_its_command_line_which_still_works():
    run = run_python(
        "import sys\nfrom kg.speed.imports import import_spacy\nspacy = import_spacy()\n"
        "assert 'spacy.cli' not in sys.modules, 'cli imported'\n"
        "assert not [m for m in sys.modules if m.startswith('spacy.cli.')]\n"
        "import spacy.cli\nassert callable(spacy.cli.download) and callable(spacy.cli.info)\n"
        "assert isinstance(spacy.info(silent=True), dict)\nprint('ok')")
    assert run.returncode == 0 and run.stdout.strip() == "ok", run.stderr[-2000:]


def test_the_fast_pipeline_module_imports_spacy_that_way_and_the_plain_one_does_not():
    """Only loading the fast pipeline trims the import; kg.parse alone is the plain ``import spacy``."""
    probe = "import sys, {module}; print('spacy.cli' in sys.modules)"
    assert run_python(probe.format(module="kg.parse")).stdout.strip() == "True"
    run = run_python("import sys\nfrom kg.speed.imports import import_spacy\nimport_spacy()\n"
                     "import kg.parse, kg.speed.loader\nprint('spacy.cli' in sys.modules)")
    assert run.stdout.strip() == "False", run.stderr[-2000:]


def test_an_already_imported_spacy_is_returned_as_it_is():
    run = run_python("import spacy\nfrom kg.speed.imports import import_spacy\n"
                     "print(import_spacy() is spacy, 'spacy.cli' in __import__('sys').modules)")
    assert run.stdout.split() == ["True", "True"], run.stderr[-2000:]


def test_entry_points_indexed_by_group_are_the_installed_ones():
    run = run_python(
        "import importlib.metadata, catalogue\nfrom kg.speed.imports import index_entry_points\n"
        "index_entry_points()\ninstalled = importlib.metadata.entry_points()\n"
        "assert isinstance(catalogue.AVAILABLE_ENTRY_POINTS, dict)\n"
        "for group in ('spacy_factories', 'spacy_languages', 'console_scripts', 'no such group'):\n"
        "    assert [(e.name, e.value) for e in catalogue.AVAILABLE_ENTRY_POINTS.get(group, [])] == \\\n"
        "        [(e.name, e.value) for e in installed.select(group=group)], group\n"
        "assert catalogue.AVAILABLE_ENTRY_POINTS.get('console_scripts')\nprint('ok')")
    assert run.returncode == 0 and run.stdout.strip() == "ok", run.stderr[-2000:]
