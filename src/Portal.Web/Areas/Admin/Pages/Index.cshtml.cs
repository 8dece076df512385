using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Areas.Admin.Translations;
using Portal.Web.Data;
using Portal.Web.Localization;
using Portal.Web.Pages;

namespace Portal.Web.Areas.Admin.Pages;

/// <summary>One line of the news list.</summary>
public sealed record NewsLine(int Id, string Slug, string Title, DateOnly Date, NewsStatus Status,
    IReadOnlyList<(string Language, TranslationState State)> Translations);

/// <summary>The news items, newest first, a page at a time, with their status and where each translation stands.</summary>
public sealed class IndexModel(PortalDb db, IStringLocalizer<AdminResource> text) : NewsroomPageModel(text)
{
    // A newsroom of years has thousands of items: a page that lists them all would weigh megabytes.
    public const int PageSize = 50;

    public override string Title => Text["List.Title"];

    public IReadOnlyList<NewsLine> News { get; private set; } = [];
    public Pager Pager { get; private set; } = new(1, 1, PageSize);

    /// <param name="page">The page number (the query's; the route's "page" is the Razor page's name).</param>
    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] string? page, CancellationToken cancellationToken)
    {
        if (Pager.For(page, await db.News.CountAsync(cancellationToken), PageSize) is not { } pager)
        {
            return NotFound();
        }

        Pager = pager;
        var items = await db.News.AsNoTracking()
            .OrderByDescending(n => n.Date).ThenByDescending(n => n.Id)
            .Skip(pager.Skip).Take(PageSize)
            .Select(n => new
            {
                n.Id,
                n.Slug,
                n.Date,
                n.Status,
                Texts = n.Translations.Select(t => new { t.Language, t.Title, Mark = new TextMark(t.EnglishFingerprint, t.UpdatedAt) }).ToList(),
            })
            .ToListAsync(cancellationToken);

        News = items.Select(n =>
        {
            var english = n.Texts.FirstOrDefault(t => t.Language == Languages.English);
            var states = Languages.All.Select(language =>
                (language, TranslationStatus.Of(english?.Mark, n.Texts.FirstOrDefault(t => t.Language == language)?.Mark))).ToList();
            var title = english?.Title ?? n.Texts.FirstOrDefault()?.Title;
            return new NewsLine(n.Id, n.Slug, string.IsNullOrWhiteSpace(title) ? n.Slug : title, n.Date, n.Status, states);
        }).ToList();
        return Page();
    }

    /// <summary>The pager under the list: newer items before, older after.</summary>
    public PagerLinks PagerLinks => new(Pager, Text["List.Pages"], Text["List.Newer"], Text["List.Older"],
        number => Pager.AddressOf(Url.Page("/Index")!, number));
}
