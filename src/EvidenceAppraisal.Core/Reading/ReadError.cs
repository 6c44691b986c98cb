namespace EvidenceAppraisal.Reading;

/// <summary>What could not be read, and where: the input, the record, the line and column when known.</summary>
public sealed record ReadError(string Source, string Message, string? RecordId = null, int? Line = null, int? Column = null)
{
    /// <summary>One line, compiler style: <c>file.xml(12,7): record 123: message</c>.</summary>
    public override string ToString()
    {
        var where = Line is { } line ? $"{Source}({line}{(Column is { } col ? $",{col}" : "")})" : Source;
        return RecordId is null ? $"{where}: {Message}" : $"{where}: record {RecordId}: {Message}";
    }
}

/// <summary>An input that cannot be read at all (missing, empty, binary, too large, badly encoded).</summary>
public sealed class InputException(ReadError error) : Exception(error.ToString())
{
    public ReadError Error { get; } = error;
}
