package dev.safeguarding.rules.privacy;

import dev.safeguarding.model.chronology.CaseRecord;
import dev.safeguarding.model.chronology.Chronology;
import dev.safeguarding.model.chronology.ChronologyEntry;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Identifiers replaced by stable pseudonyms under a key the caller keeps: the same identifier always gives
 * the same pseudonym under the same key, so records of one child still link up in a research extract, while
 * no one without the key can work back from the pseudonym or make the pseudonym of a known identifier.
 *
 * <pre>{@code
 * Pseudonymiser pseudonymiser = Pseudonymiser.withKey(key);     // 32 random bytes the partnership keeps secret
 * pseudonymiser.pseudonym("child-0042");                        // "p-5b1e...", 32 hexadecimal digits after "p-"
 * CaseRecord extract = pseudonymiser.deidentify(record);        // identifiers, dates of birth and free text dealt with
 * }</pre>
 *
 * <p>The pseudonym is {@code p-} and the first 128 bits, in lower-case hexadecimal, of HMAC-SHA256 (RFC 2104
 * with SHA-256, from the JDK) of the identifier's UTF-8 bytes under the key. The key must be at least 16
 * bytes; 32 random bytes (the size of SHA-256's output) is the usual choice. A different key gives unrelated
 * pseudonyms, so a partnership uses one key per extract it wants to be linkable, and a new key for one it
 * does not. The key is copied and never shown ({@link #toString()} does not hold it).
 *
 * <p>The seeds say nothing of research extracts: pseudonymisation under a keyed hash is the library's
 * answer to "identifiers replaced by stable pseudonyms", not a method the guidance prescribes; a
 * partnership's information governance decides what may leave it.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class Pseudonymiser {

    private static final String ALGORITHM = "HmacSHA256";
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** The shortest key accepted, in bytes. */
    public static final int MINIMUM_KEY_LENGTH = 16;

    private final Mac prototype;
    private final SecretKeySpec key;

    private Pseudonymiser(SecretKeySpec key) {
        this.key = key;
        this.prototype = newMac(key);
    }

    /**
     * Pseudonyms under {@code key}, which is copied.
     *
     * @throws NullPointerException     if {@code key} is null
     * @throws IllegalArgumentException if {@code key} is shorter than {@value #MINIMUM_KEY_LENGTH} bytes
     */
    public static Pseudonymiser withKey(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length < MINIMUM_KEY_LENGTH) {
            throw new IllegalArgumentException("key: must be at least " + MINIMUM_KEY_LENGTH + " bytes");
        }
        byte[] copy = key.clone();
        try {
            return new Pseudonymiser(new SecretKeySpec(copy, ALGORITHM));
        } finally {
            Arrays.fill(copy, (byte) 0);
        }
    }

    /**
     * The pseudonym of {@code identifier}: {@code p-} and 32 lower-case hexadecimal digits, the same for the
     * same identifier under the same key.
     *
     * @throws NullPointerException if {@code identifier} is null
     */
    public String pseudonym(String identifier) {
        Objects.requireNonNull(identifier, "identifier");
        byte[] digest = mac().doFinal(identifier.getBytes(StandardCharsets.UTF_8));
        char[] text = new char[2 + 32];
        text[0] = 'p';
        text[1] = '-';
        for (int i = 0; i < 16; i++) {
            text[2 + 2 * i] = HEX[(digest[i] >> 4) & 0xf];
            text[3 + 2 * i] = HEX[digest[i] & 0xf];
        }
        return new String(text);
    }

    /**
     * {@code record} for a research extract:
     * <ul>
     *   <li>the identifiers of the record, the child and the chronology's entries replaced by their
     *       pseudonyms (those of agencies, which are not personal data, are kept);</li>
     *   <li>the child's date of birth or expected date of delivery moved to the first day of its month, and
     *       the child's name dropped ({@link Privacy#toMonthOfBirth});</li>
     *   <li>every free text dropped: each entry's summary, significance and child's view (the view's text is
     *       free text, and it names who recorded it).</li>
     * </ul>
     * Dates of events, kinds, codes, agencies and the decisions about the level of need are kept: the
     * analytics need them. Coarsening them further is the researcher's choice.
     *
     * @throws NullPointerException if {@code record} is null
     */
    public CaseRecord deidentify(CaseRecord record) {
        Objects.requireNonNull(record, "record");
        String childId = pseudonym(record.child().id());
        List<ChronologyEntry> entries = new ArrayList<>(record.chronology().entries().size());
        for (ChronologyEntry entry : record.chronology().entries()) {
            entries.add(ChronologyEntry.builder(entry)
                    .id(pseudonym(entry.id()))
                    .summary(Optional.empty())
                    .significance(Optional.empty())
                    .childsView(Optional.empty())
                    .build());
        }
        return CaseRecord.builder(record)
                .id(pseudonym(record.id()))
                .child(Privacy.toMonthOfBirth(record.child(), childId))
                .chronology(Chronology.of(childId, entries))
                .build();
    }

    /** The algorithm only; never the key. */
    @Override
    public String toString() {
        return "Pseudonymiser{HMAC-SHA256}";
    }

    private Mac mac() {
        try {
            return (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            return newMac(key);
        }
    }

    private static Mac newMac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("key: not usable for " + ALGORITHM, null);
        } catch (GeneralSecurityException e) {
            // every Java platform must provide HmacSHA256 (java.security.Security standard names)
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        }
    }
}
