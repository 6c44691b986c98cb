using EvidenceAppraisal.Reading;
using EvidenceAppraisal.Reading.PubMed;
using EvidenceAppraisal.Reporting.Composition;
using EvidenceAppraisal.Web.Hosting;
using EvidenceAppraisal.Web.Profiles;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EvidenceAppraisal.Web.Appraisals;

/// <summary><c>POST /api/appraisals</c>: one abstract in, one report out (JSON, HTML, Markdown or PDF).</summary>
internal static class AppraisalEndpoints
{
    public static void Map(IEndpointRouteBuilder routes) => routes.MapPost("/api/appraisals", PostAsync);

    private static Task<IResult> PostAsync(HttpContext context, AppraisalSetups setups, AppraisalGate gate, PubMedLookup pubMed, WebServerOptions options) =>
        ApiGuard.RunAsync(context, async () =>
        {
            var output = ReportOutputs.Choose(context.Request);
            var request = await AppraisalRequestReader.ReadAsync(context.Request, options.MaxRequestBytes, context.RequestAborted).ConfigureAwait(false);
            var profile = setups.Catalog.Resolve(request.ProfileId);
            var rendered = await gate.RunAsync(() => Appraise(setups.For(profile), pubMed, request, output, options), context.RequestAborted).ConfigureAwait(false);
            if (output == ReportOutput.Html)
            {
                // Served on its own, the report may style itself but run nothing and load nothing.
                context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
                return TypedResults.Bytes(rendered.Content, rendered.ContentType);
            }

            return TypedResults.File(rendered.Content, rendered.ContentType, rendered.FileName);
        });

    private static RenderedReport Appraise(AppraisalSetup setup, PubMedLookup pubMed, AppraisalRequest request, ReportOutput output, WebServerOptions options)
    {
        var read = ReadOptions.Default with { Format = request.Format, MaxTextBytes = options.MaxRequestBytes * 8 };

        // Readers are lazy: looking at two records is enough to know whether there is exactly one.
        var (name, results) = request.Pmid is { } pmid
            ? (PubMedFetcher.SourceName(pmid), pubMed.Fetch(pmid, read))
            : (request.Source!.Name, DocumentReaders.Default.Read(request.Source, read).Take(2).ToList());
        if (results.Count == 0)
        {
            throw WebProblem.Unreadable($"{name}: no abstract could be read");
        }

        if (results.Count > 1)
        {
            throw WebProblem.Unreadable($"{name}: holds more than one record; the web app appraises one abstract at a time (the report and batch commands read whole files)");
        }

        var document = results[0].Document ?? throw WebProblem.Unreadable(results[0].Error!.ToString());
        return ReportOutputs.Render(setup, setup.Appraiser.Appraise(document), output, request.Stem);
    }
}
