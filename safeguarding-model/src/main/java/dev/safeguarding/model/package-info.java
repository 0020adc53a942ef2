/**
 * What every framework package shares: where guidance comes from ({@link dev.safeguarding.model.SourcePassage})
 * and the exception for a value that makes no sense ({@link dev.safeguarding.model.InvalidValueException}).
 */
@SafeguardingStyle
package dev.safeguarding.model;

import dev.safeguarding.model.internal.SafeguardingStyle;
