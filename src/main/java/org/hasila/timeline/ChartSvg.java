package org.hasila.timeline;

import static org.hasila.kernel.Xml.escape;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.hasila.kernel.BidiText;
import org.hasila.register.claim.AsOfPrecision;
import org.hasila.register.claim.Figures;
import org.hasila.register.claim.Qualifier;
import org.hasila.register.claim.Status;
import org.hasila.timeline.Timeline.Point;
import org.hasila.timeline.Timeline.Series;

/**
 * Draws a timeline as SVG on the server: title, subtitle, legend, axes with round ticks and readable dates, one
 * step line per claimant (dashed where it is a running sum), markers that show each qualifier, source and date
 * lines. Colours are the Okabe-Ito palette, told apart by colour-blind readers, and each series has its own
 * marker shape as well.
 */
public final class ChartSvg {

    /** The chart for a desk and the one for a phone, whose text stays readable at the width of a phone. */
    public static final int WIDE = 800;
    public static final int NARROW = 400;
    private static final int PLOT_LEFT = 64;
    private static final int PLOT_HEIGHT = 280;
    private static final int LEGEND_ROW = 22;
    private static final int LEGEND_LINE = 17;
    /** More points than this and a series is drawn as a line with markers only where they say something. */
    private static final int DENSE_SERIES = 40;
    private static final String[] COLOURS = { "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9",
            "#000000" };
    private static final String[] SHAPES = { "circle", "square", "triangle", "diamond", "triangle-down", "plus",
            "cross" };
    private static final String KEY_COLOUR = "#555555";
    static final String FONT = "'Noto Sans', 'Noto Sans Arabic', 'DejaVu Sans', Arial, sans-serif";

    private ChartSvg() {
    }

    public static String colour(int series) {
        return COLOURS[series % COLOURS.length];
    }

    public static String shape(int series) {
        return SHAPES[series % SHAPES.length];
    }

    /**
     * Who draws the SVG. Browsers get right-to-left text opened with a right-to-left embedding (U+202B) and names
     * between direction marks, which they read and do not draw. Batik draws each such control as a bar, so it gets
     * none: every text carries its direction as attributes, and each name is a {@code <tspan>} with its own.
     */
    public enum Drawer {
        BROWSER,
        BATIK
    }

    public static String render(Timeline timeline, ChartText text, int width) {
        return render(timeline, text, width, Drawer.BROWSER);
    }

    public static String render(Timeline timeline, ChartText text, int width, Drawer drawer) {
        Layout layout = new Layout(timeline, text, width);
        List<Series> series = timeline.series();
        int plotTop = layout.plotTop;
        int plotBottom = plotTop + PLOT_HEIGHT;
        int height = layout.height;
        Svg svg = new Svg(text.rightToLeft(), width, drawer);
        svg.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width + " " + height + "\" width=\"" + width
                + "\" height=\"" + height + "\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" font-family=\""
                + FONT + "\">");
        svg.raw("<title id=\"chart-title\">" + svg.plain(text.title()) + "</title>");
        svg.raw("<desc id=\"chart-desc\">" + svg.plain(text.subtitle() + ". " + text.sourceLine()) + "</desc>");
        svg.raw("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
        int y = 30;
        for (String line : layout.title) {
            svg.text(24, y, line, "font-size=\"20\" font-weight=\"700\" fill=\"#1a1a1a\"");
            y += 25;
        }
        for (String line : layout.subtitle) {
            svg.text(24, y - 3, line, "font-size=\"14\" fill=\"#555555\"");
            y += 19;
        }
        legend(svg, series, text, layout, width);

        List<LocalDate> dates = series.stream().flatMap(s -> s.points().stream()).map(Point::asOf).sorted().toList();
        if (dates.isEmpty()) {
            svg.text(24, plotTop + PLOT_HEIGHT / 2, text.noFigures(), "font-size=\"15\" fill=\"#555555\"");
        } else {
            Scale scale = new Scale(dates.get(0), dates.get(dates.size() - 1), maxTop(series), plotTop, plotBottom,
                    width - 24);
            axes(svg, scale, text.locale());
            for (int i = 0; i < series.size(); i++) {
                line(svg, series.get(i), scale, i);
            }
        }
        int footer = plotBottom + 44;
        for (String line : layout.sourceLine) {
            svg.text(24, footer, line, "font-size=\"12\" fill=\"#333333\"");
            footer += 16;
        }
        for (String line : layout.dateLine) {
            svg.text(24, footer, line, "font-size=\"12\" fill=\"#555555\"");
            footer += 16;
        }
        svg.raw("</svg>");
        return svg.toString();
    }

    /** One entry a series: its marker, then its label wrapped to the chart's width, never cut. */
    private static void legend(Svg svg, List<Series> series, ChartText text, Layout layout, int width) {
        int y = layout.legendTop;
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            int x = 24;
            int markerX = text.rightToLeft() ? width - x - 8 : x + 8;
            if (s.sumOfIncrements()) {
                svg.raw("<line x1=\"" + (markerX - 10) + "\" y1=\"" + (y - 4) + "\" x2=\"" + (markerX + 10) + "\" y2=\""
                        + (y - 4) + "\" stroke=\"" + colour(i) + "\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>");
            }
            marker(svg, i, markerX, y - 4, true);
            List<String> lines = layout.legend.get(i);
            for (int line = 0; line < lines.size(); line++) {
                svg.text(x + 24, y + line * LEGEND_LINE, lines.get(line), "font-size=\"13\" fill=\"#1a1a1a\"");
            }
            y += legendHeight(lines);
        }
        // The key of statuses: only those the chart draws, in grey, so that no one takes it for a series.
        for (Status status : layout.statuses) {
            int markerX = text.rightToLeft() ? width - 32 : 32;
            marker(svg, KEY_COLOUR, "circle", markerX, y - 4, true, status);
            svg.text(48, y, status == Status.DISPUTED ? text.disputed() : text.corroborated(),
                    "font-size=\"13\" fill=\"#1a1a1a\"");
            y += LEGEND_ROW;
        }
    }

    private static int legendHeight(List<String> lines) {
        return LEGEND_ROW + (lines.size() - 1) * LEGEND_LINE;
    }

    /**
     * A claimant in the other direction is one run with its side: a bracket between two names of that direction
     * would take theirs on one side and the chart's on the other, and read "(Prosecutor General's Office (Azerbaijan".
     */
    static String legendLabel(Series s, ChartText text) {
        boolean rightToLeft = text.rightToLeft();
        String party = s.party() == null ? text.independent() : s.party();
        String named = BidiText.takesOtherDirection(s.claimant(), rightToLeft)
                ? BidiText.marked(s.claimant() + " (" + party + ")", rightToLeft)
                : s.claimant() + " (" + BidiText.marked(party, rightToLeft) + ")";
        return named
                + (s.sumOfIncrements() ? text.comma() + text.sumOfIncrements() : "")
                + (s.sumOfItems() ? text.comma() + text.sumOfItems() : "");
    }

    /** About how many characters of this size fit in this width: the charts' text is not measured, so it is wrapped early. */
    static int charsIn(int pixels, int fontSize) {
        return (int) (pixels / (fontSize * 0.56));
    }

    /**
     * Splits text into lines of at most {@code max} characters, at spaces. A name broken over two lines is marked on
     * each ({@link BidiText#openAfter}), as each line is a text of its own.
     */
    static List<String> wrap(String text, int max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        boolean empty = true;
        char open = 0;
        for (String word : text.split(" ")) {
            if (!empty && line.length() + 1 + word.length() > max) {
                lines.add(open == 0 ? line.toString() : line.toString() + open);
                line.setLength(0);
                if (open != 0) {
                    line.append(open);
                }
                empty = true;
            }
            line.append(empty ? "" : " ").append(word);
            empty = false;
            open = BidiText.openAfter(open, word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** Where each part of a chart goes, once its text is wrapped to the chart's width. */
    private static final class Layout {
        final List<String> title;
        final List<String> subtitle;
        final List<String> sourceLine;
        final List<String> dateLine;
        final List<List<String>> legend;
        final List<Status> statuses;
        final int legendTop;
        final int plotTop;
        final int height;

        Layout(Timeline timeline, ChartText text, int width) {
            int room = width - 48;
            title = wrap(text.title(), charsIn(room, 20));
            subtitle = wrap(text.subtitle(), charsIn(room, 14));
            sourceLine = wrap(text.sourceLine(), charsIn(room, 12));
            dateLine = wrap(text.dateLine(), charsIn(room, 12));
            legendTop = 30 + title.size() * 25 + subtitle.size() * 19 + 4;
            legend = timeline.series().stream().map(s -> wrap(legendLabel(s, text), charsIn(width - 72, 13))).toList();
            statuses = Stream.of(Status.DISPUTED, Status.CORROBORATED)
                    .filter(status -> timeline.series().stream().flatMap(s -> s.points().stream())
                            .anyMatch(p -> p.status() == status))
                    .toList();
            plotTop = legendTop + legend.stream().mapToInt(ChartSvg::legendHeight).sum() + statuses.size() * LEGEND_ROW
                    + 14;
            height = plotTop + PLOT_HEIGHT + 44 + (sourceLine.size() + dateLine.size()) * 16;
        }
    }

    /** The height of the chart at this width. */
    public static int height(Timeline timeline, ChartText text, int width) {
        return new Layout(timeline, text, width).height;
    }

    private static long maxTop(List<Series> series) {
        return series.stream().flatMap(s -> s.points().stream()).mapToLong(p -> p.figure().top()).max().orElse(0);
    }

    private static void axes(Svg svg, Scale scale, Locale locale) {
        for (long tick : scale.valueTicks()) {
            double y = scale.y(tick);
            svg.raw("<line x1=\"" + PLOT_LEFT + "\" y1=\"" + fmt(y) + "\" x2=\"" + scale.right + "\" y2=\"" + fmt(y)
                    + "\" stroke=\"" + (tick == 0 ? "#767676" : "#e3e3e3") + "\" stroke-width=\"1\"/>");
            svg.textAt(PLOT_LEFT - 8, y + 4, Figures.grouped(tick), "end",
                    "font-size=\"12\" fill=\"#555555\"");
        }
        DateTimeFormatter format = DateTimeFormatter.ofPattern(scale.datePattern(), locale);
        for (LocalDate tick : scale.dateTicks()) {
            double x = scale.x(tick);
            svg.raw("<line x1=\"" + fmt(x) + "\" y1=\"" + scale.bottom + "\" x2=\"" + fmt(x) + "\" y2=\""
                    + (scale.bottom + 5) + "\" stroke=\"#767676\"/>");
            svg.textAt(x, scale.bottom + 20, format.format(tick), "middle", "font-size=\"12\" fill=\"#555555\"");
        }
    }

    private static void line(Svg svg, Series series, Scale scale, int index) {
        String colour = colour(index);
        List<Point> points = series.points();
        for (int i = 1; i < points.size(); i++) {
            Point from = points.get(i - 1);
            Point to = points.get(i);
            double x1 = scale.x(from.asOf());
            double x2 = scale.x(to.asOf());
            double y1 = scale.y(from.figure().central());
            double y2 = scale.y(to.figure().central());
            svg.raw("<path d=\"M" + fmt(x1) + " " + fmt(y1) + " H" + fmt(x2) + " V" + fmt(y2) + "\" fill=\"none\" stroke=\""
                    + colour + "\" stroke-width=\"2.5\"" + (to.summed() ? " stroke-dasharray=\"6 4\"" : "") + "/>");
        }
        // A dense series is a line: plain exact figures get no marker but the last; qualified ones keep theirs.
        boolean dense = points.size() > DENSE_SERIES;
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            boolean plain = point.figure().qualifier() == Qualifier.EXACT && point.precision() == AsOfPrecision.EXACT;
            if (!dense || !plain || i == points.size() - 1) {
                figureMarks(svg, point, scale, index);
            }
        }
        if (!points.isEmpty()) {
            Point last = points.get(points.size() - 1);
            double x = scale.x(last.asOf());
            // Near the right edge the label goes to the left of its point, so that it is not cut off.
            boolean nearEdge = x > scale.right - 70;
            svg.textAt(nearEdge ? x - 10 : x + 10, scale.y(last.figure().central()) - 8, last.figure().written(),
                    nearEdge ? "end" : "start", "font-size=\"12\" font-weight=\"700\" fill=\"" + colour + "\"");
        }
    }

    /** The marks of one figure: its marker, a range bar, an arrow for open figures, "≈" for approximate ones. */
    private static void figureMarks(Svg svg, Point point, Scale scale, int index) {
        String colour = colour(index);
        Figure figure = point.figure();
        double day = scale.x(point.asOf());
        double y = scale.y(figure.central());
        // Stated on or before the day: drawn just before it, with a dotted lead to the day.
        boolean onOrBefore = point.precision() == AsOfPrecision.ON_OR_BEFORE;
        double x = onOrBefore ? day - 10 : day;
        if (onOrBefore) {
            svg.raw("<path d=\"M" + fmt(x) + " " + fmt(y) + " H" + fmt(day) + "\" stroke=\"" + colour
                    + "\" stroke-width=\"1.5\" stroke-dasharray=\"2 2\"/>");
        }
        Qualifier qualifier = figure.qualifier();
        if (qualifier == Qualifier.RANGE) {
            double top = scale.y(figure.max());
            double bottom = scale.y(figure.min());
            svg.raw("<path d=\"M" + fmt(x) + " " + fmt(bottom) + " V" + fmt(top) + " M" + fmt(x - 5) + " " + fmt(top) + " H"
                    + fmt(x + 5) + " M" + fmt(x - 5) + " " + fmt(bottom) + " H" + fmt(x + 5) + "\" stroke=\"" + colour
                    + "\" stroke-width=\"2\" fill=\"none\"/>");
        }
        if (qualifier == Qualifier.AT_LEAST || qualifier == Qualifier.AT_MOST) {
            int direction = qualifier == Qualifier.AT_LEAST ? -1 : 1;
            double tip = y + direction * 20;
            svg.raw("<path d=\"M" + fmt(x) + " " + fmt(y + direction * 7) + " V" + fmt(tip) + " M" + fmt(x - 4) + " "
                    + fmt(tip - direction * 5) + " L" + fmt(x) + " " + fmt(tip) + " L" + fmt(x + 4) + " "
                    + fmt(tip - direction * 5) + "\" stroke=\"" + colour + "\" stroke-width=\"2\" fill=\"none\"/>");
        }
        if (figure.approximate()) {
            svg.textAt(x, y - 10, "≈", "middle", "font-size=\"14\" font-weight=\"700\" fill=\"" + colour + "\"");
        }
        if (point.precision() == AsOfPrecision.APPROXIMATE) {
            svg.raw("<path d=\"M" + fmt(x - 12) + " " + fmt(y) + " H" + fmt(x + 12) + "\" stroke=\"" + colour
                    + "\" stroke-width=\"1.5\" stroke-dasharray=\"2 2\"/>");
        }
        boolean open = onOrBefore || qualifier == Qualifier.AT_LEAST || qualifier == Qualifier.AT_MOST;
        marker(svg, colour(index), shape(index), x, y, !open, point.status());
    }

    private static void marker(Svg svg, int index, double x, double y, boolean filled) {
        marker(svg, colour(index), shape(index), x, y, filled, Status.REPORTED);
    }

    /**
     * A series' marker. A disputed figure's is hollow with a dashed outline, whatever its qualifier; a corroborated
     * one gets a ring around it. The legend's key draws both as circles, in grey.
     */
    private static void marker(Svg svg, String colour, String form, double x, double y, boolean filled,
            Status status) {
        boolean disputed = status == Status.DISPUTED;
        String paint = (disputed ? "class=\"disputed\" " : "") + "fill=\"" + (filled && !disputed ? colour : "#ffffff")
                + "\" stroke=\"" + colour + "\" stroke-width=\"2\"" + (disputed ? " stroke-dasharray=\"3 2\"" : "");
        if (status == Status.CORROBORATED) {
            svg.raw("<circle class=\"corroborated\" cx=\"" + fmt(x) + "\" cy=\"" + fmt(y)
                    + "\" r=\"10\" fill=\"none\" stroke=\""
                    + colour + "\" stroke-width=\"1.5\"/>");
        }
        String shape = switch (form) {
            case "circle" -> "<circle cx=\"" + fmt(x) + "\" cy=\"" + fmt(y) + "\" r=\"5\" " + paint + "/>";
            case "square" ->
                "<rect x=\"" + fmt(x - 4.5) + "\" y=\"" + fmt(y - 4.5) + "\" width=\"9\" height=\"9\" " + paint + "/>";
            case "triangle" -> polygon(paint, x, y - 6, x + 6, y + 4.5, x - 6, y + 4.5);
            case "diamond" -> polygon(paint, x, y - 6.5, x + 6.5, y, x, y + 6.5, x - 6.5, y);
            case "triangle-down" -> polygon(paint, x, y + 6, x + 6, y - 4.5, x - 6, y - 4.5);
            case "plus" -> polygon(paint, x - 2, y - 6, x + 2, y - 6, x + 2, y - 2, x + 6, y - 2, x + 6, y + 2, x + 2,
                    y + 2, x + 2, y + 6, x - 2, y + 6, x - 2, y + 2, x - 6, y + 2, x - 6, y - 2, x - 2, y - 2);
            default -> polygon(paint, x - 6, y - 4, x - 4, y - 6, x, y - 2, x + 4, y - 6, x + 6, y - 4, x + 2, y,
                    x + 6, y + 4, x + 4, y + 6, x, y + 2, x - 4, y + 6, x - 6, y + 4, x - 2, y);
        };
        svg.raw(shape);
    }

    private static String polygon(String paint, double... xy) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < xy.length; i += 2) {
            points.append(i == 0 ? "" : " ").append(fmt(xy[i])).append(',').append(fmt(xy[i + 1]));
        }
        return "<polygon points=\"" + points + "\" " + paint + "/>";
    }

    /** "47", "≥ 47", "≤ 47", "≈ 47" or "40–50". */
    static String fmt(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** Where dates and values fall on the plot. */
    private static final class Scale {
        final LocalDate first;
        final long days;
        final long top;
        final int plotTop;
        final int bottom;

        final int right;

        Scale(LocalDate from, LocalDate to, long maxValue, int plotTop, int bottom, int right) {
            this.right = right;
            long span = ChronoUnit.DAYS.between(from, to);
            long pad = Math.max(2, span / 20);
            this.first = from.minusDays(pad);
            this.days = span + 2 * pad;
            this.top = niceTop(maxValue);
            this.plotTop = plotTop;
            this.bottom = bottom;
        }

        double x(LocalDate date) {
            return PLOT_LEFT + (double) ChronoUnit.DAYS.between(first, date) / days * (right - PLOT_LEFT);
        }

        double y(double value) {
            return bottom - value / top * (bottom - plotTop);
        }

        /** A round top with room above the highest figure: 1, 2, 2.5 or 5 times a power of ten, times 5 ticks. */
        static long niceTop(long max) {
            long target = Math.max(5, (long) Math.ceil(max * 1.08));
            long step = niceStep(target / 5.0);
            return step * (long) Math.ceil((double) target / step);
        }

        static long niceStep(double raw) {
            long power = 1;
            while (power * 10 <= raw) {
                power *= 10;
            }
            for (long multiple : new long[] { 1, 2, 5, 10 }) {
                if (power * multiple >= raw) {
                    return power * multiple;
                }
            }
            return power * 10;
        }

        List<Long> valueTicks() {
            long step = niceStep(top / 5.0);
            List<Long> ticks = new ArrayList<>();
            for (long tick = 0; tick <= top; tick += step) {
                ticks.add(tick);
            }
            return ticks;
        }

        String datePattern() {
            return days <= 120 ? "d MMM" : days <= 1100 ? "MMM yyyy" : "yyyy";
        }

        /** About one date label every 110 pixels. */
        int dateLabels() {
            return Math.max(2, (right - PLOT_LEFT) / 110);
        }

        List<LocalDate> dateTicks() {
            List<LocalDate> ticks = new ArrayList<>();
            LocalDate last = first.plusDays(days);
            if (days <= 120) {
                long step = Math.max(1, niceStep((double) days / dateLabels()));
                step = step >= 7 ? 7 * Math.max(1, step / 7) : step;
                for (LocalDate d = first.plusDays(1); !d.isAfter(last); d = d.plusDays(step)) {
                    ticks.add(d);
                }
            } else if (days <= 1100) {
                long months = Math.max(1, niceStep(days / 30.0 / dateLabels()));
                for (LocalDate d = first.withDayOfMonth(1).plusMonths(1); !d.isAfter(last); d = d.plusMonths(months)) {
                    ticks.add(d);
                }
            } else {
                long years = Math.max(1, niceStep(days / 365.0 / dateLabels()));
                for (LocalDate d = first.withDayOfYear(1).plusYears(1); !d.isAfter(last); d = d.plusYears(years)) {
                    ticks.add(d);
                }
            }
            return ticks;
        }
    }

    /** SVG text, escaped, laid out from the right on right-to-left pages. */
    private static final class Svg {
        private final StringBuilder out = new StringBuilder(16_384);
        private final boolean rightToLeft;
        private final int width;
        private final Drawer drawer;

        Svg(boolean rightToLeft, int width, Drawer drawer) {
            this.rightToLeft = rightToLeft;
            this.width = width;
            this.drawer = drawer;
        }

        void raw(String markup) {
            out.append(markup).append('\n');
        }

        /**
         * Text from the page's start edge: the left, or the right on a right-to-left page, where it is anchored at
         * its end. Its direction is set as the {@link Drawer} reads it.
         */
        void text(double x, double y, String content, String attributes) {
            if (drawer == Drawer.BATIK) {
                raw("<text x=\"" + fmt(rightToLeft ? width - x : x) + "\" y=\"" + fmt(y) + "\" text-anchor=\""
                        + (rightToLeft ? "end" : "start") + "\" " + direction(rightToLeft) + " " + attributes + ">"
                        + drawn(content) + "</text>");
            } else if (rightToLeft) {
                raw("<text x=\"" + fmt(width - x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"end\" " + attributes
                        + ">\u202B" + escape(content) + "</text>");
            } else {
                raw("<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"start\" " + attributes + ">"
                        + escape(content) + "</text>");
            }
        }

        /** Text at a point of the plot, which reads left to right in every language. */
        void textAt(double x, double y, String content, String anchor, String attributes) {
            raw("<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor + "\" direction=\"ltr\" "
                    + attributes + ">" + (drawer == Drawer.BATIK ? drawn(content) : escape(content)) + "</text>");
        }

        /** Text that is not laid out (title, description), escaped; Batik's without direction controls. */
        String plain(String content) {
            return escape(drawer == Drawer.BATIK ? BidiText.withoutControls(content) : content);
        }

        /** Text for Batik: each marked name a {@code <tspan>} of its own direction, and no direction control. */
        private static String drawn(String content) {
            StringBuilder text = new StringBuilder();
            for (BidiText.Run run : BidiText.runs(content)) {
                text.append(run.rightToLeft() == null ? escape(run.text())
                        : "<tspan " + direction(run.rightToLeft()) + ">" + escape(run.text()) + "</tspan>");
            }
            return text.toString();
        }

        /** SVG's direction properties, which Batik reads (it has no isolation). */
        private static String direction(boolean rightToLeft) {
            return "direction=\"" + (rightToLeft ? "rtl" : "ltr") + "\" unicode-bidi=\"embed\"";
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
