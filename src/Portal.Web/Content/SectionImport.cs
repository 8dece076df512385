using Portal.Web.Data;

namespace Portal.Web.Content;

/// <summary>The import of one section: which files changed, parsing them, counting what happened.</summary>
public abstract class SectionImport(PortalDb db, DateTime now, ImportReport report)
{
    protected PortalDb Db { get; } = db;
    protected DateTime Now { get; } = now;
    protected ImportReport Report { get; } = report;

    /// <summary>Reads and checks a changed file; null (and the reason in the report) when it is broken.</summary>
    protected async Task<ParsedContent?> ParseAsync(ContentFile file, CancellationToken cancellationToken) =>
        Reported(file, await TryParseAsync(file, cancellationToken));

    /// <summary>
    /// Reads and checks changed files, several at once (reading and rendering is most of an import's work), in their order;
    /// a broken one is left out, its reason in the report. One such call at a time may run beside the section's other work.
    /// </summary>
    protected async Task<List<ParsedContent>> ParseAllAsync(IReadOnlyList<ContentFile> files, CancellationToken cancellationToken)
    {
        var results = new (ParsedContent?, string?)[files.Count];
        await Parallel.ForAsync(0, files.Count, cancellationToken, async (i, token) => results[i] = await TryParseAsync(files[i], token));
        return files.Select((file, i) => Reported(file, results[i])).OfType<ParsedContent>().ToList();
    }

    /// <summary>A section's own rule about a parsed file; null when it holds. Called for several files at once.</summary>
    protected virtual string? Check(ParsedContent parsed) => null;

    protected void Store(ImportedText text, ParsedContent parsed)
    {
        text.Title = parsed.Title;
        text.Summary = parsed.Summary;
        text.BodyHtml = parsed.BodyHtml;
        text.SourcePath = parsed.File.Path;
        text.SourceHash = parsed.File.Hash;
        text.UpdatedAt = Now;
    }

    protected void Count(bool isNew)
    {
        if (isNew)
        {
            Report.Added++;
        }
        else
        {
            Report.Updated++;
        }
    }

    protected static bool IsUnchanged(string? storedHash, string? storedPath, ContentFile file) =>
        storedHash == file.Hash && storedPath == file.Path;

    private async Task<(ParsedContent? Parsed, string? Problem)> TryParseAsync(ContentFile file, CancellationToken cancellationToken)
    {
        try
        {
            var parsed = ParsedContent.Parse(file, await ContentText.ReadAsync(file.FullPath, cancellationToken));
            return Check(parsed) is { } problem ? (null, problem) : (parsed, null);
        }
        catch (ContentException e)
        {
            return (null, e.Message);
        }
    }

    private ParsedContent? Reported(ContentFile file, (ParsedContent? Parsed, string? Problem) result)
    {
        if (result.Problem is not null)
        {
            Report.Refused.Add(new RefusedFile(file.Path, result.Problem));
        }

        return result.Parsed;
    }
}
