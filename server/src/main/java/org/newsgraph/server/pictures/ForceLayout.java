package org.newsgraph.server.pictures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A deterministic force-directed layout (Fruchterman and Reingold, 1991): linked nodes attract,
 * all nodes repel, a weak pull to the centre keeps unlinked nodes in view, and a temperature that
 * cools linearly caps each step. The start positions come from a fixed seed and the iterations are
 * capped, so the same input always gives the same positions. A last pass pushes apart circles that
 * still overlap, so no two node centres coincide and, where the box has room, no two circles
 * overlap. Every circle stays inside the box.
 *
 * @param width      the box's width, positive
 * @param height     the box's height, positive
 * @param seed       seeds the start positions
 * @param iterations how many force steps, not negative
 */
public record ForceLayout(double width, double height, long seed, int iterations) {

    /** Room kept between two circles and between a circle and the box's edge. */
    static final double GAP = 2;
    /** Most passes of the overlap removal. */
    private static final int SEPARATION_PASSES = 300;
    /** How strongly every node is pulled to the centre, per unit of its distance from it. */
    private static final double GRAVITY = 0.05;

    public ForceLayout {
        if (!(width > 0) || !(height > 0) || iterations < 0) {
            throw new IllegalArgumentException("the box must have a positive size and iterations must not be negative: "
                    + width + " x " + height + ", " + iterations);
        }
    }

    /** A layout of a box with a fixed seed and 300 iterations. */
    public static ForceLayout of(double width, double height) {
        return new ForceLayout(width, height, 17, 300);
    }

    /** Nodes {@code from} and {@code to} (indexes into the radii) attract each other with {@code weight}. */
    public record Link(int from, int to, double weight) {

        public Link {
            if (from < 0 || to < 0 || !(weight > 0)) {
                throw new IllegalArgumentException("a link joins two indexes with a positive weight: " + from + ", "
                        + to + ", " + weight);
            }
        }
    }

    /** A node's centre. */
    public record Point(double x, double y) {
    }

    /**
     * Places the nodes.
     *
     * @param radii each node's circle radius, not negative; a circle must fit the box
     * @param links the attractions between them
     * @return each node's centre, in the order of {@code radii}
     * @throws IllegalArgumentException if a link names a node that is not there or a circle cannot fit
     */
    public List<Point> place(List<Double> radii, List<Link> links) {
        Objects.requireNonNull(radii, "radii");
        Objects.requireNonNull(links, "links");
        int n = radii.size();
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = radii.get(i);
            if (!(r[i] >= 0) || 2 * (r[i] + GAP) > Math.min(width, height)) {
                throw new IllegalArgumentException("radius " + r[i] + " does not fit a box of " + width + " x " + height);
            }
        }
        for (Link link : links) {
            if (link.from() >= n || link.to() >= n) {
                throw new IllegalArgumentException("a link names node " + Math.max(link.from(), link.to()) + " of " + n);
            }
        }
        double[] x = new double[n];
        double[] y = new double[n];
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            x[i] = width * (0.25 + 0.5 * random.nextDouble());
            y[i] = height * (0.25 + 0.5 * random.nextDouble());
        }
        if (n > 1) {
            forces(x, y, r, links);
        }
        separate(x, y, r);
        List<Point> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            points.add(new Point(x[i], y[i]));
        }
        return points;
    }

    private void forces(double[] x, double[] y, double[] r, List<Link> links) {
        int n = x.length;
        double k = 0.8 * Math.sqrt(width * height / n);
        double start = Math.min(width, height) / 8;
        double[] dx = new double[n];
        double[] dy = new double[n];
        for (int step = 0; step < iterations; step++) {
            Arrays.fill(dx, 0);
            Arrays.fill(dy, 0);
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double ex = x[i] - x[j];
                    double ey = y[i] - y[j];
                    double d = Math.max(Math.hypot(ex, ey), 0.01);
                    double push = k * k / d / d;
                    dx[i] += ex * push;
                    dy[i] += ey * push;
                    dx[j] -= ex * push;
                    dy[j] -= ey * push;
                }
            }
            for (Link link : links) {
                int i = link.from();
                int j = link.to();
                if (i == j) {
                    continue;
                }
                double ex = x[i] - x[j];
                double ey = y[i] - y[j];
                double d = Math.max(Math.hypot(ex, ey), 0.01);
                double pull = d / k * (1 + Math.log(link.weight()));
                dx[i] -= ex * pull;
                dy[i] -= ey * pull;
                dx[j] += ex * pull;
                dy[j] += ey * pull;
            }
            double temperature = start * (1 - (double) step / iterations);
            for (int i = 0; i < n; i++) {
                double gx = dx[i] - GRAVITY * (x[i] - width / 2);
                double gy = dy[i] - GRAVITY * (y[i] - height / 2);
                double length = Math.hypot(gx, gy);
                if (length > 0) {
                    double moved = Math.min(length, temperature);
                    x[i] += gx / length * moved;
                    y[i] += gy / length * moved;
                }
                x[i] = clamp(x[i], r[i], width);
                y[i] = clamp(y[i], r[i], height);
            }
        }
    }

    /** Pushes overlapping circles apart, half each way; coinciding centres part along a fixed angle. */
    private void separate(double[] x, double[] y, double[] r) {
        int n = x.length;
        for (int pass = 0; pass < SEPARATION_PASSES; pass++) {
            boolean moved = false;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double ex = x[j] - x[i];
                    double ey = y[j] - y[i];
                    double d = Math.hypot(ex, ey);
                    double wanted = r[i] + r[j] + GAP;
                    if (d >= wanted) {
                        continue;
                    }
                    double shift = (wanted - d) / 2 + 1e-6;
                    if (d < 1e-9) {
                        double angle = 2.399963 * (i * 31 + j);
                        ex = Math.cos(angle);
                        ey = Math.sin(angle);
                        d = 1;
                    }
                    x[i] = clamp(x[i] - ex / d * shift, r[i], width);
                    y[i] = clamp(y[i] - ey / d * shift, r[i], height);
                    x[j] = clamp(x[j] + ex / d * shift, r[j], width);
                    y[j] = clamp(y[j] + ey / d * shift, r[j], height);
                    moved = true;
                }
            }
            if (!moved) {
                return;
            }
        }
    }

    private static double clamp(double value, double radius, double size) {
        return Math.max(radius + GAP, Math.min(size - radius - GAP, value));
    }
}
