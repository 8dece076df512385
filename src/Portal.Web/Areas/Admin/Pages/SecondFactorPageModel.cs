using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Portal.Web.Areas.Admin.Pages;

/// <summary>
/// The second step of signing in (an authenticator code or a recovery code): open only to a browser whose password was
/// right a moment ago; any other goes back to the password.
/// </summary>
public abstract class SecondFactorPageModel(SignInManager<IdentityUser> signIn, IStringLocalizer<AdminResource> text)
    : SignInPageModel(text)
{
    protected SignInManager<IdentityUser> Identity { get; } = signIn;

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

    private RedirectToPageResult BackToPassword() => RedirectToPage("/Login", new { ReturnUrl });
}
