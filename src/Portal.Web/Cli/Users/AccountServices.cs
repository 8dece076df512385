using Microsoft.Extensions.Options;
using Portal.Web.Areas.Admin;
using Portal.Web.Infrastructure;

namespace Portal.Web.Cli.Users;

/// <summary>
/// The web app's own services for the account commands, so that an account lands in the same database under the same
/// rules, and the database migrated as at start-up (never twice at once, never waiting on a killed migration).
/// </summary>
public static class AccountServices
{
    public static async Task<WebApplication> OpenAsync(string[] configuration)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = configuration });
        builder.Logging.ClearProviders();
        builder.Services.AddPortalData(builder.Configuration, builder.Environment);
        builder.Services.AddPortalAdmin(builder.Configuration, builder.Environment);
        var app = builder.Build();
        try
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseMigration>().MigrateAsync(CancellationToken.None);
            return app;
        }
        catch (OptionsValidationException e)
        {
            await app.DisposeAsync();
            throw new CommandException(e.Message);
        }
    }
}
