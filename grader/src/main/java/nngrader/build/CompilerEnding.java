package nngrader.build;

/**
 * How one compiler JVM run ended ({@link BoundedCompiler}): {@code stopped} says why it was killed (a limit); else
 * {@code exit} is the status of a JVM that ended on its own, or 0 when it answered, and {@code stderr} what it
 * printed.
 */
record CompilerEnding(String stopped, int exit, String stderr) {

    static CompilerEnding answered() {
        return new CompilerEnding(null, 0, "");
    }

    static CompilerEnding stoppedBecause(String why) {
        return new CompilerEnding(why, 0, "");
    }
}
