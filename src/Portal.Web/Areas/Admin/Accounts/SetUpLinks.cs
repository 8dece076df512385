using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Portal.Web.Areas.Admin.Accounts;

/// <summary>
/// One-time links with which a new account chooses its own password, instead of a password sent anywhere. A link is
/// Identity's data-protected token: it holds the account's security stamp, so it stops working once a password is set
/// (or a newer link is made), and it expires after <see cref="Lifetime"/>.
/// </summary>
public sealed class SetUpLinks(UserManager<IdentityUser> users)
{
    public const string Purpose = "AccountSetUp";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <summary>A new token for the account; every earlier link of it stops working.</summary>
    public async Task<string> IssueAsync(IdentityUser user)
    {
        await users.UpdateSecurityStampAsync(user);
        return await users.GenerateUserTokenAsync(user, TokenOptions.DefaultProvider, Purpose);
    }

    /// <summary>The whole link to give the account's owner, with the address the administrator reached the newsroom by.</summary>
    public static string Address(IUrlHelper url, HttpRequest request, string userId, string token) =>
        url.Page("/SetUp", pageHandler: null, new { area = "Admin", id = userId, code = token }, request.Scheme, request.Host.Value)!;

    /// <summary>The account a token sets up, or null when it is unknown, used, replaced or too old.</summary>
    public async Task<IdentityUser?> FindAsync(string? userId, string? token)
    {
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(token) || await users.FindByIdAsync(userId) is not { } user
            || await users.HasPasswordAsync(user))
        {
            return null;
        }

        return await users.VerifyUserTokenAsync(user, TokenOptions.DefaultProvider, Purpose, token) ? user : null;
    }
}
