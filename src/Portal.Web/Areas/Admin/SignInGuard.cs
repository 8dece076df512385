using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;

namespace Portal.Web.Areas.Admin;

/// <summary>
/// What stands between a password form and a guesser. Failures are counted per typed e-mail address and client address,
/// whether or not the account exists: five from one place block that place for that address for 15 minutes, so an
/// outsider can lock out nobody but themselves. An unknown address costs the same password check as a known one.
/// </summary>
public sealed class SignInGuard(IMemoryCache cache, IPasswordHasher<IdentityUser> hasher)
{
    public const int FailuresAllowed = 5;
    public static readonly TimeSpan BlockTime = TimeSpan.FromMinutes(15);

    private static readonly IdentityUser Nobody = new("nobody");

    // Made once, by the app's own hasher, so that checking against it costs what checking a real account costs.
    private static string? nobodysHash;

    public bool IsBlocked(string email, string client) =>
        cache.TryGetValue(Key(email, client), out Failures? failures) && failures!.Count >= FailuresAllowed;

    public void RecordFailure(string email, string client)
    {
        var failures = cache.GetOrCreate(Key(email, client), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = BlockTime;
            return new Failures();
        })!;
        Interlocked.Increment(ref failures.Count);
    }

    public void RecordSuccess(string email, string client) => cache.Remove(Key(email, client));

    /// <summary>Spends on a password for an account that does not exist the time a real check takes.</summary>
    public void CheckWithoutAccount(string password)
    {
        nobodysHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N"));
        hasher.VerifyHashedPassword(Nobody, nobodysHash, password);
    }

    private static string Key(string email, string client) => $"sign-in:{email.ToUpperInvariant()}:{client}";

    private sealed class Failures
    {
        public int Count;
    }
}
