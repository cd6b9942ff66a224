package org.hasila.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Id;
import org.hibernate.Session;

/**
 * A previewed upload waiting for the editor's confirmation; found again by its unguessable token. Its file is kept
 * in the database (any instance can confirm it) in pieces of {@value #CHUNK_BYTES} bytes, written and read back one
 * at a time, so a file never sits whole in memory.
 */
@Entity
public class PendingImport extends PanacheEntityBase {

    /** How long a preview can wait for its confirmation: a confirmation follows a preview within minutes. */
    static final Duration LIFETIME = Duration.ofHours(1);
    /** How many previews may wait for one editor: a new one lets the oldest go. */
    static final int WAITING_PER_EDITOR = 3;
    static final int CHUNK_BYTES = 1 << 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    public String token;
    public String uploadedBy;
    public String fileName;
    public long sizeBytes;
    /** Whether the editor chose to publish what the import stores. */
    public boolean publish;
    public Instant uploadedAt;

    /**
     * Keeps a file that passed its preview. Previews past their lifetime go first, and so do this editor's oldest
     * beyond {@value #WAITING_PER_EDITOR}, so an editor's waiting files never take more room than a few files.
     */
    static PendingImport keep(String uploadedBy, String fileName, Path file, boolean publish) throws IOException {
        purgeExpired();
        List<PendingImport> waiting = find("uploadedBy = ?1 order by uploadedAt desc", uploadedBy).list();
        waiting.stream().skip(WAITING_PER_EDITOR - 1).forEach(PendingImport::delete);
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        PendingImport pending = new PendingImport();
        pending.token = HexFormat.of().formatHex(random);
        pending.uploadedBy = uploadedBy;
        pending.fileName = fileName;
        pending.sizeBytes = Files.size(file);
        pending.publish = publish;
        pending.uploadedAt = Instant.now();
        pending.persistAndFlush();
        try (InputStream in = Files.newInputStream(file)) {
            getEntityManager().unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement insert = connection.prepareStatement(
                        "insert into pending_import_chunk (token, seq, bytes) values (?, ?, ?)")) {
                    byte[] chunk;
                    int seq = 0;
                    while ((chunk = readChunk(in)).length > 0) {
                        insert.setString(1, pending.token);
                        insert.setInt(2, seq++);
                        insert.setBytes(3, chunk);
                        insert.executeUpdate();
                    }
                }
            });
        }
        return pending;
    }

    private static byte[] readChunk(InputStream in) {
        try {
            return in.readNBytes(CHUNK_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lets go of every preview past its lifetime, with its file. */
    static long purgeExpired() {
        return delete("uploadedAt < ?1", Instant.now().minus(LIFETIME));
    }

    /** The preview this editor is waiting to confirm, within its lifetime; else null. */
    static PendingImport waiting(String token, String editor) {
        PendingImport found = token == null ? null : findById(token);
        return found != null && found.uploadedBy.equals(editor)
                && found.uploadedAt.isAfter(Instant.now().minus(LIFETIME)) ? found : null;
    }

    /**
     * Holds this preview for the import's transaction: a confirmation that runs meanwhile waits on its row until
     * this one ends, then finds it gone (or, after a rollback, takes it). False when it was imported already.
     */
    static boolean hold(String token) {
        return update("sizeBytes = sizeBytes where token = ?1", token) > 0;
    }

    /** Lets go of a preview and its file once it is imported, in the import's transaction. */
    static void imported(String token) {
        delete("token", token);
    }

    /** The kept file, read a piece at a time from the database in the caller's transaction. */
    static InputStream content(EntityManager em, String token) {
        return new InputStream() {
            private int seq;
            private byte[] chunk = new byte[0];
            private int position;

            @Override
            public int read() {
                return fill() ? chunk[position++] & 0xff : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (length == 0) {
                    return 0;
                }
                if (!fill()) {
                    return -1;
                }
                int count = Math.min(length, chunk.length - position);
                System.arraycopy(chunk, position, buffer, offset, count);
                position += count;
                return count;
            }

            private boolean fill() {
                if (position < chunk.length) {
                    return true;
                }
                List<?> next = em.createNativeQuery("select bytes from pending_import_chunk where token = ?1 and seq = ?2")
                        .setParameter(1, token).setParameter(2, seq).setFlushMode(FlushModeType.COMMIT).getResultList();
                if (next.isEmpty()) {
                    return false;
                }
                seq++;
                chunk = (byte[]) next.get(0);
                position = 0;
                return chunk.length > 0 || fill();
            }
        };
    }
}
