#!/usr/bin/env python3
"""Measures `grader batch` on a generated class: submissions per minute with --jobs 1 and --jobs 2, with warm
grader JVMs (batch's default) and with a grader JVM per submission (--grader-per-submission), side by side in
one run; CPU seconds of every process the batch starts (counted by a cgroup when run as root, since jailed
workers are re-parented, else the batch's rusage, which misses them), and peak resident memory of the batch's
process tree. It also checks that every run gave each submission the same score.

The class is a mix, dealt in a fixed order: correct submissions (the reference), buggy ones (the
reference plus the edits of a classic-bug example from the assignment's examples/ or mutants/ folder;
hostile ones and endless loops are left out, they measure the timeouts, see timeouts.py), and broken
ones (a zip that is not a zip, an empty folder, a zip without the files). Each --jobs value grades the
same class into a fresh output folder.

    python3 grader/bench/batch.py --count 100                # about 11 minutes on 2 cores
    python3 grader/bench/batch.py --count 6 --jobs 1 2      # a quick try
    python3 grader/bench/batch.py --modes warm --jobs 2     # only batch's default

The generated class and every run's output folder are removed at the end; --keep keeps them (the path is printed).
"""
import argparse
import csv
import glob
import json
import os
import shutil
import sys
import tempfile
import time
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from benchmark import ROOT, announce, run_once  # noqa: E402  (same folder; samples the whole tree's RSS)
from cpucgroup import CpuCgroup  # noqa: E402

MODES = {"warm": [], "per-submission": ["--grader-per-submission"]}

# Wall seconds per submission on a quiet 2-core machine, by mode and --jobs (more jobs than 2 gain nothing there),
# and a run's start (grader JVMs, the summary and plots): enough to say up front roughly how long a run takes.
SECONDS_PER_SUBMISSION = {("warm", 1): 1.5, ("warm", 2): 1.0, ("per-submission", 1): 2.0, ("per-submission", 2): 1.7}
SECONDS_PER_RUN = 5


def expected_seconds(count, jobs, modes):
    """Roughly how long measuring count submissions at each --jobs value in each mode takes."""
    return sum(SECONDS_PER_RUN + count * SECONDS_PER_SUBMISSION[(mode, min(max(j, 1), 2))]
               for j in jobs for mode in modes)

CLASSIC_BUGS_LEFT_OUT = ("hostile-", "infinite-loop")


def classic_bugs(assignment):
    found = []
    for folder in ("examples", "mutants"):
        for path in sorted(glob.glob(os.path.join(ROOT, assignment, folder, "*.json"))):
            name = os.path.basename(path)
            if name.startswith(CLASSIC_BUGS_LEFT_OUT):
                continue
            with open(path) as f:
                if "edits" in json.load(f):     # not mutants/equivalent.json, which explains mutants
                    found.append(path)
    return found


def write_submission(spec, edits, out):
    """The assignment's submitted files from the reference, with each edit's text replaced once (as ExampleSubmission)."""
    reference = os.path.normpath(os.path.join(ROOT, spec["assignment"], spec["reference"]))
    for wanted in spec["submit"]:
        with open(os.path.join(reference, wanted["file"]), encoding="utf-8") as f:
            text = f.read()
        for edit in edits:
            if edit["file"] == wanted["file"]:
                if text.count(edit["find"]) != 1:
                    sys.exit(f"an edit no longer fits the reference: {edit['find']!r} in {wanted['file']}")
                text = text.replace(edit["find"], edit["replace"])
        target = os.path.join(out, "src/main/java", wanted["file"])
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "w", encoding="utf-8") as f:
            f.write(text)


# Of every 20 submissions, 10 correct (c), 7 buggy (b), 3 broken (x), interleaved so that a small --count mixes too.
PATTERN = "cbxcbcbcbcxcbcbcbcxc"


def generate(assignment, count, folder):
    """count submissions in folder, dealt by PATTERN. Returns the tally."""
    with open(os.path.join(ROOT, assignment, "assignment.json")) as f:
        spec = json.load(f)
    spec["assignment"] = assignment
    bugs = classic_bugs(assignment)
    if not bugs:
        sys.exit(f"no classic-bug examples in {assignment}/examples or mutants")
    tally = {"correct": 0, "buggy": 0, "broken": 0}
    for i in range(count):
        kind = PATTERN[i % len(PATTERN)]
        name = os.path.join(folder, f"student-{i:04d}")
        if kind == "c":
            write_submission(spec, [], name)
            tally["correct"] += 1
        elif kind == "b":
            with open(bugs[tally["buggy"] % len(bugs)]) as f:
                write_submission(spec, json.load(f)["edits"], name)
            tally["buggy"] += 1
        else:
            if tally["broken"] % 3 == 0:
                with open(name + ".zip", "wb") as f:
                    f.write(b"PK\x03\x04 truncated upload")
            elif tally["broken"] % 3 == 1:
                os.makedirs(name)
            else:
                with zipfile.ZipFile(name + ".zip", "w") as z:
                    z.writestr("README.txt", "I forgot my code")
            tally["broken"] += 1
    return tally


def measure(command, name):
    """(wall s, CPU s, peak MB, how CPU was counted) of command."""
    cgroup = None
    if os.geteuid() == 0:
        try:
            cgroup = CpuCgroup(name)
        except OSError:
            cgroup = None
    try:
        wall, rusage_cpu, peak = run_once((cgroup.enter_command() if cgroup else []) + command)
        if not cgroup:
            return wall, rusage_cpu, peak, "rusage"
        time.sleep(0.2)     # the last worker, reaped by init, may still be counting
        return wall, cgroup.cpu_seconds(), peak, "cgroup"
    finally:
        if cgroup:
            cgroup.remove()


def scores(out):
    """submission -> score, from the run's summary.csv."""
    with open(os.path.join(out, "summary.csv"), newline="") as f:
        return {row["submission"]: row["score"] for row in csv.DictReader(f)}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--assignment", default="assignments/softmax-regression")
    parser.add_argument("--count", type=int, default=100, help="how many submissions to generate (default 100)")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="the --jobs values to measure")
    parser.add_argument("--modes", nargs="+", default=list(MODES), choices=list(MODES),
                        help="warm grader JVMs (batch's default), a grader JVM per submission, or both")
    parser.add_argument("--keep", action="store_true", help="keep the generated class and each run's output folder")
    args = parser.parse_args()

    if not os.path.exists(os.path.join(ROOT, "grader/target/nngrader.jar")):
        sys.exit("build first: mvn -B -q -DskipTests package")
    announce(f"{args.count} submissions at --jobs {' and '.join(map(str, args.jobs))}, {' and '.join(args.modes)}"
             " graders", expected_seconds(args.count, args.jobs, args.modes),
             "--count 20 for a quick run" if args.count > 20 else "")
    work = tempfile.mkdtemp(prefix="nngrader-batch-bench-")
    try:
        measure_class(args, work)
    finally:
        if args.keep:
            print(f"kept: the class in {work}/submissions, each run's results in {work}/out-*/summary.csv")
        else:
            shutil.rmtree(work, ignore_errors=True)


def measure_class(args, work):
    """Generates the class in work and grades it with each --jobs value and mode, printing a row for each."""
    submissions = os.path.join(work, "submissions")
    os.makedirs(submissions)
    tally = generate(args.assignment, args.count, submissions)
    print(f"{args.count} submissions of {args.assignment} ({tally['correct']} correct, {tally['buggy']} buggy,"
          f" {tally['broken']} broken) in {submissions}; {os.cpu_count()} CPUs")
    print(f"{'graders':<15} {'jobs':>4} {'wall s':>8} {'subs/min':>9} {'cpu s':>8} {'cpu s/sub':>9} {'peak MB':>9}")
    seen = {}
    counted = set()
    for jobs in args.jobs:
        for mode in args.modes:
            out = os.path.join(work, f"out-{mode}-jobs-{jobs}")
            command = [os.path.join(ROOT, "grader/bin/grader"), "batch", "--assignment", args.assignment,
                       "--submissions", submissions, "--out", out, "--jobs", str(jobs)] + MODES[mode]
            wall, cpu, peak, how = measure(command, f"nngrader-batch-bench-{os.getpid()}-{mode}-{jobs}")
            counted.add(how)
            seen[(mode, jobs)] = scores(out)
            print(f"{mode:<15} {jobs:>4} {wall:>8.1f} {args.count / wall * 60:>9.1f} {cpu:>8.1f}"
                  f" {cpu / args.count:>9.2f} {peak:>9.0f}", flush=True)
    print("CPU counted by " + " and ".join(sorted(counted)) + ("" if counted == {"cgroup"} else
          " (rusage misses the jailed workers: run as root for a cgroup's count)"))
    runs = list(seen.values())
    differ = sorted(s for s in runs[0] if any(run.get(s) != runs[0][s] for run in runs))
    print("every run gave each submission the same score" if not differ else
          f"scores differ between runs for {len(differ)} submissions: {', '.join(differ[:10])}")


if __name__ == "__main__":
    main()
