using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Web.Data;

namespace Portal.Tests.Admin.Accounts;

public sealed class AccountManagementTests(NewsroomFactory factory) : AccountManagementTestsOn<NewsroomFactory>(factory);

/// <summary>The same tests on PostgreSQL (Identity's tables, the hashed recovery codes, the audit trail there).</summary>
public sealed class AccountManagementOnPostgreSqlTests(PostgreSqlNewsroomFactory factory) : AccountManagementTestsOn<PostgreSqlNewsroomFactory>(factory);

/// <summary>Accounts managed in the newsroom by administrators, with one-time set-up links instead of passwords sent anywhere.</summary>
public abstract class AccountManagementTestsOn<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : NewsroomFactory
{
    private const string NewPassword = "Another-Horse-88";

    [Fact]
    public async Task An_account_added_with_a_link_sets_its_own_password_once_and_signs_in()
    {
        var admin = await AdminClient.SignInAsync(factory);
        var email = $"new-{Guid.NewGuid():N}@example.org";

        var link = new Uri(await admin.AddAccountAsync(email, "Editor"));
        var owner = await factory.ReadyClientAsync();
        var setUp = await owner.GetDocumentAsync(link.PathAndQuery);
        using var saved = await HtmlForm.Read(setUp).Set("Input.NewPassword", NewPassword).Set("Input.ConfirmPassword", NewPassword).SubmitAsync(owner);
        using var reused = await owner.GetAsync(link.PathAndQuery);

        Assert.Contains(email, setUp.QuerySelector("main")!.TextContent);
        Assert.Equal("/admin/login?setUp=True", saved.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.Contains("This set-up link no longer works", (await reused.ReadDocumentAsync()).QuerySelector("[role=alert]")!.TextContent);
        using var signIn = await owner.SignInAsync(email, NewPassword);
        Assert.Equal("/admin", signIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_link_with_a_wrong_code_or_for_nobody_is_refused_and_sets_nothing()
    {
        var admin = await AdminClient.SignInAsync(factory);
        var email = $"new-{Guid.NewGuid():N}@example.org";
        var link = new Uri(await admin.AddAccountAsync(email, "Editor"));
        var stranger = await factory.ReadyClientAsync();

        using var wrongCode = await stranger.GetAsync(link.AbsolutePath + "?code=" + Uri.EscapeDataString("CfDJ8" + new string('A', 100)));
        using var noCode = await stranger.GetAsync(link.AbsolutePath);
        using var nobody = await stranger.GetAsync("/admin/setup/no-such-account" + link.Query);

        Assert.All([wrongCode, noCode, nobody], response => Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode));
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        Assert.False(await users.HasPasswordAsync((await users.FindByEmailAsync(email))!));
    }

    [Fact]
    public async Task A_newer_link_replaces_the_earlier_one()
    {
        var admin = await AdminClient.SignInAsync(factory);
        var email = $"new-{Guid.NewGuid():N}@example.org";
        var first = new Uri(await admin.AddAccountAsync(email, "Editor"));

        var page = await admin.ChangeAsync(await AdminClient.IdOfAsync(factory, email), "NewLink");
        var second = new Uri(page.QuerySelector("code.set-up-link")!.TextContent);

        var owner = await factory.ReadyClientAsync();
        using var old = await owner.GetAsync(first.PathAndQuery);
        Assert.Equal(HttpStatusCode.BadRequest, old.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync(second.PathAndQuery)).StatusCode);
    }

    [Fact]
    public async Task Disabling_an_account_ends_its_sessions_at_once_and_refuses_its_password()
    {
        var admin = await AdminClient.SignInAsync(factory);
        var email = await factory.CreateEditorAsync();
        var editor = await factory.ReadyClientAsync();
        (await editor.SignInAsync(email, NewsroomFactory.Password)).Dispose();
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin")).StatusCode);

        var page = await admin.ChangeAsync(await AdminClient.IdOfAsync(factory, email), "Disable");

        Assert.Contains("The account is disabled", page.QuerySelector("[role=status]")!.TextContent);
        using var next = await editor.GetAsync("/admin");
        Assert.Equal("/admin/login", next.Headers.Location?.OriginalString.Split('?')[0]);
        using var again = await editor.SignInAsync(email, NewsroomFactory.Password);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("Signing in failed", (await again.ReadDocumentAsync()).QuerySelector(".error-summary")!.TextContent);

        await admin.ChangeAsync(await AdminClient.IdOfAsync(factory, email), "Enable");
        using var enabled = await editor.SignInAsync(email, NewsroomFactory.Password);
        Assert.Equal("/admin", enabled.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_editor_made_admin_must_set_up_two_factor_sign_in_at_the_next_request()
    {
        var admin = await AdminClient.SignInAsync(factory);
        var email = await factory.CreateEditorAsync();
        var editor = await factory.ReadyClientAsync();
        (await editor.SignInAsync(email, NewsroomFactory.Password)).Dispose();

        var page = await admin.ChangeAsync(await AdminClient.IdOfAsync(factory, email), "Role", "Admin");

        Assert.Contains("The role has been changed", page.QuerySelector("[role=status]")!.TextContent);
        using var next = await editor.GetAsync("/admin");
        Assert.Equal(Authenticator.SetUpPage, next.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_last_admin_can_be_neither_demoted_nor_disabled_and_nobody_disables_their_own_account()
    {
        var lone = new EmptyNewsroomFactory();
        await using var _ = lone;
        var admin = await AdminClient.SignInAsync(lone);
        var otherEmail = await lone.CreateEditorAsync("Admin");
        var ownId = await AdminClient.IdOfAsync(lone, admin.Email);
        var otherId = await AdminClient.IdOfAsync(lone, otherEmail);

        var ownDisable = await admin.ChangeAsync(ownId, "Disable");
        await admin.ChangeAsync(otherId, "Disable");
        var demote = await admin.ChangeAsync(ownId, "Role", "Editor");

        Assert.Contains("you cannot disable your own account", ownDisable.QuerySelector(".error-summary")!.TextContent);
        Assert.Contains("the last enabled Admin account", demote.QuerySelector(".error-summary")!.TextContent);
        await using var scope = lone.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        Assert.True(await users.IsInRoleAsync((await users.FindByIdAsync(ownId))!, "Admin"));
    }

    [Fact]
    public async Task An_editor_reaches_no_account_page_but_their_own_and_changes_nothing_by_posting()
    {
        var admin = await AdminClient.SignInAsync(factory);
        var editor = await factory.EditorClientAsync();
        var adminId = await AdminClient.IdOfAsync(factory, admin.Email);

        foreach (var page in new[] { "/admin/accounts", "/admin/accounts/new", $"/admin/accounts/{adminId}", "/admin/audit" })
        {
            using var response = await editor.GetAsync(page);
            Assert.Equal("/admin/denied", response.Headers.Location?.OriginalString.Split('?')[0]);
        }

        // The editor's own valid antiforgery token, sent to another account's "disable" button.
        var token = (await editor.GetDocumentAsync("/admin/account")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var post = await editor.PostAsync($"/admin/accounts/{adminId}?handler=Disable",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal("/admin/denied", post.Headers.Location?.OriginalString.Split('?')[0]);
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Id == adminId && u.LockoutEnd != null)));
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin/account")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_account_is_a_404_for_an_admin()
    {
        var admin = await AdminClient.SignInAsync(factory);

        using var response = await admin.Client.GetAsync("/admin/accounts/no-such-account");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task An_editor_changes_their_own_password_and_sees_their_sign_ins()
    {
        var email = await factory.CreateEditorAsync();
        var client = await factory.ReadyClientAsync();
        (await client.SignInAsync(email, "wrong-password-1")).Dispose();
        (await client.SignInAsync(email, NewsroomFactory.Password)).Dispose();
        var other = await factory.ReadyClientAsync();
        (await other.SignInAsync(email, NewsroomFactory.Password)).Dispose();

        var form = HtmlForm.Read(await client.GetDocumentAsync("/admin/account"));
        using var changed = await form.Set("Input.CurrentPassword", NewsroomFactory.Password)
            .Set("Input.NewPassword", NewPassword).Set("Input.ConfirmPassword", NewPassword).SubmitAsync(client);
        var page = await changed.ReadDocumentAsync();

        Assert.Contains("Your password has been changed", page.QuerySelector("[role=status]")!.TextContent);
        var rows = page.QuerySelectorAll("main table tbody tr").Select(r => r.Children[1].TextContent).ToList();
        Assert.Equal(["signed in", "signed in", "sign-in failed"], rows);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
        using var otherSession = await other.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, otherSession.StatusCode);
    }

    [Fact]
    public async Task A_wrong_current_password_or_a_weak_new_one_is_refused_in_the_editors_language()
    {
        var client = await factory.EditorClientAsync();
        var form = HtmlForm.Read(await client.GetDocumentAsync("/admin/account"));
        form.Set("Input.CurrentPassword", "not-my-password").Set("Input.NewPassword", NewPassword).Set("Input.ConfirmPassword", NewPassword);
        using var wrong = await form.SubmitAsync(client);

        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var weakForm = HtmlForm.Read(await client.GetDocumentAsync("/admin/account"));
        weakForm.Set("Input.CurrentPassword", NewsroomFactory.Password).Set("Input.NewPassword", "short").Set("Input.ConfirmPassword", "short");
        using var weak = await weakForm.SubmitAsync(client);

        Assert.Contains("The current password is wrong", (await wrong.ReadDocumentAsync()).QuerySelector("#current-error")!.TextContent);
        Assert.Contains("au moins 12 caractères", (await weak.ReadDocumentAsync()).QuerySelector("#new-error")!.TextContent);
    }
}

/// <summary>A newsroom of its own, so that a test can count on being the only administrator.</summary>
public sealed class EmptyNewsroomFactory : NewsroomFactory;
