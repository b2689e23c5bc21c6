package org.briefingreader.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code briefing delete ID}: removes a briefing from the library. */
@Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a briefing from the library.")
final class DeleteCommand implements Callable<Integer> {
    @ParentCommand
    BriefingCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The briefing's id, as `briefing list` prints it.")
    String id;

    @Override
    public Integer call() throws IOException {
        if (!org.briefingreader.domain.Ids.isValidBriefingId(id) || !parent.backend().library().delete(id)) {
            spec.commandLine().getErr().println("error: no briefing with id '" + id + "' (see `briefing list`)");
            return BriefingCommand.SOME_FAILED;
        }
        spec.commandLine().getOut().println("deleted " + id);
        IndexProgress.afterChange(parent, spec.commandLine().getErr());
        return BriefingCommand.OK;
    }
}
