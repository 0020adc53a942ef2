package dev.safeguarding.census.validation;

import static dev.safeguarding.census.validation.ChildScope.at;

import dev.safeguarding.census.ChildCharacteristics;
import dev.safeguarding.census.ChildIdentifiers;
import dev.safeguarding.census.Disability;
import dev.safeguarding.census.Gender;
import dev.safeguarding.census.Sex;
import dev.safeguarding.census.UpnUnknown;
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
        upns(s, ids);
        ids.expectedPersonBirthDate().ifPresent(date -> {
            if (!date.isBefore(s.end.plusMonths(9)) || !date.isAfter(s.end.minusDays(30))) {
                s.report(CensusRule.R8530Q, s.path(IDS, "ExpectedPersonBirthDate"));
            }
        });
        boolean furtherAction = s.episodes().stream().anyMatch(e -> e.referralNfa().equals(Optional.of(false)));
        if (ids.upnUnknown().equals(Optional.of(UpnUnknown.UN7)) && furtherAction) {
            s.report(CensusRule.R8772, s.path(IDS, "UPNunknown"));
        }
        if (birth.isPresent() && !birth.get().isAfter(schoolAge(s)) && furtherAction && ids.upn().isEmpty()
                && (ids.upnUnknown().isEmpty() || ids.upnUnknown().get() == UpnUnknown.UN1)) {
            s.report(CensusRule.R8770Q, s.path(IDS, "UPNunknown"));
        }
        if (birth.isPresent() && birth.get().isBefore(s.end.minusYears(25)) && s.episodes().stream()
                .anyMatch(e -> e.closureDate().isEmpty() || e.closureDate().get().isAfter(birth.get().plusYears(25)))) {
            s.report(CensusRule.R8775Q, s.path(IDS, "PersonBirthDate"));
        }
        Optional<LocalDate> born = birth.or(() -> expected);
        for (int e = 0; e < s.episodes().size(); e++) {
            Optional<LocalDate> referral = s.episodes().get(e).referralDate();
            if (referral.isPresent() && born.isPresent() && referral.get().isBefore(born.get().minusDays(280))) {
                s.report(CensusRule.R8606, s.episodePath(e, "CINreferralDate"));
            }
        }
        if (birth.isPresent() && furtherAction && s.child.characteristics()
                .map(c -> c.disabilities().isEmpty() || !c.disabilities().stream().allMatch(d -> d.isValidIn(s.year)))
                .orElse(true)) {
            s.report(CensusRule.R8540, s.path("ChildCharacteristics", "Disabilities"));
        }
        if (s.episodes().isEmpty()) {
            s.report(CensusRule.R8590, s.path(IDS));
        }
        characteristics(s, s.child.characteristics());
    }

    /**
     * Rules 1510, 1540, 1550 on the UPN and 1560Q on the former UPN (S1 {@code rule_1510.py} …
     * {@code rule_1560Q.py}): the check letter of a 13-character UPN of 12 digits after its letter is the
     * weighted sum of the digits (weights 2 to 13) modulo 23, read in {@code ABCDEFGHJKLMNPQRTUVWXYZ};
     * characters 5 to 12 must be digits; character 13 a digit or one of the letters the validator lists.
     */
    private static void upns(ChildScope s, ChildIdentifiers ids) {
        ids.upn().ifPresent(upn -> {
            if (upn.length() == 13 && allDigits(upn, 1, 13)) {
                int sum = 0;
                for (int i = 1; i < 13; i++) {
                    sum += (upn.charAt(i) - '0') * (i + 1);
                }
                if (upn.charAt(0) != CHECK_LETTERS.charAt(sum % 23)) {
                    s.report(CensusRule.R1510, s.path(IDS, "UPN"));
                }
            }
            if (upn.length() == 13 && !LaCodes.isRecognised(upn.substring(1, 4), s.year)) {
                s.report(CensusRule.R1530, s.path(IDS, "UPN"));
            }
            if (upn.length() < 12 || !allDigits(upn, 4, 12)) {
                s.report(CensusRule.R1540, s.path(IDS, "UPN"));
            }
            if (upn.length() == 13 && LAST_CHARACTERS.indexOf(upn.charAt(12)) < 0) {
                s.report(CensusRule.R1550, s.path(IDS, "UPN"));
            }
        });
        ids.formerUpn().ifPresent(former -> {
            if (former.length() != 13 || !allDigits(former, 1, 13) || !Character.isLetter(former.charAt(0))) {
                s.report(CensusRule.R1560Q, s.path(IDS, "FormerUPN"));
            }
        });
    }

    /**
     * Rule 8770Q's latest birth date of a child of school age: to 2023-24 the reference date less six years
     * (S1 {@code cin2022_23/rule_8770Q.py}); from 2024-25 "school start date" (the reference date plus four
     * months and 31 days) less six years (S1 {@code cin2024_25/rule_8770Q.py}): 31 August 2020 for 2025-26.
     */
    private static LocalDate schoolAge(ChildScope s) {
        return s.year.returnsSex() ? s.end.plusMonths(4).plusDays(31).minusYears(6) : s.end.minusYears(6);
    }

    private static final String CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";
    private static final String LAST_CHARACTERS = "ABCDEFGHJKLMNPQRTUVWYXZ0123456789";

    private static boolean allDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
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
