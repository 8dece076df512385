using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Areas.Admin.Translations;
using Portal.Web.Data;
using Portal.Web.Localization;

namespace Portal.Web.Areas.Admin.Pages;

/// <summary>One line of the news list.</summary>
public sealed record NewsLine(int Id, string Slug, string Title, DateOnly Date, NewsStatus Status,
    IReadOnlyList<(string Language, TranslationState State)> Translations);

/// <summary>Every news item, newest first, with its status and where each translation stands.</summary>
public sealed class IndexModel(PortalDb db, IStringLocalizer<AdminResource> text) : NewsroomPageModel(text)
{
    public override string Title => Text["List.Title"];

    public IReadOnlyList<NewsLine> News { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var items = await db.News.AsNoTracking()
            .OrderByDescending(n => n.Date).ThenByDescending(n => n.Id)
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
    }
}
