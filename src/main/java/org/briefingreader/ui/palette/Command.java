package org.briefingreader.ui.palette;

import java.util.Objects;

/**
 * One thing the command palette can do: a name to find it by, where it lives (the menus above it, e.g.
 * {@code "View"} or {@code "View › Theme"}; empty for commands outside the menus), the key that does it too
 * (empty when none) and the action.
 */
public record Command(String name, String path, String keyText, Runnable action) {
    /** Between the parts of a menu path, as the palette shows it: {@code View › Zoom In}. */
    public static final String SEPARATOR = " \u203a ";

    public Command {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(keyText, "keyText");
        Objects.requireNonNull(action, "action");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A command needs a name");
        }
    }

    /** The path and the name, as the palette lists them: {@code View › Zoom In}, or the name alone. */
    public String label() {
        return path.isEmpty() ? name : path + SEPARATOR + name;
    }
}
