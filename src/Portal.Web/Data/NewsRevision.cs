namespace Portal.Web.Data;

/// <summary>A news item as one save in the admin area left it: who, when, and every language's text.</summary>
public sealed class NewsRevision
{
    public int Id { get; set; }
    public int NewsItemId { get; set; }
    public NewsItem? NewsItem { get; set; }

    /// <summary>The e-mail address of the editor who saved.</summary>
    public required string SavedBy { get; set; }
    public DateTime SavedAt { get; set; }
    public NewsRevisionAction Action { get; set; }

    /// <summary>The item's version after this save.</summary>
    public int Version { get; set; }
    public required string Slug { get; set; }
    public DateOnly Date { get; set; }
    public int InstitutionId { get; set; }
    public NewsStatus Status { get; set; }

    /// <summary>The one language a translator's save concerned (side by side, or marked up to date); null for a save of the whole item.</summary>
    public string? Language { get; set; }
    public List<NewsRevisionText> Texts { get; set; } = [];
}

/// <summary>One language's text in a revision; a language without one was missing then.</summary>
public sealed class NewsRevisionText
{
    public required string Language { get; set; }
    public required string Title { get; set; }
    public required string Summary { get; set; }
    public required string Place { get; set; }
    public required string BodyMarkdown { get; set; }
}

public enum NewsRevisionAction
{
    Created,
    Saved,
    Deleted,

    /// <summary>A translator confirmed that a language needs no change for the current English.</summary>
    MarkedUpToDate,
}
