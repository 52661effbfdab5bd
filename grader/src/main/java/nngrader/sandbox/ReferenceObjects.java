package nngrader.sandbox;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nngrader.sandbox.wire.Handles;
import nngrader.sandbox.wire.RemoteRef;
import nngrader.sandbox.wire.WireException;

/**
 * The reference objects of one worker's life that its stand-ins may name by a handle: those a stand-in created
 * with {@code new}, and those the reference returned where an API interface is declared (the Layer that
 * {@code affine} returns). They stay in the grader; the worker holds handles. The same object always has the same
 * handle. A handle the worker sends is untrusted: one it was never given, or one of another API, is refused.
 */
final class ReferenceObjects {
    /** A worker that makes the reference hand out objects without end is refused here, not by the grader's heap. */
    static final int MAX_OBJECTS = 1_000_000;

    /**
     * @param apis   the API interfaces it was created or returned as: the worker may call their methods only
     * @param origin the class name of the stand-in whose calls made it, for the test's note
     */
    record Held(Object object, Set<Class<?>> apis, String origin) {

        /** The public method of one of the APIs, declared by {@code declaringApi} (a super-interface too), or null. */
        Method apiMethod(String declaringApi, String name, List<String> params) {
            for (Class<?> api : apis) {
                for (Method m : api.getMethods()) {
                    if (m.getDeclaringClass().getName().equals(declaringApi) && m.getName().equals(name)
                            && !Modifier.isStatic(m.getModifiers())
                            && Arrays.stream(m.getParameterTypes()).map(Class::getName).toList().equals(params)) {
                        return m;
                    }
                }
            }
            return null;
        }

        /** The APIs, for a refusal's message. */
        String apiNames() {
            return apis.stream().map(Class::getName).reduce((a, b) -> a + ", " + b).orElse("");
        }
    }

    private final Map<Long, Held> byHandle = new HashMap<>();
    private final Map<Object, Long> handles = new IdentityHashMap<>();
    private long next = 1;

    /** The handle of {@code object} (a new one the first time), which the worker may now call as an {@code api}. */
    long add(Object object, Class<?> api, String origin) throws WireException {
        Long known = handles.get(object);
        if (known != null) {
            byHandle.get(known).apis().add(api);
            return known;
        }
        if (byHandle.size() >= MAX_OBJECTS) {
            throw new WireException("the worker holds " + MAX_OBJECTS + " reference objects already");
        }
        long handle = next++;
        Set<Class<?>> apis = new LinkedHashSet<>();
        apis.add(api);
        byHandle.put(handle, new Held(object, apis, origin));
        handles.put(object, handle);
        return handle;
    }

    /** The object behind a handle, or null if the worker was never given it. */
    Held get(long handle) {
        return byHandle.get(handle);
    }

    /**
     * Handles for the values of one answer to a call on an object made by {@code origin}'s stand-in: an API value
     * the reference returns stays here and crosses as its handle; a handle that arrives resolves to its object.
     */
    Handles answering(String origin) {
        return new Handles() {
            @Override
            public RemoteRef export(Object value, Class<?> api) throws WireException {
                return new RemoteRef(add(value, api, origin), value.getClass().getName());
            }

            @Override
            public Object resolve(RemoteRef ref, Class<?> api) throws WireException {
                Held held = get(ref.id());
                if (held == null) {
                    throw new WireException("no reference object " + ref.id());
                }
                if (!api.isInstance(held.object())) {
                    throw new WireException("reference object " + ref.id() + " is not a " + api.getName());
                }
                return held.object();
            }
        };
    }
}
