package dev.safeguarding.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.chronology.CaseRecord;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.people.FamilyMember;
import dev.safeguarding.rules.synthetic.SyntheticCaseload;
import dev.safeguarding.testing.ModelGen;
import dev.safeguarding.testing.Property;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * {@link SafeguardingJson#read(byte[], Class)} reads UTF-8 bytes as {@link SafeguardingJson#read(String, Class)}
 * reads their text: the same values, the same errors at the same pointers, whether the bytes are ASCII (parsed as
 * they are) or not; bytes that are not UTF-8 are bad input, named by place and never quoted.
 */
class ReadingBytesTest {

    private static final SafeguardingJson JSON = SafeguardingJson.standard();

    @Test
    void bytesAsTheFormatWritesThemReadBackToTheSameValue() {
        Property.forAll(ModelGen.familyMembers(), member -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            JSON.write(member, out);
            byte[] utf8 = out.toByteArray();
            assertEquals(member, JSON.read(utf8, FamilyMember.class));
            assertEquals(JSON.read(new String(utf8, StandardCharsets.UTF_8), FamilyMember.class),
                    JSON.read(utf8, FamilyMember.class));
        });
    }

    @Test
    void aSyntheticCaseRecordReadsTheSameFromItsAsciiBytesAsFromItsText() {
        CaseRecord record = SyntheticCaseload.of(3L, LocalDate.of(2023, 4, 1), LocalDate.of(2025, 3, 31)).cases(1)
                .findFirst().orElseThrow();
        String text = JSON.write(record);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertEquals(text.length(), bytes.length, "written as ASCII");
        assertEquals(record, JSON.read(bytes, CaseRecord.class));
    }

    @Test
    void textBeyondAsciiIsDecodedAndRead() {
        String text = "{\"id\":\"c-1\",\"dateOfBirth\":\"2015-06-01\",\"name\":\"Zo\u00eb \u5f20 \ud83d\ude00\"}";
        Child child = JSON.read(text.getBytes(StandardCharsets.UTF_8), Child.class);
        assertEquals(JSON.read(text, Child.class), child);
        assertEquals("Zo\u00eb \u5f20 \ud83d\ude00", child.name().orElseThrow());
    }

    @Test
    void anErrorIsTheSameFromBytesAsFromText() {
        for (String text : new String[] {
                "{\"id\":\"c-1\",\"dateOfBirth\":\"2015-02-30\"}",
                "{\"id\":\"c-1\",\"dateOfBirth\":\"2015-06-01\",\"nickname\":\"Zo\u00eb\"}",
                "{\"id\":\"c-1\",\"dateOfBirth\":\"2015-06-01\"",
                "[1, 2]"}) {
            SafeguardingJsonException fromText = assertThrows(SafeguardingJsonException.class,
                    () -> JSON.read(text, Child.class));
            SafeguardingJsonException fromBytes = assertThrows(SafeguardingJsonException.class,
                    () -> JSON.read(text.getBytes(StandardCharsets.UTF_8), Child.class));
            assertEquals(fromText.path(), fromBytes.path(), text);
            assertEquals(fromText.getMessage(), fromBytes.getMessage(), text);
        }
    }

    @Test
    void bytesThatAreNotUtf8AreBadInputNamedByPlaceNotQuoted() {
        byte[] prefix = "{\"id\":\"c-1\",\"dateOfBirth\":\"2015-06-01\",\"name\":\"Ann".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[prefix.length + 3];
        System.arraycopy(prefix, 0, bad, 0, prefix.length);
        bad[prefix.length] = (byte) 0xC3;   // a lead byte with no continuation
        bad[prefix.length + 1] = '"';
        bad[prefix.length + 2] = '}';
        SafeguardingJsonException e = assertThrows(SafeguardingJsonException.class,
                () -> JSON.read(bad, Child.class));
        assertEquals("", e.path());
        assertTrue(e.getMessage().contains("not valid UTF-8, from byte " + (prefix.length + 1)), e.getMessage());
        assertFalse(e.getMessage().contains("Ann"), e.getMessage());
    }

    @Test
    void nullBytesOrTypeAreACallersError() {
        assertThrows(NullPointerException.class, () -> JSON.read((byte[]) null, Child.class));
        assertThrows(NullPointerException.class, () -> JSON.read(new byte[0], null));
    }
}
