package org.hasila.desk;

import java.util.List;
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
import org.hasila.interchange.ImportJob;
import org.hasila.register.claim.Claim;
import org.hasila.register.source.ClaimSource;
import org.hasila.register.source.Source;
import org.hasila.review.EditRights;
import org.hasila.web.DeskMessages;
import org.hasila.web.FormErrors;
import org.hasila.web.Language;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The journalist's desk, source first: enter the article once, then every claim it holds on the same page.
 * Who may do what: journalists and editors enter sources and claims; a journalist edits the sources they
 * entered claims from while readers do not see them, an editor any source (with a reason when readers see it).
 */
@Path("/desk")
@RolesAllowed({ Role.JOURNALIST, Role.EDITOR })
public class Desk extends Controller {

    @Inject
    DeskService desk;

    @Inject
    EditRights rights;

    @Inject
    Language language;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<Claim> drafts, List<Source> sources, List<ImportJob> jobs);

        static native TemplateInstance newSource(SourceForm form, FormErrors errors, SourceLanguages languages,
                Long stored);

        static native TemplateInstance source(Source source, List<ClaimSource> claims, ClaimForm form,
                Map<String, String> translations, FormErrors errors, Long duplicateOf, Long attachable, AttachForm attach,
                DeskChoices choices);

        static native TemplateInstance editSource(Source source, SourceForm form, FormErrors errors,
                boolean readersSee, SourceLanguages languages);

        static native TemplateInstance sourceForEditors(Source source);
    }

    /** The journalist's drafts, the latest sources, and the imports the user started lately, to come back to. */
    @GET
    @Path("")
    public TemplateInstance index() {
        List<Claim> drafts = Claim.find("""
                select c from Claim c join fetch c.claimant join fetch c.subjectParty join fetch c.category
                where c.published = false and c.createdBy = ?1 order by c.createdAt desc""",
                identity.getPrincipal().getName()).page(0, 100).list();
        List<Source> sources = Source.find("order by createdAt desc").page(0, 20).list();
        return Templates.index(drafts, sources, ImportJob.recentOf(identity.getPrincipal().getName()));
    }

    /** Start here: the source's outlet, title, link, date and language. */
    @GET
    @Path("/sources/new")
    public TemplateInstance newSource() {
        return Templates.newSource(SourceForm.blank(), FormErrors.none(), languages(null), null);
    }

    /**
     * Saves the source, or opens the one already there with the evidence typed that it lacked; on to its page to add
     * its claims. Evidence it may not take comes back next to its field, with a link to the source as stored.
     */
    @POST
    @Path("/sources")
    public TemplateInstance createSource(@BeanParam SourceForm form) {
        DeskService.Outcome outcome = desk.createSource(form);
        if (!outcome.ok()) {
            return Templates.newSource(form, outcome.errors(), languages(form.language()), outcome.duplicateOf());
        }
        if (outcome.duplicateOf() != null) {
            DeskMessages texts = language.bundle(DeskMessages.class);
            boolean evidenceTyped = form.archiveUrl() != null && !form.archiveUrl().isBlank()
                    || form.capturedText() != null && !form.capturedText().isBlank();
            flash("message", evidenceTyped ? texts.source_found_with_evidence() : texts.source_found());
        }
        source(outcome.id(), null);
        return null;
    }

    /**
     * The source with its claims, and the form to add the next one: filled from the last one, if given, else with
     * who and about whom the journalist's last claim was, wherever it was read.
     */
    @GET
    @Path("/sources/{id}")
    public TemplateInstance source(@RestPath long id, @RestQuery Long after) {
        Source source = Source.findById(id);
        notFoundIfNull(source);
        Claim last = after == null ? null : Claim.findById(after);
        ClaimForm form = last == null ? firstForm(identity.getPrincipal().getName()) : ClaimForm.after(last);
        return page(source, form, Map.of(), FormErrors.none(), null, null, AttachForm.blank());
    }

    /**
     * The form for a source's first claim: the context of the person's last claim. It is kept in the register itself
     * (the claim and who entered it), so it follows them to any device and survives restarts, with nothing to store.
     */
    static ClaimForm firstForm(String person) {
        return Claim.<Claim> find("createdBy = ?1 order by createdAt desc, id desc", person).firstResultOptional()
                .map(ClaimForm::context).orElseGet(ClaimForm::first);
    }

    /**
     * The source's page: its claims, the form for the next (with its problems), the claim it would repeat and
     * whether this source may be added to it, and the form that adds the source to a claim already recorded.
     */
    static TemplateInstance page(Source source, ClaimForm form, Map<String, String> translations, FormErrors errors,
            Long duplicateOf, Long attachable, AttachForm attach) {
        List<ClaimSource> claims = ClaimSource.find("""
                select cs from ClaimSource cs join fetch cs.claim c join fetch c.claimant join fetch c.category
                join fetch c.subjectParty where cs.source = ?1 order by cs.id""", source).list();
        return Templates.source(source, claims, form, translations, errors, duplicateOf, attachable, attach,
                DeskChoices.load());
    }

    /**
     * The source's form, filled from the source; to a journalist, a source readers see is shown read-only, with
     * who may change it.
     */
    @GET
    @Path("/sources/{id}/edit")
    public Response editSource(@RestPath long id) {
        Source source = Source.findById(id);
        notFoundIfNull(source);
        if (!rights.mayEdit(source)) {
            return refused(source);
        }
        return Response.ok(Templates.editSource(source, SourceForm.editing(source), FormErrors.none(),
                EditRights.readersSee(source), languages(source.language))).build();
    }

    /** Saves the edited source; back to its page. */
    @POST
    @Path("/sources/{id}")
    public Response updateSource(@RestPath long id, @BeanParam SourceForm form) {
        Source source = Source.findById(id);
        notFoundIfNull(source);
        if (!rights.mayEdit(source)) {
            return refused(source);
        }
        DeskService.Outcome outcome = desk.updateSource(source, form);
        if (!outcome.ok()) {
            return Response.ok(Templates.editSource(source, form, outcome.errors(), EditRights.readersSee(source),
                    languages(form.language()))).build();
        }
        flash("message", language.bundle(DeskMessages.class).source_saved());
        source(id, null);
        return null;
    }

    /** The languages offered, in the page's language, with the source's own among them. */
    private SourceLanguages languages(String chosen) {
        return SourceLanguages.in(language.locale(), chosen);
    }

    /** A source readers see, read-only, saying that an editor changes it; any other source is not theirs. */
    private static Response refused(Source source) {
        if (!EditRights.readersSee(source)) {
            throw new ForbiddenException();
        }
        return Response.status(Response.Status.FORBIDDEN).entity(Templates.sourceForEditors(source)).build();
    }
}
