using Microsoft.AspNetCore.Identity;
using Portal.Web.Areas.Admin.Accounts;
using Portal.Web.Areas.Admin.Audit;

namespace Portal.Web.Cli.Users;

/// <summary>
/// <c>users reset-2fa EMAIL</c>, <c>users disable EMAIL</c>, <c>users enable EMAIL</c>: recovery on the server, for when no
/// administrator can sign in (a lost phone and lost recovery codes) or an account must be stopped at once.
/// </summary>
public static class UsersChange
{
    public static readonly IReadOnlyList<string> Changes = ["reset-2fa", "disable", "enable"];

    public static async Task RunAsync(string change, string email, string[] configuration, CommandConsole console)
    {
        await using var app = await AccountServices.OpenAsync(configuration);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var changes = scope.ServiceProvider.GetRequiredService<AccountChanges>();
        var user = await users.FindByEmailAsync(email) ?? throw new CommandException($"There is no account {email}.");

        var (refusal, done) = change switch
        {
            "reset-2fa" => (await ResetAsync(changes, user), "Two-factor sign-in reset: the account sets it up again at its next sign-in."),
            "disable" => (await changes.DisableAsync(user, AuditTrail.CommandLine), "Disabled: its sessions have ended."),
            _ => (await changes.EnableAsync(user, AuditTrail.CommandLine), "Enabled."),
        };
        if (refusal == AccountRefusal.LastAdmin)
        {
            throw new CommandException($"{email} is the last enabled Admin account: add or enable another Admin first.");
        }

        if (refusal != AccountRefusal.None)
        {
            throw new CommandException($"The account {email} was not changed.");
        }

        await console.Out.WriteLineAsync($"{email}: {done}");
    }

    private static async Task<AccountRefusal> ResetAsync(AccountChanges changes, IdentityUser user)
    {
        await changes.ResetTwoFactorAsync(user, AuditTrail.CommandLine);
        return AccountRefusal.None;
    }
}
