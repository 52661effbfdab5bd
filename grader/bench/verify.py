#!/usr/bin/env python3
"""Measures `grader verify` grading every automatic mutant of an assignment: wall seconds, CPU seconds of
every process the run starts (verify JVM, compilers, jailed workers), how many mutants were graded, and the
wall and CPU seconds per graded mutant.

CPU comes from a cpuacct cgroup that the run is started in (cgroup v1 cpuacct.usage, or v2 cpu.stat
usage_usec): a jailed worker is re-parented and reaped by init, so a parent's rusage would miss it, and
the workers' own pids and memory cgroups are in other hierarchies (v1), which leaves cpuacct alone.

    python3 grader/bench/verify.py                                   # both assignments, all automatic mutants
    python3 grader/bench/verify.py --assignment assignments/softmax-regression --file Trainer
    python3 grader/bench/verify.py --file Trainer --max-mutants 10 --runs 3 \\
        --jar /tmp/before/nngrader.jar --jar grader/target/nngrader.jar   # before/after, alternating, medians

A jar given with --jar needs its lib/ folder beside it (copy grader/target/lib with it). verify exits 1
when a survivor is unexplained; that is the suite's verdict, not a failed measurement, so it is printed.
Needs root and a writable cgroup file system.
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from benchmark import ROOT, announce  # noqa: E402  (same folder)
from cpucgroup import CpuCgroup  # noqa: E402

ASSIGNMENTS = ["assignments/softmax-regression", "assignments/mlp-backprop", "assignments/autograd"]
# How many automatic mutants each assignment has (README, December 2026) and roughly the wall seconds of one graded
# with verify's 2 jobs on a quiet 2-core machine, and of a run's start (the reference, the template): enough to say
# up front how long a run takes.
AUTOMATIC_MUTANTS = {"softmax-regression": 424, "mlp-backprop": 981, "autograd": 678}
SECONDS_PER_MUTANT = 0.9
SECONDS_PER_RUN = 20


def expected_seconds(assignments, max_mutants=None, runs=1):
    """Roughly how long verify.py takes on these assignment folders (at most max_mutants mutants each)."""
    total = 0
    for assignment in assignments:
        mutants = AUTOMATIC_MUTANTS.get(os.path.basename(os.path.normpath(assignment)), 700)
        total += SECONDS_PER_RUN + min(mutants, max_mutants or mutants) * SECONDS_PER_MUTANT
    return runs * total
# "automatic mutant 12 Trainer.step:constant:f4568b: killed (0.9 s)", one line per graded mutant, on stderr
GRADED = re.compile(r"^automatic mutant \d+ \S+: (\w[\w ]*) \(")


def run_verify(jar, assignment, extra):
    """One verify run in a fresh cgroup: (wall s, CPU s, mutants graded, fates by name, exit status)."""
    cgroup = CpuCgroup(f"nngrader-verify-bench-{os.getpid()}-{int(time.time() * 1000)}")
    command = cgroup.enter_command() + ["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar,
                                        "verify", "--assignment", assignment, "--mutants", "auto", "--seeds", "0"] + extra
    try:
        start = time.monotonic()
        process = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
        wall = time.monotonic() - start
        time.sleep(0.2)
        cpu = cgroup.cpu_seconds()
    finally:
        cgroup.remove()
    fates = {}
    for line in process.stderr.splitlines():
        match = GRADED.match(line)
        if match:
            fates[match.group(1)] = fates.get(match.group(1), 0) + 1
    if "automatic mutants (" not in process.stdout:
        sys.exit(f"verify printed no automatic mutants (exit status {process.returncode}):\n{process.stderr[-3000:]}")
    return wall, cpu, sum(fates.values()), fates, process.returncode, process.stdout


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--assignment", action="append", help="repeatable (default: every assignment)")
    parser.add_argument("--file", help="only the automatic mutants of the files whose path contains this")
    parser.add_argument("--max-mutants", type=int, help="grade at most this many automatic mutants per run")
    parser.add_argument("--jobs", type=int, help="verify's --jobs (default: verify's own)")
    parser.add_argument("--tables", metavar="DIR", help="keep verify's printed table of each run in DIR")
    parser.add_argument("--runs", type=int, default=1, help="runs per jar and assignment; medians are printed")
    parser.add_argument("--jar", action="append",
                        help="repeatable, to compare builds in one run (default: grader/target/nngrader.jar)")
    args = parser.parse_args()

    jars = args.jar or [os.path.join(ROOT, "grader/target/nngrader.jar")]
    for jar in jars:
        if not os.path.exists(jar):
            sys.exit(f"{jar} is missing; build first: mvn -B -q -DskipTests package")
    extra = (["--file", args.file] if args.file else []) + (
        ["--max-mutants", str(args.max_mutants)] if args.max_mutants is not None else []) + (
        ["--jobs", str(args.jobs)] if args.jobs is not None else [])
    assignments = args.assignment or ASSIGNMENTS
    announce(f"{f'at most {args.max_mutants} automatic mutants' if args.max_mutants else 'every automatic mutant'}"
             f"{' of the files matching ' + args.file if args.file else ''} of"
             f" {', '.join(os.path.basename(os.path.normpath(a)) for a in assignments)}, {args.runs * len(jars)} run(s) each",
             expected_seconds(assignments, args.max_mutants, args.runs * len(jars))
             * (0.3 if args.file else 1),     # a file holds about a third of an assignment's mutants
             "--max-mutants 20 or --file Trainer for a shorter run" if not (args.max_mutants or args.file) else "")
    print(f"grader verify --mutants auto --seeds 0 {' '.join(extra)}; {args.runs} run(s) each, {os.cpu_count()} CPUs,"
          f" load average {os.getloadavg()[0]:.1f} at the start")
    print(f"{'assignment':<20} {'jar':<28} {'run':>3} {'wall s':>8} {'CPU s':>8} {'graded':>6} {'wall s/m':>8}"
          f" {'CPU s/m':>8}  fates")
    for assignment in assignments:
        runs = {jar: [] for jar in jars}
        # alternating, so that a change of the machine's load falls on every build alike
        for i in range(args.runs):
            for jar in jars:
                wall, cpu, graded, fates, status, table = run_verify(jar, assignment, extra)
                if args.tables:
                    # verify's own table (per-file kill rates, every survivor's diff), for a closing note or a review
                    os.makedirs(args.tables, exist_ok=True)
                    saved = os.path.join(args.tables, f"{os.path.basename(assignment)}-{short(jar).replace(os.sep, '-')}-{i + 1}.txt")
                    with open(saved, "w") as f:
                        f.write(table)
                runs[jar].append((wall, cpu, graded))
                told = ", ".join(f"{n} {fate}" for fate, n in sorted(fates.items()))
                print(f"{os.path.basename(assignment):<20} {short(jar):<28} {i + 1:>3} {wall:>8.1f} {cpu:>8.1f}"
                      f" {graded:>6} {per(wall, graded)} {per(cpu, graded)}  {told} (exit {status})", flush=True)
        for jar in jars:
            wall = statistics.median(r[0] for r in runs[jar])
            cpu = statistics.median(r[1] for r in runs[jar])
            graded = statistics.median(r[2] for r in runs[jar])
            print(f"{os.path.basename(assignment):<20} {short(jar):<28} {'med':>3} {wall:>8.1f} {cpu:>8.1f}"
                  f" {graded:>6.0f} {per(wall, graded)} {per(cpu, graded)}")


def per(seconds, graded):
    """Seconds per graded mutant, in a column of 8."""
    return f"{seconds / graded:>8.2f}" if graded else f"{'-':>8}"


def short(jar):
    """The jar's folder and name, enough to tell builds apart."""
    return os.path.join(os.path.basename(os.path.dirname(os.path.abspath(jar))), os.path.basename(jar))[-28:]


if __name__ == "__main__":
    main()
