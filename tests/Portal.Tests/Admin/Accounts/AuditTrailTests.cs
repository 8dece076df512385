using System.Data.Common;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Infrastructure;
using Portal.Web.Data;

namespace Portal.Tests.Admin.Accounts;

public sealed class AuditTrailTests(NewsroomFactory factory) : AuditTrailTestsOn<NewsroomFactory>(factory);

public sealed class AuditTrailOnPostgreSqlTests(PostgreSqlNewsroomFactory factory) : AuditTrailTestsOn<PostgreSqlNewsroomFactory>(factory);

/// <summary>The audit trail: one entry per audited action, with who, what, when and from where; read-only for everyone.</summary>
public abstract class AuditTrailTestsOn<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : NewsroomFactory
{
    [Fact]
    public async Task Sign_ins_and_sign_outs_leave_exactly_one_entry_each()
    {
        var email = await factory.CreateEditorAsync();
        var client = await factory.ReadyClientAsync();

        (await client.SignInAsync(email, "not-the-password-1")).Dispose();
        (await client.SignInAsync(email, NewsroomFactory.Password)).Dispose();
        var signOut = HtmlForm.Read(await client.GetDocumentAsync("/admin"), "form.sign-out");
        (await signOut.SubmitAsync(client)).Dispose();

        var entries = await EntriesAsync(e => e.Actor == email);
        Assert.Equal([AuditAction.SignInFailed, AuditAction.SignedIn, AuditAction.SignedOut], entries.Select(e => e.Action));
        Assert.Equal("wrong password", entries[0].Detail);
    }

    [Fact]
    public async Task Publishing_withdrawing_restoring_and_deleting_news_leave_exactly_one_entry_each()
    {
        var client = await factory.EditorClientAsync();
        var slug = $"audited-{Guid.NewGuid():N}"[..20];

        var id = await client.SaveAsync(await client.NewItemFormAsync(slug), "Publish");
        await client.SaveAsync(await client.GetFormAsync($"/admin/news/{id}/edit"), "Publish");
        await client.SaveAsync(await client.GetFormAsync($"/admin/news/{id}/edit"), "SaveDraft");
        await client.SaveAsync(await client.GetFormAsync($"/admin/news/{id}/edit"), "SaveDraft");
        var first = await factory.WithDbAsync(db => db.NewsRevisions.Where(r => r.NewsItemId == id).MinAsync(r => r.Id));
        await client.SaveAsync(await client.GetFormAsync($"/admin/news/{id}/edit?revision={first}"), "Publish");
        (await HtmlForm.Read(await client.GetDocumentAsync($"/admin/news/{id}/delete")).SubmitAsync(client)).Dispose();

        var entries = await EntriesAsync(e => e.Subject == slug);
        Assert.Equal(
            [AuditAction.NewsPublished, AuditAction.NewsPublished, AuditAction.NewsUnpublished, AuditAction.NewsRestored, AuditAction.NewsDeleted],
            entries.Select(e => e.Action));
        Assert.Equal(["first publication", "correction of the published item"], entries.Take(2).Select(e => e.Detail));
        Assert.Equal($"revision {first}, Published", entries[3].Detail);
        Assert.All(entries, e => Assert.StartsWith("editor-", e.Actor));
    }

    [Fact]
    public async Task Account_changes_leave_exactly_one_entry_each_naming_who_and_whom()
    {
        var admin = await AdminClient.SignInAsync(factory);
        var email = $"audited-{Guid.NewGuid():N}@example.org";
        await admin.AddAccountAsync(email, "Editor");
        var id = await AdminClient.IdOfAsync(factory, email);

        await admin.ChangeAsync(id, "Role", "Admin");
        await admin.ChangeAsync(id, "Disable");
        await admin.ChangeAsync(id, "Enable");
        await admin.ChangeAsync(id, "NewLink");

        var entries = await EntriesAsync(e => e.Subject == email);
        Assert.Equal(
            [AuditAction.AccountCreated, AuditAction.RoleChanged, AuditAction.AccountDisabled, AuditAction.AccountEnabled, AuditAction.SetUpLinkRenewed],
            entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(admin.Email, e.Actor));
        Assert.Equal("Editor → Admin", entries[1].Detail);
        Assert.Single(await EntriesAsync(e => e.Actor == admin.Email && e.Action == AuditAction.TwoFactorEnabled));
    }

    [Fact]
    public async Task The_audit_page_filters_by_action_and_person_and_offers_no_way_to_change_an_entry()
    {
        var admin = await AdminClient.SignInAsync(factory);
        var email = await factory.CreateEditorAsync();
        var client = await factory.ReadyClientAsync();
        (await client.SignInAsync(email, "not-the-password-2")).Dispose();

        var page = await admin.Client.GetDocumentAsync($"/admin/audit?action=SignInFailed&who={Uri.EscapeDataString(email)}");

        var rows = page.QuerySelectorAll("main table tbody tr");
        Assert.Single(rows);
        Assert.Contains("sign-in failed", rows[0].TextContent);
        Assert.Contains(email, rows[0].TextContent);
        Assert.Empty(page.QuerySelectorAll("main form[method=post], main form:not([method])"));
    }

    [Fact]
    public async Task A_long_filtered_trail_shows_fifty_entries_a_page_and_its_links_keep_the_filter()
    {
        var admin = await AdminClient.SignInAsync(factory);
        var person = $"many-{Guid.NewGuid():N}@example.org";
        await factory.WithDbAsync(db =>
        {
            db.AuditEntries.AddRange(Enumerable.Range(1, 60).Select(i =>
                new AuditEntry { At = DateTime.UtcNow, Action = AuditAction.SignInFailed, Actor = person, Detail = $"attempt {i}" }));
            return db.SaveChangesAsync();
        });
        var filtered = $"/admin/audit?action=SignInFailed&who={person}"; // letters, digits and one @: an address as it is

        var first = await admin.Client.GetDocumentAsync(filtered);
        var next = first.QuerySelector("nav.pagination a[rel=next]")!.GetAttribute("href")!;
        var second = await admin.Client.GetDocumentAsync(next);

        Assert.Equal(50, first.QuerySelectorAll("main table tbody tr").Length);
        Assert.Equal("Page 1 of 2", first.QuerySelector("nav.pagination span")!.TextContent);
        Assert.Equal(filtered + "&page=2", next);
        Assert.Equal(Enumerable.Range(1, 10).Reverse().Select(i => $"attempt {i}"),
            second.QuerySelectorAll("main table tbody tr").Select(row => row.QuerySelectorAll("td")[^1].TextContent.Trim()));
        Assert.Equal(filtered, second.QuerySelector("nav.pagination a[rel=prev]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_database_itself_refuses_to_change_or_remove_an_entry()
    {
        await factory.CreateEditorAsync();
        var client = await factory.ReadyClientAsync();
        (await client.SignInAsync("nobody@example.org", "whatever-password")).Dispose();

        var update = await Assert.ThrowsAnyAsync<DbException>(() => factory.WithDbAsync(db =>
            db.Database.ExecuteSqlRawAsync("""UPDATE "AuditEntries" SET "Actor" = 'someone else'""")));
        var delete = await Assert.ThrowsAnyAsync<DbException>(() => factory.WithDbAsync(db =>
            db.Database.ExecuteSqlRawAsync("""DELETE FROM "AuditEntries" """)));

        Assert.Contains("audit entries are never", update.Message);
        Assert.Contains("audit entries are never", delete.Message);
        Assert.NotEmpty(await EntriesAsync(e => e.Actor == "nobody@example.org"));
    }

    [Theory]
    [InlineData("/admin/audit?action=%3Cscript%3Ealert(1)%3C/script%3E", HttpStatusCode.OK)]
    [InlineData("/admin/audit?action=9999", HttpStatusCode.OK)]
    [InlineData("/admin/audit?who=%3Cscript%3Ealert(1)%3C/script%3E", HttpStatusCode.OK)]
    [InlineData("/admin/audit?page=1", HttpStatusCode.OK)]
    [InlineData("/admin/audit?page=0", HttpStatusCode.NotFound)]
    [InlineData("/admin/audit?page=abc", HttpStatusCode.NotFound)]
    [InlineData("/admin/audit?page=99999999999999999999", HttpStatusCode.NotFound)]
    public async Task A_hostile_filter_gets_the_page_or_a_404_never_an_error_or_a_script(string address, HttpStatusCode expected)
    {
        var admin = await AdminClient.SignInAsync(factory);

        using var response = await admin.Client.GetAsync(address + "&who=" + new string('x', 5000));

        Assert.Equal(expected, response.StatusCode);
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync());
    }

    private Task<List<AuditEntry>> EntriesAsync(System.Linq.Expressions.Expression<Func<AuditEntry, bool>> which) =>
        factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(which).OrderBy(e => e.Id).ToListAsync());
}
