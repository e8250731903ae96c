"""Screenshots of every page type, phone (390 px) and desktop (1280 px), in English and
Arabic, for a person to look at: test-results/screenshots/<page>-<language>-<width>.png.

    make screenshots                      # starts the site (as `make serve`) and stops it after
    python bench/screenshots.py --base-url http://127.0.0.1:8000 [--languages en ar fr es]
        [--widths 390 1280] [--pages home member]

Drives Debian's Chromium (/usr/bin/chromium) with Playwright, as the browser tests do.
"""

import argparse

from site_pages import ROOT, page_paths

OUT = ROOT / "test-results" / "screenshots"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-url", default="http://127.0.0.1:8000")
    parser.add_argument("--languages", nargs="+", default=["en", "ar"])
    parser.add_argument("--widths", nargs="+", type=int, default=[390, 1280])
    parser.add_argument("--pages", nargs="+")
    parser.add_argument("--viewport-only", action="store_true", help="not the full page")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"]
        )
        contexts = {
            width: browser.new_context(viewport={"width": width, "height": 900})
            for width in args.widths
        }
        pages = {width: context.new_page() for width, context in contexts.items()}
        for name, language, path in page_paths(args.languages, args.pages, not_found=True):
            for width, page in pages.items():
                page.goto(args.base_url.rstrip("/") + path, wait_until="load")
                target = OUT / f"{name}-{language}-{width}.png"
                page.screenshot(path=target, full_page=not args.viewport_only)
                print(target.relative_to(ROOT))
        browser.close()


if __name__ == "__main__":
    main()
