namespace EvidenceAppraisal.Reporting.Model;

/// <summary>
/// The one report model every format renders, in reading order. Its JSON form is the public contract,
/// described by <c>schema/report.schema.json</c>: names are stable; later fields are added, never renamed.
/// </summary>
public sealed record AppraisalReport
{
    public required string Source { get; init; }
    /// <summary>The profile's report title and logo, when it sets them.</summary>
    public BrandingView? Branding { get; init; }
    public required DocumentView Document { get; init; }
    public required DesignView Design { get; init; }
    /// <summary>The evidence level a rule assigned (OCEBM 2011 for a treatment question), or null.</summary>
    public LevelView? Level { get; init; }
    public required GlanceView Glance { get; init; }
    public required FactsView Facts { get; init; }
    /// <summary>Every flag, grouped by category (most serious category first), most severe first within a group.</summary>
    public required IReadOnlyList<FlagView> Flags { get; init; }
    /// <summary>The categories of <see cref="Flags"/> in report order, each listing its flags' numbers.</summary>
    public required IReadOnlyList<FlagGroupView> FlagGroups { get; init; }
    public required SeverityCounts Counts { get; init; }
    /// <summary>Reporting checklists and appraisal questions that apply to this design, pre-filled from flags' answers; empty when none applies.</summary>
    public required IReadOnlyList<ChecklistView> Checklists { get; init; }
    /// <summary>Journal-club questions, one per flag that asks one, in flag order.</summary>
    public required IReadOnlyList<string> Questions { get; init; }
    /// <summary>A search for better evidence on the same question, when the question's PICO is known.</summary>
    public SearchView? Search { get; init; }
    public required Provenance Provenance { get; init; }
}

/// <param name="Title">The profile's report title (its journal club's name).</param>
/// <param name="Logo">The profile's logo as a <c>data:</c> URI, so every format stays self-contained.</param>
public sealed record BrandingView(string? Title, string? Logo);

public sealed record DocumentView
{
    public required string Title { get; init; }
    public required bool TranslatedTitle { get; init; }
    /// <summary>The original's language as the record gives it ("chi"), or null.</summary>
    public string? Language { get; init; }
    /// <summary>The original's language in words ("Chinese"), or null when unknown.</summary>
    public string? LanguageName { get; init; }
    public required IReadOnlyList<SectionView> Sections { get; init; }
    public string? Pmid { get; init; }
    public string? Doi { get; init; }
    public string? PubmedUrl { get; init; }
    public string? DoiUrl { get; init; }
    public string? Journal { get; init; }
    public int? Year { get; init; }
    public IReadOnlyList<string> PublicationTypes { get; init; } = [];
    /// <summary>The numbers of the flags that quote the title (flags resting on the record as a whole).</summary>
    public IReadOnlyList<int> TitleFlags { get; init; } = [];
    /// <summary>Every body sentence, with the numbers of the flags quoting it (for annotation).</summary>
    public required IReadOnlyList<SentenceView> Sentences { get; init; }
}

public sealed record SectionView(string? Label, string Role, string Text);

/// <param name="Section">Index into <see cref="DocumentView.Sections"/> of the section holding the sentence.</param>
/// <param name="Flags">The numbers of the flags quoting this sentence (see <see cref="FlagView.Number"/>).</param>
/// <param name="Severity">The most severe of those flags, or null when none quotes it.</param>
public sealed record SentenceView(int Index, int Section, string Role, string Text, IReadOnlyList<int> Flags, string? Severity);

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

/// <param name="BottomLine">Three sentences: what the study is, what it claims on what numbers, what most needs asking.</param>
public sealed record GlanceView(IReadOnlyList<string> BottomLine, PyramidView Pyramid);

/// <summary>The evidence pyramid, strongest tier first; <paramref name="Marked"/> is the tier this study sits on, or null.</summary>
public sealed record PyramidView(string Scale, IReadOnlyList<PyramidTierView> Tiers, int? Marked);

public sealed record PyramidTierView(int Level, string Label, bool Current);

public sealed record FactsView
{
    public required IReadOnlyList<ClaimView> Claims { get; init; }
    public required IReadOnlyList<ControversyView> Controversies { get; init; }
    public required IReadOnlyList<HedgeView> Hedges { get; init; }
    public required NumbersView Numbers { get; init; }
    public required IReadOnlyList<RegistrationView> Registrations { get; init; }
}

/// <param name="Numbers">The estimates, intervals and p-values behind the claim, as written; empty when none is stated.</param>
public sealed record ClaimView(string Text, string Direction, string Outcome, bool Quantified, bool Reported, string Strength, string Role, IReadOnlyList<string> Numbers);

public sealed record ControversyView(string Text, string Cue, IReadOnlyList<string> About);

public sealed record HedgeView(string Text, string Cue);

public sealed record NumbersView
{
    public int? SampleSize { get; init; }
    public string? SampleSizeUnit { get; init; }
    /// <summary>The sentence stating the sample size.</summary>
    public string? SampleSizeSentence { get; init; }
    /// <summary>How long participants were followed, as written, when the abstract says.</summary>
    public string? FollowUp { get; init; }
    public required IReadOnlyList<EstimateView> EffectEstimates { get; init; }
    public required IReadOnlyList<IntervalView> ConfidenceIntervals { get; init; }
    public required IReadOnlyList<PValueView> PValues { get; init; }
    /// <summary>Intervals written apart from any estimate, as written.</summary>
    public IReadOnlyList<string> OtherIntervals { get; init; } = [];
    /// <summary>P-values written apart from any estimate, as written.</summary>
    public IReadOnlyList<string> OtherPValues { get; init; } = [];
}

/// <param name="Interval">The confidence interval written with this estimate, or null.</param>
/// <param name="PValue">The p-value written with this estimate, or null.</param>
public sealed record EstimateView(string Text, string Measure, double Value, bool HasInterval, string Sentence, string? Outcome, string? Interval, string? PValue);

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
    /// <summary>Checklist answers the rule records: item id (e.g. <c>consort-a-13</c>) to answer.</summary>
    public IReadOnlyDictionary<string, string> Checklist { get; init; } = new Dictionary<string, string>();
    /// <summary>The evidence level the rule assigns, if any.</summary>
    public string? Level { get; init; }
}

/// <param name="Severity">The most severe flag's severity in the group.</param>
public sealed record FlagGroupView(string Category, string Name, string Severity, IReadOnlyList<int> Flags);

public sealed record SeverityCounts(int Critical, int Major, int Minor, int Info);

/// <summary>One checklist (CONSORT-A, PRISMA-A, a CASP worksheet), with every item and the answers rules gave.</summary>
public sealed record ChecklistView
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    /// <summary>Where the checklist comes from, for readers who want the original.</summary>
    public string? Reference { get; init; }
    /// <summary>items (reporting: present/absent) or questions (appraisal: yes/no/can't tell).</summary>
    public required string Kind { get; init; }
    public required IReadOnlyList<ChecklistItemView> Items { get; init; }
    /// <summary>How many items a rule answered.</summary>
    public required int Answered { get; init; }
}

/// <param name="Status">present, absent, partial, not-applicable, yes, no or unclear; null when no rule answered the item.</param>
/// <param name="StatusLabel">The status in words, the same in every format ("Not assessed" when null).</param>
/// <param name="Evidence">The sentences the answering flags quote.</param>
/// <param name="Flags">The numbers of the flags that answered the item.</param>
public sealed record ChecklistItemView(string Id, string? Section, string Text, string? Status, string StatusLabel, IReadOnlyList<string> Evidence, IReadOnlyList<int> Flags);

/// <param name="Query">The PubMed query built from the question's PICO.</param>
/// <param name="Url">A PubMed search for systematic reviews and randomised trials on that query.</param>
public sealed record SearchView(string Query, string Url);

public sealed record Provenance
{
    public required string ToolVersion { get; init; }
    public required IReadOnlyList<PackVersion> Packs { get; init; }
    public required string Profile { get; init; }
    /// <summary>SHA-256 of the normalised abstract text the report was made from.</summary>
    public required string InputHash { get; init; }
    public required string GeneratedAt { get; init; }
    public string Note { get; init; } = "An appraisal of the abstract only; the full text may answer what the abstract leaves out.";
    /// <summary>What the tool could not do on this input (an extractor that gave up), so a reader knows what may be missing.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

public sealed record PackVersion(string Name, string Version);
