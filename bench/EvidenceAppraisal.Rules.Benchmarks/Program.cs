using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using EvidenceAppraisal.Rules.Benchmarks;

// `generate DIR [N]` writes the generated pack for cold timings with `rules validate --timing DIR`;
// anything else runs the benchmarks (warm: after BenchmarkDotNet's warm-up).
if (args is ["generate", var folder, ..])
{
    GeneratedRules.Write(folder, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1000);
    Console.WriteLine($"wrote {Path.Combine(folder, "generated.yaml")}");
    return;
}

var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance)).WithOptions(ConfigOptions.DisableOptimizationsValidator);
BenchmarkSwitcher.FromAssembly(typeof(RuleSetCompileBenchmarks).Assembly).Run(args, config);
