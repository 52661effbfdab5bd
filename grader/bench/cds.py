#!/usr/bin/env python3
"""Class-data sharing, before and after, alternating in one run: `grader grade` of a submission with the
archives of `grader cds` (on) and with NNGRADER_CDS=off (off), and a worker JVM's start-up alone (start to
its exit at the end of an empty input, so its "ready" frame and nothing else), with and without its archive.

CPU seconds are those of every process a run starts, counted by a cgroup (the jailed worker is reaped by
init, which a parent's rusage misses). With --split it also prints where a grading's CPU goes, by process:
the grader JVM, the compiler JVM and the worker JVM (per-process CPU sampled every 10 ms from /proc, so each
figure misses at most its last 10 ms), and the CPU of a grader JVM that only starts and exits.
Make the archives first: grader/bin/grader cds --assignment assignments/softmax-regression

    sudo python3 grader/bench/cds.py --runs 7 --split
"""
import argparse
import glob
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cpucgroup import CpuCgroup  # noqa: E402  (same folder)
from benchmark import announce, descendants, cpu_ticks, TICKS  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# One round (a grading, a start-only grader and a worker start, each with and without the archives), roughly
SECONDS_PER_RUN = 12


def role(pid):
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            args = f.read().split(b"\0")
    except OSError:
        return None
    if not args or os.path.basename(args[0]) != b"java":
        return None
    text = b" ".join(args)
    if b"CompilerProcess" in text:
        return "compiler"
    if b"WorkerMain" in text:
        return "worker"
    if b"nngrader.jar" in text:
        return "grader"
    return None


def measure(command, env, cgroup, split=False):
    """(wall s, CPU s by the cgroup, {role: CPU s sampled}) of one run of command."""
    before = cgroup.cpu_seconds()
    last = {}
    done = threading.Event()
    start = time.monotonic()
    process = subprocess.Popen(cgroup.enter_command() + command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, cwd=ROOT, env=env)

    def sample():
        while not done.is_set():
            for p in descendants(process.pid):
                seen = cpu_ticks(p)
                r = role(p)
                if seen is not None and r is not None:
                    last[(p, seen[0])] = (r, seen[1])
            time.sleep(0.01)

    sampler = threading.Thread(target=sample, daemon=True)
    if split:
        sampler.start()
    _, status, _ = os.wait4(process.pid, 0)
    wall = time.monotonic() - start
    done.set()
    if split:
        sampler.join()
    err = process.stderr.read().decode(errors="replace")
    if status != 0:
        sys.exit(f"{command[0]} exited with status {status}:\n{err}")
    time.sleep(0.3)  # a jailed worker may still be exiting, reaped by init
    roles = {}
    for r, ticks in last.values():
        roles[r] = roles.get(r, 0) + ticks / TICKS
    return wall, cgroup.cpu_seconds() - before, roles


def worker_command():
    """The worker's command as a root grader starts it (without the jail's wrappers), on its shared runtime."""
    folders = sorted(glob.glob("/var/lib/nngrader/cds/worker-*/worker.jsa"), key=os.path.getmtime)
    if not folders:
        sys.exit("no worker archive: run grader/bin/grader cds --assignment assignments/softmax-regression as root")
    folder = os.path.dirname(folders[-1])
    jars = sorted(glob.glob(os.path.join(folder, "*.jar")))
    flags = ["-Xmx256m", "-Xss1024k", "-XX:+ExitOnOutOfMemoryError", "-XX:+DisableAttachMechanism", "-XX:+UseSerialGC",
             "-Xshare:auto", "-XX:-UsePerfData", "-XX:+DisplayVMOutputToStderr", "-Xlog:disable",
             "-Xlog:all=warning:stderr", "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true"]
    main = ["-cp", ":".join(jars), "nngrader.sandbox.worker.WorkerMain", "67108864", "8192"]
    java = "/usr/lib/jvm/java-17-openjdk-amd64/bin/java" if os.path.exists("/usr/lib/jvm/java-17-openjdk-amd64") else "java"
    return ([java] + flags + main, [java, "-XX:SharedArchiveFile=" + os.path.join(folder, "worker.jsa")] + flags + main)


def table(title, rows):
    print(title)
    print(f"  {'':<8} {'wall s':>8} {'cpu s':>8}   (median of {len(rows['off'])}; each run: cpu s)")
    for mode in ("off", "on"):
        walls = [r[0] for r in rows[mode]]
        cpus = [r[1] for r in rows[mode]]
        print(f"  {mode:<8} {statistics.median(walls):>8.3f} {statistics.median(cpus):>8.3f}   "
              + " ".join(f"{c:.2f}" for c in cpus))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--assignment", default="assignments/softmax-regression")
    parser.add_argument("--submission", default="reference/src/main/java")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--split", action="store_true", help="also print the CPU of each JVM of a grading")
    args = parser.parse_args()

    announce(f"{args.runs} rounds with and without the archives", args.runs * SECONDS_PER_RUN,
             "--runs 3 for a shorter run" if args.runs > 3 else "")
    cgroup = CpuCgroup(f"nngrader-cds-bench-{os.getpid()}-{int(time.time() * 1000)}")
    scratch = tempfile.mkdtemp(prefix="nngrader-bench-")
    results = os.path.join(scratch, "results.json")
    grade = [os.path.join(ROOT, "grader/bin/grader"), "grade", "--quiet", "--assignment", args.assignment,
             "--submission", args.submission, "--results", results]
    start_only = [os.path.join(ROOT, "grader/bin/grader"), "--version"]
    off_env = dict(os.environ, NNGRADER_CDS="off")
    on_env = {k: v for k, v in os.environ.items() if k != "NNGRADER_CDS"}
    worker_off, worker_on = worker_command()
    grading = {"off": [], "on": []}
    starting = {"off": [], "on": []}
    workers = {"off": [], "on": []}
    split = {"off": [], "on": []}
    try:
        for i in range(args.runs):
            for mode, env in (("off", off_env), ("on", on_env)):
                wall, cpu, roles = measure(grade, env, cgroup, args.split)
                grading[mode].append((wall, cpu))
                split[mode].append(roles)
                starting[mode].append(measure(start_only, env, cgroup)[:2])
                workers[mode].append(measure(worker_on if mode == "on" else worker_off, env, cgroup)[:2])
            print(f"run {i + 1}/{args.runs}: grade off {grading['off'][-1][1]:.2f} on {grading['on'][-1][1]:.2f} cpu s",
                  flush=True)
    finally:
        cgroup.remove()
        shutil.rmtree(scratch, ignore_errors=True)
    print()
    table(f"grader grade {args.submission} ({args.assignment}), whole process tree:", grading)
    table("a grader JVM that starts and exits (grader --version):", starting)
    table("a worker JVM that starts, says ready and exits (no jail):", workers)
    if args.split:
        print("CPU s of each JVM of a grading (sampled; median):")
        for mode in ("off", "on"):
            parts = {r: statistics.median(s.get(r, 0) for s in split[mode]) for r in ("grader", "compiler", "worker")}
            print(f"  {mode:<8} " + "  ".join(f"{r} {v:.2f}" for r, v in parts.items()))


if __name__ == "__main__":
    main()
