package org.polynews.eval;

import org.polynews.cluster.EventModel;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits the {@link EventModel}: a logistic regression (Newton's method, ridge-penalised) on labelled pairs, with
 * cross-validation by group — pairs of one true storyline are held out together, so each fold is predicted by a
 * model that never saw its story. The thresholds (one for dated pairs, one for pairs with an undated article) are
 * chosen on the held-out predictions of those pairs: the lowest from 0.5 up that keeps precision at
 * {@link #PRECISION} or more, else the one with the best F0.5. A wrong merge mixes two stories for every reader of both, a missed one leaves
 * two reports side by side; and undated pairs need it most, as nothing tells two calls of one story months apart.
 */
public final class EventModelTrainer {
    static final double RIDGE = 1.0;
    static final int FOLDS = 5;
    static final double PRECISION = 0.97;
    private static final int ITERATIONS = 30;

    /** One pair's features ({@link EventModel#values}), whether both are dated, whether it is one event, and its fold group. */
    public record LabelledPair(double[] x, boolean dated, boolean same, String group) {
    }

    /** Cross-validated precision, recall and F1 of some pairs at a threshold. */
    public record Scores(int pairs, int same, double threshold, double precision, double recall, double f1) {
    }

    /** The model fitted on all pairs, and its cross-validated scores on dated pairs, undated pairs and all. */
    public record Result(EventModel model, Scores dated, Scores undated, Scores all) {
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
                    heldOut[i] = EventModel.probability(w, pairs.get(i).x());
                }
            }
        }
        Scores dated = best(pairs, heldOut, true);
        Scores undated = best(pairs, heldOut, false);
        int tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < pairs.size(); i++) {
            LabelledPair p = pairs.get(i);
            boolean guessed = heldOut[i] >= (p.dated() ? dated.threshold() : undated.threshold());
            if (guessed && p.same()) tp++;
            else if (guessed) fp++;
            else if (p.same()) fn++;
        }
        Scores all = new Scores(pairs.size(), tp + fn, Double.NaN, round(precision(tp, fp)), round(recall(tp, fn)), round(f1(tp, fp, fn)));
        EventModel model = new EventModel(EventModel.FEATURES, fit(pairs), dated.threshold(), undated.threshold());
        return new Result(model, dated, undated, all);
    }

    /** The threshold with the best held-out F0.5 on the dated (or undated) pairs, and its scores. */
    private static Scores best(List<LabelledPair> pairs, double[] heldOut, boolean dated) {
        List<LabelledPair> some = new ArrayList<>();
        List<Double> probability = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            if (pairs.get(i).dated() == dated) {
                some.add(pairs.get(i));
                probability.add(heldOut[i]);
            }
        }
        double[] p = probability.stream().mapToDouble(Double::doubleValue).toArray();
        int same = (int) some.stream().filter(LabelledPair::same).count();
        Scores best = null;
        double bestF = -1;
        // never below even odds: the labelled pairs lack the hardest cases (two happenings of one day, one place)
        for (int step = 50; step < 100; step++) {
            double threshold = step / 100.0;
            double[] prf = precisionRecall(some, p, threshold);
            Scores scores = new Scores(some.size(), same, threshold, round(prf[0]), round(prf[1]), round(prf[2]));
            if (prf[0] >= PRECISION && prf[1] > 0) {
                return scores;
            }
            double f = prf[0] + prf[1] == 0 ? 0 : 1.25 * prf[0] * prf[1] / (0.25 * prf[0] + prf[1]);
            if (f > bestF) {
                bestF = f;
                best = scores;
            }
        }
        return best;
    }

    private static int fold(LabelledPair p) {
        return Math.floorMod(p.group().hashCode(), FOLDS);
    }

    private static double[] precisionRecall(List<LabelledPair> pairs, double[] probability, double threshold) {
        int tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < pairs.size(); i++) {
            boolean guessed = probability[i] >= threshold;
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
        int p = EventModel.FEATURES.size();
        double[] w = new double[p];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[][] system = new double[p][p + 1];
            for (LabelledPair pair : pairs) {
                double[] x = pair.x();
                double mu = EventModel.probability(w, x);
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
