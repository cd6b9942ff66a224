package org.hasila.interchange;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.hasila.register.claim.CheckedClaim;
import org.hasila.register.claim.Status;
import org.hasila.register.source.CheckedSource;
import org.hasila.register.source.ClaimSource;
import org.hasila.register.source.QuoteTranslation;
import org.hasila.register.source.Source;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.type.descriptor.ValueBinder;

/**
 * Writes what an import stores with JDBC batches on the import's own connection, inside its one transaction, and
 * each stored row's history in bulk: one {@code insert into x_aud ... select ... from x} per range of ids, under the
 * import's one revision. Envers would keep every stored entity in memory until the commit; this keeps nothing per
 * row. The history pages read these rows as they read Envers' own: the same tables, columns and revision types.
 */
final class ImportWriter {

    /** The ids one value of a sequence stands for: theirs are {@code increment by 50}, read as Hibernate's pooled-lo. */
    private static final int IDS_PER_VALUE = 50;
    /** Envers' revision types. */
    private static final int ADDED = 0;
    private static final int CHANGED = 1;

    private final SharedSessionContractImplementor session;
    private final Connection connection;
    private final long revision;
    private final Instant now;
    private final String createdBy;
    private final boolean publish;
    private final ValueBinder<Instant> instants;
    private final Table sources;
    private final Table claims;
    private final Table links;
    private final Table translations;
    private final PreparedStatement touch;
    private final PreparedStatement touchHistory;
    /** Claims stored before that this import gave a source: each gets one history row. */
    private final IdsByKey touched = new IdsByKey();

    ImportWriter(EntityManager em, long revision, Instant now, String createdBy, boolean publish) {
        this.session = em.unwrap(SharedSessionContractImplementor.class);
        this.connection = session.doReturningWork(c -> c);
        this.revision = revision;
        this.now = now;
        this.createdBy = createdBy;
        this.publish = publish;
        this.instants = session.getFactory().getTypeConfiguration().getBasicTypeForJavaType(Instant.class)
                .getJdbcValueBinder();
        try {
            sources = new Table("source",
                    "outlet, title, url, published_on, language, match_key, archive_url, captured_text, created_at");
            claims = new Table("claim", "conflict_id, claimant_id, subject_party_id, caused_by_party_id, "
                    + "category_slug, item, qualifier, value_exact, value_min, value_max, counting, period_start, "
                    + "period_end, as_of_precision, stated_on, notes, status, status_reason, published, "
                    + "published_at, fingerprint, created_by, created_at, updated_at, version");
            links = new Table("claim_source", "claim_id, source_id, quote, translation");
            translations = new Table("quote_translation", "claim_source_id, language, words");
            touch = connection.prepareStatement(
                    "update claim set updated_at = ?, version = version + 1 where id = ?");
            touchHistory = connection.prepareStatement(claims.historyOf(CHANGED));
        } catch (SQLException e) {
            throw new ImportStorageException(e);
        }
    }

    /** A new source; its id. */
    long source(CheckedSource checked) {
        Source source = Source.of(checked);
        return sources.add(source.outlet, source.title, source.url, source.publishedOn, source.language,
                source.matchKey, source.archiveUrl, source.capturedText, now);
    }

    /** A new claim; its id. */
    long claim(CheckedClaim claim, Catalog.Resolved names) {
        return claims.add(names.conflictId(), names.claimant().id(), names.subjectId(), names.causedById(),
                claim.category(), claim.item(), claim.qualifier().slug(), claim.value(), claim.valueMin(),
                claim.valueMax(), claim.counting().slug(), claim.periodStart(), claim.periodEnd(),
                claim.asOfPrecision().slug(), claim.statedOn(), claim.notes(), Status.REPORTED.slug(), null, publish,
                publish ? now : null, names.fingerprint(), createdBy, now, now, 0);
    }

    /** That a claim was read in a source, with its quote and the quote's translations. */
    void link(long claimId, long sourceId, CheckedClaim claim) {
        // The entity sorts the translations as the desk's forms do: English in its column, the others in rows
        ClaimSource link = ClaimSource.of(null, null, claim.quote(), claim.translation(), claim.translations());
        long linkId = links.add(claimId, sourceId, link.quote, link.translation);
        for (QuoteTranslation row : link.translations) {
            translations.add(linkId, row.language, row.words);
        }
    }

    /**
     * A claim gained a source: when it was stored before this import, readers' copies of it (the timeline's ETag) are
     * out of date, and its history shows the change.
     */
    void touch(long claimId) {
        if (claims.added(claimId) || touched.put(claimId, claimId) != 0) {
            return;
        }
        try {
            instants.bind(touch, now, 1, session);
            touch.setLong(2, claimId);
            touch.addBatch();
            touchHistory.setLong(1, revision);
            touchHistory.setLong(2, claimId);
            touchHistory.setLong(3, claimId);
            touchHistory.addBatch();
        } catch (SQLException e) {
            throw new ImportStorageException(e);
        }
    }

    /** Writes what was added since the last time, then its history, in the order the foreign keys need. */
    void write() {
        try {
            for (Table table : List.of(sources, claims, links, translations)) {
                table.insert.executeBatch();
            }
            touch.executeBatch();
            for (Table table : List.of(sources, claims, links, translations)) {
                table.writeHistory();
            }
            touchHistory.executeBatch();
        } catch (SQLException e) {
            throw new ImportStorageException(e);
        }
    }

    /** Lets go of the statements; the connection is the import's transaction's. */
    void close() {
        try {
            for (Table table : List.of(sources, claims, links, translations)) {
                table.close();
            }
            touch.close();
            touchHistory.close();
        } catch (SQLException e) {
            throw new ImportStorageException(e);
        }
    }

    /** One table the import adds rows to, and the history of those rows. */
    private final class Table {
        private final String name;
        private final PreparedStatement insert;
        private final PreparedStatement nextValue;
        private final PreparedStatement history;
        /** The ids of the sequence's value being used up, and the next one to give. */
        private long nextId = 1;
        private long lastId;
        /** The first id of each sequence value used, in the order used, which is ascending. */
        private long[] blocks = new long[64];
        private int blockCount;
        /** The first id whose history is not written yet. */
        private long historyFrom = 1;
        /** Ranges of ids (first, last) stored since the history was last written. */
        private final List<long[]> withoutHistory = new ArrayList<>();

        Table(String name, String columns) throws SQLException {
            this.name = name;
            int count = columns.split(",").length;
            insert = connection.prepareStatement("insert into " + name + " (id, " + columns + ") values (?"
                    + ", ?".repeat(count) + ")");
            nextValue = connection.prepareStatement(
                    session.getFactory().getJdbcServices().getDialect().getSequenceSupport()
                            .getSequenceNextValString(name + "_seq"));
            history = connection.prepareStatement(historyOf(ADDED));
        }

        /**
         * Copies rows into their history table: every column the history table has besides the revision's, read
         * from the database, so that columns added later are copied too.
         */
        String historyOf(int revisionType) throws SQLException {
            DatabaseMetaData metaData = connection.getMetaData();
            String audited = metaData.storesUpperCaseIdentifiers() ? (name + "_aud").toUpperCase(Locale.ROOT)
                    : name + "_aud";
            List<String> columns = new ArrayList<>();
            try (ResultSet rows = metaData.getColumns(connection.getCatalog(), connection.getSchema(), audited,
                    null)) {
                while (rows.next()) {
                    String column = rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                    if (!column.equals("rev") && !column.equals("revtype")) {
                        columns.add(column);
                    }
                }
            }
            Collections.sort(columns);
            String list = columns.stream().collect(Collectors.joining(", "));
            return "insert into " + name + "_aud (" + list + ", rev, revtype) select " + list + ", ?, " + revisionType
                    + " from " + name + " where id between ? and ?";
        }

        long add(Object... values) {
            try {
                long id = nextId();
                insert.setLong(1, id);
                for (int i = 0; i < values.length; i++) {
                    bind(i + 2, values[i]);
                }
                insert.addBatch();
                return id;
            } catch (SQLException e) {
                throw new ImportStorageException(e);
            }
        }

        private void bind(int index, Object value) throws SQLException {
            if (value == null) {
                insert.setNull(index, Types.NULL);
            } else if (value instanceof Instant instant) {
                // as Hibernate binds the entities' instants, so that both read the same
                instants.bind(insert, instant, index, session);
            } else {
                insert.setObject(index, value);
            }
        }

        private long nextId() throws SQLException {
            if (nextId > lastId) {
                long first;
                try (ResultSet value = nextValue.executeQuery()) {
                    value.next();
                    first = value.getLong(1);
                }
                // Blocks follow one another unless another transaction took ids meanwhile: one range for all of them
                if (first != lastId + 1) {
                    if (historyFrom < nextId) {
                        withoutHistory.add(new long[] { historyFrom, nextId - 1 });
                    }
                    historyFrom = first;
                }
                nextId = first;
                lastId = nextId + IDS_PER_VALUE - 1;
                if (blockCount == blocks.length) {
                    blocks = Arrays.copyOf(blocks, blockCount * 2);
                }
                blocks[blockCount++] = nextId;
            }
            return nextId++;
        }

        void close() throws SQLException {
            insert.close();
            nextValue.close();
            history.close();
        }

        /** Whether this import added the row with this id. */
        boolean added(long id) {
            int found = Arrays.binarySearch(blocks, 0, blockCount, id);
            int block = found >= 0 ? found : -found - 2;
            return block >= 0 && id < blocks[block] + IDS_PER_VALUE && id < nextId;
        }

        /** The history of the rows stored since the last time: only this import has ids in its blocks. */
        void writeHistory() throws SQLException {
            if (historyFrom < nextId) {
                withoutHistory.add(new long[] { historyFrom, nextId - 1 });
                historyFrom = nextId;
            }
            for (long[] range : withoutHistory) {
                history.setLong(1, revision);
                history.setLong(2, range[0]);
                history.setLong(3, range[1]);
                history.addBatch();
            }
            history.executeBatch();
            withoutHistory.clear();
        }
    }

    /** The database refused what an import stores: the import is rolled back and says so. */
    static final class ImportStorageException extends jakarta.persistence.PersistenceException {
        ImportStorageException(SQLException cause) {
            super(cause);
        }
    }
}
