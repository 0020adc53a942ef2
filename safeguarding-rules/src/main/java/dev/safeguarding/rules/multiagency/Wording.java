package dev.safeguarding.rules.multiagency;

/** Small helpers for the findings' messages; not API. */
final class Wording {

    private Wording() {
    }

    /** "1 working day", "2 working days". */
    static String workingDays(int n) {
        return n + (n == 1 ? " working day" : " working days");
    }
}
