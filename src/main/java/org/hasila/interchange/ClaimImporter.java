package org.hasila.interchange;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hasila.interchange.ImportReport.Duplicate;
import org.hasila.interchange.ImportReport.Outcome;
import org.hasila.interchange.ImportReport.PreviewRow;
import org.hasila.kernel.Problem;
import org.hasila.kernel.Rows;
import org.hasila.register.category.Category;
import org.hasila.register.claim.CheckedClaim;
import org.hasila.register.claim.Claim;
import org.hasila.register.claim.ClaimFields;
import org.hasila.register.claim.ClaimRules;
import org.hasila.register.claim.Figures;
import org.hasila.register.claim.PublishedSummaries;
import org.hasila.review.Revision;
import org.hasila.web.Languages;
import org.hasila.web.Msg;
import org.hibernate.envers.AuditReaderFactory;
import org.jboss.logging.Logger;

/**
 * Imports a claims CSV file all or nothing: reads and checks every row in one transaction, and commits only
 * when no row has a problem and this is not a dry run. Duplicates are reported and skipped; a known claim
 * read in a new source gains that source. A dry run stores nothing, not even for a rollback: it decides each row
 * as the import would, against what is stored and what the file would have created before it. Neither keeps more
 * than a few dozen bytes per row: an import writes its sources, claims and links with JDBC batches
 * ({@link ImportWriter}) and their history in bulk, under one revision signed by the editor with the file's name.
 */
@ApplicationScoped
public class ClaimImporter {

    private static final Logger LOG = Logger.getLogger(ClaimImporter.class);
    /** Problems listed in a report; more are counted. */
    static final int PROBLEMS_LISTED = 10_000;
    /** Rows shown on the preview page. */
    static final int PREVIEW_ROWS = 1_000;
    private static final int ROWS_PER_FLUSH = 1_000;
    /**
     * The most rows one file may hold (hasila.import.max-rows): one transaction holds them all, and the database's
     * log grows with it.
     */
    @ConfigProperty(name = "hasila.import.max-rows", defaultValue = "1000000")
    int maxRows;
    private static final int IMPORT_TIMEOUT_SECONDS = 3_600;

    @Inject
    EntityManager em;

    @Inject
    Languages languages;

    /** Recounts readers' summaries of what an import stored, once, at the end of its storing. */
    @Inject
    PublishedSummaries summaries;

    /** Previews left waiting by an instance that stopped are let go when one starts, not only at the next preview. */
    @Transactional
    void purgeExpiredPreviews(@Observes StartupEvent start) {
        PendingImport.purgeExpired();
    }

    public ImportReport importCsv(InputStream in, ImportOptions options) {
        return importCsv(in, options, ImportProgress.NONE);
    }

    public ImportReport importCsv(InputStream in, ImportOptions options, ImportProgress progress) {
        return inItsOwnTransaction(options, progress, run -> run.readAll(in));
    }

    /**
     * Imports a file its editor previewed, read back from the database a piece at a time. The preview stops waiting
     * in the same transaction as its claims are stored, so it is imported once, and is still there after a failure.
     */
    ImportReport importPreviewed(PendingImport pending) {
        return importPreviewed(pending, ImportProgress.NONE);
    }

    ImportReport importPreviewed(PendingImport pending, ImportProgress progress) {
        return inItsOwnTransaction(new ImportOptions(false, pending.publish, pending.uploadedBy, pending.fileName),
                progress, run -> {
                    if (!PendingImport.hold(pending.token)) {
                        run.fileProblem("This preview was imported already.");
                        return;
                    }
                    run.readAll(PendingImport.content(em, pending.token));
                    PendingImport.imported(pending.token);
                });
    }

    private ImportReport inItsOwnTransaction(ImportOptions options, ImportProgress progress, Consumer<Run> work) {
        Run run = new Run(options, progress);
        // A transaction of its own, whatever the caller has open: it commits only a clean, real import.
        try {
            QuarkusTransaction.requiringNew().timeout(IMPORT_TIMEOUT_SECONDS).run(() -> {
                Instant began = Instant.now().truncatedTo(ChronoUnit.MILLIS);
                try {
                    work.accept(run);
                } catch (PersistenceException e) {
                    LOG.error("An import that passed every check could not be stored", e);
                    run.fileProblem("The file could not be stored; nothing was imported. The log has the details.");
                } finally {
                    run.close();
                }
                if (run.problemCount > 0 || options.dryRun()) {
                    throw new Discarded();
                }
                summaries.recountChangedSince(began);
            });
        } catch (Discarded expected) {
            // rolled back: a dry run, or a file with problems
        }
        return run.report();
    }

    /** Thrown to roll the import's transaction back. */
    private static final class Discarded extends RuntimeException {
        Discarded() {
            super(null, null, false, false);
        }
    }

    /** The state of one import. */
    private final class Run {
        private final ImportOptions options;
        private final ImportProgress progress;
        private final List<ImportProblem> problems = new ArrayList<>();
        private final List<Duplicate> duplicates = new ArrayList<>();
        private final List<PreviewRow> preview = new ArrayList<>();
        /** The claims of the file by fingerprint. */
        private final IdsByKey claimsInFile = new IdsByKey();
        /** A dry run's links of claims to sources, which it does not store; an import finds its own stored. */
        private final IdsByKey linksInFile = new IdsByKey();
        /** Writes what a real import stores; null in a dry run. */
        private ImportWriter writer;
        private Catalog catalog;
        private long problemCount;
        private long rows;
        private long claimsCreated;
        private long sourcesLinked;
        private long previewLeftOut;
        private boolean claimsStoredBefore;
        /** The line of the row being read, which its problems name. */
        private long line;
        private final Consumer<Problem> rowProblems = problem -> problem(ImportProblem.of(line, problem));

        Run(ImportOptions options, ImportProgress progress) {
            this.options = options;
            this.progress = progress;
        }

        /**
         * The import's one revision, which Envers also gives the names the import creates, signed by the editor with
         * the file's name; in the database before any history row refers to it.
         */
        private long revision() {
            Revision revision = AuditReaderFactory.get(em).getCurrentRevision(Revision.class, true);
            revision.username = options.importedBy();
            revision.reason = options.fileName() == null ? "Imported through the API"
                    : "Imported from the file " + shorten(options.fileName());
            em.flush();
            return revision.id;
        }

        void readAll(InputStream in) {
            if (options.dryRun()) {
                catalog = Catalog.planning(em);
            } else {
                writer = new ImportWriter(em, revision(), Instant.now(), options.importedBy(), options.publish());
                catalog = Catalog.storing(em, writer);
            }
            claimsStoredBefore = Rows.any(em, "Claim");
            try (CSVParser parser = CSVParser.builder().setReader(utf8(in))
                    .setFormat(ClaimsCsv.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
                List<ClaimsCsv.InLanguage> inLanguages = checkHeader(parser.getHeaderNames());
                if (inLanguages == null) {
                    return;
                }
                RowReader reader = new RowReader(new ClaimRules(Category.slugs()), rowProblems, this::problem,
                        inLanguages, TranslationColumns.languages(parser.getHeaderNames(), languages, reason -> {
                        }));
                long nextLine = parser.getCurrentLineNumber() + 1;
                for (CSVRecord record : parser) {
                    line = nextLine;
                    nextLine = parser.getCurrentLineNumber() + 1;
                    if (record.size() == 1 && record.get(0).isBlank()) {
                        continue;
                    }
                    rows++;
                    if (rows > maxRows) {
                        fileProblem("The file holds more than " + maxRows + " claims. Split it into files of at most "
                                + maxRows + " rows and import them one after the other.");
                        return;
                    }
                    if (!record.isConsistent()) {
                        problem(new ImportProblem(line, null, "has " + record.size() + " fields; the header has "
                                + parser.getHeaderNames().size()));
                        continue;
                    }
                    ClaimRow row = reader.read(record, line);
                    if (row != null) {
                        store(row);
                    }
                    if (rows % ROWS_PER_FLUSH == 0) {
                        progress.checked(rows);
                        if (options.dryRun()) {
                            // A dry run stored nothing; its session only holds what the catalog looked up and
                            // keeps by id.
                            em.clear();
                        } else {
                            write();
                        }
                    }
                }
                if (rows == 0) {
                    fileProblem("The file has a header but no claims.");
                }
                progress.checked(rows);
                if (!options.dryRun()) {
                    finishStoring();
                }
            } catch (CharacterCodingException e) {
                fileProblem("The file is not UTF-8 text. Save it as CSV UTF-8 and upload it again.");
            } catch (IOException | UncheckedIOException e) {
                fileProblem(notCsv(e));
            } catch (IllegalArgumentException | IllegalStateException e) {
                // Commons CSV says so of a bad header or record; anything else is Hasila's own fault.
                if (!e.getStackTrace()[0].getClassName().startsWith("org.apache.commons.csv")) {
                    throw e;
                }
                fileProblem(notCsv(e));
            }
        }

        /** Writes the rows stored since the last time, after the names they refer to, which Envers stores. */
        private void write() {
            em.flush();
            writer.write();
            progress.stored(claimsCreated + sourcesLinked);
        }

        /**
         * The end of what an import stores, in its transaction: everything the file holds is written here, with its
         * history, before the commit.
         */
        private void finishStoring() {
            write();
        }

        void close() {
            if (writer != null) {
                writer.close();
            }
        }

        private Reader utf8(InputStream in) throws IOException {
            BufferedInputStream buffered = new BufferedInputStream(in, 65_536);
            buffered.mark(3);
            byte[] bom = buffered.readNBytes(3);
            if (!(bom.length == 3 && (bom[0] & 0xff) == 0xEF && (bom[1] & 0xff) == 0xBB && (bom[2] & 0xff) == 0xBF)) {
                buffered.reset();
            }
            return new InputStreamReader(buffered, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        }

        private String notCsv(Exception e) {
            Throwable cause = e;
            while (cause.getCause() != null && cause != cause.getCause()) {
                cause = cause.getCause();
            }
            if (cause instanceof CharacterCodingException) {
                return "The file is not UTF-8 text. Save it as CSV UTF-8 and upload it again.";
            }
            String detail = cause.getMessage() == null ? "" : ": " + shorten(cause.getMessage());
            return "The file is not valid CSV (RFC 4180)" + detail;
        }

        /** The header's columns in other languages ({@code conflict@ar}); null when the header has a problem. */
        private List<ClaimsCsv.InLanguage> checkHeader(List<String> header) {
            if (header.isEmpty()) {
                fileProblem("The file is empty. A claims CSV starts with a header row naming its columns.");
                return null;
            }
            Set<String> unknown = new LinkedHashSet<>();
            List<ClaimsCsv.InLanguage> inLanguages = new ArrayList<>();
            boolean wrongLanguage = false;
            for (String column : header) {
                ClaimsCsv.InLanguage inLanguage = ClaimsCsv.InLanguage.of(column);
                if (ClaimsCsv.known(column) || TranslationColumns.isOne(column)) {
                    continue;
                } else if (inLanguage == null) {
                    unknown.add(column);
                } else if (!ClaimsCsv.IN_LANGUAGES.contains(inLanguage.column())) {
                    problem(new ImportProblem(1, null, "Unknown column '" + shorten(column) + "'. The columns of "
                            + "claims CSV version 1 given in other languages, as column@language, are: "
                            + String.join(", ", ClaimsCsv.IN_LANGUAGES) + " and " + ClaimFields.TRANSLATION));
                    wrongLanguage = true;
                } else if (!languages.speaks(inLanguage.language())) {
                    String spoken = languages.all().stream().map(Msg::lang).collect(Collectors.joining(", "));
                    problem(new ImportProblem(1, null, "Column '" + shorten(column) + "': '"
                            + shorten(inLanguage.language()) + "' is not a language of this site; use one of: "
                            + spoken));
                    wrongLanguage = true;
                } else {
                    inLanguages.add(inLanguage);
                }
            }
            List<String> badTranslations = new ArrayList<>();
            TranslationColumns.languages(header, languages, badTranslations::add);
            badTranslations.forEach(reason -> problem(new ImportProblem(1, null, reason)));
            Set<String> missing = new LinkedHashSet<>(ClaimFields.REQUIRED);
            missing.removeAll(header);
            if (!unknown.isEmpty()) {
                String names = unknown.stream().limit(10).map(name -> "'" + shorten(name) + "'")
                        .collect(Collectors.joining(", "));
                problem(new ImportProblem(1, null, "Unknown column" + (unknown.size() > 1 ? "s " : " ") + names
                        + (unknown.size() > 10 ? " and " + (unknown.size() - 10) + " more" : "")
                        + ". The columns of claims CSV version 1 are: " + String.join(", ", ClaimsCsv.COLUMNS)
                        + "; a source's evidence may be given in " + String.join(", ", ClaimsCsv.EVIDENCE)));
            }
            if (!missing.isEmpty()) {
                problem(new ImportProblem(1, null, "Missing required column" + (missing.size() > 1 ? "s: " : ": ")
                        + String.join(", ", missing)));
            }
            return unknown.isEmpty() && missing.isEmpty() && !wrongLanguage && badTranslations.isEmpty()
                    ? inLanguages
                    : null;
        }

        private void store(ClaimRow row) {
            Catalog.Resolved names = catalog.resolve(row.claim(), false, rowProblems);
            if (names == null) {
                return;
            }
            for (ClaimRow.NameForm form : row.forms()) {
                String earlier = catalog.form(form.kind(), form.name(), form.language(), form.form());
                if (earlier != null) {
                    problem(new ImportProblem(row.line(), form.column(), "is '" + form.form() + "', but an earlier "
                            + "row gives '" + form.name() + "' the " + form.language() + " name '" + earlier
                            + "'; a name has one form in each language"));
                    return;
                }
            }
            long sourceId = catalog.source(row.source());
            long fingerprint = IdsByKey.ofFingerprint(names.fingerprint());
            long inFile = claimsInFile.get(fingerprint);
            boolean claimInFile = inFile != 0;
            Long claimId = claimInFile ? inFile : null;
            if (!claimInFile && claimsStoredBefore) {
                claimId = Claim.duplicateOf(names.sameClaims(), null);
            }
            Outcome outcome;
            if (claimId == null) {
                claimId = catalog.newClaim(row.claim(), names);
                claimsCreated++;
                claimsInFile.put(fingerprint, claimId);
                link(claimId, sourceId, row);
                outcome = Outcome.NEW_CLAIM;
            } else if (alreadyLinked(claimId, sourceId)) {
                duplicates.add(new Duplicate(row.line(), Catalog.planned(claimId) ? null : claimId));
                outcome = Outcome.DUPLICATE;
            } else {
                link(claimId, sourceId, row);
                if (!options.dryRun()) {
                    // Readers see the new source of a published claim: its version (the timeline's ETag) moves.
                    writer.touch(claimId);
                }
                sourcesLinked++;
                outcome = Outcome.EXTRA_SOURCE;
            }
            if (preview.size() < PREVIEW_ROWS) {
                preview.add(previewOf(row, outcome));
            } else {
                previewLeftOut++;
            }
        }

        /**
         * Whether the claim was read in the source already. An import writes what it has stored so far and asks the
         * database, which only costs rows that name a claim seen before, so that it keeps nothing per link.
         */
        private boolean alreadyLinked(long claimId, long sourceId) {
            if (!options.dryRun()) {
                write();
            } else if (linksInFile.get(IdsByKey.ofLink(claimId, sourceId)) != 0) {
                return true;
            } else if (Catalog.planned(claimId)) {
                return false;
            }
            return em.createQuery(
                    "select count(*) from ClaimSource where claim.id = ?1 and source.id = ?2", Long.class)
                    .setParameter(1, claimId).setParameter(2, sourceId).setFlushMode(FlushModeType.COMMIT)
                    .getSingleResult() > 0;
        }

        private void link(long claimId, long sourceId, ClaimRow row) {
            if (options.dryRun()) {
                linksInFile.put(IdsByKey.ofLink(claimId, sourceId), 1);
            } else {
                writer.link(claimId, sourceId, row.claim());
            }
        }

        private PreviewRow previewOf(ClaimRow row, Outcome outcome) {
            CheckedClaim claim = row.claim();
            String figure = Figures.written(claim.qualifier(), claim.value(), claim.valueMin(), claim.valueMax());
            String period = (claim.periodStart() == null ? "" : claim.periodStart() + " – ") + claim.periodEnd();
            return new PreviewRow(row.line(), claim.conflict(), claim.claimant(), claim.subjectSide(),
                    claim.category(), claim.item(), figure, claim.counting().slug(), period, outcome);
        }

        void problem(ImportProblem problem) {
            problemCount++;
            if (problems.size() < PROBLEMS_LISTED) {
                problems.add(problem);
            }
        }

        void fileProblem(String reason) {
            problem(ImportProblem.ofFile(reason));
        }

        ImportReport report() {
            boolean stored = problemCount == 0 && !options.dryRun();
            return new ImportReport(rows, problemCount == 0 ? claimsCreated : 0, problemCount == 0 ? sourcesLinked : 0,
                    duplicates, problemCount, problems, options.dryRun(), options.publish(), stored, preview,
                    previewLeftOut);
        }
    }

    static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }
}
