package dev.safeguarding.testing.model.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.InvalidValueException;
import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.people.AgencyType;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.people.Contributor;
import dev.safeguarding.model.people.ContributorKind;
import dev.safeguarding.model.people.FamilyMember;
import dev.safeguarding.model.people.FamilyRelationship;
import dev.safeguarding.model.people.Practitioner;
import dev.safeguarding.testing.ModelGen;
import dev.safeguarding.testing.Property;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeopleTest {

    private static final Agency HEALTH = Agency.of("nchc", "Norfolk Community Health and Care", AgencyType.HEALTH);

    @Test
    void parentsAndCarersHaveAParentingRoleByDefaultAndLiveWithTheChildUnlessToldOtherwise() {
        FamilyMember mother = FamilyMember.of("m-1", FamilyRelationship.MOTHER);
        assertTrue(mother.parentOrCarer());
        assertTrue(mother.livesWithChild());
        FamilyMember father = FamilyMember.builder().id("f-1").relationship(FamilyRelationship.FATHER)
                .livesWithChild(false).build();
        assertTrue(father.parentOrCarer(), "a father who lives apart is still a parent to be considered");
        assertFalse(father.livesWithChild());
        FamilyMember partner = FamilyMember.builder().id("p-1").relationship(FamilyRelationship.PARENTS_PARTNER)
                .parentOrCarer(true).build();
        assertTrue(partner.parentOrCarer(), "a partner with a caring role is recorded as one");
        assertFalse(FamilyMember.of("g-1", FamilyRelationship.GRANDPARENT).parentOrCarer());
    }

    /**
     * "The importance of identifying any adults, including fathers, who have parenting or caring roles cannot be
     * underestimated" (NSCP, Norfolk Continuum of Needs 2023, "Whole Family Working"): a parent's partner who
     * lives with the child is taken to have a caring role unless the record says otherwise (the library's reading).
     */
    @Test
    void aParentsPartnerWhoLivesWithTheChildHasACaringRoleByDefault() {
        assertTrue(FamilyMember.of("p-1", FamilyRelationship.PARENTS_PARTNER).parentOrCarer());
        assertFalse(FamilyMember.builder().id("p-2").relationship(FamilyRelationship.PARENTS_PARTNER)
                .livesWithChild(false).build().parentOrCarer());
        assertFalse(FamilyMember.builder().id("p-3").relationship(FamilyRelationship.PARENTS_PARTNER)
                .parentOrCarer(false).build().parentOrCarer(), "the record can say otherwise");
        assertFalse(FamilyRelationship.PARENTS_PARTNER.isParent());
        assertTrue(FamilyRelationship.FATHER.isParent());
        for (FamilyRelationship relationship : FamilyRelationship.values()) {
            assertEquals(relationship == FamilyRelationship.PARENTS_PARTNER, relationship.isCarerWhenLivingWithChild());
        }
    }

    @Test
    void blankIdentifiersNamesAndRolesAreRejectedNamingTheField() {
        assertEquals("id", assertThrows(InvalidValueException.class, () -> Agency.of("", "x", AgencyType.OTHER)).field());
        assertEquals("name", assertThrows(InvalidValueException.class, () -> Agency.of("a", " ", AgencyType.OTHER)).field());
        assertEquals("role", assertThrows(InvalidValueException.class, () -> Practitioner.of("p", "", HEALTH)).field());
        assertEquals("name", assertThrows(InvalidValueException.class, () -> FamilyMember.builder().id("m")
                .relationship(FamilyRelationship.MOTHER).name("").build()).field());
        assertEquals("id", assertThrows(InvalidValueException.class,
                () -> Contributor.of(ContributorKind.CHILD, " ")).field());
    }

    @Test
    void contributorsReferToPeopleByIdentifierOnly() {
        Practitioner visitor = Practitioner.builder().id("hv-7").role("Health visitor").agency(HEALTH)
                .name("Alexandra Example").build();
        Contributor contributor = Contributor.practitioner(visitor);
        assertEquals(Contributor.of(ContributorKind.PRACTITIONER, "hv-7"), contributor);
        assertTrue(contributor.isProfessional());
        assertFalse(Contributor.child(Child.born("c-1", LocalDate.of(2020, 1, 1))).isProfessional());
        assertFalse(Contributor.familyMember(FamilyMember.of("m-1", FamilyRelationship.MOTHER)).isProfessional());
    }

    @Test
    void toStringNeverShowsTheNameOfAPractitionerOrFamilyMember() {
        Property.forAll(ModelGen.practitioners(), p -> p.name().ifPresent(
                name -> assertFalse(p.toString().contains(name), "name in toString")));
        Property.forAll(ModelGen.familyMembers(), m -> m.name().ifPresent(
                name -> assertFalse(m.toString().contains(name), "name in toString")));
    }
}
