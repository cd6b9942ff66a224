package org.hasila.review;

import java.util.List;
import java.util.stream.Collectors;

import io.quarkiverse.renarde.Controller;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.hasila.account.Role;
import org.hasila.kernel.Slugged;
import org.hasila.review.Mending.Kind;
import org.hasila.review.Mending.Named;
import org.hasila.web.FormErrors;
import org.hasila.web.Language;
import org.hasila.web.MendingMessages;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Renaming and merging the conflicts, parties, claimants and outlets claims name. Who may do what: editors only,
 * each change with a reason its history keeps.
 */
@Path("/names")
@RolesAllowed(Role.EDITOR)
public class NameChanges extends Controller {

    @Inject
    Mending mending;

    @Inject
    Language language;

    /** The names of one kind in use, with how many claims use each. */
    public record Section(Kind kind, List<Named> names) {
    }

    /** What the two forms of a name's page hold: as stored when opened, as typed when they come back. */
    public record Typed(String newName, String reason, String into, String mergeReason) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<Section> sections);

        static native TemplateInstance edit(Kind kind, Named named, Typed typed, FormErrors errors,
                List<Named> others);
    }

    /** Every name in use, by kind. */
    @GET
    @Path("")
    public TemplateInstance index() {
        return Templates.index(List.of(Kind.values()).stream().map(kind -> new Section(kind, mending.inUse(kind)))
                .toList());
    }

    /** A name's forms: rename it, or merge it into another of its kind. */
    @GET
    @Path("/{kind}/edit")
    public TemplateInstance edit(@RestPath String kind, @RestQuery String name) {
        Kind chosen = kind(kind);
        Named named = mending.find(chosen, name).orElseThrow(NotFoundException::new);
        return page(chosen, named, new Typed(named.name(), "", "", ""), FormErrors.none());
    }

    /** Renames; a name another already has, or looks like, comes back offering the merge. */
    @POST
    @Path("/{kind}/rename")
    public Response rename(@RestPath String kind, @RestForm String name, @RestForm("new_name") String newName,
            @RestForm String reason) {
        Kind chosen = kind(kind);
        Named named = mending.find(chosen, name).orElseThrow(NotFoundException::new);
        Mending.Outcome outcome = mending.rename(chosen, name, newName, reason);
        if (!outcome.done()) {
            String into = outcome.mergeWith() == null ? "" : outcome.mergeWith();
            return Response.ok(page(chosen, named, new Typed(newName, reason, into, reason), outcome.errors()))
                    .build();
        }
        flash("message", language.bundle(MendingMessages.class).renamed(named.name(), newName.strip()));
        return Response.seeOther(java.net.URI.create("/names")).build();
    }

    /** Merges the name into another: every claim moves, the merged name's links lead to the one kept. */
    @POST
    @Path("/{kind}/merge")
    public Response merge(@RestPath String kind, @RestForm String name, @RestForm String into,
            @RestForm("merge_reason") String mergeReason) {
        Kind chosen = kind(kind);
        Named named = mending.find(chosen, name).orElseThrow(NotFoundException::new);
        Mending.Outcome outcome = mending.merge(chosen, name, into, mergeReason);
        if (!outcome.done()) {
            return Response.ok(page(chosen, named, new Typed(named.name(), "", into, mergeReason), outcome.errors()))
                    .build();
        }
        MendingMessages msg = language.bundle(MendingMessages.class);
        String message = msg.merged(named.name(), into.strip());
        if (!outcome.repeats().isEmpty()) {
            message += " " + msg.merged_repeats(outcome.repeats().entrySet().stream()
                    .map(pair -> msg.repeat(pair.getKey(), pair.getValue())).collect(Collectors.joining(", ")));
        }
        flash("message", message);
        return Response.seeOther(java.net.URI.create("/names")).build();
    }

    private TemplateInstance page(Kind kind, Named named, Typed typed, FormErrors errors) {
        List<Named> others = mending.inUse(kind).stream().filter(other -> !other.name().equals(named.name())).toList();
        return Templates.edit(kind, named, typed, errors, others);
    }

    private static Kind kind(String slug) {
        Kind kind = Slugged.fromSlug(Kind.class, slug);
        if (kind == null) {
            throw new NotFoundException();
        }
        return kind;
    }

}
