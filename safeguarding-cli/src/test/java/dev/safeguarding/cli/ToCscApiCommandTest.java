package dev.safeguarding.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.census.CensusMessage;
import dev.safeguarding.census.CollectionYear;
import dev.safeguarding.census.cscapi.CscApi;
import dev.safeguarding.census.cscapi.CscApiBatch;
import dev.safeguarding.census.synthetic.SyntheticCensus;
import dev.safeguarding.json.SafeguardingJson;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code to-csc-api}: a return as the DfE CSC API's request bodies, one file per request of at most 100. */
class ToCscApiCommandTest {

    private static final CollectionYear YEAR = CollectionYear.CIN_2025_26;
    private static final String Y = YEAR.label();

    @TempDir
    Path dir;

    private Path write(String name, SyntheticCensus census, int children) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            census.write(children, out);
        }
        return file;
    }

    private static List<Path> files(Path out) throws IOException {
        try (Stream<Path> listed = Files.list(out)) {
            return listed.sorted().toList();
        }
    }

    @Test
    void aReturnIsWrittenAsRequestBodiesOfAtMostAHundredChildrenEachTheBatchTheLibraryMakes() throws IOException {
        SyntheticCensus census = SyntheticCensus.of(7, YEAR);
        Path file = write("return.xml", census, 250);
        Path out = dir.resolve("requests");

        CliTest.Run run = CliTest.run("to-csc-api", file.toString(), "--year", Y, "--out", out.toString());

        assertEquals(Cli.OK, run.status(), run.err());
        assertEquals("250 children in 3 requests written to " + out + System.lineSeparator(), run.out());
        assertEquals(List.of(out.resolve("batch-00001.json"), out.resolve("batch-00002.json"),
                out.resolve("batch-00003.json")), files(out));
        CensusMessage message = census.message(250);
        List<CscApiBatch> expected = CscApi.batches(message);
        for (int i = 0; i < expected.size(); i++) {
            String body = Files.readString(files(out).get(i));
            assertEquals(SafeguardingJson.standard().write(expected.get(i)), body);
            assertEquals(expected.get(i), SafeguardingJson.standard().read(body, CscApiBatch.class));
        }
        assertEquals(List.of(100, 100, 50), expected.stream().map(b -> b.children().size()).toList());
    }

    @Test
    void aChildTheApiCannotTakeIsLeftOutWithItsFieldAndRuleAndTheStatusSaysSo() throws IOException {
        String xml = Files.readString(write("good.xml", SyntheticCensus.of(3, YEAR), 12));
        Path file = Files.writeString(dir.resolve("bad-id.xml"),
                xml.replace("<LAchildID>SYN0000005</LAchildID>", "<LAchildID>SYN-5</LAchildID>"));
        Path out = dir.resolve("requests");

        CliTest.Run run = CliTest.run("to-csc-api", file.toString(), "--year", Y, "--out", out.toString());

        assertEquals(Cli.ERRORS_FOUND, run.status(), run.err());
        assertTrue(run.out().startsWith("11 children in 1 request written to "), run.out());
        assertTrue(run.err().startsWith("left out: child 5 (LAchildID SYN-5): la_child_id "), run.err());
        assertFalse(Files.readString(out.resolve("batch-00001.json")).contains("SYN-5"));
    }

    @Test
    void itemsThatCouldNotBeReadMakeTheStatusErrorsFound() throws IOException {
        String xml = Files.readString(write("good.xml", SyntheticCensus.of(11, YEAR), 10));
        int at = xml.indexOf("<CINreferralDate>", xml.indexOf("<LAchildID>SYN0000004</LAchildID>"));
        Path file = Files.writeString(dir.resolve("bad-date.xml"),
                xml.substring(0, at) + "<CINreferralDate>2025-02-30" + xml.substring(at + 27));

        CliTest.Run run = CliTest.run("to-csc-api", file.toString(), "--year", Y, "--out", dir.resolve("r").toString());

        assertEquals(Cli.ERRORS_FOUND, run.status(), run.err());
        assertTrue(run.err().contains("1 item could not be read and is left out; 'validate' lists it."), run.err());
        assertFalse(run.err().contains("2025-02-30"), "a value is never printed");
    }

    @Test
    void aMissingFileOrADirectoryThatCannotBeMadeExitsTwo() throws IOException {
        CliTest.Run missing = CliTest.run("to-csc-api", dir.resolve("none.xml").toString(), "--year", Y, "--out",
                dir.resolve("r").toString());
        assertEquals(Cli.UNREADABLE, missing.status());
        assertEquals("", missing.out());

        Path file = write("return.xml", SyntheticCensus.of(1, YEAR), 3);
        Path notADirectory = Files.writeString(dir.resolve("taken"), "a file");
        CliTest.Run blocked = CliTest.run("to-csc-api", file.toString(), "--year", Y, "--out",
                notADirectory.toString());
        assertEquals(Cli.UNREADABLE, blocked.status());
        assertTrue(blocked.err().contains("cannot write to " + notADirectory), blocked.err());
        assertFalse(blocked.err().contains("Exception"), blocked.err());
    }

    @Test
    void theOutputDirectoryIsRequired() throws IOException {
        Path file = write("return.xml", SyntheticCensus.of(1, YEAR), 3);
        assertEquals(Cli.USAGE, CliTest.run("to-csc-api", file.toString(), "--year", Y).status());
    }
}
