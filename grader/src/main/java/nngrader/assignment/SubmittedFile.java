package nngrader.assignment;

/**
 * One file the student hands in, as {@code assignment.json} lists it under {@code submit}.
 *
 * @param file               path below the source root, e.g. {@code nn/softmax/Softmax.java}
 * @param className          the class in it that the hidden tests use, e.g. {@code nn.softmax.Softmax}
 * @param implementsInterface the API interface that class implements, e.g. {@code nn.softmax.SoftmaxRegression}
 */
public record SubmittedFile(String file, String className, String implementsInterface) {

    /** The bare file name, e.g. {@code Softmax.java}. */
    public String fileName() {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? file : file.substring(slash + 1);
    }

    /** The package the file must declare, e.g. {@code nn.softmax} (empty for the default package). */
    public String packageName() {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }
}
