using System.Globalization;
using EvidenceAppraisal.Reporting.Model;

namespace EvidenceAppraisal.Reporting.Appraising;

/// <summary>
/// The three-line summary at the top of every format: what the study is and how strong that kind of evidence
/// is, what it claims on what numbers, and what most needs asking. Built from the model, so formats agree.
/// </summary>
internal static class BottomLine
{
    public static IReadOnlyList<string> Build(DesignView design, LevelView? level, FactsView facts, IReadOnlyList<FlagView> flags, SeverityCounts counts) =>
        [WhatItIs(design, level), WhatItClaims(facts), WhatToAsk(flags, counts)];

    private static string WhatItIs(DesignView design, LevelView? level)
    {
        var name = Capitalise(design.Kind == "other" ? "a study of undetermined design" : Article(design.Name) + " " + design.Name);
        if (level is null)
        {
            return $"{name}; the rules assigned no evidence level.";
        }

        var tier = EvidencePyramid.Tier(level.Level);
        var position = tier switch
        {
            1 => ", the strongest tier for a treatment question",
            { } t when t == EvidencePyramid.TierCount => ", the weakest tier for a treatment question",
            _ => "",
        };
        return $"{name}: evidence level {level.Level} of {EvidencePyramid.TierCount} on {level.Scale}{position}.";
    }

    private static string WhatItClaims(FactsView facts)
    {
        var n = facts.Numbers;
        var sample = n.SampleSize is { } size ? $"{size.ToString(CultureInfo.InvariantCulture)} {n.SampleSizeUnit}" : "no sample size stated";
        var claims = facts.Claims;
        if (claims.Count == 0)
        {
            return $"No outcome claim found; {sample}.";
        }

        var own = claims.Count(c => !c.Reported);
        var whose = own == claims.Count ? "the study's own" : own == 0 ? "all reported from other work" : $"{own} the study's own, {claims.Count - own} reported from other work";
        var quantified = claims.Count(c => c.Numbers.Count > 0 || c.Quantified);
        var backing = quantified == 0 ? "none with a number behind it" : quantified == claims.Count ? "each with numbers behind it" : $"{quantified} with numbers behind them";
        return $"{Count(claims.Count, "outcome claim")} ({whose}), {backing}; {sample}.";
    }

    private static string WhatToAsk(IReadOnlyList<FlagView> flags, SeverityCounts counts)
    {
        if (flags.Count == 0)
        {
            return "No rule raised a flag; the full text still decides.";
        }

        var parts = new[] { (counts.Critical, "critical"), (counts.Major, "major"), (counts.Minor, "minor"), (counts.Info, "info") }
            .Where(p => p.Item1 > 0).Select(p => $"{p.Item1} {p.Item2}");
        return $"{Count(flags.Count, "flag")} ({string.Join(", ", parts)}); most serious: {flags[0].Title}.";
    }

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";

    private static string Article(string word) => word.Length > 0 && "aeiou".Contains(char.ToLowerInvariant(word[0])) ? "an" : "a";

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
