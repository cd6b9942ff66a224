package org.hasila.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated first password goes to a file its owner alone reads, and never into the log line. */
class FirstEditorTest {

    @TempDir
    Path data;

    @Test
    void aGeneratedPasswordIsWrittenForTheOwnerOnlyAndNotLogged() throws IOException {
        Path file = data.resolve("data/admin-password.txt");
        String password = "generated-7Qx2Lr9Vw4Pz8Ks";

        String logLine = FirstEditor.keepPassword(file, password);

        assertEquals(password + "\n", Files.readString(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertFalse(logLine.contains(password), logLine);
        assertTrue(logLine.contains(file.toAbsolutePath().toString()), logLine);
    }

    @Test
    void anOlderFileIsReplacedWithOwnerOnlyPermissions() throws IOException {
        Path file = data.resolve("admin-password.txt");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        FirstEditor.keepPassword(file, "new-password-4Hk8Tq");

        assertEquals("new-password-4Hk8Tq\n", Files.readString(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }
}
