package org.hasila.register.source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import org.hasila.kernel.Names;
import org.hibernate.envers.Audited;

/** Where a journalist read claims: an outlet's article, report, channel or account. */
@Entity
@Audited
public class Source extends PanacheEntity {

    public String outlet;
    public String title;
    public String url;
    public LocalDate publishedOn;
    /** BCP 47 language tag of the source ("ar", "en", "az"). */
    public String language;
    public String matchKey;
    public Instant createdAt;

    public static Source of(CheckedSource checked) {
        Source source = new Source();
        source.fill(checked);
        source.createdAt = Instant.now();
        return source;
    }

    /** Sets the fields of a new or edited source. */
    public void fill(CheckedSource checked) {
        outlet = checked.outlet();
        title = checked.title();
        url = checked.url();
        publishedOn = checked.publishedOn();
        language = checked.language();
        matchKey = checked.matchKey();
    }

    /** Two sources are the same when outlet, title, link and date agree, ignoring case. */
    public static String matchKey(String outlet, String title, String url, LocalDate publishedOn) {
        return String.join("\n", Names.key(outlet), title == null ? "" : Names.key(title),
                url == null ? "" : url.strip(), Objects.toString(publishedOn, ""));
    }

    public static Optional<Source> findByMatchKey(String matchKey) {
        return find("matchKey", matchKey).firstResultOptional();
    }
}
