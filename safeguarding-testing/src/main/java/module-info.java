/**
 * Seeded generators of valid, synthetic records of every type of the model, and a small property
 * runner, for a vendor's own tests: {@link dev.safeguarding.testing.Gen}, {@link
 * dev.safeguarding.testing.Property}, {@link dev.safeguarding.testing.ModelGen} and one generator class
 * per practice framework. Use it at test scope. It depends on the model only: no test framework is
 * needed, and a failing property throws an {@link AssertionError} naming its seed.
 */
module dev.safeguarding.testing {
    requires static org.jspecify;
    requires transitive dev.safeguarding.model;

    exports dev.safeguarding.testing;
}
