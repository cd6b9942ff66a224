package org.hasila.interchange;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.commons.csv.CSVPrinter;
import org.hasila.interchange.ExportedClaim.ExportedSource;
import org.hasila.kernel.Names;
import org.hasila.kernel.SpreadsheetCsv;
import org.hasila.register.claim.Claim;
import org.hasila.register.claim.ClaimFields;
import org.hasila.register.name.NameKind;
import org.hasila.register.name.Translations;
import org.hasila.register.source.ClaimSource;
import org.hasila.web.Languages;
import org.hasila.web.Msg;

/**
 * Writes published claims as claims CSV version 1 or as JSON, a page of claims at a time, each page read in
 * its own short transaction: a million claims never sit in memory together.
 */
@ApplicationScoped
public class ClaimExporter {

    private static final int PAGE_SIZE = 500;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    Translations translations;

    @Inject
    Languages languages;

    /**
     * Where each name column's value is among exported claims, to learn which {@code column@language} columns some
     * claim has a form for.
     */
    private static final Map<String, String> NAME_PATHS = Map.of(ClaimFields.CONFLICT, "c.conflict.nameKey",
            ClaimFields.CLAIMANT, "c.claimant.nameKey", ClaimFields.CLAIMANT_SIDE, "c.claimant.party.nameKey",
            ClaimFields.SUBJECT_SIDE, "c.subjectParty.nameKey", ClaimFields.CAUSED_BY, "c.causedByParty.nameKey",
            ClaimFields.ITEM, "c.item", ClaimFields.SOURCE_OUTLET, "cs.source.outlet");

    /** One CSV row for each source a claim was read in, in the order of claim and link ids. */
    public void writeCsv(Long conflictId, OutputStream out) throws IOException {
        BufferedWriter writer = writer(out);
        try (CSVPrinter printer = new CSVPrinter(writer, ClaimsCsv.FORMAT)) {
            printRows(conflictId, printer, UnaryOperator.identity());
        }
    }

    /**
     * The rows of {@link #writeCsv} for people who open them in a spreadsheet: no cell runs as a formula. Not for
     * importing: a neutralised cell keeps the single quote put in front of it.
     */
    public void writeSpreadsheetCsv(Long conflictId, OutputStream out) throws IOException {
        BufferedWriter writer = writer(out);
        try (CSVPrinter printer = SpreadsheetCsv.printer(writer)) {
            printRows(conflictId, printer, SpreadsheetCsv::cell);
        }
    }

    private static BufferedWriter writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 65_536);
    }

    private void printRows(Long conflictId, CSVPrinter printer, UnaryOperator<Object> cell) throws IOException {
        Map<NameKind, Map<String, Map<String, String>>> forms = QuarkusTransaction.requiringNew()
                .call(translations::all);
        List<ClaimsCsv.InLanguage> inLanguages = forms.isEmpty() ? List.of()
                : QuarkusTransaction.requiringNew().call(() -> inLanguagesUsed(conflictId, forms));
        List<String> translatedInto = QuarkusTransaction.requiringNew().call(() -> translatedInto(conflictId));
        List<String> header = TranslationColumns.header(ClaimsCsv.COLUMNS, translatedInto);
        boolean evidence = QuarkusTransaction.requiringNew().call(() -> anyEvidence(conflictId));
        if (evidence) {
            ClaimsCsv.addEvidence(header, ClaimsCsv.EVIDENCE);
        }
        inLanguages.forEach(column -> header.add(column.header()));
        printer.printRecord(header);
        forEachPublished(conflictId, claim -> claim.sources().forEach(source -> {
            try {
                // The columns of names all come before the translations', so their places are the same.
                List<Object> record = new ArrayList<>(csvRecord(claim, source, translatedInto));
                if (evidence) {
                    ClaimsCsv.addEvidence(record, java.util.Arrays.asList(source.archiveUrl(), source.capturedText()));
                }
                for (ClaimsCsv.InLanguage column : inLanguages) {
                    Object name = record.get(ClaimsCsv.COLUMNS.indexOf(column.column()));
                    record.add(name == null ? null
                            : forms.getOrDefault(ClaimsCsv.NAME_KINDS.get(column.column()),
                                    Map.of()).getOrDefault(Names.key(name.toString()), Map.of()).get(column.language()));
                }
                printer.printRecord(record.stream().map(cell));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    /** Whether some source an exported claim cites has evidence: then, and only then, the evidence's columns. */
    private boolean anyEvidence(Long conflictId) {
        var query = em.createQuery("""
                select cs.id from ClaimSource cs where cs.claim.published = true
                and (cs.source.archiveUrl is not null or cs.source.capturedText is not null)"""
                + (conflictId == null ? "" : " and cs.claim.conflict.id = :conflict"), Long.class);
        if (conflictId != null) {
            query.setParameter("conflict", conflictId);
        }
        return !query.setMaxResults(1).getResultList().isEmpty();
    }

    /** The languages other than English that some exported claim's quote is translated into: their columns only. */
    private List<String> translatedInto(Long conflictId) {
        var query = em.createQuery("""
                select distinct t.language from QuoteTranslation t where t.claimSource.claim.published = true"""
                + (conflictId == null ? "" : " and t.claimSource.claim.conflict.id = :conflict") + " order by t.language",
                String.class);
        if (conflictId != null) {
            query.setParameter("conflict", conflictId);
        }
        return query.getResultList();
    }

    private static List<Object> csvRecord(ExportedClaim claim, ExportedSource source, List<String> translatedInto) {
        List<Object> record = new ArrayList<>(csvRecord(claim, source));
        int after = ClaimsCsv.COLUMNS.indexOf(ClaimFields.TRANSLATION) + 1;
        record.addAll(after, translatedInto.stream().map(language -> source.translations().get(language)).toList());
        return record;
    }

    private static List<Object> csvRecord(ExportedClaim claim, ExportedSource source) {
        return java.util.Arrays.asList(claim.conflict(), claim.claimant(), claim.claimantSide(), claim.subjectSide(),
                claim.causedBy(), claim.category(), claim.item(), claim.qualifier(), claim.value(), claim.valueMin(),
                claim.valueMax(), claim.counting(), claim.periodStart(), claim.periodEnd(), claim.asOfPrecision(),
                claim.statedOn(), source.outlet(), source.title(), source.url(), source.publishedOn(),
                source.language(), source.quote(), source.translation(), claim.notes());
    }

    /**
     * The columns in other languages that some exported claim has a name for: by language in the site's order, then
     * in the order of the columns.
     */
    private List<ClaimsCsv.InLanguage> inLanguagesUsed(Long conflictId,
            Map<NameKind, Map<String, Map<String, String>>> forms) {
        java.util.Set<String> used = new java.util.HashSet<>();
        for (String column : ClaimsCsv.IN_LANGUAGES) {
            Map<String, Map<String, String>> kind = forms.getOrDefault(ClaimsCsv.NAME_KINDS.get(column), Map.of());
            if (kind.isEmpty()) {
                continue;
            }
            String from = column.equals(ClaimFields.SOURCE_OUTLET) ? " from ClaimSource cs join cs.claim c"
                    : " from Claim c";
            var query = em.createQuery("select distinct " + NAME_PATHS.get(column) + from + " where c.published = true"
                    + (conflictId == null ? "" : " and c.conflict.id = :conflict"), String.class);
            if (conflictId != null) {
                query.setParameter("conflict", conflictId);
            }
            query.getResultStream().filter(java.util.Objects::nonNull)
                    .forEach(name -> kind.getOrDefault(Names.key(name), Map.of()).keySet()
                            .forEach(language -> used.add(ClaimFields.inLanguage(column, language))));
        }
        List<ClaimsCsv.InLanguage> columns = new ArrayList<>();
        for (Msg language : languages.all()) {
            for (String column : ClaimsCsv.IN_LANGUAGES) {
                if (used.contains(ClaimFields.inLanguage(column, language.lang()))) {
                    columns.add(new ClaimsCsv.InLanguage(column, language.lang()));
                }
            }
        }
        return columns;
    }

    /** {"claims": [...]}, each claim with its sources. */
    public void writeJson(Long conflictId, OutputStream out) throws IOException {
        try (JsonGenerator json = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeFieldName("claims");
            json.writeStartArray();
            forEachPublished(conflictId, claim -> {
                try {
                    mapper.writeValue(json, claim);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    /** Every published claim (of one conflict, when given) in id order. */
    public void forEachPublished(Long conflictId, Consumer<ExportedClaim> sink) {
        long after = 0;
        List<ExportedClaim> page;
        do {
            long from = after;
            page = QuarkusTransaction.requiringNew().call(() -> page(conflictId, from));
            page.forEach(sink);
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1).id();
            }
        } while (page.size() == PAGE_SIZE);
    }

    private List<ExportedClaim> page(Long conflictId, long after) {
        var query = em.createQuery("""
                select c from Claim c join fetch c.conflict join fetch c.claimant cl left join fetch cl.party
                join fetch c.subjectParty left join fetch c.causedByParty join fetch c.category
                where c.published = true and c.id > :after""" + (conflictId == null ? "" : " and c.conflict.id = :conflict")
                + " order by c.id", Claim.class).setParameter("after", after).setMaxResults(PAGE_SIZE);
        if (conflictId != null) {
            query.setParameter("conflict", conflictId);
        }
        List<Claim> claims = query.getResultList();
        if (claims.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ExportedSource>> sources = new LinkedHashMap<>();
        claims.forEach(claim -> sources.put(claim.id, new ArrayList<>()));
        em.createQuery("select cs from ClaimSource cs join fetch cs.source where cs.claim.id in :ids order by cs.id",
                ClaimSource.class).setParameter("ids", sources.keySet()).getResultList()
                .forEach(link -> sources.get(link.claim.id).add(ExportedSource.of(link)));
        List<ExportedClaim> page = claims.stream().map(c -> ExportedClaim.of(c, sources.get(c.id))).toList();
        em.clear();
        return page;
    }
}
