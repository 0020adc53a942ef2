// Imported into every session opened by examples/jshell.
import dev.safeguarding.model.*;
import dev.safeguarding.model.assessment.*;
import dev.safeguarding.model.flourish.*;
import dev.safeguarding.model.need.*;
import dev.safeguarding.model.people.*;
import dev.safeguarding.model.sharing.*;
import dev.safeguarding.rules.assessment.*;
import dev.safeguarding.rules.flourish.*;
import dev.safeguarding.rules.need.*;
import dev.safeguarding.json.*;
import java.time.*;
