using EvidenceAppraisal.Documents;
using EvidenceAppraisal.Extraction;
using EvidenceAppraisal.Extraction.Claims;
using EvidenceAppraisal.Extraction.Design;
using EvidenceAppraisal.Extraction.Document;
using EvidenceAppraisal.Extraction.Numbers;
using EvidenceAppraisal.Extraction.Registration;
using EvidenceAppraisal.Extraction.Roles;
using EvidenceAppraisal.Extraction.Uncertainty;
using EvidenceAppraisal.Reporting.Model;
using EvidenceAppraisal.Rules.Model;
using EvidenceAppraisal.Rules.Running;

namespace EvidenceAppraisal.Reporting.Appraising;

/// <summary>Maps a document, its facts and its flags onto the report model.</summary>
internal static class ReportBuilder
{
    public static AppraisalReport Build(AbstractDocument document, FactSet facts, IReadOnlyList<Flag> flags, Provenance provenance)
    {
        var design = facts.Of<DesignFact>().FirstOrDefault();
        var docFact = facts.Of<DocumentFact>().FirstOrDefault();
        var roles = facts.Of<SentenceRoleFact>().ToDictionary(r => r.SentenceIndex, r => r.RoleName);
        var sampleSize = facts.Of<SampleSizeFact>().FirstOrDefault();
        var levelFlag = flags.FirstOrDefault(f => f.Level is not null);
        return new AppraisalReport
        {
            Source = document.SourceName,
            Document = new DocumentView
            {
                Title = document.Title,
                TranslatedTitle = document.TitleIsTranslated,
                Language = docFact?.Language,
                Sections = document.Sections.Select(s => new SectionView(s.Label, Role(s.Role), s.Text)).ToList(),
                Pmid = document.Metadata.Pmid,
                Doi = document.Metadata.Doi,
                Journal = document.Metadata.Journal,
                Year = document.Metadata.Year,
                PublicationTypes = document.Metadata.PublicationTypes,
                Sentences = document.Sentences.Select(s => new SentenceView(
                    s.Index,
                    roles.GetValueOrDefault(s.Index, Role(s.Role)),
                    s.Text,
                    flags.Select((f, i) => (Flag: f, Number: i + 1))
                        .Where(x => x.Flag.EvidenceSpans.Any(span => s.Span.Overlaps(span)) || x.Flag.Evidence.Contains(s.Text))
                        .Select(x => x.Number).ToList())).ToList(),
            },
            Design = design is null
                ? new DesignView { Kind = "other", Name = "other", Confidence = 0, Evidence = [] }
                : new DesignView
                {
                    Kind = design.Kind,
                    Name = design.PlainName,
                    Confidence = design.Confidence,
                    Evidence = design.Evidence,
                    Cues = design.Cues,
                    FromIndexing = design.FromIndexing,
                    Traits = design.Traits.Order(StringComparer.Ordinal).ToList(),
                },
            Level = levelFlag is null ? null : new LevelView("OCEBM 2011 (treatment benefits)", levelFlag.Level!, levelFlag.Message, levelFlag.Id),
            Facts = new FactsView
            {
                Claims = facts.Of<ClaimFact>().Select(c => new ClaimView(c.Quote, c.Direction, c.Outcome, c.IsQuantified, c.IsReported, c.Strength, c.RoleName)).ToList(),
                Controversies = facts.Of<ControversyFact>().Select(c => new ControversyView(c.Quote, c.Cue, c.About)).ToList(),
                Hedges = facts.Of<HedgeFact>().Select(h => new HedgeView(h.Quote, h.Cue)).ToList(),
                Numbers = new NumbersView
                {
                    SampleSize = sampleSize?.Total,
                    SampleSizeUnit = sampleSize?.Unit,
                    EffectEstimates = facts.Of<EstimateFact>().Select(e => new EstimateView(e.Text, e.Measure, e.Value, e.HasInterval, e.Quote)).ToList(),
                    ConfidenceIntervals = facts.Of<IntervalFact>().Select(i => new IntervalView(i.Text, i.Level, i.Lower, i.Upper)).ToList(),
                    PValues = facts.Of<PValueFact>().Select(p => new PValueView(p.Text, p.Comparator, p.Value)).ToList(),
                },
                Registrations = facts.Of<RegistrationFact>().Select(r => new RegistrationView(r.Id, r.Registry, r.FromMetadata)).ToList(),
            },
            Flags = flags.Select((f, i) => ToView(f, i + 1)).ToList(),
            Counts = new SeverityCounts(
                flags.Count(f => f.Severity == Severity.Critical),
                flags.Count(f => f.Severity == Severity.Major),
                flags.Count(f => f.Severity == Severity.Minor),
                flags.Count(f => f.Severity == Severity.Info)),
            Questions = flags.Select(f => f.Question).OfType<string>().Distinct().ToList(),
            Provenance = provenance,
        };
    }

    private static string Role(SectionRole role) => role.ToString().ToLowerInvariant();

    private static FlagView ToView(Flag f, int number) => new()
    {
        Number = number,
        Id = f.Id,
        Title = f.Title,
        Category = f.Category,
        Severity = f.Severity.ToString().ToLowerInvariant(),
        Message = f.Message,
        Evidence = f.Evidence,
        Why = f.Why,
        Question = f.Question,
        Advice = f.Advice,
        Pack = f.Pack,
        Tags = f.Tags,
        References = f.References,
    };
}
