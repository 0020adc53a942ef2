package dev.safeguarding.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The identifiers of a file's children by position, and the position a finding's path names. */
class ChildIdsTest {

    @Test
    void eachPositionGivesBackTheIdentifierRecordedThere() {
        long seed = 20260331L;
        SplittableRandom random = new SplittableRandom(seed);
        ChildIds ids = new ChildIds();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            String id = random.nextInt(20) == 0 ? "" : Long.toString(random.nextLong(1L << 40), 36);
            ids.add(id);
            expected.add(id);
        }
        assertEquals(expected.size(), ids.size());
        for (int position = 1; position <= expected.size(); position++) {
            assertEquals(expected.get(position - 1), ids.at(position), "seed " + seed + ", position " + position);
        }
        assertEquals("", ids.at(0));
        assertEquals("", ids.at(expected.size() + 1));
    }

    @Test
    void aPathNamesTheChildItIsIn() {
        assertEquals(17, ValidateCommand.position("Message/Children/Child[17]/CINdetails[1]/CINreferralDate"));
        assertEquals(3, ValidateCommand.position("Message/Children/Child[3]"));
        assertEquals(0, ValidateCommand.position("Message/Children"));
        assertEquals(0, ValidateCommand.position("Message/Header/CollectionDetails/ReferenceDate"));
        assertEquals(0, ValidateCommand.position(""));
    }
}
