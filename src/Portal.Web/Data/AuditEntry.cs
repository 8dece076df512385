namespace Portal.Web.Data;

/// <summary>
/// One thing that happened in the newsroom: who did what, to which account or news item, when and from where.
/// Entries are only ever added: no page or command changes or removes one, and the database refuses it too.
/// </summary>
public sealed class AuditEntry
{
    public const int TextLength = 256;

    public long Id { get; set; }
    public DateTime At { get; set; }
    public AuditAction Action { get; set; }

    /// <summary>The account that acted: its e-mail address, or the address typed on the sign-in form.</summary>
    public string? Actor { get; set; }

    /// <summary>What the action concerned: another account's e-mail address, or a news item's slug.</summary>
    public string? Subject { get; set; }

    /// <summary>The client's address, or "command line" for the app's own commands.</summary>
    public string? Client { get; set; }

    public string? Detail { get; set; }
}

/// <summary>What an audit entry records.</summary>
public enum AuditAction
{
    SignedIn,
    SignInFailed,
    LockedOut,
    TwoFactorFailed,
    RecoveryCodeUsed,
    SignedOut,
    TwoFactorEnabled,
    RecoveryCodesRenewed,
    PasswordChanged,
    AccountCreated,
    AccountSetUp,
    SetUpLinkRenewed,
    RoleChanged,
    AccountDisabled,
    AccountEnabled,
    TwoFactorReset,
    NewsPublished,
    NewsUnpublished,
    NewsDeleted,
    NewsRestored,
}
