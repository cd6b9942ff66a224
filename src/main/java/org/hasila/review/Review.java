package org.hasila.review;

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
import org.hasila.account.Role;
import org.hasila.claim.Claim;
import org.hasila.claim.Status;
import org.hasila.desk.DeskService;
import org.hasila.web.Language;
import org.hasila.web.ReviewMessages;
import org.hasila.web.Slugged;
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
    DeskService desk;

    @Inject
    Language language;

    /** The filters of the queue, as typed. */
    public record Filters(String conflict, String claimant, String journalist, String show) {

        public String query() {
            return "conflict=" + encode(conflict) + "&claimant=" + encode(claimant) + "&journalist="
                    + encode(journalist) + "&show=" + encode(show);
        }

        private static String encode(String value) {
            return value == null ? "" : java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
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
    public void publish(@RestPath long id, @RestForm String back) {
        desk.review(claim(id), true, null, null);
        flash("message", language.bundle(ReviewMessages.class).published(id));
        backTo(back);
    }

    /** Makes a published claim a draft again. */
    @POST
    @Path("/claims/{id}/unpublish")
    public void unpublish(@RestPath long id, @RestForm String reason, @RestForm String back) {
        desk.review(claim(id), false, null, reason);
        flash("message", language.bundle(ReviewMessages.class).unpublished(id));
        backTo(back);
    }

    /** Sets a claim's status with the reason readers will see. */
    @POST
    @Path("/claims/{id}/status")
    public void status(@RestPath long id, @RestForm String status, @RestForm String reason, @RestForm String back) {
        Status chosen = status == null ? null : Slugged.fromSlug(Status.class, status);
        boolean reasonGiven = reason != null && !reason.isBlank() && reason.length() <= 2000;
        if (chosen == null || chosen != Status.REPORTED && !reasonGiven) {
            flash("message", language.bundle(ReviewMessages.class).reason_needed());
            backTo(back);
        }
        desk.review(claim(id), null, chosen, reasonGiven ? reason.strip() : null);
        flash("message", language.bundle(ReviewMessages.class).status_set(id));
        backTo(back);
    }

    private Claim claim(long id) {
        Claim claim = Claim.findById(id);
        notFoundIfNull(claim);
        return claim;
    }

    /** Back to the page the editor acted from: the queue with its filters, or the claim. */
    private void backTo(String back) {
        if (back != null && back.startsWith("/claims/")) {
            seeOther(back);
        }
        seeOther("/review" + (back != null && back.startsWith("?") && back.length() > 1 ? back : ""));
    }
}
