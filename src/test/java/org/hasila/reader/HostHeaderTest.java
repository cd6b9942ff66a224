package org.hasila.reader;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hasila.support.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A request's Host header never reaches another reader's answer, however the answer is kept. */
@QuarkusTest
class HostHeaderTest {

    static final String EVIL = "evil.example";
    static final String TIMELINE = "/timelines?conflict=" + ReaderData.CONFLICT
            + "&category=civilians-killed&subject=Azerbaijan";

    @Inject
    Database database;

    @BeforeEach
    void seedArticleAndDrafts() {
        ReaderData.load(database);
    }

    @Test
    void aForgedHostShowsInNoOtherReadersAnswer() {
        for (String path : List.of(TIMELINE, TIMELINE + "&lang=ar", "/robots.txt", "/sitemap.xml", "/")) {
            String forged = given().header("Host", EVIL).get(path).then().statusCode(200).extract().asString();
            // Without a public URL, the forged request is answered with its own host: the Host header was sent
            assertTrue(forged.contains("http://" + EVIL), path + " was not asked with the forged Host");
            String answer = given().get(path).then().statusCode(200).extract().asString();
            assertFalse(answer.contains(EVIL), path + " carries another request's Host");
            assertTrue(answer.contains("http://localhost:8081"), path + " names its own address");
        }
    }

    @Test
    void aParameterOfOneRequestShowsInNoOtherReadersTimeline() {
        given().get(TIMELINE + "&from=" + EVIL).then().statusCode(200);
        String answer = given().get(TIMELINE).then().statusCode(200).extract().asString();
        assertFalse(answer.contains(EVIL), "the kept page carries another request's query");
    }
}
