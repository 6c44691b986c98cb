using System.Reflection;

namespace EvidenceAppraisal.Hardening.Tests.Support;

/// <summary>
/// Every product assembly beside the tests (EvidenceAppraisal.*.dll and the CLI), test assemblies excluded,
/// so a new project or a new pattern is covered without touching the tests.
/// </summary>
internal static class ProductAssemblies
{
    public static IReadOnlyList<Assembly> All { get; } = Load();

    private static List<Assembly> Load()
    {
        var files = Directory.GetFiles(AppContext.BaseDirectory, "EvidenceAppraisal.*.dll")
            .Append(Path.Combine(AppContext.BaseDirectory, "evidence-appraisal.dll"))
            .Where(File.Exists)
            .Where(f => !Path.GetFileNameWithoutExtension(f).EndsWith(".Tests", StringComparison.Ordinal));
        return files.Select(f => Assembly.LoadFrom(f)).Distinct().OrderBy(a => a.GetName().Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>Every type an assembly defines, including the ones that fail to load in part.</summary>
    public static IEnumerable<Type> TypesOf(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            return ex.Types.OfType<Type>();
        }
    }
}
