package org.polynews.eval;

import org.polynews.similarity.Dimension;
import org.polynews.similarity.PairSignals;
import org.polynews.similarity.SimilarityModel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.IntPredicate;

/**
 * Fits a {@link SimilarityModel}: one ridge regression per dimension from the pair signals to the judges'
 * scores. How much to shrink the weights, and whether the products of the story signals take part, is chosen
 * per dimension by an inner cross-validation on the training pairs alone. Reports k-fold cross-validated
 * predictions — each pair predicted by a model (settings included) that never saw it — so the numbers say
 * how the model does on pairs it has not seen; the shipped model is then fitted on all pairs. Pairs are
 * dealt to folds by a fixed shuffle, so a run is repeatable.
 */
public final class SimilarityTrainer {
    /** The shrinkages tried, in units of pairs on standardised signals: more guards against fitting a file's quirks. */
    static final double[] RIDGES = {1, 3, 10, 30};
    private static final int INNER_FOLDS = 5;
    /** Settings this close (Pearson) to the best in the inner cross-validation count as good as the best. */
    private static final double SIMPLER_MARGIN = 0.005;
    private static final long SHUFFLE_SEED = 20220708L;

    /** The fitted model, the cross-validated predictions it is judged by, and the settings chosen on all pairs. */
    public record Training(SimilarityModel model, SimilarityReport crossValidated, int folds, Map<Dimension, Settings> settings) {
    }

    /**
     * How one dimension is fitted.
     *
     * @param ridge        shrinkage, in pairs
     * @param interactions whether products of story signals are used (else only the single signals)
     */
    public record Settings(double ridge, boolean interactions) {
        @Override
        public String toString() {
            return "ridge " + (ridge == Math.rint(ridge) ? String.valueOf((long) ridge) : String.valueOf(ridge))
                    + (interactions ? ", with interactions" : ", single signals");
        }
    }

    public Training train(List<SimilarityEvaluation.PairMeasurement> measured, int folds, String trainedOn) {
        return train(measured, folds, trainedOn, null);
    }

    /**
     * @param encoderId the sentence encoder whose vectors the measurements' {@code dense} cosines come from; when
     *                  some pairs have one, dense weights are fitted on those pairs (and cross-validated the same way)
     */
    public Training train(List<SimilarityEvaluation.PairMeasurement> measured, int folds, String trainedOn, String encoderId) {
        return train(measured, folds, false, trainedOn, encoderId);
    }

    /**
     * @param byLanguagePair cross-validate by holding out one language pair at a time (each pair is then
     *                       predicted by a model that saw no pair in its languages) instead of {@code folds}
     *                       random folds; the model fitted on all pairs is the same either way
     */
    public Training train(List<SimilarityEvaluation.PairMeasurement> measured, int folds, boolean byLanguagePair, String trainedOn,
                          String encoderId) {
        List<SimilarityEvaluation.PairMeasurement> usable = measured.stream().filter(m -> m.signals() != null).toList();
        int[] fold = new int[usable.size()];
        String validation;
        if (byLanguagePair) {
            List<String> languagePairs = usable.stream().map(m -> m.pair().languagePair()).distinct().sorted().toList();
            if (languagePairs.size() < 2) {
                throw new IllegalArgumentException("holding out language pairs needs pairs in at least two language pairs, have " + languagePairs);
            }
            for (int i = 0; i < usable.size(); i++) {
                fold[i] = languagePairs.indexOf(usable.get(i).pair().languagePair());
            }
            folds = languagePairs.size();
            validation = "cross-validated by language pair (each held out in turn)";
        } else {
            if (folds < 2 || usable.size() < folds * 2) {
                throw new IllegalArgumentException("need at least " + Math.max(2, folds) * 2 + " scorable pairs for " + folds + "-fold cross-validation, have " + usable.size());
            }
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < usable.size(); i++) {
                order.add(i);
            }
            Collections.shuffle(order, new Random(SHUFFLE_SEED));
            for (int i = 0; i < order.size(); i++) {
                fold[order.get(i)] = i % folds;
            }
            validation = folds + "-fold cross-validated";
        }
        List<Map<Dimension, Double>> heldOut = new ArrayList<>();
        for (int i = 0; i < usable.size(); i++) {
            heldOut.add(new EnumMap<>(Dimension.class));
        }
        boolean dense = usable.stream().anyMatch(m -> !Double.isNaN(m.dense()));
        for (int k = 0; k < folds; k++) {
            for (Dimension d : Dimension.values()) {
                final int test = k;
                SimilarityModel.Weights w = fitChosen(usable, d, i -> fold[i] != test, FREE);
                SimilarityModel.Weights wd = dense ? fitChosen(usable, d, i -> fold[i] != test && hasDense(usable, i), DENSE) : null;
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
        Map<Dimension, Settings> settings = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            Settings chosen = choose(usable, d, i -> true, FREE);
            settings.put(d, chosen);
            all.put(d, fit(usable, d, i -> true, FREE, chosen));
            if (dense) {
                allDense.put(d, fitChosen(usable, d, i -> hasDense(usable, i), DENSE));
            }
        }
        SimilarityModel model = new SimilarityModel(PairSignals.NAMES, all, trainedOn);
        if (dense) {
            model = model.withDense(allDense, encoderId, trainedOn);
        }
        return new Training(model, new SimilarityReport(validation, predictions, 0), folds, settings);
    }

    /** The model-free features of a pair, and the same with the vectors' cosine. */
    private static final Function<SimilarityEvaluation.PairMeasurement, double[]> FREE = m -> m.signals().values();
    private static final Function<SimilarityEvaluation.PairMeasurement, double[]> DENSE = m -> SimilarityModel.withDense(m.signals().values(), m.dense());

    private static boolean hasDense(List<SimilarityEvaluation.PairMeasurement> data, int i) {
        return !Double.isNaN(data.get(i).dense());
    }

    private static SimilarityModel.Weights fitChosen(List<SimilarityEvaluation.PairMeasurement> data, Dimension d, IntPredicate include,
                                                     Function<SimilarityEvaluation.PairMeasurement, double[]> features) {
        return fit(data, d, include, features, choose(data, d, include, features));
    }

    /**
     * The settings whose predictions agree best (Pearson) with the judges in a cross-validation over the
     * included pairs only, preferring the simpler (single signals, then more shrinkage) when it is nearly as good.
     */
    static Settings choose(List<SimilarityEvaluation.PairMeasurement> data, Dimension d, IntPredicate include,
                           Function<SimilarityEvaluation.PairMeasurement, double[]> features) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            if (include.test(i) && data.get(i).pair().judged().get(d) != null) {
                rows.add(i);
            }
        }
        int[] innerFold = new int[data.size()];
        for (int r = 0; r < rows.size(); r++) {
            innerFold[rows.get(r)] = r % INNER_FOLDS;
        }
        List<Settings> candidates = new ArrayList<>();
        List<Double> pearsons = new ArrayList<>();
        for (boolean interactions : new boolean[] {false, true}) {
            for (int r = RIDGES.length - 1; r >= 0; r--) {
                Settings candidate = new Settings(RIDGES[r], interactions);
                double[] predicted = new double[rows.size()];
                double[] judged = new double[rows.size()];
                for (int k = 0; k < INNER_FOLDS; k++) {
                    final int test = k;
                    SimilarityModel.Weights w = fit(data, d, i -> include.test(i) && innerFold[i] != test, features, candidate);
                    for (int r2 = 0; r2 < rows.size(); r2++) {
                        int i = rows.get(r2);
                        if (innerFold[i] == k) {
                            predicted[r2] = w.score(features.apply(data.get(i)));
                            judged[r2] = data.get(i).pair().judged().get(d);
                        }
                    }
                }
                candidates.add(candidate);
                double pearson = Correlation.pearson(predicted, judged);
                // too few or too uniform pairs to tell: no evidence for this candidate
                pearsons.add(Double.isNaN(pearson) ? Double.NEGATIVE_INFINITY : pearson);
            }
        }
        // the simplest settings within a hair of the best: a difference that small is the folds' luck
        double bestPearson = pearsons.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        Settings best = candidates.get(0);
        for (int c = candidates.size() - 1; c >= 0; c--) {
            if (pearsons.get(c) >= bestPearson - SIMPLER_MARGIN) {
                best = candidates.get(c);
            }
        }
        return best;
    }

    /**
     * Ridge regression on standardised signals, returned on the signals' own scale. Without interactions the
     * products get no weight.
     */
    static SimilarityModel.Weights fit(List<SimilarityEvaluation.PairMeasurement> data, Dimension d, IntPredicate include,
                                       Function<SimilarityEvaluation.PairMeasurement, double[]> features, Settings settings) {
        int p = features.apply(data.get(0)).length;
        List<double[]> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            Double y = data.get(i).pair().judged().get(d);
            if (include.test(i) && y != null) {
                double[] x = features.apply(data.get(i));
                if (!settings.interactions()) {
                    Arrays.fill(x, PairSignals.SINGLE_FEATURES, PairSignals.NAMES.size(), 0);
                }
                xs.add(x);
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
            a[i][i] += settings.ridge();
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
    static double[] solve(double[][] a) {
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
