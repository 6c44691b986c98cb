using EvidenceAppraisal.Documents;

namespace EvidenceAppraisal.Extraction.Design;

/// <summary>
/// Traits of this study's design stated in the title, aims, methods or results (not in the background, which
/// describes other work): pilot, crossover, cluster, non-inferiority, equivalence, phase, blinding,
/// open-label, multicentre, placebo-controlled, secondary analysis.
/// </summary>
internal static class DesignTraits
{
    private static readonly (Cue Cue, string Trait)[] Simple =
    [
        (DesignCues.Placebo, "placebo-controlled"),
        (DesignCues.Multicentre, "multicentre"),
        (DesignCues.Crossover, "crossover"),
        (DesignCues.Cluster, "cluster"),
        (DesignCues.NonInferiority, "non-inferiority"),
        (DesignCues.Equivalence, "equivalence"),
        (DesignCues.Pilot, "pilot"),
        (DesignCues.OpenLabel, "open-label"),
        (DesignCues.SecondaryAnalysis, "secondary-analysis"),
    ];

    public static IReadOnlySet<string> Find(DesignText text)
    {
        var traits = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (cue, trait) in Simple)
        {
            if (Describes(text, cue).Any)
            {
                traits.Add(trait);
            }
        }

        var blinding = Describes(text, DesignCues.Blinding);
        if (blinding.Any && !traits.Contains("open-label"))
        {
            traits.Add("blinded");
            var level = blinding.Hits.Select(h => h.Cue.ToLowerInvariant()).FirstOrDefault(c => c.StartsWith("double", StringComparison.Ordinal) || c.StartsWith("triple", StringComparison.Ordinal) || c.StartsWith("single", StringComparison.Ordinal));
            if (level is not null)
            {
                traits.Add(level[..level.IndexOfAny(['-', ' '])] + "-blind");
            }
        }

        foreach (var hit in Describes(text, DesignCues.Phase).Hits)
        {
            var match = DesignCues.Phase.Pattern.Match(hit.Cue);
            traits.Add("phase-" + Roman(match.Groups["phase"].Value));
            if (match.Groups["phase2"].Success)
            {
                traits.Add("phase-" + Roman(match.Groups["phase2"].Value));
            }
        }

        return traits;
    }

    /// <summary>Cues about this study: mentions checked, background sentences left out unless they say "we" or "this study".</summary>
    private static DesignEvidence Describes(DesignText text, Cue cue)
    {
        var found = DesignEvidence.Find(text, cue);
        return found.Hits.All(h => text.RoleOf(h.SentenceIndex) == SectionRole.Background && !text.SaysThisStudy(h.SentenceIndex)) ? DesignEvidence.None : found;
    }

    private static string Roman(string phase) => phase.ToUpperInvariant() switch
    {
        "1" => "I",
        "2" => "II",
        "3" => "III",
        "4" => "IV",
        var roman => roman,
    };
}
