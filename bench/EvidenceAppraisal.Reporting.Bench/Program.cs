using BenchmarkDotNet.Running;
using EvidenceAppraisal.Reporting.Bench;

// `cpu [N]` prints processor time per report and format (robust when other work shares the machine);
// anything else goes to BenchmarkDotNet (wall-clock time and allocations).
if (args.Length > 0 && args[0] == "cpu")
{
    CpuTiming.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(RenderBenchmarks).Assembly).Run(args);
