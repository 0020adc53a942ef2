package dev.safeguarding.model.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.safeguarding.model.InvalidValueException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written checks behind the model's invariants give the answers of the simple definitions they
 * replace (a regular expression; a scan of every character for an unpaired surrogate).
 */
class ChecksTest {

    /** The regular expression the model's codes were matched with before {@link Checks#isCode}. */
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*");

    /** Letters, digits, both separators and characters a code may not hold, at both ends of each range. */
    private static final char[] ALPHABET = {'a', 'q', 'z', '0', '9', '-', '.', 'A', '_', ' ', 'é', '`', '{', '/', ':'};

    @Test
    void isCodeAgreesWithTheRegularExpressionOnEveryStringOfUpToFourCharactersOverAnAlphabetOfEdges() {
        int checked = 0;
        for (int length = 0; length <= 4; length++) {
            int[] digits = new int[length];
            while (true) {
                char[] chars = new char[length];
                for (int i = 0; i < length; i++) {
                    chars[i] = ALPHABET[digits[i]];
                }
                String candidate = new String(chars);
                assertEquals(CODE.matcher(candidate).matches(), Checks.isCode(candidate), candidate);
                checked++;
                int i = length - 1;
                while (i >= 0 && ++digits[i] == ALPHABET.length) {
                    digits[i--] = 0;
                }
                if (i < 0) {
                    break;
                }
            }
        }
        assertEquals(1 + 15 + 225 + 3375 + 50625, checked);
    }

    @Test
    void isCodeAcceptsTheLibrarysOwnIdentifiersAndRefusesTheirNearMisses() {
        for (String code : List.of("wt2023.assessment", "referral-received", "domestic-abuse", "norfolk.cads-feedback")) {
            assertEquals(true, Checks.isCode(code), code);
        }
        for (String notCode : List.of("", "2023.x", "a..b", "a-", "a.", "-a", "A", "a b", "a--b", "a-.b")) {
            assertEquals(false, Checks.isCode(notCode), notCode);
        }
    }

    @Test
    void textRefusesEveryUnpairedSurrogateWhereverItStandsAndAcceptsPairs() {
        String pair = "\ud83d\ude00";
        for (String text : List.of("", "Ann", "Zoë", pair, "a" + pair + "b", pair + pair, "日本")) {
            assertDoesNotThrow(() -> Checks.text("summary", text, "category", Optional.of(text), "ids", List.of(text)));
        }
        for (String notText : List.of("\ud800", "\udc00", "Ann\ud800e", "Ann\udc00e", "é\ud800", pair + "\ud800",
                pair + "\udc00", "\udc00\ud800", "\ud800" + pair, "ab\ud83d")) {
            InvalidValueException e = assertThrows(InvalidValueException.class,
                    () -> Checks.text("summary", "fine", "ids", List.of("fine", notText)));
            assertEquals("ids", e.field());
            InvalidValueException optional = assertThrows(InvalidValueException.class,
                    () -> Checks.text("category", Optional.of(notText)));
            assertEquals("category", optional.field());
        }
    }
}
