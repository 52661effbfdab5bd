#!/usr/bin/env python3
"""Runs each assignment's Gradescope bundle as Gradescope would, and prints wall time and peak memory.

As Gradescope's default container: run_autograder as root without CAP_SYS_ADMIN (setpriv drops it from
the bounding set, as GradescopeBundleTest does: no mount, PID or network namespaces), in a memory cgroup
of 768 MB and a CPU cgroup of half a CPU (cgroup v2 memory.max 768M and cpu.max "50000 100000"; on a
cgroup v1 host, memory.limit_in_bytes and cpu.cfs_quota_us/cfs_period_us). setup.sh runs once per
assignment, outside the limits, as when Gradescope builds the image.

Graded: the reference, the student template, and every examples/hostile-*.json of each assignment (their
placeholders filled in as HostileSubmissionsTest does). For each run it prints the wall time, the cgroup's
peak memory, the score, whether results.json is valid, and what was left behind: processes still in the
cgroup (then killed) and files in /tmp, /var/tmp and /dev/shm made during the run by a user other than
root. The grader's own temp folder is a folder of the benchmark's (-Djava.io.tmpdir), so what it leaves
can be told apart from what others running on the machine leave in /tmp.

Needs root and a writable cgroup file system.

    python3 grader/bench/container.py                         # every assignment, all submissions
    python3 grader/bench/container.py --only reference template
    python3 grader/bench/container.py --assignment softmax-regression --only hostile-deep-folders-in-onehot
"""
import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch import write_submission  # noqa: E402  (same folder)
from benchmark import ROOT, announce  # noqa: E402

MEMORY_BYTES = 768 * 1024 * 1024
CPU_QUOTA_US, CPU_PERIOD_US = 50000, 100000
ASSIGNMENTS = ("softmax-regression", "mlp-backprop", "autograd")
SHARED_TMP = ("/tmp", "/var/tmp", "/dev/shm")
# Roughly, on a 2-core machine: packaging and setup.sh (class-data archives included) per assignment, and one
# grading under half a CPU (hostile ones often run into their time limits): enough to say up front how long it takes.
SETUP_SECONDS = 60
SECONDS_PER_SUBMISSION = 20


def expected_seconds(assignments, only):
    """Roughly how long grading these assignments' submissions (all, or those named in only) takes."""
    total = 0
    for assignment in assignments:
        hostile = [os.path.basename(p)[:-len(".json")]
                   for p in glob.glob(os.path.join(ROOT, "assignments", assignment, "examples", "hostile-*.json"))]
        names = [n for n in ["reference", "template"] + hostile if not only or n in only]
        total += SETUP_SECONDS + len(names) * SECONDS_PER_SUBMISSION
    return total


class Cgroup:
    """One run's memory and CPU limits: a cgroup v2 folder, or a pair of v1 folders (memory, cpu)."""

    def __init__(self, name):
        self.v2 = os.path.exists("/sys/fs/cgroup/cgroup.controllers")
        if self.v2:
            with open("/sys/fs/cgroup/cgroup.subtree_control") as f:
                enabled = f.read().split()
            for controller in ("memory", "cpu"):
                if controller not in enabled:
                    write("/sys/fs/cgroup/cgroup.subtree_control", "+" + controller)
            self.folders = [os.path.join("/sys/fs/cgroup", name)]
            os.mkdir(self.folders[0])
            write(self.file("memory.max"), str(MEMORY_BYTES))
            write(self.file("memory.swap.max"), "0", optional=True)
            write(self.file("cpu.max"), f"{CPU_QUOTA_US} {CPU_PERIOD_US}")
        else:
            self.folders = [os.path.join("/sys/fs/cgroup/memory", name), os.path.join("/sys/fs/cgroup/cpu", name)]
            for folder in self.folders:
                os.mkdir(folder)
            write(self.file("memory.limit_in_bytes"), str(MEMORY_BYTES))
            write(self.file("memory.memsw.limit_in_bytes"), str(MEMORY_BYTES), optional=True)
            write(os.path.join(self.folders[1], "cpu.cfs_period_us"), str(CPU_PERIOD_US))
            write(os.path.join(self.folders[1], "cpu.cfs_quota_us"), str(CPU_QUOTA_US))

    def file(self, name):
        return os.path.join(self.folders[0], name)

    def enter_command(self):
        """A shell prefix that moves itself into the cgroup(s), then execs the rest of the command."""
        moves = "; ".join(f'echo $$ > "{folder}/cgroup.procs"' for folder in self.folders)
        return ["sh", "-c", moves + ' || exit 96; exec "$@"', "enter"]

    def peak_bytes(self):
        name = "memory.peak" if self.v2 else "memory.max_usage_in_bytes"
        try:
            with open(self.file(name)) as f:
                return int(f.read())
        except OSError:
            return None

    def pids(self):
        with open(self.file("cgroup.procs")) as f:
            return [int(line) for line in f if line.strip()]

    def kill_and_remove(self):
        for _ in range(50):
            left = self.pids()
            if not left:
                break
            for pid in left:
                try:
                    os.kill(pid, 9)
                except ProcessLookupError:
                    pass
            time.sleep(0.1)
        for folder in self.folders:
            for _ in range(50):
                try:
                    os.rmdir(folder)
                    break
                except OSError:
                    time.sleep(0.1)


def write(path, text, optional=False):
    try:
        with open(path, "w") as f:
            f.write(text)
    except OSError:
        if not optional:
            raise


def run(command, **kwargs):
    return subprocess.run(command, check=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, **kwargs)


def spec_of(assignment):
    with open(os.path.join(ROOT, "assignments", assignment, "assignment.json"), encoding="utf-8") as f:
        spec = json.load(f)
    spec["assignment"] = os.path.join("assignments", assignment)
    return spec


def prepare_bundle(assignment, work):
    """grader package, unzipped as Gradescope unzips it into ROOT/source, then setup.sh as root."""
    zip_path = os.path.join(work, assignment + ".zip")
    run([os.path.join(ROOT, "grader/bin/grader"), "package", "--assignment",
         os.path.join(ROOT, "assignments", assignment), "--out", zip_path])
    root = os.path.join(work, assignment, "autograder")
    os.makedirs(os.path.join(root, "source"))
    os.chmod(os.path.dirname(root), 0o755)
    os.chmod(root, 0o755)
    run(["unzip", "-q", zip_path, "-d", os.path.join(root, "source")])
    shutil.copy2(os.path.join(root, "source/run_autograder"), os.path.join(root, "run_autograder"))
    run(["bash", os.path.join(root, "source/setup.sh")], env=dict(os.environ, AUTOGRADER_ROOT=root))
    return root


def submissions(assignment, only, root):
    """(name, function that writes it into a folder) for the reference, the template and the hostile examples."""
    spec = spec_of(assignment)
    found = [("reference", lambda out: write_submission(spec, [], out)),
             ("template", lambda out: write_files(spec, os.path.join(ROOT, spec["assignment"], spec["template"]), out))]
    placeholders = {"@RESULTS@": os.path.join(root, "results/results.json"),
                    "@ASSIGNMENT_JSON@": os.path.join(root, "source/assignment/assignment.json"),
                    "@SUITE_CLASS@": os.path.join(root, "source/assignment/assignment.json"),
                    "@PORT@": "9"}
    for path in sorted(glob.glob(os.path.join(ROOT, spec["assignment"], "examples", "hostile-*.json"))):
        with open(path, encoding="utf-8") as f:
            edits = json.load(f)["edits"]
        for edit in edits:
            for key, value in placeholders.items():
                edit["replace"] = edit["replace"].replace(key, value)
        name = os.path.basename(path)[:-len(".json")]
        found.append((name, lambda out, edits=edits: write_submission(spec, edits, out)))
    return [(name, write) for name, write in found if not only or name in only]


def write_files(spec, folder, out):
    for wanted in spec["submit"]:
        target = os.path.join(out, "src/main/java", wanted["file"])
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copy(os.path.join(folder, wanted["file"]), target)


def shared_tmp_entries():
    entries = {}
    for folder in SHARED_TMP:
        try:
            for name in os.listdir(folder):
                path = os.path.join(folder, name)
                try:
                    entries[path] = os.lstat(path)
                except OSError:
                    pass
        except OSError:
            pass
    return entries


def grade(root, name, write, grader_tmp):
    submission = os.path.join(root, "submission")
    shutil.rmtree(submission, ignore_errors=True)
    write(submission)
    # Gradescope's own record of the submission, world-readable as Gradescope leaves it
    metadata = os.path.join(root, "submission_metadata.json")
    with open(metadata, "w") as f:
        json.dump({"previous_submissions": [{"results": {"output": "earlier hidden feedback"}}]}, f)
    os.chmod(metadata, 0o644)
    results = os.path.join(root, "results/results.json")
    if os.path.exists(results):
        os.remove(results)

    cgroup = Cgroup(f"nngrader-bench-{os.getpid()}-{int(time.time() * 1000)}")
    before = shared_tmp_entries()
    started = time.time()
    env = dict(os.environ, AUTOGRADER_ROOT=root, NNGRADER_JAVA_OPTS=f"-Djava.io.tmpdir={grader_tmp}")
    try:
        process = subprocess.run(cgroup.enter_command() + ["setpriv", "--bounding-set=-sys_admin", "--",
                                                           os.path.join(root, "run_autograder")],
                                 stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env, timeout=900,
                                 cwd=root)
        wall = time.time() - started
        time.sleep(1)      # what a grading leaves has a moment to show itself
        processes_left = len(cgroup.pids())
        peak = cgroup.peak_bytes()
    finally:
        cgroup.kill_and_remove()

    files_left = [path for path, st in shared_tmp_entries().items()
                  if path not in before and st.st_uid != 0 and st.st_ctime >= started - 1]
    files_left += [os.path.join(grader_tmp, n) for n in os.listdir(grader_tmp)]
    try:
        with open(results, encoding="utf-8") as f:
            data = json.load(f)
        max_score = sum(t.get("max_score", 0) for t in data.get("tests", []))
        score = f"{data['score']:g}/{max_score:g}"
        valid = "yes" if "score" in data and isinstance(data.get("tests"), list) else "NO"
        note = "" if data.get("tests") else data.get("output", "")[:80]
    except (OSError, ValueError, KeyError) as e:
        score, valid, note = "-", "NO", str(e)[:80]
    return {"submission": name, "exit": process.returncode, "wall": wall, "peak": peak, "score": score,
            "valid": valid, "processes_left": processes_left, "files_left": files_left, "note": note,
            "staff": [line for line in process.stdout.splitlines() if "(for the staff)" in line]}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--assignment", nargs="*", default=list(ASSIGNMENTS))
    parser.add_argument("--only", nargs="*", default=[], help="submission names (reference, template, hostile-...)")
    args = parser.parse_args()
    if os.geteuid() != 0:
        sys.exit("container.py: run it as root (Gradescope runs run_autograder as root)")

    announce(f"{', '.join(args.assignment)}: {', '.join(args.only) if args.only else 'every submission'}",
             expected_seconds(args.assignment, args.only), "" if args.only else "--only reference template for a quick try")
    work = tempfile.mkdtemp(prefix="nngrader-container-")
    os.chmod(work, 0o755)
    grader_tmp = os.path.join(work, "tmp")
    os.mkdir(grader_tmp)
    os.chmod(grader_tmp, 0o1777)
    print(f"memory {MEMORY_BYTES // (1024 * 1024)} MB, CPU {CPU_QUOTA_US / CPU_PERIOD_US:g}, no CAP_SYS_ADMIN;"
          f" work folder {work}")
    print(f"{'assignment':20} {'submission':42} {'wall s':>7} {'peak MB':>8} {'score':>9} {'valid':>5}"
          f" {'procs left':>10}  files left")
    rows = []
    try:
        for assignment in args.assignment:
            root = prepare_bundle(assignment, work)
            for name, write_it in submissions(assignment, args.only, root):
                row = grade(root, name, write_it, grader_tmp)
                rows.append((assignment, row))
                peak = "-" if row["peak"] is None else f"{row['peak'] / (1024 * 1024):.0f}"
                print(f"{assignment:20} {name:42} {row['wall']:7.1f} {peak:>8} {row['score']:>9} {row['valid']:>5}"
                      f" {row['processes_left']:>10}  {', '.join(row['files_left']) or '-'}"
                      f"{'  ' + row['note'] if row['note'] else ''}", flush=True)
                for path in row["files_left"]:
                    if os.path.isdir(path):
                        shutil.rmtree(path, ignore_errors=True)
                    else:
                        os.remove(path)
        if rows:
            print("\nstaff lines of the reference runs:")
            for assignment, row in rows:
                if row["submission"] == "reference":
                    for line in row["staff"]:
                        print(f"  {assignment}: {line}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
