using Portal.Web.Cli.Backup;
using Portal.Web.Cli.Copy;
using Portal.Web.Cli.Export;
using Portal.Web.Cli.Translations;
using Portal.Web.Cli.Users;

namespace Portal.Web.Cli;

/// <summary>The app's own commands, run instead of the web server when the first argument names one.</summary>
public static class PortalCommand
{
    public const string Usage = """
        Usage: Portal.Web users add EMAIL --role Editor|Admin [--ConnectionStrings:Portal=...]
               Portal.Web users reset-2fa|disable|enable EMAIL [--ConnectionStrings:Portal=...]
        """;

    /// <summary>The commands that read their own arguments, by the word that names them.</summary>
    private static readonly Dictionary<string, Func<string[], CommandConsole, Task<int>>> Commands = new()
    {
        ["export"] = (args, console) => ExportCommand.RunAsync(args, console),
        ["translations"] = (args, console) => TranslationsCommand.RunAsync(args, console),
        ["backup"] = BackupCommand.RunAsync,
        ["restore"] = RestoreCommand.RunAsync,
        ["database"] = (args, console) => DatabaseCopyCommand.RunAsync(args, console),
    };

    /// <summary>Every command, for an operator whose command was not understood.</summary>
    public static string AllCommands => string.Join(Environment.NewLine,
        Usage, ExportSettings.Usage, TranslationsCommand.Usage, BackupCommand.Usage, RestoreCommand.Usage, DatabaseCopyCommand.Usage);

    public static bool IsCommand(string[] args) => args is ["users", ..] || (args.Length > 0 && Commands.ContainsKey(args[0]));

    /// <summary>Runs the command; 0 when it did what it was asked, 1 when it refused, 2 when it was not understood.</summary>
    public static async Task<int> RunAsync(string[] args, CommandConsole console)
    {
        if (args.Length > 0 && Commands.TryGetValue(args[0], out var run))
        {
            return await run(args, console);
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
