using System.Linq.Dynamic.Core.CustomTypeProviders;
using System.Reflection;

namespace EvidenceAppraisal.Rules.Compiling;

/// <summary>
/// The expression parser's custom types: none. The default provider scans every loaded assembly for types marked
/// <c>[DynamicLinqType]</c> (a tenth of a cold rule-set compile) and makes any type found there, or named in full,
/// reachable from a rule; rules reach only fact members and the parser's own predefined types.
/// </summary>
internal sealed class NoCustomTypes : IDynamicLinqCustomTypeProvider
{
    public static NoCustomTypes Instance { get; } = new();

    private static readonly HashSet<Type> None = [];
    private static readonly Dictionary<Type, List<MethodInfo>> NoMethods = [];

    public HashSet<Type> GetCustomTypes() => None;

    public Dictionary<Type, List<MethodInfo>> GetExtensionMethods() => NoMethods;

    public Type? ResolveType(string typeName) => null;

    public Type? ResolveTypeBySimpleName(string simpleTypeName) => null;
}
