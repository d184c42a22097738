package org.polynews.encoder;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The models a user has added, under {@code DATA/models/NAME/} ({@code model.onnx}, {@code tokenizer.json},
 * {@code polynews-model.json}), and which one is in use ({@code DATA/models/active}). A model is checked —
 * loaded and run once — before it is installed, so a broken one never replaces a working one.
 */
public final class ModelStore {
    public static final String FOLDER = "models";
    private static final String ACTIVE = "active";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final Path root;
    private final ObjectMapper json;

    public ModelStore(Path dataDir, ObjectMapper json) {
        this.root = dataDir.resolve(FOLDER);
        this.json = json;
    }

    /** One installed model. */
    public record ModelInfo(String name, Path dir, EncoderConfig config, long bytes, boolean active) {
    }

    /** Copies a local model folder in, with its settings adjusted by {@code settings}. */
    public ModelInfo addFromDirectory(String name, Path from, UnaryOperator<EncoderConfig> settings) {
        checkName(name);
        if (!Files.isDirectory(from)) {
            throw new ModelException(from + " is not a folder (expected one with " + OnnxTextEncoder.MODEL_FILE + " and " + OnnxTextEncoder.TOKENIZER_FILE + ")");
        }
        Path staging = staging(name);
        try {
            deleteTree(staging);
            Files.createDirectories(staging);
            for (String file : List.of(OnnxTextEncoder.MODEL_FILE, OnnxTextEncoder.TOKENIZER_FILE)) {
                Path source = from.resolve(file);
                if (!Files.isRegularFile(source)) {
                    throw new ModelException(name + ": " + file + " is missing in " + from);
                }
                Files.copy(source, staging.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
            return install(name, staging, readConfig(from.resolve(EncoderConfig.FILE)), settings);
        } catch (IOException e) {
            throw new ModelException("cannot copy the model from " + from + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(staging);
        }
    }

    /**
     * Downloads a model from a HuggingFace-style repository URL. A broken download stays in
     * {@code models/NAME.download} and is resumed by the next call with the same name.
     */
    public ModelInfo addFromUrl(String name, URI repository, UnaryOperator<EncoderConfig> settings, DownloadListener listener)
            throws IOException, InterruptedException {
        checkName(name);
        Path staging = root.resolve(name + ".download");
        new ModelDownloader().download(repository, staging, listener);
        ModelInfo installed = install(name, staging, readConfig(staging.resolve(EncoderConfig.FILE)), settings);
        deleteQuietly(staging);
        return installed;
    }

    private ModelInfo install(String name, Path staged, EncoderConfig found, UnaryOperator<EncoderConfig> settings) throws IOException {
        EncoderConfig config = settings.apply(found).withSha256(ModelDownloader.sha256(staged.resolve(OnnxTextEncoder.MODEL_FILE)));
        try (OnnxTextEncoder probe = OnnxTextEncoder.open(name, staged, config, 1)) {
            probe.checkVocabulary(staged.resolve(OnnxTextEncoder.TOKENIZER_FILE), json);
        }
        Files.writeString(staged.resolve(EncoderConfig.FILE), json.writerWithDefaultPrettyPrinter().writeValueAsString(config), StandardCharsets.UTF_8);
        Path target = root.resolve(name);
        Path old = root.resolve(name + ".old");
        deleteTree(old);
        if (Files.exists(target)) {
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(old);
        return info(name);
    }

    private Path staging(String name) {
        return root.resolve(name + ".adding");
    }

    private EncoderConfig readConfig(Path file) throws IOException {
        return Files.isRegularFile(file) ? json.readValue(file.toFile(), EncoderConfig.class) : EncoderConfig.DEFAULTS;
    }

    public List<ModelInfo> list() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<ModelInfo> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.sorted().toList()) {
                String name = dir.getFileName().toString();
                if (Files.isDirectory(dir) && NAME.matcher(name).matches() && !name.contains(".")
                        && Files.isRegularFile(dir.resolve(OnnxTextEncoder.MODEL_FILE))) {
                    out.add(info(name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
        return out;
    }

    public ModelInfo info(String name) {
        Path dir = root.resolve(name);
        if (!Files.isRegularFile(dir.resolve(OnnxTextEncoder.MODEL_FILE))) {
            throw new ModelException("no model named " + name + " (polynews models list shows the installed ones)");
        }
        try {
            long bytes;
            try (Stream<Path> files = Files.list(dir)) {
                bytes = files.mapToLong(f -> f.toFile().length()).sum();
            }
            return new ModelInfo(name, dir, readConfig(dir.resolve(EncoderConfig.FILE)), bytes, active().filter(name::equals).isPresent());
        } catch (IOException e) {
            throw new ModelException("cannot read the model " + name + ": " + e.getMessage(), e);
        }
    }

    public void remove(String name) {
        info(name);
        try {
            if (active().filter(name::equals).isPresent()) {
                Files.delete(root.resolve(ACTIVE));
            }
            deleteTree(root.resolve(name));
        } catch (IOException e) {
            throw new ModelException("cannot remove " + root.resolve(name) + ": " + e.getMessage(), e);
        }
    }

    /** Makes {@code name} the model in use; null stops using any. */
    public void use(String name) {
        try {
            if (name == null) {
                Files.deleteIfExists(root.resolve(ACTIVE));
                return;
            }
            info(name);
            Files.createDirectories(root);
            Path temp = root.resolve(ACTIVE + ".tmp");
            Files.writeString(temp, name + "\n", StandardCharsets.UTF_8);
            Files.move(temp, root.resolve(ACTIVE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new ModelException("cannot record the model in use in " + root + ": " + e.getMessage(), e);
        }
    }

    public Optional<String> active() {
        Path file = root.resolve(ACTIVE);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip()).filter(s -> !s.isEmpty()) : Optional.empty();
        } catch (IOException e) {
            throw new ModelException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Where the similarity weights fitted for this model go ({@code train similarity --model NAME}). */
    public Path similarityModel(String name) {
        return info(name).dir().resolve("similarity-model.json");
    }

    /** Loads an installed model; {@code threads} for ONNX Runtime's own parallelism. */
    public OnnxTextEncoder open(String name, int threads) {
        ModelInfo info = info(name);
        return OnnxTextEncoder.open(name, info.dir(), info.config(), threads);
    }

    private static void checkName(String name) {
        if (!NAME.matcher(name).matches() || name.contains(".")) {
            throw new ModelException("a model name is letters, digits, - and _ (up to 64), not '" + name + "'");
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            deleteTree(dir);
        } catch (IOException e) {
            // a leftover staging folder is replaced by the next add
        }
    }
}
