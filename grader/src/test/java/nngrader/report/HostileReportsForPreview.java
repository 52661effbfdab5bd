package nngrader.report;

import nngrader.assignment.Feedback;

/** A hostile report's Gradescope results, for tests outside this package (the preview's). */
public final class HostileReportsForPreview {
    private HostileReportsForPreview() {
    }

    /** {@link HostileReports#everyTextHostile} in HTML, with a real PNG for its plot. */
    public static byte[] gradescopeJson() throws Exception {
        return new GradescopeResults(new SolidPainter(24)).bytes(HostileReports.everyTextHostile(Feedback.Format.HTML));
    }
}
