package org.hasila.browser;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Browser tests run where Chromium is installed. Elsewhere, such as a fresh clone with only Java 17, they are skipped
 * before Quarkus starts for them, with one line a run that says what to install; unless they are required
 * (hasila.browser-tests=required or HASILA_BROWSER_TESTS=required, as in .ci/run), then a missing Chromium fails
 * them. A Chromium that is there but does not start is never skipped: its tests fail.
 */
final class ChromiumInstalled implements ExecutionCondition {

    static final String INSTALL = "apt-get install chromium fonts-noto-core";
    private static final ExtensionContext.Namespace RUN = ExtensionContext.Namespace.create(ChromiumInstalled.class.getName());

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        ConditionEvaluationResult result = evaluate(Chromium.EXECUTABLE,
                required(System.getProperty("hasila.browser-tests"), System.getenv("HASILA_BROWSER_TESTS")));
        if (result.isDisabled()) {
            // The root store lasts the whole run, so the line is said once, not once for each browser test class
            context.getRoot().getStore(RUN).computeIfAbsent("skip said", key -> {
                System.err.println(result.getReason().orElseThrow());
                return true;
            });
        }
        return result;
    }

    static ConditionEvaluationResult evaluate(Path chromium, boolean required) {
        if (Files.isExecutable(chromium)) {
            return ConditionEvaluationResult.enabled(chromium + " is installed");
        }
        if (required) {
            throw new IllegalStateException("Browser tests are required (hasila.browser-tests=required) but " + chromium
                    + " is not found or not executable. Install Debian's Chromium: " + INSTALL);
        }
        return ConditionEvaluationResult.disabled("SKIPPED browser tests: " + chromium
                + " not found. Install Debian's Chromium (" + INSTALL + ") to run them; .ci/run requires them.");
    }

    /** Either the system property or the environment variable can require the browser tests. */
    static boolean required(String property, String environment) {
        boolean required = false;
        for (String mode : new String[] { property, environment }) {
            if (mode == null || mode.isEmpty() || mode.equals("optional")) {
                continue;
            }
            if (!mode.equals("required")) {
                // A misspelt "required" must not quietly let CI pass without the browser tests
                throw new IllegalArgumentException("hasila.browser-tests is \"" + mode + "\": optional or required");
            }
            required = true;
        }
        return required;
    }
}
