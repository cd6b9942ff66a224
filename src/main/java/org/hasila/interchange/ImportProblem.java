package org.hasila.interchange;

/** One thing wrong with an imported file: where (line and column, when known) and why, in plain words. */
public record ImportProblem(long line, String column, String reason) {

    static ImportProblem ofFile(String reason) {
        return new ImportProblem(0, null, reason);
    }
}
