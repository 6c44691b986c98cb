namespace EvidenceAppraisal.Cli.Tests;

/// <summary>Runs the CLI in-process with captured output; serialised, since the console is global.</summary>
internal static class CliRun
{
    private static readonly object Gate = new();

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
                var code = CliApp.Run(args);
                return (code, outWriter.ToString(), errWriter.ToString());
            }
            finally
            {
                Console.SetOut(stdout);
                Console.SetError(stderr);
            }
        }
    }

    public static string TempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "ea-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
