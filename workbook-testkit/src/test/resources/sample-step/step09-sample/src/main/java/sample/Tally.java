package sample;

/** The sample step's code: three exercises, the second and third built on the first, and some given code. */
public final class Tally {

    private Tally() {
    }

    /** The sum of two numbers. */
    public static int add(int a, int b) {
        // BEGIN EXERCISE 9.1: Return the sum of a and b.
        return a + b;
        // END EXERCISE 9.1
    }

    /** A number added to itself. */
    public static int twice(int a) {
        // BEGIN EXERCISE 9.2: Return a added to itself, with add.
        return add(a, a);
        // END EXERCISE 9.2
    }

    /** The sum of every value. */
    public static int total(int... values) {
        // BEGIN EXERCISE 9.3: Return the sum of the values, with add.
        int sum = 0;
        for (int value : values) {
            sum = add(sum, value);
        }
        return sum;
        // END EXERCISE 9.3
    }

    /** Given code, part of no exercise. */
    public static String describe(int value) {
        return "a tally of " + value;
    }
}
