using System.Linq.Expressions;
using System.Reflection;
using EvidenceAppraisal.Rules.Compiling;
using EvidenceAppraisal.Rules.Diagnostics;

namespace EvidenceAppraisal.Rules.Linting;

/// <summary>
/// Finds rules that can never fire, from their compiled conditions: a conjunct that is false whatever the facts
/// (often a parameter compared with a constant), conjuncts on one member that contradict each other
/// (<c>Total &lt; 10 &amp;&amp; Total &gt; 20</c>, <c>Kind == "a" &amp;&amp; Kind == "b"</c>, <c>IsBenefit &amp;&amp; !IsBenefit</c>), and a
/// <c>not</c> of a fact type with no condition while the rule also needs a fact of that type.
/// </summary>
internal static class NeverFires
{
    public static void Check(CompiledRule rule, List<Diagnostic> diagnostics)
    {
        var conditions = rule.Shape.Conditions;
        var required = new List<PatternPlan>();
        foreach (var condition in conditions)
        {
            switch (condition)
            {
                case MatchPlan m:
                    required.Add(m.Pattern);
                    break;
                case ExistsPlan e:
                    required.AddRange(e.Patterns);
                    break;
                case AnyPlan a when a.Branches.Count == 1:
                    required.AddRange(a.Branches[0]);
                    break;
                case CountPlan c when c.Min > 0:
                    required.Add(c.Item);
                    break;
            }
        }

        foreach (var pattern in required)
        {
            if (Contradiction(pattern) is { } reason)
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.CannotFire, $"rule '{rule.Spec.Id}' can never fire: {reason}", pattern.Conjuncts.FirstOrDefault()?.Location ?? pattern.Location));
            }
        }

        foreach (var not in conditions.OfType<NotPlan>().Where(n => n.Patterns is [{ Conjuncts.Count: 0 }]))
        {
            var type = not.Patterns[0].Type;
            if (conditions.OfType<MatchPlan>().Any(m => m.Pattern.Type == type))
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.CannotFire,
                    $"rule '{rule.Spec.Id}' can never fire: it needs a '{not.Patterns[0].Alias}' fact and also that no '{not.Patterns[0].Alias}' fact exists (give the 'not' a 'where')", not.Location));
            }
        }
    }

    private static string? Contradiction(PatternPlan pattern)
    {
        var constraints = new Dictionary<string, MemberConstraint>(StringComparer.Ordinal);
        foreach (var conjunct in pattern.Conjuncts)
        {
            if (IsConstantFalse(conjunct.Lambda))
            {
                return $"'{conjunct.Text}' is false whatever the facts";
            }

            if (Read(conjunct.Lambda) is not var (member, op, value))
            {
                continue;
            }

            if (!constraints.TryGetValue(member, out var constraint))
            {
                constraints[member] = constraint = new MemberConstraint();
            }

            if (constraint.Add(op, value, conjunct.Text) is { } clash)
            {
                return $"'{clash}' and '{conjunct.Text}' cannot both hold";
            }
        }

        return null;
    }

    /// <summary>A conjunct that reads no fact (only constants and parameters) and is false.</summary>
    private static bool IsConstantFalse(LambdaExpression lambda)
    {
        if (lambda.Parameters.Count != 1 || new ParameterFinder(lambda.Parameters[0]).Finds(lambda.Body))
        {
            return false;
        }

        try
        {
            return Expression.Lambda<Func<bool>>(lambda.Body).Compile()() == false;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or NullReferenceException)
        {
            return false;
        }
    }

    /// <summary>Reads <c>Member op constant</c> (either way round) or a bare boolean member, on the current fact only.</summary>
    private static (string Member, ExpressionType Op, object Value)? Read(LambdaExpression lambda)
    {
        if (lambda.Parameters.Count != 1)
        {
            return null;
        }

        var current = lambda.Parameters[0];
        var body = lambda.Body;
        switch (body)
        {
            case MemberExpression m when MemberOf(m, current) is { } name && m.Type == typeof(bool):
                return (name, ExpressionType.Equal, true);
            case UnaryExpression { NodeType: ExpressionType.Not, Operand: MemberExpression m } when MemberOf(m, current) is { } name && m.Type == typeof(bool):
                return (name, ExpressionType.Equal, false);
            case BinaryExpression b when b.NodeType is ExpressionType.Equal or ExpressionType.NotEqual or ExpressionType.LessThan
                or ExpressionType.LessThanOrEqual or ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual:
                if (MemberOf(Strip(b.Left), current) is { } left && Constant(Strip(b.Right)) is { } right)
                {
                    return (left, b.NodeType, right);
                }

                if (MemberOf(Strip(b.Right), current) is { } r && Constant(Strip(b.Left)) is { } l)
                {
                    return (r, Flip(b.NodeType), l);
                }

                return null;
            default:
                return null;
        }
    }

    private static Expression Strip(Expression e) => e is UnaryExpression { NodeType: ExpressionType.Convert } u ? Strip(u.Operand) : e;

    private static string? MemberOf(Expression e, ParameterExpression current) =>
        e is MemberExpression { Member: PropertyInfo p, Expression: var target } && target == current ? p.Name : null;

    private static object? Constant(Expression e) => e is ConstantExpression { Value: { } v } ? v : null;

    private static ExpressionType Flip(ExpressionType op) => op switch
    {
        ExpressionType.LessThan => ExpressionType.GreaterThan,
        ExpressionType.LessThanOrEqual => ExpressionType.GreaterThanOrEqual,
        ExpressionType.GreaterThan => ExpressionType.LessThan,
        ExpressionType.GreaterThanOrEqual => ExpressionType.LessThanOrEqual,
        _ => op,
    };

    /// <summary>What the conjuncts so far say about one member; reports the first conjunct a new one contradicts.</summary>
    private sealed class MemberConstraint
    {
        private (object Value, string Text)? _equals;
        private readonly List<(object Value, string Text)> _notEquals = [];
        private (double Value, bool Inclusive, string Text)? _lower;
        private (double Value, bool Inclusive, string Text)? _upper;

        public string? Add(ExpressionType op, object value, string text)
        {
            var number = value is IConvertible and not (string or bool or char) && !value.GetType().IsEnum ? Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture) : (double?)null;
            value = number ?? value; // 5 and 5.0 are one value
            switch (op)
            {
                case ExpressionType.Equal:
                    if (_equals is { } eq && !Equals(eq.Value, value))
                    {
                        return eq.Text;
                    }

                    if (_notEquals.FirstOrDefault(n => Equals(n.Value, value)) is { Text: { } ne })
                    {
                        return ne;
                    }

                    _equals = (value, text);
                    return number is { } n1 ? OutOfRange(n1) : null;
                case ExpressionType.NotEqual:
                    if (_equals is { } e && Equals(e.Value, value))
                    {
                        return e.Text;
                    }

                    _notEquals.Add((value, text));
                    return null;
                case ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual when number is { } low:
                    var inclusive = op == ExpressionType.GreaterThanOrEqual;
                    if (_lower is null || low > _lower.Value.Value || low == _lower.Value.Value && !inclusive)
                    {
                        _lower = (low, inclusive, text);
                    }

                    return Crossed(_upper?.Text) ?? EqualsOutside();
                case ExpressionType.LessThan or ExpressionType.LessThanOrEqual when number is { } high:
                    var incl = op == ExpressionType.LessThanOrEqual;
                    if (_upper is null || high < _upper.Value.Value || high == _upper.Value.Value && !incl)
                    {
                        _upper = (high, incl, text);
                    }

                    return Crossed(_lower?.Text) ?? EqualsOutside();
                default:
                    return null;
            }
        }

        /// <summary>When the bounds cross, the text of the other side's bound (the one written before).</summary>
        private string? Crossed(string? other) =>
            _lower is { } lo && _upper is { } hi && (lo.Value > hi.Value || lo.Value == hi.Value && !(lo.Inclusive && hi.Inclusive)) ? other : null;

        private string? EqualsOutside() =>
            _equals is { } eq && eq.Value is IConvertible and not (string or bool or char) && OutOfRange(Convert.ToDouble(eq.Value, System.Globalization.CultureInfo.InvariantCulture)) is not null ? eq.Text : null;

        private string? OutOfRange(double value)
        {
            if (_lower is { } lo && (value < lo.Value || value == lo.Value && !lo.Inclusive))
            {
                return lo.Text;
            }

            if (_upper is { } hi && (value > hi.Value || value == hi.Value && !hi.Inclusive))
            {
                return hi.Text;
            }

            return null;
        }
    }

    private sealed class ParameterFinder(ParameterExpression parameter) : ExpressionVisitor
    {
        private bool _found;

        public bool Finds(Expression body)
        {
            Visit(body);
            return _found;
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            _found |= node == parameter;
            return node;
        }
    }
}
