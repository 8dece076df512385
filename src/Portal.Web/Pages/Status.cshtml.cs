using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Portal.Web.Pages;

/// <summary>The error pages (404, 400, 500, ...) in the reader's language, reached by re-execution.</summary>
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int code) => Show(code);

    // A failed POST is re-executed as a POST: it gets the same page.
    public void OnPost(int code) => Show(code);

    private void Show(int code)
    {
        Code = code is >= 400 and <= 599 ? code : 404;
        Response.StatusCode = Code;
    }
}
