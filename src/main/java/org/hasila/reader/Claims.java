package org.hasila.reader;

import java.time.Instant;
import java.util.List;

import io.quarkiverse.renarde.Controller;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.hasila.account.Role;
import org.hasila.kernel.Moment;
import org.hasila.register.category.Category;
import org.hasila.register.claim.Claim;
import org.hasila.register.claim.ClaimFilters;
import org.hasila.register.claim.ClaimSearch;
import org.hasila.register.claim.FilterReader;
import org.hasila.register.claim.PastClaims;
import org.hasila.register.claim.PublishedNames;
import org.hasila.register.claim.Status;
import org.hasila.register.claimant.Claimant;
import org.hasila.register.conflict.Conflict;
import org.hasila.register.party.Party;
import org.hasila.review.Corrections;
import org.hasila.review.EditRights;
import org.hasila.review.History;
import org.hasila.web.FilterMessages;
import org.hasila.web.FormErrors;
import org.hasila.web.Language;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The list of published claims with its filters, and a claim's page with its sources and competing claims. */
@Path("/claims")
public class Claims extends Controller {

    @Inject
    History history;

    @Inject
    ClaimSearch search;

    @Inject
    Language language;

    @Inject
    PublishedNames names;

    @Inject
    EditRights rights;

    @Inject
    Corrections corrections;

    @Inject
    PastClaims pastClaims;

    @Inject
    HttpServerRequest http;

    /** What the filter form offers. */
    public record Choices(List<Conflict> conflicts, List<Claimant> claimants, List<Party> parties,
            List<Category> categories, Status[] statuses) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Choices choices, ClaimFilters.Typed typed, FormErrors errors,
                ClaimSearch.Page page);

        static native TemplateInstance show(Claim claim, List<Claim> competing, List<History.Entry> history,
                boolean canEdit, boolean canReview, Status[] statuses, List<Corrections.Correction> corrections,
                String claimReview, Moment at, String atError, Moment dataMoment, String permanentUrl);
    }

    /** Published claims, newest as-of date first, filtered by what the URL says; 400 with the form for bad filters. */
    @GET
    @Path("")
    public Response index(@RestQuery String conflict, @RestQuery String claimant,
            @RestQuery("subject_side") String subjectSide, @RestQuery("claimant_side") String claimantSide,
            @RestQuery String category, @RestQuery String status, @RestQuery String from, @RestQuery String to,
            @RestQuery String after) {
        ClaimFilters.Typed typed = new ClaimFilters.Typed(conflict, claimant, subjectSide, claimantSide, category,
                status, from, to, after);
        ClaimFilters.Result result = ClaimFilters.read(typed, language.bundle(FilterMessages.class));
        ClaimSearch.Page page = result.filters() == null ? null : search.page(result.filters());
        return Response.status(page == null ? 400 : 200)
                .entity(Templates.index(choices(), typed, result.errors(), page)).build();
    }

    private Choices choices() {
        PublishedNames.Names published = names.all();
        return new Choices(published.conflicts(), published.claimants(), published.parties(), Category.listInOrder(),
                Status.values());
    }

    /**
     * The claim's page. Readers see published claims only, anything else is not found; journalists and editors
     * also see drafts and the claim's history, and editors the review actions. With {@code at=}, the claim as readers
     * saw it at that moment, from the revision current then; a claim they did not see then is not found.
     */
    @GET
    @Path("/{id}")
    public Response show(@RestPath long id) {
        // at= is read from the request rather than declared, so that every {uri:Claims.show(id)} stays as it is.
        FilterReader reader = new FilterReader(language.bundle(FilterMessages.class));
        Moment moment = reader.moment("at", http.getParam("at"), Instant.now());
        if (moment != null) {
            Claim past = pastClaims.published(id, pastClaims.revisionAt(moment.instant())).orElse(null);
            notFoundIfNull(past);
            Moment then = dataMoment(id, moment, corrections.of(Corrections.Scope.claim(id)));
            return Response.ok(Templates.show(past, List.of(), List.of(), false, false, Status.values(), List.of(), null,
                    moment, null, then, permanentUrl(id, then))).build();
        }
        boolean staff = !identity.isAnonymous();
        Claim claim = Claim.<Claim> find("""
                select c from Claim c join fetch c.conflict join fetch c.claimant cl left join fetch cl.party
                join fetch c.subjectParty left join fetch c.causedByParty join fetch c.category
                left join fetch c.sources cs left join fetch cs.source
                where c.id = ?1 and (c.published = true or ?2 = true)""", id, staff).firstResult();
        notFoundIfNull(claim);
        List<Corrections.Correction> corrected = corrections.of(Corrections.Scope.claim(id));
        Moment current = dataMoment(id, null, corrected);
        return Response.status(reader.errors().isEmpty() ? 200 : 400)
                .entity(Templates.show(claim, search.competing(claim), staff ? history.ofClaim(id) : List.of(),
                        rights.mayEdit(claim), identity.hasRole(Role.EDITOR), Status.values(), corrected,
                        claim.published ? ClaimReviewLd.of(claim, language) : null, null,
                        reader.errors().get("at"), current, permanentUrl(id, current)))
                .build();
    }

    /**
     * The moment readers' view of the claim last changed, at or before {@code at} (now when null): its own last
     * change, or a later correction of a source it cites (one of its {@code corrected}).
     */
    private Moment dataMoment(long id, Moment at, List<Corrections.Correction> corrected) {
        Instant until = at == null ? Instant.now() : at.instant();
        Instant last = pastClaims.lastPublishedChange(id, until);
        if (last == null) {
            return null;
        }
        for (Corrections.Correction correction : corrected) {
            last = correction.when().isAfter(last) && !correction.when().isAfter(until) ? correction.when() : last;
        }
        return Moment.of(last);
    }

    private String permanentUrl(long id, Moment moment) {
        return moment == null ? null : language.getOrigin() + "/claims/" + id + "?at=" + moment.text();
    }
}
