package org.hasila.timeline;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.hasila.kernel.Slugged;
import org.hasila.register.claim.AsOfPrecision;
import org.hasila.register.claim.Counting;
import org.hasila.register.claim.Qualifier;
import org.hasila.register.claim.Status;
import org.hasila.support.Fixtures;

/** The seed article's claims as timeline input, each claim's id being its line in the fixture. */
final class SeedArticle {

    private SeedArticle() {
    }

    static List<TimelineClaim> claims(String category, String subject) throws IOException {
        List<TimelineClaim> claims = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(Fixtures.SEED_ARTICLE, StandardCharsets.UTF_8)) {
            long line = 1;
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                line++;
                if (r.get("category").equals(category) && r.get("subject_side").equals(subject)) {
                    claims.add(new TimelineClaim(line, r.get("claimant").hashCode(), r.get("claimant"),
                            blank(r.get("claimant_side")), blank(r.get("item")),
                            Slugged.fromSlug(Qualifier.class, r.get("qualifier")), number(r.get("value")),
                            number(r.get("value_min")), number(r.get("value_max")),
                            Slugged.fromSlug(Counting.class, r.get("counting")), date(r.get("period_start")),
                            date(r.get("period_end")), Slugged.fromSlug(AsOfPrecision.class, r.get("as_of_precision")),
                            date(r.get("stated_on")), Status.REPORTED));
                }
            }
        }
        return claims;
    }

    private static String blank(String value) {
        return value.isEmpty() ? null : value;
    }

    private static Long number(String value) {
        return value.isEmpty() ? null : Long.valueOf(value);
    }

    private static LocalDate date(String value) {
        return value.isEmpty() ? null : LocalDate.parse(value);
    }
}
