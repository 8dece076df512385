using System.Globalization;
using Portal.Web.Data;

namespace Portal.Web.Content;

/// <summary>A content file read, checked and rendered: everything the importer stores.</summary>
public sealed record ParsedContent(
    ContentFile File,
    string Title,
    string Summary,
    string BodyMarkdown,
    string BodyHtml,
    FrontMatter FrontMatter,
    DateOnly? Date,
    IReadOnlyList<TimelineEntry> Timeline)
{
    private const int MaxTitle = 200;
    private const int MaxSummary = 500;

    /// <exception cref="ContentException">A required field is missing or invalid.</exception>
    public static ParsedContent Parse(ContentFile file, string text)
    {
        var (frontMatter, body) = FrontMatterReader.Read(text);
        var title = Required(frontMatter.Title, "title", MaxTitle);
        var summary = Required(frontMatter.Summary, "summary", MaxSummary);
        DateOnly? date = null;

        if (file.Section == ContentFile.InstitutionsSection && frontMatter.Order is null)
        {
            throw new ContentException("'order' is required for an institution");
        }

        if (file.Section == ContentFile.NewsSection)
        {
            var isoDate = Required(frontMatter.Date, "date", 10);
            date = DateOnly.TryParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                ? parsed
                : throw new ContentException($"'date' must be a date in the form 2025-03-26, not '{isoDate}'");
            Required(frontMatter.Place, "place", 100);
            Required(frontMatter.Institution, "institution", 100);
        }

        var bodyHtml = MarkdownRenderer.TryToHtml(body, out var html, out var problem)
            ? html
            : throw new ContentException($"the text cannot be rendered: {problem}");
        return new ParsedContent(file, title, summary, body, bodyHtml, frontMatter, date, TimelineOf(frontMatter));
    }

    private static string Required(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ContentException($"'{field}' is missing");
        }

        return value.Trim().Length <= maxLength
            ? value.Trim()
            : throw new ContentException($"'{field}' is longer than {maxLength} characters");
    }

    private static List<TimelineEntry> TimelineOf(FrontMatter frontMatter) =>
        (frontMatter.Timeline ?? []).Select((item, index) =>
        {
            var where = $"timeline entry {index + 1}";
            var strand = item.Strand?.Trim().ToLowerInvariant() switch
            {
                "council" => TimelineStrand.Council,
                "nato" => TimelineStrand.Nato,
                _ => throw new ContentException($"{where}: 'strand' must be council or nato"),
            };
            return new TimelineEntry
            {
                Year = item.Year is >= 1900 and <= 2100 ? item.Year.Value : throw new ContentException($"{where}: 'year' must be a four-digit year"),
                Position = index,
                When = Required(item.When, $"{where}: when", 100),
                Strand = strand,
                TextHtml = MarkdownRenderer.TryToInlineHtml(Required(item.Text, $"{where}: text", 2000), out var html, out var problem)
                    ? html
                    : throw new ContentException($"{where}: the text cannot be rendered: {problem}"),
            };
        }).ToList();
}
