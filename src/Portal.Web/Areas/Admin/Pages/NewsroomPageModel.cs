using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Portal.Web.Areas.Admin.Pages;

/// <summary>A page of the newsroom: the admin layout reads its <see cref="Title"/>, in the editor's language.</summary>
public abstract class NewsroomPageModel(IStringLocalizer<AdminResource> text) : PageModel
{
    protected IStringLocalizer<AdminResource> Text { get; } = text;

    public abstract string Title { get; }
}
