namespace EvidenceAppraisal.Cli.Tests;

/// <summary>Runs the CLI in-process with captured output (see <see cref="CliTool"/>), and temporary folders for its outputs.</summary>
internal static class CliRun
{
    public static (int Code, string Out, string Error) Run(params string[] args) => CliTool.Run(args);

    public static string TempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "ea-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
