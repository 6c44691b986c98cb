using System.Text.RegularExpressions;
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

    /// <summary>The extractors in the order they run (to compose a variant with one more or one less).</summary>
    public IReadOnlyList<IFactExtractor> Extractors => _extractors;

    public FactSet Extract(AbstractDocument document) => ExtractEach([document])[0];

    /// <summary>
    /// The facts of several documents, extractor by extractor: each extractor runs over every document before the next
    /// starts, so its patterns and tables stay in the cache. Each document's facts are those <see cref="Extract"/> gives
    /// it alone (its extractors still run in order on its own context).
    /// </summary>
    public FactSet[] ExtractEach(IReadOnlyList<AbstractDocument> documents)
    {
        var contexts = documents.Select(d => new ExtractionContext(d)).ToArray();
        foreach (var extractor in _extractors)
        {
            foreach (var context in contexts)
            {
                Run(extractor, context);
            }
        }

        return contexts.Select(c => new FactSet(c.Document, c.Facts) { Notes = c.Notes }).ToArray();
    }

    private static void Run(IFactExtractor extractor, ExtractionContext context)
    {
        try
        {
            extractor.Extract(context);
        }
        catch (RegexMatchTimeoutException)
        {
            // Text built to make a pattern backtrack (or far longer than any abstract) costs this family its
            // facts, not the run: the report says what is missing and the other extractors go on.
            context.Note($"{FamilyOf(extractor)}: gave up on text too long or too repetitive to search in time; facts of this kind may be missing");
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
        {
            // A bug met on unusual text (a digit of another script, a number too large to parse): the same, named.
            context.Note($"{FamilyOf(extractor)}: failed on this text ({ex.GetType().Name}: {ex.Message}); facts of this kind may be missing");
        }
    }

    /// <summary>The fact family an extractor observes, from its name: <c>NumbersExtractor</c> is "numbers".</summary>
    private static string FamilyOf(IFactExtractor extractor)
    {
        var name = extractor.GetType().Name;
        return (name.EndsWith("Extractor", StringComparison.Ordinal) ? name[..^"Extractor".Length] : name).ToLowerInvariant();
    }
}
