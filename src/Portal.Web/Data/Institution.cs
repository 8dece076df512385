using System.Linq.Expressions;

namespace Portal.Web.Data;

/// <summary>A Council of Europe body, as shown under "who is doing what".</summary>
public sealed class Institution
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public int SortOrder { get; set; }
    public List<InstitutionTranslation> Translations { get; set; } = [];
    public List<NewsItem> News { get; set; } = [];
}

public sealed class InstitutionTranslation : ImportedText, ITranslation<InstitutionTranslation>
{
    public static Expression<Func<InstitutionTranslation, int>> Owner => text => text.InstitutionId;

    public int InstitutionId { get; set; }
    public Institution? Institution { get; set; }
}
