package org.briefingreader.json;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.ValueInstantiators;
import com.fasterxml.jackson.databind.deser.impl.PropertyValueBuffer;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.Ids;
import org.briefingreader.domain.Paragraph;
import org.briefingreader.domain.Section;

/**
 * Fills what a JSON document may leave out before a domain record's constructor runs, and names what is missing.
 *
 * <p>An absent list is {@code []}, an absent optional is empty. A hand-written briefing may omit {@code id}
 * (derived by {@link Ids#briefingId}), {@code originalFileName} (the file's name) and {@code contentHash} (the
 * file's hash), taken from the reader's attributes. Any other absent or null field gives
 * {@code sections[2].heading: missing (required)} rather than the constructor's bare {@code NullPointerException}.
 */
final class RecordCompletion extends ValueInstantiators.Base {
    /** Reader attribute: the name of the file being read. */
    static final String FILE_NAME = "briefingreader.fileName";
    /** Reader attribute: the {@code sha256:} hash of the file being read. */
    static final String CONTENT_HASH = "briefingreader.contentHash";

    private static final long serialVersionUID = 1L;

    @Override
    public ValueInstantiator findValueInstantiator(DeserializationConfig config, BeanDescription beanDesc,
            ValueInstantiator defaultInstantiator) {
        Class<?> type = beanDesc.getBeanClass();
        if (type == Briefing.class || type == Section.class || type == Paragraph.class) {
            return new Completing(defaultInstantiator, type);
        }
        return defaultInstantiator;
    }

    /** Wraps the record's canonical-constructor instantiator. */
    private static final class Completing extends ValueInstantiator.Delegating {
        private static final long serialVersionUID = 1L;
        private final Class<?> type;

        Completing(ValueInstantiator delegate, Class<?> type) {
            super(delegate);
            this.type = type;
        }

        @Override
        public ValueInstantiator createContextual(DeserializationContext ctxt, BeanDescription beanDesc)
                throws JsonMappingException {
            // Delegating's own version would drop this wrapper for a plain Delegating.
            ValueInstantiator contextual = delegate().createContextual(ctxt, beanDesc);
            return contextual == delegate() ? this : new Completing(contextual, type);
        }

        @Override
        public Object createFromObjectWith(DeserializationContext ctxt, SettableBeanProperty[] props,
                PropertyValueBuffer buffer) throws IOException {
            Object[] args = buffer.getParameters(props);
            for (int i = 0; i < props.length; i++) {
                if (args[i] != null) {
                    continue;
                }
                Class<?> raw = props[i].getType().getRawClass();
                if (List.class.isAssignableFrom(raw)) {
                    args[i] = List.of();
                } else if (raw == Optional.class) {
                    args[i] = Optional.empty();
                } else if (!isDerived(props[i].getName())) {
                    throw missing(ctxt, props[i].getName(), buffer.hasParameter(props[i]));
                }
            }
            if (type == Briefing.class) {
                derive(ctxt, props, args);
            }
            return delegate().createFromObjectWith(ctxt, args);
        }

        private boolean isDerived(String name) {
            return type == Briefing.class
                    && (name.equals("id") || name.equals("originalFileName") || name.equals("contentHash"));
        }

        private JsonMappingException missing(DeserializationContext ctxt, String name, boolean wasNull) {
            InputProblem problem = new InputProblem(ctxt.getParser(), wasNull ? "must not be null" : "missing (required)");
            problem.prependPath(type, name);
            return problem;
        }

        private void derive(DeserializationContext ctxt, SettableBeanProperty[] props, Object[] args)
                throws JsonMappingException {
            String fileName = (String) ctxt.getAttribute(FILE_NAME);
            String hash = (String) ctxt.getAttribute(CONTENT_HASH);
            int id = index(props, "id");
            int file = index(props, "originalFileName");
            int contentHash = index(props, "contentHash");
            if (args[file] == null) {
                args[file] = requireAttribute(ctxt, fileName, "originalFileName");
            }
            if (args[contentHash] == null) {
                args[contentHash] = requireAttribute(ctxt, hash, "contentHash");
            }
            if (args[id] == null) {
                String title = (String) args[index(props, "title")];
                @SuppressWarnings("unchecked")
                Optional<ZonedDateTime> published = (Optional<ZonedDateTime>) args[index(props, "published")];
                args[id] = Ids.briefingId(title, published.map(ZonedDateTime::toLocalDate), (String) args[file]);
            }
        }

        private Object requireAttribute(DeserializationContext ctxt, String value, String name)
                throws JsonMappingException {
            if (value == null) {
                throw missing(ctxt, name, false);
            }
            return value;
        }

        private static int index(SettableBeanProperty[] props, String name) {
            for (int i = 0; i < props.length; i++) {
                if (props[i].getName().equals(name)) {
                    return i;
                }
            }
            throw new IllegalStateException("Briefing has no component " + name);
        }
    }
}
