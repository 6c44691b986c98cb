using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using EvidenceAppraisal.Documents;
using EvidenceAppraisal.Extraction;
using EvidenceAppraisal.Reporting.Model;
using EvidenceAppraisal.Rules.Running;

namespace EvidenceAppraisal.Reporting.Appraising;

/// <summary>
/// The pipeline after reading: extract facts, run the rules, build the report model. Thread-safe: the
/// compiled rule set is shared and each call opens its own session.
/// </summary>
public sealed class Appraiser
{
    private readonly CompiledRuleSet _rules;
    private readonly FactExtraction _extraction;
    private readonly TimeProvider _clock;
    private readonly BrandingView? _branding;

    public Appraiser(CompiledRuleSet rules, FactExtraction? extraction = null, TimeProvider? clock = null)
    {
        _rules = rules;
        _extraction = extraction ?? FactExtraction.Default;
        _clock = clock ?? TimeProvider.System;
        _branding = Branding.From(rules.Profile.Report);
    }

    public static string ToolVersion { get; } =
        typeof(Appraiser).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public CompiledRuleSet Rules => _rules;

    public AppraisalReport Appraise(AbstractDocument document) => Appraise(document, null);

    /// <param name="session">The calling worker's own rule session (<see cref="CompiledRuleSet.OpenSession"/>), or null for a fresh one.</param>
    public AppraisalReport Appraise(AbstractDocument document, RuleSession? session)
    {
        var facts = _extraction.Extract(document);
        var flags = session?.Appraise(facts) ?? _rules.Appraise(facts);
        return ReportBuilder.Build(document, facts, flags, new Provenance
        {
            ToolVersion = ToolVersion,
            Packs = _rules.Source.Packs.Select(p => new PackVersion(p.Name, p.Version)).ToList(),
            Profile = _rules.Profile.Name,
            InputHash = Hash(document.Text),
            GeneratedAt = _clock.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            Warnings = facts.Notes,
        }, _branding);
    }

    private static string Hash(string text) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
