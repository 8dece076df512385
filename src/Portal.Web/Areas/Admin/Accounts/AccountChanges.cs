using Microsoft.AspNetCore.Identity;
using Portal.Web.Areas.Admin.Audit;
using Portal.Web.Data;

namespace Portal.Web.Areas.Admin.Accounts;

/// <summary>Why an account change was refused.</summary>
public enum AccountRefusal
{
    None,
    LastAdmin,
    OwnAccount,
    Failed,
}

/// <summary>
/// What an administrator (in the newsroom or on the command line) may do to an account: change its role, disable or enable
/// it, reset its two-factor sign-in. Each change is audited; none may leave the newsroom without an enabled Admin.
/// </summary>
public sealed class AccountChanges(UserManager<IdentityUser> users, AuditTrail audit)
{
    public static bool IsDisabled(IdentityUser user) => IsDisabled(user.LockoutEnd);

    /// <summary>A disabled account is locked out for ever (<see cref="DateTimeOffset.MaxValue"/>), not for 15 minutes.</summary>
    public static bool IsDisabled(DateTimeOffset? lockoutEnd) => lockoutEnd is { Year: 9999 };

    public async Task<AccountRefusal> ChangeRoleAsync(IdentityUser user, string role, string actor)
    {
        var current = await users.GetRolesAsync(user);
        if (current.SequenceEqual([role]))
        {
            return AccountRefusal.None;
        }

        if (current.Contains(Roles.Admin) && role != Roles.Admin && await IsLastAdminAsync(user))
        {
            return AccountRefusal.LastAdmin;
        }

        if (!(await users.RemoveFromRolesAsync(user, current)).Succeeded || !(await users.AddToRoleAsync(user, role)).Succeeded)
        {
            return AccountRefusal.Failed;
        }

        await audit.RecordAsync(AuditAction.RoleChanged, actor, user.Email, $"{string.Join(", ", current)} → {role}");
        return AccountRefusal.None;
    }

    /// <summary>Disables the account and ends each of its sessions at its next request.</summary>
    public async Task<AccountRefusal> DisableAsync(IdentityUser user, string actor)
    {
        if (string.Equals(user.Email, actor, StringComparison.OrdinalIgnoreCase))
        {
            return AccountRefusal.OwnAccount;
        }

        if (IsDisabled(user))
        {
            return AccountRefusal.None;
        }

        if (await users.IsInRoleAsync(user, Roles.Admin) && await IsLastAdminAsync(user))
        {
            return AccountRefusal.LastAdmin;
        }

        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(AuditAction.AccountDisabled, actor, user.Email);
        return AccountRefusal.None;
    }

    public async Task<AccountRefusal> EnableAsync(IdentityUser user, string actor)
    {
        if (!IsDisabled(user))
        {
            return AccountRefusal.None;
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await audit.RecordAsync(AuditAction.AccountEnabled, actor, user.Email);
        return AccountRefusal.None;
    }

    /// <summary>Forgets the authenticator and the recovery codes (a lost phone): the next sign-in sets up a new one.</summary>
    public async Task ResetTwoFactorAsync(IdentityUser user, string actor)
    {
        await users.SetTwoFactorEnabledAsync(user, false); // a new security stamp: its sessions end
        await users.ResetAuthenticatorKeyAsync(user);
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
        await audit.RecordAsync(AuditAction.TwoFactorReset, actor, user.Email);
    }

    public Task RecordNewLinkAsync(IdentityUser user, string actor) => audit.RecordAsync(AuditAction.SetUpLinkRenewed, actor, user.Email);

    private async Task<bool> IsLastAdminAsync(IdentityUser user)
    {
        var admins = await users.GetUsersInRoleAsync(Roles.Admin);
        return !admins.Any(admin => admin.Id != user.Id && !IsDisabled(admin));
    }
}
