package org.hasila.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.batik.anim.dom.SAXSVGDocumentFactory;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.GVTBuilder;
import org.apache.batik.bridge.TextNode;
import org.apache.batik.bridge.UserAgentAdapter;
import org.apache.batik.gvt.CompositeGraphicsNode;
import org.apache.batik.gvt.GraphicsNode;
import org.apache.batik.util.XMLResourceDescriptor;
import org.hasila.kernel.BidiText;
import org.hasila.register.claim.AsOfPrecision;
import org.hasila.register.claim.Qualifier;
import org.hasila.register.claim.Status;
import org.hasila.timeline.Timeline.Comparison;
import org.hasila.timeline.Timeline.Point;
import org.hasila.timeline.Timeline.Series;
import org.junit.jupiter.api.Test;

/**
 * The PNG is drawn by Batik, which draws every direction control (marks, embeddings, isolates) as a bar: the SVG
 * it gets holds none, and names keep their order through the direction attributes Batik reads.
 */
class ChartPngTest {

    /** Every character that sets a direction without being seen. */
    private static final Pattern DIRECTION_CONTROL = Pattern.compile("[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]");
    private static final String LTR = "<tspan direction=\"ltr\" unicode-bidi=\"embed\">";
    private static final String RTL = "<tspan direction=\"rtl\" unicode-bidi=\"embed\">";
    private static final LocalDate DAY = LocalDate.of(2020, 10, 16);

    /** An Arabic chart worded as TimelineService words it: English names marked in Arabic sentences. */
    static ChartText arabic() {
        String conflict = BidiText.marked("2020 Nagorno-Karabakh war", true);
        return new ChartText("خسائر " + BidiText.marked("Azerbaijan", true) + ": قتلى مدنيون",
                conflict + ". الأرقام التي أعلنها كل طرف وكل جهة رصد، بحسب اليوم الذي تغطيه",
                "المصادر: " + BidiText.marked("Al Jazeera Mubasher (with agencies)", true) + "، "
                        + BidiText.marked("APA", true),
                "«حصيلة» — الأرقام حتى 16 أكتوبر 2020؛ آخر تحديث: 2 ديسمبر 2026", "جهة مستقلة",
                "مجموع حصائل الفترات المعلنة", "مجموع الأصناف", "لا أرقام", "، ", Locale.forLanguageTag("ar"), true,
                "رقم موضع خلاف", "رقم مدعوم بمصادر أخرى");
    }

    static Timeline timeline() {
        Point point = new Point(DAY, Figure.of(Qualifier.EXACT, 47L, null, null), AsOfPrecision.EXACT, false, false,
                List.of(1L), Status.REPORTED);
        Point atLeast = new Point(DAY.minusDays(1), Figure.of(Qualifier.AT_LEAST, 20L, null, null), AsOfPrecision.EXACT,
                false, false, List.of(2L), Status.REPORTED);
        Point disputed = new Point(DAY, Figure.of(Qualifier.EXACT, 30L, null, null), AsOfPrecision.EXACT, true, false,
                List.of(3L), Status.DISPUTED);
        return new Timeline(List.of(new Series(1, "Prosecutor General's Office of Azerbaijan", "Azerbaijan", false,
                false, List.of(atLeast, point)),
                new Series(2, "وزارة الدفاع الأرمينية", "Armenia", true, false, List.of(disputed))), List.of(), List.of(),
                List.of(), new Comparison(DAY, List.of(), null, null));
    }

    @Test
    void theArabicChartBatikDrawsHoldsNoDirectionControlAndKeepsNamesInOrder() throws IOException {
        String browsers = ChartSvg.render(timeline(), arabic(), ChartSvg.WIDE);
        String batiks = ChartSvg.render(timeline(), arabic(), ChartSvg.WIDE, ChartSvg.Drawer.BATIK);
        // Browsers read the marks, as before.
        assertTrue(browsers.contains(">\u202Bخسائر \u200EAzerbaijan\u200E: قتلى مدنيون</text>"), browsers);

        assertFalse(DIRECTION_CONTROL.matcher(batiks).find(), "Batik gets no direction control:\n" + batiks);
        assertTrue(batiks.contains("direction=\"rtl\" unicode-bidi=\"embed\" font-size=\"20\" font-weight=\"700\" "
                + "fill=\"#1a1a1a\">خسائر " + LTR + "Azerbaijan</tspan>: قتلى مدنيون</text>"), batiks);
        assertTrue(batiks.contains(">" + LTR + "2020 Nagorno-Karabakh war</tspan>. الأرقام"), batiks);
        assertTrue(batiks.contains(">المصادر: " + LTR + "Al Jazeera Mubasher (with agencies)</tspan>، " + LTR
                + "APA</tspan></text>"), batiks);
        // A claimant and side both in English are one run: "(Azerbaijan)" stays after the name, its brackets whole.
        assertTrue(batiks.contains(">" + LTR + "Prosecutor General&#39;s Office of Azerbaijan (Azerbaijan)</tspan></text>"),
                batiks);
        assertTrue(batiks.contains(">وزارة الدفاع الأرمينية (" + LTR + "Armenia</tspan>)، مجموع حصائل الفترات المعلنة</text>"),
                batiks);

        List<String> drawn = new ArrayList<>();
        texts(gvt(batiks), drawn);
        assertTrue(drawn.contains("خسائر Azerbaijan: قتلى مدنيون"), drawn.toString());
        // The disputed figure is hollow and dashed in the PNG too, and the legend's key says what that means.
        assertTrue(batiks.contains("class=\"disputed\" fill=\"#ffffff\" stroke=\"#D55E00\" stroke-width=\"2\" "
                + "stroke-dasharray=\"3 2\""), batiks);
        assertTrue(drawn.contains("رقم موضع خلاف"), drawn.toString());
        assertFalse(drawn.contains("رقم مدعوم بمصادر أخرى"), "no corroborated figure, no key for it");
        drawn.forEach(text -> assertFalse(DIRECTION_CONTROL.matcher(text).find(), "Batik draws " + text));

        // Kept beside the browser tests' screenshots, for a person to look at what Batik draws.
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/chart-png-ar-names.png"), TimelineDownloads.png(batiks));
    }

    @Test
    void anEnglishChartGivesArabicNamesTheirDirectionInBatik() {
        ChartText english = new ChartText("Civilians killed: losses of " + BidiText.marked("أذربيجان", false),
                "War", "Sources: x", "As of", "independent", "sum", "items", "none", ", ", Locale.ENGLISH, false,
                "disputed figure", "corroborated figure");
        String batiks = ChartSvg.render(timeline(), english, ChartSvg.WIDE, ChartSvg.Drawer.BATIK);
        assertFalse(DIRECTION_CONTROL.matcher(batiks).find(), batiks);
        assertTrue(batiks.contains("direction=\"ltr\" unicode-bidi=\"embed\" font-size=\"20\" font-weight=\"700\" "
                + "fill=\"#1a1a1a\">Civilians killed: losses of " + RTL + "أذربيجان</tspan></text>"), batiks);
    }

    @Test
    void aNameBrokenOverTwoLinesIsMarkedOnEach() {
        String name = BidiText.marked("Prosecutor General's Office of Azerbaijan", true);
        List<String> lines = ChartSvg.wrap("المصادر: " + name + "، " + BidiText.marked("APA", true), 30);
        assertEquals(List.of("المصادر: \u200EProsecutor General's\u200E", "\u200EOffice of Azerbaijan\u200E، \u200EAPA\u200E"),
                lines);
        assertEquals(List.of(new BidiText.Run("Office of Azerbaijan", false),
                new BidiText.Run("، ", null), new BidiText.Run("APA", false)), BidiText.runs(lines.get(1)));
    }

    private static GraphicsNode gvt(String svg) throws IOException {
        SAXSVGDocumentFactory factory = new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName());
        var document = factory.createSVGDocument("file:///chart.svg", new StringReader(svg));
        return new GVTBuilder().build(new BridgeContext(new UserAgentAdapter()), document);
    }

    private static void texts(GraphicsNode node, List<String> drawn) {
        if (node instanceof TextNode text) {
            drawn.add(text.getText());
        } else if (node instanceof CompositeGraphicsNode group) {
            for (Object child : group.getChildren()) {
                texts((GraphicsNode) child, drawn);
            }
        }
    }
}
