package org.hasila.timeline;

import java.util.List;

import io.quarkiverse.renarde.Controller;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hasila.account.CurrentUser;
import org.hasila.register.category.Category;
import org.hasila.register.claim.PublishedNames;
import org.hasila.register.conflict.Conflict;
import org.hasila.register.party.Party;
import org.hasila.web.FilterMessages;
import org.hasila.web.FormErrors;
import org.hasila.web.Language;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The comparison timeline page for readers, with its filters in the URL; {@link TimelineDownloads} serves its
 * embed, chart and data.
 */
@Path("/timelines")
public class Timelines extends Controller {

    @Inject
    TimelineResponses responses;

    @Inject
    Language language;

    @Inject
    CurrentUser currentUser;

    @Inject
    PublishedNames names;

    @Inject
    @CacheName("timeline-fragment")
    Cache fragments;

    /** What the filter form offers. */
    public record Choices(List<Conflict> conflicts, List<Category> categories, List<Party> parties) {
    }

    /** The filters as typed, to fill the form in again. */
    public record Filters(String conflict, String category, String subject, String item, String asOf) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(Choices choices, Filters filters, FormErrors errors,
                TimelineService.View view, String query, String origin, KeptFragments kept);

        /** A row of the claims table ({@link KeptFragments}). */
        static native TemplateInstance show$claim_row(TimelineService.Row row);

        /** A flag, with links to its claims ({@link KeptFragments}). */
        static native TemplateInstance show$flag(Timeline.Flag flag);

    }

    /** The timeline page, or the form to choose one. */
    @GET
    @Path("")
    public Response show(@RestQuery String conflict, @RestQuery String category, @RestQuery String subject,
            @RestQuery String item, @RestQuery("as-of") String asOf, @RestQuery String at) {
        Filters filters = new Filters(conflict, category, subject, item, asOf);
        FilterMessages msg = language.bundle(FilterMessages.class);
        boolean chosen = conflict != null || category != null || subject != null;
        TimelineFilters.Result result = TimelineFilters.read(conflict, category, subject, item, asOf, at, msg);
        if (result.request() == null) {
            return Response.status(chosen ? 400 : 200)
                    .entity(Templates.show(choices(), filters, chosen ? result.errors() : FormErrors.none(), null, null,
                            null, null))
                    .build();
        }
        TimelineRequest request = result.request();
        // The page names its own address (canonical, hreflang, Open Graph, embed code), taken from the request's
        // Host and query when no public URL is set: it is part of the key, so no request writes another reader's page.
        return responses.answer(request, false, false, "page|" + currentUser.getName() + "|" + language.getCanonical(),
                view -> TimelineResponses.Answer.text(Templates.show(choices(), filters, FormErrors.none(), view,
                        request.query(language.getCode()), language.getOrigin(),
                        new KeptFragments(fragments, view.text().locale())).setLocale(view.text().locale()).render(),
                        MediaType.TEXT_HTML));
    }

    private Choices choices() {
        PublishedNames.Names published = names.all();
        return new Choices(published.conflicts(), Category.listInOrder(), published.parties());
    }
}
