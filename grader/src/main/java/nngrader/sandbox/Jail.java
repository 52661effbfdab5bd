package nngrader.sandbox;

import nngrader.scratch.ScratchFolder;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A prepared jail for a run's workers: how to start them ({@link #command()}, {@link #environment()},
 * {@link #settings()}) and which protections are missing ({@link #missing()}), for the staff.
 * Closing it removes its folder.
 *
 * <pre>{@code
 * try (Jail jail = WorkerJail.prepare(settings, JailOptions.defaults(), secrets);
 *      Sandbox sandbox = new Sandbox(jail.settings(), jail.command(), jail.environment())) { ... }
 * }</pre>
 *
 * @param settings    the worker's settings as the jail sees them (copied class path, its own working directory)
 * @param command     the worker's command line, wrapped
 * @param environment the worker's environment
 * @param protections what is in place, e.g. "runs as user nngrader-sandbox"
 * @param missing     each protection that is not in place and why, once each; plain words for the staff
 * @param folder      the jail's own folder, removed on close (null if it has none)
 * @param cleanUp     what else to undo on close, e.g. remove a cgroup (null if nothing)
 */
public record Jail(WorkerSettings settings, List<String> command, Map<String, String> environment,
        List<String> protections, List<String> missing, Path folder, Runnable cleanUp) implements AutoCloseable {

    public Jail {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
        protections = List.copyOf(protections);
        missing = List.copyOf(missing);
    }

    /** One line for the report's summary, or empty when every protection is in place. */
    public String staffNote() {
        return missing.isEmpty() ? "" : "(for the staff) sandbox: " + String.join("; ", missing) + ".";
    }

    @Override
    public void close() {
        if (cleanUp != null) {
            cleanUp.run();
        }
        if (folder == null) {
            return;
        }
        ScratchFolder.delete(folder);
    }
}
