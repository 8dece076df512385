using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Portal.Web.Pages;

/// <summary>A page of the public site: the layout reads its <see cref="Head"/>, so a page cannot leave out its title.</summary>
public abstract class PublicPageModel : PageModel
{
    public abstract PageHead Head { get; }
}
