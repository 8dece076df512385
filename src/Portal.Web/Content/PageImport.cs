using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Content;

public sealed class PageImport(PortalDb db, DateTime now, ImportReport report)
    : TextSectionImport<Page, PageTranslation>(db, now, report)
{
    protected override Task<Dictionary<string, Page>> LoadAsync(CancellationToken cancellationToken) =>
        Db.Pages.Include(p => p.Translations).ThenInclude(t => t.Timeline).ToDictionaryAsync(p => p.Slug, cancellationToken);

    protected override Page Create(string slug) => Db.Pages.Add(new Page { Slug = slug }).Entity;

    protected override List<PageTranslation> TextsOf(Page item) => item.Translations;

    protected override PageTranslation NewText(string language) =>
        new() { Language = language, Title = "", Summary = "", BodyHtml = "", SourcePath = "", SourceHash = "" };

    protected override void StoreMore(Page item, PageTranslation text, ParsedContent parsed)
    {
        Db.TimelineEntries.RemoveRange(text.Timeline);
        text.Timeline = [.. parsed.Timeline];
    }
}
