using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Data;

namespace Portal.Web.Pages.Institutions;

/// <summary>"Who is doing what": every Council of Europe institution and its role.</summary>
public sealed class IndexModel(PortalDb db, IStringLocalizer<SharedResource> text) : PublicPageModel
{
    public IReadOnlyList<InstitutionCard> Institutions { get; private set; } = [];

    public override PageHead Head => new(text["Institutions.Title"], text["Institutions.Summary"]) { Section = NavSection.Institutions };

    public async Task OnGetAsync(string lang, CancellationToken cancellationToken)
    {
        Institutions = await db.InstitutionCards(lang).AsNoTracking().ToListAsync(cancellationToken);
    }
}
