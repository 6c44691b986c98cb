namespace EvidenceAppraisal.Extraction.Document;

/// <summary>Records what the whole document shows: language, structure, length.</summary>
public sealed class DocumentFactExtractor : IFactExtractor
{
    public void Extract(ExtractionContext context)
    {
        var document = context.Document;
        var language = document.Metadata.Language;
        var englishByMetadata = language is null || language.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        var words = 0;
        foreach (var sentence in document.Sentences)
        {
            words += sentence.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        }

        context.Add(new DocumentFact(document.TitleSpan, document.Title)
        {
            Title = document.Title,
            TranslatedTitle = document.TitleIsTranslated,
            Language = language,
            IsEnglish = englishByMetadata && !document.TitleIsTranslated,
            HasAbstract = document.HasAbstract,
            IsStructured = document.Sections.Any(s => s.Label is not null),
            SentenceCount = document.Sentences.Count,
            WordCount = words,
        });
    }
}
