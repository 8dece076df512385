namespace Portal.Web.Pages.Institutions;

/// <summary>The institution list partial's model: the cards, and the level of their headings where the list sits.</summary>
public sealed record InstitutionList(IReadOnlyList<InstitutionCard> Cards, int HeadingLevel = 2);
