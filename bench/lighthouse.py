"""Lighthouse (mobile) on every page type, in English and Arabic, against the site served as
in production; the scores go into docs/performance.md.

    make lighthouse
    # which is: make serve-setup; gunicorn on 127.0.0.1:$PORT; then
    python bench/lighthouse.py --base-url http://127.0.0.1:8000 [--languages en ar]
        [--pages home member] [--no-write]

Lighthouse is pinned in bench/package.json and installed by `npm ci` in bench/ (into
bench/node_modules, which git ignores); it drives Debian's Chromium (CHROME_PATH, default
/usr/bin/chromium). Each page is audited once, with Lighthouse's mobile defaults (a
simulated mid-range phone on a slow 4G link), for performance, accessibility, best
practices and SEO. The JSON reports stay in bench/results/lighthouse/.
"""

import argparse
import datetime
import json
import os
import subprocess
import sys

from site_pages import ROOT, page_paths

BENCH = ROOT / "bench"
LIGHTHOUSE = BENCH / "node_modules" / ".bin" / "lighthouse"
RESULTS = BENCH / "results" / "lighthouse"
DOC = ROOT / "docs" / "performance.md"
LANGUAGES = ["en", "ar"]  # the table's languages
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
BEGIN = "<!-- lighthouse: begin (written by bench/lighthouse.py) -->"
END = "<!-- lighthouse: end -->"


def audit(url, report):
    if not LIGHTHOUSE.exists():
        sys.exit("Lighthouse is missing: run `npm ci` in bench/ (see bench/package.json).")
    env = {**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")}
    report.unlink(missing_ok=True)
    subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={report}",
            f"--only-categories={','.join(CATEGORIES)}",
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
            "--disable-full-page-screenshot",
        ],
        check=True,
        env=env,
    )
    return read(report)


def read(report):
    """(scores, metrics, audits below 0.9, Lighthouse's version) of a JSON report."""
    data = json.loads(report.read_text())
    if data.get("runtimeError"):
        raise KeyError(data["runtimeError"]["message"])
    scores = {name: round(data["categories"][name]["score"] * 100) for name in CATEGORIES}
    audits = data["audits"]
    metrics = {
        "fcp": audits["first-contentful-paint"]["numericValue"],
        "lcp": audits["largest-contentful-paint"]["numericValue"],
        "tbt": audits["total-blocking-time"]["numericValue"],
        "cls": audits["cumulative-layout-shift"]["numericValue"],
        "bytes": audits["total-byte-weight"]["numericValue"],
    }
    failing = [
        audit_id
        for category in CATEGORIES
        for ref in data["categories"][category]["auditRefs"]
        if ref["weight"]
        and (audit_id := ref["id"]) in audits
        and audits[audit_id]["score"] is not None
        and audits[audit_id]["score"] < 0.9
    ]
    return scores, metrics, failing, data["lighthouseVersion"]


def table(rows):
    lines = [
        "| page | language | performance | accessibility | best practices | SEO "
        "| FCP | LCP | TBT | CLS | bytes |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, language, scores, metrics, _failing in rows:
        lines.append(
            f"| {name} | {language} | "
            + " | ".join(str(scores[c]) for c in CATEGORIES)
            + f" | {metrics['fcp'] / 1000:.1f} s | {metrics['lcp'] / 1000:.1f} s"
            f" | {metrics['tbt']:.0f} ms | {metrics['cls']:.3f} | {metrics['bytes'] / 1024:.0f} KB |"
        )
    return "\n".join(lines)


def write_doc(rows, version, command, missing=()):
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "status", "--porcelain"], capture_output=True, text=True, cwd=ROOT
    )
    perfect = sum(all(scores[c] == 100 for c in CATEGORIES) for _n, _l, scores, _m, _f in rows)
    section = "\n".join(
        [
            BEGIN,
            "## Lighthouse, mobile: every page type in English and Arabic",
            "",
            f"Measured on {datetime.date.today():%Y-%m-%d} with Lighthouse {version} (pinned in"
            f" bench/package.json) and Debian's Chromium, at commit `{commit}`"
            f"{' with uncommitted changes' if dirty.stdout.strip() else ''}, against the site"
            " served as `make serve` serves it (gunicorn, `DEBUG` off, WhiteNoise, hashed"
            " and compressed static files) with the demo content, on the shared 2-core"
            " machine. Lighthouse's mobile defaults: a simulated mid-range phone, 4x CPU"
            " slow-down, slow 4G. One run per page.",
            "",
            "```sh",
            command,
            "```",
            "",
            f"{perfect} of {len(rows)} pages score 100 in all four categories."
            + (f" Not measured in this run: {', '.join(missing)}." if missing else ""),
            "",
            table(rows),
            "",
            END,
        ]
    )
    text = DOC.read_text()
    if BEGIN in text:
        text = text[: text.index(BEGIN)] + section + text[text.index(END) + len(END) :]
    else:
        text = text.rstrip() + "\n\n" + section + "\n"
    DOC.write_text(text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-url", default="http://127.0.0.1:8000")
    parser.add_argument("--languages", nargs="+", default=LANGUAGES)
    parser.add_argument(
        "--pages", nargs="+", help="these page types only (the table keeps the others' reports)"
    )
    parser.add_argument("--no-write", action="store_true", help="leave docs/performance.md")
    parser.add_argument(
        "--report-only",
        action="store_true",
        help="measure nothing: write the table from the reports in bench/results/lighthouse/",
    )
    args = parser.parse_args()
    RESULTS.mkdir(parents=True, exist_ok=True)
    rows = []
    command = "make lighthouse   # bench/lighthouse.py --base-url http://127.0.0.1:8000"
    if args.report_only:
        write_from_reports(
            LANGUAGES + [code for code in args.languages if code not in LANGUAGES], command
        )
        return
    for name, language, path in page_paths(args.languages, args.pages, language_first=True):
        report = RESULTS / f"{name}-{language}.json"
        for attempt in (1, 2):  # Lighthouse now and then fails to record a trace: once more
            try:
                scores, metrics, failing, _version = audit(args.base_url.rstrip("/") + path, report)
                break
            except (subprocess.CalledProcessError, TypeError, KeyError) as error:
                print(
                    f"{name:32} {language}  not measured (attempt {attempt}): {error}", flush=True
                )
        else:
            continue
        rows.append((name, language, scores, metrics, failing))
        print(
            f"{name:32} {language}  "
            + " ".join(f"{c}={scores[c]}" for c in CATEGORIES)
            + (f"  below 0.9: {', '.join(failing)}" if failing else ""),
            flush=True,
        )
    if not args.no_write:
        write_from_reports(
            LANGUAGES + [code for code in args.languages if code not in LANGUAGES], command
        )


def write_from_reports(languages, command):
    """The table in docs/performance.md, from the reports kept of every page type."""
    rows, missing, version = [], [], ""
    for name, language, _path in page_paths(languages, language_first=True):
        try:
            scores, metrics, failing, version = read(RESULTS / f"{name}-{language}.json")
        except (FileNotFoundError, KeyError):
            missing.append(f"{name} ({language})")
        else:
            rows.append((name, language, scores, metrics, failing))
    write_doc(rows, version, command, missing)
    print(f"written: {DOC.relative_to(ROOT)} ({len(rows)} pages, {len(missing)} missing)")


if __name__ == "__main__":
    main()
