package org.briefingreader.ui.notes;

import java.util.Locale;

/** Node ids from names the user chose, for styling and tests: {@code "Key judgement"} gives {@code key-judgement}. */
final class PaneKeys {
    private PaneKeys() {
    }

    static String idOf(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
