package org.hasila.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.hasila.register.category.Category;
import org.hasila.register.claim.PublishedData;
import org.hasila.register.claimant.ClaimantRecords;
import org.hasila.register.conflict.ConflictSummaries;

/**
 * The register's names as JSON: conflicts, parties, claimants and categories. Only those with published claims
 * are listed, so nothing a draft introduced shows before an editor publishes it.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class RegisterApi {

    @Inject
    EntityManager em;

    @Inject
    PublishedData published;

    @Inject
    ConflictSummaries summaries;

    @Inject
    ClaimantRecords records;

    public record ConflictEntry(String name, String slug, long claims, @JsonProperty("first_as_of") LocalDate first,
            @JsonProperty("last_as_of") LocalDate last) {
    }

    public record PartyEntry(String name, @JsonProperty("claims_about") long claimsAbout,
            @JsonProperty("claims_by") long claimsBy) {
    }

    public record ClaimantEntry(long id, String name, @JsonProperty("claimant_side") String side, long claims,
            long disputed, long retracted) {
    }

    public record CategoryEntry(String slug, @JsonProperty("name_en") String nameEn,
            @JsonProperty("name_ar") String nameAr) {
    }

    @GET
    @Path("/conflicts")
    @Operation(summary = "Conflicts with published claims, the most claims first, with the as-of dates they span")
    public List<ConflictEntry> conflicts() {
        return summaries.published().stream().map(summary -> new ConflictEntry(summary.name(), summary.slug(),
                summary.claims(), summary.first(), summary.last())).toList();
    }

    @GET
    @Path("/parties")
    @Operation(summary = "Parties in published claims, by name: how many claims count their losses, how many their claimants made")
    public List<PartyEntry> parties() {
        return published.kept("api-parties", this::allParties);
    }

    private List<PartyEntry> allParties() {
        Map<String, long[]> counts = new TreeMap<>();
        em.createQuery("""
                select p.name, sum(t.claims) from PublishedTally t join Party p on p.id = t.subjectPartyId
                group by p.name""", Object[].class).getResultList()
                .forEach(row -> counts.computeIfAbsent((String) row[0], name -> new long[2])[0] = (Long) row[1]);
        em.createQuery("""
                select p.name, sum(t.claims) from PublishedTally t join Claimant k on k.id = t.claimantId
                    join k.party p
                group by p.name""", Object[].class).getResultList()
                .forEach(row -> counts.computeIfAbsent((String) row[0], name -> new long[2])[1] = (Long) row[1]);
        return counts.entrySet().stream()
                .map(entry -> new PartyEntry(entry.getKey(), entry.getValue()[0], entry.getValue()[1])).toList();
    }

    @GET
    @Path("/claimants")
    @Operation(summary = "Claimants with published claims, by name: the side each speaks for, how often disputed or retracted")
    public List<ClaimantEntry> claimants() {
        return published.kept("api-claimants", this::allClaimants);
    }

    private List<ClaimantEntry> allClaimants() {
        return records.all().stream().map(claimant -> new ClaimantEntry(claimant.id(), claimant.name(),
                claimant.side(), claimant.tally().claims(), claimant.tally().disputed(), claimant.tally().retracted()))
                .toList();
    }

    @GET
    @Path("/categories")
    @Operation(summary = "Every category of loss, in its fixed order, with its English and Arabic names")
    public List<CategoryEntry> categories() {
        return Category.listInOrder().stream()
                .map(category -> new CategoryEntry(category.slug, category.nameEn, category.nameAr)).toList();
    }
}
