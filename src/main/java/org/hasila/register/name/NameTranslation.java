package org.hasila.register.name;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import org.hasila.kernel.Names;
import org.hibernate.envers.Audited;

/**
 * A name in one language: the conflict, party, claimant, outlet or item whose name as first written has the key
 * {@link #nameKey}, as readers of {@link #language} read it (docs/data-model.md).
 */
@Entity
@Audited
public class NameTranslation extends PanacheEntity {

    public NameKind kind;
    public String nameKey;
    /** The primary language subtag of one of the site's languages ("ar"). */
    public String language;
    public String name;
    public String translatedKey;
    public Instant updatedAt;

    static NameTranslation of(NameKind kind, String nameKey, String language, String name) {
        NameTranslation translation = new NameTranslation();
        translation.kind = kind;
        translation.nameKey = nameKey;
        translation.language = language;
        translation.rename(name);
        return translation;
    }

    void rename(String translated) {
        name = Names.written(translated);
        translatedKey = Names.key(translated);
        updatedAt = Instant.now();
    }
}
