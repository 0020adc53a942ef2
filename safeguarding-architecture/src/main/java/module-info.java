/**
 * The ArchUnit rules of DESIGN.md, shared by every module's architecture test. Build only: each module
 * depends on this at test scope, and it is never published.
 */
module dev.safeguarding.architecture {
    requires com.tngtech.archunit;
    requires static org.jspecify;

    exports dev.safeguarding.architecture;
}
