package nngrader.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The bundle's two scripts, {@code setup.sh} and {@code run_autograder}, from the templates next to
 * this class, with the bundle's layout and the sandbox user's name filled in, and LF line endings
 * whatever the checkout did to them (bash stops at a stray CR).
 */
final class BundleScripts {
    private BundleScripts() {
    }

    /** @param values each {@code @NAME@} in the template and its value */
    static byte[] of(String script, Map<String, String> values) throws IOException {
        try (InputStream in = BundleScripts.class.getResourceAsStream(script)) {
            if (in == null) {
                throw new IOException("the grader's jar lacks the script template " + script);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r", "");
            for (Map.Entry<String, String> v : values.entrySet()) {
                text = text.replace("@" + v.getKey() + "@", v.getValue());
            }
            if (text.matches("(?s).*@[A-Z_]+@.*")) {
                throw new IOException(script + " has a placeholder that nothing fills in");
            }
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }
}
