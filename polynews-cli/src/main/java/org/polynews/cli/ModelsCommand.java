package org.polynews.cli;

import org.polynews.Polynews;
import org.polynews.encoder.ModelStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.nio.file.Path;

@Command(name = "models", mixinStandardHelpOptions = true,
        description = {"Optional neural sentence encoders (ONNX + HuggingFace tokenizer.json). Nothing is downloaded unless",
                "you run 'models add NAME --from URL'."},
        subcommands = {ModelAddCommand.class, ModelListCommand.class, ModelRemoveCommand.class, ModelUseCommand.class, ModelBenchCommand.class})
final class ModelsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose: add, list, remove, use, bench");
    }

    /** The models of a data folder. */
    static ModelStore store(Path data) {
        return new ModelStore(data, Polynews.jsonMapper());
    }
}
