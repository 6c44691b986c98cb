using EvidenceAppraisal.Extraction;

namespace EvidenceAppraisal.Rules.Running;

/// <summary>
/// The order in which a document's firings are given: higher <c>priority</c> first (as the rule language says), then by
/// rule id, and each rule's firings by where their facts stand in the text (the first name the rule binds, then the
/// next). NRules fires in an order that follows the shape of its network and, in a kept session, the documents before;
/// flags, explanations and tests take their order from here instead, so they depend on the rules and the facts alone.
/// Firings that bind the same places keep NRules' order.
/// </summary>
internal sealed class FiringOrder : IComparer<RuleFiring>
{
    private static readonly FiringOrder Instance = new();

    public static IReadOnlyList<RuleFiring> Sort(IReadOnlyList<RuleFiring> firings) =>
        firings.Count < 2 ? firings : firings.OrderByDescending(f => f.Rule.Priority).ThenBy(f => f.Rule.Id, StringComparer.Ordinal).ThenBy(f => f, Instance).ToList();

    public int Compare(RuleFiring? x, RuleFiring? y)
    {
        if (x is null || y is null)
        {
            return x is null ? y is null ? 0 : -1 : 1;
        }

        foreach (var name in x.Compiled.Shape.Names.Keys)
        {
            if (x.Facts.GetValueOrDefault(name) is Fact a && y.Facts.GetValueOrDefault(name) is Fact b)
            {
                var order = a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.End.CompareTo(b.Span.End);
                if (order != 0)
                {
                    return order;
                }
            }
        }

        return 0;
    }
}
