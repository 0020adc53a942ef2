package dev.safeguarding.census;

import dev.safeguarding.census.internal.CensusStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code <ChildIdentifiers>}: {@code <LAchildID>} (1..1), {@code <UPN>} and {@code <FormerUPN>} (0..1,
 * pattern {@code [A-Za-z]\d{12}} or {@code [A-Za-z]\d{11}[A-Za-z]}), {@code <UPNunknown>} (N00135),
 * {@code <PersonBirthDate>} (N00066), {@code <ExpectedPersonBirthDate>} (N00098), {@code <GenderCurrent>}
 * (to 2023-24) or {@code <Sex>} (N00783, 2024-25 on) and {@code <PersonDeathDate>}.
 *
 * <p>A UPN of the wrong pattern, a child with both a birth date and an expected birth date (rule
 * 8525Q) or an {@code LAchildID} longer than 20 characters (rules 1570, 1580) are findings of validation,
 * not construction errors: the census holds what the local authority sent.
 *
 * <p>Personal data: {@link #toString()} shows the {@code LAchildID} and which items are present, never
 * a date or a UPN.
 *
 * <p>Source: S2 {@code cin_census/cin-2022.xsd}, {@code childidentifierstype}; S1 {@code ingress.py}
 * (reads {@code <Sex>}).
 */
@Value.Immutable
@CensusStyle
public abstract class ChildIdentifiers {

    /** {@code <LAchildID>}: the local authority's identifier of the child. */
    public abstract Optional<String> laChildId();

    /** {@code <UPN>}: the unique pupil number. Personal data. */
    public abstract Optional<String> upn();

    /** {@code <FormerUPN>}. Personal data. */
    public abstract Optional<String> formerUpn();

    /** {@code <UPNunknown>} (N00135): why there is no UPN. */
    public abstract Optional<UpnUnknown> upnUnknown();

    /** {@code <PersonBirthDate>} (N00066). Personal data. */
    public abstract Optional<LocalDate> personBirthDate();

    /** {@code <ExpectedPersonBirthDate>} (N00098), for an unborn child. Personal data. */
    public abstract Optional<LocalDate> expectedPersonBirthDate();

    /** {@code <GenderCurrent>} (N00007), returned to 2023-24. */
    public abstract Optional<Gender> genderCurrent();

    /** {@code <Sex>} (N00783), returned from 2024-25. */
    public abstract Optional<Sex> sex();

    /** {@code <PersonDeathDate>}. Personal data. */
    public abstract Optional<LocalDate> personDeathDate();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ChildIdentifiers}. */
    public static final class Builder extends ImmutableChildIdentifiers.Builder {
    }

    @Value.Check
    void check() {
        Require.trimmedText(laChildId(), "laChildId");
        Require.trimmedText(upn(), "upn");
        Require.trimmedText(formerUpn(), "formerUpn");
    }

    /** The {@code LAchildID} and which other items are present; never their values. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("ChildIdentifiers{laChildId=").append(laChildId().orElse("absent"));
        present(text, "upn", upn());
        present(text, "formerUpn", formerUpn());
        upnUnknown().ifPresent(code -> text.append(", upnUnknown=").append(code.code()));
        present(text, "personBirthDate", personBirthDate());
        present(text, "expectedPersonBirthDate", expectedPersonBirthDate());
        present(text, "personDeathDate", personDeathDate());
        return text.append('}').toString();
    }

    private static void present(StringBuilder text, String name, Optional<?> value) {
        if (value.isPresent()) {
            text.append(", ").append(name).append("=present");
        }
    }
}
