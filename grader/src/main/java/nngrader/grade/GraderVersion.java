package nngrader.grade;

/** The grader's version, from its jar's manifest ({@code Implementation-Version}), for the results' records. */
public final class GraderVersion {
    private GraderVersion() {
    }

    /** E.g. {@code "nngrader 0.1.0-SNAPSHOT"}; {@code "nngrader (classes, not a jar)"} when run from a build folder. */
    public static String text() {
        String version = GraderVersion.class.getPackage().getImplementationVersion();
        return "nngrader " + (version == null ? "(classes, not a jar)" : version);
    }
}
