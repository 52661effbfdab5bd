package nngrader.api;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds an array that a call's result shares with its arguments: the result itself, a row of it or
 * an array inside a record of it that is one of the arguments' arrays (the argument, a row, a
 * record's component), named as the student would write it ({@code z}, {@code X[1]}, {@code p.W()}).
 */
final class SharedArrays {
    private static final Pattern NAME = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*");

    /** An array of the result ({@code resultPath}, "result" for the result itself) that is {@code argumentPath}. */
    record Shared(String resultPath, String argumentPath) {
    }

    private SharedArrays() {
    }

    /** The first array of {@code result} (outermost first) that is one of the arguments' arrays, or null. */
    static Shared find(Object result, String call, Object[] arguments) {
        Map<Object, String> argumentArrays = new IdentityHashMap<>();
        List<String> names = names(call, arguments.length);
        for (int i = 0; i < arguments.length; i++) {
            collect(arguments[i], names.get(i), argumentArrays, new ArrayList<>());
        }
        Map<Object, String> resultPaths = new IdentityHashMap<>();
        List<Object> resultArrays = new ArrayList<>();
        collect(result, "result", resultPaths, resultArrays);
        for (Object array : resultArrays) {
            String argument = argumentArrays.get(array);
            if (argument != null) {
                return new Shared(resultPaths.get(array), argument);
            }
        }
        return null;
    }

    /** The arrays reachable from {@code value}, each with the first path that reaches it, in {@code order} outermost first. */
    private static void collect(Object value, String path, Map<Object, String> into, List<Object> order) {
        if (value == null) {
            return;
        }
        Class<?> type = value.getClass();
        if (type.isArray()) {
            if (into.putIfAbsent(value, path) != null) {
                return;
            }
            order.add(value);
            if (type.getComponentType().isPrimitive()) {
                return;
            }
            Object[] items = (Object[]) value;
            for (int i = 0; i < items.length; i++) {
                collect(items[i], path + "[" + i + "]", into, order);
            }
        } else if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                collect(component(value, c), path + "." + c.getName() + "()", into, order);
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collect(list.get(i), path + ".get(" + i + ")", into, order);
            }
        }
    }

    /**
     * The arguments' names as the call shows them ({@code "softmax(z)"} gives z); "argument 2" when
     * the call shows values or another number of arguments.
     */
    private static List<String> names(String call, int count) {
        List<String> names = new ArrayList<>();
        int open = call.indexOf('(');
        int close = call.lastIndexOf(')');
        if (open >= 0 && close > open) {
            int depth = 0;
            int start = open + 1;
            for (int i = start; i < close; i++) {
                char c = call.charAt(i);
                if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    depth--;
                } else if (c == ',' && depth == 0) {
                    names.add(call.substring(start, i).trim());
                    start = i + 1;
                }
            }
            names.add(call.substring(start, close).trim());
        }
        boolean named = names.size() == count && names.stream().allMatch(n -> NAME.matcher(n).matches());
        List<String> result = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            result.add(named ? names.get(i) : "argument " + (i + 1));
        }
        return result;
    }

    private static Object component(Object record, RecordComponent component) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component + ": " + e, e);
        }
    }
}
