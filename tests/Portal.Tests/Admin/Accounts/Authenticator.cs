using System.Net;
using AngleSharp.Html.Dom;
using OtpNet;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin.Accounts;

/// <summary>An authenticator app, as an editor's phone would be: it reads the key off the set-up page and makes codes.</summary>
public sealed class Authenticator(string key)
{
    public const string SetUpPage = "/admin/account/two-factor";

    public string Key { get; } = key;

    private const int WindowSeconds = 30;
    private long lastWindowGiven = long.MinValue;

    /// <summary>
    /// A code the server has not taken yet, as Otp.NET computes it by RFC 6238: the present 30-second window's, or, when
    /// that one was given already, the next window's (the server allows for a phone's clock two windows ahead), where a
    /// person would wait for the app's next code. The server takes each code once.
    /// </summary>
    public string Code()
    {
        var present = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / WindowSeconds;
        var window = Math.Max(present, lastWindowGiven + 1);
        if (window > present + 2)
        {
            throw new InvalidOperationException("A test asked for more codes than the server accepts in 90 seconds (two windows ahead).");
        }

        lastWindowGiven = window;
        return CodeOf(window);
    }

    /// <summary>The code given last, once more: what a replay of an intercepted code sends.</summary>
    public string SameCodeAgain() => CodeOf(lastWindowGiven);

    private string CodeOf(long window) =>
        new Totp(Base32Encoding.ToBytes(Key)).ComputeTotp(DateTimeOffset.FromUnixTimeSeconds(window * WindowSeconds).UtcDateTime);

    /// <summary>A code of a window long gone, which no server accepts.</summary>
    public string OldCode() => new Totp(Base32Encoding.ToBytes(Key)).ComputeTotp(DateTime.UtcNow.AddHours(-1));

    /// <summary>Reads the key as the set-up page shows it (groups of four letters).</summary>
    public static Authenticator From(IHtmlDocument setUpPage) =>
        new(setUpPage.QuerySelector("code.key")!.TextContent.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant());

    /// <summary>Sets up two-factor sign-in for the client's account; returns the app and the ten recovery codes shown once.</summary>
    public static async Task<(Authenticator App, IReadOnlyList<string> RecoveryCodes)> SetUpAsync(HttpClient client)
    {
        var page = await client.GetDocumentAsync(SetUpPage);
        var app = From(page);
        using var enabled = await HtmlForm.Read(page).Set("Input.Code", app.Code()).SubmitAsync(client);
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        var codes = (await enabled.ReadDocumentAsync()).QuerySelectorAll(".recovery-codes code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, codes.Count);
        return (app, codes);
    }
}

public static class TwoFactorSignIn
{
    /// <summary>Password, then (when the server asks for it) the code: the response of the last step.</summary>
    public static async Task<HttpResponseMessage> SignInWithCodeAsync(this HttpClient client, string email, string code)
    {
        using var password = await client.SignInAsync(email, NewsroomFactory.Password);
        Assert.Equal("/admin/login/code", password.Headers.Location?.OriginalString.Split('?')[0]);
        var page = await client.GetDocumentAsync(password.Headers.Location!.OriginalString);
        return await HtmlForm.Read(page).Set("Input.Code", code).SubmitAsync(client);
    }
}
