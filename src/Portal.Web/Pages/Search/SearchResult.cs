using Microsoft.AspNetCore.Html;
using Portal.Web.Search;

namespace Portal.Web.Pages.Search;

/// <summary>One result as the page shows it: the matches in title and snippet marked, everything else HTML-encoded.</summary>
public sealed record SearchResult(SearchKind Kind, string Href, DateOnly? Date, IHtmlContent Title, IHtmlContent Snippet);
