using System.Text.RegularExpressions;

namespace EvidenceAppraisal.Reading;

/// <summary>
/// Holds every reader to the limits of <see cref="ReadOptions"/> and keeps a pattern that runs out of time
/// from escaping as a crash: one place, so a new reader gets the same guarantees without repeating them.
/// </summary>
internal static class ReadLimits
{
    public static IEnumerable<ReadResult> Apply(InputSource source, IEnumerable<ReadResult> records, ReadOptions options)
    {
        using var enumerator = records.GetEnumerator();
        long count = 0;
        while (true)
        {
            ReadResult record;
            try
            {
                if (!enumerator.MoveNext())
                {
                    yield break;
                }

                record = enumerator.Current;
            }
            catch (RegexMatchTimeoutException)
            {
                // A reader cannot go on after an exception: the input ends here, with a clear reason.
                throw new InputException(new ReadError(source.Name,
                    $"record {count + 1:N0} is too long or too repetitive to read in time; is this an abstract?"));
            }
            catch (Exception ex) when (ex is not (InputException or IOException or UnauthorizedAccessException or OutOfMemoryException or OperationCanceledException))
            {
                // A reader's bug met on unusual input: one line naming the input and the record, not a stack trace.
                throw new InputException(new ReadError(source.Name,
                    $"record {count + 1:N0} could not be read ({ex.GetType().Name}: {ex.Message}); please report this input"));
            }

            if (++count > options.MaxRecords)
            {
                throw new InputException(new ReadError(source.Name,
                    $"holds more than {options.MaxRecords:N0} records, the limit for one input (--max-records raises it)"));
            }

            yield return Check(source, record, options);
        }
    }

    /// <summary>A document over the size of one abstract fails alone; the records around it go on.</summary>
    private static ReadResult Check(InputSource source, ReadResult record, ReadOptions options)
    {
        if (record.Document is not { } document)
        {
            return record;
        }

        if (document.Text.Length > options.MaxTextChars)
        {
            return ReadResult.Failed(new ReadError(source.Name,
                $"has {document.Text.Length:N0} characters of text, more than the limit of {options.MaxTextChars:N0} for one abstract (--max-chars raises it)",
                document.RecordId));
        }

        return document.Sentences.Count > options.MaxSentences
            ? ReadResult.Failed(new ReadError(source.Name,
                $"has {document.Sentences.Count:N0} sentences, more than the limit of {options.MaxSentences:N0} for one abstract (--max-sentences raises it)",
                document.RecordId))
            : record;
    }
}
