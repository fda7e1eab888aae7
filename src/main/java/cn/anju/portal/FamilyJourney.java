package cn.anju.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * GET /api/applications/{id}/journey: the case as the family's page tells it, in the page's language:
 * the steps, what the family must do now and by when, the decision's reasons and the timeline as sentences.
 */
record FamilyJourney(List<StepView> steps, String currentStep, Todo todo, String decisionReasons,
                     List<Entry> timeline) {

    /** One step: {@code state} is done, current, todo or skipped; {@code detail} a date or an outcome. */
    record StepView(String step, String label, String state, String detail) {
    }

    /** What the family must do now ({@code by}: the date it is due, if any; {@code items}: what is asked for). */
    record Todo(String text, LocalDate by, List<Item> items) {
    }

    /** One item the clerk asked for, and whether a document of its kind has come since. */
    record Item(String item, boolean received) {
    }

    record Entry(String type, Instant occurredAt, String sentence) {
    }
}
