using Portal.Web.Areas.Admin.Translations;
using Portal.Web.Content;
using Portal.Web.Localization;

namespace Portal.Web.Cli.Translations;

/// <summary>What became of one translation file against its English file.</summary>
public enum FileState
{
    UpToDate,
    Missing,
    OutOfDate,
    NotStamped,
    NoEnglish,
}

/// <param name="Path">The translation file, relative to content/.</param>
/// <param name="Diff">For an out-of-date file, the English file's changed lines since the version it was translated from; null: no history.</param>
public sealed record FileTranslation(string Path, string EnglishPath, FileState State, string? TranslatedFrom, IReadOnlyList<string>? Diff);

/// <summary>Every translation of content/ against its English file, by the git blob hash each translation names.</summary>
public static class ContentTranslationCheck
{
    public static async Task<IReadOnlyList<FileTranslation>> RunAsync(string contentRoot, CancellationToken cancellationToken)
    {
        var (files, _) = ContentFile.Scan(contentRoot);
        var byKey = files.ToDictionary(f => (f.Section, f.Slug, f.Language));
        var results = new List<FileTranslation>();
        foreach (var english in files.Where(f => f.Language == Languages.English))
        {
            foreach (var language in Languages.All.Where(l => l != Languages.English))
            {
                var path = $"{english.Section}/{english.Slug}.{language}.md";
                results.Add(byKey.TryGetValue((english.Section, english.Slug, language), out var translation)
                    ? await CheckAsync(translation, english, cancellationToken)
                    : new FileTranslation(path, english.Path, FileState.Missing, null, null));
            }
        }

        results.AddRange(files
            .Where(f => f.Language != Languages.English && !byKey.ContainsKey((f.Section, f.Slug, Languages.English)))
            .Select(f => new FileTranslation(f.Path, $"{f.Section}/{f.Slug}.{Languages.English}.md", FileState.NoEnglish, null, null)));
        return results.OrderBy(r => r.Path, StringComparer.Ordinal).ToList();
    }

    private static async Task<FileTranslation> CheckAsync(ContentFile translation, ContentFile english, CancellationToken cancellationToken)
    {
        string? stamp;
        try
        {
            stamp = TranslatedFromStamp.Read(await File.ReadAllTextAsync(translation.FullPath, cancellationToken));
        }
        catch (CommandException)
        {
            stamp = null; // the importer names a file without front matter; here it is one whose English is not known
        }

        if (stamp is null)
        {
            return new FileTranslation(translation.Path, english.Path, FileState.NotStamped, null, null);
        }

        var englishBytes = await File.ReadAllBytesAsync(english.FullPath, cancellationToken);
        if (GitBlob.HashOf(englishBytes) == stamp)
        {
            return new FileTranslation(translation.Path, english.Path, FileState.UpToDate, stamp, null);
        }

        var before = await GitHistory.ReadBlobAsync(Path.GetDirectoryName(english.FullPath)!, stamp, cancellationToken);
        var diff = before is null
            ? null
            : DiffText.ChangedLines(WordDiff.Between(before.ReplaceLineEndings("\n"), TranslatedFromStamp.Utf8.GetString(englishBytes).ReplaceLineEndings("\n")));
        return new FileTranslation(translation.Path, english.Path, FileState.OutOfDate, stamp, diff);
    }
}
