/**
 * The ArchUnit rules of DESIGN.md, shared by every module's architecture test. Build only: each module
 * depends on this at test scope, and it is never published.
 */
module dev.safeguarding.architecture {
    requires com.tngtech.archunit;

    exports dev.safeguarding.architecture;
}
