using System.Globalization;
using Spectre.Console;

namespace EvidenceAppraisal.Cli.Batch;

/// <summary>How progress is shown: a live bar on a terminal, plain periodic lines when output is redirected, or nothing.</summary>
internal enum ProgressMode
{
    Auto,
    Bar,
    Plain,
    None,
}

/// <summary>
/// Shows a run's progress while <paramref name="run"/> works: records written, rate, share of the input bytes
/// read, and the time left estimated from the bytes still to read.
/// </summary>
internal static class BatchProgress
{
    public static async Task ShowAsync(ProgressMode mode, TimeSpan interval, IAnsiConsole console, TextWriter plain, BatchStatistics stats, ByteProgress bytes, Task run)
    {
        if (mode == ProgressMode.Auto)
        {
            mode = !Console.IsOutputRedirected && console.Profile.Capabilities.Interactive ? ProgressMode.Bar : ProgressMode.Plain;
        }

        switch (mode)
        {
            case ProgressMode.Bar:
                await console.Progress()
                    .AutoClear(false)
                    .HideCompleted(false)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new ElapsedTimeColumn())
                    .StartAsync(async context =>
                    {
                        var task = context.AddTask(Describe(stats), maxValue: Math.Max(1, bytes.TotalBytes));
                        while (!run.IsCompleted)
                        {
                            await Task.WhenAny(run, Task.Delay(200)).ConfigureAwait(false);
                            task.Value = bytes.ReadBytes;
                            task.Description = Describe(stats);
                        }

                        task.Value = task.MaxValue;
                        task.Description = Describe(stats);
                    }).ConfigureAwait(false);
                break;
            case ProgressMode.Plain:
                while (!run.IsCompleted)
                {
                    await Task.WhenAny(run, Task.Delay(interval)).ConfigureAwait(false);
                    if (!run.IsCompleted)
                    {
                        await plain.WriteLineAsync(PlainLine(stats, bytes)).ConfigureAwait(false);
                    }
                }

                break;
            default:
                await Task.WhenAny(run).ConfigureAwait(false);
                break;
        }

        await run.ConfigureAwait(false);
    }

    private static string Describe(BatchStatistics stats) =>
        Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{stats.Written:N0} records, {stats.RecordsPerSecond:N0}/s, {stats.Errors:N0} errors"));

    /// <summary>One line a log keeps: <c>batch: 12,345 records (3 errors), 4,812/s, 41% of input, 0:00:12 left</c>.</summary>
    public static string PlainLine(BatchStatistics stats, ByteProgress bytes)
    {
        var share = bytes.TotalBytes == 0 ? 1 : (double)bytes.ReadBytes / bytes.TotalBytes;
        var elapsed = stats.Elapsed;
        var left = share > 0.001 ? TimeSpan.FromSeconds(elapsed.TotalSeconds * (1 - share) / share) : (TimeSpan?)null;
        return string.Create(CultureInfo.InvariantCulture,
            $"batch: {stats.Written:N0} records ({stats.Errors:N0} errors), {stats.RecordsPerSecond:N0}/s, {share:P0} of input, {(left is { } l ? l.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : "?")} left");
    }
}
