using System.Text.Json;
using EvidenceAppraisal.Rules.Compiling;
using EvidenceAppraisal.Rules.Diagnostics;
using EvidenceAppraisal.Rules.Loading;

namespace EvidenceAppraisal.Rules.Tests;

/// <summary>The JSON Schemas editors use must say what the loader accepts.</summary>
public class SchemaTests
{
    private static JsonElement Schema(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RuleFiles.ShippedRules, "schema", name))).RootElement;

    private static string[] Keys(JsonElement obj) => obj.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Rule_pack_schema_lists_the_keys_the_loader_reads()
    {
        var schema = Schema("rule-pack.schema.json");
        var definitions = schema.GetProperty("definitions");
        Keys(schema).ShouldBe(["$schema", "description", "pack", "rules", "version"]);
        Keys(definitions.GetProperty("rule")).ShouldBe(PackFileReader.RuleKeys.Order(StringComparer.Ordinal).ToArray());
        Keys(definitions.GetProperty("then")).ShouldBe(PackFileReader.ThenKeys.Order(StringComparer.Ordinal).ToArray());
        definitions.GetProperty("then").GetProperty("properties").GetProperty("checklist").GetProperty("additionalProperties").GetProperty("enum")
            .EnumerateArray().Select(e => e.GetString()).ShouldBe(Model.ThenSpec.ChecklistAnswers);
    }

    [Fact]
    public void Rule_pack_schema_offers_every_fact_alias()
    {
        var aliases = Schema("rule-pack.schema.json").GetProperty("definitions").GetProperty("pattern").GetProperty("properties").GetProperty("fact")
            .GetProperty("anyOf")[0].GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal);
        // A new fact family: add its alias to rules/schema/rule-pack.schema.json (definitions.pattern.properties.fact) too.
        aliases.ShouldBe(FactAliases.Names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Profile_schema_lists_the_keys_the_loader_reads()
    {
        var schema = Schema("profile.schema.json");
        Keys(schema).ShouldBe(ProfileReader.Keys.Order(StringComparer.Ordinal).ToArray());
        Keys(schema.GetProperty("properties").GetProperty("report")).ShouldBe(ProfileReader.ReportKeys.Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Every_shipped_rule_and_profile_file_names_its_schema()
    {
        var files = Directory.EnumerateFiles(RuleFiles.ShippedRules, "*.yaml", SearchOption.AllDirectories).ToList();
        files.ShouldNotBeEmpty();
        foreach (var file in files)
        {
            var first = File.ReadLines(file).First();
            var schema = Path.GetFileName(Path.GetDirectoryName(file)) == "profiles" ? "profile.schema.json" : "rule-pack.schema.json";
            first.ShouldStartWith("# yaml-language-server: $schema=", customMessage: file);
            first.ShouldEndWith(schema, customMessage: file);
            var referenced = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, first[(first.IndexOf('=') + 1)..]));
            File.Exists(referenced).ShouldBeTrue(file);
        }
    }

    [Fact]
    public void Every_diagnostic_code_is_documented_once()
    {
        var constants = typeof(DiagnosticCodes).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        DiagnosticCodes.All.Select(c => c.Code).ShouldBe(constants, ignoreOrder: true);
        constants.ShouldBeUnique();
    }
}
