#!/usr/bin/env bash
# One run of the reference (Java) and of the same algorithm in NumPy, on the full Fashion-MNIST,
# one after the other on the same machine. NumPy uses one BLAS thread, like the Java reference.
#   assignments/mlp-backprop/bench/epochs.sh [EPOCHS] [LEARNING_RATE] [LAMBDA]
set -euo pipefail
cd "$(dirname "$0")/../../.."
epochs=${1:-5}; lr=${2:-0.1}; lambda=${3:-0}
data=/usr/share/datasets/fashion-mnist
[ -f "$data/train-images-idx3-ubyte.gz" ] || { echo "needs Debian's dataset-fashion-mnist (bash .ci/setup)" >&2; exit 2; }
mvn -B -q -o -DskipTests install >/dev/null
mvn -B -q -o -pl assignments/mlp-backprop test-compile >/dev/null
cp=assignments/mlp-backprop/target/test-classes:reference/target/classes
java -cp "$cp" nn.mlp.bench.EpochBenchmark "$epochs" "$lr" "$lambda" "$data"
OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 python3 assignments/mlp-backprop/bench/numpy_epoch.py "$epochs" "$lr" "$lambda" "$data"
