package dev.workbook.pages;

/**
 * Where and how one step runs; every step's settings record implements it, so the launcher
 * moves any step to free ports the same way.
 *
 * @param <S> the step's own settings type
 */
public interface StepSettings<S extends StepSettings<S>> {

    /** The same settings with every port 0, so the system gives each server a free one (tests, the launcher's checks). */
    S onFreePorts();
}
