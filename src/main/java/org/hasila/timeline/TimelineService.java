package org.hasila.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hasila.kernel.BidiText;
import org.hasila.kernel.Citation;
import org.hasila.kernel.Dates;
import org.hasila.kernel.Moment;
import org.hasila.register.category.CategoryLabels;
import org.hasila.register.claim.AsOfPrecision;
import org.hasila.register.claim.Counting;
import org.hasila.register.claim.PastClaims;
import org.hasila.register.claim.PublishedSummaries;
import org.hasila.register.claim.Sentences;
import org.hasila.register.claim.Status;
import org.hasila.register.name.NameKind;
import org.hasila.register.name.ShownName;
import org.hasila.register.name.Translations;
import org.hasila.web.CategoryMessages;
import org.hasila.web.ClaimMessages;
import org.hasila.web.Language;
import org.hasila.web.Msg;
import org.hasila.web.TimelineMessages;

/** Loads the published claims of a timeline, computes it and words it, in one short read transaction. */
@ApplicationScoped
public class TimelineService {

    private static final int OUTLETS_NAMED = 4;

    @Inject
    EntityManager em;

    @Inject
    TimelineClaims timelineClaims;

    @Inject
    Translations translations;

    @Inject
    TimelineCorrections corrections;

    @Inject
    PastClaims pastClaims;

    @Inject
    @CacheName("timeline-version")
    Cache versions;

    /**
     * What the timeline's published data was at one moment: how many published claims of its conflict, category
     * and subject side there are, and when one of them last changed. Cached responses, ETags and Last-Modified
     * come from it, so every instance on one database agrees on whether a copy is fresh, and a draft changes
     * nothing a reader can see.
     */
    public record Version(long claims, Instant lastChange) {

        public String tag(String... variant) {
            return Long.toHexString(claims) + "-" + lastChange.toEpochMilli() + "-"
                    + Integer.toHexString(String.join("|", variant).hashCode());
        }
    }

    /** A claim drawn on the chart, as the table under it shows it, its names in the reader's language. */
    public record Row(long id, ShownName claimant, ShownName party, ShownName item, Figure figure, Counting counting,
            LocalDate periodStart, LocalDate periodEnd, AsOfPrecision precision, Status status, List<ShownName> outlets) {
    }

    /**
     * The timeline's names in the reader's language ({@code language}), each marked with its own where it has no
     * form in that one.
     */
    public record Names(String language, ShownName conflict, ShownName subject, ShownName item,
            Map<String, ShownName> claimants) {

        /** The names shown in another language than the reader's. */
        public List<ShownName> foreign() {
            List<ShownName> foreign = new ArrayList<>();
            java.util.stream.Stream.concat(java.util.stream.Stream.of(conflict, subject, item),
                    claimants.values().stream()).filter(name -> name != null && name.foreign())
                    .filter(name -> !foreign.contains(name)).forEach(foreign::add);
            return foreign;
        }
    }

    /**
     * A computed timeline with everything its page, chart and downloads show. {@code changes} are the revisions that
     * changed its published data up to the moment shown, oldest first; {@code corrections} those made to it up to
     * that moment, newest first; {@code updatedSince} those made after it (null for the current state).
     */
    public record View(TimelineRequest request, Timeline timeline, List<Row> rows, Version version, ChartText text,
            Names names, List<TimelineCorrections.Shown> corrections, List<PastClaims.Change> changes,
            TimelineCorrections.Since updatedSince, Map<Long, TimelineClaim> claims) {

        /**
         * A latest figure of the comparison as a sentence ready to quote; null for a running sum, which nobody said
         * in one statement.
         */
        public String sentence(Timeline.Latest latest) {
            Timeline.Point point = latest.point();
            if (point.summed() || point.ofItems()) {
                return null;
            }
            TimelineClaim claim = claims.get(point.claims().get(point.claims().size() - 1));
            return Sentences.of(claim.claimant(), request.category().slug, names.subject().text(), claim.qualifier(),
                    claim.value(), claim.valueMin(), claim.valueMax(), claim.counting(), claim.periodStart(),
                    claim.periodEnd(), claim.statedOn(), claim.status(), null, text.locale());
        }

        /**
         * The moment of the data shown: its last change or correction (a source's link is corrected without changing
         * a claim), what "Cite this" and a pinned embed fix in their links.
         */
        public Moment dataMoment() {
            Instant last = changes.isEmpty() ? version.lastChange() : changes.get(changes.size() - 1).when();
            Instant shown = request.at() == null ? Instant.MAX : request.at().instant();
            for (TimelineCorrections.Shown correction : corrections) {
                if (correction.when().isAfter(last) && !correction.when().isAfter(shown)) {
                    last = correction.when();
                }
            }
            return Moment.of(last);
        }

        /** This timeline fixed at the moment of its data: its permanent address. */
        public TimelineRequest pinned() {
            return request.at(dataMoment());
        }

        /** The days its published data changed on, newest first, each once, as the end of that day. */
        public List<Moment> changedOn() {
            return changes.stream().map(c -> c.when().atOffset(ZoneOffset.UTC).toLocalDate()).distinct()
                    .sorted(Comparator.reverseOrder()).map(Moment::ofDay).toList();
        }

        /** The permanent address of the state shown, in a language. */
        public String permanentUrl(String origin, String language) {
            return origin + TimelineDownloads.ROOT + "?" + pinned().query(language);
        }

        /** How to cite the state shown, retrieved today. */
        public Citation citation(String url, String publisher) {
            return new Citation(publisher, text.title(), url, dataMoment().text(),
                    LocalDate.now(ZoneOffset.UTC), "hasila-timeline-" + Integer.toHexString(url.hashCode()));
        }

        public String svg(int width) {
            return ChartSvg.render(timeline, text, width);
        }

        /** The wide chart as Batik draws it into the PNG. */
        public String svgForBatik() {
            return ChartSvg.render(timeline, text, ChartSvg.WIDE, ChartSvg.Drawer.BATIK);
        }

        public int chartHeight() {
            return ChartSvg.height(timeline, text, ChartSvg.WIDE);
        }

        public int narrowChartHeight() {
            return ChartSvg.height(timeline, text, ChartSvg.NARROW);
        }

        /** What the other sides claim against the subject side's own figure, as of the comparison's day. */
        public Sides sides() {
            // The series are named in the reader's language, so the subject side is too
            return Sides.of(timeline.comparison(), names.subject().text());
        }

        public String colour(int series) {
            return ChartSvg.colour(series);
        }
    }

    /**
     * After a change made here, each timeline's version is read again by its next reader: a timeline that changed
     * is computed afresh at once, the others are still answered from what is kept under their unchanged version.
     */
    void moved(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublishedSummaries.Moved moved) {
        versions.invalidateAll().await().indefinitely();
    }

    /**
     * Read from the tally of published claims ({@link PublishedSummaries}), a few rows kept in the same transaction
     * as every change of what readers see, rather than from the timeline's claims, scattered among a million rows:
     * publishing or editing a published claim raises the latest change, unpublishing lowers the count, and a draft
     * counts for nothing.
     */
    @Transactional
    public Version version(TimelineRequest request) {
        Object[] row = em.createQuery("""
                select coalesce(sum(t.claims), 0), max(t.lastChange) from PublishedTally t
                where t.conflictId = :conflict and t.categorySlug = :category and t.subjectPartyId = :subject""",
                Object[].class)
                .setParameter("conflict", request.conflict().id).setParameter("category", request.category().slug)
                .setParameter("subject", request.subject().id).getSingleResult();
        Instant last = row[1] == null ? Instant.EPOCH : (Instant) row[1];
        // A name's new form in a language changes what the timeline says, as a claim's change does
        Instant named = em.createQuery("select max(t.updatedAt) from NameTranslation t", Instant.class)
                .getSingleResult();
        return new Version(((Number) row[0]).longValue(), named != null && named.isAfter(last) ? named : last);
    }

    /**
     * The timeline worded in the reader's {@code language}: as it stands, or, when the request names a moment
     * ({@code at=}), as readers saw it then, from the revision current at that moment.
     */
    @Transactional
    public View view(TimelineRequest request, Language language) {
        List<PastClaims.Change> changes = pastClaims.changes(request.conflict(), request.category(), request.subject());
        Moment at = request.at();
        Version version;
        List<TimelineClaim> stored;
        Map<Long, Set<String>> storedOutlets;
        List<PastClaims.Change> shown;
        if (at == null) {
            version = version(request);
            stored = timelineClaims.of(request);
            storedOutlets = outlets(request);
            shown = changes;
        } else {
            long revision = pastClaims.revisionAt(at.instant());
            stored = timelineClaims.at(request, revision);
            storedOutlets = pastClaims.outlets(stored.stream().map(TimelineClaim::id).toList(), revision);
            shown = changes.stream().filter(change -> !change.when().isAfter(at.instant())).toList();
            version = new Version(stored.size(), shown.isEmpty() ? Instant.EPOCH : shown.get(shown.size() - 1).when());
        }
        Translations.InLanguage named = translations.in(language.getCode());
        Map<String, ShownName> claimants = new HashMap<>();
        // The chart and the computation's series are named in the reader's language; items stay as stored, since
        // the timeline of one item is chosen by it
        List<TimelineClaim> claims = stored.stream().map(claim -> {
            ShownName claimant = claimants.computeIfAbsent(claim.claimant(),
                    name -> named.shown(NameKind.CLAIMANT, name));
            return new TimelineClaim(claim.id(), claim.claimantId(), claimant.text(),
                    named.text(NameKind.PARTY, claim.claimantParty()), claim.item(), claim.qualifier(), claim.value(),
                    claim.valueMin(), claim.valueMax(), claim.counting(), claim.periodStart(), claim.periodEnd(),
                    claim.precision(), claim.statedOn(), claim.status());
        }).toList();
        Map<String, ShownName> byText = new HashMap<>();
        claimants.values().forEach(name -> byText.put(name.text(), name));
        Names names = new Names(language.getCode(), named.shown(NameKind.CONFLICT, request.conflict().name),
                named.shown(NameKind.PARTY, request.subject().name), named.shown(NameKind.ITEM, request.item()),
                byText);
        Map<Long, Set<ShownName>> outlets = new HashMap<>();
        storedOutlets.forEach((id, read) -> read.forEach(outlet -> outlets
                .computeIfAbsent(id, key -> new LinkedHashSet<>()).add(named.shown(NameKind.OUTLET, outlet))));
        Timeline timeline = TimelineComputation.compute(claims, request.item(), request.asOf());

        // The table lists the claims in the order the chart draws them: series by series, point by point.
        Map<Long, TimelineClaim> byId = new HashMap<>();
        claims.forEach(claim -> byId.put(claim.id(), claim));
        Set<Long> drawn = new LinkedHashSet<>();
        timeline.series().forEach(s -> s.points().forEach(p -> drawn.addAll(p.claims())));
        List<Row> rows = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        for (long id : drawn) {
            TimelineClaim claim = byId.get(id);
            Set<ShownName> read = outlets.getOrDefault(id, Set.of());
            read.forEach(outlet -> sources.add(outlet.text()));
            rows.add(new Row(id, byText.get(claim.claimant()),
                    claim.claimantParty() == null ? null : new ShownName(claim.claimantParty(), language.getCode(), false),
                    named.shown(NameKind.ITEM, claim.item()),
                    claim.figure(), claim.counting(), claim.periodStart(), claim.periodEnd(),
                    claim.precision(), claim.status(), List.copyOf(read)));
        }
        List<TimelineCorrections.Shown> corrected = corrections.of(request.conflict().slug, request.category().slug,
                request.subject().name, language.locale());
        // A past state lists the corrections made up to its moment; later ones are what "Updated since" counts
        List<TimelineCorrections.Shown> listed = at == null ? corrected
                : corrected.stream().filter(c -> !c.when().isAfter(at.instant())).toList();
        return new View(request, timeline, rows, version, text(request, names, timeline, sources, version, language),
                names, listed, shown, at == null ? null : TimelineCorrections.Since.after(at.instant(), corrected),
                byId);
    }

    /**
     * The outlets each published claim of the timeline was read in, as stored: joined from the timeline's claims, so
     * that the database walks its index once instead of checking a list of ids against every row.
     */
    private Map<Long, Set<String>> outlets(TimelineRequest request) {
        Map<Long, Set<String>> outlets = new HashMap<>();
        em.createQuery("""
                select c.id, s.outlet from ClaimSource cs join cs.source s join cs.claim c
                where c.published = true and c.conflict = :conflict and c.category = :category
                    and c.subjectParty = :subject
                order by cs.id""", Object[].class)
                .setParameter("conflict", request.conflict()).setParameter("category", request.category())
                .setParameter("subject", request.subject()).getResultStream()
                .forEach(row -> outlets.computeIfAbsent((Long) row[0], id -> new LinkedHashSet<>())
                        .add((String) row[1]));
        return outlets;
    }

    /** Names in the text stand between marks of their own direction ({@link BidiText}): the chart is drawn from it too. */
    private static ChartText text(TimelineRequest request, Names names, Timeline timeline, Set<String> sources,
            Version version, Language language) {
        TimelineMessages msg = language.bundle(TimelineMessages.class);
        boolean rightToLeft = "rtl".equals(language.bundle(Msg.class).dir());
        String comma = language.bundle(ClaimMessages.class).comma() + " ";
        Function<String, String> named = name -> BidiText.marked(name, rightToLeft);
        Locale locale = language.locale();
        String category = CategoryLabels.name(request.category(), language.bundle(CategoryMessages.class));
        String subject = named.apply(names.subject().text());
        String title = request.item() == null ? msg.title(category, subject)
                : msg.title_item(category, subject, named.apply(names.item().text()));
        List<String> outlets = sources.stream().limit(OUTLETS_NAMED).map(named).toList();
        String sourceLine = msg.sources(String.join(comma, outlets), Math.max(0, sources.size() - OUTLETS_NAMED));
        LocalDate asOf = timeline.comparison().asOf();
        String dateLine = msg.date_line(asOf == null ? "—" : Dates.readable(asOf, locale),
                Dates.readable(version.lastChange().atOffset(ZoneOffset.UTC).toLocalDate(), locale));
        return new ChartText(title, msg.subtitle(named.apply(names.conflict().text())), sourceLine, dateLine,
                msg.independent(), msg.sum_of_increments(), msg.sum_of_items(), msg.no_figures(), comma, locale,
                rightToLeft, msg.key_disputed(), msg.key_corroborated());
    }
}
