using System.Reflection;
using EvidenceAppraisal.Extraction;

namespace EvidenceAppraisal.Rules.Compiling;

/// <summary>
/// The allow-list of what a rule can see: fact types by alias (from <see cref="FactAliasAttribute"/>),
/// and on them only their own public properties and methods.
/// </summary>
public static class FactAliases
{
    private static readonly Dictionary<string, Type> ByAlias = typeof(Fact).Assembly.GetTypes()
        .Select(t => (Type: t, Attr: t.GetCustomAttribute<FactAliasAttribute>()))
        .Where(x => x.Attr is not null && typeof(Fact).IsAssignableFrom(x.Type))
        .ToDictionary(x => x.Attr!.Alias, x => x.Type, StringComparer.Ordinal);

    private static readonly Dictionary<Type, string> ByType = ByAlias.ToDictionary(kv => kv.Value, kv => kv.Key);

    public static IReadOnlyCollection<string> Names => ByAlias.Keys;

    public static Type? TypeOf(string alias) => ByAlias.GetValueOrDefault(alias);

    public static string? AliasOf(Type type) => ByType.GetValueOrDefault(type);

    public static bool IsFactType(Type type) => typeof(Fact).IsAssignableFrom(type) && type != typeof(object);

    /// <summary>The members a rule may read on a fact type, for listings and "did you mean".</summary>
    public static IEnumerable<string> Members(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).Order(StringComparer.Ordinal);
}
