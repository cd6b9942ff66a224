package org.hasila.interchange;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.qute.TemplateExtension;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hasila.kernel.SlugConverter;
import org.hasila.kernel.Slugged;
import org.hasila.web.ImportMessages;
import org.hasila.web.Languages;

/**
 * A preview or an import running, or run, for its editor, who can leave its page and come back: its progress, and
 * in the end its report or why it failed. While it runs, it holds its file's SHA-256 in a unique column, so the
 * database refuses a second job of the same file on any instance.
 */
@Entity
public class ImportJob extends PanacheEntityBase {

    /** Why a job whose instance stopped failed: the import is one transaction, which never committed. */
    static final String STOPPED = "The server stopped during the import; nothing was stored; start it again.";
    /** Why a job failed on an error: the import rolled back. */
    static final String FAILED = "The import stopped on an error; nothing was stored. The log has the details.";
    /** How long a job's editor finds it on the desk. */
    static final Duration LISTED_FOR = Duration.ofDays(1);

    public enum Kind implements Slugged {
        PREVIEW,
        IMPORT;

        @Converter(autoApply = true)
        public static class DatabaseConverter extends SlugConverter<Kind> {
            public DatabaseConverter() {
                super(Kind.class);
            }
        }
    }

    public enum State implements Slugged {
        RUNNING,
        DONE,
        FAILED;

        /** {@code {state.label}} in templates; a new state does not compile until it has its label. */
        @TemplateExtension
        static String label(State state, @TemplateExtension.TemplateAttribute("locale") Object locale) {
            ImportMessages words = Languages.forTemplate(ImportMessages.class, locale);
            return switch (state) {
                case RUNNING -> words.job_state_running();
                case DONE -> words.job_state_done();
                case FAILED -> words.job_state_failed();
            };
        }

        @Converter(autoApply = true)
        public static class DatabaseConverter extends SlugConverter<State> {
            public DatabaseConverter() {
                super(State.class);
            }
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Kind kind;
    public String fileName;
    public String fileSha256;
    public String runningSha256;
    public String startedBy;
    public String instance;
    public boolean publish;
    public State state;
    public long rowsChecked;
    public long rowsStored;
    public Long rowsTotal;
    public long bytesRead;
    public long bytesTotal;
    public Instant startedAt;
    public Instant heartbeatAt;
    public Instant finishedAt;
    public String report;
    public String failure;
    public String pendingToken;

    static ImportJob running(Kind kind, String fileName, String sha256, String startedBy, String instance,
            boolean publish, long bytesTotal, Long rowsTotal) {
        ImportJob job = new ImportJob();
        job.kind = kind;
        job.fileName = fileName;
        job.fileSha256 = sha256;
        job.runningSha256 = sha256;
        job.startedBy = startedBy;
        job.instance = instance;
        job.publish = publish;
        job.state = State.RUNNING;
        job.rowsTotal = rowsTotal;
        job.bytesTotal = bytesTotal;
        job.startedAt = Instant.now();
        job.heartbeatAt = job.startedAt;
        return job;
    }

    /** The job that runs this file now, or null. */
    static ImportJob runningOf(String sha256) {
        return find("runningSha256", sha256).firstResult();
    }

    /** The preview whose file waits for its confirmation under this token, or null. */
    static ImportJob previewOf(String pendingToken) {
        return find("pendingToken = ?1 and kind = ?2", pendingToken, Kind.PREVIEW).firstResult();
    }

    /** This editor's jobs of the last day, the newest first, for the desk. */
    public static List<ImportJob> recentOf(String editor) {
        return find("startedBy = ?1 and startedAt > ?2 order by startedAt desc", editor,
                Instant.now().minus(LISTED_FOR)).page(0, 10).list();
    }

    /** Records what the job has done so far and that it is alive; nothing once it ended. */
    static void beat(long id, long rowsChecked, long rowsStored, long bytesRead) {
        update("rowsChecked = ?2, rowsStored = ?3, bytesRead = ?4, heartbeatAt = ?5 where id = ?1 and state = ?6", id,
                rowsChecked, rowsStored, bytesRead, Instant.now(), State.RUNNING);
    }

    /** Records what a job found, once its import ended. */
    static void done(long id, long rows, long stored, String report, String pendingToken) {
        update("state = ?2, runningSha256 = null, finishedAt = ?3, heartbeatAt = ?3, rowsChecked = ?4, rowsStored = ?5, "
                + "bytesRead = bytesTotal, report = ?6, pendingToken = ?7 where id = ?1", id, State.DONE, Instant.now(),
                rows, stored, report, pendingToken);
    }

    /** Records that a job stopped on an error; its import rolled back. */
    static void failed(long id) {
        failed(id, FAILED);
    }

    /** Records that a job ended because its instance stops; its import rolled back. */
    static void stopped(long id) {
        failed(id, STOPPED);
    }

    private static void failed(long id, String why) {
        update("state = ?2, runningSha256 = null, finishedAt = ?3, failure = ?4 where id = ?1", id, State.FAILED,
                Instant.now(), why);
    }

    /** Fails the jobs whose instance stopped: those whose heartbeat is older than {@code before}. */
    static long failSilentSince(Instant before) {
        return update("state = ?1, runningSha256 = null, finishedAt = ?2, failure = ?3 where state = ?4 and heartbeatAt < ?5",
                State.FAILED, Instant.now(), STOPPED, State.RUNNING, before);
    }

    /** Fails the jobs this instance left running when it stopped. */
    static long failLeftRunning(String instance) {
        return update("state = ?1, runningSha256 = null, finishedAt = ?2, failure = ?3 where state = ?4 and instance = ?5",
                State.FAILED, Instant.now(), STOPPED, State.RUNNING, instance);
    }

    public boolean isRunning() {
        return state == State.RUNNING;
    }

    /** Whether the job failed because its instance stopped, not on an error. */
    public boolean isStopped() {
        return STOPPED.equals(failure);
    }

    public boolean isPreview() {
        return kind == Kind.PREVIEW;
    }

    /** How far the job has gone, in thousandths: by rows when the preview counted them, else by bytes read. */
    public long perMille() {
        if (state == State.DONE) {
            return 1000;
        }
        if (rowsTotal != null && rowsTotal > 0) {
            return Math.min(1000, rowsChecked * 1000 / rowsTotal);
        }
        return bytesTotal == 0 ? 0 : Math.min(1000, bytesRead * 1000 / bytesTotal);
    }

    /** The time left at the pace so far, or null while too little is done to tell. */
    public Duration timeLeft() {
        long done = perMille();
        if (!isRunning() || done < 10) {
            return null;
        }
        Duration spent = Duration.between(startedAt, heartbeatAt);
        return spent.multipliedBy(1000 - done).dividedBy(done);
    }
}
