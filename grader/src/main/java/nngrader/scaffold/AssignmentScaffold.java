package nngrader.scaffold;

import nngrader.verify.Mutants;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scaffolds a new assignment in an nngrader repository: {@code assignments/<id>/} with
 * {@code assignment.json}, a {@code pom.xml}, a handout stub, a hidden suite with two example tests, the
 * eight mutants {@code grader verify} asks for and a test that runs verify in {@code mvn verify}; and
 * {@code reference/src/main/java/<package>/} with an API interface and a solution holding one marked
 * solution region. Built, it passes {@code grader verify} as it is. It never overwrites: when any of it exists, it
 * writes nothing.
 *
 * <pre>{@code
 * List<Path> written = new AssignmentScaffold().create(Path.of("."), AssignmentNames.of("conv-layers", null));
 * }</pre>
 */
public final class AssignmentScaffold {
    private static final Pattern PARENT_VERSION =
            Pattern.compile("<artifactId>nngrader-parent</artifactId>\\s*<version>([^<\\s]+)</version>");

    /**
     * @return the files written, in the order of {@link #nextSteps}' story
     * @throws ScaffoldException when {@code repo} is not an nngrader repository or something would be overwritten
     */
    public List<Path> create(Path repo, AssignmentNames names) throws ScaffoldException, IOException {
        Path root = repo.toAbsolutePath().normalize();
        String parentVersion = parentVersion(root);
        Path assignment = root.resolve("assignments").resolve(names.id());
        if (Files.exists(assignment)) {
            throw new ScaffoldException("assignments/" + names.id() + " already exists; grader init never overwrites:"
                    + " choose another --assignment or remove that folder");
        }
        Path codePackage = root.resolve("reference/src/main/java").resolve(names.packagePath());
        if (Files.exists(codePackage)) {
            throw new ScaffoldException("reference/src/main/java/" + names.packagePath() + " already exists (another"
                    + " assignment's code?); grader init never overwrites: choose another --package");
        }
        Map<String, String> files = new ScaffoldFiles().render(names, parentVersion);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = root.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            // CREATE_NEW: even a file that appeared since the checks above is never overwritten.
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            written.add(target);
        }
        return written;
    }

    /**
     * What the instructor does next, from the repository's root: the steps to a passing {@code grader verify} of the
     * scaffold as it is, then what to change to make it the assignment, with what each change must keep true.
     */
    public String nextSteps(AssignmentNames names) {
        String dir = "assignments/" + names.id();
        String code = "reference/src/main/java/" + names.packagePath();
        return String.join("\n",
                "Next steps, from the repository's root. The scaffold passes grader verify once built:",
                "  1. Add the module to the root pom.xml, in <modules>: <module>" + dir + "</module>",
                "  2. Build: mvn -B -q -DskipTests package",
                "  3. Regenerate the student template: grader/bin/grader template",
                "  4. Check the suite: grader/bin/grader verify --assignment " + dir,
                "     It passes: the reference earns full marks, the template nothing, and each of the "
                        + ScaffoldFiles.MUTANTS.size() + " mutants in " + dir + "/mutants/ loses points (verify needs at"
                        + " least " + Mutants.MINIMUM + ", each a classic bug that the hidden tests must catch).",
                "     mvn verify runs it too: " + dir + "/src/test/java/" + names.packagePath()
                        + "/examples/VerifyAssignmentTest.java.",
                "Then make it your assignment, with steps 2 to 4 after each change:",
                "  - the API           " + code + "/" + names.name() + "Api.java",
                "  - the solution      " + code + "/" + names.name() + ".java, between // BEGIN SOLUTION and // END SOLUTION",
                "  - hidden tests      " + dir + "/src/main/java/" + names.packagePath() + "/grading/: give each new"
                        + " test the next @Order and @TestNumber, so that no test students have seen is renumbered",
                "  - mutants           " + dir + "/mutants/*.json (the reference plus find/replace edits): replace the"
                        + " relu ones with your assignment's classic bugs, at least " + Mutants.MINIMUM,
                "  - the handout       " + dir + "/handout.md",
                "  - public tests      reference/src/test/java/" + names.packagePath() + "/",
                "  - the Classroom workflow, reference/template/.github/workflows/classroom.yml, and the template's"
                        + " README, reference/template/README.md, do not mention " + names.id() + " yet: add a step per"
                        + " public test class to the one and a section like the other assignments' to the other",
                "  - grade the reference as a student would hand it in: grader/bin/grader grade --assignment " + dir
                        + " --submission reference");
    }

    private static String parentVersion(Path root) throws ScaffoldException, IOException {
        Path pom = root.resolve("pom.xml");
        if (!Files.isDirectory(root.resolve("reference")) || !Files.isRegularFile(pom)) {
            throw new ScaffoldException(root + " is not an nngrader repository (it needs pom.xml and reference/):"
                    + " run grader init at the repository's root or pass --repo DIR");
        }
        Matcher version = PARENT_VERSION.matcher(Files.readString(pom, StandardCharsets.UTF_8));
        if (!version.find()) {
            throw new ScaffoldException(pom + " is not nngrader's parent POM (no artifactId nngrader-parent with a version)");
        }
        return version.group(1);
    }
}
