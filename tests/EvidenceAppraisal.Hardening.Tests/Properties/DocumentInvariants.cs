using EvidenceAppraisal.Documents;
using EvidenceAppraisal.Extraction;

namespace EvidenceAppraisal.Hardening.Tests.Properties;

/// <summary>What must hold of any document and any fact, whatever the input was.</summary>
internal static class DocumentInvariants
{
    public static void Check(AbstractDocument document)
    {
        var length = document.Text.Length;
        Inside(document.TitleSpan, length, "title");
        document.Title.ShouldBe(document.Text.Substring(document.TitleSpan.Start, document.TitleSpan.Length));
        for (var i = 0; i < document.Sections.Count; i++)
        {
            var section = document.Sections[i];
            Inside(section.Span, length, $"section {i}");
            section.Text.ShouldBe(document.Slice(section.Span));
        }

        for (var i = 0; i < document.Sentences.Count; i++)
        {
            var sentence = document.Sentences[i];
            sentence.Index.ShouldBe(i);
            Inside(sentence.Span, length, $"sentence {i}");
            sentence.Text.ShouldBe(document.Slice(sentence.Span));
            sentence.Text.Length.ShouldBeGreaterThan(0);
            sentence.SectionIndex.ShouldBeInRange(0, document.Sections.Count - 1);
            document.Sections[sentence.SectionIndex].Span.Contains(sentence.Span).ShouldBeTrue($"sentence {i} lies outside its section");
            if (i > 0)
            {
                sentence.Span.Start.ShouldBeGreaterThanOrEqualTo(document.Sentences[i - 1].Span.End, "sentences overlap or go backwards");
            }
        }
    }

    public static void Check(FactSet facts)
    {
        var document = facts.Document;
        foreach (var fact in facts.All)
        {
            var name = fact.GetType().Name;
            Inside(fact.Span, document.Text.Length, name);
            fact.Quote.ShouldNotBeNull();
            fact.SentenceIndex.ShouldBeInRange(-1, document.Sentences.Count - 1, $"{name} names a sentence that does not exist");
        }
    }

    private static void Inside(Span span, int length, string what)
    {
        span.Start.ShouldBeGreaterThanOrEqualTo(0, $"{what} starts before the text");
        span.Length.ShouldBeGreaterThanOrEqualTo(0, $"{what} has a negative length");
        span.End.ShouldBeLessThanOrEqualTo(length, $"{what} ends after the text");
    }
}
