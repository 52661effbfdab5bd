#!/usr/bin/env python3
"""Runs `grader verify --seeds N` (default 1000) on every assignment and prints the seed sweep's
figures: seconds in all and per seed for each submission swept, the CPU seconds of the whole run
(grader, compiler and worker JVMs, counted by a cpuacct cgroup the run is started in: a jailed worker is
re-parented, so a parent's rusage would miss it), and every test that failed under some seed, with its
worst seed. Needs root and a writable cgroup file system.

The grader JVM runs with C2 here (NNGRADER_JAVA_OPTS=-XX:TieredStopAtLevel=4): a sweep runs the
suite's own arithmetic (reference gradients, gradient descent) a thousand times, where the C1-only
default of grader/bin/grader, right for one short grading, is slower.

    python3 grader/bench/seeds.py                       # 1000 seeds, every assignment
    python3 grader/bench/seeds.py --seeds 200 --assignment assignments/mlp-backprop
    python3 grader/bench/seeds.py --seeds 501-1000 --chunk 100   # part of a sweep, in runs of 100 seeds

A sweep of 1000 seeds takes about an hour and a half per assignment on a 2-core machine. With --chunk K
it runs as several verify runs of K seeds each, printing each run's figures as soon as it ends, so an
interrupted sweep keeps what it did and goes on with --seeds FIRST-LAST; each run grades the named
mutants again (about a minute).
"""
import argparse
import os
import re
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from benchmark import announce  # noqa: E402  (same folder)
from cpucgroup import CpuCgroup  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ASSIGNMENTS = ["assignments/softmax-regression", "assignments/mlp-backprop", "assignments/autograd"]
# Roughly, on a 2-core machine: one seed of one assignment's sweep (1000 seeds take about an hour and a half), and
# the named mutants each verify run grades first
SECONDS_PER_SEED = 5.4
SECONDS_PER_RUN = 60
SWEEP = re.compile(r"^seed sweep of the (\S+): (\d+) seeds?(?: \(\d+ to \d+\))? in ([\d.]+) s \(([\d.]+) s per seed\), (.*)$")


def seed_range(text):
    """(first, last) of --seeds: N is 1 to N."""
    first, _, last = text.partition("-")
    return (1, int(first)) if not last else (int(first), int(last))


def verify(assignment, seeds):
    """(exit code, stdout, wall seconds, CPU seconds of every process it started) of one grader verify."""
    env = dict(os.environ, NNGRADER_JAVA_OPTS="-XX:TieredStopAtLevel=4")
    cgroup = CpuCgroup(f"nngrader-seeds-bench-{os.getpid()}-{int(time.time() * 1000)}")
    try:
        start = time.monotonic()
        run = subprocess.run(cgroup.enter_command() + [
                                 os.path.join(ROOT, "grader/bin/grader"), "verify", "--quiet", "--mutants", "named",
                                 "--assignment", os.path.join(ROOT, assignment), "--seeds", str(seeds)],
                             cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        wall = time.monotonic() - start
        time.sleep(0.2)
        cpu = cgroup.cpu_seconds()
    finally:
        cgroup.remove()
    return run.returncode, run.stdout, wall, cpu


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", default="1000", help="N (seeds 1 to N) or FIRST-LAST; default 1000")
    parser.add_argument("--chunk", type=int, default=0, help="run the sweep as verify runs of this many seeds each")
    parser.add_argument("--assignment", action="append", help="one assignment folder (repeatable); default every assignment")
    args = parser.parse_args()
    first, last = seed_range(args.seeds)
    chunk = args.chunk if args.chunk > 0 else last - first + 1
    assignments = args.assignment or ASSIGNMENTS
    seeds = last - first + 1
    runs = -(-seeds // chunk)
    announce(f"seeds {first} to {last} of {len(assignments)} assignment(s)",
             len(assignments) * (seeds * SECONDS_PER_SEED + runs * SECONDS_PER_RUN),
             "--seeds 50 --assignment assignments/softmax-regression for a quick run" if seeds > 50 else "")
    failed = False
    for assignment in assignments:
        total_wall = total_cpu = 0.0
        for start in range(first, last + 1, chunk):
            seeds = f"{start}-{min(start + chunk - 1, last)}"
            code, out, wall, cpu = verify(assignment, seeds)
            total_wall += wall
            total_cpu += cpu
            print(f"{assignment}: grader verify --seeds {seeds}: {wall:.0f} s wall, {cpu:.0f} s CPU, exit {code}")
            swept = False
            for line in out.splitlines():
                m = SWEEP.match(line)
                if m:
                    swept = True
                    print(f"  {m.group(1)}: {m.group(2)} seeds in {float(m.group(3)):.0f} s, {m.group(4)} s per seed;"
                          f" {m.group(5)}")
                elif line.startswith("  ") and " failed under " in line:
                    print("  " + line)
                elif line.startswith("seed sweep ") or line.startswith("verify FAILED") or line.startswith("  - "):
                    print("  " + line)
            if not swept:
                print(out)
            failed |= code != 0
            sys.stdout.flush()
        if chunk < last - first + 1:
            print(f"{assignment}: seeds {first} to {last} in all: {total_wall:.0f} s wall, {total_cpu:.0f} s CPU")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
