package org.hasila.interchange;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hasila.support.Api.importCsv;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hasila.support.Api;
import org.hasila.support.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A quote's translations in claims CSV: {@code translation@LANG} columns beside {@code translation} (issue 15). */
@QuarkusTest
class TranslationColumnsTest {

    static final String HEADER = Api.HEADER.replace(",translation,", ",translation,translation@ar,");

    @Inject
    Database database;

    @BeforeEach
    void emptyInstance() {
        database.emptyClaimsRegister();
    }

    /** The valid row of {@link Api#row()} read in an English article, its quote translated into Arabic or not. */
    static String readInEnglish(String arabic, String value) {
        return Api.rowWith("value", value).replace(",ar,quote,translation,notes",
                ",en,\"Said: 47, since 27 September\",," + arabic + ",notes");
    }

    @Test
    void aFileWithArabicTranslationsImportsExportsAndRoundTripsByteForByte() {
        String file = HEADER + "\r\n" + readInEnglish("قال: 47، منذ 27 سبتمبر", "47") + "\r\n"
                + readInEnglish("", "48").replace("civilians-killed", "civilians-injured") + "\r\n";
        importCsv(file, "?publish=true").statusCode(201).body("claims_created", equalTo(2));
        given().get("/api/v1/claims.json").then().statusCode(200)
                .body("claims[0].sources[0].translations.ar", equalTo("قال: 47، منذ 27 سبتمبر"))
                .body("claims[0].sources[0].translation", nullValue())
                .body("claims[1].sources[0].translations.ar", nullValue());

        byte[] first = RoundTripTest.exportCsv();
        assertEquals(file, new String(first, StandardCharsets.UTF_8));
        database.emptyClaimsRegister();
        importCsv(first, "?publish=true").statusCode(201);
        assertArrayEquals(first, RoundTripTest.exportCsv());
    }

    @Test
    void aFileWithoutTranslationColumnsImportsAsBeforeAndItsExportHasNone() {
        importCsv(Api.csv(Api.row()), "?publish=true").statusCode(201);
        String exported = new String(RoundTripTest.exportCsv(), StandardCharsets.UTF_8);
        assertTrue(exported.startsWith(Api.HEADER + "\r\n"), exported);
        given().get("/api/v1/claims.json").then().body("claims[0].sources[0].translations.en", equalTo("translation"));
    }

    @Test
    void aTranslationColumnForALanguageHasilaDoesNotSpeakIsAProblemOfTheHeader() {
        importCsv(Api.HEADER + ",translation@xx\r\n" + Api.row() + ",x\r\n", "").statusCode(422)
                .body("stored", equalTo(false), "problems", hasSize(1), "problems[0].line", equalTo(1))
                .body("problems[0].reason", containsString("'translation@xx' names a language Hasila does not speak"))
                .body("problems[0].reason", containsString("translation, translation@ar"));
        importCsv(Api.HEADER + ",translation@en\r\n" + Api.row() + ",x\r\n", "").statusCode(422)
                .body("problems[0].reason", containsString("the English translation is the column translation"));
    }

    @Test
    void aTranslationThatBreaksTheRulesIsNamedByItsColumn() {
        importCsv(HEADER + "\r\n" + readInEnglish("\"" + "ت".repeat(20_001) + "\"", "47") + "\r\n", "")
                .statusCode(422).body("problems[0].line", equalTo(2), "problems[0].column", equalTo("translation@ar"))
                .body("problems[0].reason", containsString("20001 characters long"));
    }
}
