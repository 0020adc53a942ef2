package dev.safeguarding.census.validation;

import dev.safeguarding.census.CensusChild;
import dev.safeguarding.census.CensusHeader;
import dev.safeguarding.census.ChildCharacteristics;
import dev.safeguarding.census.ChildIdentifiers;
import dev.safeguarding.census.ChildProtectionPlan;
import dev.safeguarding.census.CinDetails;
import dev.safeguarding.census.CollectionDetails;
import dev.safeguarding.census.CollectionYear;
import dev.safeguarding.census.Disability;
import dev.safeguarding.census.Gender;
import dev.safeguarding.census.Section47;
import dev.safeguarding.census.Sex;
import dev.safeguarding.model.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules across the whole return: its header (rule 100), duplicates across children (8510, 1520) and
 * counts over the return (2883, 2886Q, 2887Q, 2888Q). Holds, per {@code LAchildID} and per UPN, the position
 * of the first child that had it and whether another has since ({@link SeenKeys}: about 30 bytes per child
 * and key), and a few counters: the only state a streaming pass keeps.
 */
final class FileRules {

    private final CollectionYear year;
    private final SeenKeys ids = new SeenKeys();
    private final SeenKeys upns = new SeenKeys();
    private final Set<Disability> disabilityCodesUsed = EnumSet.noneOf(Disability.class);
    private long children;
    private long noSexRecorded;
    private long plansStarting;
    private long conferences;
    private boolean moreThanOneDisability;

    private static final String WHOLE_RETURN = "Message/Children";

    FileRules(CollectionYear year) {
        this.year = year;
    }

    /**
     * Rule 100: {@code <ReferenceDate>} must be present and be 31 March of the collection. The reference
     * compares it with 31 March of {@code <Year>}; the census files written by the library (and the reference's
     * own 2026 sample) carry the start year of the census period there, so the library compares it with the
     * reference date of the year being validated (the library's reading).
     */
    List<Finding> header(Optional<CensusHeader> header) {
        Optional<LocalDate> date = header.flatMap(CensusHeader::collectionDetails)
                .flatMap(CollectionDetails::referenceDate);
        if (date.equals(Optional.of(year.referenceDate()))) {
            return List.of();
        }
        return List.of(CensusRule.R100.finding(year, "Message/Header/CollectionDetails/ReferenceDate"));
    }

    /** Records the child at {@code position}; reports it at once if an earlier child had its identifier or UPN. */
    void child(int position, CensusChild child, List<Finding> out) {
        counts(child);
        child.laChildId().ifPresent(id -> seen(ids, id, position, CensusRule.R8510, "LAchildID", out));
        child.identifiers().flatMap(i -> i.upn())
                .ifPresent(upn -> seen(upns, upn, position, CensusRule.R1520, "UPN", out));
    }

    private void seen(SeenKeys keys, String key, int position, CensusRule rule, String item, List<Finding> out) {
        if (keys.seenBefore(key, position)) {
            out.add(rule.finding(year, path(position, item)));
        }
    }

    private void counts(CensusChild child) {
        children++;
        ChildIdentifiers ids = child.identifiers().orElse(ChildIdentifiers.builder().build());
        boolean noSex = year.returnsSex() ? ids.sex().isEmpty() || ids.sex().get() == Sex.UNKNOWN
                : ids.genderCurrent().isEmpty() || ids.genderCurrent().get() == Gender.NOT_RECORDED_OR_UNBORN;
        if (noSex && ids.expectedPersonBirthDate().isEmpty()) {
            noSexRecorded++;
        }
        List<Disability> disabilities = child.characteristics().map(ChildCharacteristics::disabilities)
                .orElse(List.of());
        long others = disabilities.stream().filter(d -> d != Disability.NONE).count();
        disabilityCodesUsed.addAll(disabilities);
        moreThanOneDisability |= others > 1;
        for (CinDetails episode : child.cinDetails()) {
            for (ChildProtectionPlan plan : episode.childProtectionPlans()) {
                plansStarting += plan.startDate().filter(year::contains).isPresent() ? 1 : 0;
            }
            conferences += episode.dateOfInitialCpc().filter(year::contains).isPresent() ? 1 : 0;
            for (Section47 enquiry : episode.section47s()) {
                conferences += enquiry.dateOfInitialCpc().filter(year::contains).isPresent() ? 1 : 0;
            }
        }
    }

    /**
     * The first children whose identifier or UPN turned out to be shared, in order of position; then the rules
     * on the return as a whole, reported at {@code Message/Children}:
     * <ul>
     *   <li>2883: more child protection plans starting in the census period than initial conferences in it
     *       (the episodes' and the enquiries' {@code <DateOfInitialCPC>});</li>
     *   <li>2886Q: more than 2% of the children, unborn children excepted, with no sex ({@code <Sex>} missing
     *       or {@code U}; to 2023-24 {@code <GenderCurrent>} missing or {@code 0}). The reference's 2022-23
     *       rule counts every child, so it always fires; the library counts the children the rule names;</li>
     *   <li>2887Q: fewer than 8 of the disability codes other than {@code NONE} used in the return, as the
     * rule's text says (the reference counts the {@code NONE} codes instead, docs/national-data-standards.md,
     * known defects);</li>
     *   <li>2888Q: no child with more than one disability code other than {@code NONE}.</li>
     * </ul>
     * None is reported for a return of no children.
     */
    List<Finding> finish() {
        List<Finding> out = new ArrayList<>();
        if (children > 0) {
            if (plansStarting > conferences) {
                out.add(CensusRule.R2883.finding(year, WHOLE_RETURN));
            }
            if (noSexRecorded * 50L > children) {
                out.add(CensusRule.R2886Q.finding(year, WHOLE_RETURN));
            }
            disabilityCodesUsed.remove(Disability.NONE);
            if (disabilityCodesUsed.size() < 8) {
                out.add(CensusRule.R2887Q.finding(year, WHOLE_RETURN));
            }
            if (!moreThanOneDisability) {
                out.add(CensusRule.R2888Q.finding(year, WHOLE_RETURN));
            }
        }
        firsts(ids, CensusRule.R8510, "LAchildID", out);
        firsts(upns, CensusRule.R1520, "UPN", out);
        return out;
    }

    private void firsts(SeenKeys keys, CensusRule rule, String item, List<Finding> out) {
        keys.forEachSharedFirst(position -> out.add(rule.finding(year, path(position, item))));
    }

    private static String path(int position, String item) {
        return "Message/Children/Child[" + position + "]/ChildIdentifiers/" + item;
    }
}
