package nngrader.sandbox.jail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The System V shared-memory segments, semaphore sets and message queues of a sandbox user. They
 * are not files and outlive every process, so without an IPC namespace a grading could leave one
 * for the next (a segment the next grading's user may attach, or kernel memory held). Listed from
 * /proc/sysvipc, removed with {@code ipcrm} by the grader (root).
 */
final class SysvIpc {
    /** One kind of object: its /proc/sysvipc file and ipcrm's option for it. */
    private enum Kind {
        SHARED_MEMORY("shm", "-m"), SEMAPHORES("sem", "-s"), MESSAGE_QUEUES("msg", "-q");

        final String file;
        final String ipcrmOption;

        Kind(String file, String ipcrmOption) {
            this.file = file;
            this.ipcrmOption = ipcrmOption;
        }
    }

    /** An object: its kind and id. */
    record IpcObject(String kind, String id) {
    }

    private SysvIpc() {
    }

    /** The objects {@code uid} owns or created, of every kind. */
    static List<IpcObject> ownedBy(int uid) {
        List<IpcObject> owned = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            for (String id : idsOwnedBy(kind, uid)) {
                owned.add(new IpcObject(kind.file, id));
            }
        }
        return owned;
    }

    /** Removes the objects {@code uid} owns or created; how many were removed. Ones that cannot be go to {@code left}. */
    static int removeOwnedBy(int uid, List<String> left) {
        String ipcrm = HostCommand.find("ipcrm").orElse(null);
        int removed = 0;
        for (Kind kind : Kind.values()) {
            for (String id : idsOwnedBy(kind, uid)) {
                HostCommand.Result result = ipcrm == null ? null
                        : HostCommand.run(List.of(ipcrm, kind.ipcrmOption, id), Map.of("PATH", "/usr/bin:/bin"));
                if (result != null && result.status() == 0) {
                    removed++;
                } else if (left.size() < 10) {
                    left.add("System V " + kind.file + " " + id);
                }
            }
        }
        return removed;
    }

    /** The ids in /proc/sysvipc/KIND whose owner (uid) or creator (cuid) is {@code uid}. */
    private static List<String> idsOwnedBy(Kind kind, int uid) {
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of("/proc/sysvipc", kind.file));
        } catch (IOException e) {
            return List.of(); // no System V IPC here
        }
        if (lines.isEmpty()) {
            return List.of();
        }
        List<String> columns = List.of(lines.get(0).trim().split("\\s+"));
        int id = 1; // key, then the id: shmid, semid or msqid
        int owner = columns.indexOf("uid");
        int creator = columns.indexOf("cuid");
        List<String> ids = new ArrayList<>();
        String wanted = Integer.toString(uid);
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length > Math.max(owner, creator)
                    && (fields[owner].equals(wanted) || creator >= 0 && fields[creator].equals(wanted))) {
                ids.add(fields[id]);
            }
        }
        return ids;
    }
}
