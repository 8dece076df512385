namespace Portal.Web.Pages;

/// <summary>What a public page tells the layout about itself: the title and description in its head, where it sits in the navigation.</summary>
public sealed record PageHead(string Title, string? Description)
{
    public NavSection Section { get; init; }

    /// <summary>A news item: an article to link previews, not a web site.</summary>
    public bool IsArticle { get; init; }

    /// <summary>A page that search engines should not keep (search results).</summary>
    public bool NoIndex { get; init; }
}
