using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using EvidenceAppraisal.Cli.Infrastructure;
using EvidenceAppraisal.Evaluation;
using EvidenceAppraisal.Reporting.Composition;
using EvidenceAppraisal.Rules.Compiling;
using EvidenceAppraisal.Rules.Surveying;
using Spectre.Console;
using Spectre.Console.Cli;

namespace EvidenceAppraisal.Cli.Commands;

/// <summary><c>evaluate CORPUS [--json FILE] [--floors FILE] [--flags]</c>: measure extraction accuracy on a labelled corpus, and which rules flag each design.</summary>
internal sealed class EvaluateCommand : Command<EvaluateCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<CORPUS>")]
        [Description("A folder of labelled *.jsonl files (corpus/FORMAT.md) or one such file.")]
        public string Corpus { get; init; } = "";

        [CommandOption("--json <FILE>")]
        [Description("Also write the metrics as JSON: task → metric → value.")]
        public string? Json { get; init; }

        [CommandOption("--floors <FILE>")]
        [Description("A JSON file of minimum (or, for 'wrong' and 'abstained', maximum) figures; exit 1 when one is missed.")]
        public string? Floors { get; init; }

        [CommandOption("--task <NAME>")]
        [Description("Only this task (design, roles, claims, sample-size, p-values, registration, hedges).")]
        public string? Task { get; init; }

        [CommandOption("--flags")]
        [Description("Also run the shipped rules on the design-labelled records and print which rules flag each design.")]
        public bool Flags { get; init; }

        [CommandOption("--flags-top <N>")]
        [Description("With --flags: rules listed per design and kind (default 12).")]
        public int FlagsTop { get; init; } = 12;

        [CommandOption("--flags-sample <N>")]
        [Description("With --flags: print a seeded random sample of N findings (minor and above) to check by hand.")]
        public int FlagsSample { get; init; }

        [CommandOption("--flags-seed <N>")]
        [Description("With --flags-sample: the random seed (default 1); the same seed gives the same sample.")]
        public int FlagsSeed { get; init; } = 1;

        public override ValidationResult Validate() =>
            FlagsTop < 1 || FlagsSample < 0 ? ValidationResult.Error("--flags-top must be at least 1 and --flags-sample at least 0") : base.Validate();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var records = CorpusReader.Read(settings.Corpus).Where(r => settings.Task is null || r.Task == settings.Task);
        var results = new Evaluator().Run(records);
        foreach (var result in results)
        {
            Console.WriteLine($"{result.Task} ({result.Records} records): " +
                string.Join(", ", result.Metrics.Where(m => !m.Key.Contains('.', StringComparison.Ordinal)).Select(m => $"{m.Key} {m.Value.ToString("0.000", CultureInfo.InvariantCulture)}")));
            Console.Write(result.Details);
        }

        if (settings.Flags)
        {
            PrintFlagSurvey(settings);
        }

        if (settings.Json is not null)
        {
            var json = results.ToDictionary(r => r.Task, r => r.Metrics.ToDictionary(m => m.Key, m => Math.Round(m.Value, 4)));
            AtomicOutput.WriteAll(Path.GetDirectoryName(Path.GetFullPath(settings.Json))!,
                [(Path.GetFileName(settings.Json), JsonSerializer.SerializeToUtf8Bytes(json, new JsonSerializerOptions { WriteIndented = true }))]);
        }

        return settings.Floors is null ? ExitCodes.Ok : CheckFloors(settings.Floors, results);
    }

    private static void PrintFlagSurvey(Settings settings)
    {
        var survey = new FlagSurvey(RuleSetCompiler.Load(ProductPaths.Rules)).Run(CorpusReader.Read(settings.Corpus));
        Console.Write(survey.Describe(settings.FlagsTop));
        if (settings.FlagsSample == 0)
        {
            return;
        }

        Console.WriteLine($"sample of {settings.FlagsSample} findings (seed {settings.FlagsSeed}):");
        foreach (var (item, i) in survey.Sample(settings.FlagsSample, settings.FlagsSeed).Select((f, i) => (f, i + 1)))
        {
            var evidence = item.Flag.Evidence.FirstOrDefault() ?? "";
            Console.WriteLine($"  {i,2}. {item.RecordId} [{item.Design}] {item.Flag.Id} ({item.Flag.Severity.ToString().ToLowerInvariant()}): {item.Flag.Message}");
            Console.WriteLine($"      \"{(evidence.Length > 200 ? evidence[..200] + "..." : evidence)}\"");
        }
    }

    /// <summary>Floors: { "task": { "metric": value } }; metrics named "wrong" or "abstained" are ceilings.</summary>
    private static int CheckFloors(string path, IReadOnlyList<EvaluationResult> results)
    {
        Dictionary<string, Dictionary<string, double>>? floors;
        try
        {
            floors = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, double>>>(File.ReadAllText(path));
        }
        catch (Exception ex) when (ex is JsonException or IOException)
        {
            throw new UserException($"{path}: cannot read floors ({ex.Message})");
        }

        var missed = 0;
        foreach (var (task, metrics) in floors ?? [])
        {
            var result = results.FirstOrDefault(r => r.Task == task);
            foreach (var (metric, bound) in metrics)
            {
                if (result is null || !result.Metrics.TryGetValue(metric, out var value))
                {
                    Console.WriteLine($"floor: {task}.{metric} not measured");
                    missed++;
                    continue;
                }

                var ceiling = metric is "wrong" or "abstained";
                var ok = ceiling ? value <= bound + 1e-9 : value >= bound - 1e-9;
                if (!ok)
                {
                    Console.WriteLine($"floor: {task}.{metric} = {value:0.000} is {(ceiling ? "above" : "below")} {bound:0.000}");
                    missed++;
                }
            }
        }

        Console.WriteLine(missed == 0 ? "all floors met" : $"{missed} floor(s) missed");
        return missed == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }
}
