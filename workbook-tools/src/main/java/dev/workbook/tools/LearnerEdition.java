package dev.workbook.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes the learner edition: a copy of the workbook in which the exercise regions of the chosen
 * steps are replaced by stubs that compile and fail, saying what to write and where to read.
 *
 * <p>Build output, version control, editor settings, CI, the proof tests and their wrong
 * solutions, and the tests of the workbook's own modules (which only make sense against the
 * reference) are left out.
 */
public final class LearnerEdition {

    /** Marks a folder as a learner edition, and says which steps in it are blank. */
    public static final String MARKER_FILE = ".learner-edition";

    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(
            "target", "node_modules", ".git", ".idea", ".vscode", ".settings", ".cifuzz-corpus", ".workbook", ".ci");

    private final Workbook workbook;

    public LearnerEdition(Workbook workbook) {
        this.workbook = workbook;
    }

    /**
     * Writes the edition into {@code target}, which must not exist or be empty.
     *
     * @param blankSteps the step numbers whose exercises are stubbed; the others keep their reference code
     * @return how many exercise regions were stubbed
     */
    public int write(Path target, Set<Integer> blankSteps) throws IOException {
        Path destination = target.toAbsolutePath().normalize();
        if (Files.exists(destination) && (!Files.isDirectory(destination) || Files.list(destination).findAny().isPresent())) {
            throw new IllegalArgumentException(destination + " already exists and is not empty: choose a new folder");
        }
        Function<String, String> links = workbook.lessonLinks();
        int[] stubbed = {0};
        Files.walkFileTree(workbook.root(), new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                boolean skip = !dir.equals(workbook.root())
                        && (SKIPPED_DIRECTORIES.contains(dir.getFileName().toString()) || dir.equals(destination));
                if (!skip) {
                    Files.createDirectories(destination.resolve(workbook.root().relativize(dir).toString()));
                }
                return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Path relative = workbook.root().relativize(file);
                // In a git worktree or submodule, .git is a file that points at the reference's repository.
                if (!isReferenceOnly(relative) && !SKIPPED_DIRECTORIES.contains(file.getFileName().toString())) {
                    stubbed[0] += copy(file, destination.resolve(relative.toString()), relative, blankSteps, links);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        Files.writeString(destination.resolve(MARKER_FILE), markerText(blankSteps), StandardCharsets.UTF_8);
        return stubbed[0];
    }

    /**
     * Proof tests check the reference against its own stubs, and the wrong solutions they keep are
     * for the proof alone; the tests of the workbook's own modules (tools, test kit, pages,
     * Socket.IO support, benchmark, launcher) check the machinery, not the learner's code, and would
     * only slow every step's run. In an edition they have nothing to prove.
     */
    static boolean isReferenceOnly(Path relative) {
        String path = relative.toString().replace('\\', '/');
        return relative.getFileName().toString().endsWith("ProofTest.java")
                || path.contains("/src/test/resources/wrong-solutions/")
                || path.startsWith("workbook-") && path.contains("/src/test/");
    }

    private int copy(Path from, Path to, Path relative, Set<Integer> blankSteps, Function<String, String> links) throws IOException {
        boolean blank = ExerciseRegions.mayHoldExercises(from) && inBlankStep(relative, blankSteps);
        if (!blank) {
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
            return 0;
        }
        List<String> lines = Workbook.lines(from);
        int regions = ExerciseRegions.find(relative, lines).size();
        Files.write(to, ExerciseRegions.stubbed(relative, lines, region -> true, links), StandardCharsets.UTF_8);
        return regions;
    }

    private static boolean inBlankStep(Path relative, Set<Integer> blankSteps) {
        return relative.getNameCount() > 1 && Workbook.stepNumber(relative.getName(0)).map(blankSteps::contains).orElse(false)
                && relative.startsWith(relative.getName(0).resolve("src").resolve("main"));
    }

    private static String markerText(Set<Integer> blankSteps) {
        return "This folder is a learner edition of the WebSockets & Socket.IO workbook.\n"
                + "blank-steps=" + blankSteps.stream().sorted().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse("") + "\n";
    }
}
