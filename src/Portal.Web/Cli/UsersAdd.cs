using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Portal.Web.Areas.Admin;
using Portal.Web.Infrastructure;

namespace Portal.Web.Cli;

/// <summary><c>users add EMAIL --role Editor|Admin</c>: creates an account, creating and migrating the database if needed.</summary>
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

        // The same services as the web app, so that the account lands in the same database with the same rules.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = configuration });
        builder.Logging.ClearProviders();
        builder.Services.AddPortalData(builder.Configuration, builder.Environment);
        builder.Services.AddPortalAdmin(builder.Configuration, builder.Environment);
        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await MigrateAsync(services);

        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(role))
        {
            Check(await roles.CreateAsync(new IdentityRole(role)), email);
        }

        var users = services.GetRequiredService<UserManager<IdentityUser>>();
        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        Check(await users.CreateAsync(user, password), email);
        Check(await users.AddToRoleAsync(user, role), email);
        await console.Out.WriteLineAsync($"Created the account {email} with the role {role}.");
    }

    /// <summary>The same migration as the site's start-up, so that the two never migrate at once nor wait on a killed one.</summary>
    private static async Task MigrateAsync(IServiceProvider services)
    {
        try
        {
            await services.GetRequiredService<DatabaseMigration>().MigrateAsync(CancellationToken.None);
        }
        catch (OptionsValidationException e)
        {
            throw new CommandException(e.Message);
        }
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
