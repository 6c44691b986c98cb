using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using EvidenceAppraisal.Hardening.Tests.Support;

namespace EvidenceAppraisal.Hardening.Tests.Regexes;

/// <summary>A regular expression the product holds, and where: type and member.</summary>
public sealed record ProductRegex(string Where, Regex Regex)
{
    public override string ToString() => Where;
}

/// <summary>
/// Finds every regular expression the product assemblies hold by reflection: <c>[GeneratedRegex]</c> methods
/// (static, no parameters, returning <see cref="Regex"/>), static fields and properties of type Regex, and
/// static collections of them. Patterns built on the fly inside a method are found by the source scan
/// (<see cref="RegexSourceScanTests"/>) instead.
/// </summary>
internal static class ProductRegexes
{
    private const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    public static IReadOnlyList<ProductRegex> All { get; } = Find();

    private static List<ProductRegex> Find()
    {
        var found = new List<ProductRegex>();
        var seen = new HashSet<Regex>(ReferenceEqualityComparer.Instance);
        // The source generator's own classes hold the same instances the partial methods return.
        var types = ProductAssemblies.All.SelectMany(ProductAssemblies.TypesOf)
            .Where(t => t.Namespace?.StartsWith("System.Text.RegularExpressions", StringComparison.Ordinal) != true && !t.ContainsGenericParameters)
            .ToList();
        // Methods first, so a pattern is named where it is declared rather than where a table reuses it.
        foreach (var (where, value) in types.SelectMany(Methods).Concat(types.SelectMany(Members)))
        {
            var index = 0;
            foreach (var regex in Regexes(value))
            {
                if (seen.Add(regex))
                {
                    found.Add(new ProductRegex(value is Regex ? where : $"{where}[{index}]", regex));
                }

                index++;
            }
        }

        return found;
    }

    private static IEnumerable<(string Where, object? Value)> Methods(Type type)
    {
        foreach (var method in type.GetMethods(Static))
        {
            if (method.GetParameters().Length == 0 && !method.ContainsGenericParameters && typeof(Regex).IsAssignableFrom(method.ReturnType))
            {
                yield return ($"{type.FullName ?? type.Name}.{method.Name}()", method.Invoke(null, null));
            }
        }
    }

    private static IEnumerable<(string Where, object? Value)> Members(Type type)
    {
        var name = type.FullName ?? type.Name;
        foreach (var field in type.GetFields(Static))
        {
            if (Holds(field.FieldType))
            {
                yield return ($"{name}.{field.Name}", field.GetValue(null));
            }
        }

        foreach (var property in type.GetProperties(Static))
        {
            if (property.GetIndexParameters().Length == 0 && Holds(property.PropertyType) && property.GetMethod is not null)
            {
                yield return ($"{name}.{property.Name}", property.GetValue(null));
            }
        }
    }

    private static bool Holds(Type type) =>
        typeof(Regex).IsAssignableFrom(type)
        || type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type) && ElementTypes(type).Any(e => typeof(Regex).IsAssignableFrom(e) || e.IsGenericType && e.GetGenericArguments().Any(a => typeof(Regex).IsAssignableFrom(a)));

    private static IEnumerable<Type> ElementTypes(Type type) =>
        type.IsArray ? [type.GetElementType()!] : type.GetInterfaces().Append(type).Where(i => i.IsGenericType).SelectMany(i => i.GetGenericArguments());

    /// <summary>A regex, or the regexes inside a collection (also as values of pairs, tuples or dictionaries).</summary>
    private static IEnumerable<Regex> Regexes(object? value)
    {
        switch (value)
        {
            case Regex regex:
                yield return regex;
                break;
            case IEnumerable items and not string:
                foreach (var item in items)
                {
                    if (item is Regex inner)
                    {
                        yield return inner;
                    }
                    else if (item is not null)
                    {
                        foreach (var member in item.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && typeof(Regex).IsAssignableFrom(p.PropertyType)))
                        {
                            if (member.GetValue(item) is Regex nested)
                            {
                                yield return nested;
                            }
                        }

                        foreach (var field in item.GetType().GetFields(BindingFlags.Public | BindingFlags.Instance).Where(f => typeof(Regex).IsAssignableFrom(f.FieldType)))
                        {
                            if (field.GetValue(item) is Regex nested)
                            {
                                yield return nested;
                            }
                        }
                    }
                }

                break;
        }
    }
}
