using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Portal.Web.Data;

/// <summary>
/// The portal's one database: content, news, the editors' accounts (ASP.NET Core Identity), and on PostgreSQL the keys that
/// protect sign-in cookies and forms, shared by every instance of the app.
/// </summary>
public sealed class PortalDb(DbContextOptions<PortalDb> options) : IdentityDbContext<IdentityUser>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Page> Pages => Set<Page>();
    public DbSet<PageTranslation> PageTranslations => Set<PageTranslation>();
    public DbSet<TimelineEntry> TimelineEntries => Set<TimelineEntry>();
    public DbSet<Institution> Institutions => Set<Institution>();
    public DbSet<InstitutionTranslation> InstitutionTranslations => Set<InstitutionTranslation>();
    public DbSet<NewsItem> News => Set<NewsItem>();
    public DbSet<NewsTranslation> NewsTranslations => Set<NewsTranslation>();
    public DbSet<NewsRevision> NewsRevisions => Set<NewsRevision>();
    public DbSet<ContentImport> ContentImports => Set<ContentImport>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        configuration.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder model)
    {
        base.OnModelCreating(model);

        model.Entity<ContentImport>().Property(i => i.Id).ValueGeneratedNever();

        model.Entity<Page>(page =>
        {
            page.HasIndex(p => p.Slug).IsUnique();
            page.Property(p => p.Slug).HasMaxLength(100);
        });
        model.Entity<PageTranslation>(text =>
        {
            text.HasIndex(t => new { t.PageId, t.Language }).IsUnique();
            text.HasIndex(t => t.SourcePath).IsUnique();
            text.HasMany(t => t.Timeline).WithOne().HasForeignKey(e => e.PageTranslationId);
        });
        model.Entity<TimelineEntry>().Property(e => e.Strand).HasConversion<string>().HasMaxLength(20);

        model.Entity<Institution>(institution =>
        {
            institution.HasIndex(i => i.Slug).IsUnique();
            institution.Property(i => i.Slug).HasMaxLength(100);
        });
        model.Entity<InstitutionTranslation>(text =>
        {
            text.HasIndex(t => new { t.InstitutionId, t.Language }).IsUnique();
            text.HasIndex(t => t.SourcePath).IsUnique();
        });

        model.Entity<NewsItem>(news =>
        {
            news.HasIndex(n => n.Slug).IsUnique();
            // Only what readers can see (the query filter's own words): a count or a page of published items reads this index alone.
            news.HasIndex(n => new { n.Status, n.Date }).HasFilter("NOT \"IsDeleted\"");
            news.Property(n => n.Slug).HasMaxLength(100);
            news.Property(n => n.Status).HasConversion<string>().HasMaxLength(20);
            news.Property(n => n.Version).IsConcurrencyToken();
            news.HasOne(n => n.Institution).WithMany(i => i.News).HasForeignKey(n => n.InstitutionId)
                .OnDelete(DeleteBehavior.Restrict);
            news.HasQueryFilter(n => !n.IsDeleted);
        });
        model.Entity<NewsTranslation>(text =>
        {
            text.HasIndex(t => new { t.NewsItemId, t.Language }).IsUnique();
            // When each text changed, for the sitemap, without reading the texts themselves (a row's last column is past its body).
            text.HasIndex(t => new { t.NewsItemId, t.Language, t.UpdatedAt });
            text.Property(t => t.Title).HasMaxLength(200);
            text.Property(t => t.Summary).HasMaxLength(500);
            text.Property(t => t.Place).HasMaxLength(100);
            text.Property(t => t.EnglishFingerprint).HasMaxLength(64);
            text.OwnsOne(t => t.TranslatedFrom, english => english.ToJson());
            text.HasQueryFilter(t => !t.NewsItem!.IsDeleted);
        });
        model.Entity<NewsRevision>(revision =>
        {
            revision.HasIndex(r => new { r.NewsItemId, r.SavedAt });
            revision.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            revision.Property(r => r.Action).HasConversion<string>().HasMaxLength(20);
            revision.Property(r => r.SavedBy).HasMaxLength(256);
            revision.Property(r => r.Language).HasMaxLength(2);
            revision.HasOne(r => r.NewsItem).WithMany().HasForeignKey(r => r.NewsItemId);
            revision.OwnsMany(r => r.Texts, text => text.ToJson());
            revision.HasQueryFilter(r => !r.NewsItem!.IsDeleted);
        });
        model.Entity<AuditEntry>(entry =>
        {
            entry.HasIndex(e => e.At);
            entry.HasIndex(e => new { e.Action, e.At });
            entry.Property(e => e.Action).HasConversion<string>().HasMaxLength(30);
            entry.Property(e => e.Actor).HasMaxLength(AuditEntry.TextLength);
            entry.Property(e => e.Subject).HasMaxLength(AuditEntry.TextLength);
            entry.Property(e => e.Client).HasMaxLength(64);
            entry.Property(e => e.Detail).HasMaxLength(AuditEntry.TextLength);
        });
    }
}
