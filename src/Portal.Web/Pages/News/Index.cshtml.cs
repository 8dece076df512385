using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Localization;

namespace Portal.Web.Pages.News;

/// <summary>News and events, newest first, ten to a page.</summary>
public sealed class IndexModel(PortalDb db) : PageModel
{
    public const int PageSize = 10;

    public IReadOnlyList<NewsCard> Items { get; private set; } = [];
    public int PageNumber { get; private set; }
    public int PageCount { get; private set; }

    /// <param name="page">The page number; anything but a page that exists is a 404 (page 1 always exists).</param>
    public async Task<IActionResult> OnGetAsync(string lang, [FromQuery] string? page, CancellationToken cancellationToken)
    {
        PageNumber = page is null ? 1 : int.TryParse(page, out var number) ? number : 0;
        var total = await db.News.AsNoTracking().CountAsync(n => n.Status == NewsStatus.Published, cancellationToken);
        PageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        if (PageNumber < 1 || PageNumber > PageCount)
        {
            return NotFound();
        }

        Items = await db.News.AsNoTracking().PublishedCards(lang)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .ToListAsync(cancellationToken);
        return Page();
    }
}
