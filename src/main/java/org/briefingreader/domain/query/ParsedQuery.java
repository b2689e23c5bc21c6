package org.briefingreader.domain.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a query string was read as, and what of it was ignored or changed on the way.
 *
 * @param root  the tree to run; empty when nothing searchable was left
 * @param notes one plain sentence each, e.g. {@code "the quote opened at 5 was never closed: closed it at the end"}
 */
public record ParsedQuery(Optional<QueryNode> root, List<String> notes) {
    public ParsedQuery {
        Objects.requireNonNull(root, "root");
        notes = List.copyOf(notes);
    }
}
