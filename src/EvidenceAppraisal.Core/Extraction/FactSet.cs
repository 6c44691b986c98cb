using EvidenceAppraisal.Documents;

namespace EvidenceAppraisal.Extraction;

/// <summary>All facts extracted from one document, in extraction order.</summary>
public sealed class FactSet
{
    public FactSet(AbstractDocument document, IReadOnlyList<Fact> facts)
    {
        Document = document;
        All = facts;
    }

    public AbstractDocument Document { get; }

    public IReadOnlyList<Fact> All { get; }

    /// <summary>What extraction could not do on this document, for the report to say (empty when all went well).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public IEnumerable<T> Of<T>() where T : Fact => All.OfType<T>();

    public T Single<T>() where T : Fact => All.OfType<T>().Single();
}
