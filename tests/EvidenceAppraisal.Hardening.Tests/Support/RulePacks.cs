namespace EvidenceAppraisal.Hardening.Tests.Support;

/// <summary>Small rule packs written for one test.</summary>
internal static class RulePacks
{
    /// <summary>A pack 'local' of <paramref name="count"/> rules, each on a design fact with the given condition.</summary>
    public static string Write(TempFolder folder, int count, string where = "Confidence >= 0")
    {
        var rules = string.Concat(Enumerable.Range(1, count).Select(i => $"""
              - id: T-{i:000}
                title: Test rule {i}
                category: test
                severity: minor
                when:
                  - fact: design
                    as: d
                    where: '{where}'
                then:
                  message: "rule {i} fired"

            """));
        return folder.Write("local/rules.yaml", $"pack: local\nversion: 1.0.0\nrules:\n{rules}");
    }
}
