using System.Buffers;
using System.Text;
using System.Text.Json;
using EvidenceAppraisal.Documents;
using EvidenceAppraisal.Reporting.Json;

namespace EvidenceAppraisal.Reporting.Tests;

/// <summary>Batch writes report lines with the build-time serialiser; they must be the bytes the reflection serialiser writes.</summary>
public class CompactJsonTests
{
    // Markup, quotes, backslashes, control and direction characters, astral and non-Latin text, a lone surrogate.
    private const string Awkward =
        "Heparin \"trial\" <b>&</b> in sepsis \\ a/b.\n\nMETHODS: We randomised 120 adults (\u00e9t\u00e9, \u0438\u0441\u0441\u043b\u0435\u0434\u043e\u0432\u0430\u043d\u0438\u0435, \u8bd5\u9a8c) \u202e to heparin or placebo. " +
        "RESULTS: Heparin reduced 28-day mortality (RR 0.80, 95% CI 0.70-0.92; P = .002) \U0001F489 \u0007 \ud800. CONCLUSIONS: Heparin may improve survival.";

    public static TheoryData<string> Texts => new() { "seed", "trial", "awkward" };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Build_time_serialiser_writes_the_reflection_serialisers_bytes(string name)
    {
        var report = name == "awkward"
            ? SeedReport.Appraiser.Appraise(SeedReport.WithMetadata(Awkward, new DocumentMetadata { Pmid = "1\"2", Journal = "J <Med>", PublicationTypes = ["Randomized Controlled Trial"] }))
            : SeedReport.Named(name);
        var expected = JsonReportRenderer.RenderLine(report);

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JsonReportRenderer.CompactOptions.Encoder }))
        {
            JsonReportRenderer.WriteCompact(writer, report);
        }

        Encoding.UTF8.GetString(buffer.WrittenSpan).ShouldBe(expected);
        expected.ShouldContain("\"flags\":[{"); // a report with flags, so the comparison covers them
    }
}
