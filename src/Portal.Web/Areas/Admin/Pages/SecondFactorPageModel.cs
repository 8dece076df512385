using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Portal.Web.Areas.Admin.Audit;
using Portal.Web.Data;

namespace Portal.Web.Areas.Admin.Pages;

/// <summary>
/// The second step of signing in (an authenticator code or a recovery code): open only to a browser whose password was
/// right a moment ago; any other goes back to the password.
/// </summary>
public abstract class SecondFactorPageModel(SignInManager<IdentityUser> signIn, AuditTrail audit, ILogger logger,
    IStringLocalizer<AdminResource> text)
    : SignInPageModel(text)
{
    protected SignInManager<IdentityUser> Identity { get; } = signIn;
    protected AuditTrail Audit { get; } = audit;
    protected ILogger Logger { get; } = logger;

    public async Task<IActionResult> OnGetAsync() => await Identity.GetTwoFactorAuthenticationUserAsync() is null ? BackToPassword() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await Identity.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return BackToPassword();
        }

        return ModelState.IsValid ? await CheckAsync(user) : Page();
    }

    /// <summary>Checks the code the form sent for <paramref name="user"/>, and signs in or says why not.</summary>
    protected abstract Task<IActionResult> CheckAsync(IdentityUser user);

    /// <summary>A wrong code (<paramref name="kind"/>: "authenticator code", "recovery code"), or the lock-out it led to.</summary>
    protected async Task<IActionResult> RefusedAsync(IdentityUser user, bool lockedOut, string kind, string wrongText)
    {
        if (lockedOut)
        {
            Logger.LogWarning("{Editor}: locked after wrong {Kind}s, from {Client}", user.Email, kind, Client);
            await Audit.RecordAsync(AuditAction.LockedOut, user.Email, detail: $"wrong {kind}s");
            ModelState.AddModelError("", Text["Code.LockedOut"]);
        }
        else
        {
            Logger.LogWarning("{Editor}: wrong {Kind} from {Client}", user.Email, kind, Client);
            await Audit.RecordAsync(AuditAction.TwoFactorFailed, user.Email, detail: $"wrong {kind}");
            ModelState.AddModelError("Input.Code", wrongText);
        }

        return Page();
    }

    private RedirectToPageResult BackToPassword() => RedirectToPage("/Login", new { ReturnUrl });
}
