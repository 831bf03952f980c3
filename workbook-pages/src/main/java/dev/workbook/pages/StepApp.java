package dev.workbook.pages;

/**
 * One step of the workbook, running: every step's {@code StepNNApp.start(StepNNSettings)} returns
 * one, so the launcher starts, lists and stops them all alike.
 */
public interface StepApp extends AutoCloseable {

    /** The address of the step's page, for a browser on this machine. */
    String pageUrl();

    /** Stops every server the step started. */
    @Override
    void close();
}
