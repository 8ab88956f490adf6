"""Render the graph as one self-contained, offline HTML explorer.

Like every exporter: a pure function from the graph to a value, plus a thin writer.

* :func:`kg.export.html_view.graph_to_view` — the view model (a JSON-ready dict),
  laid out by :mod:`kg.export.html_layout`, styled by the ontology it is given.
* :func:`generate_html` — the page: ``templates/graph.html`` with vis-network's
  JS/CSS (shipped inside the ``pyvis`` package) and ``templates/explorer.js``/
  ``.css`` inlined, and the view model embedded as escaped JSON. No request ever
  leaves the file; a Content-Security-Policy with the hashes of the inline
  scripts makes sure of it (and that no injected script could run).
* :func:`write_html` — writes it.

The browser only draws: the layout is computed beforehand, so the same graph gives
the same bytes.
"""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import json
import re
from collections.abc import Iterator
from pathlib import Path

import networkx as nx

from ..errors import ExportError
from ..ontology import Ontology
from .html_view import graph_to_view

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
VIS_VERSION = "vis-9.1.2"

_MARKER = re.compile(r"/\*KG:([A-Z_]+)\*/")


def generate_html(G: nx.MultiDiGraph, *, ontology: Ontology | None = None,
                  title: str = "Knowledge graph explorer") -> str:
    """The explorer page as a string: one file, no external resource, same graph → same bytes.

    ``ontology`` (default: the repository's) gives the colours, shapes and verbs."""
    view = graph_to_view(G, ontology=ontology)
    return render_view(view, title=title)


def write_html(G: nx.MultiDiGraph, path: str | Path, *, ontology: Ontology | None = None,
               title: str = "Knowledge graph explorer") -> None:
    """Write the explorer to ``path`` (only that file; no ``lib/`` folder, no CDN);
    ``ontology``: see :func:`generate_html`."""
    data = _orjson(graph_to_view(G, ontology=ontology), raw=True)   # the view is let go of at once
    parts = _page_parts(data, title=title)
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as fh:   # piece by piece, in UTF-8 from the start: never the whole text at once
        fh.writelines(parts)
    tmp.replace(path)


def render_view(view: dict, *, title: str = "Knowledge graph explorer") -> str:
    """Fill the template with the assets and the view model."""
    return b"".join(_page_parts(_orjson(view, raw=True), title=title)).decode("utf-8")


def _page_parts(data: bytes | dict, *, title: str) -> Iterator[bytes]:
    """The page of :func:`render_view` as UTF-8 pieces, made as they are written: ``data``
    is orjson's text of the view (:func:`_orjson` with ``raw``), or the view itself when
    orjson cannot write it; its text is made safe a piece at a time (:func:`_safe_pieces`)."""
    vis_dir = _vis_dir()
    vis_js = _strip_source_map(_read(vis_dir / "vis-network.min.js"))
    vis_css = _strip_source_map(_read(vis_dir / "vis-network.css"))
    app_js = _read(TEMPLATES_DIR / "explorer.js")
    app_css = _read(TEMPLATES_DIR / "explorer.css")
    for name, js in (("vis-network.min.js", vis_js), ("explorer.js", app_js)):
        if re.search(r"</script|<!--", js, re.IGNORECASE):
            raise ExportError(f"{name} contains '</script' or '<!--' and cannot be inlined")
    for name, css in (("vis-network.css", vis_css), ("explorer.css", app_css)):
        if re.search(r"</style", css, re.IGNORECASE):
            raise ExportError(f"{name} contains '</style' and cannot be inlined")
    csp = ("default-src 'none'; "
           f"script-src {_csp_hash(vis_js)} {_csp_hash(app_js)}; "
           "style-src 'unsafe-inline'; img-src data: blob:; font-src data:; "
           "connect-src 'none'; base-uri 'none'; form-action 'none'")
    values = {
        "CSP": csp,
        "TITLE": _escape_html(title),
        "VIS_CSS": vis_css,
        "APP_CSS": app_css,
        "VIS_JS": vis_js,
        "APP_JS": app_js,
        "DATA": ((lambda: _safe_pieces(data)) if isinstance(data, bytes)   # (pieces made anew at each use)
                 else _stdlib_view_json(data).encode("utf-8")),
    }
    return _filled(_read(TEMPLATES_DIR / "graph.html"), values)


def _filled(template: str, values: dict) -> Iterator[bytes]:
    """``template`` with each marker replaced by its value (text, UTF-8, or a function giving its UTF-8 pieces), in
    one pass: inserted text is never scanned for markers. An unknown marker fails first."""
    matches = list(_MARKER.finditer(template))
    for match in matches:
        if match.group(1) not in values:
            raise ExportError(f"unknown marker /*KG:{match.group(1)}*/ in the template "
                              f"(known: {', '.join(sorted(values))})")
    return _fill(template, matches, values)


def _fill(template: str, matches: list, values: dict) -> Iterator[bytes]:
    last = 0
    for match in matches:
        yield template[last:match.start()].encode("utf-8")
        value = values[match.group(1)]
        if isinstance(value, str):
            yield value.encode("utf-8")
        elif isinstance(value, bytes):
            yield value
        else:
            yield from value()
        last = match.end()
    yield template[last:].encode("utf-8")


SAFE_PIECE = 1 << 20   # bytes of the view's JSON made safe at a time


def _safe_pieces(data: bytes) -> Iterator[bytes]:
    """:func:`_script_safe` of ``data`` a piece at a time (cut before a byte that starts a
    UTF-8 character: every replaced character is whole in one piece): no second copy of
    the whole text."""
    start = 0
    while start < len(data):
        end = min(start + SAFE_PIECE, len(data))
        while end < len(data) and data[end] & 0xC0 == 0x80:   # a continuation byte: not here
            end += 1
        yield _script_safe(data[start:end])
        start = end


def view_json(view: dict) -> str:
    """The view model as JSON safe inside ``<script type="application/json">``.

    ``<``, ``>`` and ``&`` become ``\\u003c``…, so ``</script>`` in a news sentence
    cannot end the element; JSON.parse gives the original text back.

    The text is ``json.dumps(view, sort_keys=True, ensure_ascii=False,
    separators=(",", ":"), default=str)``, written by ``orjson`` (several times
    faster) when it is installed and the view holds only what both write alike:
    dicts with string keys, lists, strings, 64-bit integers, booleans, ``None`` and
    the finite floats of ordinary size the view is made of (sizes, widths, rounded
    confidences). Anything else goes to the standard library.
    """
    data = _orjson(view)
    return _script_safe(data).decode("utf-8") if data is not None else _stdlib_view_json(view)


def _view_json_bytes(view: dict) -> bytes:
    """:func:`view_json` in UTF-8 (orjson's bytes are made safe as they are: no copy as a ``str``)."""
    data = _orjson(view)
    return _script_safe(data) if data is not None else _stdlib_view_json(view).encode("utf-8")


def _stdlib_view_json(view: dict) -> str:
    text = json.dumps(view, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    for raw, escaped in _SCRIPT_UNSAFE:
        text = text.replace(raw.decode("utf-8"), escaped.decode("ascii"))
    return text


def _orjson(view: dict, raw: bool = False) -> bytes | dict | None:
    """orjson's text of ``view``, when orjson is installed and writes it as the standard library would;
    else ``None`` (with ``raw``: ``view`` itself)."""
    if orjson is None:
        return view if raw else None
    try:
        return orjson.dumps(view, default=_not_native, option=_ORJSON_OPTIONS)
    except TypeError:   # orjson.JSONEncodeError: a value only the standard library writes as kg wants
        return view if raw else None


#: what cannot stand inside ``<script>`` (or, U+2028/U+2029, in older JavaScript strings), escaped;
#: DEL too, a control character HTML does not want raw (JSON escapes the others)
_SCRIPT_UNSAFE = ((b"&", b"\\u0026"), (b"<", b"\\u003c"), (b">", b"\\u003e"),
                  ("\u2028".encode(), b"\\u2028"), ("\u2029".encode(), b"\\u2029"), (b"\x7f", b"\\u007f"))


def _script_safe(data: bytes) -> bytes:
    """:data:`_SCRIPT_UNSAFE`'s replacements on UTF-8 JSON (a character's bytes never
    occur inside another's, so each is replaced as a whole)."""
    for raw, escaped in _SCRIPT_UNSAFE:
        if raw in data:
            data = data.replace(raw, escaped)
    return data


try:
    import orjson
    _ORJSON_OPTIONS = (orjson.OPT_SORT_KEYS | orjson.OPT_PASSTHROUGH_SUBCLASS | orjson.OPT_PASSTHROUGH_DATETIME
                       | orjson.OPT_PASSTHROUGH_DATACLASS)
except ImportError:   # optional: the standard library writes the same text, slower
    orjson = None


def _not_native(value):
    raise TypeError(f"not written by orjson: {type(value).__name__}")


def _escape_html(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#x27;"))


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _strip_source_map(text: str) -> str:
    return re.sub(r"\n?/[/*][#@] sourceMappingURL=[^\n]*", "", text)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ExportError(f"explorer asset not found: {path}") from None


def _vis_dir() -> Path:
    """vis-network's files, shipped in the installed ``pyvis`` package (found without importing it)."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise ExportError("the HTML explorer needs vis-network from the 'pyvis' package: pip install pyvis")
    folder = Path(list(spec.submodule_search_locations)[0]) / "lib" / VIS_VERSION
    if not (folder / "vis-network.min.js").exists():
        raise ExportError(f"vis-network not found in {folder} (expected pyvis 0.3.x with {VIS_VERSION})")
    return folder
