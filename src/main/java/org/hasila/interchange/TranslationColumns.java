package org.hasila.interchange;

import static org.hasila.register.claim.ClaimFields.TRANSLATION;
import static org.hasila.register.claim.ClaimFields.TRANSLATION_INTO;
import static org.hasila.register.claim.ClaimFields.translationInto;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.hasila.register.source.ClaimSource;
import org.hasila.web.Languages;

/**
 * The columns of a quote's translations into the site's languages other than English, {@code translation@ar}
 * (docs/claims-csv.md): optional, each naming a language the site speaks; {@code translation} stays the English one.
 */
final class TranslationColumns {

    private TranslationColumns() {
    }

    static boolean isOne(String column) {
        return column.startsWith(TRANSLATION_INTO);
    }

    /** The languages of the header's translation columns; each column naming no other language of the site is a problem. */
    static List<String> languages(List<String> header, Languages site, Consumer<String> problems) {
        List<String> languages = new ArrayList<>();
        for (String column : header) {
            if (!isOne(column)) {
                continue;
            }
            String language = column.substring(TRANSLATION_INTO.length());
            if (language.equals(ClaimSource.ENGLISH)) {
                problems.accept("Column '" + column + "': the English translation is the column " + TRANSLATION);
            } else if (!site.speaks(language)) {
                problems.accept("Column '" + ClaimImporter.shorten(column)
                        + "' names a language Hasila does not speak. The columns of a quote's translations are: "
                        + String.join(", ", site.all().stream().map(msg -> translationInto(msg.lang())).toList()));
            } else {
                languages.add(language);
            }
        }
        return languages;
    }

    /** The header with a column for each of these languages right after the English translation. */
    static List<String> header(List<String> columns, List<String> languages) {
        List<String> header = new ArrayList<>(columns);
        header.addAll(header.indexOf(TRANSLATION) + 1, languages.stream().map(l -> translationInto(l)).toList());
        return header;
    }
}
