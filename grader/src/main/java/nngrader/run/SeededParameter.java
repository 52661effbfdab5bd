package nngrader.run;

import nngrader.api.Seeded;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.support.TypeBasedParameterResolver;

/**
 * Resolves a test's {@link Seeded} parameter: random inputs seeded from the submission's code (or a sweep's
 * seed), the test and the parameter's position, so a rerun draws the same inputs and another submission others.
 */
public final class SeededParameter extends TypeBasedParameterResolver<Seeded> {
    @Override
    public Seeded resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Session session = Session.required(context);
        return new Seeded(Seeds.forTest(session.fingerprint, context.getRequiredTestClass().getName(),
                context.getRequiredTestMethod().getName(), parameter.getIndex()));
    }
}
