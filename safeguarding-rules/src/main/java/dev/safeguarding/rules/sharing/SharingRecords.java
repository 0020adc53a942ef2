package dev.safeguarding.rules.sharing;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.Severity;
import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.sharing.Consent;
import dev.safeguarding.model.sharing.RecordContent;
import dev.safeguarding.model.sharing.SharingAdvice;
import dev.safeguarding.model.sharing.SharingDecision;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The record of every sharing decision: which records stand once corrections are taken into account, and
 * checks of records against the guidance and against the advice given. Each check returns
 * {@link Finding}s (never throws for a record it can read), with messages free of personal data and of
 * the records' free text.
 *
 * <p>Records are immutable: a correction is a new {@link SharingDecision} whose
 * {@link SharingDecision#corrects()} names the record it corrects. Nothing is deleted; the records that
 * stand are those no other record corrects.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Information
 * Sharing" (golden rule 7), "Recording what we do and the decisions we take" and "Single Agency Record
 * Keeping" ("an internal audit trail").
 */
public final class SharingRecords {

    /** ERROR: the record lacks something the advice says it must contain; the path is the field. */
    public static final String CONTENT_MISSING = "sharing.record-content-missing";

    /** QUERY: the decision differs from the advice (share where the advice did not, or the other way). */
    public static final String DIFFERS_FROM_ADVICE = "sharing.decision-differs-from-advice";

    /** QUERY: consent was given but is recorded as not informed. */
    public static final String CONSENT_NOT_INFORMED = "sharing.consent-not-informed";

    /** QUERY: a child under 16 refused for themselves with no judgement of their competence recorded. */
    public static final String CHILD_REFUSAL_WITHOUT_BASIS = "sharing.child-refusal-without-basis";

    /** ERROR: two records have the same identifier. */
    public static final String DUPLICATE_ID = "sharing.duplicate-record-id";

    /** ERROR: a correction names a record that is not among those given. */
    public static final String CORRECTS_UNKNOWN_RECORD = "sharing.correction-of-unknown-record";

    /** QUERY: a record is corrected by more than one record. */
    public static final String CORRECTED_MORE_THAN_ONCE = "sharing.corrected-more-than-once";

    /** ERROR: corrections that go round in a circle. */
    public static final String CORRECTION_CYCLE = "sharing.correction-cycle";

    /** QUERY: a correction dated before the record it corrects. */
    public static final String CORRECTION_BEFORE_ORIGINAL = "sharing.correction-before-original";

    /** The golden rules (4: "base your judgement on the facts of the case"; 7: "Keep a record ...") and consent. */
    private static final SourcePassage INFORMATION_SHARING = SourcePassage.of(
            SharingProfiles.NORFOLK_CONTINUUM_OF_NEEDS_2023, "Information Sharing");
    private static final SourcePassage RECORDING = SourcePassage.of(
            SharingProfiles.NORFOLK_CONTINUUM_OF_NEEDS_2023, "Recording what we do and the decisions we take");

    private SharingRecords() {
    }

    /**
     * The records that stand: those that no other record among {@code records} corrects, in the order
     * given. Records in a circle of corrections all correct one another, so none of them stands (and
     * {@link #checkCorrections} reports the circle).
     */
    public static List<SharingDecision> current(List<SharingDecision> records) {
        Objects.requireNonNull(records, "records");
        Set<String> corrected = new HashSet<>();
        records.forEach(r -> r.corrects().ifPresent(corrected::add));
        return records.stream().filter(r -> !corrected.contains(r.id())).toList();
    }

    /**
     * Checks a list of records and their corrections: identifiers are unique (ERROR {@value #DUPLICATE_ID}),
     * every correction names a record in the list (ERROR {@value #CORRECTS_UNKNOWN_RECORD}), corrections do
     * not go round in a circle (ERROR {@value #CORRECTION_CYCLE}), a record is corrected at most once
     * (QUERY {@value #CORRECTED_MORE_THAN_ONCE}: two corrections of one record leave two versions standing)
     * and a correction is not dated before the record it corrects (QUERY
     * {@value #CORRECTION_BEFORE_ORIGINAL}). Paths are {@code <index>/<field>} into the list.
     */
    public static List<Finding> checkCorrections(List<SharingDecision> records) {
        Objects.requireNonNull(records, "records");
        List<Finding> findings = new ArrayList<>();
        Map<String, Integer> byId = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            if (byId.putIfAbsent(records.get(i).id(), i) != null) {
                findings.add(finding(Severity.ERROR, DUPLICATE_ID, i + "/id",
                        "Another record has the same identifier: each record of a decision needs its own.",
                        RECORDING));
            }
        }
        Map<String, Integer> corrections = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            SharingDecision record = records.get(i);
            if (record.corrects().isEmpty()) {
                continue;
            }
            String original = record.corrects().get();
            Integer at = byId.get(original);
            if (at == null) {
                findings.add(finding(Severity.ERROR, CORRECTS_UNKNOWN_RECORD, i + "/corrects",
                        "The record it corrects is not among the records given.", RECORDING));
                continue;
            }
            if (corrections.merge(original, 1, Integer::sum) == 2) {
                findings.add(finding(Severity.QUERY, CORRECTED_MORE_THAN_ONCE, i + "/corrects",
                        "The record it corrects has been corrected before: two versions of the decision now"
                                + " stand. Correct the latest correction instead.", RECORDING));
            }
            if (record.decidedOn().isBefore(records.get(at).decidedOn())) {
                findings.add(finding(Severity.QUERY, CORRECTION_BEFORE_ORIGINAL, i + "/decidedOn",
                        "The correction is dated before the record it corrects.", RECORDING));
            }
            if (inCycle(i, records, byId)) {
                findings.add(finding(Severity.ERROR, CORRECTION_CYCLE, i + "/corrects",
                        "Following the corrections from this record leads back to it.", RECORDING));
            }
        }
        return List.copyOf(findings);
    }

    /**
     * Checks a record of a decision against the advice it followed: each content the advice's
     * {@linkplain SharingAdvice#record() record} requires and the record lacks is an ERROR
     * {@value #CONTENT_MISSING} at the field that should hold it (what was shared, with whom, for what
     * purpose and on what basis are required only of a decision to share, except that a decision not to
     * share where the advice was to respect a refusal refers to the refusal as its basis); a decision that differs from the advice is a QUERY
     * {@value #DIFFERS_FROM_ADVICE} at {@code share}: it may be right, as advice supports judgement, but its
     * reasons should show why. What a record holds is the model's one check, shared with the builder of
     * {@code SharingDecision} and its Bean Validation constraint {@code DecisionRecorded} (golden rule 7).
     */
    public static List<Finding> check(SharingAdvice advice, SharingDecision decision) {
        Objects.requireNonNull(advice, "advice");
        Objects.requireNonNull(decision, "decision");
        List<Finding> findings = new ArrayList<>();
        for (RecordContent content : advice.record().contents()) {
            if (!holds(advice, decision, content)) {
                findings.add(finding(Severity.ERROR, CONTENT_MISSING, content.field(),
                        "The record must hold: " + content.label() + ".", INFORMATION_SHARING));
            }
        }
        if (advice.permitsSharing() && !decision.share()) {
            findings.add(finding(Severity.QUERY, DIFFERS_FROM_ADVICE, "share",
                    "The advice was to " + advice.action().label().toLowerCase(Locale.ROOT)
                            + " and the decision is not to share: the reasons should show the judgement on the"
                            + " facts of the case.", INFORMATION_SHARING));
        } else if (!advice.permitsSharing() && decision.share()) {
            findings.add(finding(Severity.QUERY, DIFFERS_FROM_ADVICE, "share",
                    "The advice was to " + advice.action().label().toLowerCase(Locale.ROOT)
                            + " and the decision is to share: the reasons should show the basis.", INFORMATION_SHARING));
        }
        return List.copyOf(findings);
    }

    /**
     * Checks a record of consent: consent given but not informed is a QUERY {@value #CONSENT_NOT_INFORMED}
     * at {@code informed} ("Consent means that the family is fully informed about the services they are being
     * referred to, agree with the referral being made and understand what information professionals are
     * passing on and why"); a child under 16's own refusal with no judgement of their competence is a QUERY
     * {@value #CHILD_REFUSAL_WITHOUT_BASIS} at {@code childBasis} (the refusal is recorded as the child's wish
     * even before that judgement; "Mental capacity includes asking for consent for children under 16 in line with
     * Gillick competence and Fraser Guidelines"; the library's reading). The same rules are the Bean Validation
     * constraints {@code ConsentInformed} and {@code ChildsRefusalJudged} of {@code Consent} (group
     * {@code Complete}): one check, in the model, serves both.
     *
     * @throws NullPointerException if {@code consent} is null
     */
    public static List<Finding> check(Consent consent) {
        return Objects.requireNonNull(consent, "consent").check();
    }

    private static boolean holds(SharingAdvice advice, SharingDecision decision, RecordContent content) {
        // a decision not to share needs a basis only where the advice was to respect a refusal
        return decision.holds(content)
                || content == RecordContent.BASIS && !decision.share() && advice.permitsSharing();
    }

    private static boolean inCycle(int start, List<SharingDecision> records, Map<String, Integer> byId) {
        Set<Integer> seen = new HashSet<>();
        Integer at = start;
        while (at != null && seen.add(at)) {
            at = records.get(at).corrects().map(byId::get).orElse(null);
            if (at != null && at == start) {
                return true;
            }
        }
        return false;
    }

    private static Finding finding(Severity severity, String code, String path, String message,
            SourcePassage source) {
        return Finding.of(severity, code, path, message, source);
    }
}
