package nngrader.sandbox.jail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The unprivileged user the worker runs as when the grader is root: found by name, or created on
 * first use as a system user without a home or a login shell.
 *
 * @param name its name, e.g. {@code nngrader-w3}
 * @param uid  its user id
 * @param gid  its primary group id
 */
public record SandboxUser(String name, int uid, int gid) {

    /**
     * The user a Gradescope bundle runs student code as: the first of the pool ({@link UserPool}), which
     * its setup.sh adds to the image. A container grades one submission, so one user is enough there.
     */
    public static final String DEFAULT_NAME = UserPool.PREFIX + "0";

    public SandboxUser {
        if (uid == 0 || gid == 0) {
            throw new IllegalArgumentException(name + " is root, not an unprivileged user");
        }
    }

    /**
     * The user called {@code name}, created with {@code useradd} if there is none.
     *
     * @throws IOException when it does not exist and cannot be created, or is root
     */
    public static SandboxUser ensure(String name) throws IOException {
        checkName(name);
        String uid = run("id", "-u", name);
        if (uid == null || uid.isEmpty()) {
            // another grader may create it at the same time: whoever wins, look again
            run("useradd", "--system", "--user-group", "--no-create-home", "--home-dir", "/nonexistent",
                    "--shell", "/usr/sbin/nologin", name);
            uid = run("id", "-u", name);
        }
        String gid = run("id", "-g", name);
        if (uid == null || uid.isEmpty() || gid == null || gid.isEmpty()) {
            throw new IOException("the user " + name + " does not exist and useradd could not create it");
        }
        try {
            return new SandboxUser(name, Integer.parseInt(uid), Integer.parseInt(gid));
        } catch (IllegalArgumentException e) {
            throw new IOException("cannot use " + name + " as the sandbox user: " + e.getMessage());
        }
    }

    /** @throws IOException when {@code name} is not a user name useradd would take */
    static void checkName(String name) throws IOException {
        if (!name.matches("[a-z_][a-z0-9_-]{0,31}")) {
            throw new IOException("'" + name + "' is not a valid user name");
        }
    }

    /** The command's output, stripped; empty when it failed with output, null when it could not run. */
    private static String run(String... command) {
        try {
            List<String> line = new java.util.ArrayList<>(List.of(command));
            line.set(0, HostCommand.find(command[0]).orElse(command[0]));
            Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            return p.exitValue() == 0 ? out : (command[0].equals("id") ? "" : null);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
