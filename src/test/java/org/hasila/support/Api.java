package org.hasila.support;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** The claims API as another newsroom's tool uses it: HTTP Basic for writes, anonymous reads. */
public final class Api {

    public static final String HEADER = "conflict,claimant,claimant_side,subject_side,caused_by,category,item,"
            + "qualifier,value,value_min,value_max,counting,period_start,period_end,as_of_precision,stated_on,"
            + "source_outlet,source_title,source_url,source_published_on,source_language,quote,translation,notes";

    private Api() {
    }

    public static RequestSpecification asEditor() {
        return given().auth().preemptive().basic(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
    }

    public static ValidatableResponse importCsv(String csv, String query) {
        return importCsv(csv.getBytes(StandardCharsets.UTF_8), query);
    }

    public static ValidatableResponse importCsv(byte[] csv, String query) {
        return asEditor().contentType("text/csv").body(csv).when().post("/api/v1/claims/import" + query).then();
    }

    /** A file of the given rows under the full header. */
    public static String csv(String... rows) {
        return HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n";
    }

    /** A valid row: 47 civilians killed in Azerbaijan by the prosecutor's count, read in one article. */
    public static String row() {
        return "2020 Nagorno-Karabakh war,Prosecutor General's Office of Azerbaijan,Azerbaijan,Azerbaijan,Armenia,"
                + "civilians-killed,,exact,47,,,cumulative,2020-09-27,2020-10-16,exact,2020-10-16,"
                + "Al Jazeera Mubasher,Title,https://example.org/a,2020-10-16,ar,quote,translation,notes";
    }

    /** The valid row with one column replaced. */
    public static String rowWith(String column, String value) {
        List<String> columns = List.of(HEADER.split(","));
        String[] fields = row().split(",", -1);
        fields[columns.indexOf(column)] = value;
        return String.join(",", fields);
    }

    /** An instance holding only the seed article's fourteen claims, published. */
    public static void onlyTheSeedArticle(Database database) {
        database.emptyClaimsRegister();
        importCsv(Fixtures.seedArticle(), "?publish=true").statusCode(201);
    }

    public static ValidatableResponse publishedClaims() {
        return given().when().get("/api/v1/claims.json").then().statusCode(200);
    }
}
