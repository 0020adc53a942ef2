package dev.safeguarding.rules.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.safeguarding.model.sharing.GoldenRule;
import dev.safeguarding.model.sharing.SharingAdviceCode;
import dev.safeguarding.model.sharing.SharingProfile;
import dev.safeguarding.model.sharing.SharingStatement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The Norfolk profile quotes its sources: for each statement, a passage the statement holds and the seed
 * holds word for word, and the statement's golden rules. Runs where the seeds sit beside the checkout (the
 * guidance texts of {@code docs/sources.md}); elsewhere the quoting is skipped.
 */
class SharingProfilesTest {

    private static final SharingProfile NORFOLK = SharingProfiles.norfolk2023();

    /** A passage of each statement that is the guidance's own wording. */
    private static final Map<SharingAdviceCode, String> QUOTED = new EnumMap<>(Map.ofEntries(
            Map.entry(SharingAdviceCode.CONSENT_GIVEN, "Consent means that the family is fully informed about the"
                    + " services they are being referred to, agree with the referral being made and understand what"
                    + " information professionals are passing on and why."),
            Map.entry(SharingAdviceCode.SEEK_CONSENT_FIRST, "In general, conversations about what is worrying you"
                    + " happens with the family first to test if they share your worries and assess what help they"
                    + " need."),
            Map.entry(SharingAdviceCode.CONSENT_FROM_THE_START, "it is a voluntary process and be specific about"
                    + " what you are going to be talking to them about and what you are looking for."),
            Map.entry(SharingAdviceCode.CHILD_CONSENT, "Mental capacity includes asking for consent for children"
                    + " under 16 in line with Gillick competence and Fraser Guidelines"),
            Map.entry(SharingAdviceCode.SEEKING_CONSENT_WOULD_INCREASE_RISK, "at increased risk of suffering harm"),
            Map.entry(SharingAdviceCode.SERIOUS_CRIME_INVESTIGATION,
                    "undermine the investigation of a serious crime"),
            Map.entry(SharingAdviceCode.DELAY_WOULD_PUT_CHILD_AT_RISK, "a delay in getting consent may mean the"
                    + " child or young person is put at further risk of harm"),
            Map.entry(SharingAdviceCode.IMMEDIATE_RISK_OF_HARM, "If you have immediate concerns for a child's"
                    + " safety, you should call 999 for an emergency response."),
            Map.entry(SharingAdviceCode.SAFETY_OVERRIDES_REFUSAL, "you may still share information without consent"
                    + " if, in your judgement, there is good reason to do so, such as where safety may be at risk."),
            Map.entry(SharingAdviceCode.SAFETY_AND_WELL_BEING, "Base your information sharing decisions on"
                    + " considerations of the safety and well-being of the individual and others who may be affected"
                    + " by their actions."),
            Map.entry(SharingAdviceCode.DATA_PROTECTION_NOT_A_BARRIER, "Data Protection Act 2018 and human rights law"
                    + " are not barriers to justified information sharing, but provide a framework to ensure that"
                    + " personal information about living individuals is shared appropriately."),
            Map.entry(SharingAdviceCode.FEARS_MUST_NOT_STAND_IN_THE_WAY, "Fears about sharing information must not"
                    + " be allowed to stand in the way of the need to promote the welfare, and protect the safety, of"
                    + " children, which must always be the paramount concern"),
            Map.entry(SharingAdviceCode.RESPECT_REFUSAL, "where possible, respect the wishes of those who do not"
                    + " consent to share confidential information."),
            Map.entry(SharingAdviceCode.REFUSAL_NOT_A_REASON_TO_ESCALATE, "Refusal to give consent to share"
                    + " information or to engage with services should not be seen in isolation as a reason to"
                    + " escalate concerns to the next level. This is more likely to alienate the family than secure"
                    + " cooperation."),
            Map.entry(SharingAdviceCode.CHILD_PROTECTION_REFERRAL, "This includes making a child protection referral"
                    + " where a delay in getting consent may mean the child or young person is put at further risk of"
                    + " harm."),
            Map.entry(SharingAdviceCode.ENGAGE_POSITIVELY, "have a responsibility to endeavour to engage positively"
                    + " with the family they intend to refer"),
            Map.entry(SharingAdviceCode.SEEK_ADVICE, "Seek advice from other practitioners if you are in any doubt"
                    + " about sharing the information concerned, without disclosing the identity of the individual"
                    + " where possible."),
            Map.entry(SharingAdviceCode.PURPOSE_NOT_SAFEGUARDING, "when it comes to protecting children"),
            Map.entry(SharingAdviceCode.CLARIFY_WITH_THE_AGENCY, "Any professional ambiguity should be clarified"
                    + " with the relevant agency to ensure that investigations or proceedings are not compromised."),
            Map.entry(SharingAdviceCode.MIGHT_NOT_EXPECT_SHARING, "be mindful that an individual might not expect"
                    + " information to be shared."),
            Map.entry(SharingAdviceCode.NECESSARY_AND_PROPORTIONATE, "Ensure that the information you share is"
                    + " necessary for the purpose for which you are sharing it, is shared only with those individuals"
                    + " who need to have it, is accurate and up-to-date, is shared in a timely fashion, and is shared"
                    + " securely"),
            Map.entry(SharingAdviceCode.RECORD_THE_DECISION, GoldenRule.KEEP_A_RECORD.text()),
            Map.entry(SharingAdviceCode.RECORDING_WHAT_WE_DO, "in order to show that conversations took place and"
                    + " what was agreed."),
            Map.entry(SharingAdviceCode.RECORD_THE_CONSENT, "Mental capacity includes asking for consent"),
            Map.entry(SharingAdviceCode.SINGLE_AGENCY_RECORD, "Individual agencies should keep a written record of"
                    + " their concerns and action taken, e.g. phoning CADS, on their own database"),
            Map.entry(SharingAdviceCode.PROFESSIONAL_JUDGEMENT,
                    "base your judgement on the facts of the case")));

    @Test
    void everyCodeHasAQuotedPassageInItsStatement() {
        for (SharingAdviceCode code : SharingAdviceCode.values()) {
            String quote = QUOTED.get(code);
            assertTrue(quote != null, () -> "no quotation pinned for " + code.code());
            if (code != SharingAdviceCode.RECORD_THE_CONSENT && code != SharingAdviceCode.PURPOSE_NOT_SAFEGUARDING) {
                assertContainsIgnoringCase(NORFOLK.statement(code).text(), quote);
            }
        }
    }

    @Test
    void theQuotedPassagesAreTheSeedsWords() throws IOException {
        Optional<Path> shared = findShared(Path.of("").toAbsolutePath());
        assumeTrue(shared.isPresent(), "the guidance texts (docs/sources.md) are not beside this checkout");
        String norfolk = normalise(Files.readString(shared.get().resolve("seeds/001_d13a28f887039513.txt")));
        String framework = normalise(Files.readString(shared.get().resolve("seeds/000_8c02fb770f369b6e.txt")));
        for (Map.Entry<SharingAdviceCode, String> quote : QUOTED.entrySet()) {
            String seed = quote.getKey() == SharingAdviceCode.FEARS_MUST_NOT_STAND_IN_THE_WAY ? framework : norfolk;
            assertContainsIgnoringCase(seed, normalise(quote.getValue()));
        }
    }

    @Test
    void statementsCiteTheGoldenRulesTheyQuote() {
        assertEquals(java.util.Set.of(GoldenRule.SEEK_ADVICE), rules(SharingAdviceCode.SEEK_ADVICE));
        assertEquals(java.util.Set.of(GoldenRule.DATA_PROTECTION_IS_NOT_A_BARRIER),
                rules(SharingAdviceCode.DATA_PROTECTION_NOT_A_BARRIER));
        assertEquals(java.util.Set.of(GoldenRule.KEEP_A_RECORD), rules(SharingAdviceCode.RECORD_THE_DECISION));
        assertEquals(java.util.Set.of(GoldenRule.NECESSARY_PROPORTIONATE_RELEVANT_ADEQUATE_ACCURATE_TIMELY_AND_SECURE),
                rules(SharingAdviceCode.NECESSARY_AND_PROPORTIONATE));
        assertTrue(rules(SharingAdviceCode.REFUSAL_NOT_A_REASON_TO_ESCALATE).isEmpty(),
                "Norfolk's own guidance, not a golden rule");
        for (SharingStatement statement : NORFOLK.statements()) {
            for (GoldenRule rule : statement.goldenRules()) {
                assertTrue(rule.number() >= 1 && rule.number() <= 7);
            }
        }
    }

    private static java.util.Set<GoldenRule> rules(SharingAdviceCode code) {
        return NORFOLK.statement(code).goldenRules();
    }

    private static void assertContainsIgnoringCase(String text, String quote) {
        String flat = text.replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
        assertTrue(flat.contains(quote.replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT)),
                () -> "not found: " + quote);
    }

    private static String normalise(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'');
    }

    private static Optional<Path> findShared(Path from) {
        for (Path dir = from; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared");
            if (Files.isRegularFile(candidate.resolve("seeds/001_d13a28f887039513.txt"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
