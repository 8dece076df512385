using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Portal.Web.Areas.Admin.Translations;
using Portal.Web.Localization;

namespace Portal.Web.Areas.Admin.Pages;

/// <summary>
/// <c>/admin/translations</c>: how many items each language lacks or has out of date; <c>/admin/translations/{lang}</c>: that
/// language's items, the longest waiting first, each a link to the side-by-side editor.
/// </summary>
public sealed class TranslationsModel(TranslationQueue queue, IStringLocalizer<AdminResource> text) : NewsroomPageModel(text)
{
    [FromRoute]
    public string? Lang { get; set; }

    public IReadOnlyList<QueueCount> Counts { get; private set; } = [];
    public IReadOnlyList<QueueEntry> Entries { get; private set; } = [];

    public override string Title => Lang is null ? Text["Queue.Title"] : Text["Queue.LanguageTitle", Languages.NativeName(Lang)];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
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

        Entries = await queue.ForAsync(Lang, cancellationToken);
        return Page();
    }
}
