package org.hasila.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The name of each category of loss: one method for each slug that the V1 migration stores. */
@MessageBundle("categories")
public interface CategoryMessages {

    @Message
    String civilians_killed();

    @Message
    String civilians_injured();

    @Message
    String soldiers_killed();

    @Message
    String soldiers_injured();

    @Message
    String people_killed();

    @Message
    String people_missing();

    @Message
    String people_captured();

    @Message
    String buildings_damaged();

    @Message
    String buildings_destroyed();

    @Message
    String equipment_destroyed();

    @Message
    String equipment_damaged();

    @Message
    String equipment_captured();

    @Message
    String aircraft_downed();

    @Message
    String sentence_civilians_killed(String figure, String subject);

    @Message
    String sentence_civilians_injured(String figure, String subject);

    @Message
    String sentence_soldiers_killed(String figure, String subject);

    @Message
    String sentence_soldiers_injured(String figure, String subject);

    @Message
    String sentence_people_killed(String figure, String subject);

    @Message
    String sentence_people_missing(String figure, String subject);

    @Message
    String sentence_people_captured(String figure, String subject);

    @Message
    String sentence_buildings_damaged(String figure, String subject);

    @Message
    String sentence_buildings_destroyed(String figure, String subject);

    @Message
    String sentence_equipment_destroyed(String figure, String subject);

    @Message
    String sentence_equipment_damaged(String figure, String subject);

    @Message
    String sentence_equipment_captured(String figure, String subject);

    @Message
    String sentence_aircraft_downed(String figure, String subject);
}
