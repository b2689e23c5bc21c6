package org.briefingreader.cli;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.briefingreader.domain.SectionKind;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --kind outlook} to {@link SectionKind#OUTLOOK}, naming the known kinds when the word is not one. */
final class KindConverter implements ITypeConverter<SectionKind> {
    @Override
    public SectionKind convert(String value) {
        return SectionKind.fromLabel(value).orElseThrow(() -> new TypeConversionException("unknown kind '" + value
                + "' (known: " + Arrays.stream(SectionKind.values()).map(SectionKind::label)
                .collect(Collectors.joining(", ")) + ")"));
    }
}
