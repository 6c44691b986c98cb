using System.Text.Json;
using System.Text.Json.Nodes;
using EvidenceAppraisal.Reporting.Json;
using EvidenceAppraisal.Reporting.Model;
using Json.Schema;

namespace EvidenceAppraisal.Reporting.Tests;

/// <summary>The published schema (schema/report.schema.json) describes the JSON the tool writes, field for field.</summary>
public class JsonSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(Repo.ReportSchema));

    private static EvaluationResults Validate(string json) =>
        Schema.Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });

    private static string Errors(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}"));

    public static TheoryData<string> Reports => new() { "seed", "trial", "trial with search, branding and answers" };

    private static AppraisalReport Named(string name) => name switch
    {
        "seed" => SeedReport.Report,
        "trial" => SeedReport.Trial,
        _ => SeedReport.Trial with
        {
            Search = Appraising.SearchLink.For("early mobilisation AND hip fracture"),
            Branding = new BrandingView("St Example Journal Club", "data:image/png;base64,iVBORw0KGgo="),
            Flags = [.. SeedReport.Trial.Flags.Select(f => f with { Checklist = new Dictionary<string, string> { ["consort-a-13"] = "absent" }, Level = "2" })],
        },
    };

    [Theory]
    [MemberData(nameof(Reports))]
    public void Report_json_is_valid_against_the_published_schema(string name)
    {
        var results = Validate(JsonReportRenderer.Render(Named(name)));
        results.IsValid.ShouldBeTrue(Errors(results));
    }

    [Theory]
    [InlineData("flags")]
    [InlineData("provenance")]
    [InlineData("document")]
    public void Json_missing_a_required_part_is_invalid(string part)
    {
        var node = JsonNode.Parse(JsonReportRenderer.Render(SeedReport.Report))!.AsObject();
        node.Remove(part);
        Validate(node.ToJsonString()).IsValid.ShouldBeFalse();
    }

    [Fact]
    public void A_field_the_schema_does_not_describe_is_invalid()
    {
        var node = JsonNode.Parse(JsonReportRenderer.Render(SeedReport.Report))!.AsObject();
        node["design"]!.AsObject()["confidense"] = 0.5;
        Validate(node.ToJsonString()).IsValid.ShouldBeFalse();
    }
}
