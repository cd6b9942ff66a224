import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;

/**
 * Writes a realistic claims CSV (version 1) to standard output: conflicts that last months, claimants that speak
 * for a side or are independent, cumulative tolls that rise with the odd correction, increments, every qualifier
 * and date precision, articles that each hold several claims, quotes in Arabic and English.
 *
 * java bench/GenerateClaims.java ROWS [CONFLICTS] [CLAIMANTS] [SEED] > claims.csv
 */
public class GenerateClaims {

    static final String[] CATEGORIES = { "civilians-killed", "civilians-injured", "soldiers-killed", "soldiers-injured",
            "people-killed", "people-missing", "people-captured", "buildings-damaged", "buildings-destroyed",
            "equipment-destroyed", "equipment-damaged", "equipment-captured", "aircraft-downed" };
    static final String[] ITEMS = { "", "", "", "tank T-72", "MLRS BM-21 Grad", "howitzer D-30", "private house",
            "drone Bayraktar TB2" };
    static final String[] QUALIFIERS = { "exact", "exact", "exact", "exact", "at-least", "at-least", "about", "at-most",
            "range", "unspecified" };
    static final String[] PRECISIONS = { "exact", "exact", "exact", "exact", "exact", "on-or-before", "approximate" };
    static final String[] LANGUAGES = { "ar", "en", "ru", "uk", "az", "hy" };

    public static void main(String[] args) throws IOException {
        int rows = Integer.parseInt(args[0]);
        int conflicts = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int claimants = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        Random random = new Random(args.length > 3 ? Long.parseLong(args[3]) : 2020);
        LocalDate[] starts = new LocalDate[conflicts];
        for (int c = 0; c < conflicts; c++) {
            starts[c] = LocalDate.of(2000 + random.nextInt(25), 1 + random.nextInt(12), 1 + random.nextInt(28));
        }
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
            out.write("conflict,claimant,claimant_side,subject_side,caused_by,category,item,qualifier,value,value_min,"
                    + "value_max,counting,period_start,period_end,as_of_precision,stated_on,source_outlet,source_title,"
                    + "source_url,source_published_on,source_language,quote,translation,notes\r\n");
            int article = 0;
            for (int i = 0; i < rows; i++) {
                if (i % 5 == 0) {
                    article++;
                }
                int conflict = (article * 7) % conflicts;
                // Each claimant works on one conflict and speaks for one of its two sides, or for none.
                int claimant = (conflict + conflicts * random.nextInt(Math.max(1, claimants / conflicts))) % claimants;
                int side = claimant % 3;
                String partyA = "Party " + conflict + "A";
                String partyB = "Party " + conflict + "B";
                String claimantSide = side == 0 ? partyA : side == 1 ? partyB : "";
                String subject = random.nextBoolean() ? partyA : partyB;
                String causedBy = subject.equals(partyA) ? partyB : partyA;
                int day = i / Math.max(1, rows / 2000) + random.nextInt(3);
                LocalDate end = starts[conflict].plusDays(day);
                boolean cumulative = random.nextInt(4) != 0;
                LocalDate start = cumulative ? starts[conflict] : end.minusDays(1);
                String qualifier = QUALIFIERS[random.nextInt(QUALIFIERS.length)];
                long base = cumulative ? 10L * day + random.nextInt(40) : random.nextInt(12);
                String value = "", min = "", max = "";
                switch (qualifier) {
                    case "range" -> {
                        min = String.valueOf(base);
                        max = String.valueOf(base + 1 + random.nextInt(20));
                    }
                    case "unspecified" -> { }
                    default -> value = String.valueOf(base);
                }
                String language = LANGUAGES[article % LANGUAGES.length];
                String quote = language.equals("ar")
                        ? "وأعلنت الجهة عن مقتل " + base + " مدنيا، وفق البيان رقم " + i + "."
                        : "The statement put the toll at " + base + ", \"as of today\" (statement " + i + ").";
                out.write(String.join(",", "Conflict " + conflict, "Claimant " + claimant, claimantSide, subject,
                        random.nextInt(3) == 0 ? "" : causedBy, CATEGORIES[random.nextInt(CATEGORIES.length)],
                        ITEMS[random.nextInt(ITEMS.length)], qualifier, value, min, max,
                        cumulative ? "cumulative" : "incremental", random.nextInt(5) == 0 ? "" : start.toString(),
                        end.toString(), PRECISIONS[random.nextInt(PRECISIONS.length)],
                        random.nextBoolean() ? end.toString() : "", "Outlet " + (article % 150),
                        "\"Report " + article + ", with a comma\"", "https://example.org/articles/" + article,
                        end.plusDays(random.nextInt(2)).toString(), language, csv(quote),
                        language.equals("ar") ? csv("The body reported " + base + " killed (statement " + i + ").") : "",
                        i % 11 == 0 ? "Generated for benchmarks" : ""));
                out.write("\r\n");
            }
        }
    }

    static String csv(String field) {
        return "\"" + field.replace("\"", "\"\"") + "\"";
    }
}
