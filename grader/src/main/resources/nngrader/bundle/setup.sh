#!/usr/bin/env bash
# nngrader bundle for the assignment "@ASSIGNMENT_ID@": Gradescope runs this once, as root, when it
# builds the autograder's image (Ubuntu 22.04), with the bundle unpacked in /autograder/source.
# AUTOGRADER_ROOT stands for /autograder, to try the bundle in another folder.
set -euo pipefail
root="${AUTOGRADER_ROOT:-/autograder}"
bundle="$root/source"
user="@SANDBOX_USER@"

if [ "$(id -u)" -ne 0 ]; then
  echo "setup.sh: run it as root (Gradescope does): it installs packages, adds a user and changes file owners" >&2
  exit 1
fi

# A JDK 17 or later: the grader compiles submissions in its own JVM (javax.tools), which a JRE cannot.
# util-linux has what locks up student code (setpriv, prlimit, unshare). Nothing is installed that is
# already there, so the bundle can also be tried offline.
need=()
jdk="$(javac -version 2>&1 | sed -n 's/^javac \([0-9][0-9]*\).*/\1/p' || true)"
if [ -z "$jdk" ] || [ "$jdk" -lt 17 ]; then need+=(openjdk-17-jdk-headless); fi
command -v setpriv >/dev/null 2>&1 || need+=(util-linux)
# the plots in students' feedback are drawn headless, and their text needs a font (without one, each
# plot is shown as its words only)
[ -d /usr/share/fonts/truetype/dejavu ] || need+=(fonts-dejavu-core)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

# The unprivileged user that runs student code (the grader would add it on first use; here it is
# part of the image, so each run starts sooner).
id -u "$user" >/dev/null 2>&1 \
  || useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$user"

# Class-data sharing archives (grader cds): the grader's, the compiler's and the worker's JVMs start from classes
# already parsed and verified, made here from a grading of the template (the course's own stubs, before any
# submission). The grader's and the compiler's go beside the grader's jar (root-only, like the rest of the bundle);
# the worker's, with a copy of its runtime that the sandbox user can read but not change, in /var/lib/nngrader/cds.
# A grading without them (this step failed, or the JDK changed since) starts the JVMs as before, only slower.
# Before the modes below, which then cover the archives in the bundle too.
bash "$bundle/@LAUNCHER@" cds --assignment "$bundle/@ASSIGNMENT@" \
  || echo "setup.sh: no class-data sharing archives; gradings will start more slowly" >&2

# Root only: the hidden suite, the reference and the grader. In a container without CAP_SYS_ADMIN
# (Gradescope's, as far as we know) the grader cannot hide folders from the worker with mounts, and
# these modes are all that keeps student code from reading or changing the bundle.
chown -R root:root "$bundle"
chmod -R go-rwx "$bundle"
# Executable whatever the unzip did with the zip's modes (Gradescope runs its copy of run_autograder).
chmod u+x "$bundle/run_autograder"
if [ -f "$root/run_autograder" ]; then chmod u+x "$root/run_autograder"; fi
