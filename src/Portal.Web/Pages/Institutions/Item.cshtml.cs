using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Pages.News;

namespace Portal.Web.Pages.Institutions;

/// <summary>One institution: its role, its positions and the news that concern it.</summary>
public sealed class ItemModel(PortalDb db) : PublicPageModel
{
    public InstitutionText Text { get; private set; } = null!;
    public IReadOnlyList<NewsCard> News { get; private set; } = [];

    public override PageHead Head => new(Text.Title, Text.Summary) { Section = NavSection.Institutions };

    public async Task<IActionResult> OnGetAsync(string lang, string slug, CancellationToken cancellationToken)
    {
        if (await db.InstitutionTextAsync(slug, lang, cancellationToken) is not { } text)
        {
            return NotFound();
        }

        Text = text;
        News = await db.PublishedCards(lang, db.News.Where(n => n.Institution!.Slug == slug)).AsNoTracking().ToListAsync(cancellationToken);
        return Page();
    }
}
