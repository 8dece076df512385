using Microsoft.Extensions.Localization;

namespace Portal.Web.Pages;

/// <summary>The error pages (404, 400, 500, ...) in the reader's language, reached by re-execution.</summary>
public sealed class StatusModel(IStringLocalizer<SharedResource> text) : PublicPageModel
{
    public int Code { get; private set; }

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

    public void OnGet(int code) => Show(code);

    // A failed POST is re-executed as a POST: it gets the same page.
    public void OnPost(int code) => Show(code);

    private void Show(int code)
    {
        Code = code is >= 400 and <= 599 ? code : 404;
        Response.StatusCode = Code;
    }
}
