package nngrader.run;

import nngrader.assignment.SubmittedFile;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/** What {@link StudentParameter} and {@link ReferenceParameter} share: the submitted file behind an API interface. */
final class ApiParameters {
    private ApiParameters() {
    }

    static Class<?> apiInterface(ParameterContext parameter, String annotation) {
        Class<?> type = parameter.getParameter().getType();
        if (!type.isInterface()) {
            throw new ParameterResolutionException(annotation + " parameters must be API interfaces, "
                    + "but " + parameter.getParameter() + " is a " + type.getName());
        }
        return type;
    }

    static SubmittedFile fileImplementing(Session session, Class<?> api) {
        return session.assignment.implementationOf(api.getName()).orElseThrow(() ->
                new ParameterResolutionException("assignment.json lists no submitted class implementing " + api.getName()));
    }
}
