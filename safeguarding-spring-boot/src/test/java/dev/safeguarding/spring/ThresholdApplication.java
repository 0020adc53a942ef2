package dev.safeguarding.spring;

import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.ThresholdGuidance;
import dev.safeguarding.model.need.ThresholdQuestion;
import dev.safeguarding.model.validation.Complete;
import dev.safeguarding.rules.need.ThresholdGuide;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A vendor's Spring Boot application as small as it gets: the library's auto-configuration, Boot's
 * validation starter, and a controller that takes a threshold question and answers with the guidance.
 */
@SpringBootApplication
public class ThresholdApplication {

    /** The vendor's controller: nothing in it knows about JSON or problem details. */
    @RestController
    public static class ThresholdController {

        /** A question ready to take to the Children's Advice and Duty Service, answered with the guidance. */
        @PostMapping("/threshold")
        public ThresholdGuidance assess(@Validated(Complete.class) @RequestBody ThresholdQuestion question) {
            return ThresholdGuide.norfolk2023().assess(question);
        }

        /** A draft, saved as it is if it may be saved, and returned. */
        @PostMapping("/drafts")
        public ThresholdQuestion save(@Valid @RequestBody ThresholdQuestion question) {
            return question;
        }

        /** A level of need, by its constant name in the path. */
        @GetMapping("/levels/{name}")
        public LevelOfNeed level(@PathVariable("name") String name) {
            return LevelOfNeed.valueOf(name);
        }

        /** The vendor's own endpoint taking a body that is not the library's. */
        @PostMapping("/notes")
        public Map<String, String> note(@RequestBody Map<String, String> note) {
            return note;
        }
    }
}
