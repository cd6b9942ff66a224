package org.hasila.reader;

import org.hasila.support.Api;
import org.hasila.support.Database;

/**
 * What the reader's site is tested against: the seed article, published, and drafts that readers must never
 * see. Every name, quote and outlet of the drafts carries {@value #HIDDEN}.
 */
final class ReaderData {

    static final String HIDDEN = "ZQXdraft";
    static final String CONFLICT = "2020-nagorno-karabakh-war";
    static final String PROSECUTOR = "Prosecutor General's Office of Azerbaijan";
    static final String DEFENCE = "Ministry of Defence of Azerbaijan";

    private ReaderData() {
    }

    static void load(Database database) {
        Api.onlyTheSeedArticle(database);
        // A draft in a conflict of its own, and a draft by a new claimant in the seed article's conflict
        Api.importCsv(Api.csv(
                String.join(",", "Hidden war " + HIDDEN, "Hidden claimant " + HIDDEN, "Hidden side " + HIDDEN,
                        "Hidden side " + HIDDEN, "", "civilians-killed", "", "exact", "999", "", "", "cumulative", "",
                        "2020-10-20", "exact", "", "Hidden outlet " + HIDDEN, "Hidden title " + HIDDEN,
                        "https://example.org/" + HIDDEN, "2020-10-20", "en", "hidden quote " + HIDDEN, "", ""),
                String.join(",", "2020 Nagorno-Karabakh war", "Draft claimant " + HIDDEN, "Armenia", "Azerbaijan",
                        "", "civilians-killed", "", "exact", "4242", "", "", "cumulative", "", "2020-10-21", "exact",
                        "", "Draft outlet " + HIDDEN, "", "", "2020-10-21", "en", "draft quote " + HIDDEN, "", "")),
                "").statusCode(201);
    }
}
