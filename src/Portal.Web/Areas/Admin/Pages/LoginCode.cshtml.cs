using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Portal.Web.Areas.Admin.Accounts;
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
    : SecondFactorPageModel(signIn, audit, logger, text)
{
    public override string Title => Text["Code.Title"];

    [BindProperty]
    public CodeInput Input { get; set; } = new();

    protected override async Task<IActionResult> CheckAsync(IdentityUser user)
    {
        var result = await Identity.TwoFactorAuthenticatorSignInAsync(TwoFactorRule.AsTyped(Input.Code), isPersistent: false, rememberClient: Input.RememberBrowser);
        if (result.Succeeded)
        {
            Logger.LogInformation("{Editor} signed in from {Client} with an authenticator code", user.Email, Client);
            await Audit.RecordAsync(AuditAction.SignedIn, user.Email, detail: "password and authenticator code");
            return SignedIn();
        }

        return await RefusedAsync(user, result.IsLockedOut, "authenticator code", Text["Code.Wrong"]);
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
