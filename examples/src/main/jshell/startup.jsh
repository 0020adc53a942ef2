// Imported into every session opened by examples/jshell: every package the published modules export
// (safeguarding-model, -rules, -json, -census and -testing), so that the README's snippets work as pasted.
// safeguarding-spring-boot is left out: it configures a Spring application and has nothing to try here.
// JShellStartupTest (examples' tests) fails when a module exports a package that is not imported here.
//
// Two packages hold a type of the same simple name, which an on-demand import leaves ambiguous:
//   Assessment: the model's assessment record (dev.safeguarding.model.assessment.Assessment) wins by the
//               single-type import below; the census item is dev.safeguarding.census.Assessment in full.
//   ChildProtectionPlan: the census item (dev.safeguarding.census.ChildProtectionPlan) wins by the
//               single-type import below; the CSC API's block is dev.safeguarding.census.cscapi.ChildProtectionPlan.
// JShellStartupTest also fails when a new clash makes a plain name ambiguous: resolve it here the same way.
import dev.safeguarding.model.*;
import dev.safeguarding.model.assessment.*;
import dev.safeguarding.model.calendar.*;
import dev.safeguarding.model.chronology.*;
import dev.safeguarding.model.flourish.*;
import dev.safeguarding.model.multiagency.*;
import dev.safeguarding.model.need.*;
import dev.safeguarding.model.people.*;
import dev.safeguarding.model.prebirth.*;
import dev.safeguarding.model.sharing.*;
import dev.safeguarding.model.signsofsafety.*;
import dev.safeguarding.model.timescales.*;
import dev.safeguarding.model.validation.*;
import dev.safeguarding.rules.analytics.*;
import dev.safeguarding.rules.assessment.*;
import dev.safeguarding.rules.chronology.*;
import dev.safeguarding.rules.flourish.*;
import dev.safeguarding.rules.multiagency.*;
import dev.safeguarding.rules.need.*;
import dev.safeguarding.rules.prebirth.*;
import dev.safeguarding.rules.privacy.*;
import dev.safeguarding.rules.sharing.*;
import dev.safeguarding.rules.signsofsafety.*;
import dev.safeguarding.rules.synthetic.*;
import dev.safeguarding.json.*;
import dev.safeguarding.json.lines.*;
import dev.safeguarding.census.*;
import dev.safeguarding.census.analysis.*;
import dev.safeguarding.census.cscapi.*;
import dev.safeguarding.census.synthetic.*;
import dev.safeguarding.census.validation.*;
import dev.safeguarding.census.xml.*;
import dev.safeguarding.testing.*;
import dev.safeguarding.model.assessment.Assessment;
import dev.safeguarding.census.ChildProtectionPlan;
import jakarta.validation.Validation;   // for Findings.check(validator, ...); not jakarta.validation.*,
import jakarta.validation.Validator;    // whose Path would hide java.nio.file.Path
import java.time.*;
