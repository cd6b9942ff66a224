package org.hasila.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hasila.register.claim.AsOfPrecision;
import org.hasila.register.claim.Counting;
import org.hasila.register.claim.Qualifier;
import org.hasila.register.claim.Status;
import org.hasila.timeline.Timeline.Flag;
import org.hasila.timeline.Timeline.Point;
import org.hasila.timeline.Timeline.Series;
import org.junit.jupiter.api.Test;

/** The rules of product.md's comparison timeline, on the seed article and on claims made for each rule. */
class TimelineComputationTest {

    static final LocalDate OCT_16 = LocalDate.of(2020, 10, 16);

    @Test
    void civiliansKilledInAzerbaijanShowTheEarlierTollThenFortySeven() throws IOException {
        Timeline timeline = TimelineComputation.compute(SeedArticle.claims("civilians-killed", "Azerbaijan"), null, null);
        assertEquals(1, timeline.series().size());
        Series prosecutor = timeline.series().get(0);
        assertEquals("Prosecutor General's Office of Azerbaijan", prosecutor.claimant());
        assertEquals("Azerbaijan", prosecutor.party());
        assertFalse(prosecutor.sumOfIncrements());
        assertEquals(2, prosecutor.points().size());
        Point earlier = prosecutor.points().get(0);
        assertEquals(46, earlier.figure().min());
        assertEquals(AsOfPrecision.ON_OR_BEFORE, earlier.precision());
        assertEquals(OCT_16, earlier.asOf());
        Point stated = prosecutor.points().get(1);
        assertEquals(47, stated.figure().min());
        assertEquals(Qualifier.EXACT, stated.figure().qualifier());
        assertEquals(AsOfPrecision.EXACT, stated.precision());
        assertEquals(OCT_16, timeline.comparison().asOf());
        assertEquals(47, timeline.comparison().latest().get(0).point().figure().min());
        assertTrue(timeline.flags().isEmpty(), timeline.flags().toString());
    }

    @Test
    void equipmentDestroyedInArmeniaIsTheDefenceMinistrysRunningSumOfItems() throws IOException {
        Timeline timeline = TimelineComputation.compute(SeedArticle.claims("equipment-destroyed", "Armenia"), null, null);
        Series ministry = timeline.series().get(0);
        assertEquals("Ministry of Defence of Azerbaijan", ministry.claimant());
        assertTrue(ministry.sumOfIncrements());
        assertTrue(ministry.sumOfItems());
        assertEquals(1, ministry.points().size());
        Point point = ministry.points().get(0);
        assertEquals(17, point.figure().min());
        assertEquals(Qualifier.EXACT, point.figure().qualifier());
        assertEquals(OCT_16, point.asOf());
        assertTrue(point.summed());
        assertEquals(List.of(9L, 10L, 11L, 12L, 13L), point.claims());
        assertTrue(timeline.flags().isEmpty(), timeline.flags().toString());
    }

    @Test
    void oneItemShowsItsOwnFigure() throws IOException {
        Timeline tanks = TimelineComputation.compute(SeedArticle.claims("equipment-destroyed", "Armenia"), "Tank T-72", null);
        Point point = tanks.series().get(0).points().get(0);
        assertEquals(2, point.figure().min());
        assertFalse(point.ofItems());
        assertEquals(List.of(9L), point.claims());
    }

    @Test
    void claimsWithoutAFigureAreListedNotDrawn() throws IOException {
        Timeline killed = TimelineComputation.compute(SeedArticle.claims("soldiers-killed", "Armenia"), null, null);
        assertTrue(killed.series().isEmpty());
        assertEquals(List.of(14L), killed.unspecified().stream().map(TimelineClaim::id).toList());
        Timeline injured = TimelineComputation.compute(SeedArticle.claims("soldiers-injured", "Armenia"), null, null);
        assertEquals(List.of(15L), injured.unspecified().stream().map(TimelineClaim::id).toList());
        assertNull(killed.comparison().asOf());
    }

    @Test
    void cumulativeFiguresStandAndLaterIncrementsAddToTheLastOne() {
        Timeline timeline = compute(
                claim(1, "A").incremental("2020-09-27", "2020-09-30", 5),
                claim(2, "A").cumulative("2020-10-01", 10),
                claim(3, "A").incremental("2020-09-30", "2020-10-01", 4),
                claim(4, "A").incremental("2020-10-01", "2020-10-02", 3),
                claim(5, "A").incremental("2020-10-02", "2020-10-03", 2));
        Series a = timeline.series().get(0);
        assertFalse(a.sumOfIncrements());
        assertEquals(List.of(5L, 10L, 13L, 15L), a.points().stream().map(p -> p.figure().min()).toList());
        assertEquals(List.of(true, false, true, true), a.points().stream().map(Point::summed).toList());
        assertTrue(timeline.flags().isEmpty(), timeline.flags().toString());
    }

    @Test
    void incrementsOnlyMakeADashedRunningSumFromTheStart() {
        Timeline timeline = compute(claim(1, "A").incremental("2020-10-01", "2020-10-02", 2),
                claim(2, "A").incremental("2020-10-02", "2020-10-03", 3),
                claim(3, "A").incremental("2020-10-02", "2020-10-03", 1).item("x"));
        Series a = timeline.series().get(0);
        assertTrue(a.sumOfIncrements());
        assertEquals(List.of(2L, 5L), a.points().stream().map(p -> p.figure().min()).toList());
    }

    @Test
    void overlappingIncrementsAreFlaggedAndAdjoiningOnesAreNot() {
        Timeline timeline = compute(claim(1, "A").incremental("2020-10-01", "2020-10-02", 2),
                claim(2, "A").incremental("2020-10-02", "2020-10-03", 3),
                claim(3, "A").incremental("2020-10-02", "2020-10-05", 4));
        assertEquals(1, timeline.flags().size());
        Flag flag = timeline.flags().get(0);
        assertEquals(Flag.Kind.OVERLAPPING_INCREMENTS, flag.kind());
        assertEquals(List.of(2L, 3L), flag.claims());
    }

    @Test
    void aRunningTotalThatGoesDownIsFlagged() {
        Timeline timeline = compute(claim(1, "A").cumulative("2020-10-01", 50), claim(2, "A").cumulative("2020-10-05", 45),
                claim(3, "A").cumulative("2020-10-07", 60));
        assertEquals(List.of(Flag.Kind.RUNNING_TOTAL_DECREASES),
                timeline.flags().stream().map(Flag::kind).toList());
        assertEquals(LocalDate.parse("2020-10-05"), timeline.flags().get(0).date());
        assertEquals(List.of(1L, 2L), timeline.flags().get(0).claims());
    }

    @Test
    void twoFiguresForTheSameDayAreAContradictionButAnEarlierTollIsNot() {
        Timeline contradiction = compute(claim(1, "A").cumulative("2020-10-05", 47),
                claim(2, "A").cumulative("2020-10-05", 45));
        assertEquals(List.of(Flag.Kind.SAME_DAY_CONTRADICTION),
                contradiction.flags().stream().map(Flag::kind).toList());
        Timeline earlier = compute(claim(1, "A").cumulative("2020-10-05", 47),
                claim(2, "A").cumulative("2020-10-05", 46).precision(AsOfPrecision.ON_OR_BEFORE));
        assertTrue(earlier.flags().isEmpty(), earlier.flags().toString());
        assertEquals(List.of(46L, 47L), earlier.series().get(0).points().stream().map(p -> p.figure().min()).toList());
    }

    @Test
    void everyQualifierIsCarriedByTheFigure() {
        assertEquals(Qualifier.AT_LEAST, Figure.of(Qualifier.AT_LEAST, 5L, null, null).qualifier());
        assertEquals(Qualifier.AT_MOST, Figure.of(Qualifier.AT_MOST, 5L, null, null).qualifier());
        assertEquals(Qualifier.ABOUT, Figure.of(Qualifier.ABOUT, 5L, null, null).qualifier());
        assertEquals(Qualifier.RANGE, Figure.of(Qualifier.RANGE, null, 3L, 9L).qualifier());
        assertEquals(6.0, Figure.of(Qualifier.RANGE, null, 3L, 9L).central());
    }

    @Test
    void runningSumsCarryQualifiersAsDocumented() {
        Figure exact = Figure.of(Qualifier.EXACT, 10L, null, null);
        Figure atLeast = Figure.of(Qualifier.AT_LEAST, 5L, null, null);
        Figure atMost = Figure.of(Qualifier.AT_MOST, 5L, null, null);
        Figure about = Figure.of(Qualifier.ABOUT, 5L, null, null);
        Figure range = Figure.of(Qualifier.RANGE, null, 3L, 9L);
        assertEquals(new Figure(15, null, false, false), exact.plus(atLeast));
        assertEquals(Qualifier.AT_LEAST, exact.plus(atLeast).qualifier());
        assertEquals(Qualifier.RANGE, exact.plus(range).qualifier());
        assertEquals(13, exact.plus(range).min());
        assertEquals(19L, exact.plus(range).max());
        assertEquals(Qualifier.ABOUT, exact.plus(about).qualifier());
        assertEquals(Qualifier.AT_MOST, atMost.plus(atMost).qualifier());
        assertEquals(Qualifier.RANGE, atMost.plus(exact).qualifier());
        assertEquals(Qualifier.AT_LEAST, range.plus(atLeast).qualifier());
        Timeline timeline = compute(claim(1, "A").incremental("2020-10-01", "2020-10-02", 10),
                claim(2, "A").incremental("2020-10-02", "2020-10-03", 5).qualifier(Qualifier.AT_LEAST));
        assertEquals(Qualifier.AT_LEAST, timeline.series().get(0).points().get(1).figure().qualifier());
    }

    @Test
    void retractedClaimsAreListedNotDrawn() {
        Timeline timeline = compute(claim(1, "A").cumulative("2020-10-01", 10),
                claim(2, "A").cumulative("2020-10-02", 99).status(Status.RETRACTED));
        assertEquals(1, timeline.series().get(0).points().size());
        assertEquals(List.of(2L), timeline.retracted().stream().map(TimelineClaim::id).toList());
    }

    @Test
    void aWholeCategoryClaimStandsOverItemClaimsOfTheSamePeriod() {
        Timeline timeline = compute(claim(1, "A").cumulative("2020-10-01", 40),
                claim(2, "A").cumulative("2020-10-01", 3).item("tank"),
                claim(3, "A").cumulative("2020-10-02", 4).item("tank"),
                claim(4, "A").cumulative("2020-10-02", 5).item("gun"));
        Series a = timeline.series().get(0);
        assertEquals(List.of(40L, 9L), a.points().stream().map(p -> p.figure().min()).toList());
        assertEquals(List.of(false, true), a.points().stream().map(Point::ofItems).toList());
    }

    @Test
    void theComparisonSaysHowFarApartTheLatestFiguresAre() {
        Timeline timeline = compute(claim(1, "A").cumulative("2020-10-01", 100),
                claim(2, "B").cumulative("2020-10-03", 240), claim(3, "A").cumulative("2020-10-05", 120),
                claim(4, "C").cumulative("2020-10-09", 0));
        Timeline.Comparison onFifth = TimelineComputation.compute(timeline.series().stream()
                .flatMap(s -> List.<TimelineClaim> of().stream()).toList(), null, null).comparison();
        assertNull(onFifth.asOf());
        Timeline.Comparison comparison = compute(LocalDate.parse("2020-10-04"), claim(1, "A").cumulative("2020-10-01", 100),
                claim(2, "B").cumulative("2020-10-03", 240), claim(3, "A").cumulative("2020-10-05", 120)).comparison();
        assertEquals(LocalDate.parse("2020-10-04"), comparison.asOf());
        assertEquals(2.4, comparison.ratio(), 1e-9);
        assertEquals(140L, comparison.difference());
        Timeline.Comparison lastDay = timeline.comparison();
        assertEquals(LocalDate.parse("2020-10-09"), lastDay.asOf());
        assertEquals(3, lastDay.latest().size());
        assertNull(lastDay.ratio(), "no ratio to a zero");
        assertEquals(240L, lastDay.difference());
    }

    static Timeline compute(ClaimBuilder... claims) {
        return compute(null, claims);
    }

    static Timeline compute(LocalDate asOf, ClaimBuilder... claims) {
        List<TimelineClaim> built = new ArrayList<>();
        for (ClaimBuilder claim : claims) {
            built.add(claim.build());
        }
        return TimelineComputation.compute(built, null, asOf);
    }

    static ClaimBuilder claim(long id, String claimant) {
        return new ClaimBuilder(id, claimant);
    }

    /** A claim made for one rule; exact and reported unless told otherwise. */
    static final class ClaimBuilder {
        final long id;
        final String claimant;
        String item;
        Qualifier qualifier = Qualifier.EXACT;
        long value;
        Counting counting;
        LocalDate start;
        LocalDate end;
        AsOfPrecision precision = AsOfPrecision.EXACT;
        Status status = Status.REPORTED;

        ClaimBuilder(long id, String claimant) {
            this.id = id;
            this.claimant = claimant;
        }

        ClaimBuilder cumulative(String asOf, long figure) {
            counting = Counting.CUMULATIVE;
            end = LocalDate.parse(asOf);
            value = figure;
            return this;
        }

        ClaimBuilder incremental(String from, String to, long figure) {
            counting = Counting.INCREMENTAL;
            start = LocalDate.parse(from);
            end = LocalDate.parse(to);
            value = figure;
            return this;
        }

        ClaimBuilder item(String name) {
            item = name;
            return this;
        }

        ClaimBuilder qualifier(Qualifier q) {
            qualifier = q;
            return this;
        }

        ClaimBuilder precision(AsOfPrecision p) {
            precision = p;
            return this;
        }

        ClaimBuilder status(Status s) {
            status = s;
            return this;
        }

        TimelineClaim build() {
            return new TimelineClaim(id, claimant.hashCode(), claimant, null, item, qualifier, value, null, null, counting,
                    start, end, precision, null, status);
        }
    }
}
