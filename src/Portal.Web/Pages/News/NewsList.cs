namespace Portal.Web.Pages.News;

/// <summary>The news list partial's model: the cards, and the level of their headings where the list sits.</summary>
public sealed record NewsList(IReadOnlyList<NewsCard> Cards, int HeadingLevel = 2);
