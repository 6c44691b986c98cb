namespace EvidenceAppraisal.Reporting.Model;

/// <summary>
/// The one report model every format renders. Its JSON form is the public contract: names are stable
/// (see <c>schema/report.schema.json</c>); later fields are added, never renamed.
/// </summary>
public sealed record AppraisalReport
{
    public required string Source { get; init; }
    public required DocumentView Document { get; init; }
    public required DesignView Design { get; init; }
    /// <summary>The evidence level a rule assigned (OCEBM 2011 for a treatment question), or null.</summary>
    public LevelView? Level { get; init; }
    public required FactsView Facts { get; init; }
    public required IReadOnlyList<FlagView> Flags { get; init; }
    public required SeverityCounts Counts { get; init; }
    /// <summary>Journal-club questions, one per flag that asks one, most severe first.</summary>
    public required IReadOnlyList<string> Questions { get; init; }
    public required Provenance Provenance { get; init; }
}

public sealed record DocumentView
{
    public required string Title { get; init; }
    public required bool TranslatedTitle { get; init; }
    public string? Language { get; init; }
    public required IReadOnlyList<SectionView> Sections { get; init; }
    public string? Pmid { get; init; }
    public string? Doi { get; init; }
    public string? Journal { get; init; }
    public int? Year { get; init; }
    public IReadOnlyList<string> PublicationTypes { get; init; } = [];
    /// <summary>Every body sentence, with the ids of flags quoting it (for annotation).</summary>
    public required IReadOnlyList<SentenceView> Sentences { get; init; }
}

public sealed record SectionView(string? Label, string Role, string Text);

/// <param name="Flags">The numbers of the flags quoting this sentence (see <see cref="FlagView.Number"/>).</param>
public sealed record SentenceView(int Index, string Role, string Text, IReadOnlyList<int> Flags);

public sealed record DesignView
{
    public required string Kind { get; init; }
    public required string Name { get; init; }
    public required double Confidence { get; init; }
    public required IReadOnlyList<string> Evidence { get; init; }
    public IReadOnlyList<string> Cues { get; init; } = [];
    public bool FromIndexing { get; init; }
    public IReadOnlyList<string> Traits { get; init; } = [];
}

public sealed record LevelView(string Scale, string Level, string Reason, string RuleId);

public sealed record FactsView
{
    public required IReadOnlyList<ClaimView> Claims { get; init; }
    public required IReadOnlyList<ControversyView> Controversies { get; init; }
    public required IReadOnlyList<HedgeView> Hedges { get; init; }
    public required NumbersView Numbers { get; init; }
    public required IReadOnlyList<RegistrationView> Registrations { get; init; }
}

public sealed record ClaimView(string Text, string Direction, string Outcome, bool Quantified, bool Reported, string Strength, string Role);

public sealed record ControversyView(string Text, string Cue, IReadOnlyList<string> About);

public sealed record HedgeView(string Text, string Cue);

public sealed record NumbersView
{
    public int? SampleSize { get; init; }
    public string? SampleSizeUnit { get; init; }
    public required IReadOnlyList<EstimateView> EffectEstimates { get; init; }
    public required IReadOnlyList<IntervalView> ConfidenceIntervals { get; init; }
    public required IReadOnlyList<PValueView> PValues { get; init; }
}

public sealed record EstimateView(string Text, string Measure, double Value, bool HasInterval, string Sentence);

public sealed record IntervalView(string Text, double Level, double Lower, double Upper);

public sealed record PValueView(string Text, string Comparator, double? Value);

public sealed record RegistrationView(string Id, string Registry, bool FromMetadata);

public sealed record FlagView
{
    /// <summary>1-based position in the report, for cross-references (a rule may raise several flags).</summary>
    public required int Number { get; init; }
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Category { get; init; }
    public required string Severity { get; init; }
    public required string Message { get; init; }
    public required IReadOnlyList<string> Evidence { get; init; }
    public string? Why { get; init; }
    public string? Question { get; init; }
    public string? Advice { get; init; }
    public required string Pack { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<string> References { get; init; } = [];
}

public sealed record SeverityCounts(int Critical, int Major, int Minor, int Info);

public sealed record Provenance
{
    public required string ToolVersion { get; init; }
    public required IReadOnlyList<PackVersion> Packs { get; init; }
    public required string Profile { get; init; }
    /// <summary>SHA-256 of the normalised abstract text the report was made from.</summary>
    public required string InputHash { get; init; }
    public required string GeneratedAt { get; init; }
    public string Note { get; init; } = "An appraisal of the abstract only; the full text may answer what the abstract leaves out.";
}

public sealed record PackVersion(string Name, string Version);
