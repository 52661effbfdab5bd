#!/usr/bin/env python3
"""Grades, for each assignment, the reference, the student template and three mutants, and writes each
results.json with `grader preview`'s page beside it, plus an index page: what students see on Gradescope,
to look at in a browser. With --screenshots it also takes a PNG of each page with headless Chromium
(Debian's chromium). Takes about 1 minute per assignment (15 gradings in all).

    python3 grader/bench/previews.py --out /tmp/previews
    python3 grader/bench/previews.py --out /tmp/previews --assignments assignments/mlp-backprop --screenshots
"""
import argparse
import html
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch import write_submission  # noqa: E402  (same folder)
from benchmark import ROOT  # noqa: E402

# a wrong gradient, a training that goes wrong, and a third classic bug, per assignment
MUTANTS = {
    "assignments/softmax-regression": ["gradient-wrong-sign", "gradient-ascent", "jacobian-diagonal-only"],
    "assignments/mlp-backprop": ["w2-not-transposed", "shuffles-x-without-y", "relu-derivative-times-a1"],
    "assignments/autograd": ["mul-gradients-swapped", "momentum-sign", "optimizer-per-epoch"],
}
GRADER = os.path.join(ROOT, "grader", "bin", "grader")
CHROMIUM = "/usr/bin/chromium"


def grade(assignment, submission, results):
    subprocess.run([GRADER, "grade", "--assignment", os.path.join(ROOT, assignment), "--submission", submission,
                    "--results", results, "--quiet"], check=True, stdout=subprocess.DEVNULL)
    subprocess.run([GRADER, "preview", results], check=True, stdout=subprocess.DEVNULL)
    subprocess.run([GRADER, "preview", results, "--published", "-o", results[:-len(".json")] + "-published.html"],
                   check=True, stdout=subprocess.DEVNULL)


def screenshot(page, png):
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    "--window-size=1100,6000", f"--screenshot={png}", "file://" + page],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, help="folder for the results files and pages (made if missing)")
    parser.add_argument("--assignments", nargs="*", default=list(MUTANTS))
    parser.add_argument("--screenshots", action="store_true", help="also a PNG of each page, with headless Chromium")
    args = parser.parse_args()
    if args.screenshots and not os.access(CHROMIUM, os.X_OK):
        sys.exit(f"--screenshots needs Debian's Chromium at {CHROMIUM}: bash .ci/setup --chromium")
    print(f"grading {5 * len(args.assignments)} submissions, about a minute per assignment", flush=True)
    out = os.path.abspath(args.out)
    rows = []
    scratch = tempfile.mkdtemp(prefix="nngrader-previews-")
    try:
        for assignment in args.assignments:
            with open(os.path.join(ROOT, assignment, "assignment.json"), encoding="utf-8") as f:
                spec = json.load(f)
            spec["assignment"] = assignment
            folder = os.path.join(out, os.path.basename(assignment))
            os.makedirs(folder, exist_ok=True)
            submissions = [("reference", "the reference solution", os.path.join(ROOT, "reference")),
                           ("template", "the student template, as handed out", os.path.join(ROOT, "student-template"))]
            for mutant in MUTANTS.get(assignment, []):
                with open(os.path.join(ROOT, assignment, "mutants", mutant + ".json"), encoding="utf-8") as f:
                    example = json.load(f)
                submission = os.path.join(scratch, os.path.basename(assignment), mutant)
                write_submission(spec, example["edits"], submission)
                submissions.append((mutant, example["description"], submission))
            for name, description, submission in submissions:
                results = os.path.join(folder, name + ".json")
                grade(assignment, submission, results)
                with open(results, encoding="utf-8") as f:
                    score = json.load(f)["score"]
                if args.screenshots:
                    screenshot(results[:-5] + "-published.html", results[:-5] + "-published.png")
                rows.append((assignment, name, description, score, os.path.relpath(results, out)))
                print(f"{assignment} {name}: {score} points", flush=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    with open(os.path.join(out, "index.html"), "w", encoding="utf-8") as f:
        f.write("<!DOCTYPE html><meta charset=utf-8><title>nngrader previews</title><h1>Previews</h1><table>"
                "<tr><th>assignment<th>submission<th>score<th>pages</tr>\n")
        for assignment, name, description, score, results in rows:
            page = results[:-5]
            f.write(f"<tr><td>{html.escape(assignment)}<td title=\"{html.escape(description)}\">{html.escape(name)}"
                    f"<td>{score}<td><a href=\"{page}.html\">before publishing</a> · "
                    f"<a href=\"{page}-published.html\">after</a> · <a href=\"{results}\">results.json</a></tr>\n")
        f.write("</table>\n")
    print("Wrote " + os.path.join(out, "index.html"))


if __name__ == "__main__":
    main()
