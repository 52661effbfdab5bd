package nngrader.sandbox.worker;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds, in the worker's own copy of the API, the method the grader named; remembers each one. */
final class MethodResolver {
    private static final Map<String, Class<?>> PRIMITIVES = Map.of(
            "double", double.class, "float", float.class, "long", long.class, "int", int.class,
            "short", short.class, "byte", byte.class, "boolean", boolean.class, "char", char.class);

    private final ClassLoader loader;
    private final Map<String, Method> known = new HashMap<>();

    MethodResolver(ClassLoader loader) {
        this.loader = loader;
    }

    Method resolve(String api, String name, List<String> params) throws ReflectiveOperationException {
        String key = api + '#' + name + params;
        Method method = known.get(key);
        if (method == null) {
            Class<?>[] types = new Class<?>[params.size()];
            for (int i = 0; i < types.length; i++) {
                types[i] = load(params.get(i));
            }
            method = load(api).getMethod(name, types);
            known.put(key, method);
        }
        return method;
    }

    Class<?> load(String name) throws ClassNotFoundException {
        Class<?> primitive = PRIMITIVES.get(name);
        return primitive != null ? primitive : Class.forName(name, false, loader);
    }
}
