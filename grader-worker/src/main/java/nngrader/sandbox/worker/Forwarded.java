package nngrader.sandbox.worker;

import java.lang.reflect.Method;

/**
 * Stands in, in the worker, for an object of a submitted class that did not compile. The grader compiles a
 * class of the same name and API in its place; that class holds one {@code Forwarded} and passes each of its
 * methods here, and the grader answers the call with the reference solution, running in the grader's JVM.
 * Only values cross: the reference's code never comes into the worker. One {@code Forwarded} is one
 * reference object in the grader, so an object student code creates with {@code new} keeps its state.
 *
 * <p>Generated code compiles against a copy of these two signatures (see nngrader.build.Forwarders): keep
 * them as they are.
 */
public final class Forwarded {
    private final GraderLink link;
    private final String className;
    private final long handle;

    private Forwarded(GraderLink link, String className, long handle) {
        this.link = link;
        this.className = className;
        this.handle = handle;
    }

    /** A new reference object of {@code className} in the grader; only while the grader is calling the worker. */
    public static Forwarded create(String className) {
        GraderLink link = GraderLink.installed();
        return new Forwarded(link, className, link.create(className));
    }

    /** Calls {@code method} of {@code api} on the reference object; arguments it changed are changed here too. */
    public Object call(Class<?> api, String method, Class<?>[] params, Object[] args) {
        Method m;
        try {
            m = api.getMethod(method, params);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(api.getName() + " has no method " + method, e);
        }
        return link.call(className, handle, m, args);
    }
}
