package org.hasila.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The extractor on English reports of the 2020 Nagorno-Karabakh war (quotes and translations recorded in
 * karabakh-2020-comparisons.csv): each sentence gives the claim recorded from it.
 */
class EnglishReportsTest {

    static List<Suggestion> suggested(String text) {
        return new Extractor(TextLanguage.EN, new KnownNames(List.of("Armenia", "Azerbaijan", "Republic of Artsakh"),
                List.of("Ministry of Defence of Armenia", "Ministry of Defence of Azerbaijan")),
                LocalDate.of(2020, 10, 28)).suggest(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            "According to our data, about 200 Azerbaijani servicemen have been killed," Hovhannisyan said at a briefing on Sunday. | soldiers-killed | about | 200 | cumulative | Azerbaijan
            He published an infographic, according to which the Azerbaijani army lost 1,280 killed and 2,700 wounded. | soldiers-killed | exact | 1280 | cumulative | Azerbaijan
            He published an infographic, according to which the Azerbaijani army lost 1,280 killed and 2,700 wounded. | soldiers-injured | exact | 2700 | cumulative | Azerbaijan
            Intelligence data indicate that the number of Azerbaijani victims already exceeds three thousand. | people-killed | at-least | 3000 | cumulative | Azerbaijan
            Azerbaijan has said that 2,783 of its soldiers were killed during its conflict with ethnic Armenian forces over the Nagorno-Karabakh region | soldiers-killed | exact | 2783 | cumulative | Azerbaijan
            In total, according to updated Defence Ministry data, 104 servicemen of the NKR army have been killed since hostilities began on 27 September. | soldiers-killed | exact | 104 | cumulative | Republic of Artsakh
            The Karabakh defence ministry said on Wednesday it had recorded another 40 casualties among its military, pushing the military death toll to 280 since fighting with Azeri forces erupted on Sept 27. | soldiers-killed | exact | 280 | cumulative |
            The Karabakh defence ministry said on Wednesday it had recorded another 40 casualties among its military, pushing the military death toll to 280 since fighting with Azeri forces erupted on Sept 27. | soldiers-killed | exact | 40 | incremental |
            So far the Armenian side has reported 320 casualties among the military and 21 civilians, Azerbaijan's manpower losses are nearly 4000 | soldiers-killed | about | 4000 | cumulative | Azerbaijan
            according to the Armenian Defense Ministry the Azeri military lost 6309 troops in between September 27 and October 20 | soldiers-killed | exact | 6309 | cumulative | Azerbaijan
            about 130 tanks and other armoured vehicles and more than 200 artillery pieces were destroyed by the Azerbaijani Army | equipment-destroyed | about | 130 | cumulative |
            about 130 tanks and other armoured vehicles and more than 200 artillery pieces were destroyed by the Azerbaijani Army | equipment-destroyed | at-least | 200 | cumulative |
            The latest data says that since the Armenian army attacked on Sept. 27, it lost 260 tanks and armored vehicles | equipment-destroyed | exact | 260 | cumulative | Armenia
            It said two T-72 tanks, a Grad rocket system, five D-30 guns, a ZSU-23-4 Shilka combat vehicle and eight vehicles loaded with ammunition were destroyed overnight. | equipment-destroyed | exact | 5 | incremental |
            It reported that a number of Armenian soldiers were killed and others wounded. | soldiers-killed | unspecified | | cumulative | Armenia
            """)
    void findsTheRecordedClaim(String sentence, String category, String qualifier, Long value, String counting,
            String subject) {
        List<Suggestion> suggestions = suggested(sentence);
        Suggestion found = suggestions.stream()
                .filter(s -> s.category().equals(category) && java.util.Objects.equals(s.value(), value)).findFirst()
                .orElseThrow(() -> new AssertionError(category + " " + value + " not in " + suggestions));
        assertEquals(qualifier, found.qualifier(), sentence);
        assertEquals(counting, found.counting(), sentence);
        if (subject != null) {
            assertEquals(subject, found.subjectSide(), sentence);
        }
        assertEquals(sentence.strip(), found.quote());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Around 20 French MPs called on Paris on Thursday to recognise the republic.
            More than 170 elected officials signed the letter on 16 October 2020.
            The army took more than 30 villages since 27 September.
            The truce was broken less than 24 hours later.
            """)
    void suggestsNothingForNumbersThatAreNoLosses(String sentence) {
        assertTrue(suggested(sentence).isEmpty(), () -> sentence + ": " + suggested(sentence));
    }
}
