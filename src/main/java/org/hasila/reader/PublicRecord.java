package org.hasila.reader;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import io.quarkiverse.renarde.Controller;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.hasila.kernel.Moment;
import org.hasila.kernel.Xml;
import org.hasila.register.claim.FilterReader;
import org.hasila.review.Corrections;
import org.hasila.review.Corrections.Correction;
import org.hasila.review.Corrections.Scope;
import org.hasila.timeline.TimelineRequest;
import org.hasila.web.FilterMessages;
import org.hasila.web.Language;
import org.hasila.web.Msg;
import org.hasila.web.ReaderMessages;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The public record of corrections: the site-wide page, and Atom feeds of every correction, of one conflict's or of
 * one timeline's ({@code conflict}, {@code category}, {@code subject}).
 */
@Path("/corrections")
public class PublicRecord extends Controller {

    /** The page lists this many, newest first; the feeds and the API have them all. */
    static final int ON_THE_PAGE = 200;
    static final int IN_A_FEED = 100;

    @Inject
    Corrections corrections;

    @Inject
    Language language;

    @Inject
    HttpServerRequest http;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<Correction> corrections, Moment after, Moment until,
                String error);
    }

    /**
     * Every correction to published data, newest first; with {@code conflict}, {@code category} and {@code subject},
     * one timeline's; with {@code after} and {@code until}, those made between two moments (a pinned embed's
     * "Updated since" links here). The filters are read from the request, so that every link to the whole list
     * stays as it is.
     */
    @GET
    @Path("")
    public Response index() {
        FilterReader reader = new FilterReader(language.bundle(FilterMessages.class));
        Instant now = Instant.now();
        Moment after = reader.moment("after", http.getParam("after"), now);
        Moment until = reader.moment("until", http.getParam("until"), now);
        Scope scope = new Scope(null, blank(http.getParam("conflict")), blank(http.getParam("category")),
                blank(http.getParam("subject")));
        List<Correction> found = after == null && until == null ? corrections.of(scope)
                : corrections.between(scope, after == null ? Instant.MIN : after.instant(),
                        until == null ? null : until.instant());
        String error = reader.errors().isEmpty() ? null
                : String.join(" ", Stream.of(reader.errors().get("after"), reader.errors().get("until"))
                        .filter(Objects::nonNull).toList());
        return Response.status(error == null ? 200 : 400)
                .entity(Templates.index(found.subList(0, Math.min(ON_THE_PAGE, found.size())), after, until, error))
                .build();
    }

    /** The corrections as an Atom feed: all of them, one conflict's, or one timeline's. */
    @GET
    @Path("/feed.atom")
    public Response feed(@RestQuery String conflict, @RestQuery String category, @RestQuery String subject) {
        Scope scope = new Scope(null, blank(conflict), blank(category), blank(subject));
        List<Correction> found = corrections.of(scope);
        String self = language.getOrigin() + "/corrections/feed.atom"
                + (scope.equals(Scope.ALL) ? "" : "?" + TimelineRequest.query(conflict, category, subject));
        return Response.ok(atom(found.subList(0, Math.min(IN_A_FEED, found.size())), self, scope))
                .type("application/atom+xml; charset=UTF-8").header("Cache-Control", "public, max-age=300").build();
    }

    private String atom(List<Correction> found, String self, Scope scope) {
        ReaderMessages words = language.bundle(ReaderMessages.class);
        String origin = language.getOrigin();
        Instant updated = found.isEmpty() ? Instant.EPOCH : found.get(0).when();
        String what = String.join(" · ", Stream.of(scope.conflictSlug(), scope.category(), scope.subject())
                .filter(Objects::nonNull).toList());
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(language.getCode()).append("\">\n");
        xml.append("<id>").append(Xml.escape(self)).append("</id>\n");
        xml.append("<title>").append(Xml.escape(words.corrections_feed_title(what))).append("</title>\n");
        xml.append("<updated>").append(DateTimeFormatter.ISO_INSTANT.format(updated)).append("</updated>\n");
        xml.append("<author><name>").append(Xml.escape(language.bundle(Msg.class).app_name()))
                .append("</name></author>\n");
        xml.append("<link rel=\"self\" type=\"application/atom+xml\" href=\"").append(Xml.escape(self)).append("\"/>\n");
        xml.append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(origin + "/corrections"))
                .append("\"/>\n");
        for (Correction c : found) {
            String link = origin + "/claims/" + c.claimId();
            xml.append("<entry>\n");
            xml.append("<id>").append(Xml.escape(origin + "/corrections#correction-" + c.revision() + "-" + c.claimId()))
                    .append("</id>\n");
            xml.append("<title>").append(Xml.escape(words.correction_entry_title(c.claimId(), c.claimant())))
                    .append("</title>\n");
            xml.append("<updated>").append(DateTimeFormatter.ISO_INSTANT.format(c.when())).append("</updated>\n");
            xml.append("<author><name>").append(Xml.escape(words.correction_editor())).append("</name></author>\n");
            xml.append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(link)).append("\"/>\n");
            xml.append("<summary>").append(Xml.escape(CorrectionWords.sentence(c, language.locale())))
                    .append("</summary>\n");
            xml.append("</entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
