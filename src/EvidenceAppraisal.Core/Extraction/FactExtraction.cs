using EvidenceAppraisal.Documents;
using EvidenceAppraisal.Extraction.Claims;
using EvidenceAppraisal.Extraction.Design;
using EvidenceAppraisal.Extraction.Funding;
using EvidenceAppraisal.Extraction.Harms;
using EvidenceAppraisal.Extraction.Numbers;
using EvidenceAppraisal.Extraction.Pico;
using EvidenceAppraisal.Extraction.Registration;
using EvidenceAppraisal.Extraction.Roles;
using EvidenceAppraisal.Extraction.Uncertainty;

namespace EvidenceAppraisal.Extraction;

/// <summary>Runs the extractors in dependency order: numbers before claims (a claim is quantified by them), PICO before claims and harms (they name its intervention), design last.</summary>
public sealed class FactExtraction
{
    private readonly IReadOnlyList<IFactExtractor> _extractors;

    public FactExtraction(IReadOnlyList<IFactExtractor> extractors)
    {
        _extractors = extractors;
    }

    public static FactExtraction Default { get; } = new(
    [
        new Document.DocumentFactExtractor(),
        new SentenceRoleExtractor(),
        new NumbersExtractor(),
        new RegistrationExtractor(),
        new FundingExtractor(),
        new UncertaintyExtractor(),
        new PicoExtractor(),
        new ClaimExtractor(),
        new HarmsExtractor(),
        new DesignExtractor(),
    ]);

    public FactSet Extract(AbstractDocument document)
    {
        var context = new ExtractionContext(document);
        foreach (var extractor in _extractors)
        {
            extractor.Extract(context);
        }

        return new FactSet(document, context.Facts);
    }
}
