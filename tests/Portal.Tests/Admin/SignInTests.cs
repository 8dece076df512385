using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

public sealed class SignInTests(NewsroomFactory factory) : SignInTestsOn<NewsroomFactory>(factory);

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class SignInOnPostgreSqlTests(PostgreSqlNewsroomFactory factory) : SignInTestsOn<PostgreSqlNewsroomFactory>(factory);

public abstract class SignInTestsOn<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : NewsroomFactory
{
    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/news/new")]
    [InlineData("/admin/news/1/edit")]
    [InlineData("/admin/news/1/revisions")]
    [InlineData("/admin/news/1/delete")]
    public async Task Anonymous_requests_are_sent_to_the_sign_in_page(string path)
    {
        var client = await factory.ReadyClientAsync();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/login?ReturnUrl=", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_editor_signs_in_reaches_the_news_list_and_signs_out()
    {
        var email = await factory.CreateEditorAsync();
        var client = await factory.ReadyClientAsync();

        using var signIn = await client.SignInAsync(email, NewsroomFactory.Password);
        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("portal-admin=", StringComparison.Ordinal));
        var list = await client.GetDocumentAsync("/admin");
        var signOut = HtmlForm.Read(list, "form.sign-out");
        using var signedOut = await signOut.SubmitAsync(client);
        using var afterwards = await client.GetAsync("/admin");

        Assert.Equal("/admin", signIn.Headers.Location!.OriginalString);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(email, list.QuerySelector("form.sign-out")!.TextContent);
        Assert.NotNull(list.QuerySelector("a[href='/admin/news/new']"));
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message_next_to_the_form()
    {
        var email = await factory.CreateEditorAsync();
        var client = await factory.ReadyClientAsync();

        using var response = await client.SignInAsync(email, "Wrong-Password-99");
        var page = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("e-mail address or the password is wrong", page.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal(email, ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("input[name='Input.Email']")!).Value);
        Assert.Empty(((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("input[name='Input.Password']")!).Value);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var client = await factory.EditorClientAsync();
        var form = await client.NewItemFormAsync("no-token").ContinueWith(t => t.Result.Without("__RequestVerificationToken"));

        using var publish = await form.SubmitAsync(client, "Publish");
        using var signIn = await new HttpClient(factory.Server.CreateHandler()) { BaseAddress = factory.Server.BaseAddress }
            .PostAsync("/admin/login", new FormUrlEncodedContent([new("Input.Email", "a@example.org"), new("Input.Password", "x")]));

        Assert.Equal(HttpStatusCode.BadRequest, publish.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        Assert.False(await factory.WithDbAsync(db => Task.FromResult(db.News.Any(n => n.Slug == "no-token"))));
    }

    [Fact]
    public async Task An_account_without_a_role_may_not_use_the_newsroom()
    {
        var email = await factory.CreateEditorAsync(role: null);
        var client = await factory.ReadyClientAsync();
        await client.SignInAsync(email, NewsroomFactory.Password);

        using var response = await client.GetAsync("/admin");

        using var denied = await client.GetAsync(response.Headers.Location);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/denied?", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
    }
}

public sealed class SignInRateLimitTests(SignInRateLimitTests.NewsroomAllowingThreeSignInsAMinute factory)
    : IClassFixture<SignInRateLimitTests.NewsroomAllowingThreeSignInsAMinute>
{
    public sealed class NewsroomAllowingThreeSignInsAMinute : NewsroomFactory
    {
        protected override int SignInAttemptsPerMinute => 3;
    }

    [Fact]
    public async Task Too_many_sign_in_attempts_from_one_client_get_429()
    {
        var client = await factory.ReadyClientAsync();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var allowed = await client.SignInAsync("nobody@example.org", "Wrong-Password-99");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await client.SignInAsync("nobody@example.org", "Wrong-Password-99");
        var page = await refused.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Too many attempts", page.QuerySelector("h1")!.TextContent);
        Assert.True(refused.Headers.Contains("Retry-After"));
    }
}
