namespace EvidenceAppraisal.Rules.Tests;

/// <summary>Writes rule packs into a fresh temporary folder for one test.</summary>
internal sealed class RuleFiles : IDisposable
{
    public RuleFiles()
    {
        Root = Path.Combine(Path.GetTempPath(), "ea-rules-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public static string ShippedRules => Path.Combine(AppContext.BaseDirectory, "rules");

    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>A one-rule pack 'local' whose rule has the given <c>when</c> block (indented 6) and message.</summary>
    public string Rule(string when, string message = "fired", string extra = "") => Write("local/rule.yaml", $"""
        pack: local
        version: 1.0.0
        rules:
          - id: T-001
            title: Test rule
            category: test
            severity: minor
        {extra}
            when:
        {when}
            then:
              message: "{message}"
        """);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder is harmless
        }
    }
}
