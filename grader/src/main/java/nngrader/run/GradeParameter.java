package nngrader.run;

import nngrader.api.Grade;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.support.TypeBasedParameterResolver;

/** Resolves a test's {@link Grade} parameter: its own record, through which it sets credit, notes and a leaderboard value. */
public final class GradeParameter extends TypeBasedParameterResolver<Grade> {
    @Override
    public Grade resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Session.required(context);
        return TestRecords.of(context);
    }
}
