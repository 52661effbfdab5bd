package nngrader.batch;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** What went wrong with a file, in words for the user: {@code java.nio}'s exceptions carry only a path. */
public final class IoProblem {
    private IoProblem() {
    }

    public static String describe(IOException e) {
        if (e instanceof FileSystemException f && f.getFile() != null) {
            String file = f.getFile();
            if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
                return file + " is a file, not a folder";
            }
            if (e instanceof AccessDeniedException) {
                return "permission denied on " + file;
            }
            if (e instanceof NoSuchFileException) {
                return file + " does not exist";
            }
            return f.getReason() == null ? "cannot use " + file : file + ": " + f.getReason();
        }
        return e.getMessage() == null ? "an I/O error (" + e.getClass().getSimpleName() + ")" : e.getMessage();
    }
}
