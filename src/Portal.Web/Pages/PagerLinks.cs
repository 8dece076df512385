namespace Portal.Web.Pages;

/// <summary>The pager partial's model: where the list stands, what its links say, and where each page is.</summary>
public sealed record PagerLinks(Pager Pager, string Label, string Previous, string Next, Func<int, string> Href);
