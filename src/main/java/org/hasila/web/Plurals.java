package org.hasila.web;

import io.quarkus.qute.TemplateExtension;

/**
 * Which form of a counted noun a number takes, by CLDR's plural categories: the one place for plural rules. A
 * message chooses its words with {@code {#if count.plural('ar') == 'few'}}, naming its own file's language.
 * Arabic written with Western digits goes by the last two digits: 1 «ادعاء واحد», 2 «ادعاءان», 3-10 «5 ادعاءات»,
 * 11-99 «14 ادعاءً», 100 and 101-102 «100 ادعاء»; 0 is worded apart. Other languages take English's rule (one,
 * other) until their rule is added here.
 */
public final class Plurals {

    private Plurals() {
    }

    /** {@code {count.plural('ar')}}: zero, one, two, few, many or other. */
    @TemplateExtension
    public static String plural(Number count, String language) {
        long n = Math.abs(count.longValue());
        if ("ar".equals(language)) {
            long lastTwo = n % 100;
            if (n == 0) {
                return "zero";
            }
            if (n == 1) {
                return "one";
            }
            if (n == 2) {
                return "two";
            }
            if (lastTwo >= 3 && lastTwo <= 10) {
                return "few";
            }
            return lastTwo >= 11 ? "many" : "other";
        }
        return n == 1 ? "one" : "other";
    }
}
