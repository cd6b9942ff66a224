package org.hasila.desk;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;
import org.hasila.interchange.RowReader;

/**
 * What a desk form sent, by field name: only the fields the form has are kept, never anything else (no mass
 * assignment). Field names are the columns of claims CSV, so the importer's rules check them.
 */
public final class DeskForm implements RowReader.Fields {

    static final List<String> SOURCE_FIELDS = List.of("source_outlet", "source_title", "source_url",
            "source_published_on", "source_language");
    static final List<String> CLAIM_FIELDS = List.of("conflict", "claimant", "claimant_side", "subject_side",
            "caused_by", "category", "item", "qualifier", "value", "value_min", "value_max", "counting", "period_start",
            "period_end", "as_of_precision", "stated_on", "quote", "translation", "notes", "version", "reason",
            "confirm_duplicate");

    private final Map<String, String> values = new HashMap<>();

    public static DeskForm of(MultivaluedMap<String, String> sent, List<String> fields) {
        DeskForm form = new DeskForm();
        fields.forEach(field -> {
            String value = sent == null ? null : sent.getFirst(field);
            if (value != null) {
                form.values.put(field, value);
            }
        });
        return form;
    }

    /**
     * The form as the qualifier reads it: the figure fields the chosen qualifier does not use are hidden on the
     * page, so whatever they still hold is ignored rather than refused.
     */
    DeskForm figureForQualifier() {
        DeskForm read = new DeskForm();
        read.values.putAll(values);
        String qualifier = values.get("qualifier");
        if ("range".equals(qualifier)) {
            read.values.remove("value");
        } else if ("unspecified".equals(qualifier)) {
            read.values.remove("value");
            read.values.remove("value_min");
            read.values.remove("value_max");
        } else if (qualifier != null) {
            read.values.remove("value_min");
            read.values.remove("value_max");
        }
        return read;
    }

    public static DeskForm empty() {
        return new DeskForm();
    }

    @Override
    public String get(String field) {
        return values.get(field);
    }

    /** The value as typed, or empty, to fill the form in again. */
    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public DeskForm set(String field, Object value) {
        if (value != null) {
            values.put(field, value.toString());
        }
        return this;
    }

    public boolean checked(String field) {
        return "true".equals(values.get(field));
    }
}
