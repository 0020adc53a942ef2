package dev.safeguarding.examples;

import dev.safeguarding.json.SafeguardingJson;
import dev.safeguarding.model.Finding;
import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.people.AgencyType;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.people.Contributor;
import dev.safeguarding.model.people.Practitioner;
import dev.safeguarding.model.sharing.ConsentStatus;
import dev.safeguarding.model.sharing.GoldenRule;
import dev.safeguarding.model.sharing.PersonAtRisk;
import dev.safeguarding.model.sharing.RecordContent;
import dev.safeguarding.model.sharing.SharingAdvice;
import dev.safeguarding.model.sharing.SharingDecision;
import dev.safeguarding.model.sharing.SharingQuality;
import dev.safeguarding.model.sharing.SharingQuestion;
import dev.safeguarding.model.sharing.SharingStatement;
import dev.safeguarding.rules.sharing.InformationSharingAdvisor;
import dev.safeguarding.rules.sharing.SharingRecords;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The school in Ofsted's commentary that "reported to an inspector that they could not share information
 * about domestic abuse unless they had the parents' permission", walked through the information-sharing
 * advisor: the advice, the golden rules it rests on, and the record the decision requires; then the record
 * itself, checked against the advice, and a correction.
 *
 * <p>Run it with {@code mvn -q -Pexample -Dexample=InformationSharingExample -DskipTests package}.
 *
 * <p>Every person in it is made up. Dates are fixed, never read from the clock, so the example prints the
 * same thing every time.
 *
 * <p>Sources: Ofsted, <i>Social care commentary: multi-agency safeguarding arrangements</i>, "Good systems
 * for information sharing which professionals are confident and knowledgeable about"; NSCP, <i>Norfolk
 * Guidance to Understanding Continuum of Needs</i> (2023), "Information Sharing".
 */
public final class InformationSharingExample {

    private InformationSharingExample() {
    }

    /** Prints the walk-through to standard output. */
    public static void main(String[] args) {
        PrintStream out = System.out;
        InformationSharingAdvisor advisor = InformationSharingAdvisor.norfolk2023();

        heading(out, "1. The situation");
        out.println("A nine-year-old tells her class teacher that her father hits her mother at home. The school's");
        out.println("designated safeguarding lead believes the school cannot share this without the parents'");
        out.println("permission. The parents have not been asked: asking could put the child, and her mother, at");
        out.println("greater risk of harm.");
        SharingQuestion question = SharingQuestion.builder()
                .consent(ConsentStatus.NOT_SOUGHT)
                .addAtRiskIfConsentSought(PersonAtRisk.CHILD, PersonAtRisk.SOMEONE_ELSE)
                .build();

        heading(out, "2. The advice");
        SharingAdvice advice = advisor.advise(question);
        out.println("Advice: " + advice.action().label());
        out.println("Reasons to share without consent: " + advice.reasonsWithoutConsent().stream()
                .map(r -> r.label()).collect(Collectors.joining("; ")));
        out.println("Because:");
        advice.reasons().forEach(reason -> bullet(out, reason));
        out.println("Consider:");
        advice.considerations().forEach(consideration -> bullet(out, consideration));
        out.println("Resting on the golden rules:");
        for (GoldenRule rule : advice.goldenRules()) {
            out.println("  " + rule.number() + ". " + rule.label());
        }
        out.println(advice.professionalJudgement().text());

        heading(out, "3. The record the decision requires");
        out.println("Whatever is decided, keep a record. It must hold:");
        for (RecordContent content : advice.record().contents()) {
            out.println("  - " + content.label());
        }
        out.println("Because:");
        advice.record().statements().forEach(statement -> bullet(out, statement));

        heading(out, "4. The record of the decision");
        Child child = Child.born("pupil-0417", LocalDate.of(2016, 11, 5));
        Agency school = Agency.of("school-31", "Made-up Primary School", AgencyType.EDUCATION);
        Agency cads = Agency.of("cads", "Children's Advice and Duty Service", AgencyType.LOCAL_AUTHORITY);
        Practitioner dsl = Practitioner.of("dsl-31", "Designated safeguarding lead", school);
        SharingDecision record = SharingDecision.builder()
                .id("school-31/share/2026-0012")
                .child(child)
                .share(true)
                .information("The pupil's account of her father hitting her mother, in her own words, and the"
                        + " school's observations of her this term")
                .addRecipient(cads)
                .purpose("A consultation with CADS about the pupil's safety")
                .reasonsWithoutConsent(advice.reasonsWithoutConsent())
                .qualities(EnumSet.allOf(SharingQuality.class))
                .reasons("Telling the parents before the consultation could put the pupil and her mother at"
                        + " greater risk of harm; consent was not sought for that reason.")
                .decidedBy(Contributor.practitioner(dsl))
                .decidedOn(LocalDate.of(2026, 3, 2))
                .build();
        out.println(record);
        printFindings(out, SharingRecords.check(advice, record));

        out.println();
        out.println("Had the school recorded a decision not to share, the record would be queried:");
        SharingDecision notShared = SharingDecision.builder()
                .id("school-31/share/2026-0011")
                .child(child)
                .share(false)
                .reasons("We believed we needed the parents' permission.")
                .decidedBy(Contributor.practitioner(dsl))
                .decidedOn(LocalDate.of(2026, 3, 2))
                .build();
        printFindings(out, SharingRecords.check(advice, notShared));

        heading(out, "5. A correction is a new record");
        SharingDecision correction = SharingDecision.builder()
                .from(record)
                .id("school-31/share/2026-0013")
                .corrects(record.id())
                .reasons("Corrected: the consultation with CADS was by telephone on the day of the disclosure;"
                        + " telling the parents could put the pupil and her mother at greater risk of harm.")
                .build();
        List<SharingDecision> records = List.of(record, correction);
        out.println("Records kept:     " + records.stream().map(SharingDecision::id).toList());
        out.println("Records standing: " + SharingRecords.current(records).stream().map(SharingDecision::id)
                .toList());
        printFindings(out, SharingRecords.checkCorrections(records));

        heading(out, "6. The corrected record as JSON");
        out.println(SafeguardingJson.standard().writePretty(correction));
    }

    private static void printFindings(PrintStream out, List<Finding> findings) {
        if (findings.isEmpty()) {
            out.println("Checks: nothing to put right or look at.");
        }
        for (Finding finding : findings) {
            out.println("  " + finding.severity().label() + " " + finding.code() + " at " + finding.path() + ": "
                    + finding.message());
        }
    }

    private static void bullet(PrintStream out, SharingStatement statement) {
        out.println("  - " + statement.text());
        out.println("    [" + statement.source()
                + (statement.goldenRules().isEmpty() ? ""
                        : (statement.goldenRules().size() == 1 ? "; golden rule " : "; golden rules ")
                        + statement.goldenRules().stream()
                        .map(r -> String.valueOf(r.number())).collect(Collectors.joining(", ")))
                + "]");
    }

    private static void heading(PrintStream out, String title) {
        out.println();
        out.println(title);
        out.println("=".repeat(title.length()));
    }
}
