using System.Globalization;
using Spectre.Console;

namespace EvidenceAppraisal.Cli.Batch;

/// <summary>The closing summary: records, errors, designs, the most frequent flags, throughput, and where the outputs are.</summary>
internal static class BatchReport
{
    public const int TopFlags = 10;

    public static void Print(IAnsiConsole console, BatchStatistics stats, BatchOptions options, BatchPaths paths, int? indexed)
    {
        string N(double value) => value.ToString("N0", CultureInfo.InvariantCulture);
        var run = new Table().Title("batch").AddColumns("", "");
        run.HideHeaders();
        run.AddRow("records written", N(stats.Written));
        run.AddRow("appraised", N(stats.Appraised));
        run.AddRow("errors", N(stats.Errors));
        if (stats.Skipped > 0)
        {
            run.AddRow("skipped (done before)", N(stats.Skipped));
        }

        if (stats.Duplicates > 0)
        {
            run.AddRow("duplicates (first kept)", N(stats.Duplicates));
        }

        run.AddRow("elapsed", stats.Elapsed.ToString(@"h\:mm\:ss\.f", CultureInfo.InvariantCulture));
        run.AddRow("throughput", $"{N(stats.RecordsPerSecond)} records/s with {options.Jobs} worker(s)");
        console.Write(run);

        if (stats.Designs.Count > 0)
        {
            var designs = new Table().Title("designs").AddColumns("design", "records");
            foreach (var (design, count) in stats.Designs.OrderByDescending(d => d.Value).ThenBy(d => d.Key, StringComparer.Ordinal))
            {
                designs.AddRow(Markup.Escape(design), N(count));
            }

            console.Write(designs);
        }

        if (stats.Flags.Count > 0)
        {
            var flags = new Table().Title($"most frequent flags (top {TopFlags})").AddColumns("flag", "records", "share");
            foreach (var (id, count) in stats.Flags.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).Take(TopFlags))
            {
                flags.AddRow(Markup.Escape(id), N(count), ((double)count / Math.Max(1, stats.Appraised)).ToString("P0", CultureInfo.InvariantCulture));
            }

            console.Write(flags);
        }

        console.WriteLine(paths.Appraisals);
        console.WriteLine(paths.Summary);
        console.WriteLine(paths.Errors);
        if (indexed is not null)
        {
            console.WriteLine($"{paths.Index} ({N(indexed.Value)} records)");
        }
    }
}
