/**
 * What every framework package shares: where guidance comes from ({@link dev.safeguarding.model.SourcePassage},
 * a passage of one of the library's {@link dev.safeguarding.model.GuidanceDocument}s or of any other document),
 * what the guidance would query ({@link dev.safeguarding.model.Finding}) and the exception for a value that
 * makes no sense ({@link dev.safeguarding.model.InvalidValueException}).
 */
@SafeguardingStyle
@NullMarked
package dev.safeguarding.model;

import org.jspecify.annotations.NullMarked;
import dev.safeguarding.model.internal.SafeguardingStyle;
