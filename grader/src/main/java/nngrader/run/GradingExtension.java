package nngrader.run;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Connects hidden tests to a grading run: starts each test's clock with its limit (shortened after
 * repeated timeouts, see {@link AdaptiveDeadlines}), and stops running tests once the run's time
 * budget is spent (or, for verify's mutants, once a test lost points). The parameters come from
 * {@link StudentParameter}, {@link ReferenceParameter}, {@link GradeParameter} and {@link SeededParameter}.
 * All are registered through JUnit's extension auto-detection, which only {@link SuiteRunner} turns
 * on; outside a run they do nothing.
 */
public final class GradingExtension implements BeforeEachCallback, ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Session session = Session.of(context);
        if (session != null && context.getTestMethod().isPresent() && session.budgetExhausted()) {
            return ConditionEvaluationResult.disabled(OutcomeCollector.BUDGET_EXHAUSTED);
        }
        if (session != null && context.getTestMethod().isPresent() && session.stopped()) {
            return ConditionEvaluationResult.disabled(OutcomeCollector.STOPPED);
        }
        return ConditionEvaluationResult.enabled("within the time budget");
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        TestRecords.of(context);
    }
}
