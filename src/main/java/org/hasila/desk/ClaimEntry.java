package org.hasila.desk;

import io.quarkiverse.renarde.Controller;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MultivaluedMap;
import org.hasila.account.Role;
import org.hasila.claim.Claim;
import org.hasila.claim.Qualifier;
import org.hasila.source.Source;
import org.hasila.web.DeskMessages;
import org.hasila.web.FormErrors;
import org.hasila.web.Language;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Adding claims to a source and editing them. Who may do what: journalists add claims (drafts) and edit their
 * own drafts; editors edit any claim, and a published claim only with a reason, which its history keeps.
 */
@Path("/desk")
@RolesAllowed({ Role.JOURNALIST, Role.EDITOR })
public class ClaimEntry extends Controller {

    @Inject
    DeskService desk;

    @Inject
    Language language;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(Claim claim, DeskForm form, FormErrors errors, Long duplicateOf,
                DeskChoices choices);
    }

    /** Adds a claim read in the source; back to the source with the next claim's form filled from this one. */
    @POST
    @Path("/sources/{id}/claims")
    public TemplateInstance add(@RestPath long id, MultivaluedMap<String, String> sent) {
        Source source = Source.findById(id);
        notFoundIfNull(source);
        DeskForm form = DeskForm.of(sent, DeskForm.CLAIM_FIELDS);
        DeskService.Outcome outcome = desk.addClaim(source, form, identity.getPrincipal().getName(), language);
        if (!outcome.ok()) {
            return Desk.page(source, form, outcome.errors(), outcome.duplicateOf());
        }
        flash("message", language.bundle(DeskMessages.class).claim_added());
        redirect(Desk.class).source(id, outcome.id());
        return null;
    }

    @GET
    @Path("/claims/{id}/edit")
    public TemplateInstance edit(@RestPath long id) {
        Claim claim = editable(id);
        DeskForm form = DeskForm.empty();
        fillContext(form, claim);
        form.set("item", claim.item).set("qualifier", claim.qualifier.slug()).set("value", claim.valueExact)
                .set("value_min", claim.valueMin).set("value_max", claim.valueMax).set("notes", claim.notes)
                .set("version", claim.version);
        if (!claim.sources.isEmpty()) {
            form.set("quote", claim.sources.get(0).quote).set("translation", claim.sources.get(0).translation);
        }
        return Templates.edit(claim, form, FormErrors.none(), null, DeskChoices.load());
    }

    @POST
    @Path("/claims/{id}")
    public TemplateInstance update(@RestPath long id, MultivaluedMap<String, String> sent) {
        Claim claim = editable(id);
        DeskForm form = DeskForm.of(sent, DeskForm.CLAIM_FIELDS);
        DeskService.Outcome outcome = desk.updateClaim(claim, form, language);
        if (!outcome.ok()) {
            Claim current = Claim.find("""
                    select c from Claim c left join fetch c.sources cs left join fetch cs.source where c.id = ?1""", id)
                    .firstResult();
            return Templates.edit(current, form, outcome.errors(), outcome.duplicateOf(), DeskChoices.load());
        }
        flash("message", language.bundle(DeskMessages.class).claim_saved());
        redirect(org.hasila.claim.Claims.class).show(id);
        return null;
    }

    /** Editors edit any claim; journalists their own drafts only. */
    private Claim editable(long id) {
        Claim claim = Claim.findById(id);
        notFoundIfNull(claim);
        boolean editor = identity.hasRole(Role.EDITOR);
        boolean ownDraft = !claim.published && identity.getPrincipal().getName().equals(claim.createdBy);
        if (!editor && !ownDraft) {
            throw new ForbiddenException();
        }
        return claim;
    }

    /** What the next claim read in the same source most likely shares with this one. */
    static void fillContext(DeskForm form, Claim claim) {
        form.set("conflict", claim.conflict.name).set("claimant", claim.claimant.name)
                .set("claimant_side", claim.claimant.party == null ? null : claim.claimant.party.name)
                .set("subject_side", claim.subjectParty.name)
                .set("caused_by", claim.causedByParty == null ? null : claim.causedByParty.name)
                .set("category", claim.category.slug).set("counting", claim.counting.slug())
                .set("period_start", claim.periodStart).set("period_end", claim.periodEnd)
                .set("as_of_precision", claim.asOfPrecision.slug()).set("stated_on", claim.statedOn)
                .set("qualifier", claim.qualifier == Qualifier.UNSPECIFIED ? "exact" : claim.qualifier.slug());
    }
}
