using System.Text.RegularExpressions;
using EvidenceAppraisal.Documents;

namespace EvidenceAppraisal.Extraction.Design;

/// <summary>
/// Infers the study design from the title and abstract. Designs are tried strongest first (synthesis,
/// protocol, randomised trial, ...); the first with a cue wins. PubMed publication types, when the record
/// has them, decide instead, and the fact says so.
/// </summary>
public sealed class DesignExtractor : IFactExtractor
{
    private sealed record Candidate(string Kind, Regex Cue, double Confidence, string Subtype = "");

    private static readonly Candidate[] Candidates =
    [
        new("meta-analysis", DesignCues.MetaAnalysis(), 0.9),
        new("systematic-review", DesignCues.SystematicReview(), 0.85),
        new("protocol", DesignCues.Protocol(), 0.7),
        new("case-series", DesignCues.CaseSeries(), 0.7),
        new("case-report", DesignCues.CaseReport(), 0.8),
        new("animal-or-lab", DesignCues.AnimalOrLab(), 0.6),
        new("qualitative", DesignCues.Qualitative(), 0.7),
        new("economic-evaluation", DesignCues.Economic(), 0.7),
        new("diagnostic-accuracy", DesignCues.DiagnosticAccuracy(), 0.6),
        new("non-randomized-trial", DesignCues.Trial(), 0.6),
        new("observational-study", DesignCues.CaseControl(), 0.75, "case-control"),
        new("observational-study", DesignCues.Cohort(), 0.7, "cohort"),
        new("observational-study", DesignCues.CrossSectional(), 0.65, "cross-sectional"),
        new("observational-study", DesignCues.Observational(), 0.6),
        new("guideline", DesignCues.Guideline(), 0.6),
        new("narrative-review", DesignCues.NarrativeReview(), 0.6),
    ];

    public void Extract(ExtractionContext context)
    {
        var document = context.Document;
        var traits = Traits(document);
        var indexed = DesignFromPublicationTypes(document.Metadata.PublicationTypes);
        if (indexed is not null)
        {
            context.Add(new DesignFact(document.TitleSpan, document.Title, -1)
            {
                Kind = indexed,
                Confidence = 0.95,
                Cues = document.Metadata.PublicationTypes.ToList(),
                Evidence = [$"PubMed publication types: {string.Join(", ", document.Metadata.PublicationTypes)}"],
                FromIndexing = true,
                Traits = traits,
            });
            return;
        }

        var randomised = FindRandomised(document);
        if (randomised is not null && !Hits(document, DesignCues.MetaAnalysis()).Any() && !Hits(document, DesignCues.SystematicReview()).Any())
        {
            context.Add(Fact(document, "randomized-controlled-trial", 0.9, randomised, "", traits));
            return;
        }

        foreach (var candidate in Candidates)
        {
            var hits = Hits(document, candidate.Cue).ToList();
            if (hits.Count > 0)
            {
                context.Add(Fact(document, candidate.Kind, candidate.Confidence, hits, candidate.Subtype, traits));
                return;
            }
        }

        context.Add(new DesignFact(document.TitleSpan, document.Title, -1)
        {
            Kind = "other",
            Confidence = 0.3,
            Cues = [],
            Evidence = [],
            Traits = traits,
        });
    }

    /// <summary>Randomisation cues in sentences that describe this study, not trials it reviews or could not run.</summary>
    private static List<(Span Span, string Cue, string Quote, int Index)>? FindRandomised(AbstractDocument document)
    {
        var hits = Hits(document, DesignCues.Randomised())
            .Where(h => !DesignCues.NotRandomised().IsMatch(h.Quote))
            .Where(h => !h.Quote.Contains("not feasible", StringComparison.OrdinalIgnoreCase))
            .ToList();
        return hits.Count > 0 ? hits : null;
    }

    private static DesignFact Fact(AbstractDocument document, string kind, double confidence, List<(Span Span, string Cue, string Quote, int Index)> hits, string subtype, IReadOnlySet<string> traits)
    {
        var first = hits[0];
        // Two independent cues make a design surer than one.
        var sure = Math.Min(0.98, confidence + (hits.Select(h => h.Cue.ToLowerInvariant()).Distinct().Count() > 1 ? 0.05 : 0));
        return new DesignFact(first.Span, first.Quote, first.Index)
        {
            Kind = kind,
            Confidence = Math.Round(sure, 2),
            Cues = hits.Select(h => h.Cue).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            Evidence = hits.Select(h => h.Quote).Distinct().ToList(),
            Subtype = subtype,
            Traits = traits,
        };
    }

    private static IEnumerable<(Span Span, string Cue, string Quote, int Index)> Hits(AbstractDocument document, Regex cue)
    {
        foreach (Match m in cue.Matches(document.Title))
        {
            yield return (new Span(document.TitleSpan.Start + m.Index, m.Length), m.Value, document.Title, -1);
        }

        foreach (var sentence in document.Sentences)
        {
            foreach (Match m in cue.Matches(sentence.Text))
            {
                yield return (new Span(sentence.Span.Start + m.Index, m.Length), m.Value, sentence.Text, sentence.Index);
            }
        }
    }

    private static HashSet<string> Traits(AbstractDocument document)
    {
        var traits = new HashSet<string>(StringComparer.Ordinal);
        void Check(Regex cue, string trait)
        {
            if (Hits(document, cue).Any())
            {
                traits.Add(trait);
            }
        }

        Check(DesignCues.Blinding(), "blinded");
        Check(DesignCues.Placebo(), "placebo-controlled");
        Check(DesignCues.Multicentre(), "multicentre");
        Check(DesignCues.Crossover(), "crossover");
        Check(DesignCues.Cluster(), "cluster");
        Check(DesignCues.NonInferiority(), "non-inferiority");
        Check(DesignCues.Pilot(), "pilot");
        var phase = Hits(document, DesignCues.Phase()).FirstOrDefault();
        if (phase.Cue is not null)
        {
            traits.Add("phase-" + phase.Cue.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1].ToUpperInvariant());
        }

        return traits;
    }

    /// <summary>PubMed publication types to a canonical design, strongest first.</summary>
    public static string? DesignFromPublicationTypes(IReadOnlyList<string> types)
    {
        if (types.Count == 0)
        {
            return null;
        }

        bool Has(string name) => types.Any(t => t.StartsWith(name, StringComparison.OrdinalIgnoreCase));
        if (Has("Meta-Analysis") || Has("Network Meta-Analysis"))
        {
            return "meta-analysis";
        }

        if (Has("Systematic Review"))
        {
            return "systematic-review";
        }

        if (Has("Randomized Controlled Trial"))
        {
            return "randomized-controlled-trial";
        }

        if (Has("Clinical Trial Protocol"))
        {
            return "protocol";
        }

        if (Has("Clinical Trial") || Has("Controlled Clinical Trial") || Has("Pragmatic Clinical Trial") || Has("Equivalence Trial"))
        {
            return "non-randomized-trial";
        }

        if (Has("Observational Study") || Has("Twin Study"))
        {
            return "observational-study";
        }

        if (Has("Case Reports"))
        {
            return "case-report";
        }

        if (Has("Guideline") || Has("Practice Guideline") || Has("Consensus Development Conference"))
        {
            return "guideline";
        }

        if (Has("Review") || Has("Scoping Review"))
        {
            return "narrative-review";
        }

        if (Has("Editorial") || Has("Comment") || Has("Letter") || Has("News"))
        {
            return "editorial";
        }

        return null;
    }
}
