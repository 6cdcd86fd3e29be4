package io.velerojava.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints a failed command's error the way Velero does ({@code An error occurred: ...}) instead of a stack trace;
 * {@code VELERO_DEBUG=1} adds the trace.
 */
final class ErrorReporter implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        commandLine.getErr().println("An error occurred: " + (e.getMessage() == null ? e : e.getMessage()));
        if (System.getenv("VELERO_DEBUG") != null) {
            e.printStackTrace(commandLine.getErr());
        }
        commandLine.getErr().flush();
        return 1;
    }
}
