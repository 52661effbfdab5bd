package nngrader.cli;

import nngrader.batch.BatchFolder;
import nngrader.batch.BatchInputException;
import nngrader.batch.classreport.ClassResults;
import nngrader.batch.IoProblem;
import nngrader.batch.shard.ShardMerger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code grader merge}: joins the output folders of {@code grader batch --shard i/N} runs. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Joins the --out folders of sharded grader batch runs into one, with summary.csv and"
                + " report.md for the whole class.",
                "The folders must be the shards 1/N to N/N of one regrade of one assignment, each once.",
                "Example: grader merge --out graded shard-1 shard-2 shard-3"})
final class MergeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "where the joined results go (may be one of the shard folders)")
    Path out;

    @Parameters(arity = "1..*", paramLabel = "SHARD_DIR", description = "the --out folders of the shards' batch runs")
    List<Path> shards;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        BatchFolder folder = new BatchFolder(out);
        ShardMerger.MergeResult merged;
        try {
            merged = new ShardMerger().merge(shards, folder);
        } catch (BatchInputException e) {
            err.println("grader merge: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("grader merge: cannot copy the shards into " + out + ": " + IoProblem.describe(e) + ".");
            return 1;
        }
        merged.warnings().forEach(w -> err.println("grader merge: " + w));
        String title = merged.title();
        String plotsProblem;
        try {
            plotsProblem = new ClassResults().write(merged.records(), title, folder);
        } catch (IOException e) {
            err.println("grader merge: cannot write the summary into " + out + ": " + IoProblem.describe(e) + ".");
            return 1;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("Merged " + merged.records().size() + " submissions from " + shards.size() + " shards.");
        if (plotsProblem != null) {
            stdout.println("The plots could not be drawn: " + plotsProblem);
        }
        stdout.println("Wrote " + folder.summaryCsv() + " and " + folder.reportMd());
        stdout.flush();
        return 0;
    }
}
