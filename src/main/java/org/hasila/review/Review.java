package org.hasila.review;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.quarkiverse.renarde.Controller;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.hasila.account.Role;
import org.hasila.kernel.QueryString;
import org.hasila.kernel.Slugged;
import org.hasila.register.claim.Claim;
import org.hasila.register.claim.Status;
import org.hasila.register.source.ClaimSource;
import org.hasila.register.source.Source;
import org.hasila.web.FormErrors;
import org.hasila.web.Language;
import org.hasila.web.ReviewMessages;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The editor's queue: drafts and disputed claims, newest first, grouped by the source they were read in, filterable
 * by conflict, claimant and journalist; an editor publishes or disputes the chosen claims of a source at once.
 * Who may do what: editors only, every action; a status other than reported needs a reason readers see.
 */
@Path("/review")
@RolesAllowed(Role.EDITOR)
public class Review extends Controller {

    private static final int QUEUE_LENGTH = 200;

    @Inject
    Publication publication;

    @Inject
    Language language;

    /** The filters of the queue, as typed. */
    public record Filters(String conflict, String claimant, String journalist, String show) {

        public String query() {
            return QueryString.of().with("conflict", conflict).with("claimant", claimant)
                    .with("journalist", journalist).with("show", show).toString();
        }
    }

    /** The claims of the queue read in one source, each with its words there; in the order of the queue. */
    public record SourceGroup(Source source, List<ClaimSource> links) {
    }

    /** What an editor chose on one source's form, kept as sent when it comes back with a problem. */
    public record Choice(long source, Set<Long> claims, String decision, String reason, FormErrors errors) {

        /** The form of a source nobody has sent yet: every claim chosen, publishing. */
        public boolean chosen(Long sourceId, Long claimId) {
            return source != sourceId || claims.contains(claimId);
        }

        public boolean disputing(Long sourceId) {
            return source == sourceId && DISPUTE.equals(decision);
        }

        public String reasonOf(Long sourceId) {
            return source == sourceId && reason != null ? reason : "";
        }

        public String error(Long sourceId, String field) {
            return source == sourceId ? errors.get(field) : null;
        }
    }

    static final String PUBLISH = "publish";
    static final String DISPUTE = "dispute";
    private static final Choice NOTHING_SENT = new Choice(-1, Set.of(), PUBLISH, null, FormErrors.none());

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<SourceGroup> sources, Filters filters, Choice choice);
    }

    /** The queue; {@code show=all} lists every claim, not only those that need attention. */
    @GET
    @Path("")
    public TemplateInstance index(@RestQuery String conflict, @RestQuery String claimant,
            @RestQuery String journalist, @RestQuery String show) {
        return queue(new Filters(conflict, claimant, journalist, show), NOTHING_SENT);
    }

    private TemplateInstance queue(Filters filters, Choice choice) {
        String conflict = filters.conflict();
        String claimant = filters.claimant();
        String journalist = filters.journalist();
        String show = filters.show();
        StringBuilder where = new StringBuilder(" where c.id > 0");
        List<Object> values = new ArrayList<>();
        if (!"all".equals(show)) {
            where.append(" and (c.published = false or c.status = ?").append(values.size() + 1).append(")");
            values.add(Status.DISPUTED);
        }
        if (conflict != null && !conflict.isBlank()) {
            where.append(" and lower(c.conflict.name) like ?").append(values.size() + 1);
            values.add("%" + conflict.strip().toLowerCase() + "%");
        }
        if (claimant != null && !claimant.isBlank()) {
            where.append(" and lower(c.claimant.name) like ?").append(values.size() + 1);
            values.add("%" + claimant.strip().toLowerCase() + "%");
        }
        if (journalist != null && !journalist.isBlank()) {
            where.append(" and c.createdBy = ?").append(values.size() + 1);
            values.add(journalist.strip());
        }
        var query = Panache.getEntityManager().createQuery("""
                select c from Claim c join fetch c.conflict join fetch c.claimant join fetch c.subjectParty
                join fetch c.category """ + where + " order by c.createdAt desc, c.id desc", Claim.class)
                .setMaxResults(QUEUE_LENGTH);
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return Templates.index(bySource(query.getResultList()), filters, choice);
    }

    /**
     * Each claim under the first source it was read in, the sources in the order of their newest claim, the claims
     * of a source in the order they were entered.
     */
    private static List<SourceGroup> bySource(List<Claim> claims) {
        Map<Long, ClaimSource> firstLink = new HashMap<>();
        if (!claims.isEmpty()) {
            Panache.getEntityManager().createQuery("""
                    select cs from ClaimSource cs join fetch cs.source where cs.claim in :claims order by cs.id""",
                    ClaimSource.class).setParameter("claims", claims).getResultStream()
                    .forEach(link -> firstLink.putIfAbsent(link.claim.id, link));
        }
        Map<Long, SourceGroup> groups = new LinkedHashMap<>();
        for (Claim claim : claims) {
            ClaimSource link = firstLink.get(claim.id);
            if (link != null) {
                groups.computeIfAbsent(link.source.id, id -> new SourceGroup(link.source, new ArrayList<>())).links()
                        .add(link);
            }
        }
        // Within a source, in the order they were entered: the article's order
        groups.values().forEach(group -> group.links().sort(Comparator.comparing(link -> link.claim.id)));
        return List.copyOf(groups.values());
    }

    /**
     * Publishes or disputes the chosen claims of a source, all in one change or none: without a claim chosen, or
     * disputing without a reason, the queue comes back with the form as sent and the problem next to its field.
     */
    @POST
    @Path("/sources/{id}")
    public Response decide(@RestPath long id, @RestForm("claim") List<String> claim, @RestForm String decision,
            @RestForm String reason, @RestForm String conflict, @RestForm String claimant,
            @RestForm String journalist, @RestForm String show) {
        Source source = Source.findById(id);
        notFoundIfNull(source);
        Filters filters = new Filters(conflict, claimant, journalist, show);
        ReviewMessages msg = language.bundle(ReviewMessages.class);
        Set<Long> quoted = ClaimSource.<ClaimSource> list("source", source).stream().map(link -> link.claim.id)
                .collect(Collectors.toSet());
        Set<Long> chosen = new LinkedHashSet<>();
        FormErrors errors = FormErrors.none();
        for (String typed : claim == null ? List.<String> of() : claim) {
            Long claimId = typed.matches("\\d{1,18}") ? Long.valueOf(typed) : null;
            if (claimId == null || !quoted.contains(claimId)) {
                errors.add("claim", msg.not_of_this_source());
            } else {
                chosen.add(claimId);
            }
        }
        if (chosen.isEmpty()) {
            errors.add("claim", msg.choose_claims());
        }
        boolean disputing = DISPUTE.equals(decision);
        if (!disputing && !PUBLISH.equals(decision)) {
            errors.add("decision", msg.choose_decision());
        }
        String because = reason == null ? "" : reason.strip();
        if (disputing && because.isEmpty()) {
            errors.add("reason", msg.dispute_needs_reason());
        } else if (because.length() > 2000) {
            errors.add("reason", msg.reason_too_long());
        }
        if (!errors.isEmpty()) {
            return Response.ok(queue(filters, new Choice(id, chosen, decision, reason, errors))).build();
        }
        List<Claim> claims = Claim.list("id in ?1", chosen);
        if (disputing) {
            publication.setStatus(claims, Status.DISPUTED, because);
            flash("message", msg.source_disputed(source.outlet));
        } else {
            publication.publish(claims);
            flash("message", msg.source_published(source.outlet));
        }
        return backTo("?" + filters.query());
    }

    /** Publishes a claim: readers see it from now on. */
    @POST
    @Path("/claims/{id}/publish")
    public Response publish(@RestPath long id, @RestForm String back) {
        publication.publish(claim(id));
        flash("message", language.bundle(ReviewMessages.class).published(id));
        return backTo(back);
    }

    /** Makes a published claim a draft again. */
    @POST
    @Path("/claims/{id}/unpublish")
    public Response unpublish(@RestPath long id, @RestForm String reason, @RestForm String back) {
        publication.unpublish(claim(id), reason);
        flash("message", language.bundle(ReviewMessages.class).unpublished(id));
        return backTo(back);
    }

    /** Sets a claim's status with the reason readers will see; without a needed reason nothing changes. */
    @POST
    @Path("/claims/{id}/status")
    public Response status(@RestPath long id, @RestForm String status, @RestForm String reason, @RestForm String back) {
        Status chosen = status == null ? null : Slugged.fromSlug(Status.class, status);
        boolean reasonGiven = reason != null && !reason.isBlank() && reason.length() <= 2000;
        if (chosen == null || chosen != Status.REPORTED && !reasonGiven) {
            flash("message", language.bundle(ReviewMessages.class).reason_needed());
            return backTo(back);
        }
        publication.setStatus(claim(id), chosen, reasonGiven ? reason.strip() : null);
        flash("message", language.bundle(ReviewMessages.class).status_set(id));
        return backTo(back);
    }

    private Claim claim(long id) {
        Claim claim = Claim.findById(id);
        notFoundIfNull(claim);
        return claim;
    }

    /** Back to the page the editor acted from: the queue with its filters, or the claim. */
    private static Response backTo(String back) {
        String page = back != null && back.startsWith("/claims/") ? back
                : "/review" + (back != null && back.startsWith("?") && back.length() > 1 ? back : "");
        try {
            return Response.seeOther(URI.create(page)).build();
        } catch (IllegalArgumentException notAnAddress) {
            return Response.seeOther(URI.create("/review")).build();
        }
    }
}
