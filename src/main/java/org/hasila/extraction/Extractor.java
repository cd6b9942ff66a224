package org.hasila.extraction;

import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import org.hasila.extraction.Lexicon.Counted;
import org.hasila.extraction.Lexicon.Found;
import org.hasila.extraction.Lexicon.Institution;
import org.hasila.extraction.Lexicon.Loss;
import org.hasila.extraction.Lexicon.Noun;
import org.hasila.extraction.Lexicon.Side;
import org.hasila.kernel.Names;
import org.hasila.register.claim.AsOfPrecision;
import org.hasila.register.claim.Counting;
import org.hasila.register.claim.Qualifier;

/**
 * Suggests the claims of an article from its text, by rules (docs/extraction.md): a figure is a number, number
 * word, dual or "a number of" that counts a noun the lexicon knows (civilians, soldiers, tanks, houses), with a
 * word for a loss near it (killed, injured, destroyed); what the figure counts and the loss give its category. The
 * claimant, counting and period come from the sentence or from the statement it belongs to. Pure: no database.
 */
public final class Extractor {

    /** Sentences longer than this are no sentences (a table, a list without stops): they are cut. */
    private static final int LONGEST_SENTENCE = 2_000;

    private static final Pattern TOKENS = Pattern.compile("""
            (?<model>\\p{IsLatin}{1,4}-\\d+[a-z]?(?:-\\d+)*|\\d[a-z]\\d)\
            |(?<number>\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+)\
            |(?<word>\\p{L}+(?:-\\p{L}+)*(?:'\\p{L}+)?)\
            |(?<mark>[^\\s\\p{L}\\d])""");

    private final Lexicon lexicon;
    private final LocalDate publishedOn;
    /** The register's parties and claimants, each with the side and institution its name names. */
    private final Map<String, Side> knownParties = new java.util.LinkedHashMap<>();
    private final Map<String, Claimant> knownClaimants = new java.util.LinkedHashMap<>();
    private RuleBasedNumberFormat spelledOut;

    /**
     * @param publishedOn when the article was published: the year of dates written without one, and the as-of date
     *        of figures that give none; null when not known
     */
    public Extractor(TextLanguage language, KnownNames known, LocalDate publishedOn) {
        this.lexicon = Lexicon.of(language);
        this.publishedOn = publishedOn;
        for (String party : known.parties()) {
            sideOf(party).ifPresent(side -> knownParties.put(party, side));
        }
        for (String name : known.claimants()) {
            for (TextLanguage either : TextLanguage.values()) {
                Extractor reader = either == language ? this : new Extractor(either, KnownNames.none(), null);
                Sentence s = reader.sentence(Folded.fold(name), 0, Folded.fold(name).length());
                Claimant stored = s == null ? null : reader.claimant(s.tokens);
                if (stored != null && stored.institution() != null && stored.side() != null) {
                    knownClaimants.putIfAbsent(name, stored);
                }
            }
        }
    }

    /** A figure found in a sentence, before its claimant and period are known. */
    private record Figure(int from, int to, Noun noun, String item, Qualifier qualifier, Long value, Long min,
            Long max, Side side, boolean enemy, boolean own, Counting counting) {
    }

    /** Who makes a claim as a sentence names them. */
    private record Claimant(Institution institution, Side side, int from, int to) {
    }

    /** What one sentence says. */
    private static final class Sentence {
        int start;
        int end;
        List<Token> tokens;
        List<Figure> figures = new ArrayList<>();
        Claimant claimant;
        boolean continuing;
        Counting counting;
        LocalDate from;
        LocalDate until;
        Side lostBy;
        Side causedBy;
        Map<Side, Integer> sides = new HashMap<>();
        boolean soldiers;
        boolean civilians;
        Statement statement;
    }

    /** The sentences of one claimant's statement: they share its claimant, counting and period. */
    private static final class Statement {
        Claimant claimant;
        Counting counting;
        LocalDate from;
        LocalDate until;
        Map<Side, Integer> sides = new HashMap<>();
    }

    public List<Suggestion> suggest(String text) {
        Folded folded = new Folded(text);
        List<Sentence> sentences = sentences(folded);
        sentences.forEach(this::read);
        statements(sentences);
        // A headline repeats a figure of the body: the same figure of the same loss is one suggestion, the one
        // that says the most (its claimant), in the order of the text
        Map<List<Object>, Suggestion> unique = new java.util.LinkedHashMap<>();
        for (Sentence sentence : sentences) {
            for (Figure figure : sentence.figures) {
                suggestion(folded, text, sentence, figure).ifPresent(suggestion -> unique.merge(
                        java.util.Arrays.asList(suggestion.category(), suggestion.item(), suggestion.qualifier(),
                                suggestion.value(), suggestion.valueMin(), suggestion.valueMax()),
                        suggestion, (first, next) -> first.claimant() == null && next.claimant() != null ? next : first));
            }
        }
        return unique.values().stream().sorted(java.util.Comparator.comparingInt(Suggestion::quoteStart)).toList();
    }

    private List<Sentence> sentences(Folded folded) {
        List<Sentence> sentences = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getSentenceInstance(ULocale.forLanguageTag(lexicon.language.tag()));
        breaks.setText(folded.text);
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            for (int from = start; from < end; from += LONGEST_SENTENCE) {
                Sentence sentence = sentence(folded.text, from, Math.min(end, from + LONGEST_SENTENCE));
                if (sentence != null) {
                    sentences.add(sentence);
                }
            }
        }
        return sentences;
    }

    private Sentence sentence(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return null;
        }
        Sentence sentence = new Sentence();
        sentence.start = start;
        sentence.end = end;
        sentence.tokens = new ArrayList<>();
        Matcher m = TOKENS.matcher(text).region(start, end);
        while (m.find()) {
            Token.Kind kind = m.group("model") != null ? Token.Kind.MODEL
                    : m.group("number") != null ? Token.Kind.NUMBER
                            : m.group("word") != null ? Token.Kind.WORD : Token.Kind.PUNCTUATION;
            sentence.tokens.add(new Token(kind, m.start(), m.end(), m.group(), forms(m.group(), kind)));
        }
        return sentence;
    }

    /** The word and, in Arabic, the word without the clitics before it; in English, without a possessive 's. */
    private Set<String> forms(String token, Token.Kind kind) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(token);
        if (kind != Token.Kind.WORD) {
            return forms;
        }
        if (lexicon.language == TextLanguage.EN) {
            if (token.endsWith("'s")) {
                forms.add(token.substring(0, token.length() - 2));
            }
            return forms;
        }
        List<String> stems = new ArrayList<>(List.of(token));
        if (token.length() > 2 && (token.startsWith("و") || token.startsWith("ف"))) {
            stems.add(token.substring(1));
        }
        for (String stem : List.copyOf(stems)) {
            if (stem.startsWith("لل") && stem.length() > 3) {
                stems.add("ال" + stem.substring(2));
            } else if (stem.length() > 2 && "بلك".indexOf(stem.charAt(0)) >= 0) {
                stems.add(stem.substring(1));
            }
        }
        for (String stem : stems) {
            forms.add(stem);
            if (stem.startsWith("ال") && stem.length() > 3) {
                forms.add(stem.substring(2));
            }
        }
        return forms;
    }

    /** Everything one sentence says by itself. */
    private void read(Sentence s) {
        List<Token> t = s.tokens;
        for (int i = 0; i < t.size(); i++) {
            lexicon.sides.at(t, i).ifPresent(side -> s.sides.merge(side.meaning(), 1, Integer::sum));
            if (t.get(i).is("army") || t.get(i).is("military") || t.get(i).is("جيش") || t.get(i).is("troops")) {
                s.soldiers = true;
            }
            if (lexicon.nouns.at(t, i).map(n -> n.meaning().counted() == Counted.CIVILIANS).orElse(false)) {
                s.civilians = true;
            }
        }
        s.claimant = claimant(t);
        s.continuing = !t.isEmpty() && lexicon.continuing.at(t, 0).isPresent()
                || t.size() > 1 && lexicon.continuing.at(t, 1).isPresent();
        s.counting = counting(t);
        dates(s);
        for (int i = 0; i < t.size(); i++) {
            Optional<Found<Boolean>> attack = lexicon.attacks.at(t, i);
            if (attack.isPresent()) {
                Optional<Side> after = sideWithin(t, attack.get().to(), 3);
                Optional<Side> before = lexicon.language == TextLanguage.EN ? sideEndingAt(t, i) : Optional.empty();
                if (after.or(() -> before).isPresent() && s.causedBy == null) {
                    s.causedBy = after.or(() -> before).get();
                }
            }
            Optional<Found<Loss>> loss = lexicon.losses.at(t, i);
            if (loss.isPresent() && loss.get().meaning() == Loss.LOST && s.lostBy == null) {
                // "the Azerbaijani army lost", "Azerbaijan has lost", "خسر الجيش الأرميني"
                s.lostBy = lexicon.language == TextLanguage.EN ? sideBefore(t, i, 4).orElse(null)
                        : sideWithin(t, loss.get().to(), 3).orElse(null);
            }
        }
        figures(s);
    }

    private Optional<Side> sideWithin(List<Token> t, int from, int tokens) {
        return firstSide(t, IntStream.range(from, Math.min(t.size(), from + tokens)));
    }

    private Optional<Side> sideEndingAt(List<Token> t, int end) {
        return lexicon.sides.endingAt(t, end).map(Found::meaning);
    }

    private Optional<Side> sideBefore(List<Token> t, int before, int tokens) {
        return firstSide(t, IntStream.iterate(before - 1, j -> j >= Math.max(0, before - tokens), j -> j - 1));
    }

    /** The side named first at the tokens, taken in the order given, unless a clause ends before. */
    private Optional<Side> firstSide(List<Token> t, IntStream positions) {
        for (int j : (Iterable<Integer>) positions::iterator) {
            if (t.get(j).endsClause()) {
                return Optional.empty();
            }
            Optional<Found<Side>> side = lexicon.sides.at(t, j);
            if (side.isPresent()) {
                return Optional.of(side.get().meaning());
            }
        }
        return Optional.empty();
    }

    /** The institution the sentence names with its side, else a side that announces. */
    private Claimant claimant(List<Token> t) {
        Claimant stated = null;
        for (int i = 0; i < t.size(); i++) {
            Optional<Found<Institution>> institution = lexicon.institutions.at(t, i);
            if (institution.isPresent()) {
                Found<Institution> found = institution.get();
                int to = found.to();
                int from = i;
                Side side = null;
                // "وزارة الدفاع الأذربيجانية", "Ministry of Defence of Azerbaijan"
                int after = to < t.size() && t.get(to).is("of") ? to + 1 : to;
                Optional<Found<Side>> following = after < t.size() ? lexicon.sides.at(t, after) : Optional.empty();
                if (following.isPresent() && (lexicon.language == TextLanguage.AR || after > to)) {
                    side = following.get().meaning();
                    to = following.get().to();
                } else if (lexicon.language == TextLanguage.EN) {
                    // "the Armenian Defense Ministry"
                    Optional<Found<Side>> preceding = lexicon.sides.endingAt(t, i);
                    if (preceding.isPresent()) {
                        side = preceding.get().meaning();
                        from = preceding.get().from();
                    }
                }
                return new Claimant(found.meaning(), side, t.get(from).start(), t.get(to - 1).end());
            }
            Optional<Found<Boolean>> announces = lexicon.announces.at(t, i);
            if (announces.isPresent() && stated == null) {
                int verb = i;
                Optional<Found<Side>> after = lexicon.sides.at(t, announces.get().to());
                Optional<Found<Side>> before = lexicon.language == TextLanguage.EN
                        ? lexicon.sides.endingAt(t, verb).or(() -> verb > 1 && t.get(verb - 1).is("has")
                                ? lexicon.sides.endingAt(t, verb - 1)
                                : Optional.empty())
                        : Optional.empty();
                Optional<Found<Side>> side = lexicon.language == TextLanguage.AR ? after : before;
                if (side.isPresent()) {
                    stated = new Claimant(null, side.get().meaning(), -1, -1);
                }
            }
        }
        return stated;
    }

    private Counting counting(List<Token> t) {
        for (int i = 0; i < t.size(); i++) {
            Optional<Found<Counting>> found = lexicon.countings.at(t, i);
            if (found.isPresent() && !t.get(i).is("another")) {
                return found.get().meaning();
            }
        }
        return null;
    }

    /** "منذ 27 سبتمبر وحتى 16 أكتوبر", "between September 27 and October 20", "since Sept. 27". */
    private void dates(Sentence s) {
        List<Token> t = s.tokens;
        for (int i = 0; i < t.size(); i++) {
            Optional<DateAt> date = dateAt(t, i);
            if (date.isEmpty()) {
                continue;
            }
            boolean starts = false;
            boolean ends = false;
            for (int j = i - 1; j >= Math.max(0, i - 7) && !t.get(j).endsClause(); j--) {
                if (lexicon.since.at(t, j).isPresent()) {
                    starts = true;
                    break;
                }
                if (lexicon.until.at(t, j).isPresent()) {
                    ends = true;
                    break;
                }
            }
            LocalDate day = date.get().date;
            if (starts && s.from == null) {
                s.from = day;
            } else if (ends && s.until == null && day != null && (s.from == null || !day.isBefore(s.from))) {
                s.until = day;
            }
            i = date.get().to - 1;
        }
    }

    private record DateAt(LocalDate date, int from, int to) {
    }

    /** A day and month at token {@code i} ("27 سبتمبر/أيلول", "September 27", "Sept. 27, 2020"). */
    private Optional<DateAt> dateAt(List<Token> t, int i) {
        Token first = t.get(i);
        Integer day = null;
        Integer month = null;
        int to = i;
        if (first.kind() == Token.Kind.NUMBER) {
            Optional<Found<Integer>> m = lexicon.months.at(t, i + 1 < t.size() ? i + 1 : i);
            if (i + 1 < t.size() && m.isPresent()) {
                day = Integer.valueOf(first.folded());
                month = m.get().meaning();
                to = m.get().to();
            }
        } else {
            Optional<Found<Integer>> m = lexicon.months.at(t, i);
            if (m.isPresent()) {
                int j = m.get().to();
                if (j < t.size() && t.get(j).folded().equals(".")) {
                    j++;
                }
                if (j < t.size() && t.get(j).kind() == Token.Kind.NUMBER && t.get(j).folded().length() <= 2) {
                    day = Integer.valueOf(t.get(j).folded());
                    month = m.get().meaning();
                    to = j + 1;
                }
            }
        }
        if (day == null || day < 1 || day > 31) {
            return Optional.empty();
        }
        // "سبتمبر/أيلول": the same month in its other name
        if (to + 1 < t.size() && t.get(to).folded().equals("/") && lexicon.months.at(t, to + 1).isPresent()) {
            to = lexicon.months.at(t, to + 1).get().to();
        }
        Integer year = null;
        int y = to < t.size() && t.get(to).folded().equals(",") ? to + 1 : to;
        if (y < t.size() && t.get(y).kind() == Token.Kind.NUMBER && t.get(y).folded().matches("(19|20)\\d\\d")) {
            year = Integer.valueOf(t.get(y).folded());
            to = y + 1;
        }
        return Optional.of(new DateAt(dated(MonthDay.of(month, Math.min(day, month == 2 ? 29 : 31)), year), i, to));
    }

    /** A day in the year it was written, when that year is given or the article's date is known. */
    private LocalDate dated(MonthDay day, Integer year) {
        try {
            if (year != null) {
                return day.atYear(year);
            }
            if (publishedOn == null) {
                return null;
            }
            LocalDate same = day.atYear(publishedOn.getYear());
            return same.isAfter(publishedOn) ? day.atYear(publishedOn.getYear() - 1) : same;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private record Amount(Long value, Long min, Long max, int to) {
    }

    /** The figures of the sentence, in order. */
    private void figures(Sentence s) {
        List<Token> t = s.tokens;
        boolean listsLosses = false;
        for (int i = 0; i < t.size(); i++) {
            listsLosses |= lexicon.losses.at(t, i).map(l -> l.meaning() == Loss.DESTROYED
                    || l.meaning() == Loss.CAPTURED || l.meaning() == Loss.LOST).orElse(false);
        }
        for (int i = 0; i < t.size(); i++) {
            Figure figure = figureAt(s, i, listsLosses);
            if (figure != null) {
                s.figures.add(figure);
                i = Math.max(i, figure.to() - 1);
            }
        }
    }

    private Figure figureAt(Sentence s, int i, boolean listsLosses) {
        List<Token> t = s.tokens;
        Figure last = s.figures.isEmpty() ? null : s.figures.get(s.figures.size() - 1);
        Optional<Found<Boolean>> some = lexicon.someOf.at(t, i);
        if (some.isPresent()) {
            // "a number of Armenian soldiers"
            return nounAfter(t, some.get().to()).map(n -> figure(s, i, n, Qualifier.UNSPECIFIED,
                    new Amount(null, null, null, some.get().to()))).orElse(null);
        }
        // "وجرح آخرين": others, without a figure, counted like the figure before
        if (last != null && lexicon.others.at(t, i).isPresent() && i > 0 && lexicon.losses.at(t, i - 1).isPresent()) {
            return new Figure(i, i + 1, last.noun(), last.item(), Qualifier.UNSPECIFIED, null, null, null,
                    last.side(), last.enemy(), last.own(), null);
        }
        Amount amount = amount(t, i);
        if (amount == null) {
            Optional<Found<Noun>> counted = lexicon.nouns.at(t, i);
            // "دبابتين", and "ونظام صاروخي" listed among losses without a figure: one
            if (counted.isPresent() && counted.get().meaning().count() > 0 && !afterAFigure(t, i)
                    && (counted.get().meaning().count() == 2 || listsLosses && indefinite(t.get(i)))) {
                long count = counted.get().meaning().count();
                return figure(s, i, counted.get(), Qualifier.EXACT, new Amount(count, null, null, i));
            }
            return null;
        }
        if (dateAt(t, i).isPresent() || i > 0 && lexicon.months.endingAt(t, i).isPresent()
                || i > 1 && t.get(i - 1).folded().equals(".") && lexicon.months.endingAt(t, i - 1).isPresent()) {
            return null;
        }
        Qualifier qualifier = amount.min() != null ? Qualifier.RANGE
                : lexicon.qualifiers.endingAt(t, i).map(Found::meaning).orElse(Qualifier.EXACT);
        Optional<Found<Noun>> noun = nounAfter(t, amount.to());
        if (noun.isPresent()) {
            return figure(s, i, noun.get(), qualifier, amount);
        }
        if (amount.to() < t.size() && last != null && lexicon.others.at(t, amount.to()).isPresent()) {
            return new Figure(i, amount.to() + 1, last.noun(), last.item(), qualifier, amount.value(), amount.min(),
                    amount.max(), last.side(), last.enemy(), last.own(), null);
        }
        // "the military death toll to 280", "the number of Azerbaijani victims exceeds three thousand"
        for (int j = i - 1; j >= Math.max(0, i - 8); j--) {
            if (t.get(j).endsClause() || last != null && j < last.to()) {
                break;
            }
            Optional<Found<Noun>> toll = lexicon.nouns.at(t, j);
            if (toll.isPresent() && toll.get().meaning().loss() != null) {
                Figure found = figure(s, j, toll.get(), qualifier, amount);
                return new Figure(i, amount.to(), found.noun(), found.item(), qualifier, amount.value(),
                        amount.min(), amount.max(), found.side(), found.enemy(), found.own(), null);
            }
        }
        return null;
    }

    /**
     * The noun a figure counts: in Arabic right after it ("47 مدنيا") or after "من"; in English after up to four
     * words ("200 Azerbaijani servicemen", "2,783 of its soldiers", "15 OSA anti-aircraft missile systems").
     */
    private Optional<Found<Noun>> nounAfter(List<Token> t, int from) {
        int skip = lexicon.language == TextLanguage.AR ? 1 : 4;
        for (int j = from; j < Math.min(t.size(), from + skip + 1); j++) {
            if (t.get(j).endsClause() || t.get(j).kind() == Token.Kind.NUMBER || lexicon.others.at(t, j).isPresent()) {
                return Optional.empty();
            }
            Optional<Found<Noun>> noun = lexicon.nouns.at(t, j);
            if (noun.isPresent()) {
                return noun;
            }
        }
        return Optional.empty();
    }

    private boolean afterAFigure(List<Token> t, int i) {
        return i > 0 && (t.get(i - 1).kind() == Token.Kind.NUMBER || amount(t, i - 1) != null);
    }

    /** An Arabic noun without the article, or any English noun. */
    private boolean indefinite(Token token) {
        if (lexicon.language == TextLanguage.EN) {
            return true;
        }
        String word = token.folded().startsWith("و") || token.folded().startsWith("ف") ? token.folded().substring(1)
                : token.folded();
        return !word.startsWith("ال") && !word.startsWith("لل");
    }

    /** A figure that counts the noun found, with the item its words or a model name, and the side it names. */
    private Figure figure(Sentence s, int from, Found<Noun> noun, Qualifier qualifier, Amount amount) {
        List<Token> t = s.tokens;
        int start = Math.min(from, amount.to());
        int end = noun.to();
        String item = noun.meaning().item();
        Side side = null;
        boolean enemy = false;
        boolean own = false;
        int look = Math.min(t.size(), end + 5);
        for (int j = Math.min(from, noun.from()); j < look; j++) {
            Token token = t.get(j);
            if (j >= end && (token.endsClause() || token.kind() == Token.Kind.NUMBER
                    || j > end && lexicon.nouns.at(t, j).isPresent())) {
                break;
            }
            String model = lexicon.models.get(token.folded());
            if (model != null && noun.meaning().counted() == Counted.EQUIPMENT) {
                item = model;
            }
            Optional<Found<Side>> named = lexicon.sides.at(t, j);
            if (named.isPresent() && side == null && (j < end || j <= end + 1)) {
                side = named.get().meaning();
            }
            enemy |= lexicon.enemy.at(t, j).isPresent();
            own |= j < noun.from() && lexicon.own.at(t, j).isPresent();
        }
        Counting counting = start > 0 && lexicon.countings.at(t, start - 1).map(c -> t.get(start - 1).is("another"))
                .orElse(false) ? Counting.INCREMENTAL : null;
        return new Figure(start, end, noun.meaning(), item, qualifier, amount.value(), amount.min(), amount.max(),
                side, enemy, own, counting);
    }

    /** A figure written in digits or words at token {@code i}, with its multiplier and a range's end. */
    private Amount amount(List<Token> t, int i) {
        Token token = t.get(i);
        Long value = null;
        int to = i + 1;
        if (token.kind() == Token.Kind.NUMBER) {
            String digits = token.folded().replace(",", "");
            if (digits.length() > 15) {
                return null;
            }
            value = Long.parseLong(digits);
        } else if (token.kind() == Token.Kind.WORD) {
            if (lexicon.language == TextLanguage.AR) {
                Optional<Found<Long>> word = lexicon.numberWords.at(t, i);
                if (word.isPresent() && !(t.get(i).folded().startsWith("ال"))) {
                    value = word.get().meaning();
                    to = word.get().to();
                }
            } else if (token.folded().equals("a") || token.folded().equals("an")) {
                return null;
            } else {
                if (spelledOut == null) {
                    spelledOut = new RuleBasedNumberFormat(ULocale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);
                    spelledOut.setLenientParseMode(true);
                }
                ParsePosition position = new ParsePosition(0);
                String rest = wordsFrom(t, i);
                Number parsed = spelledOut.parse(rest, position);
                if (parsed != null && position.getIndex() > 0 && parsed.longValue() > 0) {
                    int consumed = position.getIndex();
                    while (to < t.size() && t.get(to).end() - token.start() <= consumed) {
                        to++;
                    }
                    if (t.get(to - 1).end() - token.start() != consumed
                            && !(consumed > 0 && rest.length() > consumed && rest.charAt(consumed) == ' ')) {
                        return null;
                    }
                    value = parsed.longValue();
                }
            }
        }
        if (value == null) {
            return null;
        }
        Optional<Found<Long>> multiplier = to < t.size() ? lexicon.multipliers.at(t, to) : Optional.empty();
        if (multiplier.isPresent()) {
            value *= multiplier.get().meaning();
            to = multiplier.get().to();
        }
        // "7,000-8,000"
        if (to + 1 < t.size() && (t.get(to).folded().equals("-") || t.get(to).folded().equals("to"))
                && t.get(to + 1).kind() == Token.Kind.NUMBER) {
            long max = Long.parseLong(t.get(to + 1).folded().replace(",", ""));
            if (max > value) {
                return new Amount(null, value, max, to + 2);
            }
        }
        return new Amount(value, null, null, to);
    }

    /** The sentence's words from token {@code i} on, as ICU's spell-out rules read them. */
    private static String wordsFrom(List<Token> t, int i) {
        StringBuilder words = new StringBuilder();
        int previousEnd = t.get(i).start();
        for (int j = i; j < Math.min(t.size(), i + 8); j++) {
            words.append(" ".repeat(t.get(j).start() - previousEnd)).append(t.get(j).folded());
            previousEnd = t.get(j).end();
        }
        return words.toString();
    }

    /**
     * Groups sentences into statements: a sentence that names a claimant starts one, unless it goes on with the
     * one before ("جاء ذلك في بيان للنيابة العامة", "it said"), when it names the claimant of that one.
     */
    private void statements(List<Sentence> sentences) {
        Statement current = new Statement();
        for (Sentence sentence : sentences) {
            if (sentence.claimant != null && !sentence.continuing
                    && !(current.claimant != null && current.claimant.institution() == null
                            && sentence.claimant.institution() != null
                            && sentence.claimant.side() == current.claimant.side())) {
                current = new Statement();
            }
            if (sentence.claimant != null
                    && (current.claimant == null || current.claimant.institution() == null)) {
                current.claimant = sentence.claimant;
            }
            if (current.counting == null) {
                current.counting = sentence.counting;
            }
            if (current.from == null) {
                current.from = sentence.from;
            }
            if (current.until == null) {
                current.until = sentence.until;
            }
            Statement statement = current;
            sentence.sides.forEach((side, n) -> statement.sides.merge(side, n, Integer::sum));
            sentence.statement = current;
        }
    }

    private Optional<Suggestion> suggestion(Folded folded, String text, Sentence s, Figure figure) {
        Loss loss = figure.noun().loss() != null ? figure.noun().loss() : loss(s, figure);
        Counted counted = figure.noun().counted();
        if (counted == Counted.PEOPLE && figure.noun().loss() != null) {
            counted = s.civilians ? Counted.CIVILIANS : s.soldiers ? Counted.SOLDIERS : Counted.PEOPLE;
        }
        String category = category(loss, counted);
        if (category == null) {
            return Optional.empty();
        }
        Statement statement = s.statement;
        Claimant claimant = statement.claimant;
        Side claimantSide = claimant == null ? null : claimant.side();
        Side subject = figure.own() ? claimantSide : figure.side() != null ? figure.side() : s.lostBy;
        Side causedBy = s.causedBy;
        Side other = otherSide(statement, claimantSide);
        boolean ownLosses = counted == Counted.CIVILIANS || counted == Counted.BUILDINGS;
        if (subject == null || figure.enemy()) {
            subject = ownLosses ? (claimantSide != null ? claimantSide : null) : other;
        }
        if (causedBy == null && subject != null) {
            causedBy = subject == claimantSide ? (ownLosses ? other : null) : claimantSide;
        }
        Counting counting = figure.counting() != null ? figure.counting()
                : s.counting != null ? s.counting
                        : statement.counting != null ? statement.counting
                                : Counting.CUMULATIVE;
        LocalDate from = s.from != null ? s.from : s.until == null ? statement.from : null;
        LocalDate until = s.until != null ? s.until : s.from == null ? statement.until : null;
        if (until == null && publishedOn != null) {
            until = publishedOn;
        }
        if (from == null && counting == Counting.INCREMENTAL && until != null) {
            from = until.minusDays(1);
        }
        int start = folded.original(s.start);
        int end = folded.original(s.end - 1) + 1;
        return Optional.of(new Suggestion(null, claimant == null ? null : claimantName(claimant, folded),
                partyName(claimantSide), partyName(subject), partyName(causedBy == subject ? null : causedBy),
                category, figure.item(), figure.qualifier().slug(), figure.value(), figure.min(), figure.max(),
                counting.slug(), from == null ? null : from.toString(), until == null ? null : until.toString(),
                AsOfPrecision.EXACT.slug(), text.substring(start, end), text.codePointCount(0, start),
                text.codePointCount(0, end)));
    }

    /** The side the statement names most that the claimant does not speak for. */
    private static Side otherSide(Statement statement, Side claimantSide) {
        return statement.sides.entrySet().stream().filter(e -> e.getKey() != claimantSide)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /**
     * The loss word that goes with the figure: in Arabic the nearest before it ("مقتل 47 مدنيا"), else after
     * ("... باتت غير قابلة للاستخدام"); in English the nearest after ("were killed"), else before ("lost 260 tanks").
     */
    private Loss loss(Sentence s, Figure figure) {
        List<Token> t = s.tokens;
        List<Loss> before = new ArrayList<>();
        for (int j = figure.from() - 1; j >= 0; j--) {
            lexicon.losses.at(t, j).filter(l -> l.to() <= figure.from()).ifPresent(l -> before.add(l.meaning()));
        }
        List<Loss> after = new ArrayList<>();
        for (int j = figure.to(); j < t.size(); j++) {
            lexicon.losses.at(t, j).ifPresent(l -> after.add(l.meaning()));
        }
        List<Loss> order = new ArrayList<>(lexicon.language == TextLanguage.AR ? before : after);
        order.addAll(lexicon.language == TextLanguage.AR ? after : before);
        return order.stream().filter(l -> category(l, figure.noun().counted()) != null).findFirst().orElse(null);
    }

    /** The register's category of a loss of what a figure counts; null where the register has none. */
    static String category(Loss loss, Counted counted) {
        if (loss == null) {
            return null;
        }
        return switch (loss) {
            case KILLED, LOST -> switch (counted) {
                case CIVILIANS -> loss == Loss.KILLED ? "civilians-killed" : null;
                case SOLDIERS -> "soldiers-killed";
                case PEOPLE -> loss == Loss.KILLED ? "people-killed" : null;
                case EQUIPMENT -> loss == Loss.LOST ? "equipment-destroyed" : null;
                case AIRCRAFT -> loss == Loss.LOST ? "aircraft-downed" : null;
                case BUILDINGS -> null;
            };
            case INJURED -> switch (counted) {
                case CIVILIANS -> "civilians-injured";
                case SOLDIERS -> "soldiers-injured";
                default -> null;
            };
            case DESTROYED -> switch (counted) {
                case EQUIPMENT -> "equipment-destroyed";
                case AIRCRAFT -> "aircraft-downed";
                case BUILDINGS -> "buildings-destroyed";
                default -> null;
            };
            case DAMAGED -> switch (counted) {
                case EQUIPMENT, AIRCRAFT -> "equipment-damaged";
                case BUILDINGS -> "buildings-damaged";
                default -> null;
            };
            case CAPTURED -> switch (counted) {
                case CIVILIANS, SOLDIERS, PEOPLE -> "people-captured";
                case EQUIPMENT, AIRCRAFT -> "equipment-captured";
                case BUILDINGS -> null;
            };
            case MISSING -> counted == Counted.EQUIPMENT || counted == Counted.AIRCRAFT
                    || counted == Counted.BUILDINGS ? null : "people-missing";
            case DOWNED -> counted == Counted.AIRCRAFT ? "aircraft-downed" : null;
        };
    }

    /** The register's name of the side, else its name in the text's language. */
    private String partyName(Side side) {
        if (side == null) {
            return null;
        }
        return knownParties.entrySet().stream().filter(e -> e.getValue().equals(side)).map(Map.Entry::getKey)
                .findFirst().orElse(side.name(lexicon.language));
    }

    /** The side a name names, read with the lexicons of both languages. */
    private static Optional<Side> sideOf(String name) {
        for (TextLanguage language : TextLanguage.values()) {
            Extractor reader = new Extractor(language, KnownNames.none(), null);
            Sentence s = reader.sentence(Folded.fold(name), 0, Folded.fold(name).length());
            if (s != null && !s.tokens.isEmpty()) {
                Optional<Found<Side>> side = reader.lexicon.sides.at(s.tokens, 0);
                if (side.isPresent() && side.get().to() == s.tokens.size()) {
                    return Optional.of(side.get().meaning());
                }
                Claimant named = reader.claimant(s.tokens);
                if (named == null) {
                    for (int i = 0; i < s.tokens.size(); i++) {
                        Optional<Found<Side>> inside = reader.lexicon.sides.at(s.tokens, i);
                        if (inside.isPresent() && inside.get().to() == s.tokens.size()) {
                            return Optional.of(inside.get().meaning()); // "Republic of Artsakh"
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The register's claimant the words name (the same institution of the same side), else the words as written. */
    private String claimantName(Claimant claimant, Folded folded) {
        for (Map.Entry<String, Claimant> stored : knownClaimants.entrySet()) {
            if (stored.getValue().institution() == claimant.institution()
                    && stored.getValue().side().equals(claimant.side())) {
                return stored.getKey();
            }
        }
        if (claimant.from() < 0) {
            // a state that announces: the register's party, else the side's name
            return partyName(claimant.side());
        }
        // "للنيابة العامة" is "النيابة العامة" after the preposition
        return Names.written(folded.written(claimant.from(), claimant.to()).replaceFirst("^[وف]?لل", "ال")
                .replaceFirst("^[وف]?[بلك]?(?=ال)", ""));
    }
}
