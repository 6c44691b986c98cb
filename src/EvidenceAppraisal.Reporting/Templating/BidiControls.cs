namespace EvidenceAppraisal.Reporting.Templating;

/// <summary>
/// Closes the Unicode direction controls a piece of text leaves open. An abstract with an unterminated
/// right-to-left override (U+202E) would otherwise reverse everything after it in the report's paragraph: the
/// rule id, the next quote, a link ("Trojan Source"). Each value a template writes ends with its own
/// embeddings and isolates closed, so it can only change how its own characters are shown.
/// </summary>
public static class BidiControls
{
    private const char PopDirectionalFormatting = '\u202C';
    private const char PopDirectionalIsolate = '\u2069';

    public static string Close(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\u202A', '\u202E') < 0 && text.AsSpan().IndexOfAnyInRange('\u2066', '\u2069') < 0)
        {
            return text;
        }

        // Unicode's bidi algorithm (UAX #9, X1-X8): a PDI closes the last isolate and every embedding opened
        // inside it; a PDF closes the last embedding or override within the current isolate.
        var open = new Stack<char>();
        foreach (var c in text)
        {
            switch (c)
            {
                case '\u202A' or '\u202B' or '\u202D' or '\u202E':
                    open.Push(PopDirectionalFormatting);
                    break;
                case '\u2066' or '\u2067' or '\u2068':
                    open.Push(PopDirectionalIsolate);
                    break;
                case PopDirectionalFormatting when open.Count > 0 && open.Peek() == PopDirectionalFormatting:
                    open.Pop();
                    break;
                case PopDirectionalIsolate when open.Contains(PopDirectionalIsolate):
                    while (open.Pop() != PopDirectionalIsolate)
                    {
                    }

                    break;
            }
        }

        return open.Count == 0 ? text : text + new string([.. open]);
    }
}
