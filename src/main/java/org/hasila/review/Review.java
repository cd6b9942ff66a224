package org.hasila.review;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

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
import org.hasila.web.Language;
import org.hasila.web.ReviewMessages;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The editor's queue: drafts and disputed claims, newest first, filterable by conflict, claimant and journalist.
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

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<Claim> claims, Filters filters, Status[] statuses);
    }

    /** The queue; {@code show=all} lists every claim, not only those that need attention. */
    @GET
    @Path("")
    public TemplateInstance index(@RestQuery String conflict, @RestQuery String claimant,
            @RestQuery String journalist, @RestQuery String show) {
        Filters filters = new Filters(conflict, claimant, journalist, show);
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
        return Templates.index(query.getResultList(), filters, Status.values());
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
