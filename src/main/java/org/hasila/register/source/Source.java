package org.hasila.register.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
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
    /** Where an archived copy of it is kept (Internet Archive, archive.today): an http or https link. */
    public String archiveUrl;
    /** The text the journalist captured from it, line ends as LF: what {@link #capturedTextSha256} hashes. */
    public String capturedText;
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
        archiveUrl = checked.archiveUrl();
        capturedText = checked.capturedText();
        matchKey = checked.matchKey();
    }

    /** Two sources are the same when outlet, title, link and date agree, ignoring case. */
    public static String matchKey(String outlet, String title, String url, LocalDate publishedOn) {
        return String.join("\n", Names.key(outlet), title == null ? "" : Names.key(title),
                url == null ? "" : url.strip(), Objects.toString(publishedOn, ""));
    }

    /**
     * The SHA-256 of the captured text's UTF-8 bytes, in lower-case hex as {@code sha256sum} prints it, so a reader
     * can check a copy was not changed; null without a captured text.
     */
    public String capturedTextSha256() {
        return capturedText == null ? null : sha256(capturedText);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    public static Optional<Source> findByMatchKey(String matchKey) {
        return find("matchKey", matchKey).firstResultOptional();
    }
}
