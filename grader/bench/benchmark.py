#!/usr/bin/env python3
"""Measures `grader grade` on one submission: wall seconds, CPU seconds of the whole process tree
(grader + worker JVMs), and peak resident memory of grader + worker together.

CPU comes from wait4's rusage of the grader process, which includes the worker JVMs it reaped.
Peak memory is the largest sum of VmRSS over the grader and all its descendants, sampled every
10 ms from /proc (a sum: the worker and the grader are alive at the same time).

    python3 grader/bench/benchmark.py --runs 5
    python3 grader/bench/benchmark.py --submission /path/to/sub --taskset 0   # one core
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def announce(what, seconds, shorter=""):
    """Prints, before a long run starts, what it does, roughly how long it takes and how to shorten it. The figures
    behind seconds are a quiet 2-core machine's (December 2026); a loaded machine takes longer."""
    minutes = round(seconds / 60)
    took = ("under a minute" if seconds < 45 else "about a minute" if minutes <= 1 else
            f"about {minutes} minutes" if minutes < 90 else f"about {seconds / 3600:.1f} hours")
    print(f"{what}: {took} on a quiet 2-core machine" + (f"; {shorter}" if shorter else ""), flush=True)


def descendants(pid):
    """pid and every process below it, from /proc/<pid>/task/*/children."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo.extend(int(c) for c in f.read().split())
        except OSError:
            pass
    return out


def rss_kb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


TICKS = os.sysconf("SC_CLK_TCK")


def cpu_ticks(pid):
    """(start time, utime + stime) of pid in clock ticks, from /proc/<pid>/stat; None when it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return int(fields[19]), int(fields[11]) + int(fields[12])
    except (OSError, IndexError, ValueError):
        return None


def run_once(command, env=None, sampled_cpu=False):
    """Runs command from the repository root; returns (wall s, CPU s of its whole tree, peak MB), and with
    sampled_cpu also the CPU seconds summed over every process of the tree as last sampled. The rusage figure
    misses processes that were not reaped by their own parent (a worker under `unshare --fork` whose unshare
    was killed is reaped by init); the sampled one misses at most the last 10 ms of each process."""
    peak = [0]
    last_cpu = {}
    start = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT, env=env)
    done = threading.Event()

    def sample():
        while not done.is_set():
            tree = descendants(process.pid)
            peak[0] = max(peak[0], sum(rss_kb(p) for p in tree))
            if sampled_cpu:
                for p in tree:
                    seen = cpu_ticks(p)
                    if seen is not None:
                        last_cpu[(p, seen[0])] = seen[1]
            time.sleep(0.01)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - start
    done.set()
    sampler.join()
    stderr = process.stderr.read().decode(errors="replace")
    if status != 0:
        sys.exit(f"grader exited with status {status}:\n{stderr}")
    rusage_cpu = usage.ru_utime + usage.ru_stime
    if sampled_cpu:
        return wall, rusage_cpu, peak[0] / 1024, sum(last_cpu.values()) / TICKS
    return wall, rusage_cpu, peak[0] / 1024


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--assignment", default="assignments/softmax-regression")
    parser.add_argument("--submission", default="reference/src/main/java")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--taskset", help="CPU list to pin the run to, e.g. 0 for one core")
    args = parser.parse_args()

    if not os.path.exists(os.path.join(ROOT, "grader/target/nngrader.jar")):
        sys.exit("build first: mvn -B -q -DskipTests package")
    scratch = tempfile.mkdtemp(prefix="nngrader-bench-")
    try:
        grade_runs(args, os.path.join(scratch, "results.json"))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def grade_runs(args, results):
    """Grades args.submission args.runs times into results, printing each run's figures and their medians."""
    command = [os.path.join(ROOT, "grader/bin/grader"), "grade", "--quiet", "--assignment", args.assignment,
               "--submission", args.submission, "--results", results]
    if args.taskset:
        command = ["taskset", "-c", args.taskset] + command

    print(f"grading {args.submission} against {args.assignment}, {args.runs} runs"
          + (f", pinned to CPU {args.taskset}" if args.taskset else "") + f", {os.cpu_count()} CPUs")
    # cpu s: wait4's rusage of the grader and what it reaped; cpu* s: every process of the tree as last
    # sampled, which also counts a jailed worker that init reaped (see run_once).
    print(f"{'run':>4} {'wall s':>8} {'cpu s':>8} {'cpu* s':>8} {'peak MB':>9}")
    runs = []
    for i in range(args.runs):
        wall, cpu, peak, sampled = run_once(command, sampled_cpu=True)
        runs.append((wall, cpu, sampled, peak))
        print(f"{i + 1:>4} {wall:>8.2f} {cpu:>8.2f} {sampled:>8.2f} {peak:>9.0f}")
    print(f"{'med':>4} " + " ".join(f"{statistics.median(r[c] for r in runs):>8.2f}" for c in range(3))
          + f" {statistics.median(r[3] for r in runs):>9.0f}")
    with open(results) as f:
        data = json.load(f)
    # the first entry, "Files found and compiled", has a status and no points
    print(f"score {data['score']} of {sum(t.get('max_score', 0) for t in data['tests'])}")


if __name__ == "__main__":
    main()
