package nngrader.sandbox.worker;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import nngrader.sandbox.wire.ArgumentArrays;
import nngrader.sandbox.wire.ArgumentChanges;
import nngrader.sandbox.wire.ArrayIds;
import nngrader.sandbox.wire.Handles;
import nngrader.sandbox.wire.Protocol;
import nngrader.sandbox.wire.ReplyArrays;
import nngrader.sandbox.wire.ValueCodec;
import nngrader.sandbox.wire.WireException;

/**
 * Carries out one request: creates a student object or calls a method on one, on the calling
 * thread (the worker's main thread, whose stack is -Xss), and answers with the reply frame.
 */
final class Dispatcher {
    private final JsonFactory json;
    private final ValueCodec values = new ValueCodec();
    private final Replies replies;
    private final HandleTable handles = new HandleTable();
    private final ArrayIds arrayIds = new ArrayIds();
    private final MethodResolver methods;
    private final ClassLoader loader;
    private final OutputCapture output;
    private final PrintStream printed;
    private long current = -1;

    Dispatcher(JsonFactory json, int maxFrameBytes, ClassLoader loader, OutputCapture output, PrintStream printed) {
        this.json = json;
        this.replies = new Replies(json, values, maxFrameBytes);
        this.methods = new MethodResolver(loader);
        this.loader = loader;
        this.output = output;
        this.printed = printed;
    }

    Replies replies() {
        return replies;
    }

    /** The id of the request being handled, for an answer when handling it failed outright. */
    long current() {
        return current;
    }

    byte[] handle(byte[] request) throws IOException {
        long id = -1;
        try (JsonParser in = json.createParser(request)) {
            if (in.nextToken() != JsonToken.START_OBJECT) {
                throw new WireException("a request is a JSON object");
            }
            String op = null;
            String api = null;
            String className = null;
            String method = null;
            long target = 0;
            List<String> params = List.of();
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String field = in.currentName();
                in.nextToken();
                switch (field) {
                    case Protocol.ID -> {
                        id = in.getLongValue();
                        current = id;
                    }
                    case Protocol.OP -> op = in.getText();
                    case Protocol.API -> api = in.getText();
                    case Protocol.CLASS -> className = in.getText();
                    case Protocol.METHOD -> method = in.getText();
                    case Protocol.TARGET -> target = in.getLongValue();
                    case Protocol.PARAMS -> params = strings(in);
                    case Protocol.ARGS -> {
                        return call(id, target, api, method, params, in);
                    }
                    case Protocol.HANDLES -> {
                        return release(id, op, in);
                    }
                    default -> throw new WireException("unknown field " + field);
                }
            }
            if (Protocol.OP_NEW.equals(op)) {
                return create(id, api, className);
            }
            throw new WireException("cannot do " + op);
        } catch (IOException | RuntimeException e) {
            return replies.refused(id, "the worker could not read the request: " + e.getMessage(), output.take());
        }
    }

    private byte[] create(long id, String apiName, String className) throws IOException {
        Class<?> api;
        Class<?> type;
        try {
            api = methods.load(apiName);
            type = methods.load(className);
        } catch (ClassNotFoundException | LinkageError e) {
            return replies.refused(id, "cannot load " + className + ": " + e, output.take());
        }
        if (!api.isAssignableFrom(type)) {
            return replies.refused(id, className + " does not implement " + apiName, output.take());
        }
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            return replies.refused(id, className + " is abstract: it cannot be created", output.take());
        }
        Constructor<?> constructor;
        try {
            constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            return replies.refused(id, className + " has no constructor without parameters", output.take());
        }
        beforeStudentCode();
        Object created;
        try {
            created = constructor.newInstance();
        } catch (InvocationTargetException e) {
            return replies.threw(id, className + ".<init>", e.getCause(), output.take());
        } catch (ExceptionInInitializerError e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return replies.threw(id, className + ".<clinit>", cause, output.take());
        } catch (ReflectiveOperationException | LinkageError e) {
            return replies.threw(id, className + ".<init>", e, output.take());
        }
        return replies.created(id, handles.created(created), output.take());
    }

    private byte[] call(long id, long targetId, String api, String name, List<String> params, JsonParser in)
            throws IOException {
        Method method;
        try {
            method = methods.resolve(api, name, params);
        } catch (ReflectiveOperationException | LinkageError e) {
            return replies.refused(id, "the student's copy of " + api + " has no " + name + params + ": " + e, output.take());
        }
        Object target = handles.get(targetId);
        String call = target.getClass().getName() + "." + name;
        ArgumentArrays argumentArrays = new ArgumentArrays();
        Object[] args = arguments(method, in, argumentArrays);
        Type[] parameterTypes = method.getGenericParameterTypes();
        ArgumentChanges changes = ArgumentChanges.before(values, parameterTypes, args);
        beforeStudentCode();
        Object result;
        try {
            result = method.invoke(target, args);
        } catch (InvocationTargetException e) {
            return replies.threw(id, call, e.getCause(), output.take());
        } catch (IllegalAccessException | IllegalArgumentException e) {
            return replies.refused(id, "cannot call " + call + ": " + e, output.take());
        }
        OutputCapture.Printed printedText = output.take();
        Type type = method.getGenericReturnType();
        return replies.value(id, call, type, result, handles.reply(), ReplyArrays.writer(argumentArrays, arrayIds),
                printedText, parameterTypes, changes.changed(args));
    }

    /** Lets go of handles the grader no longer holds: {@code [[id, count], ...]}, the counts it received. */
    private byte[] release(long id, String op, JsonParser in) throws IOException {
        if (!Protocol.OP_RELEASE.equals(op)) {
            throw new WireException("handles to release, in a request that is not a release");
        }
        if (in.currentToken() != JsonToken.START_ARRAY) {
            throw new WireException("handles is an array");
        }
        while (in.nextToken() == JsonToken.START_ARRAY) {
            if (in.nextToken() != JsonToken.VALUE_NUMBER_INT) {
                throw new WireException("a released handle is [id, count]");
            }
            long handle = in.getLongValue();
            if (in.nextToken() != JsonToken.VALUE_NUMBER_INT) {
                throw new WireException("a released handle is [id, count]");
            }
            long count = in.getLongValue();
            if (in.nextToken() != JsonToken.END_ARRAY) {
                throw new WireException("a released handle is [id, count]");
            }
            handles.release(handle, count);
        }
        if (in.currentToken() != JsonToken.END_ARRAY) {
            throw new WireException("handles is an array of [id, count]");
        }
        return replies.released(id);
    }

    /** Reads the arguments, numbering their arrays in {@code arrays} so that the reply can name them. */
    private Object[] arguments(Method method, JsonParser in, ArgumentArrays arrays) throws IOException {
        if (in.currentToken() != JsonToken.START_ARRAY) {
            throw new WireException("args is an array");
        }
        Type[] types = method.getGenericParameterTypes();
        Object[] args = new Object[types.length];
        Handles numbered = Handles.with(handles, arrays);
        for (int i = 0; i < types.length; i++) {
            in.nextToken();
            args[i] = values.read(in, types[i], numbered);
        }
        if (in.nextToken() != JsonToken.END_ARRAY) {
            throw new WireException("too many arguments for " + method.getName());
        }
        return args;
    }

    /** Undoes what earlier student code may have changed about the calling thread and System.out. */
    private void beforeStudentCode() {
        System.setOut(printed);
        System.setErr(printed);
        Thread.interrupted();
        Thread.currentThread().setContextClassLoader(loader);
    }

    private static List<String> strings(JsonParser in) throws IOException {
        if (in.currentToken() != JsonToken.START_ARRAY) {
            throw new WireException("params is an array");
        }
        List<String> names = new ArrayList<>();
        while (in.nextToken() == JsonToken.VALUE_STRING) {
            names.add(in.getText());
        }
        return names;
    }
}
