using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Areas.Admin.Accounts;
using Portal.Web.Areas.Admin.Audit;
using Portal.Web.Data;

namespace Portal.Web.Areas.Admin.Pages;

/// <summary>
/// Sign-out, by POST only, so that a link on another site cannot sign an editor out. It ends every session of the account:
/// a new security stamp makes each cookie issued before it worthless, even one copied elsewhere.
/// </summary>
[AllowBeforeTwoFactor]
public sealed class LogoutModel(SignInManager<IdentityUser> signIn, UserManager<IdentityUser> users, AuditTrail audit,
    ILogger<LogoutModel> logger)
    : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
            await audit.RecordAsync(AuditAction.SignedOut, user.Email);
        }

        logger.LogInformation("{Editor} signed out", User.Identity?.Name);
        await signIn.SignOutAsync();
        return RedirectToPage("/Login");
    }
}
