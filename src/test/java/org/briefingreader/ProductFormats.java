package org.briefingreader;

import org.briefingreader.ingest.BriefingFormats;

/**
 * Test-scope door to the product's own reader selection ({@code DesktopBackend.formats}), so measurements import
 * files exactly as the app does, with every parser registered there and no list of our own to keep in step.
 */
public final class ProductFormats {
    private ProductFormats() {
    }

    /** The formats the app registers, refusing files over {@code maxBytes}. */
    public static BriefingFormats of(long maxBytes) {
        return DesktopBackend.formats(maxBytes);
    }
}
