package nngrader.mutation;

/** The kinds of small bug that {@link MutantGenerator} makes, each a mistake students make. */
public enum Operator {
    /** {@code a + b} becomes {@code a - b} and back, {@code a * b} becomes {@code a / b} and back; {@code +=} becomes {@code -=} or {@code =}. */
    ARITHMETIC("arithmetic"),
    /** {@code <} becomes {@code <=} or {@code >=}; {@code ==} becomes {@code !=}. */
    RELATIONAL("relational"),
    /** A loop bound {@code i < n} becomes {@code i < n - 1}; an index {@code a[i]} becomes {@code a[i + 1]}. */
    OFF_BY_ONE("off-by-one"),
    /** {@code W[i][j]} becomes {@code W[j][i]}. */
    SWAPPED_INDICES("swapped-indices"),
    /** A statement such as {@code sum += a[i];} is left out. */
    DROPPED_STATEMENT("dropped-statement"),
    /** One term of a sum is left out: {@code a + b} becomes {@code a}; a factor ½ or 2 is dropped. */
    DROPPED_TERM("dropped-term"),
    /** A sign is lost: {@code -x} becomes {@code x}. */
    SIGN("sign"),
    /** A constant changes: 0 ↔ 1, a tolerance {@code 1e-8} becomes 0 or {@code 1e-2}. */
    CONSTANT("constant"),
    /** Two arguments of a call trade places. */
    SWAPPED_ARGUMENTS("swapped-arguments"),
    /** {@code Math.max} becomes {@code Math.min}, and back. */
    MAX_MIN("max-min"),
    /** A method that must return a new array returns its argument instead. */
    RETURNS_ARGUMENT("returns-argument"),
    /** A result is written into the argument array instead of a new one. */
    IN_PLACE("in-place"),
    /** State that a loop must reset each time round (a new array, a sum from 0) is made once, before it. */
    REUSED_STATE("reused-state");

    private final String label;

    Operator(String label) {
        this.label = label;
    }

    /** Its name in ids and tables, e.g. {@code off-by-one}. */
    public String label() {
        return label;
    }
}
