using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Areas.Admin.Accounts;
using Portal.Web.Data;

namespace Portal.Web.Areas.Admin.Pages.Accounts;

/// <summary>One line of the account list.</summary>
public sealed record AccountLine(string Id, string Email, string Role, bool TwoFactor, AccountState State, DateTime? LastSignIn);

/// <summary>Where an account stands.</summary>
public enum AccountState
{
    Active,
    AwaitingSetUp,
    Disabled,
}

/// <summary>Every newsroom account, for administrators: role, two-factor sign-in, state and last sign-in.</summary>
public sealed class IndexModel(PortalDb db, IStringLocalizer<AdminResource> text) : NewsroomPageModel(text)
{
    public override string Title => Text["Accounts.Title"];

    public IReadOnlyList<AccountLine> Accounts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var accounts = await db.Users.AsNoTracking().OrderBy(u => u.Email)
            .Select(u => new
            {
                u.Id,
                u.Email,
                u.TwoFactorEnabled,
                u.LockoutEnd,
                HasPassword = u.PasswordHash != null,
                Role = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, r => r.RoleId, role => role.Id, (_, role) => role.Name)
                    .FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var lastSignIns = await db.AuditEntries.AsNoTracking()
            .Where(e => e.Action == AuditAction.SignedIn || e.Action == AuditAction.RecoveryCodeUsed)
            .GroupBy(e => e.Actor)
            .Select(g => new { Email = g.Key, At = g.Max(e => e.At) })
            .ToDictionaryAsync(g => g.Email ?? "", g => g.At, cancellationToken);

        Accounts = accounts.Select(a => new AccountLine(a.Id, a.Email ?? "", a.Role ?? "", a.TwoFactorEnabled,
                AccountChanges.IsDisabled(a.LockoutEnd) ? AccountState.Disabled : a.HasPassword ? AccountState.Active : AccountState.AwaitingSetUp,
                lastSignIns.TryGetValue(a.Email ?? "", out var at) ? at : null))
            .ToList();
    }
}
