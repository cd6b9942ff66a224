package org.hasila.interchange;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;

/**
 * Runs previews and imports as jobs: starts them (the database refuses a second job of a file that runs), runs them
 * on a managed executor, writes their progress and a heartbeat every second in short transactions of their own, and
 * fails the jobs whose instance stopped. An import stays one transaction that commits at its end, so a failed job
 * stored nothing. A graceful stop ends this instance's jobs before the database goes: each rolls back at its next
 * step and is recorded as stopped, which its editor can start again.
 */
@ApplicationScoped
public class ImportJobs {

    private static final Logger LOG = Logger.getLogger(ImportJobs.class);
    private static final String JOB_FILE_PREFIX = "import-job-";
    /** How long a stop waits for the jobs to end; less than a stop's timeout (quarkus.shutdown.timeout). */
    private static final Duration STOP_WAIT = Duration.ofSeconds(20);
    /** Reports kept with every field, the preview's rows too, which the API's JSON leaves out. */
    private static final ObjectMapper REPORTS = JsonMapper.builder().disable(MapperFeature.USE_ANNOTATIONS).build();

    @Inject
    ClaimImporter importer;

    @Inject
    CurrentIdentityAssociation identities;

    /** Jobs take nothing of the request that starts them, which ends before them, but who started them. */
    private final ManagedExecutor executor = ManagedExecutor.builder().propagated(ThreadContext.NONE)
            .cleared(ThreadContext.ALL_REMAINING).build();

    /** A job whose heartbeat is older than this has stopped with its instance (hasila.import.stale-after). */
    @ConfigProperty(name = "hasila.import.stale-after", defaultValue = "PT1M")
    Duration staleAfter;

    /**
     * The name of this instance, the same after a restart and the one its log lines bear (hasila.instance); it may
     * hold the log format's {@code %h}, the host's name, as its default does.
     */
    @ConfigProperty(name = "hasila.instance")
    String instanceName;

    @ConfigProperty(name = "quarkus.http.body.uploads-directory")
    Path uploads;

    private String instance;
    /** The start of this instance's job files' names: instances on one host share the uploads directory. */
    private String jobFiles;
    private final Map<Long, Progress> running = new ConcurrentHashMap<>();
    private ScheduledExecutorService heartbeat;

    /** A second job of a file that runs: refused, naming the job that runs. */
    public static final class AlreadyRunning extends Exception {
        private final transient ImportJob job;

        AlreadyRunning(ImportJob job) {
            super("The file is checked or imported by job " + job.id + " already", null, false, false);
            this.job = job;
        }

        public ImportJob job() {
            return job;
        }
    }

    /** A job ended because its instance stops: rolled back, recorded as stopped, to be started again. */
    public static final class Stopped extends RuntimeException {
        Stopped() {
            super(ImportJob.STOPPED, null, false, false);
        }
    }

    /** What a job found: its report and, after a clean preview, the token its confirmation sends. */
    private record Finished(ImportReport report, String pendingToken) {
    }

    /** What the importer has told of a job so far, which the heartbeat writes down. */
    private static final class Progress implements ImportProgress {
        volatile long checked;
        volatile long stored;
        volatile long bytesRead;
        /** Set when the instance stops: the job ends at its next step, before anything commits. */
        volatile boolean stopping;

        @Override
        public void checked(long rows) {
            checked = rows;
            stopIfAsked();
        }

        @Override
        public void stored(long rows) {
            stored = rows;
            stopIfAsked();
        }

        private void stopIfAsked() {
            if (stopping) {
                throw new Stopped();
            }
        }

        InputStream counting(InputStream in) {
            return new FilterInputStream(in) {
                @Override
                public int read() throws IOException {
                    int read = super.read();
                    if (read >= 0) {
                        bytesRead++;
                    }
                    return read;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int read = super.read(buffer, offset, length);
                    if (read > 0) {
                        bytesRead += read;
                    }
                    return read;
                }
            };
        }
    }

    void start(@Observes StartupEvent start) throws IOException {
        instance = instanceName.replace("%h", hostName());
        jobFiles = JOB_FILE_PREFIX + instance.replaceAll("[^A-Za-z0-9._-]", "_") + "-";
        long failed = QuarkusTransaction.requiringNew().call(() -> ImportJob.failLeftRunning(instance));
        if (failed > 0) {
            LOG.warnf("%d import jobs were left running when this instance stopped; they are failed, nothing was stored",
                    failed);
        }
        deleteFilesLeft();
        heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "import-job-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        heartbeat.scheduleWithFixedDelay(this::beat, 1, 1, TimeUnit.SECONDS);
    }

    /** Deletes the files of this instance's jobs that ended with it; other instances' jobs may still need theirs. */
    void deleteFilesLeft() throws IOException {
        if (Files.isDirectory(uploads)) {
            try (DirectoryStream<Path> left = Files.newDirectoryStream(uploads, jobFiles + "*")) {
                for (Path file : left) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /**
     * Runs before the database's connections close (Quarkus fires the event before it stops its extensions), so
     * that the jobs can still roll back and record why they ended.
     */
    void stop(@Observes ShutdownEvent stop) {
        stopJobs(STOP_WAIT);
        if (heartbeat != null) {
            heartbeat.shutdownNow();
        }
        executor.shutdownNow();
    }

    /**
     * Asks the jobs running now to stop at their next step and waits for them up to {@code wait}: a job in its
     * commit finishes it.
     */
    void stopJobs(Duration wait) {
        Map<Long, Progress> stopping = Map.copyOf(running);
        stopping.values().forEach(progress -> progress.stopping = true);
        long deadline = System.nanoTime() + wait.toNanos();
        while (stopping.keySet().stream().anyMatch(running::containsKey) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    /** Writes down the progress of this instance's jobs, and fails the jobs of instances that stopped. */
    private void beat() {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                running.forEach((id, progress) -> ImportJob.beat(id, progress.checked, progress.stored,
                        progress.bytesRead));
                ImportJob.failSilentSince(Instant.now().minus(staleAfter));
            });
        } catch (RuntimeException e) {
            // the next beat tries again; a heartbeat that stops for long fails the job, as it should
            LOG.warn("Could not record the progress of import jobs", e);
        }
    }

    /**
     * Starts checking an uploaded file with a dry run; a clean preview keeps the file for its confirmation. The
     * upload is taken over, since the request that brought it ends before the job.
     */
    public ImportJob preview(Path upload, String fileName, boolean publish, String editor)
            throws IOException, AlreadyRunning {
        Path file = Files.move(upload, upload.resolveSibling(jobFiles + upload.getFileName()));
        ImportJob job;
        try {
            job = begin(ImportJob.Kind.PREVIEW, fileName, sha256(file), editor, publish, Files.size(file), null);
        } catch (AlreadyRunning | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        inBackground(() -> {
            try {
                run(job, progress -> {
                    ImportReport report;
                    try (InputStream in = progress.counting(Files.newInputStream(file))) {
                        report = importer.importCsv(in, new ImportOptions(true, publish, editor, fileName), progress);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    String token = !report.ok() ? null
                            : QuarkusTransaction.requiringNew().call(
                                    () -> PendingImport.keep(editor, fileName, file, publish).token);
                    return new Finished(report, token);
                });
            } finally {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.warn("Could not delete a previewed file", e);
                }
            }
        });
        return job;
    }

    /** Starts importing a file its editor previewed and confirmed; null when no such preview waits. */
    public ImportJob confirm(String token, String editor) throws AlreadyRunning {
        record Confirmed(PendingImport pending, ImportJob preview) {
        }
        Confirmed confirmed = QuarkusTransaction.requiringNew().call(() -> {
            PendingImport pending = PendingImport.waiting(token, editor);
            return pending == null ? null : new Confirmed(pending, ImportJob.previewOf(pending.token));
        });
        if (confirmed == null || confirmed.preview() == null) {
            return null;
        }
        ImportJob preview = confirmed.preview();
        ImportJob job = begin(ImportJob.Kind.IMPORT, preview.fileName, preview.fileSha256, editor,
                confirmed.pending().publish, confirmed.pending().sizeBytes, preview.rowsChecked);
        inBackground(() -> run(job,
                progress -> new Finished(importer.importPreviewed(confirmed.pending(), progress), null)));
        return job;
    }

    /**
     * Imports a file sent to the API as a job, in the caller's thread, and answers when it ends: the file is written
     * to disk first, to know its SHA-256 before it is read.
     */
    public ImportReport importNow(InputStream body, ImportOptions options) throws IOException, AlreadyRunning {
        Files.createDirectories(uploads);
        Path file = Files.createTempFile(uploads, jobFiles, ".csv");
        try {
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
            ImportJob job = begin(options.dryRun() ? ImportJob.Kind.PREVIEW : ImportJob.Kind.IMPORT,
                    options.fileName() == null ? "api.csv" : options.fileName(),
                    sha256(file), options.importedBy(), options.publish(), Files.size(file), null);
            return run(job, progress -> {
                try (InputStream in = progress.counting(Files.newInputStream(file))) {
                    return new Finished(importer.importCsv(in, options, progress), null);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).report();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * Runs a job in a request context of its own, as the editor who started it, whose name its history bears
     * (review/RevisionAuthor).
     */
    private void inBackground(Runnable job) {
        SecurityIdentity editor = identities.getIdentity();
        executor.execute(() -> {
            ManagedContext request = Arc.container().requestContext();
            request.activate();
            try {
                identities.setIdentity(editor);
                job.run();
            } catch (Stopped recorded) {
                // run() logged it and recorded it on the job, where its editor finds it
            } finally {
                request.terminate();
            }
        });
    }

    /** The job as it is now, or null. */
    public ImportJob find(long id) {
        return QuarkusTransaction.requiringNew().call(() -> ImportJob.<ImportJob> findById(id));
    }

    /** What a finished job found; null while it runs or when it failed. */
    public ImportReport report(ImportJob job) {
        try {
            return job.report == null ? null : REPORTS.readValue(job.report, ImportReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A job's report could not be read back", e);
        }
    }

    /**
     * Records a running job, unless one of the same file runs; jobs of instances that stopped do not count. The
     * job must then {@link #run}.
     */
    private ImportJob begin(ImportJob.Kind kind, String fileName, String sha256, String editor, boolean publish,
            long bytes, Long rows) throws AlreadyRunning {
        ImportJob job = ImportJob.running(kind, fileName, sha256, editor, instance, publish, bytes, rows);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                ImportJob.failSilentSince(Instant.now().minus(staleAfter));
                job.persistAndFlush();
            });
            // This instance's from now on: its heartbeat, and a stop, reach it before it has begun
            running.put(job.id, new Progress());
            return job;
        } catch (PersistenceException refused) {
            ImportJob other = QuarkusTransaction.requiringNew().call(() -> ImportJob.runningOf(sha256));
            if (other == null) {
                throw refused;
            }
            throw new AlreadyRunning(other);
        }
    }

    private Finished run(ImportJob job, Function<Progress, Finished> work) {
        Progress progress = running.get(job.id);
        try {
            Finished finished = work.apply(progress);
            String report = REPORTS.writeValueAsString(finished.report());
            QuarkusTransaction.requiringNew().run(() -> ImportJob.done(job.id, finished.report().rows(),
                    finished.report().stored() ? finished.report().claimsCreated() : 0, report,
                    finished.pendingToken()));
            return finished;
        } catch (Stopped e) {
            LOG.warnf("Import job %d stopped with its instance; nothing was stored", job.id);
            QuarkusTransaction.requiringNew().run(() -> ImportJob.stopped(job.id));
            throw e;
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.errorf(e, "Import job %d failed", job.id);
            QuarkusTransaction.requiringNew().run(() -> ImportJob.failed(job.id));
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        } finally {
            running.remove(job.id);
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
