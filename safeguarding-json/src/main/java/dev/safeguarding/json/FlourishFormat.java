package dev.safeguarding.json;

import dev.safeguarding.model.assessment.AssessmentStatement;
import dev.safeguarding.model.flourish.FlourishDomain;
import dev.safeguarding.model.flourish.FlourishEntry;
import dev.safeguarding.model.flourish.FlourishProfile;
import dev.safeguarding.model.need.LevelOfNeed;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON format of Flourish profiles (Norfolk Continuum of Needs (2023), 'Flourish'): each type declared once, one line per property (see
 * {@link ObjectFormat}).
 */
final class FlourishFormat {

    private FlourishFormat() {
    }

    /** The codecs of the types, enums first. */
    static List<Codec<?>> codecs() {
        return List.of(
                EnumCodec.byName(FlourishDomain.class),
                // {@code {"domain": "HEALTHY", "goingWell": [...], "worries": [...], "level": "ADDITIONAL"}}; only
                // {@code domain} is required.
                ObjectFormat.of(FlourishEntry.class, FlourishEntry::builder, FlourishEntry.Builder::build)
                        .required("domain", FlourishDomain.class, FlourishEntry::domain, FlourishEntry.Builder::domain)
                        .list("goingWell", AssessmentStatement.class, FlourishEntry::goingWell,
                                FlourishEntry.Builder::goingWell)
                        .list("worries", AssessmentStatement.class, FlourishEntry::worries,
                                FlourishEntry.Builder::worries)
                        .optional("level", LevelOfNeed.class, FlourishEntry::level, FlourishEntry.Builder::level)
                        .build(),
                // {@code {"childId": "c-1", "date": "2017-03-09", "assessmentId": "a-1", "entries": [...]}}; {@code
                // assessmentId} is optional.
                ObjectFormat.of(FlourishProfile.class, FlourishProfile::builder, FlourishProfile.Builder::build)
                        .required("childId", String.class, FlourishProfile::childId, FlourishProfile.Builder::childId)
                        .required("date", LocalDate.class, FlourishProfile::date, FlourishProfile.Builder::date)
                        .optional("assessmentId", String.class, FlourishProfile::assessmentId,
                                FlourishProfile.Builder::assessmentId)
                        .list("entries", FlourishEntry.class, FlourishProfile::entries,
                                FlourishProfile.Builder::entries)
                        .build());
    }
}
