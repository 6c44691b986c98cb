using System.Linq.Expressions;
using NRules.Extensibility;

namespace EvidenceAppraisal.Rules.Compiling;

/// <summary>
/// Turns NRules' condition expressions into delegates by interpretation (<see cref="ConditionCode.Interpreted"/>) or
/// by emitting IL (<see cref="ConditionCode.Emitted"/>). Emitting costs more per expression when compiling, which
/// dominates compiling a rule set for one report; an interpreted condition is slower per call, which dominates a
/// batch of thousands of documents. Either way, phrase tests are answered by the rule set's <see cref="PhraseIndex"/>
/// and other lowercasing goes through <see cref="LowercaseMemo"/> (the same sentence is read by hundreds of conditions).
/// </summary>
internal sealed class InterpretingExpressionCompiler(ConditionCode code) : IExpressionCompiler
{
    private readonly PhraseIndex _phrases = new();

    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression) where TDelegate : Delegate =>
        LowercaseMemo.Rewrite(_phrases.Rewrite(expression)).Compile(preferInterpretation: code == ConditionCode.Interpreted);
}

/// <summary>How rule conditions run: interpreted (quick to compile: one report) or emitted as IL (quick to run: a batch).</summary>
public enum ConditionCode
{
    Interpreted,
    Emitted,
}
