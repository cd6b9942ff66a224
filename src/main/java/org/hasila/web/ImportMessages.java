package org.hasila.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The editor's CSV import: the upload form, the preview, and what the import did. */
@MessageBundle("imports")
public interface ImportMessages {

    @Message
    String title();

    @Message
    String intro();

    @Message
    String file();

    @Message
    String file_help(long megabytes);

    @Message
    String file_missing();

    @Message
    String publish();

    @Message
    String preview_submit();

    @Message
    String preview_title(String file);

    @Message
    String summary(long rows, long created, long linked, int duplicates);

    @Message
    String problems_title(long count);

    @Message
    String problems_more(long count);

    @Message
    String problem_line();

    @Message
    String problem_column();

    @Message
    String problem_reason();

    @Message
    String file_level();

    @Message
    String rows_title();

    @Message
    String rows_more(long count);

    @Message
    String confirm_submit();

    @Message
    String confirm_publish();

    @Message
    String confirm_draft();

    @Message
    String start_again();

    @Message
    String done(long created, long linked, int duplicates);

    @Message
    String expired();

    @Message
    String outcome_new_claim();

    @Message
    String outcome_extra_source();

    @Message
    String outcome_duplicate();

    @Message
    String column_line();

    @Message
    String column_conflict();

    @Message
    String column_claimant();

    @Message
    String column_subject_side();

    @Message
    String column_category();

    @Message
    String column_item();

    @Message
    String column_figure();

    @Message
    String column_counting();

    @Message
    String column_period();

    @Message
    String column_outcome();

    @Message
    String file_running(long job);

    @Message
    String running_job_link(long job, String fileName);

    @Message
    String job_title_preview(String fileName);

    @Message
    String job_title_import(String fileName);

    @Message
    String job_leave();

    @Message
    String job_progress();

    @Message
    String job_checked(long rows);

    @Message
    String job_stored(long rows);

    @Message
    String job_time_left(String time);

    @Message
    String job_time_unknown();

    @Message
    String job_stopped();

    @Message
    String job_error();

    @Message
    String jobs_title();

    @Message
    String job_listed(long job, String fileName, String state);

    @Message
    String job_state_running();

    @Message
    String job_state_done();

    @Message
    String job_state_failed();
}
