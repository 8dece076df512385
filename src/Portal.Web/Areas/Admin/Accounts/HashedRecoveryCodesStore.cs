using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Areas.Admin.Accounts;

/// <summary>
/// Identity's user store, except that recovery codes are kept as SHA-256 hashes, not as the codes themselves (a copy of
/// the database gives nobody a way in), and a typed code is compared with each in constant time.
/// </summary>
public sealed class HashedRecoveryCodesStore(PortalDb db, IdentityErrorDescriber? describer = null)
    : UserStore<IdentityUser, IdentityRole, PortalDb>(db, describer)
{
    // The names Identity's own store keeps recovery codes under, so that CountCodesAsync goes on counting them.
    private const string Provider = "[AspNetUserStore]";
    private const string Name = "RecoveryCodes";

    public override Task ReplaceCodesAsync(IdentityUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken = default) =>
        SetTokenAsync(user, Provider, Name, string.Join(";", recoveryCodes.Select(Hash)), cancellationToken);

    public override async Task<bool> RedeemCodeAsync(IdentityUser user, string code, CancellationToken cancellationToken = default)
    {
        var stored = await GetTokenAsync(user, Provider, Name, cancellationToken) ?? "";
        var hashes = stored.Split(';', StringSplitOptions.RemoveEmptyEntries).ToList();
        var typed = Encoding.ASCII.GetBytes(Hash(code));
        var match = hashes.FirstOrDefault(hash => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(hash), typed));
        if (match is null)
        {
            return false;
        }

        hashes.Remove(match);
        await SetTokenAsync(user, Provider, Name, string.Join(";", hashes), cancellationToken);
        return true;
    }

    private static string Hash(string code) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(code.Trim().ToUpperInvariant())));
}
