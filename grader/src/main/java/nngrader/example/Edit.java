package nngrader.example;

/**
 * One change to one file: the text {@code find}, which must occur exactly once, becomes {@code replace}.
 *
 * @param file    path below the source root, e.g. {@code nn/softmax/Softmax.java}
 * @param find    the exact text to change
 * @param replace what it becomes
 */
public record Edit(String file, String find, String replace) {
}
