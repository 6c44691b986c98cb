using System.Linq.Expressions;
using System.Reflection;

namespace EvidenceAppraisal.Rules.Compiling;

/// <summary>
/// Walks a parsed condition and refuses anything outside the allow-list: only fact properties and
/// methods, a few string, math and sequence methods, no object creation, no invocation, bounded literals.
/// Dynamic LINQ already refuses unknown types; this is the second, independent wall.
/// </summary>
internal sealed class ExpressionGuard : ExpressionVisitor
{
    public const int MaxLiteralLength = 1000;

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

    private readonly List<string> _problems = [];

    public static IReadOnlyList<string> Check(Expression expression)
    {
        var guard = new ExpressionGuard();
        guard.Visit(expression);
        return guard._problems;
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        var type = node.Member.DeclaringType;
        var allowed = type is not null && (FactAliases.IsFactType(type) && node.Member is PropertyInfo
            || type == typeof(string) && node.Member.Name == "Length"
            || type.IsGenericType && node.Member.Name is "Count" or "HasValue" or "Value"
            || type.IsValueType && type.Namespace == "EvidenceAppraisal.Documents");
        if (!allowed)
        {
            _problems.Add($"member '{node.Member.Name}' of '{type?.Name}' is not allowed in rules");
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
            || type is not null && type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Nullable<>) && method.Name == "GetValueOrDefault"
            || IsSetContains(method);
        if (!allowed)
        {
            _problems.Add($"method '{type?.Name}.{method.Name}' is not allowed in rules");
        }

        return base.VisitMethodCall(node);
    }

    private static bool IsSetContains(MethodInfo method) =>
        method.Name == "Contains" && method.DeclaringType is { IsGenericType: true } t
        && t.GetGenericArguments() is [var arg] && arg == typeof(string);

    protected override Expression VisitNew(NewExpression node)
    {
        _problems.Add($"creating objects ('new {node.Type.Name}') is not allowed in rules");
        return node;
    }

    protected override Expression VisitNewArray(NewArrayExpression node)
    {
        _problems.Add("creating arrays is not allowed in rules");
        return node;
    }

    protected override Expression VisitInvocation(InvocationExpression node)
    {
        _problems.Add("invoking delegates is not allowed in rules");
        return node;
    }

    protected override Expression VisitMemberInit(MemberInitExpression node)
    {
        _problems.Add("creating objects is not allowed in rules");
        return node;
    }

    protected override Expression VisitListInit(ListInitExpression node)
    {
        _problems.Add("creating lists is not allowed in rules");
        return node;
    }

    protected override Expression VisitConstant(ConstantExpression node)
    {
        if (node.Value is string s && s.Length > MaxLiteralLength)
        {
            _problems.Add($"a text literal longer than {MaxLiteralLength} characters is not allowed");
        }
        else if (node.Value is not (null or string or bool or int or long or double or float or decimal or char) && !node.Type.IsEnum)
        {
            _problems.Add($"a constant of type '{node.Type.Name}' is not allowed");
        }

        return node;
    }
}
