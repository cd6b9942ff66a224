package org.hasila.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hasila.register.claim.Counting;
import org.hasila.register.claim.Qualifier;

/**
 * The words the rules know in one language, each phrase with what it means: who or what a figure counts, which
 * loss a verb or noun names, qualifiers, counting, sides, claimants' institutions, months and number words. Phrases
 * are written as people write them and folded like the text; the longest phrase that matches wins.
 */
final class Lexicon {

    /** Whose or what losses a noun counts. */
    enum Counted {
        CIVILIANS,
        SOLDIERS,
        PEOPLE,
        EQUIPMENT,
        AIRCRAFT,
        BUILDINGS
    }

    /** The loss a verb or noun names. */
    enum Loss {
        KILLED,
        INJURED,
        DESTROYED,
        DAMAGED,
        CAPTURED,
        MISSING,
        DOWNED,
        LOST
    }

    /**
     * A noun that a figure counts.
     *
     * @param item the register's item it names, or null
     * @param loss the loss the noun names itself ("killed", "قتيلا"), or null
     * @param count 2 for an Arabic dual ("دبابتين"), 1 for a singular noun that counts one when listed without a
     *        number ("نظام صاروخي"), 0 otherwise
     */
    record Noun(Counted counted, String item, Loss loss, int count) {
    }

    /** An institution whose statements are claims, and how the register names it for a party. */
    enum Institution {
        DEFENCE_MINISTRY("Ministry of Defence of %s"),
        PROSECUTOR("Prosecutor General's Office of %s"),
        HEALTH_MINISTRY("Ministry of Health of %s"),
        PRESIDENT("President of %s");

        final String pattern;

        Institution(String pattern) {
            this.pattern = pattern;
        }
    }

    /** A party the lexicon knows, with its name in each language. */
    record Side(String en, String ar) {
        String name(TextLanguage language) {
            return language == TextLanguage.AR ? ar : en;
        }
    }

    record Phrase<T>(List<String> words, T meaning) {
    }

    /** A phrase found in the text: its meaning and the tokens it covers. */
    record Found<T>(T meaning, int from, int to) {
    }

    static final class Entries<T> {
        private final List<Phrase<T>> phrases = new ArrayList<>();

        Entries<T> add(T meaning, String... written) {
            for (String phrase : written) {
                phrases.add(new Phrase<>(List.of(Folded.fold(phrase).strip().split("\\s+")), meaning));
            }
            phrases.sort(Comparator.comparingInt((Phrase<T> p) -> p.words().size()).reversed());
            return this;
        }

        /** The longest phrase that starts at token {@code i}. */
        Optional<Found<T>> at(List<Token> tokens, int i) {
            for (Phrase<T> phrase : phrases) {
                int j = i;
                boolean all = true;
                for (String word : phrase.words()) {
                    while (j < tokens.size() && tokens.get(j).folded().equals("-") && !word.equals("-")) {
                        j++; // "anti-aircraft" is written with or without its hyphen
                    }
                    if (j >= tokens.size() || !tokens.get(j).is(word)) {
                        all = false;
                        break;
                    }
                    j++;
                }
                if (all) {
                    return Optional.of(new Found<>(phrase.meaning(), i, j));
                }
            }
            return Optional.empty();
        }

        /** The longest phrase that ends just before token {@code end}. */
        Optional<Found<T>> endingAt(List<Token> tokens, int end) {
            for (Phrase<T> phrase : phrases) {
                int from = end - phrase.words().size();
                if (from >= 0) {
                    Optional<Found<T>> found = at(tokens, from);
                    if (found.isPresent() && found.get().to() == end) {
                        return found;
                    }
                }
            }
            return Optional.empty();
        }
    }

    final TextLanguage language;
    final Entries<Noun> nouns = new Entries<>();
    final Entries<Loss> losses = new Entries<>();
    final Entries<Qualifier> qualifiers = new Entries<>();
    /** Words for "a number of" that stand where a figure would: no figure is given. */
    final Entries<Boolean> someOf = new Entries<>();
    /** "Others" after a figure: counted like the figure before ("47 قتيلا و222 آخرين"). */
    final Entries<Boolean> others = new Entries<>();
    final Entries<Counting> countings = new Entries<>();
    final Entries<Side> sides = new Entries<>();
    final Entries<Institution> institutions = new Entries<>();
    /** Attacks, shelling: the side named with them caused the losses. */
    final Entries<Boolean> attacks = new Entries<>();
    /** "Announced", "said": a side named with them is the claimant when no institution is named. */
    final Entries<Boolean> announces = new Entries<>();
    /** "This came in a statement of...": the sentence belongs to the statement of the sentence before. */
    final Entries<Boolean> continuing = new Entries<>();
    /** The enemy: the side the claimant does not speak for. */
    final Entries<Boolean> enemy = new Entries<>();
    /** The claimant's own side: "its soldiers", "our forces". */
    final Entries<Boolean> own = new Entries<>();
    final Entries<Integer> months = new Entries<>();
    /** Words that start and end a period: "since", "until". */
    final Entries<Boolean> since = new Entries<>();
    final Entries<Boolean> until = new Entries<>();
    final Entries<Long> multipliers = new Entries<>();
    /** Arabic number words (the English ones are ICU's spell-out rules). */
    final Entries<Long> numberWords = new Entries<>();
    /** Weapon models and what the register calls them, in both scripts. */
    final Map<String, String> models;

    private Lexicon(TextLanguage language, Map<String, String> models) {
        this.language = language;
        this.models = models;
    }

    static final Side ARMENIA = new Side("Armenia", "أرمينيا");
    static final Side AZERBAIJAN = new Side("Azerbaijan", "أذربيجان");
    static final Side ARTSAKH = new Side("Republic of Artsakh", "جمهورية آرتساخ");
    static final Side RUSSIA = new Side("Russia", "روسيا");
    static final Side UKRAINE = new Side("Ukraine", "أوكرانيا");
    static final Side TURKEY = new Side("Turkey", "تركيا");
    static final Side ISRAEL = new Side("Israel", "إسرائيل");

    /** Models as articles write them (folded), and the register's item for each. */
    private static final Map<String, String> MODELS = Map.ofEntries(
            Map.entry("t-72", "tank T-72"), Map.entry("t-90", "tank T-90"), Map.entry("t-80", "tank T-80"),
            Map.entry("t-64", "tank T-64"), Map.entry("bmp-1", "IFV BMP-1"), Map.entry("bmp-2", "IFV BMP-2"),
            Map.entry("bm-21", "MLRS BM-21 Grad"), Map.entry("grad", "MLRS BM-21 Grad"),
            Map.entry(Folded.fold("غراد"), "MLRS BM-21 Grad"), Map.entry(Folded.fold("جراد"), "MLRS BM-21 Grad"),
            Map.entry("bm-30", "MLRS BM-30 Smerch"), Map.entry("smerch", "MLRS BM-30 Smerch"),
            Map.entry(Folded.fold("سميرتش"), "MLRS BM-30 Smerch"), Map.entry("d-30", "howitzer D-30"),
            Map.entry("d-20", "howitzer D-20"), Map.entry("2s1", "SPG 2S1 Gvozdika"),
            Map.entry("zsu-23-4", "SPAAG ZSU-23-4 Shilka"), Map.entry("shilka", "SPAAG ZSU-23-4 Shilka"),
            Map.entry(Folded.fold("شيلكا"), "SPAAG ZSU-23-4 Shilka"), Map.entry("osa", "SAM 9K33 Osa"),
            Map.entry(Folded.fold("أوسا"), "SAM 9K33 Osa"), Map.entry("tos-1", "MLRS TOS-1"),
            Map.entry("tos-1a", "MLRS TOS-1A"), Map.entry("s-300", "SAM S-300"), Map.entry("su-25", "aircraft Su-25"));

    static Lexicon of(TextLanguage language) {
        return language == TextLanguage.AR ? arabic() : english();
    }

    private static Lexicon arabic() {
        Lexicon l = new Lexicon(TextLanguage.AR, MODELS);
        l.nouns.add(new Noun(Counted.CIVILIANS, null, null, 0), "مدنيا", "مدني", "مدنيين", "مدنيون", "مواطنا",
                "مواطنين")
                .add(new Noun(Counted.SOLDIERS, null, null, 0), "جنديا", "جندي", "جنود", "عسكريا", "عسكري",
                        "عسكريين", "عسكريون", "مقاتلا", "مقاتل", "مقاتلين", "ضابطا", "ضباط", "عنصرا", "عناصر",
                        "جنديين")
                .add(new Noun(Counted.PEOPLE, null, null, 0), "شخصا", "شخص", "اشخاص")
                .add(new Noun(Counted.PEOPLE, null, Loss.KILLED, 0), "قتيلا", "قتيل", "قتلى", "شهيدا", "شهداء")
                .add(new Noun(Counted.PEOPLE, null, Loss.INJURED, 0), "جريحا", "جريح", "جرحى", "مصابا", "مصابين")
                .add(new Noun(Counted.EQUIPMENT, "tank", null, 0), "دبابة", "دبابات")
                .add(new Noun(Counted.EQUIPMENT, "tank", null, 2), "دبابتين", "دبابتان")
                .add(new Noun(Counted.EQUIPMENT, "gun", null, 0), "مدافع", "مدفعا")
                .add(new Noun(Counted.EQUIPMENT, "gun", null, 1), "مدفع")
                .add(new Noun(Counted.EQUIPMENT, "MLRS", null, 1), "نظام صاروخي", "منظومة صاروخية", "راجمة صواريخ")
                .add(new Noun(Counted.EQUIPMENT, "MLRS", null, 0), "انظمة صاروخية", "منظومات صاروخية",
                        "راجمات صواريخ")
                .add(new Noun(Counted.EQUIPMENT, "combat vehicle", null, 1), "عربة قتالية", "مركبة قتالية")
                .add(new Noun(Counted.EQUIPMENT, "combat vehicle", null, 0), "عربات قتالية", "مركبات قتالية")
                .add(new Noun(Counted.EQUIPMENT, "ammunition vehicle", null, 0), "عربات محملة بالذخائر",
                        "عربات محملة بالذخيرة", "شاحنات ذخيرة")
                .add(new Noun(Counted.EQUIPMENT, "vehicle", null, 1), "عربة", "مركبة", "الية", "شاحنة")
                .add(new Noun(Counted.EQUIPMENT, "vehicle", null, 0), "عربات", "مركبات", "اليات", "شاحنات")
                .add(new Noun(Counted.EQUIPMENT, "armoured vehicle", null, 0), "مدرعات", "مدرعة", "عربات مدرعة")
                .add(new Noun(Counted.AIRCRAFT, "drone", null, 0), "مسيرة", "مسيرات", "طائرة مسيرة",
                        "طائرات مسيرة", "طائرات بدون طيار")
                .add(new Noun(Counted.AIRCRAFT, "helicopter", null, 0), "مروحية", "مروحيات")
                .add(new Noun(Counted.AIRCRAFT, "aircraft", null, 0), "طائرة", "طائرات")
                .add(new Noun(Counted.AIRCRAFT, "aircraft", null, 2), "طائرتين")
                .add(new Noun(Counted.BUILDINGS, "private house", null, 0), "منزلا", "منزل", "منازل", "بيتا",
                        "بيوت")
                .add(new Noun(Counted.BUILDINGS, "apartment building", null, 0), "عمارة سكنية", "عمارات سكنية",
                        "مبنى سكنيا", "مباني سكنية")
                .add(new Noun(Counted.BUILDINGS, "government building", null, 0), "مبنى حكوميا", "مبنى حكومي",
                        "مباني حكومية", "مبان حكومية")
                .add(new Noun(Counted.BUILDINGS, "school", null, 0), "مدرسة", "مدارس")
                .add(new Noun(Counted.BUILDINGS, null, null, 0), "مبنى", "مباني", "مبان", "منشاة", "منشات");
        l.losses.add(Loss.KILLED, "مقتل", "قتل", "مصرع", "استشهاد", "وفاة", "قتلى", "قتلوا", "قتلت", "لقوا حتفهم",
                "لقي حتفه", "استشهدوا")
                .add(Loss.INJURED, "اصابة", "اصابات", "جرح", "جروح", "جرحى", "اصيب", "اصيبوا", "اصيبت", "جرحوا")
                .add(Loss.DESTROYED, "تدمير", "دمر", "دمرت", "تدمر", "تحطيم")
                .add(Loss.DAMAGED, "تضرر", "تضررت", "اضرار", "غير قابلة للاستخدام", "غير صالحة للاستخدام")
                .add(Loss.CAPTURED, "اسر", "اسرى", "الاستيلاء", "اغتنام", "غنم")
                .add(Loss.MISSING, "فقدان", "مفقودين", "مفقودا")
                .add(Loss.DOWNED, "اسقاط", "اسقط", "اسقطت")
                .add(Loss.LOST, "خسر", "خسرت", "خسائر", "فقد", "فقدت");
        l.qualifiers.add(Qualifier.AT_LEAST, "اكثر من", "ما يزيد عن", "ما يزيد على", "ما لا يقل عن", "لا يقل عن",
                "اكثر من", "يزيد على", "يتجاوز", "تجاوز")
                .add(Qualifier.ABOUT, "نحو", "حوالي", "قرابة", "زهاء", "ما يقارب", "ما يناهز", "يقارب", "قرابة")
                .add(Qualifier.AT_MOST, "اقل من", "ما لا يزيد عن", "ما لا يزيد على");
        l.someOf.add(true, "عدد من", "عشرات", "مئات", "الاف من", "عشرات من", "مئات من", "العديد من");
        l.others.add(true, "اخرين", "اخرون", "اخريات");
        l.countings.add(Counting.INCREMENTAL, "ليلا", "الليلة الماضية", "خلال الليل", "خلال 24 ساعة",
                "خلال الساعات الماضية", "خلال اليوم الماضي", "في اليوم الاخير", "امس")
                .add(Counting.CUMULATIVE, "منذ", "حتى الان", "اجمالي", "في المجمل", "حصيلة", "الحصيلة الاجمالية");
        l.sides.add(ARMENIA, "ارمينيا", "ارمن", "ارميني", "ارمينية", "ارمني", "ارمنية", "ارمينيون", "ارمنينية",
                "يريفان")
                .add(AZERBAIJAN, "اذربيجان", "اذربيجاني", "اذربيجانية", "اذري", "اذرية", "اذربيجانيون", "باكو")
                .add(ARTSAKH, "ارتساخ", "اقليم ناغورني كاراباخ", "ناغورني كاراباخ", "قره باغ")
                .add(RUSSIA, "روسيا", "روسي", "روسية").add(UKRAINE, "اوكرانيا", "اوكراني", "اوكرانية")
                .add(TURKEY, "تركيا", "تركي", "تركية").add(ISRAEL, "اسرائيل", "اسرائيلي", "اسرائيلية");
        l.institutions.add(Institution.DEFENCE_MINISTRY, "وزارة الدفاع", "وزير الدفاع")
                .add(Institution.PROSECUTOR, "النيابة العامة", "مكتب المدعي العام", "المدعي العام")
                .add(Institution.HEALTH_MINISTRY, "وزارة الصحة")
                .add(Institution.PRESIDENT, "الرئيس", "الرئاسة");
        l.attacks.add(true, "قصف", "هجمات", "هجوم", "اعتداءات", "اعتداء", "ضربات", "غارات", "نيران");
        l.announces.add(true, "اعلنت", "اعلن", "قالت", "قال", "اكدت", "ذكرت", "افادت");
        l.continuing.add(true, "جاء ذلك", "البيان");
        l.enemy.add(true, "العدو", "معادية");
        l.own.add(true, "قواتنا", "جنودنا");
        l.months.add(1, "يناير", "كانون الثاني").add(2, "فبراير", "شباط").add(3, "مارس", "اذار")
                .add(4, "ابريل", "نيسان").add(5, "مايو", "ايار").add(6, "يونيو", "حزيران").add(7, "يوليو", "تموز")
                .add(8, "اغسطس", "اب").add(9, "سبتمبر", "ايلول").add(10, "اكتوبر", "تشرين الاول")
                .add(11, "نوفمبر", "تشرين الثاني").add(12, "ديسمبر", "كانون الاول");
        l.since.add(true, "منذ");
        l.until.add(true, "حتى", "الى");
        l.multipliers.add(1_000L, "الف", "الاف").add(1_000_000L, "مليون", "ملايين");
        // ICU's Arabic spell-out parses only masculine nominative forms; articles write every case and gender
        l.numberWords.add(1L, "واحد", "واحدة").add(2L, "اثنان", "اثنين", "اثنتان", "اثنتين")
                .add(3L, "ثلاثة", "ثلاث").add(4L, "اربعة", "اربع").add(5L, "خمسة", "خمس").add(6L, "ستة", "ست")
                .add(7L, "سبعة", "سبع").add(8L, "ثمانية", "ثماني", "ثمان").add(9L, "تسعة", "تسع")
                .add(10L, "عشرة", "عشر").add(20L, "عشرون", "عشرين").add(30L, "ثلاثون", "ثلاثين")
                .add(40L, "اربعون", "اربعين").add(50L, "خمسون", "خمسين").add(100L, "مائة", "مئة")
                .add(200L, "مئتان", "مئتين", "مائتان", "مائتين").add(1000L, "الف").add(2000L, "الفان", "الفين");
        return l;
    }

    private static Lexicon english() {
        Lexicon l = new Lexicon(TextLanguage.EN, MODELS);
        l.nouns.add(new Noun(Counted.CIVILIANS, null, null, 0), "civilians", "civilian", "residents")
                .add(new Noun(Counted.SOLDIERS, null, null, 0), "soldiers", "soldier", "servicemen", "serviceman",
                        "troops", "military personnel", "fighters", "personnel", "dead servicemen")
                .add(new Noun(Counted.SOLDIERS, null, Loss.LOST, 0), "manpower losses", "manpower")
                .add(new Noun(Counted.PEOPLE, null, null, 0), "people", "persons")
                .add(new Noun(Counted.PEOPLE, null, Loss.KILLED, 0), "killed", "dead", "deaths", "fatalities",
                        "casualties", "victims", "death toll", "toll")
                .add(new Noun(Counted.PEOPLE, null, Loss.INJURED, 0), "wounded", "injured")
                .add(new Noun(Counted.PEOPLE, null, Loss.MISSING, 0), "missing")
                .add(new Noun(Counted.EQUIPMENT, "tank", null, 0), "tanks", "tank")
                .add(new Noun(Counted.EQUIPMENT, "armoured vehicle", null, 0), "armoured vehicles",
                        "armored vehicles", "armoured vehicle", "armored vehicle", "units of armoured equipment")
                .add(new Noun(Counted.EQUIPMENT, "IFV", null, 0), "infantry fighting vehicles")
                .add(new Noun(Counted.EQUIPMENT, "artillery piece", null, 0), "artillery pieces", "guns",
                        "howitzers")
                .add(new Noun(Counted.EQUIPMENT, "MLRS", null, 0), "multiple rocket launcher",
                        "multiple rocket launchers", "rocket system", "rocket systems", "fire systems")
                .add(new Noun(Counted.EQUIPMENT, "SAM", null, 0), "anti-aircraft missile systems",
                        "air defence systems", "air defense systems", "missile systems")
                .add(new Noun(Counted.EQUIPMENT, "combat vehicle", null, 0), "combat vehicles", "combat vehicle")
                .add(new Noun(Counted.EQUIPMENT, "vehicle", null, 0), "vehicles", "vehicle", "trucks")
                .add(new Noun(Counted.AIRCRAFT, "drone", null, 0), "drones", "combat drones",
                        "unmanned aerial vehicles", "uavs")
                .add(new Noun(Counted.AIRCRAFT, "helicopter", null, 0), "helicopters", "helicopter")
                .add(new Noun(Counted.AIRCRAFT, "aircraft", null, 0), "aircraft", "planes", "fighter jets",
                        "fighter jet", "warplanes")
                .add(new Noun(Counted.BUILDINGS, "private house", null, 0), "houses", "homes")
                .add(new Noun(Counted.BUILDINGS, "apartment building", null, 0), "apartment buildings")
                .add(new Noun(Counted.BUILDINGS, "government building", null, 0), "government buildings")
                .add(new Noun(Counted.BUILDINGS, null, null, 0), "buildings");
        l.losses.add(Loss.KILLED, "killed", "dead", "died", "death toll", "killing")
                .add(Loss.INJURED, "injured", "wounded", "injuring", "wounding")
                .add(Loss.DESTROYED, "destroyed", "destroying", "knocked out")
                .add(Loss.DAMAGED, "damaged", "rendered unusable", "unusable")
                .add(Loss.CAPTURED, "captured", "seized", "taken prisoner")
                .add(Loss.MISSING, "missing")
                .add(Loss.DOWNED, "shot down", "downed")
                .add(Loss.LOST, "lost", "losses", "lose", "suffered");
        l.qualifiers.add(Qualifier.AT_LEAST, "at least", "more than", "over", "exceeds", "exceeded", "in excess of",
                "no fewer than")
                .add(Qualifier.ABOUT, "about", "around", "nearly", "almost", "approximately", "roughly", "some",
                        "close to", "nearing", "an estimated")
                .add(Qualifier.AT_MOST, "up to", "fewer than", "less than", "at most");
        l.someOf.add(true, "a number of", "dozens of", "hundreds of", "thousands of", "several", "scores of");
        l.others.add(true, "others");
        l.countings.add(Counting.INCREMENTAL, "overnight", "in the past day", "in the past 24 hours",
                "in the last 24 hours", "over the past day", "during the night", "last night", "in the last day",
                "another", "over the past 24 hours")
                .add(Counting.CUMULATIVE, "since", "in total", "total", "so far", "to date", "death toll", "toll",
                        "all told");
        l.sides.add(ARMENIA, "armenia", "armenian", "armenians", "yerevan")
                .add(AZERBAIJAN, "azerbaijan", "azerbaijani", "azerbaijanis", "azeri", "baku")
                .add(ARTSAKH, "artsakh", "nkr", "nagorno-karabakh", "karabakh", "republic of artsakh")
                .add(RUSSIA, "russia", "russian").add(UKRAINE, "ukraine", "ukrainian")
                .add(TURKEY, "turkey", "turkish").add(ISRAEL, "israel", "israeli");
        l.institutions.add(Institution.DEFENCE_MINISTRY, "defence ministry", "defense ministry",
                "ministry of defence", "ministry of defense", "mod")
                .add(Institution.PROSECUTOR, "prosecutor's office", "prosecutor general's office",
                        "prosecutor-general's office", "prosecutor general")
                .add(Institution.HEALTH_MINISTRY, "health ministry", "ministry of health")
                .add(Institution.PRESIDENT, "president");
        l.attacks.add(true, "shelling", "attacks", "attack", "strikes", "fire", "by");
        l.announces.add(true, "said", "says", "announced", "reported", "stated", "claimed", "has said");
        l.continuing.add(true, "the statement", "it said", "it added");
        l.enemy.add(true, "enemy");
        l.own.add(true, "its", "our");
        l.months.add(1, "january", "jan").add(2, "february", "feb").add(3, "march", "mar").add(4, "april", "apr")
                .add(5, "may").add(6, "june", "jun").add(7, "july", "jul").add(8, "august", "aug")
                .add(9, "september", "sept", "sep").add(10, "october", "oct").add(11, "november", "nov")
                .add(12, "december", "dec");
        l.since.add(true, "since", "from", "between");
        l.until.add(true, "until", "to", "and", "through", "by", "as of");
        l.multipliers.add(1_000L, "thousand").add(1_000_000L, "million");
        return l;
    }
}
