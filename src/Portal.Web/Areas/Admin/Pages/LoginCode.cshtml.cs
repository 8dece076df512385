using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Portal.Web.Areas.Admin.Audit;
using Portal.Web.Data;

namespace Portal.Web.Areas.Admin.Pages;

/// <summary>
/// The second step of signing in: the six-digit code of the editor's authenticator app. Five wrong codes lock the account
/// for 15 minutes, as a wrong password would. "Remember this browser" is off unless the editor ticks it.
/// </summary>
[EnableRateLimiting(AdminSetup.SignInRateLimit)]
public sealed class LoginCodeModel(SignInManager<IdentityUser> signIn, AuditTrail audit, IStringLocalizer<AdminResource> text,
    ILogger<LoginCodeModel> logger)
    : SecondFactorPageModel(signIn, text)
{
    public override string Title => Text["Code.Title"];

    [BindProperty]
    public CodeInput Input { get; set; } = new();

    protected override async Task<IActionResult> CheckAsync(IdentityUser user)
    {
        var code = Input.Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = await Identity.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: Input.RememberBrowser);
        if (result.Succeeded)
        {
            logger.LogInformation("{Editor} signed in from {Client} with an authenticator code", user.Email, Client);
            await audit.RecordAsync(AuditAction.SignedIn, user.Email, detail: "password and authenticator code");
            return SignedIn();
        }

        if (result.IsLockedOut)
        {
            logger.LogWarning("{Editor}: locked after wrong authenticator codes, from {Client}", user.Email, Client);
            await audit.RecordAsync(AuditAction.LockedOut, user.Email, detail: "wrong authenticator codes");
            ModelState.AddModelError("", Text["Code.LockedOut"]);
            return Page();
        }

        logger.LogWarning("{Editor}: wrong authenticator code from {Client}", user.Email, Client);
        await audit.RecordAsync(AuditAction.TwoFactorFailed, user.Email, detail: "wrong authenticator code");
        ModelState.AddModelError(nameof(Input) + "." + nameof(Input.Code), Text["Code.Wrong"]);
        return Page();
    }

    public sealed class CodeInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [MaxLength(20, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Code.Code")]
        public string Code { get; set; } = "";

        [Display(Name = "Code.RememberBrowser")]
        public bool RememberBrowser { get; set; }
    }
}
