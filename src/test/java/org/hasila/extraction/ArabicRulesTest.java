package org.hasila.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Arabic rules one by one: digits, number words, duals, qualifiers, counting, periods. */
class ArabicRulesTest {

    static List<Suggestion> suggested(String text) {
        return new Extractor(TextLanguage.AR, KnownNames.none(), LocalDate.of(2020, 10, 16)).suggest(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            أعلنت الوزارة مقتل ٤٧ مدنيا. | civilians-killed | | exact | 47 | cumulative
            قتل ثلاثة جنود في القصف. | soldiers-killed | | exact | 3 | cumulative
            أسفر القصف عن مقتل أكثر من 30 مدنيا منذ 27 سبتمبر. | civilians-killed | | at-least | 30 | cumulative
            أصيب نحو 200 عسكري خلال 24 ساعة. | soldiers-injured | | about | 200 | incremental
            قالت الوزارة إن ما لا يقل عن 12 شخصا قتلوا. | people-killed | | at-least | 12 | cumulative
            أعلن الجيش تدمير دبابتين ليلا. | equipment-destroyed | tank | exact | 2 | incremental
            أعلن الجيش إسقاط طائرتين مسيرتين. | aircraft-downed | aircraft | exact | 2 | cumulative
            تضرر ١٬٢٠٠ منزل بفعل القصف. | buildings-damaged | private house | exact | 1200 | cumulative
            قتل خمسة آلاف جندي منذ بداية الحرب. | soldiers-killed | | exact | 5000 | cumulative
            أعلنت الوزارة مقتل عدد من المدنيين. | civilians-killed | | unspecified | | cumulative
            """)
    void readsTheFigure(String sentence, String category, String item, String qualifier, Long value, String counting) {
        List<Suggestion> suggestions = suggested(sentence);
        assertEquals(1, suggestions.size(), () -> sentence + ": " + suggestions);
        Suggestion s = suggestions.get(0);
        assertEquals(category, s.category(), sentence);
        assertEquals(item, s.item(), sentence);
        assertEquals(qualifier, s.qualifier(), sentence);
        assertEquals(value, s.value(), sentence);
        assertEquals(counting, s.counting(), sentence);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            دعا نحو 20 نائبا فرنسيا باريس أمس الخميس إلى الاعتراف بالجمهورية.
            دعا أكثر من 170 مسؤولا منتخبا فرنسا إلى التخلي عن الحياد.
            تمكن الجيش من تحرير مدينة جبرائيل وأكثر من 30 قرية.
            تم خرق الهدنة بعد أقل من 24 ساعة.
            وصل الوفد في 16 أكتوبر/تشرين الأول 2020.
            شارك مئات من الناس في مظاهرة في باريس.
            """)
    void suggestsNothingForNumbersThatAreNoLosses(String sentence) {
        assertTrue(suggested(sentence).isEmpty(), () -> sentence + ": " + suggested(sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            قالت الوزارة إن 12 مدنيا قتلوا منذ 27 سبتمبر/أيلول وحتى 16 أكتوبر. | 2020-09-27 | 2020-10-16
            أعلن الجيش تدمير 4 دبابات ليلا. | 2020-10-15 | 2020-10-16
            أعلن الجيش تدمير 4 دبابات منذ 27 سبتمبر 2019. | 2019-09-27 | 2020-10-16
            """)
    void readsThePeriod(String sentence, String start, String end) {
        Suggestion s = suggested(sentence).get(0);
        assertEquals(start, s.periodStart(), sentence);
        assertEquals(end, s.periodEnd(), sentence);
        assertTrue(Objects.nonNull(s.quote()));
    }
}
