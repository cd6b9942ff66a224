package org.hasila.desk;

import java.util.List;

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
import org.hasila.source.ClaimSource;
import org.hasila.source.Source;
import org.hasila.web.DeskMessages;
import org.hasila.web.FormErrors;
import org.hasila.web.Language;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The journalist's desk, source first: enter the article once, then every claim it holds on the same page.
 * Who may do what: journalists and editors enter sources and claims; a journalist edits the sources they
 * entered, an editor any source.
 */
@Path("/desk")
@RolesAllowed({ Role.JOURNALIST, Role.EDITOR })
public class Desk extends Controller {

    @Inject
    DeskService desk;

    @Inject
    Language language;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<Claim> drafts, List<Source> sources);

        static native TemplateInstance newSource(DeskForm form, FormErrors errors);

        static native TemplateInstance source(Source source, List<ClaimSource> claims, DeskForm form,
                FormErrors errors, Long duplicateOf, DeskChoices choices);

        static native TemplateInstance editSource(Source source, DeskForm form, FormErrors errors);
    }

    /** The journalist's drafts and the latest sources. */
    @GET
    @Path("")
    public TemplateInstance index() {
        List<Claim> drafts = Claim.find("""
                select c from Claim c join fetch c.claimant join fetch c.subjectParty join fetch c.category
                where c.published = false and c.createdBy = ?1 order by c.createdAt desc""",
                identity.getPrincipal().getName()).page(0, 100).list();
        List<Source> sources = Source.find("order by createdAt desc").page(0, 20).list();
        return Templates.index(drafts, sources);
    }

    /** Start here: the source's outlet, title, link, date and language. */
    @GET
    @Path("/sources/new")
    public TemplateInstance newSource() {
        return Templates.newSource(DeskForm.empty(), FormErrors.none());
    }

    @POST
    @Path("/sources")
    public TemplateInstance createSource(MultivaluedMap<String, String> sent) {
        DeskForm form = DeskForm.of(sent, DeskForm.SOURCE_FIELDS);
        DeskService.Outcome outcome = desk.createSource(form, language);
        if (!outcome.ok()) {
            return Templates.newSource(form, outcome.errors());
        }
        source(outcome.id(), null);
        return null;
    }

    /** The source with its claims, and the form to add the next one (filled from the last one, if given). */
    @GET
    @Path("/sources/{id}")
    public TemplateInstance source(@RestPath long id, @RestQuery Long after) {
        Source source = Source.findById(id);
        notFoundIfNull(source);
        DeskForm form = DeskForm.empty().set("as_of_precision", "exact").set("counting", "cumulative")
                .set("qualifier", "exact");
        Claim last = after == null ? null : Claim.findById(after);
        if (last != null) {
            ClaimEntry.fillContext(form, last);
        }
        return page(source, form, FormErrors.none(), null);
    }

    static TemplateInstance page(Source source, DeskForm form, FormErrors errors, Long duplicateOf) {
        List<ClaimSource> claims = ClaimSource.find("""
                select cs from ClaimSource cs join fetch cs.claim c join fetch c.claimant join fetch c.category
                join fetch c.subjectParty where cs.source = ?1 order by cs.id""", source).list();
        return Templates.source(source, claims, form, errors, duplicateOf, DeskChoices.load());
    }

    @GET
    @Path("/sources/{id}/edit")
    public TemplateInstance editSource(@RestPath long id) {
        Source source = editable(id);
        DeskForm form = DeskForm.empty().set("source_outlet", source.outlet).set("source_title", source.title)
                .set("source_url", source.url).set("source_published_on", source.publishedOn)
                .set("source_language", source.language);
        return Templates.editSource(source, form, FormErrors.none());
    }

    @POST
    @Path("/sources/{id}")
    public TemplateInstance updateSource(@RestPath long id, MultivaluedMap<String, String> sent) {
        Source source = editable(id);
        DeskForm form = DeskForm.of(sent, List.of("source_outlet", "source_title", "source_url",
                "source_published_on", "source_language", "reason"));
        DeskService.Outcome outcome = desk.updateSource(source, form, language);
        if (!outcome.ok()) {
            return Templates.editSource(source, form, outcome.errors());
        }
        flash("message", language.bundle(DeskMessages.class).source_saved());
        source(id, null);
        return null;
    }

    /** Editors edit any source; journalists the ones they entered claims from. */
    private Source editable(long id) {
        Source source = Source.findById(id);
        notFoundIfNull(source);
        boolean editor = identity.hasRole(Role.EDITOR);
        boolean theirs = ClaimSource.count("source = ?1 and claim.createdBy = ?2", source,
                identity.getPrincipal().getName()) > 0;
        if (!editor && !theirs) {
            throw new ForbiddenException();
        }
        return source;
    }
}
