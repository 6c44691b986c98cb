using EvidenceAppraisal.Rules.Diagnostics;
using EvidenceAppraisal.Rules.Loading;
using EvidenceAppraisal.Rules.Model;
using EvidenceAppraisal.Rules.Running;
using NRules;
using NRules.RuleModel;

namespace EvidenceAppraisal.Rules.Compiling;

/// <summary>Compiles loaded rules into one thread-safe <see cref="CompiledRuleSet"/>: translate each rule, check its messages, compile the network once.</summary>
public static class RuleSetCompiler
{
    /// <summary>Loads and compiles; throws <see cref="RuleSetException"/> with every diagnostic when anything is wrong.</summary>
    /// <param name="code">Interpreted conditions (the default) compile fastest; emitted ones run fastest (batch).</param>
    public static CompiledRuleSet Load(string rulesRoot, string? profilePath = null, ConditionCode code = ConditionCode.Interpreted)
    {
        Prepare();
        return Compile(RuleSetLoader.Load(rulesRoot, profilePath), code: code);
    }

    private static readonly Lazy<Task> Warming = new(() => Task.Run(() =>
    {
        try
        {
            ConditionCompiler.Warm();
        }
        catch (Exception)
        {
            // Only a head start: whatever went wrong here, the compile itself meets and reports.
        }
    }));

    /// <summary>
    /// Starts the expression parser's one-time set-up on another core (about 100 ms of a cold compile), so that it
    /// overlaps with reading the rule files; a compile waits for it. Call it before loading; calling again does nothing.
    /// </summary>
    public static void Prepare() => _ = Warming.Value;

    public static CompiledRuleSet Compile(LoadedRules loaded, RuleLimits? limits = null, ConditionCode code = ConditionCode.Interpreted)
    {
        var (compiled, diagnostics) = TryCompile(loaded, limits, code);
        return compiled ?? throw new RuleSetException(diagnostics);
    }

    /// <param name="limits">Rule count and expression length; <see cref="RuleLimits.Default"/> (with the environment's settings) when null.</param>
    /// <param name="code">How conditions run: see <see cref="ConditionCode"/>. Results are the same either way.</param>
    public static (CompiledRuleSet? RuleSet, IReadOnlyList<Diagnostic> Diagnostics) TryCompile(LoadedRules loaded, RuleLimits? limits = null, ConditionCode code = ConditionCode.Interpreted) =>
        TryCompile(loaded, limits, code, phraseGates: true);

    /// <param name="phraseGates">False builds the network without <see cref="PhraseGates"/>: tests compare the two.</param>
    internal static (CompiledRuleSet? RuleSet, IReadOnlyList<Diagnostic> Diagnostics) TryCompile(LoadedRules loaded, RuleLimits? limits, ConditionCode code, bool phraseGates)
    {
        limits ??= RuleLimits.Default;
        var diagnostics = new List<Diagnostic>(loaded.Diagnostics);
        if (loaded.Rules.Count > limits.MaxRules)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.TooManyRules,
                $"{loaded.Rules.Count:N0} rules exceed the limit of {limits.MaxRules:N0} ({RuleLimits.MaxRulesVariable} raises it)", SourceLocation.None));
            return (null, diagnostics);
        }

        var definitions = new List<IRuleDefinition>(loaded.Rules.Count);
        var entries = new Dictionary<string, CompiledRule>(StringComparer.Ordinal);
        Warming.Value.Wait(); // so that the parallel translation does not pay the parser's first costs on every core at once
        var translated = Translate(loaded.Rules, limits, phraseGates);
        for (var i = 0; i < loaded.Rules.Count; i++)
        {
            var rule = loaded.Rules[i];
            var (definition, shape, own) = translated[i];
            diagnostics.AddRange(own);
            var problems = new List<string>();
            var message = MessageTemplate.Parse(rule.Then.Message, shape, rule.Params, problems);
            MessageTemplate? Optional(string? text) => text is null ? null : MessageTemplate.Parse(text, shape, rule.Params, problems);
            var question = Optional(rule.Then.Question);
            var advice = Optional(rule.Then.Advice);
            var why = Optional(rule.Then.Why);
            foreach (var name in rule.Then.Evidence.Where(n => !shape.Names.ContainsKey(n)))
            {
                problems.Add($"evidence names '{name}', which the rule does not bind with 'as' (bound: {string.Join(", ", shape.Declared)})");
            }

            diagnostics.AddRange(problems.Select(p => new Diagnostic(DiagnosticCodes.TemplateError, p, rule.Then.MessageLocation)));
            if (definition is not null && problems.Count == 0)
            {
                definitions.Add(definition);
                var evidence = rule.Then.Evidence.Count > 0 ? rule.Then.Evidence : shape.Declared.Count > 0 ? shape.Declared : shape.Names.Keys.ToList();
                entries[rule.Id] = new CompiledRule(rule, message, question, advice, why, evidence, shape);
            }
        }

        if (diagnostics.Any(d => d.IsError))
        {
            return (null, diagnostics);
        }

        try
        {
            var factory = new RuleCompiler { ExpressionCompiler = new InterpretingExpressionCompiler(code) }.Compile(definitions);
            return (new CompiledRuleSet(loaded, factory, entries), diagnostics);
        }
        catch (RuleCompilationException ex)
        {
            var rule = loaded.Rules.FirstOrDefault(r => r.Id == ex.RuleName);
            diagnostics.Add(new Diagnostic(DiagnosticCodes.CannotFire, $"rule '{ex.RuleName}' does not compile: {ex.InnerException?.Message ?? ex.Message}", rule?.Location ?? SourceLocation.None));
            return (null, diagnostics);
        }
    }

    /// <summary>
    /// Each rule translated on its own, on every core: parsing the <c>where</c> expressions is most of a cold compile
    /// (paired ReadyToRun runs on two cores: 313–386 ms against 378–505 one by one). Then the phrase gates are planned
    /// over all rules' patterns (<see cref="PhraseGates"/>) and each rule is built with them. Results and their
    /// diagnostics come back in rule order, so the outcome is the same as one by one; an unexpected failure surfaces
    /// as itself, not wrapped.
    /// </summary>
    private static (IRuleDefinition? Definition, RuleShape Shape, List<Diagnostic> Diagnostics)[] Translate(IReadOnlyList<RuleSpec> rules, RuleLimits limits, bool phraseGates)
    {
        var translators = new (RuleTranslator Translator, List<Diagnostic> Diagnostics)[rules.Count];
        var translated = new (IRuleDefinition?, RuleShape, List<Diagnostic>)[rules.Count];
        try
        {
            Parallel.For(0, rules.Count, i =>
            {
                var own = new List<Diagnostic>();
                translators[i] = (RuleTranslator.Begin(rules[i], own, limits), own);
            });
            var gates = phraseGates ? PhraseGates.Plan(translators.SelectMany(t => t.Translator.Patterns)) : PhraseGates.None;
            Parallel.For(0, rules.Count, i =>
            {
                var (translator, own) = translators[i];
                translated[i] = (translator.Build(gates, own), translator.Shape, own);
            });
        }
        catch (AggregateException ex)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
        }

        return translated;
    }
}

/// <summary>A rule ready to run: its spec, its parsed templates, and its conditions as compiled (for explanations and checks).</summary>
internal sealed record CompiledRule(
    RuleSpec Spec,
    MessageTemplate Message,
    MessageTemplate? Question,
    MessageTemplate? Advice,
    MessageTemplate? Why,
    IReadOnlyList<string> EvidenceNames,
    RuleShape Shape);
