using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using OtpNet;

namespace Portal.Web.Areas.Admin.Accounts;

/// <summary>
/// Identity's authenticator check (RFC 6238, the same 30-second codes, two windows either side for a phone's clock),
/// except that a code is taken once: RFC 6238 §5.2 says a verifier must not accept the same code after it accepted it,
/// and Identity's own provider does, for as long as the window lasts. A code watched over a shoulder, taken from a
/// phishing page or sent twice is refused the second time, as is any code older than the last one taken.
/// </summary>
/// <remarks>Otp.NET computes the codes because it tells which 30-second window a code matched; Identity's does not.</remarks>
public sealed class SingleUseAuthenticatorCodes : AuthenticatorTokenProvider<IdentityUser>
{
    // Kept among the account's tokens (AspNetUserTokens), where Identity keeps the authenticator key itself.
    private const string Store = "[Portal]";
    private const string LastWindowTaken = "AuthenticatorLastWindow";
    private static readonly VerificationWindow PhoneClockDrift = new(previous: 2, future: 2);

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<IdentityUser> manager, IdentityUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key) || token.Length != 6 || !token.All(char.IsAsciiDigit))
        {
            return false;
        }

        if (!new Totp(Base32Encoding.ToBytes(key)).VerifyTotp(token, out var window, PhoneClockDrift))
        {
            return false;
        }

        // "window:key", the key by a fingerprint: after a reset of the authenticator, the new key's codes start afresh.
        var keyFingerprint = Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(key)))[..16];
        var last = (await manager.GetAuthenticationTokenAsync(user, Store, LastWindowTaken))?.Split(':');
        if (last is [var lastWindow, var lastKey] && lastKey == keyFingerprint
            && long.TryParse(lastWindow, NumberStyles.None, CultureInfo.InvariantCulture, out var taken) && window <= taken)
        {
            return false;
        }

        // The account's concurrency stamp makes this a check-and-set: of two requests with one code, one saves, one fails.
        var saved = await manager.SetAuthenticationTokenAsync(user, Store, LastWindowTaken,
            string.Create(CultureInfo.InvariantCulture, $"{window}:{keyFingerprint}"));
        return saved.Succeeded;
    }
}
