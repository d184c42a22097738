package org.polynews.eval;

import org.polynews.similarity.Dimension;
import org.polynews.similarity.PairSignals;
import org.polynews.similarity.SimilarityModel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Fits a {@link SimilarityModel}: one ridge regression per dimension from the pair signals to the judges'
 * scores. Reports k-fold cross-validated predictions — each pair predicted by a model that never saw
 * it — so the numbers say how the model does on pairs it has not seen; the shipped model is then fitted
 * on all pairs. Pairs are dealt to folds by a fixed shuffle, so a run is repeatable.
 */
public final class SimilarityTrainer {
    /** Shrinks weights toward zero, in units of pairs: guards against fitting this file's quirks. */
    public static final double RIDGE = 10;
    private static final long SHUFFLE_SEED = 20220708L;

    /** The fitted model and the cross-validated predictions it is judged by. */
    public record Training(SimilarityModel model, SimilarityReport crossValidated, int folds) {
    }

    public Training train(List<SimilarityEvaluation.PairMeasurement> measured, int folds, String trainedOn) {
        return train(measured, folds, trainedOn, null);
    }

    /**
     * @param encoderId the sentence encoder whose vectors the measurements' {@code dense} cosines come from; when
     *                  some pairs have one, dense weights are fitted on those pairs (and cross-validated the same way)
     */
    public Training train(List<SimilarityEvaluation.PairMeasurement> measured, int folds, String trainedOn, String encoderId) {
        List<SimilarityEvaluation.PairMeasurement> usable = measured.stream().filter(m -> m.signals() != null).toList();
        if (folds < 2 || usable.size() < folds * 2) {
            throw new IllegalArgumentException("need at least " + Math.max(2, folds) * 2 + " scorable pairs for " + folds + "-fold cross-validation, have " + usable.size());
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < usable.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(SHUFFLE_SEED));
        int[] fold = new int[usable.size()];
        for (int i = 0; i < order.size(); i++) {
            fold[order.get(i)] = i % folds;
        }
        List<Map<Dimension, Double>> heldOut = new ArrayList<>();
        for (int i = 0; i < usable.size(); i++) {
            heldOut.add(new EnumMap<>(Dimension.class));
        }
        boolean dense = usable.stream().anyMatch(m -> !Double.isNaN(m.dense()));
        for (int k = 0; k < folds; k++) {
            for (Dimension d : Dimension.values()) {
                final int test = k;
                SimilarityModel.Weights w = fit(usable, d, i -> fold[i] != test, FREE);
                SimilarityModel.Weights wd = dense ? fit(usable, d, i -> fold[i] != test && hasDense(usable, i), DENSE) : null;
                for (int i = 0; i < usable.size(); i++) {
                    if (fold[i] == k) {
                        SimilarityEvaluation.PairMeasurement m = usable.get(i);
                        heldOut.get(i).put(d, wd != null && hasDense(usable, i) ? wd.score(DENSE.apply(m)) : w.score(FREE.apply(m)));
                    }
                }
            }
        }
        List<PairPrediction> predictions = new ArrayList<>();
        for (int i = 0; i < usable.size(); i++) {
            predictions.add(new PairPrediction(usable.get(i).pair(), heldOut.get(i), null));
        }
        Map<Dimension, SimilarityModel.Weights> all = new EnumMap<>(Dimension.class);
        Map<Dimension, SimilarityModel.Weights> allDense = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            all.put(d, fit(usable, d, i -> true, FREE));
            if (dense) {
                allDense.put(d, fit(usable, d, i -> hasDense(usable, i), DENSE));
            }
        }
        SimilarityModel model = new SimilarityModel(PairSignals.NAMES, all, trainedOn);
        if (dense) {
            model = model.withDense(allDense, encoderId, trainedOn);
        }
        return new Training(model, new SimilarityReport(folds + "-fold cross-validated", predictions, 0), folds);
    }

    /** The model-free features of a pair, and the same with the vectors' cosine. */
    private static final Function<SimilarityEvaluation.PairMeasurement, double[]> FREE = m -> m.signals().values();
    private static final Function<SimilarityEvaluation.PairMeasurement, double[]> DENSE = m -> SimilarityModel.withDense(m.signals().values(), m.dense());

    private static boolean hasDense(List<SimilarityEvaluation.PairMeasurement> data, int i) {
        return !Double.isNaN(data.get(i).dense());
    }

    /** Ridge regression on standardised signals, returned on the signals' own scale. */
    static SimilarityModel.Weights fit(List<SimilarityEvaluation.PairMeasurement> data, Dimension d, java.util.function.IntPredicate include,
                                       Function<SimilarityEvaluation.PairMeasurement, double[]> features) {
        int p = features.apply(data.get(0)).length;
        List<double[]> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            Double y = data.get(i).pair().judged().get(d);
            if (include.test(i) && y != null) {
                xs.add(features.apply(data.get(i)));
                ys.add(y);
            }
        }
        int n = xs.size();
        double[] mean = new double[p];
        double[] sd = new double[p];
        double yMean = ys.stream().mapToDouble(Double::doubleValue).average().orElse(2.5);
        for (double[] x : xs) {
            for (int j = 0; j < p; j++) {
                mean[j] += x[j] / n;
            }
        }
        for (double[] x : xs) {
            for (int j = 0; j < p; j++) {
                sd[j] += (x[j] - mean[j]) * (x[j] - mean[j]) / n;
            }
        }
        for (int j = 0; j < p; j++) {
            sd[j] = sd[j] < 1e-12 ? 0 : Math.sqrt(sd[j]);
        }
        double[][] a = new double[p][p + 1];
        for (int r = 0; r < n; r++) {
            double[] z = standardise(xs.get(r), mean, sd);
            double y = ys.get(r) - yMean;
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < p; j++) {
                    a[i][j] += z[i] * z[j];
                }
                a[i][p] += z[i] * y;
            }
        }
        for (int i = 0; i < p; i++) {
            a[i][i] += RIDGE;
        }
        double[] beta = solve(a);
        double[] coefficients = new double[p];
        double intercept = yMean;
        for (int j = 0; j < p; j++) {
            coefficients[j] = sd[j] == 0 ? 0 : beta[j] / sd[j];
            intercept -= coefficients[j] * mean[j];
        }
        return new SimilarityModel.Weights(intercept, coefficients);
    }

    private static double[] standardise(double[] x, double[] mean, double[] sd) {
        double[] z = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            z[j] = sd[j] == 0 ? 0 : (x[j] - mean[j]) / sd[j];
        }
        return z;
    }

    /** Gauss–Jordan elimination with partial pivoting on an augmented, positive-definite system. */
    private static double[] solve(double[][] a) {
        int p = a.length;
        for (int c = 0; c < p; c++) {
            int pivot = c;
            for (int r = c + 1; r < p; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
                    pivot = r;
                }
            }
            double[] t = a[c];
            a[c] = a[pivot];
            a[pivot] = t;
            for (int r = 0; r < p; r++) {
                if (r != c) {
                    double f = a[r][c] / a[c][c];
                    for (int k = c; k <= p; k++) {
                        a[r][k] -= f * a[c][k];
                    }
                }
            }
        }
        double[] x = new double[p];
        for (int i = 0; i < p; i++) {
            x[i] = a[i][p] / a[i][i];
        }
        return x;
    }
}
