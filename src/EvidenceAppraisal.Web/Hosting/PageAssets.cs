using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EvidenceAppraisal.Web.Hosting;

/// <summary>The page, its style sheet and its script: embedded in the assembly, served from memory.</summary>
internal static class PageAssets
{
    private static readonly (string Route, string Resource, string ContentType)[] Assets =
    [
        ("/", "index.html", "text/html; charset=utf-8"),
        ("/assets/app.css", "app.css", "text/css; charset=utf-8"),
        ("/assets/app.js", "app.js", "text/javascript; charset=utf-8"),
    ];

    public static void Map(IEndpointRouteBuilder routes)
    {
        foreach (var (route, resource, contentType) in Assets)
        {
            var content = Load(resource);
            routes.MapGet(route, () => TypedResults.Bytes(content, contentType));
        }
    }

    private static byte[] Load(string name)
    {
        using var stream = typeof(PageAssets).Assembly.GetManifestResourceStream("Assets." + name)
            ?? throw new InvalidOperationException($"embedded asset '{name}' is missing from the build");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Encoding.UTF8.GetBytes(reader.ReadToEnd());
    }
}
