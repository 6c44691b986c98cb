using System.Diagnostics;

namespace EvidenceAppraisal.Tests.Support;

/// <summary>
/// The command-line tool: in process (fast, serialised: the console is global) or as a child process (for standard
/// input, kills and faults). Linked into the test projects that reference the CLI (<c>SharedCliTool</c> in their
/// project file).
/// </summary>
internal static class CliTool
{
    private static readonly object Gate = new();

    /// <summary>The CLI's entry assembly, built beside the tests.</summary>
    public static string Dll { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "evidence-appraisal.dll");

    public static (int Code, string Out, string Error) Run(params string[] args)
    {
        lock (Gate)
        {
            var (stdout, stderr) = (Console.Out, Console.Error);
            using var outWriter = new StringWriter();
            using var errWriter = new StringWriter();
            Console.SetOut(outWriter);
            Console.SetError(errWriter);
            // Spectre's console binds to the writer current at its first use: rebind it for every run.
            Spectre.Console.AnsiConsole.Console = Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings { Out = new Spectre.Console.AnsiConsoleOutput(outWriter) });
            try
            {
                var code = EvidenceAppraisal.Cli.CliApp.Run(args);
                return (code, outWriter.ToString(), errWriter.ToString());
            }
            finally
            {
                Console.SetOut(stdout);
                Console.SetError(stderr);
            }
        }
    }

    /// <summary>Starts the CLI as its own process (<c>dotnet evidence-appraisal.dll ...</c>), output captured.</summary>
    public static Process Start(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        return Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet");
    }

    /// <summary>Runs the CLI as a child process to the end (bounded by <paramref name="timeout"/>).</summary>
    public static (int Code, string Out, string Error) RunProcess(TimeSpan timeout, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        using var process = Start(environment, args);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"evidence-appraisal {string.Join(' ', args)} did not finish in {timeout}");
        }

        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
