package dev.workbook.step04;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the delivery torture test counts: messages sent (written and acknowledged), and over every
 * member's view, those delivered, duplicated (shown twice, or stored twice under two seqs) and lost.
 *
 * @param perMember one line a member: its transport, what it wrote, showed, repeated and missed
 */
record TortureReport(int sent, int delivered, int duplicated, int lost, List<String> perMember) {

    static TortureReport of(List<TortureMember> members, String room) {
        Set<String> written = new HashSet<>();
        members.forEach(member -> written.addAll(member.written));
        int delivered = 0;
        int duplicated = 0;
        int lost = 0;
        List<String> lines = new ArrayList<>();
        for (TortureMember member : members) {
            Map<String, Integer> shown = new HashMap<>();
            member.delivery.texts(room).forEach(text -> shown.merge(text, 1, Integer::sum));
            int twice = shown.values().stream().mapToInt(count -> count - 1).sum();
            int missing = (int) written.stream().filter(text -> !shown.containsKey(text)).count();
            delivered += shown.size();
            duplicated += twice;
            lost += missing;
            lines.add(String.format("  %-18s wrote %3d, shows %3d, twice %d, missing %d, repeats dropped %d",
                    member.client.nickname, member.written.size(), shown.size(), twice, missing, member.delivery.duplicatesDropped()));
        }
        return new TortureReport(written.size(), delivered, duplicated, lost, List.copyOf(lines));
    }

    @Override
    public String toString() {
        return String.format("sent %d, delivered %d (to %d members), duplicated %d, lost %d%n%s", sent, delivered, perMember.size(),
                duplicated, lost, String.join(System.lineSeparator(), perMember));
    }
}
