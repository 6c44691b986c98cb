using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace EvidenceAppraisal.Web.Tests.Support;

/// <summary>Request builders and readers for the API tests.</summary>
internal static class Http
{
    public static HttpContent Text(string text, string mediaType = "text/plain") => new StringContent(text, Encoding.UTF8, mediaType);

    public static HttpContent Json(object body) => new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    public static HttpContent RawJson(string json) => new StringContent(json, Encoding.UTF8, "application/json");

    public static HttpContent File(string fileName, byte[] bytes, string field = "file")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, field, fileName);
        return form;
    }

    public static async Task<JsonElement> JsonOf(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The problem details of a refused request, after checking its status and media type.</summary>
    public static async Task<(string Title, string Detail)> ProblemOf(HttpResponseMessage response, int status)
    {
        ((int)response.StatusCode).ShouldBe(status, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var json = await JsonOf(response);
        json.GetProperty("status").GetInt32().ShouldBe(status);
        return (json.GetProperty("title").GetString()!, json.TryGetProperty("detail", out var detail) ? detail.GetString()! : "");
    }
}
