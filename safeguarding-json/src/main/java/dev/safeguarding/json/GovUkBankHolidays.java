package dev.safeguarding.json;

import dev.safeguarding.model.InvalidValueException;
import dev.safeguarding.model.calendar.Holiday;
import dev.safeguarding.model.calendar.PublishedHolidays;
import dev.safeguarding.model.calendar.UkCalendars;
import dev.safeguarding.model.calendar.UkDivision;
import dev.safeguarding.model.calendar.WorkingCalendar;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.node.ObjectNode;

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
 * <p>Strict where it matters, lenient where gov.uk may grow. The file is read with the machinery that
 * reads the library's own format: Jackson's streaming parser, the event and the division declared once
 * each (an {@code ObjectFormat}), the same limits as {@link SafeguardingJson} (length, nesting, strings,
 * numbers, names), the same strict date parser, and errors in the same words. A document that is not
 * JSON, a property given twice, an unknown division, a {@code division} that does not match its key, a
 * missing or mistyped {@code title} or {@code date}, a {@code notes} that is not a string or a {@code
 * bunting} that is not a boolean, a date not written {@code YYYY-MM-DD} or outside 1990 to 2099, a title
 * that is blank or not text (an unpaired UTF-16 surrogate), and a date listed twice in a division each give
 * a {@link SafeguardingJsonException} whose {@link SafeguardingJsonException#path() path()} is the JSON
 * Pointer of the bad value and whose message says what was expected, never quoting the value. Properties
 * the library does not know inside a division or an event are ignored (and a {@code null} {@code notes} or
 * {@code bunting} is taken as absent), so that a field gov.uk adds tomorrow does not break a vendor's
 * import. Messages are safe to log: no value of the file, no control character, and no name the file's
 * format does not define (an unknown division appears in the pointer as its place, {@code
 * /(unknown property 2)}).
 *
 * <p>Immutable and safe to share between threads.
 *
 * <p>Source: gov.uk's bank-holidays file, as published at the address above; the library's notes {@code
 * docs/bank-holidays.md}.
 */
public final class GovUkBankHolidays {

    private static final String KNOWN_DIVISIONS = Stream.of(UkDivision.values()).map(UkDivision::govUkKey)
            .collect(Collectors.joining(", "));

    /** The names the file's format defines: they may appear in a pointer as themselves. */
    private static final Set<String> NAMES = Stream.concat(
                    Stream.of("division", "events", "title", "date", "notes", "bunting"),
                    Stream.of(UkDivision.values()).map(UkDivision::govUkKey))
            .collect(Collectors.toUnmodifiableSet());

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
        // the parser closes what it reads: the caller's stream is shielded, as the caller closes it
        InputStream unclosed = new FilterInputStream(in) {
            @Override
            public void close() {
            }
        };
        return new GovUkBankHolidays(JsonText.read(unclosed, FileFormat.FILE, true, NAMES::contains));
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
        return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
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

    // ------------------------------------------------------------------ the file's format

    /**
     * The file's format, declared as the library's own formats are: an event and a division are each an
     * {@link ObjectFormat}, read leniently (unknown properties skipped); the file itself, an object keyed by
     * division, is read by hand, since its keys are data the format checks (an unknown key is an error).
     */
    private static final class FileFormat {

        /** An event as the file has it. */
        private record Event(String title, LocalDate date, Optional<String> notes, Optional<Boolean> bunting) {
            Event {
                if (title.isBlank()) {
                    throw new InvalidValueException("title", "must not be blank");
                }
                if (date.isBefore(UkCalendars.COVERAGE_START) || date.isAfter(UkCalendars.COVERAGE_END)) {
                    throw new InvalidValueException("date", "must be within " + UkCalendars.COVERAGE_START + " to "
                            + UkCalendars.COVERAGE_END + ", the coverage of the UK calendars");
                }
            }
        }

        /** A division as the file has it. */
        private record Division(String division, List<Event> events) {
            Division {
                if (events.isEmpty()) {
                    throw new InvalidValueException("events", "must list at least one bank holiday");
                }
            }
        }

        private static final ObjectFormat<Event, Values> EVENT = ObjectFormat.ofValues(Event.class,
                        v -> new Event(v.next(), v.next(), v.nextOptional(), v.nextOptional()))
                .required("title", String.class, Event::title)
                .required("date", LocalDate.class, Event::date)
                .optional("notes", String.class, Event::notes)
                .optional("bunting", Boolean.class, Event::bunting)
                .build();

        private static final ObjectFormat<Division, Values> DIVISION = ObjectFormat.ofValues(Division.class,
                        v -> new Division(v.next(), v.nextList()))
                .required("division", String.class, Division::division)
                .list("events", Event.class, Division::events)
                .build();

        static {
            Map<Class<?>, Codec<?>> codecs = Map.of(String.class, Scalars.STRING, LocalDate.class, Scalars.DATE,
                    Boolean.class, Scalars.BOOLEAN, Event.class, EVENT);
            EVENT.link(codecs::get);
            DIVISION.link(codecs::get);
        }

        /** The file: its divisions, in the order of {@link UkDivision}. */
        static final Codec<Map<UkDivision, PublishedHolidays>> FILE = new Codec<>() {

            @Override
            @SuppressWarnings("unchecked")
            public Class<Map<UkDivision, PublishedHolidays>> type() {
                return (Class<Map<UkDivision, PublishedHolidays>>) (Class<?>) Map.class;
            }

            @Override
            public void write(Map<UkDivision, PublishedHolidays> value, Out out) {
                throw new UnsupportedOperationException("the library reads gov.uk's file; it does not write it");
            }

            @Override
            public Map<UkDivision, PublishedHolidays> read(In in) {
                in.startObject();
                Map<UkDivision, PublishedHolidays> divisions = new EnumMap<>(UkDivision.class);
                int position = -1;
                for (String key = in.nextName(); key != null; key = in.nextName()) {
                    position++;
                    Optional<UkDivision> known = UkDivision.fromGovUkKey(key);
                    if (known.isEmpty()) {
                        throw new SafeguardingJsonException(in.pointerTo(key, position),
                                "unknown division: expected one of " + KNOWN_DIVISIONS, null);
                    }
                    UkDivision division = known.get();
                    if (divisions.containsKey(division)) {
                        throw new SafeguardingJsonException(in.pointerTo(key, position),
                                "duplicate property: a property may appear only once in an object", null);
                    }
                    in.enter(key, position);
                    divisions.put(division, holidays(DIVISION.read(in), division, in));
                    in.leave();
                }
                if (divisions.isEmpty()) {
                    throw in.error("must have at least one of the divisions " + KNOWN_DIVISIONS);
                }
                return Collections.unmodifiableMap(divisions);
            }

            @Override
            public ObjectNode schema(Schemas schemas) {
                throw new UnsupportedOperationException("gov.uk publishes no schema of its file");
            }
        };

        /** The division's holidays, once its key and its dates are checked. */
        private static PublishedHolidays holidays(Division read, UkDivision division, In in) {
            if (!read.division().equals(division.govUkKey())) {
                throw new SafeguardingJsonException(in.pointerTo("division", -1),
                        "must be '" + division.govUkKey() + "', the key of the division that holds it", null);
            }
            Set<LocalDate> dates = new HashSet<>();
            int firstYear = Integer.MAX_VALUE;
            int lastYear = Integer.MIN_VALUE;
            Holiday[] holidays = new Holiday[read.events().size()];
            for (int i = 0; i < holidays.length; i++) {
                Event event = read.events().get(i);
                if (!dates.add(event.date())) {
                    throw new SafeguardingJsonException(in.pointerTo("events", -1) + "/" + i + "/date",
                            "must not repeat the date of an earlier event of this division", null);
                }
                holidays[i] = Holiday.of(event.date(), event.title().strip());
                firstYear = Math.min(firstYear, event.date().getYear());
                lastYear = Math.max(lastYear, event.date().getYear());
            }
            return PublishedHolidays.of(Year.of(firstYear), Year.of(lastYear), List.of(holidays));
        }

        private FileFormat() {
        }
    }
}
