using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Localization;
using Portal.Web.Pages.News;

namespace Portal.Web.Pages.Institutions;

/// <summary>One institution: its role, its positions and the news that concern it.</summary>
public sealed class ItemModel(PortalDb db) : PageModel
{
    public Translated<InstitutionText> Text { get; private set; } = null!;
    public IReadOnlyList<NewsCard> News { get; private set; } = [];

    public sealed record InstitutionText(string Title, string Summary, string BodyHtml);

    public async Task<IActionResult> OnGetAsync(string lang, string slug, CancellationToken cancellationToken)
    {
        var texts = await db.InstitutionTranslations.AsNoTracking()
            .Where(t => t.Institution!.Slug == slug && (t.Language == lang || t.Language == Languages.English))
            .Select(t => new { t.Language, Text = new InstitutionText(t.Title, t.Summary, t.BodyHtml) })
            .ToListAsync(cancellationToken);
        if (texts.InLanguage(t => t.Language, lang) is not { } chosen)
        {
            return NotFound();
        }

        Text = new Translated<InstitutionText>(chosen.Text.Text, chosen.Language, chosen.IsFallback);
        News = await db.News.AsNoTracking().Where(n => n.Institution!.Slug == slug).PublishedCards(lang).ToListAsync(cancellationToken);
        return Page();
    }
}
