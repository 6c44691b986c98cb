using System.Collections;
using System.Globalization;

namespace EvidenceAppraisal.Rules.Running;

/// <summary>How a fact member or parameter value reads in a message or an explanation: invariant numbers, yes/no, lists joined.</summary>
public static class ValueText
{
    public static string Format(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "yes" : "no",
        double d => d.ToString("0.###", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable e => string.Join(", ", e.Cast<object>().Select(Format)),
        _ => value.ToString() ?? "",
    };
}
