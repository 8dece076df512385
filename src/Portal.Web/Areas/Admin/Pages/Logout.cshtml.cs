using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Portal.Web.Areas.Admin.Pages;

/// <summary>Sign-out, by POST only, so that a link on another site cannot sign an editor out.</summary>
public sealed class LogoutModel(SignInManager<IdentityUser> signIn, ILogger<LogoutModel> logger) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        logger.LogInformation("{Editor} signed out", User.Identity?.Name);
        await signIn.SignOutAsync();
        return RedirectToPage("/Login");
    }
}
