package org.hasila.kernel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * A moment a reader asks to see the public record at ({@code at=}): an ISO date, meaning the end of that day UTC,
 * or an instant with its offset ({@code 2020-10-20T09:00:00Z}). {@code text} is how links write it again.
 */
public record Moment(Instant instant, LocalDate day, String text) {

    /** Why an {@code at=} is refused: it is no date or instant, or it names a moment still to come. */
    public enum Refusal {
        UNREADABLE,
        FUTURE
    }

    /** An {@code at=} that names no moment of the past or present. */
    public static final class Refused extends RuntimeException {

        private final Refusal refusal;

        Refused(Refusal refusal) {
            super(refusal.name(), null, false, false);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    /**
     * A transaction in flight may still write a revision stamped a little before now; a moment older than this has
     * seen every revision it ever will, so what it shows can never change.
     */
    private static final long SETTLED_SECONDS = 60;

    /** The moment {@code text} names, or null when there is none; {@link Refused} when it names none readable. */
    public static Moment read(String text, Instant now) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String written = text.strip();
        Moment moment;
        try {
            if (written.length() == 10) {
                moment = ofDay(LocalDate.parse(written));
            } else {
                Instant instant = OffsetDateTime.parse(written).toInstant();
                moment = new Moment(instant, instant.atOffset(ZoneOffset.UTC).toLocalDate(), instant.toString());
            }
        } catch (DateTimeParseException e) {
            throw new Refused(Refusal.UNREADABLE);
        }
        if (moment.day.isAfter(now.atOffset(ZoneOffset.UTC).toLocalDate())
                || (moment.text.length() > 10 && moment.instant.isAfter(now))) {
            throw new Refused(Refusal.FUTURE);
        }
        return moment;
    }

    /** The moment of an instant, as a pinned link writes it. */
    public static Moment of(Instant instant) {
        return new Moment(instant, instant.atOffset(ZoneOffset.UTC).toLocalDate(), instant.toString());
    }

    /** The end of a day (UTC), as a link to a day's state writes it. */
    public static Moment ofDay(LocalDate day) {
        return new Moment(day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1), day, day.toString());
    }

    /** Whether what this moment shows can no longer change: it is over, and so are the transactions before it. */
    public boolean settled(Instant now) {
        return instant.isBefore(now.minusSeconds(SETTLED_SECONDS));
    }

    /** Whether it names a whole day rather than an instant. */
    public boolean wholeDay() {
        return text.length() == 10;
    }
}
