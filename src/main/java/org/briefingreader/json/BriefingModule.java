package org.briefingreader.json;

import com.fasterxml.jackson.databind.module.SimpleModule;
import java.time.Duration;
import java.time.ZonedDateTime;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.ListMark;
import org.briefingreader.domain.Paragraph;
import org.briefingreader.domain.Section;
import org.briefingreader.domain.SectionKind;

/** Everything Jackson needs to know about the domain records: mix-ins, strict value readers, field completion. */
final class BriefingModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    BriefingModule() {
        super("briefing-json");
        setMixInAnnotation(Briefing.class, BriefingMixIns.BriefingMixIn.class);
        setMixInAnnotation(Section.class, BriefingMixIns.SectionMixIn.class);
        setMixInAnnotation(Paragraph.class, BriefingMixIns.ParagraphMixIn.class);
        setMixInAnnotation(ListMark.class, BriefingMixIns.ListMarkMixIn.class);
        setMixInAnnotation(SectionKind.class, BriefingMixIns.SectionKindMixIn.class);
        addDeserializer(SectionKind.class, new ValueDeserializers.KindDeserializer());
        addDeserializer(ListMark.class, new ValueDeserializers.ListMarkDeserializer());
        addDeserializer(ZonedDateTime.class, new ValueDeserializers.PublishedDeserializer());
        addDeserializer(Duration.class, new ValueDeserializers.ReadTimeDeserializer());
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addValueInstantiators(new RecordCompletion());
    }
}
