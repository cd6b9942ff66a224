package org.hasila.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** A claim in words on every page that shows one: its figure, status, counting, as-of date and sentence. */
@MessageBundle("claim")
public interface ClaimMessages {

    @Message
    String in_words(String claimant, String figure, String what, String day);

    @Message
    String in_words_period(String claimant, String figure, String what, String start, String end);

    @Message
    String what(String category, String item, String subject);

    @Message
    String losses_of(String side);

    @Message
    String comma();

    @Message
    String status_reported();

    @Message
    String status_corroborated();

    @Message
    String status_disputed();

    @Message
    String status_retracted();

    @Message
    String qualifier_exact();

    @Message
    String qualifier_at_least();

    @Message
    String qualifier_at_most();

    @Message
    String qualifier_about();

    @Message
    String qualifier_range();

    @Message
    String qualifier_unspecified();

    @Message
    String figure_exact(String value);

    @Message
    String figure_at_least(String value);

    @Message
    String figure_at_most(String value);

    @Message
    String figure_about(String value);

    @Message
    String figure_range(String min, String max);

    @Message
    String figure_unspecified();

    @Message
    String counting_cumulative();

    @Message
    String counting_incremental();

    @Message
    String precision_choice_exact();

    @Message
    String precision_choice_on_or_before();

    @Message
    String precision_choice_approximate();

    @Message
    String as_of_exact(String day);

    @Message
    String as_of_on_or_before(String day);

    @Message
    String as_of_approximate(String day);

    @Message
    String sentence(String claimant, String day, String clause, String period, String certainty);

    @Message
    String sentence_since(String start);

    @Message
    String sentence_between(String start, String end);

    @Message
    String sentence_reported();

    @Message
    String sentence_corroborated();

    @Message
    String sentence_disputed(String reason);

    @Message
    String sentence_retracted();

    @Message
    String sentence_label();
}
