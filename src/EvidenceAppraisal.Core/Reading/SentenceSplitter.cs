namespace EvidenceAppraisal.Reading;

/// <summary>
/// Splits prose into sentences without a model: a boundary is a full stop, question or exclamation
/// mark followed by white space and a capital, digit or opening bracket, unless the word before it is
/// a known abbreviation or an initial. Linear in the text length.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "vs", "etc", "al", "fig", "figs", "no", "nos", "dr", "mr", "mrs", "ms", "prof", "approx", "ca", "cf",
        "resp", "vol", "ref", "refs", "st", "jr", "sr", "inc", "ltd", "co", "dept", "univ", "min", "max", "mo", "yr", "yrs",
        "wk", "wks", "hr", "hrs", "sec", "ed", "eds", "viz", "var", "spp", "sp", "subsp", "incl", "est",
    };

    /// <summary>Yields (start, length) of each sentence in <paramref name="text"/>[start..end), trimmed.</summary>
    public static IEnumerable<(int Start, int Length)> Split(string text, int start, int end)
    {
        var sentenceStart = SkipSpace(text, start, end);
        var depth = 0;
        for (var i = sentenceStart; i < end; i++)
        {
            var c = text[i];
            if (c is '(' or '[')
            {
                depth++;
                continue;
            }

            if (c is ')' or ']')
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }

            if (c is not ('.' or '?' or '!') || depth > 0)
            {
                continue;
            }

            // Let closing quotes and brackets belong to the sentence they close.
            var stop = i + 1;
            while (stop < end && text[stop] is '"' or '\'' or '\u201D' or '\u2019')
            {
                stop++;
            }

            if (stop < end && !char.IsWhiteSpace(text[stop]))
            {
                continue;
            }

            var next = SkipSpace(text, stop, end);
            if (next < end && !StartsSentence(text[next]))
            {
                continue;
            }

            if (c == '.' && IsAbbreviation(text, sentenceStart, i))
            {
                continue;
            }

            var length = TrimEnd(text, sentenceStart, stop) - sentenceStart;
            if (length > 0)
            {
                yield return (sentenceStart, length);
            }

            sentenceStart = next;
            i = next - 1;
            depth = 0;
        }

        if (sentenceStart < end)
        {
            var length = TrimEnd(text, sentenceStart, end) - sentenceStart;
            if (length > 0)
            {
                yield return (sentenceStart, length);
            }
        }
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '(' or '[' or '"' or '\u201C' or '\'' || !char.IsLetter(c) && !char.IsPunctuation(c);

    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] != '(')
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, dot - wordStart);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial, as in "J. Smith"
        }

        return Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static int SkipSpace(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
