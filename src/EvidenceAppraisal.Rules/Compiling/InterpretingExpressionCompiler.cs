using System.Linq.Expressions;
using NRules.Extensibility;

namespace EvidenceAppraisal.Rules.Compiling;

/// <summary>
/// Turns NRules' condition expressions into delegates by interpretation instead of emitting IL. Emitting costs
/// a few milliseconds per expression, which dominates compiling a rule set (thousands of expressions for a large
/// set); an interpreted condition is slower per call, but a document brings tens of facts, not millions.
/// </summary>
internal sealed class InterpretingExpressionCompiler : IExpressionCompiler
{
    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression) where TDelegate : Delegate =>
        expression.Compile(preferInterpretation: true);
}
