using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Localization;

namespace Portal.Web.Pages;

/// <summary>The error pages (404, 400, 405, 500, ...) in the reader's language, reached by re-execution with the request's method.</summary>
[IgnoreAntiforgeryToken]
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

    // Re-executed with the method of the request that failed (PUT, TRACE...), for which no page has a handler: the code is
    // set whichever handler was found, or none.
    public override void OnPageHandlerSelected(PageHandlerSelectedContext context) => Response.StatusCode = Code;
}
