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

            switch (c)
            {
                case '"' or '\'':
                    quote = c;
                    break;
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' or ']' or '}':
                    depth--;
                    break;
                case '&' when depth == 0 && i + 1 < text.Length && text[i + 1] == '&':
                    parts.Add(text[start..i].Trim());
                    start = i + 2;
                    i++;
                    break;
                case 'a' or 'A' when depth == 0 && IsWord(text, i, "and"):
                    parts.Add(text[start..i].Trim());
                    start = i + 3;
                    i += 2;
                    break;
            }
        }

        parts.Add(text[start..].Trim());
        return parts;
    }

    /// <summary>The deepest nesting of brackets and runs of prefix operators (<c>!</c>, <c>-</c>, <c>~</c>), and where it is reached.</summary>
    public static (int Depth, int At) DeepestNesting(string text)
    {
        var depth = 0;
        var deepest = (Depth: 0, At: 0);
        var prefixRun = 0;
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

            prefixRun = c is '!' or '-' or '~' ? prefixRun + 1 : char.IsWhiteSpace(c) ? prefixRun : 0;
            if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}')
            {
                depth--;
            }

            if (depth + prefixRun > deepest.Depth)
            {
                deepest = (depth + prefixRun, i);
            }
        }

        return deepest;
    }

    private static bool IsWord(string text, int at, string word) =>
        string.Compare(text, at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
        && (at == 0 || !char.IsLetterOrDigit(text[at - 1]) && text[at - 1] != '_')
        && (at + word.Length >= text.Length || !char.IsLetterOrDigit(text[at + word.Length]) && text[at + word.Length] != '_');
}
