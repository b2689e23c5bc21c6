package org.briefingreader.ui.transfer;

import java.util.Arrays;
import java.util.Optional;

/** The export formats by the names people know them by, with the exporter's format key and file extension. */
public enum ExportFormat {
    MARKDOWN("md", "Markdown", "md"),
    HTML("html", "HTML", "html"),
    JSON_LD("jsonld", "W3C Web Annotation (JSON-LD)", "jsonld"),
    CSV("csv", "CSV (Readwise)", "csv");

    private final String key;
    private final String label;
    private final String extension;

    ExportFormat(String key, String label, String extension) {
        this.key = key;
        this.label = label;
        this.extension = extension;
    }

    /** The name {@code ExportService} and {@code --format} take: {@code md}, {@code html}, ... */
    public String key() {
        return key;
    }

    /** The name shown in the dialog. */
    public String label() {
        return label;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The format whose key is {@code key}, if the window knows it. */
    public static Optional<ExportFormat> ofKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
