package dev.safeguarding.testing.vendor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.safeguarding.architecture.ArchitectureRules;
import dev.safeguarding.testing.Gen;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The testing module's nullness, as Kotlin and static analysers see it: every exported package is null-marked. */
class NullnessTest {

    @Test
    void everyExportedPackageIsNullMarked() {
        assertEquals(List.of(), ArchitectureRules.exportedPackagesNotNullMarked(Gen.class));
    }
}
