using EvidenceAppraisal.Documents;

namespace EvidenceAppraisal.Extraction.Document;

/// <summary>Facts about the record as a whole (alias <c>document</c>); it rests on the title.</summary>
[FactAlias("document")]
public sealed class DocumentFact : Fact
{
    public DocumentFact(Span span, string quote) : base(span, quote, -1)
    {
    }

    public required string Title { get; init; }

    /// <summary>The title is an English translation (PubMed's square brackets): the original is in another language.</summary>
    public required bool TranslatedTitle { get; init; }

    /// <summary>The original's language when the record states it ("chi", "ger"), else null.</summary>
    public string? Language { get; init; }

    /// <summary>False when the original is known not to be in English.</summary>
    public required bool IsEnglish { get; init; }

    /// <summary>The original's language in words, for messages: "Chinese", or "another language" when unknown.</summary>
    public string OriginalLanguage => Languages.NameOf(Language) ?? (IsEnglish ? "English" : "another language");

    public required bool HasAbstract { get; init; }

    public required bool IsStructured { get; init; }

    public required int SentenceCount { get; init; }

    public required int WordCount { get; init; }
}
