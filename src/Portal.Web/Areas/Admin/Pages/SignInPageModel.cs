using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Portal.Web.Areas.Admin.Pages;

/// <summary>A step of signing in: it carries the page the editor asked for, and goes there (within the site) when done.</summary>
public abstract class SignInPageModel(IStringLocalizer<AdminResource> text) : NewsroomPageModel(text)
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    protected string Client => HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    protected IActionResult SignedIn() => Url.IsLocalUrl(ReturnUrl) ? LocalRedirect(ReturnUrl) : RedirectToPage("/Index");
}
