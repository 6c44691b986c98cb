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

    public IEnumerable<T> Of<T>() where T : Fact => All.OfType<T>();

    public T Single<T>() where T : Fact => All.OfType<T>().Single();
}
