package nngrader.sandbox;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What one test (one {@link CallScope}) holds in the workers: for each worker, the handles it received
 * with how many times (the counts a release gives back, see {@code HandleTable} in the worker), and the
 * proxy of each, so that a handle the test already holds comes back as that very proxy. Proxies are held
 * weakly: one the test dropped cannot be compared with anything, and the next arrival makes a new one.
 */
final class ScopeHandles {
    /** One handle of one worker, as this scope received it. */
    private static final class Received {
        long count;
        /** Usually one; another when the same object came back declared as another interface. */
        final List<WeakReference<RemoteObject>> proxies = new ArrayList<>(1);

        RemoteObject proxyOf(Class<?> api) {
            for (WeakReference<RemoteObject> ref : proxies) {
                RemoteObject remote = ref.get();
                if (remote != null && api.isAssignableFrom(remote.api())) {
                    return remote;
                }
            }
            return null;
        }
    }

    private final Map<WorkerClient, Map<Long, Received>> received = new HashMap<>();
    /** The scope's new instances, created in a worker or not yet, so that all of them can be marked released. */
    private final List<WeakReference<RemoteObject>> instantiated = new ArrayList<>();

    /** A new instance's proxy (not created in the worker yet). */
    synchronized void instantiated(RemoteObject remote) {
        instantiated.add(new WeakReference<>(remote));
    }

    /** {@code remote}'s object was just created in {@code client}'s worker, which counts that as one sending. */
    synchronized void created(WorkerClient client, long handle, RemoteObject remote) {
        Received entry = entry(client, handle);
        entry.count++;
        entry.proxies.add(new WeakReference<>(remote));
    }

    /** The proxy for a handle that arrived in a reply: the scope's own if it still holds one, else {@code make}'s. */
    synchronized RemoteObject arrived(WorkerClient client, long handle, Class<?> api, Supplier<RemoteObject> make) {
        Received entry = entry(client, handle);
        entry.count++;
        RemoteObject remote = entry.proxyOf(api);
        if (remote == null) {
            remote = make.get();
            entry.proxies.removeIf(ref -> ref.get() == null);
            entry.proxies.add(new WeakReference<>(remote));
        }
        return remote;
    }

    /** Marks every proxy of the scope released; returns what it received from {@code client}'s worker: id to count. */
    synchronized Map<Long, Long> end(WorkerClient client) {
        instantiated.forEach(ScopeHandles::release);
        received.values().forEach(handles -> handles.values().forEach(entry -> entry.proxies.forEach(ScopeHandles::release)));
        Map<Long, Long> counts = new HashMap<>();
        received.getOrDefault(client, Map.of()).forEach((handle, entry) -> counts.put(handle, entry.count));
        received.clear();
        instantiated.clear();
        return counts;
    }

    private static void release(WeakReference<RemoteObject> ref) {
        RemoteObject remote = ref.get();
        if (remote != null) {
            remote.released();
        }
    }

    private Received entry(WorkerClient client, long handle) {
        return received.computeIfAbsent(client, c -> new HashMap<>()).computeIfAbsent(handle, h -> new Received());
    }
}
