#!/usr/bin/env python3
"""The NumPy twin of EpochBenchmark: the same 784-100-10 ReLU network, softmax output, He init,
minibatch SGD with batch 64 and the mean gradient plus (lambda/m) W. Prints wall and CPU seconds and
test accuracy per epoch. The learning rate of epoch e (from 1) is LEARNING_RATE / (1 + DECAY (e - 1)).
usage: numpy_epoch.py EPOCHS LEARNING_RATE LAMBDA DECAY [DATA_DIR]"""
import gzip
import sys
import time

import numpy as np


def images(path):
    with gzip.open(path) as f:
        raw = f.read()
    n = int.from_bytes(raw[4:8], "big")
    return np.frombuffer(raw, np.uint8, offset=16).reshape(n, 784).astype(np.float64) / 255


def labels(path):
    with gzip.open(path) as f:
        raw = f.read()
    return np.frombuffer(raw, np.uint8, offset=8).astype(np.int64)


def main():
    epochs, lr0, lam, decay = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
    d = (sys.argv[5] if len(sys.argv) > 5 else "/usr/share/datasets/fashion-mnist") + "/"
    X, y = images(d + "train-images-idx3-ubyte.gz"), labels(d + "train-labels-idx1-ubyte.gz")
    Xt, yt = images(d + "t10k-images-idx3-ubyte.gz"), labels(d + "t10k-labels-idx1-ubyte.gz")
    Y = np.eye(10)[y]
    rng = np.random.default_rng(1)
    W1 = rng.standard_normal((100, 784)) * np.sqrt(2 / 784)
    b1 = np.zeros(100)
    W2 = rng.standard_normal((10, 100)) * np.sqrt(2 / 100)
    b2 = np.zeros(10)
    n, B = len(X), 64
    for epoch in range(1, epochs + 1):
        wall, cpu = time.perf_counter(), time.process_time()
        lr = lr0 / (1 + decay * (epoch - 1))
        order = rng.permutation(n)
        for s in range(0, n, B):
            idx = order[s:s + B]
            Xb, Yb, m = X[idx], Y[idx], len(idx)
            Z1 = Xb @ W1.T + b1                      # z1 = W1 x + b1
            A1 = np.maximum(Z1, 0)                   # a1 = ReLU(z1)
            Z2 = A1 @ W2.T + b2                      # z2 = W2 a1 + b2
            Z2 = Z2 - Z2.max(axis=1, keepdims=True)
            A2 = np.exp(Z2)
            A2 /= A2.sum(axis=1, keepdims=True)      # a2 = softmax(z2)
            dZ2 = A2 - Yb                            # dL/dz2 = a2 - y
            dW2 = dZ2.T @ A1 / m + lam / m * W2
            db2 = dZ2.sum(0) / m
            dZ1 = (dZ2 @ W2) * (Z1 > 0)              # dL/dz1 = W2^T dL/dz2 * g'(z1)
            dW1 = dZ1.T @ Xb / m + lam / m * W1
            db1 = dZ1.sum(0) / m
            W1, b1, W2, b2 = W1 - lr * dW1, b1 - lr * db1, W2 - lr * dW2, b2 - lr * db2
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        scores = np.maximum(Xt @ W1.T + b1, 0) @ W2.T + b2
        print(f"numpy epoch {epoch}: {wall:.2f} s wall, {cpu:.2f} s cpu, test accuracy {(scores.argmax(1) == yt).mean():.4f}",
              flush=True)


if __name__ == "__main__":
    main()
