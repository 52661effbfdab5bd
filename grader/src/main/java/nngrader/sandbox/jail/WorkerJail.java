package nngrader.sandbox.jail;

import nngrader.cds.ClassDataSharing;
import nngrader.cds.SharedWorkerRuntime;
import nngrader.sandbox.WorkerCommand;
import nngrader.sandbox.WorkerSettings;
import nngrader.scratch.ScratchFolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns {@link WorkerCommand}'s command line into one that runs the worker locked down, with what
 * Linux and Debian give (util-linux):
 *
 * <pre>
 * sh -c ENTER CGROUP... --                                       the grading's pids and memory cgroups (where it
 *                                                                 can), oom_score_adj 1000
 * unshare --mount --net --pid --fork --kill-child --mount-proc   no network; its own PID namespace, so killing
 *                                                                 it kills every descendant, detached or not
 *   sh -c HIDE                                                   the bundle's folders hidden, a private /tmp;
 *                                                                 relays the JVM's exit status through unshare
 *   prlimit --fsize=B --core=0 [--nproc=N] [--as=B]              file size, no core dumps, processes+threads and
 *                                                                 address space where no cgroup caps them
 *   setpriv --reuid=U --regid=G --clear-groups --no-new-privs     the grading's own sandbox user
 *           --inh-caps=-all --bounding-set=-all
 *   java -Djava.io.tmpdir=... ... WorkerMain ...
 * </pre>
 *
 * When the grader is root, the worker runs as a user that this grading alone holds ({@link UserPool})
 * in a folder of its own (mode 700) with copies of the compiled submission and of its runtime that
 * it can read (the runtime: {@link SharedWorkerRuntime}'s root-owned, read-only copy with the worker's
 * class-data archive when staff made one, so that the archive's class path is the same in every grading); every process of that user is killed and its files in world-writable places removed
 * before the first worker starts ({@link UserSweep}) and again when the jail closes. Each step that
 * cannot be had (not root, a tool missing, unshare not permitted in a container without
 * CAP_SYS_ADMIN, a read-only cgroup file system) is left out and named in {@link Jail#missing()};
 * the worker still runs. Before the worker starts, the jail checks as the worker that each of
 * {@link Secrets#probes()} cannot be read.
 */
public final class WorkerJail {
    /**
     * {@code sh -c HIDE hide JAIL FOLDER... -- COMMAND...}, as root in the worker's own mount namespace:
     * mounts an empty read-only tmpfs over each folder, then (unless JAIL is "-") gives the worker
     * an empty /tmp of its own (the jail's parent), /dev/shm and /var/tmp, keeping the jail's
     * folder in it, and runs the command.
     */
    static final String HIDE = """
            jail="$1"; shift
            while [ "$1" != -- ]; do mount -t tmpfs -o ro,size=4k,mode=000 nngrader-hidden "$1" || exit 97; shift; done
            shift
            if [ "$jail" != - ]; then
              tmp="$(dirname "$jail")"; name="$(basename "$jail")"
              mount -t tmpfs -o size=64m,mode=1777 nngrader-tmp "$jail/.tmp" && mkdir "$jail/.tmp/$name" \
                && mount --bind "$jail" "$jail/.tmp/$name" && mount --move "$jail/.tmp" "$tmp" || exit 98
              for d in /dev/shm /var/tmp; do
                if [ -d "$d" ] && [ "$d" != "$tmp" ]; then mount -t tmpfs -o size=64m,mode=1777 nngrader-tmp "$d" || exit 98; fi
              done
            fi
            "$@"; exit $?
            """;
    /**
     * {@code sh -c RELAY relay COMMAND...}: runs the command as its child and exits with its status, which
     * for a process killed by a signal is 128 + the signal. Unshare would report any such death as status 1;
     * the grader tells a worker killed from outside (SIGKILL, 137) from one that crashed by its status.
     */
    static final String RELAY = "\"$@\"; exit $?";
    /** Prints each argument that names a file it can read. */
    static final String PROBE = "for f; do head -c 1 -- \"$f\" >/dev/null 2>&1 && printf '%s\\n' \"$f\"; done; exit 0";

    private WorkerJail() {
    }

    /**
     * Memory the worker's JVM needs beyond its heap (metaspace, code, threads, the GC), plus room for
     * a few small processes it may start: the ceiling of a memory cgroup is the heap and this.
     */
    static final int MEMORY_MARGIN_MB = 256;
    /**
     * Address space beyond the heap under RLIMIT_AS, where no memory cgroup can be made. A JVM
     * reserves far more than it uses: with -Xmx256m JDK 17 needs 2 GB of address space to start
     * (1 GB of class space, 240 MB of code cache, 64 MB malloc arenas); with the smaller reservations
     * of {@link #ADDRESS_SPACE_FLAGS} and two malloc arenas it starts in 704 MB and runs the reference
     * in the heap and this margin (measured: prlimit --as=N java -Xmx256m ... -version); the stacks of
     * as many threads as the process cap allows come on top.
     */
    static final int ADDRESS_SPACE_MARGIN_MB = 512;
    /** JVM reservations sized so that RLIMIT_AS bounds what the worker uses, not what it reserves. */
    static final List<String> ADDRESS_SPACE_FLAGS = List.of("-XX:CompressedClassSpaceSize=64m",
            "-XX:ReservedCodeCacheSize=64m", "-XX:MaxMetaspaceSize=128m");

    /**
     * Prepares the jail for a grading's workers.
     *
     * @throws UncheckedIOException when the jail's folder cannot be made (then nothing can run)
     */
    public static Jail prepare(WorkerSettings base, JailOptions options, Secrets secrets) {
        List<String> have = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Optional<String> unshare = HostCommand.find("unshare");
        Optional<String> prlimit = HostCommand.find("prlimit");
        Optional<String> setpriv = HostCommand.find("setpriv");
        boolean root = options.privileged() && HostCommand.root();

        UserPool.Claim claim = null;
        if (!options.privileged()) {
            missing.add("root-only protections are turned off, so the worker runs as the grader's own user");
        } else if (!root) {
            missing.add("the grader is not root, so the worker runs as the grader's own user");
        } else if (setpriv.isEmpty()) {
            missing.add("setpriv is not installed (Debian package util-linux), so the worker runs as root");
        } else {
            try {
                claim = UserPool.claim(options.user());
            } catch (IOException e) {
                missing.add("the worker runs as root: " + e.getMessage());
            }
        }
        SandboxUser user = claim == null ? null : claim.user();
        if (user != null) {
            // what an earlier grading of this user left must not reach this one's worker
            UserSweep.Swept swept = UserSweep.sweep(user);
            have.add("runs as user " + user.name() + " in its own folder, which no other grading uses");
            if (swept.foundAny()) {
                have.add("removed what an earlier grading left: " + swept.describe());
            }
        }

        Path folder = null;
        WorkerSettings settings = base;
        // a stable copy of the runtime, with the worker's class-data archive, when staff made one (grader cds)
        Optional<SharedWorkerRuntime> shared = SharedWorkerRuntime.find(WorkerCommand.runtime());
        if (shared.isEmpty() && ClassDataSharing.mode() == ClassDataSharing.Mode.REQUIRE) {
            throw new IllegalStateException("NNGRADER_CDS=require, but there is no usable copy of the worker's"
                    + " runtime with its class-data archive (run grader cds)");
        }
        List<Path> runtime = shared.map(SharedWorkerRuntime::classPath).orElse(WorkerCommand.runtime());
        List<String> archive = shared.map(s -> s.archive().flags()).orElse(List.of());
        Map<String, String> environment = new LinkedHashMap<>(WorkerCommand.environment());
        if (user != null) {
            try {
                folder = ScratchFolder.create("nngrader-worker-");
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx--x--x"));
                Files.setPosixFilePermissions(Files.createDirectory(folder.resolve(".tmp")),
                        PosixFilePermissions.fromString("rwx------"));
                if (shared.isEmpty()) {
                    List<Path> copies = new ArrayList<>();
                    for (int i = 0; i < runtime.size(); i++) {
                        copies.add(copyReadable(runtime.get(i), folder.resolve("runtime").resolve(i + "-"
                                + runtime.get(i).getFileName())));
                    }
                    runtime = copies;
                }
                List<Path> classes = new ArrayList<>();
                for (int i = 0; i < base.classPath().size(); i++) {
                    classes.add(copyReadable(base.classPath().get(i), folder.resolve("classes").resolve(i + "-"
                            + base.classPath().get(i).getFileName())));
                }
                Path work = ownedBy(user, Files.createDirectory(folder.resolve("work")));
                Path tmp = ownedBy(user, Files.createDirectory(work.resolve("tmp")));
                settings = new WorkerSettings(classes, base.heapMb(), base.stackKb(), work, base.outputCapBytes(),
                        base.maxFrameBytes());
                environment.put("HOME", work.toString());
                environment.put("TMPDIR", tmp.toString());
            } catch (IOException e) {
                new Jail(base, List.of(), Map.of(), List.of(), List.of(), folder, claim, null).close();
                throw new UncheckedIOException("cannot make the worker's folder: " + e.getMessage(), e);
            }
        }

        List<String> prefix = new ArrayList<>();
        if (!options.sysAdmin() && root && setpriv.isPresent()) {
            // as in Docker's default container: unshare and mount are refused
            prefix.addAll(List.of(setpriv.get(), "--bounding-set=-sys_admin", "--"));
        }
        long ceilingMb = (long) base.heapMb() + MEMORY_MARGIN_MB;
        WorkerCgroups cgroups = user == null || !options.sysAdmin() ? null
                : WorkerCgroups.create(cgroupName(user), options.maxProcesses(), ceilingMb * 1024 * 1024);
        if (cgroups != null && cgroups.limitsProcesses()) {
            have.add("at most " + options.maxProcesses() + " processes and threads (cgroup)");
        }
        if (cgroups != null && cgroups.limitsMemory()) {
            have.add("at most " + ceilingMb + " MB of memory for the worker and its processes, without swap"
                    + " (cgroup)");
        }
        // a high OOM score for the worker and what it starts: when memory runs out, the kernel kills them first
        prefix.addAll(cgroups != null ? cgroups.enter() : WorkerCgroups.none().enter());
        have.add("the worker is the first the kernel kills when memory runs out (oom_score_adj 1000)");

        if (unshare.isEmpty()) {
            missing.add("unshare is not installed (util-linux), so the worker has network access and a process it"
                    + " detaches may outlive it");
        } else {
            List<String> namespaces = new ArrayList<>(List.of(unshare.get()));
            if (!root) {
                namespaces.add("--user");
            }
            namespaces.addAll(List.of("--mount", "--net", "--pid", "--fork", "--kill-child", "--mount-proc"));
            List<Path> hide = user == null ? List.of() : hidden(folders(secrets.folders(), topLevelNotNeeded()), folder);
            List<String> hiding = new ArrayList<>(namespaces);
            if (user != null) {
                hiding.addAll(hideCommand(folder, hide));
            }
            // asks only whether unshare and mount are permitted here (e.g. not in a container without CAP_SYS_ADMIN)
            HostCommand.Result withHiding = HostCommand.run(with(prefix, hiding, "true"), environment);
            if (withHiding.ok()) {
                prefix.addAll(hiding);
                if (user == null) {
                    prefix.addAll(List.of(HostCommand.find("sh").orElse("/bin/sh"), "-c", RELAY, "relay"));
                }
                have.add("no network, own PID namespace");
                if (user != null) {
                    have.add("bundle folders hidden, a private /tmp");
                }
            } else if (user != null && HostCommand.run(with(prefix, namespaces, "true"), environment).ok()) {
                prefix.addAll(namespaces);
                prefix.addAll(List.of(HostCommand.find("sh").orElse("/bin/sh"), "-c", RELAY, "relay"));
                have.add("no network, own PID namespace");
                missing.add("cannot hide the bundle's folders from the worker or give it a private /tmp (mount failed: "
                        + withHiding.output() + ")");
            } else {
                missing.add("no private network or PID namespace (unshare is not permitted here: "
                        + withHiding.output() + "), so the worker has network access"
                        + (user != null ? "; the processes and files of its user are removed after each grading"
                                : " and a process it detaches may outlive it"));
            }
        }

        boolean addressSpace = cgroups == null || !cgroups.limitsMemory();
        // and room for the stack of every thread the process cap allows: else a student's threads use up the
        // address space first, and the JVM's own allocations fail anywhere (its replies too) instead of theirs
        long addressSpaceMb = (long) base.heapMb() + ADDRESS_SPACE_MARGIN_MB
                + (long) options.maxProcesses() * base.stackKb() / 1024;
        if (prlimit.isEmpty()) {
            missing.add("prlimit is not installed (util-linux), so there is no cap on processes, memory or file size");
        } else {
            prefix.add(prlimit.get());
            prefix.add("--fsize=" + options.maxFileBytes());
            prefix.add("--core=0");
            if (addressSpace) {
                prefix.add("--as=" + addressSpaceMb * 1024 * 1024);
                missing.add("no memory cgroup, so memory is capped per process (RLIMIT_AS " + addressSpaceMb
                        + " MB of address space each), not for the worker and its processes together");
                environment.put("MALLOC_ARENA_MAX", "2");
            }
            if (user != null && (cgroups == null || !cgroups.limitsProcesses())) {
                prefix.add("--nproc=" + options.maxProcesses());
                have.add("at most " + options.maxProcesses() + " processes and threads (RLIMIT_NPROC of its user)");
            } else if (user == null) {
                missing.add("no cap on processes and threads (it needs a user of its own)");
            }
            prefix.add("--");
        }

        if (user != null) {
            prefix.addAll(List.of(setpriv.get(), "--reuid=" + user.uid(), "--regid=" + user.gid(), "--clear-groups",
                    "--no-new-privs", "--inh-caps=-all", "--bounding-set=-all", "--"));
        } else if (setpriv.isPresent()) {
            prefix.addAll(List.of(setpriv.get(), "--no-new-privs", "--"));
        }

        List<String> java = new ArrayList<>(WorkerCommand.of(settings, runtime));
        if (user != null) {
            java.add(1, "-Djava.io.tmpdir=" + environment.get("TMPDIR"));
            java.add(2, "-Duser.home=" + environment.get("HOME"));
        }
        if (addressSpace && prlimit.isPresent()) {
            java.addAll(1, ADDRESS_SPACE_FLAGS);
        }
        java.addAll(1, archive);
        List<String> command = new ArrayList<>(prefix);
        command.addAll(java);

        List<String> readable = BundleProbe.readable(prefix, environment, secrets.probes());
        if (!readable.isEmpty()) {
            missing.add("WARNING: the worker can read " + String.join(", ", readable)
                    + (user != null ? "; keep the assignment readable by root only (chmod -R go-rwx)"
                            : root ? "; give the worker a user of its own (grader grade --sandbox-user NAME)"
                            : "; run the grader as root so that the worker runs as an unprivileged user"));
        }
        missing.addAll(ExposureProbe.findings(prefix, environment, secrets));
        return new Jail(settings, command, environment, have, missing, folder, claim, cgroups);
    }

    /** The cgroups of a sandbox user's gradings: nngrader-w3 for nngrader-w3, nngrader-NAME for another. */
    private static String cgroupName(SandboxUser user) {
        return user.name().startsWith("nngrader-") ? user.name() : "nngrader-" + user.name();
    }

    /**
     * The top-level folders a JVM does not need (anything but the system's own). They are hidden too, so that a
     * copy of a bundle the grader does not know of (another checkout, a home folder) is out of the worker's sight.
     * Links are left alone: an empty folder mounted over /bin would land on /usr/bin.
     */
    static List<Path> topLevelNotNeeded() {
        try (Stream<Path> entries = Files.list(Path.of("/"))) {
            return entries.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !SYSTEM_FOLDERS.contains(p.getFileName().toString()))
                    .sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static final Set<String> SYSTEM_FOLDERS = Set.of("usr", "bin", "sbin", "lib", "lib32", "lib64", "libx32",
            "etc", "proc", "dev", "sys", "tmp", "var", "run");

    private static List<Path> folders(List<Path> secrets, List<Path> notNeeded) {
        List<Path> all = new ArrayList<>(secrets);
        all.addAll(notNeeded);
        return all;
    }

    /** The folders to hide: existing ones, not "/" and not holding the jail, the JDK or the temp folder, outermost only. */
    static List<Path> hidden(List<Path> folders, Path jail) {
        List<Path> keep = new ArrayList<>();
        Path javaHome = Path.of(System.getProperty("java.home")).toAbsolutePath().normalize();
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        for (Path f : folders) {
            Path p = f.toAbsolutePath().normalize();
            if (!Files.isDirectory(p) || p.getParent() == null || javaHome.startsWith(p) || tmp.startsWith(p)
                    || (jail != null && jail.startsWith(p)) || p.startsWith(javaHome) || p.equals(Path.of("/usr"))) {
                continue;
            }
            keep.add(p);
        }
        return keep.stream().filter(p -> keep.stream().noneMatch(q -> !q.equals(p) && p.startsWith(q))).distinct()
                .toList();
    }

    private static List<String> hideCommand(Path jail, List<Path> hide) {
        List<String> sh = new ArrayList<>(List.of(HostCommand.find("sh").orElse("/bin/sh"), "-c", HIDE, "hide",
                jail.getParent() == null || jail.getParent().getParent() == null ? "-" : jail.toString()));
        hide.forEach(p -> sh.add(p.toString()));
        sh.add("--");
        return sh;
    }

    private static List<String> with(List<String> prefix, List<String> then, String... command) {
        List<String> all = new ArrayList<>(prefix);
        all.addAll(then);
        all.addAll(List.of(command));
        return all;
    }

    private static Path ownedBy(SandboxUser user, Path path) throws IOException {
        HostCommand.Result chown = HostCommand.run(List.of(HostCommand.find("chown").orElse("chown"),
                user.uid() + ":" + user.gid(), path.toString()), Map.of("PATH", "/usr/bin:/bin"));
        if (!chown.ok()) {
            throw new IOException("cannot give " + path + " to " + user.name() + ": " + chown.output());
        }
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwx------"));
        return path;
    }

    /** Copies a class folder or a jar to {@code target}, readable by everyone, writable by its owner only. */
    private static Path copyReadable(Path source, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        setReadable(target.getParent(), true);
        if (Files.isDirectory(source)) {
            try (Stream<Path> files = Files.walk(source)) {
                for (Path from : (Iterable<Path>) files::iterator) {
                    Path to = target.resolve(source.relativize(from).toString());
                    if (Files.isDirectory(from)) {
                        Files.createDirectories(to);
                        setReadable(to, true);
                    } else if (Files.isRegularFile(from)) {
                        Files.copy(from, to);
                        setReadable(to, false);
                    }
                }
            }
        } else {
            Files.copy(source, target);
            setReadable(target, false);
        }
        return target;
    }

    private static void setReadable(Path path, boolean folder) throws IOException {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(folder ? "rwxr-xr-x" : "rw-r--r--"));
    }
}
