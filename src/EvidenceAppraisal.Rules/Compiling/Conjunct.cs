using System.Linq.Expressions;
using EvidenceAppraisal.Rules.Model;

namespace EvidenceAppraisal.Rules.Compiling;

/// <summary>
/// One top-level conjunct of a <c>where</c>: the lambda NRules evaluates (first parameter the current fact,
/// then the earlier facts it joins on, by name) and the text as written, for explanations.
/// </summary>
internal sealed record Conjunct(LambdaExpression Lambda, string Text, SourceLocation Location)
{
    private Delegate? _compiled;

    /// <summary>Names of the earlier facts this conjunct joins on.</summary>
    public IEnumerable<string> Joins => Lambda.Parameters.Skip(1).Select(p => p.Name!);

    /// <summary>Evaluates the conjunct outside NRules (for <c>rules explain</c>); an exception counts as false, as in a session.</summary>
    public bool Holds(object current, IReadOnlyDictionary<string, object> bound)
    {
        var args = new object?[Lambda.Parameters.Count];
        args[0] = current;
        for (var i = 1; i < args.Length; i++)
        {
            if (!bound.TryGetValue(Lambda.Parameters[i].Name!, out var value))
            {
                return false;
            }

            args[i] = value;
        }

        try
        {
            _compiled ??= Lambda.Compile();
            return _compiled.DynamicInvoke(args) is true;
        }
        catch (System.Reflection.TargetInvocationException)
        {
            return false;
        }
    }
}
