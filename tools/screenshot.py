"""Screenshot the HTML explorer in headless Chromium: python tools/screenshot.py GRAPH_HTML OUT_PNG.

Options: --width/--height (viewport), --focus NAME (select an actor first, to show its
side panel), --chromium PATH (default /usr/bin/chromium). Uses Playwright's Python package.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def screenshot(html: Path, out: Path, *, width: int = 1500, height: int = 900, focus: str | None = None,
               edge: str | None = None, chromium: str = "/usr/bin/chromium") -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height}, device_scale_factor=1)
            page.goto(html.resolve().as_uri())
            page.wait_for_function("window.kgExplorer && window.kgExplorer.ready", timeout=60_000)
            if focus:
                if page.evaluate("q => window.kgExplorer.focus(q)", focus) is None:
                    raise SystemExit(f"no actor matches --focus {focus!r}")
                page.wait_for_timeout(800)
                page.evaluate("() => window.kgExplorer.fit()")
            if edge:
                page.evaluate("q => window.kgExplorer.selectEdge(q)", edge)
            page.wait_for_timeout(300)
            page.screenshot(path=str(out))
        finally:
            browser.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("graph_html", type=Path)
    parser.add_argument("out_png", type=Path)
    parser.add_argument("--width", type=int, default=1500)
    parser.add_argument("--height", type=int, default=900)
    parser.add_argument("--focus", help="actor name, alias or id to select before the shot")
    parser.add_argument("--edge", help="edge id (e0, e1, …) whose evidence to show in the side panel")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args(argv)
    if not args.graph_html.is_file():
        print(f"screenshot: no such file: {args.graph_html}", file=sys.stderr)
        return 2
    if not Path(args.chromium).exists():
        print(f"screenshot: Chromium not found at {args.chromium} (apt-get install chromium)", file=sys.stderr)
        return 2
    args.out_png.parent.mkdir(parents=True, exist_ok=True)
    screenshot(args.graph_html, args.out_png, width=args.width, height=args.height, focus=args.focus,
               edge=args.edge, chromium=args.chromium)
    return 0


if __name__ == "__main__":
    sys.exit(main())
