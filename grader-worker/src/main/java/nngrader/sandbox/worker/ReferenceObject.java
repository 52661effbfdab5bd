package nngrader.sandbox.worker;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;

/**
 * Behind a proxy in the worker: a reference object that a stand-in's call returned and that stays in the grader
 * (see {@link ReferenceProxies}). Every method of its API goes to the grader as a callback; equals, hashCode and
 * toString are answered here, so they never cost a callback and work outside a call too.
 */
final class ReferenceObject implements InvocationHandler {
    private final GraderLink link;
    private final String standIn;
    private final long handle;
    private final String className;

    /**
     * @param standIn   the class name of the stand-in whose call returned it, named in messages
     * @param className the reference object's class in the grader, for toString only
     */
    ReferenceObject(GraderLink link, String standIn, long handle, String className) {
        this.link = link;
        this.standIn = standIn;
        this.handle = handle;
        this.className = className;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> toString();
            };
        }
        return link.call(standIn, handle, method, args);
    }

    GraderLink link() {
        return link;
    }

    long handle() {
        return handle;
    }

    String className() {
        return className;
    }

    @Override
    public String toString() {
        return "the reference's " + className + " (" + GraderLink.fileOf(standIn) + " did not compile)";
    }
}
