package org.briefingreader.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The MUSTs of the W3C Web Annotation Data Model (Recommendation of 2017-02-23) that apply to collections, pages and
 * annotations of text, checked on parsed JSON: each broken rule is one line naming where and which rule.
 *
 * <p>Written from the model's tables, not from our exporter, so that it can also be run over the model's own correct
 * and incorrect examples (which checks the checker).
 */
final class W3cAnnotationMusts {
    static final String ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    /** The Motivation instances of the model (section 3.3.5). */
    static final Set<String> MOTIVATIONS = Set.of("assessing", "bookmarking", "classifying", "commenting",
            "describing", "editing", "highlighting", "identifying", "linking", "moderating", "questioning",
            "replying", "tagging");
    /** xsd:dateTime with the UTC time zone written "Z" (created, modified, generated). */
    private static final Pattern UTC_DATE_TIME = Pattern.compile(
            "-?\\d{4,}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
    private static final Pattern IRI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:\\S+");

    private final List<String> violations = new ArrayList<>();

    /** The rules {@code collection} (a whole document) breaks; empty when it meets them all. */
    static List<String> checkCollection(JsonNode collection) {
        W3cAnnotationMusts musts = new W3cAnnotationMusts();
        musts.collection(collection);
        return musts.violations;
    }

    /** The rules a standalone annotation document breaks. */
    static List<String> checkAnnotation(JsonNode annotation) {
        W3cAnnotationMusts musts = new W3cAnnotationMusts();
        musts.context(annotation, "", "Annotation");
        musts.annotation(annotation, "");
        return musts.violations;
    }

    private void collection(JsonNode c) {
        context(c, "", "Collection");
        exactlyOneIri(c, "", "id", "The Collection MUST have exactly 1 IRI that identifies it");
        hasType(c, "", "AnnotationCollection", "The Collection MUST have 1 or more types, and the"
                + " AnnotationCollection class MUST be one of them");
        for (JsonNode label : values(c.get("label"))) {
            must(label.isTextual(), "label", "the value of label MUST be a string");
        }
        long total = -1;
        if (c.has("total")) {
            JsonNode t = c.get("total");
            must(t.isIntegralNumber() && t.asLong() >= 0, "total", "if present, total MUST be an"
                    + " xsd:nonNegativeInteger");
            total = t.asLong();
        }
        List<JsonNode> first = values(c.get("first"));
        if (total > 0) {
            must(first.size() == 1, "first", "A Collection that has a total number of Annotations greater than 0"
                    + " MUST have exactly 1 first page");
        }
        int items = 0;
        for (JsonNode page : first) {
            if (page.isObject()) {
                items += page(page, "first");
            } else {
                must(page.isTextual() && isIri(page.textValue()), "first", "a first page given by reference MUST be"
                        + " an IRI");
            }
        }
        if (total >= 0 && first.size() == 1 && first.get(0).isObject() && !first.get(0).has("next")) {
            // A single, last page holds the whole collection: its items are the total.
            must(items == total, "total", "total MUST be the number of Annotations in the Collection (" + items
                    + " in its only page)");
        }
    }

    /** Checks an embedded page; returns how many annotations it holds. */
    private int page(JsonNode p, String at) {
        must(!p.has("@context"), at + ".@context", "an embedded Page SHOULD NOT have an @context");
        exactlyOneIri(p, at, "id", "The Page MUST have exactly 1 IRI that provides its identity");
        hasType(p, at, "AnnotationPage", "The Page MUST have 1 or more types, and the AnnotationPage class MUST be"
                + " one of them");
        JsonNode items = p.get("items");
        must(items != null && items.isArray() && items.size() >= 1, at + ".items", "Each Page MUST have an array"
                + " of 1 or more Annotations as the value of items");
        if (p.has("startIndex")) {
            JsonNode s = p.get("startIndex");
            must(s.isIntegralNumber() && s.asLong() >= 0, at + ".startIndex", "startIndex MUST NOT have more than"
                    + " 1 value, and it MUST be an xsd:nonNegativeInteger");
        }
        if (items == null || !items.isArray()) {
            return 0;
        }
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (item.isObject()) {
                annotation(item, at + ".items[" + i + "]");
            } else {
                must(item.isTextual() && isIri(item.textValue()), at + ".items[" + i + "]", "an Annotation given by"
                        + " reference MUST be an IRI");
            }
        }
        return items.size();
    }

    private void context(JsonNode document, String at, String what) {
        List<JsonNode> contexts = values(document.get("@context"));
        must(contexts.stream().anyMatch(c -> c.isTextual() && c.textValue().equals(ANNO_CONTEXT)), at + "@context",
                "The " + what + " MUST have 1 or more @context values and " + ANNO_CONTEXT + " MUST be one of them");
        if (contexts.size() == 1) {
            must(document.get("@context").isTextual(), at + "@context", "If there is only one value, then it MUST be"
                    + " provided as a string");
        }
    }

    private void annotation(JsonNode a, String at) {
        exactlyOneIri(a, at, "id", "An Annotation MUST have exactly 1 IRI that identifies it");
        hasType(a, at, "Annotation", "An Annotation MUST have 1 or more types, and the Annotation class MUST be one"
                + " of them");
        List<JsonNode> targets = values(a.get("target"));
        must(!targets.isEmpty(), at + ".target", "There MUST be 1 or more target relationships associated with an"
                + " Annotation");
        for (String time : List.of("created", "modified", "generated")) {
            if (a.has(time)) {
                JsonNode t = a.get(time);
                must(t.isTextual() && isUtcDateTime(t.textValue()), at + "." + time, "there MUST NOT be more than 1 "
                        + time + ", and it MUST be an xsd:dateTime with the UTC timezone expressed as \"Z\"");
            }
        }
        if (a.has("bodyValue")) {
            must(a.get("bodyValue").isTextual(), at + ".bodyValue", "the bodyValue MUST be a single xsd:string");
            must(!a.has("body"), at + ".bodyValue", "If bodyValue is present, then body MUST NOT also be present");
        }
        List<JsonNode> bodies = values(a.get("body"));
        for (int i = 0; i < bodies.size(); i++) {
            resource(bodies.get(i), indexed(at + ".body", i, bodies.size()));
        }
        for (int i = 0; i < targets.size(); i++) {
            resource(targets.get(i), indexed(at + ".target", i, targets.size()));
        }
        for (JsonNode motivation : values(a.get("motivation"))) {
            must(motivation.isTextual() && MOTIVATIONS.contains(motivation.textValue()), at + ".motivation",
                    "a motivation is a Motivation (stricter than the model: one of its own instances, no extension)");
        }
        for (String agent : List.of("creator", "generator")) {
            for (JsonNode value : values(a.get(agent))) {
                agent(value, at + "." + agent);
            }
        }
        for (String link : List.of("rights", "via", "canonical")) {
            for (JsonNode value : values(a.get(link))) {
                must(value.isTextual() && isIri(value.textValue()), at + "." + link, "the value of " + link
                        + " MUST be an IRI");
            }
        }
    }

    /** A body or target: an IRI, an external resource, a TextualBody, a SpecificResource or a Choice. */
    private void resource(JsonNode r, String at) {
        if (r.isTextual()) {
            must(isIri(r.textValue()), at, "a body or target given as a string MUST be an IRI");
            return;
        }
        if (!r.isObject()) {
            must(false, at, "a body or target MUST be an IRI or an object");
            return;
        }
        List<String> types = texts(r.get("type"));
        if (types.contains("TextualBody")) {
            must(values(r.get("value")).size() == 1 && r.get("value").isTextual(), at + ".value", "There MUST be"
                    + " exactly 1 value property associated with the TextualBody");
        } else if (types.contains("Choice")) {
            must(types.size() == 1, at + ".type", "The Choice MUST have exactly 1 type");
            for (JsonNode item : values(r.get("items"))) {
                resource(item, at + ".items");
            }
        } else if (r.has("source") || types.contains("SpecificResource")) {
            List<JsonNode> sources = values(r.get("source"));
            must(sources.size() == 1, at + ".source", "There MUST be exactly 1 source relationship associated with"
                    + " a Specific Resource");
            for (JsonNode source : sources) {
                resource(source, at + ".source");
            }
            for (JsonNode selector : values(r.get("selector"))) {
                selector(selector, at + ".selector");
            }
        } else if (!r.has("value") && !types.contains("Composite") && !types.contains("List")
                && !types.contains("Independents")) {
            exactlyOneIri(r, at, "id", "Bodies or Targets which are External Web Resources MUST have exactly 1 id"
                    + " with the value of the resource's IRI");
        }
        for (JsonNode purpose : values(r.get("purpose"))) {
            must(purpose.isTextual() && MOTIVATIONS.contains(purpose.textValue()), at + ".purpose", "a purpose is a"
                    + " Motivation (stricter than the model: one of its own instances, no extension)");
        }
        for (JsonNode direction : values(r.get("textDirection"))) {
            must(values(r.get("textDirection")).size() == 1 && Set.of("ltr", "rtl", "auto")
                    .contains(direction.asText()), at + ".textDirection", "textDirection MUST be one of ltr, rtl,"
                    + " auto (and at most 1)");
        }
    }

    private void selector(JsonNode s, String at) {
        if (s.isTextual()) {
            must(isIri(s.textValue()), at, "a selector given by reference MUST be an IRI");
            return;
        }
        List<String> types = texts(s.get("type"));
        if (types.contains("TextQuoteSelector")) {
            must(types.size() == 1, at + ".type", "Text Quote Selectors MUST have exactly 1 type");
            must(s.has("exact") && s.get("exact").isTextual(), at + ".exact", "Each TextQuoteSelector MUST have"
                    + " exactly 1 exact property");
            for (String context : List.of("prefix", "suffix")) {
                must(!s.has(context) || s.get(context).isTextual(), at + "." + context, "Each TextQuoteSelector MUST"
                        + " NOT have more than 1 " + context);
            }
        } else if (types.contains("TextPositionSelector")) {
            must(types.size() == 1, at + ".type", "Text Position Selectors MUST have exactly 1 type");
            for (String end : List.of("start", "end")) {
                JsonNode v = s.get(end);
                must(v != null && v.isIntegralNumber() && v.asLong() >= 0, at + "." + end, "Each"
                        + " TextPositionSelector MUST have exactly 1 " + end + " property, and the value MUST be a"
                        + " non-negative integer");
            }
        } else if (types.contains("FragmentSelector")) {
            must(s.has("value") && s.get("value").isTextual(), at + ".value", "The FragmentSelector MUST have"
                    + " exactly 1 value property");
            must(values(s.get("conformsTo")).size() <= 1, at + ".conformsTo", "The Fragment Selector MUST NOT have"
                    + " more than 1 conformsTo");
        } else if (types.contains("RangeSelector")) {
            must(values(s.get("startSelector")).size() == 1 && values(s.get("endSelector")).size() == 1, at,
                    "There MUST be exactly 1 startSelector and 1 endSelector associated with a Range Selector");
        }
        for (JsonNode refined : values(s.get("refinedBy"))) {
            selector(refined, at + ".refinedBy");
        }
    }

    private void agent(JsonNode agent, String at) {
        if (agent.isTextual()) {
            must(isIri(agent.textValue()), at, "an agent given as a string MUST be an IRI");
            return;
        }
        must(agent.isObject(), at, "an agent MUST be an IRI or an object");
        if (agent.isObject() && agent.has("id")) {
            must(agent.get("id").isTextual() && isIri(agent.get("id").textValue()), at + ".id", "An Agent MUST NOT"
                    + " have more than 1 IRI");
        }
    }

    private void exactlyOneIri(JsonNode node, String at, String name, String rule) {
        JsonNode id = node.get(name);
        must(id != null && id.isTextual() && isIri(id.textValue()), (at.isEmpty() ? "" : at + ".") + name, rule);
    }

    private void hasType(JsonNode node, String at, String type, String rule) {
        must(texts(node.get("type")).contains(type), (at.isEmpty() ? "" : at + ".") + "type", rule);
    }

    private void must(boolean met, String at, String rule) {
        if (!met) {
            violations.add(at + ": " + rule);
        }
    }

    static boolean isIri(String text) {
        return IRI.matcher(text).matches();
    }

    static boolean isUtcDateTime(String text) {
        if (!UTC_DATE_TIME.matcher(text).matches()) {
            return false;
        }
        try {
            DateTimeFormatter.ISO_INSTANT.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static List<JsonNode> values(JsonNode node) {
        List<JsonNode> values = new ArrayList<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (node.isArray()) {
            node.forEach(values::add);
        } else {
            values.add(node);
        }
        return values;
    }

    private static List<String> texts(JsonNode node) {
        return values(node).stream().map(JsonNode::asText).toList();
    }

    private static String indexed(String at, int i, int size) {
        return size == 1 ? at : at + "[" + i + "]";
    }
}
