package org.polynews.eval;

import org.polynews.cluster.EventModel;
import org.polynews.cluster.Logistic;
import org.polynews.cluster.StorylineModel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;

/**
 * Fits a pair decision ({@link EventModel}, {@link StorylineModel}): a logistic regression (Newton's method,
 * ridge-penalised) on labelled pairs, with cross-validation by group — pairs of one true storyline are held out
 * together, so each fold is predicted by a model that never saw its story. The thresholds (one per kind of pair: dated or with an
 * undated article, and for storylines within a language or across) are chosen on the held-out predictions of those pairs: the one
 * from 0.5 up with the best F-score, with precision weighing more than recall ({@link #EVENTS}, {@link #STORYLINES});
 * a kind with too few true pairs to choose on gets the strictest threshold chosen for the others (even odds, tried
 * first, joined undated storylines across languages at held-out precision 0.33). A wrong merge mixes two stories for every reader of
 * both, a missed one leaves two reports side by side; and undated pairs need it most, as nothing tells two calls of
 * one story months apart. (A fixed precision floor was tried: where held-out precision hovers near it, a handful of
 * pairs decided between thresholds 0.5 and 0.92.)
 */
public final class PairModelTrainer {
    static final double RIDGE = 1.0;
    static final int FOLDS = 5;
    /** A kind of pair with fewer true pairs than this has too few to choose a threshold on: it gets the strictest chosen. */
    static final int FEWEST_SAME = 50;
    private static final int ITERATIONS = 30;

    /** For the event decision precision weighs twice recall (F0.5): a wrong join shows two happenings as one. */
    public static final PairModelTrainer EVENTS = new PairModelTrainer(0.5);
    /**
     * For the storyline decision precision weighs four times recall (F0.25): a wrong join mixes two threads and every
     * event that later continues either, where a missed one leaves a thread in two.
     */
    public static final PairModelTrainer STORYLINES = new PairModelTrainer(0.25);

    private final double beta;

    /** @param beta how many times recall weighs less than precision when a threshold is chosen (F-beta) */
    public PairModelTrainer(double beta) {
        this.beta = beta;
    }

    /**
     * One pair's features (as the model computes them), the kind of pair it is (each kind gets its own threshold:
     * dated or undated, within a language or across), whether it is one event (storyline), and its fold group.
     */
    public record LabelledPair(double[] x, String kind, boolean same, String group) {
    }

    /** Cross-validated precision, recall and F1 of some pairs at a threshold. */
    public record Scores(int pairs, int same, double threshold, double precision, double recall, double f1) {
    }

    /** The weights fitted on all pairs, and their cross-validated scores on each kind of pair (in the order first seen) and on all. */
    public record Result(double[] weights, Map<String, Scores> kinds, Scores all) {
        public Result {
            weights = weights.clone();
            kinds = Collections.unmodifiableMap(new LinkedHashMap<>(kinds));
        }

        /** Each kind's threshold. */
        public Map<String, Double> thresholds() {
            Map<String, Double> out = new LinkedHashMap<>();
            kinds.forEach((kind, scores) -> out.put(kind, scores.threshold()));
            return out;
        }
    }

    public Result train(List<LabelledPair> pairs) {
        double[] heldOut = new double[pairs.size()];
        for (int fold = 0; fold < FOLDS; fold++) {
            List<LabelledPair> training = new ArrayList<>();
            for (LabelledPair p : pairs) {
                if (fold(p) != fold) {
                    training.add(p);
                }
            }
            double[] w = fit(training);
            for (int i = 0; i < pairs.size(); i++) {
                if (fold(pairs.get(i)) == fold) {
                    heldOut[i] = Logistic.probability(w, pairs.get(i).x());
                }
            }
        }
        Map<String, Scores> kinds = new LinkedHashMap<>();
        pairs.forEach(p -> kinds.computeIfAbsent(p.kind(), k -> best(pairs, heldOut, k)));
        double strictest = kinds.values().stream().filter(s -> s.same() >= FEWEST_SAME)
                .mapToDouble(Scores::threshold).max().orElse(0.5);
        kinds.replaceAll((kind, scores) -> scores.same() >= FEWEST_SAME ? scores : at(pairs, heldOut, kind, strictest));
        double[] prf = precisionRecall(pairs, heldOut, i -> kinds.get(pairs.get(i).kind()).threshold());
        int same = (int) pairs.stream().filter(LabelledPair::same).count();
        Scores all = new Scores(pairs.size(), same, Double.NaN, round(prf[0]), round(prf[1]), round(prf[2]));
        return new Result(fit(pairs), kinds, all);
    }

    /** The threshold for one kind of pair, chosen on its held-out predictions, and its scores. */
    private Scores best(List<LabelledPair> pairs, double[] heldOut, String kind) {
        OfKind some = OfKind.of(pairs, heldOut, kind);
        if (some.same() < FEWEST_SAME) {
            return some.scores(0.5);
        }
        Scores best = null;
        double bestF = -1;
        // never below even odds: the labelled pairs lack the hardest cases (two happenings of one day, one place)
        for (int step = 50; step < 100; step++) {
            double threshold = step / 100.0;
            double[] prf = precisionRecall(some.pairs(), some.probability(), i -> threshold);
            double f = prf[0] + prf[1] == 0 ? 0 : (1 + beta * beta) * prf[0] * prf[1] / (beta * beta * prf[0] + prf[1]);
            if (f > bestF) {
                bestF = f;
                best = some.scores(threshold);
            }
        }
        return best;
    }

    /** One kind's held-out scores at a given threshold. */
    private static Scores at(List<LabelledPair> pairs, double[] heldOut, String kind, double threshold) {
        return OfKind.of(pairs, heldOut, kind).scores(threshold);
    }

    /** The pairs of one kind and their held-out probabilities. */
    private record OfKind(List<LabelledPair> pairs, double[] probability) {
        static OfKind of(List<LabelledPair> all, double[] heldOut, String kind) {
            List<LabelledPair> some = new ArrayList<>();
            List<Double> probability = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).kind().equals(kind)) {
                    some.add(all.get(i));
                    probability.add(heldOut[i]);
                }
            }
            return new OfKind(some, probability.stream().mapToDouble(Double::doubleValue).toArray());
        }

        int same() {
            return (int) pairs.stream().filter(LabelledPair::same).count();
        }

        Scores scores(double threshold) {
            double[] prf = precisionRecall(pairs, probability, i -> threshold);
            return new Scores(pairs.size(), same(), threshold, round(prf[0]), round(prf[1]), round(prf[2]));
        }
    }

    private static int fold(LabelledPair p) {
        return Math.floorMod(p.group().hashCode(), FOLDS);
    }

    /** Precision, recall and F1 of the pairs whose probability reaches their threshold ({@code threshold} of the pair's index). */
    private static double[] precisionRecall(List<LabelledPair> pairs, double[] probability, IntToDoubleFunction threshold) {
        int tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < pairs.size(); i++) {
            boolean guessed = probability[i] >= threshold.applyAsDouble(i);
            if (guessed && pairs.get(i).same()) tp++;
            else if (guessed) fp++;
            else if (pairs.get(i).same()) fn++;
        }
        return new double[] {precision(tp, fp), recall(tp, fn), f1(tp, fp, fn)};
    }

    private static double precision(int tp, int fp) {
        return tp + fp == 0 ? 1 : tp / (double) (tp + fp);
    }

    private static double recall(int tp, int fn) {
        return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    }

    private static double f1(int tp, int fp, int fn) {
        double p = precision(tp, fp);
        double r = recall(tp, fn);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Newton's method on the ridge-penalised log-likelihood (the constant, feature 0, is not penalised). */
    static double[] fit(List<LabelledPair> pairs) {
        int p = pairs.get(0).x().length;
        double[] w = new double[p];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[][] system = new double[p][p + 1];
            for (LabelledPair pair : pairs) {
                double[] x = pair.x();
                double mu = Logistic.probability(w, x);
                double weight = Math.max(1e-9, mu * (1 - mu));
                double residual = (pair.same() ? 1 : 0) - mu;
                for (int i = 0; i < p; i++) {
                    for (int j = 0; j < p; j++) {
                        system[i][j] += weight * x[i] * x[j];
                    }
                    system[i][p] += residual * x[i];
                }
            }
            for (int i = 1; i < p; i++) {
                system[i][i] += RIDGE;
                system[i][p] -= RIDGE * w[i];
            }
            system[0][0] += 1e-9;
            double[] step = SimilarityTrainer.solve(system);
            double change = 0;
            for (int i = 0; i < p; i++) {
                w[i] += step[i];
                change = Math.max(change, Math.abs(step[i]));
            }
            if (change < 1e-6) {
                break;
            }
        }
        return w;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
