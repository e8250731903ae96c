"""Turn bench/run.sh's measurements into a table, a JSON file and a Markdown file.

Called by run.sh while gunicorn still runs: it also reads the memory of the master's
children (the workers) from /proc. Standard library only.

    python bench/report.py RUNS.jsonl --master-pid PID --out-dir DIR [--meta KEY=VALUE ...]

RUNS.jsonl has one line per page: {"page": ..., "path": ..., "wrk": {report.lua's line}}.
"""

import argparse
import json
from datetime import UTC, datetime
from pathlib import Path


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
        except (OSError, ValueError):
            continue  # a process that ended while we looked
    return {"master": proc_memory(master_pid), "workers": sorted(workers, key=lambda w: w["pid"])}


def summarise(run):
    wrk = run["wrk"]
    requests = wrk["requests"]
    seconds = wrk["duration_us"] / 1e6
    socket_errors = sum(wrk[k] for k in ("connect_errors", "read_errors", "write_errors"))
    return {
        "page": run["page"],
        "path": run["path"],
        "requests": requests,
        "requests_per_s": round(requests / seconds, 1) if seconds else 0.0,
        "p50_ms": round(wrk["latency_p50_us"] / 1000, 1),
        "p99_ms": round(wrk["latency_p99_us"] / 1000, 1),
        "max_ms": round(wrk["latency_max_us"] / 1000, 1),
        "errors": wrk["non2xx"] + socket_errors + wrk["timeouts"],
        "non2xx": wrk["non2xx"],
        "socket_errors": socket_errors,
        "timeouts": wrk["timeouts"],
        "bytes_per_response": round(wrk["bytes"] / requests) if requests else 0,
        "wrk": wrk,
    }


COLUMNS = [
    ("page", "page", "{}"),
    ("requests/s", "requests_per_s", "{:.1f}"),
    ("p50 ms", "p50_ms", "{:.1f}"),
    ("p99 ms", "p99_ms", "{:.1f}"),
    ("errors", "errors", "{}"),
    ("bytes/response", "bytes_per_response", "{}"),
]


def table(rows):
    """A Markdown table, padded so that it also reads well on a terminal."""
    cells = [[title for title, _, _ in COLUMNS]]
    cells += [[fmt.format(row[key]) for _, key, fmt in COLUMNS] for row in rows]
    widths = [max(len(line[i]) for line in cells) for i in range(len(COLUMNS))]

    def line(values):
        padded = [
            v.ljust(w) if i == 0 else v.rjust(w)
            for i, (v, w) in enumerate(zip(values, widths, strict=True))
        ]
        return "| " + " | ".join(padded) + " |"

    rule = "|" + "|".join("-" * (w + 1) + (":" if i else "-") for i, w in enumerate(widths)) + "|"
    return "\n".join([line(cells[0]), rule, *(line(values) for values in cells[1:])])


def memory_lines(memory):
    def describe(m):
        pss = f", PSS {m['pss_kib'] / 1024:.1f} MiB" if "pss_kib" in m else ""
        return f"RSS {m['rss_kib'] / 1024:.1f} MiB (peak {m['peak_rss_kib'] / 1024:.1f} MiB){pss}"

    lines = [f"- master (pid {memory['master']['pid']}): {describe(memory['master'])}"]
    lines += [f"- worker (pid {w['pid']}): {describe(w)}" for w in memory["workers"]]
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("runs", type=Path)
    parser.add_argument("--master-pid", type=int, required=True)
    parser.add_argument("--out-dir", type=Path, required=True)
    parser.add_argument("--meta", action="append", default=[], metavar="KEY=VALUE")
    args = parser.parse_args()

    meta = dict(item.split("=", 1) for item in args.meta)
    rows = [summarise(json.loads(line)) for line in args.runs.read_text().splitlines() if line]
    memory = gunicorn_memory(args.master_pid)
    now = datetime.now(UTC)
    settings = ", ".join(f"{key} {value}" for key, value in meta.items())

    markdown = "\n".join(
        [
            f"### {meta.get('db', '?')}, {now:%Y-%m-%d %H:%M} UTC",
            "",
            settings,
            "",
            table(rows),
            "",
            "Memory after the run:",
            "",
            *memory_lines(memory),
            "",
        ]
    )
    print(markdown)

    args.out_dir.mkdir(parents=True, exist_ok=True)
    stem = f"{now:%Y%m%dT%H%M%SZ}-{meta.get('db', 'db')}"
    report = {"when": now.isoformat(), "meta": meta, "pages": rows, "memory": memory}
    (args.out_dir / f"{stem}.json").write_text(json.dumps(report, indent=2) + "\n")
    (args.out_dir / f"{stem}.md").write_text(markdown)
    print(f"Written: {args.out_dir / stem}.json and .md")


if __name__ == "__main__":
    main()
