package dev.safeguarding.json.holidays;

import dev.safeguarding.json.SafeguardingJson;
import dev.safeguarding.json.SafeguardingJsonException;
import dev.safeguarding.json.internal.Untrusted;
import dev.safeguarding.model.calendar.Holiday;
import dev.safeguarding.model.calendar.PublishedHolidays;
import dev.safeguarding.model.calendar.UkCalendars;
import dev.safeguarding.model.calendar.UkDivision;
import dev.safeguarding.model.calendar.WorkingCalendar;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gov.uk bank-holidays file ({@code https://www.gov.uk/bank-holidays.json}), read from a stream or
 * a file that the vendor fetched, and overlaid on the library's rule calendars: so that a one-off bank
 * holiday is in place the day gov.uk announces it, without waiting for a release of the library.
 *
 * <pre>{@code
 * GovUkBankHolidays file = GovUkBankHolidays.read(Path.of("bank-holidays.json"));
 * WorkingCalendar cal = file.calendar(UkDivision.ENGLAND_AND_WALES);   // or file.calendar()
 * }</pre>
 *
 * <p>The format, as gov.uk publishes it: an object whose properties are the divisions {@code
 * england-and-wales}, {@code scotland} and {@code northern-ireland}; each an object with {@code
 * division} (its own key again) and {@code events}, an array of objects with {@code title}, {@code
 * date} ({@code YYYY-MM-DD}), {@code notes} (such as "Substitute day", often empty) and {@code bunting}
 * (a boolean).
 *
 * <p>What the overlay does: for each division in the file, the whole calendar years from its first
 * event's year to its last event's are taken from the file (the file's list is complete for those
 * years) and every other year keeps the library's dates; {@link WorkingCalendar#publishedUntil()}
 * moves to the end of the file's last year when that is later. A division the file does not have
 * covers no years and changes nothing. Local closure days already added to a calendar stay.
 *
 * <p>Strict where it matters, lenient where gov.uk may grow: a document that is not JSON, a property
 * given twice, an unknown division, a {@code division} that does not match its key, a missing or
 * mistyped {@code title}, {@code date}, {@code notes} or {@code bunting}, a date not written {@code
 * YYYY-MM-DD} or outside 1990 to 2099, and a date listed twice in a division each give a {@link
 * SafeguardingJsonException} whose {@link SafeguardingJsonException#path() path()} is the JSON Pointer
 * of the bad value and whose message says what was expected, never quoting the value. Properties the
 * library does not know inside a division or an event are ignored, so that a field gov.uk adds
 * tomorrow does not break a vendor's import.
 *
 * <p>The file is untrusted input, read under the rules of {@link SafeguardingJson}: the same limits (length,
 * nesting, strings, numbers, names), a title that is not text (an unpaired UTF-16 surrogate) refused at its
 * pointer, and messages safe to log: no value of the file, no control character, and no name the format does
 * not define (an unknown division appears in the pointer as its place, {@code /(unknown property 2)}).
 *
 * <p>Immutable and safe to share between threads.
 *
 * <p>Source: the library's notes {@code docs/bank-holidays.md}.
 */
public final class GovUkBankHolidays {

    /** The same limits as {@link SafeguardingJson}'s, as the file is just as untrusted. */
    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxDocumentLength(SafeguardingJson.MAX_DOCUMENT_LENGTH)
                            .maxNestingDepth(SafeguardingJson.MAX_NESTING_DEPTH)
                            .maxStringLength(SafeguardingJson.MAX_STRING_LENGTH)
                            .maxNumberLength(SafeguardingJson.MAX_NUMBER_LENGTH)
                            .maxNameLength(SafeguardingJson.MAX_NAME_LENGTH)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                    .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static final String KNOWN_DIVISIONS = "england-and-wales, scotland, northern-ireland";

    private final Map<UkDivision, PublishedHolidays> divisions;

    private GovUkBankHolidays(Map<UkDivision, PublishedHolidays> divisions) {
        this.divisions = divisions;
    }

    /**
     * Reads the file from {@code in}, to its end; the stream is not closed.
     *
     * @throws NullPointerException      if {@code in} is null
     * @throws SafeguardingJsonException if the content is not a well-formed bank-holidays file
     * @throws UncheckedIOException      if reading fails
     */
    public static GovUkBankHolidays read(InputStream in) {
        Objects.requireNonNull(in, "in");
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JacksonIOException e) {
            IOException cause = e.getCause() != null ? e.getCause()
                    : new IOException("reading the bank-holidays file failed", e);
            throw new UncheckedIOException("reading the bank-holidays file failed", cause);
        } catch (JacksonException e) {
            throw malformed(e);
        }
        return from(root);
    }

    /**
     * Reads the file at {@code path}.
     *
     * @throws NullPointerException      if {@code path} is null
     * @throws SafeguardingJsonException if the content is not a well-formed bank-holidays file
     * @throws UncheckedIOException      if the file cannot be read
     */
    public static GovUkBankHolidays read(Path path) {
        Objects.requireNonNull(path, "path");
        try (InputStream in = Files.newInputStream(path)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bank-holidays file " + path, e);
        }
    }

    /**
     * Reads the file from its text.
     *
     * @throws NullPointerException      if {@code json} is null
     * @throws SafeguardingJsonException if the text is not a well-formed bank-holidays file
     */
    public static GovUkBankHolidays parse(String json) {
        Objects.requireNonNull(json, "json");
        JsonNode root;
        try {
            root = MAPPER.readTree(json.getBytes(StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            throw malformed(e);
        }
        return from(root);
    }

    /** The divisions the file has. */
    public Set<UkDivision> divisions() {
        return divisions.keySet();
    }

    /**
     * The bank holidays the file lists for {@code division}, with the years they cover; empty if the
     * file does not have the division.
     *
     * @throws NullPointerException if {@code division} is null
     */
    public Optional<PublishedHolidays> holidays(UkDivision division) {
        return Optional.ofNullable(divisions.get(Objects.requireNonNull(division, "division")));
    }

    /**
     * The library's calendar of {@code division} with the file's years overlaid.
     *
     * @throws NullPointerException if {@code division} is null
     */
    public WorkingCalendar calendar(UkDivision division) {
        return overlay(UkCalendars.of(Objects.requireNonNull(division, "division")), division);
    }

    /** The calendar of England and Wales, the default division, with the file's years overlaid. */
    public WorkingCalendar calendar() {
        return calendar(UkDivision.ENGLAND_AND_WALES);
    }

    /**
     * {@code calendar} (a UK calendar, perhaps with a council's closure days) with the file's years of
     * {@code division} overlaid; unchanged if the file does not have the division.
     *
     * @throws NullPointerException if an argument is null
     * @throws DateTimeException    if the file's years are not within {@code calendar}'s coverage
     */
    public WorkingCalendar overlay(WorkingCalendar calendar, UkDivision division) {
        Objects.requireNonNull(calendar, "calendar");
        PublishedHolidays published = divisions.get(Objects.requireNonNull(division, "division"));
        return published == null ? calendar : calendar.withPublishedHolidays(published);
    }

    /** The divisions, with their years and numbers of holidays. */
    @Override
    public String toString() {
        return "GovUkBankHolidays" + divisions.values() + " for " + divisions.keySet();
    }

    // ------------------------------------------------------------------ reading

    private static GovUkBankHolidays from(JsonNode root) {
        if (root == null || root.isMissingNode()) {
            throw new SafeguardingJsonException("", "the document is empty: expected an object of divisions", null);
        }
        if (!root.isObject()) {
            throw new SafeguardingJsonException("",
                    "must be an object whose properties are the divisions " + KNOWN_DIVISIONS, null);
        }
        if (root.size() == 0) {
            throw new SafeguardingJsonException("", "must have at least one of the divisions " + KNOWN_DIVISIONS,
                    null);
        }
        Map<UkDivision, PublishedHolidays> divisions = new EnumMap<>(UkDivision.class);
        int position = 0;
        for (Map.Entry<String, JsonNode> property : root.properties()) {
            Optional<UkDivision> known = UkDivision.fromGovUkKey(property.getKey());
            String pointer = "/" + Untrusted.token(property.getKey(), known.isPresent(), position++);
            UkDivision division = known.orElseThrow(
                    () -> new SafeguardingJsonException(pointer, "unknown division: expected one of " + KNOWN_DIVISIONS,
                            null));
            divisions.put(division, division(property.getValue(), division, pointer));
        }
        return new GovUkBankHolidays(Collections.unmodifiableMap(divisions));
    }

    private static PublishedHolidays division(JsonNode node, UkDivision division, String pointer) {
        if (!node.isObject()) {
            throw new SafeguardingJsonException(pointer, "must be an object with 'division' and 'events'", null);
        }
        String name = string(node, "division", pointer);
        if (!name.equals(division.govUkKey())) {
            throw new SafeguardingJsonException(pointer + "/division",
                    "must be '" + division.govUkKey() + "', the key of the division that holds it", null);
        }
        JsonNode events = node.get("events");
        if (events == null || !events.isArray()) {
            throw new SafeguardingJsonException(pointer + "/events", "is required and must be an array", null);
        }
        if (events.size() == 0) {
            throw new SafeguardingJsonException(pointer + "/events", "must list at least one bank holiday", null);
        }
        List<Holiday> holidays = new ArrayList<>(events.size());
        Set<LocalDate> dates = new HashSet<>();
        int firstYear = Integer.MAX_VALUE;
        int lastYear = Integer.MIN_VALUE;
        for (int i = 0; i < events.size(); i++) {
            String at = pointer + "/events/" + i;
            JsonNode event = events.get(i);
            if (!event.isObject()) {
                throw new SafeguardingJsonException(at, "must be an object with 'title', 'date', 'notes' and 'bunting'",
                        null);
            }
            String title = string(event, "title", at);
            if (title.isBlank()) {
                throw new SafeguardingJsonException(at + "/title", "must not be blank", null);
            }
            if (Untrusted.unpairedSurrogate(title) >= 0) {
                throw new SafeguardingJsonException(at + "/title", Untrusted.UNPAIRED_SURROGATE, null);
            }
            LocalDate date = date(string(event, "date", at), at + "/date");
            if (!dates.add(date)) {
                throw new SafeguardingJsonException(at + "/date",
                        "must not repeat the date of an earlier event of this division", null);
            }
            JsonNode notes = event.get("notes");
            if (notes != null && !notes.isString()) {
                throw new SafeguardingJsonException(at + "/notes", "must be a string", null);
            }
            JsonNode bunting = event.get("bunting");
            if (bunting != null && !bunting.isBoolean()) {
                throw new SafeguardingJsonException(at + "/bunting", "must be true or false", null);
            }
            holidays.add(Holiday.of(date, title.strip()));
            firstYear = Math.min(firstYear, date.getYear());
            lastYear = Math.max(lastYear, date.getYear());
        }
        return PublishedHolidays.of(Year.of(firstYear), Year.of(lastYear), holidays);
    }

    private static String string(JsonNode node, String field, String pointer) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new SafeguardingJsonException(pointer + "/" + field, "is required", null);
        }
        if (!value.isString()) {
            throw new SafeguardingJsonException(pointer + "/" + field, "must be a string", null);
        }
        return value.stringValue();
    }

    private static LocalDate date(String text, String pointer) {
        LocalDate date;
        try {
            if (!ISO_DATE.matcher(text).matches()) {
                throw new DateTimeException("not YYYY-MM-DD");
            }
            date = LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw new SafeguardingJsonException(pointer, "must be a calendar date written YYYY-MM-DD", null);
        }
        if (date.isBefore(UkCalendars.COVERAGE_START) || date.isAfter(UkCalendars.COVERAGE_END)) {
            throw new SafeguardingJsonException(pointer, "must be within " + UkCalendars.COVERAGE_START + " to "
                    + UkCalendars.COVERAGE_END + ", the coverage of the UK calendars", null);
        }
        return date;
    }

    private static SafeguardingJsonException malformed(JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        String where = location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        // Jackson's own message may quote the content (a name, a line of it), so neither it nor the exception
        // is passed on
        String what = e instanceof StreamConstraintsException ? "beyond a limit of the reader (see SafeguardingJson)"
                : "not a well-formed JSON document, or a property given twice";
        return new SafeguardingJsonException("", what + where, null);
    }
}
