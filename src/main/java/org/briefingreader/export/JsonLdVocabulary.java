package org.briefingreader.export;

import java.util.Optional;
import java.util.UUID;
import org.briefingreader.domain.Ids;

/**
 * The identifiers the JSON-LD notes format is written with and read by: the W3C context, our extension namespace and
 * the IRIs that name briefings and annotations (docs/export-jsonld.md).
 *
 * <p>None of these IRIs is ever fetched: Briefing Reader makes no network calls. They only have to be stable, so a
 * file written today is read back the same way later.
 */
final class JsonLdVocabulary {
    /** The W3C Web Annotation context; the model requires it among the {@code @context} values. */
    static final String ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    /** Some tools write the context with https; it names the same document, so reading accepts it too. */
    static final String ANNO_CONTEXT_HTTPS = "https://www.w3.org/ns/anno.jsonld";
    /** Our namespace for what the W3C vocabulary has no term for (unit ids, content hash, orphan state, colour). */
    static final String NAMESPACE = "https://briefing-reader.example/ns#";
    /** The prefix we bind {@link #NAMESPACE} to in the files we write (reading finds whatever prefix a file binds). */
    static final String PREFIX = "br";
    /** The generator's identity: an identifier only, like the namespace. */
    static final String GENERATOR_IRI = "https://briefing-reader.example/";
    static final String GENERATOR_NAME = "Briefing Reader";
    /** A briefing's IRI is this followed by its id: {@code briefing-reader://briefing/japan-russia-2018-05-25}. */
    static final String BRIEFING_IRI = "briefing-reader://briefing/";
    static final String URN_UUID = "urn:uuid:";

    // Local names of our extension terms (written with the prefix: "br:units").
    static final String UNITS = "units";
    static final String ANCHORED_TO = "anchoredTo";
    static final String ANCHORING = "anchoring";
    static final String COLOUR = "colour";
    static final String TITLE = "title";
    static final String PUBLISHER = "publisher";
    static final String PUBLISHED = "published";
    static final String LINK = "link";

    static final String MARKDOWN = "text/markdown";

    private JsonLdVocabulary() {
    }

    /** {@code br:units} and the like. */
    static String term(String localName) {
        return PREFIX + ":" + localName;
    }

    static String briefingIri(String briefingId) {
        return BRIEFING_IRI + briefingId;
    }

    /** The briefing id an IRI names, if it is one of ours with a valid id. */
    static Optional<String> briefingId(String iri) {
        if (!iri.startsWith(BRIEFING_IRI)) {
            return Optional.empty();
        }
        String id = iri.substring(BRIEFING_IRI.length());
        return Ids.isValidBriefingId(id) ? Optional.of(id) : Optional.empty();
    }

    static String annotationIri(UUID id) {
        return URN_UUID + id;
    }

    /**
     * The UUID an annotation IRI stands for: ours ({@code urn:uuid:} and a canonical UUID) give theirs back; any other
     * IRI (another tool's {@code http://example.org/anno23}) gives a UUID derived from it, so reading the same file
     * twice gives the same ids.
     */
    static UUID annotationId(String iri) {
        if (iri.regionMatches(true, 0, URN_UUID, 0, URN_UUID.length())) {
            String text = iri.substring(URN_UUID.length());
            try {
                UUID id = UUID.fromString(text);
                // UUID.fromString accepts short groups ("1-1-1-1-1"); only the canonical form is taken as is.
                if (id.toString().equalsIgnoreCase(text)) {
                    return id;
                }
            } catch (IllegalArgumentException e) {
                // not a UUID after all: derived below like any other IRI
            }
        }
        return UUID.nameUUIDFromBytes(iri.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
