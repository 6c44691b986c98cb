using System.Text.Json;
using EvidenceAppraisal.Extraction;
using EvidenceAppraisal.Hardening.Tests.Support;
using EvidenceAppraisal.Reading;
using FsCheck.Xunit;
using UglyToad.PdfPig;

namespace EvidenceAppraisal.Hardening.Tests.Properties;

/// <summary>
/// For any text or bytes: reading gives documents or a clear error (<see cref="InputException"/>, or a failed record),
/// never another exception; spans lie inside the text; extraction and every renderer finish.
/// </summary>
public class AnyInputProperties
{
    [Property(Arbitrary = [typeof(TextGenerators)], MaxTest = 200, EndSize = 120)]
    public void Reading_any_text_gives_documents_with_spans_inside_or_a_clear_error(AnyText text)
    {
        foreach (var document in ReadOrRefuse(System.Text.Encoding.UTF8.GetBytes(text.Value)))
        {
            DocumentInvariants.Check(document);
        }
    }

    [Property(Arbitrary = [typeof(TextGenerators)], MaxTest = 200, EndSize = 120)]
    public void Reading_any_bytes_gives_documents_or_a_clear_error(AnyBytes bytes)
    {
        foreach (var document in ReadOrRefuse(bytes.Value))
        {
            DocumentInvariants.Check(document);
        }
    }

    [Property(Arbitrary = [typeof(TextGenerators)], MaxTest = 200, EndSize = 120)]
    public void Extraction_on_any_text_keeps_every_fact_inside_the_text(AnyText text)
    {
        foreach (var document in ReadOrRefuse(System.Text.Encoding.UTF8.GetBytes(text.Value)))
        {
            var facts = FactExtraction.Default.Extract(document);
            DocumentInvariants.Check(facts);
            // A timeout is the documented soft failure; anything else an extractor threw is a bug to fix at its source.
            facts.Notes.Where(n => !n.Contains("too long or too repetitive", StringComparison.Ordinal)).ShouldBeEmpty();
        }
    }

    [Property(Arbitrary = [typeof(TextGenerators)], MaxTest = 200, EndSize = 120)]
    public void Any_text_renders_as_html_markdown_and_json(AnyText text)
    {
        foreach (var document in ReadOrRefuse(System.Text.Encoding.UTF8.GetBytes(text.Value)))
        {
            var report = Pipeline.Appraiser.Appraise(document);
            Pipeline.Html.Render(report).ShouldContain("</html>");
            Pipeline.Markdown.Render(report).ShouldNotBeNullOrWhiteSpace();
            using var json = JsonDocument.Parse(Pipeline.Json(report));
            json.RootElement.GetProperty("document").GetProperty("title").GetString().ShouldBe(document.Title);
        }
    }

    [Property(Arbitrary = [typeof(TextGenerators)], MaxTest = 25, EndSize = 60)]
    public void Any_text_renders_as_a_pdf_that_opens(AnyText text)
    {
        foreach (var document in ReadOrRefuse(System.Text.Encoding.UTF8.GetBytes(text.Value)))
        {
            var bytes = Pipeline.Pdf.Render(Pipeline.Appraiser.Appraise(document));
            using var pdf = PdfDocument.Open(bytes);
            pdf.NumberOfPages.ShouldBeGreaterThan(0);
        }
    }

    /// <summary>The documents read; a refusal must be an <see cref="InputException"/> or a failed record with a one-line reason.</summary>
    private static List<Documents.AbstractDocument> ReadOrRefuse(byte[] bytes)
    {
        try
        {
            var documents = new List<Documents.AbstractDocument>();
            foreach (var result in Pipeline.Read(bytes, "any.txt"))
            {
                if (result.Error is { } error)
                {
                    OneLine(error.ToString());
                }
                else
                {
                    documents.Add(result.Document.ShouldNotBeNull());
                }
            }

            return documents;
        }
        catch (InputException ex)
        {
            ex.Error.Source.ShouldBe("any.txt");
            OneLine(ex.Message);
            return [];
        }
    }

    private static void OneLine(string message)
    {
        message.ShouldNotBeNullOrWhiteSpace();
        message.ShouldNotContain('\n');
        message.ShouldNotContain("   at ");
    }
}
