using System.Linq.Expressions;
using System.Reflection;

namespace EvidenceAppraisal.Rules.Compiling;

/// <summary>
/// Gates in front of phrase conditions, so that a sentence is not tested against every rule's phrases in turn. NRules
/// tests each fact against every first condition of every pattern of its type (some sixty for a sentence). Many of
/// those conditions need one of a few phrases in a text member (<c>Quote.ToLowerInvariant().Contains("...") || ...</c>).
/// The rule set's patterns whose conditions need phrases of one member are put in small groups, and each group gets one
/// gate: "the member contains one of the group's phrases". The gate goes before the pattern's own conditions, and
/// every pattern of a group has the same gate, so NRules builds it once and tests the group's own conditions only on
/// the sentences that pass it. A gate only repeats what its pattern's conditions imply (a gate that is false or
/// throws means one of them is false or throws too, and a failing condition counts as false), so the matches are
/// exactly those without gates; the packs are not changed, and <c>rules explain</c> shows the conditions as written.
/// </summary>
internal sealed class PhraseGates
{
    /// <summary>Patterns in one group: tests per fact are about groups + group size × the groups a fact passes.</summary>
    public const int GroupSize = 6;

    /// <summary>Fewer distinct phrase sets than this on one member: gates would add tests, not save them.</summary>
    public const int MinSets = 2 * GroupSize;

    private static readonly MethodInfo ToLowerInvariant = typeof(string).GetMethod(nameof(string.ToLowerInvariant), Type.EmptyTypes)!;
    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;

    /// <summary>No gates: each pattern has its own conditions only.</summary>
    public static PhraseGates None { get; } = new([]);

    // A pattern's conditions (by reference) → the member its gate reads and the gate's phrases, sorted
    private readonly Dictionary<IReadOnlyList<Conjunct>, (MemberInfo Member, string[] Phrases)> _gates;

    private PhraseGates(Dictionary<IReadOnlyList<Conjunct>, (MemberInfo, string[])> gates) => _gates = gates;

    /// <summary>Number of distinct gates.</summary>
    public int Count => _gates.Values.Select(g => g.Phrases).Distinct().Count();

    /// <summary>
    /// Groups the phrase sets that the patterns need, per fact type and member. Sets are ordered by their shortest phrase,
    /// longest first, and cut into groups of <see cref="GroupSize"/>: a short phrase ("trial") is in most sentences and a
    /// long one ("scoping review") in few, so rarely passed gates shelter many patterns and a common one few.
    /// </summary>
    public static PhraseGates Plan(IEnumerable<(ParameterExpression Fact, IReadOnlyList<Conjunct> Conjuncts)> patterns)
    {
        // (fact type, member) → phrase set's key → the patterns that need that set
        var sets = new Dictionary<(Type, MemberInfo), Dictionary<string, (string[] Phrases, List<IReadOnlyList<Conjunct>> Patterns)>>();
        foreach (var (fact, conjuncts) in patterns)
        {
            if (Needed(fact, conjuncts) is var (member, phrases))
            {
                var key = (fact.Type, member);
                if (!sets.TryGetValue(key, out var distinct))
                {
                    sets[key] = distinct = new(StringComparer.Ordinal);
                }

                var setKey = string.Join('\n', phrases);
                if (!distinct.TryGetValue(setKey, out var set))
                {
                    distinct[setKey] = set = (phrases, []);
                }

                set.Patterns.Add(conjuncts);
            }
        }

        var gates = new Dictionary<IReadOnlyList<Conjunct>, (MemberInfo, string[])>(ReferenceEqualityComparer.Instance);
        foreach (var ((_, member), distinct) in sets.Where(s => s.Value.Count >= MinSets))
        {
            var ordered = distinct
                .OrderByDescending(kv => kv.Value.Phrases.Min(p => p.Length))
                .ThenBy(kv => kv.Key, StringComparer.Ordinal)
                .Select(kv => kv.Value)
                .ToList();
            foreach (var group in ordered.Chunk(GroupSize))
            {
                var union = group.SelectMany(set => set.Phrases).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
                foreach (var conjuncts in group.SelectMany(set => set.Patterns))
                {
                    gates[conjuncts] = (member, union);
                }
            }
        }

        return new PhraseGates(gates);
    }

    /// <summary>The gate conditions for one pattern planned here (none or one), over its own fact parameter.</summary>
    public IReadOnlyList<LambdaExpression> For(ParameterExpression fact, IReadOnlyList<Conjunct> conjuncts)
    {
        if (!_gates.TryGetValue(conjuncts, out var gate))
        {
            return [];
        }

        var lowered = Expression.Call(Expression.MakeMemberAccess(fact, gate.Member), ToLowerInvariant);
        var tests = gate.Phrases.Select(p => (Expression)Expression.Call(lowered, StringContains, Expression.Constant(p))).ToArray();
        return [Expression.Lambda(AnyOf(tests, 0, tests.Length), fact)];
    }

    /// <summary>
    /// The tests joined by <c>||</c> as a balanced tree: a gate unites several patterns' phrases, and a chain as long as
    /// all of them would be as deep as it is long for every visitor that walks it (NRules compares conditions recursively).
    /// </summary>
    private static Expression AnyOf(Expression[] tests, int start, int count) =>
        count == 1 ? tests[start] : Expression.OrElse(AnyOf(tests, start, count / 2), AnyOf(tests, start + count / 2, count - count / 2));

    /// <summary>
    /// The smallest set of phrases, all on one string member of the fact, of which a pattern's conditions need at least
    /// one (lowercased text contains it) to hold; null when no condition of the fact alone needs phrases.
    /// </summary>
    internal static (MemberInfo Member, string[] Phrases)? Needed(ParameterExpression fact, IReadOnlyList<Conjunct> conjuncts)
    {
        (MemberInfo Member, SortedSet<string> Phrases)? best = null;
        foreach (var conjunct in conjuncts)
        {
            if (conjunct.Lambda.Parameters.Count == 1 && conjunct.Lambda.Parameters[0] == fact
                && Needed(conjunct.Lambda.Body, fact) is { } needed && (best is null || needed.Phrases.Count < best.Value.Phrases.Count))
            {
                best = needed;
            }
        }

        return best is { } found && !found.Phrases.Contains("") ? (found.Member, [.. found.Phrases]) : null;
    }

    private static (MemberInfo Member, SortedSet<string> Phrases)? Needed(Expression node, ParameterExpression fact)
    {
        switch (node)
        {
            case MethodCallExpression { Object: MethodCallExpression { Object: MemberExpression { Expression: var owner, Member: var member } } lower } contains
                when owner == fact && contains.Method == StringContains && lower.Method == ToLowerInvariant
                     && contains.Arguments[0] is ConstantExpression { Value: string phrase }:
                return (member, new SortedSet<string>(StringComparer.Ordinal) { phrase });
            case BinaryExpression { NodeType: ExpressionType.OrElse, Method: null } or:
                // a || b holds only if one of them does: it needs one phrase of either's, when both need phrases of the same member.
                if (Needed(or.Left, fact) is { } left && Needed(or.Right, fact) is { } right && left.Member == right.Member)
                {
                    left.Phrases.UnionWith(right.Phrases);
                    return left;
                }

                return null;
            case BinaryExpression { NodeType: ExpressionType.AndAlso, Method: null } and:
                // a && b holds only if both do: what either needs, the fewer phrases the better.
                var a = Needed(and.Left, fact);
                var b = Needed(and.Right, fact);
                return a is null ? b : b is null || a.Value.Phrases.Count <= b.Value.Phrases.Count ? a : b;
            default:
                return null;
        }
    }
}
