using System.Text.Json;
using EvidenceAppraisal.Reading;
using EvidenceAppraisal.Reading.PubMed;
using EvidenceAppraisal.Web.Hosting;
using EvidenceAppraisal.Web.Profiles;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace EvidenceAppraisal.Web.Appraisals;

/// <summary>
/// Turns one POST into an <see cref="AppraisalRequest"/>: a raw text or file body, a JSON object, or a form
/// (what the page sends). Everything a client can get wrong becomes a 4xx with a sentence that says what.
/// </summary>
internal static class AppraisalRequestReader
{
    public const string Accepted = "text/plain (or another text type, application/xml, application/x-research-info-systems) with the abstract or file as the body; " +
        "application/json {\"text\": ...} or {\"pmid\": ...}; or multipart/form-data with a 'text', 'file' or 'pmid' field";

    private static readonly string[] JsonFields = ["text", "pmid", "profile", "format"];

    // curl's --data sends this type unless told otherwise: say how to send the abstract as it is.
    private const string UrlEncodedHint = " (curl --data sends a URL-encoded form; add -H 'Content-Type: text/plain' to send the abstract as it is)";

    public static async Task<AppraisalRequest> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancel)
    {
        if (request.ContentLength > maxBytes)
        {
            throw new BadHttpRequestException("too large", StatusCodes.Status413PayloadTooLarge);
        }

        if (request.ContentLength == 0)
        {
            throw Empty();
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var media) || media.MediaType.Value is not { } type)
        {
            throw Unsupported(request.ContentType);
        }

        var query = new Fields(Single(request.Query, "profile"), Single(request.Query, "format"));
        if (type.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase))
        {
            return FromJson(await ReadBodyAsync(request, maxBytes, cancel).ConfigureAwait(false), query);
        }

        if (request.HasFormContentType)
        {
            return await FromFormAsync(request, query, cancel).ConfigureAwait(false);
        }

        if (IsRawInput(type))
        {
            var body = await ReadBodyAsync(request, maxBytes, cancel).ConfigureAwait(false);
            return body.Length == 0 ? throw Empty() : Build(Bytes("request body", body), null, query, "appraisal");
        }

        throw Unsupported(request.ContentType);
    }

    /// <summary>Body types that carry an abstract or a file as is; the readers detect which format.</summary>
    private static bool IsRawInput(string type) =>
        type.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
        || type.Equals("application/xml", StringComparison.OrdinalIgnoreCase)
        || type.Equals("application/x-research-info-systems", StringComparison.OrdinalIgnoreCase)
        || type.Equals("application/x-medline", StringComparison.OrdinalIgnoreCase)
        || type.Equals("application/octet-stream", StringComparison.OrdinalIgnoreCase);

    private static AppraisalRequest FromJson(byte[] body, Fields query)
    {
        if (body.Length == 0)
        {
            throw Empty();
        }

        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        try
        {
            using var json = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 4 });
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw WebProblem.BadRequest("the JSON body must be an object such as {\"text\": \"...\"}");
            }

            foreach (var property in json.RootElement.EnumerateObject())
            {
                if (!JsonFields.Contains(property.Name, StringComparer.OrdinalIgnoreCase))
                {
                    throw WebProblem.BadRequest($"unknown property '{ClientText.Shorten(property.Name)}' in the JSON body; the properties are {string.Join(", ", JsonFields)}");
                }

                if (property.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                {
                    throw WebProblem.BadRequest($"'{property.Name}' must be a string");
                }

                if (!values.TryAdd(property.Name, property.Value.GetString()))
                {
                    throw WebProblem.BadRequest($"'{property.Name}' is given twice");
                }
            }
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" at line {line + 1}, byte {ex.BytePositionInLine + 1}" : "";
            throw WebProblem.BadRequest($"the body is not valid JSON{where}: {FirstSentence(ex.Message)}");
        }

        var fields = new Fields(values.GetValueOrDefault("profile") ?? query.Profile, values.GetValueOrDefault("format") ?? query.Format);
        return FromFields(values.GetValueOrDefault("text"), values.GetValueOrDefault("pmid"), null, fields, "text");
    }

    private static async Task<AppraisalRequest> FromFormAsync(HttpRequest request, Fields query, CancellationToken cancel)
    {
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancel).ConfigureAwait(false);
        }
        catch (InvalidDataException ex)
        {
            throw WebProblem.BadRequest($"the form cannot be read: {FirstSentence(ex.Message)}{Hint(request)}");
        }

        var unknown = form.Keys.Where(k => !JsonFields.Contains(k, StringComparer.OrdinalIgnoreCase)).ToList();
        var files = form.Files.Where(f => f.Name.Equals("file", StringComparison.OrdinalIgnoreCase)).ToList();
        unknown.AddRange(form.Files.Select(f => f.Name).Where(n => !n.Equals("file", StringComparison.OrdinalIgnoreCase)));
        if (unknown.Count > 0)
        {
            throw WebProblem.BadRequest($"unknown form field '{ClientText.Shorten(unknown[0])}'; the fields are text, file, pmid, profile, format{Hint(request)}");
        }

        if (files.Count > 1)
        {
            throw WebProblem.BadRequest("send one file at a time");
        }

        var fields = new Fields(Single(form, "profile") ?? query.Profile, Single(form, "format") ?? query.Format);
        try
        {
            return FromFields(Single(form, "text"), Single(form, "pmid"), files.FirstOrDefault(), fields, "pasted text");
        }
        catch (WebProblem problem) when (problem.Status == StatusCodes.Status400BadRequest && Hint(request).Length > 0)
        {
            throw WebProblem.BadRequest(problem.Message + Hint(request));
        }
    }

    private static string Hint(HttpRequest request) =>
        request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true ? UrlEncodedHint : "";

    private static AppraisalRequest FromFields(string? text, string? pmid, IFormFile? file, Fields fields, string textName)
    {
        var given = new[] { text is not null, pmid is not null, file is not null }.Count(g => g);
        if (given == 0)
        {
            throw WebProblem.BadRequest("nothing to appraise: give 'text' (the abstract), 'file' or 'pmid'");
        }

        if (given > 1)
        {
            throw WebProblem.BadRequest("give only one of 'text', 'file' and 'pmid'");
        }

        if (file is not null)
        {
            if (file.Length == 0)
            {
                throw WebProblem.BadRequest($"the file '{FileNames.Display(file.FileName)}' is empty");
            }

            using var stream = file.OpenReadStream();
            using var buffer = new MemoryStream((int)file.Length);
            stream.CopyTo(buffer);
            return Build(Bytes(FileNames.Display(file.FileName), buffer.ToArray()), null, fields, FileNames.Stem(file.FileName));
        }

        if (pmid is not null)
        {
            var digits = pmid.Trim();
            if (!PubMedFetcher.IsPmid(digits))
            {
                throw WebProblem.BadRequest($"'{ClientText.Shorten(pmid)}' is not a PMID (a number of up to nine digits)");
            }

            return Build(null, digits, fields, $"pmid-{digits}");
        }

        return string.IsNullOrWhiteSpace(text)
            ? throw WebProblem.BadRequest("'text' is empty: paste the title and abstract")
            : Build(InputSource.FromText(textName, text), null, fields, "appraisal");
    }

    private static AppraisalRequest Build(InputSource? source, string? pmid, Fields fields, string stem)
    {
        if (!InputFormatNames.TryParse(fields.Format, out var format))
        {
            throw WebProblem.BadRequest($"format '{ClientText.Shorten(fields.Format!)}' is not one of auto, {InputFormatNames.Listed}");
        }

        return new AppraisalRequest(source, pmid, fields.Profile, format, stem);
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, long maxBytes, CancellationToken cancel)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancel).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new BadHttpRequestException("too large", StatusCodes.Status413PayloadTooLarge);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static InputSource Bytes(string name, byte[] bytes) => new(name, () => new MemoryStream(bytes, writable: false));

    private static string? Single(IEnumerable<KeyValuePair<string, StringValues>> values, string name)
    {
        var found = values.Where(v => v.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).SelectMany(v => v.Value).ToList();
        return found.Count switch
        {
            0 => null,
            1 => found[0],
            _ => throw WebProblem.BadRequest($"'{name}' is given {found.Count} times; give it once"),
        };
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).TrimEnd('.');
    }

    private static WebProblem Empty() => WebProblem.BadRequest("the request body is empty; send " + Accepted);

    private static WebProblem Unsupported(string? contentType) => new(StatusCodes.Status415UnsupportedMediaType, "Unsupported content type",
        $"{(string.IsNullOrEmpty(contentType) ? "no Content-Type was given" : $"Content-Type '{ClientText.Shorten(contentType)}' is not accepted")}; send {Accepted}");

    private sealed record Fields(string? Profile, string? Format);
}
