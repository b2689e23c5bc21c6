package org.briefingreader.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.briefingreader.domain.query.ParsedQuery;

/**
 * One page of ranked hits with the totals over all of them.
 *
 * @param query            how the query was read (and what was ignored)
 * @param total            every match, units and annotations alike, not just this page
 * @param hits             this page, best first; equal scores in index order (a briefing's units in reading order)
 * @param countsByBriefing matches (units and annotations) per briefing id, over all hits, for the
 *                         {@value #MAX_BRIEFING_COUNTS} briefings with the most (equal counts in index order):
 *                         enough for any list of facets, cheap for a search that matches every briefing
 * @param briefingsMatched how many briefings have a hit at all
 * @param countsByKind     matches per section kind (summary bullets count as {@code summary}; title, caption and
 *                         lede have no kind and are not counted; an annotation counts under its passage's kind),
 *                         over all hits
 * @param offset           hits skipped before this page
 */
public record SearchResults(ParsedQuery query, long total, List<SearchHit> hits, Map<String, Long> countsByBriefing,
        long briefingsMatched, Map<SectionKind, Long> countsByKind, int offset) {
    /** Most briefings {@link #countsByBriefing()} names. */
    public static final int MAX_BRIEFING_COUNTS = 100;

    public SearchResults {
        Objects.requireNonNull(query, "query");
        hits = List.copyOf(hits);
        countsByBriefing = Map.copyOf(countsByBriefing);
        countsByKind = Map.copyOf(countsByKind);
    }

    /** Hits of one section (or of the part of a briefing outside sections), in rank order. */
    public record SectionGroup(Optional<String> sectionId, Optional<String> heading, List<SearchHit> hits) {
        public SectionGroup {
            hits = List.copyOf(hits);
        }
    }

    /** Hits of one briefing, grouped by section; groups in the order of their best hit. */
    public record BriefingGroup(String briefingId, String title, List<SectionGroup> sections) {
        public BriefingGroup {
            sections = List.copyOf(sections);
        }
    }

    /** Hits in rank order grouped by briefing, then section, each group placed where its best hit ranks. */
    public static List<BriefingGroup> group(List<SearchHit> ranked) {
        Map<String, Map<Optional<String>, List<SearchHit>>> byBriefing = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (SearchHit hit : ranked) {
            titles.putIfAbsent(hit.briefingId(), hit.briefingTitle());
            byBriefing.computeIfAbsent(hit.briefingId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(hit.sectionId(), k -> new ArrayList<>()).add(hit);
        }
        List<BriefingGroup> groups = new ArrayList<>();
        byBriefing.forEach((id, sections) -> {
            List<SectionGroup> sectionGroups = new ArrayList<>();
            sections.forEach((sectionId, sectionHits) ->
                    sectionGroups.add(new SectionGroup(sectionId, sectionHits.get(0).heading(), sectionHits)));
            groups.add(new BriefingGroup(id, titles.get(id), sectionGroups));
        });
        return groups;
    }
}
