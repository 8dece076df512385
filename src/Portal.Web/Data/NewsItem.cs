using System.Linq.Expressions;

namespace Portal.Web.Data;

public sealed class NewsItem
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public DateOnly Date { get; set; }
    public int InstitutionId { get; set; }
    public Institution? Institution { get; set; }
    public NewsStatus Status { get; set; }

    /// <summary>Set when an editor changes the item: from then on the content import leaves it alone.</summary>
    public DateTime? EditedAt { get; set; }

    /// <summary>A deleted item stays as a tombstone so that a re-import does not bring it back.</summary>
    public bool IsDeleted { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency: two editors saving the same item never overwrite each other silently.</summary>
    public int Version { get; set; }
    public List<NewsTranslation> Translations { get; set; } = [];
}

public enum NewsStatus
{
    Draft,
    Published,
}

public sealed class NewsTranslation : ITranslation<NewsTranslation>
{
    public static Expression<Func<NewsTranslation, int>> Owner => text => text.NewsItemId;

    public int Id { get; set; }
    public int NewsItemId { get; set; }
    public NewsItem? NewsItem { get; set; }
    public required string Language { get; set; }
    public required string Title { get; set; }
    public required string Summary { get; set; }
    public required string Place { get; set; }
    public required string BodyMarkdown { get; set; }
    public required string BodyHtml { get; set; }

    /// <summary>Source file and its hash while the item comes from content/; null once written in the admin area.</summary>
    public string? SourcePath { get; set; }
    public string? SourceHash { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>
    /// The fingerprint of the English text this text matches (<see cref="EnglishText.FingerprintOf"/>): for English its own, for a
    /// translation the English it was made from. A translation whose fingerprint differs from the English one's is out of date.
    /// Null for a text stored before translations were tracked: its time stamp is compared instead.
    /// </summary>
    public string? EnglishFingerprint { get; set; }

    /// <summary>For a translation, the English text it was made from, so that the newsroom can show what changed since; null for English.</summary>
    public EnglishText? TranslatedFrom { get; set; }
}
