package org.hasila.desk;

import java.util.ArrayList;
import java.util.List;

import io.quarkiverse.renarde.Controller;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.hasila.account.Role;
import org.hasila.extraction.Extraction;
import org.hasila.extraction.Suggestion;
import org.hasila.extraction.TextLanguage;
import org.hasila.register.claim.Claim;
import org.hasila.register.source.Source;
import org.hasila.web.DeskMessages;
import org.hasila.web.FormErrors;
import org.hasila.web.Language;
import org.jboss.resteasy.reactive.RestPath;

/**
 * "Paste the article": the claims Hasila finds in a source's text, each a filled claim form the journalist checks,
 * corrects, drops or keeps; nothing is saved until they save the ones they kept. Who may do what: journalists and
 * editors, as for adding claims one by one (the claims are drafts).
 */
@Path("/desk")
@RolesAllowed({ Role.JOURNALIST, Role.EDITOR })
public class Articles extends Controller {

    @Inject
    Extraction extraction;

    @Inject
    DeskService desk;

    @Inject
    Language language;

    /** One suggested claim on the page: its form, whether it is kept, and its problems. */
    public record Suggested(ClaimForm form, boolean kept, FormErrors errors, Long duplicateOf) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance paste(Source source, ArticleForm form, FormErrors errors,
                DeskChoices choices, int longest);

        static native TemplateInstance suggestions(Source source, String conflict, List<Suggested> claims,
                FormErrors errors, DeskChoices choices);
    }

    /** The text field, in the source's language, and the conflict of the source's claims or of the last one. */
    @GET
    @Path("/sources/{id}/article")
    public TemplateInstance paste(@RestPath long id) {
        Source source = Source.findById(id);
        notFoundIfNull(source);
        String textLanguage = TextLanguage.of(source.language).map(TextLanguage::tag).orElse(null);
        return Templates.paste(source, new ArticleForm(null, textLanguage, lastConflict(source)), FormErrors.none(),
                DeskChoices.load(), Extraction.LONGEST_TEXT);
    }

    /** The claims found in the text, as forms to check; nothing is saved. */
    @POST
    @Path("/sources/{id}/article")
    public TemplateInstance extract(@RestPath long id, @BeanParam ArticleForm form) {
        Source source = Source.findById(id);
        notFoundIfNull(source);
        DeskMessages texts = language.bundle(DeskMessages.class);
        FormErrors errors = FormErrors.none();
        if (form.text() == null || form.text().isBlank()) {
            errors.add("text", texts.paste_text_needed());
        } else if (form.text().codePointCount(0, form.text().length()) > Extraction.LONGEST_TEXT) {
            errors.add("text", texts.paste_text_too_long(Extraction.LONGEST_TEXT));
        }
        if (TextLanguage.of(form.language()).isEmpty()) {
            errors.add("language", texts.paste_language_needed());
        }
        if (form.conflict() == null || form.conflict().isBlank()) {
            errors.add("conflict", texts.paste_conflict_needed());
        }
        if (!errors.isEmpty()) {
            return Templates.paste(source, form, errors, DeskChoices.load(), Extraction.LONGEST_TEXT);
        }
        List<Suggested> claims = new ArrayList<>();
        for (Suggestion suggestion : extraction.suggest(form.text(), TextLanguage.of(form.language()).get(),
                source.publishedOn)) {
            claims.add(new Suggested(ClaimForm.suggested(suggestion, form.conflict().strip()), true, FormErrors.none(),
                    null));
        }
        return Templates.suggestions(source, form.conflict().strip(), claims, FormErrors.none(), DeskChoices.load());
    }

    /** Saves the kept claims as drafts, all or none; back to the source, or the page again with the problems. */
    @POST
    @Path("/sources/{id}/suggestions")
    public TemplateInstance save(@RestPath long id, @BeanParam SuggestedClaims posted) {
        Source source = Source.findById(id);
        notFoundIfNull(source);
        List<ClaimForm> forms = posted.forms();
        List<ClaimForm> kept = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            if (posted.kept(i)) {
                kept.add(forms.get(i));
            }
        }
        DeskMessages texts = language.bundle(DeskMessages.class);
        if (kept.isEmpty()) {
            return again(source, posted, forms, List.of(),
                    FormErrors.none().add("keep", texts.suggestions_none_kept()));
        }
        List<DeskService.Outcome> outcomes = desk.addClaims(source, kept, identity.getPrincipal().getName());
        if (!outcomes.stream().allMatch(DeskService.Outcome::ok)) {
            return again(source, posted, forms, outcomes,
                    FormErrors.none().add("keep", texts.suggestions_not_saved()));
        }
        flash("message", texts.suggestions_saved(outcomes.size()));
        redirect(Desk.class).source(id, null);
        return null;
    }

    /** The page as it was posted, each kept claim with its problems. */
    private static TemplateInstance again(Source source, SuggestedClaims posted, List<ClaimForm> forms,
            List<DeskService.Outcome> outcomes, FormErrors errors) {
        List<Suggested> claims = new ArrayList<>();
        int saved = 0;
        for (int i = 0; i < forms.size(); i++) {
            DeskService.Outcome outcome = posted.kept(i) && saved < outcomes.size() ? outcomes.get(saved++) : null;
            claims.add(new Suggested(forms.get(i), posted.kept(i),
                    outcome == null ? FormErrors.none() : outcome.errors(),
                    outcome == null ? null : outcome.duplicateOf()));
        }
        return Templates.suggestions(source, posted.conflict(), claims, errors, DeskChoices.load());
    }

    /** The conflict of the source's last claim, else of the journalist's last claim: most sources continue one. */
    private String lastConflict(Source source) {
        return Claim.<Claim> find("""
                select c from Claim c where exists (from ClaimSource cs where cs.claim = c and cs.source = ?1)
                order by c.createdAt desc""", source).firstResultOptional()
                .or(() -> Claim.<Claim> find("createdBy = ?1 order by createdAt desc", identity.getPrincipal().getName())
                        .firstResultOptional())
                .map(c -> c.conflict.name).orElse(null);
    }
}
