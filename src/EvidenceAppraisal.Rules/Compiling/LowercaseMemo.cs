using System.Linq.Expressions;
using System.Reflection;

namespace EvidenceAppraisal.Rules.Compiling;

/// <summary>
/// Rules compare text case-blind by writing <c>Quote.ToLowerInvariant().Contains("...")</c>, thousands of times over
/// a set (every alternative lowers the same sentence again). This rewrites each <c>s.ToLowerInvariant()</c> of a
/// condition into <see cref="Lower"/>, which remembers the last strings lowered on this thread: a fact's sentence is
/// lowered once for all the rules that read it, and every result is exactly what <c>ToLowerInvariant</c> returns.
/// </summary>
internal static class LowercaseMemo
{
    private const int Slots = 16;

    private static readonly MethodInfo ToLowerInvariant = typeof(string).GetMethod(nameof(string.ToLowerInvariant), Type.EmptyTypes)!;
    private static readonly MethodInfo LowerMethod = typeof(LowercaseMemo).GetMethod(nameof(Lower))!;

    [ThreadStatic]
    private static Cache? _cache;

    /// <summary>The condition with every <c>ToLowerInvariant()</c> call going through the memo.</summary>
    public static Expression<TDelegate> Rewrite<TDelegate>(Expression<TDelegate> expression) where TDelegate : Delegate =>
        (Expression<TDelegate>)new Rewriter().Visit(expression);

    /// <summary><c>text.ToLowerInvariant()</c>, from the memo when this thread lowered the same string instance lately.</summary>
    public static string Lower(string text)
    {
        if (text is null)
        {
            throw new NullReferenceException("ToLowerInvariant() on null"); // what the call it replaces throws
        }

        var cache = _cache ??= new Cache();
        if (ReferenceEquals(cache.Keys[cache.Last], text))
        {
            return cache.Values[cache.Last]!; // conditions in a row mostly read the same fact's text
        }

        for (var i = 0; i < Slots; i++)
        {
            if (ReferenceEquals(cache.Keys[i], text))
            {
                cache.Last = i;
                return cache.Values[i]!;
            }
        }

        // Strings are immutable, so a string instance always lowers to the same text: a hit is never stale.
        var lowered = text.ToLowerInvariant();
        var slot = cache.Next;
        cache.Keys[slot] = text;
        cache.Values[slot] = lowered;
        cache.Last = slot;
        cache.Next = (slot + 1) % Slots;
        return lowered;
    }

    private sealed class Cache
    {
        public readonly string?[] Keys = new string?[Slots];
        public readonly string?[] Values = new string?[Slots];
        public int Next;
        public int Last;
    }

    private sealed class Rewriter : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node) =>
            node.Method == ToLowerInvariant && node.Object is { } text
                ? Expression.Call(LowerMethod, Visit(text))
                : base.VisitMethodCall(node);
    }
}
