#!/usr/bin/env python3
"""Turns the raw outputs of scripts/bench.sh into its report (docs/benchmarks.md for a full run).

    bench_report.py elapsed FILE.time     seconds of a /usr/bin/time -v report
    bench_report.py rss FILE.time         peak resident memory in MiB
    bench_report.py report DIR OUT MODE   the markdown report; MODE is full, quick or reduced

    bench_report.py selftest              checks this report and scripts/bench.sh on made-up
                                          outputs and a fake procsh (a few seconds)

OUT's sections from the first `## ` heading that says "written by hand" onwards are kept.
"""
import datetime
import glob
import json
import math
import os
import platform
import re
import statistics
import subprocess
import sys


def elapsed(path):
    text = open(path).read()
    match = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text)
    parts = [float(p) for p in match.group(1).split(":")]
    seconds = 0.0
    for part in parts:
        seconds = seconds * 60 + part
    return seconds


def rss_mib(path):
    text = open(path).read()
    match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
    return int(match.group(1)) / 1024


def timings(path, command):
    values = []
    for line in open(path):
        match = re.match(r"timing: (\S+) ([0-9.]+) s", line)
        if match and match.group(1) == command:
            values.append(float(match.group(2)))
    return values


# Changes that the log records only when it keeps every step (Engine.recordStep): a decision, a
# timer, a counter, a branch's end. With `--log changes` (the default above 10,000 orders) none of
# them is written.
STEP_CHANGES = {"delay-ended", "wait-met", "wait-timed-out", "condition-decided", "branch-ended",
                "counter-changed"}


def json_documents(path):
    """The JSON documents written one after another to PATH (one per command of a `-c` line), up
    to the first text that is not JSON (`save` answers in words: "saved session.json: ...")."""
    text = open(path).read()
    decoder = json.JSONDecoder()
    documents, at = [], 0
    while True:
        while at < len(text) and text[at].isspace():
            at += 1
        if at == len(text):
            return documents
        try:
            document, at = decoder.raw_decode(text, at)
        except ValueError:
            return documents
        documents.append(document)


def log_detail(events):
    """What the log kept, read from the events of the run's first task (`log --task 1 --json`):
    the built-in order-processing process starts with a delay, so a log of every step has its
    `delay-ended` at least; a log of changes only has no step change at all."""
    if not events:
        return None
    if any(event.get("change") in STEP_CHANGES for event in events):
        return "every step"
    return "changes only"


def procsh_run(time_path):
    """One procsh `simulate` run (NAME.time, NAME.out, NAME.err): wall time, peak memory, the
    simulation's --json summary, what its log kept, and how long that question took."""
    base = time_path[:-len(".time")]
    try:
        documents = json_documents(base + ".out")
    except (OSError, ValueError):
        documents = []
    log_query = timings(base + ".err", "log") if os.path.exists(base + ".err") else []
    return {
        "wall": elapsed(time_path),
        "rss": rss_mib(time_path),
        "summary": documents[0] if documents else {},
        "log": log_detail(documents[1]) if len(documents) > 1 else None,
        "log_query_s": log_query[0] if log_query else None,
    }


def sims_sizes(directory, prefix="sim"):
    """The sizes procsh simulated: N of every sim-N-RUN.time (PREFIX-N-RUN.time)."""
    return sorted({int(os.path.basename(p).split("-")[1])
                   for p in glob.glob(os.path.join(directory, prefix + "-*-*.time"))})


def median(values):
    return statistics.median(values) if values else float("nan")


def numbered(directory, prefix, suffix):
    """The files PREFIX<run>SUFFIX in DIRECTORY, in the order of their runs (1, 2, ..., 10)."""
    found = []
    for path in glob.glob(os.path.join(directory, prefix + "*" + suffix)):
        run = os.path.basename(path)[len(prefix):len(os.path.basename(path)) - len(suffix)]
        if run.isdigit():
            found.append((int(run), path))
    return [path for _, path in sorted(found)]


def peer_runs(directory, name):
    """A peer's runs (NAME-1.out, NAME-2.out, ...): each run's RESULT_JSON with `elapsed` and
    `rss` from its /usr/bin/time report; and over the runs, the medians and the peak memory."""
    runs = []
    for out in numbered(directory, name + "-", ".out"):
        result = None
        for line in open(out):
            if line.startswith("RESULT_JSON "):
                result = json.loads(line[len("RESULT_JSON "):])
        if result is None:
            continue
        time_file = out[:-len(".out")] + ".time"
        result["elapsed"] = elapsed(time_file)
        result["rss"] = rss_mib(time_file)
        runs.append(result)
    if not runs:
        return None
    return {
        "peer": runs[0]["peer"],
        "n": runs[0]["n"],
        "runs": runs,
        "walls": [run["wall_s"] for run in runs],
        "wall_s": median([run["wall_s"] for run in runs]),
        "elapsed": median([run["elapsed"] for run in runs]),
        "rss": max(run["rss"] for run in runs),
    }


def procsh_outcomes(summary):
    """procsh's summary in the peers' outcome labels."""
    outcomes = {}
    by_status = summary.get("by-status", {})
    for status, count in by_status.items():
        if status == "cancelled":
            continue
        outcomes[status] = count
    for reason, count in summary.get("cancel-reasons", {}).items():
        outcomes["cancelled:" + reason] = count
    return outcomes


def machine():
    cpu = "unknown CPU"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        for line in open("/proc/meminfo"):
            if line.startswith("MemTotal"):
                memory = "%.0f GiB" % (int(line.split()[1]) / 1024 / 1024)
    except OSError:
        pass
    try:
        swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    except (OSError, IndexError):
        swift = "swift"
    return "%s, %d cores, %s, %s; %s" % (cpu, os.cpu_count() or 0, memory, platform.platform(terse=True), swift)


def orders(n):
    return "{:,}".format(n)


def rate(n, seconds):
    """Orders per second, or a dash for a time too short for /usr/bin/time (under 10 ms)."""
    return "{:,}".format(int(n / seconds)) if seconds > 0 else "—"


def count(value):
    """A count as the report writes it, or a dash where the output had none."""
    return "—" if value is None else "{:,}".format(value)


def spread(values):
    """How far apart runs of one measurement are: (max - min) / median, in per cent."""
    return (max(values) - min(values)) / median(values) * 100 if len(values) > 1 else None


def largest_spread(directory):
    """The largest spread among the timed runs: procsh's simulations at each size, each peer's."""
    groups = [[elapsed(p) for p in numbered(directory, "sim-%d-" % n, ".time")]
              for n in sims_sizes(directory)]
    for name in ("simpy", "spiff"):
        peer = peer_runs(directory, name)
        if peer:
            groups.append(peer["walls"])
    spreads = [s for s in map(spread, groups) if s is not None]
    return max(spreads) if spreads else None


def add_cross_check(add, procsh_runs, simpy):
    """The final outcomes of procsh's runs and SimPy's as shares of their own orders, and the
    counts per order: every figure from the outputs of these runs."""
    ours_summary = procsh_runs[0]["summary"]
    theirs_result = simpy["runs"][0]
    ours_n, theirs_n = ours_summary["orders"], theirs_result["n"]
    ours = procsh_outcomes(ours_summary)
    theirs = theirs_result["distribution"]
    same_n = ours_n == theirs_n
    add("## Cross-check: final outcomes at %s" % (
        "%s orders" % orders(ours_n) if same_n
        else "%s orders (procsh) and %s (SimPy)" % (orders(ours_n), orders(theirs_n))))
    add("")
    add("Same population definition (SPEC 11.3), independent random streams (procsh: SplitMix64;")
    add("the peers: Python's Mersenne Twister), times to the second in procsh. The shares are of")
    add("each run's own orders: procsh's `simulate --json` summary and SimPy's `RESULT_JSON`.")
    agree = []
    if len(procsh_runs) > 1:
        agree.append("procsh's %d runs %s" % (len(procsh_runs), "agree" if all(
            run["summary"] == ours_summary for run in procsh_runs) else "DIFFER (the first is shown)"))
    if len(simpy["runs"]) > 1:
        fields = ("distribution", "calls", "messages", "questions")
        agree.append("SimPy's %d runs %s" % (len(simpy["runs"]), "agree" if all(
            all(run.get(f) == theirs_result.get(f) for f in fields) for run in simpy["runs"])
            else "DIFFER (the first is shown)"))
    if agree:
        add("Seeded runs should agree: %s." % "; ".join(agree))
    add("")
    add("| outcome | procsh | SimPy | difference |")
    add("|---|---:|---:|---:|")
    shares = {}
    for label in set(ours) | set(theirs):
        shares[label] = (ours.get(label, 0) * 100 / ours_n, theirs.get(label, 0) * 100 / theirs_n)
    for label in sorted(shares, key=lambda k: (-shares[k][1], -shares[k][0], k)):
        a, b = shares[label]
        add("| %s | %.1f %% | %.1f %% | %+.1f pp |" % (label, a, b, round(a - b, 1) + 0.0))
    add("")
    steps = ours_summary.get("steps-by-question")
    rows = (("call attempts", ours_summary.get("calls"), theirs_result.get("calls")),
            ("messages", ours_summary.get("messages"), theirs_result.get("messages")),
            ("manager steps answered", sum(steps.values()) if steps is not None else None,
             theirs_result.get("questions")))
    if same_n:
        add("| count | procsh | SimPy |")
        add("|---|---:|---:|")
        for name, a, b in rows:
            add("| %s | %s | %s |" % (name, count(a), count(b)))
    else:
        add("| count | procsh | SimPy | procsh per order | SimPy per order |")
        add("|---|---:|---:|---:|---:|")
        for name, a, b in rows:
            add("| %s | %s | %s | %s | %s |" % (
                name, count(a), count(b), "—" if a is None else "%.3f" % (a / ours_n),
                "—" if b is None else "%.3f" % (b / theirs_n)))
    add("")


def report(directory, out_path, mode):
    """MODE is full, quick (procsh at 100,000 once, no peers) or reduced (smaller sizes)."""
    lines = []
    add = lines.append
    add("# Benchmarks")
    add("")
    add("Made by `scripts/bench.sh` on %s." % datetime.date.today().isoformat())
    if mode != "full":
        add("**A %s run, not the benchmark:** procsh at %s orders%s." % (
            mode, ", ".join(orders(n) for n in sims_sizes(directory)) or "no size",
            "".join("; %s at %s" % (peer["peer"], orders(peer["n"]))
                    for peer in (peer_runs(directory, "simpy"), peer_runs(directory, "spiff")) if peer)))
    spread = largest_spread(directory)
    add("Machine: %s. Shared and noisy%s." % (machine(), "" if spread is None else
        ": the runs of one measurement below differ by up to %.0f %% of their median" % spread))
    add("")
    with_peers = mode != "quick" and any(peer_runs(directory, name) for name in ("simpy", "spiff"))
    add("procsh times are whole-process wall time (`/usr/bin/time -v`: start-up, the built-in")
    add("processes, the simulation, its summary and the question about its log below).%s" % (
        " The peers'" if with_peers else ""))
    if with_peers:
        add("times are their own measurement (`wall_s`: building the model and simulating, without")
        add("interpreter start-up) and, in brackets or their own column, the whole process.")
    add("")
    add("Where the time goes, what was changed for it and what was not: [performance.md](performance.md).")
    add("")

    add("## procsh `simulate`")
    add("")
    add("| orders | runs | wall s, median (runs) | orders/s | peak RSS MiB | log |")
    add("|---:|---:|---:|---:|---:|---|")
    sims = {n: numbered(directory, "sim-%d-" % n, ".time") for n in sims_sizes(directory)}
    runs = {n: [procsh_run(p) for p in sims[n]] for n in sims}
    summaries = {n: runs[n][0]["summary"] for n in runs}

    def add_row(label, n, size_runs):
        walls = [run["wall"] for run in size_runs]
        rss = max(run["rss"] for run in size_runs)
        wall = median(walls)
        logs = []
        for run in size_runs:
            if run["log"] not in logs:
                logs.append(run["log"])
        log = " / ".join(detail or "not shown" for detail in logs)
        add("| %s | %d | %.2f (%s) | %s | %.0f | %s |" % (
            label, len(walls), wall, " / ".join("%.2f" % w for w in walls),
            rate(n, wall), rss, log))
    for n in sorted(sims):
        add_row("{:,}".format(n), n, runs[n])
    spread_sizes = sims_sizes(directory, "spread")
    for n in spread_sizes:
        add_row("{:,} over 30 days".format(n), n,
                [procsh_run(p) for p in numbered(directory, "spread-%d-" % n, ".time")])
    add("")
    queries = [run["log_query_s"] for n in runs for run in runs[n] if run["log_query_s"] is not None]
    if spread_sizes:
        add("The row over 30 days runs `simulate N orders --over 30d`: with arrivals that sparse, much of")
        add("the engine's agenda lies before its cursor, in a heap (docs/performance.md, \"the early heap\").")
    add("Each run is `procsh -c \"simulate N orders --json; log --task 1 --json\"`. The log column is")
    add("read from that run's first task: a log of every step has its decisions and timers (a")
    add("`delay-ended` first), a log of changes only has none.")
    if queries:
        add("The question took %s of a run (`PROCSH_TIMING`)." % (
            "at most %.0f ms" % (max(queries) * 1000) if max(queries) >= 0.0005 else "under 1 ms"))
    add("")

    script_sizes = sims_sizes(directory, "script")
    if script_sizes:
        add("## procsh, a long script")
        add("")
        add("| lines | runs | wall s, median (runs) | lines/s | peak RSS MiB |")
        add("|---:|---:|---:|---:|---:|")
        for length in script_sizes:
            files = numbered(directory, "script-%d-" % length, ".time")
            walls = [elapsed(path) for path in files]
            add("| {:,} | {} | {:.2f} ({}) | {} | {:.0f} |".format(
                length, len(walls), median(walls), " / ".join("%.2f" % w for w in walls),
                rate(length, median(walls)), max(rss_mib(path) for path in files)))
        add("")
        add("`procsh long-script.procsh`: `order new` and `advance 1m`, over and over. The shell keeps")
        add("the session before every command, to put back on Ctrl-C, and some for `undo`; what that")
        add("costs grows with the session's last chunks, not with every command before (docs/performance.md,")
        add("\"long scripts\").")
        add("")

    startup_json = os.path.join(directory, "startup.json")
    if os.path.exists(startup_json):
        startups = json.load(open(startup_json))["results"][0]["times"]
        startup_tool = "hyperfine"
    else:
        startups = [elapsed(p) for p in numbered(directory, "startup-", ".time")]
        startup_tool = "GNU time, to 10 ms"

    def startup_ms(seconds):
        """hyperfine's to a tenth of a millisecond; GNU time's to 10 ms, where 0 means under 10."""
        if startup_tool == "hyperfine":
            return "%.1f ms" % (seconds * 1000)
        return "%.0f ms" % (seconds * 1000) if seconds > 0 else "< 10 ms"
    saves = timings(os.path.join(directory, "save.err"), "save")
    loads = []
    for path in numbered(directory, "load-", ".err"):
        loads += timings(path, "load")
        saves += timings(path, "save")
    size = int(open(os.path.join(directory, "session.size")).read().strip())
    # What was saved: the summary simulate printed before `save` in the same run.
    saved = json_documents(os.path.join(directory, "save.out"))[0]
    saved_n = saved["orders"]
    finished = not saved.get("stopped-at-horizon", True) and saved.get("open-steps", 1) == 0
    saved_what = "%s %sorders" % (orders(saved_n), "finished " if finished else "")
    add("## Start-up, save and load")
    add("")
    add("| what | measured |")
    add("|---|---:|")
    add("| `procsh -c status`, median of %d runs (%s) | %s (min %s, max %s) |" % (
        len(startups), startup_tool, startup_ms(median(startups)), startup_ms(min(startups)),
        startup_ms(max(startups))))
    add("| save %s, median of %d | %.2f s (%s) |" % (
        saved_what, len(saves), median(saves), " / ".join("%.2f" % s for s in saves)))
    add("| load them, median of %d | %.2f s (%s) |" % (len(loads), median(loads), " / ".join("%.2f" % s for s in loads)))
    add("| session file | %.1f MB, %.0f bytes per order |" % (size / 1e6, size / saved_n))
    # The load of a million orders (a full run): its own time and the whole run's peak memory.
    million_loads = [(timings(path[:-len(".time")] + ".err", "load")[0], rss_mib(path))
                     for path in numbered(directory, "million-load-", ".time")]
    if million_loads:
        million_size = int(open(os.path.join(directory, "million.size")).read().strip())
        million_rss = max(rss for _, rss in million_loads)
        add("| load 1,000,000 orders (%.0f MB), median of %d | %.2f s (%s), peak %.0f MiB |" % (
            million_size / 1e6, len(million_loads), median([t for t, _ in million_loads]),
            " / ".join("%.2f" % t for t, _ in million_loads), million_rss))
    add("")
    add("Save and load are timed inside procsh (`PROCSH_TIMING=1`): each command's own wall time,")
    add("the save including its `fsync`.")
    add("")

    simpy = None if mode == "quick" else peer_runs(directory, "simpy")
    spiff = None if mode == "quick" else peer_runs(directory, "spiff")
    # The peers are compared with procsh at 100,000 orders (SPEC 11.1); a reduced run without
    # that size uses the size nearest to it, and the rows say which.
    ref = min(sims, key=lambda n: (abs(math.log(n / 100000)), n)) if sims else None
    procsh_ref = median([run["wall"] for run in runs[ref]]) if ref else None
    procsh_1m = median([run["wall"] for run in runs[1000000]]) if 1000000 in runs else None
    if simpy or spiff:
        add("## Peers (../shared/peers)")
        add("")
        add("| peer | orders | runs | wall s, median (runs) | process s, median | orders/s | peak RSS MiB |")
        add("|---|---:|---:|---:|---:|---:|---:|")
        for peer in (simpy, spiff):
            if peer:
                add("| %s | %s | %d | %.2f (%s) | %.2f | %s | %.0f |" % (
                    peer["peer"], "{:,}".format(peer["n"]), len(peer["runs"]), peer["wall_s"],
                    " / ".join("%.2f" % w for w in peer["walls"]), peer["elapsed"],
                    rate(peer["n"], peer["wall_s"]), peer["rss"]))
        add("")

    add("## Targets (SPEC 11.1)")
    add("")
    if with_peers:
        add("Every time here is a median over runs, and so is every ratio's: procsh's runs and each")
        add("peer's, as many as the tables above count. A peer's throughput is from its own `wall_s`")
        add("(without interpreter start-up; in brackets, from its whole-process time, as procsh's is).")
    else:
        add("Every time here is a median over runs, as many as the tables above count.")
    add("")
    add("| target | measured | met |")
    add("|---|---|---|")
    if procsh_1m is not None:
        rss_1m = max(run["rss"] for run in runs[1000000])
        add("| 1,000,000 orders under 3 s | %.1f s | %s |" % (procsh_1m, "yes" if procsh_1m < 3 else "no, %.1f× over" % (procsh_1m / 3)))
        add("| … with peak memory under 2 GiB | %.0f MiB | %s |" % (rss_1m, "yes" if rss_1m < 2048 else "no"))
    if million_loads:
        add("| … and loading them saved, under 2 GiB | %.0f MiB | %s |" % (
            million_rss, "yes" if million_rss < 2048 else "no"))
    for peer, target, name in ((simpy, 100, "SimPy's throughput"), (spiff, 3000, "SpiffWorkflow's")):
        if not procsh_ref or not peer:
            continue
        sizes = ("both at %s" % orders(ref) if peer["n"] == ref
                 else "procsh at %s, %s at %s" % (orders(ref), peer["peer"], orders(peer["n"])))
        label = "%s (%s)" % (name, sizes)
        ours = ref / procsh_ref
        ratio = ours / (peer["n"] / peer["wall_s"])
        whole = " (%.0f×)" % (ours / (peer["n"] / peer["elapsed"])) if peer["elapsed"] > 0 else ""
        add("| ≥ %s× %s | %.0f×%s | %s |" % (
            "{:,}".format(target), label, ratio, whole, "yes" if ratio >= target else "no"))
    add("| save %s under 1 s | %.2f s | %s |" % (saved_what, median(saves), "yes" if median(saves) < 1 else "no"))
    add("| load them under 1 s | %.2f s | %s |" % (median(loads), "yes" if median(loads) < 1 else "no"))
    add("| under 2 KB per order on disk | %.0f bytes | %s |" % (size / saved_n, "yes" if size / saved_n < 2000 else "no"))
    add("| `procsh -c status` under 30 ms | %s | %s |" % (startup_ms(median(startups)), "yes" if median(startups) < 0.03 else "no"))
    if procsh_1m is not None and ref == 100000 and procsh_ref:
        add("| cost linear in N | 1,000,000 takes %.1f× the time of 100,000 | %s |" % (
            procsh_1m / procsh_ref, "roughly" if procsh_1m / procsh_ref < 15 else "no"))
    add("")

    # procsh at SimPy's size when it ran there, else at the size the ratios used.
    at = (simpy["n"] if simpy["n"] in runs else ref) if simpy else None
    if simpy and at is not None and summaries[at].get("orders"):
        add_cross_check(add, runs[at], simpy)

    kept = hand_written(out_path)
    with open(out_path, "w") as handle:
        handle.write("\n".join(lines) + "\n" + ("\n" + kept if kept else ""))


def hand_written(path):
    """The sections of PATH written by hand, which a new report keeps: from the first `## `
    heading that says "written by hand" to the end."""
    try:
        text = open(path).read()
    except OSError:
        return ""
    at = 0
    for line in text.splitlines(keepends=True):
        if line.startswith("## ") and "written by hand" in line:
            return text[at:]
        at += len(line)
    return ""


# MARK: - selftest: `python3 scripts/bench_report.py selftest`, a few seconds, no Swift, no peers

FAKE_PROCSH = r"""#!/usr/bin/env bash
# A stand-in for procsh in bench_report.py's selftest: answers what scripts/bench.sh asks, fast.
# Its log keeps every step only at $FAKE_FULL_LOG_AT orders, so the log column must be read.
if [ -f "$1" ]; then sleep 0.01; exit 0; fi  # a script
[ "$1" = -c ] || exit 64
IFS=';' read -ra commands <<< "$2"
n=0
for command in "${commands[@]}"; do
  read -ra words <<< "$command"
  case ${words[0]} in
    status) echo "clock: Mon 2026-01-05 09:00" ;;
    simulate)
      n=${words[1]}
      sleep 0.02
      completed=$((n * 6 / 10)) refused=$((n * 3 / 10))
      printf '{"orders": %d, "by-status": {"completed": %d, "cancelled": %d, "false": %d},' \
        "$n" "$completed" "$refused" $((n - completed - refused))
      printf ' "cancel-reasons": {"refused": %d}, "calls": %d, "messages": %d,' \
        "$refused" $((n * 2)) $((n / 5))
      printf ' "steps-by-question": {"call": %d}, "stopped-at-horizon": false, "open-steps": 0}\n' \
        $((n * 4))
      ;;
    log)
      if [ "$n" = "${FAKE_FULL_LOG_AT:-}" ]; then
        echo '[{"change": "task-started"}, {"change": "delay-ended"}, {"change": "step-opened"}]'
      else
        echo '[{"change": "task-started"}, {"change": "step-opened"}]'
      fi ;;
    save) head -c $((n * 7)) /dev/zero > "${words[1]}"; echo "saved ${words[1]}: $n orders" ;;
    load) n=$(( $(stat -c %s "${words[1]}") / 7 )) ;;
    *) echo "fake procsh: no command ${words[0]}" >&2; exit 2 ;;
  esac
  if [ -n "${PROCSH_TIMING:-}" ]; then echo "timing: ${words[0]} 0.010 s" >&2; fi
done
exit 0
"""

FAKE_PEERS = r"""#!/usr/bin/env bash
# A stand-in for ../shared/peers/run.sh: its timed runs report the walls 30, 10, 20 s (SimPy) and
# 5, 9, 7 s (Spiff), so their medians (20, 7) differ from the first runs and from the means.
peer=$1 n=$2
counter="$(dirname "$0")/count-$peer"
runs=0
if [ "$n" != 1 ]; then
  runs=$(cat "$counter" 2>/dev/null || echo 0)
  echo $((runs + 1)) > "$counter"
fi
case $peer in simpy) walls=(30 10 20) ;; *) walls=(5 9 7) ;; esac
half=$((n / 2))
sleep 0.02
echo "RESULT_JSON {\"peer\": \"$peer\", \"n\": $n, \"wall_s\": ${walls[$runs]:-1},"\
" \"distribution\": {\"completed\": $half, \"false\": $((n - half))}, \"calls\": $((n * 2)),"\
" \"messages\": $((n / 5)), \"questions\": $((n * 4))}"
"""


def fabricate(directory):
    """The raw outputs of a reduced run, made up so that every figure can be checked: procsh at
    10,000 and 100,000 orders (walls 1, 4, 2 s at 100,000: median 2, first 1, mean 2.33), SimPy at
    2,000 (30, 10, 20 s), Spiff at 50 (5, 9, 7 s); the log keeps every step at 100,000 and only
    changes at 10,000, the reverse of simulate's default; 50,000 orders saved in 87.5 MB."""
    def write(name, text):
        with open(os.path.join(directory, name), "w") as handle:
            handle.write(text)

    def time_report(name, seconds, kbytes=51200):
        write(name + ".time", "\tCommand being timed: \"fake\"\n"
              "\tElapsed (wall clock) time (h:mm:ss or m:ss): %d:%05.2f\n"
              "\tMaximum resident set size (kbytes): %d\n" % (seconds // 60, seconds % 60, kbytes))

    def summary(n):
        return {"orders": n, "by-status": {"completed": n * 6 // 10, "false": n - n * 6 // 10},
                "cancel-reasons": {}, "calls": 2 * n, "messages": n // 5,
                "steps-by-question": {"call": 4 * n}, "stopped-at-horizon": False, "open-steps": 0}

    for n, walls, full in ((10000, (0.3, 0.1, 0.2), False), (100000, (1.0, 4.0, 2.0), True)):
        for run, wall in enumerate(walls, 1):
            name = "sim-%d-%d" % (n, run)
            time_report(name, wall)
            events = [{"change": "task-started"}] + ([{"change": "delay-ended"}] if full else [])
            write(name + ".out", json.dumps(summary(n), indent=2) + "\n" + json.dumps(events) + "\n")
            write(name + ".err", "timing: simulate %.3f s\ntiming: log 0.004 s\n" % wall)
    for run, wall in enumerate((3.0, 5.0, 6.0), 1):
        name = "spread-20000-%d" % run
        time_report(name, wall)
        write(name + ".out", json.dumps(summary(20000), indent=2) + "\n"
              + json.dumps([{"change": "task-started"}]) + "\n")
    for run, wall in enumerate((2.0, 1.0, 4.0), 1):
        time_report("script-8000-%d" % run, wall, kbytes=102400)
    for run in 1, 2, 3:
        time_report("startup-%d" % run, 0.02)
    for peer, n, walls in (("simpy", 2000, (30.0, 10.0, 20.0)), ("spiff", 50, (5.0, 9.0, 7.0))):
        for run, wall in enumerate(walls, 1):
            time_report("%s-%d" % (peer, run), wall + 1)
            result = {"peer": peer, "n": n, "wall_s": wall, "calls": 2 * n, "messages": n // 5,
                      "questions": 4 * n, "distribution": {"completed": n // 2, "false": n - n // 2}}
            write("%s-%d.out" % (peer, run), "peer: %s\nRESULT_JSON %s\n" % (peer, json.dumps(result)))
    write("save.out", json.dumps(summary(50000)) + "\n")
    write("save.err", "timing: simulate 1.000 s\ntiming: save 0.300 s\n")
    for run in 1, 2, 3:
        write("load-%d.err" % run, "timing: load 0.%d00 s\ntiming: save 0.%d00 s\n" % (run + 4, run + 2))
    write("session.size", "87500000\n")
    for run, (wall, kbytes) in enumerate(((9.0, 1200000), (7.0, 2200000)), 1):
        time_report("million-load-%d" % run, wall, kbytes=kbytes)
        write("million-load-%d.err" % run, "timing: load %.3f s\ntiming: status 0.080 s\n" % (wall - 1))
    write("million.size", "923536544\n")


def selftest():
    import shutil
    import tempfile
    failures = []

    def check(condition, what):
        print("%s  %s" % ("ok  " if condition else "FAIL", what))
        if not condition:
            failures.append(what)

    def row(text, start):
        return next((line for line in text.splitlines() if line.startswith(start)), "")

    with tempfile.TemporaryDirectory(prefix="bench-selftest-") as temp:
        # 1. The report from made-up outputs.
        raw = os.path.join(temp, "raw")
        os.mkdir(raw)
        fabricate(raw)
        out = os.path.join(temp, "report.md")
        report(raw, out, "reduced")
        text = open(out).read()
        check("2.00 (1.00 / 4.00 / 2.00)" in row(text, "| 100,000 |"),
              "procsh's row shows the median of three and every run")
        check("| 3 | 5.00 (3.00 / 5.00 / 6.00) | 4,000 |" in row(text, "| 20,000 over 30 days |")
              and row(text, "| 20,000 |") == "" and "20,000" not in text.split("\n## ")[0],
              "the run over 30 days has a row of its own, apart from the sizes")
        check(row(text, "| 8,000 |") == "| 8,000 | 3 | 2.00 (2.00 / 1.00 / 4.00) | 4,000 | 100 |",
              "the long script has a row: its median of three, every run, lines per second, memory")
        check("20.00 (30.00 / 10.00 / 20.00)" in row(text, "| simpy |"),
              "the peer's row shows the median of three and every run")
        check("| 500× (525×) |" in row(text, "| ≥ 100× SimPy"),
              "the SimPy ratio divides medians (500×; first runs give 1500×, means 429×)")
        check("| 7000× (8000×) |" in row(text, "| ≥ 3,000× Spiff"),
              "the Spiff ratio divides medians (7000×)")
        check(row(text, "| 100,000 |").endswith("| every step |")
              and row(text, "| 10,000 |").endswith("| changes only |"),
              "the log column follows each run's log, not the size")
        check("| completed | 60.0 % | 50.0 % | +10.0 pp |" in text,
              "the outcome shares are of each run's own orders")
        check("1750 bytes per order" in text and "save 50,000 finished orders" in text,
              "the saved orders are counted from the save run's summary")
        check("up to 150 % of their median" in text, "the spread is read from the runs")
        check(row(text, "| load 1,000,000 orders (924 MB), median of 2 |").endswith(
                  "| 7.00 s (8.00 / 6.00), peak 2148 MiB |")
              and row(text, "| … and loading them saved, under 2 GiB |") == (
                  "| … and loading them saved, under 2 GiB | 2148 MiB | no |"),
              "the million-order load shows its own times and the highest peak, against 2 GiB")

        # 2. scripts/bench.sh itself, on a copy of the scripts with a fake procsh and fake peers.
        repo = os.path.join(temp, "repo")
        os.makedirs(os.path.join(repo, "scripts"))
        os.makedirs(os.path.join(repo, "docs"))
        here = os.path.dirname(os.path.abspath(__file__))
        for name in ("bench.sh", "bench_report.py"):
            shutil.copy(os.path.join(here, name), os.path.join(repo, "scripts", name))
        docs = os.path.join(repo, "docs", "benchmarks.md")
        hand = "## Something measured once (written by hand, not by `scripts/bench.sh`)\n\nKept.\n"
        published = "# Benchmarks\n\nThe published figures.\n\n" + hand
        with open(docs, "w") as handle:
            handle.write(published)
        fake = os.path.join(temp, "procsh")
        peers = os.path.join(temp, "peers")
        os.mkdir(peers)
        for path, content in ((fake, FAKE_PROCSH), (os.path.join(peers, "run.sh"), FAKE_PEERS)):
            with open(path, "w") as handle:
                handle.write(content)
            os.chmod(path, 0o755)
        environment = {k: v for k, v in os.environ.items() if not k.startswith(("BENCH_", "PROCSH_"))}
        environment.update(BENCH_PROCSH=fake, PEERS=peers, FAKE_FULL_LOG_AT="1000000",
                           TMPDIR=temp)

        def bench(*arguments, **overrides):
            for name in glob.glob(os.path.join(peers, "count-*")):
                os.remove(name)
            return subprocess.run(["bash", os.path.join(repo, "scripts", "bench.sh")] + list(arguments),
                                  cwd=temp, env=dict(environment, **overrides), capture_output=True,
                                  text=True)

        def written(result):
            match = re.search(r"the report \(\w+ run\) is in (\S+)", result.stderr)
            return match.group(1) if match else None

        quick = bench("--quick")
        where = written(quick)
        check(quick.returncode == 0 and open(docs).read() == published,
              "--quick leaves docs/benchmarks.md as it was")
        check(where is not None and os.path.exists(where) and "A quick run" in open(where).read()
              and open(where).read() == quick.stdout,
              "--quick says where its report went, and prints it")
        refused = bench("--quick", "--out", "repo/docs/benchmarks.md")
        check(refused.returncode == 64 and open(docs).read() == published,
              "--quick --out docs/benchmarks.md is refused")
        reduced = bench(BENCH_SIZES="1000", BENCH_SIMPY_ORDERS="200", BENCH_SPIFF_ORDERS="20")
        check(reduced.returncode == 0 and open(docs).read() == published
              and written(reduced) is not None and "A reduced run" in open(written(reduced)).read(),
              "a run with BENCH_SIZES and the peers' sizes leaves docs/benchmarks.md as it was")
        full = bench()
        text = open(docs).read()
        check(full.returncode == 0 and written(full) == docs and "## Peers" in text,
              "the full run writes docs/benchmarks.md")
        check(full.returncode == 0 and text.endswith("\n" + hand),
              "the full run keeps the section written by hand")
        check(row(text, "| 1,000,000 | 3 |").endswith("| every step |")
              and row(text, "| 10,000 | 3 |").endswith("| changes only |"),
              "the full run reads the log column from procsh's output, three runs at each size")
        check(row(text, "| 8,000 | 3 |") != "",
              "the full run runs a script of 8,000 lines, three times")
        check(row(text, "| load 1,000,000 orders") != ""
              and not glob.glob(os.path.join(temp, "**", "million.json"), recursive=True),
              "the full run loads a million-order session, twice, and removes the file")
        check(row(text, "| 200,000 over 30 days | 3 |") != "",
              "the full run simulates 200,000 orders over 30 days, three times")
        check("| simpy | 100,000 | 3 | 20.00 (30.00 / 10.00 / 20.00) |" in text
              and "| spiff | 1,000 | 3 | 7.00 (5.00 / 9.00 / 7.00) |" in text,
              "the full run runs each peer three times and shows their medians")
        for result in (quick, refused, reduced, full):
            if result.returncode not in (0, 64):
                print(result.stderr, file=sys.stderr)
    if failures:
        sys.exit("%d of the checks failed" % len(failures))
    print("all checks passed")


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "elapsed":
        print("%.2f" % elapsed(sys.argv[2]))
    elif command == "rss":
        print("%.0f" % rss_mib(sys.argv[2]))
    elif command == "report":
        report(sys.argv[2], sys.argv[3], sys.argv[4])
    elif command == "selftest":
        selftest()
    else:
        sys.exit("unknown command " + command)
