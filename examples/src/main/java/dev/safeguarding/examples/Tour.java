package dev.safeguarding.examples;

/** Placeholder replaced by the tour (work in progress on this branch). */
public final class Tour {
    private Tour() {
    }

    public static void main(String[] args) {
        System.out.println("tour: to be written");
    }
}
