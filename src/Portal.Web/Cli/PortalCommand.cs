using Portal.Web.Cli.Backup;
using Portal.Web.Cli.Export;
using Portal.Web.Cli.Users;

namespace Portal.Web.Cli;

/// <summary>The app's own commands, run instead of the web server when the first argument names one.</summary>
public static class PortalCommand
{
    public const string Usage = """
        Usage: Portal.Web users add EMAIL --role Editor|Admin [--ConnectionStrings:Portal=...]
               Portal.Web users reset-2fa|disable|enable EMAIL [--ConnectionStrings:Portal=...]
        """;

    /// <summary>Every command, for an operator whose command was not understood.</summary>
    public static string AllCommands => string.Join(Environment.NewLine,
        Usage, ExportSettings.Usage, BackupCommand.Usage, RestoreCommand.Usage);

    public static bool IsCommand(string[] args) =>
        args is ["users", ..] || ExportCommand.IsExport(args) || BackupCommand.IsBackup(args) || RestoreCommand.IsRestore(args);

    /// <summary>Runs the command; 0 when it did what it was asked, 1 when it refused, 2 when it was not understood.</summary>
    public static async Task<int> RunAsync(string[] args, CommandConsole console)
    {
        if (ExportCommand.IsExport(args))
        {
            return await ExportCommand.RunAsync(args, console);
        }

        if (BackupCommand.IsBackup(args))
        {
            return await BackupCommand.RunAsync(args, console);
        }

        if (RestoreCommand.IsRestore(args))
        {
            return await RestoreCommand.RunAsync(args, console);
        }

        Func<Task>? command = args switch
        {
            ["users", "add", var email, "--role", var role, .. var configuration] when !email.StartsWith('-') =>
                () => UsersAdd.RunAsync(email, role, configuration, console),
            ["users", var change, var email, .. var configuration] when UsersChange.Changes.Contains(change) && !email.StartsWith('-') =>
                () => UsersChange.RunAsync(change, email, configuration, console),
            _ => null,
        };
        if (command is null)
        {
            await console.Error.WriteLineAsync(AllCommands);
            return 2;
        }

        try
        {
            await command();
            return 0;
        }
        catch (CommandException e)
        {
            await console.Error.WriteLineAsync("Error: " + e.Message);
            return 1;
        }
    }
}
