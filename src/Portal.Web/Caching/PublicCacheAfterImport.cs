using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Infrastructure;

namespace Portal.Web.Caching;

/// <summary>After the start-up import: no page rendered before it stays cached, and the site's last change is the content's own.</summary>
public sealed class PublicCacheAfterImport(PortalDb db, PublicCache cache) : IAfterImport
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await cache.EvictAsync([CacheTags.All], cancellationToken);
        DateTime?[] changes =
        [
            await db.PageTranslations.MaxAsync(t => (DateTime?)t.UpdatedAt, cancellationToken),
            await db.InstitutionTranslations.MaxAsync(t => (DateTime?)t.UpdatedAt, cancellationToken),
            await db.News.IgnoreQueryFilters().MaxAsync(n => (DateTime?)n.UpdatedAt, cancellationToken),
        ];
        if (changes.Max() is { } last)
        {
            cache.ChangedAt(new DateTimeOffset(last, TimeSpan.Zero));
        }
    }
}
