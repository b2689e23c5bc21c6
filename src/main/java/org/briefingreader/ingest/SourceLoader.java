package org.briefingreader.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.briefingreader.domain.BriefingInputException;
import org.briefingreader.domain.Text;

/**
 * Reads a file's bytes for any importer and turns the ways that can fail into one-line errors.
 *
 * <p>Refuses files over the size limit, empty files and binary files; decodes UTF-8 strictly and falls back
 * to windows-1252 (what mis-saved "smart quotes" usually are) with a warning.
 */
public final class SourceLoader {
    /** 50 MB: far above any briefing, well below what would strain the heap. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    /** Where bytes come from; a seam so tests can simulate a file the OS refuses to read (tests run as root). */
    @FunctionalInterface
    public interface ByteSource {
        InputStream open(Path file) throws IOException;
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF_BYTES = 8192;

    private final long maxBytes;
    private final ByteSource bytes;

    public SourceLoader() {
        this(DEFAULT_MAX_BYTES);
    }

    public SourceLoader(long maxBytes) {
        this(maxBytes, Files::newInputStream);
    }

    public SourceLoader(long maxBytes, ByteSource bytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("size limit must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.bytes = bytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Reads and decodes {@code file}, or says in one line why it cannot be a briefing. */
    public SourceText load(Path file) throws BriefingInputException {
        byte[] data = read(file);
        if (data.length == 0) {
            throw new BriefingInputException(file, "the file is empty");
        }
        if (looksBinary(data)) {
            throw new BriefingInputException(file, "this is a binary file, not text");
        }
        List<String> warnings = new ArrayList<>();
        String text = decode(data, file, warnings);
        if (Text.isBlank(text)) {
            throw new BriefingInputException(file, "the file has only whitespace");
        }
        return new SourceText(file, text, sha256(data), warnings);
    }

    /**
     * The file's raw bytes, for readers that decode by themselves (an HTML page declares its own charset):
     * the same size limit and refusals (folder, missing, unreadable, empty, binary) as {@link #load(Path)}.
     */
    public byte[] loadBytes(Path file) throws BriefingInputException {
        byte[] data = read(file);
        if (data.length == 0) {
            throw new BriefingInputException(file, "the file is empty");
        }
        if (looksBinary(data)) {
            throw new BriefingInputException(file, "this is a binary file, not text");
        }
        return data;
    }

    /** {@code sha256:<hex>} of {@code data}, the content hash every importer gives its briefing. */
    public static String contentHash(byte[] data) {
        return sha256(data);
    }

    private byte[] read(Path file) throws BriefingInputException {
        if (Files.isDirectory(file)) {
            throw new BriefingInputException(file, "is a folder, not a file");
        }
        try {
            if (Files.exists(file) && Files.size(file) > maxBytes) {
                throw tooBig(file, Files.size(file));
            }
            try (InputStream in = bytes.open(file)) {
                // Read one byte past the limit so a file that grew after size() is still refused.
                byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (data.length > maxBytes) {
                    throw tooBig(file, data.length);
                }
                return data;
            }
        } catch (NoSuchFileException e) {
            throw new BriefingInputException(file, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new BriefingInputException(file, "cannot read the file: permission denied", e);
        } catch (IOException e) {
            throw new BriefingInputException(file, "cannot read the file: " + describe(e), e);
        }
    }

    private BriefingInputException tooBig(Path file, long size) {
        return new BriefingInputException(file, String.format(Locale.ROOT,
                "the file is %s, over the %s size limit", size(size), size(maxBytes)));
    }

    /** NUL bytes, or many control characters, in the first 8 KB mean a binary file (as git and grep judge). */
    static boolean looksBinary(byte[] data) {
        int n = Math.min(data.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = data[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        return control > n / 10;
    }

    private static String decode(byte[] data, Path file, List<String> warnings) {
        return utf8OrWindows1252(data, hasUtf8Bom(data) ? 3 : 0, file, warnings);
    }

    /**
     * {@code data} from {@code start} as strict UTF-8; when it is not valid UTF-8, as windows-1252 with a warning
     * naming the file and the first bad byte added to {@code warnings}.
     */
    public static String utf8OrWindows1252(byte[] data, int start, Path file, List<String> warnings) {
        ByteBuffer buffer = ByteBuffer.wrap(data, start, data.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer)
                    .toString();
        } catch (CharacterCodingException e) {
            warnings.add(file + ": not valid UTF-8 (first bad byte at offset " + firstBadUtf8Offset(data, start)
                    + "); read as windows-1252");
            return new String(data, start, data.length - start, WINDOWS_1252);
        }
    }

    /** True when {@code data} opens with the UTF-8 byte order mark (EF BB BF). */
    public static boolean hasUtf8Bom(byte[] data) {
        return data.length >= 3 && (data[0] & 0xFF) == 0xEF && (data[1] & 0xFF) == 0xBB && (data[2] & 0xFF) == 0xBF;
    }

    private static int firstBadUtf8Offset(byte[] data, int start) {
        var decoder = StandardCharsets.UTF_8.newDecoder();
        ByteBuffer in = ByteBuffer.wrap(data, start, data.length - start);
        var out = java.nio.CharBuffer.allocate(data.length);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : -1;
    }

    private static String sha256(byte[] data) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** {@code 1,000 bytes}, {@code 64.0 KB}, {@code 50.0 MB}. */
    private static String size(long bytes) {
        if (bytes < 1024) {
            return String.format(Locale.ROOT, "%,d bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
