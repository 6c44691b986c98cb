using System.Linq.Dynamic.Core;
using System.Linq.Dynamic.Core.Exceptions;
using System.Linq.Expressions;
using System.Text;
using System.Text.RegularExpressions;
using EvidenceAppraisal.Rules.Diagnostics;
using EvidenceAppraisal.Rules.Model;

namespace EvidenceAppraisal.Rules.Compiling;

/// <summary>
/// Parses a <c>where</c> expression with System.Linq.Dynamic.Core into expression trees over the current
/// fact (<c>it</c>, or its name) and the facts named before it, reads <c>params.name</c> / <c>@name</c>, checks
/// the result against the allow-list, and splits top-level <c>&amp;&amp;</c> into separate conditions.
/// </summary>
internal static partial class ConditionCompiler
{
    /// <summary>Brackets and prefix operators nested deeper than this are refused before parsing: the parser recurses per level.</summary>
    public const int MaxNesting = 32;

    private static readonly ParsingConfig Config = new()
    {
        AllowNewToEvaluateAnyType = false,
        ResolveTypesBySimpleName = false,
        DisableMemberAccessToIndexAccessorFallback = true,
        AllowEqualsAndToStringMethodsOnObject = false,
        PrioritizePropertyOrFieldOverTheType = true,
        CustomTypeProvider = NoCustomTypes.Instance,
    };

    [GeneratedRegex(@"(?:\bparams\.|@)(?<name>[A-Za-z_][A-Za-z0-9_]*)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ParamReference();

    [GeneratedRegex(@"No property or field '(?<member>[^']+)' exists in type '(?<type>[^']+)'", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UnknownMemberMessage();

    [GeneratedRegex(@"Unknown identifier '(?<name>[^']+)'", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UnknownIdentifierMessage();

    /// <summary>
    /// Pays the parser's one-time costs (its tables, the fact types, first calls) on a condition like the packs': about
    /// 100 ms cold, which <see cref="RuleSetCompiler.Prepare"/> moves onto another core while the rule files are read.
    /// </summary>
    /// <returns>Whether the condition passed the allow-list, as every shipped condition does.</returns>
    internal static bool Warm()
    {
        var sentence = Expression.Parameter(FactAliases.TypeOf("sentence")!, "s");
        var parsed = DynamicExpressionParser.ParseLambda(Config, [sentence], typeof(bool),
            "SentenceIndex >= 0 && (Quote.ToLowerInvariant().Contains(\"warm\") || Quote.Length == 1 && Quote.Any(it >= '0' && it <= '9'))", new Dictionary<string, object>());
        return ExpressionGuard.Check(parsed.Body).Count == 0;
    }

    /// <summary>Compiles <paramref name="where"/> into one lambda per top-level conjunct, or reports why not.</summary>
    public static IReadOnlyList<Conjunct> Compile(
        ExpressionSpec where,
        ParameterExpression current,
        IReadOnlyDictionary<string, ParameterExpression> scope,
        IReadOnlyDictionary<string, object> parameters,
        List<Diagnostic> diagnostics,
        int maxLength)
    {
        if (where.Text.Length > maxLength)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.ExpressionTooLong,
                $"expression is longer than {maxLength:N0} characters ({RuleLimits.MaxExpressionCharsVariable} raises it)", where.Location));
            return [];
        }

        if (ConjunctText.DeepestNesting(where.Text) is var (depth, at) && depth > MaxNesting)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.ExpressionTooDeep, $"expression nests brackets or prefix operators deeper than {MaxNesting} levels", At(where, at)));
            return [];
        }

        var (text, map) = RewriteParams(where, parameters, diagnostics, out var externals);
        if (text is null)
        {
            return [];
        }

        foreach (var (name, parameter) in scope)
        {
            externals[name] = parameter;
        }

        LambdaExpression parsed;
        try
        {
            parsed = DynamicExpressionParser.ParseLambda(Config, [current], typeof(bool), text, externals);
        }
        catch (ParseException ex)
        {
            diagnostics.Add(Describe(ex, where, map(ex.Position), current));
            return [];
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or NotSupportedException)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.ExpressionSyntax, ex.Message, where.Location));
            return [];
        }

        var problems = ExpressionGuard.Check(parsed.Body);
        if (problems.Count > 0)
        {
            diagnostics.AddRange(problems.Distinct().Select(p => new Diagnostic(p.Code, p.Message, where.Location)));
            return [];
        }

        var bodies = SplitAnd(parsed.Body).ToList();
        var texts = ConjunctText.Split(where.Text);
        var conjuncts = new List<Conjunct>(bodies.Count);
        for (var i = 0; i < bodies.Count; i++)
        {
            var used = ParameterCollector.Collect(bodies[i]);
            var parameterList = new List<ParameterExpression> { current };
            parameterList.AddRange(used.Where(p => p != current));
            // The written text of each conjunct, for explanations; when '&&' hides inside a construct we cannot split, the tree's own text.
            var written = texts.Count == bodies.Count ? texts[i] : bodies[i].ToString();
            conjuncts.Add(new Conjunct(Expression.Lambda(bodies[i], parameterList), written, where.Location));
        }

        return conjuncts;
    }

    private static IEnumerable<Expression> SplitAnd(Expression body)
    {
        if (body is BinaryExpression { NodeType: ExpressionType.AndAlso } and)
        {
            return SplitAnd(and.Left).Concat(SplitAnd(and.Right));
        }

        return [body];
    }

    /// <summary>
    /// Replaces <c>params.x</c> and <c>@x</c> by external symbols carrying the parameter's value; returns a
    /// map from positions in the rewritten text back to positions in the original.
    /// </summary>
    private static (string? Text, Func<int, int> Map) RewriteParams(
        ExpressionSpec where, IReadOnlyDictionary<string, object> parameters, List<Diagnostic> diagnostics, out Dictionary<string, object> externals)
    {
        var found = new Dictionary<string, object>(StringComparer.Ordinal);
        var shifts = new List<(int NewStart, int OldStart, int NewLength, int OldLength)>();
        var sb = new StringBuilder();
        var last = 0;
        var ok = true;
        foreach (Match m in ParamReference().Matches(where.Text))
        {
            var name = m.Groups["name"].Value;
            if (!parameters.TryGetValue(name, out var value))
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.UnknownParam,
                    $"unknown parameter '{name}'; declare it under 'params'" + (parameters.Count > 0 ? $" (declared: {string.Join(", ", parameters.Keys)})" : ""),
                    At(where, m.Index)));
                ok = false;
                continue;
            }

            sb.Append(where.Text, last, m.Index - last);
            var symbol = "__param_" + name;
            shifts.Add((sb.Length, m.Index, symbol.Length, m.Length));
            sb.Append(symbol);
            found[symbol] = value;
            last = m.Index + m.Length;
        }

        sb.Append(where.Text, last, where.Text.Length - last);
        externals = found;
        int Map(int position)
        {
            var offset = 0;
            foreach (var (newStart, oldStart, newLength, oldLength) in shifts)
            {
                if (position < newStart)
                {
                    break;
                }

                if (position < newStart + newLength)
                {
                    return oldStart;
                }

                offset = oldStart + oldLength - (newStart + newLength);
            }

            return position + offset;
        }

        return (ok ? sb.ToString() : null, Map);
    }

    private static Diagnostic Describe(ParseException ex, ExpressionSpec where, int position, ParameterExpression current)
    {
        var at = At(where, position);
        var unknownMember = UnknownMemberMessage().Match(ex.Message);
        if (unknownMember.Success)
        {
            var typeName = unknownMember.Groups["type"].Value;
            var type = FactAliases.Names.Select(FactAliases.TypeOf).FirstOrDefault(t => t?.Name == typeName);
            var alias = type is null ? typeName : FactAliases.AliasOf(type);
            var member = unknownMember.Groups["member"].Value;
            var hint = type is null ? "" : Suggest(member, FactAliases.Members(type));
            return new Diagnostic(DiagnosticCodes.UnknownMember, $"unknown member '{member}' on fact '{alias}'{hint}", at);
        }

        var unknownName = UnknownIdentifierMessage().Match(ex.Message);
        if (unknownName.Success)
        {
            return new Diagnostic(DiagnosticCodes.UnknownName, $"unknown name '{unknownName.Groups["name"].Value}': name a fact with 'as' before using it, or use a member of '{FactAliases.AliasOf(current.Type)}'", at);
        }

        if (ex.Message.Contains("not accessible", StringComparison.Ordinal) || ex.Message.Contains("not found", StringComparison.Ordinal))
        {
            return new Diagnostic(DiagnosticCodes.NotAllowed, ex.Message.TrimEnd('.') + " (rules may use only fact members and a few string and number functions)", at);
        }

        return new Diagnostic(DiagnosticCodes.ExpressionSyntax, ex.Message.TrimEnd('.'), at);
    }

    private static string Suggest(string member, IEnumerable<string> candidates)
    {
        var best = candidates.MinBy(c => Loading.YamlMap.Levenshtein(c.ToLowerInvariant(), member.ToLowerInvariant()));
        return best is not null && Loading.YamlMap.Levenshtein(best.ToLowerInvariant(), member.ToLowerInvariant()) <= Math.Max(2, member.Length / 3)
            ? $"; did you mean '{best}'?" : "";
    }

    /// <summary>The location of character <paramref name="offset"/> of the expression, across lines of a block scalar.</summary>
    private static SourceLocation At(ExpressionSpec where, int offset)
    {
        offset = Math.Clamp(offset, 0, where.Text.Length);
        var before = where.Text.AsSpan(0, offset);
        var lines = before.Count('\n');
        if (lines == 0)
        {
            return where.Location.Shift(offset);
        }

        return where.Location with { Line = where.Location.Line + lines, Column = offset - before.LastIndexOf('\n') };
    }

    private sealed class ParameterCollector : ExpressionVisitor
    {
        private readonly List<ParameterExpression> _found = [];
        private readonly HashSet<ParameterExpression> _lambdaParameters = [];

        public static List<ParameterExpression> Collect(Expression expression)
        {
            var collector = new ParameterCollector();
            collector.Visit(expression);
            return collector._found;
        }

        protected override Expression VisitLambda<T>(Expression<T> node)
        {
            foreach (var p in node.Parameters)
            {
                _lambdaParameters.Add(p);
            }

            return base.VisitLambda(node);
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            if (!_lambdaParameters.Contains(node) && !_found.Contains(node))
            {
                _found.Add(node);
            }

            return node;
        }
    }
}
