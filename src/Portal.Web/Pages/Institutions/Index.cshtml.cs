using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Localization;

namespace Portal.Web.Pages.Institutions;

/// <summary>"Who is doing what": every Council of Europe institution and its role.</summary>
public sealed class IndexModel(PortalDb db) : PageModel
{
    public IReadOnlyList<InstitutionCard> Institutions { get; private set; } = [];

    public async Task OnGetAsync(string lang, CancellationToken cancellationToken)
    {
        Institutions = await db.Institutions.AsNoTracking().Cards(lang).ToListAsync(cancellationToken);
    }
}
