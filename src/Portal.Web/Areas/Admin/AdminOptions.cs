using System.ComponentModel.DataAnnotations;

namespace Portal.Web.Areas.Admin;

/// <summary>The <c>Admin</c> section of the configuration.</summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    /// <summary>Where the keys that protect the sign-in cookie are kept, so that sign-ins survive a restart.</summary>
    [Required]
    public string KeysPath { get; set; } = "App_Data/keys";

    /// <summary>Sign-in attempts allowed per client address and minute, before 429 Too Many Requests.</summary>
    [Range(1, 1000)]
    public int SignInAttemptsPerMinute { get; set; } = 10;

    /// <summary>Whose sign-in needs an authenticator code besides the password: administrators only, or every account.</summary>
    /// <remarks>Text, checked at start-up, rather than the enum: a wrong word is then one line, not the binder's stack trace.</remarks>
    [RegularExpression("^(Admin|All)$", ErrorMessage = "Admin:RequireTwoFactor must be Admin or All.")]
    public string RequireTwoFactor { get; set; } = nameof(TwoFactorScope.Admin);

    public TwoFactorScope TwoFactorScope => RequireTwoFactor == nameof(TwoFactorScope.All) ? TwoFactorScope.All : TwoFactorScope.Admin;
}

/// <summary>The accounts that must sign in with two factors (<c>Admin:RequireTwoFactor</c>).</summary>
public enum TwoFactorScope
{
    Admin,
    All,
}
