package nngrader.sandbox.worker;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import nngrader.sandbox.wire.Handles;
import nngrader.sandbox.wire.RemoteRef;
import nngrader.sandbox.wire.WireException;

/**
 * The worker's half of the handles of reference objects (the grader's half is {@code ReferenceObjects}): a handle
 * in the grader's answer becomes a proxy of the declared API whose calls are callbacks, one proxy per handle so
 * that {@code ==} holds; such a proxy passed to a stand-in goes back as its handle. Nothing else can: the student's
 * own objects never enter the grader. Used only under the {@link GraderLink}'s lock.
 */
final class ReferenceProxies {
    private final GraderLink link;
    private final Map<Long, Object> byHandle = new HashMap<>();

    ReferenceProxies(GraderLink link) {
        this.link = link;
    }

    /** The handles of one callback to {@code standIn}'s class (named in messages) and of its answer. */
    Handles forCall(String standIn) {
        return new Handles() {
            @Override
            public RemoteRef export(Object value, Class<?> api) {
                if (Proxy.isProxyClass(value.getClass()) && Proxy.getInvocationHandler(value) instanceof ReferenceObject r
                        && r.link() == link) {
                    return new RemoteRef(r.handle(), r.className());
                }
                throw new IllegalArgumentException(GraderLink.fileOf(standIn) + " did not compile and the reference "
                        + "stands in for it; it cannot take your own " + api.getSimpleName() + " objects (here a "
                        + value.getClass().getName() + "), only those it made");
            }

            @Override
            public Object resolve(RemoteRef ref, Class<?> api) throws WireException {
                Object known = byHandle.get(ref.id());
                if (known == null) {
                    known = Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api},
                            new ReferenceObject(link, standIn, ref.id(), ref.className()));
                    byHandle.put(ref.id(), known);
                } else if (!api.isInstance(known)) {
                    throw new WireException("the grader's object " + ref.id() + " is not a " + api.getName());
                }
                return known;
            }
        };
    }
}
