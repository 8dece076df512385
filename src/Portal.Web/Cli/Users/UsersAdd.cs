using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Portal.Web.Areas.Admin;
using Portal.Web.Areas.Admin.Audit;
using Portal.Web.Data;

namespace Portal.Web.Cli.Users;

/// <summary><c>users add EMAIL --role Editor|Admin</c>: creates an account (the first one, say), creating and migrating the database if needed.</summary>
public static class UsersAdd
{
    public static async Task RunAsync(string email, string roleName, string[] configuration, CommandConsole console)
    {
        var role = Roles.Find(roleName)
            ?? throw new CommandException($"Unknown role '{roleName}'. Choose one of: {string.Join(", ", Roles.All)}.");
        if (!new EmailAddressAttribute().IsValid(email))
        {
            throw new CommandException($"'{email}' is not an e-mail address.");
        }

        var password = console.ReadPassword();
        if (string.IsNullOrEmpty(password))
        {
            throw new CommandException($"No password given: set {CommandConsole.PasswordVariable} or type one when asked.");
        }

        await using var app = await AccountServices.OpenAsync(configuration);
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(role))
        {
            Check(await roles.CreateAsync(new IdentityRole(role)), email);
        }

        var users = services.GetRequiredService<UserManager<IdentityUser>>();
        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        Check(await users.CreateAsync(user, password), email);
        Check(await users.AddToRoleAsync(user, role), email);
        await services.GetRequiredService<AuditTrail>().RecordAsync(AuditAction.AccountCreated, AuditTrail.CommandLine, email, role);
        await console.Out.WriteLineAsync($"Created the account {email} with the role {role}.");
    }

    private static void Check(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new CommandException($"The account {email} was not created:{Environment.NewLine}  "
                + string.Join(Environment.NewLine + "  ", result.Errors.Select(e => e.Description)));
        }
    }
}
