using System.Diagnostics;
using System.Globalization;

namespace EvidenceAppraisal.Reporting.Bench;

/// <summary>
/// Processor time (all threads of this process, garbage collection included) per rendered report, after a
/// warm-up. Unlike wall-clock time it does not grow when other processes compete for the cores.
/// </summary>
internal static class CpuTiming
{
    public static void Run(int iterations)
    {
        Console.WriteLine($"processor time per report, mean of {iterations} renders after 20 warm-up renders");
        Console.WriteLine("| abstract | HTML | PDF | Markdown | JSON |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var name in new[] { "seed", "trial" })
        {
            var bench = new RenderBenchmarks { Abstract = name };
            bench.Setup();
            var cells = new (string Format, Func<int> Render)[] { ("HTML", bench.Html), ("PDF", bench.Pdf), ("Markdown", bench.Markdown), ("JSON", bench.Json) }
                .Select(f => Measure(f.Render, iterations).ToString("0.00", CultureInfo.InvariantCulture) + " ms");
            Console.WriteLine($"| {name} | {string.Join(" | ", cells)} |");
        }
    }

    private static double Measure(Func<int> render, int iterations)
    {
        for (var i = 0; i < 20; i++)
        {
            render();
        }

        GC.Collect();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = process.TotalProcessorTime;
        for (var i = 0; i < iterations; i++)
        {
            render();
        }

        process.Refresh();
        return (process.TotalProcessorTime - before).TotalMilliseconds / iterations;
    }
}
