package org.hasila.timeline;

import java.util.Locale;

/**
 * The words around a chart, in the reader's language: made by the page, drawn by {@link ChartSvg}. {@code comma}
 * is the language's, with its space; {@code disputed} and {@code corroborated} name the legend's key of statuses.
 */
public record ChartText(String title, String subtitle, String sourceLine, String dateLine, String independent,
        String sumOfIncrements, String sumOfItems, String noFigures, String comma, Locale locale, boolean rightToLeft,
        String disputed, String corroborated) {
}
