using Portal.Web.Cli.Copy;
using Portal.Web.Cli.Export;

namespace Portal.Web.Cli;

/// <summary>The app's own commands, run instead of the web server when the first argument names one.</summary>
public static class PortalCommand
{
    public const string Usage = "Usage: Portal.Web users add EMAIL --role Editor|Admin [--ConnectionStrings:Portal=...]";

    public static bool IsCommand(string[] args) => args is ["users", ..] || ExportCommand.IsExport(args) || DatabaseCopyCommand.IsCopy(args);

    /// <summary>Runs the command; 0 when it did what it was asked, 1 when it refused, 2 when it was not understood.</summary>
    public static async Task<int> RunAsync(string[] args, CommandConsole console)
    {
        if (ExportCommand.IsExport(args))
        {
            return await ExportCommand.RunAsync(args, console);
        }

        if (DatabaseCopyCommand.IsCopy(args))
        {
            return await DatabaseCopyCommand.RunAsync(args, console);
        }

        if (args is not ["users", "add", var email, "--role", var role, .. var configuration] || email.StartsWith('-'))
        {
            await console.Error.WriteLineAsync(Usage);
            return 2;
        }

        try
        {
            await UsersAdd.RunAsync(email, role, configuration, console);
            return 0;
        }
        catch (CommandException e)
        {
            await console.Error.WriteLineAsync("Error: " + e.Message);
            return 1;
        }
    }
}
