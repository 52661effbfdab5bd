package nngrader.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * {@code --assignment DIR}, shared by {@code grade} and {@code batch}: batch hands its value to each
 * {@code grade} it starts, so the two must take the same folder. Add it with
 * {@code @Mixin AssignmentFolderOption assignment;} and read {@code assignment.folder}.
 * ({@code verify} and {@code package} take the same folder but say more about what it must hold;
 * {@code init}'s {@code --assignment} is the id of an assignment that does not exist yet.)
 */
final class AssignmentFolderOption {

    @Option(names = "--assignment", required = true, paramLabel = "DIR",
            description = "the assignment folder (holds assignment.json)")
    Path folder;
}
