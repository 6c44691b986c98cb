using System.Text.Json;
using EvidenceAppraisal.Documents;
using EvidenceAppraisal.Reading;

namespace EvidenceAppraisal.Evaluation;

/// <summary>Finds each gold sentence of a sentence-level label in the document text, so predictions on our own sentences can be scored against it.</summary>
internal static class SentenceAlignment
{
    /// <summary>Each gold sentence's label element and its span in <see cref="AbstractDocument.Text"/> (null when it cannot be found).</summary>
    public static IEnumerable<(JsonElement Gold, Span? Span)> Align(AbstractDocument document, JsonElement labels)
    {
        var cursor = 0;
        foreach (var gold in labels.GetProperty("sentences").EnumerateArray())
        {
            var text = DocumentBuilder.Normalise(gold.GetProperty("text").GetString() ?? "");
            if (text.Length == 0)
            {
                yield return (gold, null);
                continue;
            }

            var at = document.Text.IndexOf(text, cursor, StringComparison.Ordinal);
            if (at < 0)
            {
                at = document.Text.IndexOf(text, StringComparison.Ordinal);
            }

            if (at < 0 && text.Length > 40)
            {
                at = document.Text.IndexOf(text[..40], StringComparison.Ordinal);
            }

            if (at < 0 && InlineLabel(text) is > 0 and var label)
            {
                // "Design: RCT ..." in the gold text: the reader took "Design:" as a heading and kept only the rest.
                text = text[label..];
                at = document.Text.IndexOf(text, StringComparison.Ordinal);
            }

            if (at < 0)
            {
                yield return (gold, null);
                continue;
            }

            cursor = at + 1;
            yield return (gold, new Span(at, Math.Min(text.Length, document.Text.Length - at)));
        }
    }

    /// <summary>The length of a leading label of up to four words and a colon ("Main outcome measure: "), or 0.</summary>
    private static int InlineLabel(string text)
    {
        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0 || colon > 40 || text.AsSpan(0, colon).Count(' ') > 3 || !char.IsUpper(text[0]))
        {
            return 0;
        }

        return colon + 2;
    }

    /// <summary>The body sentence holding the middle of <paramref name="span"/>, or null (e.g. the title).</summary>
    public static Sentence? SentenceAt(AbstractDocument document, Span span) =>
        document.SentenceAt(new Span(span.Start + span.Length / 2, 0));
}
