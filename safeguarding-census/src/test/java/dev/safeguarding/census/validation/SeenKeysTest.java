package dev.safeguarding.census.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.safeguarding.testing.Gen;
import dev.safeguarding.testing.Property;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The compact store of keys seen in a file answers as a map from key to first position would. */
class SeenKeysTest {

    @Test
    void answersAsAMapOfFirstPositionsWould() {
        Gen<List<String>> keys = random -> {
            List<String> list = new ArrayList<>();
            int count = random.nextInt(3000);
            int distinct = 1 + random.nextInt(4000);
            for (int i = 0; i < count; i++) {
                int k = random.nextInt(distinct);
                list.add(k % 7 == 0 ? "" + k : "SYN" + k + (k % 3 == 0 ? "é" : ""));
            }
            return list;
        };
        Property.forAll(40, keys, list -> {
            SeenKeys seen = new SeenKeys();
            Map<String, Integer> firsts = new HashMap<>();
            TreeSet<Integer> shared = new TreeSet<>();
            for (int position = 1; position <= list.size(); position++) {
                String key = list.get(position - 1);
                Integer first = firsts.putIfAbsent(key, position);
                assertEquals(first != null, seen.seenBefore(key, position), key);
                if (first != null) {
                    shared.add(first);
                }
            }
            List<Integer> reported = new ArrayList<>();
            seen.forEachSharedFirst(reported::add);
            assertEquals(new ArrayList<>(shared), reported);
        });
    }
}
