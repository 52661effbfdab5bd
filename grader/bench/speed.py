#!/usr/bin/env python3
"""Every figure of the grader's speed in one run, one after another on a quiet machine: a cold `grader grade` of
each assignment's reference (wall and CPU seconds of every process, counted by a cgroup; medians), a worker's
call round trip and array throughput, `grader batch`'s throughput with warm graders and with a grader per
submission at --jobs 1 and 2 (batch.py), `grader verify` of automatic mutants (verify.py), and the Gradescope
bundle under half a CPU and 768 MB (container.py). It ends with the figures next to their targets.

Needs root (cgroups), a build (mvn -B -q -DskipTests package) and the class-data archives (grader cds).

    python3 grader/bench/speed.py                                  # about 25 minutes on 2 cores
    python3 grader/bench/speed.py --batch-count 40 --verify-mutants 100 --skip container   # a shorter run
"""
import argparse
import glob
import os
import re
import statistics
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch  # noqa: E402  (same folder: wall, CPU by cgroup, peak memory)
import container  # noqa: E402
import verify  # noqa: E402
from batch import measure  # noqa: E402
from benchmark import ROOT, announce  # noqa: E402

ASSIGNMENTS = ["softmax-regression", "mlp-backprop", "autograd"]
BENCH = os.path.dirname(os.path.abspath(__file__))
PARTS = ["grade", "calls", "batch", "verify", "container"]
# Roughly, on a quiet 2-core machine: one cold grading of a reference (in its cgroup), and the round trip benchmark
COLD_GRADE_SECONDS = 8
CALLS_SECONDS = 30


def expected_seconds(args):
    """Roughly how long the parts not skipped take, from each script's own estimate."""
    seconds = {"grade": args.runs * len(ASSIGNMENTS) * COLD_GRADE_SECONDS,
               "calls": CALLS_SECONDS,
               "batch": batch.expected_seconds(args.batch_count, [1, 2], list(batch.MODES)),
               "verify": verify.expected_seconds([args.verify_assignment], args.verify_mutants),
               "container": container.expected_seconds(container.ASSIGNMENTS, ["reference"])}
    return sum(s for part, s in seconds.items() if part not in args.skip)


def cold_grade(assignment, runs):
    """Medians of (wall s, CPU s) of `grader grade` of the reference, CPU counted by a cgroup."""
    walls, cpus = [], []
    results = os.path.join(ROOT, "grader", "target", f"speed-{assignment}.json")
    for i in range(runs):
        command = [os.path.join(ROOT, "grader/bin/grader"), "grade", "--quiet", "--assignment",
                   f"assignments/{assignment}", "--submission", "reference/src/main/java", "--results", results]
        wall, cpu, _, _ = measure(command, f"nngrader-speed-{os.getpid()}-{assignment}-{i}")
        walls.append(wall)
        cpus.append(cpu)
    return statistics.median(walls), statistics.median(cpus)


def calls():
    """The worker round trip benchmark's lines (grader/src/test/.../SandboxBenchmark)."""
    classes = [os.path.join(ROOT, "grader/target/test-classes"), os.path.join(ROOT, "grader/target/classes")]
    classes += glob.glob(os.path.join(ROOT, "grader/target/lib/*.jar"))
    process = subprocess.run(["java", "-cp", ":".join(classes), "nngrader.sandbox.SandboxBenchmark", "--shipped"],
                             cwd=os.path.join(ROOT, "grader"), capture_output=True, text=True)
    if process.returncode != 0:
        return [f"(the round trip benchmark failed: {process.stderr.strip()[-500:]})"]
    return [line for line in process.stdout.splitlines() if line.strip()]


def run_script(script, arguments):
    """Runs another benchmark of this folder, printing its output as it comes; returns that output."""
    process = subprocess.Popen([sys.executable, os.path.join(BENCH, script)] + arguments, cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines = []
    for line in process.stdout:
        print("  " + line, end="", flush=True)
        lines.append(line)
    process.wait()
    return "".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="cold gradings of each reference (default 5)")
    parser.add_argument("--batch-count", type=int, default=100, help="the class batch.py grades (default 100)")
    parser.add_argument("--verify-mutants", type=int, help="grade at most this many automatic mutants (default all)")
    parser.add_argument("--verify-assignment", default="softmax-regression")
    parser.add_argument("--skip", nargs="*", default=[], choices=PARTS)
    args = parser.parse_args()
    if os.geteuid() != 0:
        sys.exit("run as root: CPU is counted by cgroups")
    announce(f"every part but {', '.join(args.skip)}" if args.skip else "every part", expected_seconds(args),
             "" if args.skip else "--batch-count 40 --verify-mutants 100 --skip container for a shorter run")
    summary = []

    if "grade" not in args.skip:
        print(f"cold grader grade of each reference, {args.runs} runs each (medians; CPU of every process):")
        for assignment in ASSIGNMENTS:
            wall, cpu = cold_grade(assignment, args.runs)
            print(f"  {assignment:20} {wall:6.2f} s wall {cpu:6.2f} CPU s", flush=True)
            summary.append((f"cold grade, {assignment} reference", f"{wall:.2f} s wall, {cpu:.2f} CPU s",
                            "≤ 1.5 s wall, 1.7 CPU s" if assignment == "softmax-regression" else ""))

    if "calls" not in args.skip:
        print("worker calls (one worker, as shipped):")
        shipped = False
        for line in calls():
            print("  " + line, flush=True)
            shipped = shipped or line.startswith("as shipped")     # the warm-up run's figures come first
            match = re.search(r"small call: median ([\d.]+) µs.*double\[32\]\[784\]: median ([\d.]+) µs", line)
            if match and shipped:
                summary.append(("worker call round trip, small call", f"{match.group(1)} µs", "reported"))
                # 32 × 784 doubles there and an int[32] back: the bytes of the array each way, per second
                mb_per_s = 32 * 784 * 8 / float(match.group(2))
                summary.append(("a double[32][784] argument (200 KB)", f"{match.group(2)} µs, {mb_per_s:.0f} MB/s",
                                "reported"))

    if "batch" not in args.skip:
        print(f"grader batch, a class of {args.batch_count} (batch.py):")
        out = run_script("batch.py", ["--count", str(args.batch_count), "--jobs", "1", "2"])
        for mode, jobs, per_minute, cpu in re.findall(r"^(warm|per-submission)\s+(\d+)\s+[\d.]+\s+([\d.]+)\s+[\d.]+"
                                                     r"\s+([\d.]+)", out, re.M):
            summary.append((f"batch, {mode} graders, --jobs {jobs}", f"{per_minute} per minute, {cpu} CPU s each",
                            "≥ 120 per minute" if mode == "warm" and jobs == "2" else ""))

    if "verify" not in args.skip:
        print(f"grader verify, automatic mutants of {args.verify_assignment} (verify.py):")
        extra = ["--assignment", f"assignments/{args.verify_assignment}"]
        if args.verify_mutants:
            extra += ["--max-mutants", str(args.verify_mutants)]
        out = run_script("verify.py", extra)
        match = re.search(r"^\S+\s+\S+\s+med\s+([\d.]+)\s+([\d.]+)\s+(\d+)", out, re.M)
        if match:
            summary.append((f"verify, {match.group(3)} automatic mutants of {args.verify_assignment}",
                            f"{float(match.group(1)) / 60:.1f} min wall, {match.group(2)} CPU s", "≤ 5 min (all)"))

    if "container" not in args.skip:
        print("the Gradescope bundle under half a CPU and 768 MB (container.py):")
        out = run_script("container.py", ["--only", "reference"])
        for assignment, wall, peak in re.findall(r"^(\S+)\s+reference\s+([\d.]+)\s+(\d+)", out, re.M):
            target = {"softmax-regression": "≤ 5 s", "mlp-backprop": "≤ 12 s"}.get(assignment, "")
            summary.append((f"bundle, {assignment} reference", f"{wall} s, peak {peak} MB", target))

    print("\nfigure" + " " * 44 + "measured" + " " * 30 + "target")
    for what, measured, target in summary:
        print(f"{what:50} {measured:38} {target}")


if __name__ == "__main__":
    main()
