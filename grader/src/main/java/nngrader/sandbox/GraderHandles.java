package nngrader.sandbox;

import java.lang.reflect.Proxy;
import nngrader.sandbox.wire.Handles;
import nngrader.sandbox.wire.RemoteRef;

/**
 * The grader's half of handles: a handle that arrives becomes a proxy bound to the same worker and
 * scope (the scope's own proxy, if it holds one for that handle already); a proxy passed as an
 * argument goes back as its handle. Nothing else can be passed where an API interface is declared:
 * a grader object cannot be sent into the student's JVM.
 */
final class GraderHandles implements Handles {
    private static final int MAX_CLASS_NAME = 300;

    private final Sandbox sandbox;
    private final WorkerClient client;
    private final CallScope scope;

    GraderHandles(Sandbox sandbox, WorkerClient client, CallScope scope) {
        this.sandbox = sandbox;
        this.client = client;
        this.scope = scope;
    }

    @Override
    public RemoteRef export(Object value, Class<?> api) {
        RemoteObject remote = Proxy.isProxyClass(value.getClass()) && Proxy.getInvocationHandler(value) instanceof RemoteObject r
                ? r : null;
        if (remote == null) {
            throw new IllegalArgumentException("only the student's own objects can be passed to student code where "
                    + api.getName() + " is declared, not " + value.getClass().getName());
        }
        remote.checkNotReleased();
        return new RemoteRef(sandbox.handleIn(client, remote), remote.className());
    }

    @Override
    public Object resolve(RemoteRef ref, Class<?> api) {
        String className = ref.className().length() <= MAX_CLASS_NAME ? ref.className()
                : ref.className().substring(0, MAX_CLASS_NAME) + "...";
        return sandbox.received(scope, client, ref.id(), api, className).proxy();
    }
}
