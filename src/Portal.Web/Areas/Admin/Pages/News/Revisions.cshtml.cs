using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Data;

namespace Portal.Web.Areas.Admin.Pages.News;

/// <summary>Every save of an item, newest first, each of which can be opened in the editor to restore it.</summary>
public sealed class RevisionsModel(PortalDb db, IStringLocalizer<AdminResource> text) : NewsroomPageModel(text)
{
    public override string Title => Text["Revisions.Title", Slug];

    [FromRoute]
    public int Id { get; set; }

    public string Slug { get; private set; } = "";
    public IReadOnlyList<NewsRevision> Revisions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var slug = await db.News.Where(n => n.Id == Id).Select(n => n.Slug).FirstOrDefaultAsync(cancellationToken);
        if (slug is null)
        {
            return NotFound();
        }

        Slug = slug;
        Revisions = await db.NewsRevisions.AsNoTracking().Where(r => r.NewsItemId == Id)
            .OrderByDescending(r => r.Id).ToListAsync(cancellationToken);
        return Page();
    }
}
