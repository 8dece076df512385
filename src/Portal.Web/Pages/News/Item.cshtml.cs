using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Localization;

namespace Portal.Web.Pages.News;

/// <summary>One published news item.</summary>
public sealed class ItemModel(PortalDb db) : PageModel
{
    public NewsCard Card { get; private set; } = null!;
    public string BodyHtml { get; private set; } = "";
    public bool IsFallback => Card.Language != Languages.Current;

    public async Task<IActionResult> OnGetAsync(string lang, string slug, CancellationToken cancellationToken)
    {
        var card = await db.News.AsNoTracking().Where(n => n.Slug == slug).PublishedCards(lang).FirstOrDefaultAsync(cancellationToken);
        if (card is null)
        {
            return NotFound();
        }

        Card = card;
        BodyHtml = await db.NewsTranslations.AsNoTracking()
            .Where(t => t.NewsItem!.Slug == slug && t.Language == card.Language)
            .Select(t => t.BodyHtml)
            .FirstAsync(cancellationToken);
        return Page();
    }
}
