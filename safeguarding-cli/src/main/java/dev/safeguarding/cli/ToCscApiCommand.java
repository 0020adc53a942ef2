package dev.safeguarding.cli;

import dev.safeguarding.census.CensusChild;
import dev.safeguarding.census.cscapi.CscApi;
import dev.safeguarding.census.cscapi.CscApiBatch;
import dev.safeguarding.census.cscapi.CscApiChild;
import dev.safeguarding.json.SafeguardingJson;
import dev.safeguarding.model.InvalidValueException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code to-csc-api FILE --year 2025-26 --out DIR}: a census return as the request bodies of the DfE's CSC API
 * ({@code POST /children_social_care_data/{la_code}/children}), one file per request, {@code batch-00001.json},
 * {@code batch-00002.json}, ...: each a JSON array of at most {@value CscApiBatch#MAX_CHILDREN} children, mapped
 * by {@link CscApi#from} and written by {@link SafeguardingJson}, read and written in one streaming pass. Sending
 * them (with the council's token and supplier key) is left to the caller, as the library holds no HTTP client.
 *
 * <p>A child the API cannot take (an {@code LAchildID} that breaks the API's pattern, say) is left out, with the
 * field and the rule on standard error; items that could not be read (a bad date) are left out of their child.
 * Either way the exit status is {@value Cli#ERRORS_FOUND}, so that a script does not send an incomplete return
 * unawares; {@code validate} lists the reading problems. A directory that cannot be written is
 * {@value Cli#UNREADABLE}.
 *
 * <p>Source: issue 15, part 7 ("{@code to-csc-api} writes the payload batches"); the file names and the exit
 * status for a child left out are the library's reading.
 */
@Command(name = "to-csc-api", sortOptions = false,
        description = "Write a return as DfE CSC API request bodies: JSON arrays of at most 100 children, "
            + "one file per request (batch-00001.json, ...).")
final class ToCscApiCommand implements Callable<Integer> {

    @Mixin
    CensusInput input;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "The directory to write the request bodies into (made if missing; files of the same "
                + "names are replaced).")
    Path out;

    @Spec
    CommandSpec spec;

    /** What a run wrote and left out. */
    private record Written(int requests, long children, List<String> refused, int unreadItems) {
    }

    @Override
    public Integer call() {
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UnreadableFileException("cannot write to " + out + ": " + UnreadableFileException.reason(e));
        }
        Written written = input.read((file, progress) -> {
            List<String> refused = new ArrayList<>();
            Iterator<CscApiBatch> batches = CscApi.inBatches(new Mapped(file.iterator(), refused, progress));
            int requests = 0;
            long children = 0;
            while (batches.hasNext()) {
                CscApiBatch batch = batches.next();
                requests++;
                children += batch.children().size();
                write(out.resolve(String.format("batch-%05d.json", requests)), batch);
            }
            return new Written(requests, children, refused, file.findings().size());
        });
        spec.commandLine().getOut().printf("%,d %s in %,d %s written to %s%n", written.children(),
                written.children() == 1 ? "child" : "children", written.requests(),
                written.requests() == 1 ? "request" : "requests", out);
        spec.commandLine().getOut().flush();
        for (String reason : written.refused()) {
            spec.commandLine().getErr().println("left out: " + reason);
        }
        if (written.unreadItems() > 0) {
            spec.commandLine().getErr().printf("%d %s could not be read and %s left out; 'validate' lists %s.%n",
                    written.unreadItems(), written.unreadItems() == 1 ? "item" : "items",
                    written.unreadItems() == 1 ? "is" : "are", written.unreadItems() == 1 ? "it" : "them");
        }
        return written.refused().isEmpty() && written.unreadItems() == 0 ? Cli.OK : Cli.ERRORS_FOUND;
    }

    private void write(Path file, CscApiBatch batch) {
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            SafeguardingJson.standard().write(batch, stream);
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof IOException io ? io : ((UncheckedIOException) e).getCause();
            throw new UnreadableFileException("cannot write " + file + ": " + UnreadableFileException.reason(cause));
        }
    }

    /** The census children as payload records; a child the API cannot take is noted and skipped. */
    private static final class Mapped implements Iterator<CscApiChild> {

        private final Iterator<CensusChild> children;
        private final List<String> refused;
        private final Progress progress;
        private int position;
        private CscApiChild next;

        Mapped(Iterator<CensusChild> children, List<String> refused, Progress progress) {
            this.children = children;
            this.refused = refused;
            this.progress = progress;
        }

        @Override
        public boolean hasNext() {
            while (next == null && children.hasNext()) {
                CensusChild child = children.next();
                position++;
                progress.update(position);
                try {
                    next = CscApi.from(child);
                } catch (InvalidValueException e) {
                    // the field and the rule only: the exception never holds the value
                    refused.add("child " + position + child.laChildId().map(id -> " (LAchildID " + id + ")")
                            .orElse("") + ": " + e.field() + " " + e.rule());
                }
            }
            return next != null;
        }

        @Override
        public CscApiChild next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            CscApiChild taken = next;
            next = null;
            return taken;
        }
    }
}
