using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Portal.Web.Areas.Admin.Accounts;
using Portal.Web.Areas.Admin.Audit;
using Portal.Web.Data;

namespace Portal.Web.Areas.Admin.Pages.Account;

/// <summary>The signed-in editor's own account: its two-factor state, a new password, and its recent sign-ins.</summary>
public sealed class IndexModel(UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, PortalDb db, AuditTrail audit,
    IStringLocalizer<AdminResource> text)
    : NewsroomPageModel(text)
{
    public const int SignInsShown = 20;

    public override string Title => Text["Account.Title"];

    [BindProperty]
    public ChangePasswordInput Input { get; set; } = new();

    public string Email { get; private set; } = "";
    public IList<string> Roles { get; private set; } = [];
    public bool TwoFactorEnabled { get; private set; }
    public IReadOnlyList<AuditEntry> SignIns { get; private set; } = [];
    public bool PasswordChanged { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await users.GetUserAsync(User) is { } user ? await ShowAsync(user, cancellationToken) : Challenge();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (!ModelState.IsValid)
        {
            return await ShowAsync(user, cancellationToken);
        }

        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == nameof(IdentityErrorDescriber.PasswordMismatch)
                    ? nameof(Input) + "." + nameof(Input.CurrentPassword)
                    : nameof(Input) + "." + nameof(Input.NewPassword), error.Description);
            }

            return await ShowAsync(user, cancellationToken);
        }

        await audit.RecordAsync(AuditAction.PasswordChanged, user.Email, cancellationToken: cancellationToken);
        // The new password ended every other session; this one goes on, signed in as it was (with two factors or not).
        await signIn.SignInWithClaimsAsync(user, isPersistent: false,
            TwoFactorRule.SignedInWithTwoFactors(User) ? [TwoFactorRule.MultiFactorClaim] : Array.Empty<Claim>());
        PasswordChanged = true;
        ModelState.Clear();
        Input = new ChangePasswordInput();
        return await ShowAsync(user, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(IdentityUser user, CancellationToken cancellationToken)
    {
        Email = user.Email!;
        Roles = await users.GetRolesAsync(user);
        TwoFactorEnabled = user.TwoFactorEnabled;
        SignIns = await SignInHistory.RecentAsync(db, Email, SignInsShown, cancellationToken);
        return Page();
    }

    public sealed class ChangePasswordInput : PasswordInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [DataType(DataType.Password)]
        [MaxLength(200, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Password.Current")]
        public string CurrentPassword { get; set; } = "";
    }
}
