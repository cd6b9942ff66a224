package org.hasila.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The comparison timeline: its page, filters and embed, and the words drawn on its chart. */
@MessageBundle("timeline")
public interface TimelineMessages {

    @Message
    String page_title();

    @Message
    String intro();

    @Message
    String title(String category, String subject);

    @Message
    String title_item(String category, String subject, String item);

    @Message
    String subtitle(String conflict);

    @Message
    String sources(String names, long more);

    @Message
    String date_line(String asOf, String updated);

    @Message
    String independent();

    @Message
    String sum_of_increments();

    @Message
    String sum_of_items();

    @Message
    String no_figures();

    @Message
    String chart_alt(String title);

    /** The embed's chart: an embed has no table, its data is on the timeline's page it links to. */
    @Message
    String chart_alt_embed(String title);

    @Message
    String comparison_title();

    @Message
    String comparison_as_of(String day);

    @Message
    String flags_title();

    @Message
    String unspecified_title();

    @Message
    String retracted_title();

    @Message
    String table_title();

    @Message
    String claim_link(long id);

    @Message
    String share_title();

    @Message
    String permalink();

    @Message
    String embed_code();

    @Message
    String embed_help();

    @Message
    String download_svg();

    @Message
    String download_png();

    @Message
    String download_csv();

    @Message
    String download_json();

    @Message
    String open_full();

    @Message
    String filters();

    @Message
    String conflict();

    @Message
    String category();

    @Message
    String subject();

    @Message
    String item();

    @Message
    String item_help();

    @Message
    String as_of();

    @Message
    String show();

    @Message
    String choose();

    @Message
    String flag_running_total_decreases(String claimant, String day);

    @Message
    String flag_same_day_contradiction(String claimant, String day);

    @Message
    String flag_overlapping_increments(String claimant, String day);

    @Message
    String column_claimant();

    @Message
    String column_figure();

    @Message
    String column_as_of();

    @Message
    String column_counting();

    @Message
    String column_period_start();

    @Message
    String column_sources();

    @Message
    String column_claim();

    @Message
    String key_disputed();

    @Message
    String key_corroborated();

    @Message
    String column_status();

    @Message
    String versus(String claimant, String party, String figure, String day, boolean older, boolean disputed,
            String subject, String own, String ownDay, boolean ownDisputed, String gap);

    @Message
    String versus_no_own(String claimant, String party, String figure, String day, boolean older, boolean disputed,
            String subject, String asOf);

    @Message
    String own_reported(String subject, String figure, String day, boolean older, boolean disputed);

    @Message
    String monitor_reported(String claimant, String figure, String day, boolean older, boolean disputed);

    @Message
    String gap_times(String ratio);

    @Message
    String gap_more(String difference);

    @Message
    String gap_fewer(String difference);

    @Message
    String gap_same();

    @Message
    String sides_title();

    @Message
    String monitors_title();

    @Message
    String own_badge();

    @Message
    String older_badge();
}
