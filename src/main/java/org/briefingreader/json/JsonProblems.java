package org.briefingreader.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.briefingreader.domain.BriefingInputException;

/**
 * Turns Jackson's exceptions into one-line {@link BriefingInputException}s that name the file, line and column.
 *
 * <p>Jackson's own messages span lines and talk about Java types; users get
 * {@code notes.json:12:17: sections[2].kind: unknown kind 'foo' (known: context, ...)} instead.
 */
final class JsonProblems {
    private static final Pattern CONTROL_CHARACTER = Pattern.compile("\\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    private static final Map<Class<?>, String> EXPECTED = Map.of(
            String.class, "a string",
            Integer.class, "a whole number",
            Integer.TYPE, "a whole number");

    private JsonProblems() {
    }

    /** Malformed JSON: Jackson's short description with line and column, without its source excerpt. */
    static BriefingInputException syntax(Path file, JsonProcessingException e) {
        String message = Objects.requireNonNullElse(e.getOriginalMessage(), e.getClass().getSimpleName())
                .replaceAll("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]", "line $1, column $2")
                .replaceAll(" \\(code \\d+( / 0x\\p{XDigit}+)?\\)", "");
        Matcher control = CONTROL_CHARACTER.matcher(message);
        if (control.find()) {
            // A raw line break or tab inside quotes: say which, instead of "CTRL-CHAR, code 10".
            message = control.replaceFirst(String.format(Locale.ROOT, "(control character U+%04X)",
                    Integer.parseInt(control.group(1))));
        }
        return at(file, e.getLocation(), lowerFirst(message), e);
    }

    /** Well-formed JSON that does not make a briefing: path to the value, then what is wrong with it. */
    static BriefingInputException binding(Path file, JsonMappingException e) {
        String path = path(e.getPath());
        String problem = problem(e);
        return at(file, e.getLocation(), path.isEmpty() ? problem : path + ": " + problem, e);
    }

    static BriefingInputException at(Path file, JsonLocation location, String problem, Throwable cause) {
        int line = location == null ? -1 : location.getLineNr();
        int column = location == null ? -1 : location.getColumnNr();
        return new BriefingInputException(file, line, column, problem, cause);
    }

    /** A token as a user would name it: "a string", "a list", "the end of the file". */
    static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the file";
        }
        switch (token) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "a list";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "true/false";
            case VALUE_NULL:
                return "null";
            default:
                return "'" + token.asString() + "'";
        }
    }

    /** {@code sections[2].kind} from Jackson's reference chain. */
    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : references) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String problem(JsonMappingException e) {
        if (e instanceof InputProblem) {
            return e.getOriginalMessage();
        }
        if (e instanceof UnrecognizedPropertyException) {
            return "unknown property (known: " + known(((UnrecognizedPropertyException) e).getKnownPropertyIds()) + ")";
        }
        if (e instanceof InvalidNullException) {
            return "must not be null";
        }
        if (e instanceof ValueInstantiationException && e.getCause() != null && e.getCause().getMessage() != null) {
            // The domain constructors' own words, e.g. "not a valid text unit id: 'Lede 1'".
            return e.getCause().getMessage();
        }
        if (e instanceof MismatchedInputException && ((MismatchedInputException) e).getTargetType() != null) {
            Class<?> target = ((MismatchedInputException) e).getTargetType();
            String found = e.getProcessor() instanceof JsonParser
                    ? ", found " + describe(((JsonParser) e.getProcessor()).currentToken()) : "";
            return "expected " + expected(target) + found;
        }
        return lowerFirst(Objects.requireNonNullElse(e.getOriginalMessage(), e.getClass().getSimpleName()));
    }

    private static String expected(Class<?> target) {
        if (Collection.class.isAssignableFrom(target)) {
            return "a list";
        }
        if (target.isRecord() || Map.class.isAssignableFrom(target)) {
            return "an object";
        }
        return EXPECTED.getOrDefault(target, "a " + target.getSimpleName());
    }

    private static String known(Collection<Object> ids) {
        return ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    private static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1))) {
            return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
        }
        return s;
    }
}
