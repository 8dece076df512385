using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Portal.Web.Areas.Admin.Accounts;
using Portal.Web.Data;

namespace Portal.Web.Areas.Admin.Pages.Accounts;

/// <summary>
/// One account, for administrators: change its role, disable or enable it (its sessions end at once), reset its
/// two-factor sign-in, or give a new set-up link to an account that has not chosen a password yet.
/// </summary>
public sealed class EditModel(UserManager<IdentityUser> users, AccountChanges changes, SetUpLinks links, PortalDb db,
    IStringLocalizer<AdminResource> text)
    : NewsroomPageModel(text)
{
    [FromRoute]
    public string Id { get; set; } = "";

    public override string Title => Text["Accounts.EditTitle", Email];

    public string Email { get; private set; } = "";
    public string Role { get; private set; } = "";
    public AccountState State { get; private set; }
    public bool TwoFactor { get; private set; }
    public IReadOnlyList<AuditEntry> SignIns { get; private set; } = [];
    public string? Done { get; private set; }
    public string? SetUpLink { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => WithAccountAsync(_ => Task.FromResult(AccountRefusal.None), null, cancellationToken);

    public Task<IActionResult> OnPostRoleAsync([FromForm(Name = "Input.Role")] string? role, CancellationToken cancellationToken) =>
        WithAccountAsync(async user => Admin.Roles.Find(role) is { } chosen
            ? await changes.ChangeRoleAsync(user, chosen, Editor)
            : AccountRefusal.Failed, "Accounts.Done.RoleChanged", cancellationToken);

    public Task<IActionResult> OnPostDisableAsync(CancellationToken cancellationToken) =>
        WithAccountAsync(user => changes.DisableAsync(user, Editor), "Accounts.Done.Disabled", cancellationToken);

    public Task<IActionResult> OnPostEnableAsync(CancellationToken cancellationToken) =>
        WithAccountAsync(user => changes.EnableAsync(user, Editor), "Accounts.Done.Enabled", cancellationToken);

    public Task<IActionResult> OnPostResetTwoFactorAsync(CancellationToken cancellationToken) =>
        WithAccountAsync(async user =>
        {
            await changes.ResetTwoFactorAsync(user, Editor);
            return AccountRefusal.None;
        }, "Accounts.Done.TwoFactorReset", cancellationToken);

    public Task<IActionResult> OnPostNewLinkAsync(CancellationToken cancellationToken) =>
        WithAccountAsync(async user =>
        {
            if (await users.HasPasswordAsync(user))
            {
                return AccountRefusal.Failed;
            }

            SetUpLink = SetUpLinks.Address(Url, Request, user.Id, await links.IssueAsync(user));
            await changes.RecordNewLinkAsync(user, Editor);
            return AccountRefusal.None;
        }, null, cancellationToken);

    private string Editor => User.Identity!.Name!;

    /// <summary>Finds the account (404 when there is none), applies a change, and shows the account as it now is.</summary>
    private async Task<IActionResult> WithAccountAsync(Func<IdentityUser, Task<AccountRefusal>> change, string? doneText,
        CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(Id) is not { } user)
        {
            return NotFound();
        }

        var refusal = await change(user);
        if (refusal == AccountRefusal.None)
        {
            Done = doneText is null ? null : Text[doneText].Value;
        }
        else
        {
            ModelState.AddModelError("", Text["Accounts.Refused." + refusal]);
        }

        Email = user.Email ?? "";
        Role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? "";
        TwoFactor = user.TwoFactorEnabled;
        State = AccountChanges.IsDisabled(user) ? AccountState.Disabled
            : await users.HasPasswordAsync(user) ? AccountState.Active : AccountState.AwaitingSetUp;
        SignIns = await SignInHistory.RecentAsync(db, Email, 10, cancellationToken);
        return Page();
    }
}
