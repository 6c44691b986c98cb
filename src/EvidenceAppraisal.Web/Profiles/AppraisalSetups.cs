using System.Collections.Concurrent;
using EvidenceAppraisal.Reporting.Composition;

namespace EvidenceAppraisal.Web.Profiles;

/// <summary>
/// The only state the server keeps: one compiled rule set (with its appraiser and renderers) per profile,
/// built on first use and shared by every request, since compiling costs far more than appraising.
/// </summary>
internal sealed class AppraisalSetups(ProfileCatalog catalog, WebServerOptions options)
{
    private readonly ConcurrentDictionary<string, Lazy<AppraisalSetup>> _cache = new(StringComparer.OrdinalIgnoreCase);

    public ProfileCatalog Catalog => catalog;

    /// <summary>The setup for a profile id; throws the profile's diagnostics if its rules do not compile.</summary>
    public AppraisalSetup For(ProfileEntry profile)
    {
        var lazy = _cache.GetOrAdd(profile.Id, _ => new Lazy<AppraisalSetup>(() => AppraisalSetup.Create(profile.Path, options.RulesFolder)));
        try
        {
            return lazy.Value;
        }
        catch
        {
            // A failure is not cached: a fixed profile file works without a restart.
            _cache.TryRemove(new KeyValuePair<string, Lazy<AppraisalSetup>>(profile.Id, lazy));
            throw;
        }
    }
}
