#!/usr/bin/env bash
# One run of the reference (Java) and of the same algorithm in NumPy, on the full Fashion-MNIST,
# one after the other on the same machine, each given the same cores: CORES=1 pins both to the
# first core (taskset) with one BLAS thread; CORES=2 (or more) lets both use that many.
# The learning rate of epoch e (from 1) is LEARNING_RATE / (1 + DECAY (e - 1)). It ends with the ratio of
# the median epoch's wall time, Java over NumPy. It needs Debian's Fashion-MNIST and python3 with NumPy
# (bash .ci/setup --fashion-mnist --numpy); both are checked before the Java side starts.
#   assignments/mlp-backprop/bench/epochs.sh [EPOCHS] [LEARNING_RATE] [LAMBDA] [DECAY] [CORES]
set -euo pipefail
cd "$(dirname "$0")/../../.."
epochs=${1:-5}; lr=${2:-0.1}; lambda=${3:-0}; decay=${4:-0}; cores=${5:-1}
data=/usr/share/datasets/fashion-mnist
[ -f "$data/train-images-idx3-ubyte.gz" ] || {
  echo "needs Debian's dataset-fashion-mnist in $data: bash .ci/setup --fashion-mnist" \
       "(or apt-get install dataset-fashion-mnist)" >&2; exit 2; }
python3 -c 'import numpy' 2>/dev/null || {
  echo "needs NumPy for the comparison: python3 -c 'import numpy' fails: bash .ci/setup --numpy" \
       "(or apt-get install python3-numpy, or pip install numpy)" >&2; exit 2; }
# an epoch of the Java side takes about 4 s on one core, one of NumPy about 2.5 s (less with 2 cores)
echo "$epochs epochs of Java, then of NumPy: about $(( (epochs * 13 + 59) / 120 + 1 )) minutes on $cores core(s)"
mvn -B -q -o -DskipTests -pl assignments/mlp-backprop -am test-compile >/dev/null
cp=assignments/mlp-backprop/target/test-classes:reference/target/classes
pin="taskset -c 0-$((cores - 1))"
echo "cores: $cores ($pin)"
out=$(mktemp)
trap 'rm -f "$out"' EXIT
$pin java -cp "$cp" nn.mlp.bench.EpochBenchmark "$epochs" "$lr" "$lambda" "$decay" "$data" | tee -a "$out"
OPENBLAS_NUM_THREADS=$cores OMP_NUM_THREADS=$cores $pin python3 assignments/mlp-backprop/bench/numpy_epoch.py \
    "$epochs" "$lr" "$lambda" "$decay" "$data" | tee -a "$out"
# "java  epoch 3: 4.21 s wall, ..." and "numpy epoch 3: 2.50 s wall, ...": the median epoch of each, and their ratio
python3 - "$out" <<'PY'
import re, statistics, sys
text = open(sys.argv[1]).read()
median = {side: statistics.median(float(s) for s in re.findall(rf"^{side} +epoch \d+: ([\d.]+) s wall", text, re.M))
          for side in ("java", "numpy")}
print(f"median epoch: java {median['java']:.2f} s, numpy {median['numpy']:.2f} s wall;"
      f" java / numpy = {median['java'] / median['numpy']:.2f}")
PY
