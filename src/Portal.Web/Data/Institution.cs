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

public sealed class InstitutionTranslation : ImportedText
{
    public int InstitutionId { get; set; }
    public Institution? Institution { get; set; }
}
