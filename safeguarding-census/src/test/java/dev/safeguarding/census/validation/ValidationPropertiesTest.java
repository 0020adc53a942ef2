package dev.safeguarding.census.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.census.CensusChild;
import dev.safeguarding.census.CensusGen;
import dev.safeguarding.census.CollectionYear;
import dev.safeguarding.model.Finding;
import dev.safeguarding.testing.Gen;
import dev.safeguarding.testing.Property;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The validator on arbitrary census data (the census generator's children, any mix of present and absent
 * items): it never fails, reports only rules of its year with their own message and severity, at paths in
 * the child it was given, and a message never holds a value of the record (issue 15: "message never
 * holding a value").
 */
class ValidationPropertiesTest {

    @Test
    void anyChildIsValidatedWithFindingsOfItsYearAtItsOwnPaths() {
        Gen<Object[]> cases = random -> new Object[] {CensusGen.children().generate(random),
            CollectionYear.values()[random.nextInt(CollectionYear.values().length)], 1 + random.nextInt(500)};
        Property.forAll(300, cases, c -> {
            CensusChild child = (CensusChild) c[0];
            CollectionYear year = (CollectionYear) c[1];
            int position = (Integer) c[2];
            for (Finding finding : WorkingDayRulesTest.validator(year).validate(position, child)) {
                CensusRule rule = CensusRule.fromCode(finding.code()).orElseThrow();
                assertTrue(rule.appliesIn(year), finding.code());
                assertEquals(rule.message(year), finding.message());
                assertEquals(rule.severity(), finding.severity());
                assertTrue(finding.path().startsWith("Message/Children/Child[" + position + "]/"), finding.path());
            }
        });
    }

    @Test
    void aWholeMessageIsValidatedWithTheSameFindingsWhetherInMemoryOrStreamed() {
        Property.forAll(60, CensusGen.messages(), message -> {
            CensusValidator validator = WorkingDayRulesTest.validator(CollectionYear.CIN_2025_26);
            List<Finding> all = validator.validate(message);
            CensusValidator.Pass pass = validator.start(message.header());
            List<Finding> streamed = new ArrayList<>(pass.headerFindings());
            message.children().forEach(child -> streamed.addAll(pass.accept(child)));
            streamed.addAll(pass.finish());
            assertEquals(all, streamed);
            assertEquals(message.children().size(), pass.childrenAccepted());
            for (Finding finding : all) {
                assertTrue(finding.path().startsWith("Message/"), finding.path());
            }
        });
    }
}
