/**
 * Information sharing and consent, from the "Information Sharing" section of the NSCP's
 * <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023).
 */
package dev.safeguarding.model.sharing;
