package org.newsgraph.cli;

/** A count in words for the readable answers: "1 article", "3 articles", "2 entities". Stateless. */
final class Counts {

    private Counts() {
    }

    /** {@code n} and the noun, with an "s" unless {@code n} is 1. */
    static String of(long n, String one) {
        return of(n, one, one + "s");
    }

    /** {@code n} and the singular or the plural noun. */
    static String of(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
