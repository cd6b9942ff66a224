package org.hasila.timeline;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.apache.commons.csv.CSVPrinter;
import org.hasila.kernel.SpreadsheetCsv;
import org.hasila.register.claim.Qualifier;
import org.hasila.timeline.Timeline.Point;
import org.hasila.timeline.Timeline.Series;

/** Exactly what a timeline draws, as JSON (docs/api.md): the contract of /api/v1/timeline and data.json. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TimelineJson(
        @JsonProperty("lang") String lang,
        @JsonProperty("conflict") String conflict,
        @JsonProperty("category") String category,
        @JsonProperty("subject") String subject,
        @JsonProperty("item") String item,
        @JsonProperty("series") List<SeriesJson> series,
        @JsonProperty("comparison") ComparisonJson comparison,
        @JsonProperty("flags") List<FlagJson> flags,
        @JsonProperty("unspecified") List<ClaimJson> unspecified,
        @JsonProperty("retracted") List<ClaimJson> retracted,
        @JsonProperty("names_in_other_languages") List<NameJson> namesInOtherLanguages) {

    /** A name given in another language than the one asked for, which has no form of it. */
    public record NameJson(@JsonProperty("name") String name, @JsonProperty("lang") String lang) {
    }

    public record SeriesJson(@JsonProperty("claimant") String claimant, @JsonProperty("party") String party,
            @JsonProperty("sum_of_increments") boolean sumOfIncrements, @JsonProperty("sum_of_items") boolean sumOfItems,
            @JsonProperty("points") List<PointJson> points, @JsonProperty("latest") PointJson latest) {
    }

    public record PointJson(@JsonProperty("as_of") LocalDate asOf, @JsonProperty("value") Long value,
            @JsonProperty("min") Long min, @JsonProperty("max") Long max, @JsonProperty("qualifier") String qualifier,
            @JsonProperty("precision") String precision, @JsonProperty("summed") boolean summed,
            @JsonProperty("of_items") boolean ofItems, @JsonProperty("claims") List<Long> claims,
            @JsonProperty("status") String status) {

        static PointJson of(Point point) {
            Figure figure = point.figure();
            Qualifier qualifier = figure.qualifier();
            boolean range = qualifier == Qualifier.RANGE;
            Long value = range ? null : qualifier == Qualifier.AT_MOST ? figure.max() : Long.valueOf(figure.min());
            return new PointJson(point.asOf(), value, range ? figure.min() : null, range ? figure.max() : null,
                    qualifier.slug(), point.precision().slug(), point.summed(), point.ofItems(), point.claims(),
                    point.status().slug());
        }
    }

    public record ComparisonJson(@JsonProperty("as_of") LocalDate asOf, @JsonProperty("latest") List<LatestJson> latest,
            @JsonProperty("ratio") Double ratio, @JsonProperty("difference") Long difference,
            @JsonProperty("subject") String subject, @JsonProperty("own") SideJson own,
            @JsonProperty("others") List<SideJson> others, @JsonProperty("monitors") List<SideJson> monitors) {
    }

    /** A side's (or a monitor's) latest figure, against the subject side's own: {@link Sides}. */
    public record SideJson(@JsonProperty("claimant") String claimant, @JsonProperty("party") String party,
            @JsonProperty("point") PointJson point, @JsonProperty("older") boolean older,
            @JsonProperty("ratio") Double ratio, @JsonProperty("difference") Long difference) {

        static SideJson of(Sides.Claimed claimed) {
            return claimed == null ? null
                    : new SideJson(claimed.claimant(), claimed.party(), PointJson.of(claimed.latest().point()),
                            claimed.older(), claimed.ratio(), claimed.difference());
        }
    }

    public record LatestJson(@JsonProperty("claimant") String claimant, @JsonProperty("point") PointJson point) {
    }

    public record FlagJson(@JsonProperty("kind") String kind, @JsonProperty("claimant") String claimant,
            @JsonProperty("date") LocalDate date, @JsonProperty("claims") List<Long> claims) {
    }

    public record ClaimJson(@JsonProperty("id") long id, @JsonProperty("claimant") String claimant,
            @JsonProperty("item") String item, @JsonProperty("qualifier") String qualifier,
            @JsonProperty("counting") String counting, @JsonProperty("period_end") LocalDate periodEnd,
            @JsonProperty("status") String status) {

        static ClaimJson of(TimelineClaim claim) {
            return new ClaimJson(claim.id(), claim.claimant(), claim.item(), claim.qualifier().slug(),
                    claim.counting().slug(), claim.periodEnd(), claim.status().slug());
        }
    }

    public static TimelineJson of(TimelineService.View view) {
        Timeline timeline = view.timeline();
        TimelineRequest request = view.request();
        LocalDate day = timeline.comparison().asOf();
        Sides sides = view.sides();
        List<SeriesJson> series = timeline.series().stream().map(s -> new SeriesJson(s.claimant(), s.party(),
                s.sumOfIncrements(), s.sumOfItems(), s.points().stream().map(PointJson::of).toList(),
                day == null ? null : s.latest(day).map(PointJson::of).orElse(null))).toList();
        ComparisonJson comparison = new ComparisonJson(day, timeline.comparison().latest().stream()
                .map(l -> new LatestJson(l.series().claimant(), PointJson.of(l.point()))).toList(),
                timeline.comparison().ratio(), timeline.comparison().difference(), sides.subject(),
                SideJson.of(sides.own()), sides.others().stream().map(SideJson::of).toList(),
                sides.monitors().stream().map(SideJson::of).toList());
        TimelineService.Names names = view.names();
        return new TimelineJson(names.language(), names.conflict().text(), request.category().slug,
                names.subject().text(), names.item() == null ? null : names.item().text(), series, comparison,
                timeline.flags().stream().map(f -> new FlagJson(f.kind().name().toLowerCase().replace('_', '-'),
                        f.claimant(), f.date(), f.claims())).toList(),
                timeline.unspecified().stream().map(ClaimJson::of).toList(),
                timeline.retracted().stream().map(ClaimJson::of).toList(),
                names.foreign().stream().map(name -> new NameJson(name.text(), name.language())).toList());
    }

    /**
     * The CSV of what is drawn: one row per point of every series. People open it in spreadsheets and no importer
     * reads it, so it is spreadsheet-safe CSV: claimants' and parties' names never run as formulas.
     */
    public static String csv(TimelineService.View view) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = SpreadsheetCsv.printer(out)) {
            printer.printRecord("claimant", "party", "sum_of_increments", "sum_of_items", "as_of", "qualifier", "value",
                    "min", "max", "precision", "summed", "of_items", "claims", "status");
            for (Series s : view.timeline().series()) {
                for (Point p : s.points()) {
                    PointJson point = PointJson.of(p);
                    printer.printRecord(SpreadsheetCsv.cell(s.claimant()), SpreadsheetCsv.cell(s.party()), s.sumOfIncrements(),
                            s.sumOfItems(), p.asOf(),
                            point.qualifier(), point.value(), point.min(), point.max(), point.precision(), p.summed(),
                            p.ofItems(), String.join(" ", p.claims().stream().map(String::valueOf).toList()),
                            point.status());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
