package dev.safeguarding.json;

import static dev.safeguarding.json.Docs.failsAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.safeguarding.model.InvalidValueException;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.signsofsafety.ThreeHouses;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A string with an unpaired UTF-16 surrogate is not text: written back as UTF-8 it breaks an export
 * halfway, or turns silently into {@code ?}. Reading refuses it at its JSON Pointer, as a JSON escape or
 * as a character of the text; the model's builders refuse it too.
 */
class UnpairedSurrogateTest {

    @Test
    void loneHighSurrogateEscapeInANameIsRefusedAtItsPointer() {
        SafeguardingJsonException e = failsAt("/name", "unpaired UTF-16 surrogate",
                "{\"id\":\"c-1\",\"dateOfBirth\":\"2015-06-01\",\"name\":\"Ann\\ud800e\"}", Child.class);
        assertFalse(Docs.logged(e).contains("Ann"), () -> Docs.logged(e));
    }

    @Test
    void loneLowSurrogateAndAReversedPairAreRefusedToo() {
        failsAt("/name", "unpaired UTF-16 surrogate",
                "{\"id\":\"c-1\",\"dateOfBirth\":\"2015-06-01\",\"name\":\"Ann\\udc00\"}", Child.class);
        failsAt("/name", "unpaired UTF-16 surrogate",
                "{\"id\":\"c-1\",\"dateOfBirth\":\"2015-06-01\",\"name\":\"\\ude00\\ud83d\"}", Child.class);
    }

    @Test
    void loneSurrogateAsACharacterOfTheTextIsRefusedAtItsPointer() {
        failsAt("/worries/1", "unpaired UTF-16 surrogate",
                "{\"childId\":\"c-1\",\"recordedOn\":\"2024-01-01\",\"worries\":[\"ok\",\"Ann\ud800e\"]}", ThreeHouses.class);
    }

    @Test
    void aPairedSurrogateIsText() {
        Child child = Child.builder().id("c-1").dateOfBirth(LocalDate.of(2015, 6, 1)).name("Ann\ud83d\ude00").build();
        assertEquals(child, Docs.JSON.read("{\"id\":\"c-1\",\"dateOfBirth\":\"2015-06-01\",\"name\":\"Ann\\ud83d\\ude00\"}",
                Child.class));
        assertEquals(child, Docs.JSON.read(Docs.JSON.write(child), Child.class));
    }

    @Test
    void theModelsBuilderRefusesItTooNamingTheFieldNotTheValue() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Child.builder().id("c-1")
                .dateOfBirth(LocalDate.of(2015, 6, 1)).name("Ann\ud800e").build());
        assertEquals("name", e.field());
        assertFalse(e.getMessage().contains("Ann"), e::getMessage);
    }
}
