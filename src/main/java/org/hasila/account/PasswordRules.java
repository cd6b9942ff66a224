package org.hasila.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a password of an account must be: long enough, within what bcrypt reads, and not easy to guess. Every
 * place that sets a password (a new account, a change, the first editor) asks here.
 */
final class PasswordRules {

    static final int MIN_CHARACTERS = 12;
    /** bcrypt reads the first 72 bytes of a password and ignores the rest, so a longer one is refused, not cut. */
    static final int MAX_BYTES = 72;

    /** Why a password is refused. */
    enum Refusal {
        TOO_SHORT,
        TOO_LONG,
        EASY_TO_GUESS,
        CONTAINS_USERNAME
    }

    /** Runs of keys that people type as passwords, read forwards or backwards; digits go round (…8901234…). */
    private static final List<String> RUNS = List.of("abcdefghijklmnopqrstuvwxyz", "01234567890123456789",
            "qwertyuiopasdfghjklzxcvbnm", "azertyuiopqsdfghjklmwxcvbn", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p");
    private static final Set<String> COMMON = readCommon();

    private PasswordRules() {
    }

    /** The reason to refuse {@code password} for the account {@code username}, if any. */
    static Optional<Refusal> refusal(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_CHARACTERS) {
            return Optional.of(Refusal.TOO_SHORT);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(Refusal.TOO_LONG);
        }
        String typed = password.strip().toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 2 && typed.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of(Refusal.CONTAINS_USERNAME);
        }
        if (typed.isEmpty() || isRepeated(typed) || isRun(typed) || isCommon(typed)) {
            return Optional.of(Refusal.EASY_TO_GUESS);
        }
        return Optional.empty();
    }

    /** A few characters over and over: {@code aaaaaaaaaaaa}, {@code abababababab}, {@code 123123123123}. */
    private static boolean isRepeated(String typed) {
        for (int unit = 1; unit <= 4 && unit * 2 <= typed.length(); unit++) {
            if (typed.equals(typed.substring(0, unit).repeat(typed.length() / unit)
                    + typed.substring(0, typed.length() % unit))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRun(String typed) {
        String reversed = new StringBuilder(typed).reverse().toString();
        return RUNS.stream().anyMatch(run -> run.contains(typed) || run.contains(reversed));
    }

    /** A common password, repeated, or with only digits and signs around it ({@code password1234}). */
    private static boolean isCommon(String typed) {
        String core = typed.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        return COMMON.contains(typed) || COMMON.contains(core) || (!core.isEmpty() && isRepeatOfCommon(core));
    }

    private static boolean isRepeatOfCommon(String core) {
        for (int unit = 4; unit * 2 <= core.length(); unit++) {
            if (core.length() % unit == 0 && core.equals(core.substring(0, unit).repeat(core.length() / unit))
                    && COMMON.contains(core.substring(0, unit))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> readCommon() {
        try (InputStream in = PasswordRules.class.getResourceAsStream("/account/common-passwords.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
