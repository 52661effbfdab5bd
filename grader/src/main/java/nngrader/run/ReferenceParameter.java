package nngrader.run;

import nngrader.api.Reference;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/** Resolves a {@link Reference} parameter: a new instance of the reference class, here in the grader's JVM. */
public final class ReferenceParameter implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.isAnnotated(Reference.class) && Session.of(context) != null;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Session session = Session.required(context);
        Class<?> api = ApiParameters.apiInterface(parameter, "@Reference");
        String className = ApiParameters.fileImplementing(session, api).className();
        try {
            Class<?> impl = Class.forName(className, true, session.suiteLoader);
            return api.cast(impl.getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
            throw new ParameterResolutionException("cannot create the reference " + className + ": " + e, e);
        }
    }
}
