package dev.workbook.step04;

import java.util.LinkedHashMap;
import java.util.Map;

/** The last answers given, by key, forgetting the oldest beyond a fixed number: enough to recognise a retry. */
final class RecentAnswers {

    private final Map<String, Map<String, Object>> answers;

    RecentAnswers(int capacity) {
        this.answers = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Map<String, Object>> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Map<String, Object> get(String key) {
        return answers.get(key);
    }

    synchronized void put(String key, Map<String, Object> answer) {
        answers.put(key, answer);
    }
}
