using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Portal.Web.Areas.Admin.Accounts;
using Portal.Web.Areas.Admin.Audit;
using Portal.Web.Data;

namespace Portal.Web.Areas.Admin.Pages;

/// <summary>
/// Sign-in with e-mail and password; five wrong passwords from one client block that client for that account for 15
/// minutes. An account with two-factor sign-in goes on to <see cref="LoginCodeModel"/>.
/// </summary>
[EnableRateLimiting(AdminSetup.SignInRateLimit)]
public sealed class LoginModel(SignInManager<IdentityUser> signIn, UserManager<IdentityUser> users, SignInGuard guard,
    TwoFactorRule twoFactor, AuditTrail audit, IStringLocalizer<AdminResource> text, ILogger<LoginModel> logger)
    : SignInPageModel(text)
{
    public override string Title => Text["Login.Title"];

    [BindProperty]
    public SignInInput Input { get; set; } = new();

    /// <summary>Set after an account's set-up link was used: the editor now signs in with the new password.</summary>
    [BindProperty(SupportsGet = true)]
    public bool SetUp { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var email = Input.Email.Trim();
        if (guard.IsBlocked(email, Client))
        {
            logger.LogWarning("Sign-in refused for {Editor} from {Client}: too many wrong passwords from there", email, Client);
            await audit.RecordAsync(AuditAction.SignInFailed, email, detail: "blocked: too many wrong passwords from this address");
            return Failed();
        }

        if (await users.FindByEmailAsync(email) is not { } user)
        {
            guard.CheckWithoutAccount(Input.Password);
            guard.RecordFailure(email, Client);
            await audit.RecordAsync(AuditAction.SignInFailed, email, detail: "no such account");
            return Failed();
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: false);
        if (result.Succeeded || result.RequiresTwoFactor)
        {
            guard.RecordSuccess(email, Client);
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/LoginCode", new { ReturnUrl });
        }

        if (result.Succeeded && user.TwoFactorEnabled)
        {
            // A browser the editor asked to remember after a code: Identity signs it in with the password only, as "pwd".
            await signIn.SignInWithClaimsAsync(user, isPersistent: false, [TwoFactorRule.MultiFactorClaim]);
            logger.LogInformation("{Editor} signed in from {Client} in a remembered browser", user.Email, Client);
            await audit.RecordAsync(AuditAction.SignedIn, user.Email, detail: "password in a browser remembered after a code");
            return SignedIn();
        }

        if (result.Succeeded)
        {
            logger.LogInformation("{Editor} signed in from {Client}", user.Email, Client);
            await audit.RecordAsync(AuditAction.SignedIn, user.Email, detail: "password");
            // An account that must have a second factor and has none yet sets it up before anything else.
            return twoFactor.IsRequiredFor(await users.GetRolesAsync(user))
                ? Redirect(Request.PathBase + TwoFactorSetUpFirst.SetUpPath)
                : SignedIn();
        }

        if (result.IsLockedOut)
        {
            logger.LogWarning("Sign-in refused for {Editor} from {Client}: the account is locked or disabled", user.Email, Client);
            await audit.RecordAsync(AuditAction.LockedOut, user.Email,
                detail: AccountChanges.IsDisabled(user) ? "account disabled" : "account locked");
            return Failed();
        }

        guard.RecordFailure(email, Client);
        logger.LogWarning("Sign-in failed for {Editor} from {Client}", user.Email, Client);
        await audit.RecordAsync(AuditAction.SignInFailed, user.Email, detail: "wrong password");
        return Failed();
    }

    // The same answer whether the account exists, the password is wrong or the account is locked: nothing to enumerate.
    private PageResult Failed()
    {
        ModelState.AddModelError("", Text["Login.Failed"]);
        return Page();
    }

    public sealed class SignInInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [EmailAddress(ErrorMessage = "Validation.Email")]
        [MaxLength(AuditEntry.TextLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Login.Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [DataType(DataType.Password)]
        [Display(Name = "Login.Password")]
        public string Password { get; set; } = "";
    }
}
