package org.hasila.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.io.TempDir;

/** Without Chromium the browser tests are skipped with what to install, or fail when CI requires them. */
class ChromiumInstalledTest {

    @TempDir
    Path directory;

    @Test
    void withoutChromiumTheBrowserTestsAreSkippedSayingWhatToInstall() {
        Path missing = directory.resolve("chromium");
        ConditionEvaluationResult result = ChromiumInstalled.evaluate(missing, false);
        assertTrue(result.isDisabled());
        assertEquals("SKIPPED browser tests: " + missing + " not found. Install Debian's Chromium "
                + "(apt-get install chromium fonts-noto-core) to run them; .ci/run requires them.",
                result.getReason().orElseThrow());
    }

    @Test
    void withoutChromiumRequiredBrowserTestsFail() {
        Path missing = directory.resolve("chromium");
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> ChromiumInstalled.evaluate(missing, true));
        assertTrue(failure.getMessage().contains(missing + " is not found"), failure.getMessage());
        assertTrue(failure.getMessage().endsWith("apt-get install chromium fonts-noto-core"), failure.getMessage());
    }

    @Test
    void aChromiumThatIsNotExecutableIsMissing() throws IOException {
        Path unusable = Files.createFile(directory.resolve("chromium"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
        assertTrue(ChromiumInstalled.evaluate(unusable, false).isDisabled());
        assertThrows(IllegalStateException.class, () -> ChromiumInstalled.evaluate(unusable, true));
    }

    @Test
    void withChromiumTheBrowserTestsRunWhetherRequiredOrNot() throws IOException {
        Path installed = Files.createFile(directory.resolve("chromium"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        assertFalse(ChromiumInstalled.evaluate(installed, false).isDisabled());
        assertFalse(ChromiumInstalled.evaluate(installed, true).isDisabled());
    }

    @Test
    void thePropertyOrTheEnvironmentRequiresThem() {
        assertFalse(ChromiumInstalled.required(null, null));
        assertFalse(ChromiumInstalled.required("optional", ""));
        assertTrue(ChromiumInstalled.required("required", null));
        assertTrue(ChromiumInstalled.required("optional", "required"));
        assertTrue(ChromiumInstalled.required(null, "required"));
    }

    @Test
    void aMisspeltModeIsRefusedRatherThanReadAsOptional() {
        assertThrows(IllegalArgumentException.class, () -> ChromiumInstalled.required("requried", null));
        assertThrows(IllegalArgumentException.class, () -> ChromiumInstalled.required("optional", "Required"));
    }
}
