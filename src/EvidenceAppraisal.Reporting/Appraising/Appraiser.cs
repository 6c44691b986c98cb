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
        return Report(document, facts, session?.Appraise(facts) ?? _rules.Appraise(facts));
    }

    /// <summary>
    /// How many documents to give <see cref="AppraiseEach"/> at a time: 16 measured better than 4, 8 or 64 (more falls
    /// out of the cache again) and as good as 32, and few enough that a batch worker holding them back delays its writer
    /// little.
    /// </summary>
    public const int RunLength = 16;

    /// <summary>
    /// Appraises several documents stage by stage: every extraction (extractor by extractor,
    /// <see cref="FactExtraction.ExtractEach"/>), then every rule run (a fresh session each), then every report. Each
    /// report is exactly what <see cref="Appraise(AbstractDocument)"/> gives for its document; doing one stage for a run
    /// of documents keeps that stage's code and tables in the cache. A document whose appraisal throws gets the
    /// exception in place of its report, and the others go on.
    /// </summary>
    public Appraisal[] AppraiseEach(IReadOnlyList<AbstractDocument> documents)
    {
        var results = new Appraisal[documents.Count];
        var flags = new IReadOnlyList<Flag>[documents.Count];
        FactSet[] facts;
        try
        {
            facts = _extraction.ExtractEach(documents);
        }
        catch (Exception)
        {
            // Extraction notes what fails on a text and goes on; what escapes it (out of memory, say) is tried again
            // document by document, so that it stays with the document it came from.
            facts = new FactSet[documents.Count];
            Stage(results, i => facts[i] = _extraction.Extract(documents[i]));
        }

        Stage(results, i => flags[i] = _rules.Appraise(facts[i]));
        Stage(results, i => results[i] = new Appraisal(Report(documents[i], facts[i], flags[i]), null));
        return results;
    }

    /// <summary>Runs one stage for every document not failed so far; a failure is kept in place of its result.</summary>
    private static void Stage(Appraisal[] results, Action<int> step)
    {
        for (var i = 0; i < results.Length; i++)
        {
            if (results[i].Error is null)
            {
                try
                {
                    step(i);
                }
                catch (Exception ex)
                {
                    results[i] = new Appraisal(null, ex);
                }
            }
        }
    }

    private AppraisalReport Report(AbstractDocument document, FactSet facts, IReadOnlyList<Flag> flags) =>
        ReportBuilder.Build(document, facts, flags, new Provenance
        {
            ToolVersion = ToolVersion,
            Packs = _rules.Source.Packs.Select(p => new PackVersion(p.Name, p.Version)).ToList(),
            Profile = _rules.Profile.Name,
            InputHash = Hash(document.Text),
            GeneratedAt = _clock.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            Warnings = facts.Notes,
        }, _branding);

    private static string Hash(string text) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
