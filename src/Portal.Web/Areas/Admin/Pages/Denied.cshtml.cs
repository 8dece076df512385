using Microsoft.Extensions.Localization;

namespace Portal.Web.Areas.Admin.Pages;

/// <summary>An account without the right role: 403, with a word on why.</summary>
public sealed class DeniedModel(IStringLocalizer<AdminResource> text) : NewsroomPageModel(text)
{
    public override string Title => Text["Denied.Title"];

    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
