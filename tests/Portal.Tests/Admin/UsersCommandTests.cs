using System.Net;
using Portal.Tests.Cli;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

/// <summary><c>users add</c>, run as the built app is run: <c>dotnet Portal.Web.dll users add ...</c>.</summary>
public sealed class UsersCommandTests : IDisposable
{
    private const string StrongPassword = "Correct-Horse-77";
    private readonly NewsroomFactory factory = new();

    [Fact]
    public async Task Users_add_creates_an_account_that_can_sign_in()
    {
        var result = await RunAsync(StrongPassword, "users", "add", "new.editor@example.org", "--role", "Editor");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Created the account new.editor@example.org with the role Editor", result.Output);
        var client = await factory.ReadyClientAsync();
        using var signIn = await client.SignInAsync("new.editor@example.org", StrongPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task A_second_account_with_the_same_email_is_refused()
    {
        await RunAsync(StrongPassword, "users", "add", "twice@example.org", "--role", "Admin");

        var result = await RunAsync(StrongPassword, "users", "add", "twice@example.org", "--role", "Editor");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("There is already an account with the address twice@example.org", result.Errors);
    }

    [Theory]
    [InlineData("short", "at least 12 characters")]
    [InlineData("longbutnodigitsorcapitals", "must contain a digit")]
    public async Task A_weak_password_is_refused(string password, string message)
    {
        var result = await RunAsync(password, "users", "add", "weak@example.org", "--role", "Editor");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Errors);
        Assert.Contains("was not created", result.Errors);
    }

    [Fact]
    public async Task An_unknown_role_is_refused()
    {
        var result = await RunAsync(StrongPassword, "users", "add", "boss@example.org", "--role", "Boss");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Unknown role 'Boss'. Choose one of: Editor, Admin.", result.Errors);
    }

    [Fact]
    public async Task A_missing_password_and_a_malformed_address_are_refused()
    {
        var noPassword = await RunAsync(null, "users", "add", "nopass@example.org", "--role", "Editor");
        var notAnAddress = await RunAsync(StrongPassword, "users", "add", "not-an-address", "--role", "Editor");
        var notUnderstood = await RunAsync(StrongPassword, "users", "add", "x@example.org");

        Assert.Equal(1, noPassword.ExitCode);
        Assert.Contains("No password given: set PORTAL_PASSWORD", noPassword.Errors);
        Assert.Equal(1, notAnAddress.ExitCode);
        Assert.Contains("'not-an-address' is not an e-mail address", notAnAddress.Errors);
        Assert.Equal(2, notUnderstood.ExitCode);
        Assert.Contains("Usage:", notUnderstood.Errors);
    }

    [Fact]
    public async Task Users_reset_2fa_makes_an_admin_set_up_a_new_authenticator_and_disable_stops_an_account()
    {
        var adminEmail = await factory.CreateEditorAsync("Admin");
        var admin = await factory.ReadyClientAsync();
        (await admin.SignInAsync(adminEmail, StrongPassword)).Dispose();
        var (oldApp, _) = await Accounts.Authenticator.SetUpAsync(admin);
        // A sign-in with the next window's code: the old key's last code taken is ahead of the present window.
        using (var withCode = await Accounts.TwoFactorSignIn.SignInWithCodeAsync(await factory.ReadyClientAsync(), adminEmail, oldApp.Code()))
        {
            Assert.Equal("/admin", withCode.Headers.Location?.OriginalString);
        }

        var editorEmail = await factory.CreateEditorAsync();

        var reset = await RunAsync(null, "users", "reset-2fa", adminEmail);
        var disabled = await RunAsync(null, "users", "disable", editorEmail);

        Assert.Equal(0, reset.ExitCode);
        Assert.Contains($"{adminEmail}: Two-factor sign-in reset", reset.Output);
        Assert.Equal(0, disabled.ExitCode);
        Assert.Contains($"{editorEmail}: Disabled", disabled.Output);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.GetAsync("/admin")).StatusCode); // its session ended
        var again = await factory.ReadyClientAsync();
        using var signIn = await again.SignInAsync(adminEmail, StrongPassword);
        Assert.Equal(Accounts.Authenticator.SetUpPage, signIn.Headers.Location?.OriginalString);
        using var refused = await again.SignInAsync(editorEmail, StrongPassword);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var audit = await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.AuditEntries.Where(e => e.Actor == "command line").Select(e => e.Action.ToString() + " " + e.Subject)));
        Assert.Equal([$"TwoFactorReset {adminEmail}", $"AccountDisabled {editorEmail}"], audit);

        // The new key's first code is taken, though the old key's code of a later window was taken before the reset.
        var settingUp = await factory.ReadyClientAsync();
        (await settingUp.SignInAsync(adminEmail, StrongPassword)).Dispose();
        await Accounts.Authenticator.SetUpAsync(settingUp);
        Assert.Equal(HttpStatusCode.OK, (await settingUp.GetAsync("/admin/news/new")).StatusCode);
    }

    [Fact]
    public async Task Users_disable_refuses_the_last_admin_and_an_unknown_account()
    {
        var adminEmail = await factory.CreateEditorAsync("Admin");

        var last = await RunAsync(null, "users", "disable", adminEmail);
        var unknown = await RunAsync(null, "users", "enable", "nobody@example.org");

        Assert.Equal(1, last.ExitCode);
        Assert.Contains("is the last enabled Admin account", last.Errors);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("There is no account nobody@example.org.", unknown.Errors);
    }

    public void Dispose() => factory.Dispose();

    /// <summary>Runs the built app with <paramref name="arguments"/>, the password in PORTAL_PASSWORD, on the factory's database.</summary>
    private Task<PortalCli.Result> RunAsync(string? password, params string[] arguments) =>
        PortalCli.RunWithPasswordAsync(password, factory.Folder, factory.DatabasePath, arguments);
}
