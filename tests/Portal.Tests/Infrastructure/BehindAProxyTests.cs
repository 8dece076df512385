using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Admin;

namespace Portal.Tests.Infrastructure;

/// <summary>The normal deployment: TLS ends at a proxy on the same machine, which says so in X-Forwarded-Proto.</summary>
public sealed class BehindAProxyTests(BehindAProxyTests.Factory factory) : IClassFixture<BehindAProxyTests.Factory>
{
    public sealed class Factory : NewsroomFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Portal:PublicBaseUrl", "https://belarus.example.org");
            builder.UseSetting("Portal:SecurityTxt:Contact:0", "mailto:security@belarus.example.org");
            builder.UseSetting("Portal:SecurityTxt:Expires", "2030-01-01T00:00:00Z");
        }
    }

    [Fact]
    public async Task Over_https_at_the_proxy_every_cookie_is_secure_and_browsers_are_told_to_stay_on_https()
    {
        var email = await factory.CreateEditorAsync();
        await factory.WhenReadyAsync();
        // Cookies by hand: a client's cookie jar would not send a Secure cookie back to the test server's http address.
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.DefaultRequestHeaders.Host = "belarus.example.org";

        using var form = await client.GetAsync("/admin/login");
        var antiforgery = Assert.Single(form.Headers.GetValues("Set-Cookie"));
        var token = (await form.ReadDocumentAsync()).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/admin/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = email, ["Input.Password"] = NewsroomFactory.Password, ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("Cookie", antiforgery[..antiforgery.IndexOf(';', StringComparison.Ordinal)]);
        using var signIn = await client.SendAsync(post);

        Assert.Contains("max-age=", string.Join(",", form.Headers.GetValues("Strict-Transport-Security")));
        Assert.StartsWith(".AspNetCore.Antiforgery", antiforgery, StringComparison.Ordinal);
        Assert.Contains("; secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var session = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("portal-admin=", StringComparison.Ordinal));
        Assert.Contains("; secure", session, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Security_txt_says_whom_to_tell_until_when_in_which_languages()
    {
        var client = await factory.ReadyClientAsync();

        var text = await client.GetStringAsync("/.well-known/security.txt");

        Assert.Equal(
            """
            Contact: mailto:security@belarus.example.org
            Expires: 2030-01-01T00:00:00Z
            Preferred-Languages: en, fr, ru, be
            Canonical: https://belarus.example.org/.well-known/security.txt

            """.ReplaceLineEndings("\n"),
            text);
    }
}

/// <summary>A client that says it came over https, through no proxy the app knows.</summary>
public sealed class UnknownProxyTests(UnknownProxyTests.Factory factory) : IClassFixture<UnknownProxyTests.Factory>
{
    public sealed class Factory : NewsroomFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Portal:Proxy:KnownProxies:0", "192.0.2.1");
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new DirectClient()));
        }
    }

    /// <summary>The test server has no connection: this one comes straight from the client's own address.</summary>
    private sealed class DirectClient : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse("198.51.100.1");
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    [Fact]
    public async Task A_client_that_claims_https_itself_is_not_believed()
    {
        var client = await factory.ReadyClientAsync();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.9");
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.DefaultRequestHeaders.Host = "belarus.example.org";

        using var form = await client.GetAsync("/admin/login");

        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.False(form.Headers.Contains("Strict-Transport-Security"));
        Assert.All(form.Headers.GetValues("Set-Cookie"), cookie => Assert.DoesNotContain("; secure", cookie, StringComparison.OrdinalIgnoreCase));
    }
}
