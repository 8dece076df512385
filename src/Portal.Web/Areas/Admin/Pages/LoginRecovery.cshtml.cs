using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Portal.Web.Areas.Admin.Audit;
using Portal.Web.Data;

namespace Portal.Web.Areas.Admin.Pages;

/// <summary>The second step with one of the ten recovery codes instead of the app (a lost phone); each works once.</summary>
[EnableRateLimiting(AdminSetup.SignInRateLimit)]
public sealed class LoginRecoveryModel(SignInManager<IdentityUser> signIn, UserManager<IdentityUser> users, AuditTrail audit,
    IStringLocalizer<AdminResource> text, ILogger<LoginRecoveryModel> logger)
    : SecondFactorPageModel(signIn, audit, logger, text)
{
    public override string Title => Text["Recovery.Title"];

    [BindProperty]
    public RecoveryInput Input { get; set; } = new();

    protected override async Task<IActionResult> CheckAsync(IdentityUser user)
    {
        var result = await Identity.TwoFactorRecoveryCodeSignInAsync(Input.Code.Replace(" ", "", StringComparison.Ordinal));
        if (result.Succeeded)
        {
            var left = await users.CountRecoveryCodesAsync(user);
            Logger.LogWarning("{Editor} signed in from {Client} with a recovery code ({Left} left)", user.Email, Client, left);
            await Audit.RecordAsync(AuditAction.RecoveryCodeUsed, user.Email, detail: $"{left} recovery codes left");
            return SignedIn();
        }

        // Identity does not count wrong recovery codes; here they count like wrong authenticator codes.
        if (!result.IsLockedOut)
        {
            await users.AccessFailedAsync(user);
        }

        return await RefusedAsync(user, result.IsLockedOut || await users.IsLockedOutAsync(user), "recovery code", Text["Recovery.Wrong"]);
    }

    public sealed class RecoveryInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [MaxLength(40, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Recovery.Code")]
        public string Code { get; set; } = "";
    }
}
