namespace EvidenceAppraisal.Reading;

/// <summary>
/// Splits prose into sentences without a model: a boundary is a full stop, question or exclamation
/// mark followed by white space and a capital, digit or opening bracket, unless the word before it is
/// a known abbreviation or an initial. A stop inside brackets does not end a sentence, unless the bracket is
/// never closed (a typo must not swallow the rest of the abstract). Linear in the text length.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "vs", "etc", "al", "fig", "figs", "no", "nos", "dr", "mr", "mrs", "ms", "prof", "approx", "ca", "cf",
        "resp", "vol", "ref", "refs", "st", "jr", "sr", "inc", "ltd", "co", "dept", "univ", "min", "max", "mo", "yr", "yrs",
        "ed", "eds", "viz", "var", "spp", "sp", "subsp", "incl", "est",
        "o.d", "b.i.d", "t.i.d", "q.i.d", "q.d", "i.v", "i.m", "s.c", "p.o",
    };

    /// <summary>Units written with a stop: an abbreviation before a number ("max. 30"), but "within 30 min. The" ends a sentence.</summary>
    private static readonly HashSet<string> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        "min", "max", "mo", "yr", "yrs", "wk", "wks", "hr", "hrs", "sec",
    };

    /// <summary>Yields (start, length) of each sentence in <paramref name="text"/>[start..end), trimmed.</summary>
    public static IEnumerable<(int Start, int Length)> Split(string text, int start, int end)
    {
        var sentenceStart = SkipSpace(text, start, end);
        var unclosed = UnclosedBrackets(text, start, end);
        var depth = 0;
        for (var i = sentenceStart; i < end; i++)
        {
            var c = text[i];
            if (c is '(' or '[')
            {
                if (unclosed is null || !unclosed.Contains(i))
                {
                    depth++;
                }

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

            if (c == '.' && IsAbbreviation(text, sentenceStart, i, next < end && char.IsUpper(text[next])))
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

    private static bool IsAbbreviation(string text, int sentenceStart, int dot, bool capitalFollows)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] != '(')
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, dot - wordStart);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            // An initial, as in "J. Smith"; but after a lower-case word it names a group or type: "group B. The".
            return !AfterLowerCaseWord(text, sentenceStart, wordStart);
        }

        if (Units.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return !capitalFollows;
        }

        return Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static bool AfterLowerCaseWord(string text, int sentenceStart, int wordStart)
    {
        var i = wordStart - 1;
        while (i >= sentenceStart && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        var end = i + 1;
        while (i >= sentenceStart && char.IsLetter(text[i]))
        {
            i--;
        }

        return end - i > 2 && char.IsLower(text[i + 1]);
    }

    /// <summary>Positions of opening brackets in [start, end) that are never closed; null when there are none.</summary>
    private static HashSet<int>? UnclosedBrackets(string text, int start, int end)
    {
        List<int>? open = null;
        for (var i = start; i < end; i++)
        {
            if (text[i] is '(' or '[')
            {
                (open ??= []).Add(i);
            }
            else if (text[i] is ')' or ']' && open is { Count: > 0 })
            {
                open.RemoveAt(open.Count - 1);
            }
        }

        return open is { Count: > 0 } ? [.. open] : null;
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
