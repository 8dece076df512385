using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Portal.Web.Areas.Admin.Translations;
using Portal.Web.Localization;
using Portal.Web.Pages;

namespace Portal.Web.Areas.Admin.Pages;

/// <summary>
/// <c>/admin/translations</c>: how many items each language lacks or has out of date; <c>/admin/translations/{lang}</c>: that
/// language's items, the longest waiting first, a page at a time, each a link to the side-by-side editor.
/// </summary>
public sealed class TranslationsModel(TranslationQueue queue, IStringLocalizer<AdminResource> text) : NewsroomPageModel(text)
{
    // A language added late, or a newsroom that publishes in English first, can have thousands of items waiting.
    public const int PageSize = 50;

    [FromRoute]
    public string? Lang { get; set; }

    public IReadOnlyList<QueueCount> Counts { get; private set; } = [];
    public IReadOnlyList<QueueEntry> Entries { get; private set; } = [];
    public Pager Pager { get; private set; } = new(1, 1, PageSize);

    public override string Title => Lang is null ? Text["Queue.Title"] : Text["Queue.LanguageTitle", Languages.NativeName(Lang)];

    /// <param name="page">The page number of a language's queue (the query's; the route's "page" is the Razor page's name).</param>
    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] string? page, CancellationToken cancellationToken)
    {
        if (Lang is null)
        {
            Counts = await queue.CountsAsync(cancellationToken);
            return Page();
        }

        if (!TranslationQueue.IsTarget(Lang))
        {
            return NotFound();
        }

        var waiting = await queue.ForAsync(Lang, cancellationToken);
        if (Pager.For(page, waiting.Count, PageSize) is not { } pager)
        {
            return NotFound();
        }

        Pager = pager;
        Entries = waiting.Skip(pager.Skip).Take(PageSize).ToList();
        return Page();
    }

    public PagerLinks PagerLinks => new(Pager, Text["Queue.Pages"], Text["Queue.Previous"], Text["Queue.Next"],
        number => Pager.AddressOf(Url.Page("/Translations", new { lang = Lang })!, number));
}
