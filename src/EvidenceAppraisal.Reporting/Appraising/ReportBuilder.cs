using EvidenceAppraisal.Documents;
using EvidenceAppraisal.Extraction;
using EvidenceAppraisal.Extraction.Pico;
using EvidenceAppraisal.Extraction.Claims;
using EvidenceAppraisal.Extraction.Design;
using EvidenceAppraisal.Extraction.Document;
using EvidenceAppraisal.Extraction.Numbers;
using EvidenceAppraisal.Extraction.Registration;
using EvidenceAppraisal.Extraction.Roles;
using EvidenceAppraisal.Extraction.Uncertainty;
using EvidenceAppraisal.Reporting.Checklists;
using EvidenceAppraisal.Reporting.Model;
using EvidenceAppraisal.Rules.Model;
using EvidenceAppraisal.Rules.Running;

namespace EvidenceAppraisal.Reporting.Appraising;

/// <summary>Maps a document, its facts and its flags onto the report model, in reading order.</summary>
internal static class ReportBuilder
{
    public static AppraisalReport Build(AbstractDocument document, FactSet facts, IReadOnlyList<Flag> flags, Provenance provenance, BrandingView? branding = null)
    {
        var ordered = FlagOrder.Arrange(flags);
        var flagViews = ordered.Select((f, i) => ToView(f, i + 1)).ToList();
        var design = Design(facts.Of<DesignFact>().FirstOrDefault());
        var levelFlag = ordered.FirstOrDefault(f => f.Level is not null);
        var level = levelFlag is null ? null : new LevelView(EvidencePyramid.Scale, levelFlag.Level!, levelFlag.Message, levelFlag.Id);
        var factsView = Facts(facts);
        var counts = new SeverityCounts(
            flags.Count(f => f.Severity == Severity.Critical),
            flags.Count(f => f.Severity == Severity.Major),
            flags.Count(f => f.Severity == Severity.Minor),
            flags.Count(f => f.Severity == Severity.Info));
        return new AppraisalReport
        {
            Source = document.SourceName,
            Branding = branding,
            Document = Document(document, facts, ordered),
            Design = design,
            Level = level,
            Glance = new GlanceView(BottomLine.Build(design, level, factsView, flagViews, counts), EvidencePyramid.Build(level?.Level)),
            Facts = factsView,
            Flags = flagViews,
            FlagGroups = flagViews.GroupBy(f => f.Category, StringComparer.Ordinal)
                .Select(g => new FlagGroupView(g.Key, FlagOrder.CategoryName(g.Key), g.First().Severity, g.Select(f => f.Number).ToList()))
                .ToList(),
            Counts = counts,
            Checklists = ChecklistBuilder.Build(design.Kind, flagViews, ChecklistCatalogue.Default),
            Questions = flagViews.Select(f => f.Question).OfType<string>().Distinct().ToList(),
            Search = SearchLink.For(facts.Of<PicoFact>().FirstOrDefault()?.Query),
            Provenance = provenance,
        };
    }

    private static DocumentView Document(AbstractDocument document, FactSet facts, IReadOnlyList<Flag> ordered)
    {
        var docFact = facts.Of<DocumentFact>().FirstOrDefault();
        var roles = facts.Of<SentenceRoleFact>().ToDictionary(r => r.SentenceIndex, r => r.RoleName);
        var meta = document.Metadata;
        var language = docFact?.Language ?? meta.Language;
        return new DocumentView
        {
            Title = document.Title,
            TranslatedTitle = document.TitleIsTranslated,
            Language = language,
            LanguageName = Languages.NameOf(language),
            Sections = document.Sections.Select(s => new SectionView(s.Label, Role(s.Role), s.Text)).ToList(),
            Pmid = meta.Pmid,
            Doi = meta.Doi,
            PubmedUrl = meta.Pmid is { Length: > 0 } pmid ? $"https://pubmed.ncbi.nlm.nih.gov/{Uri.EscapeDataString(pmid)}/" : null,
            // A DOI keeps its slashes in the resolver's URL; everything else that could break the URL is escaped.
            DoiUrl = meta.Doi is { Length: > 0 } doi ? "https://doi.org/" + string.Join('/', doi.Split('/').Select(Uri.EscapeDataString)) : null,
            Journal = meta.Journal,
            Year = meta.Year,
            PublicationTypes = meta.PublicationTypes,
            TitleFlags = Quoting(ordered, document.TitleSpan, document.Title),
            Sentences = document.Sentences.Select(s =>
            {
                var quoting = Quoting(ordered, s.Span, s.Text);
                var severity = quoting.Count == 0 ? null : FlagOrder.SeverityName(quoting.Max(n => ordered[n - 1].Severity));
                return new SentenceView(s.Index, s.SectionIndex, roles.GetValueOrDefault(s.Index, Role(s.Role)), s.Text, quoting, severity);
            }).ToList(),
        };
    }

    /// <summary>
    /// The numbers of the flags that quote a text: one of their evidence spans overlaps it, or they quote it word for
    /// word. Plain loops: it runs for every sentence and every flag of every report.
    /// </summary>
    private static List<int> Quoting(IReadOnlyList<Flag> ordered, Span span, string text)
    {
        var numbers = new List<int>();
        for (var i = 0; i < ordered.Count; i++)
        {
            if (Quotes(ordered[i], span, text))
            {
                numbers.Add(i + 1);
            }
        }

        return numbers;
    }

    private static bool Quotes(Flag flag, Span span, string text)
    {
        var spans = flag.EvidenceSpans;
        for (var i = 0; i < spans.Count; i++)
        {
            if (span.Overlaps(spans[i]))
            {
                return true;
            }
        }

        var quotes = flag.Evidence;
        for (var i = 0; i < quotes.Count; i++)
        {
            if (string.Equals(quotes[i], text, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static DesignView Design(DesignFact? design) => design is null
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
        };

    private static FactsView Facts(FactSet facts)
    {
        var numbers = new KeyNumbers(facts);
        return new FactsView
        {
            Claims = facts.Of<ClaimFact>().Select(c => new ClaimView(c.Quote, c.Direction, c.Outcome, c.IsQuantified, c.IsReported, c.Strength, c.RoleName, numbers.Behind(c))).ToList(),
            Controversies = facts.Of<ControversyFact>().Select(c => new ControversyView(c.Quote, c.Cue, c.About)).ToList(),
            Hedges = facts.Of<HedgeFact>().Select(h => new HedgeView(h.Quote, h.Cue)).ToList(),
            Numbers = numbers.View(FollowUp(facts)),
            Registrations = facts.Of<RegistrationFact>().Select(r => new RegistrationView(r.Id, r.Registry, r.FromMetadata)).ToList(),
        };
    }

    /// <summary>The follow-up as stated ("median follow-up of 5.6 years"), else the outcome's time frame ("28-day").</summary>
    private static string? FollowUp(FactSet facts)
    {
        var frames = facts.Of<FollowUpFact>().ToList();
        if (frames.FirstOrDefault(f => f.IsFollowUp) is { } followUp)
        {
            return followUp.Text;
        }

        // "within five days", "28-day" time an outcome; "for five days" is more often how long a treatment ran.
        var windows = frames.Where(f => !f.IsDuration).Select(f => f.Text).Distinct(StringComparer.OrdinalIgnoreCase).Take(3).ToList();
        return windows.Count == 0 ? null : $"time frame: {string.Join(", ", windows)}";
    }

    private static string Role(SectionRole role) => role.ToString().ToLowerInvariant();

    private static FlagView ToView(Flag f, int number) => new()
    {
        Number = number,
        Id = f.Id,
        Title = f.Title,
        Category = f.Category,
        Severity = FlagOrder.SeverityName(f.Severity),
        Message = f.Message,
        Evidence = f.Evidence,
        Why = f.Why,
        Question = f.Question,
        Advice = f.Advice,
        Pack = f.Pack,
        Tags = f.Tags,
        References = f.References,
        Checklist = f.Checklist,
        Level = f.Level,
    };
}
