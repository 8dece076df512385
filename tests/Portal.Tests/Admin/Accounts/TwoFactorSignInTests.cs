using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Infrastructure;
using Portal.Web.Data;

namespace Portal.Tests.Admin.Accounts;

public sealed class TwoFactorSignInTests(NewsroomFactory factory) : TwoFactorSignInTestsOn<NewsroomFactory>(factory);

/// <summary>The same tests on PostgreSQL (Identity's tables, the hashed recovery codes, the audit trail there).</summary>
public sealed class TwoFactorSignInOnPostgreSqlTests(PostgreSqlNewsroomFactory factory) : TwoFactorSignInTestsOn<PostgreSqlNewsroomFactory>(factory);

/// <summary>Two-factor sign-in with an authenticator app, required for administrators.</summary>
public abstract class TwoFactorSignInTestsOn<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : NewsroomFactory
{
    [Fact]
    public async Task An_admin_without_two_factor_sign_in_is_sent_to_set_it_up_and_can_open_nothing_else()
    {
        var email = await factory.CreateEditorAsync("Admin");
        var client = await factory.ReadyClientAsync();

        using var signIn = await client.SignInAsync(email, NewsroomFactory.Password);

        Assert.Equal(Authenticator.SetUpPage, signIn.Headers.Location?.OriginalString);
        foreach (var page in new[] { "/admin", "/admin/news/new", "/admin/accounts", "/admin/audit", "/admin/account" })
        {
            using var response = await client.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(Authenticator.SetUpPage, response.Headers.Location?.OriginalString);
        }

        var setUp = await client.GetDocumentAsync(Authenticator.SetUpPage);
        Assert.NotNull(setUp.QuerySelector("svg.qr-code path[d^='M']"));
        Assert.Null(setUp.QuerySelector("svg [style]"));
        Assert.Matches("^([a-z2-7]{4} )+[a-z2-7]{1,4}$", setUp.QuerySelector("code.key")!.TextContent);
    }

    [Fact]
    public async Task With_a_code_from_the_shown_key_the_admin_turns_it_on_and_then_signs_in_with_password_and_code()
    {
        var email = await factory.CreateEditorAsync("Admin");
        var first = await factory.ReadyClientAsync();
        (await first.SignInAsync(email, NewsroomFactory.Password)).Dispose();

        var (app, codes) = await Authenticator.SetUpAsync(first);

        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/admin/news/new")).StatusCode);
        Assert.Equal(10, codes.Distinct().Count());
        var second = await factory.ReadyClientAsync();
        using var signedIn = await second.SignInWithCodeAsync(email, app.Code());
        Assert.Equal("/admin", signedIn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/admin/accounts")).StatusCode);
        Assert.DoesNotContain(signedIn.Headers.GetValues("Set-Cookie"), cookie => cookie.Contains("TwoFactorRememberMe", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_password_alone_does_not_open_the_newsroom_of_an_account_with_two_factor_sign_in()
    {
        var email = await factory.CreateEditorAsync("Admin");
        var owner = await factory.ReadyClientAsync();
        (await owner.SignInAsync(email, NewsroomFactory.Password)).Dispose();
        var (app, _) = await Authenticator.SetUpAsync(owner);
        var thief = await factory.ReadyClientAsync();

        using var password = await thief.SignInAsync(email, NewsroomFactory.Password);
        using var wrongCode = await HtmlForm.Read(await thief.GetDocumentAsync("/admin/login/code"))
            .Set("Input.Code", app.OldCode()).SubmitAsync(thief);

        Assert.Equal(HttpStatusCode.OK, wrongCode.StatusCode);
        Assert.Contains("Code: this code is not right", (await wrongCode.ReadDocumentAsync()).QuerySelector("#code-error")!.TextContent);
        using var newsroom = await thief.GetAsync("/admin");
        Assert.Equal("/admin/login", newsroom.Headers.Location?.OriginalString.Split('?')[0]);
    }

    [Fact]
    public async Task An_authenticator_code_signs_in_once_and_the_same_code_sent_again_is_refused()
    {
        var email = await factory.CreateEditorAsync("Admin");
        var owner = await factory.ReadyClientAsync();
        (await owner.SignInAsync(email, NewsroomFactory.Password)).Dispose();
        var (app, _) = await Authenticator.SetUpAsync(owner);
        var editor = await factory.ReadyClientAsync();
        var attacker = await factory.ReadyClientAsync();

        using var signedIn = await editor.SignInWithCodeAsync(email, app.Code());
        using var replayed = await attacker.SignInWithCodeAsync(email, app.SameCodeAgain());

        Assert.Equal("/admin", signedIn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Contains("or it has been used already", (await replayed.ReadDocumentAsync()).QuerySelector("#code-error")!.TextContent);
        using var newsroom = await attacker.GetAsync("/admin");
        Assert.Equal("/admin/login", newsroom.Headers.Location?.OriginalString.Split('?')[0]);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin/news/new")).StatusCode);
    }

    [Fact]
    public async Task Five_wrong_codes_lock_the_account_like_wrong_passwords_even_for_the_right_code()
    {
        var email = await factory.CreateEditorAsync("Admin");
        var owner = await factory.ReadyClientAsync();
        (await owner.SignInAsync(email, NewsroomFactory.Password)).Dispose();
        var (app, _) = await Authenticator.SetUpAsync(owner);
        var client = await factory.ReadyClientAsync();
        (await client.SignInAsync(email, NewsroomFactory.Password)).Dispose();

        for (var i = 0; i < 5; i++)
        {
            (await HtmlForm.Read(await client.GetDocumentAsync("/admin/login/code")).Set("Input.Code", app.OldCode()).SubmitAsync(client)).Dispose();
        }

        using var right = await HtmlForm.Read(await client.GetDocumentAsync("/admin/login/code")).Set("Input.Code", app.Code()).SubmitAsync(client);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("blocked for 15 minutes", (await right.ReadDocumentAsync()).Body!.TextContent);
        var entries = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.Actor == email).Select(e => e.Action).ToListAsync());
        Assert.Equal(4, entries.Count(a => a == AuditAction.TwoFactorFailed));
        Assert.Equal(2, entries.Count(a => a == AuditAction.LockedOut)); // the fifth wrong code, then the right one refused
        Assert.DoesNotContain(AuditAction.SignedIn, entries.Skip(1));
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once_and_is_not_kept_readable_in_the_database()
    {
        var email = await factory.CreateEditorAsync("Admin");
        var owner = await factory.ReadyClientAsync();
        (await owner.SignInAsync(email, NewsroomFactory.Password)).Dispose();
        var (_, codes) = await Authenticator.SetUpAsync(owner);

        var first = await factory.ReadyClientAsync();
        (await first.SignInAsync(email, NewsroomFactory.Password)).Dispose();
        using var used = await HtmlForm.Read(await first.GetDocumentAsync("/admin/login/recovery")).Set("Input.Code", codes[3]).SubmitAsync(first);
        var second = await factory.ReadyClientAsync();
        (await second.SignInAsync(email, NewsroomFactory.Password)).Dispose();
        using var again = await HtmlForm.Read(await second.GetDocumentAsync("/admin/login/recovery")).Set("Input.Code", codes[3]).SubmitAsync(second);

        Assert.Equal("/admin", used.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("it has been used already", (await again.ReadDocumentAsync()).Body!.TextContent);
        var stored = await factory.WithDbAsync(db => db.UserTokens.Select(t => t.Value).ToListAsync());
        Assert.DoesNotContain(stored, value => codes.Any(code => value?.Contains(code, StringComparison.OrdinalIgnoreCase) == true));
        Assert.Contains("9 recovery codes left", await factory.WithDbAsync(db =>
            db.AuditEntries.Where(e => e.Actor == email && e.Action == AuditAction.RecoveryCodeUsed).Select(e => e.Detail!).SingleAsync()));
    }

    [Fact]
    public async Task A_browser_remembered_after_a_code_signs_in_with_the_password_alone_and_no_other_does()
    {
        var email = await factory.CreateEditorAsync("Admin");
        var owner = await factory.ReadyClientAsync();
        (await owner.SignInAsync(email, NewsroomFactory.Password)).Dispose();
        var (app, _) = await Authenticator.SetUpAsync(owner);
        var laptop = await factory.ReadyClientAsync();
        (await laptop.SignInAsync(email, NewsroomFactory.Password)).Dispose();
        var code = HtmlForm.Read(await laptop.GetDocumentAsync("/admin/login/code")).Set("Input.Code", app.Code());
        ((AngleSharp.Html.Dom.IHtmlInputElement)code.Field("Input.RememberBrowser")).IsChecked = true;
        (await code.SubmitAsync(laptop)).Dispose();

        // Signing in again in that browser (as after its session cookie expired; signing out forgets it, see below).
        using var remembered = await laptop.SignInAsync(email, NewsroomFactory.Password);
        var other = await factory.ReadyClientAsync();
        using var notRemembered = await other.SignInAsync(email, NewsroomFactory.Password);

        Assert.Equal("/admin", remembered.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/admin/news/new")).StatusCode);
        Assert.StartsWith("/admin/login/code", notRemembered.Headers.Location?.OriginalString);
        (await HtmlForm.Read(await laptop.GetDocumentAsync("/admin"), "form.sign-out").SubmitAsync(laptop)).Dispose();
        using var afterSignOut = await laptop.SignInAsync(email, NewsroomFactory.Password);
        Assert.StartsWith("/admin/login/code", afterSignOut.Headers.Location?.OriginalString); // signing out ends every session, and the memory too
    }

    [Fact]
    public async Task An_editor_need_not_set_it_up_by_default()
    {
        var client = await factory.EditorClientAsync();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
    }
}

/// <summary>The app with <c>Admin:RequireTwoFactor=All</c>.</summary>
public sealed class EveryoneTwoFactorFactory : NewsroomFactory
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Admin:RequireTwoFactor", "All");
    }
}

public sealed class TwoFactorForEveryoneTests(EveryoneTwoFactorFactory factory) : IClassFixture<EveryoneTwoFactorFactory>
{
    [Fact]
    public async Task An_editor_must_set_it_up_and_then_signs_in_with_a_code()
    {
        var email = await factory.CreateEditorAsync();
        var client = await factory.ReadyClientAsync();

        using var signIn = await client.SignInAsync(email, NewsroomFactory.Password);
        using var newsroom = await client.GetAsync("/admin");
        var (app, _) = await Authenticator.SetUpAsync(client);
        var later = await factory.ReadyClientAsync();
        using var withCode = await later.SignInWithCodeAsync(email, app.Code());

        Assert.Equal(Authenticator.SetUpPage, signIn.Headers.Location?.OriginalString);
        Assert.Equal(Authenticator.SetUpPage, newsroom.Headers.Location?.OriginalString);
        Assert.Equal("/admin", withCode.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await later.GetAsync("/admin")).StatusCode);
    }
}
