package org.hasila.interchange;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hasila.support.Accounts;
import org.hasila.support.Database;
import org.hasila.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClaimsApiTest {

    @Inject
    Database database;

    @Inject
    Accounts accounts;

    @BeforeEach
    void emptyInstance() {
        database.emptyClaimsRegister();
        accounts.ensureJournalist();
    }

    static byte[] importCsv(byte[] csv, String query, int expectedStatus) {
        return given().auth().preemptive().basic(Accounts.EDITOR, Accounts.EDITOR_PASSWORD)
                .contentType("text/csv").body(csv)
                .when().post("/api/v1/claims/import" + query)
                .then().statusCode(expectedStatus).extract().asByteArray();
    }

    static byte[] exportCsv() {
        return given().when().get("/api/v1/claims.csv").then().statusCode(200).extract().asByteArray();
    }

    @Test
    void importingTheSeedArticleStoresFourteenClaims() {
        given().auth().preemptive().basic(Accounts.EDITOR, Accounts.EDITOR_PASSWORD)
                .contentType("text/csv").body(Fixtures.seedArticle())
                .when().post("/api/v1/claims/import?publish=true")
                .then().statusCode(201)
                .body("rows", equalTo(14), "claims_created", equalTo(14), "problems", hasSize(0),
                        "stored", equalTo(true));
        given().when().get("/api/v1/claims.json").then().statusCode(200).body("claims", hasSize(14));
    }

    @Test
    void exportImportsIntoAnEmptyInstanceAndExportsTheSameBytes() {
        importCsv(Fixtures.seedArticle(), "?publish=true", 201);
        byte[] first = exportCsv();
        database.emptyClaimsRegister();
        importCsv(first, "?publish=true", 201);
        byte[] second = exportCsv();
        assertArrayEquals(first, second);
        assertEquals(new String(Fixtures.seedArticle(), java.nio.charset.StandardCharsets.UTF_8),
                new String(first, java.nio.charset.StandardCharsets.UTF_8));
    }
}
