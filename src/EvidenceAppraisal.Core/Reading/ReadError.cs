namespace EvidenceAppraisal.Reading;

/// <summary>What could not be read, and where: the input, the record, the line and column when known.</summary>
public sealed record ReadError(string Source, string Message, string? RecordId = null, int? Line = null, int? Column = null)
{
    /// <summary>One line, compiler style: <c>file.xml(12,7): record 123: message</c>.</summary>
    public override string ToString()
    {
        var where = Line is { } line ? $"{Source}({line}{(Column is { } col ? $",{col}" : "")})" : Source;
        return OneLine(RecordId is null ? $"{where}: {Message}" : $"{where}: record {RecordId}: {Message}");
    }

    /// <summary>
    /// Control characters shown as escapes: a parser's message may quote the character it choked on (a newline, a
    /// NUL), and a file name or record id may hold one, but an error stays one line a terminal shows as is.
    /// </summary>
    private static string OneLine(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var sb = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }
}

/// <summary>An input that cannot be read at all (missing, empty, binary, too large, badly encoded).</summary>
public sealed class InputException(ReadError error) : Exception(error.ToString())
{
    public ReadError Error { get; } = error;
}
