using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Web.Caching;

namespace Portal.Web.Pages;

/// <summary>
/// A page of the public site: the layout reads its <see cref="Head"/>, so a page cannot leave out its title; the same bytes
/// for every reader, so it is served from the output cache.
/// </summary>
[OutputCache(PolicyName = PublicCachePolicy.Name)]
public abstract class PublicPageModel : PageModel
{
    public abstract PageHead Head { get; }
}
