using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Portal.Web.Pages;

/// <summary>The error pages (404, 400, 405, 500, ...) in the reader's language, reached by re-execution with the request's method.</summary>
public sealed class StatusModel(IStringLocalizer<SharedResource> text) : PublicPageModel
{
    public int Code => int.TryParse(RouteData.Values["code"] as string, NumberStyles.None, CultureInfo.InvariantCulture, out var code)
        && code is >= 400 and <= 599
            ? code
            : StatusCodes.Status404NotFound;

    public LocalizedString Title => Code switch
    {
        404 => text["NotFound.Title"],
        429 => text["TooMany.Title"],
        >= 500 => text["Error.Title"],
        _ => text["BadRequest.Title"],
    };

    public LocalizedString Text => Code switch
    {
        404 => text["NotFound.Text"],
        429 => text["TooMany.Text"],
        >= 500 => text["Error.Text"],
        _ => text["BadRequest.Text"],
    };

    public override PageHead Head => new(Title, Description: null);

    // Visited directly, the page answers with its own code; re-executed, it keeps the code of the request that failed.
    public void OnGet() => Response.StatusCode = Code;

    public void OnPost() => Response.StatusCode = Code;
}
