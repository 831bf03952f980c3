package dev.workbook.classroom;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The board as CSV, for the end of the day: one line per learner, one column per exercise.
 * A cell that a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}) is
 * quoted with a leading apostrophe: a name is data, never a formula.
 */
final class BoardCsv {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private BoardCsv() {
    }

    static String render(List<LearnerRow> rows, List<Map<String, String>> exercises) {
        StringBuilder csv = new StringBuilder("name,step,next,passed,last run,runs");
        exercises.forEach(e -> csv.append(',').append(e.get("number")));
        csv.append("\r\n");
        for (LearnerRow row : rows) {
            csv.append(cell(row.name())).append(',').append(cell(row.step())).append(',').append(cell(row.next()))
                    .append(',').append(row.passed()).append(',').append(TIME.format(Instant.ofEpochMilli(row.lastRun())))
                    .append(',').append(row.runs());
            exercises.forEach(e -> csv.append(',').append(row.states().getOrDefault(e.get("number"), "")));
            csv.append("\r\n");
        }
        return csv.toString();
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
