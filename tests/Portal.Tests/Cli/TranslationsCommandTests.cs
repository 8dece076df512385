using System.Diagnostics;
using Portal.Web.Cli;

namespace Portal.Tests.Cli;

/// <summary>
/// <c>translations</c> on a git repository of its own (made in a temporary folder): which translation files are missing or older
/// than their English file, with what changed in the English, and an exit code a repository's CI can use.
/// </summary>
public sealed class TranslationsCommandTests : IDisposable
{
    private const string English = "---\ntitle: \"The Committee\"\nsummary: \"It met.\"\n---\nThe Committee met on Tuesday in Strasbourg.\n\nIt adopted a decision.\n";
    private const string French = "---\ntitle: \"Le Comité\"\nsummary: \"Il s’est réuni.\"\n---\nLe Comité s’est réuni mardi à Strasbourg.\n\nIl a adopté une décision.\n";

    private readonly string repository = Directory.CreateTempSubdirectory("portal-translations-").FullName;

    private string Content => Path.Combine(repository, "content");

    public TranslationsCommandTests()
    {
        Write("pages/home.en.md", English);
        Write("pages/home.fr.md", French);
        Write("pages/about.en.md", "---\ntitle: \"About\"\nsummary: \"About us.\"\n---\nAbout.\n");
        Git("init", "-q");
    }

    [Fact]
    public async Task An_English_file_changed_after_the_French_one_is_reported_with_the_diff_and_exit_code_1()
    {
        Assert.Equal(0, (await RunAsync("translations", "mark-current", Path.Combine(Content, "pages/home.fr.md"))).ExitCode);
        Commit("French translated");
        Write("pages/home.en.md", English.Replace("Tuesday", "Wednesday", StringComparison.Ordinal));
        Commit("English corrected");

        var result = await RunAsync("translations", "--content", Content);

        Assert.Equal(1, result.ExitCode);
        var lines = result.Output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var reported = lines.FindIndex(l => l.StartsWith("out of date  pages/home.fr.md  pages/home.en.md changed since ", StringComparison.Ordinal));
        Assert.True(reported >= 0, result.Output);
        Assert.Equal("        5: The Committee met on [-Tuesday-]{+Wednesday+} in Strasbourg.", lines[reported + 1]);
        Assert.Contains("missing      pages/about.fr.md  (English: pages/about.en.md)", result.Output);
        Assert.Contains("0 up to date, 1 out of date, 5 missing.", result.Output);
    }

    [Fact]
    public async Task All_current_exits_0_and_mark_current_makes_an_updated_translation_current()
    {
        await RunAsync("translations", "mark-current", Path.Combine(Content, "pages/home.fr.md"));
        Commit("French translated");
        Assert.Equal(0, (await RunAsync("translations", "--content", Content)).ExitCode);

        Write("pages/home.en.md", English.Replace("Tuesday", "Wednesday", StringComparison.Ordinal));
        Assert.Equal(1, (await RunAsync("translations", "--content", Content)).ExitCode);
        Write("pages/home.fr.md", File.ReadAllText(Path.Combine(Content, "pages/home.fr.md")).Replace("mardi", "mercredi", StringComparison.Ordinal));
        var marked = await RunAsync("translations", "mark-current", Path.Combine(Content, "pages/home.fr.md"));
        var result = await RunAsync("translations", "--content", Content);

        Assert.Equal(0, marked.ExitCode);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 up to date, 0 out of date, 5 missing.", result.Output);
        var french = File.ReadAllText(Path.Combine(Content, "pages/home.fr.md"));
        Assert.Single(french.Split('\n'), l => l.StartsWith("translated-from:", StringComparison.Ordinal));
        Assert.Contains($"translated-from: {Git("hash-object", "content/pages/home.en.md").Trim()}\n---\n", french);
        Assert.Contains("Le Comité s’est réuni mercredi", french);
    }

    [Fact]
    public async Task An_English_version_git_does_not_have_is_changed_with_no_history_and_an_unstamped_file_is_out_of_date()
    {
        Write("pages/home.fr.md", French.Replace("---\nLe", "translated-from: 0123456789abcdef0123456789abcdef01234567\n---\nLe", StringComparison.Ordinal));
        Write("pages/about.fr.md", "---\ntitle: \"À propos\"\nsummary: \"Nous.\"\n---\nÀ propos.\n");

        var result = await RunAsync("translations", "--content", Content);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("out of date  pages/home.fr.md  pages/home.en.md changed since 0123456789abcdef0123456789abcdef01234567: changed, no history", result.Output);
        Assert.Contains("out of date  pages/about.fr.md  no translated-from: line", result.Output);
    }

    [Fact]
    public async Task Mark_current_refuses_an_English_file_and_a_missing_one()
    {
        var english = await RunAsync("translations", "mark-current", Path.Combine(Content, "pages/home.en.md"));
        var missing = await RunAsync("translations", "mark-current", Path.Combine(Content, "pages/nowhere.fr.md"));

        Assert.Equal(1, english.ExitCode);
        Assert.Contains("not a translation file", english.Errors);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("the file does not exist", missing.Errors);
        Assert.Equal(English, File.ReadAllText(Path.Combine(Content, "pages/home.en.md")));
    }

    public void Dispose()
    {
        foreach (var file in Directory.EnumerateFiles(repository, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal); // git's objects are read-only
        }

        Directory.Delete(repository, recursive: true);
    }

    private sealed record CommandResult(int ExitCode, string Output, string Errors);

    private static async Task<CommandResult> RunAsync(params string[] arguments)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = await PortalCommand.RunAsync(arguments, new CommandConsole(output, errors, () => null));
        return new CommandResult(exitCode, output.ToString(), errors.ToString());
    }

    private void Write(string path, string text)
    {
        var full = Path.Combine(Content, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private void Commit(string message)
    {
        Git("add", "-A");
        Git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", message);
    }

    private string Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = repository, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var git = Process.Start(start)!;
        var output = git.StandardOutput.ReadToEnd();
        var errors = git.StandardError.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', arguments)}: {errors}");
        return output;
    }
}
