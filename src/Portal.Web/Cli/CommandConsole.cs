using System.Text;

namespace Portal.Web.Cli;

/// <summary>Where a command writes and how it gets a password: the terminal, or a test's own.</summary>
public sealed record CommandConsole(TextWriter Out, TextWriter Error, Func<string?> ReadPassword)
{
    public const string PasswordVariable = "PORTAL_PASSWORD";
    private const int MaxPasswordLength = 1024;

    public static CommandConsole Terminal => new(Console.Out, Console.Error, PasswordFromEnvironmentOrPrompt);

    private static string? PasswordFromEnvironmentOrPrompt()
    {
        if (Environment.GetEnvironmentVariable(PasswordVariable) is { Length: > 0 } fromEnvironment)
        {
            return fromEnvironment;
        }

        if (Console.IsInputRedirected)
        {
            return Console.ReadLine();
        }

        var password = Prompt("Password: ");
        return Prompt("Repeat the password: ") == password ? password : throw new CommandException("The two passwords differ.");
    }

    /// <summary>Reads a line without showing it on the terminal.</summary>
    private static string Prompt(string question)
    {
        Console.Error.Write(question);
        var typed = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && typed.Length > 0)
            {
                typed.Length--;
            }
            else if (!char.IsControl(key.KeyChar) && typed.Length < MaxPasswordLength)
            {
                typed.Append(key.KeyChar);
            }
        }

        Console.Error.WriteLine();
        return typed.ToString();
    }
}

/// <summary>A command's clear refusal, written to stderr with a non-zero exit code.</summary>
public sealed class CommandException(string message) : Exception(message);
