package nn.autograd;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * A scalar reverse-mode automatic differentiation engine, one node u = f(inputs) at a time.
 * Each operation computes its value now (the forward pass) and stores a {@code backwardStep}
 * that, given out.grad = ∂L/∂out, adds the local chain rule to each input:
 * <pre>
 *   input.grad += out.grad · ∂out/∂input
 * </pre>
 * {@link #backward} runs those steps from the output back, every node after all the nodes that
 * use it (reverse topological order), so that when a node's step runs its gradient is complete:
 * <pre>
 *   ∇u_j = Σ over the nodes i that use u_j of ∇u_i · ∂u_i/∂u_j
 * </pre>
 */
public class Value implements Node {

    private final double data;
    private double grad;
    /** The nodes this one was computed from (none for a leaf); the same node twice for x·x. */
    private final Value[] inputs;
    /** Adds out.grad · ∂out/∂input to each input's grad; does nothing for a leaf. */
    private Runnable backwardStep = () -> { };

    /** A leaf holding 0: the grader makes its first node this way, then the others with {@link #leaf} or {@link #build}. */
    public Value() {
        this(0.0);
    }

    /** A leaf: an input or a parameter, with gradient 0. */
    public Value(double data) {
        this(data, new Value[0]);
    }

    private Value(double data, Value... inputs) {
        this.data = data;
        this.inputs = inputs;
    }

    @Override
    public double value() {
        return data;
    }

    @Override
    public double grad() {
        return grad;
    }

    @Override
    public Node leaf(double value) {
        return new Value(value);
    }

    /** out = a + b;   ∂out/∂a = 1,  ∂out/∂b = 1. */
    @Override
    public Node add(Node other) {
        // BEGIN SOLUTION out = new Value(data + b.data, this, b); its backwardStep adds out.grad to the grads of this and b
        Value b = cast(other);
        Value out = new Value(data + b.data, this, b);
        out.backwardStep = () -> {
            grad += out.grad;
            b.grad += out.grad;
        };
        return out;
        // END SOLUTION
    }

    /** out = a − b;   ∂out/∂a = 1,  ∂out/∂b = −1. */
    @Override
    public Node sub(Node other) {
        // BEGIN SOLUTION out = new Value(data - b.data, this, b); this.grad += out.grad, b.grad -= out.grad
        Value b = cast(other);
        Value out = new Value(data - b.data, this, b);
        out.backwardStep = () -> {
            grad += out.grad;
            b.grad -= out.grad;
        };
        return out;
        // END SOLUTION
    }

    /** out = a · b;   ∂out/∂a = b,  ∂out/∂b = a (for x·x both add: 2x). */
    @Override
    public Node mul(Node other) {
        // BEGIN SOLUTION out = new Value(data * b.data, this, b); this.grad += b.data * out.grad, b.grad += data * out.grad (both +=: x.mul(x) must give 2x)
        Value b = cast(other);
        Value out = new Value(data * b.data, this, b);
        out.backwardStep = () -> {
            grad += b.data * out.grad;
            b.grad += data * out.grad;
        };
        return out;
        // END SOLUTION
    }

    /** out = a / b;   ∂out/∂a = 1/b,  ∂out/∂b = −a/b². */
    @Override
    public Node div(Node other) {
        // BEGIN SOLUTION out = new Value(data / b.data, this, b); this.grad += out.grad / b.data, b.grad -= data / (b.data * b.data) * out.grad
        Value b = cast(other);
        Value out = new Value(data / b.data, this, b);
        out.backwardStep = () -> {
            grad += out.grad / b.data;
            b.grad -= data / (b.data * b.data) * out.grad;
        };
        return out;
        // END SOLUTION
    }

    /** out = −a;   ∂out/∂a = −1. */
    @Override
    public Node neg() {
        // BEGIN SOLUTION out = new Value(-data, this); this.grad -= out.grad
        Value out = new Value(-data, this);
        out.backwardStep = () -> grad -= out.grad;
        return out;
        // END SOLUTION
    }

    /** out = a^p for a constant p;   ∂out/∂a = p · a^(p−1). */
    @Override
    public Node pow(double p) {
        // BEGIN SOLUTION out = new Value(Math.pow(data, p), this); this.grad += p * Math.pow(data, p - 1) * out.grad
        Value out = new Value(Math.pow(data, p), this);
        out.backwardStep = () -> grad += p * Math.pow(data, p - 1) * out.grad;
        return out;
        // END SOLUTION
    }

    /** out = e^a;   ∂out/∂a = e^a = out (the forward value, kept: no second exp). */
    @Override
    public Node exp() {
        // BEGIN SOLUTION out = new Value(Math.exp(data), this); this.grad += out.data * out.grad
        Value out = new Value(Math.exp(data), this);
        out.backwardStep = () -> grad += out.data * out.grad;
        return out;
        // END SOLUTION
    }

    /** out = ln a;   ∂out/∂a = 1/a. */
    @Override
    public Node log() {
        // BEGIN SOLUTION out = new Value(Math.log(data), this); this.grad += out.grad / data
        Value out = new Value(Math.log(data), this);
        out.backwardStep = () -> grad += out.grad / data;
        return out;
        // END SOLUTION
    }

    /** out = tanh a;   ∂out/∂a = 1 − out². */
    @Override
    public Node tanh() {
        // BEGIN SOLUTION out = new Value(Math.tanh(data), this); this.grad += (1 - out.data * out.data) * out.grad
        Value out = new Value(Math.tanh(data), this);
        out.backwardStep = () -> grad += (1 - out.data * out.data) * out.grad;
        return out;
        // END SOLUTION
    }

    /** out = σ(a) = 1/(1 + e^(−a)) for a ≥ 0, e^a/(1 + e^a) for a &lt; 0;   ∂out/∂a = out(1 − out). */
    @Override
    public Node sigmoid() {
        // BEGIN SOLUTION out = new Value(sigma(data), this) with sigma branching on the sign (no overflow); this.grad += out.data * (1 - out.data) * out.grad
        double s = data >= 0 ? 1 / (1 + Math.exp(-data)) : Math.exp(data) / (1 + Math.exp(data));
        Value out = new Value(s, this);
        out.backwardStep = () -> grad += out.data * (1 - out.data) * out.grad;
        return out;
        // END SOLUTION
    }

    /** out = max(0, a);   ∂out/∂a = 1 if a &gt; 0, else 0 (0 at the kink). */
    @Override
    public Node relu() {
        // BEGIN SOLUTION out = new Value(Math.max(0, data), this); this.grad += (data > 0 ? 1 : 0) * out.grad
        Value out = new Value(Math.max(0, data), this);
        out.backwardStep = () -> grad += (data > 0 ? out.grad : 0);
        return out;
        // END SOLUTION
    }

    /**
     * ∂this/∂u for every node u below this one: the nodes in topological order, every node other
     * than a leaf set to grad 0, this.grad += 1 (∂out/∂out), then each node's backwardStep from the
     * last node of the order to the first.
     */
    @Override
    public void backward() {
        // BEGIN SOLUTION order = topologicalOrder(); grad = 0 for every node with inputs; grad += 1; then backwardStep of each node in reverse order
        List<Value> order = topologicalOrder();
        for (Value u : order) {
            if (u.inputs.length > 0) {
                u.grad = 0;
            }
        }
        grad += 1;
        for (int j = order.size() - 1; j >= 0; j--) {
            order.get(j).backwardStep.run();
        }
        // END SOLUTION
    }

    /** grad = 0 for this node and every node below it. */
    @Override
    public void zeroGrad() {
        // BEGIN SOLUTION grad = 0 for every node of topologicalOrder()
        for (Value u : topologicalOrder()) {
            u.grad = 0;
        }
        // END SOLUTION
    }

    /**
     * Every node this one depends on, itself last, each after all of its inputs, each once (a node
     * reached along two paths too). A loop with an explicit stack, not recursion: a chain of 10⁵
     * nodes would need 10⁵ nested calls, more than a thread's stack holds (StackOverflowError).
     */
    List<Value> topologicalOrder() {
        // BEGIN SOLUTION depth-first with a stack of (node, index of its next input): push an unvisited input; when a node has no inputs left, pop it and append it to the order
        List<Value> order = new ArrayList<>();
        Set<Value> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Value> path = new ArrayDeque<>();
        Deque<Integer> nextInput = new ArrayDeque<>();
        visited.add(this);
        path.push(this);
        nextInput.push(0);
        while (!path.isEmpty()) {
            Value u = path.peek();
            int i = nextInput.pop();
            if (i < u.inputs.length) {
                nextInput.push(i + 1);
                Value input = u.inputs[i];
                if (visited.add(input)) {
                    path.push(input);
                    nextInput.push(0);
                }
            } else {
                path.pop();
                order.add(u);
            }
        }
        return order;
        // END SOLUTION
    }

    @Override
    public String toString() {
        return "Value(data=" + data + ", grad=" + grad + ")";
    }

    /** The other operand as a Value: every node of a graph is made by this class. */
    private static Value cast(Node other) {
        if (other instanceof Value v) {
            return v;
        }
        throw new IllegalArgumentException("cannot combine a Value with a " + (other == null ? "null" : other.getClass().getName()));
    }
}
