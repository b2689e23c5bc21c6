package org.briefingreader.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.briefingreader.domain.SearchHit;
import org.briefingreader.domain.SearchResults;
import org.briefingreader.domain.TextRange;
import org.briefingreader.domain.query.QueryParser;

/**
 * {@code briefing search --json}: results as plain JSON; ranges are UTF-16 offsets into each hit's text. Every hit
 * says where its text is from ({@code in}: {@code text} or {@code note}) and which annotation it is, if any
 * ({@code annotation}: its id, else null); an annotation's hit adds its {@code quote}, {@code note}, {@code tags},
 * {@code category} and whether it is an {@code orphan}.
 */
final class SearchJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SearchJson() {
    }

    static String write(String text, SearchResults results, Optional<String> didYouMean)
            throws JsonProcessingException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("query", text);
        root.put("reading", results.query().root().map(QueryParser::describe).orElse(null));
        root.put("notes", results.query().notes());
        root.put("total", results.total());
        root.put("didYouMean", didYouMean.orElse(null));
        root.put("offset", results.offset());
        List<Map<String, Object>> hits = new ArrayList<>();
        for (SearchHit hit : results.hits()) {
            hits.add(hit(hit));
        }
        root.put("hits", hits);
        root.put("briefingsMatched", results.briefingsMatched());
        root.put("countsByBriefing", new TreeMap<>(results.countsByBriefing()));
        Map<String, Long> kinds = new TreeMap<>();
        results.countsByKind().forEach((k, n) -> kinds.put(k.label(), n));
        root.put("countsByKind", kinds);
        return MAPPER.writeValueAsString(root);
    }

    /** Writes ranked hits alone, as {@code briefing related --json} does. */
    static String writeHits(List<SearchHit> ranked) throws JsonProcessingException {
        return MAPPER.writeValueAsString(ranked.stream().map(SearchJson::hit).toList());
    }

    private static Map<String, Object> hit(SearchHit hit) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("briefingId", hit.briefingId());
        h.put("title", hit.briefingTitle());
        h.put("sectionId", hit.sectionId().orElse(null));
        h.put("heading", hit.heading().orElse(null));
        h.put("kind", hit.kind().map(k -> k.label()).orElse(null));
        h.put("unitId", hit.unitId());
        h.put("unitType", hit.unitType().label());
        h.put("position", hit.position());
        h.put("score", hit.score());
        h.put("text", hit.text());
        h.put("snippet", range(hit.snippet()));
        h.put("matches", hit.matches().stream().map(SearchJson::range).toList());
        h.put("in", hit.in().label());
        h.put("annotation", hit.annotation().map(a -> a.id().toString()).orElse(null));
        hit.annotation().ifPresent(a -> {
            h.put("quote", a.quote());
            h.put("note", a.note().orElse(null));
            h.put("tags", a.tags());
            h.put("category", a.category().orElse(null));
            h.put("orphan", a.orphan());
        });
        return h;
    }

    private static Map<String, Integer> range(TextRange r) {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("start", r.start());
        m.put("end", r.end());
        return m;
    }
}
