package dev.workbook.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The workbook's commands for learners and instructors, run through Maven so that a JDK and
 * Maven are all anyone needs (see the README; {@code ./workbook} gives them short names):
 * {@code list}, {@code next}, {@code edition}, {@code hint}, {@code reset}, {@code restore},
 * {@code catch-up} and {@code excerpts}.
 */
public final class WorkbookCommand {

    private WorkbookCommand() {
    }

    /** Arguments: the workbook's root folder, the command, then the command's own arguments. */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            fail("usage: ROOT (list | next | edition TO STEPS [--classroom URL --class-code CODE] | hint N.M | reset N.M"
                    + " | restore N.M | catch-up STEP FROM | excerpts)");
        }
        Workbook workbook = Workbook.at(Path.of(args[0]));
        List<String> rest = Arrays.asList(args).subList(2, args.length);
        switch (args[1]) {
            case "list" -> System.out.print(ExerciseList.render(workbook));
            case "next" -> System.out.print(NextExercise.render(workbook));
            case "edition" -> edition(workbook, argument(rest, 0, "-Dto=FOLDER"), argument(rest, 1, "-Dsteps=all"),
                    classBoard(rest.subList(Math.min(2, rest.size()), rest.size())));
            case "hint" -> System.out.println(Hints.describe(workbook, exercise(workbook, argument(rest, 0, "-Dexercise=1.1"))));
            case "reset" -> reset(workbook, exercise(workbook, argument(rest, 0, "-Dexercise=1.1")));
            case "restore" -> restore(workbook, exercise(workbook, argument(rest, 0, "-Dexercise=1.1")));
            case "catch-up" -> catchUp(workbook, argument(rest, 0, "-Dstep=1"), argument(rest, 1, "-Dfrom=REFERENCE"));
            case "excerpts" -> LessonExcerpts.main(new String[] {workbook.root().toString()});
            default -> fail("unknown command '" + args[1] + "'");
        }
    }

    private static void edition(Workbook workbook, String to, String steps, Optional<ClassBoardSettings> classBoard)
            throws Exception {
        Set<Integer> known = workbook.steps().stream().map(s -> Workbook.stepNumber(s).orElseThrow()).collect(Collectors.toSet());
        if (!steps.matches("all|none|\\d+(\\s*,\\s*\\d+)*")) {
            fail("steps must be all, none, or step numbers such as 3,4; not '" + steps + "'");
        }
        Set<Integer> blank = steps.equals("all") ? known : steps.equals("none") ? Set.of()
                : Arrays.stream(steps.split(",")).map(String::trim).map(Integer::valueOf).collect(Collectors.toCollection(TreeSet::new));
        if (!known.containsAll(blank)) {
            fail("unknown step in " + blank + "; this workbook has steps " + new TreeSet<>(known));
        }
        Path target = workbook.root().resolve(to).normalize();
        int stubbed = new LearnerEdition(workbook).write(target, blank);
        System.out.println("Wrote the learner edition to " + target);
        System.out.println("  steps left blank: " + new TreeSet<>(blank) + "; exercise regions stubbed: " + stubbed);
        if (classBoard.isPresent()) {
            classBoard.get().writeTo(target);
            System.out.println("  reports to the class board at " + classBoard.get().address() + " (class code "
                    + classBoard.get().classCode() + "): each learner writes their name in " + ClassBoardSettings.FILE);
        }
        System.out.println("  next: cd " + target + " && ./workbook next    (then ./workbook test N.M for each exercise in turn)");
    }

    private static void reset(Workbook workbook, String number) throws Exception {
        if (!Files.exists(workbook.root().resolve(LearnerEdition.MARKER_FILE)) && !Boolean.getBoolean("force")) {
            fail("this folder is the reference, not a learner edition: a reset would delete a solution (add -Dforce=true to insist)");
        }
        Path backup = new ExerciseReset(workbook).reset(number);
        System.out.println("Exercise " + number + " is back to its stub. What you had written is in " + workbook.root().relativize(backup));
        System.out.println("  To put it back: ./workbook restore " + number);
    }

    private static void restore(Workbook workbook, String number) throws Exception {
        Path backup = new ExerciseRestore(workbook).restore(number);
        System.out.println("Exercise " + number + " holds again the code saved in " + workbook.root().relativize(backup));
    }

    /** An exercise number that this workbook has; otherwise the list of those it has. */
    private static String exercise(Workbook workbook, String number) {
        Set<String> known = workbook.regions().stream().map(ExerciseRegion::number)
                .collect(Collectors.toCollection(() -> new TreeSet<>(ExerciseNumbers.IN_ORDER)));
        if (!known.contains(number)) {
            fail("there is no exercise '" + number + "' in this workbook; its exercises are " + String.join(" ", known));
        }
        return number;
    }

    private static void catchUp(Workbook workbook, String step, String from) throws Exception {
        Path backup = new CatchUp(workbook).takeStep(Integer.parseInt(step), Workbook.at(workbook.root().resolve(from)));
        System.out.println("Step " + step + " now holds the reference code. Your own is in " + workbook.root().relativize(backup));
    }

    /**
     * {@code --classroom URL --class-code CODE} (or {@code --classroom=URL}); Maven passes both,
     * empty when not given: then the edition reports to no board.
     */
    private static Optional<ClassBoardSettings> classBoard(List<String> options) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            int equals = option.indexOf('=');
            if (equals > 0) {
                values.put(option.substring(0, equals), option.substring(equals + 1).trim());
            } else if (i + 1 < options.size()) {
                values.put(option, options.get(++i).trim());
            } else {
                fail("'" + option + "' needs a value: --classroom http://HOST:PORT --class-code CODE");
            }
        }
        if (!Set.of("--classroom", "--class-code").containsAll(values.keySet())) {
            fail("unknown option in " + values.keySet() + "; edition takes --classroom URL --class-code CODE");
        }
        String address = values.getOrDefault("--classroom", "");
        String code = values.getOrDefault("--class-code", "");
        if (address.isEmpty() && code.isEmpty()) {
            return Optional.empty();
        }
        if (address.isEmpty() || code.isEmpty()) {
            fail("a class board needs both: -Dclassroom=http://HOST:PORT and -Dclass-code=CODE");
        }
        return Optional.of(ClassBoardSettings.of(address, code));
    }

    private static String argument(List<String> rest, int index, String how) {
        if (rest.size() <= index || rest.get(index).isBlank() || rest.get(index).equals("?")) {
            fail("missing argument: add " + how);
        }
        return rest.get(index).trim();
    }

    private static void fail(String message) {
        throw new IllegalArgumentException(message);
    }

}
