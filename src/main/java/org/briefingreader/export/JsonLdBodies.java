package org.briefingreader.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefingreader.domain.BriefingInputException;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.domain.annotation.Category;

/**
 * The bodies of one W3C annotation as Briefing Reader keeps them: a note, tags and at most one category.
 *
 * <p>{@code "body": [{"type": "TextualBody", "value": "Why now?"}, {"type": "TextualBody", "value": "energy",
 * "purpose": "tagging"}, {"type": "TextualBody", "value": "evidence", "purpose": "classifying", "br:colour":
 * "#5fb37c"}, "http://example.org/post1"]} gives the note {@code "Why now?\n\n<http://example.org/post1>"}, the tag
 * {@code energy} and the category {@code evidence} (green). A {@code bodyValue} is a plain-text note.
 */
final class JsonLdBodies {
    /** Bodies made of other resources: a choice between them, or one used in a specific way. */
    private static final List<String> COMPOUND = List.of("Choice", "SpecificResource", "Composite", "List",
            "Independents");

    private final List<String> notes = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    private Optional<String> category = Optional.empty();

    private JsonLdBodies() {
    }

    /** The note: every note body, joined by a blank line. */
    Optional<String> note() {
        return notes.isEmpty() ? Optional.empty() : Optional.of(String.join("\n\n", notes));
    }

    List<String> tags() {
        return tags;
    }

    Optional<String> category() {
        return category;
    }

    /**
     * The bodies of annotation {@code a}.
     *
     * @param colourTerm  our colour term as the file writes it ({@code br:colour}), if it binds our namespace
     * @param categories  where a category given with a colour is added, by key
     */
    static JsonLdBodies read(JsonLdNode a, Optional<String> colourTerm, Map<String, Category> categories)
            throws BriefingInputException {
        JsonLdBodies bodies = new JsonLdBodies();
        if (a.has("bodyValue")) {
            if (a.has("body")) {
                throw a.at("bodyValue").problem("an annotation has bodyValue or body, not both");
            }
            // W3C: a bodyValue is the value of a plain-text TextualBody.
            bodies.notes.add(a.string("bodyValue"));
            return bodies;
        }
        for (JsonLdNode body : a.values("body")) {
            bodies.add(body, colourTerm, categories);
        }
        return bodies;
    }

    private void add(JsonLdNode body, Optional<String> colourTerm, Map<String, Category> categories)
            throws BriefingInputException {
        if (!body.isObject()) {
            notes.add(link(body, body.text()));
            return;
        }
        List<String> types = body.types();
        if (!body.has("value") && body.has("id") && types.stream().noneMatch(COMPOUND::contains)) {
            // An external web resource (a post, a page): its text is elsewhere, so the note links to it.
            notes.add(link(body.at("id"), body.string("id")));
            return;
        }
        if (!body.has("value") || !(types.isEmpty() || types.contains("TextualBody"))) {
            throw body.problem("a body of type " + (types.isEmpty() ? "(none)" : String.join(", ", types))
                    + " cannot be imported: Briefing Reader keeps notes, tags and a category as text (TextualBody"
                    + " values) and links to bodies kept elsewhere");
        }
        String value = body.string("value");
        List<String> purposes = body.strings("purpose");
        if (purposes.contains("tagging") || purposes.contains("oa:tagging")) {
            try {
                tags.addAll(Annotation.cleanTags(List.of(value)));
            } catch (IllegalArgumentException e) {
                throw body.at("value").problem(e.getMessage());
            }
        } else if (purposes.contains("classifying") || purposes.contains("oa:classifying")) {
            category(body, value, colourTerm, categories);
        } else {
            notes.add(value);
        }
    }

    /** A body kept elsewhere as a note of its own: its IRI as a Markdown link ({@code <http://example.org/post1>}). */
    private static String link(JsonLdNode where, String iri) throws BriefingInputException {
        if (!JsonLdAnnotationReader.isIri(iri)) {
            throw where.problem("'" + iri + "' is neither an embedded body nor an IRI");
        }
        return "<" + iri + ">";
    }

    private void category(JsonLdNode body, String value, Optional<String> colourTerm,
            Map<String, Category> categories) throws BriefingInputException {
        String name = value.strip();
        if (name.isEmpty() || name.length() > Category.MAX_NAME_LENGTH) {
            throw body.at("value").problem("a category name has 1 to " + Category.MAX_NAME_LENGTH
                    + " characters: '" + name + "'");
        }
        if (category.isPresent()) {
            throw body.problem("a second category ('" + name + "' after '" + category.get()
                    + "'): an annotation is filed under one category at most");
        }
        category = Optional.of(name);
        if (colourTerm.isEmpty() || !body.has(colourTerm.get())) {
            return;
        }
        String colour = body.string(colourTerm.get());
        Category named;
        try {
            named = new Category(name, colour);
        } catch (IllegalArgumentException e) {
            throw body.at(colourTerm.get()).problem(e.getMessage());
        }
        Category before = categories.putIfAbsent(named.key(), named);
        if (before != null && !before.colour().equals(named.colour())) {
            throw body.at(colourTerm.get()).problem("category '" + name + "' is " + named.colour() + " here but "
                    + before.colour() + " before");
        }
    }
}
