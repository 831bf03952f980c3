package dev.workbook.step04;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * It sends a message to a room it joined: it needs the room's name (4.1), joining (4.2), the rate
 * limit every message passes (4.3) and sending (4.5).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("exercise-4.1")
@Tag("exercise-4.2")
@Tag("exercise-4.3")
@Tag("exercise-4.5")
@interface SendsToTheRoom {
}
