package org.briefingreader.ui.search;

import java.io.IOException;
import java.util.Optional;
import org.briefingreader.app.SearchService;

/**
 * The work one typed search does off the FX thread, run directly: the window benchmark's bare service latency.
 * {@link SearchOutcome#of} is package-private, so the benchmark reaches it through this class on the test side
 * rather than by widening the production class.
 */
public final class BenchOutcomes {
    private BenchOutcomes() {
    }

    /** What {@link SearchViewModel} computes for {@code typed} in the library scope; the hits listed. */
    public static int typed(SearchService service, long sequence, String typed) throws IOException {
        SearchRequest request = new SearchRequest(sequence, typed, SearchScope.LIBRARY, Optional.empty(),
                Optional.empty(), true, SearchOutcome.PAGE);
        return SearchOutcome.of(request, service).results().hits().size();
    }
}
