using Microsoft.AspNetCore.Http;

namespace EvidenceAppraisal.Web.Hosting;

/// <summary>
/// Headers on every response: the page runs only its own script, loads nothing from elsewhere and cannot be
/// framed; reports (which quote pasted text) are never cached. An endpoint may narrow the policy further.
/// </summary>
internal static class SecurityHeaders
{
    // 'unsafe-inline' styles only: the report shown in the page's frame carries its own <style>.
    public const string PagePolicy = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static Task Apply(HttpContext context, RequestDelegate next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = PagePolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
        return next(context);
    }
}
