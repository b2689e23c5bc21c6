package org.briefingreader.export;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.briefingreader.domain.BriefingInputException;
import org.briefingreader.domain.annotation.Anchoring;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.domain.annotation.AnnotationTarget;
import org.briefingreader.domain.annotation.Category;
import org.briefingreader.domain.annotation.Motivation;
import org.briefingreader.domain.annotation.TextPositionSelector;
import org.briefingreader.domain.annotation.TextQuoteSelector;

/**
 * Reads one W3C {@code Annotation} object into an {@link Annotation}: its id, times and motivation, its bodies (through
 * {@link JsonLdBodies}), its target's briefing and selectors, and our extension properties when the file binds a
 * prefix to our namespace.
 */
final class JsonLdAnnotationReader {
    /** An absolute IRI: a scheme, a colon, no spaces ({@code urn:uuid:...}, {@code http://...}). */
    private static final Pattern IRI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:\\S+");
    private static final String QUOTE = "TextQuoteSelector";
    private static final String POSITION = "TextPositionSelector";

    private final Optional<String> prefix;

    /** @param prefix the prefix the file binds our namespace to, if it does */
    JsonLdAnnotationReader(Optional<String> prefix) {
        this.prefix = prefix;
    }

    /**
     * The annotation at {@code a}; categories named with a colour are added to {@code categories} by key.
     *
     * @param now when the file is read: the creation time of an annotation whose file gives neither its
     *            {@code created} nor its {@code modified} time
     */
    Annotation read(JsonLdNode a, Map<String, Category> categories, Instant now) throws BriefingInputException {
        String iri = a.string("id");
        if (!isIri(iri)) {
            throw a.at("id").problem("'" + iri + "' is not an IRI such as \"urn:uuid:5f0c2b1e-8d7a-4c3e-9b1a-"
                    + "2f6d7e8c9a0b\"");
        }
        if (!a.hasType("Annotation")) {
            throw a.at("type").problem("expected Annotation among the types, found "
                    + (a.types().isEmpty() ? "none" : String.join(", ", a.types())));
        }
        Target target = target(a);
        // The model recommends created but does not require it; the earliest time the file vouches for stands in.
        Optional<Instant> modifiedGiven = a.has("modified") ? Optional.of(a.dateTime("modified")) : Optional.empty();
        Instant created = a.has("created") ? a.dateTime("created") : modifiedGiven.orElse(now);
        Instant modified = modifiedGiven.orElse(created);
        JsonLdBodies bodies = JsonLdBodies.read(a, prefix.map(p -> p + ":" + JsonLdVocabulary.COLOUR), categories);
        Motivation motivation = motivation(a).orElse(Motivation.implied(bodies.note(), bodies.tags()));
        try {
            return new Annotation(JsonLdVocabulary.annotationId(iri), created, modified, motivation, target.target,
                    bodies.note(), bodies.tags(), bodies.category(), target.anchoredTo, target.anchoring);
        } catch (IllegalArgumentException e) {
            throw a.problem(e.getMessage());
        }
    }

    static boolean isIri(String text) {
        return IRI.matcher(text).matches();
    }

    /** The first of our four motivations the annotation names ({@code oa:} prefix allowed); others are skipped. */
    private static Optional<Motivation> motivation(JsonLdNode a) throws BriefingInputException {
        for (String label : a.strings("motivation")) {
            Optional<Motivation> known = Motivation.fromLabel(label.startsWith("oa:") ? label.substring(3) : label);
            if (known.isPresent()) {
                return known;
            }
        }
        return Optional.empty();
    }

    /** The target with what our extension says about it, or what a file of another tool implies. */
    private record Target(AnnotationTarget target, String anchoredTo, Anchoring anchoring) {
    }

    private Target target(JsonLdNode a) throws BriefingInputException {
        List<JsonLdNode> targets = a.values("target");
        if (targets.isEmpty()) {
            throw a.at("target").problem("missing (required)");
        }
        if (targets.size() > 1) {
            throw a.at("target").problem(targets.size() + " targets: a Briefing Reader annotation has one passage");
        }
        JsonLdNode t = targets.get(0);
        if (!t.isObject()) {
            throw t.problem("the target is only a link (" + t.text() + "); Briefing Reader needs a SpecificResource"
                    + " with a TextQuoteSelector");
        }
        String briefingId = briefingId(t);
        List<JsonLdNode> selectors = t.values("selector");
        Optional<JsonLdNode> quoteNode = first(selectors, QUOTE);
        if (quoteNode.isEmpty()) {
            quoteNode = refined(selectors);
        }
        if (quoteNode.isEmpty()) {
            throw t.at("selector").problem("no TextQuoteSelector: Briefing Reader needs the quoted passage to place"
                    + " the annotation");
        }
        TextQuoteSelector quote = quote(quoteNode.get());
        Optional<JsonLdNode> positionNode = first(selectors, POSITION);
        // Without a position, a placeholder over the quote's length: the annotation is placed again by its quote.
        TextPositionSelector position = positionNode.isPresent() ? position(positionNode.get())
                : new TextPositionSelector(0, quote.exact().codePointCount(0, quote.exact().length()));
        List<String> units = prefix.isPresent() ? t.strings(term(JsonLdVocabulary.UNITS)) : List.of();
        String anchoredTo = ours(t, JsonLdVocabulary.ANCHORED_TO).orElse(JsonLdNotesReader.UNKNOWN_VERSION);
        Anchoring anchoring = anchoring(t);
        try {
            return new Target(new AnnotationTarget(briefingId, units, quote, position), anchoredTo, anchoring);
        } catch (IllegalArgumentException e) {
            throw t.problem(e.getMessage());
        }
    }

    private static String briefingId(JsonLdNode t) throws BriefingInputException {
        List<JsonLdNode> sources = t.values("source");
        if (sources.size() != 1) {
            throw t.at("source").problem(sources.isEmpty() ? "missing (required)"
                    : sources.size() + " sources: a SpecificResource has exactly one");
        }
        JsonLdNode source = sources.get(0);
        String iri = source.isObject() ? source.string("id") : source.text();
        JsonLdNode where = source.isObject() ? source.at("id") : source;
        return JsonLdVocabulary.briefingId(iri).orElseThrow(() -> where.problem("'" + iri + "' is not a briefing:"
                + " expected " + JsonLdVocabulary.BRIEFING_IRI + "<briefing id> (lower-case letters, digits and"
                + " hyphens)"));
    }

    /** The first selector of {@code type} among {@code selectors} (links to selectors elsewhere are skipped). */
    private static Optional<JsonLdNode> first(List<JsonLdNode> selectors, String type) throws BriefingInputException {
        for (JsonLdNode selector : selectors) {
            if (selector.isObject() && selector.hasType(type)) {
                return Optional.of(selector);
            }
        }
        return Optional.empty();
    }

    /**
     * A quote selector refining another selector (W3C "refinement of selection": a paragraph's fragment, then a phrase
     * in it). Its exact text is the passage wherever it is; a refined position counts from the outer selection, not
     * from the start of the briefing, so only quotes are taken from refinements.
     */
    private static Optional<JsonLdNode> refined(List<JsonLdNode> selectors) throws BriefingInputException {
        for (JsonLdNode selector : selectors) {
            if (!selector.isObject()) {
                continue;
            }
            List<JsonLdNode> refinements = selector.values("refinedBy");
            Optional<JsonLdNode> found = first(refinements, QUOTE);
            if (found.isEmpty()) {
                found = refined(refinements);
            }
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static TextQuoteSelector quote(JsonLdNode s) throws BriefingInputException {
        String exact = s.string("exact");
        if (exact.isEmpty()) {
            throw s.at("exact").problem("empty: a quote selector needs the selected text");
        }
        // Prefix and suffix are recommended, not required: absent, they are empty (no context to match).
        return new TextQuoteSelector(exact, s.optionalString("prefix").orElse(""), s.optionalString("suffix")
                .orElse(""));
    }

    private static TextPositionSelector position(JsonLdNode s) throws BriefingInputException {
        int start = s.nonNegativeInt("start");
        int end = s.nonNegativeInt("end");
        if (end <= start) {
            throw s.problem("end " + end + " must be after start " + start);
        }
        return new TextPositionSelector(start, end);
    }

    private Anchoring anchoring(JsonLdNode t) throws BriefingInputException {
        Optional<String> text = ours(t, JsonLdVocabulary.ANCHORING);
        if (text.isEmpty()) {
            return Anchoring.ANCHORED;
        }
        for (Anchoring anchoring : Anchoring.values()) {
            if (anchoring.name().toLowerCase(Locale.ROOT).equals(text.get())) {
                return anchoring;
            }
        }
        throw t.at(term(JsonLdVocabulary.ANCHORING)).problem("expected \"anchored\" or \"orphan\", found '"
                + text.get() + "'");
    }

    /** Our extension property {@code localName} of {@code node}, when the file binds our namespace. */
    private Optional<String> ours(JsonLdNode node, String localName) throws BriefingInputException {
        return prefix.isPresent() ? node.optionalString(term(localName)) : Optional.empty();
    }

    /** Our term as this file writes it ({@code br:units}, or with whatever prefix it binds). */
    private String term(String localName) {
        return prefix.orElse(JsonLdVocabulary.PREFIX) + ":" + localName;
    }
}
