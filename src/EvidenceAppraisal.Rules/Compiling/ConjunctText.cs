namespace EvidenceAppraisal.Rules.Compiling;

/// <summary>Reads the written text of a <c>where</c> expression without parsing it: top-level conjuncts and nesting depth.</summary>
internal static class ConjunctText
{
    /// <summary>The text split at top-level <c>&amp;&amp;</c> (or the word <c>and</c>), outside brackets and quotes; trimmed.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        OutsideQuotes(text, i =>
        {
            switch (text[i])
            {
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' or ']' or '}':
                    depth--;
                    break;
                case '&' when depth == 0 && i + 1 < text.Length && text[i + 1] == '&':
                    parts.Add(text[start..i].Trim());
                    start = i + 2;
                    return 1;
                case 'a' or 'A' when depth == 0 && IsWord(text, i, "and"):
                    parts.Add(text[start..i].Trim());
                    start = i + 3;
                    return 2;
            }

            return 0;
        });

        parts.Add(text[start..].Trim());
        return parts;
    }

    /// <summary>The deepest nesting of brackets and runs of prefix operators (<c>!</c>, <c>-</c>, <c>~</c>), and where it is reached.</summary>
    public static (int Depth, int At) DeepestNesting(string text)
    {
        var depth = 0;
        var deepest = (Depth: 0, At: 0);
        var prefixRun = 0;
        OutsideQuotes(text, i =>
        {
            var c = text[i];
            prefixRun = c is '!' or '-' or '~' ? prefixRun + 1 : char.IsWhiteSpace(c) ? prefixRun : 0;
            depth += c is '(' or '[' or '{' ? 1 : c is ')' or ']' or '}' ? -1 : 0;
            if (depth + prefixRun > deepest.Depth)
            {
                deepest = (depth + prefixRun, i);
            }

            return 0;
        });

        return deepest;
    }

    /// <summary>
    /// Calls <paramref name="visit"/> with the index of each character outside quoted strings (an opening quote
    /// included, its contents and closing quote not; a backslash escapes the next character); the visitor returns
    /// how many following characters to skip.
    /// </summary>
    private static void OutsideQuotes(string text, Func<int, int> visit)
    {
        char? quote = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == quote)
                {
                    quote = null;
                }

                continue;
            }

            i += visit(i);
            if (c is '"' or '\'')
            {
                quote = c;
            }
        }
    }

    private static bool IsWord(string text, int at, string word) =>
        string.Compare(text, at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
        && (at == 0 || !char.IsLetterOrDigit(text[at - 1]) && text[at - 1] != '_')
        && (at + word.Length >= text.Length || !char.IsLetterOrDigit(text[at + word.Length]) && text[at + word.Length] != '_');
}
