using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Portal.Web.Data;
using Portal.Web.Localization;
using Portal.Web.Search;

namespace Portal.Web.Pages.Search;

/// <summary>The reader's search over pages, news and institutions in the page's language, ten results to a page.</summary>
public sealed class IndexModel(PortalDb db, PublicLinks links, IStringLocalizer<SharedResource> text) : PublicPageModel
{
    public const int PageSize = 10;

    public ReaderQuery Query { get; private set; } = ReaderQuery.Parse(null);
    public IReadOnlyList<SearchResult> Results { get; private set; } = [];
    public int Total { get; private set; }
    public Pager Pager { get; private set; } = new(1, 1, PageSize);

    public string Heading => Query.IsEmpty ? text["Search.Title"] : text["Search.ResultsFor", Query.Text];

    public override PageHead Head => new(
        Pager.Number > 1 ? $"{Heading} ({text["Pagination.PageOf", Pager.Number, Pager.Count]})" : Heading,
        text["Search.Summary"])
    {
        NoIndex = true,
    };

    public PagerLinks PagerLinks => new(Pager, text["Search.PagesLabel"], text["Search.Previous"], text["Search.Next"],
        number => links.Search(Languages.Current, Query.Text, number));

    /// <param name="q">What the reader typed: plain text, whatever it contains.</param>
    /// <param name="page">The page number; anything but a page that exists is a 404 (page 1 always exists).</param>
    public async Task<IActionResult> OnGetAsync(string lang, [FromQuery] string? q, [FromQuery] string? page, CancellationToken cancellationToken)
    {
        Query = ReaderQuery.Parse(q);
        // Whether a page beyond the first exists is known only with the count, which comes with the results.
        if (Pager.NumberOf(page) is not { } number)
        {
            return NotFound();
        }

        var found = await SiteSearch.RunAsync(db, Query, lang, (number - 1) * PageSize, PageSize, cancellationToken);
        if (Pager.For(page, found.Total, PageSize) is not { } pager)
        {
            return NotFound();
        }

        Total = found.Total;
        Pager = pager;
        Results = found.Hits.Select(hit => ToResult(hit, lang)).ToList();
        return Page();
    }

    private SearchResult ToResult(SearchHit hit, string language) =>
        new(hit.Kind, links.Found(hit.Kind, language, hit.Slug),
            hit.Date is null ? null : DateOnly.ParseExact(hit.Date, "O"), Marked(hit.Title), Marked(hit.Snippet));

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
