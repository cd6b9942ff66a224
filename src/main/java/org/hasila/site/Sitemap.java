package org.hasila.site;

import static org.hasila.kernel.Xml.escape;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.hasila.register.claim.PublishedData;
import org.hasila.register.claim.PublishedNames;
import org.hasila.register.conflict.ConflictSummaries;
import org.hasila.timeline.PublishedTimelines;
import org.hasila.timeline.TimelineRequest;
import org.hasila.web.Language;
import org.hasila.web.Languages;
import org.hasila.web.Msg;

/**
 * The sitemap search engines read: the pages readers land on (home, lists, conflicts, claimants, timelines), each
 * in every language. Claims and sources are reached from those.
 */
@Path("/")
public class Sitemap {

    /** A sitemap holds at most 50,000 links; each page is listed in each language. */
    private static final int MOST_PAGES = 20_000;

    @Inject
    ConflictSummaries conflicts;

    @Inject
    PublishedNames names;

    @Inject
    PublishedTimelines timelines;

    @Inject
    Languages languages;

    @Inject
    Language language;

    @Inject
    PublishedData published;

    @GET
    @Path("/sitemap.xml")
    @Produces("application/xml; charset=UTF-8")
    public String sitemap() {
        String origin = language.getOrigin();
        List<String> pages = published.kept("sitemap", this::pages);
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
                """);
        for (String page : pages) {
            for (Msg language : languages.all()) {
                xml.append("<url><loc>").append(escape(origin + inLanguage(page, language.lang()))).append("</loc>");
                for (Msg alternate : languages.all()) {
                    xml.append("<xhtml:link rel=\"alternate\" hreflang=\"").append(alternate.lang())
                            .append("\" href=\"").append(escape(origin + inLanguage(page, alternate.lang())))
                            .append("\"/>");
                }
                xml.append("</url>\n");
            }
        }
        return xml.append("</urlset>\n").toString();
    }

    /** The pages readers land on, without their language. */
    private List<String> pages() {
        List<String> pages = new ArrayList<>(List.of("/", "/claims", "/timelines", "/api"));
        conflicts.published().forEach(conflict -> pages.add("/conflicts/" + conflict.slug()));
        names.all().claimants().forEach(claimant -> pages.add("/claimants/" + claimant.id));
        timelines.all().stream().limit(MOST_PAGES)
                .forEach(timeline -> pages.add("/timelines?" + TimelineRequest.query(timeline.conflictSlug(),
                        timeline.category(), timeline.subject())));
        return pages;
    }

    @GET
    @Path("/robots.txt")
    @Produces("text/plain; charset=UTF-8")
    public String robots() {
        return "User-agent: *\nDisallow: /desk\nDisallow: /review\nDisallow: /imports\nDisallow: /accounts\n"
                + "Sitemap: " + language.getOrigin() + "/sitemap.xml\n";
    }

    private static String inLanguage(String page, String code) {
        return page + (page.contains("?") ? "&" : "?") + Language.PARAMETER + "=" + code;
    }
}
