namespace EvidenceAppraisal.Tests.Support;

/// <summary>
/// A profile whose one local rule makes a chosen text fail at the rule stage and leaves every other text alone: six
/// unjoined sentence patterns that match only sentences saying "Sentence number", so <see cref="FailingBody"/> (twelve of
/// them) has 12^6 combinations and stops its session, while ordinary abstracts give the rule nothing to match.
/// </summary>
internal static class CombinatorialProfile
{
    public const string RuleId = "T-COMB-001";

    /// <summary>Twelve sentences the rule matches: more firings than a session allows.</summary>
    public static string FailingBody { get; } = string.Join(" ", Enumerable.Range(1, 12).Select(i => $"Sentence number {i} is here."));

    /// <summary>Writes the profile and its pack into <paramref name="folder"/>; returns the profile's path.</summary>
    public static string WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        var patterns = string.Concat(Enumerable.Range(0, 6).Select(i => $"      - fact: sentence\n        as: s{i}\n        where: Quote.Contains(\"Sentence number\")\n"));
        File.WriteAllText(Path.Combine(folder, "combinations.yaml"),
            $"pack: local\nversion: 1.0.0\nrules:\n  - id: {RuleId}\n    title: Combinations\n    category: test\n    severity: minor\n    when:\n{patterns}    then:\n      message: \"fired\"\n");
        var profile = Path.Combine(folder, "profile.yaml");
        File.WriteAllText(profile, "profile: test\ninclude:\n  - combinations.yaml\n");
        return profile;
    }
}
