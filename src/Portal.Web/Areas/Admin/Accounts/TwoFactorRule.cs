using System.Security.Claims;
using Microsoft.Extensions.Options;

namespace Portal.Web.Areas.Admin.Accounts;

/// <summary>Who must sign in with an authenticator code, and whether a signed-in editor did.</summary>
public sealed class TwoFactorRule(IOptions<AdminOptions> options)
{
    /// <summary>The claim Identity adds to a sign-in made with a second factor ("authentication method: multi-factor").</summary>
    public static readonly Claim MultiFactorClaim = new("amr", "mfa");

    public bool IsRequiredFor(IEnumerable<string> roles) =>
        options.Value.TwoFactorScope == TwoFactorScope.All || roles.Contains(Roles.Admin, StringComparer.Ordinal);

    public bool IsRequiredFor(ClaimsPrincipal user) =>
        options.Value.TwoFactorScope == TwoFactorScope.All || user.IsInRole(Roles.Admin);

    /// <summary>An authenticator code as the app shows it ("123 456", "123-456"), as the check wants it.</summary>
    public static string AsTyped(string code) =>
        code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);

    public static bool SignedInWithTwoFactors(ClaimsPrincipal user) =>
        user.HasClaim(MultiFactorClaim.Type, MultiFactorClaim.Value);
}
