package org.hasila.desk;

import java.util.Map;

import io.quarkiverse.renarde.Controller;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.hasila.account.Role;
import org.hasila.register.claim.Claim;
import org.hasila.register.source.Source;
import org.hasila.review.EditRights;
import org.hasila.web.DeskMessages;
import org.hasila.web.FormErrors;
import org.hasila.web.Language;
import org.hasila.web.MendingMessages;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Adding claims to a source, editing and deleting them. Who may do what: journalists add claims (drafts), edit
 * their own drafts and delete those never published; editors edit any claim, and a published claim only with a
 * reason, which its history keeps, and delete any draft never published. Nothing ever published is deleted.
 */
@Path("/desk")
@RolesAllowed({ Role.JOURNALIST, Role.EDITOR })
public class ClaimEntry extends Controller {

    @Inject
    DeskService desk;

    @Inject
    EditRights rights;

    @Inject
    Language language;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(Claim claim, ClaimForm form, Map<String, String> translations,
                FormErrors errors, Long duplicateOf, DeskChoices choices);

        static native TemplateInstance delete(Claim claim, Long source, String refusal);
    }

    /** Adds a claim read in the source; back to the source with the next claim's form filled from this one. */
    @POST
    @Path("/sources/{id}/claims")
    public TemplateInstance add(@RestPath long id, @BeanParam ClaimForm form) {
        Source source = Source.findById(id);
        notFoundIfNull(source);
        Map<String, String> translations = TranslationFields.posted(source.language);
        DeskService.Outcome outcome = desk.addClaim(source, form, translations, identity.getPrincipal().getName());
        if (!outcome.ok()) {
            return Desk.page(source, form, translations, outcome.errors(), outcome.duplicateOf());
        }
        flash("message", language.bundle(DeskMessages.class).claim_added());
        redirect(Desk.class).source(id, outcome.id());
        return null;
    }

    /** The claim's form, filled from the claim. */
    @GET
    @Path("/claims/{id}/edit")
    public TemplateInstance edit(@RestPath long id) {
        Claim claim = editable(id);
        return Templates.edit(claim, ClaimForm.editing(claim), ClaimForm.translationsEditing(claim), FormErrors.none(),
                null, DeskChoices.load());
    }

    /** Saves the edited claim; back to its page. */
    @POST
    @Path("/claims/{id}")
    public TemplateInstance update(@RestPath long id, @BeanParam ClaimForm form) {
        Claim claim = editable(id);
        Map<String, String> translations = TranslationFields
                .posted(claim.sources.isEmpty() ? null : claim.sources.get(0).source.language);
        DeskService.Outcome outcome = desk.updateClaim(claim, form, translations);
        if (!outcome.ok()) {
            Claim current = Claim.find("""
                    select c from Claim c left join fetch c.sources cs left join fetch cs.source where c.id = ?1""", id)
                    .firstResult();
            return Templates.edit(current, form, translations, outcome.errors(), outcome.duplicateOf(),
                    DeskChoices.load());
        }
        flash("message", language.bundle(DeskMessages.class).claim_saved());
        redirect(org.hasila.reader.Claims.class).show(id);
        return null;
    }

    /** Asks whether to delete the draft; says why not when it may not be deleted. */
    @GET
    @Path("/claims/{id}/delete")
    public Response confirmDelete(@RestPath long id) {
        Claim claim = withNames(id);
        String refusal = refusalToDelete(claim);
        return Response.status(refusal == null ? Response.Status.OK : Response.Status.FORBIDDEN)
                .entity(Templates.delete(claim, desk.firstSource(claim), refusal)).build();
    }

    /** Deletes the draft; back to the source it was read in. */
    @POST
    @Path("/claims/{id}/delete")
    public Response delete(@RestPath long id) {
        Claim claim = withNames(id);
        String refusal = refusalToDelete(claim);
        if (refusal != null) {
            return Response.status(Response.Status.FORBIDDEN)
                    .entity(Templates.delete(claim, desk.firstSource(claim), refusal)).build();
        }
        Long source = desk.deleteDraft(claim);
        flash("message", language.bundle(MendingMessages.class).deleted());
        if (source == null) {
            redirect(Desk.class).index();
        } else {
            redirect(Desk.class).source(source, null);
        }
        return null;
    }

    /** The claim with what its line names, which a refusal shows after the request's session has closed. */
    private Claim withNames(long id) {
        Claim claim = Claim.<Claim> find("""
                select c from Claim c join fetch c.claimant join fetch c.subjectParty join fetch c.category
                where c.id = ?1""", id).firstResult();
        notFoundIfNull(claim);
        return claim;
    }

    /** Why this person may not delete the claim; null when they may. */
    private String refusalToDelete(Claim claim) {
        if (rights.mayDelete(claim)) {
            return null;
        }
        MendingMessages msg = language.bundle(MendingMessages.class);
        return EditRights.everPublished(claim) ? msg.not_deletable_published() : msg.not_deletable_others();
    }

    /** The claim, when who asks may edit it; refused otherwise. */
    private Claim editable(long id) {
        Claim claim = Claim.findById(id);
        notFoundIfNull(claim);
        if (!rights.mayEdit(claim)) {
            throw new ForbiddenException();
        }
        return claim;
    }
}
