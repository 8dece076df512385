using Portal.Web.Content;
using Portal.Web.Localization;

namespace Portal.Web.Cli.Translations;

/// <summary>
/// <c>translations</c>: every translation file of content/ that is missing or older than its English file, with what changed in
/// the English since; exits 1 when one is out of date, for a repository's CI. <c>translations mark-current FILE...</c>: records
/// that translation files match their English files now (their <c>translated-from:</c> line).
/// </summary>
public static class TranslationsCommand
{
    public const string Usage = """
        Usage: Portal.Web translations [--content DIR] [--Portal:ContentPath=DIR]
               Portal.Web translations mark-current FILE...   (translation files: content/pages/home.fr.md or pages/home.fr.md)
        """;

    /// <summary>0: every translation is current (or marked so); 1: one is out of date, or a file could not be marked; 2: not understood.</summary>
    public static async Task<int> RunAsync(string[] args, CommandConsole console, CancellationToken cancellationToken = default)
    {
        try
        {
            return args switch
            {
                ["translations", "mark-current", .. var files] when files.Length > 0 && !files.Any(f => f.StartsWith('-')) =>
                    await MarkCurrentAsync(files, console, cancellationToken),
                ["translations", "--content", var folder] => await ReportAsync(folder, console, cancellationToken),
                ["translations", .. var configuration] when configuration.All(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=')) =>
                    await ReportAsync(ConfiguredContent(configuration), console, cancellationToken),
                _ => await UsageAsync(console),
            };
        }
        catch (CommandException e)
        {
            await console.Error.WriteLineAsync("Error: " + e.Message);
            return 1;
        }
    }

    private static async Task<int> UsageAsync(CommandConsole console)
    {
        await console.Error.WriteLineAsync(Usage);
        return 2;
    }

    private static async Task<int> ReportAsync(string folder, CommandConsole console, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            throw new CommandException($"The content folder '{folder}' does not exist.");
        }

        var results = await ContentTranslationCheck.RunAsync(folder, cancellationToken);
        var output = console.Out;
        foreach (var file in results.Where(r => r.State != FileState.UpToDate))
        {
            await output.WriteLineAsync(file.State switch
            {
                FileState.Missing => $"missing      {file.Path}  (English: {file.EnglishPath})",
                FileState.NotStamped => $"out of date  {file.Path}  no {TranslatedFromStamp.Key}: line, so which English it was translated from is not known",
                FileState.NoEnglish => $"no English   {file.Path}  ({file.EnglishPath} does not exist)",
                _ => $"out of date  {file.Path}  {file.EnglishPath} changed since {file.TranslatedFrom}"
                    + (file.Diff is null ? ": changed, no history" : ":"),
            });
            foreach (var line in file.Diff ?? [])
            {
                await output.WriteLineAsync("    " + line);
            }
        }

        var outOfDate = results.Count(r => r.State is FileState.OutOfDate or FileState.NotStamped);
        await output.WriteLineAsync(
            $"{results.Count(r => r.State == FileState.UpToDate)} up to date, {outOfDate} out of date, "
            + $"{results.Count(r => r.State == FileState.Missing)} missing.");
        if (outOfDate > 0)
        {
            await output.WriteLineAsync("When a translation is updated (or needs no change), record it: translations mark-current FILE...");
        }

        return outOfDate > 0 ? 1 : 0;
    }

    private static async Task<int> MarkCurrentAsync(string[] files, CommandConsole console, CancellationToken cancellationToken)
    {
        var failed = 0;
        var content = ConfiguredContent([]);
        foreach (var file in files)
        {
            try
            {
                var hash = await MarkAsync(Locate(file, content), cancellationToken);
                await console.Out.WriteLineAsync($"{file}: {TranslatedFromStamp.Key}: {hash}");
            }
            catch (CommandException e)
            {
                failed++;
                await console.Error.WriteLineAsync($"Error: {file}: {e.Message}");
            }
        }

        return failed > 0 ? 1 : 0;
    }

    /// <summary>
    /// The file as given, else under content/ or its parent folder: <c>dotnet run</c> runs the app in the project's folder, so a
    /// path relative to the repository (as a shell completes it there) would not be found as given.
    /// </summary>
    private static string Locate(string file, string content) =>
        new[] { Path.GetFullPath(file), Path.Combine(content, file), Path.Combine(Path.GetDirectoryName(content) ?? content, file) }
            .FirstOrDefault(File.Exists) ?? file;

    /// <summary>Writes the English file's hash into the translation's front matter; returns it.</summary>
    private static async Task<string> MarkAsync(string file, CancellationToken cancellationToken)
    {
        var language = TranslatedFile.LanguageOf(file);
        if (language is null || language == Languages.English)
        {
            throw new CommandException($"not a translation file: its name must end in .{string.Join(".md, .", Languages.All.Skip(1))}.md");
        }

        var english = TranslatedFile.EnglishPathOf(file);
        if (!File.Exists(file) || !File.Exists(english))
        {
            throw new CommandException(File.Exists(file) ? $"its English file {english} does not exist" : "the file does not exist");
        }

        var hash = GitBlob.HashOf(await File.ReadAllBytesAsync(english, cancellationToken));
        var text = await File.ReadAllTextAsync(file, TranslatedFromStamp.Utf8, cancellationToken);
        await File.WriteAllTextAsync(file, TranslatedFromStamp.Write(text, hash), TranslatedFromStamp.Utf8, cancellationToken);
        return hash;
    }

    /// <summary>content/ as the site finds it: <c>Portal:ContentPath</c> from the same settings, against the app's folder.</summary>
    private static string ConfiguredContent(string[] configuration)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = configuration });
        var configured = builder.Configuration["Portal:ContentPath"];
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new CommandException("Portal:ContentPath is not set: give --content DIR.");
        }

        return Path.GetFullPath(configured, builder.Environment.ContentRootPath);
    }
}
