package nngrader.sandbox.jail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs a short system command (unshare, setpriv, a probe) to completion, with a time limit. */
final class HostCommand {
    private static final List<String> BIN = List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin", "/usr/local/bin");

    /** What a command did: its exit status (-1 if it could not run or took too long) and its output. */
    record Result(int status, String output) {
        boolean ok() {
            return status == 0;
        }
    }

    private HostCommand() {
    }

    /** The absolute path of a system tool, if installed. */
    static Optional<String> find(String tool) {
        return BIN.stream().map(dir -> Path.of(dir, tool)).filter(Files::isExecutable).map(Path::toString).findFirst();
    }

    static Result run(List<String> command, Map<String, String> environment) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().clear();
            builder.environment().putAll(environment);
            builder.directory(Path.of("/").toFile());
            Process p = builder.start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readNBytes(64 * 1024);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(-1, "took over 30 s");
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            return new Result(-1, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }

    /** Whether this JVM runs as root (user id 0). */
    static boolean root() {
        Result id = run(List.of(find("id").orElse("id"), "-u"), Map.of("PATH", "/usr/bin:/bin"));
        return id.ok() && id.output().equals("0");
    }
}
