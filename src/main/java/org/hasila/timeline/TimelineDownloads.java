package org.hasila.timeline;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.util.function.Function;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateGlobal;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.hasila.kernel.BidiText;
import org.hasila.kernel.Urls;
import org.hasila.timeline.TimelineResponses.Answer;
import org.hasila.web.FilterMessages;
import org.hasila.web.Language;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * What a newsroom takes from a timeline: the embed for an iframe, the chart as SVG and PNG, and the data drawn
 * as CSV and JSON. A plain resource, not a page controller, so that no answer sets a cookie and a CDN may keep
 * each for a few minutes; every one carries an ETag and answers 304 when nothing changed.
 */
@Path(TimelineDownloads.ROOT)
public class TimelineDownloads {

    static final String ROOT = "/timelines";
    static final String EMBED = "/embed";
    static final String SVG = "/chart.svg";
    static final String PNG = "/chart.png";
    static final String CSV = "/data.csv";
    static final String JSON = "/data.json";

    // Links from pages ({chartSvg}?query...), written from the paths above: this is no controller {uri:} knows.
    @TemplateGlobal
    static final String timelineEmbed = ROOT + EMBED;
    @TemplateGlobal
    static final String chartSvg = ROOT + SVG;
    @TemplateGlobal
    static final String chartPng = ROOT + PNG;
    @TemplateGlobal
    static final String dataCsv = ROOT + CSV;
    @TemplateGlobal
    static final String dataJson = ROOT + JSON;

    private static final float PNG_WIDTH = 1600;

    @Inject
    TimelineResponses responses;

    @Inject
    Language language;

    @CheckedTemplate(basePath = "Timelines")
    static class Templates {
        static native TemplateInstance embed(TimelineService.View view, String query);
    }

    /** The chart alone, with its source line and a link back, for an iframe in an article. */
    @GET
    @Path(EMBED)
    public Response embed(@RestQuery String conflict, @RestQuery String category, @RestQuery String subject,
            @RestQuery String item, @RestQuery("as-of") String asOf, @RestQuery String at) {
        return download(conflict, category, subject, item, asOf, at, "embed",
                view -> Answer
                        .text(Templates.embed(view, view.request().query(language.getCode())).setLocale(view.text().locale())
                                .render(), MediaType.TEXT_HTML));
    }

    /** The chart as SVG, 800 wide, or 400 for a phone ({@code width=400}). */
    @GET
    @Path(SVG)
    public Response svg(@RestQuery String conflict, @RestQuery String category, @RestQuery String subject,
            @RestQuery String item, @RestQuery("as-of") String asOf, @RestQuery String at, @RestQuery Integer width) {
        int chartWidth = width != null && width == ChartSvg.NARROW ? ChartSvg.NARROW : ChartSvg.WIDE;
        return download(conflict, category, subject, item, asOf, at, "svg" + chartWidth,
                view -> Answer.text(view.svg(chartWidth), "image/svg+xml"));
    }

    /**
     * A download is saved under the chart's title in the reader's language ("خسائر-أذربيجان-قتلى-مدنيون.csv"), as
     * RFC 6266 allows; clients that read only ASCII names save "timeline.csv".
     */
    static String named(TimelineService.View view, String extension) {
        // Letters stay whole, with their marks (Names.slug would take the hamza off "أذربيجان")
        String title = BidiText.withoutControls(view.text().title()).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{M}\\p{Nd}]+", "-").replaceAll("^-+|-+$", "");
        return "inline; filename=\"timeline." + extension + "\"; filename*=UTF-8''" + Urls.urlEncoded(title) + "."
                + extension;
    }

    /** The chart as PNG, drawn from the SVG by Batik, 1600 pixels wide. */
    @GET
    @Path(PNG)
    public Response png(@RestQuery String conflict, @RestQuery String category, @RestQuery String subject,
            @RestQuery String item, @RestQuery("as-of") String asOf, @RestQuery String at) {
        return download(conflict, category, subject, item, asOf, at, "png",
                view -> Answer.of(png(view.svgForBatik()), "image/png").with("Content-Disposition",
                        named(view, "png")));
    }

    /** Exactly what the chart draws, as CSV. */
    @GET
    @Path(CSV)
    public Response csv(@RestQuery String conflict, @RestQuery String category, @RestQuery String subject,
            @RestQuery String item, @RestQuery("as-of") String asOf, @RestQuery String at) {
        return download(conflict, category, subject, item, asOf, at, "csv",
                view -> Answer.text(TimelineJson.csv(view), "text/csv")
                        .with("Content-Disposition", named(view, "csv")));
    }

    /** Exactly what the chart draws, as JSON. */
    @GET
    @Path(JSON)
    public Response json(@RestQuery String conflict, @RestQuery String category, @RestQuery String subject,
            @RestQuery String item, @RestQuery("as-of") String asOf, @RestQuery String at) {
        return download(conflict, category, subject, item, asOf, at, "json",
                view -> Answer.of(TimelineJson.of(view), MediaType.APPLICATION_JSON));
    }

    private Response download(String conflict, String category, String subject, String item, String asOf,
            String at, String variant, Function<TimelineService.View, Answer> body) {
        TimelineFilters.Result result = TimelineFilters.read(conflict, category, subject, item, asOf, at,
                language.bundle(FilterMessages.class));
        if (result.request() == null) {
            return Response.status(400).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                    .entity(result.errors().all()).build();
        }
        // A pinned embed says how many corrections came after its moment, so it is kept like a live one.
        return responses.answer(result.request(), true, !variant.equals("embed"), variant, body);
    }

    /** The chart drawn by Batik from an SVG made for it ({@link ChartSvg.Drawer#BATIK}). */
    static byte[] png(String svg) {
        PNGTranscoder transcoder = new PNGTranscoder();
        transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, PNG_WIDTH);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            transcoder.transcode(new TranscoderInput(new StringReader(svg)),
                    new TranscoderOutput(out));
        } catch (TranscoderException e) {
            throw new IllegalStateException("Batik could not draw a chart Hasila made", e);
        }
        return out.toByteArray();
    }
}
