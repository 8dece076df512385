using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Areas.Admin.Accounts;

/// <summary>An account's recent sign-ins and attempts, from the audit trail.</summary>
public static class SignInHistory
{
    public static readonly AuditAction[] Actions =
    [
        AuditAction.SignedIn, AuditAction.SignInFailed, AuditAction.LockedOut, AuditAction.TwoFactorFailed,
        AuditAction.RecoveryCodeUsed, AuditAction.SignedOut,
    ];

    public static Task<List<AuditEntry>> RecentAsync(PortalDb db, string email, int count, CancellationToken cancellationToken) =>
        db.AuditEntries.AsNoTracking()
            .Where(e => e.Actor == email && Actions.Contains(e.Action))
            .OrderByDescending(e => e.Id).Take(count)
            .ToListAsync(cancellationToken);
}
