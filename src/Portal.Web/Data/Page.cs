using System.Linq.Expressions;

namespace Portal.Web.Data;

/// <summary>A fixed page of the site (home, priorities, history, highlights), found by its slug.</summary>
public sealed class Page
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public List<PageTranslation> Translations { get; set; } = [];
}

public sealed class PageTranslation : ImportedText, ITranslation<PageTranslation>
{
    public static Expression<Func<PageTranslation, int>> Owner => text => text.PageId;

    public int PageId { get; set; }
    public Page? Page { get; set; }
    public List<TimelineEntry> Timeline { get; set; } = [];
}

/// <summary>One dated line of a page's timeline (the history page).</summary>
public sealed class TimelineEntry
{
    public int Id { get; set; }
    public int PageTranslationId { get; set; }
    public int Year { get; set; }

    /// <summary>Keeps the file's order among entries of the same year.</summary>
    public int Position { get; set; }
    public required string When { get; set; }
    public TimelineStrand Strand { get; set; }
    public required string TextHtml { get; set; }
}

public enum TimelineStrand
{
    Council,
    Nato,
}
