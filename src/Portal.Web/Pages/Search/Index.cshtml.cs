using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Data;
using Portal.Web.Localization;
using Portal.Web.Search;

namespace Portal.Web.Pages.Search;

/// <summary>One result as the page shows it: the matches in title and snippet marked, everything else HTML-encoded.</summary>
public sealed record SearchResult(SearchKind Kind, string Href, DateOnly? Date, IHtmlContent Title, IHtmlContent Snippet);

/// <summary>The reader's search over pages, news and institutions in the page's language, ten results to a page.</summary>
public sealed class IndexModel(PortalDb db) : PageModel
{
    public const int PageSize = 10;

    public ReaderQuery Query { get; private set; } = ReaderQuery.Parse(null);
    public IReadOnlyList<SearchResult> Results { get; private set; } = [];
    public int Total { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public int PageCount { get; private set; } = 1;

    /// <param name="q">What the reader typed: plain text, whatever it contains.</param>
    /// <param name="page">The page number; anything but a page that exists is a 404 (page 1 always exists).</param>
    public async Task<IActionResult> OnGetAsync(string lang, [FromQuery] string? q, [FromQuery] string? page, CancellationToken cancellationToken)
    {
        Query = ReaderQuery.Parse(q);
        PageNumber = page is null ? 1 : int.TryParse(page, out var number) ? number : 0;
        if (PageNumber < 1)
        {
            return NotFound();
        }

        var found = await SiteSearch.RunAsync(db, Query, lang, PageNumber, PageSize, cancellationToken);
        Total = found.Total;
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        if (PageNumber > PageCount)
        {
            return NotFound();
        }

        Results = found.Hits.Select(hit => ToResult(hit, lang)).ToList();
        return Page();
    }

    /// <summary>The link to another page of the same results.</summary>
    public string PageHref(int number) =>
        $"/{Languages.Current}/search?q={Uri.EscapeDataString(Query.Text)}" + (number == 1 ? "" : $"&page={number}");

    private static SearchResult ToResult(SearchHit hit, string language)
    {
        var kind = Enum.Parse<SearchKind>(hit.Kind);
        var href = kind switch
        {
            SearchKind.News => $"/{language}/news/{hit.Slug}",
            SearchKind.Institution => $"/{language}/institutions/{hit.Slug}",
            _ when hit.Slug == "home" => $"/{language}/",
            _ => $"/{language}/{hit.Slug}",
        };
        var date = hit.Date is null ? (DateOnly?)null : DateOnly.ParseExact(hit.Date, "O");
        return new SearchResult(kind, href, date, Marked(hit.Title), Marked(hit.Snippet));
    }

    /// <summary>The index's text with its match markers as &lt;mark&gt;: the text itself is encoded when the page is written.</summary>
    private static IHtmlContent Marked(string text)
    {
        var html = new HtmlContentBuilder();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is SnippetMarkers.Open or SnippetMarkers.Close)
            {
                html.Append(text[start..i]);
                html.AppendHtml(text[i] == SnippetMarkers.Open ? "<mark>" : "</mark>");
                start = i + 1;
            }
        }

        html.Append(text[start..]);
        return html;
    }
}
