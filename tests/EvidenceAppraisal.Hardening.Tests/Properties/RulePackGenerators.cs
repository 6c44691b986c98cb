using System.Globalization;
using System.Reflection;
using EvidenceAppraisal.Rules.Compiling;
using FsCheck;
using FsCheck.Fluent;

namespace EvidenceAppraisal.Hardening.Tests.Properties;

/// <summary>A small valid rule pack, as YAML, built from the fact aliases and members the rule language allows.</summary>
public sealed record GeneratedPack(string Yaml)
{
    public override string ToString() => Yaml;
}

public static class RulePackGenerators
{
    /// <summary>Conditions a fact can be tested on, by alias: one per readable member of a simple type.</summary>
    private static readonly Dictionary<string, string[]> Conditions = FactAliases.Names
        .Select(alias => (Alias: alias, Tests: TestsFor(FactAliases.TypeOf(alias)!)))
        .Where(x => x.Tests.Length > 0)
        .ToDictionary(x => x.Alias, x => x.Tests, StringComparer.Ordinal);

    private static string[] TestsFor(Type type) => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.GetIndexParameters().Length == 0)
        .SelectMany(p => p.PropertyType switch
        {
            var t when t == typeof(int) => new[] { $"{p.Name} > 0", $"{p.Name} <= 100", $"{p.Name} >= -1" },
            var t when t == typeof(double) => [$"{p.Name} > 0.5", $"{p.Name} < 10"],
            var t when t == typeof(bool) => [p.Name, $"!{p.Name}"],
            var t when t == typeof(string) => [$"{p.Name}.Contains(\"a\")", $"{p.Name}.Length > 3", $"{p.Name} != \"\""],
            _ => [],
        })
        .ToArray();

    private static Gen<string> Where(string alias) => Gen.Elements(Conditions[alias]).Select(w => w.Replace("'", "''", StringComparison.Ordinal));

    private static Gen<string> Rule(int index) =>
        from alias in Gen.Elements(Conditions.Keys.Order(StringComparer.Ordinal).ToArray())
        from condition in Where(alias)
        from second in Gen.Elements(Conditions.Keys.Order(StringComparer.Ordinal).ToArray())
        from secondWhere in Where(second)
        from shape in Gen.Choose(0, 4)
        from severity in Gen.Elements("info", "minor", "major", "critical")
        select $"""
              - id: G-{index:000}
                title: Generated rule {index}
                category: generated
                severity: {severity}
                when:
                  - fact: {alias}
                    as: a
                    where: '{condition}'
            {Second(shape, second, secondWhere)}
                then:
                  message: "rule {index} on {alias}"

            """;

    private static string Second(int shape, string alias, string where) => shape switch
    {
        0 => "",
        1 => $"      - fact: {alias}\n        as: b\n        where: 'SentenceIndex == a.SentenceIndex && {where}'\n",
        2 => $"      - not:\n          fact: {alias}\n          where: 'SentenceIndex == a.SentenceIndex && {where}'\n",
        3 => $"      - exists:\n          fact: {alias}\n          where: '{where}'\n",
        _ => $"      - count: {{ fact: {alias}, where: '{where}', min: 1, as: n }}\n",
    };

    /// <summary>A rule that fires on every document, so no comparison below is between two empty lists.</summary>
    public const string Always = """
          - id: G-000
            title: Always
            category: generated
            severity: info
            when:
              - fact: document
                as: d
                where: 'SentenceIndex >= -1'
            then:
              message: "always"

        """;

    public static Arbitrary<GeneratedPack> Pack() =>
        Gen.Choose(1, 4)
            .SelectMany(count => Gen.CollectToList(Enumerable.Range(1, count).Select(Rule)))
            .Select(rules => new GeneratedPack("pack: gen\nversion: 1.0.0\nrules:\n" + Always + string.Concat(rules)))
            .ToArbitrary();

    public static string Describe(IEnumerable<string> texts) => string.Join(", ", texts.Select(t => t.ToString(CultureInfo.InvariantCulture)));
}
