package nngrader.sandbox.jail;

import nngrader.sandbox.Sandbox;
import nngrader.sandbox.WorkerSettings;
import nngrader.scratch.ScratchFolder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A prepared jail for a grading's workers: how to start them ({@link #command()}, {@link #environment()},
 * {@link #settings()}), which protections are in place and which are missing, for the staff.
 * Closing it kills every process of its sandbox user and removes that user's files in the places
 * anyone may write to, removes its cgroups and its folder, and lets the next grading have the user.
 *
 * <pre>{@code
 * try (Jail jail = WorkerJail.prepare(settings, JailOptions.defaults(), secrets);
 *      Sandbox sandbox = jail.openSandbox()) { ... }
 * }</pre>
 */
public final class Jail implements AutoCloseable {
    private final WorkerSettings settings;
    private final List<String> command;
    private final Map<String, String> environment;
    private final List<String> protections;
    private final List<String> missing;
    private final Path folder;
    private final UserPool.Claim claim;
    private final WorkerCgroups cgroups;
    /** A grader stopped with SIGTERM (batch stopping one that took too long) still leaves nothing behind. */
    private final Thread closeOnExit = new Thread(this::close, "close-jail");
    private boolean closed;

    /**
     * @param protections what is in place, e.g. "runs as user nngrader-w3"; plain words for the staff
     * @param missing     each protection that is not in place and why, once each
     * @param folder      the jail's own folder, removed on close (null if it has none)
     * @param claim       the sandbox user this grading holds, swept and let go on close (null if none)
     * @param cgroups     the workers' cgroups, removed on close (null if none)
     */
    Jail(WorkerSettings settings, List<String> command, Map<String, String> environment, List<String> protections,
            List<String> missing, Path folder, UserPool.Claim claim, WorkerCgroups cgroups) {
        this.settings = settings;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.protections = new ArrayList<>(protections);
        this.missing = List.copyOf(missing);
        this.folder = folder;
        this.claim = claim;
        this.cgroups = cgroups;
        if (claim != null || cgroups != null) {
            Runtime.getRuntime().addShutdownHook(closeOnExit);
        }
    }

    /** The worker's settings as the jail sees them (copied class path, its own working directory). */
    public WorkerSettings settings() {
        return settings;
    }

    /** The worker's command line, wrapped. */
    public List<String> command() {
        return command;
    }

    public Map<String, String> environment() {
        return environment;
    }

    public List<String> protections() {
        return List.copyOf(protections);
    }

    public List<String> missing() {
        return missing;
    }

    /** A sandbox whose workers run in this jail. */
    public Sandbox openSandbox() {
        return new Sandbox(settings, command, environment, cgroups,
                claim == null ? () -> { } : () -> UserSweep.killAll(claim.user()));
    }

    /**
     * One line for the staff: what is missing (first, as it matters most) and what is in place. After
     * {@link #close()} it also says what the grading's processes left behind, which close removed.
     */
    public String staffNote() {
        List<String> parts = new ArrayList<>(missing);
        if (!protections.isEmpty()) {
            parts.add("in place: " + String.join(", ", protections));
        }
        return "(for the staff) sandbox: " + String.join("; ", parts) + ".";
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (Thread.currentThread() != closeOnExit) {
            try {
                Runtime.getRuntime().removeShutdownHook(closeOnExit);
            } catch (IllegalStateException | IllegalArgumentException shuttingDownOrNotAdded) {
                // the hook runs, or was never added
            }
        }
        try {
            int killed = claim == null ? 0 : UserSweep.killAll(claim.user());
            if (folder != null) {
                ScratchFolder.delete(folder); // the worker's own folder is not a leftover
            }
            if (claim != null) {
                UserSweep.Swept swept = UserSweep.sweep(claim.user()).plusProcesses(killed);
                if (swept.foundAny()) {
                    protections.add("removed what the worker left when it was done: " + swept.describe());
                }
                if (!swept.left().isEmpty()) {
                    protections.add("WARNING: could not remove " + String.join(", ", swept.left()));
                }
            }
            if (cgroups != null) {
                cgroups.remove();
            }
        } finally {
            if (claim != null) {
                claim.close();
            }
        }
    }
}
