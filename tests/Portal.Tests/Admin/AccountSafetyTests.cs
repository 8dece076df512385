using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

/// <summary>What an outsider learns from the sign-in form, and what a stolen or old cookie is worth.</summary>
public sealed class AccountSafetyTests(AccountSafetyTests.Factory factory) : IClassFixture<AccountSafetyTests.Factory>
{
    /// <summary>The newsroom with its password checks counted.</summary>
    public sealed class Factory : NewsroomFactory
    {
        public CountingPasswordHasher Hasher { get; } = new();

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IPasswordHasher<IdentityUser>>(Hasher));
        }
    }

    public sealed class CountingPasswordHasher : IPasswordHasher<IdentityUser>
    {
        private readonly PasswordHasher<IdentityUser> hasher = new();
        private int checks;

        public int Checks => checks;

        public string HashPassword(IdentityUser user, string password) => hasher.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(IdentityUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref checks);
            return hasher.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    [Fact]
    public async Task Five_wrong_passwords_from_one_client_block_that_client_but_not_the_editor_elsewhere()
    {
        var email = await factory.CreateEditorAsync();
        var attacker = await ClientFromAsync("203.0.113.7");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await attacker.SignInAsync(email, "Wrong-Password-99");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var rightFromAttacker = await attacker.SignInAsync(email, NewsroomFactory.Password);
        var editor = await ClientFromAsync("198.51.100.9");
        using var rightFromEditor = await editor.SignInAsync(email, NewsroomFactory.Password);

        Assert.Equal(HttpStatusCode.OK, rightFromAttacker.StatusCode);
        Assert.Contains("blocked for 15 minutes", (await rightFromAttacker.ReadDocumentAsync()).QuerySelector(".error-summary")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, rightFromEditor.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_and_the_same_password_check_as_a_known_one()
    {
        var email = await factory.CreateEditorAsync();
        var client = await ClientFromAsync("192.0.2.44");

        var before = factory.Hasher.Checks;
        using var known = await client.SignInAsync(email, "Wrong-Password-99");
        var afterKnown = factory.Hasher.Checks;
        using var unknown = await client.SignInAsync("nobody-" + email, "Wrong-Password-99");
        var afterUnknown = factory.Hasher.Checks;

        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Equal(
            (await known.ReadDocumentAsync()).QuerySelector(".error-summary")!.TextContent,
            (await unknown.ReadDocumentAsync()).QuerySelector(".error-summary")!.TextContent);
        Assert.Equal(1, afterKnown - before);
        Assert.Equal(1, afterUnknown - afterKnown);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_even_for_a_copy_of_the_cookie()
    {
        var email = await factory.CreateEditorAsync();
        var client = await ClientFromAsync("192.0.2.45");
        using var signIn = await client.SignInAsync(email, NewsroomFactory.Password);
        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("portal-admin=", StringComparison.Ordinal));
        var copy = cookie[..cookie.IndexOf(';', StringComparison.Ordinal)];

        var list = await client.GetDocumentAsync("/admin");
        using var signedOut = await HtmlForm.Read(list, "form.sign-out").SubmitAsync(client);
        var thief = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = false,
        });
        using var replay = new HttpRequestMessage(HttpMethod.Get, "/admin");
        replay.Headers.Add("Cookie", copy);
        using var replayed = await thief.SendAsync(replay);

        Assert.Contains("path=/admin", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.StartsWith("/admin/login", replayed.Headers.Location!.OriginalString);
    }

    /// <summary>A client behind the (loopback) proxy the app trusts, which tells the app the client's own address.</summary>
    private async Task<HttpClient> ClientFromAsync(string address)
    {
        var client = await factory.ReadyClientAsync();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }
}
