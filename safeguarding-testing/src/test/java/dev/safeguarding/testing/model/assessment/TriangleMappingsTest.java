package dev.safeguarding.testing.model.assessment;

import static dev.safeguarding.model.need.AssessmentDimension.BASIC_CARE;
import static dev.safeguarding.model.need.AssessmentDimension.EMOTIONAL_WARMTH;
import static dev.safeguarding.model.need.AssessmentDimension.ENSURING_SAFETY;
import static dev.safeguarding.model.need.AssessmentDimension.INCOME;
import static dev.safeguarding.model.need.AssessmentDimension.STIMULATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.assessment.MyWorldItem;
import dev.safeguarding.model.assessment.MyWorldSide;
import dev.safeguarding.model.flourish.FlourishDomain;
import dev.safeguarding.model.need.AssessmentDimension;
import dev.safeguarding.model.need.AssessmentDomain;
import dev.safeguarding.testing.Property;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The dimensions know their domains, and the library's two documented mappings (My World items to
 * dimensions, Flourish domains to dimensions) leave nothing out in either direction, so that one record
 * can be shown in any of the three views.
 */
class TriangleMappingsTest {

    @Test
    void everyDimensionKnowsItsDomainAndEachDomainListsItsOwn() {
        assertEquals(7, AssessmentDomain.CHILDS_DEVELOPMENTAL_NEEDS.dimensions().size());
        assertEquals(6, AssessmentDomain.PARENTING_CAPACITY.dimensions().size());
        assertEquals(7, AssessmentDomain.FAMILY_AND_ENVIRONMENTAL_FACTORS.dimensions().size());
        Property.forEvery(List.of(AssessmentDimension.values()), dimension -> {
            assertTrue(dimension.domain().dimensions().contains(dimension));
            assertEquals(dimension.domain() == AssessmentDomain.PARENTING_CAPACITY, dimension.isParentingCapacity());
        });
    }

    @Test
    void everyMyWorldItemCoversAtLeastOneDimension() {
        Property.forEvery(List.of(MyWorldItem.values()), item -> assertFalse(item.dimensions().isEmpty()));
    }

    @Test
    void everyDimensionIsCoveredByAtLeastOneMyWorldItemAndCoveringIsTheInverse() {
        Property.forEvery(List.of(AssessmentDimension.values()), dimension -> {
            Set<MyWorldItem> items = MyWorldItem.covering(dimension);
            assertFalse(items.isEmpty(), () -> dimension + " has no My World item");
            for (MyWorldItem item : MyWorldItem.values()) {
                assertEquals(item.dimensions().contains(dimension), items.contains(item));
            }
        });
    }

    @Test
    void theSidesCorrespondToTheDomainsAndHoldSevenFourAndSevenItems() {
        assertEquals(AssessmentDomain.FAMILY_AND_ENVIRONMENTAL_FACTORS, MyWorldSide.MY_WIDER_WORLD.domain());
        assertEquals(AssessmentDomain.PARENTING_CAPACITY, MyWorldSide.WHAT_I_NEED_FROM_PEOPLE_WHO_LOOK_AFTER_ME.domain());
        assertEquals(AssessmentDomain.CHILDS_DEVELOPMENTAL_NEEDS, MyWorldSide.HOW_I_GROW_AND_DEVELOP.domain());
        assertEquals(List.of(7L, 4L, 7L), Arrays.stream(MyWorldSide.values())
                .map(side -> Arrays.stream(MyWorldItem.values()).filter(i -> i.side() == side).count()).toList());
    }

    /** Most items cover dimensions of their side's domain; the exceptions are the ones the Javadoc names. */
    @Test
    void itemsCoverTheirSidesDomainExceptWhereDocumented() {
        Set<MyWorldItem> documentedExceptions = EnumSet.of(MyWorldItem.SCHOOL,
                MyWorldItem.UNDERSTANDING_MY_FAMILYS_HISTORY_BACKGROUND_AND_BELIEFS);
        for (MyWorldItem item : MyWorldItem.values()) {
            boolean onOwnSide = item.dimensions().stream().allMatch(d -> d.domain() == item.side().domain());
            assertEquals(!documentedExceptions.contains(item), onOwnSide, item::name);
        }
    }

    @Test
    void theMappingReadsTheItemsPlainly() {
        assertEquals(Set.of(INCOME), MyWorldItem.ENOUGH_MONEY.dimensions());
        assertEquals(Set.of(BASIC_CARE, ENSURING_SAFETY, EMOTIONAL_WARMTH, STIMULATION),
                MyWorldItem.EVERYDAY_CARE_AND_HELP.dimensions());
    }

    @Test
    void everyFlourishDomainCoversADimensionAndEveryDimensionFallsInADomain() {
        Property.forEvery(List.of(FlourishDomain.values()), domain -> assertFalse(domain.dimensions().isEmpty()));
        Property.forEvery(List.of(AssessmentDimension.values()), dimension -> {
            Set<FlourishDomain> domains = FlourishDomain.covering(dimension);
            assertFalse(domains.isEmpty(), () -> dimension + " falls in no Flourish domain");
            for (FlourishDomain domain : FlourishDomain.values()) {
                assertEquals(domain.dimensions().contains(dimension), domains.contains(domain));
            }
        });
        assertEquals(Set.of(EMOTIONAL_WARMTH), FlourishDomain.UNDERSTOOD.dimensions());
        assertEquals(Set.of(AssessmentDimension.HEALTH, BASIC_CARE), FlourishDomain.HEALTHY.dimensions());
    }
}
