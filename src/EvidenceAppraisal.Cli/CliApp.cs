using EvidenceAppraisal.Cli.Commands;
using EvidenceAppraisal.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace EvidenceAppraisal.Cli;

/// <summary>The command-line application: commands, and the one place where failures become messages and exit codes.</summary>
public static class CliApp
{
    public static int Run(string[] args)
    {
        // "-" (standard input) would reach Spectre as an option without a name.
        args = [.. args.Select(a => a == "-" ? "" : a)];
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("evidence-appraisal");
            config.PropagateExceptions();
            config.AddCommand<ReportCommand>("report")
                .WithDescription("Appraise one abstract and write its report (HTML, PDF, JSON, Markdown).")
                .WithExample("report", "seeds/heparin-sepsis.txt", "--out", "out/");
            config.AddCommand<BatchCommand>("batch")
                .WithDescription("Appraise every record of many inputs in parallel: appraisals.jsonl, summary.csv, errors.jsonl; resumable.")
                .WithExample("batch", "pubmed25n0001.xml.gz", "--out", "out/batch");
            config.AddCommand<ReadCommand>("read")
                .WithDescription("Read an input (or --pmid) and show the records the reader found; the reading stage alone.")
                .WithExample("read", "records.xml.gz", "--quiet");
            config.AddCommand<EvaluateCommand>("evaluate")
                .WithDescription("Measure extraction accuracy on a labelled corpus (corpus/FORMAT.md).");
            config.AddCommand<ServeCommand>("serve")
                .WithDescription("Start the journal-club web app on this computer (page and JSON API).")
                .WithExample("serve", "--port", "5080");
            config.AddBranch("rules", rules =>
            {
                rules.SetDescription("Inspect, validate and test rule packs and profiles.");
                rules.AddCommand<RulesListCommand>("list").WithDescription("List rules: id, severity, pack, status, title; filter by --tag.");
                rules.AddCommand<RulesShowCommand>("show").WithDescription("Show one rule as it will run, and its source.");
                rules.AddCommand<RulesExplainCommand>("explain").WithDescription("Which rules fired on an input and why; how far the others got.");
                rules.AddCommand<RulesValidateCommand>("validate").WithDescription("Load, compile and check packs or a profile; print diagnostics.");
                rules.AddCommand<RulesTestCommand>("test").WithDescription("Run every rule's inline tests.");
            });
        });

        try
        {
            return app.Run(args);
        }
        catch (Exception ex)
        {
            var code = UserErrors.Report(ex, Console.Error);
            if (code >= 0)
            {
                return code;
            }

            // An unexpected failure is a bug: one line for the user, the details only on request.
            Console.Error.WriteLine($"error: internal error ({ex.GetType().Name}): {ex.Message}");
            if (Environment.GetEnvironmentVariable("EVIDENCE_APPRAISAL_DEBUG") == "1")
            {
                Console.Error.WriteLine(ex);
            }

            return ExitCodes.Failed;
        }
    }
}
