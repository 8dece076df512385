using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Pages.News;

/// <summary>One published news item.</summary>
public sealed class ItemModel(PortalDb db) : PublicPageModel
{
    public NewsCard Card { get; private set; } = null!;
    public string BodyHtml { get; private set; } = "";
    public bool IsFallback { get; private set; }
    public int ReadingMinutes => ReadingTime.Minutes(Card.Summary, BodyHtml);

    public override PageHead Head => new(Card.Title, Card.Summary) { Section = NavSection.News, IsArticle = true };

    public async Task<IActionResult> OnGetAsync(string lang, string slug, CancellationToken cancellationToken)
    {
        var card = await db.PublishedCards(lang, db.News.Where(n => n.Slug == slug)).AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        if (card is null)
        {
            return NotFound();
        }

        Card = card;
        IsFallback = card.Language != lang;
        BodyHtml = await db.NewsTranslations.AsNoTracking()
            .Where(t => t.NewsItem!.Slug == slug && t.Language == card.Language)
            .Select(t => t.BodyHtml)
            .FirstAsync(cancellationToken);
        return Page();
    }
}
