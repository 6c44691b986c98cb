namespace EvidenceAppraisal.Tests.Support;

/// <summary>
/// Paths in the repository, found from the test binary upwards. One file, linked into every test project by
/// tests/Directory.Build.props; a project adds its own paths in a partial part of this class.
/// </summary>
internal static partial class Repo
{
    public static string Root { get; } = Find();

    /// <summary>The abstract the project started from, as a reader pasted it (boilerplate included).</summary>
    public static string Seed => Path.Combine(Root, "seeds", "heparin-sepsis.txt");

    public static string SeedText => File.ReadAllText(Seed);

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EvidenceAppraisal.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
    }
}
