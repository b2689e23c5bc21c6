package org.briefingreader.library;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The library folder the user chose in Preferences, for the next start: one small JSON file,
 * {@code {"schemaVersion":1,"library":"/home/ann/Briefings"}}, in the platform's config folder, which no
 * {@code --library} or {@code BRIEFING_READER_HOME} moves (it says where the library is, so it cannot live in it).
 * Written atomically; the folder itself is created by the library when it opens.
 */
public final class LibraryChoice {
    /** The file's name in the platform config folder. */
    public static final String FILE_NAME = "library-choice.json";
    private static final Logger LOG = LoggerFactory.getLogger(LibraryChoice.class);
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private final Path file;

    public LibraryChoice(Path file) {
        this.file = Objects.requireNonNull(file, "file").toAbsolutePath();
    }

    /** The choice file of this user on this platform (the default config folder, overrides ignored). */
    public static LibraryChoice forUser() {
        return forUser(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    /** The choice file for explicit inputs, as {@link LibraryPaths#resolve(Optional, Map, String, Path)} takes. */
    public static LibraryChoice forUser(Map<String, String> env, String osName, Path home) {
        return new LibraryChoice(LibraryPaths.platformDefault(env, osName, home).config().resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    /** The chosen folder; empty when none was chosen. An unreadable or malformed file is an error naming it. */
    public Optional<Path> read() throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IOException(file + " is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.path("library").isTextual() || root.path("library").asText().isBlank()) {
            throw new IOException(file + " has no \"library\" folder name");
        }
        try {
            Path chosen = Path.of(root.path("library").asText());
            if (!chosen.isAbsolute()) {
                throw new IOException(file + " names a relative folder: " + chosen);
            }
            return Optional.of(chosen);
        } catch (InvalidPathException e) {
            throw new IOException(file + " names no valid folder: " + e.getMessage());
        }
    }

    /**
     * The chosen folder, or empty when the file is missing or unusable: the latter is logged and the start goes on
     * with the default library, as a damaged settings file must not keep the reader from opening.
     */
    public Optional<Path> readOrDefault() {
        try {
            return read();
        } catch (IOException e) {
            LOG.warn("Ignoring the chosen library folder: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /** Records {@code folder} (made absolute) as the library of the next start. */
    public void record(Path folder) throws IOException {
        Path absolute = Objects.requireNonNull(folder, "folder").toAbsolutePath().normalize();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", 1);
        root.put("library", absolute.toString());
        Files.createDirectories(file.getParent());
        AtomicFiles.replace(file, (MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n")
                .getBytes(StandardCharsets.UTF_8), AtomicFiles.NONE);
    }
}
