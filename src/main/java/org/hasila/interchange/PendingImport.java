package org.hasila.interchange;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A previewed upload waiting for the editor's confirmation; found again by its unguessable token. */
@Entity
public class PendingImport extends PanacheEntityBase {

    /** How long a preview can wait for its confirmation. */
    static final Duration LIFETIME = Duration.ofHours(24);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    public String token;
    public String uploadedBy;
    public String fileName;
    public String content;
    /** Whether the editor chose to publish what the import stores. */
    public boolean publish;
    public Instant uploadedAt;

    static PendingImport keep(String uploadedBy, String fileName, String content, boolean publish) {
        delete("uploadedAt < ?1", Instant.now().minus(LIFETIME));
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        PendingImport pending = new PendingImport();
        pending.token = HexFormat.of().formatHex(random);
        pending.uploadedBy = uploadedBy;
        pending.fileName = fileName;
        pending.content = content;
        pending.publish = publish;
        pending.uploadedAt = Instant.now();
        pending.persist();
        return pending;
    }
}
