package dev.safeguarding.census.validation;

import dev.safeguarding.census.CollectionYear;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The local authority codes rule 1530 accepts as characters 2 to 4 of a UPN: "a valid post April 1998 LA
 * code or a recognised ‘pseudo LA’ code" (S1 {@code cin2022_23/rule_1530.py}: 001-005, 201-213, 301-320,
 * 330-336, 340-344, 350-359, 370-373, 380-384, 390-394, 420, 660-681, 701-708, 800-803, 805-808, 810-813,
 * 815, 816, 820-823, 825, 826, 830, 831, 835-839, 840, 841, 845, 846, 850-852, 855-857, 860, 861, 865-896,
 * 908, 909, 916, 919, 921, 925, 926, 928, 929, 931, 933, 935-938, 940, 941), with 942 and 943 from 2023-24
 * ({@code cin2023_24/rule_1530.py}).
 */
final class LaCodes {

    private static final int[][] RANGES = {{1, 5}, {201, 213}, {301, 320}, {330, 336}, {340, 344}, {350, 359},
        {370, 373}, {380, 384}, {390, 394}, {660, 681}, {701, 708}, {800, 803}, {805, 808}, {810, 813}, {820, 823},
        {835, 839}, {850, 852}, {855, 857}, {865, 896}, {935, 938}, {940, 941}};
    private static final List<Integer> SINGLE = List.of(420, 815, 816, 825, 826, 830, 831, 840, 841, 845, 846, 860,
            861, 908, 909, 916, 919, 921, 925, 926, 928, 929, 931, 933);
    private static final Set<String> TO_2022 = codes(List.of());
    private static final Set<String> FROM_2023 = codes(List.of(942, 943));

    private LaCodes() {
    }

    /** Whether {@code code} (three characters) is an LA code rule 1530 accepts in {@code year}. */
    static boolean isRecognised(String code, CollectionYear year) {
        return (year == CollectionYear.CIN_2022_23 ? TO_2022 : FROM_2023).contains(code);
    }

    private static Set<String> codes(List<Integer> more) {
        Set<String> codes = new HashSet<>();
        for (int[] range : RANGES) {
            for (int code = range[0]; code <= range[1]; code++) {
                codes.add(String.format("%03d", code));
            }
        }
        SINGLE.forEach(code -> codes.add(String.valueOf(code)));
        more.forEach(code -> codes.add(String.valueOf(code)));
        return Set.copyOf(codes);
    }
}
