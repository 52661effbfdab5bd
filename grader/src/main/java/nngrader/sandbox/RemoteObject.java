package nngrader.sandbox;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Behind each proxy: a student object in the worker, created on the first call (an instance) or
 * already there (a handle returned by a call). toString, hashCode and equals are answered here:
 * they never reach student code, and two proxies are equal only if they are the same proxy. Each
 * has its one proxy; a handle that comes back to the test that holds it gives that proxy again
 * (see {@link ScopeHandles}).
 */
final class RemoteObject implements InvocationHandler {
    private static final Object[] NO_ARGS = {};

    private final Sandbox sandbox;
    private final Class<?> api;
    private final String className;
    private final CallScope scope;
    /** Made by the sandbox with its no-argument constructor, so it can be made again in another worker. */
    private final boolean instantiated;
    private volatile WorkerClient client;
    private volatile long handle;
    /** Its test has ended and the worker was told to let the object go. */
    private volatile boolean released;
    private Object proxy;

    private RemoteObject(Sandbox sandbox, Class<?> api, String className, CallScope scope, WorkerClient client,
            long handle) {
        this.sandbox = sandbox;
        this.api = api;
        this.className = className;
        this.scope = scope;
        this.client = client;
        this.handle = handle;
        this.instantiated = client == null;
    }

    /** A new instance of {@code className}, created in the worker at the first call. */
    static RemoteObject unborn(Sandbox sandbox, Class<?> api, String className, CallScope scope) {
        return withProxy(new RemoteObject(sandbox, api, className, scope, null, 0));
    }

    /** An object the worker already holds under {@code handle}. */
    static RemoteObject existing(Sandbox sandbox, Class<?> api, String className, CallScope scope,
            WorkerClient client, long handle) {
        return withProxy(new RemoteObject(sandbox, api, className, scope, client, handle));
    }

    private static RemoteObject withProxy(RemoteObject remote) {
        remote.proxy = Proxy.newProxyInstance(remote.api.getClassLoader(), new Class<?>[] {remote.api}, remote);
        return remote;
    }

    /** The proxy the test holds: the same one each time. */
    Object proxy() {
        return proxy;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) {
        if (method.getDeclaringClass() == Object.class) {
            switch (method.getName()) {
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                default:
                    return toString();
            }
        }
        return sandbox.call(this, method, args == null ? NO_ARGS : args);
    }

    /** The test this object belongs to has ended: every later use fails at once. */
    void released() {
        released = true;
    }

    /** Fails if the object's test has ended: the worker may have let the object go. */
    void checkNotReleased() {
        if (released) {
            throw new IllegalStateException("cannot use " + this + ": it belonged to a test that has ended, and the"
                    + " worker let that test's objects go (a test can use only the objects it made itself)");
        }
    }

    Class<?> api() {
        return api;
    }

    String className() {
        return className;
    }

    CallScope scope() {
        return scope;
    }

    /** The worker holding the object; null until it is created. Guarded by the sandbox's lock. */
    WorkerClient client() {
        return client;
    }

    long handle() {
        return handle;
    }

    void created(WorkerClient client, long handle) {
        this.client = client;
        this.handle = handle;
    }

    /**
     * Forgets the worker that held the object, which was killed from outside, so that the next call
     * makes it again: only for an object the sandbox instantiated (one a call returned cannot be
     * made again). Whatever state earlier calls gave it is lost.
     */
    boolean reborn() {
        if (!instantiated) {
            return false;
        }
        client = null;
        handle = 0;
        return true;
    }

    @Override
    public String toString() {
        return "student " + className + (client == null ? " (not created yet)" : "#" + handle)
                + (released ? " (released)" : "");
    }
}
