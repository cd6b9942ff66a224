package org.hasila.interchange;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkiverse.renarde.Controller;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hasila.account.Role;
import org.hasila.web.FormErrors;
import org.hasila.web.ImportMessages;
import org.hasila.web.Language;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The editor's CSV import: upload, a preview of every row and every problem with nothing stored, then
 * confirm; the preview and the import run as jobs with a page of their own. Who may do what: editors only, every
 * action, every job's page.
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

    @Inject
    ImportJobs jobs;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(FormErrors errors, boolean publish, long largestFileMegabytes,
                ImportJob running);

        static native TemplateInstance preview(ImportReport report, String fileName, String token,
                long moreRows, long moreProblems);

        static native TemplateInstance job(ImportJob job, JobProgress progress);

        static native TemplateInstance imported(ImportJob job, ImportReport report, long moreProblems);
    }

    /** How far a job has gone, worded in the page's language, for the job page's script. */
    public record JobProgress(String state, @JsonProperty("rows_checked") long rowsChecked,
            @JsonProperty("rows_stored") long rowsStored, @JsonProperty("rows_total") Long rowsTotal,
            @JsonProperty("per_mille") long perMille, String checked, String stored,
            @JsonProperty("time_left") String timeLeft) {
    }

    /** The upload form. */
    @GET
    @Path("")
    public TemplateInstance index() {
        return Templates.index(FormErrors.none(), true, largestFileMegabytes(), null);
    }

    /** Starts checking the uploaded file with a dry run, as a job whose page shows what confirming would store. */
    @POST
    @Path("/preview")
    public TemplateInstance preview(@RestForm FileUpload file, @RestForm boolean publish) throws IOException {
        ImportMessages msg = language.bundle(ImportMessages.class);
        if (file == null || file.size() == 0) {
            return Templates.index(FormErrors.none().add("file", msg.file(), msg.file_missing()), publish,
                    largestFileMegabytes(), null);
        }
        String name = file.fileName() == null || file.fileName().isBlank() ? "upload.csv" : file.fileName();
        ImportJob started;
        try {
            started = jobs.preview(file.uploadedFile(), name, publish, identity.getPrincipal().getName());
        } catch (ImportJobs.AlreadyRunning refused) {
            return runningAlready(refused.job(), publish);
        }
        job(started.id);
        return null;
    }

    /** Starts importing a previewed file for real, as a job whose page shows what it did. */
    @POST
    @Path("/confirm")
    public TemplateInstance confirm(@RestForm String token) {
        ImportJob started;
        try {
            started = jobs.confirm(token, identity.getPrincipal().getName());
        } catch (ImportJobs.AlreadyRunning refused) {
            return runningAlready(refused.job(), true);
        }
        if (started == null) {
            flash("message", language.bundle(ImportMessages.class).expired());
            index();
        }
        job(started.id);
        return null;
    }

    private TemplateInstance runningAlready(ImportJob running, boolean publish) {
        ImportMessages msg = language.bundle(ImportMessages.class);
        return Templates.index(FormErrors.none().add("file", msg.file(), msg.file_running(running.id)), publish,
                largestFileMegabytes(), running);
    }

    /**
     * A job: its progress while it runs (the page refreshes itself, or its script asks {@link #progress}), then the
     * preview with its confirmation, or what the import did, or why it failed. Editors only, as every action here.
     */
    @GET
    @Path("/jobs/{id}")
    public TemplateInstance job(@RestPath long id) {
        ImportJob job = jobs.find(id);
        notFoundIfNull(job);
        ImportReport report = jobs.report(job);
        if (report == null) {
            return Templates.job(job, progressOf(job));
        }
        long moreProblems = report.problemCount() - report.problems().size();
        if (job.isPreview()) {
            return Templates.preview(report, job.fileName, job.pendingToken, report.previewLeftOut(), moreProblems);
        }
        return Templates.imported(job, report, moreProblems);
    }

    /** How far a job has gone, as JSON, for the job page's script. */
    @GET
    @Path("/jobs/{id}/progress")
    @Produces(MediaType.APPLICATION_JSON)
    public JobProgress progress(@RestPath long id) {
        ImportJob job = jobs.find(id);
        notFoundIfNull(job);
        return progressOf(job);
    }

    private JobProgress progressOf(ImportJob job) {
        ImportMessages msg = language.bundle(ImportMessages.class);
        return new JobProgress(job.state.slug(), job.rowsChecked, job.rowsStored, job.rowsTotal, job.perMille(),
                msg.job_checked(job.rowsChecked), msg.job_stored(job.rowsStored), timeLeft(job, msg));
    }

    private static String timeLeft(ImportJob job, ImportMessages msg) {
        Duration left = job.timeLeft();
        return left == null ? msg.job_time_unknown()
                : msg.job_time_left(String.format(Locale.ROOT, "%d:%02d", left.toMinutes(), left.toSecondsPart()));
    }

    private long largestFileMegabytes() {
        return maxBodySize.asLongValue() / (1024 * 1024);
    }
}
