package dev.safeguarding.rules.chronology;

import java.time.Period;

/** Small helpers for the messages of findings and patterns; not API. */
final class Words {

    private Words() {
    }

    /** "1 working day", "2 working days". */
    static String workingDays(int n) {
        return n + (n == 1 ? " working day" : " working days");
    }

    /** "1 entry", "3 entries" and the like: {@code n} and the noun, plural unless 1. */
    static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /** A period in words: "6 months", "1 year and 2 months", "90 days". */
    static String period(Period period) {
        StringBuilder words = new StringBuilder();
        append(words, period.getYears(), "year", "years");
        append(words, period.getMonths(), "month", "months");
        append(words, period.getDays(), "day", "days");
        return words.length() == 0 ? "0 days" : words.toString();
    }

    private static void append(StringBuilder words, int n, String singular, String plural) {
        if (n != 0) {
            words.append(words.length() == 0 ? "" : " and ").append(count(n, singular, plural));
        }
    }
}
