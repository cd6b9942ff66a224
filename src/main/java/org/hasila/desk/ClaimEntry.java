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
import org.hasila.register.source.ClaimSource;
import org.hasila.register.source.Source;
import org.hasila.review.EditRights;
import org.hasila.web.DeskMessages;
import org.hasila.web.FormErrors;
import org.hasila.web.Language;
import org.hasila.web.MendingMessages;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Adding claims to a source, editing and deleting them. Who may do what: journalists add claims (drafts), edit
 * their own drafts and delete those never published; editors edit any claim, and a published claim only with a
 * reason, which its history keeps, and delete any draft never published. Nothing ever published is deleted. A claim
 * already recorded gains the open source from journalists while it is a draft, from editors always (readers see a
 * published claim's sources).
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

    /**
     * Adds a claim read in the source; back to the source with the next claim's form filled from this one. A claim
     * that repeats one already recorded is pointed out, with "this source reports it too", which sends
     * {@code attach} and adds the source to that claim instead.
     */
    @POST
    @Path("/sources/{id}/claims")
    public TemplateInstance add(@RestPath long id, @BeanParam ClaimForm form) {
        Source source = Source.findById(id);
        notFoundIfNull(source);
        if (form.attach() != null) {
            return attachTo(source, new AttachForm(form.attach(), form.quote(), form.translation()));
        }
        ClaimForm filled = form.withKnownClaimant();
        Map<String, String> translations = TranslationFields.posted(source.language);
        DeskService.Outcome outcome = desk.addClaim(source, filled, translations, identity.getPrincipal().getName());
        if (!outcome.ok()) {
            Long duplicate = outcome.duplicateOf();
            Long attachable = duplicate != null && desk.mayAttach(source, duplicate) ? duplicate : null;
            return Desk.page(source, filled, translations, outcome.errors(), duplicate, attachable, AttachForm.blank());
        }
        flash("message", language.bundle(DeskMessages.class).claim_added());
        redirect(Desk.class).source(id, outcome.id());
        return null;
    }

    /** Adds the source to a claim already recorded, with the claim's words there; back to the source. */
    @POST
    @Path("/sources/{id}/attach")
    public TemplateInstance attach(@RestPath long id, @BeanParam AttachForm form) {
        Source source = Source.findById(id);
        notFoundIfNull(source);
        return attachTo(source, form);
    }

    /** Renarde turns a call of another action into a redirect: both actions that attach call this instead. */
    private TemplateInstance attachTo(Source source, AttachForm form) {
        DeskService.Outcome outcome = desk.attach(source, form);
        if (!outcome.ok()) {
            return Desk.page(source, Desk.firstForm(identity.getPrincipal().getName()), Map.of(), outcome.errors(), null,
                    null, form);
        }
        flash("message", language.bundle(DeskMessages.class).claim_attached(outcome.id()));
        redirect(Desk.class).source(source.id, outcome.id());
        return null;
    }

    /** The claim's form, filled from the claim, with its words in the source it is edited from. */
    @GET
    @Path("/claims/{id}/edit")
    public TemplateInstance edit(@RestPath long id, @RestQuery Long source) {
        Claim claim = editable(id);
        return Templates.edit(claim, ClaimForm.editing(claim, source), ClaimForm.translationsEditing(claim, source),
                FormErrors.none(), null, DeskChoices.load());
    }

    /** Saves the edited claim; back to the source it was edited from (else the first it was read in). */
    @POST
    @Path("/claims/{id}")
    public TemplateInstance update(@RestPath long id, @BeanParam ClaimForm form) {
        Claim claim = editable(id);
        ClaimSource edited = ClaimForm.readIn(claim, form.sourceId());
        Map<String, String> translations = TranslationFields.posted(edited == null ? null : edited.source.language);
        DeskService.Outcome outcome = desk.updateClaim(claim, form, translations);
        if (!outcome.ok()) {
            Claim current = Claim.find("""
                    select c from Claim c left join fetch c.sources cs left join fetch cs.source where c.id = ?1""", id)
                    .firstResult();
            return Templates.edit(current, form, translations, outcome.errors(), outcome.duplicateOf(),
                    DeskChoices.load());
        }
        flash("message", language.bundle(DeskMessages.class).claim_saved());
        if (edited == null) {
            redirect(org.hasila.reader.Claims.class).show(id);
        } else {
            redirect(Desk.class).source(edited.source.id, null);
        }
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
