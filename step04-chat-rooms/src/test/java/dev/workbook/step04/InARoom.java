package dev.workbook.step04;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * It joins a room: it needs the room's name checked (4.1) and joining (4.2).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("exercise-4.1")
@Tag("exercise-4.2")
@interface InARoom {
}
