"""Turn bench/run.sh's measurements into a table, the targets' verdicts, a JSON file and a
Markdown file. Standard library only. Two commands:

    python bench/report.py memory --master-pid PID --phase PHASE [--samples FILE]
    python bench/report.py report RUNS.jsonl --memory MEMORY.jsonl [--load LOAD.jsonl]
                                  [--queries QUERIES.jsonl] --out-dir DIR [--meta KEY=VALUE ...]

`memory` is run at the end of each phase, while that phase's gunicorn still runs: it reads
the memory of the master and of its children (the workers) from /proc, adds the peaks of
the samples run.sh took every second during the phase (lines "pid rss_kib peak_rss_kib"),
and prints one JSON line. `report` reads those lines and RUNS.jsonl, one line per wrk run:
{"phase": ..., "kind": "ceiling|page|static|mix", "page": ..., "path": ..., "wrk": {...}}
(the wrk part is bench/report.lua's line). QUERIES.jsonl is bench/queries.py's output.
"""

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

# The targets (the issue's): ratios to the ceiling measured in the same phase, so that they
# hold on a shared, noisy machine.
CACHED_MIN_RATIO = 0.40
# Issue 15: cached pages against a bare Django (no middleware, fixed bytes, same gunicorn).
FLOOR_MIN_RATIO = 0.50
CACHED_MAX_P99_MS = 50.0
UNCACHED_MIN_RATIO = 0.06
ENDURANCE_SECONDS = 60
ENDURANCE_CONNECTIONS = 64
# 120 MB read as 120 × 10^6 bytes, the stricter reading (114.4 MiB).
WORKER_MAX_BYTES = 120 * 10**6

PHASES = {
    "cached": "page cache on (the settings' default, PAGE_CACHE_SECONDS=600), fragment caches on",
    "endurance": "page cache on, mixed traffic over every page",
    "uncached": "PAGE_CACHE_SECONDS=0: every page rendered; the fragment caches stay on "
    "(FRAGMENT_CACHE_SECONDS=600: world map, members' and task forces' lists, footer)",
    "cold": "PAGE_CACHE_SECONDS=0 and FRAGMENT_CACHE_SECONDS=0: nothing cached",
}
MEASURED_PHASES = ["cached", "uncached", "cold"]


# --- memory ------------------------------------------------------------------------------------


def proc_memory(pid):
    """VmRSS, VmHWM (peak RSS) and, where readable, PSS of one process, in KiB."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        fields[key] = value.strip()
    memory = {
        "pid": pid,
        "ppid": int(fields["PPid"]),
        "rss_kib": int(fields["VmRSS"].split()[0]),
        "peak_rss_kib": int(fields["VmHWM"].split()[0]),
    }
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                memory["pss_kib"] = int(line.split()[1])
    except OSError:
        pass
    return memory


def gunicorn_memory(master_pid):
    """The master's memory and its workers' (its children), read from /proc."""
    workers = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            for line in status.read_text().splitlines():
                if line.startswith("PPid:"):
                    if int(line.split()[1]) == master_pid:
                        workers.append(proc_memory(int(status.parent.name)))
                    break
        except (OSError, ValueError, KeyError):
            continue  # a process that ended while we looked
    return {"master": proc_memory(master_pid), "workers": sorted(workers, key=lambda w: w["pid"])}


def read_samples(path):
    """The peaks of run.sh's samples: how many workers served, the largest RSS and VmHWM."""
    peaks = {}
    if path and path.exists():
        for line in path.read_text().splitlines():
            try:
                pid, rss, hwm = (int(v) for v in line.split())
            except ValueError:
                continue
            old = peaks.get(pid, (0, 0))
            peaks[pid] = (max(old[0], rss), max(old[1], hwm))
    return {
        "workers_seen": len(peaks),
        "max_rss_kib": max((rss for rss, _ in peaks.values()), default=0),
        "max_peak_rss_kib": max((hwm for _, hwm in peaks.values()), default=0),
    }


def memory_command(args):
    memory = gunicorn_memory(args.master_pid)
    memory["phase"] = args.phase
    memory["samples"] = read_samples(args.samples)
    print(json.dumps(memory))


# --- figures -----------------------------------------------------------------------------------


def summarise(run):
    wrk = run["wrk"]
    requests = wrk["requests"]
    seconds = wrk["duration_us"] / 1e6
    socket_errors = sum(wrk[k] for k in ("connect_errors", "read_errors", "write_errors"))
    return {
        "phase": run["phase"],
        "kind": run["kind"],
        "page": run["page"],
        "path": run["path"],
        "requests": requests,
        "seconds": round(seconds, 2),
        "requests_per_s": round(requests / seconds, 1) if seconds else 0.0,
        "p50_ms": round(wrk["latency_p50_us"] / 1000, 1),
        "p99_ms": round(wrk["latency_p99_us"] / 1000, 1),
        "max_ms": round(wrk["latency_max_us"] / 1000, 1),
        "errors": wrk["non2xx"] + socket_errors + wrk["timeouts"],
        "non2xx": wrk["non2xx"],
        "socket_errors": socket_errors,
        "timeouts": wrk["timeouts"],
        "cache_hit": wrk.get("cache_hit", 0),
        "cache_miss": wrk.get("cache_miss", 0),
        "cache_none": wrk.get("cache_none", 0),
        "bytes_per_response": round(wrk["bytes"] / requests) if requests else 0,
        "wrk": wrk,
    }


def ceilings(runs, kind="ceiling"):
    """Per phase: the ceiling's (or the floor's) req/s at the start and the end of the
    phase, and their mean, which the pages of that phase are compared with."""
    found = {}
    for run in runs:
        if run["kind"] == kind:
            found.setdefault(run["phase"], []).append(run["requests_per_s"])
    return {
        phase: {"runs": values, "mean": round(sum(values) / len(values), 1)}
        for phase, values in found.items()
    }


def pages_by_phase(runs):
    """{page name: {phase: run}} for the pages and the stylesheet, in the order measured."""
    rows = {}
    for run in runs:
        if run["kind"] in ("page", "static", "ceiling", "floor"):
            rows.setdefault(run["page"], {})[run["phase"]] = run
    return rows


def ratio(run, ceiling):
    if run is None or not ceiling:
        return None
    return run["requests_per_s"] / ceiling["mean"]


def pct(value):
    return "–" if value is None else f"{100 * value:.1f}%"


def num(run, key, fmt="{:.1f}"):
    return "–" if run is None else fmt.format(run[key])


def mib(kib):
    return f"{kib / 1024:.1f} MiB"


# --- Markdown ----------------------------------------------------------------------------------


def table(header, rows):
    """A Markdown table, padded so that it also reads well on a terminal; the first column is
    left-aligned, the others right-aligned."""
    cells = [header, *rows]
    widths = [max(len(line[i]) for line in cells) for i in range(len(header))]

    def line(values):
        padded = [
            v.ljust(w) if i == 0 else v.rjust(w)
            for i, (v, w) in enumerate(zip(values, widths, strict=True))
        ]
        return "| " + " | ".join(padded) + " |"

    rule = "|" + "|".join("-" * (w + 1) + (":" if i else "-") for i, w in enumerate(widths)) + "|"
    return "\n".join([line(header), rule, *(line(values) for values in rows)])


def results_table(rows, ceiling, phases):
    header = ["page"]
    for phase in phases:
        header += [f"{phase} req/s", "% ceiling", "p50 ms", "p99 ms"]
        if phase == "cached":
            header.append("hits")
    header += ["errors", "bytes/response"]
    lines = []
    for name, by_phase in rows.items():
        line = [name]
        for phase in phases:
            run = by_phase.get(phase)
            line += [
                num(run, "requests_per_s"),
                pct(ratio(run, ceiling.get(phase))),
                num(run, "p50_ms"),
                num(run, "p99_ms"),
            ]
            if phase == "cached":
                hits = "–"
                if run is not None and run["kind"] == "page" and run["requests"]:
                    hits = f"{100 * run['cache_hit'] / run['requests']:.1f}%"
                line.append(hits)
        errors = sum(run["errors"] for run in by_phase.values())
        first = next(iter(by_phase.values()))
        line += [str(errors), str(first["bytes_per_response"])]
        lines.append(line)
    return table(header, lines)


def largest_worker(memory_lines):
    """The largest worker of all phases: RSS and PSS at each phase's end, and the peak RSS
    (VmHWM) of every worker seen during the phases."""
    end_rss = max((w["rss_kib"] for m in memory_lines for w in m["workers"]), default=0)
    end_pss = max((w.get("pss_kib", 0) for m in memory_lines for w in m["workers"]), default=0)
    peak = max(
        [w["peak_rss_kib"] for m in memory_lines for w in m["workers"]]
        + [m["samples"]["max_peak_rss_kib"] for m in memory_lines],
        default=0,
    )
    return {"end_rss_kib": end_rss, "end_pss_kib": end_pss, "peak_rss_kib": peak}


def memory_table(memory_lines):
    header = ["phase", "workers at end", "largest RSS", "largest PSS", "largest peak RSS",
              "workers seen", "master RSS"]  # fmt: skip
    lines = []
    for m in memory_lines:
        workers = m["workers"]
        peak = max(
            [w["peak_rss_kib"] for w in workers] + [m["samples"]["max_peak_rss_kib"]], default=0
        )
        lines.append([
            m["phase"],
            str(len(workers)),
            mib(max((w["rss_kib"] for w in workers), default=0)),
            mib(max((w.get("pss_kib", 0) for w in workers), default=0)),
            mib(peak),
            str(max(m["samples"]["workers_seen"], len(workers))),
            mib(m["master"]["rss_kib"]),
        ])  # fmt: skip
    return table(header, lines)


def queries_table(queries, rows):
    """Per page: queries and median time of one request alone, in each condition."""
    conditions = ["hit", "uncached", "cold"]
    by_path = {}
    for item in queries:
        by_path.setdefault(item["path"], {})[item["condition"]] = item
    names = {run["path"]: name for name, by_phase in rows.items() for run in by_phase.values()}
    header = [
        "page",
        *(f"queries, {c}" for c in conditions),
        *(f"ms (db), {c}" for c in conditions),
    ]
    lines = []

    def cell(item, key):
        if item is None:
            return "–"
        value = str(item[key])
        if key == "ms_median" and "db_ms" in item:
            value += f" ({item['db_ms']})"
        return value if item["status"] == 200 else f"{value} [{item['status']}]"

    for path, found in by_path.items():
        lines.append([
            names.get(path, path),
            *(cell(found.get(c), "queries") for c in conditions),
            *(cell(found.get(c), "ms_median") for c in conditions),
        ])  # fmt: skip
    return table(header, lines)


def verdict(ok):
    return "**PASS**" if ok else "**FAIL**"


def targets(runs, rows, ceiling, memory_lines, meta, floor=None):
    """The targets' verdicts: (Markdown lines, a dict for the JSON)."""
    lines, result = [], {}
    pages = {name: by_phase for name, by_phase in rows.items()
             if any(run["kind"] == "page" for run in by_phase.values())}  # fmt: skip
    conditions = (
        f"per page: {meta.get('connections', '?')} connections, {meta.get('duration', '?')}, "
        f"{meta.get('gunicorn workers', '?')} workers; {len(pages)} pages "
        "(the stylesheet and the ceiling are not pages)"
    )
    lines.append(f"Conditions {conditions}.")
    lines.append("")

    def served_from_the_cache(by_phase):
        """Search results with a query are never cached (issue 10): not a cached page."""
        run = by_phase.get("cached")
        return run is not None and run.get("cache_hit", 0) > 0

    def ratio_target(key, phase, minimum, label, reference=ceiling, reference_name="ceiling"):
        ceil = reference.get(phase)
        measured = {
            name: ratio(by_phase.get(phase), ceil)
            for name, by_phase in pages.items()
            if phase != "cached" or served_from_the_cache(by_phase)
        }
        measured = {name: value for name, value in measured.items() if value is not None}
        if not measured or not ceil:
            lines.append(f"- **NOT MEASURED** {label}")
            result[key] = {"status": "not measured"}
            return
        misses = sorted((v, name) for name, v in measured.items() if v < minimum)
        worst_value, worst = min((v, name) for name, v in measured.items())
        best_value, best = max((v, name) for name, v in measured.items())
        ok = not misses
        detail = (
            f"{reference_name} {ceil['mean']:.1f} req/s "
            f"(mean of {', '.join(map(str, ceil['runs']))}); "
            f"pages from {pct(worst_value)} ({worst}, "
            f"{pages[worst][phase]['requests_per_s']:.1f} req/s) to {pct(best_value)} ({best})"
        )
        if misses:
            detail += f"; {len(misses)} of {len(measured)} below: " + ", ".join(
                f"{name} {pct(v)}" for v, name in misses
            )
        lines.append(f"- {verdict(ok)} {label}: {detail}.")
        result[key] = {
            "status": "pass" if ok else "fail",
            "ceiling_requests_per_s": ceil["mean"],
            "worst": {"page": worst, "ratio": round(worst_value, 4)},
            "misses": {name: round(v, 4) for v, name in misses},
        }

    ratio_target(
        "cached_ratio", "cached", CACHED_MIN_RATIO,
        f"Cached pages at least {CACHED_MIN_RATIO:.0%} of the ceiling's requests per second",
    )  # fmt: skip

    ratio_target(
        "cached_floor_ratio", "cached", FLOOR_MIN_RATIO,
        f"Cached pages at least {FLOOR_MIN_RATIO:.0%} of the floor's requests per second "
        "(`/bench/floor/`: bare Django, no middleware, fixed bytes, same gunicorn)",
        reference=floor or {}, reference_name="floor",
    )  # fmt: skip

    cached = {
        name: by_phase["cached"]
        for name, by_phase in pages.items()
        if "cached" in by_phase and served_from_the_cache(by_phase)
    }
    if cached:
        slow = sorted(((run["p99_ms"], name) for name, run in cached.items()
                       if run["p99_ms"] >= CACHED_MAX_P99_MS), reverse=True)  # fmt: skip
        worst_p99, worst = max((run["p99_ms"], name) for name, run in cached.items())
        detail = f"highest p99 {worst_p99:.1f} ms ({worst})"
        if slow:
            detail += f"; {len(slow)} of {len(cached)} at or above: " + ", ".join(
                f"{name} {p99:.1f} ms" for p99, name in slow
            )
        lines.append(f"- {verdict(not slow)} Cached pages' p99 under "
                     f"{CACHED_MAX_P99_MS:.0f} ms: {detail}.")  # fmt: skip
        result["cached_p99"] = {
            "status": "fail" if slow else "pass",
            "worst": {"page": worst, "p99_ms": worst_p99},
            "misses": {name: p99 for p99, name in slow},
        }
    else:
        lines.append(f"- **NOT MEASURED** Cached pages' p99 under {CACHED_MAX_P99_MS:.0f} ms")
        result["cached_p99"] = {"status": "not measured"}

    ratio_target(
        "uncached_ratio", "uncached", UNCACHED_MIN_RATIO,
        f"Uncached pages at least {UNCACHED_MIN_RATIO:.0%} of the ceiling's requests per second",
    )  # fmt: skip

    endurance = next((run for run in runs if run["phase"] == "endurance"), None)
    label = (f"0 errors in a {ENDURANCE_SECONDS}-second run at "
             f"{ENDURANCE_CONNECTIONS} connections")  # fmt: skip
    if endurance is None:
        lines.append(f"- **NOT MEASURED** {label} (--endurance 0).")
        result["endurance"] = {"status": "not measured"}
    else:
        connections = int(meta.get("endurance connections", 0))
        full = (
            round(endurance["seconds"]) >= ENDURANCE_SECONDS
            and connections >= ENDURANCE_CONNECTIONS
        )
        status = "fail" if endurance["errors"] else ("pass" if full else "incomplete")
        shown = {"fail": "**FAIL**", "pass": "**PASS**", "incomplete": "**INCOMPLETE**"}[status]
        detail = (
            f"{endurance['requests']} requests in {endurance['seconds']:.1f} s at "
            f"{connections} connections ({endurance['requests_per_s']:.1f} req/s) over "
            f"{len(endurance['path'].split())} page(s) in turn; {endurance['errors']} errors "
            f"({endurance['non2xx']} non-2xx, {endurance['socket_errors']} socket errors, "
            f"{endurance['timeouts']} time-outs); p50 {endurance['p50_ms']:.1f} ms, "
            f"p99 {endurance['p99_ms']:.1f} ms, max {endurance['max_ms']:.1f} ms; "
            f"page cache hits {endurance['cache_hit']}, misses {endurance['cache_miss']}"
        )
        if not full:
            detail += " (shorter or fewer connections than the target asks: not a verdict)"
        lines.append(f"- {shown} {label}: {detail}.")
        result["endurance"] = {"status": status, **{k: endurance[k] for k in (
            "requests", "seconds", "requests_per_s", "errors", "non2xx", "socket_errors",
            "timeouts", "p50_ms", "p99_ms", "max_ms", "cache_hit", "cache_miss")}}  # fmt: skip

    if memory_lines:
        largest = largest_worker(memory_lines)
        biggest = max(largest["end_rss_kib"], largest["peak_rss_kib"]) * 1024
        ok = biggest < WORKER_MAX_BYTES
        lines.append(
            f"- {verdict(ok)} Memory per worker under 120 MB (RSS, the larger figure): largest "
            f"worker RSS {mib(largest['end_rss_kib'])} (PSS {mib(largest['end_pss_kib'])}) at "
            f"the end of a phase, largest peak RSS of any worker seen "
            f"{mib(largest['peak_rss_kib'])} = {biggest / 1e6:.1f} MB."
        )
        result["memory"] = {"status": "pass" if ok else "fail", **largest}
    else:
        lines.append("- **NOT MEASURED** Memory per worker under 120 MB")
        result["memory"] = {"status": "not measured"}
    return lines, result


def report_command(args):
    meta = dict(item.split("=", 1) for item in args.meta)
    meta = {key: value for key, value in meta.items() if value != ""}
    runs = [summarise(json.loads(line)) for line in args.runs.read_text().splitlines() if line]
    memory_lines = [json.loads(line) for line in args.memory.read_text().splitlines() if line]
    loads = {}
    if args.load and args.load.exists():
        for line in args.load.read_text().splitlines():
            if line:
                item = json.loads(line)
                loads.setdefault(item.pop("phase"), {}).update(item)
    queries = []
    if args.queries and args.queries.exists():
        queries = [json.loads(line) for line in args.queries.read_text().splitlines()
                   if line.startswith("{")]  # fmt: skip
    ceiling = ceilings(runs)
    floor = ceilings(runs, "floor")
    rows = pages_by_phase(runs)
    phases = [phase for phase in MEASURED_PHASES if any(r["phase"] == phase for r in runs)]
    verdict_lines, verdicts = targets(runs, rows, ceiling, memory_lines, meta, floor=floor)
    now = datetime.now(UTC)
    settings = ", ".join(f"{key} {value}" for key, value in meta.items() if key != "command")

    phase_lines = []
    for phase in [*phases[:1], "endurance", *phases[1:]]:
        if any(run["phase"] == phase for run in runs):
            load = loads.get(phase, {})
            load_text = (
                f" Load average {load.get('before', '?')} before, {load.get('after', '?')} after."
                if load
                else ""
            )
            phase_lines.append(f"- **{phase}**: {PHASES[phase]}.{load_text}")
    errors = [
        f"- {run['page']} ({run['phase']}): {run['non2xx']} non-2xx, "
        f"{run['socket_errors']} socket errors, {run['timeouts']} time-outs"
        for run in runs
        if run["errors"] and run["kind"] != "mix"
    ]
    misses = [
        f"{run['page']} {run['cache_miss']}"
        for run in runs
        if run["phase"] == "cached" and run["kind"] == "page" and run["cache_miss"]
    ]

    markdown = "\n".join(
        [
            f"### {meta.get('db', '?')}, {now:%Y-%m-%d %H:%M} UTC",
            "",
            f"`{meta.get('command', 'bash bench/run.sh')}`: {settings}",
            "",
            "Phases, each on its own gunicorn start:",
            "",
            *phase_lines,
            "",
            "% ceiling: the page's requests per second as a share of the ceiling's "
            "(`/bench/ceiling/`, 30 KB from memory, same gunicorn) in the same phase, the mean "
            "of its two rows, measured first and last. hits: share of the cached phase's "
            "responses with `X-Cache: hit`. errors: all phases.",
            "",
            results_table(rows, ceiling, phases),
            "",
            *(["Errors:", "", *errors, ""] if errors else []),
            *(
                ["Page-cache misses in the cached phase (new workers): " + ", ".join(misses), ""]
                if misses
                else []
            ),
            *(
                [
                    "One request at a time, in one process (bench/queries.py: Django's test "
                    "client, no gunicorn, no concurrency): database queries and median "
                    "milliseconds of 5 requests, with the database's share of the last one in brackets. hit: page cache on, page in it; uncached: "
                    "page cache off, fragment caches filled; cold: page and fragment caches off.",
                    "",
                    queries_table(queries, rows),
                    "",
                ]
                if queries
                else []
            ),
            "#### Targets",
            "",
            *verdict_lines,
            "",
            "Memory of gunicorn's processes, read at the end of each phase; peak RSS is VmHWM, "
            "also sampled every second, since gunicorn replaces a worker after max_requests "
            "(workers seen: how many served in the phase):",
            "",
            memory_table(memory_lines),
            "",
        ]
    )
    print(markdown)

    args.out_dir.mkdir(parents=True, exist_ok=True)
    stem = f"{now:%Y%m%dT%H%M%SZ}-{meta.get('db', 'db')}"
    report = {
        "when": now.isoformat(),
        "meta": meta,
        "phases": {
            phase: PHASES[phase] for phase in PHASES if any(r["phase"] == phase for r in runs)
        },
        "load": loads,
        "ceiling": ceiling,
        "floor": floor,
        "targets": verdicts,
        "runs": runs,
        "memory": memory_lines,
        "queries": queries,
    }
    (args.out_dir / f"{stem}.json").write_text(json.dumps(report, indent=2) + "\n")
    (args.out_dir / f"{stem}.md").write_text(markdown)
    print(f"Written: {args.out_dir / stem}.json and .md")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    memory = commands.add_parser("memory", help="one phase's memory, as a JSON line")
    memory.add_argument("--master-pid", type=int, required=True)
    memory.add_argument("--phase", required=True)
    memory.add_argument("--samples", type=Path)
    report = commands.add_parser("report", help="the table, targets, JSON and Markdown")
    report.add_argument("runs", type=Path)
    report.add_argument("--memory", type=Path, required=True)
    report.add_argument("--load", type=Path)
    report.add_argument("--queries", type=Path)
    report.add_argument("--out-dir", type=Path, required=True)
    report.add_argument("--meta", action="append", default=[], metavar="KEY=VALUE")
    args = parser.parse_args()
    if args.command == "memory":
        memory_command(args)
    else:
        report_command(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
