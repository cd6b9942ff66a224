package org.hasila.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;

import io.quarkiverse.renarde.Controller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hasila.account.Role;
import org.hasila.web.FormErrors;
import org.hasila.web.ImportMessages;
import org.hasila.web.Language;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The editor's CSV import: upload, a preview of every row and every problem with nothing stored, then
 * confirm. Who may do what: editors only, every action.
 */
@Path("/imports")
@RolesAllowed(Role.EDITOR)
public class Imports extends Controller {

    @Inject
    Language language;

    @Inject
    ClaimImporter importer;

    /** The largest body Hasila takes, which an upload form tells before the editor sends a file. */
    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(FormErrors errors, boolean publish, long largestFileMegabytes);

        static native TemplateInstance preview(ImportReport report, String fileName, String token,
                long moreRows, long moreProblems);
    }

    /** The upload form. */
    @GET
    @Path("")
    public TemplateInstance index() {
        return Templates.index(FormErrors.none(), true, largestFileMegabytes());
    }

    /** Checks the uploaded file with a dry run and shows what confirming would store. */
    @POST
    @Path("/preview")
    @Transactional(TxType.NOT_SUPPORTED) // the check runs in a transaction of its own, longer than a request's 60 s
    public TemplateInstance preview(@RestForm FileUpload file, @RestForm boolean publish) throws IOException {
        if (file == null || file.size() == 0) {
            return Templates.index(FormErrors.none().add("file", language.bundle(ImportMessages.class).file(),
                    language.bundle(ImportMessages.class).file_missing()),
                    publish, largestFileMegabytes());
        }
        String name = file.fileName() == null || file.fileName().isBlank() ? "upload.csv" : file.fileName();
        ImportReport report;
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            report = importer.importCsv(in, new ImportOptions(true, publish, identity.getPrincipal().getName(), name));
        }
        String token = null;
        if (report.ok()) {
            token = QuarkusTransaction.requiringNew().call(() -> PendingImport.keep(
                    identity.getPrincipal().getName(), name, file.uploadedFile(), publish).token);
        }
        return Templates.preview(report, name, token, report.previewLeftOut(),
                report.problemCount() - report.problems().size());
    }

    /** Imports a previewed file for real, then goes back to the upload form with what it did. */
    @POST
    @Path("/confirm")
    @Transactional(TxType.NOT_SUPPORTED) // the import runs in a transaction of its own, longer than a request's 60 s
    public void confirm(@RestForm String token) {
        PendingImport pending = QuarkusTransaction.requiringNew()
                .call(() -> PendingImport.waiting(token, identity.getPrincipal().getName()));
        ImportReport report = pending == null ? null : importer.importPreviewed(pending);
        ImportMessages msg = language.bundle(ImportMessages.class);
        flash("message", report != null && report.ok()
                ? msg.done(report.claimsCreated(), report.sourcesLinked(), report.duplicates().size())
                : msg.expired());
        index();
    }

    private long largestFileMegabytes() {
        return maxBodySize.asLongValue() / (1024 * 1024);
    }
}
