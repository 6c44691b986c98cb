using EvidenceAppraisal.Web.Appraisals;
using EvidenceAppraisal.Web.Hosting;
using EvidenceAppraisal.Web.Profiles;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EvidenceAppraisal.Web.RuleCatalog;

/// <summary><c>GET /api/profiles</c> and <c>GET /api/rules?profile=&amp;q=</c>: what a profile checks, searchable.</summary>
internal static class RuleEndpoints
{
    private const int MaxQueryChars = 200;

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/profiles", (ProfileCatalog catalog) => TypedResults.Ok(new
        {
            Default = ProfileCatalog.DefaultId,
            Profiles = catalog.Entries.Select(p => new { p.Id }),
        }));
        routes.MapGet("/api/rules", GetRulesAsync);
    }

    private static Task<IResult> GetRulesAsync(HttpContext context, AppraisalSetups setups, AppraisalGate gate) =>
        ApiGuard.RunAsync(context, async () =>
        {
            var query = context.Request.Query;
            var search = query["q"].ToString();
            if (search.Length > MaxQueryChars)
            {
                throw WebProblem.BadRequest($"the search is longer than {MaxQueryChars} characters");
            }

            if (query["profile"].Count > 1)
            {
                throw WebProblem.BadRequest("'profile' is given more than once");
            }

            var profile = setups.Catalog.Resolve(query["profile"].ToString());

            // The first request for a profile compiles it: bounded like an appraisal.
            var setup = await gate.RunAsync(() => setups.For(profile), context.RequestAborted).ConfigureAwait(false);
            var words = search.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var all = setup.Rules.Rules.Select(RuleView.From).ToList();
            var matched = all.Where(r => r.Matches(words)).ToList();
            return TypedResults.Ok(new
            {
                Profile = profile.Id,
                ProfileName = setup.Rules.Profile.Name,
                Packs = setup.Rules.Source.Packs.Select(p => new { p.Name, p.Version }),
                Total = all.Count,
                Count = matched.Count,
                Rules = matched,
            });
        });
}
