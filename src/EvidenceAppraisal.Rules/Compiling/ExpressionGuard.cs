using System.Linq.Expressions;
using System.Reflection;
using EvidenceAppraisal.Rules.Diagnostics;

namespace EvidenceAppraisal.Rules.Compiling;

/// <summary>
/// Walks a parsed condition and refuses anything outside the allow-list: only fact properties and
/// methods, a few string, math and sequence methods, no object creation, no invocation, bounded literals,
/// a bounded tree. Dynamic LINQ already refuses unknown types; this is the second, independent wall.
/// Nothing allowed can loop or allocate without bound: sequences are the facts' own, strings are joined only
/// from literals and fact text, and there is no repetition, padding, range or array creation.
/// </summary>
internal sealed class ExpressionGuard : ExpressionVisitor
{
    public const int MaxLiteralLength = 1000;

    public const int MaxNodes = 500;

    public const int MaxDepth = 64;

    private static readonly HashSet<string> StringMethods = new(StringComparer.Ordinal)
    {
        "Contains", "StartsWith", "EndsWith", "ToLower", "ToLowerInvariant", "ToUpper", "ToUpperInvariant", "Trim",
        "Equals", "IsNullOrEmpty", "IsNullOrWhiteSpace", "Compare", "Concat", "op_Equality", "op_Inequality", "IndexOf",
    };

    private static readonly HashSet<string> SequenceMethods = new(StringComparer.Ordinal)
    {
        "Any", "All", "Count", "Contains", "Sum", "Min", "Max", "Average",
    };

    private static readonly HashSet<string> MathMethods = new(StringComparer.Ordinal) { "Abs", "Min", "Max", "Round", "Floor", "Ceiling" };

    private readonly List<(string Code, string Message)> _problems = [];
    private int _nodes;
    private int _depth;

    public static IReadOnlyList<(string Code, string Message)> Check(Expression expression)
    {
        var guard = new ExpressionGuard();
        guard.Visit(expression);
        return guard._problems;
    }

    public override Expression? Visit(Expression? node)
    {
        if (node is null || _problems.Any(p => p.Code == DiagnosticCodes.ExpressionTooDeep))
        {
            return node;
        }

        if (++_nodes > MaxNodes || _depth + 1 > MaxDepth)
        {
            _problems.Add((DiagnosticCodes.ExpressionTooDeep, $"expression is too complex (more than {MaxNodes} parts or nested deeper than {MaxDepth})"));
            return node;
        }

        _depth++;
        try
        {
            return base.Visit(node);
        }
        finally
        {
            _depth--;
        }
    }

    private void Refuse(string message) => _problems.Add((DiagnosticCodes.NotAllowed, message));

    private void RefuseLiteral(string message) => _problems.Add((DiagnosticCodes.ExpressionTooLong, message));

    protected override Expression VisitMember(MemberExpression node)
    {
        var type = node.Member.DeclaringType;
        var allowed = type is not null && (FactAliases.IsFactType(type) && node.Member is PropertyInfo
            || type == typeof(string) && node.Member.Name == "Length"
            || IsNullable(type) && node.Member.Name is "HasValue" or "Value"
            || node.Member.Name == "Count" && type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyCollection<>))
            || type.IsValueType && type.Namespace == "EvidenceAppraisal.Documents");
        if (!allowed)
        {
            Refuse($"member '{node.Member.Name}' of '{type?.Name}' is not allowed in rules");
        }

        return base.VisitMember(node);
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        var method = node.Method;
        var type = method.DeclaringType;
        var allowed = type == typeof(string) && StringMethods.Contains(method.Name)
            || type == typeof(Enumerable) && SequenceMethods.Contains(method.Name)
            || type == typeof(Math) && MathMethods.Contains(method.Name)
            || type is not null && FactAliases.IsFactType(type) && method.DeclaringType != typeof(object) && !method.IsSpecialName
            || type is not null && IsNullable(type) && method.Name == "GetValueOrDefault"
            || IsSetContains(method);
        if (!allowed)
        {
            Refuse($"method '{type?.Name}.{method.Name}' is not allowed in rules");
        }

        return base.VisitMethodCall(node);
    }

    private static bool IsNullable(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Nullable<>);

    private static bool IsSetContains(MethodInfo method) =>
        method.Name == "Contains" && method.DeclaringType is { IsGenericType: true } t
        && t.GetGenericArguments() is [var arg] && arg == typeof(string);

    protected override Expression VisitNew(NewExpression node)
    {
        Refuse($"creating objects ('new {node.Type.Name}') is not allowed in rules");
        return node;
    }

    protected override Expression VisitNewArray(NewArrayExpression node)
    {
        Refuse("creating arrays is not allowed in rules");
        return node;
    }

    protected override Expression VisitInvocation(InvocationExpression node)
    {
        Refuse("invoking delegates is not allowed in rules");
        return node;
    }

    protected override Expression VisitMemberInit(MemberInitExpression node)
    {
        Refuse("creating objects is not allowed in rules");
        return node;
    }

    protected override Expression VisitListInit(ListInitExpression node)
    {
        Refuse("creating lists is not allowed in rules");
        return node;
    }

    protected override Expression VisitConstant(ConstantExpression node)
    {
        if (node.Value is string s && s.Length > MaxLiteralLength)
        {
            RefuseLiteral($"a text literal longer than {MaxLiteralLength} characters is not allowed");
        }
        else if (node.Value is not (null or string or bool or int or long or double or float or decimal or char) && !node.Type.IsEnum)
        {
            Refuse($"a constant of type '{node.Type.Name}' is not allowed");
        }

        return node;
    }
}
