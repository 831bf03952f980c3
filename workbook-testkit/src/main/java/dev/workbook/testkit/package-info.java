/**
 * The test kit every step's tests share: the self-check that tells a learner which exercise to do
 * next, the proof that the tests check every exercise, and the helpers real-client tests need.
 *
 * <h2>A learner's run: {@code mvn test -pl step01-handshake -am}</h2>
 * <pre>
 *  Surefire ── JUnit Platform launcher ──────────────────────────────────────────────┐
 *     │            │ test plan                                                        │
 *     │            ▼                                                                  │
 *     │     {@link dev.workbook.testkit.ExerciseProgress} (launcher listener, found by META-INF/services)
 *     │        opens ──▶ ExerciseRun: the planned tests (PlannedTest: tags ──▶ needs, owner),
 *     │                  the stubs still in the sources (StubSentence's static scan),
 *     │                  the exercises asked for (-Dgroups), the results so far
 *     │            │                       ▲ decide(test): run now, or skip saying why
 *     │            ▼                       │
 *     │     Jupiter engine ── {@link dev.workbook.testkit.ExerciseOrder} (classes, methods in exercise order)
 *     │                   └── {@link dev.workbook.testkit.OneExerciseAtATime} (condition: asks ExerciseRun.decide;
 *     │                                       tells {@link dev.workbook.testkit.Await} whose test is running)
 *     │            │ results
 *     │            ▼
 *     │     ExerciseProgress records them ──▶ StepProgress (each exercise: passed, failed, not checked; Next)
 *     │            └──▶ ProgressFiles: target/exercise-progress.properties and .txt
 *     ▼
 *  exec:java {@link dev.workbook.testkit.ProgressSummary} after Surefire: prints the summary last on screen
 * </pre>
 *
 * <h2>The proof: {@code mvn test -Pproof}</h2>
 * <pre>
 *  {@link dev.workbook.testkit.ExerciseProof} ── for the reference, each exercise stubbed alone, the walk, each
 *       │                  WrongSolution:
 *       ├── StubbedBuild: the stubbed (or wrong) sources compiled in-process into an overlay
 *       └── NestedTestRun: the step's tests again, inside this JVM, through a
 *           ChildFirstClassLoader that puts the overlay first, with a silent ExerciseProgress
 * </pre>
 *
 * <h2>The watch: {@code mvn -q -pl step01-handshake -am test-compile exec:java@watch}</h2>
 * <pre>
 *  {@link dev.workbook.testkit.Watch} ── SourceWatcher (WatchService on src/main, src/test) ──┐ WatchInput.Saved
 *       │                  KeyboardInput (a letter and Enter) ────────────────────┤ WatchInput.Key
 *       ▼                                                                         ▼
 *  WatchLoop: one input at a time ── ChangedSources: what was saved, compiled in-process into a fresh folder
 *       │                        └── BoundedTestRun: the exercise's tests, launcher on a thread with a
 *       │                            deadline, a fresh ChildFirstClassLoader, a silent ExerciseProgress
 *       └── WatchProgress (target/exercise-progress.properties, as mvn test writes it) ── WatchScreen
 * </pre>
 *
 * <p>The kit's own tests run both on a small made-up step ({@code src/test/resources/sample-step}).
 */
package dev.workbook.testkit;
