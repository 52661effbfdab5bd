#!/usr/bin/env python3
"""Grades a submission whose every test times out (each solution region of the reference replaced by
`while (true) { }`), with and without adaptive deadlines, and prints wall time, CPU time of the
grader + worker tree, peak memory of grader + worker together, against the run's time budget.
Measurement is benchmark.py's (wait4 rusage, /proc RSS sampled every 10 ms).

Adaptive deadlines are switched off with -Dnngrader.adaptiveDeadlines=false through NNGRADER_JAVA_OPTS,
which grader/bin/grader passes to the JVM.

    python3 grader/bench/timeouts.py                 # both modes, one run each: about 11 minutes
    python3 grader/bench/timeouts.py --modes adaptive --runs 3      # about 8 minutes
    python3 grader/bench/timeouts.py --total-seconds 600   # a bigger budget, to see the whole cost
"""
import argparse
import json
import os
import re
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchmark  # noqa: E402  (the measuring code lives there)

ROOT = benchmark.ROOT
# A run with fixed deadlines lasts the whole budget; one with adaptive deadlines ends sooner, after about
# ADAPTIVE_SECONDS (136 s measured on softmax-regression's 52 looping tests, 2 cores). Each also starts and ends.
ADAPTIVE_SECONDS = 140
RUN_OVERHEAD_SECONDS = 10
REGION = re.compile(r"(?P<indent>[ \t]*)// BEGIN SOLUTION[^\n]*\n.*?// END SOLUTION", re.S)


def looping_submission(reference, folder):
    """Copies the reference's submitted files with every solution region's body made `while (true) { }`."""
    count = 0
    for name in sorted(os.listdir(reference)):
        if not name.endswith(".java"):
            continue
        with open(os.path.join(reference, name), encoding="utf-8") as f:
            source = f.read()
        looped, n = REGION.subn(lambda m: m.group("indent") + "while (true) { }", source)
        if n:
            os.makedirs(os.path.join(folder, "nn/softmax"), exist_ok=True)
            with open(os.path.join(folder, "nn/softmax", name), "w", encoding="utf-8") as f:
                f.write(looped)
            count += n
    return count


def assignment_with_budget(assignment, total_seconds, scratch):
    """The assignment folder as is, or a stand-in outside the repository with another totalSeconds: a tree in
    scratch whose top-level entries link to the repository's (so that assignment.json's relative paths still
    resolve), with the assignment folder's entries linked too, except assignment.json, which is rewritten."""
    with open(os.path.join(ROOT, assignment, "assignment.json")) as f:
        spec = json.load(f)
    if total_seconds is None:
        return os.path.join(ROOT, assignment), spec
    spec["limits"]["totalSeconds"] = total_seconds
    tree = os.path.join(scratch, "tree")
    os.makedirs(tree)
    for entry in os.listdir(ROOT):
        os.symlink(os.path.join(ROOT, entry), os.path.join(tree, entry), target_is_directory=True)
    parent, name = os.path.split(os.path.normpath(assignment))
    os.unlink(os.path.join(tree, parent.split(os.sep)[0]))
    copy = os.path.join(tree, parent, name)
    os.makedirs(copy)
    for entry in os.listdir(os.path.join(ROOT, parent)):
        if entry != name:
            os.symlink(os.path.join(ROOT, parent, entry), os.path.join(tree, parent, entry))
    for entry in os.listdir(os.path.join(ROOT, assignment)):
        if entry != "assignment.json":
            os.symlink(os.path.join(ROOT, assignment, entry), os.path.join(copy, entry))
    with open(os.path.join(copy, "assignment.json"), "w") as f:
        json.dump(spec, f, indent=2)
    return copy, spec


def run_seconds(mode, budget):
    """Roughly how long one grading of the looping submission takes: the budget, or less with adaptive deadlines."""
    return min(budget, ADAPTIVE_SECONDS) if mode == "adaptive" else budget


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--assignment", default="assignments/softmax-regression")
    parser.add_argument("--reference", default="reference/src/main/java/nn/softmax")
    parser.add_argument("--modes", default="adaptive,fixed", help="adaptive, fixed or both (comma-separated)")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--total-seconds", type=float, help="override limits.totalSeconds (the budget)")
    parser.add_argument("--taskset", help="CPU list to pin the run to, e.g. 0 for one core")
    args = parser.parse_args()

    if not os.path.exists(os.path.join(ROOT, "grader/target/nngrader.jar")):
        sys.exit("build first: mvn -B -q -DskipTests package")
    scratch = tempfile.mkdtemp(prefix="nngrader-timeouts-")
    try:
        measure_loops(args, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def measure_loops(args, scratch):
    """Grades the looping submission in each mode, args.runs times, printing a row per grading; works in scratch."""
    # a private copy of the grader, so that a rebuild during the (minutes long) runs cannot swap the jar
    grader = os.path.join(scratch, "grader/bin/grader")
    os.makedirs(os.path.dirname(grader))
    os.makedirs(os.path.join(scratch, "grader/target"))
    shutil.copy2(os.path.join(ROOT, "grader/bin/grader"), grader)
    shutil.copy2(os.path.join(ROOT, "grader/target/nngrader.jar"), os.path.join(scratch, "grader/target"))
    shutil.copytree(os.path.join(ROOT, "grader/target/lib"), os.path.join(scratch, "grader/target/lib"))
    submission = os.path.join(scratch, "submission")
    regions = looping_submission(os.path.join(ROOT, args.reference), submission)
    assignment, spec = assignment_with_budget(args.assignment, args.total_seconds, scratch)
    limits = spec["limits"]
    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    benchmark.announce(f"{args.runs} run(s) of {' and '.join(modes)} deadlines",
                       args.runs * sum(RUN_OVERHEAD_SECONDS + run_seconds(mode, limits["totalSeconds"]) for mode in modes),
                       f"a fixed-deadline run lasts the whole budget ({limits['totalSeconds']:g} s);"
                       " --modes adaptive for a shorter run" if "fixed" in modes else "")
    print(f"every solution region ({regions}) loops forever; budget {limits['totalSeconds']} s, "
          f"test limit {limits['testSeconds']} s; {os.cpu_count()} CPUs"
          + (f", pinned to CPU {args.taskset}" if args.taskset else ""))
    print("cpu s: rusage of the grader tree (wait4); cpu* s: summed over every process seen, workers included")
    print(f"{'mode':>9} {'run':>4} {'wall s':>8} {'cpu s':>8} {'cpu* s':>8} {'peak MB':>9} {'score':>6}"
          f" {'timed out':>10} {'shortened':>10} {'not run':>8}")
    for mode in modes:
        env = dict(os.environ)
        env["NNGRADER_JAVA_OPTS"] = (env.get("NNGRADER_JAVA_OPTS", "") + " -Dnngrader.adaptiveDeadlines="
                                     + ("true" if mode == "adaptive" else "false")).strip()
        for i in range(args.runs):
            results = os.path.join(scratch, f"results-{mode}-{i}.json")
            command = [grader, "grade", "--quiet", "--assignment", assignment,
                       "--submission", submission, "--results", results]
            if args.taskset:
                command = ["taskset", "-c", args.taskset] + command
            wall, cpu, peak, sampled = benchmark.run_once(command, env, sampled_cpu=True)
            with open(results) as f:
                data = json.load(f)
            # the graded tests, not the first entry ("Files found and compiled", a status without points)
            outputs = [t.get("output", "") for t in data["tests"] if "max_score" in t]
            timed_out = sum("timed out after" in o for o in outputs)
            shortened = sum("shortened after earlier timeouts" in o for o in outputs)
            not_run = sum("time budget exhausted" in o for o in outputs)
            other = [o for o in outputs if "timed out after" not in o and "time budget exhausted" not in o]
            print(f"{mode:>9} {i + 1:>4} {wall:>8.1f} {cpu:>8.1f} {sampled:>8.1f} {peak:>9.0f} {data['score']:>6g}"
                  f" {timed_out:>10} {shortened:>10} {not_run:>8}   of {len(outputs)} tests")
            if other:
                print(f"{'':>14}{len(other)} other, e.g. {other[0][:150]!r}")


if __name__ == "__main__":
    main()
