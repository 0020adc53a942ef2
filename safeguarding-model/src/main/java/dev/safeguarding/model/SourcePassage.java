package dev.safeguarding.model;

import dev.safeguarding.model.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a piece of guidance comes from: a document and the section of it that says so, for example
 * "NSCP, Norfolk Guidance to Understanding Continuum of Needs (2023)", "Determining the Level of Need
 * or Urgency". Every reason and consideration the library gives carries one, so that a practitioner
 * can read the passage for themselves.
 */
@Value.Immutable
public abstract class SourcePassage {

    /** The title of the guidance document, with its publisher and edition. */
    @Value.Parameter
    public abstract String document();

    /** The heading of the section within the document. */
    @Value.Parameter
    public abstract String section();

    /**
     * A passage of a document.
     *
     * @throws InvalidValueException if either part is blank
     */
    public static SourcePassage of(String document, String section) {
        return ImmutableSourcePassage.of(document, section);
    }

    /**
     * A passage of one of the library's guidance documents, under its {@link GuidanceDocument#title()}. (Not
     * an overload of {@link #of(String, String)}: a caller passing a value of an inferred type, such as a
     * reader's {@code next()}, keeps one {@code of} to call.)
     *
     * @throws NullPointerException  if {@code document} is null
     * @throws InvalidValueException if {@code section} is blank
     */
    public static SourcePassage ofGuidance(GuidanceDocument document, String section) {
        return of(document.title(), section);
    }

    /** The library's document this passage is of, if its title is one of theirs. */
    public Optional<GuidanceDocument> guidanceDocument() {
        return GuidanceDocument.byTitle(document());
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("document", document(), "section", section());
        Checks.notBlank(document(), "document");
        Checks.notBlank(section(), "section");
    }

    /** The document and section, as a reader would cite them: {@code document, 'section'}. */
    @Override
    public String toString() {
        return document() + ", '" + section() + "'";
    }
}
