package org.hasila.desk;

import java.util.List;
import java.util.Map;

import io.quarkiverse.renarde.Controller;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateGlobal;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.hasila.account.Role;
import org.hasila.kernel.Names;
import org.hasila.kernel.Slugged;
import org.hasila.kernel.Urls;
import org.hasila.register.category.Category;
import org.hasila.register.claim.Claim;
import org.hasila.register.claim.ClaimRules;
import org.hasila.register.claimant.Claimant;
import org.hasila.register.conflict.Conflict;
import org.hasila.register.name.NameKind;
import org.hasila.register.name.Translations;
import org.hasila.register.party.Party;
import org.hasila.register.source.Source;
import org.hasila.review.ChangeReason;
import org.hasila.review.EditRights;
import org.hasila.web.DeskMessages;
import org.hasila.web.FormErrors;
import org.hasila.web.Language;
import org.hasila.web.Languages;
import org.hasila.web.Msg;
import org.hasila.web.ProblemWords;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * A name's forms in the site's languages, added or changed after the claims that use it, one language at a time.
 * Who may: editors any name's forms; a journalist those of a name only drafts use. A name readers see changes only
 * through an editor, with a reason its history keeps (docs/workflow.md).
 */
@Path(NameForms.ROOT)
@RolesAllowed({ Role.JOURNALIST, Role.EDITOR })
public class NameForms extends Controller {

    static final String ROOT = "/desk/names";

    /**
     * Links to a name's page ({namesPage}claimant?name=...), written from the path above: a name may hold braces,
     * which Renarde's {uri:} would read as a template of the address.
     */
    @TemplateGlobal
    static final String namesPage = ROOT + "/";

    @Inject
    Translations translations;

    @Inject
    Languages languages;

    @Inject
    Language language;

    @Inject
    EditRights rights;

    @Inject
    ChangeReason changeReason;

    @Inject
    ProblemWords problemWords;

    /** A language of the site and the name's form in it, empty when it has none. */
    public record Form(String code, String languageName, String dir, String name) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(String kind, String name, List<Form> forms, Form editing,
                boolean readersSee, boolean mayEdit, String typed, String reason, FormErrors errors);
    }

    /** The name's forms in every language, and the form of one of them ({@code in}, the page's by default). */
    @GET
    @Path("/{kind}")
    public Response edit(@RestPath String kind, @RestQuery String name, @RestQuery String in) {
        NameKind named = named(kind, name);
        Form editing = form(named, name, in);
        return page(named, name, editing, editing.name(), null, FormErrors.none(), Response.Status.OK);
    }

    /** Saves the name's form in one language; an empty one removes it. */
    @POST
    @Path("/{kind}")
    @Transactional
    public Response save(@RestPath String kind, @RestForm String name, @RestForm String in, @RestForm String form,
            @RestForm String reason) {
        NameKind named = named(kind, name);
        Form editing = form(named, name, in);
        if (!rights.mayEditForms(named, name)) {
            return page(named, name, editing, form, reason, FormErrors.none(), Response.Status.FORBIDDEN);
        }
        FormErrors errors = FormErrors.none();
        String written = form == null || form.isBlank() ? null
                : new ClaimRules(Category.slugs()).nameInLanguage("form", form,
                        problem -> errors.add("form", problemWords.of(problem)));
        boolean readersSee = EditRights.readersSee(named, name);
        if (readersSee && (reason == null || reason.isBlank())) {
            errors.add("reason", language.bundle(DeskMessages.class).names_reason_needed());
        }
        if (!errors.isEmpty()) {
            return page(named, name, editing, form, reason, errors, Response.Status.OK);
        }
        changeReason.set(reason);
        Translations.put(named, Names.key(name), editing.code(), written);
        flash("message", language.bundle(DeskMessages.class).names_saved());
        // Written by hand, not by redirecting to edit(...): Renarde would read braces in the name as a template
        return Response.seeOther(java.net.URI.create(namesPage + named.slug() + "?name=" + Urls.urlEncoded(name)
                + "&in=" + editing.code())).build();
    }

    private Response page(NameKind kind, String name, Form editing, String typed, String reason, FormErrors errors,
            Response.Status status) {
        Map<String, String> stored = translations.of(kind, name);
        List<Form> forms = languages.all().stream()
                .map(msg -> new Form(msg.lang(), msg.language_name(), msg.dir(), stored.get(msg.lang()))).toList();
        return Response.status(status).entity(Templates.edit(kind.slug(), name, forms, editing,
                EditRights.readersSee(kind, name), rights.mayEditForms(kind, name), typed, reason, errors)).build();
    }

    /** The language to edit: one of the site's, the page's when none is asked for. */
    private Form form(NameKind kind, String name, String in) {
        String code = in != null && languages.speaks(in) ? in : language.getCode();
        Msg msg = languages.bundle(Msg.class, code);
        return new Form(code, msg.language_name(), msg.dir(), translations.of(kind, name).get(code));
    }

    /** The kind of a stored name; 404 for any other. */
    private NameKind named(String kind, String name) {
        NameKind named = Slugged.fromSlug(NameKind.class, kind);
        boolean stored = named != null && name != null && switch (named) {
            case CONFLICT -> Conflict.count("nameKey", Names.key(name)) > 0;
            case PARTY -> Party.count("nameKey", Names.key(name)) > 0;
            case CLAIMANT -> Claimant.count("nameKey", Names.key(name)) > 0;
            case OUTLET -> Source.count("outlet", name) > 0;
            case ITEM -> Claim.count("item", name) > 0;
        };
        if (!stored) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        return named;
    }
}
