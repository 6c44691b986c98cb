using System.Text.Json.Serialization;
using EvidenceAppraisal.Reporting.Model;

namespace EvidenceAppraisal.Reporting.Json;

/// <summary>
/// The report model's JSON contract, generated at build time: serialising a report then needs no reflection and no
/// converters built at run time (batch writes one report a record). The options mirror <see cref="JsonReportRenderer.Options"/>.
/// </summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Serialization, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AppraisalReport))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
