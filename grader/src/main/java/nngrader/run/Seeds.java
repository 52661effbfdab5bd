package nngrader.run;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Seeds for randomized hidden tests: a function of the submission's code (its fingerprint, or a seed
 * sweep's seed in its place) and the test, so a student cannot hard-code answers and a rerun of the
 * same code draws the same inputs.
 */
final class Seeds {
    private Seeds() {
    }

    static long forTest(String submissionFingerprint, String testClass, String testMethod, int parameterIndex) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String key = submissionFingerprint + "\n" + testClass + "#" + testMethod + "#" + parameterIndex;
            return ByteBuffer.wrap(sha.digest(key.getBytes(StandardCharsets.UTF_8))).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
