using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using Portal.Web.Pages;

namespace Portal.Web.Areas.Admin.Pages;

/// <summary>A page of the newsroom: the admin layout reads its <see cref="Title"/>, in the editor's language.</summary>
public abstract class NewsroomPageModel(IStringLocalizer<AdminResource> text) : PageModel
{
    protected IStringLocalizer<AdminResource> Text { get; } = text;

    public abstract string Title { get; }

    /// <summary>
    /// A list's address at one of its pages. The number is added to the query here: <c>Url.Page</c> drops a route value
    /// named "page", which is the Razor page's own name to it.
    /// </summary>
    /// <param name="list">The list's address, with its filters, as <c>Url.Page</c> gives it.</param>
    protected static string AtPage(string? list, int number) =>
        number == 1 ? list ?? "" : QueryHelpers.AddQueryString(list ?? "", PublicLinks.PageQuery, number.ToString(CultureInfo.InvariantCulture));
}
