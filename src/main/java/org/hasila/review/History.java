package org.hasila.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hasila.register.claim.Claim;
import org.hasila.register.claim.ClaimFields;
import org.hasila.register.source.ClaimSource;
import org.hasila.register.source.QuoteTranslation;
import org.hasila.register.source.Source;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

/** A claim's history from Envers' revisions: who changed what, when, from which value to which, and why. */
@ApplicationScoped
public class History {

    /** One field that changed: its name (a claims CSV column) and its values before and after. */
    public record Change(String field, String before, String after) {
    }

    /** One saved change of the claim or of its quotes. */
    public record Entry(long revision, Instant when, String who, String reason, boolean created,
            List<Change> changes) {
    }

    /** What a claim is about: the names and the category, named as in claims CSV; corrections compare them too. */
    static final Map<String, Function<Claim, Object>> SUBJECT_FIELDS = new LinkedHashMap<>();

    static {
        SUBJECT_FIELDS.put("conflict", c -> c.conflict.name);
        SUBJECT_FIELDS.put("claimant", c -> c.claimant.name);
        SUBJECT_FIELDS.put("subject_side", c -> c.subjectParty.name);
        SUBJECT_FIELDS.put("caused_by", c -> c.causedByParty == null ? null : c.causedByParty.name);
        SUBJECT_FIELDS.put("category", c -> c.category.slug);
        SUBJECT_FIELDS.put("item", c -> c.item);
    }

    /** The fields of a claim its history compares, named as in claims CSV. */
    private static final Map<String, Function<Claim, Object>> FIELDS = new LinkedHashMap<>(SUBJECT_FIELDS);

    static {
        FIELDS.put("qualifier", c -> c.qualifier.slug());
        FIELDS.put("value", c -> c.valueExact);
        FIELDS.put("value_min", c -> c.valueMin);
        FIELDS.put("value_max", c -> c.valueMax);
        FIELDS.put("counting", c -> c.counting.slug());
        FIELDS.put("period_start", c -> c.periodStart);
        FIELDS.put("period_end", c -> c.periodEnd);
        FIELDS.put("as_of_precision", c -> c.asOfPrecision.slug());
        FIELDS.put("stated_on", c -> c.statedOn);
        FIELDS.put("notes", c -> c.notes);
        FIELDS.put("status", c -> c.status.slug());
        FIELDS.put("status_reason", c -> c.statusReason);
        FIELDS.put("published", c -> c.published);
    }

    /**
     * The fields of a source its claims' history compares, named as in claims CSV: all of them readers see beside a
     * claim, so corrections compare the same ones.
     */
    static final Map<String, Function<Source, Object>> SOURCE_FIELDS = new LinkedHashMap<>();

    static {
        SOURCE_FIELDS.put("source_outlet", s -> s.outlet);
        SOURCE_FIELDS.put("source_title", s -> s.title);
        SOURCE_FIELDS.put("source_url", s -> s.url);
        SOURCE_FIELDS.put("source_published_on", s -> s.publishedOn);
        SOURCE_FIELDS.put("source_language", s -> s.language);
        SOURCE_FIELDS.put("source_archive_url", s -> s.archiveUrl);
        // The text may be an article long: its SHA-256, which readers see beside it, says that it changed.
        SOURCE_FIELDS.put("source_captured_text_sha256", Source::capturedTextSha256);
    }

    @Inject
    EntityManager em;

    /** Newest first. */
    @Transactional
    public List<Entry> ofClaim(long claimId) {
        AuditReader reader = AuditReaderFactory.get(em);
        Map<Long, Entry> entries = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> versions = reader.createQuery().forRevisionsOfEntity(Claim.class, false, true)
                .add(AuditEntity.id().eq(claimId)).addOrder(AuditEntity.revisionNumber().asc()).getResultList();
        Claim before = null;
        for (Object[] version : versions) {
            Claim after = (Claim) version[0];
            Revision revision = (Revision) version[1];
            List<Change> changes = new ArrayList<>();
            for (Map.Entry<String, Function<Claim, Object>> field : FIELDS.entrySet()) {
                String old = before == null ? null : text(field.getValue().apply(before));
                String now = text(field.getValue().apply(after));
                if (!Objects.equals(old, now)) {
                    changes.add(new Change(field.getKey(), old, now));
                }
            }
            entries.put(revision.id, new Entry(revision.id, Instant.ofEpochMilli(revision.timestamp), revision.username,
                    revision.reason, version[2] == RevisionType.ADD, changes));
            before = after;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> quotes = reader.createQuery().forRevisionsOfEntity(ClaimSource.class, false, true)
                .add(AuditEntity.relatedId("claim").eq(claimId)).addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        Map<Long, ClaimSource> lastQuote = new LinkedHashMap<>();
        Map<Long, Long> citedSince = new LinkedHashMap<>();
        for (Object[] version : quotes) {
            ClaimSource link = (ClaimSource) version[0];
            Revision revision = (Revision) version[1];
            citedSince.putIfAbsent(link.source.id, revision.id);
            ClaimSource old = lastQuote.put(link.id, link);
            String outlet = link.source.outlet;
            List<Change> changes = new ArrayList<>();
            if (!Objects.equals(old == null ? null : old.quote, link.quote)) {
                changes.add(new Change("quote (" + outlet + ")", old == null ? null : old.quote, link.quote));
            }
            if (!Objects.equals(old == null ? null : old.translation, link.translation)) {
                changes.add(new Change("translation (" + outlet + ")", old == null ? null : old.translation,
                        link.translation));
            }
            add(entries, revision, changes);
        }
        translationChanges(reader, entries, lastQuote);
        citedSince.forEach((sourceId, since) -> sourceChanges(reader, entries, sourceId, since));
        return entries.values().stream().sorted(Comparator.comparingLong(Entry::revision).reversed()).toList();
    }

    /** The changes of the quotes' translations into languages other than English, named as their CSV columns. */
    private static void translationChanges(AuditReader reader, Map<Long, Entry> entries,
            Map<Long, ClaimSource> links) {
        if (links.isEmpty()) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> versions = reader.createQuery().forRevisionsOfEntity(QuoteTranslation.class, false, true)
                .add(AuditEntity.relatedId("claimSource").in(links.keySet().toArray()))
                .addOrder(AuditEntity.revisionNumber().asc()).getResultList();
        Map<Long, String> lastWords = new LinkedHashMap<>();
        for (Object[] version : versions) {
            QuoteTranslation row = (QuoteTranslation) version[0];
            String now = version[2] == RevisionType.DEL ? null : row.words;
            String old = lastWords.put(row.id, now);
            if (!Objects.equals(old, now)) {
                String outlet = links.get(row.claimSource.id).source.outlet;
                add(entries, (Revision) version[1], new ArrayList<>(List.of(
                        new Change(ClaimFields.translationInto(row.language) + " (" + outlet + ")", old, now))));
            }
        }
    }

    /** The changes of a source the claim cites, from the revision that linked them on. */
    private static void sourceChanges(AuditReader reader, Map<Long, Entry> entries, long sourceId, long since) {
        @SuppressWarnings("unchecked")
        List<Object[]> versions = reader.createQuery().forRevisionsOfEntity(Source.class, false, true)
                .add(AuditEntity.id().eq(sourceId)).addOrder(AuditEntity.revisionNumber().asc()).getResultList();
        Source before = null;
        for (Object[] version : versions) {
            Source after = (Source) version[0];
            Revision revision = (Revision) version[1];
            if (before != null && revision.id > since) {
                List<Change> changes = new ArrayList<>();
                for (Map.Entry<String, Function<Source, Object>> field : SOURCE_FIELDS.entrySet()) {
                    String old = text(field.getValue().apply(before));
                    String now = text(field.getValue().apply(after));
                    if (!Objects.equals(old, now)) {
                        changes.add(new Change(field.getKey(), old, now));
                    }
                }
                add(entries, revision, changes);
            }
            before = after;
        }
    }

    /** Changes saved in a revision, added to what the claim's entry of that revision already holds. */
    private static void add(Map<Long, Entry> entries, Revision revision, List<Change> changes) {
        Entry entry = entries.get(revision.id);
        if (entry == null) {
            entries.put(revision.id, new Entry(revision.id, Instant.ofEpochMilli(revision.timestamp),
                    revision.username, revision.reason, false, changes));
        } else {
            entry.changes().addAll(changes);
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
