package org.hasila.api;

import io.quarkus.qute.TemplateGlobal;

/**
 * Links from pages to the claims API ({@code {claimsApi}}, {@code {claimsCsv}}, {@code {claimsSpreadsheet}},
 * {@code {claimsJson}}): the API is
 * not a Renarde controller that {@code {uri:...}} knows, so its links are written from the paths it answers on.
 */
@TemplateGlobal
final class ApiLinks {

    static final String claimsApi = ClaimsApi.ROOT + ClaimsApi.CLAIMS;
    static final String claimsCsv = ClaimsApi.ROOT + ClaimsApi.CSV;
    /** What readers download by default: they open it in a spreadsheet (docs/claims-csv.md). */
    static final String claimsSpreadsheet = claimsCsv + "?spreadsheet=true";
    static final String claimsJson = ClaimsApi.ROOT + ClaimsApi.JSON;

    private ApiLinks() {
    }
}
