using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Portal.Web.Areas.Admin.Accounts;
using Portal.Web.Areas.Admin.Audit;
using Portal.Web.Data;

namespace Portal.Web.Areas.Admin.Pages.Account;

/// <summary>
/// Setting up two-factor sign-in with an authenticator app: the key as text and as a QR code, a first code to prove the app
/// has it, then ten single-use recovery codes shown this once. The one page an account that must have it can open before.
/// </summary>
[AllowBeforeTwoFactor]
public sealed class TwoFactorModel(UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, AuditTrail audit,
    TwoFactorRule rule, IStringLocalizer<AdminResource> text)
    : NewsroomPageModel(text)
{
    public const int RecoveryCodeCount = 10;

    // The name an authenticator app shows beside the code: the same in every language.
    private const string Issuer = "Belarus Contact Group newsroom";

    public override string Title => Text["TwoFactor.Title"];

    [BindProperty]
    public SetUpInput Input { get; set; } = new();

    public bool IsEnabled { get; private set; }
    public bool IsRequired { get; private set; }
    public int RecoveryCodesLeft { get; private set; }
    public string Key { get; private set; } = "";
    public IHtmlContent? QrCode { get; private set; }

    /// <summary>Set once, on the answer that made them: they are stored only as hashes.</summary>
    public IReadOnlyList<string> NewRecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() =>
        await users.GetUserAsync(User) is { } user ? await ShowAsync(user) : Challenge();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled || !ModelState.IsValid)
        {
            return await ShowAsync(user);
        }

        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, TwoFactorRule.AsTyped(Input.Code)))
        {
            ModelState.AddModelError(nameof(Input) + "." + nameof(Input.Code), Text["Code.Wrong"]);
            return await ShowAsync(user);
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        NewRecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []).ToList();
        await audit.RecordAsync(AuditAction.TwoFactorEnabled, user.Email);
        // Turning it on gave the account a new security stamp: this browser signs in again, now with two factors.
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [TwoFactorRule.MultiFactorClaim]);
        return await ShowAsync(user);
    }

    public async Task<IActionResult> OnPostNewCodesAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            NewRecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []).ToList();
            await audit.RecordAsync(AuditAction.RecoveryCodesRenewed, user.Email);
        }

        ModelState.Clear();
        return await ShowAsync(user);
    }

    private async Task<IActionResult> ShowAsync(IdentityUser user)
    {
        IsEnabled = user.TwoFactorEnabled;
        IsRequired = rule.IsRequiredFor(User);
        if (IsEnabled)
        {
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
            return Page();
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user); // a new key is a new security stamp
            key = (await users.GetAuthenticatorKeyAsync(user))!;
        }

        Key = string.Join(' ', key.Chunk(4).Select(group => new string(group))).ToLowerInvariant();
        var uri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(user.Email!)}"
            + $"?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
        QrCode = QrCodeSvg.Draw(uri, Text["TwoFactor.QrLabel"]);
        return Page();
    }

    public sealed class SetUpInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [MaxLength(20, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Code.Code")]
        public string Code { get; set; } = "";
    }
}
