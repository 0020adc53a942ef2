package dev.safeguarding.census.validation;

import static dev.safeguarding.census.validation.ChildScope.at;

import dev.safeguarding.census.ChildCharacteristics;
import dev.safeguarding.census.ChildIdentifiers;
import dev.safeguarding.census.Disability;
import dev.safeguarding.census.Gender;
import dev.safeguarding.census.Sex;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rules on a child's identifiers and characteristics (S1 modules ChildIdentifiers, ChildCharacteristics, Disabilities). */
final class IdentifierRules {

    private static final String IDS = "ChildIdentifiers";

    private IdentifierRules() {
    }

    static void check(ChildScope s) {
        ChildIdentifiers ids = s.ids();
        Optional<String> id = ids.laChildId();
        if (id.isEmpty()) {
            s.report(CensusRule.R8500, s.path(IDS, "LAchildID"));
        } else {
            if (id.get().length() > 20) {
                s.report(CensusRule.R1570, s.path(IDS, "LAchildID"));
            }
            if (!id.get().codePoints().allMatch(Character::isLetterOrDigit)) {
                s.report(CensusRule.R1580, s.path(IDS, "LAchildID"));
            }
        }
        Optional<LocalDate> birth = ids.personBirthDate();
        Optional<LocalDate> expected = ids.expectedPersonBirthDate();
        if (birth.isPresent() == expected.isPresent()) {
            s.report(CensusRule.R8525Q, s.path(IDS, birth.isPresent() ? "ExpectedPersonBirthDate" : "PersonBirthDate"));
        }
        boolean unborn = birth.isEmpty() && expected.isPresent();
        if (s.year.returnsSex()) {
            if (ids.sex().isEmpty()) {
                s.report(CensusRule.R4180, s.path(IDS, "Sex"));
            } else if (unborn && ids.sex().get() != Sex.UNKNOWN) {
                s.report(CensusRule.R8750, s.path(IDS, "Sex"));
            }
        } else {
            if (ids.genderCurrent().isEmpty()) {
                s.report(CensusRule.R4180, s.path(IDS, "GenderCurrent"));
            } else if (unborn && ids.genderCurrent().get() != Gender.NOT_RECORDED_OR_UNBORN) {
                s.report(CensusRule.R8750, s.path(IDS, "GenderCurrent"));
            }
        }
        if (birth.isPresent() && birth.get().isAfter(s.end)) {
            s.report(CensusRule.R8520, s.path(IDS, "PersonBirthDate"));
        }
        ids.personDeathDate().ifPresent(death -> {
            if (birth.isEmpty() || birth.get().isAfter(death)) {
                s.report(CensusRule.R8535Q, s.path(IDS, "PersonDeathDate"));
            }
            if (!s.inPeriod(death)) {
                s.report(CensusRule.R8545Q, s.path(IDS, "PersonDeathDate"));
            }
        });
        if (s.episodes().isEmpty()) {
            s.report(CensusRule.R8590, s.path(IDS));
        }
        characteristics(s, s.child.characteristics());
    }

    private static void characteristics(ChildScope s, Optional<ChildCharacteristics> characteristics) {
        if (characteristics.isEmpty() || characteristics.get().ethnicity().isEmpty()
                || !characteristics.get().ethnicity().get().isValidIn(s.year)) {
            s.report(CensusRule.R4220, s.path("ChildCharacteristics", "Ethnicity"));
        }
        List<Disability> disabilities = characteristics.map(ChildCharacteristics::disabilities).orElse(List.of());
        boolean none = disabilities.contains(Disability.NONE);
        Map<Disability, Integer> counts = new HashMap<>();
        disabilities.forEach(d -> counts.merge(d, 1, Integer::sum));
        for (int i = 0; i < disabilities.size(); i++) {
            String path = s.path("ChildCharacteristics", "Disabilities", at("Disability", i));
            if (none && disabilities.get(i) != Disability.NONE) {
                s.report(CensusRule.R8790, path);
            }
            if (counts.get(disabilities.get(i)) > 1) {
                s.report(CensusRule.R8794, path);
            }
        }
    }
}
