using Portal.Web.Data;

namespace Portal.Web.Content;

/// <summary>The import of one section: which files changed, parsing them, counting what happened.</summary>
public abstract class SectionImport(PortalDb db, DateTime now, ImportReport report)
{
    protected PortalDb Db { get; } = db;
    protected DateTime Now { get; } = now;
    protected ImportReport Report { get; } = report;

    /// <summary>Reads and checks a changed file; null (and the reason in the report) when it is broken.</summary>
    protected async Task<ParsedContent?> ParseAsync(ContentFile file, CancellationToken cancellationToken)
    {
        try
        {
            var text = await ContentText.ReadAsync(file.FullPath, cancellationToken);
            var parsed = ParsedContent.Parse(file, text);
            var problem = Check(parsed);
            if (problem is null)
            {
                return parsed;
            }

            Report.Refused.Add(new RefusedFile(file.Path, problem));
        }
        catch (ContentException e)
        {
            Report.Refused.Add(new RefusedFile(file.Path, e.Message));
        }

        return null;
    }

    /// <summary>A section's own rule about a parsed file; null when it holds.</summary>
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
}
