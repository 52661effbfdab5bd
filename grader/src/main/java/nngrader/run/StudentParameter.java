package nngrader.run;

import nngrader.api.Student;
import nngrader.assignment.SubmittedFile;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Resolves a {@link Student} parameter: a proxy whose calls go to the student's class in the worker, or,
 * when that file did not compile, one whose every call fails with the compiler's errors.
 */
public final class StudentParameter implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.isAnnotated(Student.class) && Session.of(context) != null;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Session session = Session.required(context);
        Class<?> api = ApiParameters.apiInterface(parameter, "@Student");
        SubmittedFile file = ApiParameters.fileImplementing(session, api);
        TestRecord record = TestRecords.of(context);
        record.usedStudentClass(file.className());
        String errors = session.notCompiled.get(file.className());
        if (errors != null) {
            return NotCompiled.proxy(api, file, errors);
        }
        return session.students.instantiate(api, file.className(), record);
    }
}
